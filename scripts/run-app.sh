#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine (only what is missing) and launches Kakehashi.
# KAKEHASHI_DATA_DIR points it at another data folder.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/setup.sh" app
cd "$root"
cargo build --release -p kakehashi
exec "$root/target/release/kakehashi" "$@"
