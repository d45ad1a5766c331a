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
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache, partial
from itertools import repeat
from typing import Callable, Iterable, NamedTuple, Sequence

import numpy as np
import regex

from pipeline.normalize import fold
from pipeline.segment import RECIPIENTS
from pipeline.title import MOTTO

SUP_SIZE = 0.82     # a superscript is printed at most this fraction of the line's size …
SUP_RAISE = 0.18    # … and raised by at least this fraction of it
SPACE_GAP = 0.15    # a gap wider than this fraction of the size is a word space, …
SPACED_HALF = 0.5   # … and than this fraction of the middle span across its line's space characters:
                    # in a monospaced font a glyph drawn from a fallback font leaves a gap in its cell
                    # (``củ a``) that a fixed fraction of the size takes for a space
COLUMN_GAP = 3.0    # a gap wider than this many sizes separates two columns; in the header band at the top of the
HEADER_COLUMN_GAP = 2.0  # first page, this many: its cells' long first lines (``CÔNG AN TỈNH HẢI``) leave a narrow gutter
HEADER_DEPTH = 0.3  # the header band lies in this top fraction of the first page


def column_gap(page: int, base: float | np.ndarray, height: float) -> float | np.ndarray:
    """How many sizes apart two columns are on a row at ``base``."""
    if page != 1:
        return COLUMN_GAP
    return np.where(np.asarray(base) < HEADER_DEPTH * height, HEADER_COLUMN_GAP, COLUMN_GAP)


@dataclass
class Line:
    page: int
    pieces: list[str | tuple[str]]   # the text between superscripts, and ("12",) for a superscript run
    x0: float
    x1: float
    base: float                      # baseline, top-down (points from the page top)
    size: float
    bold: bool = False
    page_height: float = 842.0
    page_width: float = 595.0
    row: int = -1                    # lines cut from one baseline share a row
    col: int | None = None           # column within a side-by-side header band
    cell: tuple[int, int, int] | None = None  # (table on the page, row, column) in a ruled table
    ocr: bool = False                # from OCR: sizes are estimates, superscripts are lost
    broken: bool = False             # a cell's line that ends inside a word the cell's width broke (``pdf_tables``)

    @cached_property
    def text(self) -> str:
        """The text without superscripts; kept, since the layout asks several times and pieces never change once built."""
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
_LINE_ORDER = operator.attrgetter("base", "x0")


@dataclass
class _Row:
    base: float
    size: float
    chars: list[_Char] = field(default_factory=list)


class Chars(NamedTuple):
    """A page's characters as columns (one entry per character, in content order).

    The PDFium reader fills these from C arrays and the line builder sorts and
    groups them with numpy, so most characters never become a Python tuple.
    """

    text: list[str]
    x0: np.ndarray       # float64 columns …
    x1: np.ndarray
    base: np.ndarray
    size: np.ndarray
    bold: np.ndarray     # … and bool ones
    space: np.ndarray

    @classmethod
    def of(cls, chars: Sequence[_Char]) -> "Chars":
        if not chars:
            return cls([], *(np.zeros(0) for _ in range(4)), np.zeros(0, bool), np.zeros(0, bool))
        text, x0, x1, base, size, bold, space = zip(*chars)
        return cls(list(text), *(np.array(v, dtype=np.float64) for v in (x0, x1, base, size)),
                   np.array(bold, dtype=bool), np.array(space, dtype=bool))

    def take(self, at: np.ndarray) -> "Chars":
        """The characters at ``at`` (indices, in that order), still as columns."""
        return Chars([self.text[i] for i in at.tolist()], self.x0[at], self.x1[at], self.base[at], self.size[at],
                     self.bold[at], self.space[at])

    def tuples(self, at: Iterable[int] | None = None) -> list[_Char]:
        """The characters (those at ``at`` only, in its order) as :data:`_Char` tuples."""
        if at is None:
            return list(zip(self.text, self.x0.tolist(), self.x1.tolist(), self.base.tolist(),
                            self.size.tolist(), self.bold.tolist(), self.space.tolist()))
        at = np.asarray(at, dtype=np.intp)
        return list(zip([self.text[i] for i in at.tolist()], self.x0[at].tolist(), self.x1[at].tolist(),
                        self.base[at].tolist(), self.size[at].tolist(), self.bold[at].tolist(), self.space[at].tolist()))


def _dominant(values: Iterable[float]) -> float:
    """The commonest value, to the half point (sizes and baselines repeat exactly within a run)."""
    counts = Counter(values)
    return round(counts.most_common(1)[0][0] * 2) / 2 if counts else 0.0


def build_lines(chars: Sequence[_Char] | Chars, page: int, width: float, height: float) -> list[Line]:
    """Cluster characters into baselines, then split each baseline at column gaps."""
    cols = chars if isinstance(chars, Chars) else Chars.of(chars)
    visible = cols.size > 0
    odd = {t for t in set(cols.text) if t in "\r\n\t"}
    if odd:
        visible &= np.fromiter((t not in odd for t in cols.text), dtype=bool, count=len(cols.text))
    at = np.flatnonzero(visible)
    if cols.space[at].all():
        return []
    base, x0 = cols.base[at], cols.x0[at]
    if np.isfinite(base).all() and np.isfinite(x0).all():
        at = at[_order(base, x0)]
    else:  # numpy and Python order NaN differently: sort as Python does
        keys = list(zip(base.tolist(), x0.tolist()))
        at = at[sorted(range(len(at)), key=keys.__getitem__)]
    starts = _row_starts(cols.base[at], cols.size[at])
    lines: list[Line] = []
    with np.errstate(invalid="ignore", over="ignore"):  # a damaged page's inf - inf only sends its row to the loop
        rows = _rows_lines(cols, _attach_raised(cols, at, starts), page, width, height)
    for n, row in enumerate(rows):
        for line in row:
            line.row = n
            lines.append(line)
    lines.sort(key=_LINE_ORDER)
    _split_motto(lines)
    mark_band(lines)
    mark_signature(lines)
    return lines


_MOTTO = regex.compile(rf"[ \t]+(?={MOTTO})")  # (where the issuer's line runs into the right column)


# a place-date line's opening (``Kim Sơn, ngày``), alone or run on after the issuer's line in capitals
_PLACE_DATE = r"(?:\p{Lu}\p{Ll}*[ \t]){0,3}\p{Lu}\p{Ll}+,[ \t]+ngày(?!\w)"
_PLACE_DATE_LINE = regex.compile(_PLACE_DATE)
_PLACE_DATE_AFTER_CAPS = regex.compile(rf"(?<=^[\p{{Lu}}\d][\p{{Lu}}\d \t&.,-]*\p{{Lu}})[ \t]+(?={_PLACE_DATE})")


def _split_motto(lines: list[Line]) -> None:
    """A header line that runs the issuer into the motto (``HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT``): a
    long motto wrapping in its narrow column leaves a gutter no wider than a word's gap, so the row was one line and
    the band began a row below, the issuer's unit then read as a cell apart. Cut at the motto, the row is the band's
    first, split; the x-extents are shared out by characters (the glyphs' own places are gone by now)."""
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.page != 1 or line.base > HEADER_DEPTH * line.page_height or not all(isinstance(p, str) for p in line.pieces):
            continue
        text = line.text
        m = _MOTTO.search(text)
        if m is None:
            # (or runs the issuer's last line into the place and date: ``BỘ HUYỆN KIM SƠN Kim Sơn, ngày 14 tháng 02 năm
            # 2025``, the two cells' lines a few points apart, one row; the line straddled the gutter and was a paragraph)
            m = _PLACE_DATE_AFTER_CAPS.search(text)
        if m is None or m.start() == 0:
            continue
        width = (line.x1 - line.x0) / len(text)
        lines[i:i + 1] = [replace(line, pieces=[text[:m.start()]], x1=line.x0 + width * m.start()),
                          replace(line, pieces=[text[m.end():]], x0=line.x0 + width * m.end())]


def _row_starts(bases: np.ndarray, sizes: np.ndarray) -> list[int]:
    """Where each baseline starts in the characters sorted by (baseline, x0).

    A character joins the row being filled while its baseline stays within
    0.3 of the larger of its size and the row's largest so far. That is a
    loop, but numpy settles most of it: a step between neighbours wider than
    0.3 of the page's largest size always starts a row, and a stretch between
    such steps whose every character lies within 0.3 of the larger of its own
    and the stretch's first size is one row. Only other stretches are looped.
    """
    if not (np.isfinite(bases).all() and np.isfinite(sizes).all()):
        return _row_starts_loop(bases.tolist(), sizes.tolist())
    stretch = np.flatnonzero(_new_run(bases, step=0.3 * sizes.max()))
    first = np.repeat(stretch, _ends(stretch, len(bases)) - stretch)
    apart = bases - bases[first] > 0.3 * np.maximum(sizes, sizes[first])
    if not apart.any():
        return stretch.tolist()
    starts: list[int] = []
    ends = dict(zip(stretch.tolist(), _ends(stretch, len(bases)).tolist()))
    looped = set(first[apart].tolist())
    for a in stretch.tolist():
        if a in looped:
            b = ends[a]
            starts.extend(a + k for k in _row_starts_loop(bases[a:b].tolist(), sizes[a:b].tolist()))
        else:
            starts.append(a)
    return starts


def _row_starts_loop(bases: list[float], sizes: list[float]) -> list[int]:
    """:func:`_row_starts` one character at a time."""
    starts: list[int] = []
    row_base, row_size = 0.0, 0.0  # in locals: this runs per character
    for k, (b, size) in enumerate(zip(bases, sizes)):
        if starts and abs(b - row_base) <= 0.3 * (size if size > row_size else row_size):
            if size > row_size:
                row_size = size
            continue
        starts.append(k)
        row_base, row_size = b, size
    return starts


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
    left, right = sorted(rows[first], key=lambda l: l.x0)[:2]
    boundary = (left.x1 + right.x0) / 2
    # the band's split rows run on until a line across the gutter (the title): a split row below it is
    # another band (the close, ``Nơi nhận`` | signature, on a short page's upper half)
    last = first
    for r in sorted((r for r in rows if rows[r][0].base > rows[first][0].base), key=lambda r: rows[r][0].base):
        if r in split:
            last = r
        elif any(l.x0 < boundary < l.x1 for l in rows[r]):
            break
    top, bottom = rows[first][0].base, rows[last][0].base
    # where the right column centres its lines (``CỘNG HÒA …``, ``Độc lập …``): a line below the band
    # centred on the page instead (``BÁO CÁO``) is the title, however far right it starts
    right_centres = [(ls[-1].x0 + ls[-1].x1) / 2 for r, ls in rows.items() if r in split]
    right_centre = sum(right_centres) / len(right_centres)
    # where the right column starts: a left line longer than the first row's may pass the midpoint and still
    # end before it (``ỦY BAN NHÂN DÂN XÃ DIỄN THỊNH`` under ``UBND HUYỆN DIỄN CHÂU``: read as a line of its own)
    right_start = min(max(l.x0 for l in ls) for r, ls in rows.items() if r in split)
    prev_base = None
    for line in lines:
        if line.base < top - 0.1:
            continue
        in_rows = line.base <= bottom + 0.1
        if not in_rows and (prev_base is None or line.base - prev_base > 2.5 * line.size):
            break
        if _left_column(line, boundary, right_start):
            line.col = 0
        elif line.x0 >= boundary:
            centre = (line.x0 + line.x1) / 2
            if not in_rows and abs(centre - line.page_width / 2) < abs(centre - right_centre):
                break
            line.col = 1
        elif _PLACE_DATE_LINE.match(line.text):
            line.col = 1  # (the place and date split off the issuer's line, placed by its characters' share of the row)
        elif in_rows:
            continue  # straddles the gutter inside the band: not one of the two columns
        else:
            break
        prev_base = line.base


def mark_signature(lines: list[Line]) -> None:
    """Mark the side-by-side close (``Nơi nhận:`` and its list | ``TM. ỦY BAN NHÂN DÂN``, ``CHỦ TỊCH``, the
    signer) by column, as ``mark_band`` marks the header: read row by row, the recipients and the signature
    interleaved (``Nơi nhận:``, ``TM. ỦY BAN NHÂN DÂN``, ``- Thường trực Tỉnh ủy;``, ``CHỦ TỊCH`` …). Its
    columns are 2 and 3. It starts at the ``Nơi nhận`` line with a line right of it in its row or the next
    two, and ends at the first line across the gutter."""
    start = next((i for i, l in enumerate(lines)
                  if l.col is None and l.cell is None and RECIPIENTS.match(fold(l.text))), None)
    if start is None:
        return
    head = lines[start]
    right = [l for l in lines[start:] if l.row - head.row <= 2 and l.x0 > head.x1 + head.size and l.cell is None]
    if not right:
        return
    right_start = min(l.x0 for l in right)
    boundary = (head.x1 + right_start) / 2
    for line in lines[start:]:
        if line.col is not None or line.cell is not None:
            continue
        if _left_column(line, boundary, right_start):  # (an item's long line: ``- TT Huyện ủy, HĐND, UBND các xã,``)
            line.col = 2
        elif line.x0 >= boundary:
            line.col = 3
        else:
            break  # across the gutter: no longer the close


def _left_column(line: Line, boundary: float, right_start: float) -> bool:
    """Whether a band's ``line`` is its left column's: it ends before the ``boundary`` between the columns, or starts
    before it and ends before the right column starts (a left line longer than those of the band's first row passes
    the midpoint between them and is no line across the gutter)."""
    return line.x1 <= boundary or line.x0 < boundary and line.x1 < right_start


def _attach_raised(cols: Chars, at: np.ndarray, starts: list[int]) -> list[tuple[float, np.ndarray]]:
    """Rows as (baseline, character indices); a row of only small characters just above a bigger row is its superscripts.

    Rows of only spaces are dropped first. A row taken into the next one puts
    its characters after that row's own (with any it took in turn), which
    decides the order of characters at the same x.
    """
    bounds = starts + [len(at)]
    inked = np.where(cols.space[at], -np.inf, cols.size[at])
    top = np.maximum.reduceat(inked, starts).tolist()  # largest inked size per row; -inf: only spaces
    bases = cols.base[at[starts]].tolist()
    rows = [r for r in range(len(starts)) if top[r] > -np.inf]
    out: list[tuple[float, np.ndarray]] = []
    taken: list[int] = []  # rows riding on the current one, in the order their characters follow
    for j, r in enumerate(rows):
        group = [r] + taken
        nxt = rows[j + 1] if j + 1 < len(rows) else None
        if nxt is not None:
            size = top[nxt]
            if max(top[g] for g in group) <= SUP_SIZE * size and 0 < bases[nxt] - bases[r] <= 0.6 * size:
                taken = group
                continue
        taken = []
        out.append((bases[r], np.concatenate([at[bounds[g]:bounds[g + 1]] for g in group])))
    return out


def _order(first: np.ndarray, then: np.ndarray) -> np.ndarray:
    """Indices sorting by ``first``, then ``then``, ties kept in place (as ``sorted`` with a key pair).

    numpy sorts complex numbers by real, then imaginary part, and a stable
    sort of one complex column is several times faster than ``lexsort`` of
    two. A NaN would sort after every number whatever its real part, so NaN
    in ``then`` sorts as +inf (``first`` must have none).
    """
    key = np.empty(len(first), dtype=np.complex128)
    key.real, key.imag = first, np.where(np.isnan(then), np.inf, then)
    return np.argsort(key, kind="stable")


def _shifted(a: np.ndarray, fill: float = 0.0) -> np.ndarray:
    """``a`` moved one place on, ``fill`` first: each element's predecessor."""
    out = np.empty_like(a)
    if len(a):
        out[0] = fill
        out[1:] = a[:-1]
    return out


def _new_run(a: np.ndarray, step: float | None = None) -> np.ndarray:
    """True at the first element and wherever one differs from (or, given ``step``, exceeds by more than it) the one before."""
    out = np.ones(len(a), dtype=bool)
    if step is None:
        np.not_equal(a[1:], a[:-1], out=out[1:])
    else:
        np.greater(a[1:] - a[:-1], step, out=out[1:])
    return out


def _ends(starts: np.ndarray, n: int) -> np.ndarray:
    """Where each run that starts at ``starts`` ends: the next start, ``n`` for the last."""
    out = np.empty(len(starts), dtype=np.intp)
    out[:-1] = starts[1:]
    out[-1:] = n
    return out


def _modes(groups: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """Per group (0 … n-1, sorted), :func:`_dominant` of its values in their order (0.0 for none).

    The commonest value; on a tie the one seen first, as ``Counter.most_common`` picks it.
    """
    out = np.zeros(n)
    if not len(values):
        return out
    o = _order(groups, values)
    g, v = groups[o], values[o]
    first = np.flatnonzero(_new_run(g) | _new_run(v))
    count = _ends(first, len(o)) - first
    at, grp = o[first], g[first]   # where each value is first seen, and its group
    best = _order(grp, at - count * (len(values) + 1.0))  # most values first, then the earliest
    lead = best[_new_run(grp[best])]
    out[grp[lead]] = np.round(values[at[lead]] * 2) / 2
    return out


def _rows_lines(cols: Chars, rows: list[tuple[float, np.ndarray]], page: int, width: float, height: float) -> list[list[Line]]:
    """Every row's lines, the same as :func:`_row_lines` gives, for a whole page at once.

    :func:`_row_lines` is a Python loop per character. For a row without a
    superscript run it comes down to cutting at column gaps and putting a
    space where the PDF has one or the gap is wide, which numpy does for all
    such rows of the page in a few passes; rows with a superscript digit or
    mark (a few per page), or with a non-finite coordinate, go through the loop.
    """
    if not rows:
        return []
    nrows = len(rows)
    row_id = np.repeat(np.arange(nrows), [len(order) for _, order in rows])
    seq = np.concatenate([order for _, order in rows])
    seq = seq[_order(row_id, cols.x0[seq])]  # each row left to right; a tie keeps the row's order
    finite = np.isfinite(cols.x0[seq]) & np.isfinite(cols.x1[seq]) & np.isfinite(cols.base[seq]) & np.isfinite(cols.size[seq])
    space = cols.space[seq]
    ink = np.flatnonzero(~space)                   # every row has inked characters
    spaces_before = np.cumsum(space)[ink]
    r, idx = row_id[ink], seq[ink]
    x0, x1, base, size, bold = cols.x0[idx], cols.x1[idx], cols.base[idx], cols.size[idx], cols.bold[idx]
    first = _new_run(r)
    row_size = _modes(r, size, nrows)
    near = np.abs(size - row_size[r]) < 0.6
    row_base = _modes(r[near], base[near], nrows)
    row_base = np.where(row_base != 0, row_base, [b for b, _ in rows])  # no dominant baseline: the row's own
    line_size, line_base = row_size[r], row_base[r]
    raised = (size <= SUP_SIZE * line_size) & (line_base - base >= SUP_RAISE * line_size)
    text = np.asarray(cols.text, dtype=object)[idx]  # object arrays index strings in C
    loop = np.zeros(nrows, dtype=bool)
    loop[row_id[~finite]] = True
    for k in np.flatnonzero(raised).tolist():
        if text[k].isdigit() or text[k] in "*†‡":
            loop[r[k]] = True
    gap = x0 - _shifted(x1)
    cut = ~first & (gap > column_gap(page, line_base, height) * line_size)
    larger = np.maximum(size, _shifted(size))
    carried = ~first & (spaces_before > _shifted(spaces_before))  # a space character between two glyphs
    least = SPACED_HALF * _row_medians(r[carried & ~cut], gap[carried & ~cut], nrows)[r]
    spaced = ~first & ~cut & ~raised & (carried | ((gap > SPACE_GAP * np.minimum(larger, line_size)) & (gap > least)))
    fast = np.flatnonzero(~loop[r])
    out: list[list[Line]] = [[] for _ in range(nrows)]
    if len(fast):
        glyphs, spaced = text[fast], spaced[fast]
        glyphs[spaced] = " " + glyphs[spaced]
        glyphs = glyphs.tolist()
        offsets = np.zeros(len(glyphs) + 1, dtype=np.intp)
        np.cumsum(np.fromiter(map(len, glyphs), dtype=np.intp, count=len(glyphs)), out=offsets[1:])
        joined = "".join(glyphs)
        line_at = np.flatnonzero(first[fast] | cut[fast])
        ends = _ends(line_at, len(fast))
        chars = offsets[ends] - offsets[line_at]
        heavy = np.add.reduceat(bold[fast].astype(np.intp), line_at) * 2 > np.maximum(chars, 1)
        fields = zip(r[fast][line_at].tolist(), offsets[line_at].tolist(), offsets[ends].tolist(), x0[fast][line_at].tolist(),
                     x1[fast][ends - 1].tolist(), line_base[fast][line_at].tolist(), line_size[fast][line_at].tolist(), heavy.tolist())
        for row, a, b, left, right, line_b, line_s, heavy_line in fields:
            out[row].append(Line(page, [joined[a:b]], left, right, line_b, line_s, heavy_line, height, width))
    for row in np.flatnonzero(loop).tolist():
        out[row] = _row_lines(_Row(rows[row][0], 0.0, cols.tuples(rows[row][1])), page, width, height)
    return out


def _row_lines(row: _Row, page: int, width: float, height: float) -> list[Line]:
    """One baseline's characters, left to right, cut at column gaps into lines.

    Only rows that :func:`_rows_lines` cannot settle in bulk come here (a
    superscript run, damaged coordinates), and the tests hold the bulk path
    to this one; the text piece being built is a local string.
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
    sup_size, sup_raise = SUP_SIZE * size, SUP_RAISE * size
    cut_gap = float(column_gap(page, base, height)) * size
    spans = sorted(_space_spans(chars, cut_gap))
    least = SPACED_HALF * spans[(len(spans) - 1) // 2] if spans else 0.0
    out: list[Line] = []
    pieces: list[str | tuple[str]] = []
    text: str | None = None   # the text piece being built, not yet in ``pieces``
    start = chars[0]
    prev: _Char | None = None
    sup_run = ""
    bold_n = 0

    def end_sup() -> None:
        """The superscript run becomes a marker piece, after the text before it."""
        nonlocal text, sup_run
        if text is not None:
            pieces.append(text)
            text = None
        pieces.append((sup_run,))
        sup_run = ""

    def flush(last: _Char) -> None:
        nonlocal pieces, text, bold_n
        if sup_run:
            end_sup()
        elif text is not None:
            pieces.append(text)
            text = None
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
            if gap > cut_gap:
                flush(prev)
                start = c
            elif not (raised and sup_run):
                if not pending_space:
                    larger = prev[SIZE] if prev[SIZE] > ch_size else ch_size
                    pending_space = gap > SPACE_GAP * (larger if larger < size else size) and gap > least
                if pending_space:
                    if sup_run:
                        end_sup()
                    if not raised:
                        text = " " if text is None else text + " "
        if raised and (ch.isdigit() or ch in "*†‡"):
            sup_run += ch
        else:
            if sup_run:
                end_sup()
            if text is None:
                text = ch
            else:
                text += ch
            bold_n += c[BOLD]
        prev = c
        pending_space = False
    flush(prev if prev is not None else start)
    return out


def _row_medians(rows: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """The (lower) median of each row's values, 0 for a row with none."""
    out = np.zeros(n)
    if len(rows):
        order = np.lexsort((values, rows))
        counts = np.bincount(rows, minlength=n)
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        has = np.flatnonzero(counts)
        out[has] = values[order][starts[has] + (counts[has] - 1) // 2]
    return out


def _space_spans(chars: Sequence[_Char], column_gap: float) -> list[float]:
    """The gaps across the space characters of a row (glyph to glyph), columns apart."""
    spans = []
    prev: _Char | None = None
    spaced = False
    for c in chars:
        if c[SPACE]:
            spaced = prev is not None
            continue
        if spaced and prev is not None and c[X0] - prev[X1] <= column_gap:
            spans.append(c[X0] - prev[X1])
        prev, spaced = c, False
    return spans


# -- pypdfium2 backend --------------------------------------------------------
_SKIP_CHARS = "\r\n\x00\ufffe\uffff"
_RECT = struct.Struct("4f")  # FS_RECTF: left, top, right, bottom as C floats


@lru_cache(maxsize=None)
def direct(name: str) -> Callable[..., object]:
    """A PDFium function re-declared to take plain addresses and keep the GIL.

    Per character the loader makes one PDFium call; through the bindings' own
    prototype each call checks typed pointers and releases and retakes the
    GIL, which costs more than PDFium's work. The same C function, declared
    with its pointer arguments as ``c_void_p`` under ``PYFUNCTYPE``, takes
    integer addresses and returns at once (a returned pointer is an integer
    address too, 0 for none). PDFium never calls back into Python, so keeping
    the GIL for a microsecond is safe.
    """
    import pypdfium2.raw as c

    bound = getattr(c, name)
    argtypes = [ctypes.c_void_p if issubclass(t, ctypes._Pointer) else t for t in bound.argtypes]
    restype = ctypes.c_size_t if bound.restype is not None and issubclass(bound.restype, ctypes._Pointer) else bound.restype
    return ctypes.PYFUNCTYPE(restype, *argtypes)(ctypes.cast(bound, ctypes.c_void_p).value)


def _fonts(address: int, at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Font size and boldness of the characters at ``at`` (indices into the text page).

    Both belong to a character's text object (its font and text state), and a
    page has several times fewer objects than characters asked about, so each
    object is asked once; a character without one is asked on its own. A font
    is bold by its weight or by its name: LibreOffice writes no weight into its
    fonts' descriptors (PDFium reads 400 for ``LiberationSerif-Bold``), and the
    pdfplumber reader goes by the name alone.
    """
    import pypdfium2.raw as c

    if hasattr(c, "FPDFText_GetTextObject"):
        objects = np.fromiter(map(direct("FPDFText_GetTextObject"), repeat(address), at.tolist()), dtype=np.uint64, count=len(at))
    else:  # a PDFium too old to name the object: every character is asked
        objects = np.zeros(len(at), dtype=np.uint64)
    keys = np.where(objects == 0, -1 - np.arange(len(at)), objects.astype(np.int64))
    _, first, same = np.unique(keys, return_index=True, return_inverse=True)
    asked = at[first].tolist()
    sizes = np.fromiter(map(direct("FPDFText_GetFontSize"), repeat(address), asked), dtype=np.float64, count=len(asked))
    weights = np.fromiter(map(direct("FPDFText_GetFontWeight"), repeat(address), asked), dtype=np.intc, count=len(asked))
    bold = (weights >= 600) | np.fromiter(map(partial(_bold_name, address), asked), dtype=bool, count=len(asked))
    return sizes[same], bold[same]


def _bold_name(address: int, index: int) -> bool:
    import pypdfium2.raw as c

    name = ctypes.create_string_buffer(_FONT_NAME)
    c.FPDFText_GetFontInfo(ctypes.cast(address, c.FPDF_TEXTPAGE), index, name, _FONT_NAME, None)
    return b"bold" in name.value.lower()


_FONT_NAME = 128  # bytes enough for a font's name (``BAAAAA+LiberationSerif-Bold``)


@lru_cache(maxsize=None)
def _char_classes() -> tuple[np.ndarray, np.ndarray]:
    """Per BMP code point (and one past it): skipped by the reader; ``str.isspace``. Tables look a page up at once."""
    chars = [chr(u) for u in range(0xFFFF + 1)]
    skipped = np.array([ch in _SKIP_CHARS for ch in chars] + [False])
    blank = np.array([ch.isspace() for ch in chars] + [False])
    return skipped, blank


def pdfium_chars(page: "object", textpage: "object", height: float) -> list[_Char]:
    """:func:`pdfium_columns` as one tuple per character."""
    return pdfium_columns(textpage, height).tuples()


def pdfium_columns(textpage: "object", height: float) -> Chars:
    """Every character with its advance box, bottom line and size, through raw PDFium calls.

    The text comes in one ``get_text_range`` call; per character only the
    loose box is asked for (it spans the advance width, and its bottom is the
    baseline moved down by the font's descent, the same for every character of
    one font and size, so it orders and groups lines as the baseline would).
    Size and weight are taken again only when the box height changes, i.e.
    when the font or size may have (float rounding changes it more often).
    The boxes land in one C array read as a numpy array, and the columns are
    built by numpy: per-character Python work and the bindings' call
    overhead, not PDFium, were most of the cost.
    """
    import pypdfium2.raw as c

    raw = textpage.raw
    n = textpage.count_chars()
    if n <= 0:
        return Chars.of([])
    text = textpage.get_text_range(0, n)
    if len(text) != n:  # surrogate pairs would shift indices; then ask per char
        text = "".join(chr(c.FPDFText_GetUnicode(raw, i) or 32) for i in range(n))
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    # PDFium gives a hyphen that ends a line as U+FFFE, taking it for a word broken in two; Vietnamese breaks
    # no syllable, so it is a hyphen of the text (``2150/QĐ-`` | ``UBND``: the symbol read ``2150/QĐ UBND``)
    codes = np.where(codes == 0xFFFE, 0x2D, codes)
    skipped, blank = _char_classes()
    plane0 = np.minimum(codes, 0xFFFF + 1)  # past the BMP no character is skipped or a space
    keep, space = ~skipped[plane0], blank[plane0]
    address = ctypes.cast(raw, ctypes.c_void_p).value
    if getattr(c, "FPDFText_IsGenerated", None) is not None:  # PDFium only ever generates spaces and breaks
        blanks = np.flatnonzero(keep & space)
        generated = np.fromiter(map(direct("FPDFText_IsGenerated"), repeat(address), blanks.tolist()), dtype=np.intc, count=len(blanks))
        keep[blanks[generated == 1]] = False
    at = np.flatnonzero(keep)
    m = len(at)
    if m == 0:
        return Chars.of([])
    keep_list = at.tolist()
    boxes = (c.FS_RECTF * m)()
    first = ctypes.addressof(boxes)
    deque(map(direct("FPDFText_GetLooseCharBox"), repeat(address, m), keep_list, range(first, first + _RECT.size * m, _RECT.size)), maxlen=0)
    left, top, right, bottom = np.frombuffer(boxes, dtype=np.float32).reshape(m, 4).astype(np.float64).T
    heights = top - bottom
    # a run starts where the box height differs from the previous character's
    starts = np.flatnonzero(heights != _shifted(heights, -1.0))
    run_sizes, run_bold = _fonts(address, at[starts])
    lengths = _ends(starts, m) - starts
    chars = list(codes[at].tobytes().decode("utf-32-le", "surrogatepass"))
    k = int(lengths.sum())  # short of m only if the first height were -1.0, as the tuples' zip was
    # the baseline itself: a letter a fallback font draws (``Ị`` of ``TỊCH``) has another descent, so its
    # box bottom sits lower than its neighbours' on the same baseline; one origin per run sets it right
    lift = np.repeat(np.nan_to_num(_origins(raw, at[starts]) - bottom[starts], nan=0.0), lengths)
    return Chars(chars[:k], left[:k], right[:k], height - bottom[:k] - lift, np.repeat(run_sizes, lengths),
                 np.repeat(run_bold, lengths), space[at][:k])


def _origins(raw: object, at: np.ndarray) -> np.ndarray:
    """The baseline (origin y, bottom-up) of the characters at ``at``."""
    import pypdfium2.raw as c

    x, y = ctypes.c_double(), ctypes.c_double()
    out = np.empty(len(at), dtype=np.float64)
    for n, i in enumerate(at.tolist()):
        out[n] = y.value if c.FPDFText_GetCharOrigin(raw, i, ctypes.byref(x), ctypes.byref(y)) else np.nan
    return out


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
