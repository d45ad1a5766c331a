"""How a text relates to a document it cites, read from the words before it.

``tổng kết 20 năm thực hiện Nghị quyết …`` reviews, ``tiếp tục thực hiện``
continues, ``thực hiện/triển khai`` implements, ``thay thế`` replaces,
``sửa đổi, bổ sung`` amends, ``ban hành`` issues, ``theo``/``căn cứ`` cites as
authority (``per``). The
reviewing and continuing cues dominate the plain ``thực hiện`` inside them.
"""
from __future__ import annotations

import regex

# relation -> cue phrases (folded); earlier relations win when several cues share the clause
CUES: dict[str, tuple[str, ...]] = {
    "reviews": ("sơ kết", "tổng kết"),
    "continues": ("tiếp tục thực hiện", "tiếp tục triển khai", "tiếp tục quán triệt"),
    "replaces": ("thay thế",),
    "amends": ("sửa đổi", "bổ sung"),
    "implements": ("thực hiện", "triển khai", "quán triệt", "cụ thể hóa"),
    "issues": ("ban hành",),
    "per": ("theo", "căn cứ"),
}
WINDOW = 70
_BOUNDARY = regex.compile(r"[;:]|\.(?=\s)|\n|\(\d\)")
_PATTERNS = {rel: regex.compile(r"(?<!\w)(?:" + "|".join(regex.escape(c) for c in cues) + r")(?!\w)") for rel, cues in CUES.items()}


def relation_before(f: str, start: int) -> str:
    """Relation for a mention starting at ``start`` of folded text ``f``; ``unknown`` without a cue."""
    window_start = max(0, start - WINDOW)
    last = None
    for last in _BOUNDARY.finditer(f, window_start, start):
        pass
    clause_start = last.end() if last else window_start
    closest: tuple[int, str] | None = None
    for rel in ("reviews", "continues", "replaces", "amends"):
        if _PATTERNS[rel].search(f, clause_start, start):
            return rel
    for rel in ("implements", "issues", "per"):
        for m in _PATTERNS[rel].finditer(f, clause_start, start):
            if closest is None or m.start() > closest[0]:
                closest = (m.start(), rel)
    return closest[1] if closest else "unknown"
