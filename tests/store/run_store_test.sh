#!/bin/sh
# The store end to end: ingest the example article into a temporary SQLite
# store (twice: it must be stored once), then stats, query and export.
# Usage: run_store_test.sh CASUS_BINARY [REPO_ROOT]
set -u
casus=${1:?usage: run_store_test.sh CASUS_BINARY [REPO_ROOT]}
root=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
article="$root/examples/article.txt"
work=$(mktemp -d "${TMPDIR:-/tmp}/casus_store_test.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
db="$work/events.db"
passed=0
failed=0

check() {  # check NAME CONDITION...: runs the condition, counts the result
  name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name" >&2
  fi
}

"$casus" ingest --db "$db" --date 2024-05-03 "$article" 2>"$work/ingest1.err"
check "first ingest exits 0" test $? -eq 0
"$casus" ingest --db "$db" --date 2024-05-03 "$article" 2>"$work/ingest2.err"
check "second ingest exits 0" test $? -eq 0
check "ingest reports progress on stderr" grep -q "ingested 1 documents" "$work/ingest2.err"

"$casus" stats --db "$db" --json >"$work/stats.json"
check "stats: one document after two ingests" grep -q '^{"documents":1,"sentences":[1-9][0-9]*,"events":[1-9][0-9]*,"actors":[1-9][0-9]*}$' "$work/stats.json"
events=$(sed 's/.*"events":\([0-9]*\).*/\1/' "$work/stats.json")

"$casus" code --date 2024-05-03 "$article" >"$work/code.jsonl"
"$casus" export --db "$db" --format jsonl >"$work/export.jsonl"
check "export jsonl is byte for byte casus code's output" cmp -s "$work/code.jsonl" "$work/export.jsonl"
check "export has as many lines as stats has events" test "$(wc -l <"$work/export.jsonl")" -eq "$events"

"$casus" export --db "$db" --format csv >"$work/export.csv"
check "export csv has a header and one row per event" test "$(head -1 "$work/export.csv" | cut -d, -f1-4)" = "doc,sentence,date,code"
rows=$("$casus" query --db "$db" --format csv | wc -l)
check "query csv without filters returns every event" test "$rows" -eq $((events + 1))

"$casus" query --db "$db" --dyad CHN,USA --format jsonl >"$work/dyad.jsonl"
check "dyad CHN,USA finds events" test -s "$work/dyad.jsonl"
check "dyad CHN,USA: every source is Chinese" sh -c '! grep -v "\"source\":{\"code\":\"CHN" "$1"' _ "$work/dyad.jsonl"

"$casus" query --db "$db" --quad 4 --format csv | tail -n +2 >"$work/quad4.csv"
check "quad 4 finds material conflict" test -s "$work/quad4.csv"
check "quad 4 rows all have quad 4" sh -c '! cut -d, -f6 "$1" | grep -v "^4$"' _ "$work/quad4.csv"

"$casus" query --db "$db" --by month --format jsonl >"$work/month.jsonl"
check "by month: one period, 2024-05" sh -c 'grep -q "\"period\":\"2024-05\"" "$1" && ! grep -v "2024-05" "$1"' _ "$work/month.jsonl"
total=$(sed 's/.*"events":\([0-9]*\).*/\1/' "$work/month.jsonl" | awk '{s += $1} END {print s}')
check "by month counts add up to every event" test "$total" -eq "$events"

"$casus" query --db "$db" --from 2024-06-01 --format csv >"$work/later.csv"
check "a date range after the article finds nothing" test "$(wc -l <"$work/later.csv")" -eq 1

"$casus" query --db "$db" --text Kharkiv --format jsonl >"$work/text.jsonl"
check "text search finds the Kharkiv sentence" grep -q "Kharkiv" "$work/text.jsonl"

"$casus" stats --db "$work/missing.db" >/dev/null 2>&1
check "stats on a missing store fails with status 1" test $? -eq 1
check "stats did not create the missing store" test ! -e "$work/missing.db"

# Crash safety: kill an ingest of a real corpus midway, ingest again, and the
# store must equal what `casus code` writes (every document once, no event twice).
corpus="$root/../shared/corpora/guardian-2019.jsonl"
if [ -r "$corpus" ]; then
  crash_db="$work/crash.db"
  "$casus" ingest --db "$crash_db" --input-format jsonl --batch-size 10 "$corpus" 2>/dev/null &
  ingest_pid=$!
  sleep 1  # past dictionary loading, well before the end
  kill -9 "$ingest_pid" 2>/dev/null
  wait "$ingest_pid" 2>/dev/null
  "$casus" ingest --db "$crash_db" --input-format jsonl "$corpus" 2>/dev/null
  check "ingest after SIGKILL exits 0" test $? -eq 0
  documents=$(wc -l <"$corpus")
  "$casus" stats --db "$crash_db" --json >"$work/crash.json"
  check "after SIGKILL and re-ingest: every document once" grep -q "^{\"documents\":$documents," "$work/crash.json"
  "$casus" code --input-format jsonl "$corpus" >"$work/crash_code.jsonl"
  "$casus" export --db "$crash_db" >"$work/crash_export.jsonl"
  check "after SIGKILL and re-ingest: events equal casus code's" cmp -s "$work/crash_code.jsonl" "$work/crash_export.jsonl"
else
  echo "skipping the crash test: $corpus is absent"
fi

echo "$passed passed, $failed failed"
test "$failed" -eq 0
