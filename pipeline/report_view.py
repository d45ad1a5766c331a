"""``vnreport report``: one report as a researcher asks about it.

"What does this report cite, and who cites it back?" took hand-written SQL
joining its own number's canonical document to everyone else's references.
Here a report is named by its path (or a unique part of it) and answered from
the tables ``vnreport ingest`` wrote: its ``documents`` row, the documents it
cites (one row per canonical document, with the relations read and how often),
and the reports and documents citing its own number.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

import pandas as pd

from pipeline.cites import citing_rows, json_value, output_tables, relation_list
from pipeline.query import print_frame

_DOCUMENT_FIELDS = ("path", "title", "own_symbol", "issued_date", "period_start", "period_end", "issuing_body",
                    "province", "status", "error")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("report", help="the report's path as ingested (or a part of it that names one report)")
    parser.add_argument("--out", type=Path, default=Path("outputs"), help="folder written by `vnreport ingest`")
    parser.add_argument("--format", choices=("table", "json"), default="table")


def find_report(documents: pd.DataFrame, query: str) -> pd.DataFrame:
    """The report ``query`` names: its exact path or doc_id, else every path holding it, compared in NFC
    (a name a Mac wrote is decomposed, a name typed is not: ``báo cáo`` found neither way before)."""
    exact = documents[(documents["path"] == query) | (documents["doc_id"] == query)]
    if len(exact):
        return exact
    paths = documents["path"].map(lambda p: unicodedata.normalize("NFC", p))
    return documents[paths.str.contains(unicodedata.normalize("NFC", query), regex=False)]


def cited(frames: dict[str, pd.DataFrame], doc_id: str) -> pd.DataFrame:
    """The documents one report cites: one row per canonical document, most mentioned first."""
    refs = frames["references"]
    refs = refs[(refs["doc_id"] == doc_id) & ~refs["is_self"].fillna(False).astype(bool) & refs["canonical_id"].notna()]
    columns = ["canonical_id", "symbol", "name", "date", "issuing_body", "relations", "mentions", "first_mention"]
    if refs.empty:
        return pd.DataFrame(columns=columns)
    directives = frames["directives"].set_index("canonical_id")
    rows = []
    for cid, group in refs.groupby("canonical_id", sort=False):
        record = directives.loc[cid] if cid in directives.index else pd.Series(dtype=object)
        rows.append({"canonical_id": cid, "symbol": record.get("symbol"), "name": record.get("name"),
                     "date": record.get("date"), "issuing_body": record.get("issuing_body"),
                     "relations": relation_list(group["relation"]), "mentions": len(group),
                     "first_mention": group["mention_id"].iloc[0]})
    return pd.DataFrame(rows, columns=columns).sort_values("mentions", ascending=False, kind="stable").reset_index(drop=True)


def own_ids(frames: dict[str, pd.DataFrame], doc_id: str) -> list[str]:
    """The canonical documents the report's own number names (its header, a news item's mention of it)."""
    refs = frames["references"]
    own = refs[(refs["doc_id"] == doc_id) & refs["is_self"].fillna(False).astype(bool)]
    return list(dict.fromkeys(own["canonical_id"].dropna()))


def main(args: argparse.Namespace) -> int:
    frames = output_tables(args.out)
    if frames is None:
        return 2
    found = find_report(frames["documents"], args.report)
    if found.empty:
        print(f"no report matches {args.report!r}", file=sys.stderr)
        return 1
    if len(found) > 1:
        print(f"{len(found)} reports match {args.report!r}; give more of the path:", file=sys.stderr)
        print_frame(found[["doc_id", "path", "title"]], "table" if args.format == "table" else args.format)
        return 3
    doc = found.iloc[0]
    ids = own_ids(frames, doc["doc_id"])
    cites = cited(frames, doc["doc_id"])
    back = citing_rows(frames, ids)
    back = back[back["doc_id"] != doc["doc_id"]]
    edges = frames.get("citations")
    by_documents = pd.DataFrame(columns=["citing_canonical_id", "relation"])
    if edges is not None and not edges.empty and ids:
        by_documents = edges[edges["cited_canonical_id"].isin(ids) & edges["citing_canonical_id"].notna()][
            ["citing_canonical_id", "relation"]].drop_duplicates()
    if args.format == "json":
        print(json.dumps({"document": json_value(doc[[f for f in _DOCUMENT_FIELDS if f in doc]]) | {"doc_id": doc["doc_id"]},
                          "own_canonical_ids": ids, "cites": json_value(cites), "cited_by_reports": json_value(back),
                          "cited_by_documents": json_value(by_documents)}, ensure_ascii=False, default=str))
        return 0
    print(doc["doc_id"])
    for field in _DOCUMENT_FIELDS[1:]:
        if field in doc and pd.notna(doc[field]) and doc[field] != "":
            print(f"  {field:13} {doc[field]}")
    print(f"  own number   {', '.join(ids) or '(none read)'}")
    print(f"\ncites {len(cites)} documents:")
    print_frame(cites.drop(columns=["first_mention"]), "table")
    print(f"\ncited by {back['doc_id'].nunique()} other reports ({len(back)} mentions):")
    print_frame(back[["date", "report", "province", "relation", "via", "mention_id"]], "table")
    for _, e in by_documents.iterrows():
        print(f"  cited by document ({e['relation']}): {e['citing_canonical_id']}")
    return 0
