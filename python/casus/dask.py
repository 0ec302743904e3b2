"""Coding with Dask: a dask.bag of documents or JSON lines, or a dask.dataframe,
coded partition by partition on any Dask scheduler (threads, processes, a
`distributed` cluster). Each worker process loads the dictionaries once
(casus.load keeps one Pipeline per process and options) and codes its
partitions without the GIL.

    import dask.bag as db, casus.dask
    lines = db.read_text("corpus-*.jsonl", blocksize="16MiB")
    casus.dask.code_jsonl_bag(lines).to_textfiles("events/*.jsonl")
"""

import casus as _casus

__all__ = ["EVENT_FIELDS", "code_bag", "code_dataframe", "code_jsonl_bag"]

# The top-level fields of an event (docs/output.md), the columns of code_dataframe.
EVENT_FIELDS = ("doc", "sentence", "date", "code", "root", "quad", "penta", "goldstein", "plover", "source",
                "target", "trigger", "sentence_text", "flags", "location")


def _code_jsonl_partition(lines, options, threads, date, on_error):
    lines = [line for line in lines if line.strip()]
    if not lines:
        return []
    text = _casus.load(**options).code_jsonl(lines, threads=threads, date=date, on_error=on_error)
    return text.splitlines()


def code_jsonl_bag(lines, threads=1, date=None, on_error="raise", **options):
    """A bag of JSON-lines documents (e.g. dask.bag.read_text) -> a bag of event JSON
    lines, each exactly as `casus code --input-format jsonl` writes it (without the
    newline). Documents should carry an "id": without one a document is numbered by
    its line within its partition, not within its file."""
    return lines.map_partitions(_code_jsonl_partition, options, threads, date, on_error)


def _code_docs_partition(docs, options, threads, date, on_error):
    docs = list(docs)
    if not docs:
        return []
    return _casus.load(**options).code_many(docs, threads=threads, date=date, on_error=on_error)


def code_bag(docs, threads=1, date=None, on_error="raise", **options):
    """A bag of documents (dicts with "text", "id", "date", ... or str) -> a bag of event dicts."""
    return docs.map_partitions(_code_docs_partition, options, threads, date, on_error)


def _code_frame_partition(frame, columns, options, threads, date, on_error):
    import pandas as pd

    records = frame[list(columns.values())].to_dict("records")
    # A missing value (None, NaN, NaT) is an absent field.
    docs = [{field: r[column] for field, column in columns.items() if not pd.isna(r[column])} for r in records]
    events = _casus.load(**options).code_many(docs, threads=threads, date=date, on_error=on_error) if docs else []
    return pd.DataFrame(events, columns=list(EVENT_FIELDS), dtype=object)


def code_dataframe(frame, text="text", id="id", date_column="date", threads=1, date=None, on_error="raise",
                   **options):
    """A dask.dataframe of documents (columns named by text/id/date_column; id and date
    may be absent) -> a dask.dataframe of events, one row per event, columns EVENT_FIELDS
    (source, target and trigger are dicts)."""
    import pandas as pd

    columns = {"text": text}
    if id in frame.columns:
        columns["id"] = id
    if date_column in frame.columns:
        columns["date"] = date_column
    meta = pd.DataFrame({name: pd.Series(dtype="object") for name in EVENT_FIELDS})
    return frame.map_partitions(_code_frame_partition, columns, options, threads, date, on_error, meta=meta)
