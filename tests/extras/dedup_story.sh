#!/bin/sh
# The same story coded from two articles with different wording gives one
# event with two reports (`casus dedup --mode story`), nothing is deleted, and
# the classic one-a-day filter keeps both (different codes' wording aside).
# Usage: dedup_story.sh CASUS
set -u
casus=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/stories.jsonl" <<'JSON'
{"id":"wire-1","date":"2019-06-03","text":"Venezuelan police arrested dozens of opposition activists in Caracas on Monday."}
{"id":"paper-2","date":"2019-06-04","text":"Dozens of opposition activists were detained by Venezuelan police in Caracas, witnesses said."}
{"id":"other-3","date":"2019-06-20","text":"Venezuelan police arrested dozens of opposition activists again."}
JSON
"$casus" code --input-format jsonl --date 2019-06-03 "$tmp/stories.jsonl" >"$tmp/events.jsonl" || { echo "FAIL: casus code"; exit 1; }
"$casus" dedup --mode story "$tmp/events.jsonl" >"$tmp/story.jsonl" || { echo "FAIL: casus dedup"; exit 1; }
/usr/bin/python3 - "$tmp/events.jsonl" "$tmp/story.jsonl" <<'PY'
import json, sys
events = [json.loads(l) for l in open(sys.argv[1])]
out = [json.loads(l) for l in open(sys.argv[2])]
def fail(msg):
    print("FAIL:", msg)
    print(open(sys.argv[2]).read())
    sys.exit(1)
if len(out) != len(events):
    fail("dedup wrote %d lines for %d events" % (len(out), len(events)))
arrests = [e for e in out if e["root"] == "17"]
docs = sorted(e["doc"] for e in arrests)
if docs != ["other-3", "paper-2", "wire-1"]:
    fail("expected an arrest event in each article, got %s" % docs)
by_doc = {e["doc"]: e for e in arrests}
first, second, later = by_doc["wire-1"], by_doc["paper-2"], by_doc["other-3"]
if first["duplicate_of"] is not None or first["reports"] != 2:
    fail("the first report must be kept with 2 reports: %s" % first)
if second["duplicate_of"] != first["id"] or second["reports"] != 2:
    fail("the second article must link to %s: %s" % (first["id"], second))
if later["duplicate_of"] is not None or later["reports"] != 1:
    fail("an arrest two weeks later is another event: %s" % later)
if first["id"] != "wire-1:0:0":
    fail("ids are DOC:SENTENCE:K, got %s" % first["id"])
for e, o in zip(events, out):
    for k, v in e.items():
        if o.get(k) != v:
            fail("field %s changed" % k)
print("ok story: one event, two reports; %d events written back" % len(out))
PY
[ $? -eq 0 ] || exit 1
# One a day: the same events read twice are each other's duplicates.
cat "$tmp/events.jsonl" "$tmp/events.jsonl" | "$casus" dedup --mode day >"$tmp/day.jsonl" || { echo "FAIL: dedup day"; exit 1; }
/usr/bin/python3 - "$tmp/day.jsonl" <<'PY'
import json, sys
out = [json.loads(l) for l in open(sys.argv[1])]
half = len(out) // 2
for a, b in zip(out[:half], out[half:]):
    if a["duplicate_of"] is not None or a["reports"] != 2 or b["duplicate_of"] != a["id"] or b["reports"] != 2:
        print("FAIL day:", a, b); sys.exit(1)
print("ok day: %d events, each reported twice" % half)
PY
