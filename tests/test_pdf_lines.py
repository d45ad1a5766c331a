"""The columnar line builder gives what the per-character loop it replaced gives.

``build_lines`` sorts, groups and cuts characters with numpy and leaves only
rows with a superscript run to the loop (``_row_lines``). These tests hold it
to that loop applied to every row, on the office fixtures and on random pages
built to hit the edges: ties in x, explicit and gap spaces, column gaps, raised
digits and letters, rows of superscripts riding on the next, multi-character
glyphs, and non-finite coordinates.
"""
from __future__ import annotations

import math
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.loaders.pdf_lines import (
    BASE, CH, SIZE, SPACE, SUP_SIZE, X0, Chars, Line, _Row, _row_lines, build_lines, mark_band,
    pdfium_columns, plumber_pages,
)

OFFICE = Path(__file__).resolve().parent / "fixtures" / "office"


def _lines_by_definition(chars: list[tuple], page: int, width: float, height: float) -> list[Line]:
    """The former ``build_lines``: one character at a time through every step."""
    visible = [c for c in chars if c[SIZE] > 0 and c[CH] not in "\r\n\t"]
    if all(c[SPACE] for c in visible):
        return []
    visible.sort(key=lambda c: (c[BASE], c[X0]))
    rows: list[_Row] = []
    for c in visible:
        if rows and abs(c[BASE] - rows[-1].base) <= 0.3 * max(c[SIZE], rows[-1].size):
            rows[-1].chars.append(c)
            rows[-1].size = max(rows[-1].size, c[SIZE])
        else:
            rows.append(_Row(c[BASE], c[SIZE], [c]))
    rows = [r for r in rows if not all(c[SPACE] for c in r.chars)]
    kept: list[_Row] = []
    for i, row in enumerate(rows):
        if i + 1 < len(rows):
            nxt = rows[i + 1]
            size = max(c[SIZE] for c in nxt.chars if not c[SPACE])
            if all(c[SIZE] <= SUP_SIZE * size for c in row.chars if not c[SPACE]) and 0 < nxt.base - row.base <= 0.6 * size:
                nxt.chars.extend(row.chars)
                continue
        kept.append(row)
    lines: list[Line] = []
    for n, row in enumerate(kept):
        for line in _row_lines(row, page, width, height):
            line.row = n
            lines.append(line)
    lines.sort(key=lambda l: (l.base, l.x0))
    mark_band(lines)
    return lines


def _pdfium_pages(name: str) -> list[tuple[list[tuple], float, float]]:
    pdf = pdfium.PdfDocument((OFFICE / name).read_bytes())
    try:
        out = []
        for i in range(len(pdf)):
            page = pdf[i]
            width, height = page.get_size()
            out.append((pdfium_columns(page.get_textpage(), height).tuples(), width, height))
        return out
    finally:
        pdf.close()


@pytest.mark.parametrize("name", ["seed000.pdf", "seed004.pdf", "crossing.pdf", "paged.pdf"])
def test_fixture_lines_equal_the_per_character_definition(name: str) -> None:
    pages = _pdfium_pages(name)
    for n, (chars, width, height) in enumerate(pages):
        expected = _lines_by_definition(chars, n + 1, width, height)
        assert build_lines(chars, n + 1, width, height) == expected
        assert build_lines(Chars.of(chars), n + 1, width, height) == expected
    assert sum(len(p[0]) for p in pages) > 1000


def test_plumber_reference_still_builds_lines() -> None:
    pages, rules = plumber_pages((OFFICE / "seed004.pdf").read_bytes())
    assert len(pages) == len(rules) and sum(map(len, pages)) > 50
    assert any(isinstance(p, tuple) for lines in pages for line in lines for p in line.pieces)  # superscripts kept


_GLYPHS = ["a", "b", "Đ", "ê", "1", "2", "*", "†", "fi", "\t", "\n", "x"]


@st.composite
def _pages(draw: st.DrawFn) -> list[tuple]:
    """Characters on a few baselines, some raised and smaller, with spaces and gaps of every kind."""
    chars = []
    for base in draw(st.lists(st.sampled_from([100.0, 100.2, 103.0, 110.0, 113.5, 200.0]), min_size=1, max_size=5)):
        x = draw(st.sampled_from([50.0, 60.0]))
        for _ in range(draw(st.integers(1, 14))):
            kind = draw(st.sampled_from(["ch", "ch", "ch", "space", "sup"]))
            size = draw(st.sampled_from([12.0, 12.0, 13.0, 8.0, 0.0]))
            width = draw(st.sampled_from([0.0, 5.0, 6.0]))
            b = base
            if kind == "sup":
                size, b = 7.0, base - draw(st.sampled_from([1.0, 3.5, 4.0]))
            x += draw(st.sampled_from([0.0, 0.0, 1.0, 2.5, 40.0, -3.0]))
            text = " " if kind == "space" else draw(st.sampled_from(_GLYPHS))
            chars.append((text, x, x + width, b, size, draw(st.booleans()), text.isspace()))
            x += width
    order = draw(st.permutations(range(len(chars))))
    chars = [chars[i] for i in order]
    if draw(st.integers(0, 9)) == 0:  # a damaged coordinate
        k = draw(st.integers(0, len(chars) - 1))
        c = list(chars[k])
        c[draw(st.sampled_from([1, 2, 3, 4]))] = draw(st.sampled_from([math.nan, math.inf, -math.inf]))
        chars[k] = tuple(c)
    return chars


@settings(max_examples=400, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(_pages())
def test_random_pages_equal_the_per_character_definition(chars: list[tuple]) -> None:
    try:
        expected = _lines_by_definition(list(chars), 1, 595.0, 842.0)
    except (OverflowError, ValueError) as exc:  # the loop rounds an infinite size
        with pytest.raises(type(exc)):
            build_lines(chars, 1, 595.0, 842.0)
        return
    got = build_lines(chars, 1, 595.0, 842.0)
    assert repr(got) == repr(expected)  # repr: a NaN coordinate compares unequal to itself
