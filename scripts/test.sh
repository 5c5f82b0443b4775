#!/usr/bin/env bash
# Runs the whole test suite, PostgreSQL tests included (they start their own server).
# Set SCANLOGIC_REQUIRE_POSTGRES=1 to make a missing PostgreSQL a failure instead of a skip,
# and SCANLOGIC_REQUIRE_TOOLS=1 the same for the external scanners (Bandit).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
scripts/bootstrap-tools.sh || [ "${SCANLOGIC_REQUIRE_TOOLS:-}" != 1 ]
swift build --build-tests "$@"
swift test --skip-build "$@"
# The control plane end to end: a real `scanlogic serve` driven over HTTP.
scripts/live-api.sh
