#!/usr/bin/env bash
# Installs what a fresh machine lacks (pnpm, the workspace's dependencies, and, for the browser
# tests, Chromium), then returns. Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

PNPM_VERSION=$(node -p "require('./package.json').packageManager.split('@')[1]")
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "› installing pnpm $PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" --no-audit --no-fund --loglevel=error
fi

if [ "${NV_NEEDS_BROWSER:-0}" = "1" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "› installing Chromium (Debian package) for the browser tests"
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

echo "› installing dependencies"
pnpm install --frozen-lockfile --reporter=silent
