#!/usr/bin/env bash
# Runs the whole test suite: every project under tests/, Release build.
# Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Extraction").
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test Graph.sln --configuration Release "$@"
