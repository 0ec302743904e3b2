#!/bin/sh
# The store end to end on one backend: ingest the example article (twice: it
# must be stored once), then stats, query, every export format, recode and
# run comparison. On SQLite also: a missing store is not created, and the
# crash test (SIGKILL midway through the shared corpora, ingest again).
# Usage: run_store_test.sh CASUS_BINARY [REPO_ROOT [STORE]]
#   STORE: a postgresql:// URI of an empty database; default: an SQLite file.
set -u
casus=${1:?usage: run_store_test.sh CASUS_BINARY [REPO_ROOT [STORE]]}
root=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
article="$root/examples/article.txt"
work=$(mktemp -d "${TMPDIR:-/tmp}/casus_store_test.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
db=${3:-$work/events.db}
python=/usr/bin/python3
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
json_field() {  # json_field NAME FILE: an integer field of a one-line JSON object
  sed "s/.*\"$1\":\([0-9]*\).*/\1/" "$2"
}

# `casus code` writes what the store exports once extras are asked for the same way.
code_extras=""
"$casus" code --help 2>/dev/null | grep -q -- "--extras" && code_extras="--extras"

"$casus" ingest --db "$db" --date 2024-05-03 "$article" 2>"$work/ingest1.err"
check "first ingest exits 0" test $? -eq 0
"$casus" ingest --db "$db" --date 2024-05-03 "$article" 2>"$work/ingest2.err"
check "second ingest exits 0" test $? -eq 0
check "ingest reports progress on stderr" grep -q "ingested 1 documents, [0-9]* events" "$work/ingest2.err"

"$casus" stats --db "$db" --json >"$work/stats.json"
check "stats: one document after two ingests" \
  grep -q '^{"documents":1,"sentences":[1-9][0-9]*,"events":[1-9][0-9]*,"quotations":[0-9]*,"actors":[1-9][0-9]*[,}]' "$work/stats.json"
events=$(json_field events "$work/stats.json")
"$casus" stats --db "$db" --runs --json >"$work/runs.jsonl"
check "the two ingests with the same dictionaries are one run" test "$(wc -l <"$work/runs.jsonl")" -eq 1
check "the run records the dictionary version" grep -q '"dictionary_version":"casus [0-9.]*, dictionaries [0-9a-f]\{16\}"' "$work/runs.jsonl"

# Events only: --extras also writes quotation and count records, which export
# jsonl leaves out unless --records asks (they are in the store's own tables).
# The store deduplicates as `casus dedup --mode story` does (ingest's default).
"$casus" code $code_extras --date 2024-05-03 "$article" | grep -v '^{"record":' |
  "$casus" dedup --mode story >"$work/code.jsonl"
"$casus" export --db "$db" --format jsonl >"$work/export.jsonl"
check "export jsonl is byte for byte casus code | casus dedup's output" cmp -s "$work/code.jsonl" "$work/export.jsonl"
check "export has as many lines as stats has events" test "$(wc -l <"$work/export.jsonl")" -eq "$events"

"$casus" export --db "$db" --format csv >"$work/export.csv"
check "export csv has a header and one row per event" test "$(head -1 "$work/export.csv" | cut -d, -f1-4)" = "doc,sentence,date,code"
rows=$("$casus" query --db "$db" --format csv | wc -l)
check "query csv without filters returns every event" test "$rows" -eq $((events + 1))

# GDELT: 61 tab-separated columns on every row, and the fields read back to the events.
"$casus" export --db "$db" --format gdelt >"$work/export.gdelt"
check "export gdelt has one row per event" test "$(wc -l <"$work/export.gdelt")" -eq "$events"
check "export gdelt: 61 columns on every row, fields read back to the events" "$python" - "$work/export.gdelt" "$work/export.jsonl" <<'PY'
import csv, json, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
events = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
assert len(rows) == len(events) and rows, (len(rows), len(events))
assert len({r[0] for r in rows}) == len(rows), "GLOBALEVENTID repeats"
for r, e in zip(rows, events):
    assert len(r) == 61, len(r)
    assert r[1] == (e["date"] or "").replace("-", ""), (r[1], e["date"])
    assert r[26] == e["code"] and r[28] == e["root"] and r[27] == e["code"][:3], r[26:29]
    assert int(r[29]) == e["quad"] and float(r[30]) == e["goldstein"], r[29:31]
    for first, side in ((5, "source"), (15, "target")):
        actor = e[side]
        assert r[first] == (actor["code"] if actor else ""), (r[first], actor)
        if actor and len(actor["code"]) >= 3 and actor["code"][:3] not in ("GOV", "MIL", "REB", "COP", "IGO", "NGO", "OPP", "CVL"):
            assert r[first + 2] == actor["code"][:3], (r[first + 2], actor["code"])
    assert r[59].isdigit() and len(r[59]) == 14, r[59]
    assert r[60] == e["doc"], (r[60], e["doc"])
PY

"$casus" export --db "$db" --format phoenix >"$work/export.phoenix"
check "export phoenix: 26 columns on every row" sh -c '
  test -s "$1" && awk -F"\t" "NF != 26 { bad = 1 } END { exit bad }" "$1"' _ "$work/export.phoenix"
"$casus" export --db "$db" --format plover >"$work/export.plover"
check "export plover: JSON records with PLOVER event types for every PLOVER-coded event" "$python" - "$work/export.plover" "$work/export.jsonl" <<'PY'
import json, sys
records = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
events = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
coded = [e for e in events if e["plover"]]
assert records and len(records) == len(coded), (len(records), len(coded))
for r, e in zip(records, coded):
    assert r["event_type"] == e["plover"] and r["cameo"] == e["code"]
    assert {"id", "date", "mode", "context", "actor", "recipient", "actor_country", "location"} <= r.keys()
PY

"$casus" query --db "$db" --dyad CHN,USA --format jsonl >"$work/dyad.jsonl"
check "dyad CHN,USA finds events" test -s "$work/dyad.jsonl"
check "dyad CHN,USA: every source is Chinese" sh -c '! grep -v "\"source\":{\"code\":\"CHN" "$1"' _ "$work/dyad.jsonl"
"$casus" query --db "$db" --dyad USA,CHN --both-directions --format jsonl >"$work/both.jsonl"
check "dyad in both directions finds the CHN,USA events too" \
  test "$(grep -c '"source":{"code":"CHN' "$work/both.jsonl")" -eq "$(wc -l <"$work/dyad.jsonl")"
"$casus" query --db "$db" --country RUS --format jsonl >"$work/country.jsonl"
check "country RUS: every event has a Russian side" sh -c 'test -s "$1" && ! grep -v "\"code\":\"RUS" "$1"' _ "$work/country.jsonl"
"$casus" query --db "$db" --agent MIL --format jsonl >"$work/agent.jsonl"
check "agent MIL: every event has a military side" sh -c 'test -s "$1" && ! grep -v "\"code\":\"\([A-Z]\{3\}\)*MIL" "$1"' _ "$work/agent.jsonl"

"$casus" query --db "$db" --quad 4 --format csv | tail -n +2 >"$work/quad4.csv"
check "quad 4 finds material conflict" test -s "$work/quad4.csv"
check "quad 4 rows all have quad 4" sh -c '! cut -d, -f6 "$1" | grep -v "^4$"' _ "$work/quad4.csv"
"$casus" query --db "$db" --plover ASSAULT --format jsonl >"$work/plover.jsonl"
check "plover ASSAULT: only ASSAULT events" sh -c 'test -s "$1" && ! grep -v "\"plover\":\"ASSAULT\"" "$1"' _ "$work/plover.jsonl"

"$casus" query --db "$db" --by month --format jsonl >"$work/month.jsonl"
check "by month: one period, 2024-05" sh -c 'grep -q "\"period\":\"2024-05\"" "$1" && ! grep -v "2024-05" "$1"' _ "$work/month.jsonl"
total=$(sed 's/.*"events":\([0-9]*\).*/\1/' "$work/month.jsonl" | awk '{s += $1} END {print s}')
check "by month counts add up to every event" test "$total" -eq "$events"
"$casus" query --db "$db" --by week --by-dyad --format csv >"$work/week_dyad.csv"
check "by week and dyad: weeks named by their Monday" sh -c 'tail -n +2 "$1" | cut -d, -f1 | sort -u | grep -qx 2024-04-29' _ "$work/week_dyad.csv"
check "by week and dyad: a CHN,USA row" grep -q "^2024-04-29,CHN,USA," "$work/week_dyad.csv"

"$casus" query --db "$db" --from 2024-06-01 --format csv >"$work/later.csv"
check "a date range after the article finds nothing" test "$(wc -l <"$work/later.csv")" -eq 1

"$casus" query --db "$db" --text Kharkiv --format jsonl >"$work/text.jsonl"
check "text search finds the Kharkiv sentence" sh -c 'test -s "$1" && ! grep -v Kharkiv "$1"' _ "$work/text.jsonl"

# Recode: a new run each time; earlier runs' events stay addressable.
"$casus" recode --db "$db" 2>"$work/recode.err"
check "recode exits 0" test $? -eq 0
"$casus" stats --db "$db" --runs --json >"$work/runs2.jsonl"
check "recode made a second run" test "$(wc -l <"$work/runs2.jsonl")" -eq 2
"$casus" export --db "$db" >"$work/latest.jsonl"
check "the same dictionaries recode to the same events" cmp -s "$work/export.jsonl" "$work/latest.jsonl"
"$casus" query --db "$db" --compare-runs 1 2 --format jsonl >"$work/compare.jsonl" 2>"$work/compare.err"
check "compare-runs: no change between equal codings" sh -c "test ! -s '$work/compare.jsonl' && grep -q '0 events only in run 1, 0 only in run 2, $events in both' '$work/compare.err'"
# A dictionary change: without the MIL agent words, "Russian troops" is RUS, not RUSMIL.
cp -r "$root/data/dict" "$work/dict"
grep -v '^MIL:' "$root/data/dict/agents.txt" >"$work/dict/agents.txt"
"$casus" recode --db "$db" --dict "$work/dict" 2>"$work/recode3.err"
check "recode with changed dictionaries exits 0" test $? -eq 0
"$casus" export --db "$db" --run 1 >"$work/run1.jsonl"
check "the first run's events stay addressable with --run 1" cmp -s "$work/export.jsonl" "$work/run1.jsonl"
"$casus" export --db "$db" >"$work/run3.jsonl"
check "the latest run is the default and has no MIL actors" sh -c 'grep -q "\"code\":\"RUS\"" "$1" && ! grep -q "RUSMIL" "$1"' _ "$work/run3.jsonl"
"$casus" query --db "$db" --compare-runs 2 3 --format jsonl >"$work/compare23.jsonl" 2>/dev/null
check "compare-runs 2 3: RUSMIL events removed, RUS events added" sh -c '
  grep -q "\"change\":\"removed\".*RUSMIL" "$1" && grep -q "\"change\":\"added\".*\"code\":\"RUS\"" "$1"' _ "$work/compare23.jsonl"

case $db in
postgres*) ;;
*)
  "$casus" stats --db "$work/missing.db" >/dev/null 2>&1
  check "stats on a missing store fails with status 1" test $? -eq 1
  check "stats did not create the missing store" test ! -e "$work/missing.db"
  # The sentence limit changes what is coded, so an ingest with another one is another run.
  "$casus" ingest --db "$work/limit.db" --date 2024-05-03 "$article" 2>/dev/null
  "$casus" ingest --db "$work/limit.db" --date 2024-05-03 --max-sentence-tokens 100 "$article" 2>/dev/null
  "$casus" stats --db "$work/limit.db" --runs --json >"$work/limit_runs.jsonl"
  check "another --max-sentence-tokens starts another run that names it" sh -c '
    test "$(wc -l <"$1")" -eq 2 && grep -q "dictionaries [0-9a-f]*, max sentence tokens 100\"" "$1"' _ "$work/limit_runs.jsonl"
  ;;
esac

echo "$passed passed, $failed failed"
test "$failed" -eq 0
