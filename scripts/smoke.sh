#!/usr/bin/env bash
# End-to-end check of the built binary: generate the sample, scan it twice, check the
# findings, exit codes, SARIF and that no generated secret is printed in the clear.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(swift build --show-bin-path)/scanlogic"
work="$(mktemp -d)"
server=""
trap 'if [ -n "$server" ]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
export SCANLOGIC_STORE="$work/store.sqlite"

"$bin" sample "$work/sample" >/dev/null
status=0
"$bin" scan --quiet "$work/sample/files" --fail-on high >"$work/first.txt" || status=$?
[ "$status" -eq 1 ] || { echo "smoke: expected exit 1 with --fail-on high, got $status"; exit 1; }
grep -q "secret.aws_access_key" "$work/first.txt" || { echo "smoke: no AWS key finding"; cat "$work/first.txt"; exit 1; }
grep -q "financial.credit_card" "$work/first.txt" || { echo "smoke: no card finding"; cat "$work/first.txt"; exit 1; }
grep -qE " unchanged$" "$work/first.txt" && { echo "smoke: first run reports unchanged findings"; exit 1; }

"$bin" scan --quiet "$work/sample/files" --format sarif --output "$work/second.sarif" || [ $? -eq 1 ]
grep -q '"version" : "2.1.0"' "$work/second.sarif" || { echo "smoke: not SARIF 2.1.0"; exit 1; }
# The second scan of the same tree changes nothing: every result is unchanged since the first.
grep -q '"baselineState" : "unchanged"' "$work/second.sarif" || { echo "smoke: no unchanged baselineState"; exit 1; }
grep -qE '"baselineState" : "(new|absent)"' "$work/second.sarif" && { echo "smoke: a rescan reports new or absent results"; exit 1; }

# No value from the sample's .env may appear in any output.
while IFS='=' read -r key value; do
    value="${value## }"
    [ ${#value} -ge 12 ] || continue
    if grep -qF -- "$value" "$work/first.txt" "$work/second.sarif"; then
        echo "smoke: the value of $key was printed in the clear"; exit 1
    fi
done < <(grep -E '^[A-Za-z_]+ ?= ?' "$work/sample/files/config/production.env")

# SARIF against the 2.1.0 object model, when PyPI is reachable.
if python3 -m venv "$work/venv" >/dev/null 2>&1 && "$work/venv/bin/pip" install -q sarif-pydantic >/dev/null 2>&1; then
    "$work/venv/bin/python" -c "import sys; from sarif_pydantic import Sarif; Sarif.model_validate_json(open(sys.argv[1]).read())" \
        "$work/second.sarif" || { echo "smoke: SARIF does not validate"; exit 1; }
else
    echo "smoke: SARIF schema check skipped (could not install sarif-pydantic)"
fi

# A scan killed with SIGKILL resumes to the same result as an uninterrupted one.
for copy in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
    mkdir -p "$work/many/$copy" && cp -r "$work/sample/files/." "$work/many/$copy/"
done
SCANLOGIC_STORE="$work/reference.sqlite" "$bin" scan --quiet "$work/many" --format json >"$work/reference.json" || [ $? -eq 1 ]
"$bin" scan --quiet "$work/many" --concurrency 1 >/dev/null 2>&1 &
scanner=$!
for _ in $(seq 1 600); do
    "$bin" runs list --limit 1 | grep -qE "running .* ([1-9][0-9]*) objects" && break
    sleep 0.1
done
kill -9 "$scanner" 2>/dev/null || true
wait "$scanner" 2>/dev/null || true
"$bin" scan --quiet "$work/many" --format json >"$work/resumed.json" 2>"$work/resume.err" || [ $? -eq 1 ]
count() { grep -c '"fingerprint"' "$1"; }
[ "$(count "$work/resumed.json")" -eq "$(count "$work/reference.json")" ] \
    || { echo "smoke: resumed run has $(count "$work/resumed.json") findings, reference $(count "$work/reference.json")"; exit 1; }
grep -q "resuming run" "$work/resume.err" || { echo "smoke: the killed run was not resumed"; exit 1; }

# Output goes into the named file in place: /dev/null stays a device.
"$bin" scan --quiet "$work/sample/files" --format json --output /dev/null || [ $? -eq 1 ]
[ -c /dev/null ] || { echo "smoke: --output /dev/null replaced the device"; exit 1; }

"$bin" scan --quiet "sqlite:$work/sample/customers.sqlite" --format json >"$work/db.json" || [ $? -eq 1 ]
grep -q "main/customers/card_number" "$work/db.json" || { echo "smoke: card column not classified"; cat "$work/db.json"; exit 1; }

status=0
"$bin" scan --quiet "$work/does-not-exist" >/dev/null 2>"$work/err.txt" || status=$?
[ "$status" -eq 2 ] && grep -q "no such file or directory" "$work/err.txt" || { echo "smoke: bad path not reported"; exit 1; }
"$bin" runs list >/dev/null

# The CLI as a client of `scanlogic serve`: token from the environment, exit codes 0/1/2.
export SCANLOGIC_STORE="$work/server.sqlite"
SCANLOGIC_TOKEN="$("$bin" admin token create --name smoke --role admin 2>/dev/null)"
export SCANLOGIC_TOKEN
"$bin" serve --port 0 --workers 2 >"$work/serve.out" 2>"$work/serve.err" &
server=$!
for _ in $(seq 1 300); do grep -q '^listening on ' "$work/serve.out" && break; sleep 0.1; done
SCANLOGIC_SERVER="$(sed -n 's/^listening on //p' "$work/serve.out")"
export SCANLOGIC_SERVER
[ -n "$SCANLOGIC_SERVER" ] || { echo "smoke: the server did not start"; cat "$work/serve.err"; exit 1; }
remote() { "$bin" "$@" 2>>"$work/remote.err" | tee -a "$work/remote.out"; }
source_id="$(remote sources add --name sample --kind filesystem --location "$work/sample/files" | sed -n 's/^source \([^:]*\):.*/\1/p')"
remote sources test "$source_id" >/dev/null || { echo "smoke: sources test failed"; exit 1; }
scan_id="$(remote scans create --name sample --source "$source_id" --daily 02:00 --time-zone Europe/Paris \
    | sed -n 's/^scan \([^:]*\):.*/\1/p')"
# Outputs are captured before grep -q so an early grep exit cannot fail the pipeline.
out="$(remote scans list)"
grep -q "daily 02:00 Europe/Paris" <<<"$out" || { echo "smoke: scans list lacks the schedule"; exit 1; }
out="$(remote scans trigger "$scan_id" --watch --quiet)"
grep -q ": completed" <<<"$out" || { echo "smoke: remote run did not complete"; exit 1; }
out="$(remote findings list --scan "$scan_id" --severity critical)"
grep -q "secret.aws_access_key" <<<"$out" || { echo "smoke: no AWS key finding over the API"; exit 1; }
out="$(remote findings list --scan "$scan_id" --format json --limit 1)"
finding="$(sed -n 's/^ *"id" : \([0-9]*\),*$/\1/p' <<<"$out" | head -1)"
remote findings triage "$finding" --state false_positive --reason "smoke test" >/dev/null
out="$(remote runs list --format json)"
grep -q '"completed"' <<<"$out" || { echo "smoke: remote runs list"; exit 1; }
status=0
"$bin" scans create --name bad --source "$source_id" --daily 25:00 >/dev/null 2>"$work/bad.err" || status=$?
[ "$status" -eq 2 ] || { echo "smoke: a bad schedule exited $status"; exit 1; }
status=0
"$bin" scans create --name sample --source "$source_id" >/dev/null 2>"$work/dup.err" || status=$?
[ "$status" -eq 2 ] && grep -q "HTTP 409" "$work/dup.err" || { echo "smoke: duplicate scan not refused"; cat "$work/dup.err"; exit 1; }
status=0
SCANLOGIC_TOKEN=wrong "$bin" sources list >/dev/null 2>"$work/auth.err" || status=$?
[ "$status" -eq 2 ] && grep -q "HTTP 401" "$work/auth.err" || { echo "smoke: a bad token was not refused"; exit 1; }
if grep -qF -- "$SCANLOGIC_TOKEN" "$work/remote.out" "$work/remote.err" "$work/dup.err" "$work/bad.err"; then
    echo "smoke: the token was printed"; exit 1
fi
kill -TERM "$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true
server=""
# The OpenAPI document served by a live server, against the OpenAPI 3.1 schema, when PyPI is
# reachable. The server runs on its own store and a free port, without workers.
"$bin" serve --store "$work/serve.sqlite" --port 0 --workers 0 >"$work/serve.out" 2>"$work/serve.err" &
server=$!
stop_server() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
for _ in $(seq 1 300); do
    grep -q "^listening on " "$work/serve.out" && break
    sleep 0.1
done
address="$(sed -n 's/^listening on //p' "$work/serve.out" | head -n 1)"
[ -n "$address" ] || { stop_server; echo "smoke: the server did not start"; cat "$work/serve.err"; exit 1; }
if { [ -x "$work/venv/bin/pip" ] || python3 -m venv "$work/venv" >/dev/null 2>&1; } \
    && "$work/venv/bin/pip" install -q openapi-spec-validator >/dev/null 2>&1; then
    "$work/venv/bin/python" -c "import sys, urllib.request; open(sys.argv[2], 'wb').write(urllib.request.urlopen(sys.argv[1]).read())" \
        "$address/openapi.json" "$work/openapi.json" || { stop_server; echo "smoke: GET /openapi.json failed"; exit 1; }
    "$work/venv/bin/openapi-spec-validator" "$work/openapi.json" >/dev/null \
        || { stop_server; "$work/venv/bin/openapi-spec-validator" "$work/openapi.json"; echo "smoke: OpenAPI document invalid"; exit 1; }
else
    echo "smoke: OpenAPI check skipped (could not install openapi-spec-validator)"
fi
stop_server

echo "smoke: ok"
