"""Tables laid out with spaces, as ``pdftotext -layout`` and fixed-width reports print them.

Nothing but position parts the cells: two spaces or more between them, the same columns
line after line. Rows of numbers find the columns (where their cells start and end); the
title lines above them, wrapped over two or three lines (``Kế hoạch`` / ``năm 2023``), are
put in the column each fragment overlaps. A line of running text has one wide gap at most
where justification stretched it, so three cells with two numbers among them make a row.
"""
from __future__ import annotations

import regex

_CELL = regex.compile(r"\S+(?: \S+)*")  # a cell: words one space apart
_NUMBER = regex.compile(r"[-+]?\d[\d.,]*%?|[-–]")
MAX_TITLE_LINES = 3


def cells(line: str) -> list[tuple[int, int, str]]:
    """The cells of a line: (start, end, text), two spaces or more between them."""
    return [(m.start(), m.end(), m.group()) for m in _CELL.finditer(line.expandtabs())]


def is_row(line: str) -> bool:
    """A table row: three cells or more, two of them numbers."""
    found = cells(line)
    return len(found) >= 3 and sum(bool(_NUMBER.fullmatch(text)) for _, _, text in found) >= 2


def title_lines(lines: list[str], first_row: int) -> int:
    """How many lines right above ``first_row`` title the columns: lines of two cells or more,
    with no blank line between."""
    n = 0
    while n < MAX_TITLE_LINES and first_row - n - 1 >= 0:
        above = lines[first_row - n - 1]
        if not above.strip() or len(cells(above)) < 2 or is_row(above):
            break
        n += 1
    return n


def grid(titles: list[str], rows: list[str]) -> list[list[str]]:
    """The table's rows of cell texts, the title lines merged into one first row.

    Columns are the spans the rows' cells take, from the rows of the most common width; a cell
    of another row goes to the column it overlaps most (a label wider than its column, a cell
    left empty)."""
    row_cells = [cells(line) for line in rows]
    width = max(set(map(len, row_cells)), key=[len(c) for c in row_cells].count)
    spans = [[min(c[k][0] for c in row_cells if len(c) == width), max(c[k][1] for c in row_cells if len(c) == width)]
             for k in range(width)]

    def column(start: int, end: int) -> int:
        overlaps = [min(end, b) - max(start, a) for a, b in spans]
        best = max(range(width), key=lambda k: (overlaps[k], -abs(start - spans[k][0])))
        if overlaps[best] <= 0:  # in a gap: the nearest column
            best = min(range(width), key=lambda k: min(abs(start - spans[k][1]), abs(end - spans[k][0])))
        return best

    def placed(found: list[tuple[int, int, str]]) -> list[str]:
        out = [""] * width
        for start, end, text in found:
            k = column(start, end)
            out[k] = f"{out[k]} {text}".strip()
        return out

    table = [placed(c) for c in row_cells]
    if titles:
        merged = [""] * width
        for line in titles:
            for k, text in enumerate(placed(cells(line))):
                merged[k] = f"{merged[k]} {text}".strip()
        table.insert(0, merged)
    return table
