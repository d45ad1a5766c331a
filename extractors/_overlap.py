"""Choosing among overlapping dictionary hits, shared by the place and organisation matchers."""
from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def leftmost_longest(hits: list[tuple[int, int, T]]) -> list[tuple[int, int, T]]:
    """Non-overlapping hits, the leftmost first and the longest at each start.

    "Ủy ban nhân dân tỉnh" beats "Ủy ban" at the same place, and a hit that
    starts inside a chosen one is dropped, so a name is never read twice.
    """
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    chosen: list[tuple[int, int, T]] = []
    for hit in hits:
        if not chosen or hit[0] >= chosen[-1][1]:
            chosen.append(hit)
    return chosen
