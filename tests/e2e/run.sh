#!/usr/bin/env bash
# Runs the end-to-end tests against the real app window under a virtual display.
# Arguments: spec files to run (relative to tests/e2e); all of specs/ when none.
#   KAKEHASHI_APP   the app binary (default: target/debug/kakehashi)
#   E2E_PORT        tauri-driver's port (default 4444; WebKitWebDriver gets the next one)
# Drivers, the display and any app they started are killed on exit, whatever happens.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export KAKEHASHI_APP="${KAKEHASHI_APP:-$root/target/debug/kakehashi}"
port="${E2E_PORT:-4444}"
native_port=$((port + 1))
driver_dir="$root/target/e2e-driver"

[ -x "$KAKEHASHI_APP" ] || { echo "e2e: app binary $KAKEHASHI_APP not found (build it first)" >&2; exit 1; }
command -v WebKitWebDriver >/dev/null || { echo "e2e: WebKitWebDriver missing (apt-get install webkit2gtk-driver)" >&2; exit 1; }
if [ ! -x "$driver_dir/node_modules/.bin/tauri-driver" ]; then
  # Prebuilt tauri-driver; kept out of the lockfile (its package has no builds for other platforms).
  npm install --prefix "$driver_dir" --no-save --no-audit --no-fund --loglevel=error @crabnebula/tauri-driver@2.0.9
fi
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  pkill -f "WebKitWebDriver --port=$native_port" 2>/dev/null || true
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

"$driver_dir/node_modules/.bin/tauri-driver" --port "$port" --native-port "$native_port" &
pids+=($!)
for _ in $(seq 100); do
  curl -fsS "http://127.0.0.1:$port/status" >/dev/null 2>&1 && break
  sleep 0.1
done

export TAURI_DRIVER_URL="http://127.0.0.1:$port"
cd "$here"
timeout "${E2E_TIMEOUT:-600}" node --test --test-concurrency=1 --test-reporter=spec "${@:-specs/}"
