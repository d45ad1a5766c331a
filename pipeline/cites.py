"""``vnreport cites`` and ``vnreport directive``: the researcher's questions.

"Which reports cite 25-NQ/TW, from where, when, and what did they do with it?"
The answer comes from the tables ``vnreport ingest`` wrote: ``directives``
(one row per canonical document), ``references`` (every mention, with its
relation word) and ``documents`` (date, province, issuing body of the citing
report). A query is matched to canonical documents, never to bare symbols,
because a symbol is not an identity (``59-CT/TW`` of 1995 and of 2000).
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import regex

from gazetteers.refdata import norm, type_for_word
from pipeline.query import print_frame
from pipeline.write import read_tables

# 25-NQ/TW, 25/NQ-TW, 25 - NQ / TW, 42/NQ-CP, 30/2020/NĐ-CP, after a type word or not (``Chỉ thị số 05-CT/TW``)
_SYMBOL = regex.compile(r"(?:^|\s)(\d+)\s*(?:[-/]\s*(\d{4})\s*)?[-/]\s*([^\W\d_]+)\s*[-/]\s*([\w-]+?)\s*$")
# Nghị quyết 25, Chỉ thị số 05
_SHORT = regex.compile(r"^\s*(.+?)\s+(?:số\s+)?(\d+)\s*$", regex.I)
_SENTENCE_END = regex.compile(r"[.;!?]\s")


@dataclass(frozen=True)
class Query:
    """What a researcher typed, read as the parts a document is known by."""

    number: int | None = None
    type_code: str | None = None
    issuer: str | None = None
    year: int | None = None
    name: str | None = None


def parse_query(text: str) -> Query:
    m = _SYMBOL.search(text)
    if m:
        return Query(number=int(m[1]), year=int(m[2]) if m[2] else None, type_code=norm(m[3]), issuer=norm(m[4]))
    m = _SHORT.match(text)
    if m:
        doc_type = type_for_word(m[1])
        if doc_type is not None and doc_type.code:
            return Query(number=int(m[2]), type_code=norm(doc_type.code))
    named = _NAME_YEAR.match(norm(text))  # ``Luật Ngân sách nhà nước năm 2015``: the title and its year
    if named:
        return Query(name=named[1], year=int(named[2]))
    return Query(name=norm(text))


_NAME_YEAR = regex.compile(r"^(.+?)\s+năm\s+((?:19|20)\d\d)$")


def candidates(directives: pd.DataFrame, query: Query, references: pd.DataFrame | None = None,
               written: str | None = None) -> pd.DataFrame:
    """Canonical documents the query can mean, most cited first.

    A name, or a short form no document of that type and number answers (``Đề án 06`` is Quyết định
    06/QĐ-TTg), is first looked for among the mentions written so (``written``): what the corpus
    resolved them to answers it, before any title that merely holds the words."""
    if directives.empty:
        return directives
    found = _by_parts(directives, query) if query.name is None else directives.iloc[0:0]
    if found.empty and written and references is not None and not references.empty and "name" in references:
        named = references[references["name"].fillna("").map(norm) == norm(written)]
        ids = set(named["canonical_id"].dropna())
        found = directives[directives["canonical_id"].isin(ids)].sort_values("n_citing_documents", ascending=False)
    if found.empty:
        found = _by_parts(directives, query if query.name is not None else Query(name=norm(written or "")))
    return found


def _by_parts(directives: pd.DataFrame, query: Query) -> pd.DataFrame:
    d = directives
    if query.name is not None:
        text = (d["name"].fillna("") + " " + d["title"].fillna("") + " " + d["symbol"].fillna("")).map(norm)
        mask = text.str.contains(query.name, regex=False)
        if query.year is not None:
            mask &= (d["year"].astype("Float64") == query.year) | (d["date"].fillna("").astype(str).str[:4] == str(query.year))
    else:
        number = pd.to_numeric(d["number"], errors="coerce")
        mask = (number == query.number) & (d["type_code"].fillna("").map(norm) == query.type_code)
        if query.issuer is not None:
            mask &= d["issuer_code"].fillna("").map(norm) == query.issuer
        if query.year is not None:
            mask &= d["year"].astype("Float64") == query.year
    return d[mask.fillna(False).astype(bool)].sort_values("n_citing_documents", ascending=False)


def sentence(text: str, start: int, end: int) -> str:
    """The sentence around a mention: what a researcher reads to judge it."""
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    right = _SENTENCE_END.search(text, end)
    return text[left: right.start() + 1 if right else len(text)].strip()


def citing_rows(frames: dict[str, pd.DataFrame], canonical_ids: list[str]) -> pd.DataFrame:
    refs = frames["references"]
    refs = refs[refs["canonical_id"].isin(canonical_ids) & ~refs["is_self"].fillna(False).astype(bool)]
    if refs.empty:
        return pd.DataFrame(columns=["date", "report", "province", "issuing_body", "relation", "where", "symbol", "sentence"])
    blocks = frames["blocks"].set_index(["doc_id", "block_id"])["text"]
    docs = frames["documents"].set_index("doc_id")
    rows = []
    for _, r in refs.iterrows():
        doc = docs.loc[r["doc_id"]]
        date = doc.get("issued_date") if pd.notna(doc.get("issued_date")) else doc.get("published")
        if pd.isna(date) and pd.notna(doc.get("period_end")):
            date = doc.get("period_end")
        rows.append({
            "date": None if pd.isna(date) else str(date)[:10],
            "report": doc.get("path"),
            "province": doc.get("province"),
            "issuing_body": doc.get("issuing_body"),
            "relation": r.get("relation"),
            "where": r["where"],
            "symbol": r["symbol"] if pd.notna(r["symbol"]) else r["name"],
            "sentence": sentence(blocks.loc[(r["doc_id"], r["block_id"])], int(r["char_start"]), int(r["char_end"])),
        })
    out = pd.DataFrame(rows)
    return out.sort_values(["date", "report"], na_position="last", kind="stable").reset_index(drop=True)


def describe(frames: dict[str, pd.DataFrame], canonical_id: str) -> dict[str, object]:
    """The canonical record of one document and who cites it."""
    directives = frames["directives"].set_index("canonical_id")
    record = directives.loc[canonical_id]
    cites = citing_rows(frames, [canonical_id])
    year = cites["date"].dropna().str[:4]
    edges = frames.get("citations", pd.DataFrame(columns=["citing_canonical_id", "cited_canonical_id", "relation"]))
    edges = edges[edges["citing_canonical_id"].notna()]
    implements = edges[edges["citing_canonical_id"] == canonical_id][["relation", "cited_canonical_id"]].drop_duplicates()
    implemented_by = edges[edges["cited_canonical_id"] == canonical_id][["relation", "citing_canonical_id"]].drop_duplicates()
    return {
        "record": record,
        "by_year": year.value_counts().sort_index(),
        "by_province": cites["province"].fillna("(unknown)").value_counts(),
        "implements": implements,
        "implemented_by": implemented_by,
        "n_mentions": len(cites),
    }


def _plain(value: object) -> object:
    """``describe``'s parts as JSON values: frames as lists of rows, series as mappings, NA as null."""
    if isinstance(value, pd.DataFrame):
        return [_plain(r) for r in value.to_dict("records")]
    if isinstance(value, pd.Series):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value  # numpy's bool and int as JSON's


def _tables(out: Path) -> dict[str, pd.DataFrame] | None:
    if not (out / "directives.parquet").exists():
        print(f"no tables in {out}: run `vnreport ingest ... --out {out}` first", file=sys.stderr)
        return None
    return read_tables(out)


def _show_candidates(found: pd.DataFrame) -> None:
    print(f"{len(found)} documents match; choose one with --id:")
    print_frame(found[["canonical_id", "symbol", "name", "date", "issuing_body", "term", "n_citing_documents"]], "table")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", help="a symbol (25-NQ/TW, 25/NQ-TW), a short form (Nghị quyết 25) or a name")
    parser.add_argument("--id", dest="canonical_id", help="pick one canonical document when the query is ambiguous")
    parser.add_argument("--all", action="store_true", help="cites: every document the query matches, without asking")
    parser.add_argument("--out", type=Path, default=Path("outputs"), help="folder written by `vnreport ingest`")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")


def _select(args: argparse.Namespace, allow_many: bool) -> tuple[dict[str, pd.DataFrame] | None, pd.DataFrame, int]:
    """Tables and the matching canonical documents, or the exit code that says why not."""
    frames = _tables(args.out)
    if frames is None:
        return None, pd.DataFrame(), 2
    found = candidates(frames["directives"], parse_query(args.query), frames.get("references"), args.query)
    if args.canonical_id:
        found = found[found["canonical_id"] == args.canonical_id]
    if found.empty:
        print(f"no cited document matches {args.query!r}", file=sys.stderr)
        return frames, found, 1
    if found["canonical_id"].nunique() > 1 and not allow_many:
        _show_candidates(found)
        return frames, found, 3
    return frames, found, 0


def main(args: argparse.Namespace) -> int:
    """``cites``: every citing report, with sentence, relation, date, province."""
    frames, found, code = _select(args, allow_many=args.all)
    if frames is None or code:
        return code
    print_frame(citing_rows(frames, found["canonical_id"].tolist()), args.format)
    return 0


def directive_main(args: argparse.Namespace) -> int:
    """``directive``: the canonical record, citations by year and province, links."""
    frames, found, code = _select(args, allow_many=False)
    if frames is None or code:
        return code
    info = describe(frames, found["canonical_id"].iloc[0])
    record = info["record"]
    if args.format != "table":  # for machines: the record, its counts and its links as one object
        print(json.dumps(_plain(info) | {"canonical_id": found["canonical_id"].iloc[0]}, ensure_ascii=False, default=str)
              if args.format == "json" else pd.DataFrame([_plain(record)]).to_csv(index=False), end="\n" if args.format == "json" else "")
        return 0
    print(f"{found['canonical_id'].iloc[0]}")
    for field in ("symbol", "name", "type", "date", "issuing_body", "term", "title", "in_registry", "source", "date_conflict"):
        if field in record and pd.notna(record[field]) and record[field] != "":
            print(f"  {field:13} {record[field]}")
    print(f"  cited {info['n_mentions']} times by {record.get('n_citing_documents')} reports")
    for label in ("by_year", "by_province"):
        counts = info[label]
        if len(counts):
            print(f"  {label.replace('_', ' ')}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    for label, col in (("implements", "cited_canonical_id"), ("implemented_by", "citing_canonical_id")):
        for _, e in info[label].iterrows():
            print(f"  {label.replace('_', ' ')} ({e['relation']}): {e[col]}")
    return 0
