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
    notes = 0  # the notes the pages before printed at their foot
    for lines in pages:
        edges = set(_edges(lines))
        kept = [line for i, line in enumerate(lines)
                if i not in edges or not (_PAGE_NUMBER.match(line) or seen[_shape(line)] >= 2)]
        kept, marked = _foot_notes(kept, notes + 1)
        notes += marked
        if out and out[-1].strip():
            # the page's margin (and the blank lines around a number dropped at its head) is no paragraph break:
            # ``… đạt 2.150`` / ``- 2 -`` / ```` / ``ha (chiếm 31,1%)`` is one sentence
            while kept and not kept[0].strip():
                kept.pop(0)
        out.extend(kept)
        while out and not out[-1].strip():
            out.pop()
        if marked:
            out.append("")  # (a note ends with its page: the next page's first line goes on with the body, not the note)
    return "\n".join(out)


# A note at a page's foot as ``pdftotext`` prints it: its number in plain digits before its first word (``1Kế hoạch
# số 402/KH-UBND …``), and in the body the same number after the word it is anchored to (``… triển khai thực hiện 1.``)
_FOOT_NOTE = regex.compile(r"[ \t]*(\d{1,2})[ \t]?(?=\p{Lu})")
_FOOT_ZONE = 20  # the lines at a page's foot its notes may take
SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")  # (also pandoc's ``^2^``: ``text``)


def _foot_notes(lines: list[str], first: int) -> tuple[list[str], int]:
    """A page's lines with the notes at its foot and their anchors in its body marked in superscript, as a text with
    real superscripts has them (``_SUP_NOTE``): the notes numbered ``first``, ``first + 1`` … in order to the page's end,
    each anchored after a word in the body above them; how many. A page with no such run is left as it is (the notes
    were paragraphs of the body, their numbers figures, the body's sentence cut by them)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for start in filled[-_FOOT_ZONE:]:
        if (m := _FOOT_NOTE.match(lines[start])) is None or int(m[1]) != first or start == filled[0]:
            continue
        numbers = [int(n[1]) for i in filled if i >= start and (n := _FOOT_NOTE.match(lines[i]))]
        if numbers != list(range(first, first + len(numbers))):
            continue
        body = "\n".join(lines[:start])
        at = 0
        anchored: list[tuple[int, int]] = []
        for n in numbers:
            # (after a word, or after a number and a space: ``… so với năm 2023 1. Số người …``)
            anchor = regex.search(rf"(?:(?<=[\p{{L}})”\"])[ \t]?|(?<=\d)[ \t]){n}(?![.,]\d)(?=[.,;:)]|[ \t]+\p{{Lu}}|[ \t]*$)",
                                  body[at:], regex.M)
            if anchor is None:
                break
            anchored.append((at + anchor.start(), at + anchor.end()))
            at += anchor.end()
        if len(anchored) != len(numbers):
            return lines, 0  # (numbers in the body that are no anchors: the run is no page's notes)
        for (a, b), n in zip(reversed(anchored), reversed(numbers)):
            body = body[:a] + str(n).translate(SUPERSCRIPT_DIGITS) + body[b:]
        notes = [(_FOOT_NOTE.sub(lambda m: m[1].translate(SUPERSCRIPT_DIGITS), line, count=1) if _FOOT_NOTE.match(line) else line)
                 for line in lines[start:]]
        return body.split("\n") + notes, len(numbers)
    return lines, 0


_BARE_NUMBER = regex.compile(r"(?m)^[ \t]*\d{1,3}[ \t]*$")
_PAGE_LINES = 15  # the fewest lines of text a page holds between two of its numbers
# a line of a paragraph: four words or more, the first with a letter (``15-TTr/ĐĐ ngày …``), after a list's number or a
# note's mark (``3. Số vụ …``, ``³ Năm 2022: …``)
_WRAPPED_PROSE = regex.compile(r"[ \t]*(?:(?:\d{1,2}[.)]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})[ \t]*)?\S*\p{L}\S*(?:[ \t,]+\S+){3,}")


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
        # (alone on its line, between blank lines or inside a wrapped paragraph: ``… 1.250 ngày công lao`` / ``2`` /
        # ``động, làm mới …``, a viewer's copy with no margin kept; not between a table's cells, ``|`` / ``2`` / ``|``)
        if (_BARE_NUMBER.fullmatch(line)
                and all(not n.strip() or _WRAPPED_PROSE.match(n) for n in (lines[i - 1] if i else "",
                                                                          lines[i + 1] if i + 1 < len(lines) else ""))
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
