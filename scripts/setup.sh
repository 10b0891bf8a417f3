#!/usr/bin/env bash
# Installs what Kakehashi needs on a Debian/Ubuntu machine and builds the UI.
#   scripts/setup.sh app    what building and running the app needs
#   scripts/setup.sh test   that, plus what the tests need (virtual display, WebDriver, PDF tools,
#                           Python tools for locale and glossary checks)
# Safe to run again: it installs only what is missing.
set -euo pipefail
mode="${1:-app}"
root="$(cd "$(dirname "$0")/.." && pwd)"

packages=(build-essential pkg-config file curl libwebkit2gtk-4.1-dev fonts-noto-cjk fonts-noto-core)
if [ "$mode" = test ]; then
  packages+=(xvfb xauth x11-utils xdotool webkit2gtk-driver poppler-utils qpdf python3-venv)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

for tool in cargo node npm; do
  command -v "$tool" >/dev/null || { echo "setup: $tool is required (Rust via rustup; Node.js 20+)" >&2; exit 1; }
done

if [ "$mode" = test ]; then
  # Python tools in a private environment: Mozilla's compare-locales and translate-toolkit.
  if [ ! -x "$root/target/pyenv/bin/compare-locales" ] || ! "$root/target/pyenv/bin/python" -c "import translate" 2>/dev/null; then
    python3 -m venv "$root/target/pyenv"
    "$root/target/pyenv/bin/pip" install --quiet --disable-pip-version-check compare-locales translate-toolkit
  fi
fi

# The UI must exist before any cargo step: the shell embeds ui/dist at compile time.
# `npm install` rather than `npm ci`: the registry reachable here has no metadata for the other
# platforms' optional packages (rollup's, esbuild's), so the lockfile cannot list them and `npm ci`
# would refuse it; `npm install --no-save` installs the locked versions for this platform.
(cd "$root/ui" && npm install --no-save --no-audit --no-fund --loglevel=error && npm run --silent build)
