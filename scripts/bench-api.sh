#!/usr/bin/env bash
# Load benchmark of the HTTP API (see docs/BENCHMARKS.md): a release `scanlogic serve` on
# loopback over a store holding 100,000 findings, driven by wrk from a second process.
#
#   scripts/bench-api.sh            # BENCH_BIN=path/to/scanlogic to use a prebuilt binary
#
# Reports requests/s and latency percentiles for listing findings (first page and random
# deep cursors) and for triggering scans (1,000 definitions, so the first trigger of each
# creates a run and later ones return the active run).
set -euo pipefail
cd "$(dirname "$0")/.."
here="$(pwd)"
duration="${BENCH_DURATION:-15s}"
connections="${BENCH_CONNECTIONS:-16}"

command -v wrk >/dev/null || { echo "bench-api: wrk is missing; install it with: apt-get install -y wrk" >&2; exit 2; }
if [ -n "${BENCH_BIN:-}" ]; then
    bin="$BENCH_BIN"
else
    swift build -c release --product scanlogic --scratch-path .build-release
    bin="$(swift build -c release --scratch-path .build-release --show-bin-path)/scanlogic"
fi

work="$(mktemp -d)"
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
store="$work/store.sqlite"
export SCANLOGIC_HASH_KEY="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"

echo "bench-api: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(date -u +%FT%TZ)"
python3 "$here/scripts/bench-api/corpus.py" "$work/corpus" 200 500
"$bin" scan "$work/corpus" --store "$store" --quiet --format json --output "$work/scan.json" || true
token="$("$bin" admin token create --store "$store" --name bench 2>/dev/null)"

"$bin" serve --store "$store" --port 0 --workers 0 >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
for _ in $(seq 1 100); do grep -q listening "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
base="$(sed -n 's/^listening on //p' "$work/serve.out")"
[ -n "$base" ] || { echo "bench-api: the server did not start" >&2; cat "$work/serve.err" >&2; exit 2; }

export BENCH_BASE="$base" BENCH_TOKEN="$token"
python3 "$here/scripts/bench-api/prepare.py" "$work/definitions.lua"

run_wrk() {  # name, lua script
    echo "== $1"
    BENCH_TOKEN="$token" wrk -t2 -c"$connections" -d"$duration" --latency -s "$2" "$base" \
        | grep -E "Requests/sec|Latency |^ +(50|90|99)%|Non-2xx|requests in"
}
run_wrk "list findings, first page of 100" "$here/scripts/bench-api/list-first.lua"
run_wrk "list findings, random cursor, pages of 100" "$here/scripts/bench-api/list-random.lua"
run_wrk "trigger scans (1,000 definitions)" "$work/definitions.lua"
python3 "$here/scripts/bench-api/summary.py"
