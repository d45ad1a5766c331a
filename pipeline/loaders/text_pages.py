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
    feeds become line breaks. A text of one page is returned as it is."""
    if "\f" not in text:
        return text
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
