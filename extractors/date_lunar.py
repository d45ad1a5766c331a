"""Days of the Vietnamese lunar calendar (âm lịch): ``ngày 17 tháng Giêng năm Ất Tỵ``.

Reports date a festival, a call-up or a New Year's event by the lunar calendar, often beside the solar day
(``Sáng ngày 14/02/2025 (tức ngày 17 tháng Giêng năm Ất Tỵ)``). Its year is named in the sixty-year cycle of
stems and branches (can chi), so which year it is comes from the years the text names around it; its month
starts on the day of a new moon in Vietnam (UTC+7), and a thirteenth (leap) month, ``nhuận``, repeats the month
before it in a year whose solar terms leave one month without a major term. The conversion is ``lunar_vn``'s.
"""
from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from lunar_vn import LunarDate, solar_to_lunar
from lunar_vn import lunar_to_solar as _to_solar

# The ten stems and twelve branches, folded; a year's names are the stem of (year mod 10) and the branch of
# (year mod 12) (``Ất Tỵ`` is 2025, ``Giáp Thìn`` 2024), in both spellings reports use (``Tý``/``Tí``, ``Tỵ``/``Tị``).
_STEMS = ("canh", "tân", "nhâm", "quý|quí", "giáp", "ất", "bính", "đinh", "mậu", "kỷ|kỉ")  # year % 10 = 0 … 9
_BRANCHES = ("thân", "dậu", "tuất", "hợi", "tý|tí", "sửu", "dần", "mão|mẹo", "thìn", "tỵ|tị", "ngọ", "mùi")  # year % 12
# a month by its name: the first (``Giêng``) and the last (``Chạp``); the others by number
_MONTH_NAMES = {"giêng": 1, "chạp": 12}


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
    whose first month opens in solar ``year``), or None when that year has no such day (a leap month it lacks, a day
    30 of a 29-day month) or lies outside the calendar's range (1900–2100). ``lunar_vn`` computes Vietnam's calendar
    (UTC+7, Hồ Ngọc Đức's algorithm), which differs from China's in some years (Tết of 1968 and 1985)."""
    try:
        solar = _to_solar(LunarDate(day, month, year, leap))
        back = solar_to_lunar(solar)
    except ValueError:
        return None
    return solar if (back.day, back.month, back.year, back.leap) == (day, month, year, leap) else None
