"""casus.dask on a distributed LocalCluster of 2 worker processes: exactly the
events `casus code` writes for the same documents, each worker loading the
dictionaries once."""

import collections
import glob
import json
import os
import tempfile
import unittest

import casus
import casus.dask
import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from casus_test_env import SAMPLE, cli_events, read_docs, shared_corpus
from distributed import Client, LocalCluster


def pipelines_loaded():
    return len(casus._loaded)


class DaskTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        dask.config.set({"distributed.worker.daemon": False})
        cls.cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        cls.client = Client(cls.cluster)

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()

    def check_bag(self, path, blocksize):
        # Bad lines are skipped (with a warning on the worker), as `casus code` skips them.
        expected = cli_events(path)
        self.assertTrue(expected)
        lines = db.read_text(path, blocksize=blocksize)
        self.assertGreater(lines.npartitions, 2)
        with tempfile.TemporaryDirectory() as out:
            casus.dask.code_jsonl_bag(lines, on_error="skip").to_textfiles(os.path.join(out, "*.jsonl"))
            written = []
            for part in sorted(glob.glob(os.path.join(out, "*.jsonl"))):
                with open(part, encoding="utf-8") as f:
                    written.extend(line.rstrip("\n") for line in f if line.strip())
        self.assertEqual(collections.Counter(written), collections.Counter(expected))
        # Several partitions per worker, but at most one pipeline loaded in each worker process.
        loaded = self.client.run(pipelines_loaded).values()
        self.assertTrue(all(n <= 1 for n in loaded) and any(n == 1 for n in loaded), loaded)

    def test_bag_of_our_sample_gives_the_cli_events(self):
        self.check_bag(SAMPLE, blocksize=1500)

    def test_bag_of_a_shared_corpus_gives_the_cli_events(self):
        self.check_bag(shared_corpus("guardian-2019.jsonl"), blocksize=256 * 1024)

    def test_bag_of_dicts_and_dataframe(self):
        docs = read_docs(SAMPLE)
        expected = [json.loads(line) for line in cli_events(SAMPLE)]
        canonical = lambda events: collections.Counter(json.dumps(e, sort_keys=True) for e in events)  # noqa: E731

        from_bag = casus.dask.code_bag(db.from_sequence(docs, npartitions=4)).compute()
        self.assertEqual(canonical(from_bag), canonical(expected))

        frame = dd.from_pandas(pd.DataFrame(docs), npartitions=3)
        events = casus.dask.code_dataframe(frame).compute()
        self.assertEqual(list(events.columns), list(casus.dask.EVENT_FIELDS))
        self.assertEqual(canonical(events.to_dict("records")), canonical(expected))


if __name__ == "__main__":
    unittest.main()
