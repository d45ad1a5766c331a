"""Document references (SPEC §2): every mention of another document, or of itself.

Per document, ``extract`` finds numbered symbols (party ``01-KL/TW`` and state
``30/2020/NĐ-CP`` style), short forms (``Quyết định 217, 218``) and specific
instruments cited by name, and reads around each its type, date, issuing body,
term and subject. Over the corpus, ``resolve`` groups mentions into canonical
documents and writes the ``directives`` and ``citations`` tables.

Issue dates are taken from the ``dates`` rows when that component found the
date inside the reference (so both tables agree), and read here otherwise.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

import regex

from extractors import reference_context as C
from extractors.reference_find import (Mention, extend_after, extend_before, infer_party_symbol, issuer_of_body, named,
                                       numbered, scan_heads, shortforms)
from extractors import reference_patterns as P
from extractors.reference_relations import DOCUMENT_ACTS, note_act, reaches_anchor, relation_before, sentence_ends_between
from gazetteers.admin_units import by_name, unit_types
from gazetteers.refdata import (block_match_form, institution_kinds, issuer_for_code, match_form, norm, prose_body_heads, type_for_code,
                                type_for_word)
from pipeline.models import Block, Document
from pipeline.normalize import key
from pipeline.title import letter_subject

if TYPE_CHECKING:  # pandas only for the corpus step; a worker that extracts never pays its import
    import pandas as pd

TABLE = "references"
AFTER = ("dates",)

_COORDINATED = regex.compile(r"(?:,|(?<!\w)và)[ \t\n]{0,3}\Z")  # ``… và <ref>``: the same list
# (not ``;``: ``Nghị quyết 43-NQ/TW, Chỉ thị 18-CT/TW; Kết luận số 61-KL/TW … của Ban Bí thư`` is another item)
_SAME_LIST = regex.compile(r"[ \t\n]{0,3}(?:,[ \t\n]{0,3}(?:và[ \t\n]{1,3})?|và[ \t\n]{1,3})")  # ``A, B và C``
# ``Kế hoạch 56 của Ban Thường vụ Tỉnh ủy và Quyết định 1547``, ``Nghị quyết Đại hội … lần thứ XXVIII, nhiệm kỳ
# 2020-2025 và Nghị quyết số 37-NQ/TW``: an item's issuer or term written after it, then the list goes on
_ITEM_TAIL = (r"(?:[ \t\n]{0,3},?[ \t\n]{0,3}(?:của(?:[ \t\n]+(?!(?:đã|đang|sẽ|được|chưa|không)(?!\w))[^\s,;.()\d]+){1,8}?|nhiệm[ \t\n]+kỳ[ \t\n]+"
              r"\d{4}[ \t\n]*[-–][ \t\n]*\d{4}|\(?khóa[ \t\n]+[ivxlc]+\)?))+")
_ITEM_TAIL_THEN_LIST = regex.compile(_ITEM_TAIL + _SAME_LIST.pattern)
_SEPARATOR_AT_END = regex.compile(r"(?:[ \t\n]{0,3}(?:[)”\"]{0,2}[ \t\n]{0,3}[,;]|(?<!\w)và))?[ \t\n]{0,3}\Z")
# ``Chỉ thị số 27/CT-TTg … (sau đây viết tắt là Chỉ thị số 27/CT-TTg)``: the short name is the same citation
_ALIAS = regex.compile(r"[ \t\n]{0,3}\((?:sau[ \t\n]+đây[ \t\n]+)?(?:gọi|viết)[ \t\n]+(?:tắt[ \t\n]+)?là[ \t\n]+")
_LISTED_BEFORE = regex.compile(r"(?:,|;|(?<!\w)và)[ \t\n]{1,3}\Z")
_NEXT_ITEM = regex.compile(r"[ \t\n]{0,3}[)”\"]{0,2}[ \t\n]{0,3};[ \t\n]{0,3}")  # ``Căn cứ A; B; C``, ``A (… là X); B``
# (after an item's term: ``Thực hiện Nghị quyết Đại hội … lần thứ VIII, nhiệm kỳ 2022-2027; Chỉ thị số 43-CT/TW …``)
_ITEM_TAIL_THEN_NEXT = regex.compile(_ITEM_TAIL + _NEXT_ITEM.pattern)
_HEADER_DATE = regex.compile(r"ngày[ \t]{1,3}(\d{1,2})[ \t]{1,3}tháng[ \t]{1,3}(\d{1,2})[ \t]{1,3}năm[ \t]{1,3}(\d{4})")
_HEADER_BLOCKS = 12
# what may stand between a reference and the instrument it issues: ``về việc ban hành “…``
_SUBJECT_HEAD = regex.compile(r"[ \t\n,]{0,4}(?:về[ \t\n]{1,3})?(?:việc[ \t\n]{1,3})?(?:(?:ban[ \t\n]hành|phê[ \t\n]duyệt)[ \t\n]{1,3})?[“\"'‘]?[ \t\n]{0,2}")
_SPACE_RUN = regex.compile(r"\s+")
_NATIONAL = regex.compile(r"(?:cộng hòa|đảng cộng sản|độc lập)")
# types whose name is also the verb of the issuing body's sentence (``Ban Thường vụ báo cáo …``)
_SPEAKING_TYPES = ("BC", "HD", "TB", "KL")
# a news item's lead opening with its source: ``Theo Báo cáo số …``, ``(Dân vận) - Theo Báo cáo …``
_ACTS = DOCUMENT_ACTS | {"issues"}
_REVIEWED_TOO = regex.compile(r"(?<!\w)và[ \t\n]+\d{1,2}[ \t\n]+năm[ \t\n]+(?:triển[ \t\n]+khai[ \t\n]+)?thực[ \t\n]+hiện[ \t\n]*\Z")
_SUBJECTS_ACTS = _ACTS | {"reviews"}  # what a document named in another's subject is done by that one
_SOURCE_LEAD = regex.compile(r"(?:\(?[^\W\d][^.;:()]{0,40}\)?[ \t]*[-–][ \t]*)?theo[ \t]+\Z")


def extract(doc: Document) -> None:
    dated = _dates_by_block(doc)
    found: list[tuple[Block, Mention]] = []
    folded: dict[int, str] = {}
    for block in doc.blocks:
        text = block.text
        f = folded[block.block_id] = block_match_form(block)
        mentions = _in_block(text, f)
        if not mentions:
            continue
        for m in mentions:
            _link_date(m, dated.get(block.block_id, []))
        found.extend((block, m) for m in mentions)
    _mark_self(doc, found)
    # a news item (a web page's publication time, no number of its own) issues, amends or replaces nothing: what it
    # tells others did (``Huyện ủy đã ban hành Báo cáo số 215-BC/HU``) is no act of its
    reports_only = doc.published is not None and not any(m.header for _, m in found)
    previous: tuple[Block, Mention, str] | None = None
    first = ""  # the relation of the sentence's first reference
    # whose acts the text's are: the body its own number names (another body's ``ban hành`` is no act of the text)
    own_code = next((norm(m.issuer_code) for _, m in found if m.is_self and m.issuer_code), None)
    asides = _asides(doc, found)
    for n, (block, m) in enumerate(found):
        f = folded[block.block_id]
        same_sentence = previous is not None and previous[0] is block and not sentence_ends_between(f, previous[1].end, m.start)
        # cue words inside the reference before, its subject included (``… làm theo tư tưởng … và Kết luận số
        # 01``: ``theo`` is the subject's verb), are not this one's; inside that subject, those after it are
        low = 0
        in_subject = False  # (a subject cut at this mention leads to it)
        if same_sentence and previous is not None:
            low = previous[1].end
            in_subject = m.start <= (previous[1].subject_end or 0)
            if not in_subject:
                low = max(low, previous[1].subject_end or 0)
        relation = "" if m.is_self else relation_before(f, m.start, min(low, m.start))
        if block.block_id in asides and relation in DOCUMENT_ACTS:
            relation = "unknown"  # (``¹ Thay thế Nghị định số 47/2014/NĐ-CP``: the anchored document's act, as in a bracket)
        if relation == "unknown" and m.body_written_before and m.issuing_body and (
                at := block.text.rfind(m.issuing_body, max(low, m.start - 160), m.start)) > 0:
            # ``Theo đề nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện tại Tờ trình …``: a long body
            # read before the document put its cue out of reach
            relation = relation_before(f, at, min(low, at))
        if in_subject and previous is not None and (relation in _SUBJECTS_ACTS or relation == "continues"
                                                    or previous[2] == "per"
                                                    or previous[2] == "unknown" and relation != "per") and not (
                previous[2] == "issues" and relation in _SUBJECTS_ACTS):
            # ``Triển khai Kết luận 118 về điều chỉnh, bổ sung Chỉ thị 35``: Kết luận 118 amends it (the edge
            # between the two, ``reference_tables``); the text does to it what it does to 118 (``Căn cứ Chương trình
            # 05 … thực hiện Nghị quyết 57``: 57 is a basis too; ``Kết luận số 01 … về tiếp tục thực hiện Chỉ thị số
            # 05``: 01 continues 05, the text does not; nor does a news item that tells of ``Nghị quyết số 45 …, nhằm cụ
            # thể hóa Nghị quyết số 57``, nor a list of documents). What a document the text issues does is the
            # text's act (``ban hành Quyết định số 16 sửa đổi, bổ sung Quyết định số 31``: it amends 31).
            relation = previous[2] if previous[2] not in ("", *_SUBJECTS_ACTS) else "unknown"
        if same_sentence and previous is not None and previous[2] == "reviews" and relation == "implements" and \
                _REVIEWED_TOO.search(f, max(previous[1].end, m.start - 40), m.start):
            relation = "reviews"  # ``sơ kết 17 năm thực hiện Chỉ thị 21 … và 5 năm thực hiện Chỉ thị 36``: both reviewed
        if relation == "issues" and own_code and norm(m.issuer_code or "") != own_code and (
                m.body_written_before or _ADVISED_ISSUE.search(f, max(0, m.start - 160), m.start)):
            relation = "unknown"  # ``Ủy ban nhân dân huyện ban hành Kế hoạch số 87/KH-UBND`` in a Ban Dân vận's report;
            # ``Phòng đã tham mưu UBND huyện ban hành 28 văn bản, trong đó có Kế hoạch số 95/KH-UBND``: the body advised
        if reports_only and relation in _ACTS:
            relation = "unknown"
        if relation == "unknown" and not in_subject:
            relation = _unread_item_relation(f, m.start, min(low, m.start)) or relation
        if not same_sentence:
            first = relation
        elif relation == "unknown":
            relation = _listed_relation(f, previous[1], previous[2], m, first) or relation
        previous = (block, m, relation)
        doc.add(
            TABLE, block, m.start, m.end,
            symbol=m.symbol, name=m.name,
            type=m.type, type_code=m.type_code, number=m.number, year=m.year,
            issuer_code=m.issuer_code, issuing_body=m.issuing_body, term=m.term, date=m.date,
            subject=m.subject, inferred=m.inferred, is_self=m.is_self, canonical_id=None,
            mention_id=f"{doc.doc_id}#{n + 1}", resolves_to=m.resolves_to,
            evidence="; ".join(m.evidence) or None, date_conflict=False,
            date_char_start=m.date_span[0] if m.date_span and m.date else None,
            relation=relation or None,
        )


def _asides(doc: Document, found: list[tuple[Block, Mention]]) -> set[int]:
    """The notes that say what the document their marker stands right after does (``… Nghị định số 88/2024/NĐ-CP
    … khi Nhà nước thu hồi đất¹`` / ``¹ Thay thế Nghị định số 47/2014/NĐ-CP …``): their blocks. Its act is no act of
    the report's, as in a bracket after the document (``reference_tables`` gives the edge between the two)."""
    by_block: dict[int, list[Mention]] = {}
    for block, m in found:
        by_block.setdefault(block.block_id, []).append(m)
    texts = {b.block_id: b.text for b in doc.blocks}
    out: set[int] = set()
    for note in doc.footnotes:
        if note.anchor_block_id is None or note.anchor_char is None or not note.anchor_reliable or not by_block.get(note.block_id):
            continue
        text = texts.get(note.anchor_block_id, "")
        if any(reaches_anchor(text, (m.end, m.subject_end), note.anchor_char) for m in by_block.get(note.anchor_block_id, ())
               if not m.is_self) and note_act(texts[note.block_id][:by_block[note.block_id][0].start]):
            out.add(note.block_id)
    return out


# the report's body advised another that issued (``tham mưu UBND huyện ban hành …``): that one's act, when the
# document's code is not the report's own
_ADVISED_ISSUE = regex.compile(r"(?<!\w)tham[ \t\n]+mưu(?:[ \t\n]+cho)?(?:[ \t\n]+[^\s.;]+){1,8}?[ \t\n]+ban[ \t\n]+hành"
                               r"(?!\w)[^.;]*\Z")


def _listed_relation(f: str, previous: Mention, relation: str, m: Mention, first: str) -> str | None:
    """The relation of a reference listed right after ``previous`` (``relation``), whose own words say none.

    ``Luật A, Luật B và Luật C`` share A's relation; the items of ``Căn cứ A; B; C`` share the
    sentence's first reference's (``first``), not A's own, which may come from inside A's subject."""
    gap = max(previous.end, previous.subject_end or 0)
    if gap == m.start:  # the subject ran to the next item: its separator is the subject's last characters
        gap = _SEPARATOR_AT_END.search(f, previous.end, gap).start()
    if _SAME_LIST.fullmatch(f, gap, m.start) or _ALIAS.fullmatch(f, gap, m.start) or (
            _ITEM_TAIL_THEN_LIST.fullmatch(f, gap, m.start)):
        return relation if relation not in ("", "unknown") else None
    if _NEXT_ITEM.fullmatch(f, gap, m.start) or _ITEM_TAIL_THEN_NEXT.fullmatch(f, gap, m.start):
        return first if first not in ("", "unknown") else None
    return None


# ``Thực hiện Chương trình công tác năm 2024 của Ban Thường vụ Hội LHPN tỉnh Bắc Giang và Nghị quyết Đại hội …``: a list's
# first item that is no reference (a programme with neither number nor name), up to the mark before the next item
_UNREAD_ITEM = regex.compile(r"[^,;.:()\n]{0,160}?(?:" + _ITEM_TAIL + ")?" + _SAME_LIST.pattern)
_CUE_REACH = 30  # a cue opens its list right before the first item (``tiếp tục thực hiện Chương trình …``)


def _unread_item_relation(f: str, start: int, low: int) -> str | None:
    """The relation of a list's first item that is no reference, for the reference at ``start`` listed after it, whose
    own cue that item put out of reach: ``Thực hiện Chương trình công tác năm 2024 của … và Nghị quyết Đại hội …``
    (items of a list share the cue before the list, as ``Thực hiện Kế hoạch số 15/KH-HPN … và Nghị quyết …`` does)."""
    if not _LISTED_BEFORE.search(f, max(low, start - 6), start):
        return None
    for t in P.type_word().finditer(f, max(low, start - 240), start):
        if _UNREAD_ITEM.fullmatch(f, t.end(), start) and (
                relation := relation_before(f, t.start(), max(low, t.start() - _CUE_REACH))) != "unknown":
            return relation
    return None


def _in_block(text: str, f: str) -> list[Mention]:
    mentions: list[Mention] = []
    for m in numbered(text, f):
        if extend_before(text, f, m) and (not m.unlisted or m.type is not None or m.header):
            extend_after(text, f, m)
            mentions.append(m)
    heads = scan_heads(text, f)
    coded = P.coded_shortforms(text)
    if not (mentions or heads[0] or heads[1] or coded):
        return mentions  # most blocks: no symbol and no word a short form or a name opens with, nor ``NQ 57``
    mentions += shortforms(text, f, mentions, heads[0], coded)
    mentions.sort(key=lambda x: x.start)
    _read_subjects(text, f, mentions)
    names = [n for n in named(text, f, mentions, heads) if not any(_in_subject(m, n, f) for m in mentions)]
    for n in names:  # ``Luật Đất đai ngày 29 tháng 11 năm 2013 của Quốc hội``: a name has its date and body too
        extend_after(text, f, n)
    # a subject read before the names were known ends at the first it ran into (``… giai đoạn 2015-2030 và
    # Nghị quyết Đại hội đại biểu toàn quốc Đoàn …``): read again with them
    # (only at a resolution or a law listed after it: a law or programme named inside a subject is part of it, and so is a
    # law listed after another law of the subject, ``về sửa đổi Luật Đầu tư, Luật Xây dựng``)
    listed = [n for n in names if f.startswith(("nghị quyết", "luật"), n.start)
              and _LISTED_BEFORE.search(f, max(0, n.start - 6), n.start)]
    cut = [m for m in mentions if m.subject_end is not None and any(
        m.end <= n.start < m.subject_end and not (f.startswith("luật", n.start) and "luật" in f[m.end:n.start])
        for n in listed)]
    mentions = sorted(mentions + names, key=lambda x: x.start)
    if not mentions:
        return mentions
    _read_subjects(text, f, [m for m in mentions if m.kind == "named"] + cut, mentions)
    _bodies_before(text, f, mentions)
    _bodies_after_list(f, mentions)
    for m in mentions:
        if m.type is None and m.type_code:
            t = type_for_code(m.type_code, "state")
            m.type = t.name if t else None
    return mentions


def _in_subject(m: Mention, n: Mention, f: str) -> bool:
    """A name that opens a reference's subject is what that reference issues, not another document."""
    if m.subject_end is None or not m.end <= n.start < m.subject_end:
        return False
    return bool(_SUBJECT_HEAD.fullmatch(f, m.end, n.start))


def _read_subjects(text: str, f: str, targets: list[Mention], among: list[Mention] | None = None) -> None:
    if not targets:
        return
    among = sorted(targets if among is None else among, key=lambda x: x.start)
    for m in targets:
        after = next((x for x in among if x.start > m.start and x.start >= m.end), None)
        limit = after.start if after is not None else len(f)
        pos = m.subject_end if m.subject_end is not None and m.kind == "short" else m.end
        m.subject, m.subject_end = C.read_subject(text, f, pos, limit, after.end if after is not None else None)
        if m.subject is None and m.subject_end == pos:
            m.subject_end = None  # (one that is only a verb before the next reference still leads to it)


def _bodies_before(text: str, f: str, mentions: list[Mention]) -> None:
    """``<body> (đã) ban hành <ref>``; later references of the same list share that body."""
    source: Mention | None = None
    for m in mentions:
        if m.issuing_body is None and m.kind != "named":
            body, date = C.read_issuer_before(text, f, m.start)
            if body is not None:
                m.issuing_body, m.body_written_before = body.value, True
                m.issuer_code = m.issuer_code or issuer_of_body(body.value)
                if m.date is None and date is not None:
                    m.date, m.date_span = date.value, (date.start, date.end)  # (``Ngày 01/4/2022 UBND … ban hành``)
                source = m
                continue
            if (source is not None and C.same_clause(f, source.end, m.start) and _COORDINATED.search(f, source.end, m.start)
                    and (m.issuer_code is None or source.issuer_code in (None, m.issuer_code))):
                m.issuing_body, m.body_written_before = source.issuing_body, True
                continue
        if m.issuing_body is not None and not m.body_written_before:
            source = None


def _bodies_after_list(f: str, mentions: list[Mention]) -> None:
    """``Nghị định 178/2024/NĐ-CP, Nghị định 67/2025/NĐ-CP của Chính phủ``: the body closes the list. Where the
    type is written once (``các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương
    khóa XII``) the date and term are every item's too; where each item names its type and the last has its own
    date, a Party code's body is that one's alone (``Kết luận số 40-KL/TW và Kết luận số 121-KL/TW ngày 24/01/2025
    của Ban Chấp hành Trung ương``: 40 is the Politburo's, and took the Central Committee); with no date it is every
    item's until the corpus says otherwise (``reference_resolve._drop_bodies_told_otherwise``)."""
    for a, b in zip(reversed(mentions[:-1]), reversed(mentions[1:])):
        if a.issuing_body is None and b.issuing_body and a.kind == b.kind != "named" and P.LIST_GAP.fullmatch(f, a.end, b.start):
            if f[b.start:b.start + 1].isdigit() and a.issuer_code == b.issuer_code:
                a.issuing_body, a.date, a.term = b.issuing_body, a.date or b.date, a.term or b.term
            elif a.kind == "short" or a.issuer_code == b.issuer_code and not (b.date and _party_code(b.issuer_code)):
                a.issuing_body = b.issuing_body
            if a.kind == "short":
                infer_party_symbol(a)  # (``Chỉ thị 05 và Kết luận 01 của Bộ Chính trị``: 05 is the Politburo's too)


@lru_cache(maxsize=None)
def _party_code(code: str | None) -> bool:
    """A Party issuer's code (``TW``, ``TU``), which several bodies share: the code tells no body."""
    issuer = issuer_for_code(code)[0] if code else None
    return issuer is not None and issuer.family == "party"


def _dates_by_block(doc: Document) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    for row in doc.rows("dates"):
        out.setdefault(row["block_id"], []).append(row)
    return out


def _link_date(m: Mention, rows: list[dict[str, Any]]) -> None:
    """Prefer the ``dates`` row for the issue date, so the two tables agree."""
    if m.date_span is None:
        return
    for row in rows:
        if row["char_start"] < m.date_span[1] and m.date_span[0] < row["char_end"] and row.get("precision") == "day":
            start = row.get("start")
            if isinstance(start, str) and start:
                m.date = start
                m.date_span = (row["char_start"], row["char_end"])
            return


def _mark_self(doc: Document, found: list[tuple[Block, Mention]]) -> None:
    """The header's ``Số: …``, or a lead ``ban hành Báo cáo số …`` or ``Theo Báo cáo số …`` (what it goes on to
    tell is the report's), and every repeat; a news item's lead tells of any document so (``Chủ tịch UBND tỉnh vừa ban
    hành Quyết định số 2146/QĐ-UBND …``: the page is about that decision)."""
    own = next((m for _, m in found if m.header and m.kind == "symbol"), None)
    if own is None:
        # (the first sentence that says something: not a page's ``Thứ Năm, 14/08/2025 15:30`` line or its author's)
        lead = [b for b in doc.body_blocks() if b.kind != "heading" and len(b.text.split()) >= 8][:3]
        news = doc.published is not None
        own = next((m for b, m in found if lead and b is lead[0] and (m.type_code == "BC" or news) and (
            m.body_written_before or _SOURCE_LEAD.match(block_match_form(b), 0, m.start))), None)
        cited = {id(b) for b, _ in found}
        after = next((b for b in lead[1:] if id(b) in cited), None) if news and lead and id(lead[0]) not in cited else None
        if own is None and after is not None:
            # (a news item's headline and standfirst name no document, the next paragraph opens ``Theo Báo cáo số …``:
            # the report the item tells of)
            own = next((m for b, m in found if b is after and m.type_code == "BC"
                        and _SOURCE_LEAD.match(block_match_form(b), 0, m.start)), None)
    if own is None or own.symbol is None:
        return
    doc.own_symbol = doc.own_symbol or own.symbol
    if own.type is None and own.header and letter_subject(doc.blocks) is not None:
        # ``Số: 4215/STC-QLNS`` over ``V/v hướng dẫn …``: a letter (công văn) writes no type in its number
        letter = type_for_code("CV", "state")
        own.type, own.type_code = (letter.name, letter.code) if letter else (None, None)
    own_key = _symbol_key(own.symbol)
    same = [(b, m) for b, m in found if m.symbol is not None and _symbol_key(m.symbol) == own_key]
    body = own.issuing_body or next((m.issuing_body for _, m in same if m.issuing_body), None) or doc.issuing_body
    if body is None:
        header = lambda: _header_body(doc, next(b for b, m in same if m is own), own)  # noqa: E731 (read on demand)
        spoken = _self_body(doc, own)
        level = _LEVEL_ALONE.search(match_form(spoken)) if spoken is not None else None
        if spoken is None:
            body = header()
        elif level is not None and (name := _unit_in_header(header() or "", level.group())) is not None:
            body = f"{spoken} {name}"  # ``Ủy ban nhân dân huyện báo cáo …``: the unit the header names it by
        else:
            body = spoken
    date = own.date or next((m.date for _, m in same if m.date), None) or doc.issued_date or _header_date(doc)
    for _, m in same:
        m.is_self = True
        m.issuing_body = m.issuing_body or body
        m.date = m.date or date


# a body's name that ends with its level's word, no unit named after it (``Ủy ban nhân dân huyện``)
_LEVEL_ALONE = regex.compile(rf"(?<!\w)(?:{unit_types()})\Z")


def _unit_in_header(header: str, level: str) -> str | None:
    """The name of the unit of type ``level`` (``huyện``) the header's lines name, as the gazetteer knows it
    (``ỦY BAN NHÂN DÂN HUYỆN HƯƠNG KHÊ`` → ``Hương Khê``), the last such: the issuer's, under its superior's."""
    found = None
    folded = match_form(header)
    for m in regex.finditer(rf"(?<!\w){regex.escape(level)}[ \t\n]+", folded):
        words = header[m.end():].split()[:4]
        for n in range(len(words), 0, -1):
            units = by_name().get(key(" ".join(words[:n])), ())
            if any(u.type == level for u in units):
                name = " ".join(words[:n])
                found = name.title() if name.isupper() else name
                break
    return found


def _symbol_key(symbol: str) -> str:
    return match_form(_SPACE_RUN.sub("", symbol))


def _self_body(doc: Document, own: Mention) -> str | None:
    """``Ban Thường vụ Thành ủy báo cáo …``: the body that speaks in the first person."""
    t = type_for_word(own.type or "") if own.type else None
    if t is None or t.code not in _SPEAKING_TYPES:
        return None
    verb = _speaking_verb(t.name)
    for block in list(doc.body_blocks())[:40]:
        f = block_match_form(block)
        for v in verb.finditer(f):
            body = C.read_body_backward(block.text, f, v.start())
            # (the body right before its verb, as it speaks: ``… của Ban Tổ chức Huyện ủy về báo cáo công tác …``
            # is a cited guide's subject, and its body the guide's)
            if body is not None and all(w in _SELF_GAP for w in f[body.end:v.start()].split()):
                return body.value
    return None


_SELF_GAP = frozenset({"đã", "xin", "kính", "trân", "trọng", "cũng"})  # (``Đảng ủy xã xin báo cáo``, ``trân trọng báo cáo``)


@lru_cache(maxsize=None)
def _speaking_verb(type_name: str) -> regex.Pattern[str]:
    """Compiled once per type, not per document: other patterns push it out of ``regex``'s own cache
    (a compile costs some 0.2 ms)."""
    return regex.compile(rf"(?<=\w)[ \t]{{1,3}}{regex.escape(match_form(type_name))}(?!\w)")


# (a ministry over its department, ``BỘ TÀI CHÍNH`` over ``CỤC THUẾ TỈNH QUẢNG NGÃI``; a department over its branch or
# school, ``PHÒNG GD&ĐT THẠCH HÀ`` over ``TRƯỜNG THCS THẠCH ĐÀI``)
_SUPERIOR = ("đảng bộ", "ubnd ", "ủy ban nhân dân", "uỷ ban nhân dân", "bộ ", "tổng cục ", "cục ", "sở ", "phòng ")


def _unit_word(words: str) -> regex.Pattern[str]:
    """A unit word that is no committee's (``tỉnh``, not ``tỉnh ủy``)."""
    return regex.compile(rf"(?<!\w)(?:{words})(?![ ]+(?:ủy|uỷ)(?!\w))(?!\w)")


# or any body of a province over one of a district or commune (``CÔNG AN TỈNH NGHỆ AN`` over ``CÔNG AN HUYỆN YÊN THÀNH``)
_PROVINCE_WORD = _unit_word("tỉnh|thành phố")
_LOWER_WORD = _unit_word("huyện|quận|thị xã|xã|phường|thị trấn")
# (a province's city is a district's peer: ``CÔNG AN TỈNH THANH HÓA`` over ``CÔNG AN THÀNH PHỐ SẦM SƠN``)
_IN_PROVINCE = _unit_word("tỉnh")
_CITY_WORD = _unit_word("thành phố")
# a Party committee over another (``TỈNH ỦY NGHỆ AN`` over ``HUYỆN ỦY YÊN THÀNH``, ``ĐẢNG ỦY XÃ …``)
_COMMITTEE_LINE = regex.compile(r"(?:tỉnh|thành|huyện|quận|thị|đảng)[ ]+(?:ủy|uỷ)(?!\w)")
# a second header line that only names the first line's unit (``ỦY BAN NHÂN DÂN`` over ``TỈNH GIA LAI``; not
# ``HUYỆN ỦY THỚI BÌNH``, a committee of its own)
_UNIT_LINE = regex.compile(rf"(?:{unit_types()})(?!\w|[ ]+(?:ủy|uỷ|đoàn)(?!\w))")


def _header_body(doc: Document, block: Block, own: Mention) -> str | None:
    """The issuer printed above ``Số:``; a sub-body line (``BAN THƯỜNG TRỰC``) goes first, a superior ``ĐẢNG BỘ …``
    or ``UBND TỈNH …`` line is dropped (``UBND TỈNH QUẢNG NAM`` over ``SỞ Y TẾ``: the department issues)."""
    lines = [ln.strip() for ln in block.text[:own.start].split("\n")[:-1] if ln.strip()]
    if not lines:
        for b in reversed(doc.blocks[:block.block_id]):
            text = b.text.strip()
            if _NATIONAL.match(match_form(text)):
                continue
            if not text or not text.isupper():
                break
            lines[0:0] = [ln.strip() for ln in text.split("\n") if ln.strip()]  # (a header cell's lines, one by one)
    lines = [ln for ln in lines if ln.isupper() and not _NATIONAL.match(match_form(ln))]
    heads = prose_body_heads()
    # (a superior only over a line that opens a body: ``SỞ TÀI NGUYÊN VÀ MÔI`` / ``TRƯỜNG`` is one name, wrapped;
    # ``TRƯỜNG THCS THẠCH ĐÀI`` opens one)
    while len(lines) > 1 and not _UNIT_LINE.match(match_form(lines[1])) and any(
            match_form(ln).split()[0] in heads or norm(ln).startswith(institution_kinds()) for ln in lines[1:]) and _over(
            match_form(lines[0]), match_form(" ".join(lines[1:]))):
        lines = lines[1:]  # (every superior: ``BỘ TÀI CHÍNH`` / ``CỤC THỐNG KÊ`` / ``THỐNG KÊ TỈNH KHÁNH HÒA``)
        while len(lines) > 1 and match_form(lines[0]).split()[0] not in heads:
            lines = lines[1:]  # (the end of its name a narrow column wrapped: ``CÔNG AN TỈNH HẢI`` / ``DƯƠNG``)
    if len(lines) > 1 and match_form(lines[-1]).startswith(_ORGAN_LINES):
        lines = lines[-1:] + lines[:-1]  # (``HUYỆN ỦY CAN LỘC`` / ``ỦY BAN KIỂM TRA``: the committee's commission)
    return " ".join(" ".join(lines).split()) or None


# an organ printed under the body it is of: a board or department, the inspection commission, the office
_ORGAN_LINES = ("ban ", "ủy ban kiểm tra", "uỷ ban kiểm tra", "văn phòng")


def _over(first: str, second: str) -> bool:
    """Whether a header's line is a superior printed over the issuer's line after it."""
    return (first.startswith(_SUPERIOR) or _PROVINCE_WORD.search(first) is not None and _LOWER_WORD.search(second) is not None
            # (a national body over its branch: ``NGÂN HÀNG CSXH VIỆT NAM`` / ``CHI NHÁNH TỈNH QUẢNG NAM`` / …)
            or first.endswith("việt nam") and (_PROVINCE_WORD.search(second) or _LOWER_WORD.search(second)) is not None
            or _IN_PROVINCE.search(first) is not None and _CITY_WORD.search(second) is not None
            or _COMMITTEE_LINE.match(first) is not None and _COMMITTEE_LINE.match(second) is not None)


def _header_date(doc: Document) -> str | None:
    for block in list(doc.body_blocks())[:_HEADER_BLOCKS]:
        m = _HEADER_DATE.search(block_match_form(block))
        if m:
            return C.iso_date(m.group(1), m.group(2), m.group(3))
    return None


def resolve(frames: dict[str, pd.DataFrame]) -> None:
    from extractors.reference_resolve import resolve_frames

    resolve_frames(frames)
