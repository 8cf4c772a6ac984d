#!/usr/bin/env bash
# Quick start, command 1: set up, build everything, and serve the demo site (prints its URL).
# NV_SITE_URL (default http://localhost:4173) sets the site's address and the port it is served on.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
pnpm build --output-logs=errors-only
export NV_SITE_URL="${NV_SITE_URL:-http://localhost:4173}"
PORT="$(node -p "new URL(process.env.NV_SITE_URL).port || 80")"
export PORT
exec pnpm --silent --filter demo serve
