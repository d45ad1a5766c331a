"""From atoms to mentions: ranges, open ranges, carried years, lone years judged.

What a number means depends on its neighbours: ``2017`` and ``2020`` joined by
a dash after ``giai đoạn`` are one period; ``Quý II`` borrows its year from
``Quý III năm 2022`` later in the same sentence; ``2026`` alone is a year in a
table header but a count in ``2026 hộ``. These decisions live here, apart from
the grammar, so each can be read and tested on its own.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from extractors.date_calendar import When, completed, finer, quarter_number, span
from extractors.date_grammar import CLOCK, M_TO_Y, Y, Y_END, Atom, named_day, scan_folded
from extractors.date_lunar import LUNAR_DAY, LunarDay, lunar_day
from extractors.figure_units import match_unit

# Between the two ends of a range: "2017-2020", "tháng 11/2025 đến tháng 4/2026",
# "ngày 01/6/2022 đến hết ngày 30/6/2022", "15/10/1930-15/10/2018", "đầu năm 2023 đến cuối tháng 9/2023".
# (a storm report's hours: "Từ 14 giờ ngày 25/8 đến 6 giờ ngày 26/8")
_JOIN = re.compile(r"\s*(?:[-–—‐‑]|(?<!\w)(?:cho\s+)?(?:đến|tới)(?:\s+(?:hết|cuối))?(?!\w))\s*(?:" + CLOCK + r"\s*,?\s*)?"
                   r"(?:ngày\s+)?")
# Words that make the dash between two years a period; kept in the span (gold convention).
_PERIOD_WORD = r"(?:giai\s+đoạn|nhiệm\s+kỳ|năm\s+học|niên\s+khóa|niên\s+độ|thời\s+kỳ)"
_LEFT_FROM = re.compile(r"(?<!\w)(?P<lead>từ\s+(?:(?:" + CLOCK + r")\s*,?\s*)?(?:ngày\s+|đầu\s+)?)$")
# A clause that opens on the date itself says "from" without the word: "Năm 2020 đến nay, …",
# "Đầu năm 2024 đến nay, …".
_LEFT_CLAUSE = re.compile(r"(?:^|[.;:,(\n])[ \t]*(?P<lead>(?:đầu\s+)?)$")
_LEFT_PERIOD = re.compile(r"(?<!\w)" + _PERIOD_WORD + r"\s+(?P<count>\d{1,2}\s+)?$")
_LEFT_COUNT = re.compile(r"(?<![\w.,])\d{1,2}\s+$")  # "03 năm 2026 - 2028": the 03 is not a figure
_TO_NOW = re.compile(r"\s*,?\s*(?:cho\s+)?(?:đến|tới)\s+(?:nay|hiện\s+nay|hiện\s+tại|bây\s+giờ)(?!\w)")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_COORDINATED = re.compile(r"\s*(?:,|và|hoặc|;|/)?\s*")
_NEXT_TOKEN = re.compile(r"[\s*_]*(\S)")
_NEXT_WORD = re.compile(r"[\s*_]*([^\W\d_]+)")
_PREV_TOKEN = re.compile(r"(\S)[\s*_]*$")
_PREV_WORD = re.compile(r"([^\W\d_]+)[\s*_:]*$")
_ONLY_NUMBER = re.compile(r"[\W_]*\d+[\W_]*")
# After a lone year, these words continue a sentence about the year; any other
# lower-case word is the noun a number counts ("2026 hộ"), so the number is a figure.
_YEAR_FOLLOWERS = frozenset(
    "và với của so đến tới trở là có đã sẽ được thì mà nhằm theo tại để trong ước dự tăng giảm".split()
)
# Before a lone number, these words make it an identifier, not a year.
# (``giá so sánh 2010``, ``giá SS 2010``: the prices' base year, no time the report speaks of)
_ID_WORDS = frozenset("số mã điều khoản mục lô phòng tờ thửa hotline tel fax đt sánh ss".split())
_UNIT_WORDS = frozenset("usd vnd vnđ eur đ".split())
_SEASON_BEFORE = re.compile(r"(?<!\w)vụ\s+(?:đông\s+xuân|hè\s+thu|thu\s+đông|xuân\s+hè|mùa|chiêm|xuân|hè|thu|đông)\s+\Z")
CARRY_WINDOW = 160  # characters a quarter may look for the year it shares
# Lists that write the month, year or quarter word once: "quý I, II năm 2022", "tháng 7, 8 và
# 9/2022", "ngày 15, 16 và 17/5/2022", "ngày 15, 16 tháng 5 năm 2022". After a yearless head
# atom come more bare numerals of its kind (an item with its own word, "và quý II năm 2022", is an
# atom already), the last one completed by what ends the list.
_LIST_SEP = r"\s*(?:,|và|hoặc)\s*"
_NUMERALS = re.compile(r"(?:" + _LIST_SEP + r"\d{1,2}(?!\d))+")
_LIST_ITEMS = {"quarter": re.compile(r"(?:" + _LIST_SEP + r"(?:iv|i{1,3}|0?[1-4])(?!\w))+"),
               "mon": _NUMERALS, "dd": _NUMERALS}
_LIST_ITEM = re.compile(r"(?:iv|i{1,3}|\d{1,2})(?!\w)")
# What completes the last item: a year for quarters and months, a month and year for days.
_LIST_END = {
    "quarter": re.compile(M_TO_Y + r"(?P<y>" + Y + r")" + Y_END),
    "mon": re.compile(M_TO_Y + r"(?P<y>" + Y + r")" + Y_END),
    "dd": re.compile(r"\s+tháng\s+(?P<m>\d{1,2})" + M_TO_Y + r"(?P<y>" + Y + r")" + Y_END),
}
LEFT_WINDOW = 40


@dataclass(slots=True)
class Mention:
    """A date or period ready to be recorded.

    ``first``/``last`` are None while ``this_year`` says the year is the
    report's own ("6 tháng đầu năm nay"); ``open_end`` means "until the report
    date" ("từ năm 2009 đến nay").
    """

    kind: str
    start: int
    end: int
    precision: str
    first: date | None
    last: date | None
    when: When
    form: str
    until: When | None = None
    open_end: bool = False
    open_start: bool = False  # "từ nay đến ngày 31/8/2025": a range from the report's date, where it has one
    this_year: bool = False
    this_term: bool = False  # "từ đầu nhiệm kỳ đến nay": from the start of the term the report names
    lunar: LunarDay | None = None  # "ngày 17 tháng Giêng năm Ất Tỵ": a day of the lunar calendar, its year named in the cycle

    def in_year(self, year: int) -> tuple[date, date] | None:
        """The period once the report's year is known."""
        if self.lunar is not None:
            day = self.lunar.solar(year)
            return (day, day) if day is not None else None
        until = self.until.with_year(year) if self.until is not None else None
        return span(self.when.with_year(year), until)


def _left(folded: str, start: int) -> str:
    return folded[max(0, start - LEFT_WINDOW):start]


def _opened(before: str) -> re.Match[str] | None:
    """``_LEFT_FROM`` in the text before an atom.

    Most atoms have no "từ" before them; ``in`` finds that in C, where the
    search would try its look-behind at each of the window's positions.
    """
    return _LEFT_FROM.search(before) if "từ" in before else None


def _range_start(folded: str, first: Atom) -> int:
    """Where a range's span begins: "Từ", "giai đoạn", "nhiệm kỳ", "03 năm" are part of it."""
    before = _left(folded, first.start)
    m = _opened(before)
    if m is None:
        m = _LEFT_PERIOD.search(before)
        if m is not None and m.group("count") and first.form != "year":
            m = None  # a count belongs before "năm 2026", never before a bare year
    if m is None and first.form == "year":
        m = _LEFT_COUNT.search(before)
    return first.start - (len(before) - m.start()) if m else first.start


def _pair(folded: str, a: Atom, b: Atom) -> Mention | None:
    """``a`` joined to ``b`` as one range, or None when they are two mentions.

    Two times of day are a range only when ``từ`` opens the first (``Từ 19 giờ ngày 05/9/2025 đến 7 giờ ngày
    06/9/2025``): a web page's two stamps are two (posted, updated)."""
    if a.kind == "range" or b.kind == "range" or a.this_year:
        return None
    if (a.kind == "datetime" or b.kind == "datetime") and _opened(_left(folded, a.start)) is None:
        return None
    if not _JOIN.fullmatch(folded, a.end, b.start):
        return None
    if b.needs_year:
        return _pair_in_year(folded, a, b)
    second = b.when.bounds()
    if second is None:
        return None
    when = a.when if not a.needs_year else completed(a.when, b.when)
    got = span(when, b.when) if when is not None else None
    if when is None or got is None or got == when.bounds():
        return None
    if (a.form == "bare" or b.form == "bare") and not 1 <= got[1].year - got[0].year <= 100:
        return None
    return Mention("range", _range_start(folded, a), b.end, finer(when.precision, b.when.precision),
                   got[0], got[1], when, a.form, until=b.when)


def _pair_in_year(folded: str, a: Atom, b: Atom) -> Mention | None:
    """Two days and months with no year (``Từ ngày 15/5 đến ngày 20/5``, ``từ 14 giờ ngày 25/8 đến 6 giờ ngày
    26/8``), in the year the block names (``discussed``) or else the report's: they were two days."""
    if not (a.form == b.form == "dm" and a.needs_year):
        return None
    if b.discussed is None:
        return Mention("range", _range_start(folded, a), b.end, "day", None, None, a.when, a.form, until=b.when,
                       this_year=True)
    last = b.when.with_year(b.discussed)
    when = completed(a.when, last)
    got = span(when, last) if when is not None else None
    if when is None or got is None:
        return None
    return Mention("range", _range_start(folded, a), b.end, "day", got[0], got[1], when, a.form, until=last)


def _single(folded: str, a: Atom) -> Mention | None:
    """A lone atom as a mention: an open range when "từ … đến nay" surrounds it."""
    precision = a.when.precision if a.until is None else finer(a.when.precision, a.until.precision)
    if a.this_year:
        return Mention(a.kind, a.start, a.end, precision, None, None, a.when, a.form, until=a.until, this_year=True)
    got = span(a.when, a.until)
    if got is None:
        return None
    if a.kind != "datetime":
        before = _left(folded, a.start)
        now = _TO_NOW.match(folded, a.end)
        opened = (_opened(before) or _LEFT_CLAUSE.search(before)) if now else None
        if opened and now:
            start = a.start - (len(before) - opened.start("lead"))
            return Mention("open_range", start, now.end(), precision, got[0], None, a.when, a.form, open_end=True)
    return Mention(a.kind, a.start, a.end, precision, got[0], got[1], a.when, a.form, until=a.until)


def _lists(folded: str, atoms: list[Atom]) -> list[Atom]:
    """Atoms with each list's items added (SPEC §3: every date mention), in text order.

    Only a list whose end is complete counts: the year (or, for days, the day
    atom "17/5/2022" or "tháng 5 năm 2022") must close it, so "quý I, 2 đợt"
    stays a quarter and a count. The items then take their year from the last
    one as coordinated atoms do (``_carry``); an atom the completed last item
    covers ("năm 2022" of "II năm 2022") gives way to it.
    """
    if not any(a.needs_year for a in atoms):
        return atoms  # only a yearless head opens a list; the scanner's atoms are in order already
    out: list[Atom] = []
    dropped: set[int] = set()
    for i, a in enumerate(atoms):
        if i in dropped:
            continue
        out.append(a)
        items = _LIST_ITEMS.get(a.form) if a.needs_year else None
        listed = items.match(folded, a.end) if items is not None else None
        if listed is None:
            continue
        numerals = list(_LIST_ITEM.finditer(folded, a.end, listed.end()))
        last = numerals[-1]
        end = _LIST_END[a.form].match(folded, last.end())
        if a.form == "dd" and end is None:
            # "… và 17/5/2022": the last item opens a day atom the scanner already read
            if not any(b.start == last.start() and b.kind == "day" for b in atoms[i + 1:]):
                continue
            completed_last = None
        elif end is None:
            continue
        else:
            completed_last = _list_atom(a.form, last, end)
            if completed_last is None:
                continue
        made = [x for x in (_list_atom(a.form, n, None) for n in numerals[:-1]) if x is not None]
        if len(made) != len(numerals) - 1:
            continue  # a numeral no calendar has ("quý V"): not a list of dates
        out.extend(made)
        if completed_last is not None:
            out.append(completed_last)
            dropped.update(j for j in range(i + 1, len(atoms)) if atoms[j].start < completed_last.end)
    return sorted(out, key=lambda x: x.start)


def _list_atom(form: str, numeral: re.Match[str], end: re.Match[str] | None) -> Atom | None:
    """One list item as an atom, with the year (and month) ``end`` gives the last one."""
    text = numeral.group()
    stop = end.end() if end is not None else numeral.end()
    year = int(end.group("y")) if end is not None else None
    if form == "quarter":
        number = quarter_number(text)
        return Atom("quarter", numeral.start(), stop, When("quarter", year, number), "quarter") if number else None
    if not text.isdigit():
        return None
    if form == "mon":
        month_no = int(text)
        return Atom("mon" if end is None else "month", numeral.start(), stop, When("month", year, month_no), "month") \
            if 1 <= month_no <= 12 else None
    month = int(end.group("m")) if end is not None else None
    day = int(text)
    return Atom("dd" if end is None else "long", numeral.start(), stop, When("day", year, month, day), "day") \
        if 1 <= day <= 31 else None


def _sentences(folded: str, atoms: list[Atom]) -> list[int]:
    """Which sentence of the block each atom is in (one pass over the text)."""
    ends = [m.start() for m in _SENTENCE_END.finditer(folded)]
    return [bisect_right(ends, a.start) for a in atoms]


def _nearest(atoms: list[Atom], form: str, step: int) -> list[int | None]:
    """For each atom, the index of the nearest atom of ``form`` that has its own year, one way."""
    out: list[int | None] = [None] * len(atoms)
    seen: int | None = None
    order = range(len(atoms)) if step < 0 else range(len(atoms) - 1, -1, -1)
    for i in order:
        out[i] = seen
        if atoms[i].form == form and not atoms[i].needs_year:
            seen = i
    return out


_DAYS_OF_A_YEAR = ("dm", "dmspan")  # days with no year: of the year the block names, else the report's
_NUMBERED = ("quarter", "week")  # a year's numbered parts, written once with their year for several


def _carry(folded: str, atoms: list[Atom], context_year: int | None) -> None:
    """Give yearless atoms the year the text gives them, in place.

    A quarter takes the year of a quarter in the same sentence ("Quý II và …
    Quý III năm 2022"), the nearer following one first, or of any period coordinated right after it ("quý III và
    9 tháng năm 2024"), else the year under
    discussion, named before it, and so does a numbered week ("tuần 39 và tuần 40 năm 2024"); a bare month the year of a month coordinated
    right after it ("tháng 7 và tháng 8 năm 2022"), else the year under
    discussion; a part of a year ("6 tháng đầu năm") the year under discussion —
    the same sentence, else the last period named before it, else the report's.
    """
    if not any(a.needs_year for a in atoms):
        return
    sentence = _sentences(folded, atoms)

    def close(i: int, j: int | None) -> Atom | None:
        if j is None or sentence[i] != sentence[j] or abs(atoms[j].start - atoms[i].start) > CARRY_WINDOW:
            return None
        return atoms[j]

    before_n = {form: _nearest(atoms, form, -1) for form in _NUMBERED}
    after_n: dict[str, int | None] = dict.fromkeys(_NUMBERED)  # nearest following one with a year, carried ones included
    for i in range(len(atoms) - 1, -1, -1):  # right to left: chains carry along
        a = atoms[i]
        if a.form in _NUMBERED and a.needs_year:
            got = close(i, after_n[a.form]) or close(i, before_n[a.form][i])
            if got is None and i + 1 < len(atoms) and not atoms[i + 1].needs_year and atoms[i + 1].when.year is not None \
                    and _COORDINATED.fullmatch(folded, a.end, atoms[i + 1].start):
                got = atoms[i + 1]  # ``quý III và 9 tháng năm 2024``: the period coordinated right after it gives its year
            if got is not None:
                a.set_year(got.when.year)  # type: ignore[arg-type]
        elif a.form in ("mon", "dm", "dd") and a.needs_year and i + 1 < len(atoms):
            b = atoms[i + 1]
            same = b.when.precision == a.when.precision and b.kind == a.kind
            if same and not b.needs_year and _COORDINATED.fullmatch(folded, a.end, b.start):
                whole = completed(a.when, b.when)
                if whole is not None:
                    a.when = whole
        if a.form in _NUMBERED and not a.needs_year:
            after_n[a.form] = i
    after_h = _nearest(atoms, "half", 1)
    year = context_year
    named: int | None = None
    for i, a in enumerate(atoms):  # left to right: a part of a year borrows from what came before
        if a.form in _NUMBERED and a.needs_year and year is not None:  # no quarter of the sentence gave it one
            a.set_year(year)
        elif a.form == "half" and a.needs_year and not a.this_year:
            got = close(i, after_h[i])
            if got is not None:
                a.set_year(got.when.year)  # type: ignore[arg-type]
            elif year is not None:
                a.set_year(year)
            else:
                a.this_year = True
        elif a.form == "mon" and a.needs_year and _a_month(folded, a) and not (  # ``cuối tháng 9``: that year's
                i + 1 < len(atoms) and not atoms[i + 1].needs_year and _JOIN.fullmatch(folded, a.end, atoms[i + 1].start)):
            # (``từ tháng 11 đến tháng 2 năm 2023``: a range's end gives its start the year, ``_pair``)
            if year is not None:
                a.set_year(year)
            else:
                a.this_year = True
        elif a.form in _DAYS_OF_A_YEAR and a.needs_year:
            # (``mentions`` gives it, if no later date completes it: ``_pair``); a year this block names, not
            # one carried from earlier blocks, as a news item's ``Sáng 15/3`` is of its own year
            a.discussed = named
        if _names_period(a, folded):
            year = named = a.when.year


_EVERY = re.compile(r"(?:mỗi|hằng|hàng|một)\s+\Z")
_EVERY_YEAR = re.compile(r"\s+(?:hằng|hàng|mỗi)\s+năm(?!\w)")


def _a_month(folded: str, a: Atom) -> bool:
    """``tháng 9`` a month, not ``mỗi tháng 2 đợt`` (twice a month: a count follows the number), nor ``ngày 30
    tháng 6 hàng năm`` (every year's)."""
    if _EVERY.search(folded, max(0, a.start - 6), a.start) or _EVERY_YEAR.match(folded, a.end):
        return False
    word = _NEXT_WORD.match(folded, a.end)
    return word is None or match_unit(folded, word.start(1)) is None


_NAMES_YEAR = ("year", "quarter", "half", "month", "week")  # the kinds that set the year under discussion


def _names_period(a: Atom, folded: str) -> bool:
    """A year-bearing period that sets the year under discussion (not a day, not a span, not a comparison's
    base: after ``tăng 6,3% so với cùng kỳ năm 2023``, ``9 tháng đầu năm`` was read as 2023's)."""
    return a.kind in _NAMES_YEAR and not a.needs_year and a.form != "bare" and not (
        compared_base(folded, a.start))


# A comparison's base: ``so với cùng kỳ năm 2023``, ``so cùng kỳ``, ``so sánh với năm 2020``, ``bằng 105% cùng kỳ
# năm 2023``: a period a figure is measured against, which neither dates a figure nor is the time the text speaks of.
# So is the year of a thing a figure exceeds or falls short of: ``vượt đỉnh lũ lịch sử năm 1979 là 0,2 m``, ``cao hơn
# năm 2020``, ``thấp hơn mức bình quân năm 2023`` (the excess is measured now); not a plan exceeded (``vượt kế hoạch năm
# 2024``: the year the figure is of).
_COMPARED = re.compile(r"(?:(?<!\w)(?:so(?:[ \t]+với)?|vượt(?![ \t]+(?:mức[ \t]+)?(?:kế[ \t]+hoạch|chỉ[ \t]+tiêu|dự[ \t]+toán|mục[ \t]+tiêu))"
                       r"|(?:cao|thấp)[ \t]+hơn)(?:[ \t]+[^\W\d_]+){0,4}"
                       r"|\d[ \t]*%?[ \t]+cùng[ \t]+kỳ)[ \t]+\Z", re.IGNORECASE)


def compared_base(text: str, start: int) -> bool:
    """Whether the date at ``start`` of ``text`` is a comparison's base; its words tested first, as few dates follow one."""
    before = text[max(0, start - 40):start]
    return ("so" in before or "kỳ" in before or "vượt" in before or "hơn" in before) and _COMPARED.search(before) is not None


_YEAR_LIST_GAP = re.compile(r"\s*(?:,|và|,\s*và)\s*")


def _listed_year(folded: str, atoms: list[Atom], i: int) -> bool:
    """``trong hai năm 2020, 2021 ảnh hưởng``: a year right after another year and a comma or "và"
    is one of a list of years, whatever word follows it but a counted noun."""
    a = atoms[i]
    if i == 0 or atoms[i - 1].kind != "year" or _YEAR_LIST_GAP.fullmatch(folded, atoms[i - 1].end, a.start) is None:
        return False
    word = _NEXT_WORD.match(folded, a.end)  # (``Năm 2020, 2021 hộ được hỗ trợ``: a count, not a year)
    return word is None or match_unit(folded, word.start(1)) is None


def _lone_year_ok(text: str, folded: str, a: Atom, heading: bool) -> bool:
    """A year written without "năm" stands alone only where nothing makes it a count or an id.

    A block holding nothing but the number is a value (a table cell, say),
    unless it is a column heading.
    """
    if not heading and len(text) <= 40 and _ONLY_NUMBER.fullmatch(text):
        return False
    if _SEASON_BEFORE.search(folded, max(0, a.start - 20), a.start):
        return True  # ``Vụ Hè Thu 2024 gieo cấy …``: a crop season's year, whatever follows
    nxt = _NEXT_TOKEN.match(text, a.end)
    if nxt is not None and (nxt.group(1).isdigit() or nxt.group(1) == "%"):
        return False  # "1900 1234", "2020 %": part of a number
    prev = _PREV_TOKEN.search(text, max(0, a.start - 20), a.start)
    if prev is not None and prev.group(1).isdigit():
        return False
    word = _NEXT_WORD.match(text, a.end)
    if word is not None:
        w = word.group(1)
        if w.lower() in _UNIT_WORDS or (w.islower() and w not in _YEAR_FOLLOWERS):
            return False
    prev_word = _PREV_WORD.search(folded, max(0, a.start - 20), a.start)
    return prev_word is None or prev_word.group(1) not in _ID_WORDS


def mentions(text: str, folded: str, context_year: int | None = None, heading: bool = False) -> list[Mention]:
    """Every date mention of one block, in order and not overlapping.

    ``context_year`` is the year of the last period named in earlier blocks,
    for a part of a year written without its year; ``heading`` says the block
    is a table's heading cell, where a number alone is a year column.
    """
    atoms = _with_named_days(text, folded, list(scan_folded(folded)))
    to_date = _to_date(folded) if "từ đầu" in folded else []
    if "tháng" in folded and "năm" in folded and (lunar := _lunar_days(folded, atoms, context_year)):
        # (read apart, as ``từ đầu năm đến nay`` is: ``tháng 3`` of ``ngày 10 tháng 3 năm Giáp Thìn`` is no solar month)
        atoms = [a for a in atoms if not any(m.start <= a.start and a.end <= m.end for m in lunar)]
        to_date = sorted(to_date + lunar, key=lambda m: m.start)
    if not atoms:
        return to_date
    if any(a.needs_year for a in atoms):  # else neither lists nor carried years: skip both passes
        atoms = _lists(folded, atoms)
        _carry(folded, atoms, context_year)
    out: list[Mention] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            joined = _pair(folded, a, atoms[i + 1])
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        i += 1
        if a.form in _DAYS_OF_A_YEAR and a.needs_year and (a.this_year or not (
                _names_holiday(folded, a) or a.until is None and folded.startswith("từ", a.start - 3))):
            # ``ngày 20/4`` that no later date completes: a day of the year the block names, or the report's
            # (not a range's ``từ 5-10`` that none does)
            if a.discussed is not None:
                a.set_year(a.discussed)
                a.this_year = False
            else:
                a.this_year = True
        if a.needs_year and not a.this_year:
            continue
        if a.form == "bare" and not _lone_year_ok(text, folded, a, heading) and not _listed_year(folded, atoms, i - 1):
            continue
        single = _single(folded, a)
        if single is not None:
            out.append(single)
    if to_date:  # (the term's own years are inside "từ đầu nhiệm kỳ 2019-2024 đến nay": one mention)
        out = [m for m in out if not any(t.start <= m.start and m.end <= t.end for t in to_date)]
        out = sorted(out + to_date, key=lambda m: m.start)
    if "từ đầu năm" in folded or "đến hết" in folded or " kế " in folded or "cộng dồn" in folded:
        out = [_from_year_start(folded, m) for m in out]
    if "từ nay" in folded or "từ bây giờ" in folded or "từ hôm nay" in folded:
        out = [_from_now(folded, m) for m in out]
    return out


_SLASH_DAY = re.compile(r"(?<![\d/.,:])\d{1,2}/\d")


def _with_named_days(text: str, folded: str, atoms: list[Atom]) -> list[Atom]:
    """``atoms`` and the days and months of named days among them (``Ngày Chuyển đổi số quốc gia 10/10``:
    ``named_day``), each of no year as a holiday's (``Quốc khánh 2/9``) is."""
    if "ngày" not in folded or "/" not in folded:
        return atoms
    named = [Atom("dm", day.start(), day.end(), When("day", None, int(day["m"]), int(day["d"])), "day")
             for m in _SLASH_DAY.finditer(folded)
             if not any(a.start <= m.start() < a.end for a in atoms) and (day := named_day(text, folded, m.start()))]
    return sorted(atoms + named, key=lambda a: a.start) if named else atoms


# "Từ đầu năm đến ngày 30/9/2025": from the first day of the year of the date it runs to (``… đến hết tuần 40``,
# ``… đến hết quý III``: to the week's or the quarter's last day)
_PARTS_RUN_TO = ("day", "week", "month", "quarter")
_YEAR_START_TO = re.compile(r"(?<!\w)từ\s+đầu\s+năm(?:\s+nay)?\s*(?:cho\s+)?(?:đến|tới)(?:\s+(?:hết|cuối))?\s+(?:ngày\s+)?\Z")


# ``Tính đến hết tuần 40 năm 2024``, ``Lũy kế đến hết tháng 9``, ``Cộng dồn đến quý III``: the year so far, to the end
# of the part named (a day is not: ``tính đến ngày 30/9`` says when a stock was counted)
_SO_FAR_TO = re.compile(r"(?<!\w)(?:tính\s+đến\s+hết|(?:lũy|luỹ)\s+kế\s+(?:đến|tới)(?:\s+hết)?|cộng\s+dồn\s+(?:đến|tới)"
                        r"(?:\s+hết)?)\s+\Z")


def _from_year_start(folded: str, m: Mention) -> Mention:
    lead = _YEAR_START_TO.search(folded, max(0, m.start - 40), m.start) if m.kind in _PARTS_RUN_TO else None
    if lead is None and m.kind in ("week", "month", "quarter"):
        lead = _SO_FAR_TO.search(folded, max(0, m.start - 30), m.start)
    if lead is not None and m.first is None and m.this_year:
        # (no year yet: the report's, read once known: ``lũy kế từ đầu năm đến hết tháng 9`` was September alone)
        return Mention("range", lead.start(), m.end, m.precision, None, None, When("day", None, 1, 1), m.form,
                       until=m.when, this_year=True)
    if lead is None or m.first is None or m.last is None:
        return m
    first = date(m.last.year, 1, 1)  # (week 1 of 2025 opens on 30/12/2024)
    return Mention("range", lead.start(), m.end, m.precision, first, m.last, When("year", first.year), m.form)


# "Từ nay đến ngày 31/8/2025", "từ nay đến năm 2030": from the report's date to the end of what is named
_FROM_NOW_TO = re.compile(r"(?<!\w)từ\s+(?:nay|bây\s+giờ|hôm\s+nay)\s*(?:cho\s+)?(?:đến|tới)(?:\s+(?:hết|cuối))?\s+"
                          r"(?:ngày\s+)?\Z")


def _from_now(folded: str, m: Mention) -> Mention:
    lead = _FROM_NOW_TO.search(folded, max(0, m.start - 30), m.start) if m.kind in (*_PARTS_RUN_TO, "half",
                                                                                    "year") else None
    if lead is None or m.last is None:
        return m
    return Mention(m.kind, lead.start(), m.end, m.precision, m.first, m.last, m.when, m.form, open_start=True)


# ``Kỷ niệm Ngày 30/4 và 1/5``, ``kỷ niệm 80 năm … Quốc khánh 2/9``, ``Ngày 30/4 là ngày lễ``: the holiday, named
_ANNIVERSARY = re.compile(r"kỷ\s+niệm(?!\w)[^.;:!?\n]*\Z")
_IS = re.compile(r"\s+là(?!\w)")


def _names_holiday(folded: str, a: Atom) -> bool:
    """Whether a day and month without a year name a holiday (an anniversary's, or one said to be a
    holiday), not a day of the year under discussion."""
    return _ANNIVERSARY.search(folded, max(0, a.start - 80), a.start) is not None or _IS.match(folded, a.end) is not None


# "Từ đầu năm đến nay": from the report's own year's first day to the report's date (a year
# written after "đầu năm" is an atom, and "từ năm 2023 đến nay" is read from it); "từ đầu nhiệm
# kỳ đến nay": from the first year of the term the report names ("nhiệm kỳ 2020-2025").
# A term written out ("từ đầu nhiệm kỳ 2019-2024 đến nay") starts where it says.
_TO_DATE = re.compile(r"(?<!\w)từ\s+đầu\s+(?:(?P<year>năm)(?:\s+nay)?|nhiệm\s+kỳ(?:\s+này|\s+(?P<term>" + Y + r")\s*[-–]\s*"
                      + Y + Y_END + r")?)" + _TO_NOW.pattern)


def _to_date(folded: str) -> list[Mention]:
    found = []
    for m in _TO_DATE.finditer(folded):
        if m.group("term"):
            first = date(int(m.group("term")), 1, 1)
            found.append(Mention("open_range", m.start(), m.end(), "year", first, None, When("year", first.year), "year",
                                 open_end=True))
        else:
            found.append(Mention("open_range", m.start(), m.end(), "year", None, None, When("year", None), "year",
                                 open_end=True, this_year=m.group("year") is not None, this_term=m.group("year") is None))
    return found


def _lunar_days(folded: str, atoms: list[Atom], context_year: int | None) -> list[Mention]:
    """The lunar days of a block (``Sáng ngày 14/02/2025 (tức ngày 17 tháng Giêng năm Ất Tỵ)``), each in the year of its
    name nearest the year the text is about: the nearest the block names, else the year under discussion, else the
    report's (read later, as ``this_year``)."""
    found = []
    for m in LUNAR_DAY.finditer(folded):
        day = lunar_day(m)
        if day is None:
            continue
        dated = [a for a in atoms if a.when.year is not None and not (m.start() <= a.start and a.end <= m.end())]
        near = min(dated, key=lambda a: abs(a.start - m.start())).when.year if dated else context_year
        if near is None:
            found.append(Mention("day", m.start(), m.end(), "day", None, None, When("day", None), "lunar", this_year=True,
                                 lunar=day))
        elif (solar := day.solar(near)) is not None:
            found.append(Mention("day", m.start(), m.end(), "day", solar, solar, When("day", solar.year, solar.month,
                                                                                      solar.day), "lunar", lunar=day))
    return found


def last_period_year(found: list[Mention], folded: str) -> int | None:
    """The year under discussion after a block (``folded``): that of its last year/quarter/half/month mention
    but a comparison's base."""
    for m in reversed(found):
        if m.kind in _NAMES_YEAR and m.form != "bare" and m.when.year is not None and not (
                compared_base(folded, m.start)):
            return m.when.year
    return None
