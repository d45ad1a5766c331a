"""Who, where and when a figure is about: the place, the organisation and the period its sentence names.

"Năm 2024, Hội Nông dân xã Tân Phú Đông vận động 120 triệu đồng" — a consumer
comparing figures across reports needs the xã, the Hội and the year, not only
the amount. The entities and dates extractors already found them; a figure
takes the nearest one named before it in the same sentence, and nothing when
the sentence names none (a guess from an earlier sentence would be wrong as
often as right). A date inside a reference (``Kế hoạch số 12/KH-UBND ngày
3/2/2025``) dates that document, not the figure.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from datetime import date, timedelta
from typing import Any, Iterator

import re

import regex

from extractors.date_combine import compared_base
from extractors.figure_counted import BRACKET, TOGETHER
from extractors.date_grammar import HOLIDAY_WORDS
from extractors.entities import HOME_PLACES
from extractors.figure_units import match_unit
from extractors.place_match import VILLAGE_TYPES
from extractors.sections import open_headings
from gazetteers.admin_units import unit_types
from pipeline.models import Block, Document

_SENTENCE_END = re.compile(r"[.;!?\n](?=\s|$)")
_END_CHARS = ".;!?\n"
# A period reaches over the ``;`` of a list: ``Năm 2025, … ước đạt 7,2%; tỷ lệ hộ nghèo giảm 1,3%`` (the
# second figure was undated, and took the report's period, the next year's, instead)
SENTENCE_END_OVER_LISTS = re.compile(r"[.!?\n](?=\s|$)")
_PERIOD_END_CHARS = ".!?\n"
_OPENING_CLOSE = re.compile(r"\s*[,:]")
_LEAD_WORDS = 8
# a target's cue and its year opening a list, closed by no mark (``Phấn đấu năm 2025 huy động trên 7 tỷ đồng; xây mới
# 50 căn nhà; …``): the year is every item's, as a lead closed by a comma is
_TARGET_LEAD = regex.compile(r"[ \t]*(?:[-+•*][ \t]*)?(?:phấn[ \t]+đấu|mục[ \t]+tiêu|chỉ[ \t]+tiêu|dự[ \t]+kiến)[ \t]+"
                             r"(?:(?:đến|trong)[ \t]+)?(?:năm|giai[ \t]+đoạn)[ \t]+\d{4}(?:[ \t]*[-–][ \t]*\d{4})?[ \t]*",
                             regex.IGNORECASE)


_LIST_REACH = 30
_DASH_MARK = r"[-+•*–]"
_NUMBER_MARK = r"\d{1,2}[.)]|[a-zđ]\)"
_ITEM_MARK = re.compile(rf"\s*{_DASH_MARK}\s")
# a numbered item (``1.``, ``2)``, ``a)``): ``Điều 1. Phê chuẩn dự toán … năm 2026 như sau:`` over ``1. Tổng thu …
# 214.350 triệu đồng.`` and ``2. Tổng chi …``, items that each end with a full stop
_NUMBERED_ITEM = re.compile(rf"\s*(?:{_NUMBER_MARK})\s")
_DEADLINE = re.compile(r"(?<!\w)(?:đến|tới)\s+(?:cuối\s+)?năm\s+(?:19|20)\d\d(?!\d)")
# (not ``bình quân đầu người``, per head)
_EVERY_YEAR = re.compile(r"(?<!\w)(?:mỗi năm|hằng năm|hàng năm|bình quân (?:năm|giai đoạn)|(?:trong|cả|toàn) nhiệm kỳ)(?!\w)")
_ITEM_OPENING = re.compile(rf"\s*(?:{_NUMBER_MARK}|{_DASH_MARK})?\s*")  # what stands before an item's first sentence


def lead_of(doc: Document, block: Block) -> Block | None:
    """The line that opens the list ``block`` is an item of (it ends with a colon), back over the items
    before it (they end with ``;`` or ``,``, as Vietnamese lists are written, or, in a list of dashed or
    numbered items, open with the same kind of mark whatever ends them); None when there is none."""
    mark = next((m for m in (_ITEM_MARK, _NUMBERED_ITEM) if m.match(block.text)), None)
    i = block.block_id - 1
    while i >= 0 and block.block_id - i <= _LIST_REACH:
        before = doc.blocks[i]
        text = before.text.rstrip()
        if before.kind == "footnote" or not text:
            return None
        if text.endswith(":"):
            return before
        if not text.endswith((";", ",")) and not (mark is not None and mark.match(text)):
            return None
        i -= 1
    return None


class FigureContext:
    """Entities of one document by block, for nearest-before lookups."""

    def __init__(self, doc: Document) -> None:
        # rows only grouped here: most blocks hold no figure, so their entities are never labelled
        self._rows: dict[int, list[dict[str, Any]]] = defaultdict(list)
        self.cited = cited_spans(doc)
        mentions = mention_spans(doc)
        for row in context_rows(doc, self.cited, mentions):
            self._rows[row["block_id"]].append(row)
        self._home: dict[str, str] = doc.meta.get(HOME_PLACES) or {}
        self._by_block: dict[int, dict[str, list[tuple[int, str]]]] = {}
        # each labelled block's places as (end, start, level), in order: where a list of places is written
        self._place_spans: dict[int, list[tuple[int, int, str | None]]] = {}
        self._blocks = {b.block_id: b for b in doc.blocks}
        self._ends: dict[tuple[int, bool], list[int]] = {}
        self._doc = doc
        self.from_section = False  # whether the last ``around`` took its period from the section's heading
        # each sentence's terms of the report's own time (``Trong tháng``, ``Trong năm``), by its block and opening
        self._terms: dict[tuple[int, int], tuple[Any, Any, tuple[Any, ...]]] = {}
        # where the dates a cited document's subject names start (``… Kết luận số 123-KL/TW về … năm 2025 với mục tiêu
        # tăng trưởng 8%``): a time the sentence gives its aims, which no section's period may replace
        self._dated: dict[int, list[int]] = defaultdict(list)
        for row in doc.rows("dates"):
            if _overlaps(row, self.cited) and not _overlaps(row, mentions):
                self._dated[row["block_id"]].append(row["char_start"])

    def _categories(self, block_id: int) -> dict[str, list[tuple[int, str]]]:
        """(end, label) of one block's entities by category, sorted; built on the block's first figure.
        Periods are also kept by where they start (``_PERIOD_STARTS``), for the one written right after a figure."""
        categories = self._by_block.get(block_id)
        if categories is None:
            categories = self._by_block[block_id] = defaultdict(list)
            for row in self._rows.get(block_id, ()):
                label = _label(row)
                if label:
                    categories[row.get("category") or ""].append((row["char_end"], label))
                    if row.get("category") == "period":
                        categories[_PERIOD_STARTS].append((row["char_start"], label))
                    if row.get("category") == "place":
                        spans = self._place_spans.setdefault(block_id, [])
                        spans.append((row["char_end"], row["char_start"], row.get("level")))
                    if row.get("category") == "place" and (_OF_BEFORE.search(
                            self._blocks[block_id].folded, max(0, row["char_start"] - 8), row["char_start"])
                            or _MERGED_FROM.search(self._blocks[block_id].folded, max(0, row["char_start"] - 160),
                                                   row["char_start"])
                            or _FORMER.match(self._blocks[block_id].folded, row["char_end"])
                            or len(spans) > 1 and _APPOSED.fullmatch(self._blocks[block_id].text, spans[-2][0], row["char_start"])
                            and _LEVEL_RANK.get(spans[-2][2] or "", 9) < _LEVEL_RANK.get(row.get("level") or "", -1)):
                        categories[_PARENT_PLACES].append((row["char_end"], label))
            block = self._blocks.get(block_id)
            whole = _whole_unit(block.text, block.folded, self._home) if self._home and block is not None else []
            if whole:  # (``Nghị quyết số 15 … quy định mức hỗ trợ … trên địa bàn tỉnh``: the cited document's, not a figure's)
                spans = self.cited.get(block_id, ())
                if kept := [(end, label) for end, label in whole if not any(s < end <= e for s, e in spans)]:
                    categories["place"] += kept
            for entries in categories.values():
                entries.sort()
            self._place_spans.get(block_id, []).sort(key=lambda span: span[:2])
        return categories

    def _place_at(self, categories: dict[str, list[tuple[int, str]]], block_id: int, start: int) -> str | None:
        """The label of the place mention starting at ``start``, if one does."""
        ends = [end for end, begin, _ in self._place_spans.get(block_id, []) if begin == start]
        return next((label for end, label in categories.get("place", []) if ends and end == ends[0]), None)

    def places_before(self, block_id: int, start: int, parents: bool = True) -> list[str]:
        """The places named in the sentence before ``start``, in order (``huyện Hương Khê và huyện Vũ Quang``); without
        ``parents``, not those after ``của`` (where the one before lies)."""
        block = self._blocks.get(block_id)
        text = block.text if block is not None else ""
        low = self._sentence_start(block_id, text, start)
        categories = self._categories(block_id)
        skip = set(categories.get(_PARENT_PLACES, ())) if not parents else set()
        return [label for end, label in categories.get("place", []) if low < end <= start and (end, label) not in skip]

    def _sentence_start(self, block_id: int, text: str, start: int, period: bool = False) -> int:
        """Where the sentence holding ``start`` begins: the end of the last ``_SENTENCE_END``
        match before it, as if the text stopped at ``start`` (so a mark right before
        ``start`` counts); for a period, past the ``;`` of a list. Ends are found once per block,
        not once per figure."""
        marks, chars = (SENTENCE_END_OVER_LISTS, _PERIOD_END_CHARS) if period else (_SENTENCE_END, _END_CHARS)
        ends = self._ends.get((block_id, period))
        if ends is None:
            ends = self._ends[(block_id, period)] = [m.end() for m in marks.finditer(text)]
        if start > 0 and text[start - 1] in chars:
            return start
        i = bisect_left(ends, start + 1)  # ends ≤ start: their mark lies before ``start``
        return ends[i - 1] if i else 0

    def place_named_by(self, block_id: int) -> str | None:
        """The place a table's label cell names and little else (``Huyện Minh Hóa``, ``Thị xã Ba Đồn``, ``Toàn
        tỉnh``): the place of every figure in its row or column."""
        block = self._blocks.get(block_id)
        if block is None:
            return None
        text = block.text
        for row in self._rows.get(block_id, ()):
            if row.get("category") == "place" and not text[:row["char_start"]].strip(" \t\n*-+.0123456789") and (
                    _ONLY_AN_ASIDE.fullmatch(text, row["char_end"])):
                return _label(row)  # (not ``Xã Tân Phú 1``, a unit the cell names after the place)
        whole = _whole_unit(text, block.folded, self._home) if self._home and len(text.strip()) <= 24 else []
        return whole[0][1] if len(whole) == 1 and _ONLY_AN_ASIDE.fullmatch(text, whole[0][0]) else None

    def places_named_together_by(self, block_id: int) -> bool:
        """Whether a table's label cell names places or bodies together and no one of them (``Các xã còn lại``, ``Các
        xã, thị trấn còn lại``, ``Các đơn vị khác``): a row of the rest, named by where as a commune's row is, of no
        one place."""
        block = self._blocks.get(block_id)
        return block is not None and _THE_REST.fullmatch(block.folded) is not None

    def rest_of_rows_named(self, block_id: int, rows: tuple[int, ...]) -> bool:
        """Whether a table's label cell names the rest of something (``Các chi hội còn lại``, ``15 cơ sở Hội còn lại``)
        where the table's other rows (their first label cells, ``rows``) name places or bodies (``Xã Việt Lập``): the
        rest of those, of no one place, whatever noun it calls them by; in a table of items (``Thuế giá trị gia tăng``,
        ``Các khoản thu khác``) the rest is an item. The rest of the people or households counted (``Hội viên còn
        lại``) names none of the units the rows are."""
        block = self._blocks.get(block_id)
        rest = _A_REST.fullmatch(block.folded) if block is not None else None
        if rest is None:
            return False  # most label cells: one match
        noun = match_unit(block.folded, rest.start("noun"))
        if noun is not None and noun[0].dimension in _COUNTED_PEOPLE:
            return False
        return any(other != block_id and (self.place_named_by(other) is not None or self.body_named_by(other) is not None)
                   for other in rows)

    def body_named_by(self, block_id: int) -> str | None:
        """The body a table's label cell names and nothing else (``Chi bộ thôn Phù Đê``, ``Công an huyện``): the
        organization of every figure in its row, as a place's cell is their place."""
        block = self._blocks.get(block_id)
        if block is None:
            return None
        text = block.text
        for row in self._rows.get(block_id, ()):
            if row.get("category") == "organization" and not text[:row["char_start"]].strip(" \t\n*-+.0123456789") and (
                    _ONLY_AN_ASIDE.fullmatch(text, row["char_end"])):
                return _label(row)
        return None

    def _not_the_parent(self, categories: dict[str, list[tuple[int, str]]], low: int, high: int) -> str | None:
        """``Thạch Hà là huyện đồng bằng ven biển của tỉnh Hà Tĩnh, hiện có 22 xã``: a place written after ``của``
        is where the place named before it lies; the figures are of that one (they took the province)."""
        places, parents = categories["place"], categories[_PARENT_PLACES]
        i = bisect_right(places, (high, "\uffff"))
        while i > 0 and places[i - 1][0] > low and places[i - 1] in parents:
            i -= 1
        return places[i - 1][1] if i > 0 and places[i - 1][0] > low else None

    @staticmethod
    def _period_later_in_clause(categories: dict[str, list[tuple[int, str]]], text: str, start: int, end: int) -> bool:
        """A period named after the figure in its own clause (``01 hoạt động … trong Quý II/2025``, ``100% kế hoạch …
        năm 2025``): the clause gives its time, which no section's period may replace; not one after another figure
        (``đạt trên 95%, tỷ lệ bao phủ BHYT đạt 95,2% vào cuối năm 2026``: the later figure's), nor one in a bracket, an
        aside's (``… trở lên (năm 2026 ước đạt 34,2 triệu đồng)``, ``(…, nhiệm kỳ 2022-2025)``: the figure had no time)."""
        starts = categories.get(_PERIOD_STARTS)
        if not starts:
            return False
        i = bisect_left(starts, (start, ""))
        return i < len(starts) and starts[i][0] < _clause_end(text, start) and not _DIGIT.search(text, end, starts[i][0]) \
            and text.rfind("(", end, starts[i][0]) <= text.rfind(")", end, starts[i][0]) \
            and not _PART_OPENS.search(text, end, starts[i][0]) \
            and not _DEADLINE_BEFORE.search(text, max(end, starts[i][0] - 20), starts[i][0])
        # (``…, trong đó hội nghị sơ kết 6 tháng đầu năm …``: a part's time; ``… 15 ha, xong trước ngày 15/10``: a
        # deadline, by which the figure is due, not the time it is stated for)

    def _section_period(self, block_id: int, start: int) -> str | None:
        """The one period the innermost numbered heading over the block names (``1. Kết quả thực hiện Nghị quyết Đại
        hội nhiệm kỳ 2020-2025``, ``II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025``), or the line that opens the list its first
        sentence is an item of (``Điều 1. Phê chuẩn dự toán … năm 2026 như sau:``), for a figure whose sentence names no time
        of its own (the past term's results carried the report's new term); a sentence whose cited subject names one
        (``… Kết luận số 123-KL/TW về … năm 2025 với mục tiêu tăng trưởng 8%``) is left undated."""
        block = self._blocks.get(block_id)
        if block is not None and self._dated.get(block_id):
            low = self._sentence_start(block_id, block.text, start, period=True)
            stop = SENTENCE_END_OVER_LISTS.search(block.text, start)
            high = stop.start() if stop else len(block.text)
            if any(low <= at < high for at in self._dated[block_id]):
                return None
        lead = None
        if block is not None and _ITEM_OPENING.fullmatch(block.text, 0, self._sentence_start(block_id, block.text, start,
                                                                                          period=True)):
            lead = lead_of(self._doc, block)
        if lead is not None and _DEADLINE.search(lead.folded) and _EVERY_YEAR.search(block.folded):
            # (``Các chỉ tiêu chủ yếu đến năm 2030:`` / ``Tỷ lệ hộ nghèo giảm bình quân mỗi năm 1 - 1,5%``: the deadline
            # is no time of a yearly or whole-term target; the section's term is)
            lead = None
        for heading in ([lead] if lead is not None else []) + list(reversed(open_headings(self._doc).get(block_id, ()))):
            # (not one in a bracket: ``… so với năm 2025 (năm 2025 đạt 76,98 tỷ đồng) … Trong đó:``)
            periods = {label for end, label in self._categories(heading.block_id).get("period", [])
                       if not _bracketed(heading.text, 0, end, len(heading.text), asides=True)}
            if periods:
                return periods.pop() if len(periods) == 1 else None
        return None

    def _leading_place(self, places: list[tuple[int, str]], block_id: int, text: str, start: int) -> str | None:
        """``Năm 2023, trên địa bàn huyện Yên Thành xảy ra 45 vụ …; điều tra làm rõ 41 vụ``: a place among the first
        words of a list's sentence is where every item after it happened; one inside an item is that item's."""
        low = _past_opening_clause(text, self._sentence_start(block_id, text, start, period=True), start)
        i = bisect_right(places, (low, "\uffff"))  # the first place of the sentence: a later one leads no more
        if i < len(places) and places[i][0] <= start:
            end, label = places[i]
            item_end = text.find(";", end, start)
            if i + 1 < len(places) and places[i + 1][0] <= (item_end if item_end >= 0 else start):
                return None  # (``Gồm các huyện: Cẩm Xuyên, Thạch Hà, …; tổng số … 218 con``: the lead lists several)
            # (a bracket is an aside: ``Năm 2023 (từ ngày 15/12/2022 đến ngày 14/12/2023), trên địa bàn tỉnh …``; so is
            # the topic a bulletin opens the sentence with: ``Tai nạn giao thông: trong tháng 10/2024, trên địa bàn tỉnh
            # Quảng Ngãi xảy ra 12 vụ …; so với cùng kỳ năm trước giảm 3 vụ``, the lead after its colon)
            # (a place in a bracket closed before the figure names what it follows, no lead: ``Có các mô hình tiêu biểu
            # như: “Tổ dân vận khéo tiêu biểu” (Hương Vinh); …; khen thưởng 02 tập thể``)
            lead = topic.end() if (topic := _TOPIC.match(text, low)) is not None and topic.end() < end else low
            if ";" not in text[low:end] and len(BRACKET.sub(" ", text[lead:end]).split()) <= _LEAD_WORDS + 2 \
                    and not _bracketed(text, low, end, start):
                return label
        return None

    def _opening_period(self, periods: list[tuple[int, str]], starts: list[tuple[int, str]], block_id: int, text: str,
                        item_start: int, start: int) -> str | None:
        """The period that leads the list the figure's item belongs to (``Năm 2025, …``, ``…; đến năm 2030:
        …``, ``tại thời điểm 01/7/2024: …``): the nearest before it in the sentence that a comma or a colon
        closes, or that opens the sentence, alone or after ``Trong`` (``Trong 6 tháng đầu năm 2026 kết nạp …; thăm hỏi …``),
        or that the line a colon ends before the items names (``… 10 tháng tăng khá so với cùng kỳ: quặng apatit …; …``),
        over the ``;`` of the items: it dates every item (``…; tỷ lệ hộ nghèo giảm 1,3%`` was undated). One named
        inside an item dates that item only (``sơ kết giữa nhiệm kỳ 2017-2022; …``)."""
        if item_start == 0 or text[item_start - 1] != ";":  # (a sentence start is right after its mark)
            return None  # the figure's own clause is the sentence: nothing more to read
        sentence_start = _past_opening_clause(text, self._sentence_start(block_id, text, start, period=True), item_start)
        i = bisect_right(periods, (item_start, "\uffff"))
        while i > 0:
            end, label = periods[i - 1]
            if end <= sentence_start:
                return None
            item = max(text.rfind(";", sentence_start, end) + 1, sentence_start)
            if (_OPENING_CLOSE.match(text, end) and len(text[item:end].split()) <= _LEAD_WORDS
                    or item == sentence_start and _colon_before(text, end, item_start)
                    or _TARGET_LEAD.fullmatch(text, item, end)
                    or item == sentence_start and any((at, label) in starts for at in _lead_ends(text, item))):
                return label  # (the item's first words: ``Phấn đấu đến năm 2030``, ``Tại thời điểm 01/7/2024``)
            i -= 1
        return None

    def around(self, block_id: int, start: int, end: int | None = None, moved_from: int | None = None
               ) -> dict[str, str | None]:
        """``place``, ``organization`` and the period (``label_period_start``/``_end``) named
        before ``start`` in its sentence; a period written right after the figure (``end``) is its
        own: ``giảm từ 41,35% cuối năm 2021 xuống còn 29,12% cuối năm 2024``. The second end of a move
        (its first ending at ``moved_from``) takes no time written right after the first: ``giảm từ 18,6%
        cuối năm 2024 xuống còn 17,9%`` (17,9% was dated 2024)."""
        categories = self._categories(block_id)
        self.from_section = False
        block = self._blocks.get(block_id)
        text = block.text if block is not None else ""
        if not categories:
            if (term := self._this_term(block, start)) is not None:
                return _NONE | self._period_columns(term)
            section = self._section_period(block_id, start)
            self.from_section = section is not None
            return _NONE | self._period_columns(self._whole_year(section, text, *self._clause(block_id, text, start)))
        sentence_start = self._sentence_start(block_id, text, start)
        found = {name: _nearest(categories.get(name, []), sentence_start, start) for name in ("place", "organization")}
        for name in found if "(" in text[sentence_start:start] else ():
            # a place or body in a bracket closed before the figure names what came before it: ``1 huyện đạt chuẩn (huyện
            # Hương Khê), 20 xã …``, ``đạt 94,23% (chỉ tiêu Bộ Công an giao trên 75%), trong đó … làm rõ 4/4 vụ``
            if found[name] is not None:
                outside = _outside_brackets(categories[name], text, sentence_start, start)
                found[name] = outside[1] if outside else None
        if found["place"] is not None and _PARENT_PLACES in categories:
            found["place"] = self._not_the_parent(categories, sentence_start, start) or found["place"]
        if found["place"] is not None and _listed_last(categories, self._place_spans.get(block_id, []), text,
                                                      sentence_start, start):
            found["place"] = None  # ``tại các xã Ba Tơ, Sơn Hà, Trà Bồng và Đăk Tô, hỗ trợ 1.126 hộ``: all of them, not the last
        if found["place"] is None and sentence_start and text[sentence_start - 1] == ";":
            found["place"] = self._leading_place(categories.get("place", []), block_id, text, start)
        if end is not None and (at := _AT_PLACE.match(text, end)) is not None:
            # ``02 vụ tại xóm 5, 01 vụ tại xóm Đông Hồ, 01 vụ tại chợ Diễn Châu``: the place the figure is at is its
            # own, not the last one before it (the list's places went one figure too far); one no gazetteer knows
            # (``chợ Diễn Châu``) leaves none
            named = self._place_at(categories, block_id, at.end())
            if named is not None or _NAMED_AFTER.match(text, at.end()):
                found["place"] = named
        starts = categories.get(_PERIOD_STARTS, [])
        # (``gấp 2,4 lần năm 2016``: the time after a multiple is what it is a multiple of)
        own = _right_after(starts, text, end) if end is not None and not text.endswith("lần", 0, end) else None
        if own is not None and "(" in text[end:own[0]] and _DIGIT.search(text, own[0] + 8, max(own[0], text.find(")", own[0]))):
            own = None  # ``… trở lên (năm 2026 ước đạt 34,2 triệu đồng)``: the bracket's own figure's year, an aside
        period = own[1] if own else None
        first_ends = _right_after(starts, text, moved_from) if moved_from is not None else None
        high = first_ends[0] if first_ends else start
        base = _nearest_at(categories.get(_BASES, []), sentence_start, start) if _BASES in categories else None
        if period is None and base is not None and _RESTATED.fullmatch(text, base[0], start):
            period = base[1]  # ``tăng 15,4% so với năm 2025 (357 đơn vị máu)``: the base's own value
        if period is None and (nearest := _outside_brackets(categories.get("period", []), text, sentence_start,
                                                             high, asides=True)) is not None:
            period = self._whole_year(nearest[1], text, nearest[0], high)  # (``9 tháng …, ước cả năm đạt``)
        period = period or self._opening_period(categories.get("period", []), starts, block_id, text, sentence_start, high)
        if period is None and end is not None:
            period = _later_in_clause(starts, text, end)
        if period is None:
            period = self._this_term(block, start)
        if period is None and not self._period_later_in_clause(categories, text, start, end if end is not None else start):
            period = self._whole_year(self._section_period(block_id, start), text, *self._clause(block_id, text, start))
            self.from_section = period is not None
        return found | self._period_columns(period)

    @staticmethod
    def _period_columns(period: str | None) -> dict[str, str | None]:
        start_day, _, end_day = (period or "").partition("/")
        return {"label_period_start": start_day or None, "label_period_end": end_day or None}

    def _whole_year(self, period: str | None, text: str, low: int, high: int) -> str | None:
        """``II. NHIỆM VỤ QUÝ IV NĂM 2026 … phấn đấu cả năm thu ngân sách đạt 5.000 triệu đồng``, ``9 tháng đạt 1.200
        triệu đồng, ước cả năm đạt 1.900 triệu đồng``, ``kết nạp 20 đảng viên trong năm`` in a report on nine months:
        words between ``low`` and ``high`` that say the whole year make the figure's time the year of the period
        (``period``) it would take from its sentence, its section or its report, not that period."""
        if _WHOLE_YEAR.search(text, low, high) is None:
            return period
        first, _, last = (period or f"{self._doc.period_start or ''}/{self._doc.period_end or ''}").partition("/")
        return _the_year(first, last) or period  # (a term's heading, or no period at all: no one year to take)

    def _this_term(self, block: Block | None, start: int) -> str | None:
        """``Trong tháng, giải quyết việc làm cho 132 người; lũy kế 10 tháng …``: the month, quarter or term the report
        is on, named by no number (``Trong tháng``, ``Tháng này``, ``Trong quý``, ``Trong kỳ báo cáo``), as the report's
        period gives it: the month or quarter it ends with (the month's figures were undated, or took the report's ten
        months), or the whole of it."""
        first, last = self._doc.period_start, self._doc.period_end
        if block is None or not first or not last:
            return None
        folded = block.folded
        opening = self._sentence_start(block.block_id, block.text, start, True)
        terms = self._terms.get((block.block_id, opening))
        if terms is None:  # (read once per sentence, not once per figure: its figures ask the same)
            stop = SENTENCE_END_OVER_LISTS.search(folded, opening)
            end = stop.start() if stop else len(folded)
            if _TERM_CUE.search(folded, opening, end) is None:
                terms = self._terms[(block.block_id, opening)] = (None, None, ())
            else:
                opens = _TERM_OPENS.match(folded, opening, end)
                if opens is not None and _NAMED_AFTER_TERM.match(block.text, opens.end()):
                    opens = None  # (``Trong Tháng Thanh niên``: a month named for a campaign, in March, no month of the report's)
                terms = self._terms[(block.block_id, opening)] = (
                    _YEAR_OPENS.match(folded, opening, end), opens, tuple(_THIS_TERM.finditer(folded, opening, end)))
        year, found, inside = terms
        if year is not None and year.end() <= start and (whole := _the_year(first, last)) is not None:
            # (``Trong năm đã kết nạp 86 hội viên mới; giới thiệu 23 …``: every item of the sentence, over its ``;``)
            return whole
        if found is not None and found.end() > start:
            found = None
        if found is None:
            found = next((m for m in reversed(inside) if m.end() <= start), None)
        if found is None or _RUNNING_TOTAL.search(folded, found.end(), start):
            return None  # (``…; lũy kế 74 ca``: a running total, no time of the term's)
        term = found.group("term")
        if term == "kỳ":
            return f"{first}/{last}"
        if term in _SHORT_TERMS:  # (a week's or a day's report: its whole period; a longer report names no one week)
            days = (date.fromisoformat(last) - date.fromisoformat(first)).days + 1
            return f"{first}/{last}" if days <= _SHORT_TERMS[term] else None
        end = date.fromisoformat(last)
        if (end + timedelta(days=1)).day != 1 or term == "quý" and end.month % 3:
            return None  # (a report whose period ends mid-month names no month of its own)
        months = 1 if term == "tháng" else 3
        begin = date(end.year, end.month - months + 1, 1)
        return f"{max(begin.isoformat(), first)}/{last}"

    def _clause(self, block_id: int, text: str, start: int) -> tuple[int, int]:
        """Where the figure's clause starts and ends: at the ``;`` or sentence ends around ``start``."""
        return self._sentence_start(block_id, text, start), _clause_end(text, start)


def _the_year(first: str, last: str) -> str | None:
    """The year a period (ISO days ``first`` to ``last``) is of, as ``start/end``: the calendar year it lies in; or, for
    a year counted from a day of the one before (``Số liệu tính từ ngày 15/12/2023 đến ngày 14/12/2024`` of a police
    or court report on 2024), that period itself; None for one over two years or a term (``2020-2025``)."""
    if not first or not last:
        return None
    if first[:4] == last[:4]:
        return f"{first[:4]}-01-01/{first[:4]}-12-31"
    days = (date.fromisoformat(last) - date.fromisoformat(first)).days + 1
    return f"{first}/{last}" if _COUNTED_YEAR[0] <= days <= _COUNTED_YEAR[1] else None


_COUNTED_YEAR = (335, 367)  # the days of a year counted from a day, its last month estimated or not (11 to 12 months)


# "toàn huyện", "cả tỉnh", "trên địa bàn thị xã", "toàn xã": the whole of the report's own unit, named by its type
# alone (a name after the type is a place mention of its own, read by the entities extractor).
# (the opening words first: ``re`` then skips to their first letters; the word boundary before is read apart)
_SPACES = r"\s+"
# (not ``toàn xã hội``, the whole society: ``Tổng vốn đầu tư toàn xã hội``)
# (and ``trong huyện``, ``các cấp trong huyện``: within the report's own district; ``Chỉ số PAR INDEX của huyện``: its)
_WHOLE_UNIT = re.compile(rf"(?:toàn|cả|trên\s+địa\s+bàn|trong|của)\s+({unit_types(gap=_SPACES)})(?!\w)(?!\s+hội(?!\w))")
_NAME_AFTER = regex.compile(r"[ \t]*\p{Lu}")
# a sentence whose subject is the unit's type alone, capitalised, with a verb after it (not a name); found by its
# words (``re`` skips to their first letters), then checked to open a sentence (``_opens_sentence``)
_OWN_UNIT_SPEAKS = re.compile(r"(Xã|Phường|Thị trấn|Huyện|Tỉnh|Thành phố)[ \t]+"
                              r"(?=(?:có|đã|đang|đạt|hiện|luôn|được|tiếp tục|thực hiện|triển khai|tổ chức|hoàn thành)(?!\w))")


_QUOTED = re.compile(r"“[^“”]{1,200}”|\"[^\"\n]{1,200}\"")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where a quoted name stands (a movement's, a model's): what it says is its name's."""
    return [m.span() for m in _QUOTED.finditer(text)] if ("“" in text or '"' in text) else []


def _opens_sentence(text: str, at: int) -> bool:
    """Whether only spaces stand between ``at`` and the text's start or a sentence mark and a space before it."""
    i = at
    while i and text[i - 1] in " \t":
        i -= 1
    return i == 0 or (i < at and text[i - 1] in ".;!?")


def _whole_unit(text: str, folded: str, home: dict[str, str]) -> list[tuple[int, str]]:
    """(end, label) of each mention of the report's own province or district as a whole, found in
    ``folded`` (the text's fold, as long as it) and read on in ``text``, where case tells a name.
    Most blocks hold none of the opening words, which ``in`` tells at once."""
    found = []
    for m in _OWN_UNIT_SPEAKS.finditer(text):  # ``Xã có diện tích tự nhiên 742 km²``: the report's own commune
        label = home.get(m.group(1).lower())
        if label is not None and _opens_sentence(text, m.start()):
            found.append((m.end(1), label))
    if "toàn " not in folded and "cả " not in folded and "địa bàn" not in folded and "trong " not in folded \
            and "của " not in folded:
        return found
    for m in _WHOLE_UNIT.finditer(folded):
        if m.start() and folded[m.start() - 1].isalnum():
            continue  # the opening word is the tail of another word
        label = home.get(" ".join(m.group(1).split()))
        if label is not None and not _NAME_AFTER.match(text, m.end()):
            found.append((m.end(), label))
    return sorted(found)


# the places or bodies a row of the rest names (``Các xã, thị trấn còn lại``, ``Xã khác``, ``Các thôn, tổ dân phố còn
# lại``, ``Các đơn vị khác (12 đơn vị)``)
_UNITS_OR_BODIES = (rf"(?:{unit_types(gap=_SPACES)}|"
                    + "|".join(_SPACES.join(map(re.escape, t.split())) for t in sorted(VILLAGE_TYPES, key=len, reverse=True))
                    + r"|đơn\s+vị|địa\s+phương)")
_THE_REST = regex.compile(rf"[\s*_\-+.\d]*(?:(?:các|những)\s+)?{_UNITS_OR_BODIES}(?:\s*(?:,|và)\s*{_UNITS_OR_BODIES})*"
                          rf"\s+(?:còn\s+lại|khác)[\s.:*_]*(?:\([^()]*\)[\s.:*_]*)?")
# a row of the rest of anything, by the few words of its noun (``Các cơ sở Hội còn lại``, ``15 cơ sở Hội còn lại``)
_A_REST = regex.compile(r"[\s*_\-+.\d]*(?:(?:các|những)\s+)?(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)\s+(?:còn\s+lại|khác)"
                        r"[\s.:*_]*(?:\([^()]*\)[\s.:*_]*)?")
_COUNTED_PEOPLE = frozenset({"person", "household"})
_ONLY_AN_ASIDE = regex.compile(r"[ \t\n.:*]*(?:\([^()]*\)[ \t\n.:*]*)?")  # what may follow a label cell's place
_PERIOD_STARTS = "period starts"
_BASES = "comparison bases"  # (``so với năm 2025``: no period of the sentence's figures)
# between two places of one level listed together: ``các xã Ba Tơ, Sơn Hà, Trà Bồng và Đăk Tô``
_LIST_JOIN = regex.compile(r"[ \t]*(?:,|và)[ \t]*(?:và[ \t]+)?")
_PARENT_PLACES = "places after của"
# ``Xã Bát Xát được thành lập trên cơ sở sắp xếp thị trấn Bát Xát, xã Quang Kim và xã Bản Qua …, có 6.850 hộ``: the units
# a merger made it of are no place of its figures (as one after ``của`` is not)
_MERGED_FROM = regex.compile(r"(?<!\w)(?:sáp[ \t]+nhập|sắp[ \t]+xếp|hợp[ \t]+nhất|(?:cơ[ \t]+sở[ \t]+)nhập|nhập[ \t]+toàn[ \t]+bộ)"
                             r"[^.;:()]*\Z")  # (``trên cơ sở nhập toàn bộ diện tích tự nhiên, quy mô dân số của các xã …``)
_FORMER = regex.compile(r"[ \t]+cũ(?!\w)")  # (``(huyện Nam Đàn cũ)``: a unit gone in the 2025 merger, where it lay)
_OF_BEFORE = regex.compile(r"(?<!\w)(?:của|thuộc)[ \t]+\Z")  # (``xã Bát Xát … thuộc huyện Bát Xát (cũ)``: where it lay)
# (or written after it past a comma, of a higher level: ``xã Hải Anh, huyện Hải Hậu có 1.214/3.986 cử tri``)
_APPOSED = regex.compile(r"[ \t]*,[ \t]*")
_LEVEL_RANK = {"village": 0, "commune": 1, "district": 2, "province": 3}
# What may stand between a figure and the period that dates it: ``150 hộ năm 2021``, ``29,12% (cuối năm 2024)``,
# ``đạt 95% vào cuối năm``, ``1.200 lao động trong 9 tháng đầu năm 2024``; not a comma or ``so với`` (a
# comparison's base is no period of the figure).
_TO_ITS_PERIOD = regex.compile(r"[ \t]{0,2}(?:\([ \t]?)?(?:(?:vào|trong|tính đến|đến)[ \t]+)?(?:(?:cuối|đầu|giữa)[ \t]+)?")


def _right_after(starts: list[tuple[int, str]], text: str, end: int) -> tuple[int, str] | None:
    """The period (start, label) that starts right after ``end``, past at most a bracket, ``vào`` or ``cuối``
    (``starts`` is sorted: a block of thousands of dates is not read once per figure)."""
    for start, label in starts[bisect_left(starts, (end, "")):]:
        if start > end + 20:
            break
        if _TO_ITS_PERIOD.fullmatch(text, end, start):
            return start, label
    return None


# ``xử lý 3.500 trường hợp vi phạm trong 6 tháng cuối năm``, ``xây mới 03 nhà … trong quý IV/2025``: a time the
# figure's clause gives it after what it counts
_CLAUSE_GAP = re.compile(r"[,.;!?:\n\d]")
_IN_TIME = regex.compile(r"(?<!\w)(?:trong|vào)[ \t]+(?:(?:cuối|đầu|giữa)[ \t]+)?\Z", regex.IGNORECASE)


_PART_OPENS = regex.compile(r",[ \t]*trong[ \t]+đó(?!\w)", regex.I)  # a part's own words follow, its own time too
_DEADLINE_BEFORE = regex.compile(r"(?<!\w)(?:trước|chậm[ \t]+nhất|hạn[ \t]+chót|xong[ \t]+trước)[ \t]+(?:ngày[ \t]+)?\Z", regex.I)


def _clause_end(text: str, start: int) -> int:
    """Where the clause holding ``start`` ends: its ``;`` or its sentence's end."""
    stop = _SENTENCE_END.search(text, start)
    return stop.start() if stop else len(text)


def _later_in_clause(starts: list[tuple[int, str]], text: str, end: int) -> str | None:
    """The first period after ``end`` in the figure's clause, when ``trong`` or ``vào`` opens it and no
    comma or other number stands between (``12 hội nghị, trong quý IV có 3 hội nghị``: the 3's)."""
    i = bisect_left(starts, (end, ""))
    if i == len(starts) or _CLAUSE_GAP.search(text, end, starts[i][0]):
        return None
    return starts[i][1] if _IN_TIME.search(text, max(end, starts[i][0] - 20), starts[i][0]) else None


def _outside_brackets(entries: list[tuple[int, str]], text: str, low: int, high: int,
                      asides: bool = False) -> tuple[int, str] | None:
    """The nearest entry (end, label) before ``high`` in ``low:high`` not inside a bracket closed before ``high``:
    ``có thêm 1 huyện đạt chuẩn (huyện Hương Khê), 100% số xã …`` names the one district, no place of what follows.
    With ``asides``, only a bracket that goes on with a figure of its own after the entry is passed over: ``tăng 12,3%
    so với năm 2025 (năm 2025 đạt 76,98 tỷ đồng) và đạt 108,1% kế hoạch`` dates 108,1% no more, where ``Trong 5 năm
    (2020 - 2025), … 312 mô hình`` still dates the figures after it."""
    i = bisect_right(entries, (high, "\uffff"))
    while i > 0 and entries[i - 1][0] > low:
        end, label = entries[i - 1]
        if not _bracketed(text, low, end, high, asides):
            return end, label
        i -= 1
    return None


def _bracketed(text: str, low: int, end: int, high: int, asides: bool = False) -> bool:
    """Whether ``end`` lies inside a bracket opened after ``low`` that closes before ``high`` (with ``asides``: after a
    figure)."""
    if text.rfind("(", low, end) <= text.rfind(")", low, end):
        return False
    close = text.find(")", end, high)
    opening = text.rfind("(", low, end)
    # (``(theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030), xuống còn dưới 28,5%``: the standard's period, an aside too;
    # so is one that says more than its time: ``vốn năm 2023 (kể cả vốn năm 2022 được kéo dài) là 812.364 triệu đồng``)
    return close >= 0 and (not asides or _DIGIT.search(text, end, close) is not None
                           or _STANDARD.match(text, opening + 1) is not None
                           or _TIME_ALONE.fullmatch(text.lower(), opening + 1, close) is None)


_DIGIT = re.compile(r"\d")
_STANDARD = re.compile(r"\s*theo\s")
# a bracket that only restates a time (``Trong 5 năm (2020 - 2025),``, ``Năm 2024 (tính đến ngày 30/11/2024)``)
_TIME_ALONE = regex.compile(r"[\s\d/.,:;\-–]*(?:(?:năm|giai|đoạn|nhiệm|kỳ|từ|đến|tính|ngày|tháng|quý|đầu|cuối|hết|nay|học|"
                            r"khóa|[ivx]+)(?!\w)[\s\d/.,:;\-–]*)*")
# (or the period alone, opening the sentence: ``Năm 2026 toàn phường có 37 hộ thoát nghèo; tỷ lệ hộ nghèo giảm …``)
_IN_LEAD = re.compile(r"\s*(?:[-+•]\s*)?(?:(?:Trong|Tính đến|Đến hết|Đến|Từ đầu)\s+)?")
_TOPIC = re.compile(r"[^:;.\n]{1,60}:")  # ``4. Kết quả giảm nghèo: Năm 2026 …``


def _colon_before(text: str, low: int, high: int) -> bool:
    """Whether a colon ends the first clause after ``low`` before ``high``: the period before it is in the line that
    leads the list (``Một số sản phẩm chủ yếu 10 tháng tăng khá so với cùng kỳ: quặng apatit …; phốt pho vàng …``)."""
    colon = text.find(":", low, high)
    return colon >= 0 and text.find(";", low, colon) < 0


# ``Thực hiện Quyết định số 90/QĐ-TTg … giai đoạn 2021-2025, kết quả rà soát cuối năm 2023 toàn huyện còn …; hộ cận nghèo
# còn …``: what the sentence implements opens it, and its lead (the time, the place of every item) comes after its comma
_OPENING_CLAUSE = regex.compile(r"[ \t\-–+•*]*(?:Thực[ \t]+hiện|Triển[ \t]+khai|Căn[ \t]+cứ|Thi[ \t]+hành)[ \t]+(?:các[ \t]+)?"
                                r"(?:Nghị[ \t]+quyết|Quyết[ \t]+định|Chỉ[ \t]+thị|Kết[ \t]+luận|Kế[ \t]+hoạch|Chương[ \t]+trình|"
                                r"Hướng[ \t]+dẫn|Công[ \t]+văn|Thông[ \t]+tư|Nghị[ \t]+định|Luật|Đề[ \t]+án)(?!\w)")


def _past_opening_clause(text: str, low: int, high: int) -> int:
    """Where a sentence's lead begins: past an opening clause that names what it implements, up to its comma."""
    if (m := _OPENING_CLAUSE.match(text, low)) is None:
        return low
    comma = text.find(", ", m.end(), high)
    return comma + 2 if comma >= 0 else low


def _lead_ends(text: str, item: int) -> tuple[int, ...]:
    """Where a period that leads the sentence at ``item`` would start: after its mark and ``Trong``, and after a topic
    and its colon, if one opens the sentence."""
    first = _IN_LEAD.match(text, item).end()  # (it matches the empty string)
    topic = _TOPIC.match(text, item)
    return (first, _IN_LEAD.match(text, topic.end()).end()) if topic else (first,)


# a comparison's base, then its value in brackets: ``so với năm 2025 (357 đơn vị máu)``, ``(đạt 76,98 tỷ đồng``
_RESTATED = regex.compile(r"[ \t]*\([ \t]*(?:(?:là|đạt|có|với)[ \t]+)?")


def _listed_last(categories: dict[str, list[tuple[int, str]]], spans: list[tuple[int, int, str | None]], text: str,
                 low: int, high: int) -> bool:
    """Whether the place nearest before ``high`` in ``low:high`` ends a list of places of its level (not one a
    merger was made of, nor the whole unit a type word names after it: ``…, toàn tỉnh duy trì 36 trường``);
    ``spans`` are the block's places as (end, start, level), in order."""
    places = categories.get("place", [])
    i, j = bisect_right(spans, (high, high, "\uffff")), bisect_right(places, (high, "\uffff"))
    if i < 2 or spans[i - 1][0] <= low or spans[i - 2][0] <= low or places[j - 1][0] != spans[i - 1][0] \
            or places[j - 1] in categories.get(_PARENT_PLACES, []):
        return False
    (before_end, _, before_level), (_, last_start, last_level) = spans[i - 2], spans[i - 1]
    return before_level == last_level is not None and _LIST_JOIN.fullmatch(text, before_end, last_start) is not None


_AT_PLACE = re.compile(r"[ \t]+(?:tại|ở)[ \t]+")
_NAMED_AFTER = regex.compile(r"(?:\p{Ll}+[ \t]+){0,2}\p{Lu}")


def _nearest(entries: list[tuple[int, str]], low: int, high: int) -> str | None:
    found = _nearest_at(entries, low, high)
    return found[1] if found else None


def _nearest_at(entries: list[tuple[int, str]], low: int, high: int) -> tuple[int, str] | None:
    """The last entry (end, label) ending in ``(low, high]``."""
    i = bisect_right(entries, (high, "\uffff"))
    while i > 0:
        end, label = entries[i - 1]
        if end <= high:
            return (end, label) if end > low else None
        i -= 1
    return None


# the report's own month, quarter or term, named by no number: ``Trong tháng,``, ``Tháng này``, ``trong quý qua``, ``Trong
# kỳ báo cáo`` (not ``trong tháng 9``, ``trong kỳ họp``, ``tháng tới``: another time); on folded text
# a sentence opened by the year under discussion, named by no number (``Trong năm, …``, ``Trong năm đã kết nạp …``,
# ``Trong năm qua …``; not ``trong năm học``, ``trong năm tới``, ``trong năm 2025``)
_RUNNING_TOTAL = regex.compile(rf"(?<!\w)(?:{TOGETHER})(?!\w)")
_NAMED_AFTER_TERM = regex.compile(r"[ \t]+\p{Lu}")
_TERM_CUE = re.compile(r"trong|này|báo cáo")  # (every pattern of a term holds one of them)
_SHORT_TERMS = {"tuần": 7, "ngày": 2}  # the longest report period each names (a day's report runs 16h to 16h: two dates)
_YEAR_OPENS = regex.compile(r"[ \t\-–+•*]*trong[ \t]+năm(?:[ \t]+qua)?(?![ \t]*\d)(?![ \t]+(?:học|tới|sau|trước|nay)(?!\w))(?!\w)")
_THIS_TERM = regex.compile(r"(?<!\w)(?:trong[ \t]+(?P<term>tháng|quý|kỳ|tuần|ngày)(?:[ \t]+(?:này|qua|báo[ \t]+cáo)(?!\w)|[ \t]*[,:])"
                           r"|(?P<term>tháng|quý|kỳ|tuần)[ \t]+(?:này|báo[ \t]+cáo)(?!\w))")
# opening its sentence, the term needs no comma after it (``Trong tuần ghi nhận 18 ca``; mid-sentence ``trong ngày hội`` is
# a festival's)
_TERM_OPENS = regex.compile(r"[ \t\-–+•*]*(?:\d{1,2}[.)][ \t]*)?trong[ \t]+(?P<term>tháng|quý|tuần|ngày)(?:[ \t]+qua)?"
                            r"(?![ \t]*\d)(?![ \t]+(?:hội|lễ|tới|sau|trước|đầu|cuối|nay|làm|công)(?!\w))(?!\w)")
_NONE = {"place": None, "organization": None, "label_period_start": None, "label_period_end": None}
# ``cả năm``, ``trong năm`` with no year after it: the whole year under discussion (not a school year, the next
# year or a year's number: ``trong năm 2026`` is a period mention of its own); a value may follow ``cả năm`` (``ước cả
# năm 620 tỷ đồng``), not ``trong năm``, which may be the year a balance is carried from
_NOT_THE_YEAR = r"học|tới|sau|trước"
# (in either case: ``Trong năm, thu …`` opens a sentence; ``trong năm qua`` is the year the report is on)
_WHOLE_YEAR = re.compile(rf"(?<!\w)(?:cả\s+năm(?!\s+(?:{_NOT_THE_YEAR}|(?:19|20)\d\d(?!\d|[.,]\d))|\w)"
                         rf"|trong\s+năm(?!\s+(?:{_NOT_THE_YEAR}|\d)|\w))", re.IGNORECASE)


def cited_spans(doc: Document) -> dict[int, list[tuple[int, int]]]:
    """Each block's references and their subjects, as spans: the words of a cited document, no figure's."""
    cited: dict[int, list[tuple[int, int]]] = defaultdict(list)
    texts = {b.block_id: b.text for b in doc.blocks}
    for row in doc.rows("references"):
        cited[row["block_id"]].append((row["char_start"], row["char_end"]))
        subject = row.get("subject")
        if subject:  # read right after the mention (``về …``): where it starts there, its span
            at = texts.get(row["block_id"], "").find(subject[:24], row["char_end"], row["char_end"] + _SUBJECT_REACH)
            if at >= 0:
                cited[row["block_id"]].append((at, at + len(subject)))
    return cited


def mention_spans(doc: Document) -> dict[int, list[tuple[int, int]]]:
    """Each block's references as spans, their subjects left out (``cited_spans`` holds both)."""
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for ref in doc.rows("references"):
        spans[ref["block_id"]].append((ref["char_start"], ref["char_end"]))
    return spans


def _overlaps(row: dict[str, Any], spans: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether ``row`` overlaps any of its block's ``spans``."""
    return any(s < row["char_end"] and row["char_start"] < e for s, e in spans.get(row["block_id"], ()))


def context_rows(doc: Document, cited: dict[int, list[tuple[int, int]]],
                 mentions: dict[int, list[tuple[int, int]]] | None = None) -> Iterator[dict[str, Any]]:
    """The rows a figure may take its context from: every place, every organisation but a cited
    document's issuer (``Quy định số 232-QĐ/TW … của Ban Chấp hành Trung ương về … cho 1.186 đảng
    viên`` counts the report's own members), and every date or period (category ``period``) but
    those inside a reference or its subject (``thông qua Báo cáo … quý I năm 2024 với 35/35 đồng chí``:
    the quarter is the cited report's, not the vote's) or a quoted name; ``cited`` is ``cited_spans(doc)``, ``mentions``
    ``mention_spans(doc)`` (read here when not given)."""
    texts = {b.block_id: b.folded for b in doc.blocks}  # (``So với cùng kỳ …``: its words in any case)

    mentions = mention_spans(doc) if mentions is None else mentions
    for row in doc.rows("entities"):
        if row.get("category") == "organization" and _overlaps(row, cited):
            continue
        # a place a cited document's name holds (``Nghị quyết Đại hội … Đảng bộ tỉnh Quảng Trị lần thứ XVII``) is its own
        if row.get("category") == "place" and any(s <= row["char_start"] and row["char_end"] <= e
                                                  for s, e in mentions.get(row["block_id"], ())):
            continue
        yield row
    quoted: dict[int, list[tuple[int, int]]] = {}
    for row in doc.rows("dates"):
        if not (row.get("start") and row.get("end")) or _overlaps(row, cited) or _anniversary(row):
            continue
        if compared_base(texts.get(row["block_id"], ""), row["char_start"]):
            yield {**row, "category": _BASES}  # (the time of a value restated in brackets right after it)
        elif not _season_or_moved(texts.get(row["block_id"], ""), row["char_start"]):
            spans = quoted.get(row["block_id"])
            if spans is None:
                spans = quoted[row["block_id"]] = _quoted_spans(texts.get(row["block_id"], ""))
            if not any(a < row["char_start"] < b for a, b in spans):
                # (``phong trào "Chung tay xóa nhà tạm … trong năm 2025"``: a movement's name dates nothing)
                yield {**row, "category": "period"}


# A period a figure is compared with (``tăng 5,3% so với ước thực hiện năm 2024; trong đó thu nội địa
# 5.830 tỷ đồng``: ``date_combine.compared_base``, kept apart by ``context_rows``) or that an amount moves into
# (``tồn quỹ chuyển sang năm 2025 là 870 triệu đồng``): the figures after it in the sentence are not of that time
# (5.830 was dated 2024, 870 a target for 2025).
def _season_or_moved(text: str, start: int) -> bool:
    """``_MOVED_INTO`` ends at ``start``, or a holiday's name does (``Nhân dịp Quốc khánh 2/9, trao 245 suất quà``:
    gifts of the season, not of that day)."""
    if _HOLIDAY_BEFORE.search(text, max(0, start - 40), start):
        return True
    before = text[max(0, start - 40):start]
    return "sang" in before and _MOVED_INTO.search(before) is not None


# (``các ngày lễ 30/4, 01/5``: a list of holidays by their days)
_HOLIDAY_BEFORE = regex.compile(rf"(?<!\w)(?:{'|'.join(HOLIDAY_WORDS)})[ \t]+(?:\d{{1,2}}[/.-]\d{{1,2}}[ \t]*(?:,|và)[ \t]*)*\Z")
_MOVED_INTO = regex.compile(r"(?<!\w)chuyển(?:[ \t]+nguồn)?[ \t]+sang[ \t]+\Z", regex.IGNORECASE)


def _anniversary(row: dict[str, Any]) -> bool:
    """``Ngày hội Đại đoàn kết toàn dân tộc (18/11/1930 - 18/11/2024)``: a range from a day to the
    same day years later counts the years since a founding; it dates no figure of its sentence
    (``… tại 312/312 khu dân cư`` was dated 1930-2024)."""
    start, end = str(row["start"]), str(row["end"])
    return row.get("kind") == "range" and start[5:] == end[5:] and start[:4] != end[:4]


_SUBJECT_REACH = 40  # from a mention's end to its subject: ``ngày …`` read into the mention, then `` về ``


def _label(row: dict[str, Any]) -> str | None:
    """Places read with their type ("phường 1", "xã Tân Phú Đông"); organisations by name; a
    period as ``start/end``."""
    if row.get("category") in ("period", _BASES):
        return f"{row['start']}/{row['end']}"
    name = row.get("name") or row.get("text")
    if not name:
        return None
    if row.get("category") == "place" and row.get("type") and not str(name).lower().startswith(str(row["type"]).lower()):
        return f"{row['type']} {name}"
    return str(name)
