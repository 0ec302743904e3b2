#!/usr/bin/python3
"""API tests of `casus serve` (docs/serve.md): every endpoint, with good and bad
parameters, over a store ingested from tests/web/corpus.jsonl, and the same
events served from a file with `--events`.
Usage: api_test.py CASUS_BINARY [CORPUS]"""
import hashlib
import json
import os
import sys
import tempfile
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_fixture import Server, code, ingest  # noqa: E402

casus = sys.argv[1]
corpus = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl")
passed = failed = 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {name} {detail}", file=sys.stderr)


def q(**params):
    return urllib.parse.urlencode(params)


def all_events(server, **params):
    events, page = [], 1
    while True:
        status, body = server.get(f"/api/events?{q(page=page, page_size=500, **params)}")
        assert status == 200, body
        events += body["events"]
        if not body["has_more"]:
            return events
        page += 1


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


work = tempfile.mkdtemp(prefix="casus_serve_test.")
db = os.path.join(work, "events.db")
ingest(casus, corpus, db)
db_hash = sha(db)
server = Server(casus, ["--db", db])


def bad(name, path, status=400, word=None):
    """A request that must fail with `status` and a JSON message without internals."""
    got, body = server.get(path)
    ok = got == status and isinstance(body, dict) and isinstance(body.get("error"), str) and body["error"]
    check(f"{name}: {status} with an error message", ok, f"got {got} {body!r}"[:300])
    if ok:
        text = body["error"]
        check(f"{name}: no internals in the message", work not in text and "SELECT" not in text and
              "sqlite" not in text.lower() and ".cc" not in text, text)
        if word:
            check(f"{name}: the message names {word!r}", word in text, text)


try:
    # ---- /api/info
    status, info = server.get("/api/info")
    check("info answers", status == 200, info)
    documents = sum(1 for line in open(corpus, encoding="utf-8") if line.strip())
    check("info counts every document", info["documents"] == documents, info)
    check("info has events", info["events"] > 10, info)
    check("info has the corpus's date range", info["first_date"] >= "2019-01-01" and info["last_date"] <= "2019-06-30", info)
    check("info states the page size limit", info["limits"]["page_size"] == 500, info)
    bad("info with a parameter", "/api/info?x=1", word="x")

    # ---- /api/events: filters
    every = all_events(server)
    check("events: every event is listed", len(every) == info["events"], f"{len(every)} vs {info['events']}")
    check("events: ids are unique", len({e["id"] for e in every}) == len(every))
    status, body = server.get("/api/events")
    check("events: default page size 50", status == 200 and body["page_size"] == 50 and body["page"] == 1, body)
    first = body["events"][0]
    for field in ("id", "doc", "sentence", "date", "code", "name", "root", "quad", "goldstein", "source", "target",
                  "trigger", "sentence_text", "flags"):
        check(f"events: an event has '{field}'", field in first, first)

    def side(e, name):
        return (e[name] or {}).get("code", "")

    irq = all_events(server, actor="IRQ")
    check("actor=IRQ finds events", len(irq) > 0)
    check("actor=IRQ: IRQ on a side of each", all(side(e, "source").startswith("IRQ") or side(e, "target").startswith("IRQ")
                                                  for e in irq))
    check("actor=irq is the same as IRQ", all_events(server, actor="irq") == irq)
    forward = all_events(server, dyad="USA,IRN")
    check("dyad=USA,IRN finds events", len(forward) > 0)
    check("dyad=USA,IRN: source USA, target IRN", all(side(e, "source").startswith("USA") and
                                                      side(e, "target").startswith("IRN") for e in forward))
    both = all_events(server, dyad="USA,IRN", both=1)
    check("dyad both directions finds more", len(both) > len(forward), f"{len(both)} vs {len(forward)}")
    check("dyad both directions: either way round", all({side(e, "source")[:3], side(e, "target")[:3]} == {"USA", "IRN"}
                                                        for e in both))
    source = all_events(server, source="IRN")
    check("source=IRN", len(source) > 0 and all(side(e, "source").startswith("IRN") for e in source))
    target = all_events(server, target="IRN")
    check("target=IRN", len(target) > 0 and all(side(e, "target").startswith("IRN") for e in target))
    march = all_events(server, **{"from": "2019-03-01", "to": "2019-03-31"})
    check("from/to finds March", len(march) > 0 and all("2019-03-01" <= e["date"] <= "2019-03-31" for e in march))
    check("from/to leaves out the rest", len(march) < len(every))
    quad4 = all_events(server, quad=4)
    check("quad=4", len(quad4) > 0 and all(e["quad"] == 4 for e in quad4))
    root = every[0]["root"]
    by_root = all_events(server, root=root)
    check("root filter", len(by_root) > 0 and all(e["root"] == root for e in by_root))
    code_value = every[0]["code"]
    by_code = all_events(server, code=code_value)
    check("code filter", len(by_code) > 0 and all(e["code"] == code_value for e in by_code))
    baghdad = all_events(server, q="Baghdad")
    check("q=Baghdad: full-text search", len(baghdad) > 0 and all("Baghdad" in e["sentence_text"] for e in baghdad))

    # ---- paging
    _, p1 = server.get("/api/events?page_size=3&page=1")
    _, p2 = server.get("/api/events?page_size=3&page=2")
    _, p12 = server.get("/api/events?page_size=6&page=1")
    check("paging: has_more on a full page", p1["has_more"] is True)
    check("paging: two pages of 3 are one page of 6", p1["events"] + p2["events"] == p12["events"])
    _, last = server.get(f"/api/events?page_size=500&page=1")
    check("paging: the last page has no more", last["has_more"] is False and len(last["events"]) == len(every))
    _, beyond = server.get("/api/events?page_size=500&page=50")
    check("paging: a page past the end is empty", beyond["events"] == [] and beyond["has_more"] is False)

    # ---- /api/events: bad parameters
    bad("from not a date", "/api/events?from=2019-13-01", word="from")
    bad("from 30 February", "/api/events?from=2019-02-30", word="from")
    bad("from without dashes", "/api/events?from=20190101", word="from")
    bad("to with trailing text", "/api/events?to=2019-01-01xyz", word="to")
    bad("from after to", "/api/events?from=2019-05-01&to=2019-04-01", word="after")
    bad("huge page size", "/api/events?page_size=100000", word="500")
    bad("page size 0", "/api/events?page_size=0", word="page_size")
    bad("negative page", "/api/events?page=-1", word="page")
    bad("page not a number", "/api/events?page=abc", word="page")
    bad("page beyond the limit", "/api/events?page=99999999999999999999", word="page")
    bad("injection in actor", "/api/events?" + q(actor="' OR 1=1 --"), word="actor")
    bad("injection in dyad", "/api/events?" + q(dyad="USA,IRN' OR '1'='1"), word="dyad")
    bad("injection in from", "/api/events?" + q(**{"from": "2019-01-01' OR 1=1 --"}), word="from")
    bad("injection in code", "/api/events?" + q(code="19; DROP TABLE events"), word="code")
    bad("dyad with one actor", "/api/events?dyad=USA", word="dyad")
    bad("both without a dyad", "/api/events?both=1", word="both")
    bad("both not a boolean", "/api/events?dyad=USA,IRN&both=maybe", word="both")
    bad("quad 5", "/api/events?quad=5", word="quad")
    bad("root of three digits", "/api/events?root=190", word="root")
    bad("unknown parameter", "/api/events?colour=red", word="colour")
    bad("a parameter twice", "/api/events?actor=USA&actor=IRN", word="actor")
    bad("too long an actor code", "/api/events?actor=" + "A" * 100, word="actor")
    bad("a broken full-text query", "/api/events?" + q(q='"unterminated'), word="q")
    for broken in ("*", "NEAR(", "foo:bar", "AND", "-x"):
        bad(f"full-text query {broken!r}", "/api/events?" + q(q=broken), word="q")
        bad(f"full-text query {broken!r} in an aggregate", "/api/aggregate?" + q(q=broken), word="q")
    check("a blank full-text query does not filter", len(all_events(server, q="   ")) == len(every))
    bad("too long a full-text query", "/api/events?" + q(q="word " * 100), word="q")

    # ---- /api/aggregate
    for by in ("month", "week", "day"):
        status, agg = server.get(f"/api/aggregate?by={by}")
        check(f"aggregate by {by}", status == 200 and agg["by"] == by, agg)
        dated = [e for e in every if e["date"]]
        check(f"aggregate by {by}: counts add up to the dated events", sum(p["events"] for p in agg["periods"]) == len(dated))
        check(f"aggregate by {by}: periods ascend", [p["period"] for p in agg["periods"]] == sorted(p["period"] for p in agg["periods"]))
        check(f"aggregate by {by}: quad counts add up", all(sum(p["quad"]) == p["events"] for p in agg["periods"]))
        check(f"aggregate by {by}: rows add up", sum(r["events"] for r in agg["rows"]) == len(dated))
        check(f"aggregate by {by}: Goldstein mean is sum / events",
              all(abs(p["goldstein_mean"] - p["goldstein_sum"] / p["events"]) < 1e-3 for p in agg["periods"]))
    _, months = server.get("/api/aggregate?by=month")
    check("aggregate by month: six months", [p["period"] for p in months["periods"]] ==
          ["2019-01", "2019-02", "2019-03", "2019-04", "2019-05", "2019-06"], months["periods"])
    jan = [e for e in every if e["date"] and e["date"].startswith("2019-01")]
    check("aggregate by month: January's Goldstein sum", abs(months["periods"][0]["goldstein_sum"] -
                                                               sum(e["goldstein"] for e in jan)) < 1e-3)
    _, weeks = server.get("/api/aggregate?by=week")
    import datetime
    check("aggregate by week: weeks start on Monday",
          all(datetime.date.fromisoformat(p["period"]).weekday() == 0 for p in weeks["periods"]))
    status, dyad_agg = server.get("/api/aggregate?" + q(dyad="USA,IRN", both=1, by="month"))
    check("aggregate of a dyad counts its events", sum(p["events"] for p in dyad_agg["periods"]) ==
          len([e for e in both if e["date"]]))
    bad("aggregate by year", "/api/aggregate?by=year", word="by")
    bad("aggregate with a bad date", "/api/aggregate?to=2019-00-10", word="to")
    bad("aggregate with paging", "/api/aggregate?page=2", word="page")

    # ---- /api/actors
    status, actors = server.get("/api/actors?prefix=IR")
    codes = [a["code"] for a in actors["actors"]]
    check("actors prefix=IR", status == 200 and "IRQ" in codes and "IRN" in codes, codes)
    check("actors prefix=IR: all start with IR", all(c.startswith("IR") for c in codes), codes)
    check("actors: most events first", [a["events"] for a in actors["actors"]] ==
          sorted((a["events"] for a in actors["actors"]), reverse=True))
    check("actors: an example text", all(a["example"] for a in actors["actors"]))
    _, lower = server.get("/api/actors?prefix=ir")
    check("actors: prefix is case-insensitive", lower["actors"] == actors["actors"])
    _, everyone = server.get("/api/actors?limit=50")
    check("actors without a prefix", len(everyone["actors"]) >= len(codes))
    _, none = server.get("/api/actors?prefix=ZZZZ")
    check("actors: an unknown prefix has none", none["actors"] == [])
    bad("actors: injection", "/api/actors?" + q(prefix="' OR 1=1 --"), word="prefix")
    bad("actors: limit too high", "/api/actors?limit=1000", word="limit")

    # ---- /api/events/ID
    e = next(x for x in every if x["source"] and x["target"])
    status, one = server.get(f"/api/events/{e['id']}")
    check("event detail answers", status == 200, one)
    sentence = one["sentence_text"].encode("utf-8")
    for name in ("source", "target", "trigger"):
        span = one["in_sentence"][name]
        check(f"event detail: {name} span reads its text", span is not None and
              sentence[span[0]:span[1]].decode("utf-8") == one[name]["text"], (span, one[name]))
    document = one["document"]["text"].encode("utf-8")
    b, en = one["sentence_span"]
    check("event detail: the sentence is in the document", document[b:en] == sentence)
    check("event detail: the code in words", one["explanation"]["code"] == e["code"] and
          e["code"] in one["explanation"]["words"] and one["explanation"]["quad_name"], one["explanation"])
    check("event detail: the article's title", one["document"]["title"], one["document"])
    check("event detail: place and quotations fields", "place" in one and one["quotations"] == [])
    bad("event detail: no such event", "/api/events/99999999", status=404)
    bad("event detail: not a number", "/api/events/abc", word="event id")
    bad("event detail: injection", "/api/events/" + urllib.parse.quote("1 OR 1=1"), word="event id")

    # ---- /api/places, the rest of the HTTP surface
    status, places = server.get("/api/places")
    coded_places = {r["location"]["name"] for r in code(casus, corpus) if r.get("location")}
    check("places: the store's places are those the coder found", status == 200 and places["available"] and
          {p["name"] for p in places["places"]} == coded_places, (places, coded_places))
    check("places: each counts its events", all(p["events"] > 0 for p in places["places"]) and
          sum(p["events"] for p in places["places"]) <= len(every), places)
    bad("places: bad filter", "/api/places?quad=9", word="quad")
    bad("unknown endpoint", "/api/nothing", status=404)
    status, body = server.get("/api/events", method="POST")
    check("POST is refused (read-only)", status == 405 and "error" in body, body)
    status, body = server.get("/api/events", method="DELETE")
    check("DELETE is refused", status == 405, body)
    status, body = server.get("/api/info", headers={"Host": "evil.example"})
    check("a foreign Host header is refused", status == 403 and "error" in body, body)
    status, body = server.get("/api/events?actor=" + "A" * 10000)
    check("too long a URI is refused", status in (400, 414) and "error" in body, (status, str(body)[:200]))
    status, page = server.get("/")
    check("the page is served", status == 200 and "<html" in page)
    status, _ = server.get("/vendor/uPlot.esm.js")
    check("uPlot is served from the build", status == 200)
    status, _ = server.get("/vendor/world.json")
    check("the world outline is served", status == 200)
    status, _ = server.get("/../CMakeLists.txt")
    check("no files outside the page", status in (400, 404))
finally:
    code_stopped = server.stop()
check("the server stops cleanly on SIGTERM", code_stopped == 0, code_stopped)
check("the store file is unchanged (read-only)", sha(db) == db_hash)

# ---- --events: the same events from `casus code` output, with places and a quotation
records = code(casus, corpus)
for r in records:
    if "Baghdad" in r["sentence_text"]:
        r["location"] = {"name": "Baghdad", "admin1": "Baghdad", "country": "IRQ", "lat": 33.34, "lon": 44.40,
                         "begin": 0, "end": 0}
records.append({"record": "quote", "doc": records[0]["doc"], "sentence": 0,
                "speaker": {"code": "IRQGOV", "text": "the minister", "begin": 0, "end": 12}, "verb": "say",
                "quote": {"text": "We will cooperate", "begin": 20, "end": 37}})
events_file = os.path.join(work, "events.jsonl")
with open(events_file, "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r) + "\n")
    f.write("not json\n")
    f.write(json.dumps({"doc": "x", "sentence": 0, "code": "999", "sentence_text": "s"}) + "\n")
    shifted = dict(records[0], doc="shifted", trigger=dict(records[0]["trigger"], begin=records[0]["trigger"]["begin"] + 1,
                                                           end=records[0]["trigger"]["end"] + 1))
    f.write(json.dumps(shifted) + "\n")
server = Server(casus, ["--events", events_file])
try:
    check("--events reports the three bad records", sum("record skipped" in line for line in server.startup) == 3,
          "".join(server.startup))
    check("--events names the line of a bad record", any(f"events.jsonl:{len(records) + 1}: error: record skipped: not a JSON"
                                                         in line for line in server.startup), "".join(server.startup))
    check("--events: spans that do not fit their sentence are reported",
          any("do not lie in its sentence_text" in line for line in server.startup), "".join(server.startup))
    from_file = all_events(server)
    key = lambda x: (x["doc"], x["sentence"], x["code"], side(x, "source"), side(x, "target"), x["trigger"]["text"],
                     x["sentence_text"], x["date"])
    check("--events serves the events the store serves", sorted(map(key, from_file)) == sorted(map(key, every)),
          f"{len(from_file)} vs {len(every)}")
    _, months_file = server.get("/api/aggregate?by=month")
    check("--events: the same monthly counts", months_file["periods"] == months["periods"])
    _, places = server.get("/api/places")
    check("--events: places from the records", places["available"] and
          {p["name"] for p in places["places"]} == {r["location"]["name"] for r in records if r.get("location")}, places)
    baghdad = [p for p in places["places"] if p["name"] == "Baghdad"]
    check("--events: the place counts its events",
          len(baghdad) == 1 and baghdad[0]["events"] == sum("Baghdad" in r["sentence_text"] for r in records[:-1]), baghdad)
    in_baghdad = next(x for x in from_file if "Baghdad" in x["sentence_text"])
    _, one = server.get(f"/api/events/{in_baghdad['id']}")
    check("--events: the event's place", one["place"] and one["place"]["name"] == "Baghdad", one.get("place"))
    sentence = one["sentence_text"].encode("utf-8")
    span = one["in_sentence"]["trigger"]
    check("--events: the trigger span reads its text", sentence[span[0]:span[1]].decode() == one["trigger"]["text"])
    first_doc = next(x for x in from_file if x["doc"] == records[0]["doc"])
    _, with_quote = server.get(f"/api/events/{first_doc['id']}")
    check("--events: the article's quotation", [qq["quote"]["text"] for qq in with_quote["quotations"]] ==
          ["We will cooperate"], with_quote.get("quotations"))
    bad("--events: bad parameters are refused too", "/api/events?page_size=501", word="500")
finally:
    server.stop()

# ---- --events without any location: the page is told there are no places
no_places_file = os.path.join(work, "no_places.jsonl")
with open(no_places_file, "w", encoding="utf-8") as f:
    for r in records[:-1]:
        f.write(json.dumps({k: v for k, v in r.items() if k != "location"}) + "\n")
server = Server(casus, ["--events", no_places_file])
try:
    status, places = server.get("/api/places")
    check("places: a store without places says so", status == 200 and places["available"] is False, places)
    _, info = server.get("/api/info")
    check("info: no places, no quotations", info["places"] is False and info["quotations"] is False, info)
finally:
    server.stop()

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
