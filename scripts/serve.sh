#!/usr/bin/env bash
# Installs what is missing, builds the release dist/ and serves it on http://127.0.0.1:8080.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_build
cd "$ROOT"
trunk build --release --offline
exec node e2e/static-server.mjs --dir dist --port "${PORT:-8080}"
