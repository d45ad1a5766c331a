"""PDF pages → text lines with the geometry the layout step needs.

A line is what a reader sees on one baseline: its characters sorted left to
right (content-stream order is not reading order: LibreOffice, for one, draws
glyphs that fall back to another font in a separate run at the end of the
line), its dominant font size, and the superscript runs it holds, which are
*taken out* of the text and kept as markers so "năm 2017¹" never reads
"năm 20171". Two backends produce the same :class:`Line`: pypdfium2 (fast,
used by the loader) and pdfplumber (the reference, used by tests and bench).
"""
from __future__ import annotations

import ctypes
import operator
import struct
from collections import Counter, deque
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, repeat
from typing import Callable, Iterable, Sequence

SUP_SIZE = 0.82     # a superscript is printed at most this fraction of the line's size …
SUP_RAISE = 0.18    # … and raised by at least this fraction of it
SPACE_GAP = 0.15    # a gap wider than this fraction of the size is a word space
COLUMN_GAP = 3.0    # a gap wider than this many sizes separates two columns


@dataclass
class Line:
    page: int
    pieces: list[str | tuple[str]]   # text, and ("12",) for a superscript run
    x0: float
    x1: float
    base: float                      # baseline, top-down (points from the page top)
    size: float
    bold: bool = False
    page_height: float = 842.0
    page_width: float = 595.0
    row: int = -1                    # lines cut from one baseline share a row
    col: int | None = None           # column within a side-by-side header band
    ocr: bool = False                # from OCR: sizes are estimates, superscripts are lost

    @property
    def text(self) -> str:
        return "".join([p for p in self.pieces if isinstance(p, str)])  # a list joins faster than a generator

    @property
    def lead_sup(self) -> str | None:
        first = next((p for p in self.pieces if not (isinstance(p, str) and not p.strip())), None)
        return first[0] if isinstance(first, tuple) else None


# One character: (text, x0, x1, base, size, bold, space). A plain tuple, because
# a page holds thousands and building objects for them cost more than reading them.
_Char = tuple[str, float, float, float, float, bool, bool]
CH, X0, X1, BASE, SIZE, BOLD, SPACE = range(7)
_BY_X0 = operator.itemgetter(X0)
_BY_BASE_X0 = operator.itemgetter(BASE, X0)
_LINE_ORDER = operator.attrgetter("base", "x0")


@dataclass
class _Row:
    base: float
    size: float
    chars: list[_Char] = field(default_factory=list)


def _dominant(values: Iterable[float]) -> float:
    """The commonest value, to the half point (sizes and baselines repeat exactly within a run)."""
    counts = Counter(values)
    return round(counts.most_common(1)[0][0] * 2) / 2 if counts else 0.0


def build_lines(chars: Sequence[_Char], page: int, width: float, height: float) -> list[Line]:
    """Cluster characters into baselines, then split each baseline at column gaps."""
    visible = [c for c in chars if c[SIZE] > 0 and c[CH] not in "\r\n\t"]
    if all(c[SPACE] for c in visible):
        return []
    visible.sort(key=_BY_BASE_X0)
    rows: list[_Row] = []
    row_base, row_size, row_chars = 0.0, 0.0, None  # the row being filled, in locals: this runs per character
    for c in visible:
        size = c[SIZE]
        if row_chars is not None and abs(c[BASE] - row_base) <= 0.3 * (size if size > row_size else row_size):
            row_chars.append(c)
            if size > row_size:
                row_size = size
            continue
        if row_chars is not None:
            rows.append(_Row(row_base, row_size, row_chars))
        row_base, row_size, row_chars = c[BASE], size, [c]
    if row_chars is not None:
        rows.append(_Row(row_base, row_size, row_chars))
    rows = _attach_raised([r for r in rows if not all(c[SPACE] for c in r.chars)])
    lines: list[Line] = []
    for n, row in enumerate(rows):
        for line in _row_lines(row, page, width, height):
            line.row = n
            lines.append(line)
    lines.sort(key=_LINE_ORDER)
    mark_band(lines)
    return lines


def mark_band(lines: list[Line]) -> None:
    """Mark the side-by-side header (issuer | national motto, place and date) by column.

    A party or state document opens with a two-column table. Its band starts at
    the first baseline in the upper half of the page cut into two segments and
    runs through the last such baseline, then on while lines stay close below
    and on one side of the gutter (the ``*`` and ``Số …`` lines); a line across
    the gutter (the centred ``BÁO CÁO``) ends it. Read row by row, the columns
    would interleave; marked, they are read column by column.
    """
    rows: dict[int, list[Line]] = {}
    for line in lines:
        rows.setdefault(line.row, []).append(line)
    split = [r for r, ls in rows.items() if len(ls) >= 2 and ls[0].base < ls[0].page_height / 2]
    if not split:
        return
    first = min(split, key=lambda r: rows[r][0].base)
    last = max(split, key=lambda r: rows[r][0].base)
    left, right = sorted(rows[first], key=lambda l: l.x0)[:2]
    boundary = (left.x1 + right.x0) / 2
    top, bottom = rows[first][0].base, rows[last][0].base
    prev_base = None
    for line in lines:
        if line.base < top - 0.1:
            continue
        in_rows = line.base <= bottom + 0.1
        if not in_rows and (prev_base is None or line.base - prev_base > 2.5 * line.size):
            break
        if line.x1 <= boundary:
            line.col = 0
        elif line.x0 >= boundary:
            line.col = 1
        elif in_rows:
            continue  # straddles the gutter inside the band: not one of the two columns
        else:
            break
        prev_base = line.base


def _attach_raised(rows: list[_Row]) -> list[_Row]:
    """A row of only small characters sitting just above a bigger row is its superscripts."""
    out: list[_Row] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        if nxt is not None:
            size = max([c[SIZE] for c in nxt.chars if not c[SPACE]])
            small = all(c[SIZE] <= SUP_SIZE * size for c in row.chars if not c[SPACE])
            if small and 0 < nxt.base - row.base <= 0.6 * size:
                nxt.chars.extend(row.chars)
                i += 1
                continue
        out.append(row)
        i += 1
    return out


def _row_lines(row: _Row, page: int, width: float, height: float) -> list[Line]:
    """One baseline's characters, left to right, cut at column gaps into lines.

    Runs once per character of the document, so the limits are computed once
    per row and the text piece being built is a local string, not the last
    list element.
    """
    chars = sorted(row.chars, key=_BY_X0)
    lo, hi = 0, len(chars)
    while lo < hi and chars[lo][SPACE]:
        lo += 1
    while hi > lo and chars[hi - 1][SPACE]:
        hi -= 1
    chars = chars[lo:hi]
    inked = [c for c in chars if not c[SPACE]]
    size = _dominant([c[SIZE] for c in inked])
    base = _dominant([c[BASE] for c in inked if abs(c[SIZE] - size) < 0.6]) or row.base
    sup_size, sup_raise, column_gap = SUP_SIZE * size, SUP_RAISE * size, COLUMN_GAP * size
    out: list[Line] = []
    pieces: list[str | tuple[str]] = []
    text: str | None = None   # the text piece being built, not yet in ``pieces``
    start = chars[0]
    prev: _Char | None = None
    sup_run = ""
    bold_n = 0

    def flush(last: _Char) -> None:
        nonlocal pieces, text, sup_run, bold_n
        if text is not None:
            pieces.append(text)
            text = None
        if sup_run:
            pieces.append((sup_run,))
            sup_run = ""
        if pieces:
            n = sum(len(p) for p in pieces if isinstance(p, str)) or 1
            out.append(Line(page, pieces, start[X0], last[X1], base, size, bold_n * 2 > n, height, width))
        pieces, bold_n = [], 0

    pending_space = False
    for c in chars:
        if c[SPACE]:  # a space the PDF itself carries: trust it over the gap
            pending_space = prev is not None
            continue
        ch, ch_size = c[CH], c[SIZE]
        raised = ch_size <= sup_size and base - c[BASE] >= sup_raise
        if prev is not None:
            gap = c[X0] - prev[X1]
            if gap > column_gap:
                flush(prev)
                start = c
            elif not (raised and sup_run):
                if not pending_space:
                    larger = prev[SIZE] if prev[SIZE] > ch_size else ch_size
                    pending_space = gap > SPACE_GAP * (larger if larger < size else size)
                if pending_space:
                    if sup_run:
                        if text is not None:
                            pieces.append(text)
                            text = None
                        pieces.append((sup_run,))
                        sup_run = ""
                    if not raised:
                        if text is not None:
                            pieces.append(text)
                        text = " "
        if raised and (ch.isdigit() or ch in "*†‡"):
            sup_run += ch
        else:
            if sup_run:
                if text is not None:
                    pieces.append(text)
                    text = None
                pieces.append((sup_run,))
                sup_run = ""
            if text is None:
                text = ch
            else:
                text += ch
            bold_n += c[BOLD]
        prev = c
        pending_space = False
    flush(prev if prev is not None else start)
    return out


# -- pypdfium2 backend --------------------------------------------------------
_SKIP_CHARS = "\r\n\x00\ufffe\uffff"
_RECT = struct.Struct("4f")  # FS_RECTF: left, top, right, bottom as C floats


@lru_cache(maxsize=None)
def _direct(name: str) -> Callable[..., object]:
    """A PDFium function re-declared to take plain addresses and keep the GIL.

    Per character the loader makes one PDFium call; through the bindings' own
    prototype each call checks typed pointers and releases and retakes the
    GIL, which costs more than PDFium's work. The same C function, declared
    with its pointer arguments as ``c_void_p`` under ``PYFUNCTYPE``, takes
    integer addresses and returns at once. PDFium never calls back into
    Python, so keeping the GIL for a microsecond is safe.
    """
    import pypdfium2.raw as c

    bound = getattr(c, name)
    argtypes = [ctypes.c_void_p if issubclass(t, ctypes._Pointer) else t for t in bound.argtypes]
    return ctypes.PYFUNCTYPE(bound.restype, *argtypes)(ctypes.cast(bound, ctypes.c_void_p).value)


def pdfium_chars(page: "object", textpage: "object", height: float) -> list[_Char]:
    """Every character with its advance box, bottom line and size, through raw PDFium calls.

    The text comes in one ``get_text_range`` call; per character only the
    loose box is asked for (it spans the advance width, and its bottom is the
    baseline moved down by the font's descent, the same for every character of
    one font and size, so it orders and groups lines as the baseline would).
    Size and weight are taken again only when the box height changes, i.e.
    when the font or size may have (float rounding changes it more often).
    The boxes land in one C array read back with a single ``struct`` call and
    the tuples are zipped from columns: per-character Python work and the
    bindings' call overhead, not PDFium, were most of the cost.
    """
    import pypdfium2.raw as c

    raw = textpage.raw
    n = textpage.count_chars()
    if n <= 0:
        return []
    text = textpage.get_text_range(0, n)
    if len(text) != n:  # surrogate pairs would shift indices; then ask per char
        text = "".join(chr(c.FPDFText_GetUnicode(raw, i) or 32) for i in range(n))
    keep = [i for i, ch in enumerate(text) if ch not in _SKIP_CHARS]
    is_gen = getattr(c, "FPDFText_IsGenerated", None)
    address = ctypes.cast(raw, ctypes.c_void_p).value
    if is_gen is not None:  # PDFium only ever generates spaces and breaks
        generated = _direct("FPDFText_IsGenerated")
        keep = [i for i in keep if not (text[i].isspace() and generated(address, i) == 1)]
    m = len(keep)
    if m == 0:
        return []
    boxes = (c.FS_RECTF * m)()
    first = ctypes.addressof(boxes)
    deque(map(_direct("FPDFText_GetLooseCharBox"), repeat(address, m), keep, range(first, first + _RECT.size * m, _RECT.size)), maxlen=0)
    flat = struct.unpack_from(f"{4 * m}f", boxes)
    lefts, rights, bottoms = flat[0::4], flat[2::4], flat[3::4]
    heights = list(map(operator.sub, flat[1::4], bottoms))
    # a run starts where the box height differs from the previous character's
    starts = [k for k, (h, prev) in enumerate(zip(heights, [-1.0] + heights[:-1])) if h != prev]
    at = [keep[k] for k in starts]
    run_sizes = list(map(_direct("FPDFText_GetFontSize"), repeat(address), at))
    run_bolds = [w >= 600 for w in map(_direct("FPDFText_GetFontWeight"), repeat(address), at)]
    lengths = list(map(operator.sub, starts[1:] + [m], starts))
    sizes = chain.from_iterable(map(repeat, run_sizes, lengths))
    bolds = chain.from_iterable(map(repeat, run_bolds, lengths))
    chars = [text[i] for i in keep]
    return list(zip(chars, lefts, rights, [height - b for b in bottoms], sizes, bolds, [ch.isspace() for ch in chars]))


# -- pdfplumber backend (reference) ------------------------------------------
def plumber_chars(page: "object") -> list[_Char]:
    """The same characters as pdfplumber sees them (baseline from the text matrix)."""
    out = []
    height = float(page.height)
    for ch in page.chars:
        text = ch.get("text") or ""
        if not text or text in "\r\n":
            continue
        base = height - float(ch["matrix"][5]) if ch.get("matrix") else float(ch["bottom"])
        bold = "bold" in str(ch.get("fontname", "")).lower()
        out.append((text, float(ch["x0"]), float(ch["x1"]), base, float(ch["size"]), bold, text.isspace()))
    return out


def plumber_pages(data: bytes) -> tuple[list[list[Line]], list[list[float]]]:
    """Every page's lines, and its thin horizontal strokes (heights from the top), through pdfplumber.

    The slow reference the tests and the bench compare the PDFium path with.
    """
    import io

    import pdfplumber

    pages: list[list[Line]] = []
    rules: list[list[float]] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for i, page in enumerate(pdf.pages):
            width, height = float(page.width), float(page.height)
            pages.append(build_lines(plumber_chars(page), i + 1, width, height))
            strokes = list(page.lines) + list(page.rects) + list(page.curves)
            rules.append([float(o["top"]) for o in strokes
                          if abs(float(o["bottom"]) - float(o["top"])) <= 2.5 and 25 <= float(o["x1"]) - float(o["x0"]) <= 0.9 * width])
    return pages, rules
