#!/usr/bin/python3
"""Codes JSON-lines corpora with Dask and writes the events as JSON lines.

    PYTHONPATH=build/python /usr/bin/python3 python/examples/dask_code_corpus.py \
        --workers 2 --out /tmp/events corpus.jsonl [more.jsonl ...]

Without --scheduler it starts a LocalCluster of --workers processes; with
--scheduler tcp://HOST:8786 it uses a running `distributed` cluster (every
worker needs the casus package importable, see docs/python.md). The output
files together hold exactly the lines `casus code --input-format jsonl` writes
for the same files, in partition order.
"""

import argparse
import glob
import os
import time

import dask.bag as db
from distributed import Client, LocalCluster

import casus.dask


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="+", help="JSON-lines files (globs allowed)")
    parser.add_argument("--out", required=True, help="folder for the event files (created)")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="local worker processes")
    parser.add_argument("--scheduler", help="address of a running distributed scheduler")
    parser.add_argument("--blocksize", default="4MiB", help="bytes of input per partition")
    args = parser.parse_args()

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None))
    start = time.monotonic()
    lines = db.read_text(args.corpora, blocksize=args.blocksize)
    os.makedirs(args.out, exist_ok=True)
    casus.dask.code_jsonl_bag(lines).to_textfiles(os.path.join(args.out, "part-*.jsonl"))
    seconds = time.monotonic() - start
    events = 0
    for part in glob.glob(os.path.join(args.out, "part-*.jsonl")):
        with open(part, encoding="utf-8") as f:
            events += sum(1 for _ in f)
    print(f"{lines.npartitions} partitions, {events} events in {seconds:.1f} s -> {args.out}")
    client.close()


if __name__ == "__main__":
    main()
