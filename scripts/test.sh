#!/usr/bin/env bash
# Runs the whole test suite: every project under tests/, Release build.
# Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Extraction").
set -euo pipefail
cd "$(dirname "$0")/.."
# The Cypher lint test runs Neo4j's linter on Node; this installs it once (and does nothing when it is installed).
./tests/Graph.Storage.Tests/Neo4j/lint/install.sh
dotnet test Graph.sln --configuration Release "$@"
