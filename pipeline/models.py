"""The one document object that flows load → normalize → segment → extract → resolve → write.

Loaders fill ``Document.blocks`` and ``Document.footnotes``; extractors only add
rows through :meth:`Document.add`, which cuts ``text`` from the block itself so
that provenance (block text sliced at ``[char_start:char_end]`` equals ``text``)
holds by construction rather than by each extractor's care.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from pipeline.normalize import fold

BLOCK_KINDS = ("heading", "paragraph", "list_item", "table_cell", "footnote")


@dataclass
class Block:
    """A unit of text the reader sees as one piece: a paragraph, a cell, a note."""

    block_id: int
    kind: str
    text: str
    page: int | None = None
    page_label: str | None = None  # the page number as printed (PDF), which may differ from ``page``
    footnote_no: int | None = None
    table_no: int | None = None
    row: int | None = None
    col: int | None = None
    ocr: bool = False

    @property
    def where(self) -> str:
        """SPEC location: ``body`` or ``fn:N``; gold files compare within it."""
        return f"fn:{self.footnote_no}" if self.footnote_no is not None else "body"

    def derived(self, make: Callable[["Block"], str]) -> str:
        """``make(self)``, a form of the text computed once and shared by every extractor.

        Dates, figures, references and entities each match on a folded form of
        the same text; keeping it on the block folds each block once. The memo
        is keyed on the text object, so replacing ``text`` never reads a stale
        form, and ``make`` must be a module-level function (it is the key).
        """
        memo: dict[Callable[[Block], str], tuple[str, str]] = self.__dict__.setdefault("_derived", {})
        hit = memo.get(make)
        if hit is not None and hit[0] is self.text:
            return hit[1]
        value = make(self)
        memo[make] = (self.text, value)
        return value

    @property
    def folded(self) -> str:
        """``normalize.fold(text)``, once per block (read most of all: its own slot, no memo lookup)."""
        hit = self.__dict__.get("_folded")
        if hit is not None and hit[0] is self.text:
            return hit[1]
        value = fold(self.text)
        self.__dict__["_folded"] = (self.text, value)
        return value

    def __getstate__(self) -> dict[str, Any]:
        """Workers send blocks between processes: the memo is cheaper to rebuild than to ship."""
        state = dict(self.__dict__)
        state.pop("_derived", None)
        state.pop("_folded", None)
        return state


@dataclass
class Footnote:
    """A note and the place in the body that points at it.

    ``footnote_no`` counts by order (1, 2, …) because printed markers can be
    wrong in real documents; ``marker`` keeps what was printed.
    """

    footnote_no: int
    marker: str
    block_id: int
    anchor_block_id: int | None
    anchor_char: int | None
    text: str
    anchor_reliable: bool = True


@dataclass
class Document:
    """Everything known about one input file, including why it failed."""

    doc_id: str
    path: str
    format: str
    sha256: str
    status: str = "ok"
    error: str | None = None
    encoding: str | None = None
    title: str | None = None
    own_symbol: str | None = None
    issued_date: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    effective_date: str | None = None
    published: str | None = None
    issuing_body: str | None = None
    province: str | None = None
    pages: int | None = None
    blocks: list[Block] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    items: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    # -- building -------------------------------------------------------
    def add_block(self, kind: str, text: str, **attrs: Any) -> Block:
        if kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {kind!r}")
        block = Block(block_id=len(self.blocks), kind=kind, text=text, **attrs)
        self.blocks.append(block)
        return block

    def add(self, table: str, block: Block, start: int, end: int, /, **attrs: Any) -> dict[str, Any]:
        """Record one extracted item as a span of ``block``; returns the row.

        Positional-only span arguments leave every keyword free for columns
        (the dates table has its own ``start`` and ``end``).
        """
        if not 0 <= start < end <= len(block.text):
            raise ValueError(f"span {start}:{end} outside block {block.block_id} of {len(block.text)} chars")
        row: dict[str, Any] = {
            "doc_id": self.doc_id,
            "block_id": block.block_id,
            "char_start": start,
            "char_end": end,
            "text": block.text[start:end],
            "where": block.where,
        }
        row.update(attrs)
        self.items.setdefault(table, []).append(row)
        return row

    # -- reading --------------------------------------------------------
    def body_blocks(self) -> Iterator[Block]:
        return (b for b in self.blocks if b.kind != "footnote")

    def rows(self, table: str) -> list[dict[str, Any]]:
        return self.items.get(table, [])

    def fail(self, reason: str) -> "Document":
        """Turn this document into an error row; no partial content survives."""
        self.status = "error"
        self.error = reason
        self.blocks.clear()
        self.footnotes.clear()
        self.items.clear()
        return self


class LoadError(Exception):
    """A file that cannot be read as what it claims to be; becomes an error row."""
