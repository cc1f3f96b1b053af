#!/usr/bin/env bash
# Installs what the end-to-end tests need, skipping whatever is already there:
#   - Debian packages: Chromium + a CJK font (screenshots), Neovim (second LSP client),
#     and code-server's native build deps (build-essential, python3, libkrb5-dev, ripgrep);
#   - code-server (pinned, runs on Node 20) into .cache/code-server/ — git-ignored and
#     outside the project's own dependencies, so `npm ci` of the project stays fast.
# Safe to run again: a warm machine finishes in about a second.
set -euo pipefail
cd "$(dirname "$0")/../.."

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"   # the last release whose engines.node is 20
# GONGWEN_CODE_SERVER_DIR moves it (CI keeps it outside the fresh clone, to reuse it between runs).
CACHE_DIR="${GONGWEN_CODE_SERVER_DIR:-$PWD/.cache/code-server}"
APT_PACKAGES=(chromium fonts-wqy-zenhei neovim unzip build-essential python3 libkrb5-dev ripgrep)

log() { echo "[e2e-install] $*"; }

install_apt_packages() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then return; fi
  log "apt-get install ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# @vscode/ripgrep's postinstall downloads rg from the internet, which is closed here. It looks in
# $TMPDIR/vscode-ripgrep-cache-<version>/ripgrep-<tag>-<target>.tar.gz first: put Debian's rg there
# for every @vscode/ripgrep version code-server's lockfiles name.
seed_ripgrep_cache() {
  local tmp="$1" pkgdir="$CACHE_DIR/node_modules/code-server/lib/vscode"
  local versions
  versions=$(node -e '
    const fs = require("fs");
    const found = new Set();
    for (const f of process.argv.slice(1)) {
      if (!fs.existsSync(f)) continue;
      const lock = JSON.parse(fs.readFileSync(f, "utf8"));
      for (const [k, v] of Object.entries(lock.packages || {}))
        if (k.endsWith("node_modules/@vscode/ripgrep")) found.add(v.version);
    }
    console.log([...found].join(" "));
  ' "$pkgdir/npm-shrinkwrap.json" "$pkgdir/extensions/npm-shrinkwrap.json")
  local work
  work=$(mktemp -d)
  cp "$(command -v rg)" "$work/rg"
  for version in $versions; do
    # The release tag is a constant in the package's own postinstall.
    (cd "$work" && npm pack --silent "@vscode/ripgrep@$version" >/dev/null && tar xzf "vscode-ripgrep-$version.tgz")
    local tag
    tag=$(sed -n "s/^const VERSION = '\(.*\)';/\1/p" "$work/package/lib/postinstall.js")
    mkdir -p "$tmp/vscode-ripgrep-cache-$version"
    tar czf "$tmp/vscode-ripgrep-cache-$version/ripgrep-$tag-x86_64-unknown-linux-musl.tar.gz" -C "$work" rg
    log "ripgrep cache seeded for @vscode/ripgrep $version ($tag)"
    rm -rf "$work/package" "$work"/*.tgz
  done
  rm -rf "$work"
}

install_code_server() {
  local bin="$CACHE_DIR/node_modules/.bin/code-server"
  if [ -x "$bin" ] && [ -f "$CACHE_DIR/.installed-$CODE_SERVER_VERSION" ]; then return; fi
  log "installing code-server $CODE_SERVER_VERSION into $CACHE_DIR (native modules compile: a few minutes)"
  rm -rf "$CACHE_DIR"
  mkdir -p "$CACHE_DIR/tmp"
  echo '{ "name": "gongwen-e2e-code-server", "private": true }' > "$CACHE_DIR/package.json"
  # Step 1 without scripts, so the ripgrep cache can be seeded from code-server's own lockfiles.
  (cd "$CACHE_DIR" && npm install --no-audit --no-fund --ignore-scripts --no-save "code-server@$CODE_SERVER_VERSION" >/dev/null)
  seed_ripgrep_cache "$CACHE_DIR/tmp"
  # Step 2: every install script (argon2 builds from source, as its prebuilt download fails), then
  # code-server's postinstall, which installs VS Code's own dependencies (native builds). As root it
  # insists on unsafe-perm; node-pty's postinstall runs `npx node-gyp`, which needs yes.
  (cd "$CACHE_DIR" && TMPDIR="$CACHE_DIR/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
    npm rebuild --foreground-scripts > "$CACHE_DIR/install.log" 2>&1) || {
    tail -40 "$CACHE_DIR/install.log"; log "code-server install failed (full log: $CACHE_DIR/install.log)"; exit 1; }
  "$bin" --version >/dev/null
  touch "$CACHE_DIR/.installed-$CODE_SERVER_VERSION"
  log "code-server $("$bin" --version | head -1) installed"
}

install_apt_packages
install_code_server
