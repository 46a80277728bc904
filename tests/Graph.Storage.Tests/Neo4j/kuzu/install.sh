#!/usr/bin/env bash
# Installs kuzu (an embedded openCypher engine, test-only) exactly as package-lock.json pins it, for the kuzu
# cross-check test. Idempotent: does nothing when node_modules was installed from the same lock file. Needs Node.js
# 20+ and npm. kuzu's install step copies the native binary its package ships for this platform (linux-x64 here);
# on a platform it ships none for, it would build kuzu from source instead, which needs cmake and a C++ compiler.
set -euo pipefail
cd "$(dirname "$0")"
command -v node >/dev/null || { echo "kuzu/install.sh: node is not installed (need Node.js 20 or later)" >&2; exit 1; }
command -v npm >/dev/null || { echo "kuzu/install.sh: npm is not installed" >&2; exit 1; }
wanted=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f node_modules/.installed-from ] && [ "$(cat node_modules/.installed-from)" = "$wanted" ]; then
  exit 0
fi
# Not --ignore-scripts: kuzu's install script is what puts its native binary and JavaScript API in place.
npm ci --no-audit --no-fund --loglevel=error
node -e "require('kuzu')" || { echo "kuzu/install.sh: kuzu was installed but does not load on node $(node --version)" >&2; exit 1; }
echo "$wanted" > node_modules/.installed-from
