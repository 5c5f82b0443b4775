#!/usr/bin/env bash
# End-to-end check of the built binary: generate the sample, scan it twice, check the
# findings, exit codes, SARIF and that no generated secret is printed in the clear.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(swift build --show-bin-path)/scanlogic"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
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

# No value from the sample's .env may appear in any output.
while IFS='=' read -r key value; do
    value="${value## }"
    [ ${#value} -ge 12 ] || continue
    if grep -qF -- "$value" "$work/first.txt" "$work/second.sarif"; then
        echo "smoke: the value of $key was printed in the clear"; exit 1
    fi
done < <(grep -E '^[A-Za-z_]+ ?= ?' "$work/sample/files/config/production.env")

"$bin" scan --quiet "sqlite:$work/sample/customers.sqlite" --format json >"$work/db.json" || [ $? -eq 1 ]
grep -q "main/customers/card_number" "$work/db.json" || { echo "smoke: card column not classified"; cat "$work/db.json"; exit 1; }

status=0
"$bin" scan --quiet "$work/does-not-exist" >/dev/null 2>"$work/err.txt" || status=$?
[ "$status" -eq 2 ] && grep -q "no such file or directory" "$work/err.txt" || { echo "smoke: bad path not reported"; exit 1; }
"$bin" runs list >/dev/null
echo "smoke: ok"
