#!/usr/bin/python3
"""Crash safety of `casus ingest` (issue 9): SIGKILL at random moments, again
and again (alternating two versions of a corpus, so every run replaces stored
documents), then one ingest of the first version to the end. The store must then hold every document
exactly once and every event once (the same events `casus code` writes), and
SQLite's `PRAGMA integrity_check` must say ok.

    kill_loop.py --casus build/casus [--runs 20] [--documents 200] [--seed N]

Only the CLI is used (ingest, stats, export); the store's own tests cover its
internals. Prints one line per kill and "N passed, M failed".
"""
import argparse
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

DEDUP_FIELDS = re.compile(r',"id":"(?:[^"\\]|\\.)*","duplicate_of":(?:null|"(?:[^"\\]|\\.)*"),"reports":\d+}$')

ACTORS = ["Russia", "Ukraine", "China", "Japan", "South Korea", "Iran", "Israel", "Turkey", "Egypt", "India",
          "Pakistan", "Kenya", "Uganda", "Brazil", "Mexico", "France", "Germany"]
VERBS = ["condemned", "praised", "met with", "accused", "threatened", "criticized", "urged", "welcomed",
         "signed an agreement with", "expelled diplomats from"]


def make_corpus(path, documents, rng):
    with open(path, "w", encoding="utf-8") as f:
        for i in range(documents):
            sentences = ["%s %s %s." % (rng.choice(ACTORS), rng.choice(VERBS), rng.choice(ACTORS))
                         for _ in range(rng.randint(1, 6))]
            f.write(json.dumps({"id": "doc%04d" % i, "date": "2024-03-%02d" % (i % 28 + 1),
                                "text": " ".join(sentences)}) + "\n")


def ingest_args(casus, db, corpus):
    return [casus, "ingest", "--db", db, "--input-format", "jsonl", "--batch-size", "7", corpus]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--casus", required=True)
    ap.add_argument("--runs", type=int, default=20, help="ingests killed (default 20)")
    # Enough that coding and committing take about as long as loading, so kills land in both.
    ap.add_argument("--documents", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=int(time.time()), help="for the corpus and the kill moments")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    print("seed %d (rerun with --seed %d)" % (args.seed, args.seed))
    work = tempfile.mkdtemp(prefix="casus_kill_loop.")
    problems = []
    try:
        # Two versions of one corpus (same ids, other texts), ingested in turn:
        # each run then replaces stored documents, so it writes all along and a
        # kill lands in the middle of replacing as well as of adding.
        corpus = os.path.join(work, "corpus.jsonl")
        make_corpus(corpus, args.documents, rng)
        revised = os.path.join(work, "revised.jsonl")
        make_corpus(revised, args.documents, rng)
        expected = subprocess.run([args.casus, "code", "--threads", "1", "--input-format", "jsonl", corpus],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True).stdout.decode()
        expected_events = sorted(expected.splitlines())

        # How long a whole ingest takes here, so the kills spread over all of it
        # (dictionary loading, coding, commits).
        start = time.monotonic()
        subprocess.run(ingest_args(args.casus, os.path.join(work, "timing.db"), corpus),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        full = time.monotonic() - start
        print("one whole ingest: %.2f s" % full)

        db = os.path.join(work, "events.db")
        killed = 0
        for run in range(args.runs):
            delay = rng.uniform(0, full)
            proc = subprocess.Popen(ingest_args(args.casus, db, revised if run % 2 == 0 else corpus),
                                    stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            try:
                proc.wait(timeout=delay)
                status = "finished before the kill"
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                killed += 1
                status = "killed"
            stored = "nothing yet"
            if os.path.exists(db):
                result = subprocess.run([args.casus, "stats", "--db", db, "--json"], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE)
                if result.returncode == 0:
                    counts = json.loads(result.stdout)
                    stored = "%d documents, %d events" % (counts["documents"], counts["events"])
            print("run %2d (%s): %s after %.3f s; the store holds %s" % (
                run + 1, "revised" if run % 2 == 0 else "first", status, delay, stored))
        final = subprocess.run(ingest_args(args.casus, db, corpus), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if final.returncode != 0:
            problems.append("final ingest exit status %d: %s" % (final.returncode, final.stderr.decode()[-300:]))

        stats = json.loads(subprocess.run([args.casus, "stats", "--db", db, "--json"], stdout=subprocess.PIPE,
                                          check=True).stdout)
        if stats["documents"] != args.documents:
            problems.append("store holds %d documents, expected %d" % (stats["documents"], args.documents))
        exported = subprocess.run([args.casus, "export", "--db", db, "--format", "jsonl"], stdout=subprocess.PIPE,
                                  check=True).stdout.decode()
        # The store adds deduplication's fields (docs/store.md), whose links follow the
        # ingest order the kills changed: compare the events without them.
        exported_events = sorted(DEDUP_FIELDS.sub("}", line) for line in exported.splitlines())
        if len(exported_events) != len(set(exported_events)):
            problems.append("duplicate events in the store")
        if exported_events != expected_events:
            problems.append("store has %d events, casus code writes %d; they differ" % (
                len(exported_events), len(expected_events)))
        with sqlite3.connect(db) as connection:
            check = connection.execute("PRAGMA integrity_check").fetchall()
        if check != [("ok",)]:
            problems.append("PRAGMA integrity_check: %s" % check[:5])
        print("%d ingests killed, %d documents, %d events, integrity_check %s" % (
            killed, stats["documents"], len(exported_events), check[0][0] if check else "?"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    checks = 5
    for p in problems:
        print("FAIL: " + p)
    print("%d passed, %d failed" % (checks - len(problems), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
