#!/usr/bin/env bash
# Installs the external scanners the ingest tests run, in .venv-tools (from PyPI):
#   Bandit with its SARIF formatter, pinned so its findings stay the same.
# Needs python3 with venv; says what to install when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

BANDIT_VERSION=1.9.4
if .venv-tools/bin/bandit --version 2>/dev/null | grep -q "bandit $BANDIT_VERSION"; then
    exit 0
fi
if ! python3 -m venv --help >/dev/null 2>&1; then
    echo "bootstrap-tools: python3 with venv is missing. Install it with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y python3-venv" >&2
    exit 2
fi
echo "bootstrap-tools: installing bandit[sarif]==$BANDIT_VERSION into .venv-tools" >&2
python3 -m venv .venv-tools
.venv-tools/bin/pip install -q "bandit[sarif]==$BANDIT_VERSION"
