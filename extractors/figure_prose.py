"""Figures in running text: a digit run is a figure only when something says
what it measures — a unit from the vocabulary, a noun after it, a ratio bar,
or a money context.

Most numbers in a Party report are not figures (section numbers, dates,
document numbers, ward names, terms), so every exclusion is a named reason,
and spans the dates and references extractors claimed are left alone.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate, islice
from typing import Iterable, Iterator

import ahocorasick
import regex

from extractors.date_grammar import named_day
from extractors.figure_counted import (AGE, ANY_DIGIT, MOVES, SENTENCE_END, TOGETHER, WHEN, WHEN_WORDS, counted_at, measured_before,
                                       noun_phrase_end, phrase_end, skip_space, without_average, word_cut_at,
                                       words_after_numbers)
from extractors.figure_record import Figure
from extractors.figure_units import (COUNT_DIMENSIONS, MEASURE_DIMENSIONS, PLANNED_VALUE, SHARE_DIMENSIONS, PEOPLE_BASE, Unit,
                                     per_people, last_word, lowered_noun, match_unit, phrase_before, qualifier_before, words_before)
from extractors.number_parse import NUMBER, NUMBER_WORDS, parse_number_words, scaled, to_decimal
from extractors.reference_patterns import alternation
from extractors.place_match import SPELL_AFTER, VILLAGE_TYPES
from gazetteers.admin_units import TYPE_LEVELS
from pipeline.normalize import fold, text_cache

_DIGIT_RUN = re.compile(r"\d[\d.,]*")
# A word right before a number that makes the number a name, an ordinal or a
# date part: "Phường 1", "lần thứ 2", "khóa 12", "Nghị quyết Trung ương 4",
# "tháng 7", "cơ sở 2". Checked on folded text, whitespace only in between.
_NAME_BEFORE = frozenset({
    "phường", "xã", "quận", "huyện", "khu phố", "khu", "khóm", "ấp", "thôn", "xóm", "tổ dân phố", "tổ", "số", "thứ",
    "lần", "lần thứ", "khóa", "cơ sở", "trung ương", "điều", "khoản", "chương", "mục", "phụ lục", "mẫu biểu",
    "biểu mẫu", "mẫu số", "biểu số", "phòng", "nghiệp vụ", "đại hội", "covid", "sars-cov", "ngày", "tháng",
    "chính quyền", "quyền địa phương",  # ``chính quyền (địa phương) 2 cấp``: the model's name (from 1/7/2025)
    "năm", "quý", "tuần", "giai đoạn", "đợt", "vòng", "lớp", "bảng", "hình", "trang", "tập", "quốc lộ",
    "tỉnh lộ", "km", "điện thoại", "đt", "fax", "hotline", "tel", "điện thoại:", "đt:", "fax:", "hotline:",
    "tel:", "lúc", "vào lúc", "giờ", "huy hiệu", "dịp", "sư đoàn", "trung đoàn", "lữ đoàn", "tiểu đoàn",
    "ban chỉ đạo", "đường tỉnh", "đường huyện",
    "dự án", "nội dung",  # a programme's numbered parts (``Dự án 9``, ``Tiểu dự án 2 Dự án 5``, ``Nội dung 03``)
    "đường", "phố",  # a street named by a day (``đường 2/9``, ``phố 19/5``) or a number (``đường 3``)
    "quốc khánh", "lễ",  # a holiday by its day (``Quốc khánh 2/9``, ``các ngày lễ 30/4``), as ``date_grammar`` reads it
})
# What a number that names (``Phường 1``) is never followed by: an amount's scale or unit; nor, after a unit type in
# lower case, a counted noun (a place's, ``phường 1 quận 3``, is a name).
_AMOUNT_DIMENSIONS = frozenset({"scale", "money"}) | SHARE_DIMENSIONS | MEASURE_DIMENSIONS
# A street is named by a day (``đường 2/9``, ``phố 19/5``) or by a number that no word follows (``đường 3,``);
# ``nâng cấp đường 17 tuyến`` counts roads.
_STREETS = frozenset({"đường", "phố"})
_DAY_MONTH = re.compile(r"(\d{1,2})/(\d{1,2})(?![\d/])")
_UNIT_TYPES = frozenset({"phường", "xã", "quận", "huyện"})
_COUNTED_THINGS = COUNT_DIMENSIONS - {"place"}
# Words that make ``số`` a noun of quantity (``tổng số``, ``dân số``), not "number" before a name.
_COUNTING_SỐ = frozenset({"tổng", "dân", "con", "đa", "thiểu", "chỉ", "hệ", "phần", "sĩ", "quân", "tỷ", "tỉ"})
# Document types name a document when capitalised ("Quyết định 217"); in lower
# case they are often verbs ("hướng dẫn 4.282 cán bộ"), so case decides.
_DOC_TYPE_BEFORE = frozenset({
    "nghị quyết", "quyết định", "chỉ thị", "kết luận", "thông báo", "kế hoạch", "công văn", "hướng dẫn",
    "quy định", "nghị định", "thông tư", "văn bản", "tờ trình", "báo cáo", "chương trình", "đề án", "luật",
})
_TIME_WORDS = frozenset({"năm", "tháng", "ngày", "tuần", "quý"})
# last words of every phrase above: most numbers follow none of them, and one set lookup says so
_GATE = frozenset(p.split()[-1] for p in _NAME_BEFORE | _DOC_TYPE_BEFORE | _TIME_WORDS)
# "hàng năm 1%", "cả năm 5.817 tỷ": the time word is not a date part here.
_PERIODIC = frozenset({"hàng", "hằng", "mỗi", "cả", "trong"})
# The words NUMBER_WORDS opens with: NUMBER_WORDS is tried only where one occurs (``_number_words``).
_OPENING_WORDS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười")
_LETTERS = regex.compile(r"\p{L}+")
_QUOTED = regex.compile(r"“[^“”]*”|\"[^\"]*\"")
_LIST_JOIN = re.compile(r"\s*(?:,|và|;)\s*")
_RANGE_DASH = re.compile(r"\s*[-–]\s*")
_RATE_AFTER = re.compile(r"[ \t]+(?:lệ|trọng)(?!\w)")
_RANGE_TO = re.compile(r"[ \t]+(?:đến|tới)[ \t]+(?=\d)")
_MONEY_CUE = re.compile(r"quỹ|tiền|kinh phí|vốn|trị giá|giá trị|ngân sách|doanh thu|thu nhập|lương|chi phí")
_CLAUSE_MARKS = ".;:!?\n"
_SHARES = frozenset({"tỷ lệ", "tỷ trọng"})  # a share, of nothing the clause names
# a crop's or a product's yield, output or value, of nothing the clause names (``Cây lạc 1.120 ha, năng suất 28,3 tạ/ha,
# sản lượng 3.170 tấn``: of the crop the figure before measured)
_PROPERTIES = frozenset({"năng suất", "sản lượng", "giá trị", "giá trị sản xuất", "doanh thu"})
# a total, of nothing the clause names: of what the figure before in the sentence counted
_TOTALS = frozenset({"tổng", "tổng cộng", "trị giá", "tổng trị giá", "kinh phí", "tổng kinh phí", "tổng số tiền"})
# (or after a count the clause named: ``tặng 189 phần quà tổng trị giá 94,5 triệu đồng``)
_TOTAL_AFTER_NAMES = regex.compile(r"^(?:(?:\p{Lu}\w*[ \t]+)+|.*?\d[\d.,/]*[ \t].*?[ \t])((?i:tổng trị giá|trị giá|tổng kinh phí|tổng số tiền))$")
_NUMBER_OF = re.compile(r"^(?:tổng )?số ")  # ``Số người tham gia …``: the noun after it is the one counted
_COMPARED_WITH = re.compile(r"so(?:\s+với)?\s+(?=\S)")
_MULTIPLE_BEFORE = frozenset({"gấp", "tăng", "giảm", "bằng", "cao", "thấp"})  # ``[tăng] 1,5 lần``: times as much
_AT_LEAST_AFTER = regex.compile(r"\s+trở\s+lên(?![\p{L}])")
_AT_LEAST_PAST_NOUN = regex.compile(r"(?:[ \t]+[^\s\d,;.:()]+){1,6}?([ \t]+trở[ \t]+lên)(?![\p{L}])")
_AT_LEAST_ENDING = regex.compile(r"\s+trở\s+lên\s*\Z")
# "6 tháng đầu năm", "9 tháng năm 2023", "6 tháng năm nay": the first months of a year, a period
_HALF_YEAR_AFTER = regex.compile(r"\s+(?:(?:đầu|cuối)\s+năm(?![\p{L}])|năm[\s*_]*(?:(?:19|20)\d\d(?!\d)|nay(?![\p{L}])))")
_YEAR = re.compile(r"(?:19|20)\d\d")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Short quoted names (“5 không, 3 sạch”): numbers inside belong to the name.

    A long or clause-spanning "quote" is usually an unbalanced quotation mark,
    not a name, so it does not hide the figures in it; nor does a quote that
    ends a sentence inside it: a speaker's words (“… chiếm 34,8% tổng số đại
    biểu…”, “… chờ vốn. Xã nào giải ngân dưới 50% …”), whose figures are the text's.
    """
    spans: list[tuple[int, int]] = []
    for start, end in _quotes(text):
        inside = text[start + 1:end - 1]
        if end - start <= 162 and ";" not in inside and _SPOKEN.search(inside) is None:
            spans.append((start, end))
    return spans


# a sentence's end inside a quote, or at its end: ``. `` between words, ``…``, or a closing ``.``/``!``/``?``
_SPOKEN = re.compile(r"[.!?…][ \t]+\S|…|\.\.\.|[.!?][ \t]*\Z")


def _quotes(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``_QUOTED.finditer(text)``, found with ``str.find``: quotation marks are few,
    and the pattern's scan over every character of a long block costs more than these jumps."""
    pos = 0
    while True:
        curly, straight = text.find("“", pos), text.find('"', pos)
        if curly < 0 and straight < 0:
            return
        if straight < 0 or 0 <= curly < straight:  # “…”: the next curly mark must close it
            opened, close, reopen = curly, text.find("”", curly + 1), text.find("“", curly + 1)
            if close < 0 or 0 <= reopen < close:
                pos = opened + 1
                continue
        else:
            opened, close = straight, text.find('"', straight + 1)
            if close < 0:
                pos = opened + 1
                continue
        yield opened, close + 1
        pos = close + 1


def _inside(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


class _Spans:
    """Claimed spans, asked for overlaps in log time: a block with dozens of dates and
    references checks every number it holds against all of them."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))  # furthest end so far

    def __bool__(self) -> bool:
        return bool(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span has ``s < end and start < e`` (``_inside``)."""
        i = bisect_left(self._starts, end)
        return i > 0 and self._reach[i - 1] > start


def _read_number(folded: str, pos: int) -> tuple[str, int] | None:
    """A well-formed number at ``pos`` (trailing sentence dot or list comma excluded)."""
    m = _DIGIT_RUN.match(folded, pos)
    return _well_formed(m.group(), pos) if m else None


def _well_formed(run: str, pos: int) -> tuple[str, int] | None:
    """The number a digit run at ``pos`` spells, and where it ends; None for ``1.2.3``-like runs."""
    if "." not in run and "," not in run:
        return run, pos + len(run)  # a bare digit run (most): NUMBER's ``\d+`` takes it whole
    raw = run.rstrip(".,")
    if not NUMBER.fullmatch(raw):
        return None
    return raw, pos + len(raw)


def _compound(folded: str, raw: str, factor: float, end: int) -> tuple[str, float, Unit | None, int]:
    """``2 triệu 500 nghìn đồng``, ``một tỷ hai trăm năm mươi triệu đồng``: an amount written in
    several scales, each smaller than the one before, as one number of the last scale (the
    number, its scale, the unit after it if any, and where the amount ends)."""
    amount = to_decimal(raw) * Decimal(str(factor))
    unit = None
    while unit is None:
        at = skip_space(folded, end)
        part = _read_number(folded, at)
        if part is None:
            words = NUMBER_WORDS.match(folded, at)
            value = parse_number_words(words.group()) if words else None
            part = (str(value), words.end()) if value else None
        if part is None:
            break
        f2, unit2, _, end2 = unit_chain(folded, part[1])
        if not 1 < f2 < factor:
            break
        amount += to_decimal(part[0]) * Decimal(str(f2))
        factor, unit, end = f2, unit2, end2
    return f"{amount / Decimal(str(factor)):f}".replace(".", ","), factor, unit, end


def unit_chain(folded: str, pos: int) -> tuple[float, Unit | None, int, int]:
    """Scale words then a unit after a number: (factor, unit or None, unit start, end)."""
    factor = 1.0
    end = pos
    while True:
        at = skip_space(folded, end)
        found = match_unit(folded, at)  # the loop's last try is the unit itself: not matched twice
        if found is None or found[0].dimension != "scale":
            break
        if found[0].factor == 1e9 and _RATE_AFTER.match(folded, found[1]):
            found = None  # ``tỷ lệ``, ``tỷ trọng``: a share, not a billion
            break
        factor *= found[0].factor
        end = found[1]
    if found is not None and found[0].dimension not in COUNT_DIMENSIONS:
        return factor, found[0], at, found[1]
    return factor, None, at, end


# ``bác sĩ/vạn dân``, ``giường bệnh/nghìn dân``: a denominator of ten thousand or a thousand people.
_PER_SCALE = re.compile(r"(?:vạn|nghìn|ngàn)[ \t]+[^\W\d_]+")


_PAIRED_PER = re.compile(r",[ \t]*[^\W\d_]+(?=/[^\W\d_])")
# what a measure per person measures, between the unit and the person (``m2 sàn/người``, ``m2 đất thể thao/người``)
_MEASURED_PER_PERSON = re.compile(r"(?:[ \t][^\W\d_]+){1,3}(?=/(?:người|hộ|khẩu|dân)(?![^\W\d_]))")
_NOUN_THEN_PER = re.compile(r"(?:[ \t][^\W\d_]+){1,2}(?=/(?:tuần|tháng|năm|quý|ngày|kỳ|đợt)(?![^\W\d_]))")


def _per_segments(folded: str, pos: int) -> tuple[list[tuple[int, int]], int]:
    """``/ha/năm``, ``/HTX/năm``: each denominator of a rate, as spans."""
    segments: list[tuple[int, int]] = []
    end = pos
    while end < len(folded) and folded[end] == "/":
        at = end + 1
        if folded[at:at + 1] == " " and folded[at + 1:at + 2].isalpha():
            at += 1  # ``triệu đồng/ tháng``: a space typed after the slash
        if at < len(folded) and folded[at].isdigit() or _plan_beside(folded, at):
            break
        found = match_unit(folded, at)
        per_scale = _PER_SCALE.match(folded, at)
        if per_scale is not None:
            seg_end = per_scale.end()
        elif found is not None:
            seg_end = found[1]
        else:
            m = _LETTERS.match(folded, at)
            if not m:
                break
            seg_end = m.end()
        segments.append((at, seg_end))
        end = seg_end
    return segments, end


_TO_NUMBER = re.compile(r"[^\W\d_][^\d;.()/\n]{0,30}?(?=\d)")


def _plan_beside(folded: str, at: int) -> bool:
    """``đạt 28,5%/NQ 35%``, ``84,6%/NQ trên 90%``: after a result's slash, a plan named with its value (``PLANNED_VALUE``,
    the status's cue) is set beside the result, no denominator of it (the share took ``/NQ``, and 35% counted
    ``28,5%/NQ``)."""
    named = _TO_NUMBER.match(folded, at)
    return named is not None and PLANNED_VALUE.match(folded, at, named.end()) is not None


# ``hưởng ứng Chương trình trồng 1 tỷ cây xanh``: a programme named, in capitals mid-sentence, by what it aims at; not
# past a word that says what the programme got or is (``thực hiện Chương trình là 1.086,4 tỷ đồng``, ``đạt``, ``với``)
_PROGRAMME = regex.compile(r"(?<=[\p{Ll},;:(“\"][ \t])(?:Chương trình|Đề án|Phong trào|Cuộc vận động)"
                           r"(?:[ \t]+(?!(?:là|đạt|với|được|đã|có|gồm|bằng|khoảng|trên|hơn|gần|tổng)(?!\w))\p{Ll}+){1,3}[ \t]+\Z")
_PROGRAMME_WORDS = ("chương trình", "đề án", "phong trào", "vận động")


@text_cache(maxsize=8)  # (cleared with the other text caches: a bench's copies of a block find it empty)
def _names_programmes(folded: str) -> bool:
    """Whether a block names a programme at all: asked once per block, not once per number."""
    return any(w in folded for w in _PROGRAMME_WORDS)


def _in_programme_name(text: str, folded: str, start: int) -> bool:
    return _names_programmes(folded) and _PROGRAMME.search(text, max(0, start - 60), start) is not None


_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?![\d/])")


def _counts_after(folded: str, end: int) -> bool:
    """Whether a percent sign or a counted noun follows the number (no document's number is followed by either; a
    time may be: ``Chỉ thị 05 năm 2016``)."""
    at = skip_space(folded, end)
    if folded[at:at + 1] == "%":
        return True
    found = match_unit(folded, at)
    return found is not None and found[0].dimension in COUNT_DIMENSIONS and found[0].dimension != "classifier"


_GRADE_WORDS = frozenset({"loại", "hạng", "độ"})
_GRADE = re.compile(r"(?<!\w)(?<!phân )(?<!các )(?<!mọi )(?<!nhiều )(?:loại|hạng|(?:mức|cấp) độ)\s+(?:\d{1,2}\s*(?:,|và)\s*)*\Z")


def _grade(folded: str, start: int, end: int) -> bool:
    """``công dân đạt sức khỏe loại 1, 2, 3``, ``hạng 3``, ``cấp độ 2``: a grade's number, a name as the list after it
    (``name_list_end``), where no counted noun follows (it gave counts ``2`` and ``3`` of citizens); ``phân loại 120
    hồ sơ`` sorts files."""
    at = skip_space(folded, end)
    return _GRADE.search(folded, max(0, start - 40), start) is not None and match_unit(folded, at) is None \
        and folded[at:at + 1] != "%"  # (``Rau các loại 447,2 ha``: every kind, then its area)


def _excluded_before(text: str, folded: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is a name, a date part, a document's number or a tail
    of another token, as the words right before it say."""
    if start == 0:
        return False
    prev = folded[start - 1]
    if prev.isalpha() or prev in "/:":
        return True  # QH15, A166, 42/NQ-CP tails, 09:00
    if prev in "-–" and start > 1 and folded[start - 2].isalnum():
        return True  # Covid-19, 01-KL
    if _in_programme_name(text, folded, start):
        return True
    if folded.startswith("/", end) and named_day(text, folded, start) is not None:
        return True  # ``Ngày Chuyển đổi số quốc gia 10/10``: a named day's day and month, as ``date_grammar`` reads it
    word = last_word(folded, start)
    if word in _NOTE_WORDS and _UNIT_NOTE_BEFORE.search(folded, max(0, start - 20), start):
        return True  # ``ĐVT: 1.000 đồng``: the unit a table's cells are in, no amount
    if word in _GRADE_WORDS and _grade(folded, start, end):
        return True
    if word not in _GATE or _GROUPED.match(folded, start, end):
        return False  # (a name's or a document's number is never written in thousands: ``cơ sở 3.860 tin``)
    words = words_before(folded, start)
    doc_type = phrase_before(words, _DOC_TYPE_BEFORE)
    if doc_type and text[doc_type[1]].isupper() and not _counts_after(folded, end):
        return True  # (``Hướng dẫn 15 xã rà soát``, ``Hướng dẫn 100% cơ sở``: a verb opening its item, and what it acts on)
    if _per_time(words) or len(words) > 1 and words[-1][0] in _TIME_WORDS and words[-2][0] in _PERIODIC:
        return False
    name = phrase_before(words, _NAME_BEFORE)
    if name is not None and name[0] == "thôn" and len(words) > 1 and words[-2][0] == "nông":
        return False  # ``Sở Nông nghiệp và Phát triển nông thôn 119 TTHC``: rural, no hamlet numbered 119
    if name is None or name[0] in _UNIT_NAMES and (_RATIO_RUN.match(folded, start, end + 4) or SPELL_AFTER.match(folded, end)):
        return False  # (``chi đoàn thôn, xóm 15/24``: a unit's number is no share of a whole; a holiday's is its day)
    if name[0] == "số" and len(words) > 1 and words[-2][0] in _COUNTING_SỐ:
        return False  # ``tổng số 120 hộ``, ``dân số 350 người/km2``: a total, not "number 120"
    if name[0] == "tập" and not text[name[1]].isupper():
        return False  # ``triệu tập 30 đảng viên``, ``luyện tập 30 phút``: a verb's end; a volume is ``Tập 2``
    if name[0] == "vòng" and len(words) > 1 and words[-2][0] == "trong":
        return False  # ``trong vòng 15 ngày``: within a time, not round 15
    if name[0] in _STREETS:
        day = _DAY_MONTH.match(folded, start)  # (``tuyến đường 15/15 xã``: a share of communes)
        if day is not None:
            return int(day[1]) <= 31 and int(day[2]) <= 12 and match_unit(folded, skip_space(folded, day.end())) is None
        return not folded[skip_space(folded, end):][:1].isalpha()
    if len(words) > len(name[0].split()) and words[-len(name[0].split()) - 1][0].lstrip("(") in ("cấp", "mỗi"):
        return False  # ``cấp xã 419 hộ``, ``cấp Trung ương 2 hộ``, ``mỗi ấp 01 cử tri``: a level, every unit, then a count
    # ``ngân sách huyện 200 triệu đồng``, ``lương cơ sở 1.800.000 đồng``: no name goes on with an amount
    after = match_unit(folded, skip_space(folded, end))
    if after is not None and name[0] in _UNIT_TYPES and after[0].dimension in _COUNTED_THINGS and text[name[1]].islower():
        return False  # ``Hội Nông dân huyện 7 cuộc``: the district's body, then a count (``phường 1 có …`` names)
    return after is None or after[0].dimension not in _AMOUNT_DIMENSIONS


_RATIO_RUN = re.compile(r"\d+/\d+(?![\d/])")
_NOTE_WORDS = frozenset({"đvt:", "tính:", "vị:"})
# a table's note of the unit its cells are in (``ĐVT:``, ``Đơn vị tính:``; ``told`` when it is no bare ``Đơn vị:``, which
# may head the bodies reporting): before a number in prose, and the note itself (``figure_tables``)
UNIT_NOTE = r"(?:(?P<told>đvt|đơn vị tính)|đơn vị)\s*[:：]\s*"
_UNIT_NOTE_BEFORE = re.compile(UNIT_NOTE + r"\Z")
# units and villages by their type words, and the short ones (``khu`` for a residential zone, ``tổ`` for a street group)
_UNIT_NAMES = frozenset(TYPE_LEVELS) | frozenset(VILLAGE_TYPES) | {"khu", "tổ"}


# "kế hoạch tài chính 05 năm", "quy hoạch 10 năm": the years name a kind of plan
_PLAN_HEADS = {("kế", "hoạch"), ("quy", "hoạch"), ("chiến", "lược")}
# words that put a length of time in a sentence ("trong 5 năm", "sau 3 năm", "được 2 năm"), not in a name
_SPAN_WORDS = frozenset({"trong", "sau", "qua", "trước", "từ", "đến", "tới", "được", "đã", "sẽ", "là", "có",
                         "với", "cho", "và", "hoặc", "mỗi", "gần", "hơn", "khoảng", "trên", "dưới"})
_NAME_END = regex.compile(r"[ \t]*(?:$|[,;.:)”\"]|(?:và|của)\b)")


def _plan_horizon(folded: str, start: int, unit_end: int) -> bool:
    """``lập kế hoạch tài chính 05 năm và …``: the years that end a plan's name (a plan type, as
    ``kế hoạch 5 năm`` is), not a length of time the report gives. The name runs back to its
    ``kế hoạch`` over words only, no number, no clause mark and no word that sets a time span in
    a sentence; the years end it (a list goes on with ``và``, an owner with ``của``)."""
    if not _NAME_END.match(folded, unit_end):
        return False
    words = [w for w, _ in words_before(folded, start, limit=9)]
    for i in range(len(words) - 1, 0, -1):
        if (words[i - 1], words[i]) in _PLAN_HEADS:
            return True
        word = words[i]
        if word in _SPAN_WORDS or not any(ch.isalpha() for ch in word) and word not in ("-", "–") \
                or any(ch.isdigit() or ch in ",;:.()“”\"" for ch in word):
            return False
    return False


def _per_time(words: list[tuple[str, int]]) -> tuple[str, int] | None:
    """``mỗi tháng 2 đợt``: (time word, offset of "mỗi") when a count is per period."""
    if len(words) > 1 and words[-2][0] == "mỗi" and words[-1][0] in _TIME_WORDS:
        return words[-1][0], words[-2][1]
    return None


def _and_above(folded: str, start: int, end: int, qualifier: str | None, span_start: int) -> tuple[str | None, int, int]:
    """``từ 1.100 đảng viên trở lên``, ``75 triệu đồng/người/năm trở lên``: "and above" after a figure's
    whole unit, as (qualifier, span start, end past it); as given when none follows."""
    if "trở" not in folded[end:end + 6] or (m := _AT_LEAST_AFTER.match(folded, end)) is None:
        return qualifier, span_start, end
    if folded[max(0, start - 3):start] == "từ ":
        return "at_least", start - 3, m.end()
    if qualifier in (None, "reached"):
        return "at_least", span_start, m.end()
    return qualifier, span_start, end


def _per_one(folded: str, figure: Figure) -> bool:
    """``thu hoạch trên 1 ha đất canh tác … đạt 125 triệu đồng``: "per hectare", the denominator of the
    figure that follows, not over one hectare; so is ``Số bác sĩ trên 10.000 dân đạt 13 bác sĩ`` "per
    10,000 people" (a noun right before ``trên``; ``Xã có trên 10.000 dân`` is over); ``hai con số``
    (double-digit growth) counts no figures."""
    if figure.unit == "con số":
        return True
    if figure.qualifier != "over" or not folded.startswith("trên", figure.start):
        return False
    if figure.value == 1 and figure.unit == "ha":
        return _PER_ONE_NOUN.match(folded, figure.end) is not None
    if figure.unit in ("dân", "người dân", "người") and figure.value in (1, 10, 100, 1_000, 10_000, 100_000):
        before = last_word(folded, figure.start)
        return bool(before) and before not in _VERBS_BEFORE_OVER
    return False


_VERBS_BEFORE_OVER = frozenset({"có", "với", "gồm", "là", "đạt", "được", "còn", "cho", "của", "tới", "đến", "và", "số"})


_PER_ONE_NOUN = re.compile(r"[ \t]+(?:đất|diện tích|canh tác|lúa|trồng|sản xuất|gieo)")  # (``trên 1 ha.`` is over one)


# A number a name ends with, not a count: ``Đảng bộ xã Sơn Kim 1 lần thứ XXIV`` (an ordinal follows),
# ``Chương trình giáo dục phổ thông 2018 đối với lớp 5`` (``đối với`` is "for", no noun counted).
# (and a badge's class, its years in the Party: ``Huy hiệu 70 năm tuổi Đảng 02 đồng chí; 60 năm tuổi Đảng 05 đồng chí``,
# ``Huy hiệu 45 năm, 40 năm, 30 năm tuổi Đảng``: each was a length of time)
# (and a day of the lunar calendar, its month or not: ``Giỗ Tổ Hùng Vương (10/3 âm lịch)`` was a ratio of ``âm lịch``)
_LUNAR_DAY = re.compile(r"(?:/\d{1,2})?[ \t]+âm[ \t]+lịch(?!\w)")
_NAME_NUMBER_AFTER = re.compile(r"[ \t]+(?:lần[ \t]+thứ|đối[ \t]+với|năm(?:[ \t]*(?:,|và)[ \t]*\d{1,2}[ \t]+năm)*[ \t]+tuổi[ \t]+đảng)"
                                r"(?!\w)")


# A time of day before its day: ``Từ 14 giờ ngày 25/8 đến 6 giờ ngày 26/8``, ``14h30 ngày 10/10`` (no length of time)
_CLOCK_OF_DAY = re.compile(r"[ \t]*(?:giờ|h)(?:[ \t]*\d{1,2}(?:[ \t]*phút)?)?[ \t]*,?[ \t]*"
                           r"(?:(?:sáng|trưa|chiều|tối|đêm)[ \t]+)?(?:ngày|hôm)[ \t]+\d")


# ``từ 18 giờ đến 22 giờ``: two times of day, each with its ``giờ`` (a length is ``từ 2 đến 4 giờ``)
_CLOCK_SPAN = re.compile(r"(?<!\w)từ[ \t]+(?:[01]?\d|2[0-4])[ \t]*giờ(?:[ \t]*\d{1,2}(?:[ \t]*phút)?)?[ \t]+(?:đến|tới)[ \t]+"
                         r"(?:[01]?\d|2[0-4])[ \t]*giờ(?!\w)")


# a value named per hectare before it: ``Giá trị thu trên 1 ha canh tác năm 2025 đạt``, ``Giá trị thu/ha đạt``
_AREA_REACH = 70
_PER_AREA_BEFORE = re.compile(r"(?:/[ \t]*|[ \t]+(?:trên|mỗi)[ \t]+(?:(?:1|01|một)[ \t]+)?)ha(?!\w)[^,;.()/\d]{0,45}"
                              r"(?:\d{4}[^,;.()/\d]{0,12})?\Z")
_PEOPLE_WORDS = frozenset({"đồng chí", "người"})  # a count of people a ``Số …`` named before it
# what a share's whole is said to be after its noun (``23/23 đại biểu có mặt``): no act of the part
_OF_THE_WHOLE = ("có mặt", "dự họp", "tham dự", "dự")
_SAID_IN_WORDS = re.compile(r"bằng\s+chữ\s*:?[^.;()]*\Z")
# a clause that only says where (``Toàn huyện``, ``Trên địa bàn huyện``, ``Huyện hiện``), before ``có`` and a count
# (not the unit's type alone: ``xã có trên 10.000 dân`` counts people of communes)
_UNIT_TYPES = "|".join(TYPE_LEVELS)
_PLACE_ONLY = re.compile(rf"(?:toàn|trên\s+địa\s+bàn|trên\s+toàn|cả|trong)\s+(?:{_UNIT_TYPES})(?:\s+(?:ta|nhà|mình))?"
                         rf"(?:\s+(?:hiện|nay|hiện\s+nay))?|(?:{_UNIT_TYPES})(?:\s+(?:ta|nhà|mình))?\s+(?:hiện|nay|hiện\s+nay)")
# ``7 giờ sáng``, ``20 giờ tối``: a time of day by its part of the day
_PART_OF_DAY = re.compile(r"[ \t]+(?:sáng|trưa|chiều|tối|đêm)(?!\w)")
# a deadline or a moment by the clock: ``báo cáo trước 15 giờ hằng ngày``, ``lúc 7 giờ``
_CLOCK_BEFORE = re.compile(r"(?<!\w)(?:trước|lúc)[ \t]+\Z")


def _in_clock_span(folded: str, start: int) -> bool:
    return any(m.start() <= start < m.end() for m in _CLOCK_SPAN.finditer(folded, max(0, start - 40), start + 40))


def _excluded_after(folded: str, end: int) -> bool:
    nxt = folded[end:end + 2]
    if nxt[:1] == ":" and nxt[1:2].isdigit():
        return True  # 09:00
    if (nxt[:1] == "h" or folded.startswith("giờ", end + (nxt[:1] == " "))) and _CLOCK_OF_DAY.match(folded, end):
        return True
    if nxt[:1] in ("-", "/") and nxt[1:2].isalpha():
        return True  # 01-KL/TW, 356/UBND-HC
    if nxt[:1] in ("/", " ", "\t") and _LUNAR_DAY.match(folded, end):
        return True  # ``(10/3 âm lịch)``: a day of the lunar calendar, no share
    return nxt[:1] in (" ", "\t") and _NAME_NUMBER_AFTER.match(folded, end) is not None


def _names_on(folded: str, end: int) -> bool:
    """Whether a number listed after a name's number (``Phường 1, 2``) names too: not when a
    unit follows it (``Phường 3, 120 hộ``), but a time unit ends a list of names
    (``Huy hiệu 30, 40, 65 năm tuổi Đảng``)."""
    after = match_unit(folded, skip_space(folded, end))
    return after is None or after[0].dimension == "time"


def _enumerator(folded: str, start: int, end: int) -> bool:
    """``(1)``, ``1)``, a leading ``2.1.`` or ``1-``: list and section numbers."""
    prev = folded[start - 1] if start > 0 else ""  # no copy of the text before: long blocks stay linear
    after = folded[end:end + 1]
    if prev == "(" and after == ")":
        return True
    if after == ")" and (not prev or prev in " \t\n"):
        return True
    if after not in (".", "-", "–", "/") or end + 1 < len(folded) and folded[end + 1].isdigit():
        return False  # most numbers: the line before them need not be read (and copied)
    line_start = folded.rfind("\n", 0, start) + 1
    return folded[line_start:start].strip() in ("", "-", "+", "*", "•")


def _money_context(folded: str, start: int) -> bool:
    clause = max(folded.rfind(c, 0, start) for c in _CLAUSE_MARKS) + 1  # after the last mark, else 0
    return bool(_MONEY_CUE.search(folded, max(clause, start - 120), start))


def scan(text: str, claimed: Iterable[tuple[int, int]] = (), folded: str | None = None) -> list[Figure]:
    """Figures in one block's text; ``claimed`` are spans owned by dates/references.
    ``folded`` is ``fold(text)`` when the caller already has it (a block's ``folded``)."""
    folded = fold(text) if folded is None else folded
    number_words = list(_number_words(folded))
    first = _DIGIT_RUN.search(folded)
    if not number_words and first is None:
        return []  # a block with no number at all (about one in four): no spans to index
    owned = _Spans(list(claimed) + quoted_spans(text))
    figures: list[Figure] = []
    cursor = 0
    name_list_end = -1  # end of the last number that was a name ("Phường 1, 2")
    for m in _DIGIT_RUN.finditer(folded, first.start()) if first else ():  # no second read up to the first
        start = m.start()
        if start < cursor:
            continue
        read = _well_formed(m.group(), start)  # the run finditer just matched: no second match
        if read is None:
            cursor = m.end()
            continue
        raw, end = read
        if owned and owned.overlaps(start, end):
            cursor = m.end()
            continue
        if _excluded_before(text, folded, start, end) or (
                name_list_end >= 0 and _LIST_JOIN.fullmatch(folded, name_list_end, start)
                and _names_on(folded, end)):
            name_list_end = end
            cursor = end
            continue
        if _excluded_after(folded, end) or _enumerator(folded, start, end):
            cursor = m.end()
            continue
        figure = _figure_at(text, folded, start, raw, end)
        if figure is None or _per_one(folded, figure):
            continue
        _signed(folded, figure, start)
        figures.append(figure)
        cursor = figure.end
    if figures and "(" in folded:
        figures = _bracket_parts(text, folded, figures, owned)
    if figures:
        figures = _listed_parts(text, folded, figures, owned)
    in_digits = len(figures)
    spelled = [span for f in figures if (span := _spelled_out(folded, f)) is not None] if number_words else []
    for m in number_words:
        if spelled and _inside(spelled, m.start(), m.end()):
            continue
        if "bằng chữ" in folded and _SAID_IN_WORDS.search(folded, max(0, m.start() - 160), m.start()):
            continue  # ``(Bằng chữ: Một tỷ, bốn trăm triệu đồng chẵn)``: the total written again, no amount of its own
        word_figure = _word_figure(text, folded, m, owned, figures)
        if word_figure is not None and not _per_one(folded, word_figure):
            figures.append(word_figure)
    if len(figures) > in_digits:
        figures.sort(key=lambda f: f.start)
    if "từ " in folded:
        figures = _ranges_from_to(folded, _bare_first_ends(text, folded, figures))
    _moves_from_to(folded, figures)
    _listed_money(text, folded, figures)
    _carry_subjects(folded, figures)
    _parallel_shares(folded, figures)
    _parallel_kinds(folded, figures)
    _listed_counts(folded, figures)
    _shared_tails(folded, figures)
    _moved_counts(folded, figures)
    if "(" in folded:
        _bracketed_shares(text, folded, figures)
    _amounts_of_counts(folded, figures)
    _totals_of_counts(folded, figures)
    if "(" in folded:
        _bracketed_counts(text, folded, figures)
    _planned_beside(folded, figures)
    return figures


_BESIDE = re.compile(r"[(/][ \t]*\Z")


def _planned_beside(folded: str, figures: list[Figure]) -> None:
    """``Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,2% (NQ 92%)``, ``đạt 28,5%/NQ 35%``, ``Tốc độ tăng trưởng … ước đạt
    10,8%/năm, vượt chỉ tiêu Nghị quyết (NQ 9,5 - 10%/năm)``: a plan's value set beside a result, in a bracket or after
    its slash, measures what the last result of its unit before it in the sentence measures (it measured ``NQ``, the
    words that name the plan, which its status says)."""
    for i, fig in enumerate(figures):
        if i == 0 or (named := PLANNED_VALUE.search(folded, max(0, fig.start - 40), fig.start)) is None \
                or not _BESIDE.search(folded, max(0, named.start() - 3), named.start()):
            continue
        result = next((f for f in reversed(figures[:i]) if f.end <= named.start() and f.unit == fig.unit), None)
        if result is not None and result.counted and not SENTENCE_END.search(folded, result.end, fig.start):
            fig.counted, fig.subject = result.counted, result.subject


# ``làm chết 142 người``, ``làm bị thương 118 người``: the accident caused what the people counted suffered (they
# counted ``người làm chết``, people who killed)
_CAUSED = regex.compile(r"^(?i:làm)[ \t]+(?=(?:chết|bị[ \t]+thương|mất[ \t]+tích|thiệt[ \t]+mạng|hư[ \t]+hỏng|sập|cháy)(?!\w))")


def _bracketed_counts(text: str, folded: str, figures: list[Figure]) -> None:
    """``chủ yếu tại thị trường Nhật Bản (312 người), Hàn Quốc (94 người)``, ``tập trung ở thị trấn Hương Khê (41
    người)``: a count alone in brackets counts its noun of what the words before the bracket name (it counted
    ``người`` alone). After a share, what the share measures (``tỷ lệ hộ nghèo còn 1,82% (41 hộ)``: the households
    are the poor ones)."""
    for before, fig in zip([None, *figures], figures):
        if fig.kind != "count" or not fig.unit or fold(fig.counted or "") != fold(fig.unit):
            continue
        opening = _OPENS_ALONE.search(folded, max(0, fig.start - 3), fig.start)
        if opening is None or _CLOSES_ALONE.match(folded, fig.end) is None:
            continue
        if before is not None and before.kind == "percent" and before.counted and not folded[before.end:opening.start()].strip():
            words = before.counted.split()
            words = words[2:] if fold(" ".join(words[:2])) in _SHARE_NAMES else words
            while words and fold(words[-1]) in MOVES:
                words = words[:-1]  # (``Tỷ lệ hộ nghèo giảm … (106 hộ)``: the households, not the fall)
            measured = " ".join(words)
            if measured and ANY_DIGIT.search(measured) is None:
                unit = fold(fig.unit)
                fig.counted = fig.subject = measured if fold(measured).startswith(unit + " ") else f"{fig.counted} {measured}"
            continue
        named = measured_before(text, folded, opening.start())
        if named and ANY_DIGIT.search(named) is None:
            fig.counted = fig.subject = f"{fig.counted} {named}"


_OPENS_ALONE = re.compile(r"\([ \t]*\Z")
_CLOSES_ALONE = re.compile(r"[ \t]*\)")  # (and a share's bracket: ``_bracketed_shares``)


def _sentences_ended(folded: str, start: int, end: int, across: int = 0) -> bool:
    """Whether more than ``across`` sentences end between ``start`` and ``end``, where a figure stops taking its subject
    from one before it; a semicolon goes on (``… 24.000 ha; đến năm 2030 đạt 30.000 ha``)."""
    stops = (m for m in SENTENCE_END.finditer(folded, start, end) if m.group() != ";")
    return next(islice(stops, across, None), None) is not None


def _parallel_shares(folded: str, figures: list[Figure]) -> None:
    """``Tỷ lệ cử tri đi bầu đại biểu Quốc hội đạt 99,73%; đại biểu HĐND tỉnh đạt 99,72%``, ``Tỷ lệ hộ dùng nước sạch đạt
    95%, hộ dùng điện lưới đạt 99,8%``: a share of a list whose subject opens as a part of the one before says the
    rest, the share's name, once (they measured ``đại biểu HĐND tỉnh``, ``hộ dùng điện lưới``)."""
    for before, fig in zip(figures, figures[1:]):
        if not (before.kind == fig.kind == "percent" and before.counted and fig.counted):
            continue
        head, own = fold(before.counted).split(), fold(fig.counted).split()
        if _sentences_ended(folded, before.end, fig.start):
            continue
        if len(own) < 2 or " ".join(head[:2]) not in _SHARE_NAMES or " ".join(own[:2]) in _SHARE_NAMES:
            continue
        at = next((i for i in range(2, len(head) - 1) if head[i:i + 2] == own[:2]), None)
        if at is None and len(head) > 2 and head[2] == own[0]:
            at = 2  # (``Tỷ lệ hộ nghèo còn 2,1%, hộ cận nghèo 3,5%``: the same noun, another kind of it)
        if at is not None:
            written = before.counted.split()
            fig.counted = fig.subject = " ".join(written[:at] + fig.counted.split())


_SHARE_NAMES = _SHARES | {"tỉ lệ"}
_KINDS_LISTED = frozenset({"money", "measure", "rate"})  # (a count names its own noun; a share, ``_parallel_shares``)
_KIND_WORDS = 2
_KIND_GAP = re.compile(r"[ \t]*[,;][ \t]*")


def _parallel_kinds(folded: str, figures: list[Figure]) -> None:
    """``Mức hỗ trợ xây mới từ 40 đến 60 triệu đồng/căn, sửa chữa 20 triệu đồng/căn``, ``Diện tích lúa 5.000 ha, ngô 1.200
    ha``: an amount in the unit of the one right before it, whose clause after the comma names only its kind, in no more
    words than the other's clause ends with, is of the other's head with its own kind (it measured ``sửa chữa``, ``ngô``);
    not where the head would be cut inside a word (``Thu ngân sách 120 tỷ đồng, chi 98 tỷ đồng``: ``ngân sách``)."""
    for before, fig in zip(figures, figures[1:]):
        if fig.kind not in _KINDS_LISTED or fig.kind != before.kind or fig.unit != before.unit \
                or not before.counted or not fig.counted:
            continue  # (the cheapest tests first: most figures follow one of another unit)
        own, head = fig.counted.split(), before.counted.split()
        gap = _KIND_GAP.match(folded, before.end)
        if not 0 < len(own) <= _KIND_WORDS or len(head) < len(own) + 2 or gap is None \
                or " ".join(folded[gap.end():fig.start].split()) != fold(" ".join(own)) or fold(fig.counted) in MOVES \
                or ANY_DIGIT.search(before.counted) is not None:
            continue
        cut = len(head) - len(own)
        if word_cut_at(head, cut):
            continue
        fig.counted = fig.subject = " ".join(head[:cut] + own)


_LINKS = r",[ \t]*(?:và[ \t]+)?|và[ \t]+"
_LIST_LINK = re.compile(rf"[ \t]*(?:{_LINKS})")
# (and two counts of one act, ``đã tiếp 168 lượt với 197 người``: the people were received too; they counted ``người``)
_COUNTS_LINK = re.compile(rf"[ \t]*(?:{_LINKS}|[ \t]+với[ \t]+)")


def _listed_counts(folded: str, figures: list[Figure]) -> None:
    """``tặng Giấy khen cho 186 tập thể, 642 cá nhân và 95 hộ gia đình``, ``khen thưởng 02 tập thể và 01 cá nhân``,
    ``tiếp 168 lượt với 197 người``: the counts a list joins share what its clause says of the first (the later ones counted their noun alone)."""
    for first, nxt in zip(figures, figures[1:]):
        if not (first.kind == nxt.kind == "count" and first.unit and nxt.unit and first.counted and nxt.counted
                and fold(nxt.counted) == fold(nxt.unit) and _COUNTS_LINK.fullmatch(folded, first.end, nxt.start)):
            continue
        said = first.counted[len(first.unit):].strip() if fold(first.counted).startswith(fold(first.unit)) else ""
        if said:
            nxt.counted = nxt.subject = f"{nxt.counted} {said}"


def _shared_tails(folded: str, figures: list[Figure]) -> None:
    """``Có 4 tổ chức đảng, 7 đảng viên có hạn chế``, ``29/33 tổ chức đảng, 71/76 đảng viên thực hiện tốt``: counts of
    two things a list joins right after the first's noun, with nothing said before them, share what is said after the
    last (the first counted its noun alone). Where the clause before says something (``phát hiện, bắt giữ 18 vụ, 26 đối
    tượng phạm tội …``), that stays the first's: which of the two a reader wants differs from report to report."""
    for first, nxt in zip(figures, figures[1:]):
        if not (first.kind in _COUNTED_KINDS and nxt.kind in _COUNTED_KINDS and first.unit and nxt.unit and nxt.counted
                and first.counted and fold(first.counted) == fold(first.unit)
                and fold(first.unit) != fold(nxt.unit) and _LIST_LINK.fullmatch(folded, first.end, nxt.start)
                and fold(nxt.counted).startswith(fold(nxt.unit) + " ")):
            continue
        tail = nxt.counted[len(nxt.unit):].strip()
        if fold(tail.split()[0]) in _SAID_OPENINGS:
            first.counted = first.subject = f"{first.unit} {tail}"


_COUNTED_KINDS = frozenset({"count", "ratio"})
# what opens words said of the things counted, not more of the last one's name (``01 Kế toán và 01 nhân viên bảo vệ``,
# ``11 xã, thị trấn và 01 cơ sở Hội khối cơ quan``)
_SAID_OPENINGS = frozenset({"có", "đã", "được", "bị", "đang", "không", "chưa", "thực", "hoàn", "tham", "phạm", "vi",
                            "đủ", "đăng", "nhận", "hưởng"})


_EQUIVALENT = frozenset({"tương ứng", "tương đương"})  # (a ``với`` after them ends no phrase: ``_BEFORE_CLOSE``)
_AMOUNT_NAMES = frozenset({"số tiền", "tổng số tiền", "trị giá", "tổng trị giá", "kinh phí", "tổng kinh phí"})


def _amounts_of_counts(folded: str, figures: list[Figure]) -> None:
    """``số có điều kiện thi hành 521 việc, tương ứng 21.374.000.000 đồng``, ``lĩnh vực đất đai 15 quyết định, số tiền
    685 triệu đồng``: an amount that only says it matches the count before it, or only names itself, is the amount of
    what that count counts (they counted ``tương ứng``, ``số tiền``: a breakdown's amounts were told apart by nothing)."""
    for count, amount in zip(figures, figures[1:]):
        if not (count.kind == "count" and count.counted and amount.kind == "money" and amount.counted) \
                or SENTENCE_END.search(folded, count.end, amount.start) or ";" in folded[count.end:amount.start]:
            continue
        said = fold(amount.counted)
        if said in _EQUIVALENT:
            amount.counted = amount.subject = f"số tiền {count.counted}"
        elif said in _AMOUNT_NAMES:
            amount.counted = amount.subject = f"{amount.counted} {count.counted}"


_TOTAL_OPENING = re.compile(r"(?:tổng\s+)?(?:trị\s+giá|kinh\s+phí|số\s+tiền)(?!\w)")


def _totals_of_counts(folded: str, figures: list[Figure]) -> None:
    """``14 nhà nhân đạo, mỗi nhà hỗ trợ từ 40 đến 60 triệu đồng, tổng kinh phí 720 triệu đồng``, ``6.215 suất quà cho
    các hộ nghèo, người khuyết tật với tổng trị giá gần 3,1 tỷ đồng``: a total is of what the count before it in its
    sentence counts, past an amount each one got (it counted ``tổng kinh phí mỗi nhà hỗ trợ``, ``tổng trị giá người
    khuyết tật``), and past the parts listed after that count (``_whole_of_parts``)."""
    for i, total in enumerate(figures):
        if total.kind != "money":
            continue
        counted = fold(total.counted or "")
        if (said := _TOTAL_OPENING.match(counted)) is None:
            continue
        rest = counted[said.end():].strip()
        each: list[str] = []  # what each one got, said between the count and the total
        for j in range(i - 1, -1, -1):
            before = figures[j]
            if SENTENCE_END.search(folded, before.end, total.start) or ";" in folded[before.end:total.start]:
                break
            if before.kind == "count" and before.counted:
                before = _whole_of_parts(folded, figures[:j], before)
                window = folded[max(0, total.start - 60):total.start]
                opening = list(_TOTAL_OPENING.finditer(window))
                own = bool(rest) and bool(opening) and rest in window[opening[-1].end():]
                # (not where the total names its own clause after its word, ``tổng kinh phí đã vận động hỗ trợ``, or
                # the count's noun before it, ``đã hỗ trợ 10 chị với tổng số tiền``)
                named = bool(before.unit) and re.search(rf"(?<!\w){re.escape(fold(before.unit))}(?!\w)", rest) is not None
                if not own and (rest in each or not named):
                    total.counted = total.subject = f"{(total.counted or '')[:said.end()]} {before.counted}"
                break
            if not fold(before.subject or "").startswith("mỗi"):
                break  # (another amount, not each one's: the total may be of it)
            each.append(fold(before.subject or ""))


# what opens the parts listed after a whole: ``356 hộ …, gồm 218 căn nhà …``, ``120 hộ (trong đó: 45 hộ …)``
_PARTS_OPEN = re.compile(r"[,:(][ \t]*(?:trong[ \t]+đó|bao[ \t]+gồm|gồm)[ \t]*:?[ \t]")


def _whole_of_parts(folded: str, before: list[Figure], part: Figure) -> Figure:
    """The count ``part`` is the last part of, when it ends a list of counts that ``gồm`` or ``trong đó`` opens after that
    count in its sentence (``đã hỗ trợ 356 hộ xóa nhà tạm, nhà dột nát, gồm 218 căn nhà xây mới và 138 căn nhà sửa chữa,
    với tổng kinh phí 17,86 tỷ đồng``: the total is of the 356 households, not of the 138 houses repaired, which it
    counted); else ``part`` itself. ``before``: the figures before ``part``, in order."""
    later = part
    for other in reversed(before):
        if other.kind != "count" or SENTENCE_END.search(folded, other.end, later.start) or ";" in folded[other.end:later.start]:
            return part
        if _PARTS_OPEN.search(folded, other.end, later.start) is not None:
            # (one part alone is no list: ``196 khu dân cư …, trong đó 42 nhà văn hóa được xây mới … với tổng kinh phí``
            # is the cost of the 42)
            return other if other.counted and later is not part else part
        later = other
    return part


_SHARE_IN_BRACKET = re.compile(r"[ \t]*\([ \t]*")


def _bracketed_shares(text: str, folded: str, figures: list[Figure]) -> None:
    """``giảm 05 vụ (-10,64%)``, ``làm chết 8 người (chiếm 40%)``: a share in a bracket right after a count is of what
    that count counts (it counted the bare noun, ``vụ``); what the clause says after the bracket, both count
    (``35/46 tổ chức cơ sở đảng (chiếm 76,09%) hoàn thành tốt nhiệm vụ``: the rating was lost)."""
    for count, share in zip(figures, figures[1:]):
        if (count.kind in ("money", "measure") and count.counted and share.kind == "percent"
                and (gap := _SHARE_IN_BRACKET.match(folded, count.end)) is not None and gap.end() == share.start
                and _CLOSES_ALONE.match(folded, share.end) and last_word(folded, count.start) in _COUNT_MOVES):
            # ``tăng 1.932 triệu đồng (8,5%)``: the move said again as a share, alone in its bracket, moves the same thing
            share.counted = share.subject = count.counted
            continue
        if (count.kind in ("count", "ratio") and count.counted and share.kind == "percent"
                and (gap := _SHARE_IN_BRACKET.match(folded, count.end)) is not None
                and _SHARE_LEAD.fullmatch(folded, gap.end(), share.start)):
            close = _CLOSES_ALONE.match(folded, share.end)
            after = skip_space(folded, close.end()) if close else -1
            noun = " ".join(_DIGIT_RUN.split(text[count.start:count.end])[-1].split())
            # (only where the count's phrase stopped at the bracket: its noun, no more, after the number)
            if after > 0 and text[after:after + 1].islower() and noun and count.counted.endswith(noun) \
                    and (tail := " ".join(text[after:phrase_end(folded, after)].split())):
                count.counted = count.subject = f"{count.counted} {tail}"
            share.counted = share.subject = count.counted



_SHARE_LEAD = re.compile(r"(?:(?:chiếm|bằng|tăng|giảm|đạt)[ \t]*)?")


# A part named in the brackets after a count: ``(nam: 5.000, nữ: 7.345)``, ``(trong đó nữ 45)``.
# Its label is words, words after a number (``30 năm``), or a numbered name before a colon (``Phường 1:``).
_PART = re.compile(r"(?:trong đó\s+)?(?P<label>(?:[^\W\d_]+[ \t]+){1,3}\d{1,3}(?=[ \t]*:)|(?:\d{1,3}[ \t]+)?[^\W\d_]+"
                   r"(?:[ \t]+[^\W\d_]+){0,3})[ \t]*:?[ \t]*(?P<number>\d[\d.,]*)")
_LABEL_COLON = re.compile(r"[ \t]*(?:trở[ \t]+lên[ \t]*)?:[ \t]*\d")


_WORDS_TO_BRACKET = re.compile(r"[, \t]*[^\W\d_][^\d.;:()\n]{0,60}?[ \t]\(")  # the words of what is counted, then a bracket


def _bracket_parts(text: str, folded: str, figures: list[Figure], claimed: _Spans) -> list[Figure]:
    """``12.345 người (nam: 5.000, nữ: 7.345)``: bare numbers in the brackets right after a count,
    each after the words that name its part, are parts of it and count in its unit."""
    parts: list[Figure] = []
    for fig in figures:
        if fig.kind != "count" or not fig.unit:
            continue
        opening = skip_space(folded, fig.end)
        if folded[opening:opening + 1] != "(" and (words := _WORDS_TO_BRACKET.match(folded, fig.end)) is not None:
            opening = words.end() - 1  # (``113 tố giác, tin báo về tội phạm (cũ 08, mới 105)``: after the count's words)
        if folded[opening:opening + 1] != "(":
            continue
        closing = folded.find(")", opening, opening + 120)
        if closing < 0:
            continue
        for m in _PART.finditer(folded, opening + 1, closing):
            start = m.start("number")
            read = _read_number(folded, start)
            if read is None or claimed.overlaps(start, read[1]) or _inside(((f.start, f.end) for f in figures), start,
                                                                          read[1]) or _excluded_before(text, folded, start, read[1]):
                continue  # (``tổ 1, tổ 2``: names)
            if skip_space(folded, read[1]) < closing and folded[read[1]:read[1] + 1] not in (",", ";", " "):
                continue
            label = " ".join(text[m.start("label"):m.end("label")].split())
            parts.append(Figure(start, read[1], scaled(read[0], 1), "count", fig.unit,
                                counted=f"{fig.unit} {label}", subject=fig.subject))
    return sorted(figures + parts, key=lambda f: f.start) if parts else figures


# One item of a list whose noun is written once: its label (what the number is of), then the number, then the list's
# mark. Read backwards from the item after it (``khiển trách 17, cảnh cáo 05, cách chức 01, khai trừ 01 đảng viên``)
# or forwards after a whole's ``trong đó`` (``kỷ luật 24 đảng viên, trong đó: khiển trách 17, cảnh cáo 05``).
_LABEL = r"(?P<label>(?:[^\W\d_]+[ \t]+){0,4}[^\W\d_]+)?[ \t]*:?[ \t]*"
_LIST_MARK = r"(?P<sep>[,;]|(?<!\w)và(?!\w))"
# (not a decimal's digits after its comma: ``đạt 23,6; còn thiếu 87 giáo viên`` lists no ``6``)
_ITEM_BEFORE = re.compile(r"(?:^|" + _LIST_MARK + r"|[.:(])[ \t]*" + _LABEL + r"(?<!\d[.,])(?P<number>\d{1,3}(?:\.\d{3})*)[ \t]*\Z")
_ITEM_AFTER = re.compile(r"[ \t]*" + _LABEL + r"(?P<number>\d{1,3}(?:\.\d{3})*)(?=[ \t]*(?:[,;.)]|và(?!\w)|$))")
_LABEL_OPENS = re.compile(_LIST_MARK + r"[ \t]*(?:(?:[^\W\d_]+[ \t]+){0,4}[^\W\d_]+)?[ \t]*:?[ \t]*\Z")
_OF_WHICH_AFTER = re.compile(r"[ \t]*(?:\([^()]{0,80}\)[ \t]*)?,?[ \t]*trong[ \t]+đó[ \t]*:?")
_ITEM_JOIN = re.compile(r"[ \t]*(?:,|;|và(?!\w))[ \t]*")


def _listed_parts(text: str, folded: str, figures: list[Figure], claimed: _Spans) -> list[Figure]:
    """Bare numbers of a list whose noun is written once, at its end or on the whole before ``trong đó``:
    each counts in that noun, as its label names a part (they were no figures: nothing after them said what
    they counted). A label-less number alone (``15, 20 và 30 hộ``) is listed too."""
    taken = [(f.start, f.end) for f in figures]
    parts: list[Figure] = []

    def add(m: re.Match[str], unit: str, subject: str | None) -> bool:
        start, end = m.span("number")
        if claimed.overlaps(start, end) or _inside(taken, start, end) or _excluded_before(text, folded, start, end) \
                or _grade(folded, start, end):
            return False
        label = " ".join(text[m.start("label"):m.end("label")].split()) if m.group("label") else ""
        if label and label.split()[-1][:1].isupper():
            return False  # a name's number (``Công an xã Quế Xuân 2, ban hành 02 kết luận``), no part
        parts.append(Figure(start, end, scaled(m.group("number"), 1), "count", unit,
                            counted=f"{unit} {label}".strip(), subject=subject))
        taken.append((start, end))
        return True

    for fig in figures:
        if fig.kind != "count" or not fig.unit or fig.qualifier or fig.value_max is not None:
            continue
        opened = _LABEL_OPENS.search(folded, max(0, fig.start - 50), fig.start)
        mark = opened.start("sep") if opened is not None else None
        while mark is not None:  # each item back, from the list's mark before the one after it
            m = _ITEM_BEFORE.search(folded, max(0, mark - 60), mark)
            if m is None or not add(m, fig.unit, fig.subject):
                break
            mark = m.start("sep") if m.group("sep") else None
        of_which = _OF_WHICH_AFTER.match(folded, fig.end)
        if of_which is None:
            continue
        pos = of_which.end()
        while (m := _ITEM_AFTER.match(folded, pos)) is not None and m.group("label") and add(m, fig.unit, fig.subject):
            join = _ITEM_JOIN.match(folded, m.end())
            if join is None:
                break
            pos = join.end()
    return sorted(figures + parts, key=lambda f: f.start) if parts else figures


def _signed(folded: str, fig: Figure, start: int) -> None:
    """``giảm 12 vụ (-15,2%)``, ``tăng trưởng -2,5%``: a minus sign written on a percent or an
    amount makes it negative (a dash after a word or a number is a hyphen or a range, a dash
    then a space a list item's)."""
    if fig.start != start or start == 0 or folded[start - 1] not in "-−" or fig.kind not in ("percent", "points", "money"):
        return
    if start > 1 and folded[start - 2] not in "( \t\n":
        return
    fig.value = -fig.value
    fig.start = start - 1
    for field in ("counted", "subject"):  # read before the sign was taken in (``tăng trưởng -``)
        phrase = getattr(fig, field)
        if phrase and phrase[-1] in "-−":
            setattr(fig, field, phrase[:-1].rstrip() or None)


def _number_words(folded: str) -> Iterator[regex.Match[str]]:
    """``NUMBER_WORDS.finditer(folded)``, tried only where an opening word occurs: "năm" is in
    nearly every block, and the lookbehind makes a full scan cost more than the few anchored
    tries. No match can start inside a skipped candidate (a letter precedes it)."""
    pos = 0
    # every occurrence, in order of its end; one starting inside another has a letter before it
    for last, length in _opening_words().iter(folded):
        start, end = last + 1 - length, last + 1
        if start < pos:
            continue
        # "ban", "khai", "nămg": a letter on either side fails NUMBER_WORDS' lookbehind or its first
        # word (no opening word is a prefix of another), and most candidates are such word parts
        if start and folded[start - 1].isalpha() or folded[end:end + 1].isalpha():
            continue
        m = NUMBER_WORDS.match(folded, start)
        if m:
            yield m
            pos = m.end()


@lru_cache(maxsize=1)
def _opening_words() -> ahocorasick.Automaton:
    """The opening words as one automaton: it finds them in a block about twice as fast as a
    ``re`` alternation scans for them (every other letter opens a branch there)."""
    automaton = ahocorasick.Automaton()
    for word in _OPENING_WORDS:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


_PART_OF = regex.compile(r"[ \t]+phần[ \t]+(hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười)(?!\w)")


def _word_figure(text: str, folded: str, m: regex.Match[str], claimed: _Spans,
                 figures: list[Figure]) -> Figure | None:
    """A number written in words ("hai mươi tỷ đồng", "ba hội nghị").

    Number words are also ordinary words ("năm" is a year, "một" an article),
    so only a unit or a listed counted noun right after them makes a figure.
    """
    start, end = m.span()
    before = start
    while before and folded[before - 1] in " \t":
        before -= 1
    if before and folded[before - 1].isdigit():
        return None  # ``65 năm tuổi Đảng``: the word is the unit of the number before it
    words = m.group().split()
    if len(words) > 1 and words[-1] == "năm":
        # "mười năm", "hai năm": the last "năm" is the unit (year), not five
        end = start + m.group().rstrip().rfind(" ")
        words = words[:-1]
    value = parse_number_words(" ".join(words))
    if value is None or claimed.overlaps(start, end) or _inside(((f.start, f.end) for f in figures), start, end):
        return None
    if _excluded_before(text, folded, start, end):
        return None
    if (part := _PART_OF.match(folded, end)) is not None and (whole := parse_number_words(part[1])) and whole > value:
        # ``trên hai phần ba số đại biểu``: two thirds, as ``2/3`` is (it was two of a unit ``phần``)
        qualifier, span_start = qualifier_before(folded, start, last_word(folded, start))
        return Figure(span_start, part.end(), float(value), "ratio", None, denominator=float(whole), qualifier=qualifier,
                      counted=measured_before(text, folded, span_start) or None)
    factor, unit, _, _ = unit_chain(folded, end)
    if unit is None and factor == 1:  # (after a scale word, ``hai triệu lượt khách``, the noun is read on)
        noun = match_unit(folded, skip_space(folded, end))
        if noun is None or noun[0].dimension not in COUNT_DIMENSIONS or value == 1 or words == ["năm"]:
            return None  # "một" is an article and a lone "năm" a year far more often than a count
    elif unit is not None and unit.dimension == "time" and words[-1] == "năm":
        return None  # "năm tháng": years and months, not five months
    return _figure_at(text, folded, start, str(value), end)


# Between an amount and the same amount in words: ``15.000.000 đồng (Bằng chữ: mười lăm triệu đồng)``.
_IN_WORDS = re.compile(r"\s*\(\s*(?P<said>bằng chữ\s*:?\s*)?")
_GROUP_GAP = re.compile(r"[ \t,]*")
_ZERO_HUNDRED = re.compile(r"không[ \t]+trăm[ \t]+(?:(?:linh|lẻ)[ \t]+)?")


def _spelled_out(folded: str, fig: Figure) -> tuple[int, int] | None:
    """The brackets after ``fig`` when they spell its number out in words, which are then no figure:
    ``186.450 triệu đồng (Một trăm tám mươi sáu tỷ, bốn trăm năm mươi triệu đồng)``. Words that
    give another number are one only under an explicit ``Bằng chữ:``."""
    opening = _IN_WORDS.match(folded, fig.end)
    if opening is None:
        return None
    closing = folded.find(")", opening.end(), opening.end() + 250)
    if closing < 0:
        return None
    amount = _amount_in_words(folded, opening.end(), closing)
    if opening.group("said") or amount is not None and abs(amount - fig.value) < 0.5:
        return opening.start(), closing + 1
    return None


def _amount_in_words(folded: str, pos: int, stop: int) -> float | None:
    """The number that groups of number and scale words from ``pos`` spell, whatever words follow
    them (``đồng chẵn``, ``người``); None unless the text opens with one. A scale word above all
    before it multiplies them too: ``một nghìn hai trăm tỷ`` is 1 200 × 10⁹."""
    terms: list[tuple[float, float]] = []  # (value, scale) of each group, scales falling
    while pos < stop:
        if terms and (zero := _ZERO_HUNDRED.match(folded, pos, stop)):
            pos = zero.end()  # ``hai tỷ không trăm năm mươi triệu``: no hundreds in this group
        words = NUMBER_WORDS.match(folded, pos, stop)
        if words is None:
            break
        number = parse_number_words(words.group())
        if number is None:
            break
        factor, unit, at, end = unit_chain(folded, words.end())
        if unit is not None:
            end = at  # the scale words end where a unit would start (``triệu năm trăm``: not the year)
        if factor > 1:
            lower = [value for value, scale in terms if scale < factor]
            terms = [(value, scale) for value, scale in terms if scale >= factor]
            terms.append(((sum(lower) + number) * factor, factor))
        else:
            terms.append((number, 1))
        pos = _GROUP_GAP.match(folded, end).end()
    return sum(value for value, _ in terms) if terms else None


_PEOPLE_REACH = 60  # from a per-people name (``Số dược sĩ đại học/vạn dân``) to its number
_COUNT_OF = re.compile(r"(?:(?<!\w)(?:tổng[ \t]+)?số[ \t]+)?((?:[^\W\d_]+[ \t]+){0,3}[^\W\d_]+)[ \t]*\Z")


def _people_before(folded: str, span_start: int) -> tuple[int, str] | None:
    """The per-people name a figure's number follows (``Số giường bệnh/vạn dân đạt``), as ``per_people``."""
    return per_people(folded, max(0, span_start - _PEOPLE_REACH), span_start, True)


def _per_people_rate(text: str, folded: str, span_start: int, end: int, raw: str, qualifier: str | None) -> Figure | None:
    """``số bác sĩ/vạn dân đạt 10,2``: a bare number after a count per so many people is that rate,
    in the noun the name counts (it was no figure: nothing after the number said what it measured)."""
    people = _people_before(folded, span_start)
    if people is None:
        return None
    noun = _COUNT_OF.search(folded, max(0, people[0] - 40), people[0])
    if noun is None:
        return None
    unit = " ".join(text[noun.start(1):noun.end(1)].split()) + people[1]
    name = " ".join(text[noun.start():span_start].split()).removesuffix(":").strip()
    return Figure(span_start, end, scaled(raw, 1), "rate", unit, qualifier=qualifier, counted=name, subject=name)


# ``Tỷ lệ giáo viên/lớp bình quân 1,45``, ``số học sinh/giáo viên đạt 18,2``: a rate named by its two nouns before it
_PER_NOUN_NAME = re.compile(r"(?<!\w)(?:tỷ[ \t]+lệ|tổng[ \t]+số|số|bình[ \t]+quân|định[ \t]+mức)[ \t]+"
                            r"((?:[^\W\d_]+[ \t]+){0,2}?[^\W\d_]+/(?:[^\W\d_]+[ \t]+){0,2}?[^\W\d_]+)"
                            r"(?:[ \t]+bình[ \t]+quân)?[ \t]*(?::|(?:ước[ \t]+)?(?:đạt|là|có))?[ \t]*\Z")


def _per_noun_rate(text: str, folded: str, span_start: int, end: int, raw: str, qualifier: str | None) -> Figure | None:
    """A bare number after a name of one count per another (``Tỷ lệ giáo viên/lớp bình quân 1,45``): that rate
    (it was no figure, as nothing after the number said what it measured); the name must say it is one
    (``tỷ lệ``, ``số``, ``bình quân``), so a slash between two words alone is none."""
    low = max(0, span_start - _PEOPLE_REACH)
    if "/" not in folded[low:span_start]:
        return None
    m = _PER_NOUN_NAME.search(folded, low, span_start)
    if m is None:
        return None
    unit = " ".join(text[m.start(1):m.end(1)].split())
    name = " ".join(text[m.start():span_start].split()).removesuffix(":").strip()
    return Figure(span_start, end, scaled(raw, 1), "rate", unit, qualifier=qualifier, counted=name, subject=name)


# ``trao 86 “Mái ấm tình thương”``: things counted by the name of what they are, in quotes right after the number
_QUOTED_NAME_AFTER = re.compile(r"[ \t]{1,2}[\"“]([^\"“”\n]{2,60})[\"”]")


# ``Có mặt: 28/32 đảng viên …; vắng 4 (có lý do)``: the absent, in the noun the attendance before them counted
_ABSENT_BEFORE = re.compile(r"(?<!\w)vắng(?:\s+mặt)?\s+\Z")
_ATTENDANCE = re.compile(r"\d[\d.]*(?:/\d[\d.]*)?\s+(?=\w)")


def _absent(text: str, folded: str, span_start: int, end: int, raw: str) -> Figure | None:
    """The number of the absent (``vắng 4``), counted in the people the attendance before it in its sentence counted."""
    if not _ABSENT_BEFORE.search(folded, max(0, span_start - 12), span_start):
        return None
    low = max(0, span_start - 160, folded.rfind(". ", 0, span_start) + 1)
    attendance = None
    for attendance in _ATTENDANCE.finditer(folded, low, span_start):
        pass
    noun = match_unit(folded, attendance.end()) if attendance is not None else None
    if noun is None or noun[0].dimension != "person":
        return None
    unit = " ".join(text[attendance.end():noun[1]].split())
    return Figure(span_start, end, scaled(raw, 1), "count", unit, counted=f"{unit} vắng")


def _named_things(text: str, span_start: int, end: int, raw: str, qualifier: str | None) -> Figure | None:
    """A count of the things a quoted name names (``86 “Mái ấm tình thương”``: houses of the programme): it was no
    figure, as no noun followed the number."""
    m = _QUOTED_NAME_AFTER.match(text, end)
    if m is None or len(m[1].split()) > 8:
        return None
    name = " ".join(m[1].split())
    return Figure(span_start, m.end(), scaled(raw, 1), "count", name, qualifier=qualifier, counted=name)


_BARE_CLASSIFIERS = frozenset({"con", "chiếc", "cái"})
# (no range in a chain of three: ``tỷ trọng tương ứng là 35,2% - 29,5% - 35,3%``, a structure's shares)
_DASH_BEFORE = re.compile(r"[-–][ \t]*\Z")
_RANGE_DASH_NUMBER = re.compile(r"[ \t]*[-–][ \t]*\d")


def _figure_at(text: str, folded: str, start: int, raw: str, end: int) -> Figure | None:
    """The figure whose number ``raw`` sits at ``start:end``, or None if nothing says what it measures.

    The number may open a ratio (``24/39``) or a range (``1 - 2``, ``1%-1,5%``);
    scale words and a unit follow; a rate adds ``/denominators``. Without a
    listed unit, the counted noun after the number decides, and a large bare
    number counts as money only where the clause talks about money.
    """
    denominator_raw: str | None = None
    value_max_raw: str | None = None
    if folded[end:end + 1] == "/" and folded[end + 1:end + 2].isdigit():
        second = _read_number(folded, end + 1)
        if second is None:
            return None
        if _YEAR.fullmatch(second[0]) or folded[second[1]:second[1] + 1] == "/":
            return None  # 3/2017, 18/5/2021: dates
        denominator_raw, end = second
    else:
        dash = _RANGE_DASH.match(folded, end)
        if not dash or dash.end() == end:
            # ``từ 5 đến 7 tỷ đồng``, and without ``từ`` (``Mức hỗ trợ 5 đến 7 triệu đồng/hộ``, ``kéo dài 3 đến 5 ngày``:
            # the lower end was lost, and the phrase of the higher took it)
            dash = _RANGE_TO.match(folded, end)
        if dash and dash.end() > end:
            second = _read_number(folded, dash.end())
            if second and not (_YEAR.fullmatch(raw) and _YEAR.fullmatch(second[0])) and \
                    scaled(second[0], 1) > scaled(raw, 1):
                value_max_raw, end = second
            elif second and _YEAR.fullmatch(raw) and _YEAR.fullmatch(second[0]):
                return None  # 2017-2020: a period

    factor, unit, unit_start, unit_end = unit_chain(folded, end)
    if factor > 1 and unit is not None and unit.dimension == "time":
        # ``2 tỷ năm 2023``, ``ba tỷ năm trăm triệu``: no report counts millions of years
        unit, unit_end = None, unit_start
        while folded[unit_end - 1] in " \t\n":
            unit_end -= 1  # back to the scale word's end
    if unit is None and factor > 1 and value_max_raw is None and denominator_raw is None:
        raw, factor, unit, unit_end = _compound(folded, raw, factor, unit_end)
    # "1%-1,5%": a range written with the unit on both ends
    if unit is not None and value_max_raw is None and denominator_raw is None:
        dash = _RANGE_DASH.match(folded, unit_end) or (  # (``10% đến 50%``; after ``từ``, ``_ranges_from_to`` reads it)
            _RANGE_TO.match(folded, unit_end) if not folded.endswith("từ ", 0, start) else None)
        second = _read_number(folded, dash.end()) if dash else None
        if second is not None and scaled(second[0], 1) > scaled(raw, 1):
            f2, unit2, _, end2 = unit_chain(folded, second[1])
            if unit2 == unit and f2 == factor and not _DASH_BEFORE.search(folded, max(0, start - 4), start) \
                    and not _RANGE_DASH_NUMBER.match(folded, end2):
                value_max_raw, unit_end = second[0], end2

    last = last_word(folded, start)
    qualifier, span_start = qualifier_before(folded, start, last)
    # "mỗi tháng 2 đợt": only a time word right before the number can start one
    per_time = _per_time(words_before(folded, start, limit=2)) if last in _TIME_WORDS else None
    if per_time:
        span_start = per_time[1]
    # ``từ 65 tuổi trở lên``, ``đạt 95% trở lên``: "and above" right after the unit (the span is widened below)
    qualifier, span_start, _ = _and_above(folded, start, unit_end, qualifier, span_start)

    def scaled_value(number: str | None, f: float) -> float | None:
        return None if number is None else scaled(number, f)

    if unit is not None:
        if unit.dimension == "time":
            after = folded[skip_space(folded, unit_end):][:4]
            if _HALF_YEAR_AFTER.match(folded, unit_end) or _YEAR.fullmatch(after):
                return None  # "6 tháng đầu năm", "03 năm 2026 - 2028": periods, dates' business
            if unit.unit == "giờ" and (after[:1].isdigit() or _in_clock_span(folded, start)
                                       or _CLOCK_BEFORE.search(folded, max(0, start - 8), start)
                                       or _PART_OF_DAY.match(folded, unit_end)):
                return None  # "14 giờ 30", "từ 18 giờ đến 22 giờ", "trước 15 giờ hằng ngày", "từ 7 giờ sáng Chủ nhật":
                #              times of day, not durations
            if _plan_horizon(folded, start, unit_end):
                return None
            if _LABEL_COLON.match(folded, unit_end) and folded[:start].rstrip()[-1:] in ("", "(", ";", ",", "-", "+"):
                return None  # ``(30 năm: 120; 40 năm: 98)``: a category in a list, the number after it counts
        segments, seg_end = _per_segments(folded, unit_end)
        if not segments and unit.dimension in MEASURE_DIMENSIONS and (noun := _MEASURED_PER_PERSON.match(folded, unit_end)):
            segments, seg_end = _per_segments(folded, noun.end())  # ``24,5 m2 sàn/người``: the floor each person has
        total = factor * unit.factor
        value = scaled(raw, total)
        kind = kind_of(unit.dimension, bool(segments))
        unit_name = unit.unit
        if segments and kind not in SHARE_DIMENSIONS:
            unit_name += "".join("/" + _unit_text(text, folded, s, e) for s, e in segments)
        if segments:
            unit_end = seg_end
            if qualifier != "at_least":  # ``75 triệu đồng/người/năm trở lên``: after the whole rate
                qualifier, span_start, _ = _and_above(folded, start, unit_end, qualifier, span_start)
        if qualifier is None and kind in SHARE_DIMENSIONS and (above := _AT_LEAST_PAST_NOUN.match(folded, unit_end)) and (
                folded.endswith("từ ", 0, start) or len(folded[unit_end:above.start(1)].split()) <= 3):
            # ``từ 75% cơ sở Hội trở lên``, ``85% thôn trở lên``: and above, past what it is of
            qualifier = "at_least"
            span_start = start - 3 if folded.endswith("từ ", 0, start) else span_start
        if kind in ("money", "rate") and denominator_raw is None and "ha" in folded[max(0, span_start - _AREA_REACH):span_start] \
                and "/ha" not in unit_name and _PER_AREA_BEFORE.search(folded, max(0, span_start - _AREA_REACH), span_start):
            # ``Giá trị thu trên 1 ha canh tác đạt 316 triệu đồng``, ``Giá trị thu/ha … đạt``: money per hectare, a rate
            kind = "rate"
            unit_name = unit_name.replace("/", "/ha/", 1) if "/" in unit_name else f"{unit_name}/ha"
        fig = Figure(span_start, unit_end, value, kind, unit_name,
                     value_max=scaled_value(value_max_raw, total),
                     denominator=scaled_value(denominator_raw, total), qualifier=qualifier)
        if denominator_raw is not None and kind not in SHARE_DIMENSIONS:
            fig.kind = "ratio"
        _money_ratio(folded, fig)
        if qualifier == "at_least" and _AT_LEAST_AFTER.match(folded, fig.end):  # the cheap test first
            fig.end = _AT_LEAST_AFTER.match(folded, fig.end).end()
        if kind != "count":
            _measure(text, folded, fig, span_start)
        if fig.kind == "money":
            _count_over_count(text, folded, fig)  # ``412,37 tỷ đồng/8.964 hộ vay``: money shared out over households
        return fig

    noun_pos = skip_space(folded, unit_end) if unit_end > end else skip_space(folded, end)
    if denominator_raw is not None and folded.startswith("số ", noun_pos):
        noun_pos += 3  # ``1/3 số hộ``: a share of the households, counted in households
    counted = counted_at(text, folded, noun_pos) if noun_pos > end or folded[end:end + 1] == " " else None
    if counted is None and factor > 1 or counted is None and scaled(raw, 1) >= 1_000_000 and _money_context(folded, start):
        if factor == 1 and "." not in raw:
            return None
        fig = Figure(span_start, unit_end if factor > 1 else end, scaled(raw, factor), "money", "VND",
                     qualifier=qualifier)
        _measure(text, folded, fig, span_start)
        return fig
    if counted is None:
        if denominator_raw is not None:
            if scaled(raw, 1) > scaled(denominator_raw, 1):
                return None  # ``Ngày hội … (19/8)``: no share exceeds its whole; a day of a month, or a name's number
            return _ratio_of_noun_before(text, folded, Figure(span_start, end, scaled(raw, 1), "ratio", None,
                                                              denominator=scaled(denominator_raw, 1), qualifier=qualifier))
        return _per_people_rate(text, folded, span_start, end, raw, qualifier) or _per_noun_rate(
            text, folded, span_start, end, raw, qualifier) or _named_things(text, span_start, end, raw, qualifier) or (
            _absent(text, folded, span_start, end, raw))
    unit_text = _in_lower_case(text, noun_pos, counted.unit_end)
    kind = "ratio" if denominator_raw is not None else "count"
    if denominator_raw is not None and _per_population(fold(unit_text), raw, denominator_raw):
        # ``267,8/100.000 dân``: cases per 100,000 people, a rate (it was 267.8 people of 100,000); what it measures
        # is named before it (``Tỷ lệ mắc sốt xuất huyết là``)
        unit_text, denominator_raw, kind = f"/{denominator_raw} {unit_text}", None, "rate"
    # ``tăng gấp 2 lần``, ``tăng khoảng 1,3 lần``: a multiple of the thing before, not occasions (a
    # change verb says so, and a fraction of a time is none)
    multiple = unit_text == "lần" and (last_word(folded, span_start) in _MULTIPLE_BEFORE or "," in raw)
    if multiple:
        kind = "ratio"
    unit_end = counted.unit_end
    if (paired := _PAIRED_PER.match(folded, unit_end) or _NOUN_THEN_PER.match(folded, unit_end)) is not None:
        # ``04 tin, bài/tháng``: two nouns of one count, ``4 buổi tuần tra/tuần``: a classifier's noun, then the per
        unit_end = paired.end()
        unit_text = " ".join(text[noun_pos:unit_end].split())
    segments, seg_end = _per_segments(folded, unit_end)
    fig_end = unit_end
    if segments:
        unit_text += "".join("/" + _unit_text(text, folded, s, e) for s, e in segments)
        fig_end = seg_end
        kind = "rate"
    if per_time:
        unit_text += "/" + per_time[0]
        kind = "rate"
    people = _people_before(folded, span_start) if kind == "count" else None
    if people is not None:
        kind = "rate"  # ``Số giường bệnh/vạn dân đạt 32,5 giường``: beds per 10,000 people (its unit below)
    qualifier, span_start, above_end = _and_above(folded, start, fig_end, qualifier, span_start)
    phrase_end = max(counted.phrase_end, fig_end)
    if above_end == fig_end and folded.endswith("từ ", 0, start) and (
            tail := _AT_LEAST_ENDING.search(folded, fig_end, phrase_end)) is not None:
        # ``từ 200 đảng viên mới trở lên``: "and above" after the words the count's noun goes on with (without ``từ``
        # it is of those words: ``44/48 chi bộ hoàn thành tốt nhiệm vụ trở lên``, a rating and the ones above it)
        above, span_start, _ = _and_above(folded, start, tail.start(), qualifier, span_start)
        if above != qualifier:
            qualifier, phrase_end = above, tail.start()
    phrase = " ".join(text[noun_pos:phrase_end].split())
    if above_end > fig_end:  # ``từ 1.100 đảng viên trở lên``: the count's own words, not the phrase's
        phrase = " ".join(text[noun_pos:fig_end].split() + text[above_end:max(counted.phrase_end, above_end)].split())
        fig_end = above_end
    own_words = None
    if multiple:  # what was multiplied; none named (``…, gấp 2,4 lần năm 2016``): what the figure before measured
        own_words = phrase = measured_before(text, folded, span_start).removesuffix("gấp").strip()
    elif kind == "rate" and unit_text.startswith("/"):
        phrase = own_words = measured_before(text, folded, span_start) or None
    elif (AGE.sub("", fold(phrase)) == fold(unit_text) or denominator_raw is not None and fold(phrase) in (
            f"{fold(unit_text)} {w}" for w in _OF_THE_WHOLE)) and last_word(folded, span_start) != "và":
        # (``tán thành 23/23 đại biểu có mặt``: who were there is the whole; what the part did comes first)
        # (and its age: ``tiêm chủng đầy đủ cho 23 trẻ em dưới 1 tuổi``)
        # ``được đại biểu giải thích làm rõ 54 vấn đề``: what is said of the things counted comes first
        # (not ``1.245 nhóm, lớp và [32.567 học sinh]``: the words before "và" are the other conjunct's)
        before = measured_before(text, folded, span_start)
        # ``hồ sơ trễ hạn 9 hồ sơ``, ``Số người tham gia … là 2.150 người``: the noun is named there
        if _NUMBER_OF.sub("", fold(before), count=1).startswith(fold(phrase)) or (
                fold(phrase) in _PEOPLE_WORDS and _NUMBER_OF.match(fold(before)) and ANY_DIGIT.search(before) is None):
            phrase = before  # (``Số đảng viên được miễn … là 47 đồng chí``: comrades are the members named)
        else:
            # (a clause holding other numbers says what they counted: only the words after the last of them and
            # its noun are this count's: ``từ tháng 3/2017 đến nay đã cấp phát [73 đợt]``, ``thuộc 9 xã của [4 huyện]``)
            before = words_after_numbers(before, given_to=last_word(folded, span_start) == "cho")
            if fold(before) in MOVES:
                pass
            elif fold(phrase) in _BARE_CLASSIFIERS and before:
                phrase = before  # ``Tổng đàn trâu hiện có 4.512 con``: the word that counts animals or things says nothing
            elif _PLACE_ONLY.fullmatch(fold(before).strip()):
                pass  # ``Toàn huyện có 186 linh mục``: where, which ``place`` says, not what is said of them
            else:
                phrase = f"{phrase} {_CAUSED.sub('', before)}"
    fig = Figure(span_start, fig_end, scaled(raw, factor), kind, unit_text + (people[1] if people else ""),
                 value_max=scaled_value(value_max_raw, factor),
                 denominator=scaled_value(denominator_raw, factor), qualifier=qualifier, counted=phrase or None,
                 subject=phrase if own_words is None else own_words)  # ``5.562 hồ sơ, đạt tỷ lệ 89,12%``: the share is of
    # what was counted
    _count_over_count(text, folded, fig)
    return fig


_POPULATION_BASES = frozenset({1_000, 10_000, 100_000, 1_000_000})


def _per_population(noun: str, raw: str, denominator_raw: str) -> bool:
    """A share whose whole is a round count of the population (``/100.000 dân``) is a rate per so many people; of
    ``người`` only with a fraction before it (``45/1.000 người dự`` may be 45 people of a thousand)."""
    if scaled(denominator_raw, 1) not in _POPULATION_BASES:
        return False
    return noun in ("dân", "người dân", "dân số") or noun == "người" and "," in raw


def kind_of(dimension: str, per: bool) -> str:
    """SPEC §4 kind from a unit's dimension; any ``/denominator`` but a share's makes a rate. A share's
    kind is its dimension (``percent``, ``points``)."""
    if dimension in SHARE_DIMENSIONS:
        return dimension
    if per:
        return "rate"
    if dimension == "money":
        return "money"
    if dimension == "time":
        return "duration"
    if dimension in MEASURE_DIMENSIONS:
        return "measure"
    return "count"


def _in_lower_case(text: str, start: int, end: int) -> str:
    """A counted noun as written, but out of a heading's capitals (``ĐỐI VỚI 62 HUYỆN NGHÈO`` counts ``huyện``, as its
    text does); an abbreviation in running text (``15 HTX``) keeps them."""
    written = " ".join(text[start:end].split())
    if written.isupper() and not any(c.islower() for c in text[max(0, start - 30):end + 30]):
        return written.lower()
    return written


def _unit_text(text: str, folded: str, start: int, end: int) -> str:
    """A rate's denominator: the normalized unit if listed, a number of people in digits (``bác sĩ/vạn dân``:
    ``bác sĩ/10.000 dân``, as ``Số bác sĩ/vạn dân đạt 11`` is), else as written."""
    if _PER_SCALE.fullmatch(folded, start, end):
        scale, rest = " ".join(text[start:end].split()).split(" ", 1)
        return f"{PEOPLE_BASE[fold(scale)]} {rest}"
    found = match_unit(folded, start)
    if found is not None and found[1] == end and found[0].unit:
        return found[0].unit
    return " ".join(text[start:end].split())


def _ratio_of_noun_before(text: str, folded: str, fig: Figure) -> Figure:
    """A share with no noun after it counts the noun its clause opens with (``chi đoàn trường học 4/5``, ``Số xã đạt
    chuẩn nông thôn mới 12/15``): that noun is its unit, and the clause what it counts."""
    subject = measured_before(text, folded, fig.start)
    if not subject:
        return fig
    at = text.rfind(subject, max(0, fig.start - len(subject) - 240), fig.start)
    if at < 0:
        return fig
    number_of = _NUMBER_OF.match(folded[at:at + 9])
    at += number_of.end() if number_of else 0
    noun = match_unit(folded, at)
    if noun is None or noun[0].dimension not in COUNT_DIMENSIONS:
        return fig
    fig.unit = lowered_noun(" ".join(text[at:noun[1]].split()))
    fig.subject = fig.counted = subject
    return fig


def _measure(text: str, folded: str, fig: Figure, start: int) -> None:
    """What a figure with a unit of its own measures: the phrase before it, then the one after
    (``chiếm tỷ lệ [50%] số hộ nghèo toàn phường`` → ``tỷ lệ số hộ nghèo toàn phường``)."""
    at = skip_space(folded, fig.end)
    # ``tăng [4,9%] so cùng kỳ``: what a comparison is made with belongs to what is measured
    basis = _COMPARED_WITH.match(folded, at)
    end = phrase_end(folded, basis.end()) if basis else at if folded[at:at + 1] == "/" and _plan_beside(
        folded, at + 1) else noun_phrase_end(folded, at)  # (``đạt 28,5%/NQ 35%``: the plan's value, no more of the result's)
    # (a base that is a time alone, ``so với năm 2022``, dates the base: ``so với`` alone says nothing)
    after = " ".join(text[at:end].split()) if not basis or end > basis.end() else ""
    fig.subject = measured_before(text, folded, start, restated=True)
    if fig.kind == "measure" and fig.subject and _money_last(fig.subject):
        # ``Hỗ trợ 2,8 tỷ đồng để cải tạo [256 ha] đất bị bồi lấp``, ``đầu tư 4,2 tỷ đồng sửa chữa [3,5 km] …``: what the
        # money went to is measured, not the spending (the words before the amount are its own); a count before a
        # measure often says what it measures (``tổng công suất 16 dự án … [870,2 MW]``), so only money
        fig.subject = words_after_numbers(fig.subject) or fig.subject
    fig.counted = " ".join(p for p in (fig.subject, after) if p) or None


# ``giảm từ 5,2% xuống còn 3,1%``: the words between the two ends of a move, and the same words
# where a count's phrase ran on into them (``12 vụ xuống``).
_MOVE_WORDS = r"(?:xuống|lên)(?:{gap}(?:còn|mức))?"
# (the first end may be dated: ``từ 320 hộ năm 2021 xuống còn 150 hộ``)
# (the first end's time, bare or in brackets: ``từ 1,12% cuối năm 2025``, ``từ 1,12% (cuối năm 2025)``)
_FROM_TO = re.compile(r"(?:[ \t]+\(?(?:vào[ \t]+)?(?:cuối[ \t]+|đầu[ \t]+)?(?:năm|tháng|quý)[ \t]+[\divx/]+\)?)?[ \t]*"
                      + _MOVE_WORDS.format(gap=r"[ \t]+") + r"[ \t]*")
_BRACKET_OPENS = re.compile(r"[ \t]*\([ \t]*")
_MOVE_WORDS_AT_END = re.compile(r"\s+" + _MOVE_WORDS.format(gap=r"\s+") + "$")


_BARE_FROM = re.compile(r"(?<!\w)từ[ \t]+(\d[\d.,]*)[ \t]+" + _MOVE_WORDS.format(gap=r"[ \t]+") + r"[ \t]+\Z")


def _bare_first_ends(text: str, folded: str, figures: list[Figure]) -> list[Figure]:
    """``tăng từ 2.150 lên 3.864 gia đình``: a move's first end written without its unit takes the
    second's, and its scale (``từ 1,2 lên 1,5 tỷ đồng``); alone, a bare number is no figure."""
    added: list[Figure] = []
    for fig in figures:
        m = _BARE_FROM.search(folded, max(0, fig.start - 40), fig.start)
        number = _DIGIT_RUN.match(folded, fig.start)
        first = _read_number(folded, m.start(1)) if m else None
        if first is None or number is None or first[1] != m.end(1) or any(f.start <= m.start(1) < f.end for f in figures):
            continue
        own = to_decimal(number.group().rstrip(".,"))
        if not own:
            continue
        factor = Decimal(repr(fig.value)) / own
        subject = measured_before(text, folded, m.start(1))  # the move's clause: ``_moves_from_to`` gives it to both
        added.append(Figure(m.start(1), m.end(1), scaled(first[0], factor), fig.kind, fig.unit, counted=subject,
                            extra=dict(fig.extra), subject=subject))
    return sorted(figures + added, key=lambda f: f.start) if added else figures


_TO = re.compile(r"[ \t]*(?:đến|tới|-|–)[ \t]*")
# (a fall to a higher value is none: ``giảm từ 60% đến 70% số lượng đơn vị``, reduce by 60 to 70 percent, is a range)
_MOVED = re.compile(r"(?:tăng|nâng|lên|(?P<down>giảm|hạ|xuống))[ \t]+từ[ \t]+\Z")


def _ranges_from_to(folded: str, figures: list[Figure]) -> list[Figure]:
    """``mỗi suất từ 300.000đ đến 500.000đ``, ``từ 48% đến 52%``: two ends written whole, one range,
    as ``từ 6.800 đến 7.400 đồng/kg`` is, and ``từ 2 triệu đồng đến 5 triệu đồng/hộ`` (a rate of both); after a verb of change (``tăng từ 48% đến 52%``) they are a move."""
    out: list[Figure] = []
    for fig in figures:
        before = out[-1] if out else None
        at = _DIGIT_RUN.search(folded, before.start).start() if before is not None else 0  # (past ``đạt``)
        # (``từ 2 triệu đồng đến 5 triệu đồng/hộ``: the rate's unit is both ends')
        per = before is not None and fig.kind == "rate" and before.unit is not None and fig.unit is not None \
            and fig.unit.startswith(before.unit + "/")
        if (before is not None and before.value_max is None and fig.value_max is None and (before.kind == fig.kind or per)
                and (before.unit == fig.unit or per) and before.denominator is None and fig.denominator is None
                and before.value < fig.value  # (``từ 5 hộ đến 3 hộ`` goes down: no range)
                and folded[max(0, at - 3):at] == "từ " and _TO.fullmatch(folded, before.end, fig.start)
                and ((moved := _MOVED.search(folded, max(0, at - 12), at)) is None or moved["down"])):
            before.value_max, before.end, before.kind, before.unit = fig.value, fig.end, fig.kind, fig.unit
            continue
        out.append(fig)
    return out


def _moves_from_to(folded: str, figures: list[Figure]) -> None:
    """``Tỷ lệ hộ nghèo giảm từ 5,2% xuống còn 3,1%``: both ends of a move measure what the clause
    before the first names; neither takes the move's words (``xuống còn``) nor the other end."""
    for i, (before, fig) in enumerate(zip(figures, figures[1:])):
        if folded[max(0, before.start - 3):before.start] != "từ " or not before.subject \
                or _FROM_TO.fullmatch(folded, before.end, fig.start) is None \
                or (before.unit or "").split("/")[0] != (fig.unit or "").split("/")[0]:
            continue  # (the cheapest and rarest test first: most figures follow no "từ")
        # (a count's phrase may have run on into the move: ``12 vụ xuống``)
        subject = _MOVE_WORDS_AT_END.sub("", before.subject)
        before.counted = fig.counted = before.subject = fig.subject = subject
        fig.moved_from = before.end
        if i + 2 < len(figures) and _BRACKET_OPENS.fullmatch(folded, fig.end, figures[i + 2].start):
            figures[i + 2].moved_from = before.end  # ``xuống còn 0,85% (106 hộ)``: the second end restated, of its time


_WHEN_ONLY = re.compile(rf"(?:{WHEN_WORDS}\s*)+")  # (read on the folded subject)
_TOGETHER = re.compile(rf"(?:{TOGETHER})(?!\w)")


# the words of one item of a list after its number, then the link to the next item: a comma, ``và``, or both
_ITEM_THEN_LINK = re.compile(r"[^,;:.()\[\]\n\d]*?(?:,[ \t]*(?:và[ \t]+)?|[ \t]và[ \t]+)\Z")
_LISTED_KINDS = frozenset({"count", "measure", "money"})  # (a share or a rate is of the figure before it, no item)


def _listed_money(text: str, folded: str, figures: list[Figure]) -> None:
    """``Công an huyện thu giữ 58,36 gam heroin, 03 xe mô tô và 15,6 triệu đồng``: money that ends a list of things,
    with no word of its own before it (back to the comma, the words are the other items'), is what the clause before
    the list's first item says, the verb shared over the list (it measured nothing, as an item after a count takes no
    count's words: cash seized is not the motorbikes' worth)."""
    for i, fig in enumerate(figures):
        if fig.kind != "money" or fig.subject:
            continue
        first = i
        while first and figures[first - 1].kind in _LISTED_KINDS \
                and _ITEM_THEN_LINK.fullmatch(folded, figures[first - 1].end, figures[first].start):
            first -= 1
        if first < i and (shared := words_after_numbers(measured_before(text, folded, figures[first].start))) \
                and fold(shared) not in MOVES:
            fig.subject = shared
            fig.counted = " ".join(p for p in (shared, fig.counted) if p)


# (a time said with its estimate's word: ``…; ước năm 2025 đạt 74 triệu đồng`` is the same thing, later)
_ESTIMATE_LEAD = re.compile(r"^(?:ước(?:\s+(?:tính|thực\s+hiện))?|dự\s+kiến)\s+")


def _move_after_time(own: str) -> str | None:
    """The move a folded clause says after a time alone (``năm 2024`` → ``""``, ``cùng kỳ năm 2023 giảm`` → ``giảm``,
    an estimate's word before the time aside: ``ước năm 2025``); None when it says more."""
    said = _ESTIMATE_LEAD.sub("", own)
    when = _WHEN_ONLY.match(said)
    moved = said[when.end():].strip() if when is not None else None
    return moved if moved is not None and without_average(moved) in MOVES else None


def _carry_subjects(folded: str, figures: list[Figure]) -> None:
    """``Sản lượng điện sản xuất ước 8.223 triệu kWh, đạt 100,12% kế hoạch, tăng 1,96% so cùng
    kỳ``: a figure whose clause only says how it moved measures what the figure before it in the
    sentence measured; a figure in brackets closed before it is an aside (``… bằng 58,3% dự toán năm (dự toán HĐND tỉnh
    giao 21.350 tỷ đồng), tăng 12,4%``: the rise is of what 58,3% measured)."""
    for i, (before, fig) in enumerate(zip(_outside_asides(folded, figures), figures[1:])):
        own = fold(fig.subject) if fig.subject is not None else None
        if own is not None and (total := _TOTAL_AFTER_NAMES.search(fig.subject or "")) is not None:
            own = fig.counted = fold(total[1])  # ``tại Trường Hòa, Trường Đông trị giá …``: names, then the total
        together = own is not None and _TOGETHER.match(own) is not None
        if own is not None and (moved := _move_after_time(own)) is not None \
                and (together or not _sentences_ended(folded, before.end, fig.start)):
            # ``Thu ngân sách năm 2023 đạt 120 tỷ đồng, năm 2024 đạt 135 tỷ đồng``: the same thing, later; ``Tổng thu …
            # tăng bình quân 9,5%/năm; năm 2021 đạt 285 tỷ đồng``: what the rate was of, each year; and the next sentence's
            # running total (``Tổng mức bán lẻ … tháng 9 ước đạt 9.215 tỷ đồng. Tính chung 9 tháng ước đạt 81.640 tỷ đồng``)
            # (and a time with its move, ``chỉ số IIP ước tăng 11,62% … (cùng kỳ năm 2023 giảm 1,8%)``: the same thing's
            # move then, the move kept; it counted ``cùng kỳ năm 2023 giảm``)
            named = _named_subject(folded, figures[:i + 1], fig, across=together)
            if named:
                said, counted = fig.subject or "", fig.counted or ""
                # (the move's words as written, and what follows the figure: ``năm 2024 tăng 12% so cùng kỳ``)
                after = counted[len(said):].split() if counted.startswith(said) else []
                fig.counted = " ".join([named, *said.split()[-len(moved.split()):], *after]) if moved else named
                fig.subject = named
            continue
        if own is not None and fig.unit and own == fold(fig.unit) and fig.kind == "count" \
                and (move := _COMPARED_MOVE.search(folded, max(0, fig.start - 60), fig.start)):
            _moved_count_of_whole(folded, figures[:i + 1], figures[i + 2:], fig, move.group(1))
            continue
        # (``…, bình quân tăng 12,6%/năm``: an average's move is a move)
        if own is None or without_average(own) not in MOVES and own not in _SHARES and own not in _TOTALS \
                and own not in _PROPERTIES or not before.subject:
            continue
        if not own and fig.kind == "percent" and folded[fig.start].isdigit() and _share_of_own_noun(folded, fig.end):
            continue  # ``kết nạp 02 đảng viên mới, [100%] đảng viên hoàn thành nhiệm vụ``: a share of the noun after it
        if own in _PROPERTIES and (before.kind not in ("measure", "count", "rate") or fold(before.subject) in _PROPERTIES
                                   or fold(before.subject).startswith(_PROPERTY_OPENINGS)):
            continue  # (of a thing the figure before named: ``Cây lạc 1.120 ha``; not of another yield, ``năng suất bình quân``)
        if fold(before.subject) in MOVES or SENTENCE_END.search(folded, before.end, fig.start):
            continue
        if fig.kind == "measure" and fig.counted and before.kind != "measure" and own not in _PROPERTIES:
            continue  # ``12 cống, 5 km kênh mương``: a length of its own thing, not of the culverts
        if fig.kind == "money" and before.kind == "count" and not own:
            continue  # ``thu giữ … 11 điện thoại di động và 8.350.000 đồng``: cash seized, not the phones' worth
        # ``1.112 hồ sơ trực tuyến, chiếm tỷ lệ 17,82%``: the share of what the figure before counted
        # (``sửa chữa 09 nhà, tổng 78 triệu đồng``: the total of what the count before counted)
        subject = before.subject
        if own in _PROPERTIES:
            subject = _PROPERTY_AT_END.sub("", subject)  # (``Lúa: diện tích 5.000 ha, năng suất …``: of the rice)
        if fig.counted and without_average(fold(fig.counted)).startswith(("tăng", "giảm")):
            subject = _MOVE_AT_END.sub("", subject)  # (``… tăng 2,15% … và tăng 14,07%``: its own move, not two)
        parts = (fig.counted, subject) if own in _SHARES or own in _TOTALS or own in _PROPERTIES else (subject, fig.counted)
        fig.counted = " ".join(p for p in parts if p)
        fig.subject = before.subject  # for the next figure of the sentence, without this one's move


def _share_of_own_noun(folded: str, end: int) -> bool:
    """Whether a share opening its clause, with no verb (``đạt``, ``chiếm``), names whom or where it is of right after it
    (``100% đảng viên``, ``98% hộ dân``, ``100% khu dân cư``), not a plan, a target or a base (``105% dự toán``, ``108,7%
    chỉ tiêu``, ``65,1% số hộ đăng ký``) that leaves it the figure's before."""
    unit = match_unit(folded, skip_space(folded, end))
    return unit is not None and unit[0].dimension in _OWN_SHARE_DIMENSIONS


_OWN_SHARE_DIMENSIONS = frozenset({"person", "household", "place"})


_PROPERTY_OPENINGS = tuple(f"{p} " for p in _PROPERTIES)
_MOVE_AT_END = re.compile(r"\s+(?:tăng|giảm|Tăng|Giảm)$")
_PROPERTY_AT_END = re.compile(rf"\s+(?:{alternation(_PROPERTIES | {'diện tích'}, gap=' ')})$", re.IGNORECASE)
_MOVE_VERBS = frozenset({"tăng", "giảm", "bình", "quân", "ước", "đạt", "là", "có"})
# ``so với cùng kỳ năm 2024 giảm 03 vụ``: a clause that only compares and moves a count
_COMPARED_MOVE = re.compile(r"(?:^|[;,][ \t]*)so[ \t]+(?:với[ \t]+)?[^,;.()]*?(tăng|giảm)[ \t]+\Z")


def _moved_count_of_whole(folded: str, before: list[Figure], after: list[Figure], fig: Figure, move: str) -> None:
    """``Xảy ra 14 vụ tai nạn giao thông, làm chết 09 người; so với cùng kỳ năm 2024 giảm 03 vụ (-17,6%)``: a count
    whose clause only compares and moves it counts what the nearest count of its unit before it in the sentence
    counts (it counted ``vụ`` alone), and so does the share in brackets right after it."""
    whole = next((o for o in reversed(before) if o.unit == fig.unit and o.subject and fold(o.subject) != fold(o.unit)
                  and not _sentences_ended(folded, o.end, fig.start)), None)
    if whole is None or whole.subject is None:
        return
    old = fig.counted
    fig.counted, fig.subject = f"{whole.subject} {move}", whole.subject
    end = fig.end
    for share in after:  # (``(-17,6%)``)
        if share.counted != old or not folded[end:share.start].strip(" \t(") == "":
            break
        share.counted, share.subject, end = fig.counted, fig.subject, share.end


def _named_subject(folded: str, before: list[Figure], fig: Figure, across: int = 0) -> str | None:
    """The subject the nearest figure before ``fig`` in its sentence (``across``: or the sentence before) names beyond a
    time, without its time and the move words it ends with (``Tổng thu ngân sách … tăng bình quân`` → ``Tổng thu ngân
    sách …``)."""
    for other in reversed(before):
        if _sentences_ended(folded, other.end, fig.start, across):
            return None
        if other.subject and not _WHEN_ONLY.fullmatch(fold(other.subject)):
            words = " ".join(WHEN.sub("", other.subject).split()).split()
            while words and fold(words[-1]) in _MOVE_VERBS:
                words.pop()
            return " ".join(words) or None
    return None


def _outside_asides(folded: str, figures: list[Figure]) -> list[Figure]:
    """For each figure but the last, the figure a later one follows: itself, or, when it sits in brackets that close
    before the next figure, the one before the brackets."""
    out: list[Figure] = []
    for i, fig in enumerate(figures[:-1]):
        opened = folded.rfind("(", 0, fig.start)
        closed = folded.find(")", fig.end, figures[i + 1].start)
        if opened >= 0 and closed >= 0 and folded.rfind(")", opened, fig.start) < 0 and out:
            outside = next((f for f in reversed(figures[:i]) if f.end <= opened), None)
            out.append(outside if outside is not None else fig)
        else:
            out.append(fig)
    return out


_COUNT_MOVES = frozenset({"tăng", "giảm"})


def _money_last(phrase: str) -> bool:
    """Whether the last number of ``phrase`` is an amount of money, its scale and unit read by the units vocabulary
    (``Hỗ trợ 2,8 tỷ đồng để cải tạo``)."""
    folded = fold(phrase)
    last = None
    for last in _DIGIT_RUN.finditer(folded):
        pass
    if last is None:
        return False
    unit = unit_chain(folded, last.end())[1]
    return unit is not None and unit.dimension == "money"


def _moved_counts(folded: str, figures: list[Figure]) -> None:
    """``xảy ra 45 vụ phạm pháp hình sự, giảm 7 vụ``: a count by which the one before it in the sentence
    moved counts what that one counted (it counted ``vụ``); its noun may be the first word of the other's (``312 ca mắc
    sốt xuất huyết, tăng 45 ca``). The parts a bracket lists after a count are asides (``thụ lý 187 tin báo (số cũ 14
    tin, số mới 173 tin), tăng 21 tin``: the rise is of the 187, not of the new ones)."""
    for before, fig in zip(_outside_asides(folded, figures), figures[1:]):
        move = last_word(folded, fig.start)
        if (fig.kind == "count" and fig.names_only_its_noun and before.kind == "count" and fig.unit and before.unit
                and f"{before.unit} ".startswith(f"{fig.unit} ") and before.counted and not before.names_only_its_noun
                and move in _COUNT_MOVES and not SENTENCE_END.search(folded, before.end, fig.start)):
            fig.counted = f"{before.counted} {move}"


# the slash a share's second number follows, with a space typed around it or not (``198.415 triệu đồng/ 82 tổ``)
_OVER = re.compile(r"[ \t]?/[ \t]?(?=\d)")


def _over(folded: str, end: int) -> int | None:
    """Where the number after a figure's slash starts, if one follows it."""
    if "/" not in folded[end:end + 2]:
        return None
    m = _OVER.match(folded, end)
    return m.end() if m else None


def _money_ratio(folded: str, fig: Figure) -> None:
    """``560 tỷ đồng/690 tỷ đồng``: achieved over planned, one ratio in VND."""
    at = _over(folded, fig.end) if fig.kind in ("money", "measure") else None
    if at is None:
        return
    second = _read_number(folded, at)
    if second is None:
        return
    f2, unit2, _, end2 = unit_chain(folded, second[1])
    if unit2 is None or unit2.unit != fig.unit:
        return
    fig.denominator = scaled(second[0], f2 * unit2.factor)
    fig.kind = "ratio"
    fig.end = end2


def _count_over_count(text: str, folded: str, fig: Figure) -> None:
    """``44 xuất/07 đơn vị``, ``412,37 tỷ đồng/8.964 hộ vay``: a count or an amount shared out over other things
    keeps its kind."""
    at = _over(folded, fig.end) if fig.kind in ("count", "money") else None
    if at is None:
        return
    second = _read_number(folded, at)
    if second is None:
        return
    pos = skip_space(folded, second[1])
    counted = counted_at(text, folded, pos) if pos > second[1] else None
    if counted is None:
        return
    noun = " ".join(text[pos:counted.unit_end].split())
    numerator = _DIGIT_RUN.search(folded, fig.start, fig.end)
    if fig.kind == "count" and numerator and _per_population(fold(noun), numerator.group(), second[0]):
        # ``108,7 ca/100.000 dân``: cases per 100,000 people, a rate of what the clause names (it was 108.7 cases of
        # 100,000 people, counted ``ca Tỷ lệ mắc``)
        fig.kind, fig.unit, fig.end = "rate", f"{fig.unit}/{second[0]} {noun}", counted.unit_end
        fig.counted = fig.subject = measured_before(text, folded, fig.start) or fig.counted
        return
    fig.denominator = scaled(second[0], 1)
    if counted.dimension != "count" and _same_kind_noun(folded, fig, counted.dimension):
        fig.kind = "ratio"  # "109 bé trai/100 bé gái": like over like, what the clause before it names
        if (named := measured_before(text, folded, fig.start)) and fig.counted:
            fig.counted = fig.subject = f"{named} {fig.counted}"  # (``Tỷ số giới tính khi sinh là …``)
    fig.extra["denominator_unit"] = noun
    fig.end = counted.unit_end
    if fig.kind == "count" and fig.counted and fig.unit:
        _counted_past_denominator(text, folded, fig)
    if fig.kind == "money":
        fig.counted = fig.subject  # (what followed the amount was the share's second number)


def _counted_past_denominator(text: str, folded: str, fig: Figure) -> None:
    """``Cơ quan điều tra đã giải quyết 45 vụ/62 bị can``: what a count over another counts is its own noun and the
    words after the other's, else what its clause said before it, as a count's; the other's number and noun are
    its denominator (it counted ``vụ/62 bị can``, so cases solved, charged and tried were told apart by none)."""
    written = re.match(re.escape(fig.unit) + r"\s*/\s*[\d.,]+(\s*" + re.escape(fig.extra["denominator_unit"]) + ")?",
                       fig.counted or "", re.IGNORECASE)
    if written is None:
        return
    if written[1] is not None:
        rest = fig.counted[written.end():].strip(" ,")  # type: ignore[index]
    else:  # (the phrase stopped at the other's thousands dot: ``1.286 lượt/1.412 người`` counted ``lượt/1``)
        after = skip_space(folded, fig.end)
        rest = " ".join(text[after:phrase_end(folded, after)].split()) if after > fig.end else ""
    if not rest:
        rest = words_after_numbers(measured_before(text, folded, fig.start))
        rest = "" if fold(rest) in MOVES else rest
    fig.counted = fig.subject = f"{fig.unit} {rest}".strip()


def _same_kind_noun(folded: str, fig: Figure, dimension: str) -> bool:
    """Whether the numerator's noun is of ``dimension`` too (people over people)."""
    m = _DIGIT_RUN.search(folded, fig.start, fig.end)
    if m is None:
        return False
    found = match_unit(folded, skip_space(folded, m.end()))
    return found is not None and found[0].dimension == dimension
