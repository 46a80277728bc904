#!/usr/bin/env bash
# API load test: starts the server (Release) on a database, with batching on and then off
# (Graph:Api:Batching), drives it with the load generator in bench/Graph.Benchmarks at 1, 4 and 16 clients,
# and reports the server's resident memory (VmRSS now, VmHWM peak) after each run. Prints markdown.
#   bench/scripts/load.sh DATABASE [SCENARIO] [DURATION_S]     scenario: page50 (default) or mix
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
db="$1"; scenario="${2:-page50}"; duration="${3:-20}"
port="${GRAPH_LOAD_PORT:-5099}"
[ -f "$db" ] || { echo "load.sh: no database at $db (make one with bench/scripts/ingest.sh)" >&2; exit 2; }
dotnet build "$repo/src/Graph.Api" -c Release -v quiet -nologo >/dev/null
dotnet build "$repo/bench/Graph.Benchmarks" -c Release -v quiet -nologo >/dev/null
for batching in true false; do
  Graph__Database="$db" Graph__SeedBundledCorpus=false Graph__Api__Batching=$batching \
    Serilog__MinimumLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$port" \
    dotnet "$repo/src/Graph.Api/bin/Release/net10.0/Graph.Api.dll" > "/tmp/graph-load-server-$batching.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 1; done
  echo "**batching=$batching, scenario $scenario, ${duration} s per concurrency after a 5 s warm-up**"
  echo
  dotnet "$repo/bench/Graph.Benchmarks/bin/Release/net10.0/Graph.Benchmarks.dll" load \
    --url "http://127.0.0.1:$port/graphql" --scenario "$scenario" --concurrency 1,4,16 \
    --duration "$duration" --warmup 5 --label "batching $batching"
  echo
  echo "Server memory after the runs: $(awk '/VmRSS/ {r=$2} /VmHWM/ {h=$2} END {printf "VmRSS %d MiB (now), VmHWM %d MiB (peak)", r/1024, h/1024}' "/proc/$server/status")"
  echo
  kill "$server"; wait "$server" 2>/dev/null || true
  trap - EXIT
done
