"""The units vocabulary (``gazetteers/units.csv``) and qualifier words, as matchers.

Units live in a table rather than in patterns so that a new unit or counted
noun is one line of data. All matching runs on ``normalize.fold`` text, which
has the block's length, so a match's offsets cut the original spelling.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from pipeline.normalize import fold

# Dimensions whose unit is the written noun itself (a count keeps its noun).
COUNT_DIMENSIONS = frozenset({"count", "person", "household", "place", "classifier"})
MEASURE_DIMENSIONS = frozenset({"area", "length", "mass", "volume", "power", "energy", "age"})


@dataclass(frozen=True)
class Unit:
    surface: str  # folded form as listed
    unit: str  # normalized unit ('' for counts: the written noun is the unit)
    dimension: str
    factor: float


def _read_csv(name: str) -> list[dict[str, str]]:
    with resources.files("gazetteers").joinpath(name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _alternation(surfaces: list[str]) -> str:
    """Longest first, spaces matching any run of whitespace (line-wrapped text)."""
    parts = []
    for surface in sorted(surfaces, key=len, reverse=True):
        body = r"\s+".join(regex.escape(word) for word in surface.split(" "))
        if surface[-1].isalnum():
            body += r"(?![\p{L}\p{N}])"
        parts.append(body)
    return "|".join(parts)


@lru_cache(maxsize=None)
def units() -> dict[str, Unit]:
    table: dict[str, Unit] = {}
    for row in _read_csv("units.csv"):
        surface = " ".join(fold(row["surface"]).split())
        table[surface] = Unit(surface, row["unit"], row["dimension"], float(row["factor"] or 1))
    return table


@lru_cache(maxsize=None)
def _unit_pattern() -> regex.Pattern[str]:
    return regex.compile(_alternation(list(units())))


def match_unit(folded: str, pos: int) -> tuple[Unit, int] | None:
    """The longest listed unit starting exactly at ``pos`` and its end offset."""
    m = _unit_pattern().match(folded, pos)
    if not m:
        return None
    return units()[" ".join(m.group().split())], m.end()


@lru_cache(maxsize=None)
def qualifiers() -> dict[str, str | None]:
    return {" ".join(fold(r["surface"]).split()): (r["qualifier"] or None) for r in _read_csv("figure_qualifiers.csv")}


@lru_cache(maxsize=None)
def _qualifier_pattern() -> regex.Pattern[str]:
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + _alternation(list(qualifiers())) + r")\s*$")


def qualifier_before(folded: str, start: int) -> tuple[str | None, int]:
    """Qualifier written right before ``start`` and where the span should begin.

    Filler words (``tỷ lệ``) are skipped to reach a qualifier (``đạt tỷ lệ
    89,12%``); the qualifier nearest the number wins (``đạt khoảng 44`` is
    approximate, not merely reached).
    """
    begin = start
    found: str | None = None
    window_start = max(0, start - 40)
    for _ in range(3):
        m = _qualifier_pattern().search(folded, window_start, begin)
        if not m:
            break
        word = " ".join(m.group().split())
        qual = qualifiers()[word]
        if qual is None and found is None:
            begin = m.start()
            continue
        if qual is None or found is not None:
            break
        found = qual
        begin = m.start()
        break
    if found is None:
        return None, start
    return found, begin
