"""The pages of a text printed from a PDF (``pdftotext``, ``\\f`` between pages).

Each page repeats its furniture: a running header (``UBND huyện X – Báo cáo KT-XH``), a
footer, a page number (``- 3 -``, ``Trang 3/12``). Read as text, they land in the middle of
the paragraph a page break cut, become blocks of their own, and give dates, places and
bodies that the report never stated there. The form feed says where pages meet, so the
furniture is what stands at a page's edge and repeats from page to page, or is a number.
"""
from __future__ import annotations

from collections import Counter

import regex

_PAGE_NUMBER = regex.compile(r"(?i)^\s*[-–—]?\s*(?:trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?\s*[-–—]?\s*$")
_DIGITS = regex.compile(r"\d+")
# a number between dashes or after ``Trang``, alone on its line: no paragraph, heading or list item is written so
_PAGE_MARK = regex.compile(r"(?im)^[ \t]*(?:[-–—][ \t]*\d{1,4}[ \t]*[-–—]|trang[ \t]+\d{1,4}(?:[ \t]*/[ \t]*\d{1,4})?)[ \t]*$")
_EDGE = 2  # lines at either edge of a page that may be furniture


def _shape(line: str) -> str:
    """A line with its numbers blanked: a running header that carries the page number repeats so."""
    return _DIGITS.sub("#", " ".join(line.split()))


def _edges(lines: list[str]) -> list[int]:
    """Indices of the first and last few non-blank lines of a page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:_EDGE] + filled[-_EDGE:]))


def drop_furniture(text: str) -> str:
    """``text`` without the running headers, footers and page numbers of its pages; the form
    feeds become line breaks. A text with no form feed loses only the lines that can be nothing but
    a page's number (``- 2 -``, ``Trang 3/12``: copied from a viewer, the page breaks went)."""
    if "\f" not in text:
        bare = _bare_page_numbers(text.split("\n")) if _BARE_NUMBER.search(text) else set()
        return _drop_page_marks(text, bare) if bare or _PAGE_MARK.search(text) else text
    pages = [page.split("\n") for page in text.split("\f")]
    seen = Counter(shape for lines in pages for shape in {_shape(lines[i]) for i in _edges(lines)})
    out: list[str] = []
    for lines in pages:
        edges = set(_edges(lines))
        kept = [line for i, line in enumerate(lines)
                if i not in edges or not (_PAGE_NUMBER.match(line) or seen[_shape(line)] >= 2)]
        if out and out[-1].strip():
            # the page's margin (and the blank lines around a number dropped at its head) is no paragraph break:
            # ``… đạt 2.150`` / ``- 2 -`` / ```` / ``ha (chiếm 31,1%)`` is one sentence
            while kept and not kept[0].strip():
                kept.pop(0)
        out.extend(kept)
        while out and not out[-1].strip():
            out.pop()
    return "\n".join(out)


_BARE_NUMBER = regex.compile(r"(?m)^[ \t]*\d{1,3}[ \t]*$")
_PAGE_LINES = 15  # the fewest lines of text a page holds between two of its numbers


def _bare_page_numbers(lines: list[str]) -> set[int]:
    """Indices of the lines that are a page's bare number (``2`` alone between blank lines, as a viewer's copy keeps
    it): the pages' numbers in order from 1 or 2, each a page's worth of lines after the one before. A table copied a
    cell per line numbers its rows a few lines apart, and a number in the text stands alone once."""
    chain: list[int] = []
    last: int | None = None  # the number of the page before, bare or marked (``- 2 -`` then a bare ``3``)
    filled = 0  # non-blank lines since the last number taken (or the start)
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if _PAGE_MARK.fullmatch(line):
            last, filled = int(_DIGITS.findall(line)[0]), 0
            continue
        if (_BARE_NUMBER.fullmatch(line) and not (i and lines[i - 1].strip())
                and not (i + 1 < len(lines) and lines[i + 1].strip())
                and (int(line) == last + 1 if last is not None else int(line) <= 2)):
            if filled < _PAGE_LINES:
                chain, last = [], None  # (numbers that run faster than pages: a table's rows; its 1 was no page's)
            else:
                chain.append(i)
                last, filled = int(line), 0
                continue
        filled += 1
    return set(chain) if len(chain) > 1 or chain and int(lines[chain[0]]) >= 2 else set()


def _drop_page_marks(text: str, bare: set[int]) -> str:
    """The text without its page-number lines (``bare``: the bare numbers' indices); the blank lines around one are the
    page's margin, no paragraph break (``… Đã`` / ``- 2 -`` / ``giải quyết 44 vụ …`` is one sentence: it was three
    blocks, the number a list item)."""
    out: list[str] = []
    after_mark = False
    for i, line in enumerate(text.split("\n")):
        if i in bare or _PAGE_MARK.fullmatch(line):
            while out and not out[-1].strip():
                out.pop()
            after_mark = True
            continue
        if after_mark and not line.strip():
            continue
        after_mark = False
        out.append(line)
    return "\n".join(out)
