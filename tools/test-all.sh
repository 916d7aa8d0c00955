#!/usr/bin/env bash
# `npm test`: the whole suite, in the order that fails fastest. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# Before any long step: the browser tests need Chromium and Firefox ESR; say in one line what is missing.
if ! node --import tsx tools/browser-paths.ts; then
  echo "The browser tests need both browsers (CI installs them in .ci/run). Stopping before the long steps." >&2
  exit 1
fi
# The real-app browser tests need Debian's Redmine, Roundcube and Dovecot (.ci/run installs them).
if ! bash tools/realapps/install.sh --check; then
  echo "The real-app browser tests need them (CI installs them in .ci/run: bash tools/realapps/install.sh as root). Stopping before the long steps." >&2
  exit 1
fi
# Typecheck and lint read the same files and share nothing else: side by side, one core each
# (each took about 25 s of one core on CI's two), their outputs printed one after the other.
step "typecheck (tsc --noEmit, strict) and lint (eslint), side by side"
checks=$(mktemp -d)
npx tsc --noEmit -p . >"$checks/tsc" 2>&1 &
tsc_pid=$!
npx eslint . --max-warnings 0 >"$checks/eslint" 2>&1 &
eslint_pid=$!
tsc_rc=0 && wait "$tsc_pid" || tsc_rc=$?
eslint_rc=0 && wait "$eslint_pid" || eslint_rc=$?
echo "-- typecheck (exit $tsc_rc)" && cat "$checks/tsc"
echo "-- lint (exit $eslint_rc)" && cat "$checks/eslint"
rm -rf "$checks"
if [ "$tsc_rc" -ne 0 ] || [ "$eslint_rc" -ne 0 ]; then exit 1; fi
step "unit and component tests (vitest)"
npx vitest run
step "guidance packs in the repo (pack:check)"
node --import tsx tools/pack-check.ts $(ls tests/fixtures/packs/*.json | grep -v "/bad-")
step "build (Chromium and Firefox)"
npx wxt build
npx wxt build -b firefox
step "permissions: every manifest permission and host is justified in the README"
node --import tsx tools/check-permissions.ts
step "release build (npm run build/zip): no demo helpdesk hosts in its manifest"
# The builds above are test builds (the e2e tests use the demo helpdesk on 127.0.0.1); a release leaves it out.
HEARD_RELEASE=1 HEARD_OUT=.output-release npx wxt build
HEARD_RELEASE=1 HEARD_OUT=.output-release npx wxt build -b firefox
HEARD_OUT=.output-release node --import tsx tools/check-permissions.ts --release
step "web-ext lint on the Firefox build (zero errors)"
node --import tsx tools/web-ext-lint.ts
step "bundle budget"
node --import tsx tools/bundle-size.ts
step "browser tests (Chromium via playwright-core, Firefox ESR via puppeteer-core), ${E2E_REPEAT:=3}×"
for i in $(seq 1 "$E2E_REPEAT"); do
  echo "-- e2e run $i of $E2E_REPEAT"
  # A failing test must never leave a browser running and hang the run: per-test timeout, forced exit.
  node --import tsx --test --test-concurrency=1 --test-timeout=240000 --test-force-exit tests/e2e/*.e2e.ts
done
