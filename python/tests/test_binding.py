"""The pybind11 module: the same events as `casus code`, threads, errors, the GIL."""

import json
import threading
import time
import unittest
import warnings

import casus
from casus_test_env import SAMPLE, cli_events, read_docs


class BindingTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.pipeline = casus.load()
        with open(SAMPLE, encoding="utf-8") as f:
            cls.sample_text = f.read()
        cls.cli_lines = cli_events(SAMPLE)

    def test_version(self):
        self.assertRegex(casus.__version__, r"^\d+\.\d+\.\d+$")
        self.assertEqual(casus.version(), casus.__version__)

    def test_jsonl_is_byte_identical_to_cli(self):
        self.assertGreater(len(self.cli_lines), 20)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            out = self.pipeline.code_jsonl(self.sample_text, threads=1, on_error="skip", name=SAMPLE)
        self.assertEqual(out.splitlines(), self.cli_lines)
        # The sample's one broken line, reported as the CLI reports it.
        self.assertEqual([str(w.message) for w in caught if "malformed JSON" in str(w.message)],
                         [f"casus: {SAMPLE}:25: error: malformed JSON: column 3: syntax error while parsing "
                          "object key - invalid literal; last read: '{no'; expected string literal"])
        with self.assertRaises(casus.Error):
            self.pipeline.code_jsonl(self.sample_text)

    def test_code_many_gives_the_cli_events_as_dicts(self):
        events = self.pipeline.code_many(read_docs(SAMPLE), threads=2)
        self.assertEqual(events, [json.loads(line) for line in self.cli_lines])
        self.assertEqual(set(events[0]), {"doc", "sentence", "date", "code", "root", "quad", "penta", "goldstein",
                                          "plover", "source", "target", "trigger", "sentence_text", "flags",
                                          "location"})

    def test_threads_do_not_change_the_output(self):
        docs = read_docs(SAMPLE)
        one = self.pipeline.code_many(docs, threads=1)
        self.assertEqual(self.pipeline.code_many(docs, threads=2), one)
        self.assertEqual(self.pipeline.code_many(docs, threads=0), one)

    def test_code_one_text(self):
        doc = read_docs(SAMPLE)[0]
        events = casus.code(doc["text"], date=doc["date"], id=doc["id"])
        expected = [json.loads(line) for line in self.cli_lines if json.loads(line)["doc"] == doc["id"]]
        self.assertTrue(expected)
        self.assertEqual(events, expected)
        self.assertEqual(casus.code("   "), [])

    def test_plain_strings_are_numbered_by_position(self):
        docs = [d["text"] for d in read_docs(SAMPLE)[:3]]
        events = casus.code_many(docs, threads=1)
        self.assertTrue(events)
        self.assertTrue({e["doc"] for e in events} <= {"1", "2", "3"})

    def test_default_date_and_date_objects(self):
        import datetime
        text = read_docs(SAMPLE)[1]["text"]  # carries no date
        by_default = self.pipeline.code_many([text], date="2020-05-04")
        by_object = self.pipeline.code_many([{"text": text, "date": datetime.date(2020, 5, 4)}])
        self.assertTrue(by_default)
        self.assertEqual(by_default, by_object)
        self.assertEqual({e["date"] for e in by_default}, {"2020-05-04"})

    def test_bad_document_raises_with_the_readers_message_after_coding_the_rest(self):
        docs = [{"id": "a", "text": read_docs(SAMPLE)[0]["text"]}, {"id": "b", "txt": "typo"}]
        with self.assertRaises(casus.Error) as raised:
            self.pipeline.code_many(docs)
        self.assertIn('<python>:2: error: field "text" is missing', str(raised.exception))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            events = self.pipeline.code_many(docs, on_error="skip")
        self.assertTrue(events)
        self.assertTrue(any('field "text" is missing' in str(w.message) for w in caught))
        with self.assertRaises(TypeError):
            self.pipeline.code_many([42])

    def test_bad_dictionary_raises(self):
        with self.assertRaises(casus.Error) as raised:
            casus.Pipeline(dict_dir="/nonexistent/casus-dict")
        self.assertIn("/nonexistent/casus-dict", str(raised.exception))

    def test_load_is_cached_per_options(self):
        self.assertIs(casus.load(), self.pipeline)
        self.assertIsNot(casus.load(keep_unreal_events=True), self.pipeline)

    def test_events_make_a_dataframe(self):
        import pandas as pd
        events = self.pipeline.code_many(read_docs(SAMPLE))
        frame = pd.DataFrame(events)
        self.assertEqual(len(frame), len(self.cli_lines))
        self.assertIn("code", frame.columns)

    def test_the_gil_is_released_while_coding(self):
        # While another thread is inside code_jsonl, this thread keeps running Python.
        big = "".join(json.dumps(doc) + "\n" for doc in read_docs(SAMPLE)) * 30
        inside = threading.Event()
        done = threading.Event()

        def work():
            inside.set()
            self.pipeline.code_jsonl(big, threads=1)
            done.set()

        worker = threading.Thread(target=work)
        worker.start()
        inside.wait()
        observed_running = 0
        while not done.is_set():
            observed_running += 1
            time.sleep(0.001)
        worker.join()
        # Holding the GIL for the whole call would allow at most one observation.
        self.assertGreater(observed_running, 3)


if __name__ == "__main__":
    unittest.main()
