#!/usr/bin/env bash
# Installs the system packages ScanLogic needs, or says exactly what to install.
#   Vectorscan (libhs) and pkg-config: the matching engine links against them.
#   PostgreSQL server binaries (initdb, pg_ctl): the tests start a throwaway server.
#   curl: the live API test drives `scanlogic serve` with it.
set -euo pipefail

missing=()
pkg-config --exists libhs 2>/dev/null || missing+=(libvectorscan-dev pkg-config)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if [ "${1:-}" != "--no-postgres" ]; then
    if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        missing+=(postgresql)
    fi
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: installing ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
    echo "bootstrap: missing system packages. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 2
fi
