"""The written forms of Vietnamese dates, as one compiled scanner over folded text.

All forms are alternatives of a single pattern, so a block is scanned once,
left to right, in linear time; at a given position the longer construct is
listed first (``ngày 14 tháng 02 năm 2022`` before ``tháng 02 năm 2022``), so a
year inside a longer expression never becomes a second date (SPEC §3).

The scanner yields *atoms* — single periods, some still missing their year.
Ranges, open ranges and carried years are built from atoms afterwards
(:mod:`extractors.date_combine`), because they depend on what stands between
and around them.

Text is matched in :func:`pipeline.normalize.fold` form (lower case, one tone
placement, same length), so offsets are offsets in the block text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from extractors.date_calendar import When, quarter_number
from extractors.figure_units import match_unit

Y = r"(?:1[89]|2[01])\d\d"
# A year ends where no digit, decimal part or symbol continues it (``30/2020/NĐ-CP``).
Y_END = r"(?!\d|[.,]\d|/\w)"
# Between month and year: "tháng 7 năm 2022", "tháng 7, năm 2022", "tháng 11/2025", "tháng 3-2017".
M_TO_Y = r"(?:\s*,?\s*năm\s+|\s*[/-]\s*)"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
# A clock time as reports write it before a day: "14h30", "14h", "8 giờ 30 phút", "8 giờ".
CLOCK = r"(?:" + _TIME + r"|\d{1,2}h(?:\d{2})?(?!\w)|\d{1,2}\s*giờ(?:\s*\d{1,2}(?:\s*phút)?)?(?!\w))"
# A numeric day: 18/5/2021, 18-5-2021, 18.5.2021 (one separator throughout).
_DMY = r"(?P<{p}d>\d{{1,2}})(?P<{p}s>[/.-])(?P<{p}m>\d{{1,2}})(?P={p}s)(?P<{p}y>" + Y + r")(?!\d|/\w|\.\d)"
_NUM_START = r"(?<![\d/.,:])"
# The parts of the day a news lede opens on ("Sáng 15/3, …"); "ngày" or one of them right before a
# day and month: "ngày 15/5", "sáng 15/3", "chiều 2-9".
PARTS_OF_DAY = ("sáng", "trưa", "chiều", "tối", "đêm")
# "từ 15/4 đến 15/5/2024": a range's first day may go without "ngày"; a holiday is named by its day
# ("Quốc khánh 2/9", "các ngày lễ 30/4"), and so is an occasion ("nhân dịp 20/10", "dịp 30/4 và 1/5", "trao Huy hiệu
# Đảng đợt 03/02 và 19/5")
HOLIDAY_WORDS = ("khánh", "lễ", "dịp", "đợt")
_DAY_WORDS = ("ngày", *PARTS_OF_DAY, "từ", *HOLIDAY_WORDS)
# (one look-behind per word length: ``re`` takes alternatives of one width in a single look-behind)
_DAY_OR_PART_BEFORE = "(?:" + "|".join(
    "(?<=" + "|".join(rf"{word}\s" for word in _DAY_WORDS if len(word) == size) + ")"
    for size in dict.fromkeys(len(word) for word in _DAY_WORDS)) + ")"  # "ngày"'s first
# What ends a day and month written alone: no year, decimal or next number after it (``15/5/2022``, ``30/4.5``), nor a
# percent (``từ 5-10%``); a sentence's full stop may.
_DM_END = r"(?![\d/-]|\.\w|\s*[/.-]\s*\d|\s*%)"
# Placeholder between "ngày" and "tháng" when a draft leaves the day blank.
_BLANK = r"[\s._…]*"

_FORMS = [
    # web datetimes: "09/11/2020 09:00", "09:00 09/11/2020"
    ("dt", _NUM_START + _DMY.format(p="dt_") + r"\s*(?:[-|,–]\s*)?(?P<dt_t>" + _TIME + r")"),
    ("td", _NUM_START + r"(?P<td_t>" + CLOCK + r")\s*(?:[-|,–]\s*)?(?:ngày\s+)?" + _DMY.format(p="td_")),
    # "8 giờ 30 phút, ngày 15 tháng 3 năm 2024": a meeting's time and day
    ("tl", _NUM_START + r"(?P<tl_t>" + CLOCK + r")\s*(?:[-|,–]\s*)?ngày\s+(?P<tl_d>\d{1,2})\s+tháng\s+(?P<tl_m>\d{1,2})"
           + M_TO_Y + r"(?P<tl_y>" + Y + r")" + Y_END),
    # "ngày 14 tháng 02 năm 2022", "ngày 21\ntháng 11 năm 2025", "ngày 18 tháng 5/2021"
    ("long", r"(?<!\w)ngày\s+(?P<long_d>\d{1,2})\s+tháng\s+(?P<long_m>\d{1,2})" + M_TO_Y + r"(?P<long_y>" + Y + r")" + Y_END),
    # a blank day on a draft: "ngày    tháng 7 năm 2022", "ngày Tháng 11/2025"
    ("blank", r"(?<!\w)ngày" + _BLANK + r"tháng\s+(?P<blank_m>\d{1,2})" + M_TO_Y + r"(?P<blank_y>" + Y + r")" + Y_END),
    # day and month both blank: "ngày … tháng … năm 2022"
    ("blank2", r"(?<!\w)ngày" + _BLANK + r"tháng" + _BLANK + r"năm\s+(?P<blank2_y>" + Y + r")" + Y_END),
    # "15-20/5/2022": several days of one month
    ("dspan", _NUM_START + r"(?P<dspan_a>\d{1,2})\s*[-–]\s*(?P<dspan_b>\d{1,2})(?P<dspan_s>[/.])(?P<dspan_m>\d{1,2})"
              r"(?P=dspan_s)(?P<dspan_y>" + Y + r")(?!\d|/\w|\.\d)"),
    # "dịp nghỉ lễ 30/4-01/5", "(từ ngày 08/02-14/02/2024)": a span of days and months, the year written once or not
    ("dmspan", _NUM_START + r"(?P<dmspan_d>\d{1,2})/(?P<dmspan_m>\d{1,2})\s*[-–]\s*(?P<dmspan_d2>\d{1,2})/(?P<dmspan_m2>\d{1,2})"
               r"(?:/(?P<dmspan_y>" + Y + r"))?(?![\d/]|[.,]\d|\s*%)"),
    ("dmy", _NUM_START + _DMY.format(p="dmy_")),
    # "ngày 15/5 đến ngày 20/5/2022", "ngày 15 và 16/5/2022": a day that takes month and year from the next;
    # only after "ngày" or "từ", so "24/39" stays a ratio, and kept only when the next date completes it; after a
    # part of the day ("Sáng 15/3, tại …"), a news item's lede, it is a day of the report's own year
    ("dm", _DAY_OR_PART_BEFORE + r"(?P<dm_d>\d{1,2})(?P<dm_s>[/.-])(?P<dm_m>\d{1,2})" + _DM_END),
    ("dd", r"(?<=ngày\s)(?P<dd_d>\d{1,2})(?![\d/.:-]|\s+tháng)"),
    # a month span across years with the second "tháng" left out: "tháng 12/2023 - 3/2024"
    ("mspan", r"(?<!\w)tháng\s+(?P<mspan_m>\d{1,2})\s*/\s*(?P<mspan_y>" + Y + r")\s*(?:[-–]|đến)\s*(?P<mspan_m2>\d{1,2})"
              r"\s*/\s*(?P<mspan_y2>" + Y + r")" + Y_END),
    # "tháng 3/2017", "tháng 7 năm 2022", and the month span "tháng 7-8/2022"
    ("month", r"(?<!\w)tháng\s+(?P<month_m>\d{1,2})(?:\s*[-–]\s*(?P<month_m2>\d{1,2}))?" + M_TO_Y + r"(?P<month_y>" + Y + r")" + Y_END),
    # "Quý II năm 2022", "quý 2/2022", "Quý IV/2025", and a bare "Quý II"
    # (news style writes a dot: "quý III.2022", "quý 3.2022")
    ("quarter", r"(?<!\w)quý\s+(?P<quarter_n>iv|i{1,3}|0?[1-4])(?!\w)(?:(?:" + M_TO_Y + r"|\.)(?P<quarter_y>" + Y + r")" + Y_END + r")?"),
    # "tuần 40 năm 2024", "tuần thứ 12/2025", and a bare "tuần 40" (a year's numbered week, not "tuần 2 tháng 10")
    ("week", r"(?<!\w)tuần\s+(?:thứ\s+)?(?P<week_n>0?[1-9]|[1-4]\d|5[0-3])(?!\w|[.,]\d|\s*(?:tháng|(?:của|trong)\s+(?!năm)))"
             r"(?:" + M_TO_Y + r"(?P<week_y>" + Y + r")" + Y_END + r")?"),
    # "năm học 2019/2020", "niên khóa 2020/2021": the slash joins one school or fiscal year
    ("school", r"(?<!\w)(?:năm\s+học|niên\s+khóa|niên\s+độ)\s+(?P<school_a>" + Y + r")\s*/\s*(?P<school_b>" + Y + r")(?!\d)"),
    # "6 tháng đầu năm 2022", "06 tháng cuối năm", "nửa đầu năm nay"; "9 tháng đầu năm" is Jan–Sep,
    # and so is "9 tháng năm 2023" (without "đầu", a year or "nay" must follow)
    # (a table's header leaves "năm" out too: "Thực hiện 6 tháng 2025")
    # and, after what is measured and before its value, "Sản lượng 9 tháng ước đạt …" (``_part_of_year``)
    ("half", r"(?<![\w.,])(?:(?P<half_n>\d{1,2}|ba|sáu|chín)\s+tháng|nửa)(?:\s+"
             r"(?:(?:(?P<half_w>đầu|cuối)\s+|(?=năm(?:[\s*_]*" + Y + Y_END + r"|\s+nay(?!\w))))năm"
             r"(?:[\s*_]*(?P<half_y>" + Y + r")" + Y_END + r"|\s+(?P<half_nay>nay)(?!\w))?|(?P<half_y2>" + Y + r")" + Y_END + ")"
             r"|(?P<half_v>(?=\s+(?:ước|đạt)(?!\w))))"),
    # "năm 2020", "năm 2021và", "Năm hiện hành 2025", markdown "năm** **2027"
    ("year", r"(?<!\w)năm(?:\s+(?:hiện\s+hành|tài\s+chính|ngân\s+sách))?[\s*_]*(?P<year_y>" + Y + r")" + Y_END),
    # ISO dates of web metadata: "2020-11-09", "2020-11-09T09:00"
    ("iso", r"(?P<iso_y>" + Y + r")-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?:[t ](?P<iso_t>" + _TIME + r"))?(?!\d)"),
    # a bare year: "2017" of "giai đoạn 2017-2020"; kept alone only where context allows
    ("bare", r"(?<![\w/.,:])(?<![^\W\d_]-)(?P<bare_y>" + Y + r")(?![\w/%]|[.,]\d|[-–]\s*[^\W\d_])"),
    # a month without a year, only ever used inside a range or with a carried year
    ("mon", r"(?<!\w)tháng\s+(?P<mon_m>\d{1,2})(?![\d/]|[.,]\d)"),
]

# Every form starts, outside a word or digit run, with a digit or one of these
# words; checking that first lets the engine skip most positions cheaply
# (millions of chars/s instead of 0.3M without it).
_LEAD = r"(?=\d|n(?:gày|ăm|ửa)|tháng|quý|sáu|tuần)"  # "n" tested once for three words
_ALTERNATIVES = "(?:" + "|".join(f"(?P<{name}>{body})" for name, body in _FORMS) + ")"
_STARTS = r"(?<!\w)" + _LEAD
SCANNER = re.compile(_STARTS + _ALTERNATIVES)
_DIGIT_LED = frozenset({"dt", "td", "tl", "dspan", "dmspan", "dmy", "dm", "dd", "iso", "bare"})
_WORD_LED = frozenset({"long", "blank", "blank2", "mspan", "month", "quarter", "week", "school", "year", "mon"})


# What must follow where a form opens, for the forms whose own pattern is slow to fail
# (a look-behind or a repeat first): a run of forms behind one such guard fails at once on an
# ordinary number ("12 người", "1.234", "05-ct/tw").
_NEEDS = {
    "dt": r"\d\d?[/.-]", "td": r"\d\d?(?::|h|\s*giờ)", "tl": r"\d\d?(?::|h|\s*giờ)", "dspan": r"\d\d?[\s\-–]", "dmspan": r"\d\d?/\d\d?\s*[-–]", "dmy": r"\d\d?[/.-]",
    "dm": _DAY_OR_PART_BEFORE, "dd": r"(?<=ngày\s)", "iso": Y, "bare": Y,
    "half": r"\d\d?\s|ba|sáu|chín|nửa",
}


_DAY_DIGITS = r"\d\d?"
_NOT_IN_WORD = r"(?<!\w)"


def _guard(names: list[str]) -> str:
    """A look-ahead every form of ``names`` needs, or "" when one of them has no guard.

    The one or two digits the day forms open on are read once, then one character
    set decides (``re`` merges single-character alternatives into a set).
    """
    needs: list[str] = []
    for name in names:
        need = _NEEDS.get(name)
        if need is None:
            return ""
        if need not in needs:
            needs.append(need)
    after_digits = [need.removeprefix(_DAY_DIGITS) for need in needs if need.startswith(_DAY_DIGITS)]
    if len(after_digits) > 1:
        needs = [_DAY_DIGITS + "(?:" + "|".join(after_digits) + ")"] + [
            need for need in needs if not need.startswith(_DAY_DIGITS)]
    return "(?=" + "|".join(needs) + ")"


def _by_first_character(forms: list[tuple[str, str]]) -> str:
    r"""``_ALTERNATIVES`` with digit-led and word-led forms in two guarded groups.

    ``re`` tries alternatives one by one; behind a one-character guard a whole
    group fails at once. A digit-led and a word-led form never match at the same
    position, so only their relative order changes, which cannot change a match;
    within a group, and around a form that may open either way ("half"), the
    order is the grammar's. The guards of ``_NEEDS`` only add what a form needs
    anyway. A form's own leading ``(?<!\w)`` is dropped: the scanner checks it
    before any form (and a look-behind first would keep ``re`` from rejecting an
    alternative on its first letter).
    """
    parts: list[str] = []
    runs: dict[str, list[tuple[str, str]]] = {r"(?=\d)": [], r"(?!\d)": []}

    def alternative(name: str, body: str) -> str:
        return f"(?P<{name}>{body.removeprefix(_NOT_IN_WORD)})"

    def flush() -> None:
        for lead, run in runs.items():
            if run:
                names = [name for name, _ in run]
                parts.append(lead + _guard(names) + "(?:" + "|".join(alternative(*form) for form in run) + ")")
                run.clear()

    for name, body in forms:
        if name in _DIGIT_LED or name in _WORD_LED:
            runs[r"(?=\d)" if name in _DIGIT_LED else r"(?!\d)"].append((name, body))
        else:
            flush()
            parts.append(_guard([name]) + alternative(name, body))
    flush()
    return "(?:" + "|".join(parts) + ")"


# Word characters of folded Vietnamese text, as a plain character set: ``re`` tests a set
# from a bitmap, where ``\W`` costs a Unicode category lookup at every character of the text.
_COMMON_WORD_CHARACTERS = "0-9a-z_àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
# The same scanner for every start but the text's first character: it consumes the character
# before a form instead of looking behind for it. A pattern that opens on a character class lets
# ``re`` skip to candidate positions in C, where a look-behind is tried at every position.
# The class is every character outside ``_COMMON_WORD_CHARACTERS``; ``(?<!\w)``, tried only
# where a form may start, keeps out the rare other word characters, so this is ``\W`` exactly.
# Every form ends on a word character, so no form can start right where the previous one ended
# after a non-word character, and resuming after a match loses nothing.
_AFTER_GAP = re.compile(
    f"[^{_COMMON_WORD_CHARACTERS}]" + _LEAD + _NOT_IN_WORD
    + _by_first_character(_FORMS)
)
# ``SCANNER`` for the text's first character, regrouped like ``_AFTER_GAP``.
_AT_START = re.compile(_STARTS + _by_first_character(_FORMS))
_YEAR = re.compile(Y)
_OPENS_CLAUSE = re.compile(r"(?:^|[.;:!?\n])[\s\-+*•]*$")  # nothing but a list mark since the last sentence
_COMMA_NEXT = re.compile(r"\s*,")
_PART_OF_DAY_DATE = re.compile("(?:" + "|".join(PARTS_OF_DAY + HOLIDAY_WORDS) + r")\s\d{1,2}/\d")


def may_hold_date(folded: str) -> bool:
    """False when no form can match the text: it is not scanned.

    Every form holds a year (``Y``) but "ngày 15/5" and "ngày 15" (after "ngày"), a bare
    quarter ("quý") or week ("tuần"), a part of a year ("nửa", or "tháng" of "6 tháng đầu năm") and a month
    without its year ("tháng"). ``in`` tests cost a few instructions a character; the year
    pattern opens on "1" or "2", so ``re`` skips to those from a bitmap. A news item's "Sáng 15/3"
    has none of them, nor a holiday's "Quốc khánh 2/9": a slash lets the text be searched for them.
    """
    # spelt out, not ``any(...)`` over a tuple: no generator for each of the text's blocks
    return ("tháng" in folded or "ngày" in folded or "quý" in folded or "nửa" in folded or "tuần" in folded
            or _YEAR.search(folded) is not None
            or "/" in folded and _PART_OF_DAY_DATE.search(folded) is not None)  # "sáng 15/3", no year


@dataclass(slots=True)
class Atom:
    """One period written in the text; ``when.year`` may still be missing."""

    form: str
    start: int
    end: int
    when: When
    kind: str  # output kind: day, week, month, quarter, half, year, datetime, range
    until: When | None = None  # end of a range written as one form ("tháng 7-8/2022", "năm học 2019/2020")
    this_year: bool = False  # "6 tháng đầu năm nay": the report's year
    discussed: int | None = None  # the year under discussion where it stands, for a day no later date completes

    @property
    def needs_year(self) -> bool:
        return self.when.year is None

    def set_year(self, year: int) -> None:
        self.when = self.when.with_year(year)
        if self.until is not None:
            self.until = self.until.with_year(year)


_MONTH_WORDS = {"ba": 3, "sáu": 6, "chín": 9}
# Words before ``N tháng`` that make it a length of time, not the first months of the year (``sau 6 tháng đạt``);
# so does no word at all (``6 tháng đạt …`` opening a line is a table's or a list's label, left alone)
_SPAN_BEFORE = re.compile(r"(?:(?<!\w)(?:sau|được|hơn|gần|khoảng|trên|dưới|mỗi|hàng|từ|tới|đến|mất|vòng|trong)\s+|^\s*|[^\w\s]\s*)\Z")


def _int(text: str | None) -> int | None:
    return int(text) if text else None


# Group names of the forms read alike, made once rather than for every match.
_DAY_GROUPS = {form: (f"{form}_y", f"{form}_m", f"{form}_d") for form in ("dt", "td", "tl", "dmy")}
_YEAR_GROUP = {form: f"{form}_y" for form in ("year", "bare")}


def _atom(m: re.Match[str]) -> Atom | None:
    """The period a match names; None for a numeral no calendar has (quý V, năm học 2019/2021)."""
    form = m.lastgroup or ""
    g = m.group
    start, end = m.span(form)  # the form's own span: an ``_AFTER_GAP`` match begins one character early
    if form in _DAY_GROUPS:
        year, month, day = g(*_DAY_GROUPS[form])
        when = When("day", int(year), int(month), int(day))
        return Atom(form, start, end, when, "day" if form == "dmy" else "datetime")
    if form == "dspan":
        year, month = int(g("dspan_y")), int(g("dspan_m"))
        return Atom(form, start, end, When("day", year, month, int(g("dspan_a"))), "range",
                    until=When("day", year, month, int(g("dspan_b"))))
    if form == "dmspan":
        year = _int(g("dmspan_y"))
        first = When("day", year, int(g("dmspan_m")), int(g("dmspan_d")))
        last = When("day", year, int(g("dmspan_m2")), int(g("dmspan_d2")))
        if not all(1 <= w.index <= 12 and 1 <= w.day <= 31 for w in (first, last)):  # type: ignore[operator]
            return None  # (a ratio's ``24/39-25/40``)
        return Atom(form, start, end, first, "range", until=last)
    if form == "dm":
        text = m.string
        # "sáng 15/3": the report's year; so is "Ngày 30/4, …" opening a sentence (an event of the
        # report's year), where "ngày 15/5 đến ngày 20/5/2022" takes the next date's; a holiday's day
        # ("Quốc khánh 2/9") is left to ``mentions``, which tells its name from a day of the year
        after_day = text.startswith("ngày", start - 5)
        holiday = any(text.startswith(w, start - len(w) - 1) for w in HOLIDAY_WORDS)
        of_day = not holiday and ((not after_day and not text.startswith("từ", start - 3)) or (
            after_day and _OPENS_CLAUSE.search(text, max(0, start - 12), start - 5) is not None
            and _COMMA_NEXT.match(text, end) is not None))
        return Atom(form, start, end, When("day", None, int(g("dm_m")), int(g("dm_d"))), "day", this_year=of_day)
    if form == "dd":
        return Atom(form, start, end, When("day", None, None, int(g("dd_d"))), "day")
    if form == "iso":
        when = When("day", int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
        return Atom(form, start, end, when, "datetime" if g("iso_t") else "day")
    if form == "long":
        return Atom(form, start, end, When("day", int(g("long_y")), int(g("long_m")), int(g("long_d"))), "day")
    if form == "blank":
        return Atom(form, start, end, When("month", int(g("blank_y")), int(g("blank_m"))), "month")
    if form == "blank2":
        return Atom(form, start, end, When("year", int(g("blank2_y"))), "year")
    if form == "mspan":
        return Atom(form, start, end, When("month", int(g("mspan_y")), int(g("mspan_m"))), "range",
                    until=When("month", int(g("mspan_y2")), int(g("mspan_m2"))))
    if form == "month":
        when = When("month", int(g("month_y")), int(g("month_m")))
        if g("month_m2"):
            return Atom(form, start, end, when, "range", until=When("month", when.year, int(g("month_m2"))))
        return Atom(form, start, end, when, "month")
    if form == "quarter":
        number = quarter_number(g("quarter_n"))
        return Atom(form, start, end, When("quarter", _int(g("quarter_y")), number), "quarter") if number else None
    if form == "week":
        return Atom(form, start, end, When("week", _int(g("week_y")), int(g("week_n"))), "week")
    if form == "school":
        first, last = int(g("school_a")), int(g("school_b"))
        return Atom(form, start, end, When("year", first), "range", until=When("year", last)) if last == first + 1 else None
    if form == "half":
        if g("half_v") is not None and (not g("half_n") or _SPAN_BEFORE.search(m.string, max(0, start - 12), start)):
            return None  # ``sau 6 tháng đạt``: a length of time
        return _part_of_year(form, start, end, g("half_n"), g("half_w") != "cuối", _int(g("half_y") or g("half_y2")),
                             bool(g("half_nay")))
    if form in ("year", "bare"):
        return Atom(form, start, end, When("year", int(g(_YEAR_GROUP[form]))), "year")
    if form == "mon":
        return Atom(form, start, end, When("month", None, int(g("mon_m"))), "month")
    return None


def _part_of_year(form: str, start: int, end: int, months: str | None, head: bool, year: int | None,
                  this_year: bool) -> Atom | None:
    """Six months at the head or tail of a year is a half; other counts ("9 tháng đầu năm") a month range."""
    n = _MONTH_WORDS.get(months, 0) if months and not months.isdigit() else int(months or 6)
    if n == 6:
        return Atom(form, start, end, When("half", year, 1 if head else 2), "half", this_year=this_year)
    if n == 12 and year is not None:
        return Atom(form, start, end, When("year", year), "year")  # ("12 tháng 2025": the year)
    if not 1 <= n <= 11:
        return None
    first, last = (1, n) if head else (13 - n, 12)
    return Atom(form, start, end, When("month", year, first), "range", until=When("month", year, last), this_year=this_year)


def scan_folded(folded: str) -> Iterator[Atom]:
    """Atoms of already folded text, in order, none overlapping."""
    if not may_hold_date(folded):
        return  # most blocks without a date: no scan at all, whoever asks
    for m in _matches(folded):
        atom = _atom(m)
        if atom is not None:
            yield atom
            while atom.form == "dm" and (more := _DM_LISTED.match(folded, atom.end)) is not None and \
                    match_unit(folded, _BLANKS.match(folded, more.end()).end()) is None:
                # ``các ngày lễ 30/4, 01/5``: a list's later days need no day word of their own (not ``3/5 xã``)
                atom = Atom("dm", more.start("d"), more.end(), When("day", None, int(more["m"]), int(more["d"])), "day",
                            this_year=atom.this_year)
                yield atom


_BLANKS = re.compile(r"[ \t]*")
_DM_LISTED = re.compile(r"[ \t]*(?:,|và)[ \t]*(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})" + _DM_END)
# A day named before its day and month: ``Ngày Chuyển đổi số quốc gia 10/10``, ``ngày Pháp luật Việt Nam 9/11``, ``Ngày
# Thương binh - Liệt sĩ 27/7``, as ``Quốc khánh 2/9`` is (a name: ``Ngày`` or the name's first word in capitals)
_NAMED_DAY_BEFORE = re.compile(r"(?<!\w)ngày[ \t]+(?P<name>[^\W\d_]+)(?:(?:[ \t]*[-–][ \t]*|[ \t]+)[^\W\d_]+){0,7}[ \t]+\Z")
_DAY_MONTH = re.compile(_NUM_START + r"(?P<d>\d{1,2})/(?P<m>\d{1,2})" + _DM_END)


def named_day(text: str, folded: str, start: int) -> re.Match[str] | None:
    """The day and month at ``start`` of ``folded`` when a day's name ends right before it (``text`` tells its
    capitals); not a share of what a noun after it counts (``Ngày hội … có 12/12 xã``)."""
    day = _DAY_MONTH.match(folded, start)
    if day is None or not (1 <= int(day["d"]) <= 31 and 1 <= int(day["m"]) <= 12) \
            or match_unit(folded, _BLANKS.match(folded, day.end()).end()) is not None:
        return None
    name = _NAMED_DAY_BEFORE.search(folded, max(0, start - 80), start)
    if name is None or not (text[name.start()].isupper() or text[name.start("name")].isupper()):
        return None  # (``ngày càng …``: no name)
    return day


def _matches(folded: str) -> Iterator[re.Match[str]]:
    """What ``SCANNER.finditer`` finds, through the faster ``_AFTER_GAP`` past the first character."""
    first = _AT_START.match(folded)
    if first is not None:
        yield first
    yield from _AFTER_GAP.finditer(folded, first.end() if first is not None else 0)
