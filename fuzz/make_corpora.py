#!/usr/bin/python3
"""Generates the fuzzers' seed corpora from the repository's own test inputs.

    make_corpora.py SOURCE_DIR OUT_DIR [CASUS]

Seeds come from the golden tests' inputs, the unit tests' sample dictionaries
and documents (C string literals), tests/data and data/dict. With CASUS (a
built casus binary), the events it writes for the golden inputs seed the
event reader. Nothing here is committed: run it again after the tests change.
"""
import hashlib
import os
import re
import subprocess
import sys

SEED_BYTES = 4096  # libFuzzer's default -max_len; longer seeds are cut into pieces

# The dictionary fuzzer's first byte picks the file kind; keep in step with
# kFileNames in dictionary_fuzzer.cc.
DICT_KINDS = {"native_actors": 0, "native_verbs": 1, "native_agents": 2, "native_discards": 3,
              "tabari_verbs": 4, "tabari_actors": 5, "tabari_agents": 6, "tabari_options": 7,
              "petrarch_verbs": 8, "petrarch_actors": 9, "petrarch_agents": 10, "petrarch_discards": 11}


class Corpora:
    def __init__(self, out):
        self.out = out
        self.count = {}

    def add(self, fuzzer, data):
        if isinstance(data, str):
            data = data.encode("utf-8")
        for start in range(0, max(len(data), 1), SEED_BYTES):
            piece = data[start:start + SEED_BYTES]
            folder = os.path.join(self.out, fuzzer)
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, hashlib.sha1(piece).hexdigest()), "wb") as f:
                f.write(piece)
            self.count[fuzzer] = self.count.get(fuzzer, 0) + 1


def golden_cases(source):
    sys.path.insert(0, os.path.join(source, "tests", "golden"))
    import run_golden  # the golden runner's own parser: one reading of the format
    folder = os.path.join(source, "tests", "golden")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".test"):
            yield from run_golden.parse_test_file(os.path.join(folder, name), name)


C_LITERAL = re.compile(r'(?:constexpr\s+)?(?:const\s+)?(?:char\s*\*|char\s+\w+\[\]|std::string_view|std::string)\s*'
                       r'(?:const\s+)?(\w+)\s*=\s*((?:\s*(?:R"\((?:.|\n)*?\)"|"(?:[^"\\\n]|\\.)*"))+)\s*;')
PIECE = re.compile(r'R"\(((?:.|\n)*?)\)"|"((?:[^"\\\n]|\\.)*)"')


def c_literals(path):
    """(name, text) of every string constant in a C++ test file."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    for m in C_LITERAL.finditer(source):
        text = ""
        for raw, cooked in PIECE.findall(m.group(2)):
            text += raw if raw else cooked.encode("latin-1", "backslashreplace").decode("unicode_escape")
        yield m.group(1), text


def main(argv):
    source, out = argv[1], argv[2]
    casus = argv[3] if len(argv) > 3 else None
    seeds = Corpora(out)
    inputs = []
    for case in golden_cases(source):
        fmt = "text"
        if "--input-format" in case.args:
            fmt = case.args[case.args.index("--input-format") + 1]
        inputs.append(case.input)
        seeds.add("fuzz_pipeline", case.input)
        seeds.add("fuzz_text_reader", case.input)
        seeds.add("fuzz_lines_reader", b"\0" + case.input)  # even first byte: default limits
        seeds.add({"jsonl": "fuzz_jsonl_reader", "html": "fuzz_html_reader"}.get(fmt, "fuzz_lines_reader"),
                  b"\0" + case.input)
    for name in sorted(os.listdir(os.path.join(source, "tests", "data"))):
        if not name.endswith(".jsonl"):  # folders (dict_lint/) and other data are not reader input
            continue
        with open(os.path.join(source, "tests", "data", name), "rb") as f:
            data = f.read()
        seeds.add("fuzz_jsonl_reader", b"\0" + data)
        seeds.add("fuzz_lines_reader", b"\0" + data)

    for name in sorted(os.listdir(os.path.join(source, "tests", "unit"))):
        path = os.path.join(source, "tests", "unit", name)
        for var, text in c_literals(path):
            if name.startswith("foreign_"):
                kinds = [k for k in DICT_KINDS if k.startswith("tabari" if "tabari" in name else "petrarch")]
                for kind in kinds:
                    seeds.add("fuzz_dictionary", bytes([DICT_KINDS[kind]]) + text.encode("utf-8"))
            elif name.startswith("text_html"):
                seeds.add("fuzz_html_reader", b"\0" + text.encode("utf-8"))
            elif name.startswith("text_"):
                seeds.add("fuzz_pipeline", text)
            if '"doc"' in text:
                seeds.add("fuzz_eval_events", text)

    dict_dir = os.path.join(source, "data", "dict")
    for root, _, files in os.walk(dict_dir):
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(root, name), "rb") as f:
                data = f.read(3 * SEED_BYTES)
            folder = os.path.basename(root)
            kind = {"actors": "native_actors", "verbs": "native_verbs"}.get(
                folder, "native_agents" if name == "agents.txt" else "native_discards")
            # Whole lines only, so every seed starts well-formed.
            lines = data.split(b"\n")[:-1]
            for start in range(0, len(lines), 60):
                chunk = b"\n".join(lines[start:start + 60]) + b"\n"
                seeds.add("fuzz_dictionary", bytes([DICT_KINDS[kind]]) + chunk[:SEED_BYTES - 1])
                seeds.add("fuzz_entry_line", chunk)

    # Request targets of the API tests (the plain string literals; the
    # f-strings' fixed parts too) for the serve fuzzer.
    with open(os.path.join(source, "tests", "web", "api_test.py"), encoding="utf-8") as f:
        for target in sorted(set(re.findall(r'"(/api/[^"{]*)', f.read()))):
            seeds.add("fuzz_serve_params", target)

    if casus:
        result = subprocess.run([casus, "code", "--input-format", "lines", "--date", "2024-01-01"],
                                input=b"".join(inputs), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        lines = result.stdout.split(b"\n")
        for start in range(0, len(lines), 4):
            seeds.add("fuzz_eval_events", b"\n".join(lines[start:start + 4]))
    for fuzzer in sorted(seeds.count):
        print("%s: %d seeds" % (fuzzer, seeds.count[fuzzer]))


if __name__ == "__main__":
    main(sys.argv)
