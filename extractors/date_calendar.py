"""Calendar arithmetic for date mentions: what span of days a written period covers.

A mention is stored as (precision, year, index, day) rather than as two dates so
that a year carried in from elsewhere in the sentence ("Quý II và … Quý III năm
2022") can be filled in late and the span computed only then.
"""
from __future__ import annotations

import calendar
from datetime import date
from typing import NamedTuple

# Finest first: a range takes the finer precision of its two ends.
PRECISIONS = ("day", "week", "month", "quarter", "half", "year")

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

YEAR_MIN, YEAR_MAX = 1800, 2199  # the years the grammar accepts; anything else is a number


class When(NamedTuple):
    """A calendar period as written: a day, a week, a month, a quarter, a half or a year.

    Immutable (a carried year makes a new one). A named tuple, not a frozen dataclass:
    a few hundred are made per document, and a frozen dataclass sets each field through
    ``object.__setattr__``.
    """

    precision: str
    year: int | None
    index: int | None = None  # week (1-53), month (1-12), quarter (1-4) or half (1-2); day's month
    day: int | None = None

    def with_year(self, year: int) -> "When":
        return When(self.precision, year, self.index, self.day)

    def bounds(self) -> tuple[date, date] | None:
        """First and last day covered, or None when the year is unknown or the day impossible."""
        if self.year is None or not YEAR_MIN <= self.year <= YEAR_MAX:
            return None
        y, i = self.year, self.index
        try:
            if self.precision == "day" and i is not None and self.day is not None:
                d = date(y, i, self.day)  # raises for 31/2, 0/5, 12/13
                return d, d
            if self.precision == "week" and i is not None:
                # numbered as ISO 8601 numbers them, Monday to Sunday: so do the health sector's weekly reports
                # (``tuần 40 năm 2024`` is 30/9–6/10/2024, the days its report's title gives)
                return date.fromisocalendar(y, i, 1), date.fromisocalendar(y, i, 7)  # raises for week 53 of a 52-week year
            if self.precision == "month" and i is not None and 1 <= i <= 12:
                return date(y, i, 1), date(y, i, calendar.monthrange(y, i)[1])
            if self.precision == "quarter" and i is not None and 1 <= i <= 4:
                last = 3 * i
                return date(y, last - 2, 1), date(y, last, calendar.monthrange(y, last)[1])
            if self.precision == "half" and i in (1, 2):
                return (date(y, 1, 1), date(y, 6, 30)) if i == 1 else (date(y, 7, 1), date(y, 12, 31))
            if self.precision == "year":
                return date(y, 1, 1), date(y, 12, 31)
        except ValueError:
            return None
        return None


def completed(partial: When, by: When) -> When | None:
    """``partial`` (no year; a day perhaps without its month) completed from the later ``by``.

    "tháng 11 đến tháng 2 năm 2023" starts in 2022 and "ngày 28 đến ngày
    3/6/2022" on 28 May: the earlier end is moved back a year or a month
    when it would otherwise come after ``by``.
    """
    if by.year is None:
        return None
    if partial.precision == "day" and partial.index is None:
        if by.precision != "day" or by.index is None:
            return None
        when = When("day", by.year, by.index, partial.day)
        if partial.day is not None and by.day is not None and partial.day > by.day:
            month, year = (by.index - 1, by.year) if by.index > 1 else (12, by.year - 1)
            when = When("day", year, month, partial.day)
        return when
    when = partial.with_year(by.year)
    first, last = when.bounds(), by.bounds()
    if first is not None and last is not None and first[0] > last[1]:
        when = partial.with_year(by.year - 1)
    return when


def span(when: When, until: When | None = None) -> tuple[date, date] | None:
    """First day of ``when`` to last day of ``until`` (or of ``when``); None if either is impossible or reversed."""
    first = when.bounds()
    last = first if until is None else until.bounds()
    if first is None or last is None or last[1] < first[0]:
        return None
    return first[0], last[1]


def finer(a: str, b: str) -> str:
    return a if PRECISIONS.index(a) <= PRECISIONS.index(b) else b


def quarter_number(written: str) -> int | None:
    """``II`` / ``2`` / ``02`` → 2; folded (lower-case) input."""
    if written in ROMAN:
        return ROMAN[written]
    if written.isdigit() and 1 <= int(written) <= 4:
        return int(written)
    return None
