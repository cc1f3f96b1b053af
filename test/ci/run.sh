#!/usr/bin/env bash
# npm run test:ci-integrations: the pre-commit hook and the GitHub Action's command line, tested with the
# real tools. pre-commit comes from Debian (its python3-yaml also parses action.yml for the test).
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v pre-commit >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pre-commit >/dev/null
  else
    echo "test:ci-integrations needs pre-commit (apt-get install pre-commit, as root)" >&2
    exit 1
  fi
fi
node esbuild.mjs --tests
node --test --test-reporter=spec out/test/ci/*.test.js
