"""Figures in tables: a bare number in a cell means nothing without its row,
its column and the unit the table states once (``ĐVT: triệu đồng``), per
column (``Dự toán (tỷ đồng)``) or per row (an ``ĐVT`` column).

Only cells that are a bare number are read here; a cell that is a sentence
goes to the prose reader like any paragraph.
"""
from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

import regex

from extractors.date_relative import relative_period
from extractors.date_report import months_covered
from extractors.figure_counted import counted_at, skip_space, tagged_classifier
from extractors.figure_context import mention_spans
from extractors.figure_prose import UNIT_NOTE, kind_of, unit_chain
from extractors.figure_record import Figure
from extractors.figure_status import COMPARING
from extractors.figure_units import (COUNT_DIMENSIONS, SHARE_DIMENSIONS, Unit, lowered_noun, per_people, match_unit,
                                    qualifiers, units as unit_table)
from extractors.number_parse import NUMBER, parse_number, scaled
from extractors.sections import title_start
from gazetteers.admin_units import unit_types
from pipeline.models import Block, Document
from pipeline.normalize import fold

# A cell's number: a sign, the number, a percent; a qualifier before it (``≥ 97``, ``dưới 17``, ``không quá
# 17``) and ``trở lên`` after it are the target's bound (such cells were no figure, and a row of them a header).
# A plan's range (``3,0-3,5``, ``97.000 - 98.000``) is one figure, its upper end ``value_max``; a share of a
# whole (``38/42`` schools) one with its ``denominator``.
_CELL_NUMBER = regex.compile(r"\s*(?P<q>[≥≤<>]|[^\W\d_]+(?:\s+[^\W\d_]+){0,2})?\s*(?P<sign>[-−+]?)\s*(?P<num>" + NUMBER.pattern
                             + r")\s*(?:%?\s*[-–÷]\s*(?P<upto>" + NUMBER.pattern + r")|/\s*(?P<whole>" + NUMBER.pattern
                             + r"))?\s*(?P<pct>%?)\s*(?P<above>trở\s+lên)?\s*")
_UNIT_NOTE = regex.compile(UNIT_NOTE)
_UNIT_HEADER = regex.compile(r"^[*_ ]*(?:đvt|đơn vị tính|đơn vị)[*_ .:]*$")
_UNIT_TOLD = regex.compile(r"^[*_ ]*(?:đvt|đơn vị tính)[*_ .:]*$")  # a bare ``Đơn vị`` may head the bodies reporting
# (``ST T``: a narrow cell of a PDF wraps the word)
_SEQ_HEADER = regex.compile(r"^[*_ ]*(?:s ?t ?t|t ?t|số tt|số thứ tự)[*_ .:]*$")
_PAREN = regex.compile(r"\(([^()]{1,40})\)")
_YEAR = regex.compile(r"(?:19|20)\d\d")
# a label that is a time alone (``2014``, ``Quý I/2026``, ``6 tháng đầu năm 2025``): when, not what is counted
_Y = r"(?:19|20)\d\d"
_WHEN_ONLY = regex.compile(rf"(?:năm\s+)?{_Y}|quý\s+(?:[ivx]+|\d)(?:\s*[/-]\s*{_Y}|\s+năm\s+{_Y})?"
                           rf"|(?:\d{{1,2}}|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?(?:\s+{_Y})?"
                           rf"|tháng\s+\d{{1,2}}(?:\s*[/-]\s*{_Y}|\s+năm\s+{_Y})?")
# a header over the bases its columns compare with: ``Tháng 10/2025 so với:`` over ``Kỳ gốc 2024 | Tháng 12/2024``
_COMPARED_WITH = regex.compile(r"(?:so sánh với|so với)[ *_:]*$")
_COMPARED = regex.compile(r"(?<!\w)(?:so sánh với|so với)(?!\w)")
# what an ``STT`` cell numbers a row with: ``1``, ``1.2``, ``IV``, ``a)``, ``-``, ``+``
_NUMBERING = regex.compile(r"[*_ (]*(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,7}|[a-zđ]|[-+•–])[.)]?[*_ ]*")


def _unit_in(folded: str, start: int) -> tuple[float, Unit | None]:
    factor, unit, _, _ = unit_chain(folded, start)
    return factor, unit


_NOTE_ITEM = regex.compile(r"[^;,)\n]+")
_NOTE_SCALE = regex.compile(r"[ \t]*(1(?:[.,]?000)+)[ \t]*")
_PER = regex.compile(r"(?:\s*/\s*[^\W\d_][^/]*)+")  # the denominators of a rate written in a unit cell
_LISTED_NOUN = regex.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2}")
# ``đảng phí: nghìn đồng`` of ``ĐVT: đảng viên; đảng phí: nghìn đồng``: the unit of the column or row so named
_NAMED_ITEM = regex.compile(r"[ \t]*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,4})[ \t]*:[ \t]*")


def _stated_units(texts: list[str]) -> tuple[list[tuple[float, Unit | None]], dict[int, str]]:
    """The units of the first ``ĐVT: …`` note among ``texts``: a measure or money (``ĐVT: triệu
    đồng``), or a counted noun of the units vocabulary (``ĐVT: hộ``) when its item ends with it;
    several when the note lists one for each column or row (``ĐVT: hộ; căn; triệu đồng``); and, by their place in
    that list, the labels the note names some of them for (``đảng phí: nghìn đồng``), folded."""
    for text in texts:
        folded = fold(text)
        m = _UNIT_NOTE.search(folded)
        if not m:
            continue
        told = m["told"] is not None
        items = []
        for item in _NOTE_ITEM.finditer(folded, m.end()):
            if item.start() > m.end() and folded[item.start() - 1] not in ";,":
                break  # the note is over (a bracket or the line closed it)
            items.append(item)
        units: list[tuple[float, Unit | None]] = []
        names: dict[int, str] = {}
        if len(items) == 2 and (pair := unit_table().get(f"{items[0].group().strip()} {items[1].group().strip()}")):
            return [(1.0, pair)], {}  # ``ĐVT: vụ, việc``: the pair one noun names (cases and matters), no unit per column
        for item in items:
            named = _NAMED_ITEM.match(folded, item.start(), item.end())
            begin = named.end() if named else item.start()
            scale = _NOTE_SCALE.match(folded, begin)  # ``ĐVT: 1.000 đồng``, ``1000đ``: in thousands of đồng
            factor, unit, at, end = unit_chain(folded, scale.end() if scale else begin)
            if scale and unit is not None:
                factor *= int(scale[1].replace(".", "").replace(",", ""))
            if unit is None:  # ``ĐVT: con``, ``ĐVT: nghìn con``: a note says so of any noun, a classifier too
                unit = _noun_note(text, folded, at, classifier=True)
            if unit is not None:
                unit = _as_rate(text, folded, unit, end, item.end())  # (``ĐVT: ha, tạ/ha, tấn``: a yield's rate)
            if unit is None and factor == 1 and (len(items) > 1 or told) and _LISTED_NOUN.fullmatch(item.group().strip()):
                # in a list of units every item is one: ``lượt`` of ``ĐVT: lượt, %, ca``; and what ``ĐVT`` (the unit of
                # count) names is one, known or not (``ĐVT: công dân``, ``ĐVT: lượt người``), where a bare ``Đơn vị:``
                # may name the body reporting
                unit = _count_unit(text[item.start():item.end()])
            if unit is not None or factor > 1:
                if named:
                    names[len(units)] = named[1]
                units.append((factor, unit))
        if units:
            return units, names
    return [], {}


# What a label names when it counts money: which of a note's several units is a money column's.
# (a debt of any kind, ``Nợ quá hạn``, ``Nợ xấu``, beside ``Dư nợ``; a tax or a fee levied)
_MONEY_LABEL = regex.compile(r"(?<!\w)(?:kinh phí|tiền|giá trị|trị giá|thiệt hại|vốn|ngân sách|nợ|doanh thu|doanh số|"
                             r"thu nhập|thuế|lệ phí)(?!\w)")


# ``Số hội viên``, ``Tổng số hộ``; ``Trong đó: đảng viên`` (a column of a part of the one before), ``Trong đó số nữ``
_NUMBER_OF = regex.compile(r"^(?:trong đó\s*:?\s*(?:(?:tổng\s+)?số\s+)?|(?:tổng\s+)?số\s+)")


def _deepest(label: str | None) -> str | None:
    """The lowest level of a column's joined label (``Mô hình kinh tế tập thể / Số mô hình`` → ``Số mô hình``): what
    its cells count."""
    return label.rsplit(" / ", 1)[-1] if label else label


def _counted_label(label: str | None, column: bool = False) -> tuple[float, Unit | None] | None:
    """``Số hội viên``, ``Tổng số hộ nghèo``: a label that says "the number of" a counted noun of the
    vocabulary counts in it, when nothing else in the table gives a unit; so does a short column
    label that opens with one (``Hồ sơ trực tuyến``; a row's ``Xã Kim Sơn`` is a name). A classifier counts with
    the noun it classifies, as in prose (``Số lượt quần chúng``: ``lượt quần chúng``); alone (``Số lượt``) it says
    too little."""
    if not label:
        return None
    label = " ".join(label.split())
    folded = fold(label)
    m = _NUMBER_OF.match(folded)
    at = m.end() if m else 0
    if m is None and (not column or len(folded.split()) > _NOUN_LABEL_WORDS or _STAGE.match(folded)):
        return None
    found = match_unit(folded, at)
    if found is None or found[0].dimension not in COUNT_DIMENSIONS:
        return None
    # (``Số nhóm, lớp``: either, one count)
    end = counted.unit_end if (counted := counted_at(label, folded, at)) is not None else found[1]
    if found[0].dimension == "classifier" and end == found[1]:
        return None
    return 1.0, _count_unit(label[at:end])


# a plan's column of tasks: its cells say what is to be done, with their own figures (``Tập huấn kỹ năng số cho 350 lượt
# người dân``), where a row's name only says which row it is
_TASKS = regex.compile(r"(?:nội dung )?(?:nhiệm vụ|công việc|hoạt động)(?: (?:cụ thể|trọng tâm|chủ yếu))?$")
# ``Kế hoạch 2025``, ``Thực hiện 6 tháng``, ``Chỉ tiêu``: a column for a stage of the plan, whatever its rows count
_STAGE = regex.compile(r"(?:kế hoạch|chỉ tiêu|dự toán|ước|thực hiện|kết quả|cùng kỳ|so sánh|so với)(?!\w)")
_NOUN_LABEL_WORDS = 5  # ``Hồ sơ trực tuyến``; a longer label opening with a noun is a phrase, not a column's count


def _note_named(units: list[tuple[float, Unit | None]], names: dict[int, str], column: str | None,
                row: str | None) -> tuple[float, Unit | None] | None:
    """The unit a note names for a cell's column or row (``Đảng phí`` under ``ĐVT: đảng viên; đảng phí: nghìn
    đồng``): the note says which is which in words, before any guess from the kind of unit."""
    for label in (column, row):
        folded = " ".join(fold(label or "").split())
        for i, name in names.items():
            if regex.search(rf"(?<!\w){regex.escape(name)}(?!\w)", folded):
                return units[i]
    return None


def _named_unit(units: list[tuple[float, Unit | None]], column: str | None, row: str | None) -> tuple[float, Unit | None] | None:
    """Of a note's several units, the one a cell's column or row label names (``_claimed_unit``); else, where the
    note adds a share's unit to one other (``ĐVT: Tỷ đồng, %``), that other: the shares' columns say so in their
    headers. None when neither: no unit is better than another column's."""
    claimed = _claimed_unit(units, column, row)
    if claimed is not None:
        return claimed
    others = [(factor, unit) for factor, unit in units if unit is None or unit.dimension not in SHARE_DIMENSIONS]
    return others[0] if len(others) == 1 < len(units) else None


def _claimed_unit(units: list[tuple[float, Unit | None]], column: str | None, row: str | None) -> tuple[float, Unit | None] | None:
    """Of a note's several units, the one a cell's column or row label names (``Số hộ``, ``Nhà ĐĐK
    (căn)``, ``Kinh phí``, ``Diện tích``): a note listing a unit per column says which is which no other way. The
    labels are asked in order, the column's first: a row's ``Thị xã Hồng Lĩnh`` under ``ĐVT: xã; triệu đồng`` names a place, where its column ``Vốn đã giải
    ngân`` names the money. A label that says "the number of" a listed noun counts it whatever else it names (``Số hộ
    còn dư nợ`` under ``ĐVT: triệu đồng, hộ`` was money); a row names a counted noun only by opening with it or in
    brackets (``Cho vay hộ nghèo`` is a programme, no count of ``hộ``)."""
    labels = [(" ".join(fold(label).split()), label is row) for label in (column, row) if label]
    for f, _ in labels:
        if (m := _NUMBER_OF.match(f)) is not None:
            for factor, unit in units:
                if unit is not None and unit.dimension in COUNT_DIMENSIONS and _noun_at(f, unit, m.end()):
                    return factor, unit
    for f, is_row in labels:
        for factor, unit in units:
            if unit is None or unit.dimension == "money":
                if _MONEY_LABEL.search(f):
                    return factor, unit
            elif unit.dimension == "percent":
                if "tỷ lệ" in f or "tỉ lệ" in f:
                    return factor, unit
            elif (measured := _MEASURED.get("rate" if "/" in unit.unit else unit.dimension)) and measured.search(f):
                return factor, unit  # (``ĐVT: ha, tạ/ha, tấn`` over rows ``Diện tích``, ``Năng suất``, ``Sản lượng``)
            elif unit.dimension in COUNT_DIMENSIONS and is_row:
                if _noun_at(f, unit, len(_ROW_MARK.match(f)[0])) or f"({fold(unit.surface)})" in f:
                    return factor, unit
            elif regex.search(rf"(?<!\w){regex.escape(fold(unit.surface))}(?!\w)", f):
                return factor, unit
    return None


def _unit_left(units: list[tuple[float, Unit | None]], names: dict[int, str], columns: list[str | None],
               rows: list[str | None]) -> tuple[float, Unit | None] | None:
    """The one unit of a note's several that neither the note names for a label nor any of the table's column or row
    labels claims (``_claimed_unit``), shares aside: the unit of the columns left. ``ĐVT: kg, ha`` over ``Giống lúa |
    Diện tích gieo trồng lại``: ``Diện tích`` claims the ha, so the seed is in kg (it was a count of nothing)."""
    if len(units) < 2:
        return None
    claimed = [_claimed_unit(units, label, None) for label in columns] + [_claimed_unit(units, None, label) for label in rows]
    left = [unit for i, unit in enumerate(units) if i not in names and unit not in claimed
            and (unit[1] is None or unit[1].dimension not in SHARE_DIMENSIONS)]
    return left[0] if len(left) == 1 else None


# a column of the change in the one before it (``Tăng (+), giảm (-) so với đầu năm``, ``So với cùng kỳ``)
_CHANGE_LABEL = regex.compile(r"(?:tăng|giảm|so với|chênh lệch)(?!\w)")


# a cost table's columns (``STT | Nội dung | ĐVT | Khối lượng | Đơn giá | Thành tiền``): the row's unit is the quantity's,
# and the money note the price's and the total's
_QUANTITY_COLUMN = regex.compile(r"(?:số lượng|khối lượng)(?!\w)")
_PRICE_COLUMN = regex.compile(r"(?:đơn giá|giá)(?!\w)")
_TOTAL_COLUMN = regex.compile(r"(?:thành tiền|kinh phí|giá trị|số tiền|tổng cộng)(?!\w)")


def _cost_column(label: str | None, row_unit: tuple[float, Unit | None] | None, header: tuple[float, Unit | None] | None,
                 table_unit: tuple[float, Unit | None] | None, listed: list[tuple[float, Unit | None]]
                 ) -> tuple[float, Unit | None] | None | bool:
    """A cost table's column: a price in money per the row's unit (``Đơn giá`` of a row in m3: VND/m3), a total in money,
    a quantity in the row's unit or none (``Số lượng`` under ``ĐVT: nghìn đồng`` is no money); False where the column is
    none of these, or the table states no money (the rules for any table decide)."""
    money = next((u for u in (header, table_unit, *listed) if u is not None and u[1] is not None
                  and u[1].dimension == "money"), None) if label else None
    if money is None:
        return False
    folded = " ".join(fold(_deepest(label) or "").split())
    if _QUANTITY_COLUMN.match(folded):
        return row_unit if row_unit is not None and row_unit[1] is not None and row_unit[1].dimension != "money" else None
    if _PRICE_COLUMN.match(folded) and row_unit is not None and row_unit[1] is not None and row_unit[1].dimension != "money":
        name = f"{money[1].unit}/{row_unit[1].unit or row_unit[1].surface}"
        return money[0], Unit(name, name, "money", money[1].factor)
    if _TOTAL_COLUMN.match(folded) or _PRICE_COLUMN.match(folded):
        return money
    return False


def _noun_at(folded: str, unit: Unit, at: int) -> bool:
    surface = fold(unit.surface)
    return folded.startswith(surface, at) and not folded[at + len(surface):at + len(surface) + 1].isalnum()


_ROW_MARK = regex.compile(r"[-–+*•.\s]*")  # a row's bullet (``- Diện tích``)
# What a row or column measures, by the dimension of the unit it is in (a rate's: ``tạ/ha``)
_MEASURED = {"area": regex.compile(r"(?<!\w)diện tích(?!\w)"), "rate": regex.compile(r"(?<!\w)năng suất(?!\w)"),
             "mass": regex.compile(r"(?<!\w)(?:sản lượng|khối lượng|trọng lượng)(?!\w)"),
             "length": regex.compile(r"(?<!\w)(?:chiều dài|độ dài)(?!\w)")}


def _noun_note(text: str, folded: str, at: int, classifier: bool = False) -> Unit | None:
    """``hộ`` of ``(ĐVT: hộ)``: a listed counted noun with nothing after it but the note's end, so
    that ``Đơn vị: Hội Nông dân xã`` (a body, not a unit) is not read as one. A classifier (``lượt``,
    ``cuộc``) only where told: alone in a label's brackets it is the unit (``Lượt TNTN (lượt)``)."""
    found = match_unit(folded, at)
    if found is None or found[0].dimension not in COUNT_DIMENSIONS or (found[0].dimension == "classifier" and not classifier):
        return None
    if folded[found[1]:].strip()[:1] not in ("", ")", ";", ",", "."):
        return None
    noun = " ".join(text[at:found[1]].split())
    return Unit(noun, noun, "count", 1.0)


# (``Tỷ lệ %``, ``So sánh %``: a percent sign after the header's words, brackets or not)
_PERCENT_LAST = regex.compile(r"(?<=[^\W\d_])[ \t\n]*%[*_ ]*$")
# (or before them: ``% so DT``, ``%CK``, ``Tỷ lệ % so dự toán``, a budget table's columns under ``ĐVT: Tỷ đồng``)
_PERCENT_FIRST = regex.compile(r"[*_ \t]*(?:t[ỷỉ] lệ[ \t]*)?%")
# (what a budget's row is shared by, no unit of its amounts: ``Các khoản thu phân chia theo tỷ lệ %``)
_SHARED_BY_PERCENT = regex.compile(r"(?<!\w)theo[ \t]+t[ỷỉ][ \t]+lệ[ \t]*%")


def _header_unit(text: str) -> tuple[float, Unit | None] | None:
    """``Dự toán (triệu đồng)``, ``Tỷ lệ (%)``: a unit in a column header's brackets, or its last sign."""
    folded = fold(text)
    for m in _PAREN.finditer(folded):
        factor, unit, _, end = unit_chain(folded, m.start(1))
        if unit is not None and unit.dimension not in COUNT_DIMENSIONS:
            return factor, _as_rate(text, folded, unit, end, m.end(1))  # (``Năng suất (tạ/ha)``: a rate)
    # (the deepest level of a joined label: ``Sau sắp xếp / Tỷ lệ % so với tiêu chuẩn``)
    deepest = folded.rfind(" / ") + 3 if " / " in folded else 0
    if (m := _PERCENT_LAST.search(folded) or _PERCENT_FIRST.match(folded, deepest)) and not _SHARED_BY_PERCENT.search(folded):
        return _unit_in(folded, m.start() + m[0].index("%"))
    return None


def _label_unit(text: str) -> tuple[float, Unit | None] | None:
    """``Tỷ lệ hộ nghèo (%)``, ``Số hộ nghèo (hộ)``, ``Cây xanh (cây)``: a row label's or column header's
    unit in brackets; a counted noun as well, when it is all the brackets hold (the row or column
    counts in it, whatever the table's ĐVT)."""
    stated = _header_unit(text)
    if stated is not None:
        return stated
    folded = fold(text)
    for m in _PAREN.finditer(folded):
        factor, _, at, _ = unit_chain(folded, m.start(1))  # ``Đàn gia cầm (nghìn con)``: scaled
        noun = _noun_note(text, folded, at, classifier=True) or _restated_noun(text, folded, m) or \
            _noun_over_noun(text, folded, at, m.end(1)) or _classifier_note(text, at, m.end(1))
        if noun is not None:
            return factor, noun
    return None


def _noun_over_noun(text: str, folded: str, at: int, stop: int) -> Unit | None:
    """``Truy tố (vụ/bị can)``: a counted noun over another, both of the vocabulary, in a label's brackets: the unit of
    cells written ``92/164`` (cases over the accused, as prose writes ``92 vụ/164 bị can``), as a unit cell's
    ``vụ/bị can`` is (``_as_rate``)."""
    found = match_unit(folded, at)
    if found is None or found[0].dimension not in COUNT_DIMENSIONS or (slash := folded.find("/", found[1], stop)) < 0 \
            or folded[found[1]:slash].strip():
        return None
    other = match_unit(folded, skip_space(folded, slash + 1))
    if other is None or other[0].dimension not in COUNT_DIMENSIONS or folded[other[1]:stop].strip():
        return None
    return _as_rate(text, folded, _count_unit(text[at:found[1]]), found[1], stop)


def _classifier_note(text: str, at: int, stop: int) -> Unit | None:
    """``Kiến nghị (bản)``: a classifier alone in a label's brackets is the unit its row or column counts in, listed or
    not (``_noun_note`` takes the listed ones)."""
    word = text[at:stop].strip()
    return _count_unit(word) if word and " " not in word and word.islower() and tagged_classifier(word) else None


def _restated_noun(text: str, folded: str, m: regex.Match[str]) -> Unit | None:
    """``Số trẻ (trẻ)``, ``Trẻ dưới 1 tuổi TCĐĐ (trẻ)``: brackets holding only words their label says
    before them restate what it counts, so they are its unit, listed or not (where ``Kế hoạch (KH)``
    or ``Số xã (phường, thị trấn)`` restate nothing)."""
    inside = " ".join(m[1].split())
    said = " ".join(folded[:m.start()].split())
    if not _LISTED_NOUN.fullmatch(inside) or not regex.search(rf"(?<!\w){regex.escape(inside)}(?!\w)", said):
        return None
    return _count_unit(" ".join(text[m.start(1):m.end(1)].split()))


def _numeric(text: str) -> regex.Match[str] | None:
    m = _CELL_NUMBER.fullmatch(text)
    if m is None or (not m["pct"] and _YEAR.fullmatch(m["num"])):
        return None  # a year in a cell is a column or row label, not a figure
    if m["upto"] and (m["sign"] or parse_number(m["upto"]) <= parse_number(m["num"])):
        return None  # (``5-3``: no range a plan writes)
    if m["whole"] and (m["sign"] or m["pct"] or parse_number(m["whole"]) < parse_number(m["num"])):
        return None  # (``15/3``: a day of a month, no share)
    if m["q"] and _cell_qualifier(m) is None:
        return None  # words before a number that are no bound (``Xã 3``, ``Năm 2024``): a label
    return m


def _cell_qualifier(m: regex.Match[str]) -> str | None:
    if m["above"]:
        return "at_least"
    return qualifiers().get(" ".join(fold(m["q"]).split())) if m["q"] else None


_MONTHS = regex.compile(r"(?<!\w)(\d{1,2}|sáu|chín)\s+tháng(?!\s+(?:\d|năm\s+\d))")
_MONTH_WORDS = {"sáu": "6", "chín": "9"}


class CellLabels(NamedTuple):
    """What a table says of a text cell's place in it: prose read there keeps its row and column."""

    row_label: str | None
    col_label: str | None
    period: tuple[str, str] | None


def table_figures(doc: Document) -> tuple[list[tuple[Block, Figure]], set[int], dict[int, CellLabels]]:
    """Figures from numeric cells, the ids of every cell read here, and the labels of the text
    cells left to be read as prose (``Ghi chú``, ``Kết quả thực hiện``)."""
    periods: dict[int, list[tuple[str, str]]] = defaultdict(list)  # block -> the periods the dates reader found
    cited = mention_spans(doc)
    folded = {b.block_id: b.folded for b in doc.blocks if b.kind == "table_cell"}
    for row in doc.rows("dates"):
        if any(s <= row["char_start"] < e for s, e in cited.get(row["block_id"], ())):
            continue  # ``3120/QĐ-UBND ngày 15/9/2022`` in a project's row: the day of its approval, not the row's time
        if row["block_id"] in folded and _COMPARED.search(folded[row["block_id"]], 0, row["char_start"]):
            continue  # ``Tháng 10/2024 so với tháng 9/2024 (%)``: the base compared with, not the column's time
        if (start := row.get("start")) and (end := row.get("end")):
            periods[row["block_id"]].append((start, end))
    months = months_covered(doc.period_start, doc.period_end)
    if months is not None:  # ``Thực hiện 9 tháng`` in a report on the first 9 months: that period, the report's
        for block in doc.blocks:
            if block.kind == "table_cell" and block.block_id not in periods and (m := _MONTHS.search(block.folded)) \
                    and _MONTH_WORDS.get(m[1], m[1]) == str(months):
                periods[block.block_id].append((doc.period_start, doc.period_end))
    tables: dict[int, dict[tuple[int, int], Block]] = defaultdict(dict)
    for block in doc.blocks:
        if block.kind == "table_cell" and block.table_no is not None and block.row is not None and block.col is not None:
            tables[block.table_no][(block.row, block.col)] = block
    found: list[tuple[Block, Figure]] = []
    handled: set[int] = set()
    cell_labels: dict[int, CellLabels] = {}
    for grid in tables.values():
        _read_table(doc, grid, periods, found, handled, cell_labels)
    return found, handled, cell_labels


def _row_unit(text: str) -> tuple[float, Unit | None] | None:
    """An ``ĐVT`` cell: ``Tỷ đồng``, ``%``, ``ha``, or a counted noun, possibly scaled (``Triệu người``)."""
    written = " ".join(text.split())
    if not written:
        return None
    folded = fold(written)
    factor, unit, _, end = unit_chain(folded, 0)
    if (unit is None or end < len(folded)) and (_numeric(written) or _CELL_NUMBER.fullmatch(written)):
        return None  # a number in the unit column is a misaligned row, not a unit (``Nghìn m3`` read whole is one)
    if unit is not None:
        return factor, _as_rate(written, folded, unit, end, len(folded))
    noun = written[end:].strip() if factor > 1 else written
    if not noun:
        return factor, None
    return factor, _count_unit(noun)


def _as_rate(written: str, folded: str, unit: Unit, end: int, stop: int) -> Unit:
    """``unit`` with the denominators written after it up to ``stop`` (``tạ/ha``, ``triệu đồng/người``: a rate); ``unit``
    itself when none are (a share's are none: ``%/năm`` stays a percent). ``folded`` is ``fold(written)``."""
    per = _PER.fullmatch(folded, end, stop)
    if per is None or unit.dimension in SHARE_DIMENSIONS:
        return unit
    name = (unit.unit or unit.surface) + "".join("/" + p.strip() for p in written[per.start():stop].split("/") if p.strip())
    return Unit(name, name, unit.dimension, unit.factor)


def _count_unit(noun: str) -> Unit:
    """A counted noun as the unit, out of a cell's sentence case (``Người``)."""
    noun = lowered_noun(noun)
    return Unit(noun, noun, "count", 1.0)


def _holds_units(cells: list[str]) -> bool:
    """Whether a column headed ``Đơn vị`` gives units (``hộ``, ``Tỷ đồng``, ``%``) or, as often,
    the communes or bodies each row reports on (``Xã Tân Phú``, ``Phường 1``, ``UBND``): a unit is
    one the vocabulary reads whole, or a lower-case noun after its first word; a name has a capital
    or a number after its first word, or is an acronym; a count (``20 xã, thị trấn còn lại``, ``02 xã
    còn lại``: the rest of the bodies) is no unit, where a scale is (``1.000 đồng``)."""
    def is_unit(text: str) -> bool:
        words = text.split()
        folded = fold(" ".join(words))
        if folded[:1].isdigit() and not _NOTE_SCALE.match(folded):
            return False
        _, unit, at, end = unit_chain(folded, 0)
        if unit is None:  # a counted noun, after any scale word (``Nghìn người``)
            noun = match_unit(folded, at)
            end = noun[1] if noun else -1
        if end == len(folded):  # the vocabulary reads the whole cell
            return True
        if len(words[0]) > 1 and words[0].isupper() or folded.split()[0] in _GROUPS_OF_BODIES:
            return False  # (``Các xã còn lại``, ``Khối cơ quan``: the rest of the bodies, no unit)
        return not any(w[:1].isupper() or w[:1].isdigit() for w in words[1:])

    # a total's or a level's label (``Cộng cấp xã``, ``Cấp huyện``) is in lower case in either kind of column
    filled = [t for t in cells if t.strip() and not (_TOTAL.match(f := " ".join(fold(t).split())) or _LEVEL.match(f))]
    return bool(filled) and 2 * sum(map(is_unit, filled)) >= len(filled)


_GROUPS_OF_BODIES = frozenset({"các", "những", "toàn", "khối", "cụm", "tổng", "cộng"})


# a column's number in that row: ``3``, ``(3)``, or how it is computed, ``4=3/2``, ``(5)=(3)-(4)``
_COLUMN_NUMBER = regex.compile(r"\(?(\d{1,2})\)?(?:\s*=\s*[\d()+\-*/x×:.,% ]+)?")


def _quotient(text: str) -> bool:
    m = _COLUMN_NUMBER.fullmatch(text.strip(" *_"))
    return bool(m and "=" in m[0] and "/" in m[0].split("=", 1)[1])


def _unit_note_row(texts: list[str]) -> bool:
    """A row that is only the table's ``ĐVT: triệu đồng`` (one cell merged across the top): a note
    read as the table's unit, no column's title (every column was named after it)."""
    filled = [t for t in texts if t.strip()]
    return len(filled) == 1 and _UNIT_NOTE.match(fold(filled[0].strip(" *_(["))) is not None


def _group_row(cells: list[Block | None]) -> bool:
    """``1. Lúa Đông Xuân`` (or ``I | Trồng trọt``) alone in the label columns under the header: a
    numbered group the rows below belong to, the body's first row though it holds no number."""
    filled = [(i, b) for i, b in enumerate(cells) if b is not None and b.text.strip()]
    distinct = list({id(b): (i, b) for i, b in filled}.values())  # a cell merged across the row is one
    if not distinct or len(distinct) > 2 or distinct[-1][0] > 1:
        return False
    first = " ".join(distinct[0][1].text.split())
    if len(distinct) == 2:
        return _NUMBERING.fullmatch(fold(first)) is not None and not _numeric(distinct[1][1].text)
    m = _LABEL_NUMBER.match(first)
    return m is not None and m[2] is not None and m.end() < len(first)


def _numbering_row(texts: list[str]) -> bool:
    """The ``1 2 3 … 8`` row that numbers a table's columns under its header, the label columns
    often lettered (``A B 1 2 3 4=3/2 5 6``) and a computed column given with its formula."""
    cells = [t.strip(" *_") for t in texts if t.strip(" *_")]
    letters = [t for t in cells if len(t) == 1 and t.isalpha() and t.isupper()]
    numbers = [m for t in cells for m in [_COLUMN_NUMBER.fullmatch(t)] if m]
    if len(cells) < 3 or len(numbers) < 2 or len(letters) + len(numbers) < len(cells):
        return False
    values = [int(m[1]) for m in numbers]
    return values == list(range(values[0], values[0] + len(values)))


def _read_table(doc: Document, grid: dict[tuple[int, int], Block], periods: dict[int, list[tuple[str, str]]],
                found: list[tuple[Block, Figure]], handled: set[int], cell_labels: dict[int, CellLabels]) -> None:
    rows = sorted({r for r, _ in grid})
    cols = sorted({c for _, c in grid})
    first_id = min(b.block_id for b in grid.values())
    nearby = [b.text for b in doc.blocks[max(0, first_id - 3):first_id]] + [b.text for b in grid.values()]
    caption = _caption(doc, first_id)
    table_period = _stated_period([caption], periods) if caption is not None else None
    listed, note_names = _stated_units(nearby)
    # (a unit the note names for one column is that column's alone; one it names for none is every other's)
    unnamed = [unit for i, unit in enumerate(listed) if i not in note_names]
    table_unit = unnamed[0] if len(unnamed) == 1 and (len(listed) == 1 or note_names) else None

    numbering = {r for r in rows if _numbering_row([grid[(r, c)].text for c in cols if (r, c) in grid])}
    quotients = {c for r in numbering for c in cols if (r, c) in grid and _quotient(grid[(r, c)].text)}

    def is_data_row(r: int) -> bool:
        return r not in numbering and any(_numeric(grid[(r, c)].text) for c in cols[1:] if (r, c) in grid)

    header_rows: list[int] = []
    for r in rows:
        if is_data_row(r) or header_rows and _group_row([grid.get((r, c)) for c in cols]):
            break
        header_rows.append(r)
    for r in numbering:  # column numbers, not figures, above the body or in it
        handled.update(grid[(r, c)].block_id for c in cols if (r, c) in grid)
    if len(header_rows) < len(rows):  # a header's numbers label columns (``Thực hiện 6 tháng``, ``Dự kiến 03 năm``)
        handled.update(grid[(r, c)].block_id for r in header_rows for c in cols if (r, c) in grid)
    body = [r for r in rows if r not in header_rows and r not in numbering]
    if not any(is_data_row(r) for r in body):  # (a group row, ``I. Tập thể``, ends a header all the same)
        _label_text_table(grid, rows, cols, cell_labels)
        return
    labels = [[b if b is not None and b.text.strip() else None for b in (grid.get((r, c)) for c in cols)]
              for r in header_rows if r not in numbering and not _unit_note_row([grid[(r, c)].text for c in cols if (r, c) in grid])]
    if _spans_lost(labels):
        values = [any(_numeric(grid[(r, c)].text) for r in body if (r, c) in grid) for c in cols]
        labels = _placed_header(labels, values)
    _spread_merged(labels)
    header_cells = {c: [b for row in labels if (b := row[i]) is not None] for i, c in enumerate(cols)}
    headers = {c: [" ".join(b.text.split()) for b in header_cells[c]] for c in cols}
    col_label = {c: " / ".join(headers[c]) or None for c in cols}
    # (``So sánh (%) / Cùng kỳ năm 2025``: the year a comparison column names is its base, not its figures' time;
    # ``Thực hiện tháng trước``, ``Cộng dồn từ đầu năm đến cuối tháng báo cáo``: a time told from the table's or the
    # report's, ``relative_period``)
    reference = table_period or ((doc.period_start, doc.period_end) if doc.period_start and doc.period_end else None)

    def column_period(c: int) -> tuple[str, str] | None:
        folded = [fold(h) for h in headers[c]]
        # (``Tháng 10/2024 so với`` over ``Tháng 9/2024 | Cùng kỳ năm trước``: the levels under it are the bases)
        upto = next((i + 1 for i, h in enumerate(folded) if _COMPARED_WITH.search(h)), len(folded))
        if not any(COMPARING.match(h) for h in folded[:upto]):
            stated = _stated_period(header_cells[c][:upto], periods)
            if stated:
                return stated
        return relative_period(" ".join(folded), reference)

    col_period = {c: column_period(c) for c in cols}

    def header_is(c: int, pattern: regex.Pattern[str]) -> bool:
        return any(pattern.match(" ".join(fold(h).split())) for h in headers[c])

    seq_cols = {c for c in cols if header_is(c, _SEQ_HEADER)}
    task_cols = {c for c in cols if _TASKS.match(" ".join(fold(col_label[c] or "").split()))}
    unit_cols = {c for c in cols if header_is(c, _UNIT_HEADER)
                 and (header_is(c, _UNIT_TOLD) or _holds_units([grid[(r, c)].text for r in body if (r, c) in grid]))}
    # ``4=3/2``: a column computed as a quotient of two others is in percent whatever they are in
    percent = (1.0, match_unit("%", 0)[0])
    col_unit = {c: percent if c in quotients else _label_unit(col_label[c] or "") for c in cols}
    row_cells = _row_labels([{c: grid[(r, c)] for c in cols if (r, c) in grid} for r in body], seq_cols, unit_cols)
    row_labels = [" / ".join(" ".join(b.text.split()) for b in cells) or None for cells in row_cells]
    numbers = [next((grid[(r, c)].text for c in sorted(seq_cols) if (r, c) in grid), "") for r in body]
    # a row whose first label cell is the row above's (merged down over both) is the same item
    continues = [bool(cells) and i > 0 and bool(row_cells[i - 1]) and cells[0] is row_cells[i - 1][0]
                 for i, cells in enumerate(row_cells)]
    counted = _outline(row_labels, numbers, continues)
    first_labels = tuple(cells[0].block_id for cells in row_cells if cells)
    value_cols = [c for c in cols if c not in seq_cols and c not in unit_cols
                  and any((r, c) in grid and _numeric(grid[(r, c)].text) for r in body)]
    unit_left = _unit_left(listed, note_names, [col_label[c] for c in value_cols], row_labels)
    for r, label_cells, row_label, what in zip(body, row_cells, row_labels, counted):
        row_period = _stated_period(label_cells, periods)
        row_unit: tuple[float, Unit | None] | None = next(
            (u for c in unit_cols if (r, c) in grid for u in [_row_unit(grid[(r, c)].text)] if u), None)
        row_unit = row_unit or _label_unit(row_label or "")  # ``Tỷ lệ … (%)``: a row may state its own
        before: tuple[float, Unit | None] | None = None  # the unit of the row's last amount, left of a cell
        for c in cols:
            block = grid.get((r, c))
            if block is None:
                continue
            m = _numeric(block.text)
            if m is None:
                if any(block is b for b in label_cells) and c not in task_cols:
                    handled.add(block.block_id)  # a row's name: its numbers say which (``trẻ 5 tuổi``), no figure
                elif c not in seq_cols and c not in unit_cols:
                    cell_labels[block.block_id] = CellLabels(row_label, col_label[c], col_period[c] or row_period)
                continue
            handled.add(block.block_id)
            if c in seq_cols or c in unit_cols:
                continue
            header = col_unit[c]
            stated: tuple[float, Unit | None] | None
            # a comparison column ("So sánh (%)") is in percent whatever the row's unit
            if header is not None and header[1] is not None and header[1].dimension in SHARE_DIMENSIONS:
                stated = header
            else:
                # (``Số nhà`` under ``ĐVT: triệu đồng``: a column of "the number of" a noun counts it, whatever the note)
                stated = _cost_column(col_label[c], row_unit, header, table_unit, listed)
                stated = stated if stated is not False else \
                    row_unit or header or _note_named(listed, note_names, col_label[c], row_label) or \
                    table_unit and _counted_label(_deepest(col_label[c])) or table_unit or (
                    _named_unit(listed, col_label[c], row_label) if len(listed) > 1 else None) or (
                    _counted_label(_deepest(col_label[c]), column=True) or _counted_label(col_label[c], column=True)
                    or _counted_label(row_label))
                if stated is None and before is not None and _CHANGE_LABEL.match(" ".join(fold(col_label[c] or "").split())):
                    stated = before  # ``Dư nợ | Tăng (+), giảm (-) so với đầu năm``: the change of the amount before it
                stated = stated or unit_left  # (``Giống lúa`` under ``ĐVT: kg, ha`` beside ``Diện tích``: the kg)
            if stated is not None and stated[1] is not None and stated[1].dimension not in SHARE_DIMENSIONS:
                before = stated
            figure = _cell_figure(m, stated)
            if figure.kind == "count" and (people := next((p for label in (row_label, col_label[c]) if label
                                                           and (p := per_people(fold(label))) is not None), None)):
                # ``Số giường bệnh/vạn dân | Giường``; a column's ``Tỷ lệ mắc/100.000 dân`` (its cells were counts)
                figure.kind, figure.unit = "rate", (figure.unit or "") + people[1]
            # (a caption dates only the columns whose header was read: where none was, it may name other times)
            period = col_period[c] or row_period or (table_period if col_label[c] else None)
            # what a bare number in a table counts: its row's name, under its parents; a row named by a year
            # alone (``2014``) is when, and its column says what
            # (so does a total's row alone, ``Cộng``: its column says what it adds up, unless it names a time only)
            # (nor a plan's or a result's time alone: ``Kế hoạch năm 2023``, ``Thực hiện năm 2023`` over ``TỔNG CỘNG``)
            figure.counted = col_label[c] or what if what and (_WHEN_ONLY.fullmatch(fold(what)) or (
                _PLAIN_TOTAL.fullmatch(" ".join(fold(what).split())) and col_label[c]
                and not _time_or_status(col_label[c]))) else what
            figure.label_blocks = tuple(b.block_id for b in (*label_cells, *header_cells[c]))
            figure.row_blocks = len(label_cells)
            figure.table_rows = first_labels
            figure.extra = {**figure.extra, "row_label": row_label, "col_label": col_label[c],
                            "label_period_start": period[0] if period else None,
                            "label_period_end": period[1] if period else None}
            found.append((block, figure))


def _label_text_table(grid: dict[tuple[int, int], Block], rows: list[int], cols: list[int],
                      cell_labels: dict[int, CellLabels]) -> None:
    """A table of text alone (``Nội dung | Kết quả``): its first row heads the columns, and a row's
    first text cell names the row for the cells after it."""
    if len(rows) < 2:
        return
    heads = {c: " ".join(grid[(rows[0], c)].text.split()) or None for c in cols if (rows[0], c) in grid}
    for r in rows[1:]:
        cells = [(c, grid[(r, c)]) for c in cols if (r, c) in grid and grid[(r, c)].text.strip()]
        named = [(c, b) for c, b in cells if not _NUMBERING.fullmatch(fold(b.text.strip()))]
        if not named:
            continue
        if _VALUE_CELL.fullmatch(named[0][1].text.strip()):  # a row of values with their nouns, ``70 người | 55 người``:
            row_label, labelled = None, named  # no name, each cell its column's
        else:
            row_label, labelled = " ".join(named[0][1].text.split()), named[1:]
        for c, block in labelled:
            cell_labels[block.block_id] = CellLabels(row_label, heads.get(c), None)


# A value written with its noun (``125 hộ``, ``12 lớp``): read as prose, it is no row's label (it was
# the label of the numbers after it: ``Hỗ trợ hộ nghèo / 125 hộ``)
# (``1. Lúa Đông Xuân`` is a numbered label: the number ends in a digit)
_VALUE_CELL = regex.compile(r"(?:[≥≤<>][ \t]*)?[-−]?\d(?:[\d.,]*\d)?[ \t]*%?[ \t]*[^\W\d_]{1,12}(?:[ \t]+[^\W\d_]{1,12}){0,2}")


def _holds_value(text: str) -> bool:
    """A cell that is a value, bare (``1.200``) or with its noun (``125 hộ``): no label."""
    return _numeric(text) is not None or _VALUE_CELL.fullmatch(text) is not None


# A value cell left without a value: ``-``, ``x``, ``…`` (``Số ca mắc | Ca | - | 1.234``): no label
_NO_VALUE = regex.compile(r"[-–—−x×…*./]{1,3}")


def _row_labels(rows: list[dict[int, Block]], seq_cols: set[int], unit_cols: set[int]) -> list[list[Block]]:
    """Each body row's label cells, left to right: its text cells before its first number, read
    joined by `` / `` as header rows are (``Hộ nghèo / Tỷ lệ``). A label merged down over several
    rows (``rowspan``, a DOCX ``vMerge``, blank cells under it in a text conversion) is written
    once, so a row whose leading cells are missing takes the labels the row above held in those
    columns. Only a missing *leading* run is carried: a row that opens with its own cell (``2``,
    ``- Thuế``) starts afresh. A ``Tổng cộng`` written across the ``STT`` column is a label; a
    number there is not. A column that opens other rows' names opens them all: a count of the bodies
    left (``02 xã còn lại``) under ``Xã Định Tăng`` names its row, though it reads as a value with its noun."""
    texts = [{c: " ".join(b.text.split()) for c, b in cells.items() if b.text.strip()} for cells in rows]
    naming = {min(columns) for text in texts if (columns := _own_label_columns(text, seq_cols, unit_cols, set()))}
    labels: list[list[Block]] = []
    above: dict[int, Block] = {}  # column -> the label cell the row above held there, its own or carried
    for cells, text in zip(rows, texts):
        if not text:
            labels.append([])
            continue
        own = {c: cells[c] for c in _own_label_columns(text, seq_cols, unit_cols, naming)}
        held = {c: b for c, b in above.items() if c < min(text)} | own
        above = held
        if held:
            labels.append([held[c] for c in sorted(held)])
        else:  # no text before the numbers: the first text cell anywhere, as a reader would look
            rest = [cells[c] for c, t in sorted(text.items()) if c not in unit_cols and c not in seq_cols and not _holds_value(t)]
            labels.append(rest[:1])
    return labels


def _own_label_columns(text: dict[int, str], seq_cols: set[int], unit_cols: set[int], naming: set[int]) -> list[int]:
    """The columns of a row's own label cells: its text before its first value. In a column of ``naming``, its
    first cell names the row though it reads as a value with its noun (``02 xã còn lại``): only a bare number
    is a value there."""
    first = min((c for c in text if c not in seq_cols and c not in unit_cols), default=None)
    numbers = [c for c, t in text.items() if c not in seq_cols and c not in unit_cols and _holds_value(t)
               and not (c == first and c in naming and not _numeric(t))]
    stop = min(numbers, default=max(text) + 1)
    return [c for c, t in text.items() if c < stop and c not in unit_cols and not _numeric(t)
            and not (c in seq_cols and _NUMBERING.fullmatch(fold(t))) and not (c not in seq_cols and _NO_VALUE.fullmatch(t))]


# Outline levels of a row's number, widest first: ``A`` (a part), ``I``, ``1``, ``1.1``, ``a``, ``-``, ``+``.
_PART, _ROMAN_LEVEL, _ARABIC, _LETTER, _DASH, _PLUS, _STAR = 0, 1, 2, 6, 7, 8, 9
_ROMAN = regex.compile(r"[IVXL]{1,6}")
# a total's whole label: ``Tổng cộng``, ``Cộng``, ``TỔNG SỐ (I+II)``, ``Toàn huyện`` (the unit's whole);
# ``Tổng số hộ nghèo`` is an item
# (``Cộng cấp xã``, ``Tổng cộng cấp huyện, xã``: a level's whole); a level alone (``Cấp xã``) heads a group
_LEVELS = rf"cấp\s+(?:{unit_types()}|cơ sở|trung ương)(?:\s*(?:,|và)\s*(?:{unit_types()}))*"
# (and a whole that is no unit: ``Toàn trường``, a school's total row under ``Khối 9``; ``Toàn ngành``, ``Cả nước``)
_TOTAL = regex.compile(rf"(?:(?:tổng cộng|cộng|tổng)\s+{_LEVELS}|tổng cộng|tổng số|cộng|tổng|(?:cộng\s+)?(?:toàn|cả)\s+"
                       rf"(?:{unit_types()}|trường|ngành|đơn vị|nước))\s*(?:\([^()]*\))?\s*:?\s*$")
_LEVEL = regex.compile(rf"{_LEVELS}\s*:?\s*$")
# a total that names in a few words the money it adds up (``Tổng thu``, ``Tổng chi ngân sách``), with no number of its
# own: no item's part (``Tổng số thu phạt đã nộp`` under ``Thu phạt`` is that item's)
_NAMED_TOTAL = regex.compile(r"[*_ ]*tổng\s+(?:thu|chi|vốn|nguồn\s+vốn|kinh\s+phí)(?:\s+[^\s:]+){0,3}[*_ ]*:?\s*$")
# a total named by no unit (``Cộng``, ``Tổng cộng``; not ``Toàn huyện``, the whole unit, a place)
# what a column says of its values besides their time: planned, done, estimated (``Kế hoạch năm 2023``)
_STATUS_WORDS = regex.compile(r"(?<!\w)(?:ước\s+thực\s+hiện|thực\s+hiện|kế\s+hoạch|dự\s+toán|ước\s+tính|ước|"
                              r"kết\s+quả|chỉ\s+tiêu)(?!\w)")
def _time_or_status(label: str) -> bool:
    """Whether a column's label says only when its values are and whether planned or done (no thing they count)."""
    rest = " ".join(_STATUS_WORDS.sub(" ", fold(label)).split())
    return not rest or _WHEN_ONLY.fullmatch(rest) is not None


_PLAIN_TOTAL = regex.compile(r"[*_ ]*(?:tổng cộng|cộng|tổng số|tổng)[*_ ]*:?\s*")
_OF_WHICH = regex.compile(r"(?i)^(?:trong đó|bao gồm|gồm|chia ra|cụ thể|chi tiết)\s*:?\s*")
# a number written at the head of the label itself: ``- Dịch vụ``, ``a) Chi …``, ``1. Thu …``
_LABEL_NUMBER = regex.compile(r"^(?:([-+•–*])\s*|(\d{1,3}(?:\.\d{1,3})*|[IVXL]{1,6}|[A-Za-zđ])[.)]\s+)")


def _level(number: str) -> int | None:
    """Where a row number stands in the outline Vietnamese tables share, or None for no number."""
    mark = number.strip(" *_").rstrip(".)").lstrip("(")
    if not mark:
        return None
    if mark in ("-", "–", "—"):
        return _DASH
    if mark == "+":
        return _PLUS
    if mark in ("*", "•"):
        return _STAR
    if regex.fullmatch(r"\d{1,3}(?:\.\d{1,3})*", mark):
        return _ARABIC + mark.count(".")
    if _ROMAN.fullmatch(mark):
        return _ROMAN_LEVEL
    if len(mark) == 1 and mark.isalpha():
        return _PART if mark.isupper() else _LETTER
    return None


def _outline(labels: list[str | None], numbers: list[str], continues: list[bool]) -> list[str | None]:
    """Each body row's label under the labels of the rows it is listed under, joined by `` / ``
    as header levels are (``Cơ cấu kinh tế / Dịch vụ``, ``Thu từ khu vực DNNN do Trung ương
    quản lý / Thuế giá trị gia tăng``): a ``- Dịch vụ`` alone, one of a dozen such rows under as
    many parents, says little of what it counts. The level comes from the row's number in the
    ``STT`` column, else from one written at the head of its label (``- ``, ``a) ``), without which
    a row sits under the last numbered one (``Tỷ lệ so với GRDP`` under ``5 Vốn đầu tư``) and
    opens nothing, unless it continues that item's merged label (its label holds the item's) or
    totals the table (``Tổng cộng``). Numbers and ``Trong đó:`` leave the path."""
    open_rows: list[tuple[int, str]] = []  # (level, text) of the rows a new row may sit under
    paths: list[str | None] = []
    for label, number, same_item in zip(labels, numbers, continues):
        text = _OF_WHICH.sub("", label or "")
        if same_item and open_rows and not number.strip():
            # ``Hộ nghèo / Số hộ thoát nghèo`` under a merged ``1 | Hộ nghèo``: its own label says it all
            paths.append(" / ".join([t for _, t in open_rows[:-1]] + [text]))
            continue
        level = _level(number)
        if level is None and (_TOTAL.match(fold(text)) or _NAMED_TOTAL.fullmatch(fold(text))):
            open_rows.clear()
            paths.append(label)
            continue
        if level is None:
            m = _LABEL_NUMBER.match(text)
            if m:
                level = _level(m[1] or m[2])
                text = text[m.end():] if level is not None else text
        text = text.strip(" :")
        if level is not None:
            while open_rows and open_rows[-1][0] >= level:
                open_rows.pop()
        parts = [t for _, t in open_rows] + [text]
        paths.append(" / ".join(p for p in parts if p) if text else label)
        if level is not None and text:
            open_rows.append((level, text))
    return paths


_CAPTION = regex.compile(r"[\s*_#]*(?:bảng|biểu|phụ lục)(?!\w)")


def _caption(doc: Document, first_id: int) -> Block | None:
    """The line right above a table that names it (``Bảng 1. Kết quả năm học 2023-2024 theo xã, thị trấn``) or says
    when its data stand (``(Số liệu đến 15 giờ ngày 28/8/2025)``, ``Số liệu tính đến ngày 30/9/2025``): the period
    it names is every figure's that its column and row name none of. A line citing a document dates the document
    (``(Kèm theo Kế hoạch số 0204/KH-UBND ngày 24/11/2025 …)``)."""
    above = [b for b in doc.blocks[max(0, first_id - 4):first_id] if b.text.strip() and not _UNIT_NOTE.match(b.folded)
             and not _ATTACHED.match(b.folded)]
    before = above[-1] if above else None  # (past a unit's line: ``Biểu 01: …`` / ``ĐVT: triệu đồng``)
    if before is None or before.kind in ("table_cell", "footnote") or len(before.text) > 200:
        return None
    if _CAPTION.match(before.folded):
        return before
    if before.text.isupper() and title_start(before.folded) is None and len(before.text.split()) >= 3:
        return before  # a title in capitals (``Biểu số 01`` / ``QUYẾT TOÁN THU, CHI NGÂN SÁCH XÃ NĂM 2023``), no section's
    if _DATA_NOTE.match(before.folded) and not any(r["block_id"] == before.block_id for r in doc.rows("references")):
        return before
    return None


_DATA_NOTE = regex.compile(r"[\s*_]*\(?[\s*_]*(?:số liệu|tính đến|tính từ)(?!\w)")
# the line under an annex's title saying what it is attached to (``(Kèm theo Báo cáo số 25/BC-UBND …)``): past it
_ATTACHED = regex.compile(r"[\s*_]*\([\s*_]*kèm[ \t]+theo(?!\w)")


def _stated_period(cells: list[Block], periods: dict[int, list[tuple[str, str]]]) -> tuple[str, str] | None:
    """The period a column's header or a row's label names (``Năm 2024``, ``6 tháng đầu năm
    2025``), as the dates reader found it in those cells: the deepest level with a date decides
    (``Năm 2021 / Kế hoạch`` → 2021); a level naming two (``So sánh 2025/2024``) names none."""
    for cell in reversed(cells):
        found = set(periods.get(cell.block_id, ()))
        if not found and (year := _YEAR.fullmatch(cell.text.strip(" *_"))):
            found = {(f"{year[0]}-01-01", f"{year[0]}-12-31")}  # a year alone in a label cell (a row ``2014``)
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def _spans_lost(labels: list[list[Block | None]]) -> bool:
    """Whether the header's merged cells were dropped with their spans, as some converters write a
    table one cell per line: every header row then holds its cells packed from the first column,
    the first row is short of the table's width, and a row below puts a cell under one the first
    row heads (``Kế hoạch`` under ``STT``), which a grid never does, as such a column is merged
    down. Which cells spanned is lost then: ``_placed_header`` keeps only the cells whose columns
    are still certain."""
    if len(labels) < 2 or labels[0][-1] is not None:
        return False
    def packed(row: list[Block | None]) -> bool:
        filled = [i for i, b in enumerate(row) if b is not None]
        return bool(filled) and filled == list(range(len(filled)))
    return all(packed(row) for row in labels) and labels[1][0] is not None and labels[0][0] is not None


def _placed_header(labels: list[list[Block | None]], values: list[bool]) -> list[list[Block | None]]:
    """The header cells whose columns are certain when the spans were lost.

    The first row's cells over the label columns it opens with (``STT``, ``Nội dung``, ``Đơn vị
    tính``), which no converter merges across: up to the first column that holds numbers, unless
    its header is the ``STT`` or unit one (row numbers, a unit column of ``%``). Past them, one
    cell left heads every value column, and a row below with one cell per value column
    subdivides it (``Năm 2024`` over ``Kế hoạch | Thực hiện | %``). Any other shape leaves the
    value columns unnamed rather than named after a neighbour."""
    first = labels[0]
    kept: list[Block | None] = [None] * len(first)
    lead = 0
    for i, (cell, holds_values) in enumerate(zip(first, values)):
        head = " ".join(fold(cell.text).split()) if cell is not None else ""
        if cell is None or (holds_values and not (_SEQ_HEADER.match(head) or _UNIT_HEADER.match(head))):
            break
        kept[i], lead = cell, i + 1
    rest = [b for b in first[lead:] if b is not None]
    value_cols = [i for i in range(lead, len(first)) if values[i]]
    if len(rest) != 1 or not value_cols:
        return [kept]
    for i in value_cols:
        kept[i] = rest[0]
    below = [b for b in labels[1] if b is not None] if len(labels) == 2 else []
    if len(below) != len(value_cols):
        return [kept]
    sub: list[Block | None] = [None] * len(first)
    for i, cell in zip(value_cols, below):
        sub[i] = cell
    return [kept, sub]


def _spread_merged(labels: list[list[Block | None]]) -> None:
    """A header cell merged across columns is its label then empty or missing cells (a DOCX
    ``gridSpan``, an HTML ``colspan``, a Markdown or text conversion): carry the label right over
    the columns that the rows below subdivide, so ``Thực hiện`` under ``Năm 2021`` reads
    ``Năm 2021 / Thực hiện``. A label with nothing below it (``Chỉ tiêu`` merged down) is not
    carried: the columns beside it are not its parts."""
    for i, row in enumerate(labels[:-1]):
        below = [any(lower[c] for lower in labels[i + 1:]) for c in range(len(row))]
        for c in range(1, len(row)):
            if not row[c] and row[c - 1] and below[c] and below[c - 1]:
                row[c] = row[c - 1]


def _cell_figure(m: regex.Match[str], stated: tuple[float, Unit | None] | None) -> Figure:
    raw = m["num"]
    sign = -1.0 if m["sign"] in ("-", "−") else 1.0  # (``+21,1``: a rise, written with its sign)
    start = m.start("q") if m["q"] else m.start("sign") if m["sign"] else m.start("num")
    end = m.end("whole") if m["whole"] else m.end("above") if m["above"] else m.end("pct") if m["pct"] else (
        m.end("upto") if m["upto"] else m.end("num"))
    qualifier = _cell_qualifier(m)
    if m["pct"]:
        return Figure(start, end, sign * scaled(raw, 1), "percent", "%", qualifier=qualifier,
                      value_max=scaled(m["upto"], 1) if m["upto"] else None)
    factor, unit = stated if stated else (1.0, None)
    if m["whole"]:
        name = unit.unit or unit.surface if unit is not None and unit.dimension in COUNT_DIMENSIONS else None
        if name is not None and "/" in name:
            return _count_over_count(start, end, m, name, qualifier)
        return Figure(start, end, scaled(raw, 1), "ratio", name, qualifier=qualifier,
                      denominator=scaled(m["whole"], 1))
    if unit is None:
        kind, name = ("money", "VND") if factor > 1 else ("count", None)
    else:
        factor, kind, name = factor * unit.factor, kind_of(unit.dimension, per="/" in unit.unit), unit.unit or unit.surface
    return Figure(start, end, sign * scaled(raw, factor), kind, name, qualifier=qualifier,
                  value_max=scaled(m["upto"], factor) if m["upto"] else None)


def _count_over_count(start: int, end: int, m: regex.Match[str], name: str, qualifier: str | None) -> Figure:
    """``92/164`` in a row counted in ``vụ/bị can``: a count with the other count its denominator, as prose reads ``92
    vụ/164 bị can``."""
    noun, per = (part.strip() for part in name.split("/", 1))
    return Figure(start, end, scaled(m["num"], 1), "count", noun, qualifier=qualifier, denominator=scaled(m["whole"], 1),
                  extra={"denominator_unit": per})
