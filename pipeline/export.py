"""Exports for people who do not read Parquet: SQLite (Datasette, spreadsheets)
and the citation graph as GraphML (Gephi, networkx)."""
from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

import networkx as nx
import pandas as pd

from pipeline.cites import relation_list
from pipeline.write import read_tables


def to_sqlite(out: Path, target: Path) -> list[str]:
    """Every table into one SQLite file, replacing tables of the same name."""
    frames = read_tables(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(target) as con:
        for name, df in frames.items():
            df.astype(object).where(df.notna(), None).to_sql(name, con, if_exists="replace", index=False)
    return sorted(frames)


def citation_graph(frames: dict[str, pd.DataFrame]) -> nx.DiGraph:
    """Reports and cited documents as nodes. Edges (``kind``): a report ``cites`` a document (with its
    ``mentions`` and ``relations``), a document ``cites`` another its subject names (``Kế hoạch 35 …
    thực hiện Nghị quyết 01``: ``relations`` as read), and a report ``is`` the document its own number
    names, so who cites a report is one hop from it."""
    graph = nx.DiGraph()
    docs = frames["documents"]
    for _, doc in docs[docs["status"] == "ok"].iterrows():
        graph.add_node(doc["doc_id"], kind="report", title=_s(doc.get("title")), date=_s(doc.get("issued_date")),
                       symbol=_s(doc.get("own_symbol")))
    directives = frames.get("directives")
    if directives is not None:
        for _, d in directives.iterrows():
            graph.add_node(d["canonical_id"], kind="document",
                           **{k: _s(d[k]) for k in ("symbol", "name", "type", "date", "issuing_body", "title") if k in d})
    refs = frames["references"]
    refs = refs[refs["canonical_id"].notna()]
    own = refs["is_self"].fillna(False).astype(bool)
    for (doc_id, cid), group in refs[~own].groupby(["doc_id", "canonical_id"]):
        if cid not in graph:
            first = group.iloc[0]
            graph.add_node(cid, kind="document", symbol=_s(first["symbol"]), name=_s(first["name"]))
        graph.add_edge(doc_id, cid, kind="cites", mentions=len(group), relations=relation_list(group["relation"]))
    for (doc_id, cid), _group in refs[own].groupby(["doc_id", "canonical_id"]):
        if doc_id in graph and cid in graph:
            graph.add_edge(doc_id, cid, kind="is", mentions=0, relations="")
    edges = frames.get("citations")
    if edges is not None and not edges.empty:
        inner = edges[edges["citing_canonical_id"].notna() & edges["cited_canonical_id"].notna()]
        for (citing, cited), group in inner.groupby(["citing_canonical_id", "cited_canonical_id"]):
            if citing in graph and cited in graph and citing != cited:
                graph.add_edge(citing, cited, kind="cites", mentions=len(group), relations=relation_list(group["relation"]))
    return graph



def _s(value: object) -> str:
    """GraphML attributes cannot be null."""
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA else str(value)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=Path("outputs"), help="folder written by `vnreport ingest`")
    parser.add_argument("--sqlite", type=Path, help="write every table into this SQLite file")
    parser.add_argument("--graph", type=Path, help="write the citation graph to this GraphML file")


def main(args: argparse.Namespace) -> int:
    if not args.sqlite and not args.graph:
        print("vnreport export: give --sqlite FILE and/or --graph FILE.graphml", file=sys.stderr)
        return 2
    if not (args.out / "documents.parquet").exists():
        print(f"vnreport export: no tables in {args.out}", file=sys.stderr)
        return 2
    if args.sqlite:
        names = to_sqlite(args.out, args.sqlite)
        print(f"{args.sqlite}: {len(names)} tables ({', '.join(names)})")
    if args.graph:
        graph = citation_graph(read_tables(args.out))
        nx.write_graphml(graph, args.graph)
        print(f"{args.graph}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
    return 0
