#!/bin/sh
# The store's speed: documents/s and events/s ingesting the Guardian and
# InSight Crime corpora (../shared/corpora) into SQLite and PostgreSQL, and the
# time of a monthly dyad aggregation (casus query --by month --by-dyad) over
# each store. PostgreSQL runs in a private cluster (tests/store/postgres_cluster.sh);
# it is left out when the server is not installed.
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
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

backends="sqlite"
if uri=$(sh "$root/tests/store/postgres_cluster.sh" start "$cluster" guardian insightcrime both 2>"$work/pg.err"); then
  backends="sqlite postgresql"
else
  echo "store_bench: PostgreSQL left out: $(cat "$work/pg.err")" >&2
fi

printf '%-12s %-11s %9s %8s %9s %12s %10s %14s\n' corpus backend documents events seconds documents/s events/s "month x dyad s"
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
    # shellcheck disable=SC2086 # the file list is split on purpose
    "$casus" ingest --db "$db" --input-format jsonl --progress-every 0 $files 2>"$work/ingest.err"
    # "casus: ingested N documents, M events in Xs (...)": the ingest's own time, dictionary loading excluded.
    line=$(grep "ingested .* done" "$work/ingest.err")
    documents=$(echo "$line" | sed 's/.*ingested \([0-9]*\) documents.*/\1/')
    events=$(echo "$line" | sed 's/.* \([0-9]*\) events in.*/\1/')
    seconds=$(echo "$line" | sed 's/.* events in \([0-9.]*\)s.*/\1/')
    start=$(now)
    "$casus" query --db "$db" --by month --by-dyad --format csv >/dev/null
    aggregation=$(elapsed "$start" "$(now)")
    printf '%-12s %-11s %9s %8s %9s %12s %10s %14s\n' "$corpus" "$backend" "$documents" "$events" "$seconds" \
      "$(ratio "$documents" "$seconds")" "$(ratio "$events" "$seconds")" "$aggregation"
  done
done
