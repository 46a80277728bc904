#!/usr/bin/env bash
# Ingest benchmark: makes synthetic corpora with `graph synth` (seed 42) and loads each into a fresh database with
# `graph ingest` (Release build) under /usr/bin/time -v, for wall time and peak memory. Prints a markdown table;
# each run's own output and time report stay in DIR/ingest-N.log and DIR/time-N.txt.
#   bench/scripts/ingest.sh [DIR] [SIZES...]      default: /tmp/graph-bench 10000 100000 1000000
# Leaves DIR/graph-N.db for the store benchmarks; a 1M corpus is ~1.8 GB and its database ~4 GB (delete when done).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${1:-/tmp/graph-bench}"
shift || true
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(10000 100000 1000000)
[ -x /usr/bin/time ] || { echo "ingest.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
mkdir -p "$dir"
dotnet build "$repo/src/Graph.Cli" -c Release -v quiet -nologo >/dev/null
graph="$repo/src/Graph.Cli/bin/Release/net10.0/graph"
echo "| papers | corpus MiB | wall time | peak RSS MiB | user s | sys s | database MiB |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  corpus="$dir/synth-$n.ndjson"
  [ -f "$corpus" ] || "$graph" synth --papers "$n" --seed 42 --out "$corpus" >/dev/null
  rm -f "$dir/graph-$n.db" "$dir/graph-$n.db-wal" "$dir/graph-$n.db-shm"
  /usr/bin/time -v -o "$dir/time-$n.txt" "$graph" ingest "$corpus" --db "$dir/graph-$n.db" > "$dir/ingest-$n.log" 2>&1 \
    || { echo "ingest.sh: graph ingest failed for $n papers; see $dir/ingest-$n.log" >&2; exit 1; }
  field() { grep -F "$1" "$dir/time-$n.txt" | sed 's/.*: //'; }
  mib() { echo $(( $1 / 1024 / 1024 )); }
  echo "| $n | $(mib "$(stat -c %s "$corpus")") | $(field 'Elapsed (wall clock)') | $(( $(field 'Maximum resident set size') / 1024 )) | $(field 'User time') | $(field 'System time') | $(mib "$(stat -c %s "$dir/graph-$n.db")") |"
done
