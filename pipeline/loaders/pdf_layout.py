"""Lines of every page → body paragraphs and footnotes, as a reader would rebuild them.

The rules, in the order they apply:

* **Page furniture**: a line in the top or bottom margin that is only a page
  number (``12``, ``- 12 -``, ``Trang 12``), or whose text repeats in the same
  margin on several pages (a running header), is not body text.
* **Footnote zone**: reading a page bottom-up, the run of lines set smaller
  than the body size is the zone, provided it starts with a note marker or
  continues a note from the previous page under a separator rule. A note starts
  at a line led by a superscript number (or a plain number equal to the next
  expected one); a zone that starts without one continues the last note, so a
  note broken over a page stays one note.
* **Paragraphs**: lines join while they keep size, spacing and margin; a page
  break (with the footnotes printed between the halves) does not end a
  paragraph whose last line ran to the right margin or whose next line starts
  in lower case.
* **Anchors**: superscript runs in the body pair with notes by marker, in
  order. A superscript with no note (``m²``) is put back as text, as a
  superscript character.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from statistics import median
from typing import Callable, Sequence

import regex

from pipeline.loaders.pdf_lines import Line
from pipeline.title import find_title
from pipeline.models import Document, Footnote
from pipeline.normalize import clean

MARGIN = 0.085           # top/bottom fraction of the page where furniture lives
NOTE_SIZE = 0.92         # notes are set at most this fraction of the body size
_PAGE_NO = regex.compile(r"^\s*(?:[-–—]\s*)?(?:trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*[-–—])?\s*$", regex.I)
_LIST_START = regex.compile(r"^(?:[-+•–—▪●○◦·*]\s|\(?[a-zđ0-9]{1,2}\)\s)")
_NUMBERED = regex.compile(r"^(?:[IVXLC]+[.\-–)]|\d+(?:\.\d+)*[.)]?)\s")
_ITEM_NUMBER = regex.compile(r"^(?:[IVXLC]+[.\-–)]|\d+(?:\.\d+)*[.)])\s")  # a section's or an item's number, marked
_TERMINAL = (".", ":", ";", "!", "?", "…", "”", ")")
# a dash and a word in lower case at a line's start: a list item's mark, or a compound's dash the line wrapped before
# (``kinh tế - xã hội``); the second when the line before ran to the margin with its sentence unfinished
_HYPHEN_WRAPPED = regex.compile(r"^[-–]\s\p{Ll}")
_HYPHEN_END = regex.compile(r"[\p{L}\p{N}][-‐]$")  # "Quân-" + "Dân": a compound broken at its hyphen
_OCR_MARK = regex.compile(r"^[0-9!|lIi'’*¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}\s")
_DIGITS = regex.compile(r"\d+")                 # compiled once: the layout matches these per margin or note line
# A note's number in its own size: ``1. Theo …``, ``1 Theo …``, or glued to the note's first
# word (``1Theo …``: a note paragraph style with no hanging indent, as LibreOffice prints it)
_PLAIN_MARK = regex.compile(r"^(\d{1,3})(?:[.)]?\s+|(?=\p{Lu}))")
_LEAD_MARK = regex.compile(r"^\S{1,3}[.)]?\s+")
# a length unit written right before a superscript 2 or 3 (``m²``, ``km²``, ``m³``): a power, no note's marker
_UNIT_BEFORE_POWER = regex.compile(r"(?:^|[\s\d(/])(?:k|h|d|c)?m\Z")
_SUPER = str.maketrans("0123456789*", "⁰¹²³⁴⁵⁶⁷⁸⁹*")


@dataclass
class Sup:
    """A superscript marker in running text, waiting to be paired with a note."""

    marker: str
    page: int
    note: int | None = None


@dataclass
class Para:
    page: int
    pieces: list[str | Sup] = field(default_factory=list)
    size: float = 0.0
    bold: bool = True
    lines: list[Line] = field(default_factory=list)
    ocr: bool = False
    cell: tuple[int, int, int] | None = None   # (table_no, row, col): a header-band column or a ruled table's cell
    apart: bool = False  # lines kept on lines of their own (the header band's: ``*`` under the issuer)
    breaks: dict[int, int] = field(default_factory=dict)  # kept apart: a line's index -> where its ``\n`` is in pieces

    def add_line(self, line: Line) -> None:
        if self.lines and not _HYPHEN_END.search(self.lines[-1].text) and not self.lines[-1].broken and not (
                self.cell is not None and _number_goes_on(self.lines[-1].text, line.text)):
            if self.apart:
                self.breaks[len(self.lines)] = len(self.pieces)
            self.pieces.append("\n" if self.apart else " ")
        for piece in line.pieces:
            self.pieces.append(Sup(piece[0], line.page) if isinstance(piece, tuple) else piece)
        self.lines.append(line)
        self.bold = self.bold and line.bold
        self.size = self.size or line.size


# A narrow table cell breaks a number inside its last group of thousands (``Tỷ lệ/100.0`` / ``00 dân``): the two
# parts make one group of three digits, as no two words would.
_NUMBER_CUT = regex.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})*\.(\d{0,2})$")
_NUMBER_REST = regex.compile(r"^(\d{1,3})(?!\d)")


def _number_goes_on(before: str, after: str) -> bool:
    cut, rest = _NUMBER_CUT.search(before), _NUMBER_REST.match(after)
    if cut is not None and rest is not None and len(cut[1]) + len(rest[1]) == 3:
        return True
    # (or inside its decimals, the cell holding the number alone: ``22,4`` / ``5``, ``10.256,`` / ``4``; they were
    # ``22,4 5``, no number, and the figure was lost)
    return _DECIMAL_CUT.fullmatch(before.strip()) is not None and _DECIMALS_REST.fullmatch(after.strip()) is not None


_DECIMAL_CUT = regex.compile(r"\d{1,3}(?:\.\d{3})*,\d{0,2}")
_DECIMALS_REST = regex.compile(r"\d{1,2}")


def _items_rejoined(para: Para) -> None:
    """In a borderless cell read as lines kept apart (``Nơi nhận:`` and its list beside the signature), an item's line
    that ran to the column's right edge goes on in the next line (``- Thường trực HĐND, UBND,`` / ``UBMTTQVN tỉnh;``):
    the cell wrapped it, as a ruled or a Word cell's wrapped lines join (``UBND`` had lost its level, ``… các huyện, thị
    xã,`` its ``thành phố``). A new item starts at a list mark; lines no mark opened (the issuer's, the signer's) stay
    apart, as geometry cannot tell a centred line that filled its cell from one that wrapped."""
    edge = max(line.x1 for line in para.lines)  # (the column's widest line reaches its right edge, near enough)
    start: Line | None = None  # the first line of the item being read
    for k, line in enumerate(para.lines):
        if _LIST_START.match(line.text):
            start = line
        elif start is None or k in para.breaks and not _wrapped_in_item(para.lines[k - 1], line, start, edge):
            start = None
        elif k in para.breaks:
            para.pieces[para.breaks[k]] = " "


def _wrapped_in_item(prev: Line, line: Line, start: Line, edge: float) -> bool:
    """Whether ``line`` carries on the item ``start`` opened, its line above ``prev`` ending unfinished where the first
    word of ``line`` would not have fit before the column's right ``edge``; in the item's size and weight, not left of
    its mark."""
    words = line.text.split()
    if not words or prev.text.rstrip().endswith(_TERMINAL) or abs(line.size - prev.size) > 0.6 \
            or line.bold != prev.bold or line.x0 < start.x0 - 0.5 * line.size:
        return False
    first = (line.x1 - line.x0) * len(words[0]) / len(line.text.strip())  # (its share of the line, by characters)
    return prev.x1 + _SPACE_WIDTH * prev.size + first > edge


_SPACE_WIDTH = 0.25  # a word space, as a fraction of the type size


@dataclass
class Note:
    marker: str
    page: int
    para: Para


def body_size(pages: Sequence[Sequence[Line]]) -> float:
    """The body's type size: the commonest size in the upper halves of the pages.

    Counting whole pages would let long footnotes (which only ever sit low on
    a page) outvote the body text of a note-heavy document.
    """
    upper: Counter[float] = Counter()
    every: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            every[line.size] += len(line.text)
            if line.base < line.page_height / 2:
                upper[line.size] += len(line.text)
    counts = upper or every
    return counts.most_common(1)[0][0] if counts else 0.0


def _furniture(pages: Sequence[Sequence[Line]]) -> tuple[set[int], dict[int, str]]:
    """ids of lines that are page numbers or running headers/footers, and each page's printed number.

    The printed number is dropped from the text but kept as the blocks' ``page_label``:
    a citation in a finding aid gives the page as printed, which need not be the PDF's.
    """
    drop: set[int] = set()
    labels: dict[int, str] = {}
    seen: Counter[tuple[str, str]] = Counter()
    margin_lines: list[tuple[Line, str]] = []
    for lines in pages:
        for line in lines:
            if line.cell is not None:  # a number in a table cell is no page number
                continue
            where = "top" if line.base < line.page_height * MARGIN else "bottom" if line.base > line.page_height * (1 - MARGIN) else ""
            if not where:
                continue
            if _PAGE_NO.match(line.text):
                drop.add(id(line))
                labels.setdefault(line.page, " ".join(line.text.split()))
                continue
            label = _DIGITS.sub("#", line.text.strip())
            seen[(where, label)] += 1
            margin_lines.append((line, where))
    repeat = max(2, len(pages) // 2)
    for line, where in margin_lines:
        if len(pages) >= 3 and seen[(where, _DIGITS.sub("#", line.text.strip()))] >= repeat:
            drop.add(id(line))
    return drop, labels


def _note_start(line: Line, expected: int) -> str | None:
    if line.lead_sup:
        return line.lead_sup
    m = _PLAIN_MARK.match(line.text)
    if m and int(m.group(1)) == expected:
        return m.group(1)
    if line.ocr and _OCR_MARK.match(line.text):  # OCR reads a raised "1" as "!", "'", "l" …
        return str(expected)
    return None


def _split_zone(lines: list[Line], size: float, open_note: bool, expected: int, rules: Callable[[], list[float]]) -> int:
    """Index where the footnote zone of a page starts (len(lines) when none)."""
    i = len(lines)
    while i > 0 and lines[i - 1].size <= NOTE_SIZE * size and lines[i - 1].size > 0:
        i -= 1
    if i == len(lines) or i == 0 and not open_note:
        return len(lines)

    def has_rule() -> bool:
        """A separator between the last body line and the first small line."""
        above = lines[i - 1].base if i > 0 else 0.0
        below = lines[i].base - lines[i].size
        return any(above < y < below for y in rules())

    # the zone is real only when it begins a note, or continues one under a rule
    if _note_start(lines[i], expected) is not None:
        return i
    for j in range(i, len(lines)):  # small lines above the first marker: a caption, not a note
        if _note_start(lines[j], expected) is not None:
            return i if open_note and has_rule() else j
    return i if open_note and has_rule() else len(lines)


_ALL_CAPITALS = regex.compile(r"[ \t]*\p{Lu}[\p{Lu}\d ,.&–-]*\p{Lu}[ \t]*")


def _breaks(prev: Line, line: Line, pitch: float, left: float, right: float) -> bool:
    """Does ``line`` start a new paragraph after ``prev`` on the same page?"""
    if line.base <= prev.base:                      # moved up: another column / table cell
        return True
    if abs(line.size - prev.size) > 0.6:
        return True
    if line.base - prev.base > 1.3 * max(pitch, prev.size * 1.05):
        return True
    text = line.text
    if not any(c.isalnum() for c in text) or not any(c.isalnum() for c in prev.text):
        return True                                 # rules and ornaments ("-----", "*") stand alone
    short = prev.x1 < right - 2.5 * prev.size
    if _LIST_START.match(text) and not (_HYPHEN_WRAPPED.match(text) and not short
                                        and not prev.text.rstrip().endswith(_TERMINAL)):
        return True  # (not ``… phát triển kinh tế`` / ``- xã hội năm 2027``: the line wrapped before a compound's dash)
    middle = (left + right) / 2
    centred = abs((line.x0 + line.x1) / 2 - middle) < line.size and abs((prev.x0 + prev.x1) / 2 - middle) < prev.size
    if line.x0 > left + 1.2 * line.size and prev.x0 <= left + 0.6 * prev.size and not (
            centred and not prev.text.rstrip().endswith(_TERMINAL)):
        return True                                 # first-line indent after a line at the margin (a centred title's
        #                                             second line is none: ``… dự toán ngân sách`` / ``nhà nước năm 2025``)
    if short and (prev.text.rstrip().endswith(_TERMINAL) or _NUMBERED.match(text) or text[:1].isupper() or text[:1] == "("):
        return True                                 # (a bracketed line under a short one: ``(Trình kỳ họp thứ 22 …)``)
    if _ITEM_NUMBER.match(text) and text[_ITEM_NUMBER.match(text).end():][:1].isupper() and (
            prev.text.rstrip().endswith((".", ":", ";", "!", "?")) or _ALL_CAPITALS.fullmatch(prev.text)):
        return True  # a section's number after a sentence's end or a heading in capitals, however full its line was
        #              (``I. TÌNH HÌNH, KẾT QUẢ … AN NINH, TRẬT TỰ`` / ``1. Công tác đấu tranh …`` were one heading)
    if _ALL_CAPITALS.fullmatch(text) and len(text.split()) >= 3 and any(c.islower() for c in prev.text):
        return True  # (``Về việc ban hành Kế hoạch …`` / ``ỦY BAN NHÂN DÂN HUYỆN THẠCH HÀ``: who decides, a line of its own)
    # a heading in capitals wraps in capitals and in its weight: however full its line, a bracketed line in lower case
    # or a change of weight under it is a paragraph of its own (a table's caption ``DỰ TOÁN THU NGÂN SÁCH NHÀ NƯỚC TRÊN
    # ĐỊA BÀN NĂM 2025`` / ``(Kèm theo Nghị quyết số 112/NQ-HĐND …)`` was one paragraph, and the table lost its year)
    heading = _in_capitals(prev.text)
    if heading and text[:1] == "(" and text.upper() != text:
        return True
    # a change of weight ends a short line's paragraph, or one the next line opens indented (a bold title centred under
    # ``BÁO CÁO`` that nearly fills its line, then ``Thực hiện Quyết định …``: the title had run into the body)
    return prev.bold != line.bold and (short or heading or line.x0 > left + 1.2 * line.size)


def _in_capitals(text: str) -> bool:
    """A text in capitals, as a heading prints it (``DỰ TOÁN THU NGÂN SÁCH NĂM 2025``): two letters at least, none in
    lower case."""
    return sum(map(str.isalpha, text)) >= 2 and text.upper() == text


def _ocr_goes_on(prev: Line, line: Line) -> bool:
    """A line OCR read that goes on with the sentence above in lower case (``… năm 2022`` / ``đạt 52,6 triệu đồng``,
    ``… Ban Thường vụ Huyện`` / ``ủy ban hành …``): the scan's jittering boxes made its margin or indent look like a new
    paragraph's, and a reference lost its date or body across the split."""
    if not (line.ocr and prev.ocr) or prev.text.rstrip().endswith(_TERMINAL) or abs(prev.size - line.size) > 1.0:
        return False
    words = prev.text.split()
    last = words[-1].lower() if words else ""
    # (or after a word no line of a paragraph ends with: ``… ngày 03/6/2013 của Ban`` / ``Chấp hành Trung ương …``)
    first = line.text.lstrip(_OCR_SPECKS)[:1]  # (``ˆ_ suất lúa …``: specks the scan left at the margin)
    return first.islower() or last in _LINKS_AT_END and first.isalnum()


_OCR_SPECKS = " ˆ_`'|~.,:"


_LINKS_AT_END = frozenset({"của", "và", "về", "với", "cho", "tại", "theo", "các", "những", "trong", "để", "ban", "số", "ngày"})


def _continues(prev: Para, line: Line, right: float) -> bool:
    """Does the first body line of a page carry on the paragraph the page break split?"""
    last = prev.lines[-1]
    text = line.text
    if abs(last.size - line.size) > 0.6 or _LIST_START.match(text) or _ITEM_NUMBER.match(text):
        return False
    if text[:1].islower():
        return True
    if text[:1].isdigit() and not last.text.rstrip().endswith(_TERMINAL):
        return True  # ``… thông qua danh mục`` / ``126 công trình …``: a count goes on with its sentence, as a word would
    if _NUMBERED.match(text):
        return False
    return last.x1 >= right - 2.5 * last.size and not last.text.rstrip().endswith((".", ":", "!", "?"))


def layout(doc: Document, pages: list[list[Line]], rules_at: Callable[[int], list[float]] | None = None,
           ocr_pages: set[int] | None = None) -> None:
    """Fill ``doc`` with blocks and footnotes from the pages' lines.

    ``rules_at(i)`` lists the heights (from the top) of thin horizontal strokes
    on page ``i`` (0-based); it is asked only when a page's small print might
    continue a note, and a stroke counts only between the body and that print.
    """
    size = body_size(pages)
    drop, labels = _furniture(pages)
    rules_at = rules_at or (lambda _i: [])
    ocr_pages = ocr_pages or set()
    paras: list[Para] = []
    notes: list[Note] = []
    pitches = [b.base - a.base for lines in pages for a, b in zip(lines, lines[1:]) if abs(a.size - size) < 0.6 and abs(b.size - size) < 0.6 and b.base > a.base]
    pitch = median(pitches) if pitches else size * 1.2
    tables = 0
    extent: dict[int, tuple[int, int]] = {}  # a ruled table's table_no -> its last row and last column so far
    for page_no, lines in enumerate(pages):
        lines = [l for l in lines if id(l) not in drop]
        if not lines:
            continue
        flow = [l for l in lines if l.cell is None]  # a table's small print is no footnote
        zone = _split_zone(flow, size, bool(notes), len(notes) + 1, lambda: rules_at(page_no))
        foot = flow[zone:]
        in_foot = set(map(id, foot))
        body = [l for l in lines if id(l) not in in_foot]
        main = [l for l in body if abs(l.size - size) < 0.6] or body
        left = min((l.x0 for l in main), default=0.0)
        right = max((l.x1 for l in main), default=0.0)
        ocr = page_no + 1 in ocr_pages
        prev: Line | None = None
        band: dict[int, Para] = {}
        band_tables: dict[int, int] = {}  # a band on this page (``col // 2``) -> its table_no
        cells: dict[tuple[int, int, int], Para] = {}
        numbered: dict[int, tuple[int, int]] = {}  # a ruled table on this page -> its table_no, first row
        carried = _continued_table(paras, body, extent)
        merged_row: int | None = None  # the page's row that went on in the row before the break (no row of its own)
        if carried is not None:
            numbered[0] = carried
            split = _split_row(paras, body, carried)
            if split:  # the page's first row is the rest of the last one: its lines go on in that row's cells
                numbered[0] = (carried[0], carried[1] - 1)
                cells.update(split)
            elif _repeats_header(paras, body, carried[0]) and (split := _split_row(paras, body, carried, at=1)):
                # the row's rest comes after the header the printer repeated: the header stays a row, the rest goes on
                cells.update(split)
                merged_row = 1
        for line in body:
            if line.col is not None:  # a band (header, signature): one block per column, lines kept apart
                group = line.col // 2  # (columns 0 and 1 the header's, 2 and 3 the signature's: a table each)
                if group not in band_tables:
                    band_tables[group] = tables
                    tables += 1
                if line.col not in band:
                    band[line.col] = Para(line.page, ocr=ocr, cell=(band_tables[group], 0, line.col % 2), apart=True)
                    paras.append(band[line.col])
                band[line.col].add_line(line)
                continue
            if line.cell is not None:  # a ruled table's cell: its lines form one block
                if line.cell[0] not in numbered:
                    numbered[line.cell[0]] = (tables, 0)
                    tables += 1
                if line.cell not in cells:
                    table_no, first_row = numbered[line.cell[0]]
                    row, col = first_row + line.cell[1], line.cell[2]
                    if merged_row is not None and line.cell[0] == 0 and line.cell[1] > merged_row:
                        row -= 1  # (the rows after the merged one close up its number)
                    cells[line.cell] = Para(line.page, ocr=ocr, cell=(table_no, row, col))
                    paras.append(cells[line.cell])
                    last_row, last_col = extent.get(table_no, (row, col))
                    extent[table_no] = (max(last_row, row), max(last_col, col))
                cells[line.cell].add_line(line)
                prev = None  # the text after a table starts a paragraph of its own
                continue
            if prev is None and paras and not paras[-1].ocr and paras[-1].cell is None and _continues(paras[-1], line, right):
                paras[-1].add_line(line)
            elif prev is None or _breaks(prev, line, pitch, left, right) and not _ocr_goes_on(prev, line):
                para = Para(line.page, ocr=ocr)
                para.add_line(line)
                paras.append(para)
            else:
                paras[-1].add_line(line)
            prev = line
        for para in band.values():
            _items_rejoined(para)
        for line in foot:
            marker = _note_start(line, len(notes) + 1)
            if marker is not None:
                if line.lead_sup:  # the marker is not part of the note's text
                    line = Line(line.page, _drop_lead_sup(line.pieces), line.x0, line.x1, line.base, line.size, line.bold, line.page_height, line.page_width)
                elif line.pieces and isinstance(line.pieces[0], str):
                    # (from the first piece only: the note's own superscripts stay, ``41.120,5 m²`` lost its ²)
                    plain = _PLAIN_MARK.match(line.pieces[0])
                    rest = line.pieces[0][plain.end():] if plain else _LEAD_MARK.sub("", line.pieces[0], count=1)
                    line = Line(line.page, [rest, *line.pieces[1:]], line.x0, line.x1, line.base, line.size, line.bold,
                                line.page_height, line.page_width)
                note = Note(marker, line.page, Para(line.page, ocr=ocr))
                note.para.add_line(line)
                notes.append(note)
            elif notes:
                notes[-1].para.add_line(line)
            else:  # small print before any note: keep it as body text
                para = Para(line.page, ocr=ocr)
                para.add_line(line)
                paras.append(para)
    _pair(paras, notes)
    _emit(doc, paras, notes, size)
    for block in doc.blocks:
        block.page_label = labels.get(block.page) if block.page is not None else None


def _drop_lead_sup(pieces: list[str | tuple[str]]) -> list[str | tuple[str]]:
    out = list(pieces)
    while out and isinstance(out[0], str) and not out[0].strip():
        out.pop(0)
    if out and isinstance(out[0], tuple):
        out.pop(0)
    if out and isinstance(out[0], str):
        out[0] = out[0].lstrip()
    return out


def _pair(paras: list[Para], notes: list[Note]) -> None:
    """Each note takes the first free superscript with its marker at or before its page; not a unit's power
    (``185.420 m²`` took the note ², which then anchored after ``185.420 m`` and not at ``Bảng giá đất²``)."""
    sups = [p for para in paras for i, p in enumerate(para.pieces) if isinstance(p, Sup)
            and not (p.marker in ("2", "3") and i and isinstance(para.pieces[i - 1], str)
                     and _UNIT_BEFORE_POWER.search(para.pieces[i - 1]))]
    used = 0
    for n, note in enumerate(notes):
        for k in range(used, len(sups)):
            sup = sups[k]
            if sup.page > note.page:
                break
            if sup.marker == note.marker:
                sup.note = n
                used = k + 1
                break


def _render(para: Para) -> tuple[str, dict[int, int]]:
    """Paragraph text (cleaned) and note index -> anchor offset."""
    text = ""
    anchors: dict[int, int] = {}
    buf = ""
    for piece in para.pieces:
        if isinstance(piece, Sup):
            if piece.note is None:
                buf += piece.marker.translate(_SUPER)
                continue
            text += clean(buf)
            buf = ""
            anchors[piece.note] = len(text.rstrip())  # "2017 ¹" anchors right after "2017"
            continue
        buf += piece
    text += clean(buf)
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    return stripped, {n: min(max(a - lead, 0), len(stripped)) for n, a in anchors.items()}


def _kind(para: Para, text: str, size: float) -> str:
    if _LIST_START.match(text):
        return "list_item"
    short = len(text) <= 150 and len(para.lines) <= 2
    if short and _in_capitals(text):
        return "heading"
    if short and (para.bold or para.size > size + 0.6) and not text.endswith((",", ";", ".")):
        return "heading"
    if len(para.lines) == 1 and len(text) <= 120 and _NUMBERED.match(text) and not text.endswith(_TERMINAL):
        return "heading"                            # "2. Hạn chế", "II- ĐÁNH GIÁ CHUNG"
    return "paragraph"


def _continued_table(paras: list[Para], body: list[Line], extent: dict[int, tuple[int, int]]) -> tuple[int, int] | None:
    """The table_no and next row of a ruled table that the page before ended with, when this page
    opens with a ruled table on as many columns: one table broken by the page, so its rows go on
    (a header row the printer repeated stays a row: no text is dropped). ``extent``: each ruled
    table's last row and column so far."""
    if not paras or not body or body[0].cell is None or body[0].cell[0] != 0:
        return None
    last = paras[-1]
    if last.cell is None or last.apart or last.page != body[0].page - 1:
        return None
    last_row, last_col = extent[last.cell[0]]
    width = max(l.cell[2] for l in body if l.cell is not None and l.cell[0] == 0)
    carried = (last.cell[0], last_row + 1)
    # (a split row's rest may hold text in fewer columns: ``_split_row`` says whether it is one)
    return carried if width == last_col or width < last_col and _split_row(paras, body, carried) else None


_NUMBER_ONLY = regex.compile(r"[\d.,%\s()+\-–]+")


def _split_row(paras: list[Para], body: list[Line], carried: tuple[int, int], at: int = 0
               ) -> dict[tuple[int, int, int], Para]:
    """The cells of the last row before a page break, by the cell each takes on this page, when the row was
    split by the break: this page's first row (``at``: the row after a repeated header) has no text in the first
    column (``STT``) where that row had, holds no number alone (a total row, ``| Cộng | 1.250 |``, is a row of its
    own), and goes on only in columns where that row had text (``Phường Nam Đông`` / ``Hà``). None (empty)
    otherwise."""
    table_no, next_row = carried
    first = {l.cell[2]: l for l in body if l.cell is not None and l.cell[0] == 0 and l.cell[1] == at}
    last = {p.cell[2]: p for p in paras if p.cell is not None and p.cell[0] == table_no and p.cell[1] == next_row - 1}
    if not first or 0 in first or 0 not in last or not set(first) <= set(last):
        return {}
    texts = {c: " ".join(l.text for l in body if l.cell == (0, at, c)) for c in first}
    if any(_NUMBER_ONLY.fullmatch(t) for t in texts.values()):
        return {}
    return {(0, at, c): last[c] for c in first}


def _repeats_header(paras: list[Para], body: list[Line], table_no: int) -> bool:
    """Whether this page's first row of its first ruled table says what the table's first row said (a header row
    the printer repeats on every page)."""
    header = {p.cell[2]: " ".join(" ".join(line.text for line in p.lines).split()) for p in paras
              if p.cell is not None and p.cell[0] == table_no and p.cell[1] == 0}
    here: dict[int, list[str]] = {}
    for line in body:
        if line.cell is not None and line.cell[0] == 0 and line.cell[1] == 0:
            here.setdefault(line.cell[2], []).append(line.text)
    return bool(header) and {c: " ".join(" ".join(t).split()) for c, t in here.items()} == header


def _emit(doc: Document, paras: list[Para], notes: list[Note], size: float) -> None:
    anchor_at: dict[int, tuple[int, int]] = {}
    for para in paras:
        text, anchors = _render(para)
        if not text:
            continue
        if para.cell is not None:
            table_no, row, col = para.cell
            block = doc.add_block("table_cell", text, page=para.page, ocr=para.ocr, table_no=table_no, row=row, col=col)
        else:
            block = doc.add_block(_kind(para, text, size), text, page=para.page, ocr=para.ocr)
        for n, char in anchors.items():
            anchor_at[n] = (block.block_id, char)
    number = 0
    for n, note in enumerate(notes):
        text, _ = _render(note.para)
        if not text:
            continue
        number += 1
        block = doc.add_block("footnote", text, page=note.page, footnote_no=number, ocr=note.para.ocr)
        where = anchor_at.get(n)
        doc.footnotes.append(Footnote(
            footnote_no=number, marker=note.marker, block_id=block.block_id,
            anchor_block_id=where[0] if where else None, anchor_char=where[1] if where else None,
            text=text, anchor_reliable=not note.para.ocr,
        ))
    doc.title = doc.title or find_title(doc.blocks)
