"""Ruled tables on a PDF page: pdfplumber finds the grid, the page's own characters fill its cells.

Read as baselines, a table's row is one line across every column ("Hộ nghèo
Số hộ đầu 350 298"), and a cell's wrapped second line ("năm") a line of its
own, so each number lost its row and column. Word and LibreOffice draw a
table's borders as thin strokes; pdfplumber's table finder (its ``lines``
strategy: a cell is what drawn rules enclose) turns them into cell boxes on
the grid of the table's columns, with a merged cell at its first grid position
and no cell where a merge covers one, as the DOCX and HTML readers place
cells. Opening a page in pdfplumber costs far more than reading it through
PDFium, so only pages that draw both vertical and horizontal strokes
(:func:`may_hold_table`) are handed to it.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

from pipeline.loaders.pdf_lines import Chars

STROKE = 2.5        # a border is at most this thick (points) …
MIN_RUN = 8.0       # … and at least this long
MAX_PATHS = 3000    # a 700-cell table drawn cell by cell (four strokes each) still passes


@dataclass(frozen=True)
class Cell:
    row: int
    col: int
    box: tuple[float, float, float, float]  # x0, top, x1, bottom (points, top-down)


def may_hold_table(paths: Sequence[tuple[float, float, float, float]]) -> bool:
    """Whether a page's path objects (left, bottom, right, top) could be a table's borders: two
    vertical strokes and two horizontal ones, or a path that draws a whole grid at once (its
    bounds a box, not a stroke). A page of more than ``MAX_PATHS`` is a drawing (a chart, a
    map), whose intersections the table finder would take minutes to walk: its text flows."""
    if len(paths) > MAX_PATHS:
        return False
    vertical = horizontal = 0
    for left, bottom, right, top in paths:
        w, h = right - left, top - bottom
        if w <= STROKE and h >= MIN_RUN:
            vertical += 1
        elif h <= STROKE and w >= MIN_RUN:
            horizontal += 1
        elif w >= MIN_RUN and h >= MIN_RUN:
            return True
        if vertical >= 2 and horizontal >= 2:
            return True
    return False


def find_cells(page: Any) -> list[list[Cell]]:
    """Each table pdfplumber finds on ``page`` (a ``pdfplumber.Page``) as its cells; a "table" of
    one row or one column is a frame around text, not a table, and is left to the text flow."""
    tables = []
    for table in page.find_tables():
        cells = [Cell(r, c, tuple(map(float, box))) for r, row in enumerate(table.rows)
                 for c, box in enumerate(row.cells) if box is not None]
        if len({c.row for c in cells}) >= 2 and len({c.col for c in cells}) >= 2:
            tables.append(cells)
    return tables


class Finder:
    """The tables of a document's pages, pdfplumber opened on the first page that needs it and
    once only. A file or page pdfplumber cannot read (pdfminer is stricter than PDFium) has no
    tables: its text still flows as lines, so nothing is lost."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pdf: Any = None

    def cells(self, page_no: int) -> list[list[Cell]]:
        """``find_cells`` of the page at ``page_no`` (0-based)."""
        try:
            if self.pdf is None:
                import pdfplumber

                self.pdf = pdfplumber.open(io.BytesIO(self.data))
            return find_cells(self.pdf.pages[page_no])
        except Exception:
            return []

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def split_chars(chars: Chars, tables: list[list[Cell]]) -> tuple[Chars, list[tuple[int, Cell, Chars]]]:
    """The characters outside every table, and those of each cell as (table index on the page,
    cell, characters). A character belongs where its middle lies: half-way along its advance,
    and a third of its size above its baseline (the body of a glyph)."""
    mid_x = (chars.x0 + chars.x1) / 2
    mid_y = chars.base - chars.size / 3
    outside = np.ones(len(chars.text), dtype=bool)
    cells: list[tuple[int, Cell, Chars]] = []
    for k, table in enumerate(tables):
        for cell in table:
            x0, top, x1, bottom = cell.box
            inside = outside & (mid_x >= x0) & (mid_x <= x1) & (mid_y >= top) & (mid_y <= bottom)
            if inside.any():
                cells.append((k, cell, chars.take(np.flatnonzero(inside))))
                outside &= ~inside
    return chars.take(np.flatnonzero(outside)), cells
