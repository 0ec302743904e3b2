"""casus: a political event coder (CAMEO/PLOVER) with a C++ core.

    >>> import casus
    >>> events = casus.code("Russian troops shelled the Ukrainian city of Kharkiv.", date="2024-03-01")
    >>> events[0]["code"], events[0]["source"]["code"]

Events are dicts with the fields of `casus code`'s JSON lines (docs/output.md).
The coding runs in C++ without the GIL, on as many threads as asked.
"""

import json as _json
import threading as _threading
import warnings as _warnings

from ._casus import Error, __version__
from ._casus import Pipeline as _CorePipeline

__all__ = ["Error", "Pipeline", "__version__", "code", "code_many", "load", "version"]


def version():
    """The casus version, as `casus.__version__`."""
    return __version__


def _json_default(value):
    # Dates (datetime.date, pandas.Timestamp) become YYYY-MM-DD; numpy numbers plain numbers.
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"cannot write {type(value).__name__} as a document field")


def _document_line(doc):
    if isinstance(doc, str):
        doc = {"text": doc}
    elif not isinstance(doc, dict):
        raise TypeError(f"a document is a str or a dict with 'text' (and 'id', 'date', ...), not {type(doc).__name__}")
    return _json.dumps(doc, ensure_ascii=False, default=_json_default)


class Pipeline:
    """Dictionaries and models loaded once; thread-safe, reusable for any number of calls.

    Options (all optional) are those of the CLI: dict_dir (--dict), tabari_project
    (--tabari), petrarch_dicts (--petrarch-dicts), generated_dir, keep_unreal_events
    (--include-unreal), extras, lenient (--lenient).
    """

    def __init__(self, **options):
        self.options = dict(options)
        self._core = _CorePipeline(**options)
        for problem in self._core.load_problems:
            _warnings.warn(f"casus: {problem}", stacklevel=2)

    def code_jsonl(self, lines, threads=1, date=None, on_error="raise", name="<python>"):
        """Codes JSON-lines documents (a str, bytes, or an iterable of lines) exactly as
        `casus code --input-format jsonl` does and returns the events as JSON lines (str).

        Documents without an "id" are numbered by their line in `lines`. `date` is the
        default for documents without one. on_error: "raise" (casus.Error naming every
        bad document, after the others are coded) or "skip" (a warning each).
        """
        if not isinstance(lines, (str, bytes)):
            lines = "\n".join(line.rstrip("\n") for line in lines)
        out, errors, warnings, _ = self._core.code_jsonl(lines, threads=threads, date=date or "", name=name)
        for warning in warnings:
            _warnings.warn(f"casus: {warning}", stacklevel=2)
        if errors:
            if on_error == "raise":
                raise Error("\n".join(errors))
            if on_error != "skip":
                raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}")
            for error in errors:
                _warnings.warn(f"casus: {error}", stacklevel=2)
        return out.decode("utf-8")

    def code_many(self, docs, threads=0, date=None, on_error="raise"):
        """Codes documents (dicts with "text" and optionally "id", "date", "title",
        "source", "url"; or plain str) on `threads` threads (0: every core) and returns
        every event as a dict, documents in input order. Documents without an id are
        numbered 1, 2, ... by their position."""
        lines = "\n".join(_document_line(doc) for doc in docs)
        text = self.code_jsonl(lines, threads=threads, date=date, on_error=on_error)
        return [_json.loads(line) for line in text.splitlines()]

    def code(self, text, date=None, id="1"):
        """Codes one document and returns its events as a list of dicts."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        if not text.strip():
            return []
        return self.code_many([{"id": id, "text": text, "date": date}], threads=1)


_default_lock = _threading.Lock()
_loaded = {}


def load(**options):
    """The Pipeline for these options, loaded once per process and then reused
    (what Dask workers and the module-level functions use)."""
    key = tuple(sorted(options.items()))
    with _default_lock:
        pipeline = _loaded.get(key)
        if pipeline is None:
            pipeline = _loaded[key] = Pipeline(**options)
        return pipeline


def code(text, date=None, id="1", **options):
    """Codes one document with the pipeline for `options` (see Pipeline), loaded once per process."""
    return load(**options).code(text, date=date, id=id)


def code_many(docs, threads=0, date=None, on_error="raise", **options):
    """Codes many documents on `threads` threads (0: every core); see Pipeline.code_many."""
    return load(**options).code_many(docs, threads=threads, date=date, on_error=on_error)
