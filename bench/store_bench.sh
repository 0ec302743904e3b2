#!/bin/sh
# The store's speed: documents/s and events/s ingesting the Guardian and
# InSight Crime corpora (../shared/corpora) into SQLite and PostgreSQL, and the
# time of a monthly dyad aggregation (casus query --by month --by-dyad) over
# each store. PostgreSQL runs in a private cluster (tests/store/postgres_cluster.sh);
# it is left out when the server is not installed. Seconds, documents/s and
# events/s are ingest's own (its last progress line: dictionary loading
# excluded); "cpu s" is the ingest process's user + system CPU, loading included
# (for PostgreSQL the server's CPU is not in it).
# Usage: bench/store_bench.sh [CASUS_BINARY [REPO_ROOT]]
set -eu
root=${2:-$(cd "$(dirname "$0")/.." && pwd)}
casus=${1:-$root/build/casus}
corpora="$root/../shared/corpora"
work=$(mktemp -d "${TMPDIR:-/tmp}/casus_store_bench.XXXXXX")
cluster=$(mktemp -d "${TMPDIR:-/tmp}/casus_store_bench_pg.XXXXXX")
cleanup() {
  sh "$root/tests/store/postgres_cluster.sh" stop "$cluster" 2>/dev/null || true
  rm -rf "$work" "$cluster"
}
trap cleanup EXIT INT TERM

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
# User + system CPU seconds of the children between two `times` outputs (run in
# the main shell: a subshell would not see them). Steadier than wall time on a
# shared machine.
cpu_between() {
  for f in "$1" "$2"; do tail -1 "$f" | tr 'ms' '  '; done |
    awk '{ t[NR] = $1 * 60 + $2 + $3 * 60 + $4 } END { printf "%.2f", t[2] - t[1] }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

backends="sqlite"
if uri=$(sh "$root/tests/store/postgres_cluster.sh" start "$cluster" guardian insightcrime both 2>"$work/pg.err"); then
  backends="sqlite postgresql"
else
  echo "store_bench: PostgreSQL left out: $(cat "$work/pg.err")" >&2
fi

printf '%-12s %-11s %9s %8s %9s %12s %10s %8s %14s\n' corpus backend documents events seconds documents/s events/s "cpu s" "month x dyad s"
for corpus in guardian insightcrime both; do
  case $corpus in
  guardian) files="$corpora/guardian-2019.jsonl" ;;
  insightcrime) files="$corpora/insightcrime.jsonl" ;;
  both) files="$corpora/guardian-2019.jsonl $corpora/insightcrime.jsonl" ;;
  esac
  for f in $files; do
    [ -r "$f" ] || { echo "store_bench: skipping $corpus: $f is absent" >&2; continue 2; }
  done
  for backend in $backends; do
    if [ "$backend" = sqlite ]; then db="$work/$corpus.db"; else db="$uri$corpus"; fi
    times >"$work/times.before"
    # shellcheck disable=SC2086 # the file list is split on purpose
    "$casus" ingest --db "$db" --input-format jsonl --progress-every 0 $files 2>"$work/ingest.err"
    # "casus: ingested N documents, M events in Xs (...)": the ingest's own time, dictionary loading excluded.
    times >"$work/times.after"
    cpu=$(cpu_between "$work/times.before" "$work/times.after")
    line=$(grep "ingested .* done" "$work/ingest.err")
    documents=$(echo "$line" | sed 's/.*ingested \([0-9]*\) documents.*/\1/')
    events=$(echo "$line" | sed 's/.* \([0-9]*\) events in.*/\1/')
    seconds=$(echo "$line" | sed 's/.* events in \([0-9.]*\)s.*/\1/')
    start=$(now)
    "$casus" query --db "$db" --by month --by-dyad --format csv >/dev/null
    aggregation=$(elapsed "$start" "$(now)")
    printf '%-12s %-11s %9s %8s %9s %12s %10s %8s %14s\n' "$corpus" "$backend" "$documents" "$events" "$seconds" \
      "$(ratio "$documents" "$seconds")" "$(ratio "$events" "$seconds")" "$cpu" "$aggregation"
  done
done
