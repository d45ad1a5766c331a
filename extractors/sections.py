"""The numbered sections a report's headings open: which headings each body block sits under.

A report is laid out as ``I. KẾT QUẢ …`` / ``1. Lĩnh vực …`` / ``II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025``: what a
section's heading says (planned or done, and when) holds for the figures under it that say nothing
themselves. Roman numerals open the top level, ``1.`` the next, ``1.1.`` the one below, ``a)`` the
lowest; a heading closes every open section of its level or deeper, and the recipients' list or an annex's
title closes them all. Read once per document.
"""
from __future__ import annotations

import re

from pipeline.models import Block, Document

# (``PHẦN II. PHƯƠNG HƯỚNG …``, ``Phần thứ hai``: a part is a top-level section)
_SECTION_NUMBER = re.compile(r"[\s*_#]*(?:(?:phần\s+)(?P<part>[ivxlc]{1,6}|\d|thứ\s+\w+)(?:[.:)]?\s+|[.:)]?\s*$)"
                             r"|(?P<article>điều\s+\d{1,3})[.:]\s+|(?:(?P<roman>[ivxlc]{1,6})|"
                             r"(?P<arabic>\d{1,2}(?:\.\d{1,2}){0,3})|[a-zđ])[.)]\s+)")
_KEY = "sections.open"
_LETTERED_PART = re.compile(r"[\s*_#]*[A-HJ-UWYZĐ]\.\s")  # (not I, V, X: Roman numerals)
# where the report's sections end: its recipients (``Nơi nhận:``, before the signature) and an annex's title
# (``Phụ lục``, ``Biểu số 01``): the tables annexed after ``V. KIẾN NGHỊ`` were in it, and every figure of them
# ``proposed``
_SECTIONS_END = re.compile(r"[\s*_#]*(?:nơi\s+nhận|phụ\s+lục|(?P<caption>biểu(?:\s+mẫu)?\s+(?:số\s+)?\w{1,4}(?:[\s.:/-]|$)))")


def title_start(folded: str) -> int | None:
    """Where a numbered heading's words start after its number (in its ``folded`` text); None for no number."""
    m = _SECTION_NUMBER.match(folded)
    return m.end() if m else None


def _heading_paragraph(block: Block, m: re.Match[str]) -> bool:
    """A numbered paragraph that heads a section, as Word files leave headings unstyled: a part (``Phần thứ nhất``
    alone or before its title), a resolution's article (``Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2025``), or a short
    numbered line with no stop at its end (``2. Các chỉ tiêu chủ yếu:``, ``a) Về kinh tế``). A numbered sentence
    (``1. Thu ngân sách đạt 900 tỷ đồng.``) is an item of its list."""
    if m["part"] or m["article"]:
        return len(block.text) <= 160
    text = block.text.rstrip(" *_")
    return len(text) <= 100 and not text.endswith((".", ";", "!", "?", "…", ","))


def open_headings(doc: Document) -> dict[int, tuple[Block, ...]]:
    """Each body block's open section headings, outermost first (footnotes: none); kept in ``doc.meta``."""
    known = doc.meta.get(_KEY)
    if known is not None:
        return known
    known = {}
    stack: list[tuple[int, Block]] = []
    # (sections a table's caption closed, and the caption's block: ``Biểu 1. Kết quả …`` in the body, then ``2. Chăn
    # nuôi``: the report's numbering goes on, so the caption was no annex's and the sections were open all along)
    captioned: tuple[list[tuple[int, Block]], int] | None = None
    for block in doc.blocks:
        if block.kind == "footnote":
            continue
        if len(block.text) <= 120 and (end := _SECTIONS_END.match(block.folded)):
            if stack and end["caption"]:
                captioned = (stack, block.block_id)
            elif not end["caption"]:
                captioned = None
            stack = []
        m = _SECTION_NUMBER.match(block.folded) if block.kind in ("heading", "paragraph") else None
        if m is not None and (block.kind == "heading" or _heading_paragraph(block, m)):
            if captioned is not None and not stack:
                stack, since = captioned
                for block_id in range(since, block.block_id):
                    if block_id in known:
                        known[block_id] = tuple(b for _, b in stack)
            captioned = None
            # (a capital letter with a stop opens a part: ``A. KẾT QUẢ CÔNG TÁC NĂM 2024`` over ``I. …``, ``B. PHƯƠNG
            # HƯỚNG …``; it was the lowest level, ``a)``, and ``I.`` closed it)
            level = -1 if m["part"] or _LETTERED_PART.match(block.text) else 0 if m["roman"] or m["article"] else (
                1 + m["arabic"].count(".") if m["arabic"] else 9)
            while stack and stack[-1][0] >= level:
                stack.pop()
            title = block
            if m.end() >= len(block.folded.rstrip()) and block.block_id + 1 < len(doc.blocks):
                after = doc.blocks[block.block_id + 1]  # ``Phần thứ nhất`` / ``KẾT QUẢ … NHIỆM KỲ 2020-2025``: its title
                if after.kind in ("heading", "paragraph") and len(after.text) <= 160:
                    title = after
            stack.append((level, title))
        known[block.block_id] = tuple(b for _, b in stack)
    doc.meta[_KEY] = known
    return known
