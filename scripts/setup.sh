#!/usr/bin/env bash
# Installs what the planner needs and skips what is already there. Sourced by serve.sh and
# test.sh; `setup.sh build` installs the build tools, `setup.sh test` adds the browser tools.
# Nothing here downloads at build time: every tool is installed up front, pinned.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")"

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Tools installed by `cargo install` go to $CARGO_INSTALL_ROOT/bin when that is set.
export PATH="${CARGO_INSTALL_ROOT:+$CARGO_INSTALL_ROOT/bin:}$HOME/.cargo/bin:$ROOT/e2e/node_modules/.bin:$PATH"

apt_updated=0
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt: installing ${missing[*]}"
  if [ "$apt_updated" -eq 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown && return 0
  log "rustup: adding wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
}

ensure_trunk() {
  if command -v trunk >/dev/null && trunk --version | grep -q " $TRUNK_VERSION\$"; then return 0; fi
  log "cargo: installing trunk $TRUNK_VERSION (about 12 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
}

ensure_wasm_bindgen() {
  if command -v wasm-bindgen >/dev/null && wasm-bindgen --version | grep -q " $WASM_BINDGEN_VERSION\$" \
     && command -v wasm-bindgen-test-runner >/dev/null; then return 0; fi
  log "cargo: installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 6 minutes)"
  # --locked fails for this version: one of its locked dependencies is gone from crates.io.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
}

ensure_node() {
  command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
  # playwright-core 1.65 needs Node.js 20 or newer; say so plainly instead of failing later.
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -lt 20 ]; then
    echo "Node.js $(node --version) is too old: the end-to-end tests need Node.js 20 or newer." >&2
    exit 1
  fi
}

ensure_npm_packages() {
  ensure_node
  local stamp="$ROOT/e2e/node_modules/.installed-lock"
  if [ -f "$stamp" ] && cmp -s "$stamp" "$ROOT/e2e/package-lock.json"; then return 0; fi
  log "npm: installing e2e/ packages (playwright-core, binaryen for wasm-opt, axe-core for the accessibility scan)"
  (cd "$ROOT/e2e" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$ROOT/e2e/package-lock.json" "$stamp"
}

ensure_browser() {
  # A CJK font so screenshots and canvas text in tests show Chinese rather than boxes.
  # poppler-utils: pdftotext reads the printed report in the e2e tests.
  apt_install chromium chromium-driver fonts-wqy-microhei poppler-utils
}

ensure_cargo_deps() {
  # Fetch once so builds can run with --offline.
  (cd "$ROOT" && cargo fetch --locked >/dev/null 2>&1) || (cd "$ROOT" && cargo fetch --locked)
}

setup_build() {
  ensure_wasm_target
  ensure_npm_packages
  ensure_wasm_bindgen
  ensure_trunk
  ensure_cargo_deps
}

setup_test() {
  setup_build
  ensure_browser
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-test}" in
    build) setup_build ;;
    test) setup_test ;;
    *) echo "usage: $0 [build|test]" >&2; exit 2 ;;
  esac
fi
