#!/usr/bin/env bash
# The full measurement run of bench/README.md, written as one markdown file: the machine, the parser and extraction
# micro benchmarks, ingest at every size, the store benchmarks on every database, and the load test (page50 and mix,
# batching on and off) on the largest database. Run it on an otherwise idle machine.
#   bench/scripts/run-all.sh [DIR] [SIZES...]      default: /tmp/graph-bench 10000 100000 1000000
# Environment:
#   RESULTS        the file to write (default bench/results/<date>-<host>.md)
#   BENCH_JOB      a BenchmarkDotNet job for a quick check of the whole run (dry, short); its numbers are not results
#   LOAD_DURATION  seconds per load-test concurrency (default 20)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scripts="$repo/bench/scripts"
dir="${1:-/tmp/graph-bench}"
shift || true
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(10000 100000 1000000)
results="${RESULTS:-$repo/bench/results/$(date +%F)-$(hostname -s).md}"
duration="${LOAD_DURATION:-20}"
job=()
[ -z "${BENCH_JOB:-}" ] || job=(--job "$BENCH_JOB")
artifacts="$dir/artifacts"
bench="$repo/bench/Graph.Benchmarks/bin/Release/net10.0/Graph.Benchmarks.dll"

label() { case "$1" in *000000) echo "$(( $1 / 1000000 ))M" ;; *000) echo "$(( $1 / 1000 ))k" ;; *) echo "$1" ;; esac; }
report() { cat "$artifacts/results/Graph.Benchmarks.$1-report-github.md"; echo; }

mkdir -p "$dir" "$(dirname "$results")"
dotnet build "$repo/bench/Graph.Benchmarks" -c Release -v quiet -nologo >/dev/null
cd "$repo"  # BenchmarkDotNet finds the benchmark project from the working directory.
{
  echo "# Benchmark results, $(date +%F)"
  echo
  echo "Made by \`bench/scripts/run-all.sh $dir ${sizes[*]}\` at commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ' (with uncommitted changes)')."
  [ -z "${BENCH_JOB:-}" ] || echo "**BenchmarkDotNet job '$BENCH_JOB': a check that the run works, not a measurement.**"
  echo
  echo "## Machine"
  echo
  bash "$scripts/machine.sh"
  echo
} > "$results"

echo "run-all: micro benchmarks" >&2
dotnet "$bench" --filter '*ParserBenchmarks*' '*ExtractionBenchmarks*' "${job[@]}" --artifacts "$artifacts" > "$dir/micro.log"
{ echo "## Micro: listing parser and extraction"; echo; report Listings.ParserBenchmarks; report Extraction.ExtractionBenchmarks; } >> "$results"

echo "run-all: ingest ${sizes[*]}" >&2
{ echo "## Ingest"; echo; bash "$scripts/ingest.sh" "$dir" "${sizes[@]}"; echo; } >> "$results"

echo "run-all: store benchmarks" >&2
databases=()
for n in "${sizes[@]}"; do databases+=("$(label "$n")=$dir/graph-$n.db"); done
GRAPH_BENCH_DATABASES="$(IFS=,; echo "${databases[*]}")" \
  dotnet "$bench" --filter '*StoreBenchmarks*' "${job[@]}" --artifacts "$artifacts" > "$dir/store.log"
{
  echo "## Store"
  echo
  grep -E '^// workload ' "$dir/store.log" | sort -u | sed 's|^// ||; s|^|- |'
  echo
  report Store.StoreBenchmarks
} >> "$results"

largest="${sizes[-1]}"
echo "run-all: load test on $(label "$largest") papers" >&2
{
  echo "## API load test on $(label "$largest") papers"
  echo
  bash "$scripts/load.sh" "$dir/graph-$largest.db" page50 "$duration"
  bash "$scripts/load.sh" "$dir/graph-$largest.db" mix "$duration"
  echo "Load average when finished: $(cut -d' ' -f1-3 /proc/loadavg)"
} >> "$results"
echo "run-all: wrote $results" >&2
