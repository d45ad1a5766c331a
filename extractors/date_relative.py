"""Periods a table's column names relative to the report's own: ``Thực hiện tháng trước``, ``Ước tính tháng báo
cáo``, ``Cộng dồn từ đầu năm đến cuối tháng báo cáo``, ``Thực hiện cùng kỳ năm trước`` (``Cùng kỳ`` beside ``Năm nay``),
``Dư nợ đầu năm``.

Statistics offices head their monthly tables this way (the GSO's report forms) and write no date there, so the
cells took the caption's month, last month's figures included. The time such a header counts from is the
table's (its caption's) or the report's period; the month "being reported" is that period's last (a report on
``tháng 10 và 10 tháng năm 2024`` reports October). Only headers are read so: in prose, ``so với tháng trước``
is a comparison's base, not a time the text speaks of.
"""
from __future__ import annotations

import calendar
from datetime import date

import regex

Span = tuple[str, str]  # first and last day, ISO

# what a comparison compares (``Tháng báo cáo so với tháng trước (%)``) is named before ``so với``
_COMPARISON = regex.compile(r"(?<!\w)so\s+(?:(?:với|sánh)(?!\w)|(?=cùng\s))")  # (and ``So cùng kỳ (%)``)
_YEAR_TO_REPORT = regex.compile(r"(?<!\w)từ\s+đầu\s+năm\s+(?:đến|tới)\s+(?:cuối\s+|hết\s+)?(tháng|quý|kỳ)\s+báo\s+cáo(?!\w)")
# (or ``Cùng kỳ`` alone, beside ``Năm nay``: last year's; ``Cùng kỳ năm 2023``: the same months of the year it names)
# (not ``Cùng kỳ 9 tháng`` in a report on six months: other months than the reference's)
_SAME_LAST_YEAR = regex.compile(r"(?<!\w)cùng\s+(kỳ|tháng|quý)(?:\s+năm\s+(?:trước|(\d{4})))?(?!\w)"
                                r"(?!\s+(?:năm\s+)?\d)(?!\s+(?:quý|tháng|năm)(?!\w))")
_REPORTED = regex.compile(r"(?<!\w)(tháng|quý|kỳ|năm)\s+báo\s+cáo(?!\w)")
_PREVIOUS = regex.compile(r"(?<!\w)(tháng|quý|năm)\s+trước(?!\w)")
# ``Dư nợ đầu năm``, ``Số hội viên đầu năm`` beside ``Dư nợ đến 31/5/2024``: the year's opening, not the caption's day (not
# ``6 tháng đầu năm``, the year's first months, nor ``từ đầu năm đến …``, read above)
_YEAR_OPENS = regex.compile(r"(?<!\w)(?<!tháng\s)đầu\s+năm(?!\w)(?!\s+(?:đến|tới|nay|\d))")


def relative_period(folded: str, reference: Span | None) -> Span | None:
    """The span a folded header names relative to ``reference``, or None when it names none."""
    if reference is None:
        return None
    first, last = date.fromisoformat(reference[0][:10]), date.fromisoformat(reference[1][:10])
    if first > last:
        return None
    cut = _COMPARISON.search(folded)
    named = folded[:cut.start()] if cut else folded
    if m := _YEAR_TO_REPORT.search(named):
        got = (date(last.year, 1, 1), _unit(m[1], last, first, last)[1])
    elif m := _SAME_LAST_YEAR.search(named):
        start, end = _unit(m[1], last, first, last)
        for _ in range(last.year - int(m[2]) if m[2] else 1):
            start, end = _year_before(start), _year_before(end)
        got = (start, end)
    elif m := _REPORTED.search(named):
        got = _unit(m[1], last, first, last)
    elif m := _PREVIOUS.search(named):
        got = _unit(m[1], _before(m[1], last), first, last)
    elif _YEAR_OPENS.search(named):
        got = date(last.year, 1, 1), date(last.year, 1, 1)  # ``Dư nợ đầu năm``: a stock on the day the year opens
    else:
        return None
    return got[0].isoformat(), got[1].isoformat()


def _unit(word: str, day: date, first: date, last: date) -> tuple[date, date]:
    """The month, quarter or year holding ``day``; ``kỳ`` (the period) is the reference itself."""
    if word == "kỳ":
        return first, last
    if word == "năm":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    months = 3 if word == "quý" else 1
    opening = (day.month - 1) // months * months + 1
    closing = opening + months - 1
    return date(day.year, opening, 1), date(day.year, closing, calendar.monthrange(day.year, closing)[1])


def _before(word: str, day: date) -> date:
    """A day of the month, quarter or year before the one holding ``day``."""
    if word == "năm":
        return date(day.year - 1, 1, 1)
    back = 3 if word == "quý" else 1
    month = day.month - back
    return date(day.year, month, 1) if month >= 1 else date(day.year - 1, month + 12, 1)


def _year_before(day: date) -> date:
    """The same day a year earlier; a month's last day stays its last (29/2/2024 → 28/2/2023, 28/2/2025 → 29/2/2024)."""
    end = calendar.monthrange(day.year - 1, day.month)[1]
    at_end = day.day == calendar.monthrange(day.year, day.month)[1]
    return date(day.year - 1, day.month, end if at_end or day.day > end else day.day)
