#!/usr/bin/python3
"""The per-document limits of `casus ingest`, `casus recode` and `casus serve
--events`, set small on the command line (docs/robustness.md; `casus code`'s are
in run_hostile.py's catalogue): the document or line over a limit is skipped
with a message naming it, and the one after it is still stored or served.

    run_limits.py --casus build/casus

Prints one line per check and "N passed, M failed"; exits 1 on any failure.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "web"))
from serve_fixture import Server  # noqa: E402

passed = failed = 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print("ok    " + name)
    else:
        failed += 1
        print("FAIL  %s: %s" % (name, detail))


def run(args):
    return subprocess.run(args, capture_output=True, text=True)


def stats(casus, db, runs=False):
    result = run([casus, "stats", "--db", db, "--json"] + (["--runs"] if runs else []))
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--casus", required=True)
    casus = ap.parse_args().casus
    work = tempfile.mkdtemp(prefix="casus_limits.")
    try:
        # ingest: the second line is over --max-document-bytes, the third is stored.
        corpus = os.path.join(work, "corpus.jsonl")
        with open(corpus, "w", encoding="utf-8") as f:
            f.write(json.dumps({"id": "morocco", "text": "Morocco cut diplomatic ties with Iran."}) + "\n")
            f.write(json.dumps({"id": "long", "text": "Japan praised South Korea. " * 10}) + "\n")
            f.write(json.dumps({"id": "egypt", "text": "Egypt condemned Israel."}) + "\n")
        db = os.path.join(work, "store.db")
        result = run([casus, "ingest", "--db", db, "--input-format", "jsonl", "--max-document-bytes", "100", corpus])
        check("ingest: exit status 2 (something skipped)", result.returncode == 2, result.returncode)
        check("ingest: the line over the limit is named", corpus + ":2: error: line longer than 100 bytes"
              in result.stderr, result.stderr)
        counts = stats(casus, db)
        check("ingest: the documents before and after it are stored",
              counts and counts[0]["documents"] == 2 and counts[0]["events"] >= 2, counts)

        # recode: "morocco" (38 bytes) is over the limit, "egypt" (23) after it is recoded.
        result = run([casus, "recode", "--db", db, "--max-document-bytes", "30"])
        check("recode: exit status 2 (something skipped)", result.returncode == 2, result.returncode)
        check("recode: the document over the limit is named",
              "document 'morocco' not recoded: document larger than 30 bytes" in result.stderr, result.stderr)
        runs = stats(casus, db, runs=True)
        check("recode: the next document is recoded into the new run",
              len(runs) == 2 and runs[1]["kind"] == "recode" and runs[1]["documents"] == 1 and runs[1]["events"] >= 1,
              runs)

        # serve --events: the second line is over --max-line-bytes, the third is served.
        coded = run([casus, "code", "--input-format", "jsonl", "--date", "2024-01-01", corpus])
        records = [json.loads(line) for line in coded.stdout.splitlines() if line.strip()]
        events_file = os.path.join(work, "events.jsonl")
        with open(events_file, "w", encoding="utf-8") as f:
            f.write(json.dumps(records[0]) + "\n")
            f.write(json.dumps(dict(records[0], doc="padded", padding="x" * 5000)) + "\n")
            f.write(json.dumps(records[-1]) + "\n")
        server = Server(casus, ["--events", events_file, "--max-line-bytes", "4000"])
        try:
            startup = "".join(server.startup)
            check("serve --events: the line over the limit is named",
                  events_file + ":2: error: record skipped: line longer than 4000 bytes" in startup, startup)
            status, body = server.get("/api/events")
            docs = sorted({e["doc"] for e in body.get("events", [])}) if status == 200 else body
            check("serve --events: the records before and after it are served",
                  docs == sorted({records[0]["doc"], records[-1]["doc"]}), docs)
        finally:
            server.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
