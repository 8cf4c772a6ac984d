#!/usr/bin/env bash
# Quick start, command 1: set up, build, and run the main job.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
pnpm build --output-logs=errors-only
node packages/statements/dist/cli.js list --limit 200
