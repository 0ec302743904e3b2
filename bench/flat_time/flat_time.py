#!/usr/bin/python3
"""Flat-time benchmark: coding time per sentence and per token must not grow
with sentence length or document length (no quadratic paths).

    bench/flat_time/flat_time.py --timer build/casus_code_timer [--tokens 200000] [--repeat 3]

Every run codes about the same number of tokens (--tokens), generated here
with a fixed seed, cut in different ways:
  sentence length: sentences of 10 to 10,000 tokens (clauses joined by
                   commas and conjunctions, no full stop; the splitter cuts
                   sentences at 300 tokens, so the longest become several);
  document length: documents of 1x, 10x, 100x ten sentences;
  actors:          one sentence coordinating many actors ("A, B, ... and Z").
casus_code_timer (bench/flat_time/code_timer.cc) loads the pipeline once and
reports the CPU time of Pipeline::Process alone. With no quadratic path the
time per token stays flat: each row's ratio to the first row of its group
stays near 1 (time per sentence grows with the sentence, as it must).
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile

ACTORS = ["Russia", "Ukraine", "China", "the United States", "Japan", "South Korea", "Iran", "Israel",
          "the European Union", "NATO", "Turkey", "Egypt", "the United Nations", "India", "Pakistan",
          "French President Emmanuel Macron", "German officials", "Chinese Foreign Minister Wang Yi",
          "rebels", "police", "the Red Cross", "Kenya", "Uganda", "Brazil", "Mexico"]
VERB_PHRASES = ["condemned", "praised", "met with", "accused", "threatened", "attacked", "criticized",
                "signed an agreement with", "urged", "rejected a proposal from", "sent aid to",
                "expelled diplomats from", "welcomed", "demanded that {a} release prisoners from"]
PLACES = ["Kharkiv", "Geneva", "Beijing", "the capital", "the border", "Gaza", "Kabul", "the region"]
JOINERS = [", and", ", while", ", but", "; meanwhile", ", after", ", as"]


def clause(rng):
    verb = rng.choice(VERB_PHRASES).format(a=rng.choice(ACTORS))
    text = "%s %s %s" % (rng.choice(ACTORS), verb, rng.choice(ACTORS))
    if rng.random() < 0.5:
        text += " in " + rng.choice(PLACES)
    if rng.random() < 0.3:
        text += " on Tuesday"
    return text


def sentence(rng, tokens):
    """A sentence of about `tokens` tokens: clauses joined without a full stop."""
    parts = [clause(rng)]
    count = len(parts[0].split())
    while count < tokens:
        joiner, c = rng.choice(JOINERS), clause(rng)
        parts.append(joiner + " " + c)
        count += len(joiner.split()) + len(c.split()) + 1
    text = "".join(parts)
    return text[0].upper() + text[1:] + "."


def actor_list(rng, tokens):
    """One sentence that coordinates many actors: many mentions, one verb."""
    names, count = [], 0
    while count < tokens:
        names.append(rng.choice(ACTORS))
        count += len(names[-1].split()) + 1
    return ", ".join(names[:-1]) + " and " + names[-1] + " condemned the attack on Kharkiv."


def write_docs(path, docs):
    """One document a line (what casus_code_timer reads)."""
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(d.replace("\n", " ") + "\n")


def rows(rng, total):
    """(group, label, documents): about `total` tokens in each row."""
    for length in (10, 30, 100, 300, 1000, 10000):
        per_doc = max(1, 200 // length)  # documents of about 200 tokens, or one long sentence
        n_docs = max(1, total // (length * per_doc))
        yield "sentence length", "%d tokens" % length, [
            " ".join(sentence(rng, length) for _ in range(per_doc)) for _ in range(n_docs)]
    for scale in (1, 10, 100):
        per_doc = 10 * scale
        n_docs = max(1, total // (per_doc * 20))
        yield "document length", "%dx (%d sentences)" % (scale, per_doc), [
            " ".join(sentence(rng, 20) for _ in range(per_doc)) for _ in range(n_docs)]
    for length in (10, 100, 1000, 10000):
        n_docs = max(1, total // length)
        yield "actors per sentence", "%d tokens" % length, [actor_list(rng, length) for _ in range(n_docs)]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--timer", required=True, help="the casus_code_timer binary (built with the benchmarks)")
    ap.add_argument("--tokens", type=int, default=200000, help="tokens coded per row (default 200000)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per row; the fastest counts")
    args = ap.parse_args()
    rng = random.Random(9)
    work = tempfile.mkdtemp(prefix="casus_flat_time.")
    try:
        table = []
        for i, (group, label, docs) in enumerate(rows(rng, args.tokens)):
            path = os.path.join(work, "row%02d.txt" % i)
            write_docs(path, docs)
            table.append((group, label, path))
        best = {}
        for _ in range(args.repeat):
            out = subprocess.run([args.timer] + [p for _, _, p in table], stdout=subprocess.PIPE, check=True)
            for line in out.stdout.decode().splitlines():
                path, docs, sentences, tokens, events, seconds = line.split()
                row = (int(docs), int(sentences), int(tokens), int(events), float(seconds))
                if path not in best or row[4] < best[path][4]:
                    best[path] = row
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("CPU time of Pipeline::Process, best of %d; sentences as the splitter counts them" % args.repeat)
    print("%-38s %6s %9s %8s %7s %8s %11s %9s %7s" % ("row", "docs", "sentences", "tokens", "events", "seconds",
                                                      "us/sentence", "us/token", "ratio"))
    first = {}
    for group, label, path in table:
        docs, sentences, tokens, events, seconds = best[path]
        per_token = seconds / max(tokens, 1) * 1e6
        first.setdefault(group, per_token)
        print("%-38s %6d %9d %8d %7d %8.3f %11.1f %9.2f %7.2f" % (
            group + ": " + label, docs, sentences, tokens, events, seconds, seconds / max(sentences, 1) * 1e6,
            per_token, per_token / first[group]))


if __name__ == "__main__":
    main()
