"""Rows out: every table as Parquet and CSV with the columns of ``schema``.

Empty tables are still written, typed, so consumers can rely on every file
being there.
"""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any, Iterable

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.models import Document
from pipeline.schema import TABLES, arrow_schema, columns, datapackage


def rows_of(doc: Document) -> dict[str, list[dict[str, Any]]]:
    """All rows one document contributes, keyed by table."""
    record = {k: v for k, v in asdict(doc).items() if k in columns("documents")}
    record["n_blocks"] = len(doc.blocks)
    record["n_footnotes"] = len(doc.footnotes)
    rows: dict[str, list[dict[str, Any]]] = {"documents": [record]}
    rows["blocks"] = [
        {"doc_id": doc.doc_id, **{k: v for k, v in asdict(b).items() if k in columns("blocks")}}
        for b in doc.blocks
    ]
    rows["footnotes"] = [
        {"doc_id": doc.doc_id, **{k: v for k, v in asdict(f).items() if k in columns("footnotes")}}
        for f in doc.footnotes
    ]
    for table, items in doc.items.items():
        rows[table] = items
    return rows


_PANDAS_TYPES = {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype(), pa.float64(): pd.Float64Dtype()}


def frame(table: str, rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """A DataFrame with exactly the table's columns, in order, typed."""
    arrow = pa.Table.from_pylist([{c: r.get(c) for c in columns(table)} for r in rows], schema=arrow_schema(table))
    return arrow.to_pandas(types_mapper=_PANDAS_TYPES.get)


def write_tables(frames: dict[str, pd.DataFrame], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        df = frames.get(table)
        if df is None:
            df = frame(table, [])
        arrow = pa.Table.from_pandas(df[columns(table)], schema=arrow_schema(table), preserve_index=False)
        _atomic(out / f"{table}.parquet", lambda p: pq.write_table(arrow, p))
        _atomic(out / f"{table}.csv", lambda p: df[columns(table)].to_csv(p, index=False, encoding="utf-8"))
    _atomic(out / "datapackage.json", lambda p: p.write_text(json.dumps(datapackage(), ensure_ascii=False, indent=2), encoding="utf-8"))


def _atomic(path: Path, write: Any) -> None:
    """Write beside, then rename: a reader never sees half a table."""
    tmp = path.with_name(path.name + ".tmp")
    write(tmp)
    tmp.replace(path)


def read_tables(out: Path) -> dict[str, pd.DataFrame]:
    """Read back what ``write_tables`` wrote (Parquet is the source of truth)."""
    return {t: pq.read_table(out / f"{t}.parquet").to_pandas(types_mapper=_PANDAS_TYPES.get) for t in TABLES if (out / f"{t}.parquet").exists()}
