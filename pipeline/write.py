"""Rows out: every table as Parquet and CSV with the columns of ``schema``.

Empty tables are still written, typed, so consumers can rely on every file
being there. The final tables of a big run are assembled from the committed
parts (see :mod:`pipeline.manifest`) one part at a time, and CSV is made from
the Parquet in record batches, so no step holds a whole table unless a
corpus-level ``resolve`` asks for it.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator, MutableMapping
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from pipeline.manifest import Part
from pipeline.models import Document
from pipeline.schema import TABLES, arrow_schema, columns, datapackage

_BUFFER_ROWS = 50_000  # rows gathered before a Parquet row group is written during assembly


def rows_of(doc: Document) -> dict[str, list[dict[str, Any]]]:
    """All rows one document contributes, keyed by table."""
    record = _columns_of(doc, "documents")
    record["n_blocks"] = len(doc.blocks)
    record["n_footnotes"] = len(doc.footnotes)
    rows: dict[str, list[dict[str, Any]]] = {"documents": [record]}
    rows["blocks"] = [{"doc_id": doc.doc_id, **_columns_of(b, "blocks")} for b in doc.blocks]
    rows["footnotes"] = [{"doc_id": doc.doc_id, **_columns_of(f, "footnotes")} for f in doc.footnotes]
    for table, items in doc.items.items():
        rows[table] = items
    return rows


def _columns_of(obj: Any, table: str) -> dict[str, Any]:
    """The fields of a dataclass ``obj`` that are columns of ``table``, read as they are: ``asdict``
    deep-copies every field first, and a document's fields hold all its blocks and rows."""
    return {name: getattr(obj, name) for name in _shared_fields(type(obj), table)}


@lru_cache(maxsize=None)
def _shared_fields(cls: type, table: str) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.name in columns(table))


_PANDAS_TYPES = {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype(), pa.float64(): pd.Float64Dtype()}


def arrow_table(table: str, rows: Iterable[dict[str, Any]]) -> pa.Table:
    """Rows as an Arrow table with exactly the table's columns; raises on a value of the wrong type.
    Built column by column: one list per column costs far less than a dict per row."""
    rows = rows if isinstance(rows, list) else list(rows)
    return pa.Table.from_pydict({c: [r.get(c) for r in rows] for c in columns(table)}, schema=arrow_schema(table))


def frame(table: str, rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """A DataFrame with exactly the table's columns, in order, typed."""
    return to_frame(arrow_table(table, rows))


def to_frame(arrow: pa.Table) -> pd.DataFrame:
    return arrow.to_pandas(types_mapper=_PANDAS_TYPES.get)


def _from_frame(table: str, df: pd.DataFrame) -> pa.Table:
    return pa.Table.from_pandas(df[columns(table)], schema=arrow_schema(table), preserve_index=False)


def write_tables(frames: dict[str, pd.DataFrame], out: Path) -> None:
    """All tables at once from in-memory frames (small runs and tests)."""
    out.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        df = frames.get(table)
        arrow = _from_frame(table, df) if df is not None else arrow_table(table, [])
        atomic_write(out / f"{table}.parquet", lambda p: pq.write_table(arrow, p))
        write_csv(out, table)
    write_datapackage(out)


def write_datapackage(out: Path) -> None:
    atomic_write(out / "datapackage.json", lambda p: p.write_text(json.dumps(datapackage(), ensure_ascii=False, indent=2), encoding="utf-8"))


def write_csv(out: Path, table: str) -> None:
    """``<table>.csv`` from ``<table>.parquet``, one record batch at a time (Arrow's C++ writer: the
    CSV of a big corpus is written in seconds, never held whole)."""

    def stream(path: Path) -> None:
        source = pq.ParquetFile(out / f"{table}.parquet")
        options = pa_csv.WriteOptions(quoting_style="needed")
        with pa_csv.CSVWriter(path, source.schema_arrow, write_options=options) as writer:
            for batch in source.iter_batches(batch_size=_BUFFER_ROWS):
                writer.write_batch(batch)

    atomic_write(out / f"{table}.csv", stream)


def atomic_write(path: Path, write: Callable[[Path], Any]) -> None:
    """Write beside, fsync, then rename: a reader (or a crash) never sees half a table."""
    tmp = path.with_name(path.name + ".tmp")
    write(tmp)
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    tmp.replace(path)


def read_tables(out: Path) -> dict[str, pd.DataFrame]:
    """Read back what ``write_tables`` wrote (Parquet is the source of truth)."""
    return {t: to_frame(pq.read_table(out / f"{t}.parquet")) for t in TABLES if (out / f"{t}.parquet").exists()}


def assemble(out: Path, order: list[tuple[Part, str]]) -> None:
    """Final ``<table>.parquet`` from the parts, documents in ``order``.

    Output order depends only on ``order`` (input order), never on which part
    a document's rows happen to sit in, so an interrupted-and-resumed run and a
    clean run write the same tables. Consecutive documents usually share a
    part, so each part file is read about once per table.
    """
    out.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        atomic_write(out / f"{table}.parquet", lambda p: _assemble_table(p, table, order))


def _assemble_table(target: Path, table: str, order: list[tuple[Part, str]]) -> None:
    schema = arrow_schema(table)
    with pq.ParquetWriter(target, schema) as writer:
        loaded: tuple[str, pa.Table | None, dict[str, tuple[int, int]]] | None = None
        buffer: list[pa.Table] = []
        buffered = 0
        for part, rel in order:
            if loaded is None or loaded[0] != part.part_id:
                path = part.table_path(table)
                loaded = (part.part_id, pq.read_table(path, schema=schema) if path.exists() else None, part.offsets(table))
            _, rows, offsets = loaded
            start, n = offsets[rel]
            if n and rows is not None:
                buffer.append(rows.slice(start, n))
                buffered += n
            if buffered >= _BUFFER_ROWS:
                writer.write_table(pa.concat_tables(buffer))
                buffer, buffered = [], 0
        if buffer:
            writer.write_table(pa.concat_tables(buffer))


class LazyFrames(MutableMapping[str, pd.DataFrame]):
    """The corpus's tables as the ``frames`` dict a ``resolve`` step expects, read only when asked for.

    A resolver that needs ``references`` and ``documents`` never pulls the
    (much larger) ``blocks`` table into memory. Tables it read or replaced are
    the ones written back.
    """

    def __init__(self, out: Path) -> None:
        self._out = out
        self._loaded: dict[str, pd.DataFrame] = {}

    def __getitem__(self, table: str) -> pd.DataFrame:
        if table not in self._loaded:
            path = self._out / f"{table}.parquet"
            if table not in TABLES or not path.exists():
                raise KeyError(table)
            self._loaded[table] = to_frame(pq.read_table(path))
        return self._loaded[table]

    def __setitem__(self, table: str, df: pd.DataFrame) -> None:
        self._loaded[table] = df

    def __delitem__(self, table: str) -> None:
        raise TypeError("output tables cannot be deleted")

    def __iter__(self) -> Iterator[str]:
        return iter(TABLES)

    def __len__(self) -> int:
        return len(TABLES)

    def __contains__(self, table: object) -> bool:
        return table in TABLES

    def touched(self) -> list[str]:
        return list(self._loaded)

    def write_back(self) -> None:
        """Rewrite the tables a resolver read (it may have changed them in place)."""
        for table, df in self._loaded.items():
            if table in TABLES:
                arrow = _from_frame(table, df)
                atomic_write(self._out / f"{table}.parquet", lambda p: pq.write_table(arrow, p))
