#!/usr/bin/env bash
# Runs the whole test suite: every project under tests/, Release build.
# First installs what the HTTP-audit, IDE and browser tests need when it is missing (Node.js, npm packages,
# Debian's Chromium; see .ci/install-test-deps.sh). Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-test-deps.sh
# The Cypher lint test runs Neo4j's linter on Node; this installs it once (and does nothing when it is installed).
./tests/Graph.Storage.Tests/Neo4j/lint/install.sh
# The kuzu cross-check runs the Neo4j store's read statements on kuzu, an embedded openCypher engine (test-only).
./tests/Graph.Storage.Tests/Neo4j/kuzu/install.sh
dotnet test Graph.sln --configuration Release "$@"
