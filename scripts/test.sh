#!/usr/bin/env bash
# `npm test`: every test of the project — lint, types, unit tests, then the end-to-end tests on a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
npx eslint .
npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }
npx tsc --noEmit
npx vitest run
bash scripts/ensure-chromium.sh
npx vite build --logLevel warn
npx playwright test
