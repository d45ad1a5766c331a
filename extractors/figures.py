"""Figures (SPEC §4): every numeric quantity a report states, with value, unit,
kind, qualifier and what was counted — in prose, footnotes and tables.

Table cells are read first (their unit and labels come from the table's
headers); every other block, and every cell that is not a bare number, is
read as prose. Each row carries the report's period and the place and
organisation its sentence names, so it can be used on its own.
"""
from __future__ import annotations

import re

from extractors import figure_status
from extractors.date_report import months_covered
from extractors.figure_context import FigureContext
from extractors.figure_counted import WHEN, topic_of, without_opening_links
from extractors.figure_prose import scan
from extractors.figure_record import Figure
from extractors.figure_tables import CellLabels, table_figures
from pipeline.normalize import fold
from pipeline.models import Block, Document

TABLE = "figures"
AFTER = ("dates", "references", "entities")


def extract(doc: Document) -> None:
    claimed = _claimed_spans(doc)
    context = FigureContext(doc)
    found, handled, cell_labels = table_figures(doc)
    for block, figure in found:
        _add(doc, block, figure, context)
    period = months_covered(doc.period_start, doc.period_end)
    refs_in: dict[int, list[dict]] = {}
    names_in: dict[int, list[tuple[int, int, bool]]] = {}  # each block's names: (start, end, whether a reference's)
    for ref in doc.rows("references"):
        refs_in.setdefault(ref["block_id"], []).append(ref)
        names_in.setdefault(ref["block_id"], []).append((ref["char_start"], ref["char_end"], True))
    places_in: dict[int, list[str]] = {}
    for place in doc.rows("entities"):
        if place.get("category") == "place":
            places_in.setdefault(place["block_id"], []).append(fold(" ".join(place["text"].split())))
        elif place.get("category") == "organization":
            names_in.setdefault(place["block_id"], []).append((place["char_start"], place["char_end"], False))
    for block in doc.blocks:
        if block.block_id in handled:
            continue
        labels = cell_labels.get(block.block_id)
        in_prose = scan(block.text, claimed.get(block.block_id, ()), block.folded)
        places = _respectively(block, in_prose, context) if "lần lượt" in block.folded else {}
        cited = context.cited.get(block.block_id)
        parts = "trong đó" in block.folded or "cụ thể" in block.folded
        symbols = [(r["symbol"], " ".join(r["text"].split())) for r in refs_in.get(block.block_id, ()) if r.get("symbol")]
        added: list[dict] = []
        for figure in in_prose:
            if period is not None and figure.kind == "duration" and figure.unit == "tháng" and figure.value == period:
                continue  # ``Trong 9 tháng, …`` in a report on 9 months: the period, not a length of time measured
            if cited:
                _no_cited_words(block.text, figure, cited)
            if symbols and figure.counted:
                _no_reference_opening(figure, symbols)
            if figure.counted and block.block_id in names_in:
                _no_name_cut(block.text, figure, names_in[block.block_id])
            if figure.counted and block.block_id in places_in:
                _no_place_opening(figure, places_in[block.block_id])
            row = _add(doc, block, figure, context, labels, places.get(id(figure)))
            if added and parts:
                _part_of(block.folded, added, row, context.from_section)
            if row["place"] and ":" in block.text:
                _placed_item_of_topic(block.text, block.folded, row)
            added.append(row)
    if doc.footnotes:
        _notes_at_their_anchors(doc, context)


# ``huyện Hương Khê và huyện Vũ Quang đạt thấp nhất, lần lượt 88,7% và 89,1%``: "respectively"
_RESPECTIVELY = re.compile(r"(?<!\w)lần\s+lượt(?:\s+(?:là|đạt|chiếm|tăng|giảm|có|bằng|ở\s+mức))?\s*:?\s*\Z")
_NEXT_OF_LIST = re.compile(r"\s*(?:,|;|và)?\s*(?:và\s+)?")
_RESPECTIVELY_TAIL = re.compile(r"[\s,]*lần\s+lượt.*\Z", re.IGNORECASE)


def _respectively(block: Block, figures: list[Figure], context: FigureContext) -> dict[int, str]:
    """Figures listed after ``lần lượt`` go one to one with the places named before it (the place of
    each, by ``id``), and all measure what the words before ``lần lượt`` name (the second measured
    ``lần lượt 88,7% và``, and both took the last place named)."""
    folded, places = block.folded, dict[int, str]()
    i = 0
    while i < len(figures):
        if not _RESPECTIVELY.search(folded, max(0, figures[i].start - 30), figures[i].start):
            i += 1
            continue
        run = [figures[i]]
        while i + len(run) < len(figures) and _NEXT_OF_LIST.fullmatch(folded, run[-1].end, figures[i + len(run)].start):
            run.append(figures[i + len(run)])
        i += len(run)
        if len(run) < 2:
            continue
        subject = _RESPECTIVELY_TAIL.sub("", run[0].counted or "").strip() or None
        for figure in run:
            figure.counted = figure.subject = subject
        named = context.places_before(block.block_id, run[0].start)
        # the last places of one type as many as the figures (``huyện A và huyện B của tỉnh C``: A and B), else the last
        # ones but those after ``của`` (``thành phố Quảng Ngãi và huyện Bình Sơn lần lượt …``)
        for end in range(len(named), len(run) - 1, -1):
            group = named[end - len(run):end]
            if len({place.split()[0] for place in group}) == 1:
                places.update((id(figure), place) for figure, place in zip(run, group))
                break
        else:
            own = context.places_before(block.block_id, run[0].start, parents=False)
            if len(own) >= len(run):
                places.update((id(figure), place) for figure, place in zip(run, own[-len(run):]))
    return places


def _placed_item_of_topic(text: str, folded: str, row: dict) -> None:
    """``Số suất quà phân bổ cho các địa phương: huyện Minh Hóa 1.620 suất; huyện Tuyên Hóa 1.280 suất``: an item
    that names only its place before its number counts what the words before the colon name (the first counted
    them with its place, the others only ``suất huyện Tuyên Hóa``)."""
    start = row["char_start"]
    item = max(text.rfind(";", 0, start), text.rfind(":", 0, start))
    colon = text.rfind(":", 0, start)
    # (the place may be marked former: ``xã Phú Kiết (cũ) 612 ha`` in a report after the 2025 merger)
    named = _FORMER_MARK.sub("", " ".join(text[item + 1:start].split())).strip("-+•* ")
    if colon < 0 or named.lower() != str(row["place"]).lower():
        return
    topic = topic_of(text, folded, colon)  # (``Gồm:``, ``Trong đó:`` name nothing)
    if topic and ";" not in topic:
        row["counted"] = topic


_FORMER_MARK = re.compile(r"\s*\((?:cũ|trước đây)\)\s*$", re.IGNORECASE)
_LABEL_WORDS = 3


def _notes_at_their_anchors(doc: Document, context: FigureContext) -> None:
    """A note speaks of the sentence it is anchored in. Its figures that name no time of their own take the time that
    sentence gives (the period before the anchor, or its section's: they had none). A note that breaks down the figure
    it is anchored after (``… đạt chuẩn trình độ đào tạo là 94,7%¹`` / ``¹ Mầm non 91,2%; tiểu học 95,8%``): its
    figures of the same kind name only their part (``Mầm non``), so they count what the anchored figure counts, with
    the part after a colon."""
    rows = doc.rows(TABLE)
    by_block: dict[int, list[dict]] = {}
    for row in rows:
        by_block.setdefault(row["block_id"], []).append(row)
    texts = {b.block_id: b.text for b in doc.blocks}
    for note in doc.footnotes:
        if note.anchor_block_id is None or note.anchor_char is None or note.block_id not in by_block:
            continue
        undated = [r for r in by_block[note.block_id] if r["label_period_start"] is None]
        if undated and note.anchor_reliable:
            time = context.around(note.anchor_block_id, note.anchor_char)
            for row in undated:
                row["label_period_start"], row["label_period_end"] = time["label_period_start"], time["label_period_end"]
        text = texts.get(note.anchor_block_id, "")
        anchored = [r for r in by_block.get(note.anchor_block_id, ()) if r["char_end"] <= note.anchor_char
                    and not _SENTENCE_BREAK.search(text, r["char_end"], note.anchor_char) and r.get("counted")]
        for row in by_block[note.block_id]:
            # the whole is the last figure of the anchor's sentence of the part's kind and unit: ``162 hộ chưa nhận tiền
            # bồi thường với số tiền khoảng 25,2 tỷ đồng¹`` / ``¹ Trong đó: xã Nghi Thạch 58 hộ`` breaks down the 162 hộ
            whole = next((r for r in reversed(anchored) if r["kind"] == row["kind"] and r["unit"] == row["unit"]), None)
            part = _part_named(row)
            if whole is not None and len(part.split()) <= _LABEL_WORDS \
                    and (not part or fold(part) not in fold(whole["counted"])) and not _EACH.match(fold(part)):
                row["counted"] = f"{whole['counted']}: {part}" if part and fold(part) != fold(row["unit"] or "") else whole["counted"]


def _part_named(row: dict) -> str:
    """The words a note's figure names its part by: what it counts, less its own noun before them and the place the
    ``place`` column gives (``58 hộ`` counted ``hộ xã Nghi Thạch``, at ``xã Nghi Thạch``: no other words)."""
    part = row.get("counted") or ""
    unit = row.get("unit") or ""
    if unit and fold(part).startswith(fold(unit) + " "):
        rest = part[len(unit):].strip()
        if row.get("place") and fold(rest) == fold(row["place"]):
            return ""
    return part


_SENTENCE_BREAK = re.compile(r"[.;!?](?:\s|$)|\n")
# (what each one got is no part of the whole: ``… tổng trị giá 705 triệu đồng¹`` / ``¹ … 50 suất, mỗi suất 500.000 đồng``)
_EACH = re.compile(r"mỗi(?!\w)")


# ``…; trong đó thu nội địa …`` in the whole's sentence, or a sentence of parts after it: ``… 320 lao động. Trong đó, …``,
# ``… 12 tỷ đồng. Cụ thể: …``
_OF_WHICH = re.compile(r"[;,:(.!?]\s*(?:trong\s+đó\s*[,:]?|cụ\s+thể\s*[,:])\s")
_SENTENCE_MARKS = (". ", "\n")


def _part_of(folded: str, before: list[dict], row: dict, period_of_section: bool = False) -> None:
    """``… năm 2025 là 6.120 tỷ đồng, tăng 5,3% …; trong đó thu nội địa 5.830 tỷ đồng``: a part, after
    ``trong đó`` in the same sentence or opening the next, is of the time, status and place of the whole, the last
    amount before it in its unit (else, in a sentence of parts, the last figure before it: ``… cho 320 lao động. Trong
    đó, lao động nữ 150 người``), where its own words give none (the part had no period, no status: done, and in a
    sentence of its own no place); not its body: the last body before a whole is often the one it is measured against
    (``bằng 78,5% dự toán Hội đồng nhân dân tỉnh giao``), no actor of the parts. A period only its section gave it is
    no word of its own (``… đến ngày 30/6/2025 là 1.235 tỷ đồng …; trong đó … 786 tỷ đồng``). Each is taken alone: a
    part's own ``ước đạt`` leaves it the whole's time (``Tổng lượt khách … 6 tháng đầu năm 2024 ước đạt 9,5 triệu lượt
    …; trong đó khách quốc tế ước đạt 86.500 lượt``: it had none)."""
    needs_period = row["label_period_start"] is None or period_of_section
    of_which = None
    for of_which in _OF_WHICH.finditer(folded, before[0]["char_end"], row["char_start"]):
        pass  # the last ``trong đó`` before the part: every part listed after it is of one whole
    if of_which is None or any(mark in folded[of_which.start() + 1:row["char_start"]] for mark in _SENTENCE_MARKS):
        return
    # (not an aside's: ``… cao hơn bình quân chung của tỉnh (55,8%). Trong đó, … đạt 45,5% kế hoạch``)
    earlier = [b for b in before if b["char_end"] <= of_which.start()
               and folded.rfind("(", 0, b["char_start"]) <= folded.rfind(")", 0, b["char_start"])]
    opens = folded[of_which.start()] in ".!?"  # (a sentence of parts: its first words say no more of the whole)
    whole = next((b for b in reversed(earlier) if b["unit"] == row["unit"]), earlier[-1] if earlier and opens else None)
    if whole is None or any(mark in folded[whole["char_end"]:of_which.start()] for mark in _SENTENCE_MARKS):
        return
    if needs_period:
        row["label_period_start"], row["label_period_end"] = whole["label_period_start"], whole["label_period_end"]
    row["status"] = row["status"] or whole["status"]
    row["place"] = row["place"] or whole["place"]


def _add(doc: Document, block: Block, figure: Figure, context: FigureContext, labels: CellLabels | None = None,
         place: str | None = None) -> dict:
    # a table figure's labels name its period; a prose figure's sentence does, else the table's
    # labels for the cell it is written in (``Ghi chú``: ``Giảm 150 hộ``)
    around = context.around(block.block_id, figure.start, figure.end, figure.moved_from)
    if place is not None:
        around["place"] = place  # (``lần lượt``: each figure's own of the places listed)
    elif around["place"] is None and figure.label_blocks:
        _placed_by_labels(figure, around, context)
    if labels is not None:
        around |= {"row_label": labels.row_label, "col_label": labels.col_label}
        if labels.row_label and (not figure.subject or figure.names_only_its_noun):
            # ``Đạt 112,9% dự toán`` in the row of ``Thu ngân sách``: the row's item is what it measures; a count
            # that names only its noun (``3.598/3.712 hộ``) counts the row's item, which names the noun itself
            own = figure.counted if not figure.names_only_its_noun or fold(figure.unit or "") not in fold(labels.row_label) else None
            figure.counted = " ".join(p for p in (labels.row_label, own) if p)
        if around["label_period_start"] is None and labels.period is not None:
            around["label_period_start"], around["label_period_end"] = labels.period
    row = around | figure.attrs()
    row["status"] = _status(doc, block, figure, row, labels)
    return doc.add(TABLE, block, figure.start, figure.end, **row, period_start=doc.period_start, period_end=doc.period_end)




def _placed_by_labels(figure: Figure, around: dict, context: FigureContext) -> None:
    """A table of results by district (rows ``Huyện Minh Hóa``, ``Thị xã Ba Đồn``, ``Toàn tỉnh``): the row's place
    is each figure's, and what it counts is its column (the figures had no place, and counted the district); a table by
    body (``Chi bộ thôn Phù Đê``) likewise gives its row's body as the figures' organization; a row of the rest
    (``Các xã còn lại``, or ``Các chi hội còn lại`` in a table whose other rows are places or bodies) is named by where
    too, though by no one place: its column says what, and it has no place."""
    for i, block_id in enumerate(figure.label_blocks):
        named = context.place_named_by(block_id)
        body = context.body_named_by(block_id) if named is None else None
        if named is not None or body is not None or context.places_named_together_by(block_id) or (
                i < figure.row_blocks and context.rest_of_rows_named(block_id, figure.table_rows)):
            # (or by body: rows ``Chi bộ thôn Phù Đê``, ``Công an huyện``: the row's body acts, its column says what)
            if named is not None:
                around["place"] = named
            elif body is not None:
                around["organization"] = body
            col_label = figure.extra.get("col_label")
            # (where the column names the place, ``Xã Mỏ Vàng`` over a row ``Người chết``, the row still says what)
            when = " ".join(fold(col_label or "").split())
            if i < figure.row_blocks and col_label and figure.counted == figure.extra.get("row_label"):
                # (a column of a time says when, not what: the table's unit is what, ``mô hình`` of ``ĐVT: mô hình``)
                figure.counted = figure.unit if WHEN.fullmatch(when) or _A_YEAR.fullmatch(when) else col_label
            return


_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _status(doc: Document, block: Block, figure: Figure, row: dict, labels: CellLabels | None) -> str | None:
    """Target, estimate or null (stated as done): a table cell's number by its labels; prose by the words
    before it, then, in a text cell, by the cell's labels; failing those, by its date (see ``figure_status``)."""
    if "col_label" in figure.extra:  # a number a table cell holds alone
        said, status = figure_status.in_labels(row.get("col_label"), row.get("row_label"))
        if not said and row.get("col_label"):
            # labels that say nothing (``Kinh phí (triệu đồng)``): the section's (``IV. KINH PHÍ THỰC HIỆN`` of a plan), as
            # for prose; not a column whose labels were lost (a plan's columns may be the last year's results)
            status = figure_status.section_status(doc, block)
    else:
        status = figure_status.in_prose(doc, block, figure.start, figure.end)
        if status is None and labels is not None:
            status = figure_status.in_labels(labels.col_label, labels.row_label)[1]
    return status or figure_status.by_date(row, doc)


def _no_cited_words(text: str, figure: Figure, cited: list[tuple[int, int]]) -> None:
    """``Quán triệt Nghị quyết số 43-NQ/TW về …, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc cho 1.245 lượt cán
    bộ``: the words a count took from before it are the cited document's title (within ``cited``, the block's
    ``cited_spans``), not what was counted."""
    unit, counted = figure.unit or "", figure.counted or ""
    tail = counted[len(unit):].strip() if unit and counted.startswith(unit) else ""
    if len(tail.split()) < 3:
        return
    at = text.rfind(tail, 0, figure.start)
    if at >= 0 and any(s <= at and at + len(tail) <= e for s, e in cited):
        figure.counted = unit


_OPENING_WORDS = 4


def _no_reference_opening(figure: Figure, symbols: list[tuple[str, str]]) -> None:
    """``Quyết định số 5210/QĐ-UBND giao tổng thu ngân sách … 202.150 triệu đồng``: a phrase cut by its length inside a
    reference that opens the clause starts after the reference (its symbol, and its date and body where the reference
    names them: it was ``định số 5210/QĐ-UBND giao …``); a reference further in stays, as part of what is described
    (``đảng viên vi phạm Quy định số 69-QĐ/TW``). ``symbols``: each reference's symbol and its text."""
    words = figure.counted.split() if figure.counted else []
    for i, word in enumerate(words[:_OPENING_WORDS]):
        written = next((said for symbol, said in symbols if symbol in word), None)
        if written is None or i + 1 >= len(words):
            continue
        rest = " ".join(words[i + 1:])
        tail = written[written.find(word) + len(word):].strip() if word in written else ""
        if tail and rest == tail:
            return  # (all the reference's: ``… số 204/2025/QH15 ngày 17/6/2025 của Quốc hội khoảng 110 tỷ đồng``)
        if tail and rest.startswith(tail + " "):
            rest = rest[len(tail) + 1:]
        _recount(figure, rest)
        return


_LINK_WORDS = 3  # the linking words a figure's clause may end with before it, left out of the phrase (``ước đạt khoảng``)


def _no_name_cut(text: str, figure: Figure, names: list[tuple[int, int, bool]]) -> None:
    """A phrase that opens inside a name, cut there by the name's own comma or number: ``Trung tâm Văn hóa, Thông tin và
    Thể thao huyện đã đăng tải 45 tin, bài`` counted ``tin, bài Thông tin và Thể thao huyện đã đăng tải``, ``… quán
    triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII cho cán bộ chủ chốt tại 2 điểm cầu`` ``điểm cầu khóa XIII cho cán
    bộ chủ chốt``. An organisation's name is taken whole, as one a clause opens with is (who did it); a reference's is
    left out, as a reference's cut at its symbol is (``_no_reference_opening``). ``names``: the block's references and
    organisations as (start, end, whether a reference)."""
    unit, counted = figure.unit or "", figure.counted or ""
    prefix = unit if unit and counted.startswith(unit + " ") else ""
    tail = counted[len(prefix):].strip()
    at = text.rfind(tail, 0, figure.start)
    stop = at + len(tail)
    if at < 0 or len(text[stop:figure.start].split()) > _LINK_WORDS:
        return  # (the words are not the clause right before the figure: ``15/15 xã, phường`` once said in a name before)
    cut = next(((start, end, reference) for start, end, reference in names if start < at < end), None)
    if cut is None:
        return
    start, end, reference = cut
    whole = without_opening_links(" ".join(text[end:stop].split())) if reference else " ".join(text[start:stop].split())
    if not whole:
        return  # (all the reference's words: no others to count)
    _recount(figure, f"{prefix} {whole}".strip())


def _no_place_opening(figure: Figure, places: list[str]) -> None:
    """``Các xã Tân Thủy, An Thủy đã gieo trồng lại 100% diện tích``: the places that open the phrase are where, no
    part of what is counted (it was ``An Thủy đã gieo trồng lại diện tích``), and the place column says where; the
    phrase starts after them and the words that link them (``Xã Long Hưng có diện tích tự nhiên`` is ``diện tích tự
    nhiên``). ``places``: the block's place mentions, folded."""
    rest = figure.counted or ""
    while (name := _opening_place(fold(rest), places)) is not None:
        rest = without_opening_links(_LIST_GAP.sub("", rest[len(name):], count=1))
    if rest != figure.counted and rest:
        _recount(figure, rest)


def _recount(figure: Figure, phrase: str) -> None:
    """``figure`` now counts ``phrase``; its subject follows where it held the same words, the two one reading of the
    clause (the mends above correct that reading, not a subject read apart)."""
    if figure.subject == figure.counted:
        figure.subject = phrase
    figure.counted = phrase


# (with the mark of a unit before or after the 2025 merger that the name carries: ``xã Phú Kiết (cũ)``, ``Xã Hoằng Lộc mới``)
_LIST_GAP = re.compile(r"^\s*(?:\(\s*(?:cũ|mới)\s*\)|mới(?=\s))?\s*(?:,|và|,\s*và)?\s*", re.IGNORECASE)


def _opening_place(folded: str, places: list[str]) -> str | None:
    """The place of ``places`` that ``folded`` opens with (its phrase folded once for all of them), if one does."""
    return next((p for p in places if folded.startswith(p + " ")), None)


def _claimed_spans(doc: Document) -> dict[int, list[tuple[int, int]]]:
    """Spans of dates and references: numbers inside them are not figures."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for table in ("dates", "references"):
        for row in doc.rows(table):
            spans.setdefault(row["block_id"], []).append((row["char_start"], row["char_end"]))
    return spans
