#!/bin/sh
# Deduplication in the store (docs/store.md): the same story told twice with
# different wording, ingested as two documents in two ingests, is one event
# with two reports in the store and in every export (GDELT NumArticles 2);
# the store's links and ids are `casus code | casus dedup --mode story`'s;
# quotation and count records export as `casus code --extras` writes them;
# and a schema version 2 store is upgraded in place.
# Usage: dedup_store_test.sh CASUS_BINARY [STORE]
#   STORE: a postgresql:// URI of an empty database (psql downgrades it for
#   the upgrade check); default: an SQLite file.
set -u
casus=${1:?usage: dedup_store_test.sh CASUS_BINARY [STORE]}
work=$(mktemp -d "${TMPDIR:-/tmp}/casus_dedup_store.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
db=${2:-$work/events.db}
python=/usr/bin/python3
passed=0
failed=0
check() {  # check NAME CONDITION...
  name=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name" >&2; fi
}

cat >"$work/first.jsonl" <<'JSON'
{"id":"wire-1","date":"2019-06-03","text":"Venezuelan police arrested dozens of opposition activists in Caracas on Monday."}
JSON
cat >"$work/later.jsonl" <<'JSON'
{"id":"paper-2","date":"2019-06-04","text":"Dozens of opposition activists were detained by Venezuelan police in Caracas, witnesses said."}
{"id":"other-3","date":"2019-06-20","text":"Venezuelan police arrested dozens of opposition activists again. \"This is a crackdown,\" said Juan Guaido."}
JSON
cat "$work/first.jsonl" "$work/later.jsonl" >"$work/all.jsonl"

# Two ingests: the second article links to the first one's event.
"$casus" ingest --db "$db" --input-format jsonl "$work/first.jsonl" 2>"$work/ingest1.err"
check "first ingest exits 0" test $? -eq 0
"$casus" ingest --db "$db" --input-format jsonl "$work/later.jsonl" 2>"$work/ingest2.err"
check "second ingest exits 0" test $? -eq 0
check "ingest reports the dedup step" grep -q "^casus: dedup (story): [0-9]* events in the store, [0-9]* unique" "$work/ingest2.err"

"$casus" code --input-format jsonl "$work/all.jsonl" | "$casus" dedup --mode story >"$work/expected.jsonl"
"$casus" export --db "$db" --format jsonl >"$work/export.jsonl"
check "export jsonl is casus code | casus dedup --mode story, byte for byte" cmp -s "$work/expected.jsonl" "$work/export.jsonl"
check "one arrest event with two reports, nothing deleted" "$python" - "$work/export.jsonl" <<'PY'
import json, sys
events = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
arrests = {e["doc"]: e for e in events if e["root"] == "17"}
assert sorted(arrests) == ["other-3", "paper-2", "wire-1"], sorted(arrests)
first, second, later = arrests["wire-1"], arrests["paper-2"], arrests["other-3"]
assert first["duplicate_of"] is None and first["reports"] == 2, first
assert second["duplicate_of"] == first["id"] == "wire-1:0:0" and second["reports"] == 2, second
assert later["duplicate_of"] is None and later["reports"] == 1, later
PY

"$casus" stats --db "$db" --json >"$work/stats.json"
check "stats counts events and unique events" "$python" - "$work/stats.json" "$work/export.jsonl" <<'PY'
import json, sys
stats = json.load(open(sys.argv[1]))
events = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
assert stats["events"] == len(events), stats
assert stats["unique_events"] == sum(e["duplicate_of"] is None for e in events) == len(events) - 1, stats
assert stats["counts"] >= 1, stats
PY
unique=$("$casus" query --db "$db" --unique --format csv | tail -n +2 | wc -l)
check "query --unique leaves the duplicate out" test "$unique" -eq $(($(wc -l <"$work/export.jsonl") - 1))
"$casus" query --db "$db" --unique --by month --format jsonl >"$work/month.jsonl"
check "query --unique --by month counts events, not reports" test \
  "$(sed 's/.*"events":\([0-9]*\).*/\1/' "$work/month.jsonl" | awk '{s += $1} END {print s}')" -eq "$unique"

"$casus" export --db "$db" --format gdelt >"$work/export.gdelt"
check "GDELT: the story's rows say NumArticles 2, NumMentions 2, NumSources 2" "$python" - "$work/export.gdelt" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
arrests = {r[60]: r for r in rows if r[28] == "17"}
assert sorted(arrests) == ["other-3", "paper-2", "wire-1"], sorted(arrests)
for doc in ("wire-1", "paper-2"):
    assert arrests[doc][31:34] == ["2", "2", "2"], (doc, arrests[doc][31:34])
assert arrests["other-3"][31:34] == ["1", "1", "1"], arrests["other-3"][31:34]
assert all(len(r) == 61 for r in rows)
PY
"$casus" export --db "$db" --format gdelt --unique >"$work/unique.gdelt"
check "GDELT --unique: one row for the story, NumArticles 2" sh -c \
  'test "$(awk -F"\t" "\$29 == \"17\" && \$34 == 2" "$1" | wc -l)" -eq 1 && test "$(wc -l <"$1")" -eq "$2"' _ "$work/unique.gdelt" "$unique"
"$casus" export --db "$db" --format plover >"$work/export.plover"
check "PLOVER: reports and duplicate_of on the story's records" "$python" - "$work/export.plover" <<'PY'
import json, sys
records = {r["doc"]: r for r in map(json.loads, open(sys.argv[1], encoding="utf-8")) if r["cameo"].startswith("17")}
assert records["wire-1"]["reports"] == 2 and records["wire-1"]["duplicate_of"] is None, records["wire-1"]
assert records["paper-2"]["duplicate_of"] == records["wire-1"]["id"], records["paper-2"]
PY
"$casus" export --db "$db" --format csv | head -1 | grep -q ',id,duplicate_of,reports$'
check "CSV: id, duplicate_of and reports columns" test $? -eq 0

# Quotations and counts: the lines `casus code --extras` writes, in its order.
"$casus" code --extras --input-format jsonl "$work/all.jsonl" | "$casus" dedup --mode story >"$work/expected_all.jsonl"
"$casus" export --db "$db" --records event,quote,count >"$work/export_all.jsonl"
check "export --records event,quote,count is casus code --extras | casus dedup" cmp -s "$work/expected_all.jsonl" "$work/export_all.jsonl"
check "a quotation and a count record are there" sh -c \
  'grep -q "^{\"record\":\"quote\"" "$1" && grep -q "^{\"record\":\"count\"" "$1"' _ "$work/export_all.jsonl"
"$casus" export --db "$db" --records quote >"$work/quotes.jsonl"
check "export --records quote writes only quotations" sh -c \
  'grep "^{\"record\":\"quote\"" "$2" | cmp -s - "$1" && test -s "$1"' _ "$work/quotes.jsonl" "$work/expected_all.jsonl"

# Ingesting a document again keeps one event with two reports.
"$casus" ingest --db "$db" --input-format jsonl "$work/first.jsonl" 2>/dev/null
"$casus" export --db "$db" --format jsonl >"$work/again.jsonl"
check "re-ingesting the first article keeps the story linked" "$python" - "$work/again.jsonl" <<'PY'
import json, sys
events = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
arrests = {e["doc"]: e for e in events if e["root"] == "17"}
# The re-ingested article is now the later one: the other links to it or it to the other.
pair = [arrests["wire-1"], arrests["paper-2"]]
assert sorted(e["reports"] for e in pair) == [2, 2], pair
assert sum(e["duplicate_of"] is None for e in pair) == 1, pair
PY

# --dedup none leaves links alone; casus dedup --db links the store in place.
"$casus" dedup --db "$db" --mode day >"$work/day.json"
check "dedup --db --mode day: the two wordings differ in code or day, so no story link" \
  grep -q '"mode":"day"' "$work/day.json"
"$casus" dedup --db "$db" --mode story >/dev/null
"$casus" export --db "$db" --format jsonl >"$work/relinked.jsonl"
check "dedup --db --mode story restores the links" cmp -s "$work/again.jsonl" "$work/relinked.jsonl"

# A version 2 store (before deduplication) is upgraded in place by any command.
downgrade="DROP INDEX events_by_duplicate; ALTER TABLE events DROP COLUMN event_key; ALTER TABLE events DROP COLUMN duplicate_of;
ALTER TABLE events DROP COLUMN reports; ALTER TABLE events DROP COLUMN sources; UPDATE meta SET value = '2' WHERE key = 'schema_version';"
case $db in
postgres://* | postgresql://*) psql -q -v ON_ERROR_STOP=1 "$db" -c "$downgrade" >/dev/null ;;
*) "$python" -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()' "$db" "$downgrade" ;;
esac
check "the store was downgraded to version 2" test $? -eq 0
"$casus" stats --db "$db" --json >"$work/upgraded.json" 2>"$work/upgrade.err"
check "stats upgrades a version 2 store" test $? -eq 0
check "the upgraded store keeps every event, each unique until linked" "$python" - "$work/upgraded.json" "$work/relinked.jsonl" <<'PY'
import json, sys
stats = json.load(open(sys.argv[1]))
events = sum(1 for _ in open(sys.argv[2], encoding="utf-8"))
assert stats["events"] == events == stats["unique_events"], stats
PY
"$casus" dedup --db "$db" --mode story >/dev/null
"$casus" export --db "$db" --format jsonl >"$work/upgraded.jsonl"
check "after the upgrade, ids and links are as before" cmp -s "$work/relinked.jsonl" "$work/upgraded.jsonl"

echo "dedup store ($db): $passed passed, $failed failed"
[ "$failed" -eq 0 ]
