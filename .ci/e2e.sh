#!/usr/bin/env bash
# End-to-end tests in real editors, from a bare machine: installs Chromium, a CJK font, Neovim and
# code-server (test/e2e/install.sh, skipped where present), then `npm run test:e2e`: the packaged
# VSIX in code-server driven through Chromium, the extension-host suite inside code-server, and
# Neovim against `gongwen-lint --stdio`. Called by .ci/run after `npm ci`.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
# CI runs in a fresh clone: keep code-server outside it, so later runs on this machine reuse it.
export GONGWEN_CODE_SERVER_DIR="${GONGWEN_CODE_SERVER_DIR:-$HOME/.cache/gongwen-lint/code-server-4.100.3}"
bash test/e2e/install.sh
echo "e2e install: $(( $(date +%s) - start )) s"
npm run --silent test:e2e
echo "e2e total (install + tests): $(( $(date +%s) - start )) s"
