"""What the Python tests share: the CLI to compare with and the input files.
ctest sets PYTHONPATH (the built package), CASUS_CLI, CASUS_TEST_DATA_DIR and
CASUS_SHARED_DIR (python/CMakeLists.txt)."""

import json
import os
import subprocess
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CLI = os.environ.get("CASUS_CLI", os.path.join(REPO, "build", "casus"))
TEST_DATA = os.environ.get("CASUS_TEST_DATA_DIR", os.path.join(REPO, "tests", "data"))
SHARED = os.environ.get("CASUS_SHARED_DIR", os.path.join(REPO, "..", "shared"))
SAMPLE = os.path.join(TEST_DATA, "threads_sample.jsonl")  # 41 news documents of our own


def cli_events(path, *args):
    """The JSON lines `casus code --input-format jsonl PATH` writes (exit 0 or 2: some skipped)."""
    run = subprocess.run([CLI, "code", "--threads", "1", "--input-format", "jsonl", *args, path],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=False)
    if run.returncode not in (0, 2):
        raise AssertionError(f"casus code failed ({run.returncode}): {run.stderr}")
    return run.stdout.splitlines()


def shared_corpus(name):
    """A corpus from ../shared/corpora, or skip the test when it is absent."""
    path = os.path.join(SHARED, "corpora", name)
    if not os.path.exists(path):
        raise unittest.SkipTest(f"{path} not found (the shared corpora are not part of the repository)")
    return path


def read_docs(path):
    """The documents of a JSON-lines file, leaving out lines that are not JSON (the
    sample has one, which `casus code` reports and skips)."""
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                docs.append(json.loads(line))
            except ValueError:
                continue
    return docs
