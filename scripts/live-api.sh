#!/usr/bin/env bash
# Live test of the control plane: `scanlogic serve` on a free loopback port, driven over
# HTTP exactly as docs/API.md and the README show it. It creates a source and a scan,
# follows the run's event stream to completion, triages a finding and reads it back;
# then it stops the server with SIGTERM in the middle of a second run, starts it again
# and checks the run finishes with every object counted once.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${SCANLOGIC_BIN:-$(swift build --show-bin-path)/scanlogic}"
work="$(mktemp -d)"
server=""
stop_server() {
    if [ -n "$server" ]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    server=""
}
trap 'stop_server; rm -rf "$work"' EXIT
fail() { echo "live-api: $*" >&2; [ -f "$work/serve.err" ] && tail -20 "$work/serve.err" >&2; exit 1; }
export SCANLOGIC_STORE="$work/store.sqlite"

start_server() {
    : >"$work/serve.out"
    "$bin" serve --port 0 --workers "${1:-2}" --drain-timeout 10 --schedule-interval 1 \
        >"$work/serve.out" 2>>"$work/serve.err" &
    server=$!
    for _ in $(seq 1 300); do grep -q '^listening on ' "$work/serve.out" && break; sleep 0.1; done
    base="$(sed -n 's/^listening on //p' "$work/serve.out")"
    [ -n "$base" ] || fail "the server did not start"
}
api() {  # method path [json body]
    local args=(-sS -X "$1" -H "Authorization: Bearer $token" -w '\n%{http_code}')
    [ $# -ge 3 ] && args+=(-H 'Content-Type: application/json' --data "$3")
    curl "${args[@]}" "$base$2"
}
body() { sed '$d' <<<"$1"; }
code() { tail -n1 <<<"$1"; }
field() { python3 -c 'import json,sys; d=json.loads(sys.stdin.read()); print(eval("d"+sys.argv[1]))' "$1"; }
expect() {  # reply expected-status what
    [ "$(code "$1")" = "$2" ] || fail "$3: expected HTTP $2, got $(code "$1"): $(body "$1")"
}

# A tree with one generated fake AWS key per file (nothing real, made up at run time).
mkdir -p "$work/tree"
for n in $(seq 1 40); do
    key="AKIA$(head -c 2048 /dev/urandom | tr -dc 'A-Z2-7' | head -c 16)"
    printf 'name = service-%s\naws_access_key_id = %s\n' "$n" "$key" >"$work/tree/config-$n.ini"
done
token="$("$bin" admin token create --name live --role admin 2>/dev/null)"
[[ "$token" == slk_* ]] || fail "admin token create printed no token"
start_server

reply="$(api GET /api/v1/sources)"; expect "$reply" 200 "list sources"
reply="$(api POST /api/v1/sources "{\"name\":\"configs\",\"kind\":\"filesystem\",\"location\":\"$work/tree\"}")"
expect "$reply" 201 "create source"; source_id="$(body "$reply" | field '["id"]')"
reply="$(api POST /api/v1/scans "{\"name\":\"configs\",\"source_id\":\"$source_id\",\"schedule\":{\"kind\":\"daily\",\"time\":\"02:00\",\"time_zone\":\"Europe/Paris\"}}")"
expect "$reply" 201 "create scan"; scan_id="$(body "$reply" | field '["id"]')"
[ "$(body "$reply" | field '["next_run_at"] is not None')" = True ] || fail "a daily scan has no next_run_at"

reply="$(api POST "/api/v1/scans/$scan_id/trigger")"; expect "$reply" 201 "trigger"
run_id="$(body "$reply" | field '["id"]')"
curl -sSN --max-time 120 -H "Authorization: Bearer $token" "$base/api/v1/runs/$run_id/events" >"$work/events.txt" \
    || fail "the event stream broke: $(tail -3 "$work/events.txt")"
grep -q '^event: run.progress' "$work/events.txt" || grep -q '"finalized"' "$work/events.txt" \
    || fail "no progress in the event stream"
last="$(grep '^data: ' "$work/events.txt" | tail -1 | sed 's/^data: //')"
[ "$(field '["run"]["status"]' <<<"$last")" = completed ] || fail "the stream did not end with a completed run: $last"
last_id="$(grep '^id: ' "$work/events.txt" | tail -1 | sed 's/^id: //')"

# Resuming after the last event id gives nothing new and still ends (the run is over).
curl -sSN --max-time 30 -H "Authorization: Bearer $token" -H "Last-Event-ID: $last_id" \
    "$base/api/v1/runs/$run_id/events" >"$work/resumed.txt" || true
# A final snapshot may repeat the cursor's id; every stored event must be newer.
python3 - "$work/resumed.txt" "$last_id" <<'PY' || fail "a resumed stream repeated events up to $last_id"
import sys
blocks = open(sys.argv[1]).read().split("\n\n")
for block in blocks:
    fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line and not line.startswith(":"))
    if "id" in fields and fields.get("event") != "run.snapshot" and int(fields["id"]) <= int(sys.argv[2]):
        sys.exit(1)
PY

reply="$(api GET "/api/v1/runs/$run_id")"; expect "$reply" 200 "get run"
[ "$(body "$reply" | field '["counters"]["finalized"]')" = 40 ] || fail "run did not finalize 40 objects: $(body "$reply")"
reply="$(api GET "/api/v1/findings?run_id=$run_id&limit=500")"; expect "$reply" 200 "list findings"
[ "$(body "$reply" | field '["items"].__len__()')" -ge 40 ] || fail "expected at least 40 findings: $(body "$reply" | head -c 300)"
finding_id="$(body "$reply" | field '["items"][0]["id"]')"
for file in "$work"/tree/*.ini; do
    key="$(sed -n 's/^aws_access_key_id = //p' "$file")"
    if body "$reply" | grep -qF "$key"; then fail "a generated key is in the findings response in the clear"; fi
done

reply="$(api POST "/api/v1/findings/$finding_id/triage" '{"state":"false_positive","reason":"test fixture key"}')"
expect "$reply" 200 "triage"
reply="$(api GET "/api/v1/findings/$finding_id")"; expect "$reply" 200 "read triaged finding"
[ "$(body "$reply" | field '["triage"]["state"]')" = false_positive ] || fail "triage not read back: $(body "$reply")"
[ "$(body "$reply" | field '["triage"]["reason"]')" = "test fixture key" ] || fail "triage reason not read back"
reply="$(api GET "/api/v1/audit?action=finding.")"; expect "$reply" 200 "audit"
body "$reply" | grep -q "$finding_id" || fail "the triage is not in the audit log"

# Bad input answers problem+json naming the field.
reply="$(api POST /api/v1/scans "{\"name\":\"bad\",\"source_id\":\"$source_id\",\"schedule\":{\"kind\":\"cron\",\"expression\":\"61 * * * *\"}}")"
expect "$reply" 422 "bad cron"; [ "$(body "$reply" | field '["field"]')" = schedule.expression ] || fail "bad cron field: $(body "$reply")"

# Ingest over HTTP with the CLI: a SARIF report from a made-up tool, sent twice (the second
# time all unchanged), then a report without one result (fixed); bad SARIF is a 422.
python3 - "$work" <<'PY'
import json, sys
def log(count):
    results = [{"ruleId": "demo.rule", "level": "warning", "message": {"text": f"issue {n}"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": f"file:///ci/src/m{n}.py"},
                               "region": {"startLine": n, "snippet": {"text": f"call({n})"}}}}]}
               for n in range(1, count + 1)]
    return {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "demo-sast"}}, "results": results}]}
for name, count in (("full", 3), ("less", 2)):
    json.dump(log(count), open(f"{sys.argv[1]}/{name}.sarif", "w"))
PY
export SCANLOGIC_SERVER="$base" SCANLOGIC_TOKEN="$token"
first="$("$bin" ingest "$work/full.sarif" --scan configs --root /ci)" || fail "ingest failed"
again="$("$bin" ingest "$work/full.sarif" --scan configs --root /ci)" || fail "re-ingest failed"
less="$("$bin" ingest "$work/less.sarif" --scan configs --root /ci)" || fail "third ingest failed"
[[ "$first" == "demo-sast: 3 new, 0 unchanged, 0 fixed, 0 reopened"* ]] || fail "first ingest: $first"
[[ "$again" == "demo-sast: 0 new, 3 unchanged, 0 fixed, 0 reopened"* ]] || fail "re-ingest: $again"
[[ "$less" == "demo-sast: 0 new, 2 unchanged, 1 fixed, 0 reopened"* ]] || fail "third ingest: $less"
reply="$(api POST "/api/v1/ingest/sarif?scan=configs" '{"version":"2.1.0","runs":[{"results":[]}]}')"
expect "$reply" 422 "invalid SARIF"
body "$reply" | grep -q 'runs\[0\].tool' || fail "the 422 does not name the member: $(body "$reply")"
# A scan that runs an external tool (here a shell printing a native report) on the server's
# worker: its report is the run's findings.
report='{"version": "1", "tool": {"name": "echo-lint"}, "findings": [{"rule_id": "E1", "message": "m", "path": "a.py"}]}'
created="$("$bin" scans create --name tooled --source "$source_id" --tool-arg sh --tool-arg -c \
    --tool-arg "echo '$report'" --tool-format native)" || fail "scans create with a tool failed"
tooled="$(sed -n 's/^scan \([^:]*\):.*/\1/p' <<<"$created")"
reply="$(api POST "/api/v1/scans/$tooled/trigger")"; expect "$reply" 201 "trigger the tool scan"
tool_run="$(body "$reply" | field '["id"]')"
for _ in $(seq 1 200); do
    reply="$(api GET "/api/v1/runs/$tool_run")"
    [ "$(body "$reply" | field '["status"]')" = completed ] && break; sleep 0.1
done
[ "$(body "$reply" | field '["tool"]')" = echo-lint ] || fail "the tool run did not complete: $(body "$reply")"
[ "$(body "$reply" | field '["counters"]["findings_new"]')" = 1 ] || fail "the tool's finding is missing: $(body "$reply")"
unset SCANLOGIC_SERVER SCANLOGIC_TOKEN

# SIGTERM in the middle of a run, then a restart: the run continues and counts every object once.
for n in $(seq 41 1500); do printf 'line %s\n' "$n" >"$work/tree/plain-$n.txt"; done
stop_server
start_server 1
reply="$(api POST "/api/v1/scans/$scan_id/trigger")"; expect "$reply" 201 "second trigger"
second="$(body "$reply" | field '["id"]')"
for _ in $(seq 1 300); do
    finalized="$(api GET "/api/v1/runs/$second" | sed '$d' | field '["counters"]["finalized"]')"
    [ "$finalized" -gt 0 ] && break; sleep 0.1
done
kill -TERM "$server"; status=0; wait "$server" || status=$?; server=""
echo "live-api: SIGTERM after $finalized of 1500 objects"
[ "$status" -eq 0 ] || fail "serve exited $status after SIGTERM"
grep -q "leases released" "$work/serve.err" || fail "serve did not hand its leases back"
start_server 2
curl -sSN --max-time 180 -H "Authorization: Bearer $token" "$base/api/v1/runs/$second/events" >"$work/second.txt" || true
reply="$(api GET "/api/v1/runs/$second")"
[ "$(body "$reply" | field '["status"]')" = completed ] || fail "the interrupted run did not complete: $(body "$reply")"
[ "$(body "$reply" | field '["counters"]["finalized"]')" = 1500 ] || fail "expected 1500 objects once each: $(body "$reply")"
[ "$(body "$reply" | field '["counters"]["findings_unchanged"]')" = 40 ] || fail "findings not unchanged: $(body "$reply")"
echo "live-api: ok ($base)"
