#!/usr/bin/env bash
# Installs what is missing, then runs every test layer: format and lint, the model natively,
# components in headless Chromium, the release build with its size budget, and end-to-end
# tests with Playwright against dist/ served on 127.0.0.1. Ends with the e2e runner's summary.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_test
cd "$ROOT"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# Chromium needs a UTF-8 locale to keep Chinese download names (without one, an exported
# "尉犁·土地流转-….json" arrives as "download"). C.UTF-8 is built into Debian's glibc.
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *UTF-8* | *utf8* | *UTF8*) ;;
  *) export LC_ALL=C.UTF-8 ;;
esac
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
started=$(date +%s)

step "pinned versions agree"
trunk_wb=$(awk -F'"' '/^wasm_bindgen *=/ { print $2 }' Trunk.toml)
[ "$trunk_wb" = "$WASM_BINDGEN_VERSION" ] || { echo "Trunk.toml wasm_bindgen $trunk_wb != Cargo.lock $WASM_BINDGEN_VERSION"; exit 1; }
echo "wasm-bindgen $WASM_BINDGEN_VERSION (Cargo.lock = Trunk.toml = CLI)"

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (native: model, tests, benches)"
cargo clippy --offline --all-targets -- -D warnings
step "cargo clippy (wasm32: ui, charts, browser tests)"
cargo clippy --offline --all-targets --target wasm32-unknown-unknown -- -D warnings

step "native tests (model, input, i18n)"
cargo test --offline

step "browser component tests (wasm-bindgen-test, headless Chromium)"
cargo test --offline --target wasm32-unknown-unknown --test components

step "release build (trunk, wasm-opt)"
trunk build --release --offline

step "wasm size budgets"
# The page's wasm (the first load), the risk worker's (loaded when a planner asks for risk) and
# the sheet worker's (loaded when a planner first imports or exports a spreadsheet).
check_wasm() {
  local wasm=$1 name=$2 raw gz budget
  raw=$(stat -c %s "$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  budget=$(sed -n "s/.*${name}=\([0-9]*\).*/\1/p" README.md | head -1)
  echo "$wasm: $raw bytes raw, $gz bytes gzipped (budget $budget bytes gzipped, $name)"
  if [ -z "$budget" ] || [ "$gz" -gt "$budget" ]; then
    echo "FAIL: gzipped wasm over the budget recorded in README.md"; exit 1
  fi
}
check_wasm "$(ls dist/village-income-planner-*_bg.wasm)" WASM_GZIP_BUDGET_BYTES
check_wasm dist/risk-worker_bg.wasm RISK_WORKER_GZIP_BUDGET_BYTES
check_wasm dist/sheet-worker_bg.wasm SHEET_WORKER_GZIP_BUDGET_BYTES
# The county page and its roster worker, fetched when a planner opens the county page.
check_wasm dist/county_bg.wasm COUNTY_GZIP_BUDGET_BYTES
check_wasm dist/roster-worker_bg.wasm ROSTER_WORKER_GZIP_BUDGET_BYTES
# The training panel, fetched when a course link is opened or a trainer opens it.
check_wasm dist/training_bg.wasm TRAINING_GZIP_BUDGET_BYTES
# The share maker, imported when the share dialog first opens.
check_wasm dist/share-maker_bg.wasm SHARE_MAKER_GZIP_BUDGET_BYTES

step "load budgets (first load gzipped, first chart cold and warm, cold on slow 4G with CPU 4×)"
node e2e/bench/load.mjs

step "keystroke benchmark (recompute + redraw within one frame; again at CPU 4× and DPR 2)"
node e2e/bench/keystroke.mjs

step "risk benchmark (Monte Carlo and tornado in the worker, page frames while it runs)"
node e2e/bench/risk.mjs

step "county benchmark (10,000-row .xlsx through the county page; plan over 10,000 households × 20 years in the roster worker)"
node e2e/bench/county.mjs

step "end-to-end (Playwright + Chromium against dist/)"
echo "(set-up and earlier layers took $(( $(date +%s) - started )) s)"
cd e2e
# A hung browser fails its test after two minutes instead of stalling CI.
exec node --test --test-concurrency=1 --test-timeout=120000 tests/
