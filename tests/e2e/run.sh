#!/usr/bin/env bash
# Runs the end-to-end tests against the real app window under a virtual display.
# Arguments: spec files to run (relative to tests/e2e); all of specs/ when none.
#   KAKEHASHI_APP   the app binary (default: target/debug/kakehashi)
#   E2E_DEBUG       set to print the harness's and the drivers' logs
# Each app session starts its own tauri-driver (tests/e2e/lib/harness.mjs); the display and
# anything left running are killed on exit, whatever happens.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export KAKEHASHI_APP="${KAKEHASHI_APP:-$root/target/debug/kakehashi}"
driver_dir="$root/target/e2e-driver"
export TAURI_DRIVER_BIN="$driver_dir/node_modules/.bin/tauri-driver"

[ -x "$KAKEHASHI_APP" ] || { echo "e2e: app binary $KAKEHASHI_APP not found (build it first)" >&2; exit 1; }
command -v WebKitWebDriver >/dev/null || { echo "e2e: WebKitWebDriver missing (apt-get install webkit2gtk-driver)" >&2; exit 1; }
if [ ! -x "$TAURI_DRIVER_BIN" ]; then
  # Prebuilt tauri-driver; kept out of the lockfile (its package has no builds for other platforms).
  npm install --prefix "$driver_dir" --no-save --no-audit --no-fund --loglevel=error @crabnebula/tauri-driver@2.0.9
fi
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  # Drivers left by an interrupted run, with the WebKitWebDriver each started.
  for pid in $(pgrep -f "$TAURI_DRIVER_BIN" || true); do
    pkill -P "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
  done
  pkill -f "$KAKEHASHI_APP" 2>/dev/null || true
  sleep 0.3
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM

if [ -z "${DISPLAY:-}" ] || [ -n "${E2E_XVFB:-}" ]; then
  display_file="$(mktemp)"
  Xvfb -displayfd 3 -screen 0 1440x1000x24 -nolisten tcp 3>"$display_file" &
  pids+=($!)
  for _ in $(seq 50); do [ -s "$display_file" ] && break; sleep 0.1; done
  export DISPLAY=":$(cat "$display_file")"
  rm -f "$display_file"
fi

cd "$here"
# A test that hangs fails on its own after 3 minutes instead of stopping the whole run.
timeout "${E2E_TIMEOUT:-900}" node --test --test-concurrency=1 --test-timeout=180000 --test-reporter=spec "${@:-specs/}"
