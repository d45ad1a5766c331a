"""How a text relates to a document it cites, read from the words before it.

``tổng kết 20 năm thực hiện Nghị quyết …`` reviews, ``tiếp tục thực hiện``
continues, ``thực hiện/triển khai`` implements, ``thay thế`` replaces,
``sửa đổi, bổ sung`` amends, ``ban hành`` issues, ``theo``/``căn cứ`` cites as
authority (``per``). The
reviewing and continuing cues dominate the plain ``thực hiện`` inside them.
"""
from __future__ import annotations

import re

import regex

from gazetteers.refdata import type_for_word
from pipeline.normalize import key

# relation -> cue phrases (folded); earlier relations win when several cues share the clause
CUES: dict[str, tuple[str, ...]] = {
    "reviews": ("sơ kết", "tổng kết"),
    "continues": ("tiếp tục",),  # where it starts: the cue is ``_CONTINUES``
    "replaces": ("thay thế",),
    "amends": ("sửa đổi", "bổ sung"),
    # (``ban hành các văn bản quy định chi tiết Luật Đất đai``: what the issued texts do to the law)
    "implements": ("thực hiện", "triển khai", "quán triệt", "cụ thể hóa", "quy định chi tiết", "hướng dẫn thi hành"),
    "issues": ("ban hành",),
    # (``Xét Tờ trình số …``: a resolution's preamble; ``trên cơ sở dự toán được giao tại Quyết định số …``)
    "per": ("theo", "căn cứ", "xét", "trên cơ sở", "giao tại"),
}
WINDOW = 70
_BOUNDARY = regex.compile(r"[;:]|\.(?=\s)|\n|\(\d\)")
_DOMINANT = ("reviews", "continues", "replaces", "amends")
# the acts one document does to another (``ACT``'s groups): a cue of one followed by a nearer ``theo`` is an act done by
# that authority, to no document; a note saying one is the anchored document's act, not the report's
DOCUMENT_ACTS = frozenset({"replaces", "amends"})
# Every cue, a group per relation in the order of ``CUES``: where cues of two
# relations start at one offset the one reported is the one that would win anyway.
# (``tiếp tục đẩy mạnh thực hiện``, ``tiếp tục lãnh đạo, thực hiện tốt``: a word or three may stand between)
_CONTINUES = r"tiếp tục(?:[ \t\n,]+[^\W\d]+){0,3}?[ \t\n,]+(?:thực hiện|triển khai|quán triệt)"


def cue_alternation(rel: str) -> str:
    """One relation's cues as a pattern: its phrases, or ``_CONTINUES`` (what the single-pass ``_CUE`` is made of)."""
    return _CONTINUES if rel == "continues" else "|".join(regex.escape(c) for c in CUES[rel])


_CUE = regex.compile(r"(?<!\w)(?:" + "|".join(f"(?P<{rel}>{cue_alternation(rel)})" for rel in CUES) + r")(?!\w)")

# Where a cue may start: the bare words in ``re``, several times faster than ``regex`` trying the
# look-behind and the alternation at every offset; ``_CUE`` then runs at those offsets only.
_CUE_AT = re.compile("|".join(re.escape(c) for cues in CUES.values() for c in cues))


# ``Quyết định số 30/2022/QĐ-UBND được sửa đổi, bổ sung bởi Quyết định số 15/2023/QĐ-UBND``: what is done to a
# document the text names, by another, is no act of the citing text (it "amended" the second)
_PASSIVE = regex.compile(r"(?<!\w)(?:được|bị)[ \t\n]+(?:sửa[ \t\n]đổi[ \t\n]*,?[ \t\n]*)?\Z")
_PASSIVE_SENSITIVE = DOCUMENT_ACTS | {"issues"}
# ``Bộ Chính trị ban hành Nghị quyết 39``, ``tại thời điểm ban hành …``: an act of a central body, or the act as a
# time, is none of the citing text's (a district's review "issued" the Politburo's resolution)
_ANOTHERS_ACT = regex.compile(r"(?<!\w)(?:bộ chính trị|ban bí thư|trung ương(?:[ \t\n]+đảng)?|chính phủ|thủ tướng|quốc hội|"
                              r"thời[ \t\n]+điểm|ngày)(?:[ \t\n]+(?:đã|vừa|mới))?[ \t\n]+\Z")
# ``Đề nghị Chính phủ sửa đổi Nghị định số 29/2023/NĐ-CP``: asked for, not done
_PROPOSED = regex.compile(r"(?<!\w)(?:đề[ \t\n]+nghị|kiến[ \t\n]+nghị|đề[ \t\n]+xuất)(?!\w)")


def _not_the_texts_act(f: str, clause_start: int, cue: int, low: int, start: int) -> bool:
    """Whether an act cue at ``cue`` (amends, replaces, issues) is done to the document by another
    (``… được sửa đổi, bổ sung bởi``), by a central body, or only asked for, in the clause from ``clause_start``;
    or acts on something about the document (``cấp bổ sung 300 cuốn tài liệu về Nghị quyết số 42``: more copies of a
    book on it, nothing amended); or opens a bracket, an aside on what the document before it does (``Nghị định 29 (thay thế Nghị định 108)``);
    or is the act of the reference ending at ``low`` right before it (``Quy định số 296-QĐ/TW … thay thế Quy định
    số 22-QĐ/TW``: the report "replaced" 22)."""
    before = f[max(clause_start, cue - 30):cue]
    return (_PASSIVE.search(before) is not None or _ABOUT.search(f, cue, start) is not None or _ANOTHERS_ACT.search(before) is not None
            or _PROPOSED.search(f, clause_start, cue) is not None
            or f[clause_start:cue].rstrip().endswith("(")  # (not ``(Kế hoạch này thay thế …)``: the text's own act)
            or low > 0 and _ONLY_TENSE.fullmatch(f, low, cue) is not None)


_ABOUT = regex.compile(r"(?<!\w)về(?!\w)")
_ONLY_TENSE = regex.compile(r"[ \t\n,]*(?:(?:đã|vừa|sẽ|mới|cũng)[ \t\n]+)*")


# ``(Kèm theo Báo cáo số …)``: what is sent with the text is no authority it acts on (the forms ``ban hành kèm theo
# Thông tư số …`` are that circular's: ``theo`` it)
_ATTACHED = regex.compile(r"(?<!\w)(?<!ban[ \t\n]+hành[ \t\n]+)kèm[ \t\n]+\Z")


# The last boundary in one call: its alternatives are fixed strings that cannot overlap, so the match
# a reverse search finds first is the last one ``_BOUNDARY.finditer`` yields.
_LAST_BOUNDARY = regex.compile(r"(?r)" + _BOUNDARY.pattern)


def relation_before(f: str, start: int, low: int = 0) -> str:
    """Relation for a mention starting at ``start`` of folded text ``f``, from cue words after ``low``;
    ``unknown`` without a cue."""
    window_start = max(low, start - WINDOW)
    hit = _CUE_AT.search(f, window_start, start)
    if hit is None:
        return "unknown"  # no cue word in the window at all: the clause cannot hold one either
    last = _LAST_BOUNDARY.search(f, window_start, start)
    clause_start = last.end() if last else window_start
    if hit.start() < clause_start:
        hit = _CUE_AT.search(f, clause_start, start)
    latest: dict[str, int] = {}
    # (``… được Huyện ủy cụ thể hóa tại <ref>``: the cues from ``được`` on are the act of the document at ``start``)
    done_by = DONE_BY.search(f, clause_start, start)
    while hit is not None:
        if done_by is not None and hit.start() >= done_by.start():
            break  # (starts ascend: every later cue is inside it too)
        if (m := _CUE.match(f, hit.start(), start)) and not (
                m.lastgroup in _PASSIVE_SENSITIVE and _not_the_texts_act(f, clause_start, m.start(), low, start)) and not (
                m.lastgroup == "per" and _ATTACHED.search(f, max(0, m.start() - 8), m.start())):
            latest[m.lastgroup or ""] = m.start()  # starts ascend: the last one kept is the closest
        hit = _CUE_AT.search(f, hit.start() + 1, start)
    for rel in _DOMINANT:
        if rel in latest:
            if rel in DOCUMENT_ACTS and latest.get("per", -1) > latest[rel]:
                break  # ``điều tra bổ sung 03 vụ theo Nghị quyết số 96/2019/QH14``: the act is done by its authority, to no document
            return rel
    closest: tuple[int, str] | None = None
    for rel in ("implements", "issues", "per"):
        if rel in latest and (closest is None or latest[rel] > closest[0]):
            closest = (latest[rel], rel)
    return closest[1] if closest else "unknown"



_SENTENCE_END = regex.compile(r"\.(?=\s)|\n")


def sentence_ends_between(f: str, a: int, b: int) -> bool:
    """A full stop or a line break between two offsets: what follows starts another sentence."""
    return _SENTENCE_END.search(f, a, b) is not None


# An act one document does to another, its relation the group that matched (folded, as gaps are read by ``key``)
# (``điều chỉnh, bổ sung``: adjusting a document amends it, as ``Kết luận số 118-KL/TW`` does ``Chỉ thị số 35-CT/TW``)
ACT = r"(?:(?P<amends>(?:sửa đổi|điều chỉnh)(?:\s?,?\s?bổ sung)?|bổ sung)|(?P<replaces>thay thế))(?:\s(?:một số điều|một phần)"
# the act with the words that lead to the document it is done to (``thay thế một phần của``)
ACT_ON = ACT + r"(?:\s(?:của|tại))?)?\s?"
# ``Quyết định số 30/2022/QĐ-UBND … được sửa đổi, bổ sung bởi Quyết định số 15/2023/QĐ-UBND``, ``Kế hoạch số 612/KH-UBND
# … được Huyện ủy cụ thể hóa tại Kế hoạch số 45-KH/HU``: the document after ``bởi``/``tại``/``bằng`` does the act (its
# relation the group that matched) to the one before, whoever is named doing it between; the citing text does none
# (not ``được thực hiện theo Quyết định …``: the decision is the rule it is done by)
DONE_BY = regex.compile(r"(?<!\w)(?:được|bị)\s+(?:[^\W\d]+\s+){0,6}?(?:" + ACT + r")?\s+(?:bởi|tại|bằng|theo)"
                        r"|(?P<implements>" + cue_alternation("implements") + r")\s+(?:bởi|tại|bằng))\s*\Z")
# ``¹ Thay thế Nghị định số 47/2014/NĐ-CP …``, ``¹ Nghị định này thay thế …``: a note whose subject is "this
# document", or that has none, opens with what the document it is anchored after does
_NOTE_ACT = regex.compile(r"\s?(?:(?P<subject>[^\W\d]+(?:\s[^\W\d]+){0,2})\snày\s)?" + ACT_ON)


def note_act(opening: str) -> str | None:
    """The act (``replaces``, ``amends``) a note's words before its first reference (``opening``, as written) say
    the document it is anchored after does, as a bracket after it would (``Nghị định 88 (thay thế Nghị định 47)``):
    ``Thay thế``, ``Nghị định này thay thế``, ``Văn bản này sửa đổi, bổ sung``; None when they say anything else
    (``Đơn vị này bổ sung …`` is no document's act)."""
    m = _NOTE_ACT.fullmatch(key(opening))
    if m is None or m["subject"] and type_for_word(m["subject"]) is None:
        return None
    return "replaces" if m["replaces"] else "amends"


def note_done_by(opening: str) -> str | None:
    """The act (``amends``, ``replaces``, ``implements``) a note's words before its first reference (``opening``, as
    written) say that reference does to the document the note is anchored after, as ``DONE_BY`` reads it in a sentence
    (``A được sửa đổi, bổ sung bởi B``): ``¹ Được điều chỉnh, bổ sung tại Kết luận số 118-KL/TW …``; None when they
    say anything else."""
    m = DONE_BY.match(key(opening))
    return None if m is None else m.lastgroup or "amends"


_ANCHOR_GAP = regex.compile(r"[\s\"”’')\]]*")


def reaches_anchor(text: str, ends: tuple[int | None, ...], anchor: int) -> bool:
    """Whether a note's marker at ``anchor`` stands right after a reference or its subject (``ends``: where each
    ends, None for no subject): ``… Nghị định số 88/2024/NĐ-CP … khi Nhà nước thu hồi đất¹``, a closing quote or
    bracket between at most."""
    return any(end is not None and end <= anchor and _ANCHOR_GAP.fullmatch(text, end, anchor) is not None for end in ends)
