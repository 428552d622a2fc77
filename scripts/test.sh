#!/usr/bin/env bash
# `npm test`: every test of the project — lint, formatting, types, unit tests, then the end-to-end
# tests on a production build. Runs every step even when one fails, and exits non-zero if any did.
# With PODCAPS_RESULTS_DIR set (CI), it also writes machine-readable reports there.
set -uo pipefail
cd "$(dirname "$0")/.."
results="${PODCAPS_RESULTS_DIR:-$PWD/ci-results}"
mkdir -p "$results"
declare -A steps=()
order=()
step() {
  local name=$1
  shift
  echo "== $name"
  if "$@"; then steps[$name]=true; else steps[$name]=false; fi
  order+=("$name")
}

step lint npx eslint .
step format npx prettier --check --log-level warn .
step typecheck npx tsc --noEmit
# Not fatal on its own: without capsh the decode comparison says it is skipped, and why.
step capsh bash scripts/ensure-capsh.sh
step unit npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json"
step chromium bash scripts/ensure-chromium.sh
step build npx vite build --logLevel warn
if [ "${steps[build]}" = true ] && [ "${steps[chromium]}" = true ]; then
  step e2e env PLAYWRIGHT_JSON_OUTPUT_FILE="$results/playwright.json" npx playwright test --reporter=list,json
fi

{
  printf '{'
  sep=''
  for name in "${order[@]}"; do
    printf '%s"%s": %s' "$sep" "$name" "${steps[$name]}"
    sep=', '
  done
  printf '}\n'
} >"$results/steps.json"

failed=0
for name in "${order[@]}"; do
  [ "${steps[$name]}" = true ] || { echo "FAILED: $name"; failed=1; }
done
exit $failed
