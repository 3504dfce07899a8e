#!/usr/bin/env bash
# Reproduces the real-project acceptance run of `replace-status-literals` (see RESULTS.md).
#
#   test/real-project/run.sh <hono git mirror or URL> [work dir] [plugin dir]
#
# <hono …>    a clone source for honojs/hono, e.g. /work/.mirror/honojs+hono/repo or
#             https://github.com/honojs/hono.git (must contain commit $COMMIT)
# [work dir]  where to clone and run (default /tmp/real-project/run); deleted first
# [plugin dir] this repository, built (`npm run build`) (default: the directory above test/)
#
# Needs network for `npm install`. Takes about 6 minutes on 2 cores.
# Runs only the vitest projects that need no external runtime (main, jsx-runtime-default,
# jsx-runtime-dom); the runtime-tests/* projects (workerd, fastly, lambda, bun, deno…) are left out.
set -uo pipefail

SOURCE=${1:?usage: run.sh <hono mirror or URL> [work dir] [plugin dir]}
WORK=${2:-/tmp/real-project/run}
PLUGIN=${3:-$(cd "$(dirname "$0")/../.." && pwd)}
COMMIT=28a9c128912de19f3fb28b00ae289c9b93f6f392
CLI="$PLUGIN/dist/src/cli.js"
LOGS="$WORK/logs"

[ -f "$CLI" ] || { echo "no $CLI: run npm run build in $PLUGIN" >&2; exit 2; }
rm -rf "$WORK" && mkdir -p "$LOGS"
git clone -q "$SOURCE" "$WORK/hono" && cd "$WORK/hono" && git checkout -q "$COMMIT" || exit 2
git config user.email run@example.invalid && git config user.name run.sh

# Coverage off and plain output. Do NOT set NO_COLOR: src/utils/color.test.ts,
# helper/dev and middleware/logger tests assume colours are enabled and fail under NO_COLOR=1.
VITEST=(npx vitest --run --project main --project jsx-runtime-default --project jsx-runtime-dom
  --coverage.enabled=false --reporter=default --reporter=json)
counts() { node -e 'const j=require(process.argv[1]);console.log(`files ${j.testResults.length}, tests ${j.numTotalTests}: passed ${j.numPassedTests}, failed ${j.numFailedTests}, skipped ${j.numPendingTests + j.numTodoTests}`)' "$1"; }
typecheck() { npx tsc -p tsconfig.spec.json > "$LOGS/tsc-$1.txt" 2>&1; echo "tsc -p tsconfig.spec.json ($1): exit $?, $(grep -c 'error TS' "$LOGS/tsc-$1.txt") errors"; }
tests() { "${VITEST[@]}" --outputFile.json="$LOGS/vitest-$1.json" > "$LOGS/vitest-$1.txt" 2>&1; echo "vitest ($1): exit $?, $(counts "$LOGS/vitest-$1.json")"; }

echo "node $(node --version), hono $(git rev-parse --short HEAD)"
npm install --no-audit --no-fund > "$LOGS/npm-install.txt" 2>&1 || { echo "npm install failed" >&2; exit 2; }
echo "typescript $(npx tsc -v)"

typecheck before
tests before

npm install --no-audit --no-fund http-status-codes@2.3.0 > "$LOGS/npm-install-hsc.txt" 2>&1 || exit 2
git add package.json package-lock.json && git commit -qm "add http-status-codes@2.3.0 (and npm lockfile)"

node "$CLI" replace-status-literals src > "$LOGS/codemod-1.txt" 2>&1
echo "codemod run 1: exit $?"; cat "$LOGS/codemod-1.txt"
git add -A src && git commit -qm "replace-status-literals" && git diff --stat HEAD~1 | tail -1

typecheck after
grep 'error TS' "$LOGS/tsc-after.txt" | sed 's/(.*//' | sort | uniq -c
tests after

node "$CLI" replace-status-literals src > "$LOGS/codemod-2.txt" 2>&1
echo "codemod run 2 (idempotence): exit $?, $(sed -n 2p "$LOGS/codemod-2.txt" | xargs), files modified: $(git status --short | wc -l)"
echo "logs in $LOGS"
