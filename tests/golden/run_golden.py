#!/usr/bin/env python3
"""Golden tests for `casus code`: run the coder on small hand-written inputs and
compare the events it prints with the events a human coder expects.

Usage: run_golden.py --casus PATH/TO/casus [--filter TEXT] [--verbose] FOLDER

Every *.test file under FOLDER (recursively) holds cases; docs/golden-tests.md
describes the format. Each case runs `casus code ARGS FILE` on its input (cases
sharing their ARGS run in one casus process, see "Batches" below), and
passes when the multiset of produced events (SOURCE CODE TARGET plus any extras
the case names) equals the expected one, every produced event satisfies the
JSON output contract (fields, types, offsets that point at the text they name),
stderr holds the expected text and the exit status is the expected one.

Prints one block per failing case and ends with exactly "N passed, M failed";
exits 1 when a case failed, 2 on bad usage or a malformed .test file.
Expectations are never rewritten automatically: fix the coder or the file.
"""

import argparse
import concurrent.futures
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

DEFAULT_ARGS = ["--input-format", "lines"]
SECTIONS = ("input", "input-escaped", "events", "records", "stderr-contains", "exit", "known-failure")
TIMEOUT_SECONDS = 120


class TestFileError(Exception):
    pass


class Case:
    def __init__(self, path, line, name):
        self.path = path          # file, relative to the folder
        self.line = line          # line of "=== name"
        self.name = name
        self.args = list(DEFAULT_ARGS)
        self.input = b""
        self.events = []          # list of Expected
        self.records = None       # list of JSON objects, when the case has '--- records'
        self.stderr_contains = []
        self.exit = 0
        self.known_failure = ""   # why the coder does not meet this case yet

    def label(self):
        return "%s:%d: %s" % (self.path, self.line, self.name)


# ---------------------------------------------------------------------------
# Parsing .test files

# Extras an expected event may name, and how to read them from a JSON event.
def _actor_text(role):
    return lambda ev: (ev.get(role) or {}).get("text") if isinstance(ev.get(role), dict) else None


EXTRAS = {
    "doc": lambda ev: ev.get("doc"),
    "sentence": lambda ev: ev.get("sentence"),
    "date": lambda ev: ev.get("date"),
    "trigger": lambda ev: (ev.get("trigger") or {}).get("text") if isinstance(ev.get("trigger"), dict) else None,
    "flags": lambda ev: ev.get("flags"),
    "source_text": _actor_text("source"),
    "target_text": _actor_text("target"),
    "plover": lambda ev: ev.get("plover"),
    "quad": lambda ev: ev.get("quad"),
    "penta": lambda ev: ev.get("penta"),
    "root": lambda ev: ev.get("root"),
    "location": lambda ev: (ev.get("location") or {}).get("name") if isinstance(ev.get("location"), dict) else None,
    "location_country": lambda ev: (ev.get("location") or {}).get("country") if isinstance(ev.get("location"), dict) else None,
}


class Expected:
    def __init__(self, source, code, target, extras, text):
        self.source, self.code, self.target = source, code, target
        self.extras = extras      # key -> expected string
        self.text = text          # the line as written, for messages

    def matches(self, ev):
        if project(ev) != (self.source, self.code, self.target):
            return False
        for key, want in self.extras.items():
            got = EXTRAS[key](ev)
            if key == "flags":
                wanted = set() if want in ("", "-") else set(want.split(","))
                if not isinstance(got, list) or set(map(str, got)) != wanted:
                    return False
            elif key in ("location", "location_country") and want == "-":
                if ev.get("location") is not None:  # "location=-": the event has no location
                    return False
            elif got is None or str(got) != want:
                return False
        return True


def parse_expected(line, where):
    try:
        words = shlex.split(line)
    except ValueError as e:
        raise TestFileError("%s: %s" % (where, e))
    if len(words) < 3:
        raise TestFileError("%s: an event is 'SOURCE CODE TARGET [key=value ...]', got %r" % (where, line))
    extras = {}
    for word in words[3:]:
        key, eq, value = word.partition("=")
        if not eq or key not in EXTRAS:
            raise TestFileError("%s: unknown extra %r (known: %s)" % (where, word, ", ".join(sorted(EXTRAS))))
        extras[key] = value
    return Expected(words[0], words[1], words[2], extras, line.strip())


def unescape(text, where):
    """Python-style escapes (\\xNN, \\n, \\t, \\\\) to bytes, for inputs that are
    not valid UTF-8 or need exact control characters."""
    out, k = bytearray(), 0
    raw = text.encode("utf-8")
    while k < len(raw):
        c = raw[k]
        if c != 0x5C:  # backslash
            out.append(c)
            k += 1
            continue
        nxt = raw[k + 1:k + 2]
        if nxt == b"x":
            try:
                out.append(int(raw[k + 2:k + 4].decode("ascii"), 16))
            except ValueError:
                raise TestFileError("%s: bad \\x escape" % where)
            k += 4
        elif nxt in (b"n", b"t", b"r", b"\\"):
            out += {b"n": b"\n", b"t": b"\t", b"r": b"\r", b"\\": b"\\"}[nxt]
            k += 2
        else:
            raise TestFileError("%s: unknown escape \\%s" % (where, nxt.decode("utf-8", "replace")))
    return bytes(out)


def parse_test_file(path, rel):
    with open(path, "rb") as f:
        try:
            lines = f.read().decode("utf-8").split("\n")
        except UnicodeDecodeError as e:
            raise TestFileError("%s: not valid UTF-8 (%s); write such input with '--- input-escaped'" % (rel, e))
    cases, case, section, body = [], None, None, []

    def finish_section():
        nonlocal body
        if case is None or section is None:
            body = []
            return
        where = "%s:%d" % (rel, case.line)
        content = list(body)
        # Trailing blank lines separate cases; they are not part of a section.
        while content and not content[-1].strip():
            content.pop()
        if section == "input":
            case.input = ("\n".join(content) + "\n").encode("utf-8") if content else b""
        elif section == "input-escaped":
            case.input = unescape("".join(content), where)
        elif section == "events":
            for text in content:
                if text.strip() and not text.lstrip().startswith("#"):
                    case.events.append(parse_expected(text, where))
        elif section == "records":
            case.records = []
            for text in content:
                if text.strip() and not text.lstrip().startswith("#"):
                    try:
                        case.records.append(json.loads(text))
                    except ValueError as e:
                        raise TestFileError("%s: a record is one JSON object per line: %s" % (where, e))
        elif section == "stderr-contains":
            case.stderr_contains = [t.strip() for t in content if t.strip()]
        elif section == "known-failure":
            case.known_failure = " ".join(t.strip() for t in content if t.strip()) or "(no reason given)"
        elif section == "exit":
            values = [t.strip() for t in content if t.strip()]
            if len(values) != 1 or not values[0].lstrip("-").isdigit():
                raise TestFileError("%s: '--- exit' takes one integer" % where)
            case.exit = int(values[0])
        body = []

    for lineno, line in enumerate(lines, 1):
        line = line.rstrip("\r")
        if line.startswith("=== "):
            finish_section()
            section = None
            case = Case(rel, lineno, line[4:].strip())
            cases.append(case)
            continue
        if line.startswith("--- ") and case is not None and line[4:].strip() in SECTIONS:
            finish_section()
            section = line[4:].strip()
            continue
        if section is not None:
            body.append(line)
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if case is None:
            raise TestFileError("%s:%d: text before the first '=== name'" % (rel, lineno))
        if stripped.startswith("args:"):
            args = shlex.split(stripped[5:])
            if "--input-format" not in args and not any(a.startswith("--input-format=") for a in args):
                args = DEFAULT_ARGS + args
            case.args = args
            continue
        raise TestFileError("%s:%d: expected 'args:' or a '--- section' (%s), got %r"
                            % (rel, lineno, ", ".join(SECTIONS), line))
    finish_section()
    return cases


# ---------------------------------------------------------------------------
# Checking output

def project(ev):
    def code(role):
        a = ev.get(role)
        return a.get("code") if isinstance(a, dict) and isinstance(a.get("code"), str) else "-"
    return (code("source"), ev.get("code"), code("target"))


def show(ev):
    src, code, tgt = project(ev)
    extra = []
    if isinstance(ev.get("trigger"), dict):
        extra.append("trigger=%s" % shlex.quote(str(ev["trigger"].get("text"))))
    if ev.get("flags"):
        extra.append("flags=%s" % ",".join(map(str, ev["flags"])))
    if ev.get("doc") not in (None, "1"):
        extra.append("doc=%s" % ev.get("doc"))
    return " ".join([str(src), str(code), str(tgt)] + extra)


def input_format(args):
    for k, a in enumerate(args):
        if a == "--input-format" and k + 1 < len(args):
            return args[k + 1]
        if a.startswith("--input-format="):
            return a.split("=", 1)[1]
    return "lines"


def document_texts(case, file_name):
    """doc id -> candidate byte strings of the document text (the raw bytes and,
    for invalid UTF-8, the text with U+FFFD replacements), or None when the
    format's documents cannot be rebuilt here (html)."""
    fmt = input_format(case.args)

    def variants(raw):
        fixed = raw.decode("utf-8", "replace").encode("utf-8")
        return [raw] if fixed == raw else [raw, fixed]

    docs = {}
    if fmt == "lines":
        for k, line in enumerate(case.input.split(b"\n"), 1):
            docs[str(k)] = variants(line[:-1] if line.endswith(b"\r") else line)
    elif fmt == "text":
        for key in (file_name, os.path.basename(file_name), os.path.splitext(os.path.basename(file_name))[0]):
            docs[key] = variants(case.input)
        docs["*"] = variants(case.input)
    elif fmt == "jsonl":
        for k, line in enumerate(case.input.split(b"\n"), 1):
            try:
                obj = json.loads(line.decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                continue
            if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                raw = obj["text"].encode("utf-8", "surrogatepass")
                docs[str(obj.get("id")) if obj.get("id") is not None else str(k)] = [raw]
                docs.setdefault(str(k), [raw])
    else:
        return None
    return docs


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_span(obj, what, need_code, texts, problems):
    if not isinstance(obj, dict):
        problems.append("%s is not an object" % what)
        return
    keys = ("code", "text", "begin", "end") if need_code else ("text", "begin", "end")
    for k in keys:
        if k not in obj:
            problems.append("%s has no %r" % (what, k))
    if need_code and not isinstance(obj.get("code"), str):
        problems.append("%s.code is not a string" % what)
    if not isinstance(obj.get("text"), str) or not is_int(obj.get("begin")) or not is_int(obj.get("end")):
        problems.append("%s text/begin/end have wrong types" % what)
        return
    if texts is None:
        return
    b, e, want = obj["begin"], obj["end"], obj["text"].encode("utf-8", "surrogatepass")
    if not any(0 <= b <= e <= len(t) and t[b:e] == want for t in texts):
        got = texts[0][b:e].decode("utf-8", "replace") if 0 <= b <= e <= len(texts[0]) else "(out of range)"
        problems.append("%s [%d,%d) is %r in the input, not %r" % (what, b, e, got, obj["text"]))


def check_contract(ev, docs):
    """Problems of one event against the JSON output contract (ARCHITECTURE.md)."""
    p = []
    types = [("doc", str), ("code", str), ("root", str), ("sentence_text", str), ("flags", list)]
    # The date is null only when neither the document nor --date gives one.
    if "date" not in ev:
        p.append("no 'date'")
    elif ev["date"] is not None and not (isinstance(ev["date"], str) and re.match(r"^\d{4}-\d{2}-\d{2}$", ev["date"])):
        p.append("'date' is neither null nor YYYY-MM-DD")
    for key, typ in types:
        if key not in ev:
            p.append("no %r" % key)
        elif not isinstance(ev[key], typ):
            p.append("%r is not a %s" % (key, typ.__name__))
    if not is_int(ev.get("sentence")) or ev.get("sentence") < 0:
        p.append("'sentence' is not an integer >= 0")
    if not is_int(ev.get("quad")) or not 1 <= ev["quad"] <= 4:
        p.append("'quad' is not an integer 1-4")
    if not is_int(ev.get("penta")) or not 0 <= ev["penta"] <= 4:
        p.append("'penta' is not an integer 0-4")
    g = ev.get("goldstein")
    if not isinstance(g, (int, float)) or isinstance(g, bool):
        p.append("'goldstein' is not a number")
    if "plover" not in ev or not (ev["plover"] is None or isinstance(ev["plover"], str)):
        p.append("'plover' is not a string or null")
    if "location" not in ev or not (ev["location"] is None or isinstance(ev["location"], dict)):
        p.append("'location' is not null or an object")
    if isinstance(ev.get("flags"), list) and not all(isinstance(f, str) for f in ev["flags"]):
        p.append("'flags' holds a non-string")
    if isinstance(ev.get("code"), str) and isinstance(ev.get("root"), str) and not ev["code"].startswith(ev["root"]):
        p.append("code %r does not start with root %r" % (ev["code"], ev["root"]))
    texts = None
    if docs is not None:
        texts = docs.get(str(ev.get("doc"))) or docs.get("*")
        if texts is None:
            p.append("doc %r is not a document of the input" % ev.get("doc"))
    for role in ("source", "target"):
        if role not in ev:
            p.append("no %r" % role)
        elif ev[role] is not None or role == "source":
            check_span(ev[role], role, True, texts, p)
    if "trigger" not in ev:
        p.append("no 'trigger'")
    else:
        check_span(ev["trigger"], "trigger", False, texts, p)
    return p


def max_matching(expected, produced, matches):
    """Maximum matching of expected items to produced ones (Kuhn's algorithm,
    so that an extra constraint on one line never steals another's item).
    Returns (unmatched expected, unmatched produced)."""
    owner = [None] * len(produced)

    def assign(i, seen):
        for j, item in enumerate(produced):
            if j in seen or not matches(expected[i], item):
                continue
            seen.add(j)
            if owner[j] is None or assign(owner[j], seen):
                owner[j] = i
                return True
        return False

    missing = [expected[i] for i in range(len(expected)) if not assign(i, set())]
    extra = [produced[j] for j in range(len(produced)) if owner[j] is None]
    return missing, extra


def match_events(expected, produced):
    return max_matching(expected, produced, lambda e, ev: e.matches(ev))


def subset_of(want, got):
    """True when every key of `want` is in `got` with an equal value, recursively:
    a record expectation names only the fields it cares about."""
    if isinstance(want, dict):
        return isinstance(got, dict) and all(k in got and subset_of(v, got[k]) for k, v in want.items())
    return want == got


def match_records(expected, produced):
    """Like match_events, for non-event records ({"record": "quote", ...})."""
    return max_matching(expected, produced, subset_of)


def run_casus(cmd):
    """(stdout, stderr, exit status) of one casus run, or a failure line."""
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return "timed out after %ds: %s" % (TIMEOUT_SECONDS, " ".join(map(shlex.quote, cmd)))
    except OSError as e:
        return "cannot run %s: %s" % (cmd[0], e)
    return proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"), proc.returncode


def run_case(case, casus):
    """Returns a list of failure lines (empty when the case passed)."""
    with tempfile.TemporaryDirectory(prefix="casus-golden-") as tmp:
        suffix = {"jsonl": ".jsonl", "html": ".html"}.get(input_format(case.args), ".txt")
        file_name = os.path.join(tmp, "input" + suffix)
        with open(file_name, "wb") as f:
            f.write(case.input)
        result = run_casus([casus, "code"] + case.args + [file_name])
        if isinstance(result, str):
            return [result]
        docs = document_texts(case, file_name)
    stdout, stderr, status = result
    return judge(case, stdout.split("\n"), stderr, status, docs)


def judge(case, stdout_lines, stderr, status, docs):
    """Failure lines of one case, given what casus printed for its input."""
    failures = []
    produced, records = [], []
    for k, line in enumerate(stdout_lines, 1):
        if not line.strip():
            continue
        try:
            ev = json.loads(line)
        except ValueError:
            failures.append("stdout line %d is not JSON: %s" % (k, line[:200]))
            continue
        if not isinstance(ev, dict):
            failures.append("stdout line %d is not a JSON object" % k)
            continue
        if ev.get("record", "event") != "event":
            records.append(ev)
            continue
        produced.append(ev)
        for problem in check_contract(ev, docs):
            failures.append("contract: event %s: %s" % (show(ev), problem))
    missing, extra = match_events(case.events, produced)
    if missing or extra:
        # The first line says it all: expected vs got; details follow.
        failures.insert(0, "expected [%s] got [%s]" % ("; ".join(e.text for e in case.events),
                                                       "; ".join(show(ev) for ev in produced)))
        for e in missing:
            failures.append("missing: " + e.text)
        for ev in extra:
            failures.append("extra: " + show(ev))
    if case.records is not None:
        missing_records, extra_records = match_records(case.records, records)
        for rec in missing_records:
            failures.append("missing record: " + json.dumps(rec, ensure_ascii=False))
        for rec in extra_records:
            failures.append("extra record: " + json.dumps(rec, ensure_ascii=False))
    if status != case.exit:
        failures.append("exit status %d, expected %d" % (status, case.exit))
    for text in case.stderr_contains:
        if text not in stderr:
            failures.append("stderr lacks %r" % text)
    if failures and stderr.strip():
        tail = stderr.strip().splitlines()[-5:]
        failures.append("stderr: " + " | ".join(tail))
    return failures


# ---------------------------------------------------------------------------
# Batches: most cases are a few lines coded with the same arguments. Starting
# casus (loading the dictionaries) costs far more than coding a line, so such
# cases run together: each line becomes a JSON-lines document whose id names
# its case and line, and the output is split back by that id. A case that
# checks the exit status or stderr runs alone, and so does every case of a
# batch whose run did not end cleanly, so that a failure is always the case's own.

BATCH_SIZE = 64


def split_date(args):
    """(the arguments without `--date`, the `--date` value or None): a batch
    document carries its case's date itself, so cases that differ only in
    their date share a run."""
    rest, date, k = [], None, 0
    while k < len(args):
        a = args[k]
        if a == "--date" and k + 1 < len(args):
            date, k = args[k + 1], k + 2
            continue
        if a.startswith("--date="):
            date = a[len("--date="):]
        else:
            rest.append(a)
        k += 1
    return rest, date


def batch_key(case):
    """The arguments a case shares with its batch, or None when it runs alone."""
    if input_format(case.args) != "lines" or case.exit != 0 or case.stderr_contains:
        return None
    try:
        case.input.decode("utf-8")
    except UnicodeDecodeError:
        return None
    rest, skip = [], False
    for a in split_date(case.args)[0]:
        if skip:
            skip = False
        elif a == "--input-format":
            skip = True
        elif not a.startswith("--input-format="):
            rest.append(a)
    return tuple(rest)


def case_lines(case):
    """(line number, text) of the lines the lines reader makes documents of."""
    for k, line in enumerate(case.input.split(b"\n"), 1):
        line = line[:-1] if line.endswith(b"\r") else line
        if line.strip():
            yield k, line.decode("utf-8")


def run_batch(cases, args, casus):
    """Failure lists of cases sharing `args`, coded in one casus run; None
    when the run did not end cleanly (the caller then runs them one by one)."""
    with tempfile.TemporaryDirectory(prefix="casus-golden-") as tmp:
        file_name = os.path.join(tmp, "batch.jsonl")
        with open(file_name, "w", encoding="utf-8") as f:
            for i, case in enumerate(cases):
                date = split_date(case.args)[1]
                for k, text in case_lines(case):
                    doc = {"id": "%d:%d" % (i, k), "text": text}
                    if date is not None:
                        doc["date"] = date
                    f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        result = run_casus([casus, "code"] + list(args) + ["--input-format", "jsonl", file_name])
    if isinstance(result, str) or result[2] != 0:
        return None
    stdout = result[0]
    outputs = [[] for _ in cases]
    for line in stdout.split("\n"):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            batch_doc = str(obj["doc"])
            i, k = batch_doc.split(":")
            # Ids built on the document's (event_id "DOC:SENTENCE:N") get its own id back.
            for field, value in obj.items():
                if isinstance(value, str) and value.startswith(batch_doc + ":"):
                    obj[field] = k + value[len(batch_doc):]
            obj["doc"] = k
            outputs[int(i)].append(json.dumps(obj, ensure_ascii=False))
        except (ValueError, KeyError, TypeError, IndexError):
            return None
    return [judge(case, out, "", 0, document_texts(case, "input.txt"))
            for case, out in zip(cases, outputs)]


def run_all(cases, casus, jobs, batch):
    """Failure lists, in the order of `cases`."""
    results = [None] * len(cases)
    groups, alone = {}, []
    for n, case in enumerate(cases):
        key = batch_key(case) if batch else None
        if key is None:
            alone.append(n)
        else:
            groups.setdefault(key, []).append(n)
    batches = [(key, members[k:k + BATCH_SIZE]) for key, members in groups.items()
               for k in range(0, len(members), BATCH_SIZE)]

    def run_one_batch(item):
        key, members = item
        got = run_batch([cases[n] for n in members], key, casus)
        if got is None:
            got = [run_case(cases[n], casus) for n in members]
        for n, failures in zip(members, got):
            results[n] = failures

    def run_alone(n):
        results[n] = run_case(cases[n], casus)

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = [pool.submit(run_one_batch, b) for b in batches] + [pool.submit(run_alone, n) for n in alone]
        for f in futures:
            f.result()
    return results


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--casus", required=True, help="the casus executable")
    ap.add_argument("--filter", default="", help="run only cases whose 'file: name' contains this text")
    ap.add_argument("--exclude", action="append", default=[],
                    help="skip the files whose path (relative to FOLDER) starts with this text; repeatable")
    ap.add_argument("--verbose", action="store_true", help="also list passing cases")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--no-batch", action="store_true",
                    help="run every case in a casus process of its own (slower; for bisecting a batch)")
    ap.add_argument("folder")
    args = ap.parse_args(argv)

    if not os.path.isfile(args.casus) or not os.access(args.casus, os.X_OK):
        print("error: %s is not an executable" % args.casus, file=sys.stderr)
        return 2
    paths = []
    for root, _, files in os.walk(args.folder):
        paths += [os.path.join(root, f) for f in files if f.endswith(".test")]
    cases = []
    try:
        for path in sorted(paths):
            cases += parse_test_file(path, os.path.relpath(path, args.folder))
    except TestFileError as e:
        print("error: %s" % e, file=sys.stderr)
        return 2
    cases = [c for c in cases if args.filter in "%s: %s" % (c.path, c.name)
             and not any(c.path.startswith(prefix) for prefix in args.exclude)]

    results = run_all(cases, args.casus, args.jobs, not args.no_batch)
    passed = failed = known = 0
    for case, failures in zip(cases, results):
        if case.known_failure:
            # A target the coder does not meet yet: reported, not counted as a pass
            # or a failure; meeting it fails the run so that the mark is removed.
            if failures:
                known += 1
                if args.verbose:
                    print("KNOWN %s: %s" % (case.label(), case.known_failure))
                continue
            failures = ["passes now: remove its '--- known-failure' section (%s)" % case.known_failure]
        if failures:
            failed += 1
            print("FAIL %s: %s" % (case.label(), failures[0]))
            for line in failures[1:]:
                print("    " + line)
        else:
            passed += 1
            if args.verbose:
                print("ok   %s" % case.label())
    if known:
        print("%d known failure(s) skipped: cases marked '--- known-failure' (--verbose lists them)" % known)
    print("%d passed, %d failed" % (passed, failed) + (", %d skipped" % known if known else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
