"""Segment: paragraphs with footnote anchors → blocks and footnotes.

Every loader ends the same way: it has body paragraphs (each may carry
anchors: offsets where a footnote marker stood) and footnote bodies (each
with the marker it was printed with). ``assemble`` turns both into blocks and
``Footnote`` rows, pairing anchors with notes, so the pairing rule lives in
one place whatever the format.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from pipeline.models import Document, Footnote

ROMAN_HEADING = regex.compile(r"^(?:[IVXLC]{1,6})\s*[-.–)]\s*\S")
_NUMBERED_HEADING = regex.compile(r"^(?:\d{1,2}\.){1,3}\d{0,2}\.?\s+\S|^[A-ZĐ]\s*[.)]\s+\S")
_LIST_ITEM = regex.compile(r"^(?:[-+•*–]\s+|[a-zđ]\)\s+|\(\d{1,2}\)\s+)")
_TERMINAL = tuple(".:;!?…")


@dataclass
class Para:
    """A body paragraph before it becomes a block."""

    text: str
    kind: str | None = None  # None: let ``classify`` decide
    anchors: list[tuple[int, str]] = field(default_factory=list)  # (offset in text, marker)
    table_no: int | None = None
    row: int | None = None
    col: int | None = None
    page: int | None = None


@dataclass
class Note:
    """A footnote body as printed."""

    marker: str
    text: str
    page: int | None = None


def classify(text: str) -> str:
    """Heading, list item or paragraph, from the shape of a line of a report."""
    stripped = text.strip()
    if _LIST_ITEM.match(stripped):
        return "list_item"
    if len(stripped) <= 160 and not stripped.endswith((".", ";", ",")):
        letters = [c for c in stripped if c.isalpha()]  # only here: most paragraphs are long or end a sentence
        if letters and all(c.isupper() for c in letters) and len(letters) >= 3:
            return "heading"
        if ROMAN_HEADING.match(stripped) or _NUMBERED_HEADING.match(stripped):
            return "heading"
    return "paragraph"


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip("”\"’)»*")
    return stripped.endswith(_TERMINAL)


# A section number or a list mark opens a line of its own (``1. Công tác …``, ``2.1.``, ``a) ``), although
# it starts with a digit or a lower-case letter.
ITEM_START = regex.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))\s")


# The close's first line, over the list of those who receive the report (``Nơi nhận:``, ``**Nơi nhận:**``; ``Noi nhận``
# read without its horn); matched on folded text
RECIPIENTS = regex.compile(r"[ \t*_]*n[ơo]i\s+nhận(?!\w)")


def continues(text: str) -> bool:
    """Does this line read as the rest of an unfinished sentence?"""
    first = text.lstrip()[:1]
    return bool(first) and (first.islower() or first.isdigit()) and ITEM_START.match(text) is None


def join(left: Para, right: Para, sep: str = " ") -> Para:
    """Glue a paragraph broken by a page break or a footnote run back together."""
    shift = len(left.text) + len(sep)
    left.text = left.text + sep + right.text
    left.anchors.extend((off + shift, marker) for off, marker in right.anchors)
    return left


def pair(anchors: list[tuple[int, int, str]], notes: list[Note]) -> list[tuple[int, int] | None]:
    """For each note, the (block index, offset) of its anchor, or None.

    Printed numbering is unreliable (a number used twice, one skipped), but the
    order of anchors and notes is not: when the counts agree, the n-th note
    belongs to the n-th anchor. Otherwise notes are matched to the next anchor
    with the same marker, in order.
    """
    if len(anchors) == len(notes):
        return [(a[0], a[1]) for a in anchors]
    result: list[tuple[int, int] | None] = []
    start = 0
    for note in notes:
        found = None
        for i in range(start, len(anchors)):
            if anchors[i][2] == note.marker:
                found, start = (anchors[i][0], anchors[i][1]), i + 1
                break
        result.append(found)
    return result


def makes_block(text: str, kind: str | None = None) -> bool:
    """Whether ``assemble`` keeps a paragraph: rules, stars and stray punctuation carry nothing,
    but a "%" cell is a table's unit, and a table's cell keeps whatever it holds (``-``: no data, as the
    DOCX of the same table keeps it). Loaders that drop anchors of skipped paragraphs ask the same."""
    return any(c.isalnum() or c in "%‰" for c in text) or kind == "table_cell" and bool(text.strip())


def assemble(doc: Document, paras: list[Para], notes: list[Note], anchor_reliable: bool = True) -> None:
    """Blocks for the body, then one block per footnote, then the footnote rows."""
    anchors: list[tuple[int, int, str]] = []
    for para in paras:
        text = para.text.strip()
        if not makes_block(text, para.kind):
            continue
        lead = len(para.text) - len(para.text.lstrip())
        block = doc.add_block(
            para.kind or classify(text), text, page=para.page,
            table_no=para.table_no, row=para.row, col=para.col,
        )
        for offset, marker in para.anchors:
            anchors.append((block.block_id, min(max(offset - lead, 0), len(text)), marker))
    for n, (note, anchor) in enumerate(zip(notes, pair(anchors, notes)), start=1):
        block = doc.add_block("footnote", note.text.strip(), footnote_no=n, page=note.page)
        doc.footnotes.append(Footnote(
            footnote_no=n,
            marker=note.marker,
            block_id=block.block_id,
            anchor_block_id=anchor[0] if anchor else None,
            anchor_char=anchor[1] if anchor else None,
            text=block.text,
            anchor_reliable=anchor_reliable and anchor is not None,
        ))
