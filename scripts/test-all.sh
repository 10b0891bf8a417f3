#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine (only what is missing) and runs every test:
# formatting, lints, Rust tests, UI tests, locale checks and the real-window end-to-end tests.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
started=$SECONDS
step() { printf '\n== %s (%ss)\n' "$*" "$((SECONDS - started))"; }

step "setup"
scripts/setup.sh test
export PATH="$root/target/pyenv/bin:$PATH"

step "cargo fmt"
cargo fmt --all -- --check

step "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test"
cargo test --workspace --locked

step "UI tests"
(cd ui && npx vitest run)

step "compare-locales"
python3 scripts/compare-locales.py

step "end-to-end (real window)"
cargo build -p kakehashi --locked
tests/e2e/run.sh

step "all passed"
