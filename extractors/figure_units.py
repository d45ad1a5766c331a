"""The units vocabulary (``gazetteers/units.csv``) and qualifier words, as matchers.

Units live in a table rather than in patterns so that a new unit or counted
noun is one line of data. All matching runs on ``normalize.fold`` text, which
has the block's length, so a match's offsets cut the original spelling.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import Callable, Collection, TypeVar

from gazetteers import read_rows
from pipeline.normalize import fold

# Dimensions whose unit is the written noun itself (a count keeps its noun).
COUNT_DIMENSIONS = frozenset({"count", "person", "household", "place", "classifier", "document"})
MEASURE_DIMENSIONS = frozenset({"area", "length", "mass", "volume", "power", "energy", "temperature", "age", "data"})
# Shares, each its own kind: a percent (or per mille) is a level, a percentage point (``tăng 1,2 điểm phần
# trăm``) a change of one; neither takes a denominator, and ``/`` after one makes no rate.
SHARE_DIMENSIONS = frozenset({"percent", "points"})


_OPENERS = "(“\"'"


_T = TypeVar("_T")


def _repeats_last_answer(fn: Callable[[str, int], _T]) -> Callable[[str, int], _T]:
    """``fn`` answering a repeated question from memory: the prose scanner asks about the same
    text and offset twice in a row for a third of its numbers (the word before a number, its
    exclusion test then its figure; the noun after it, the unit chain then the counted noun).
    The same string object at the same offset has the same answer; nothing else is kept."""
    last: tuple[str | None, int, _T | None] = (None, -1, None)

    @wraps(fn)
    def answer(folded: str, pos: int) -> _T:
        nonlocal last
        if last[0] is folded and last[1] == pos:
            return last[2]  # type: ignore[return-value]
        found = fn(folded, pos)
        last = (folded, pos, found)  # one tuple, replaced whole: a reader never sees half of it
        return found
    return answer


@_repeats_last_answer
def last_word(folded: str, start: int) -> str | None:
    """The word right before ``start`` (spaces only in between), opening brackets dropped."""
    if start == 0 or folded[start - 1] not in " \t":
        return None
    parts = folded[max(0, start - 24):start].rsplit(None, 1)
    return parts[-1].lstrip(_OPENERS) if parts else None


def words_before(folded: str, start: int, limit: int = 4) -> list[tuple[str, int]]:
    """Up to ``limit`` words (with offsets) ending right before ``start``.

    Looking words up in sets is much cheaper than running end-anchored
    patterns backwards from every number. Only spaces may separate the last
    word from ``start``; an opening bracket or quote is not part of a word.
    """
    if start == 0 or folded[start - 1] not in " \t":
        return []
    low = max(0, start - 48, folded.rfind("\n", 0, start) + 1)
    parts = folded[low:start].rsplit(None, limit)
    if len(parts) > limit or (low > 0 and parts and not folded[low - 1].isspace() and folded[low:low + 1] == parts[0][:1]):
        parts = parts[1:]  # more words than asked for, or one cut in the middle
    words: list[tuple[str, int]] = []
    pos = start
    for word in reversed(parts):
        pos = folded.rfind(word, low, pos)
        words.append((word, pos))
    words.reverse()
    return words


def phrase_before(words: list[tuple[str, int]], table: Collection[str],
                  max_words: int = 3) -> tuple[str, int] | None:
    """The longest phrase of the last words found in ``table``, and its offset."""
    for k in range(min(max_words, len(words)), 0, -1):
        tail = words[-k:]
        first, offset = tail[0]
        stripped = first.lstrip(_OPENERS)  # "(trên 26 tỷ": the bracket is not the word
        offset += len(first) - len(stripped)
        first = stripped
        phrase = " ".join([first] + [w for w, _ in tail[1:]])
        if phrase in table:
            return phrase, offset
    return None


def lowered_noun(noun: str) -> str:
    """A counted noun out of the sentence case its cell or clause opens with (``Người``, ``Chi bộ``); ``HTX`` stays."""
    if noun[:1].isupper() and noun[1:] == noun[1:].lower():
        return noun[0].lower() + noun[1:]
    return noun


@dataclass(frozen=True)
class Unit:
    surface: str  # folded form as listed
    unit: str  # normalized unit ('' for counts: the written noun is the unit)
    dimension: str
    factor: float


def _alternation(surfaces: list[str]) -> str:
    """Longest first, spaces matching any run of whitespace (line-wrapped text)."""
    parts = []
    for surface in sorted(surfaces, key=len, reverse=True):
        body = r"\s+".join(re.escape(word) for word in surface.split(" "))
        if surface[-1].isalnum():
            body += r"(?![^\W_])"  # no letter or digit next: ``re``'s \w less "_" (``re`` is the faster here)
        parts.append(body)
    return "|".join(parts)


@lru_cache(maxsize=None)
def units() -> dict[str, Unit]:
    table: dict[str, Unit] = {}
    for row in read_rows("units.csv"):
        surface = " ".join(fold(row["surface"]).split())
        table[surface] = Unit(surface, row["unit"], row["dimension"], float(row["factor"] or 1))
    return table


@lru_cache(maxsize=None)
def _unit_patterns() -> dict[str, re.Pattern[str]]:
    """The units alternation split by first character: a match starts with its surface's first
    character, so only that group can match, and trying its dozen branches instead of all 160
    halves a call. Each group keeps the longest-first order."""
    groups: dict[str, list[str]] = {}
    for surface in units():
        groups.setdefault(surface[0], []).append(surface)
    return {first: re.compile(_alternation(surfaces)) for first, surfaces in groups.items()}


@_repeats_last_answer
def match_unit(folded: str, pos: int) -> tuple[Unit, int] | None:
    """The longest listed unit starting exactly at ``pos`` and its end offset."""
    pattern = _unit_patterns().get(folded[pos:pos + 1])
    if pattern is None:
        return None  # a comma, a digit, the block's end: most calls, and no alternation to try
    m = pattern.match(folded, pos)
    if not m:
        return None
    surface = " ".join(m.group().split())
    *head, last = surface.split(" ")
    if head and last in _FIRST_HALVES and folded.startswith(_FIRST_HALVES[last], m.end()):
        # ``326 hộ dân tộc Brâu``: households of an ethnic group, no ``hộ dân`` (its ``dân`` is ``dân tộc``'s)
        shorter = " ".join(head)
        if shorter in units():
            written = m.group().rstrip()
            return units()[shorter], m.start() + len(written[:len(written) - len(last)].rstrip())
    return units()[surface], m.end()


# a unit's last word that may open a word of two (``dân tộc``, ``dân quân``): the unit then ends before it
_FIRST_HALVES = {"dân": (" tộc", " quân", " vận", " chủ", " số", " dụng", " sự")}


@lru_cache(maxsize=None)
def qualifiers() -> dict[str, str | None]:
    return {" ".join(fold(r["surface"]).split()): (r["qualifier"] or None) for r in read_rows("figure_qualifiers.csv")}


@lru_cache(maxsize=None)
def _qualifier_last_words() -> frozenset[str]:
    return frozenset(phrase.split()[-1] for phrase in qualifiers())


@lru_cache(maxsize=None)
def _signs() -> dict[str, str]:
    """Qualifiers of one sign (``≥``, ``<``), which may touch the number they qualify."""
    return {surface: q for surface, q in qualifiers().items() if q and len(surface) == 1 and not surface.isalnum()}


@lru_cache(maxsize=None)
def qualifier_phrases() -> frozenset[tuple[str, ...]]:
    """The qualifiers proper (not the fillers), as words: before a number they are its own
    (``trẻ em [dưới 6 tuổi]``, ``tầm soát [ít nhất 5 bệnh]``), never the end of a phrase before it."""
    return frozenset(tuple(phrase.split()) for phrase, qualifier in qualifiers().items() if qualifier)


def qualifier_before(folded: str, start: int, last: str | None) -> tuple[str | None, int]:
    """Qualifier written right before ``start`` and where the span should begin.

    Filler words (``tỷ lệ``) are skipped to reach a qualifier (``đạt tỷ lệ
    89,12%``); the qualifier nearest the number wins (``đạt khoảng 44`` is
    approximate, not merely reached). ``last`` is ``last_word(folded, start)``,
    which the caller needs too: read once.
    """
    table = qualifiers()
    sign = _signs().get(folded[start - 1]) if start and not folded[start - 1].isalnum() else None
    if sign is not None:
        return sign, start - 1  # ``≥95%``: a sign written against the number
    if last not in _qualifier_last_words():
        return None, start
    words = words_before(folded, start, limit=6)
    for _ in range(3):
        found = phrase_before(words, table)
        if found is None:
            return None, start
        phrase, offset = found
        if table[phrase] is not None:
            return table[phrase], offset
        words = [w for w in words if w[1] < offset]  # a filler: look further back
    return None, start


# A plan's or budget's value named right before its number: ``(kế hoạch 3,0%)``, ``dự toán giao 6.120 tỷ đồng``
# (a past term's aim beside its result: ``đạt 7,2%/năm (Nghị quyết đề ra 7-7,5%/năm)``, ``(NQ: 7,5%)``; the resolution by
# its abbreviation alone, as reports set it beside a result: ``đạt 94,2% (NQ 92%)``, ``đạt 84,6%/NQ trên 90%``)
PLANNED_VALUE = re.compile(r"(?<!\w)(?:(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu)(?:\s+(?:năm(?:\s+\d{4})?|giao|đề\s+ra|được\s+giao|là))*"
                           r"|nghị\s+quyết(?:\s+đề\s+ra|\s*(?=:))|nq(?:\s+đề\s+ra)?)\s*:?\s*"
                           r"(?:(?:trên|dưới|khoảng|từ|ít\s+nhất|tối\s+thiểu)\s+)?\Z")  # (its bound: ``(NQ trên 90%)``)


# ``Số giường bệnh/vạn dân``, ``số bác sĩ trên 10.000 dân``, ``tỷ suất … /1.000 dân``: a count per so many
# people, written in the name of what is counted, before the number, as health and population reports do
_PER_PEOPLE = re.compile(r"(?:/|[ \t]+(?:trên|mỗi)[ \t]+)[ \t]*(?:1[ \t]+)?(vạn|\d{1,3}(?:\.\d{3})+|nghìn|ngàn)"
                         r"[ \t]+(?:dân|người)(?:[ \t]+dân)?(?!\w)")
PEOPLE_BASE = {"vạn": "10.000", "nghìn": "1.000", "ngàn": "1.000"}
# between that name and its number: nothing, a colon, or the verb that gives the value
_TO_VALUE = re.compile(r"[ \t]*(?::|(?:ước[ \t]+)?(?:đạt|là|có)|bình[ \t]+quân)?[ \t]*")


def per_people(folded: str, low: int = 0, high: int | None = None, up_to_value: bool = False) -> tuple[int, str] | None:
    """Where a per-people denominator starts in ``folded[low:high]`` and what it is, ``/10.000 dân``
    (``vạn`` and ``nghìn`` as digits); with ``up_to_value``, only one the number at ``high`` follows
    (``số bác sĩ/vạn dân đạt 10,2``). The first cheap test: most text names no such number of people."""
    high = len(folded) if high is None else high
    span = folded[low:high]
    if "vạn" not in span and ".000" not in span and "nghìn" not in span and "ngàn" not in span:
        return None
    found = None
    for m in _PER_PEOPLE.finditer(folded, low, high):
        found = m
    if found is None or up_to_value and not _TO_VALUE.fullmatch(folded, found.end(), high):
        return None
    return found.start(), f"/{PEOPLE_BASE.get(found.group(1), found.group(1))} dân"
