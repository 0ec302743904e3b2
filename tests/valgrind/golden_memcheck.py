#!/usr/bin/python3
"""valgrind's memcheck over the golden tests' inputs (issue 9, docs/robustness.md).

    golden_memcheck.py --casus build/casus [--valgrind valgrind] FILE.test...

The cases of the .test files named are grouped by their `args:` line, and each
group is coded by ONE `valgrind casus code ARGS INPUT...` run (every case's
input a file of its own; loading the dictionaries under valgrind is the slow
part). Checks memory errors and leaks only (the golden runner checks the
events): a run fails on any memcheck error, a definite, indirect or possible
leak, or an exit status other than casus's 0 and 2. Prints a line per run and
"N passed, M failed"; exits 1 on any failure.

As a ctest (`valgrind_golden`) it is skipped (status 77) unless the environment
has CASUS_VALGRIND=1: memcheck is too slow for every CI run.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "golden"))
import run_golden  # noqa: E402  the golden runner's own parser: one reading of the format

# casus's own exit statuses are 0, 1 and 2 (docs/cli.md); memcheck's is apart from them.
MEMCHECK_EXIT = 99


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--casus", required=True)
    ap.add_argument("--valgrind", default="valgrind")
    ap.add_argument("--ctest", action="store_true", help="skip (exit 77) unless CASUS_VALGRIND=1")
    ap.add_argument("files", nargs="+", help=".test files whose inputs are checked")
    args = ap.parse_args()
    if args.ctest and os.environ.get("CASUS_VALGRIND") != "1":
        print("skipped: set CASUS_VALGRIND=1 to run memcheck over the golden inputs")
        return 77

    groups = {}
    for path in args.files:
        for case in run_golden.parse_test_file(path, os.path.basename(path)):
            groups.setdefault(tuple(case.args), []).append(case)

    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="casus-memcheck-") as tmp:
        for number, (case_args, cases) in enumerate(sorted(groups.items())):
            suffix = {"jsonl": ".jsonl", "html": ".html"}.get(run_golden.input_format(list(case_args)), ".txt")
            inputs = []
            for k, case in enumerate(cases):
                inputs.append(os.path.join(tmp, "group%d_case%d%s" % (number, k, suffix)))
                with open(inputs[-1], "wb") as f:
                    f.write(case.input)
            log = os.path.join(tmp, "group%d.log" % number)
            cmd = [args.valgrind, "--error-exitcode=%d" % MEMCHECK_EXIT, "--leak-check=full",
                   "--errors-for-leak-kinds=definite,indirect,possible", "--log-file=" + log,
                   args.casus, "code", *case_args, *inputs]
            start = time.monotonic()
            proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            seconds = time.monotonic() - start
            with open(log, encoding="utf-8", errors="replace") as f:
                report = f.read()
            errors = re.search(r"ERROR SUMMARY: ([\d,]+) errors", report)
            lost = {kind: re.search(kind + r" lost: ([\d,]+) bytes", report)
                    for kind in ("definitely", "indirectly", "possibly")}
            summary = "errors %s, lost: %s" % (errors.group(1) if errors else "?", ", ".join(
                "%s %s bytes" % (kind, m.group(1) if m else "0") for kind, m in lost.items()))
            label = "%d cases, args %s" % (len(cases), " ".join(case_args))
            if proc.returncode in (0, 2) and errors and errors.group(1) == "0":
                passed += 1
                print("ok    %s (%.0f s; %s)" % (label, seconds, summary))
            else:
                failed += 1
                print("FAIL  %s: exit %d; %s" % (label, proc.returncode, summary))
                print("\n".join("      " + line for line in report.splitlines()[-60:]))
            sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
