#!/usr/bin/env bash
# Every test: set-up, type check, layer rules, unit/render/e2e tests (vitest), extension builds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== typecheck"; npx tsc --noEmit
echo "== layers"; npm run --silent lint:layers
echo "== build extension (chrome, firefox)"; npx wxt build >/dev/null && npx wxt build -b firefox >/dev/null
echo "== tests"
mkdir -p test-results
set +e
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
code=$?
set -e
node -e '
const r = require("./test-results/vitest.json");
console.log(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
if (r.numTotalTests === 0) process.exit(1);
' || code=1
exit $code
