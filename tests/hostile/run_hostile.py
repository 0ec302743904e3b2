#!/usr/bin/python3
"""The hostile-input catalogue (issue 9): inputs built to break a coder, each
generated here at test time (nothing big is committed), each given to
`casus code` between two good documents of the same batch.

    run_hostile.py --casus build/casus [--small | --full] [--only NAME]

For every case it checks the exit status, that stderr names the problem (file,
line, reason), that the good documents before and after are still coded, and
that the run stays within a time and memory bound. The big inputs are built at
a tenth of their named size by default (the test suite), at a fiftieth with
--small (sanitizer builds) and at full size with --full; inputs that must
exceed a limit (64 MiB) always do.
Prints one line per case and "N passed, M failed"; exits 1 on any failure.
"""
import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

GOOD_BEFORE = "Japan praised South Korea.\n"
GOOD_AFTER = "Morocco cut diplomatic ties with Iran.\n"
GOOD_EVENTS = {("JPN", "051", "KOR"), ("MAR", "161", "IRN")}  # what the two good documents give


class Case:
    def __init__(self, name, fmt, make, exit_status, messages, coded=True, seconds=60, megabytes=1024,
                 big=False, options=(), check=None):
        self.name = name            # also the hostile file's name
        self.fmt = fmt              # --input-format
        self.make = make            # make(path, scale): writes the hostile input (or returns a path to use)
        self.exit = exit_status     # expected exit status: 0 coded, 2 something skipped
        self.messages = messages    # substrings stderr must hold
        self.coded = coded          # True: the hostile input gives events; False: none; None: either
        self.seconds = seconds      # wall-time bound for the whole batch
        self.megabytes = megabytes  # peak resident memory bound
        self.big = big              # shrunk by --small
        self.options = list(options)  # more `casus code` options (a limit set small)
        self.check = check          # check(events): problems with the events, beyond the common checks


def write(data):
    def make(path, scale):
        with open(path, "wb") as f:
            f.write(data(scale) if callable(data) else data)
        return path
    return make


def repeated(unit, count_at_scale_1, tail=b""):
    """`unit` repeated; written in chunks so the generator itself stays small."""
    def make(path, scale):
        count = max(1, int(count_at_scale_1 * scale))
        chunk = unit * 4096
        with open(path, "wb") as f:
            for _ in range(count // 4096):
                f.write(chunk)
            f.write(unit * (count % 4096))
            f.write(tail)
        return path
    return make


def json_nested(depth):
    return lambda scale: (b'{"id": "deep", "text": "Japan praised South Korea.", "x": ' +
                          b"[" * int(depth * scale) + b"]" * int(depth * scale) + b"}\n")


def special(path_or_fn):
    return lambda path, scale: path_or_fn(path) if callable(path_or_fn) else path_or_fn


def make_directory(path):
    os.mkdir(path)
    return path


def make_badly_named(path):
    """A file whose name is not UTF-8 (Latin-1 "café"): its name is the document id."""
    named = os.path.join(os.path.dirname(path), os.fsdecode(b"caf\xe9 \xff.txt"))
    with open(named, "w") as f:
        f.write("Egypt condemned Israel.\n")
    return named


def make_unreadable(path):
    with open(path, "w") as f:
        f.write(GOOD_BEFORE)
    os.chmod(path, 0)
    return path


def jsonl_huge(path, scale):
    size = 100_000_000 if FULL_SIZE else 70_000_000  # over the 64 MiB limit either way
    with open(path, "wb") as f:
        f.write(b'{"id": "huge", "text": "')
        chunk = b"Japan praised South Korea. " * 4096
        written = 0
        while written < size:
            f.write(chunk)
            written += len(chunk)
        f.write(b'"}\n')
    return path


FULL_SIZE = False  # --full

CLAUSES = b"Japan praised South Korea, Egypt condemned Israel, Morocco cut diplomatic ties with Iran, " \
          b"and Turkey accused Greece.\n"


def cut_into_pieces(events):
    """--max-sentence-tokens 8 cut the hostile sentence of four clauses at its commas: the
    events of its second and fourth clause come from different pieces (one sentence without it)."""
    pieces = {(e["doc"], e["sentence"]) for e in events
              if "Egypt" in e["sentence_text"] or "Turkey" in e["sentence_text"]}
    if len(pieces) < 2:
        return ["the long sentence was not cut (its events come from %d piece(s))" % len(pieces)]
    return []

SENTENCE = b"Russian troops shelled Kharkiv on Tuesday, and Ukraine condemned the attack "

CASES = [
    # --- size: bounded time and memory, the rest of the batch still coded
    Case("one_line_50mb.txt", "lines", repeated(b"Ukraine condemned Russia and ", 50e6 / 29, b"\n"), 0,
         [], coded=True, seconds=240, megabytes=3072, big=True),
    Case("line_over_limit.txt", "lines", repeated(b"word ", 70e6 / 5, b"\n"), 2,
         ["line longer than 67108864 bytes"], coded=False, seconds=60),
    Case("sentence_2mb_no_punctuation.txt", "text", repeated(b"Ukraine condemned Russia while ", 2e6 / 31), 0,
         [], coded=True, seconds=120, big=True),
    Case("sentence_100k_tokens.txt", "lines", repeated(SENTENCE, 1e5 / 12, b"\n"), 0, [], coded=True,
         seconds=120, big=True),
    Case("same_word_100k.txt", "lines", repeated(b"attack ", 1e5, b"\n"), 0, [], coded=False, seconds=60, big=True),
    Case("jsonl_line_100mb.jsonl", "jsonl", lambda path, scale: jsonl_huge(path, scale), 2,
         ["line longer than 67108864 bytes"], coded=False, seconds=60),
    Case("text_over_limit.txt", "text", repeated(b"a", 70e6), 2, ["document larger than 67108864 bytes"],
         coded=False),
    # --- limits set small on the command line (docs/robustness.md): the document
    # over one is skipped with a message naming it, the next one is coded
    Case("limit_text_bytes.txt", "text", write(b"Egypt condemned Israel. " * 50), 2,
         ["limit_text_bytes.txt: error: document larger than 1000 bytes"], coded=False,
         options=["--max-document-bytes", "1000"]),
    Case("limit_line_bytes.txt", "lines", write(b"Egypt condemned Israel. " * 10 + b"\nEgypt condemned Israel.\n"), 2,
         ["limit_line_bytes.txt:1: error: line longer than 100 bytes"], coded=True,
         options=["--max-document-bytes", "100"]),
    Case("limit_jsonl_bytes.jsonl", "jsonl",
         write(b'{"id": "long", "text": "' + b"Egypt condemned Israel. " * 10 + b'"}\n'
               b'{"id": "short", "text": "Egypt condemned Israel."}\n'), 2,
         ["limit_jsonl_bytes.jsonl:1: error: line longer than 100 bytes"], coded=True,
         options=["--max-document-bytes", "100"]),
    Case("limit_html_bytes.html", "html", write(b"<html><body>" + b"<p>Egypt condemned Israel.</p>" * 40 +
                                                b"</body></html>"), 2,
         ["limit_html_bytes.html: error: document larger than 1000 bytes"], coded=False,
         options=["--max-document-bytes", "1000"]),
    Case("limit_sentence_tokens.txt", "lines", write(CLAUSES), 0, [], coded=True,
         options=["--max-sentence-tokens", "8"], check=cut_into_pieces),
    # --- structure
    Case("html_nested_100k.html", "html",
         write(lambda s: b"<html><body>" + b"<div>" * int(1e5 * s) + b"<p>Japan praised South Korea.</p>" +
               b"</div>" * int(1e5 * s) + b"</body></html>"), 0, ["nested more than 1000"], coded=True,
         big=True),
    Case("html_unclosed_50k.html", "html",
         write(lambda s: b"<p>Japan praised South Korea.</p>" + b"<span><b><i>" * int(5e4 * s)), 0,
         ["nested more than 1000"], coded=True, big=True),
    Case("html_entities_1m.html", "html",
         write(lambda s: b"<p>Japan praised South Korea.</p><p>" + b"&amp;&#x41;&nbsp;" * int(1e6 * s) + b"</p>"),
         0, [], coded=True, big=True),
    Case("json_nested_10k.jsonl", "jsonl", write(json_nested(10000)), 0, [], coded=True),
    Case("json_nested_100k.jsonl", "jsonl", write(json_nested(100000)), 0, [], coded=True, big=True),
    Case("json_wrong_types.jsonl", "jsonl", write(b'{"id": [1], "text": 5, "date": {}}\n'), 2,
         ['field "id" must be a string or an integer, not array'], coded=False),
    Case("json_duplicate_keys.jsonl", "jsonl",
         write(b'{"id": "d", "text": "nothing", "text": "Japan praised South Korea."}\n'), 0,
         ['duplicate key "text"'], coded=True),
    Case("json_huge_numbers.jsonl", "jsonl",
         write(b'{"id": 123456789012345678901234567890, "text": "Japan praised South Korea.", "n": 1e999999}\n'),
         2, ["json_huge_numbers.jsonl:1"], coded=False),
    Case("json_date_9999.jsonl", "jsonl", write(b'{"id": "d", "date": "9999-99-99", "text": "Japan praised South Korea."}\n'),
         0, ['no such day "9999-99-99"'], coded=True),
    Case("json_not_object.jsonl", "jsonl", write(b"[" * 50 + b"]" * 50 + b"\n"), 2, ["expected a JSON object"],
         coded=False),
    # --- encoding
    Case("invalid_utf8.txt", "lines", write(b"Japan praised \xff\xfe South Korea.\n"), 0,
         ["invalid UTF-8 replaced by U+FFFD"], coded=True),
    Case("overlong_utf8.txt", "lines", write(b"Japan praised \xc0\xaf\xe0\x80\xaf South Korea.\n"), 0,
         ["invalid UTF-8"], coded=True),
    Case("surrogates_utf8.txt", "lines", write(b"Japan praised \xed\xa0\x80 South Korea.\n"), 0,
         ["invalid UTF-8"], coded=True),
    Case("nul_bytes.txt", "text", write(b"Japan praised\0 South Korea.\n"), 2, ["binary file"], coded=False),
    Case("nul_in_line.txt", "lines", write(b"Japan praised South Korea.\n" * 400 + b"Japan\0praised\n"), 2,
         ["binary data in line"], coded=True),
    Case("utf16le_bom.txt", "text", write(b"\xff\xfe" + "Japan praised South Korea.\n".encode("utf-16-le")), 2,
         ["binary file"], coded=False),
    Case("utf16be_bom.txt", "lines", write(b"\xfe\xff" + "Japan praised South Korea.\n".encode("utf-16-be")), 2,
         ["binary file"], coded=False),
    Case("name_not_utf8", "text", special(make_badly_named), 0, [], coded=True),
    Case("utf8_bom.txt", "text", write(b"\xef\xbb\xbfJapan praised South Korea.\n"), 0, [], coded=True),
    # --- line ends and emptiness
    Case("crlf.txt", "lines", write(b"Japan praised South Korea.\r\n\r\nMorocco cut diplomatic ties with Iran.\r\n"), 0,
         [], coded=True),
    Case("cr_only.txt", "lines", write(b"Japan praised South Korea.\rMorocco cut diplomatic ties with Iran.\r"), 0,
         [], coded=True),
    Case("empty.txt", "text", write(b""), 2, ["empty document"], coded=False),
    Case("whitespace_only.txt", "lines", write(b" \n\t\n\r\n"), 0, [], coded=False),
    Case("dev_null", "text", special("/dev/null"), 2, ["empty document"], coded=False),
    Case("dev_zero", "text", special("/dev/zero"), 2, ["document larger than"], coded=False),
    Case("directory", "text", special(make_directory), 2, ["is a directory"], coded=False),
    Case("missing_file.txt", "text", special(lambda path: path), 2, ["cannot open file"], coded=False),
    Case("unreadable.txt", "text", special(make_unreadable), 2, ["cannot open file"], coded=False),
    # --- punctuation and tokens
    Case("only_punctuation.txt", "lines", repeated(b".,;:!?()[]{}\"'-", 1e5, b"\n"), 0, [], coded=False,
         big=True),
    Case("million_periods.txt", "text", repeated(b". ", 1e6), 0, [], coded=False, big=True),
    Case("long_word_1mb.txt", "lines", write(lambda s: b"Japan praised " + b"x" * int(1e6 * s) + b" South Korea.\n"),
         0, [], coded=True, big=True),
    Case("combining_marks.txt", "lines",
         write(lambda s: b"Japan praised South Korea" + "\u0301".encode() * int(1e5 * s) + b".\n"), 0, [],
         coded=True, big=True),
]


def good_files(work, fmt):
    """The documents before and after the hostile one, in the same format."""
    paths = []
    for name, text in (("good_before", GOOD_BEFORE), ("good_after", GOOD_AFTER)):
        path = os.path.join(work, name + {"jsonl": ".jsonl", "html": ".html"}.get(fmt, ".txt"))
        with open(path, "w", encoding="utf-8") as f:
            if fmt == "jsonl":
                f.write(json.dumps({"id": name, "text": text.strip()}) + "\n")
            elif fmt == "html":
                f.write("<html><body><p>%s</p></body></html>\n" % text.strip())
            else:
                f.write(text)
        paths.append(path)
    return paths


def run_case(case, casus, work, scale):
    hostile = os.path.join(work, case.name)
    hostile = case.make(hostile, scale)
    before, after = good_files(work, case.fmt)
    args = [casus, "code", "--threads", "1", "--input-format", case.fmt, "--date", "2024-01-01", *case.options,
            before, hostile, after]
    start = time.monotonic()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = proc.communicate(timeout=case.seconds)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return ["no answer within %d s" % case.seconds], case.seconds, 0
    seconds = time.monotonic() - start
    problems = []
    if proc.returncode != case.exit:
        problems.append("exit status %d, expected %d" % (proc.returncode, case.exit))
    stderr = err.decode("utf-8", "replace")
    for message in case.messages:
        if message not in stderr:
            problems.append("stderr lacks %r" % message)
    if "Sanitizer" in stderr or "runtime error" in stderr:
        problems.append("sanitizer report")
    files_named = [hostile] if case.exit == 2 and case.messages else []
    for path in files_named:
        if path not in stderr:
            problems.append("stderr does not name %s" % path)
    events = []
    try:
        text = out.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append("output is not valid UTF-8: %s" % e)
        text = out.decode("utf-8", "replace")
    for line in text.splitlines():
        try:
            events.append(json.loads(line))
        except ValueError:
            problems.append("output line is not JSON: %.80r" % line)
    triples = {((e.get("source") or {}).get("code"), e.get("code"), (e.get("target") or {}).get("code"))
               for e in events}
    triples = {(s[:3] if s else s, c, t[:3] if t else t) for s, c, t in triples}
    missing = GOOD_EVENTS - triples
    if missing:
        problems.append("good documents not coded: missing %s" % sorted(missing))
    # The good documents give one event each; anything more came from the hostile input.
    if case.coded is True and len(events) <= len(GOOD_EVENTS):
        problems.append("the hostile input gave no events (expected it to be coded)")
    if case.coded is False and len(events) != len(GOOD_EVENTS):
        problems.append("%d events, expected only the good documents' %d" % (len(events), len(GOOD_EVENTS)))
    if case.check:
        problems += case.check(events)
    # Children's peak memory only grows: a rise during this case is this case's peak.
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    if peak > case.megabytes and peak > run_case.peak_before:
        problems.append("peak memory %d MB, bound %d MB" % (peak, case.megabytes))
    run_case.peak_before = max(run_case.peak_before, peak)
    return problems, seconds, peak


run_case.peak_before = 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--casus", required=True)
    size = ap.add_mutually_exclusive_group()
    size.add_argument("--small", action="store_true", help="big inputs at 1/50 of their size (sanitizer builds)")
    size.add_argument("--full", action="store_true", help="big inputs at their full size")
    ap.add_argument("--only", help="run only the case with this name")
    args = ap.parse_args()
    global FULL_SIZE
    FULL_SIZE = args.full
    passed = failed = 0
    for case in CASES:
        if args.only and case.name != args.only:
            continue
        if case.name == "unreadable.txt" and os.geteuid() == 0:
            print("skip  %s (running as root, which reads any file)" % case.name)
            continue
        work = tempfile.mkdtemp(prefix="casus_hostile.")
        try:
            scale = 1.0 if args.full or not case.big else 0.02 if args.small else 0.1
            problems, seconds, peak = run_case(case, args.casus, work, scale)
        finally:
            for root, dirs, _ in os.walk(work):
                for d in dirs:
                    os.chmod(os.path.join(root, d), 0o700)
            shutil.rmtree(work, ignore_errors=True)
        if problems:
            failed += 1
            print("FAIL  %s: %s" % (case.name, "; ".join(problems)))
        else:
            passed += 1
            print("ok    %s (%.1f s, peak %d MB so far)" % (case.name, seconds, peak))
        sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
