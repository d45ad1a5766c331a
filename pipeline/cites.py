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

from extractors.reference_patterns import DASH
from gazetteers.refdata import canonical_code, norm, type_for_word
from pipeline.query import print_frame
from pipeline.write import read_tables

# 25-NQ/TW, 25/NQ-TW, 25 – NQ / TƯ, 42/NQ-CP, 30/2020/NĐ-CP, after a type word or not (``Chỉ thị số 05-CT/TW``)
# and with what a citation writes after it (``57-NQ/TW ngày 22/12/2024``)
_SYMBOL = regex.compile(rf"(?:^|\s)(\d+)\s*(?:[{DASH}/]\s*(\d{{4}})\s*)?[{DASH}/]\s*([^\W\d_]+)\s*[{DASH}/]\s*(\w+(?:[{DASH}]\w+)*?)\s*(?=$|[\s,;.(])")
# Nghị quyết 25, Chỉ thị số 05
_SHORT = regex.compile(r"^\s*(.+?)\s+(?:số\s+)?(\d+)\s*$", regex.I)
_SENTENCE_END = regex.compile(r"[.;!?]\s")


@dataclass(frozen=True)
class Query:
    """What a researcher typed, read as the parts a document is known by."""

    number: int | None = None
    type_code: str | None = None
    type_name: str | None = None  # a short form's type word: ``Quy định 24`` is coded QĐi, written QĐ since 2021
    issuer: str | None = None
    year: int | None = None
    name: str | None = None


def parse_query(text: str) -> Query:
    m = _SYMBOL.search(text)
    if m:
        issuer = norm(canonical_code(regex.split(f"[{DASH}]", m[4])[0]))  # the issuer, not its department (``-TNXP``)
        return Query(number=int(m[1]), year=int(m[2]) if m[2] else None, type_code=norm(m[3]), issuer=issuer)
    m = _SHORT.match(text)
    if m:
        doc_type = type_for_word(m[1])
        if doc_type is not None and doc_type.code:
            return Query(number=int(m[2]), type_code=norm(doc_type.code), type_name=doc_type.name)
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


def _typed_code(code: str) -> str:
    """A code as a keyboard without Vietnamese types it: ``24-QD/TW`` asks for 24-QĐ/TW."""
    return norm(code).replace("đ", "d")


def _by_parts(directives: pd.DataFrame, query: Query) -> pd.DataFrame:
    d = directives
    if query.name is not None:
        text = (d["name"].fillna("") + " " + d["title"].fillna("") + " " + d["symbol"].fillna("")).map(norm)
        # whole words: ``57`` is no part of 157/TB-VPCP
        mask = text.str.contains(rf"(?<!\w){regex.escape(query.name)}(?!\w)", regex=True)
        if query.year is not None:
            mask &= (d["year"].astype("Float64") == query.year) | (d["date"].fillna("").astype(str).str[:4] == str(query.year))
    else:
        number = pd.to_numeric(d["number"], errors="coerce")
        typed = d["type_code"].fillna("").map(_typed_code) == _typed_code(query.type_code or "")
        if query.type_name is not None and "type" in d:
            typed |= d["type"].fillna("") == query.type_name
        mask = (number == query.number) & typed
        if query.issuer is not None:
            mask &= d["issuer_code"].fillna("").map(_typed_code) == _typed_code(query.issuer)
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


# What a person reads first; the rest (where exactly, which mention, which canonical document) follows.
CITING_COLUMNS = ["date", "report", "province", "issuing_body", "relation", "via", "where", "symbol", "sentence",
                  "doc_id", "mention_id", "block_id", "char_start", "char_end", "text", "canonical_id"]
_TABLE_COLUMNS = ["date", "report", "province", "issuing_body", "relation", "via", "where", "symbol", "sentence", "mention_id"]


def citing_rows(frames: dict[str, pd.DataFrame], canonical_ids: list[str]) -> pd.DataFrame:
    """One row per mention citing one of ``canonical_ids``, with its report and its exact place.

    ``via`` names the document whose subject holds the mention (``Nghị quyết 03/NQ-CP … thực hiện
    Nghị quyết số 57-NQ/TW``: the report cites 03/NQ-CP, which implements 57); empty when the report
    itself cites it."""
    refs = frames["references"]
    refs = refs[refs["canonical_id"].isin(canonical_ids) & ~refs["is_self"].fillna(False).astype(bool)]
    if refs.empty:
        return pd.DataFrame(columns=CITING_COLUMNS)
    blocks = frames["blocks"].set_index(["doc_id", "block_id"])["text"]
    docs = frames["documents"].set_index("doc_id")
    edges = frames.get("citations")
    via: dict[str, str] = {}
    if edges is not None and not edges.empty:
        inner = edges[edges["citing_canonical_id"].notna()]
        via = dict(zip(inner["cited_mention_id"], inner["citing_canonical_id"]))
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
            "via": via.get(r["mention_id"]),
            "symbol": r["symbol"] if pd.notna(r["symbol"]) else r["name"],
            "sentence": sentence(blocks.loc[(r["doc_id"], r["block_id"])], int(r["char_start"]), int(r["char_end"])),
            "doc_id": r["doc_id"], "mention_id": r["mention_id"], "block_id": int(r["block_id"]),
            "char_start": int(r["char_start"]), "char_end": int(r["char_end"]), "text": r["text"],
            "canonical_id": r["canonical_id"],
        })
    out = pd.DataFrame(rows)[CITING_COLUMNS]
    return out.sort_values(["date", "report"], na_position="last", kind="stable").reset_index(drop=True)


def relation_list(values: pd.Series) -> str:
    """The relations read for a set of mentions, known ones first: ``implements,unknown``."""
    return ",".join(sorted(set(values.dropna().astype(str)), key=lambda r: (r == "unknown", r)))


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


def json_value(value: object) -> object:
    """``describe``'s parts as JSON values: frames as lists of rows, series as mappings, NA as null."""
    if isinstance(value, pd.DataFrame):
        return [json_value(r) for r in value.to_dict("records")]
    if isinstance(value, pd.Series):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value  # numpy's bool and int as JSON's


def output_tables(out: Path) -> dict[str, pd.DataFrame] | None:
    if not (out / "directives.parquet").exists():
        print(f"no tables in {out}: run `vnreport ingest ... --out {out}` first", file=sys.stderr)
        return None
    return read_tables(out)


def _show_candidates(found: pd.DataFrame, fmt: str) -> None:
    """The documents a query leaves open: a table for people, the same rows as csv/json on stdout for
    machines (what to type next then goes to stderr), so a script reads them where it reads answers."""
    columns = found[["canonical_id", "symbol", "name", "date", "issuing_body", "term", "n_citing_documents"]]
    print(f"{len(found)} documents match; choose one with --id (or --all):", file=sys.stdout if fmt == "table" else sys.stderr)
    print_frame(columns, fmt)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", help="a symbol (25-NQ/TW, 25/NQ-TW), a short form (Nghị quyết 25) or a name")
    parser.add_argument("--id", dest="canonical_id", help="pick one canonical document when the query is ambiguous")
    parser.add_argument("--all", action="store_true", help="every document the query matches, without asking")
    parser.add_argument("--out", type=Path, default=Path("outputs"), help="folder written by `vnreport ingest`")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")


def _select(args: argparse.Namespace, allow_many: bool) -> tuple[dict[str, pd.DataFrame] | None, pd.DataFrame, int]:
    """Tables and the matching canonical documents, or the exit code that says why not."""
    if not args.query.strip():
        print("an empty query matches nothing: give a symbol (25-NQ/TW), a short form (Nghị quyết 25) or a name",
              file=sys.stderr)
        return None, pd.DataFrame(), 2
    frames = output_tables(args.out)
    if frames is None:
        return None, pd.DataFrame(), 2
    found = candidates(frames["directives"], parse_query(args.query), frames.get("references"), args.query)
    if found.empty:
        print(f"no cited document matches {args.query!r}", file=sys.stderr)
        return frames, found, 1
    if args.canonical_id:
        chosen = found[found["canonical_id"] == args.canonical_id]
        if chosen.empty:
            print(f"{args.query!r} matches {found['canonical_id'].nunique()} documents, none with --id "
                  f"{args.canonical_id!r}", file=sys.stderr)
            _show_candidates(found, args.format)
            return frames, chosen, 1
        found = chosen
    if found["canonical_id"].nunique() > 1 and not allow_many:
        _show_candidates(found, args.format)
        return frames, found, 3
    return frames, found, 0


def main(args: argparse.Namespace) -> int:
    """``cites``: every citing report, with sentence, relation, date, province."""
    frames, found, code = _select(args, allow_many=args.all)
    if frames is None or code:
        return code
    rows = citing_rows(frames, found["canonical_id"].tolist())
    if rows.empty:
        own = frames["references"]
        own = own[own["canonical_id"].isin(found["canonical_id"]) & own["is_self"].fillna(False).astype(bool)]
        told = f" (it is the own number of {', '.join(sorted(set(own['doc_id'])))})" if len(own) else ""
        print(f"no report cites {args.query!r}{told}", file=sys.stderr)
    print_frame(rows if args.format != "table" else rows[_TABLE_COLUMNS], args.format)
    return 0


def directive_main(args: argparse.Namespace) -> int:
    """``directive``: the canonical record, citations by year and province, links."""
    frames, found, code = _select(args, allow_many=args.all)
    if frames is None or code:
        return code
    ids = list(dict.fromkeys(found["canonical_id"]))
    if args.format != "table":  # for machines: each record, its counts and its links as one object
        infos = [json_value(describe(frames, cid)) | {"canonical_id": cid} for cid in ids]
        if args.format == "json":
            print(json.dumps(infos if args.all else infos[0], ensure_ascii=False, default=str))
        else:
            print(pd.DataFrame([i["record"] | {"canonical_id": i["canonical_id"]} for i in infos]).to_csv(index=False), end="")
        return 0
    for n, cid in enumerate(ids):
        if n:
            print()
        _print_record(frames, cid)
    return 0


def _print_record(frames: dict[str, pd.DataFrame], canonical_id: str) -> None:
    info = describe(frames, canonical_id)
    record = info["record"]
    print(canonical_id)
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
