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
    """How many lines right above ``first_row`` title the columns: lines of two cells or more, with no blank line
    between; a line of one cell under them is a title's wrapped end (``(tạ/ha)`` under ``(ha)   (ha)   (%)``)."""
    n = top = 0
    while n < MAX_TITLE_LINES and first_row - n - 1 >= 0:
        above = lines[first_row - n - 1]
        if not above.strip() or is_row(above):
            break
        n += 1
        if len(cells(above)) >= 2:
            top = n
    return top


def grid(titles: list[str], rows: list[str]) -> list[list[str]]:
    """The table's rows of cell texts, the title lines merged into one first row.

    Columns are the spans the rows' cells take, from the rows of the most common width; a cell
    of another row goes to the column it overlaps most (a label wider than its column, a cell
    left empty)."""
    row_cells = [cells(line) for line in rows]
    spans = column_spans(row_cells)
    width = len(spans)

    def placed(found: list[tuple[int, int, str]]) -> list[str]:
        out = [""] * width
        for start, end, text in found:
            k = column_of(spans, start, end)
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


def column_spans(row_cells: list[list[tuple[int, int, str]]]) -> list[tuple[int, int]]:
    """Where each column lies: the spans the cells take in the rows of the most common width."""
    width = max(set(map(len, row_cells)), key=[len(c) for c in row_cells].count)
    return [(min(c[k][0] for c in row_cells if len(c) == width), max(c[k][1] for c in row_cells if len(c) == width))
            for k in range(width)]


def column_of(spans: list[tuple[int, int]], start: int, end: int) -> int:
    """The column a cell overlaps most (a label wider than its column); in a gap, the nearest."""
    overlaps = [min(end, b) - max(start, a) for a, b in spans]
    best = max(range(len(spans)), key=lambda k: (overlaps[k], -abs(start - spans[k][0])))
    if overlaps[best] <= 0:
        best = min(range(len(spans)), key=lambda k: min(abs(start - spans[k][1]), abs(end - spans[k][0])))
    return best


# -- pandoc's simple, multiline and grid tables ---------------------------------------------------------------------
# Rules bound them. A multiline table has a line of dashes across it above and below (``-----…``), a simple one a
# rule per column under its header (``----- ------- -----``), which says where the columns start; a multiline
# table's rows are parted by blank lines, a simple one's row is one line. A grid table's ``+---+---+`` rules part its
# rows, and their ``+`` its columns. Pandoc starts every line of a column's text at the column's start, and wraps a
# long cell within it: a cell is the slice of each of its row's lines between its column's start and the next's.
FULL_RULE = regex.compile(r"[ \t]*-{10,}[ \t]*")  # (a thematic break, ``---``, is shorter)
_SPLIT_RULE = regex.compile(r"[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*")
_GRID_RULE = regex.compile(r"[ \t]*\+(?:[-=:]+\+){2,}[ \t]*")
# any of them on a line of its own, in a whole text: what tells a ``.md`` file pandoc wrote (``sniff.text_flavour``)
TABLE_RULE_LINE = regex.compile("|".join(rf"^{r.pattern}$" for r in (FULL_RULE, _SPLIT_RULE, _GRID_RULE)), regex.MULTILINE)
_DASHES = regex.compile(r"-+")
_RULE_REACH = 400  # lines a multiline or grid table may take


def ruled_table(lines: list[str], i: int) -> tuple[int, list[list[list[str]]]] | None:
    """The pandoc table starting at ``lines[i]`` (its first rule, or the first line of a simple table's header):
    (the index after it, its rows of cells, each cell the slices of its row's lines), or None when none starts
    there."""
    line = lines[i]
    if _GRID_RULE.fullmatch(line):
        return _grid_table(lines, i)
    if FULL_RULE.fullmatch(line):
        end = next((j for j in range(i + 1, min(len(lines), i + _RULE_REACH)) if FULL_RULE.fullmatch(lines[j])), None)
        inner = lines[i + 1:end] if end is not None else []
        if end is None or lines[end].strip() != line.strip() or not any(len(cells(x)) >= 2 for x in inner):
            return None  # (the two rules of a table are alike, and it has two columns)
        split = next((k for k, x in enumerate(inner) if _SPLIT_RULE.fullmatch(x)), None)
        if split is None and all(x.strip() for x in inner) and (
                any(map(is_row, inner)) or end + 1 < len(lines) and is_row(lines[end + 1])):
            return None  # (rows of numbers no blank line parts, or titles over them: a printed table's, ``layout_rules``)
        header = [x for x in inner[:split] if x.strip()] if split is not None else []
        rows = ([header] if header else []) + _blank_parted_rows(inner[split + 1:] if split is not None else inner)
        starts = ([m.start() for m in _DASHES.finditer(inner[split].expandtabs())] if split is not None else
                  [a for a, _ in column_spans([c for row in rows for c in map(cells, row) if c])])
        return end + 1, [_sliced(row, starts) for row in rows]
    if i and lines[i - 1].strip() and not _SPLIT_RULE.fullmatch(line):
        return None  # (a simple table's header follows a blank line)
    header = []
    k = i
    while k < len(lines) and lines[k].strip() and not _SPLIT_RULE.fullmatch(lines[k]) and len(header) < 3:
        header.append(lines[k])
        k += 1
    if k >= len(lines) or not _SPLIT_RULE.fullmatch(lines[k]):
        return None
    if not header:  # a table with no header row opens on its rule and closes on the same (``-----  -----`` … ``-----  -----``)
        return _headless_table(lines, k)
    end = k + 1
    while end < len(lines) and lines[end].strip() and not _SPLIT_RULE.fullmatch(lines[end]):
        end += 1
    if end == k + 1:
        return None
    starts = [m.start() for m in _DASHES.finditer(lines[k].expandtabs())]
    rows = ([header] if header else []) + [[x] for x in lines[k + 1:end]]
    closing = end < len(lines) and _SPLIT_RULE.fullmatch(lines[end]) is not None
    return end + 1 if closing else end, [_sliced(row, starts) for row in rows]


def _headless_table(lines: list[str], i: int) -> tuple[int, list[list[list[str]]]] | None:
    """Pandoc's table with no header row, as it writes a Word table whose first row is not marked as one: its column
    rules above and below, a row a line (simple) or rows of wrapped lines parted by blank lines (multiline). Only its
    first row was read, the rest left as paragraphs of run-together cells."""
    end = next((j for j in range(i + 1, min(len(lines), i + _RULE_REACH)) if _SPLIT_RULE.fullmatch(lines[j])), None)
    if end is None or lines[end].strip() != lines[i].strip() or end == i + 1:
        return None
    inner = lines[i + 1:end]
    rows = _blank_parted_rows(inner) if any(not x.strip() for x in inner) else [[x] for x in inner]
    starts = [m.start() for m in _DASHES.finditer(lines[i].expandtabs())]
    return end + 1, [_sliced(row, starts) for row in rows]


def _blank_parted_rows(lines: list[str]) -> list[list[str]]:
    """A multiline table's rows: its runs of lines between blank ones."""
    rows: list[list[str]] = []
    group: list[str] = []
    for x in lines + [""]:
        if x.strip():
            group.append(x)
        elif group:
            rows.append(group)
            group = []
    return rows


def layout_rules(lines: list[str]) -> set[int]:
    """The lines of dashes that rule a table laid out with spaces (``pdftotext -layout``, a typed report): above and
    under its titles, before its total row, under it. They part nothing (the titles belong to the rows under them,
    the total to the rows above), so the table is read without them; a pandoc table's rules (``ruled_table``) are
    not these."""
    out = set()
    i = 0
    while i < len(lines):
        if FULL_RULE.fullmatch(lines[i]):
            if (pandoc := ruled_table(lines, i)) is not None:
                i = pandoc[0]
                continue
            if any(0 <= j < len(lines) and len(cells(lines[j])) >= 2 and not FULL_RULE.fullmatch(lines[j])
                   for j in (i - 1, i + 1)):
                out.add(i)
        i += 1
    return out


def _grid_table(lines: list[str], i: int) -> tuple[int, list[list[list[str]]]] | None:
    bars = [m.start() for m in regex.finditer(r"\+", lines[i].expandtabs())]
    rows: list[list[str]] = []
    row: list[str] = []
    for j in range(i + 1, min(len(lines), i + _RULE_REACH)):
        line = lines[j].expandtabs()
        if _GRID_RULE.fullmatch(line):
            if row:
                rows.append(row)
            row = []
            if j + 1 == len(lines) or not lines[j + 1].lstrip().startswith(("|", "+")):
                return (j + 1, [[[x[a + 1:b] for x in r] for a, b in zip(bars, bars[1:])] for r in rows]) if rows else None
        elif line.lstrip().startswith("|"):
            row.append(line)
        else:
            return None
    return None


def _sliced(row: list[str], starts: list[int]) -> list[list[str]]:
    """Each column's slice of each line of a row."""
    lines = [x.expandtabs() for x in row]
    ends = starts[1:] + [max(map(len, lines), default=0)]
    return [[x[a:b] for x in lines] for a, b in zip(starts, ends)]
