#!/usr/bin/env bash
# Quick start, command 2: run every check and test (lint, types, unit, package, browser, e2e,
# the widgets' size budgets),
# then print one closing line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
NV_NEEDS_BROWSER=1 bash scripts/setup.sh || exit 1
export TURBO_TELEMETRY_DISABLED=1
find . -path ./node_modules -prune -o -type d -name test-results -print0 | xargs -0 rm -rf
# One task at a time: the browser tests report timings (long tasks while typing), which other
# packages' tests running alongside on a small machine would distort.
pnpm turbo run lint typecheck test size --continue --concurrency=1 --output-logs=new-only
status=$?
node scripts/test-summary.mjs
summary=$?
[ $status -eq 0 ] && [ $summary -eq 0 ]
