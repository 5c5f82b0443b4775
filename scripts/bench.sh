#!/usr/bin/env bash
# The benchmark in one command (see docs/BENCHMARKS.md): release build, a throwaway
# PostgreSQL server, `scanlogic bench`, then Yelp's detect-secrets on the same corpus.
#
#   scripts/bench.sh [extra scanlogic bench options, e.g. --megabytes 16]
#
# Set BENCH_BIN to use a prebuilt binary; BENCH_SKIP_POSTGRES=1 or BENCH_SKIP_DETECT_SECRETS=1 to leave a part out.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build-release
corpus_dir=.scanlogic/bench

if [ -n "${BENCH_BIN:-}" ]; then
    bin="$BENCH_BIN"  # a prebuilt binary, e.g. for trying the script with a debug build
else
    swift build -c release --product scanlogic --scratch-path "$scratch"
    bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/scanlogic"
fi

work="$(mktemp -d)"
pg_data=""
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
    if [ -n "$pg_data" ] && [ -f "$pg_data/postmaster.pid" ]; then
        as_postgres pg_ctl -D "$pg_data" -m fast stop >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

bench_args=(--dir "$corpus_dir" --format json "$@")
if [ "${BENCH_SKIP_POSTGRES:-0}" != 1 ] && command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    # A password made up now, kept in the environment only: nothing secret is committed.
    export SCANLOGIC_BENCH_PG_PASSWORD="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    pg_data="$work/pg"
    mkdir -p "$pg_data"
    printf '%s\n' "$SCANLOGIC_BENCH_PG_PASSWORD" >"$work/pwfile"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$work"
    as_postgres initdb -D "$pg_data" -U bench --pwfile="$work/pwfile" --auth=scram-sha-256 \
        --no-locale -E UTF8 --no-sync >/dev/null
    as_postgres pg_ctl -D "$pg_data" -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off" \
        -l "$work/pg.log" -w -t 60 start >/dev/null
    PGPASSWORD="$SCANLOGIC_BENCH_PG_PASSWORD" psql -q "postgres://bench@127.0.0.1:$port/postgres" \
        -c "CREATE DATABASE bench" >/dev/null
    bench_args+=(--postgres "postgres://bench@127.0.0.1:$port/bench" --credential-env SCANLOGIC_BENCH_PG_PASSWORD)
fi

echo "bench: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/^Mem:/ {print $2}') GiB, $(date -u +%FT%TZ)"
"$bin" bench "${bench_args[@]}" >"$work/bench.json"

python3 - "$work/bench.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
print(f"corpus: {report['corpusFiles']} files, {report['corpusBytes'] / 1e6:.1f} MB, seed {report['seed']}; "
      f"cores: {report['cores']}")
width = max(len(f["name"]) for f in report["figures"])
for f in report["figures"]:
    print(f"{f['name']:<{width}}  {f['value']:12.1f} {f['unit']:<10} {f['detail']}")
print(f"peak memory (ru_maxrss): {report['peakMemoryMB']:.1f} MB")
PY

[ "${BENCH_SKIP_DETECT_SECRETS:-0}" = 1 ] && exit 0
if [ ! -x .venv-bench/bin/detect-secrets ]; then
    python3 -m venv .venv-bench
    .venv-bench/bin/pip install --quiet detect-secrets
fi
# detect-secrets reads about 0.1 MB/s per core here, so it scans a prefix of the corpus's
# files (BENCH_DETECT_SECRETS_MB, default 4; the corpus is homogeneous) from inside the
# corpus folder (given a path outside the current git checkout it scans nothing).
subset_mb="${BENCH_DETECT_SECRETS_MB:-4}"
mapfile -t subset < <(cd "$corpus_dir" && find files -type f | sort | python3 -c "
import os, sys
total, limit = 0, float(sys.argv[1]) * 1e6
for path in sys.stdin.read().split():
    if total >= limit: break
    total += os.path.getsize(path); print(path)
" "$subset_mb")
subset_bytes=$(cd "$corpus_dir" && cat "${subset[@]}" | wc -c)
start=$(date +%s.%N)
(cd "$corpus_dir" && "$OLDPWD/.venv-bench/bin/detect-secrets" scan --all-files "${subset[@]}" >"$work/baseline.json")
end=$(date +%s.%N)
python3 - "$work/bench.json" "$start" "$end" "$(.venv-bench/bin/detect-secrets --version)" "$subset_bytes" \
    "$work/baseline.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
seconds = float(sys.argv[3]) - float(sys.argv[2])
mbps = int(sys.argv[5]) / 1e6 / seconds
found = sum(len(v) for v in json.load(open(sys.argv[6]))["results"].values())
print(f"detect-secrets scanned {int(sys.argv[5]) / 1e6:.1f} MB of the corpus, {found} results")
ours = next(f["value"] for f in report["figures"] if f["name"].startswith("files, engine, full catalog")
            and f["name"].endswith(f", {report['cores']} task(s)"))
print(f"detect-secrets {sys.argv[4]}: {mbps:.2f} MB/s ({seconds:.1f} s, one process)")
print(f"ratio ScanLogic engine, full catalog, all cores / detect-secrets: {ours / mbps:.1f}x")
PY
