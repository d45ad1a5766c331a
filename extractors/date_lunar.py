"""Days of the Vietnamese lunar calendar (âm lịch): ``ngày 17 tháng Giêng năm Ất Tỵ``.

Reports date a festival, a call-up or a New Year's event by the lunar calendar, often beside the solar day
(``Sáng ngày 14/02/2025 (tức ngày 17 tháng Giêng năm Ất Tỵ)``). Its year is named in the sixty-year cycle of
stems and branches (can chi), so which year it is comes from the years the text names around it; its month
starts on the day of a new moon in Vietnam (UTC+7), and a thirteenth (leap) month, ``nhuận``, repeats the month
before it in a year whose solar terms leave one month without a major term. The new moons and the sun's longitude
are those of Meeus, *Astronomical Algorithms* (1998), as the Vietnamese calendar is computed.
"""
from __future__ import annotations

import math
import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

# The ten stems and twelve branches, folded; a year's names are the stem of (year mod 10) and the branch of
# (year mod 12) (``Ất Tỵ`` is 2025, ``Giáp Thìn`` 2024), in both spellings reports use (``Tý``/``Tí``, ``Tỵ``/``Tị``).
_STEMS = ("canh", "tân", "nhâm", "quý|quí", "giáp", "ất", "bính", "đinh", "mậu", "kỷ|kỉ")  # year % 10 = 0 … 9
_BRANCHES = ("thân", "dậu", "tuất", "hợi", "tý|tí", "sửu", "dần", "mão|mẹo", "thìn", "tỵ|tị", "ngọ", "mùi")  # year % 12
# a month by its name: the first (``Giêng``) and the last (``Chạp``); the others by number
_MONTH_NAMES = {"giêng": 1, "chạp": 12}
_TIMEZONE = 7  # hours east of Greenwich: the calendar's meridian
_SYNODIC = 29.530588853  # days from one new moon to the next
_K0 = 2415021.076998695  # the first new moon of 1900 (Julian day): new moon k is k synodic months after it


def _names(group: str, spellings: tuple[str, ...]) -> str:
    """One named group for each name (``s4`` for ``giáp``): which matched says the year's remainder."""
    return "|".join(f"(?P<{group}{i}>{spelling})" for i, spelling in enumerate(spellings))


# ``ngày 17 tháng Giêng năm Ất Tỵ``, ``ngày mùng 10 tháng 3 năm Giáp Thìn``, ``ngày 01 tháng 4 nhuận năm Quý Mão``
LUNAR_DAY = re.compile(r"(?<!\w)(?:ngày\s+(?:(?:mùng|mồng)\s+)?|(?:mùng|mồng)\s+)(?P<d>\d{1,2})\s+tháng\s+"
                       r"(?P<m>\d{1,2}|giêng|chạp)(?P<leap>\s+nhuận)?\s*,?\s+năm\s+(?:" + _names("s", _STEMS) + r")\s+(?:"
                       + _names("b", _BRANCHES) + r")(?!\w)")


class LunarDay(NamedTuple):
    """A lunar day as written: its year by its place in the sixty-year cycle (``cycle``: the solar year mod 60
    of the year it names), its month (``leap`` for the repeated one) and day."""

    cycle: int
    month: int
    day: int
    leap: bool

    def solar(self, near: int) -> date | None:
        """The solar day, in the lunar year of its name nearest the year ``near`` (the one the text is about);
        None for a day or leap month the year has not."""
        year = near + (self.cycle - near) % 60
        if year - near > 30:
            year -= 60
        return lunar_to_solar(year, self.month, self.day, self.leap)


def lunar_day(m: re.Match[str]) -> LunarDay | None:
    """The day a ``LUNAR_DAY`` match names, or None for a month or day no calendar has (``tháng 13``)."""
    written = m["m"]
    month = _MONTH_NAMES.get(written) or int(written)
    day = int(m["d"])
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    stem = next(i for i in range(10) if m[f"s{i}"])
    branch = next(i for i in range(12) if m[f"b{i}"])
    cycle = next(y for y in range(60) if y % 10 == stem and y % 12 == branch) if (stem - branch) % 2 == 0 else None
    return LunarDay(cycle, month, day, m["leap"] is not None) if cycle is not None else None  # (``Giáp Sửu``: none)


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> date | None:
    """The solar day of day ``day`` of month ``month`` (``leap``: its leap repeat) of lunar year ``year`` (the one
    whose first month opens in solar ``year``), or None when that year has no such day."""
    if month < 11:
        eleventh, next_eleventh = _month_11(year - 1), _month_11(year)
    else:
        eleventh, next_eleventh = _month_11(year), _month_11(year + 1)
    k = math.floor(0.5 + (eleventh - _K0) / _SYNODIC)
    offset = (month - 11) % 12
    if next_eleventh - eleventh > 365:  # thirteen months from one eleventh month to the next: one of them is leap
        leap_offset = _leap_month_offset(eleventh)
        leap_month = (leap_offset - 2) % 12 or 12  # (the month it repeats)
        if leap and month != leap_month:
            return None
        if leap or offset >= leap_offset:
            offset += 1
    elif leap:
        return None
    first, following = _new_moon_day(k + offset), _new_moon_day(k + offset + 1)
    if day > following - first:
        return None  # a day 30 of a 29-day month
    return _from_julian(first + day - 1)


def _julian(day: date) -> int:
    return day.toordinal() + 1721425  # (1 January 2000 is Julian day 2451545)


def _from_julian(jd: int) -> date:
    return date.fromordinal(jd - 1721425)


@lru_cache(maxsize=None)
def _new_moon_day(k: int) -> int:
    """The Julian day, in Vietnam's time, of the ``k``-th new moon after the first of 1900."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    rad = math.pi / 180
    jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * rad)
    sun = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * rad  # the sun's mean anomaly
    moon = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * rad  # the moon's
    lat = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * rad  # the moon's argument of latitude
    correction = ((0.1734 - 0.000393 * t) * math.sin(sun) + 0.0021 * math.sin(2 * sun)
                  - 0.4068 * math.sin(moon) + 0.0161 * math.sin(2 * moon) - 0.0004 * math.sin(3 * moon)
                  + 0.0104 * math.sin(2 * lat) - 0.0051 * math.sin(sun + moon) - 0.0074 * math.sin(sun - moon)
                  + 0.0004 * math.sin(2 * lat + sun) - 0.0004 * math.sin(2 * lat - sun)
                  - 0.0006 * math.sin(2 * lat + moon) + 0.0010 * math.sin(2 * lat - moon) + 0.0005 * math.sin(sun + 2 * moon))
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return math.floor(jd + correction - delta_t + 0.5 + _TIMEZONE / 24)


def _major_term(jd: int) -> int:
    """Which twelfth of the ecliptic (0 … 11, from the spring equinox) the sun is in at the start of day ``jd`` in
    Vietnam: a month in which it does not change holds no major term."""
    t = (jd - 2451545.5 - _TIMEZONE / 24) / 36525
    t2 = t * t
    rad = math.pi / 180
    anomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * rad
    mean = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    centre = ((1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(anomaly)
              + (0.019993 - 0.000101 * t) * math.sin(2 * anomaly) + 0.000290 * math.sin(3 * anomaly))
    return math.floor(((mean + centre) % 360) / 30)


@lru_cache(maxsize=None)
def _month_11(year: int) -> int:
    """The first day (Julian) of the lunar month holding the winter solstice of solar ``year``: the eleventh."""
    k = math.floor((_julian(date(year, 12, 31)) - _K0) / _SYNODIC)
    day = _new_moon_day(k)
    return _new_moon_day(k - 1) if _major_term(day) >= 9 else day


def _leap_month_offset(eleventh: int) -> int:
    """How many months after the eleventh month starting on ``eleventh`` the leap month is: the first whose
    start finds the sun in the same twelfth as the next month's start (no major term in it)."""
    k = math.floor(0.5 + (eleventh - _K0) / _SYNODIC)
    i = 1
    term = _major_term(_new_moon_day(k + i))
    while True:
        last, i = term, i + 1
        term = _major_term(_new_moon_day(k + i))
        if term == last or i >= 14:
            return i - 1
