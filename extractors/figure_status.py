"""Whether a figure is a target, an estimate, or stated as done: ``figures.status``.

Archives hold as many plans, resolutions and congress reports as reviews, and
their figures look alike: ``GRDP bình quân đầu người đạt 85 triệu đồng`` is a
target in a resolution's Điều 1 and a result in a review. The wording tells them
apart, so the nearest cue before the figure in its sentence decides
(``gazetteers/figure_status.csv``: ``phấn đấu``, ``chỉ tiêu`` … for targets,
``ước`` … for estimates, ``đã`` … for what was done), reaching across the ``;``
of a list and back to a line that opens the list with a colon (``Các chỉ tiêu
chủ yếu:``); in a table, the column's label, then the row's (``Kế hoạch 2025``,
``Ước thực hiện``, ``Thực hiện``); failing both, a figure dated after the report
was issued is a target. Without a cue the status is null: stated as done.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from typing import Any

import regex

from pipeline.models import Block, Document
from pipeline.normalize import fold

_SENTENCE_END = regex.compile(r"[.!?\n](?=\s|$)")
_WINDOW = 300  # a sentence's reach back: list items after their lead line are each their own block


@lru_cache(maxsize=1)
def _cues() -> tuple[dict[str, str | None], dict[str, str | None], regex.Pattern[str]]:
    """(prose cues, label cues, the pattern finding any of them) from the data file."""
    prose: dict[str, str | None] = {}
    label: dict[str, str | None] = {}
    path = resources.files("gazetteers") / "figure_status.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            surface, status = " ".join(fold(row["surface"]).split()), row["status"] or None
            if row["where"] in ("any", "prose"):
                prose[surface] = status
            if row["where"] in ("any", "label"):
                label[surface] = status
    words = sorted(set(prose) | set(label), key=len, reverse=True)
    pattern = regex.compile(r"(?<!\w)(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)")
    return prose, label, pattern


def _nearest(folded: str, table: dict[str, str | None]) -> tuple[bool, str | None]:
    """Whether ``folded`` holds a cue of ``table``, and the status of the last one."""
    _, _, pattern = _cues()
    found, status = False, None
    for m in pattern.finditer(folded):
        key = " ".join(m.group().split())
        if key in table:
            found, status = True, table[key]
    return found, status


def in_prose(block: Block, start: int, end: int, lead: Block | None) -> str | None:
    """A prose figure's status from its sentence up to its number (``ước đạt 7,2%``: the figure's own
    words count), else from the line that opens its list."""
    prose, _, _ = _cues()
    folded = block.folded
    low = max(0, start - _WINDOW)
    ends = [m.end() for m in _SENTENCE_END.finditer(folded, low, start)]
    found, status = _nearest(folded[ends[-1] if ends else low:end], prose)
    if not found and lead is not None and lead.text.rstrip().endswith(":"):
        found, status = _nearest(lead.folded, prose)  # ``Các chỉ tiêu chủ yếu:`` over its list items
    return status


def in_labels(*labels: str | None) -> tuple[bool, str | None]:
    """A table figure's status from its labels, the first given first (the column's, then the row's):
    ``Kế hoạch 2025 / Ước thực hiện`` is an estimate (the deepest level of a label decides)."""
    _, table, _ = _cues()
    for label in labels:
        for part in reversed((label or "").split(" / ")):
            found, status = _nearest(fold(part), table)
            if found:
                return True, status
    return False, None


def by_date(row: dict[str, Any], doc: Document) -> str | None:
    """A figure dated after the report was issued is what it aims at."""
    start, issued = row.get("label_period_start"), doc.issued_date
    return "target" if start and issued and start > issued else None


_LIST_REACH = 30


def lead_of(doc: Document, block: Block) -> Block | None:
    """The line that opens the list ``block`` is an item of (it ends with a colon), back over the items
    before it (they end with ``;`` or ``,``, as Vietnamese lists are written); None when there is none."""
    i = block.block_id - 1
    while i >= 0 and block.block_id - i <= _LIST_REACH:
        before = doc.blocks[i]
        text = before.text.rstrip()
        if before.kind == "footnote" or not text:
            return None
        if text.endswith(":"):
            return before
        if not text.endswith((";", ",")):
            return None
        i -= 1
    return None
