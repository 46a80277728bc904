#!/usr/bin/env bash
# Installs what Graph.Api's build and tests need besides the .NET SDK, on a fresh Debian machine:
#   - Node.js and npm: the build installs Banana Cake Pop with npm and builds the Explorer (src/Graph.Explorer)
#     with Vite, and the HTTP audit test runs graphql-http;
#   - Debian's Chromium (/usr/bin/chromium): the IDE and Explorer browser tests drive it through Playwright,
#     which must never download a browser of its own;
#   - the npm packages of the IDE (src/Graph.Api/Ide/package) and of the audit script
#     (tests/Graph.Api.Tests/Http/audit), exactly as their lock files pin them.
# Idempotent: installs only what is missing and can be run before every test run. Needs root for apt-get.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

missing=()
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)

if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-test-deps: installing ${missing[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}"
fi

# The Explorer's build (Vite 8) needs Node.js 20.19+ or 22.12+; the audit script's URL.canParse and fetch come with it.
if ! node -e '
  const [major, minor] = process.versions.node.split(".").map(Number);
  process.exit((major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major >= 23 ? 0 : 1)'; then
  # Debian 12's own nodejs is 18: take Node.js 20 or 22 from NodeSource (deb.nodesource.com) or a newer Debian.
  echo "install-test-deps: node $(node --version) is too old; Node.js 20.19+ or 22.12+ is needed (the Explorer builds with Vite 8)" >&2
  exit 1
fi

for dir in "$repo/src/Graph.Api/Ide/package" "$repo/tests/Graph.Api.Tests/Http/audit"; do
  echo "install-test-deps: npm ci in ${dir#"$repo"/}"
  (cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
done

echo "install-test-deps: node $(node --version), npm $(npm --version), $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium: version unknown')"
