"""Extracted items as a spaCy span layer over each block.

Items from different extractors overlap (a reference contains its date, an
organisation contains its place), and a view can draw only one highlight per
character. spaCy's ``SpanGroup`` holds overlapping spans, ``char_span``
aligns item offsets to tokens, and ``filter_spans`` picks the outermost ones
to draw; the inner items travel with them (tooltip, item list) instead of
being lost.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from pipeline.models import Block, Document

KINDS = ("reference", "date", "figure", "place", "organization")
_TABLE_KIND = {"references": "reference", "dates": "date", "figures": "figure"}
# What a reader needs to judge an item, by table; null values are left out.
VALUE_FIELDS: dict[str, tuple[str, ...]] = {
    "references": ("symbol", "name", "type", "date", "issuing_body", "term", "subject", "inferred", "is_self"),
    "dates": ("kind", "start", "end", "precision"),
    "figures": ("kind", "value", "value_max", "unit", "denominator", "qualifier", "counted"),
    "entities": ("name", "type", "level", "code"),
}
_TOKEN = regex.compile(r"\w+|[^\w\s]")
GROUP = "items"


@lru_cache(maxsize=1)
def _vocab() -> Vocab:
    return Vocab()


def kind_of(table: str, row: dict[str, Any]) -> str:
    if table == "entities":
        return "place" if row.get("category") == "place" else "organization"
    return _TABLE_KIND.get(table, table)


def _show(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def value_of(table: str, row: dict[str, Any]) -> str:
    """The normalized reading of an item, as ``field=value`` pairs."""
    pairs = [(k, row.get(k)) for k in VALUE_FIELDS.get(table, ())]
    return ", ".join(f"{k}={_show(v)}" for k, v in pairs if v is not None and v is not False and v != "")


def tokenize(text: str) -> Doc:
    """Words and punctuation as tokens, other whitespace kept as tokens: ``doc.text == text``."""
    words: list[str] = []
    spaces: list[bool] = []

    def between(gap: str) -> None:
        """One plain space becomes the previous token's trailing space; any other gap is a token."""
        if gap and words and gap.startswith(" "):
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)

    at = 0
    for match in _TOKEN.finditer(text):
        between(text[at:match.start()])
        words.append(match.group())
        spaces.append(False)
        at = match.end()
    between(text[at:])
    return Doc(_vocab(), words=words, spaces=spaces)


def block_doc(block: Block, items: list[tuple[str, dict[str, Any]]]) -> Doc:
    """The block as a spaCy Doc with every item in ``doc.spans["items"]``.

    Each span's label is the item's kind and its ``kb_id`` the normalized
    value, so the span alone is enough to render it.
    """
    doc = tokenize(block.text)
    spans: list[Span] = []
    for table, row in items:
        span = doc.char_span(int(row["char_start"]), int(row["char_end"]), label=kind_of(table, row),
                             kb_id=value_of(table, row), alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[GROUP] = spans
    return doc


def describe(span: Span) -> str:
    return f"{span.label_} «{span.text}» {span.kb_id_}".rstrip()


@dataclass
class Piece:
    """One drawn highlight: the outermost item and every item it overlaps."""

    start: int
    end: int
    kind: str
    covered: list[Span] = field(default_factory=list)


@dataclass
class Anchor:
    """Where a footnote marker goes in its body block."""

    start: int
    footnote_no: int
    marker: str
    preview: str

    @property
    def char(self) -> int:
        return self.start

    @property
    def end(self) -> int:
        return self.start


def pieces(doc: Doc, anchors: list[Anchor]) -> list[Piece | Anchor]:
    """Highlights and anchors in reading order; an anchor never splits a highlight."""
    group = list(doc.spans[GROUP]) if GROUP in doc.spans else []
    drawn: list[Piece | Anchor] = []
    for top in filter_spans(group):
        covered = sorted((s for s in group if s.start < top.end and s.end > top.start),
                         key=lambda s: (s.start, -(s.end - s.start)))
        drawn.append(Piece(top.start_char, top.end_char, top.label_, covered))
    highlights = [p for p in drawn if isinstance(p, Piece)]
    for anchor in anchors:
        at = min(max(anchor.start, 0), len(doc.text))
        for p in highlights:
            if p.start < at < p.end:
                at = p.end
        drawn.append(Anchor(at, anchor.footnote_no, anchor.marker, anchor.preview))
    return sorted(drawn, key=lambda p: (p.start, 0 if isinstance(p, Anchor) else 1))


def span_layer(document: Document) -> dict[int, list[Piece | Anchor]]:
    """Every block's highlights and anchors, keyed by ``block_id``."""
    by_block: dict[int, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for table, rows in document.items.items():
        for row in rows:
            by_block[row["block_id"]].append((table, row))
    anchors: dict[int, list[Anchor]] = defaultdict(list)
    for note in document.footnotes:
        if note.anchor_block_id is not None and note.anchor_char is not None:
            preview = " ".join(note.text.split())[:80]
            anchors[note.anchor_block_id].append(Anchor(note.anchor_char, note.footnote_no, note.marker or str(note.footnote_no), preview))
    return {b.block_id: pieces(block_doc(b, by_block[b.block_id]), anchors[b.block_id]) for b in document.blocks}
