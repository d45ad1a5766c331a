"""Choosing among overlapping dictionary hits, shared by the place and organisation matchers."""
from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def leftmost_longest(hits: list[tuple[int, int, T]]) -> list[tuple[int, int, T]]:
    """Non-overlapping hits, the leftmost first and the longest at each start.

    "Ủy ban nhân dân tỉnh" beats "Ủy ban" at the same place, and a hit that
    starts inside a chosen one is dropped, so a name is never read twice.
    """
    longest: dict[int, tuple[int, int, T]] = {}  # start → its longest hit, the first of equals
    for hit in hits:
        best = longest.get(hit[0])
        if best is None or hit[1] > best[1]:
            longest[hit[0]] = hit
    chosen: list[tuple[int, int, T]] = []
    end = 0
    for start in sorted(longest):  # plain ints: a sort with a key function costs several times more
        if not chosen or start >= end:
            chosen.append(longest[start])
            end = longest[start][1]
    return chosen
