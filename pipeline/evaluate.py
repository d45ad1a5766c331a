"""``vnreport evaluate``: score output tables against the hand-checked gold.

Every extractor is judged by the numbers printed here, so the matching rules
are the ones ``shared/gold/README.md`` fixes and nothing looser: items are
multisets per document and per ``where``, keyed as the README says; attribute
accuracy is counted on matched pairs only, so a missed item never counts
twice. Footnotes are matched by their number by order, on text and anchor.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from posixpath import basename
from typing import Any, Callable, Iterable

import pandas as pd
import regex

from pipeline.models import Document, Footnote
from pipeline.normalize import clean, fold, key
from pipeline.schema import EXTRACTED_TABLES, SPAN, TABLES
from pipeline.write import frame, read_tables, rows_of

FIELDS = ("footnotes", "references", "dates", "figures", "places")
# Where each item field lives in the output: table and row filter.
SOURCE_TABLE = {"references": "references", "dates": "dates", "figures": "figures", "places": "entities"}
# Attributes scored on matched pairs (gold README); places' type is informative only.
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "references": ("date", "issuing_body"),
    "figures": ("unit", "denominator", "qualifier", "counted"),
    "places": ("type",),
}
CONTEXT = 60  # characters of context either side in --diff
_DASHES = regex.compile(r"[\u2010-\u2015\u2212]")
_SPACE = regex.compile(r"\s+")


# -- values -------------------------------------------------------------

def present(value: Any) -> Any:
    """Table cells carry ``pd.NA``/NaN for null; gold carries ``None``."""
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def collapse(text: str) -> str:
    """Clean (NFC, ``Ð``→``Đ``, odd spaces) and whitespace-collapsed, case kept."""
    return _SPACE.sub(" ", clean(text)).strip()


def symbol_key(symbol: str) -> str:
    """SPEC §2 symbols compare without spaces, with one dash and ``Đ`` U+0110."""
    return _DASHES.sub("-", _SPACE.sub("", clean(symbol)))


def same_number(a: Any, b: Any) -> bool:
    """Figure values compare numerically; the tolerance only absorbs float noise."""
    a, b = present(a), present(b)
    if a is None or b is None:
        return a is None and b is None
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def same_text(a: Any, b: Any) -> bool:
    a, b = present(a), present(b)
    if a is None or b is None:
        return a is None and b is None
    return key(str(a)) == key(str(b))


def same_exact(a: Any, b: Any) -> bool:
    a, b = present(a), present(b)
    if a is None or b is None:
        return a is None and b is None
    return str(a) == str(b)


def same_type(gold: Any, out: Any) -> bool:
    """Gold types a bare unit name it cannot settle as ``xã/phường``: either is right."""
    gold, out = present(gold), present(out)
    if gold is None or out is None:
        return gold is None and out is None
    return key(str(out)) in {key(str(gold)), *(key(t) for t in str(gold).split("/"))}


def same_phrase(gold: Any, out: Any) -> bool:
    """What a figure counts is a phrase the gold writes in its own words (``tổng số tiền quà``
    for ``… tổng số tiền quà hơn 575 triệu đồng``): it agrees when the words the two share are at
    least half of each side's (word F1 ≥ 0.5, words compared folded)."""
    gold, out = present(gold), present(out)
    if gold is None or out is None:
        return gold is None and out is None
    g, o = Counter(key(str(gold)).split()), Counter(key(str(out)).split())
    shared = sum((g & o).values())
    return bool(shared) and 2 * shared / (sum(g.values()) + sum(o.values())) >= 0.5


# Called as (gold value, output value).
ATTRIBUTE_EQUAL: dict[str, Callable[[Any, Any], bool]] = {
    "date": same_exact,
    "issuing_body": same_text,
    "unit": same_text,
    "denominator": same_number,
    "qualifier": same_exact,
    "type": same_type,
    "counted": same_phrase,
}


def item_key(field_name: str, item: dict[str, Any]) -> tuple[Any, ...]:
    """The gold README's key for one item (gold entry or output row alike)."""
    if field_name == "references":
        symbol = present(item.get("symbol"))
        if symbol:
            return ("symbol", symbol_key(str(symbol)))
        name = present(item.get("name"))
        return ("name", key(str(name if name else item.get("text", ""))))
    if field_name == "dates":
        return tuple(present(item.get(k)) for k in ("kind", "start", "end"))
    if field_name == "figures":
        value = present(item.get("value"))
        return (present(item.get("kind")), None if value is None else float(value))
    if field_name == "places":
        return (key(str(present(item.get("name")) or "")),)
    raise ValueError(f"no key for field {field_name!r}")


def same_key(field_name: str, a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    if field_name == "figures":
        return a[0] == b[0] and a[1] is not None and b[1] is not None and same_number(a[1], b[1])
    return a == b


# -- matching -----------------------------------------------------------

@dataclass
class Item:
    """One gold entry or output row, reduced to what matching needs."""

    where: str
    key: tuple[Any, ...]
    attrs: dict[str, Any]
    text: str
    context: str = ""
    block_id: int | None = None
    char_start: int | None = None


@dataclass
class Score:
    """Counts for one field; rates are derived so sums stay exact."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    attributes: dict[str, list[int]] = field(default_factory=dict)  # name -> [correct, compared]

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        for name, (ok, n) in other.attributes.items():
            counts = self.attributes.setdefault(name, [0, 0])
            counts[0] += ok
            counts[1] += n

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.tp + self.fn,
            "output": self.tp + self.fp,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "attributes": {
                name: {"correct": ok, "compared": n, "accuracy": ok / n if n else None}
                for name, (ok, n) in self.attributes.items()
            },
        }


@dataclass
class FieldResult:
    score: Score
    missed: list[Item]
    spurious: list[Item]
    wrong: list[tuple[Item, Item, list[str]]]  # gold, output, attributes that differ


def match_items(field_name: str, gold: list[Item], output: list[Item]) -> FieldResult:
    """Multiset matching within each ``where``, in document order on both sides."""
    score = Score(attributes={a: [0, 0] for a in ATTRIBUTES.get(field_name, ())})
    missed: list[Item] = []
    wrong: list[tuple[Item, Item, list[str]]] = []
    free: dict[str, list[Item]] = defaultdict(list)
    for item in output:
        free[item.where].append(item)
    for g in gold:
        candidates = free[g.where]
        hit = next((i for i, o in enumerate(candidates) if same_key(field_name, g.key, o.key)), None)
        if hit is None:
            missed.append(g)
            score.fn += 1
            continue
        o = candidates.pop(hit)
        score.tp += 1
        differ = []
        for name in ATTRIBUTES.get(field_name, ()):
            ok = ATTRIBUTE_EQUAL[name](g.attrs.get(name), o.attrs.get(name))
            score.attributes[name][0] += ok
            score.attributes[name][1] += 1
            if not ok:
                differ.append(name)
        if differ:
            wrong.append((g, o, differ))
    spurious = [o for items in free.values() for o in items]
    score.fp = len(spurious)
    return FieldResult(score, missed, spurious, wrong)


# -- reading both sides -------------------------------------------------

def snippet(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    """``…left⟦item⟧right…`` on one line, for a developer's eye."""
    left, item, right = (_SPACE.sub(" ", part) for part in
                         (text[max(0, start - width):start], text[start:end], text[end:end + width]))
    return (("…" if start > width else "") + left + "⟦" + item + "⟧" + right
            + ("…" if end + width < len(text) else ""))


def locate(text: str, blocks: Iterable[tuple[str, str]], where: str, nth: int = 0) -> str:
    """Context for a missed gold item: its ``nth`` occurrence in the output's blocks."""
    words = fold(clean(text)).split()
    if not words:
        return ""
    pattern = regex.compile(r"\s+".join(regex.escape(w) for w in words))
    seen = 0
    for block_where, block_text in blocks:
        if block_where != where:
            continue
        for found in pattern.finditer(fold(block_text)):
            if seen == nth:
                return snippet(block_text, found.start(), found.end())
            seen += 1
    return f"(not in output blocks) {_SPACE.sub(' ', text)}"


@dataclass
class DocTables:
    """One output document's rows, grouped the way evaluation reads them."""

    doc_id: str | None
    blocks: dict[int, dict[str, Any]]
    footnotes: dict[int, dict[str, Any]]
    items: dict[str, list[dict[str, Any]]]


def records(df: pd.DataFrame | None) -> list[dict[str, Any]]:
    if df is None or df.empty:
        return []
    return [{k: present(v) for k, v in row.items()} for row in df.to_dict("records")]


def split_by_doc(tables: dict[str, pd.DataFrame]) -> dict[str, DocTables]:
    docs: dict[str, DocTables] = {}
    for row in records(tables.get("documents")):
        docs[row["doc_id"]] = DocTables(row["doc_id"], {}, {}, {f: [] for f in SOURCE_TABLE})
    for row in records(tables.get("blocks")):
        if row["doc_id"] in docs:
            docs[row["doc_id"]].blocks[int(row["block_id"])] = row
    for row in records(tables.get("footnotes")):
        if row["doc_id"] in docs:
            docs[row["doc_id"]].footnotes[int(row["footnote_no"])] = row
    for field_name, table in SOURCE_TABLE.items():
        for row in records(tables.get(table)):
            if row["doc_id"] not in docs:
                continue
            if field_name == "places" and row.get("category") != "place":
                continue
            docs[row["doc_id"]].items[field_name].append(row)
    for doc in docs.values():
        for rows in doc.items.values():
            rows.sort(key=lambda r: (r.get("block_id") or 0, r.get("char_start") or 0))
    return docs


def output_items(field_name: str, doc: DocTables, gold: dict[str, Any]) -> list[Item]:
    prose_only = field_name == "figures" and gold.get("figures_scope") == "prose"
    items = []
    for row in doc.items[field_name]:
        block = doc.blocks.get(row.get("block_id"), {})
        if prose_only and block.get("kind") == "table_cell":
            continue  # this gold does not cover tables; their figures are neither right nor wrong
        text = block.get("text") or ""
        start, end = row.get("char_start"), row.get("char_end")
        context = snippet(text, start, end) if start is not None and end is not None else str(row.get("text"))
        items.append(Item(row.get("where") or "body", item_key(field_name, row),
                          {a: row.get(a) for a in ATTRIBUTES.get(field_name, ())},
                          str(row.get("text")), context, row.get("block_id"), start))
    return items


def gold_items(field_name: str, gold: dict[str, Any], blocks: list[tuple[str, str]]) -> list[Item]:
    seen: dict[tuple[str, str], int] = defaultdict(int)
    items = []
    for g in gold.get(field_name, []):
        where, text = g.get("where", "body"), g.get("text", "")
        nth = seen[(where, key(text))]
        seen[(where, key(text))] += 1
        items.append(Item(where, item_key(field_name, g), {a: g.get(a) for a in ATTRIBUTES.get(field_name, ())},
                          text, locate(text, blocks, where, nth)))
    return items


# -- footnotes ----------------------------------------------------------

def anchor_ok(prefix: str, anchor_before: str, gap: str | None = None) -> bool:
    """The body up to the anchor ends with ``anchor_before``.

    Only whitespace may sit between them, or the gold's own recorded
    ``anchor_gap`` (Markdown emphasis a loader may keep): an anchor placed
    after the following comma or a word later is wrong.
    """
    before = collapse(prefix)
    want = collapse(anchor_before)
    if not want:
        return False
    if before.endswith(want):
        return True
    gap_text = collapse(gap or "")
    return bool(gap_text) and before.endswith(gap_text) and before[: -len(gap_text)].rstrip().endswith(want)


def footnote_problem(g: dict[str, Any], doc: DocTables | None) -> str | None:
    """Why gold footnote ``g`` is not found in the output, or None when it is."""
    n = int(g["n"])
    out = doc.footnotes.get(n) if doc else None
    if out is None:
        return f"no output footnote {n}"
    if not collapse(str(out.get("text") or "")).startswith(collapse(g["starts"])):
        return f"text starts {collapse(str(out.get('text') or ''))[:60]!r}"
    block = doc.blocks.get(out.get("anchor_block_id")) if out.get("anchor_block_id") is not None else None
    if block is None or out.get("anchor_char") is None:
        return "no anchor"
    text = str(block.get("text") or "")
    at = int(out["anchor_char"])
    if not anchor_ok(text[:at], g["anchor_before"], g.get("anchor_gap")):
        return f"anchor at {snippet(text, at, at)}"
    return None


def score_footnotes(gold: dict[str, Any], doc: DocTables | None) -> tuple[Score, list[tuple[dict[str, Any], str]], list[dict[str, Any]]]:
    score = Score()
    missed: list[tuple[dict[str, Any], str]] = []
    found: set[int] = set()
    for g in gold.get("footnotes", []):
        problem = footnote_problem(g, doc)
        if problem is None:
            score.tp += 1
            found.add(int(g["n"]))
        else:
            score.fn += 1
            missed.append((g, problem))
    spurious = [f for n, f in sorted(doc.footnotes.items()) if n not in found] if doc else []
    score.fp = len(spurious)
    return score, missed, spurious


# -- provenance -----------------------------------------------------------

def provenance(tables: dict[str, pd.DataFrame]) -> tuple[int, list[str]]:
    """Rows checked and the violations of ``text == block.text[start:end]``."""
    texts = {(r["doc_id"], int(r["block_id"])): str(r["text"] or "") for r in records(tables.get("blocks"))}
    checked, bad = 0, []
    for table in EXTRACTED_TABLES:
        for row in records(tables.get(table)):
            checked += 1
            block = texts.get((row["doc_id"], row.get("block_id")))
            start, end = row.get("char_start"), row.get("char_end")
            if block is None or start is None or end is None or block[int(start):int(end)] != row.get("text"):
                bad.append(f"{table} {row['doc_id']} block {row.get('block_id')} [{start}:{end}] {row.get('text')!r}"
                           + ("" if block is None else f" but block has {block[start or 0:end or 0]!r}"))
    return checked, bad


# -- evaluation -------------------------------------------------------------

@dataclass
class DocResult:
    file: str
    doc_id: str | None
    fields: dict[str, Score]
    missed: dict[str, list[tuple[str, str]]]  # field -> (where/label, context)
    spurious: dict[str, list[tuple[str, str]]]
    wrong: dict[str, list[str]]


@dataclass
class Evaluation:
    documents: list[DocResult]
    fields: dict[str, Score]
    checked: int
    violations: list[str]
    skipped: list[str]
    warnings: list[str]

    @property
    def overall(self) -> Score:
        total = Score()
        for score in self.fields.values():
            total.add(Score(score.tp, score.fp, score.fn))
        return total

    def as_dict(self) -> dict[str, Any]:
        return {
            "fields": {f: s.as_dict() for f, s in self.fields.items()},
            "overall": self.overall.as_dict(),
            "provenance": {"rows": self.checked, "violations": len(self.violations)},
            "documents": [
                {"file": d.file, "doc_id": d.doc_id, "fields": {f: s.as_dict() for f, s in d.fields.items()}}
                for d in self.documents
            ],
            "skipped": self.skipped,
            "warnings": self.warnings,
        }


def load_gold(folder: Path) -> list[dict[str, Any]]:
    """Every ``*.json`` with a ``file`` key; notes and other JSON are ignored."""
    golds = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("file"), str):
            golds.append(data)
    return golds


def evaluate_doc(gold: dict[str, Any], doc: DocTables | None) -> DocResult:
    blocks = [(("fn:%d" % b["footnote_no"]) if b.get("footnote_no") is not None else "body", str(b.get("text") or ""))
              for _, b in sorted(doc.blocks.items())] if doc else []
    result = DocResult(gold["file"], doc.doc_id if doc else None, {}, {}, {}, {})
    score, missed, spurious = score_footnotes(gold, doc)
    result.fields["footnotes"] = score
    result.missed["footnotes"] = [(f"fn {g['n']}", f"{problem}; gold starts {g['starts'][:60]!r} after …{g['anchor_before'][-40:]!r}")
                                  for g, problem in missed]
    result.spurious["footnotes"] = [(f"fn {f['footnote_no']}", collapse(str(f.get('text') or ''))[:CONTEXT]) for f in spurious]
    for field_name in SOURCE_TABLE:
        outcome = match_items(field_name, gold_items(field_name, gold, blocks),
                              output_items(field_name, doc, gold) if doc else [])
        result.fields[field_name] = outcome.score
        result.missed[field_name] = [(f"{i.where} {i.key}", i.context) for i in outcome.missed]
        result.spurious[field_name] = [(f"{i.where} {i.key}", i.context) for i in outcome.spurious]
        result.wrong[field_name] = [
            f"{g.where} {g.key}: " + ", ".join(f"{a} gold {g.attrs.get(a)!r} got {present(o.attrs.get(a))!r}" for a in differ)
            for g, o, differ in outcome.wrong
        ]
    return result


def evaluate(tables: dict[str, pd.DataFrame], golds: list[dict[str, Any]]) -> Evaluation:
    """Score ``tables`` against every gold file; output without gold is skipped."""
    docs = split_by_doc(tables)
    by_name: dict[str, list[str]] = defaultdict(list)
    for row in records(tables.get("documents")):
        by_name[basename(str(row["path"]))].append(row["doc_id"])
    warnings = [f"{name}: {len(ids)} documents share this file name; scored {ids[0]}"
                for name, ids in by_name.items() if len(ids) > 1 and any(g["file"] == name for g in golds)]
    results = []
    for gold in golds:
        ids = by_name.get(gold["file"])
        results.append(evaluate_doc(gold, docs[ids[0]] if ids else None))
    gold_files = {g["file"] for g in golds}
    skipped = sorted(ids[0] for name, ids in by_name.items() if name not in gold_files)
    totals = {f: Score() for f in FIELDS}
    for r in results:
        for f, s in r.fields.items():
            totals[f].add(s)
    checked, violations = provenance(tables)
    return Evaluation(results, totals, checked, violations, skipped, warnings)


# -- gold as tables (the self-check) ----------------------------------------

_SPAN_COLUMNS = {name for name, _, _ in SPAN}


def _typed(table: str, attrs: dict[str, Any]) -> dict[str, Any]:
    """Gold fields coerced to the table's column types (gold years may be text)."""
    kinds = {name: kind for name, kind, _ in TABLES[table] if name not in _SPAN_COLUMNS}
    out: dict[str, Any] = {}
    for name, value in attrs.items():
        if name not in kinds or value is None:
            continue
        kind = kinds[name]
        if kind == "integer":
            out[name] = int(value)
        elif kind == "number":
            out[name] = float(value)
        elif kind == "boolean":
            out[name] = bool(value)
        else:
            out[name] = str(value)
    return out


def gold_to_tables(gold: dict[str, Any]) -> dict[str, pd.DataFrame]:
    """Output tables that say exactly what ``gold`` says.

    Blocks are built from the gold texts: one body block per footnote anchor
    (its ``anchor_before``), one footnote block per note, and the items'
    texts appended to the block of their ``where``. Evaluating these tables
    against ``gold`` must give 1.0 everywhere — the check that the scorer
    agrees with the README before it judges anyone else.
    """
    name = gold["file"]
    doc = Document(doc_id=name, path=name, format="gold", sha256="")
    segments: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for field_name, table in SOURCE_TABLE.items():
        for g in gold.get(field_name, []):
            attrs = dict(g, category="place") if field_name == "places" else dict(g)
            segments[g.get("where", "body")].append((table, g["text"], attrs))
    notes = {int(g["n"]): g for g in gold.get("footnotes", [])}
    anchors = {n: doc.add_block("paragraph", g["anchor_before"]) for n, g in notes.items()}
    body_parts = [text for _, text, _ in segments.get("body", [])]
    body = doc.add_block("paragraph", "\n".join(body_parts)) if body_parts else None
    numbers = sorted(set(notes) | {int(w[3:]) for w in segments if w.startswith("fn:")})
    holders = {"body": body}
    for n in numbers:
        head = notes[n].get("text") or notes[n]["starts"] if n in notes else ""
        parts = [head] + [text for _, text, _ in segments.get(f"fn:{n}", [])]
        holders[f"fn:{n}"] = block = doc.add_block("footnote", "\n".join(p for p in parts if p), footnote_no=n)
        if n in notes:
            anchor = anchors[n]
            doc.footnotes.append(Footnote(n, str(notes[n].get("marker") or n), block.block_id,
                                          anchor.block_id, len(anchor.text), block.text))
    for where, items in segments.items():
        block = holders[where]
        offset = len(block.text) - len("\n".join(t for _, t, _ in items)) if items else 0
        for table, text, attrs in items:
            # dates carry `start`/`end` columns, which `Document.add` cannot take as keywords
            doc.add(table, block, offset, offset + len(text)).update(_typed(table, attrs))
            offset += len(text) + 1
    rows = rows_of(doc)
    return {t: frame(t, rows.get(t, [])) for t in TABLES}


# -- command ------------------------------------------------------------------

def _rate(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def report(result: Evaluation) -> str:
    """The human summary: one line per field, attribute accuracy, provenance."""
    lines = [f"{len(result.documents)} gold documents "
             f"({sum(d.doc_id is None for d in result.documents)} without output), "
             f"{len(result.skipped)} output documents without gold skipped",
             "",
             f"{'field':<12}{'gold':>6}{'out':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for name, score in list(result.fields.items()) + [("overall", result.overall)]:
        lines.append(f"{name:<12}{score.tp + score.fn:>6}{score.tp + score.fp:>6}{score.tp:>6}"
                     f"{_rate(score.precision):>8}{_rate(score.recall):>8}{_rate(score.f1):>8}")
    lines += ["", "attribute accuracy on matched pairs:"]
    for name, score in result.fields.items():
        for attr, (ok, n) in score.attributes.items():
            lines.append(f"  {name + '.' + attr:<24}{ok:>5}/{n:<5}{_rate(ok / n if n else None)}")
    lines += ["", f"provenance: {result.checked} rows checked, {len(result.violations)} violations"]
    lines += [f"  {v}" for v in result.violations[:20]]
    lines += ["", "per document (F1):"]
    for d in result.documents:
        per = "  ".join(f"{f[:4]} {s.tp}/{s.tp + s.fn} {_rate(s.f1)}" for f, s in d.fields.items())
        lines.append(f"  {d.file}: {per}" + ("" if d.doc_id else "  [no output document]"))
    lines += [f"warning: {w}" for w in result.warnings]
    return "\n".join(lines)


def diff(result: Evaluation) -> str:
    """Every missed and spurious item, with context, per document."""
    lines: list[str] = []
    for d in result.documents:
        lines.append(f"== {d.file}" + ("" if d.doc_id else " (no output document)"))
        for f in FIELDS:
            for label, context in d.missed.get(f, []):
                lines.append(f"  - {f} missed   {label}: {context}")
            for label, context in d.spurious.get(f, []):
                lines.append(f"  + {f} spurious {label}: {context}")
            for text in d.wrong.get(f, []):
                lines.append(f"  ~ {f} attribute {text}")
    return "\n".join(lines)


def emit(text: str) -> None:
    """Print, accepting that ``… | head`` closes the pipe early: that is normal use."""
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("output", type=Path, metavar="OUTPUT_DIR", help="folder written by `vnreport ingest`")
    parser.add_argument("--gold", type=Path, required=True, metavar="DIR", help="folder of gold JSON files")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--diff", action="store_true", help="list every missed and spurious item with context")


def main(args: argparse.Namespace) -> int:
    if not args.gold.is_dir():
        print(f"vnreport evaluate: no gold folder {args.gold}", file=sys.stderr)
        return 2
    tables = read_tables(args.output)
    if "documents" not in tables:
        print(f"vnreport evaluate: no output tables in {args.output}", file=sys.stderr)
        return 2
    golds = load_gold(args.gold)
    if not golds:
        print(f"vnreport evaluate: no gold files in {args.gold}", file=sys.stderr)
        return 2
    result = evaluate(tables, golds)
    if args.json:
        payload = result.as_dict()
        if args.diff:
            payload["diff"] = [
                {"file": d.file, "missed": d.missed, "spurious": d.spurious, "wrong": d.wrong} for d in result.documents
            ]
            payload["provenance"]["examples"] = result.violations
        emit(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        emit(report(result) + ("\n\n" + diff(result) if args.diff else ""))
    return 0
