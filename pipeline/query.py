"""Queries over what ``vnreport ingest`` wrote: DuckDB views on the Parquet files.

DuckDB reads Parquet in place, so a researcher's SQL runs on an archive-sized
output without loading it into memory first.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import pandas as pd
import regex

# SQL keywords that are also our table names get a plain alias as well.
ALIASES = {"references": "refs"}


def connect(out: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory database with one view per table file in ``out``."""
    tables = sorted(out.glob("*.parquet"))
    if not tables:
        raise FileNotFoundError(f"no tables in {out}: run `vnreport ingest ... --out {out}` first")
    con = duckdb.connect()
    for path in tables:
        for name in {path.stem, ALIASES.get(path.stem, path.stem)}:
            con.execute(f'CREATE VIEW "{name}" AS SELECT * FROM read_parquet(\'{_quote(path)}\')')
    return con


def _quote(path: Path) -> str:
    return str(path.resolve()).replace("'", "''")


def sql(out: Path, query: str) -> pd.DataFrame:
    return connect(out).execute(query).df()


def print_frame(df: pd.DataFrame, fmt: str) -> None:
    if fmt == "csv":
        df.to_csv(sys.stdout, index=False)
    elif fmt == "json":
        print(df.to_json(orient="records", force_ascii=False, date_format="iso"))
    else:
        print(text_table(df) if len(df) else "(no rows)")


def text_table(df: pd.DataFrame, width: int = 70) -> str:
    """Left-aligned columns, long cells cut with an ellipsis: sentences read left to right."""
    def cell(value: object) -> str:
        text = "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
        return text if len(text) <= width else text[: width - 1] + "…"

    cols = [str(c) for c in df.columns]
    rows = [[cell(v) for v in row] for row in df.itertuples(index=False)]
    widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", help='SQL over the tables, e.g. "SELECT symbol, count(*) FROM refs GROUP BY 1"')
    parser.add_argument("--out", type=Path, default=Path("outputs"), help="folder written by `vnreport ingest`")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")


def main(args: argparse.Namespace) -> int:
    try:
        print_frame(sql(args.out, args.query), args.format)
    except (duckdb.Error, FileNotFoundError) as exc:
        hint = ""
        if isinstance(exc, duckdb.ParserException) and regex.search(r"(?i)\breferences\b", args.query):
            hint = '\n(REFERENCES is an SQL keyword: the table is also `refs`, or write "references" in double quotes)'
        print(f"vnreport sql: {exc}{hint}", file=sys.stderr)
        return 2
    return 0
