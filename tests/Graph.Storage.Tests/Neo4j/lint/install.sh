#!/usr/bin/env bash
# Installs the Cypher linter's npm packages exactly as package-lock.json pins them. Idempotent: does nothing when
# node_modules was installed from the same lock file. Needs Node.js 20+ and npm.
set -euo pipefail
cd "$(dirname "$0")"
command -v node >/dev/null || { echo "install.sh: node is not installed (need Node.js 20 or later)" >&2; exit 1; }
command -v npm >/dev/null || { echo "install.sh: npm is not installed" >&2; exit 1; }
wanted=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f node_modules/.installed-from ] && [ "$(cat node_modules/.installed-from)" = "$wanted" ]; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
echo "$wanted" > node_modules/.installed-from
