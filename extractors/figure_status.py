"""Whether a figure is a target, an estimate, or stated as done: ``figures.status``.

Archives hold as many plans, resolutions and congress reports as reviews, and
their figures look alike: ``GRDP bình quân đầu người đạt 85 triệu đồng`` is a
target in a resolution's Điều 1 and a result in a review. The wording tells them
apart, so the nearest cue before the figure in its sentence decides
(``gazetteers/figure_status.csv``: ``phấn đấu``, ``chỉ tiêu`` … for targets,
``ước`` … for estimates, ``đã`` … for what was done; a name holding a cue word,
``Chương trình mục tiêu quốc gia``, is no cue, nor is the base a figure is
compared with, ``so với ước thực hiện năm 2024``), reaching across the ``;``
of a list and back to a line that opens the list with a colon (``Các chỉ tiêu
chủ yếu:``); in a table, the column's label, then the row's (``Kế hoạch 2025``,
``Ước thực hiện``, ``Thực hiện``); failing both, a figure dated after the report
was issued is a target. Without a cue the status is null: stated as done.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Any

from gazetteers import read_rows
from extractors.figure_context import SENTENCE_END_OVER_LISTS, lead_of
from extractors.figure_units import PLANNED_VALUE
from extractors.number_parse import NUMBER_WORDS
from extractors.sections import open_headings, title_start
from pipeline.models import Block, Document
from pipeline.normalize import fold, text_cache

_DIGIT = re.compile(r"\d")
_AFTER_NUMBER = re.compile(r"\d[\d.,/]*\s*%?\s+\Z")  # (``đạt 112,5% chỉ tiêu``: the base of a share)
# a number in words before the noun (``có ba chỉ tiêu không đạt``, ``hai mươi hai chỉ tiêu đạt``), or a topic's ``về``
# (``15 ý kiến về chỉ tiêu kinh tế, 8 ý kiến về …``): the noun is counted or talked of, no cue
_NOUN_NOT_CUE = re.compile(r"(?<!\w)(?:(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|mươi|mốt|lăm|trăm)|về(?:\s+(?:các|những))?)\s+\Z")
_COMPARED = re.compile(r"(?<!\w)so\s+với\s+\Z")  # ``tăng 5,3% so với ước thực hiện``: the base's status
_NOUNS = frozenset({"chỉ tiêu", "mục tiêu", "kế hoạch", "dự toán"})
_WINDOW = 700  # a sentence's reach back: list items after their lead line are each their own block


@lru_cache(maxsize=1)
def _cues() -> tuple[dict[str, str | None], dict[str, str | None], re.Pattern[str]]:
    """(prose cues, label cues, the pattern finding any of them) from the data file."""
    prose: dict[str, str | None] = {}
    label: dict[str, str | None] = {}
    for row in read_rows("figure_status.csv"):
        surface, status = " ".join(fold(row["surface"]).split()), row["status"] or None
        if row["where"] in ("any", "prose"):
            prose[surface] = status
        if row["where"] in ("any", "label"):
            label[surface] = status
    words = sorted(set(prose) | set(label), key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)")
    return prose, label, pattern


@text_cache(maxsize=4096)
def _marks(folded: str) -> tuple[list[int], list[tuple[int, str]]]:
    """A block's sentence ends, and its cues as (end, cue), both in order: read once per block, then
    looked up by bisection for each of its figures."""
    _, _, pattern = _cues()
    ends = [m.end() for m in SENTENCE_END_OVER_LISTS.finditer(folded)]
    cues = [(m.end(), " ".join(m.group().split())) for m in pattern.finditer(folded)]
    return ends, cues


def _last_cue(folded: str, low: int, high: int, table: dict[str, str | None],
              among_aims: bool = False) -> tuple[bool, str | None]:
    """Whether a cue of ``table`` ends within ``low:high`` of ``folded``, and the status of the last one;
    ``among_aims`` (in a section of targets), ``kết quả`` is none: the results aimed at."""
    _, cues = _marks(folded)
    i = bisect_right(cues, (high, "\uffff"))
    while i > 0 and cues[i - 1][0] > low:
        i -= 1
        key = cues[i][1]
        begin = cues[i][0] - len(key)
        if begin < low:
            break
        if key in _NOUNS and (_AFTER_NUMBER.search(folded[max(0, begin - 24):begin])
                              or _NOUN_NOT_CUE.search(folded[max(0, begin - 16):begin])):
            continue  # ``14/18 chỉ tiêu``, ``ba chỉ tiêu``: a noun a number counts, no cue; ``về chỉ tiêu …``: a topic
        if key in _NOUNS and (own := _OWN_VALUE.match(folded, cues[i][0])) is not None and own.end() <= high:
            continue  # ``(… đạt 69,2%, chỉ tiêu 75%; số lớp dạy nghề đạt 85,7% …)``: the target named its own value only
        if key in _NOUNS and _COMPLETED.search(folded, max(0, begin - 32), begin):
            continue  # ``cơ bản hoàn thành các chỉ tiêu; 12/14 …``, ``vượt kế hoạch 6,5%``: targets met, no cue (a cue
            # before it still is one)
        if key in _NOUNS and _GIVEN_TO.search(folded, cues[i][0], high + 1):
            continue  # ``giao chỉ tiêu kế hoạch sản xuất cho 15 xã, thị trấn; thành lập 03 đoàn``: those it was given to
        if table.get(key, "") == "name" or _COMPARED.search(folded, max(0, begin - 12), begin) or _bracketed(folded, begin, high):
            continue  # a name holding a cue word (``Chương trình mục tiêu quốc gia``), a comparison's base, an aside
        if among_aims and key == "kết quả":
            continue  # ``Tỷ lệ kết quả giải quyết thủ tục hành chính đạt 100%`` among targets: what is measured
        if table.get(key) == "estimate" and _past_own_clause(folded, low, begin, cues[i][0], high):
            continue  # ``… ước đạt 6,35 tỷ đồng; tỷ lệ hộ nghèo giảm còn 8,42%``: an estimate is its own clause's (an aim
            # reaches over the ``;``s of its list, and so does an estimate leading one: ``… ước đạt và vượt kế hoạch như:``)
        if key in _NOUNS and any(k == "kết quả" and e <= begin and e - len(k) >= low for e, k in cues[:i]):
            return True, None  # ``Kết quả thực hiện các chỉ tiêu …: 14/18``: results on the targets
        if key in table:
            return True, table[key]
    return False, None


def _past_own_clause(folded: str, low: int, begin: int, cue_end: int, high: int) -> bool:
    """A cue after its clause's subject (``tổng thu ngân sách … ước đạt 6,35 tỷ đồng``), with a ``;`` between it and
    ``high``: the cue is that clause's. One opening its clause reaches the items after it (``Năm 2025 ước đạt 7,2%;
    tỷ lệ hộ nghèo giảm 1,3%``), and so does one leading a list with its colon (``Ước thực hiện cả năm …; cụ thể:``)."""
    between = folded[cue_end:high]
    if ";" not in between or ":" in between or _PARTS_AFTER.search(between):
        return False  # (``… ước đạt 88.620 tỷ đồng; trong đó doanh thu bán lẻ đạt …``: the estimate's own parts)
    clause = folded[max(low, folded.rfind(";", low, begin) + 1):begin]
    return len(clause.split()) > _OPENING_WORDS


_PARTS_AFTER = re.compile(r";\s*(?:trong\s+đó|gồm|bao\s+gồm|cụ\s+thể)(?!\w)")
_OPENING_WORDS = 2  # ``Năm 2025 ước …``, ``Cả năm ước …``: a time, then the cue


_OWN_VALUE = re.compile(r"[ \t]+(?:(?:trên|dưới|từ|khoảng|đạt)[ \t]+)?(?!(?:19|20)\d\d(?![\d.,]))\d[\d.,]*")  # (a year is no value)
# a target handed to units counted after it: what follows is done with them, not aimed at
_GIVEN_TO = re.compile(r"(?<!\w)cho\s+\d")
# (and a comparison with it: ``cao hơn chỉ tiêu 6,2 điểm phần trăm``, ``thấp hơn kế hoạch 2%``)
_PASSED = re.compile(r"(?<!\w)(?<!chưa\s)(?<!không\s)(?:đạt|vượt|(?:cao|thấp)\s+hơn)(?:\s+và\s+vượt)?\s+\Z")
_COMPLETED = re.compile(r"(?<!\w)(?:hoàn\s+thành|đạt|vượt)(?:\s+(?:tốt|các|toàn\s+bộ|hầu\s+hết|cơ\s+bản|và\s+vượt))*\s+\Z")


def _bracketed(folded: str, begin: int, high: int) -> bool:
    """A cue inside brackets closed before ``high`` (``đạt 91,1% (chỉ tiêu giao trên 80%); triệt xóa 03 ổ nhóm``):
    an aside on what came before, no cue for what follows."""
    close = folded.find(")", begin, high)
    return close >= 0 and folded.rfind("(", 0, begin) > folded.rfind(")", 0, begin)


def _nearest(folded: str, table: dict[str, str | None]) -> tuple[bool, str | None]:
    """Whether ``folded`` (a label, a lead line) holds a cue of ``table``, and the status of the last one."""
    return _last_cue(folded, 0, len(folded), table)


def _opening_cue(folded: str, table: dict[str, str | None]) -> tuple[bool, str | None]:
    """Whether the last sentence of a list's lead line (the one its colon ends) holds a cue of ``table``, and the
    status of the last one: ``… Ước thực hiện cả năm đạt 10.740,0 tỷ đồng. Trong đó:`` says nothing of its items."""
    ends, _ = _marks(folded)
    i = bisect_left(ends, len(folded.rstrip()))
    return _last_cue(folded, ends[i - 1] if i else 0, len(folded), table)


def in_prose(doc: Document, block: Block, start: int, end: int) -> str | None:
    """A prose figure's status from its sentence up to its number (``ước đạt 7,2%``: the words the figure
    opens with count; its noun does not: ``14/18 chỉ tiêu đạt`` counts targets met, it is none), else from
    the line that opens its list."""
    prose, _, _ = _cues()
    folded = block.folded
    digit = _DIGIT.search(folded, start, end) or NUMBER_WORDS.search(folded, start, end)  # (``ba chỉ tiêu``: in words)
    end = digit.start() if digit else end
    ends, _ = _marks(folded)
    i = bisect_right(ends, start)
    low = max(ends[i - 1] if i else 0, start - _WINDOW)
    planned = PLANNED_VALUE.search(folded, max(low, end - 32), end)
    if planned and _PASSED.search(folded, max(0, planned.start() - 16), planned.start()):
        planned = None  # ``vượt kế hoạch 6,5%``: by how much the plan was passed, a result (``chưa đạt chỉ tiêu 80%``: 80%)
    if not planned and "đề ra" in folded[max(low, end - 60):end]:
        planned = _SET_OUT.search(folded, max(low, end - 160), end)
    if planned or not _RATIO_AT.match(folded, end) and _GIVEN_TARGET.search(folded, max(low, end - 100), end) \
            or "dự toán" in folded[max(low, end - 120):end] and _ASSIGNED_BUDGET.search(folded, max(low, end - 120), end):
        return "target"  # ``ước đạt 3,2%, vượt kế hoạch đề ra (kế hoạch 3,0%)``: the planned value, not an estimate
    found, status = _last_cue(folded, low, end, prose)
    section: str | None = ""
    if found and status is None and (section := section_status(doc, block)) in ("target", "proposed"):
        # among a plan's aims, results named inside what is measured are aimed at too
        found, status = _last_cue(folded, low, end, prose, among_aims=True)
    if not found and low == (ends[i - 1] if i else 0):  # the sentence opens the block: it may be a list's item
        lead = lead_of(doc, block)
        if lead is not None:
            found, status = _opening_cue(lead.folded, prose)  # ``Các chỉ tiêu chủ yếu:`` over its list items
    if not found:
        status = section_status(doc, block) if section == "" else section
    return status


# ``Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2020 - 2025 đề ra kết nạp 60 đảng viên``: what a plan set out to do, its
# verb between ``đề ra`` and the number
_SET_OUT = re.compile(r"(?<!\w)(?:nghị\s+quyết|kế\s+hoạch|chương\s+trình|đề\s+án)(?!\w)[^.;:()]{0,100}?\sđề\s+ra"
                      r"(?:\s+(?!đạt|vượt|được)[^\W\d_]+){1,6}\s*:?\s*\Z")


# ``Dự toán chi sự nghiệp y tế năm 2026 được giao 1.385,2 tỷ đồng``: the budget assigned, named before its value (past
# the year it is for, ``Dự toán tỉnh giao năm 2024 là …``, and the decision that assigned it: ``dự toán HĐND xã giao
# tại Nghị quyết số 15/NQ-HĐND là …``)
_ASSIGNED_BUDGET = re.compile(r"(?<!\w)dự\s+toán(?!\w)[^.;:()]{0,90}?(?:được\s+)?giao(?:\s+năm\s+\d{4})?"
                              r"(?:\s+(?:tại|theo)\s+(?:nghị\s+quyết|quyết\s+định|văn\s+bản|công\s+văn|thông\s+báo)"
                              r"[^.;:(),]{0,50}?)?\s*:?\s*(?:là\s+)?\Z")


# (not a share in brackets: ``đạt 71,4% kế hoạch năm (1.356/1.899 trẻ)``, done over planned, is the result)
_RATIO_AT = re.compile(r"\d[\d.,]*\s*/\s*\d")
# ``đạt và vượt chỉ tiêu Bộ Công an giao (trên 75%)``, ``bằng 77,6% dự toán Hội đồng nhân dân tỉnh giao (32.450 tỷ
# đồng)``, ``đạt 84,4% kế hoạch (180 triệu đồng)``: the target's value, in brackets after the plan or who set it
_GIVEN_TARGET = re.compile(r"(?<!\w)(?:chỉ\s+tiêu|dự\s+toán|kế\s+hoạch)(?:\s+năm(?:\s+\d{4})?)?"
                           r"(?:(?:\s+[^\s(),;.]+){0,10}?\s+(?:giao|đề\s+ra))?"
                           r"\s*\(\s*(?:(?:trên|dưới|khoảng|ít\s+nhất|tối\s+thiểu|từ)\s+)?\Z")


# A section's first words: what is planned (``V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025``, ``2. Nhiệm vụ, giải pháp``), asked
# for (``IV. KIẾN NGHỊ, ĐỀ XUẤT``), or done (``I. KẾT QUẢ …``, ``I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ …``); other headings
# (``1. Lĩnh vực nông nghiệp``) are of the section above.
_SECTION_KINDS = (
    ("target", re.compile(r"(?:phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|giải\s+pháp|định\s+hướng|"
                          r"dự\s+kiến)(?!\w)")),  # (``III. DỰ KIẾN KINH PHÍ``: what it will cost)
    ("proposed", re.compile(r"(?:kiến\s+nghị|đề\s+xuất|đề\s+nghị)(?!\w)")),
    ("done", re.compile(r"(?:kết\s+quả|tình\s+hình|đánh\s+giá|công\s+tác\s+chỉ\s+đạo)(?!\w)")),
)


# a quantifier before the section's noun says nothing of its kind: ``III. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM``,
# ``Điều 2. Các giải pháp thực hiện``, ``II. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC``
_QUANTIFIER = re.compile(r"(?:một\s+số|các|những)\s+")


@lru_cache(maxsize=4096)
def _section_kind(folded: str) -> str:
    at = title_start(folded) or 0  # (a part's title on the line under its number has none)
    if quantifier := _QUANTIFIER.match(folded, at):
        at = quantifier.end()
    return next((k for k, pattern in _SECTION_KINDS if pattern.match(folded, at)), "")


def section_status(doc: Document, block: Block) -> str | None:
    """A body block's status by the innermost section heading over it that says one (``target``, ``proposed``,
    or None for what was done)."""
    if _CLOSING.match(block.folded):
        return None  # ``Trên đây là báo cáo tổng kết 5 năm …``: the report's closing words, in no section of it
    headings = list(reversed(open_headings(doc).get(block.block_id, ())))
    said = next((k for k in (_section_kind(h.folded) for h in headings) if k), "")
    if said in ("target", "proposed"):
        return said
    if not said and _plans_ahead(doc) and any(_PLAN_WORK.match(h.folded, title_start(h.folded) or 0) for h in headings):
        return "target"  # ``III. TỔ CHỨC THỰC HIỆN``, ``IV. KINH PHÍ THỰC HIỆN`` of a plan for next year: what it will do
    return None


_CLOSING = re.compile(r"\s*trên\s+đây\s+là(?!\w)")
# A plan's sections on who does what and with what money (in a report they say how it was done: not read there)
_PLAN_WORK = re.compile(r"(?:tổ\s+chức\s+thực\s+hiện|kinh\s+phí|nguồn\s+kinh\s+phí|phân\s+công)(?!\w)")
_PLAN_SYMBOL = re.compile(r"(?:^|[/-])KH(?:[/-]|$)")


def _plans_ahead(doc: Document) -> bool:
    """A plan (``Số: 127/KH-UBND``) for a period that ends after it was issued (one for 2026 issued in June still
    plans the rest of the year: its money is allotted, not spent)."""
    return bool(doc.own_symbol and _PLAN_SYMBOL.search(doc.own_symbol) and doc.period_end and doc.issued_date
                and doc.period_end > doc.issued_date)


# a table header that compares: its cells are shares or changes, whatever the levels under it name
COMPARING = re.compile(r"[*_ ]*(?:so sánh|so với|cùng kỳ|kỳ gốc|tăng,? giảm|tăng/giảm|\+/-)(?!\w)")


def in_labels(*labels: str | None) -> tuple[bool, str | None]:
    """A table figure's status from its labels, the first given first (the column's, then the row's):
    ``Kế hoạch 2025 / Ước thực hiện`` is an estimate (the deepest level of a label decides)."""
    _, table, _ = _cues()
    for label in labels:
        parts = [fold(part) for part in (label or "").split(" / ")]
        # (the levels under a comparison name its bases: ``So sánh (%) / Dự toán`` is a share of the plan, no plan)
        compared = next((i for i, part in enumerate(parts) if COMPARING.match(part)), len(parts))
        for part in reversed(parts[:compared + 1]):
            found, status = _nearest(part, table)
            if found:
                return True, status
    return False, None


def by_date(row: dict[str, Any], doc: Document) -> str | None:
    """A figure dated after the report was issued is what it aims at."""
    start, issued = row.get("label_period_start"), doc.issued_date
    return "target" if start and issued and start > issued else None
