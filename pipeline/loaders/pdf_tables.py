"""Ruled tables on a PDF page: pdfplumber finds the grid, the page's own characters fill its cells.

Read as baselines, a table's row is one line across every column ("Hộ nghèo
Số hộ đầu 350 298"), and a cell's wrapped second line ("năm") a line of its
own, so each number lost its row and column. Word and LibreOffice draw a
table's borders as thin strokes; pdfplumber's table finder (a cell is what
drawn rules enclose) turns them into cell boxes on the grid of the table's
columns, with a merged cell at its first grid position and no cell where a
merge covers one, as the DOCX and HTML readers place cells. The rules are the
path objects PDFium already walks, given to the finder as explicit lines, and
only pages that draw both vertical and horizontal strokes
(:func:`may_hold_table`) are handed to it.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

import numpy as np

from pipeline.loaders.pdf_lines import Chars, Line, build_lines

STROKE = 2.5        # a border is at most this thick (points) …
MIN_RUN = 8.0       # … and at least this long
MAX_PATHS = 3000    # a 700-cell table drawn cell by cell (four strokes each) still passes
MAX_CROSSINGS = 2500  # 20 columns by 100 rows; a printed page holds about 20 by 60
SNAP = 3.0          # pdfplumber's default snapping distance: rules closer than this are one
LANE = 100_000.0    # far wider than any page


@dataclass(frozen=True)
class Cell:
    """A cell box the finder drew, at its place on the table's grid (a merged cell at its first)."""

    row: int
    col: int
    box: tuple[float, float, float, float]  # x0, top, x1, bottom (points, top-down)


def may_hold_table(paths: Sequence[tuple[float, float, float, float]]) -> bool:
    """Whether a page's path objects (left, bottom, right, top) could be a table's borders: rules
    at two places or more across and down, drawn as strokes or as the sides of boxes (a cell
    drawn as a rectangle).

    The finder's time grows with the square of the rules' crossings (100 × 160 rules: ten
    seconds), so a page whose rules would cross more than ``MAX_CROSSINGS`` times (a chart, a
    map, graph paper) keeps its text flowing instead; so does a page of more than ``MAX_PATHS``
    paths, before they are even sorted."""
    if len(paths) > MAX_PATHS:
        return False
    across: set[int] = set()  # where vertical rules stand, to the finder's snapping distance
    down: set[int] = set()
    for left, bottom, right, top in paths:
        w, h = right - left, top - bottom
        if w <= STROKE and h >= MIN_RUN:
            across.add(round(left / SNAP))
        elif h <= STROKE and w >= MIN_RUN:
            down.add(round(bottom / SNAP))
        elif w >= MIN_RUN and h >= MIN_RUN:
            across.update((round(left / SNAP), round(right / SNAP)))
            down.update((round(bottom / SNAP), round(top / SNAP)))
    return len(across) >= 2 and len(down) >= 2 and len(across) * len(down) <= MAX_CROSSINGS


def find_cells(page: Any, paths: Sequence[tuple[float, float, float, float]], height: float) -> list[list[Cell]]:
    """Each table on ``page`` (a ``pdfplumber.Page``) as its cells, its rules being the page's
    path objects as PDFium bounds them (``paths``: left, bottom, right, top on a page ``height``
    high, the frame the characters are read in, so boxes and characters agree). Handed to pdfplumber
    as explicit lines, they spare it parsing the page's content: the finder's own ``lines``
    strategy reads every character first, ten times the cost. A "table" of one column is a frame
    around text, not a table; one of one row is kept for ``at_page_edge`` to judge."""
    rects = [{"object_type": "rect", "x0": left, "x1": right, "y0": bottom, "y1": upper, "top": height - upper,
              "bottom": height - bottom, "doctop": height - upper, "width": right - left, "height": upper - bottom}
             for left, bottom, right, upper in paths]
    settings = {"vertical_strategy": "explicit", "horizontal_strategy": "explicit",
                "explicit_vertical_lines": rects, "explicit_horizontal_lines": rects}
    tables = []
    for table in page.find_tables(settings):
        cells = [Cell(r, c, tuple(map(float, box))) for r, row in enumerate(table.rows)
                 for c, box in enumerate(row.cells) if box is not None]
        if cells and len({c.col for c in cells}) >= 2:
            tables.append(cells)
    return tables


EDGE_CHARS = 12  # a page number or a running header, not text, may stand between a table and the page's edge


def at_page_edge(tables: list[list[Cell]], chars: Chars, first_page: bool, last_page: bool) -> list[list[Cell]]:
    """The tables worth reading as tables: every one of two rows or more, and a one-row table only where a page
    break cut a longer one. That is a header row at the foot of a page whose rows went on the next (text
    below it but a page number would have ended the table there), or the rest of a row at the head of a
    page after the first (the break split the row). Elsewhere one row is a frame around text: the page-one
    band of issuer and motto drawn as a table, a boxed note."""
    kept = []
    visible = ~chars.space
    for cells in tables:
        if len({c.row for c in cells}) >= 2:
            kept.append(cells)
            continue
        top = min(c.box[1] for c in cells)
        bottom = max(c.box[3] for c in cells)
        below = int((visible & (chars.base - chars.size / 3 > bottom)).sum())
        above = int((visible & (chars.base < top)).sum())
        if not last_page and below <= EDGE_CHARS or not first_page and above <= EDGE_CHARS:
            kept.append(cells)
    return kept


class Finder:
    """The tables of a document's pages, pdfplumber opened on the first page that needs it and
    once only. A file or page pdfplumber cannot read (pdfminer is stricter than PDFium) has no
    tables: its text still flows as lines, so nothing is lost."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pdf: Any = None

    def cells(self, page_no: int, paths: Sequence[tuple[float, float, float, float]], height: float) -> list[list[Cell]]:
        """``find_cells`` of the page at ``page_no`` (0-based)."""
        try:
            if self.pdf is None:
                import pdfplumber

                self.pdf = pdfplumber.open(io.BytesIO(self.data))
            return find_cells(self.pdf.pages[page_no], paths, height)
        except Exception:
            return []

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def page_lines(chars: Chars, tables: list[list[Cell]], page: int, width: float, height: float) -> list[Line]:
    """The page's lines in reading order, each ruled table's cell lines (marked with their
    ``cell``) row by row where the table's top stands among the other lines.

    A character belongs to the cell its middle lies in: half-way along its advance, a third of
    its size above its baseline (the body of a glyph). The cells' characters are built into
    lines in one go, each cell's moved to a lane of its own ``LANE`` points to the right, so that
    no line joins two cells (the gap between lanes splits any baseline) and the per-call cost of
    the line builder is paid once per page, not once per cell; the lines are moved back after.
    """
    mid_x = (chars.x0 + chars.x1) / 2
    mid_y = chars.base - chars.size / 3
    owner = np.full(len(chars.text), -1)
    placed: list[tuple[int, Cell]] = []
    for k, table in enumerate(tables):
        for cell in table:
            x0, top, x1, bottom = cell.box
            inside = (owner < 0) & (mid_x >= x0) & (mid_x <= x1) & (mid_y >= top) & (mid_y <= bottom)
            if inside.any():
                owner[inside] = len(placed)
                placed.append((k, cell))
    within = np.flatnonzero(owner >= 0)
    lanes = chars.take(within)
    shift = owner[within] * LANE
    grouped: dict[int, list[Line]] = {}
    by_lane: dict[int, list[Line]] = {}
    for line in build_lines(lanes._replace(x0=lanes.x0 + shift, x1=lanes.x1 + shift), page, width, height):
        lane = int((line.x0 + line.x1) / 2 // LANE)
        line.x0, line.x1 = line.x0 - lane * LANE, line.x1 - lane * LANE
        k, cell = placed[lane]
        line.col, line.cell = None, (k, cell.row, cell.col)  # no header band inside a cell
        grouped.setdefault(k, []).append(line)
        by_lane.setdefault(lane, []).append(line)
    _mark_broken_words(chars, by_lane.values())
    tops = {k: min(cell.box[1] for cell in tables[k]) for k in grouped}
    pending = sorted(grouped, key=tops.__getitem__)
    out: list[Line] = []
    for line in build_lines(chars.take(np.flatnonzero(owner < 0)), page, width, height):
        while pending and tops[pending[0]] <= line.base:
            out += sorted(grouped[pending.pop(0)], key=_cell_order)
        out.append(line)
    for k in pending:
        out += sorted(grouped[k], key=_cell_order)
    return out


def _mark_broken_words(chars: Chars, cells: Iterable[list[Line]]) -> None:
    """Mark the lines a cell's width broke inside a word (``Triệu `` | ``đồng/người/nă`` | ``m``: they were joined
    ``nă m``). A writer breaks a word only where it is wider than the cell, so the line is that word alone; and one
    that keeps the space a line of text not justified wraps at (LibreOffice does) writes none after it. A line it
    filled to the border keeps no space either (``Thượng, Hạ và`` | ``khu``), nor does a justified one, so the broken
    word is a one-word line without that space in a cell whose other wrap keeps one. The space is looked for among
    all the page's characters, as one past the cell's border belongs to no cell."""
    spaces = np.flatnonzero(chars.space)
    if not len(spaces):
        return
    space_x0, space_base = chars.x0[spaces], chars.base[spaces]
    for lines in cells:
        lines = sorted(lines, key=_cell_order)
        wraps = [a for a, b in zip(lines, lines[1:]) if b.base - a.base > a.size / 2]
        spaced = [bool(((space_x0 >= a.x1 - a.size / 10) & (space_x0 <= a.x1 + a.size / 2)
                        & (np.abs(space_base - a.base) < a.size / 2)).any()) for a in wraps]
        if any(spaced):
            for line, kept in zip(wraps, spaced):
                line.broken = not kept and " " not in line.text.strip()


def _cell_order(line: Line) -> tuple[object, ...]:
    """Row by row, cell by cell, and a cell's lines top down."""
    return line.cell, line.base, line.x0
