#!/usr/bin/env bash
# Scans a generated sample (a file tree and a SQLite database with fake secrets and PII)
# into the embedded store and prints the findings.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --no-postgres
# The release build lives in .build-release, shared with scripts/bench.sh.
swift build -c release --product scanlogic --scratch-path .build-release
bin="$(swift build -c release --scratch-path .build-release --show-bin-path)/scanlogic"
sample="${SCANLOGIC_SAMPLE_DIR:-.scanlogic/sample}"
"$bin" sample "$sample"
echo "== scanning the file tree $sample/files" >&2
"$bin" scan "$sample/files" || [ $? -eq 1 ]
echo "== scanning the SQLite database $sample/customers.sqlite" >&2
"$bin" scan "sqlite:$sample/customers.sqlite" || [ $? -eq 1 ]
