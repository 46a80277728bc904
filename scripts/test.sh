#!/usr/bin/env bash
# Runs the whole test suite: every project under tests/, Release build.
# First installs what the HTTP-audit, IDE and browser tests need when it is missing (Node.js, npm packages,
# Debian's Chromium; see .ci/install-test-deps.sh). Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-test-deps.sh
dotnet test Graph.sln --configuration Release "$@"
