"""The report's own date and the period it covers, read from its date mentions.

A Vietnamese administrative document prints its date on the place-date line
of the header (``Sa Đéc, ngày    tháng 7 năm 2022``; the day stays blank on a
draft) and its period in the title (``… Quý II năm 2022``, ``giai đoạn
2017-2020``). A news item has neither; its own date is the first one its lede
gives (``Chiều ngày 07/7/2022, …``) or the page's publication time. Open ranges
("từ năm 2009 đến nay") end at this date, so it is settled before rows are
written.
"""
from __future__ import annotations

from dataclasses import dataclass
from calendar import monthrange
from datetime import date, timedelta
from typing import Sequence

import regex

from extractors.date_combine import Mention, mentions
from extractors.date_grammar import PARTS_OF_DAY
from extractors.number_parse import parse_number_words
from pipeline.models import Block, Document
from pipeline.normalize import fold
from pipeline.title import is_letter_subject

HEADER_BLOCKS = 30  # the place-date line sits in the header, before the body starts
LEDE_BLOCKS = 8
LINE_WINDOW = 120  # a place name and a lede's opening words are short; looking further only costs time
# "Sa Đéc, " / "*Cần Thơ, " / "Hương Trà, ngày " opening the line (or a header column) right before the date:
# a capitalised name ("Thành phố …", "Thị trấn …" aside), so "Căn cứ Luật …, ngày …" is not one; a unit's
# number ends its name ("Sơn Kim 1, ngày …", "Phường 1, ngày …": the report had no date).
_PLACE_BEFORE = regex.compile(
    # (or after the document's number on the same line, as OCR reads a header's two columns: ``Số: 97/BC-HPN Yên Thành, ``)
    # (and past the header's star that OCR reads as ``+``, ``x`` or ``×``: ``+ Vạn Ninh, ngày …``)
    r"(?:^|[\t|]| {2,}|^[\s*_]*Số[ \t]*:?[ \t]*\d[\w/.-]*[ \t]+)(?:[+x×][ \t]+)?[\s*_|]*\p{Lu}[\p{L}'.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'.-]*|phố|trấn|xã)){0,5}(?:[ \t]+\d{1,2})?"
    r"[ \t]*,[\s*_]*(?:ngày[\s*_]*)?$"
)
# What may open a lede sentence before its date: "Ngày …", "Chiều ngày …", "Sáng 18/5/2021, …".
_LEDE_BEFORE = regex.compile(r"^[\W_]*(?:(?:" + "|".join(PARTS_OF_DAY) + r")\s+)?(?:hôm\s+)?(?:ngày\s+)?$")
_SENTENCE_END = regex.compile(r"[.;!?:](?:\s|$)|\n")
PERIOD_KINDS = ("week", "quarter", "half", "year", "range", "month")


@dataclass
class ReportDates:
    issued: date | None = None
    issued_month: tuple[int, int] | None = None  # a blank day on a draft still gives the month
    issued_year: int | None = None  # … and a blank day and month the year
    place_date: tuple[int, int] | None = None  # (block_id, char_start) of the place-date mention
    period: tuple[date, date] | None = None

    @property
    def year(self) -> int | None:
        """The report's year, for "năm nay" and yearless halves."""
        if self.issued is not None:
            return self.issued.year
        if self.issued_month is not None:
            return self.issued_month[0]
        if self.issued_year is not None:
            return self.issued_year
        return self.period[1].year if self.period else None


def _line_before(text: str, end: int) -> str | None:
    """The text from the start of the line to ``end``; None when the line is too long to be a header's."""
    window = max(0, end - LINE_WINDOW)
    start = text.rfind("\n", window, end)
    if start < 0 and window > 0:
        return None
    return text[start + 1:end]


def _place_date(found: list[tuple[Block, Mention]], header_ids: set[int]) -> tuple[Block, Mention] | None:
    for block, m in found:
        if block.block_id in header_ids and m.form in ("long", "blank", "blank2", "dmy"):
            line = _line_before(block.text, m.start)
            if line is not None and _PLACE_BEFORE.search(line):
                return block, m
    return None


def _lede_date(found: list[tuple[Block, Mention]], lede_ids: set[int]) -> date | None:
    # (a day and month alone, ``ngày 3/2``, has its year from elsewhere: no item's own date)
    days = [(b, m) for b, m in found if b.block_id in lede_ids and m.kind in ("day", "datetime") and m.first
            and m.form != "dm"]
    for block, m in days:
        if m.kind == "datetime":
            return m.first
    for block, m in days:
        window = max(0, m.start - LINE_WINDOW)
        before = fold(block.text[window:m.start])
        cut = max((s.end() for s in _SENTENCE_END.finditer(before)), default=-1)
        if cut < 0 and window > 0:
            continue  # no sentence start within reach: not a lede's opening date
        if _LEDE_BEFORE.match(before[max(cut, 0):]):
            return m.first
    return None


def _published(doc: Document) -> date | None:
    try:
        return date.fromisoformat(doc.published[:10]) if doc.published else None
    except ValueError:
        return None


def _period_of(text: str, folded: str, report: ReportDates, skip: tuple[int, int] | None = None,
               block_id: int | None = None) -> tuple[date, date] | None:
    """The first period ``text`` names, or a later one that holds it up to its last day: a report on
    ``tháng 9 và 9 tháng năm 2026`` covers the nine months (it was read as September's)."""
    found = None
    for m in mentions(text, folded):
        if m.kind not in PERIOD_KINDS or (block_id is not None and (block_id, m.start) == skip):
            continue
        got = (m.first, m.last) if m.first is not None and m.last is not None else (
            m.in_year(report.year) if m.this_year and report.year is not None else None)
        if got is None:
            continue
        if found is None:
            found = got
        elif got[0] <= found[0] and got[1] == found[1]:
            found = got
        else:
            break
    return found


# ``Báo cáo tổng kết 10 năm thực hiện Chỉ thị số 28-CT/TW ngày 21/9/2013``: a review of N years of work
# (or its results: ``Kết quả 3 năm thực hiện Nghị quyết số 04-NQ/TU … giai đoạn 2021 - 2025``, whose years are the
# resolution's, not the report's)
_YEARS_REVIEWED = regex.compile(r"(?:(?:tổng|sơ)\s+kết|kết\s+quả)\s+(\d{1,2}|mười|năm|ba|hai|bốn|sáu|bảy|tám|chín)\s+năm\s+"
                                r"(?:thực\s+hiện|triển\s+khai|thi\s+hành)(?!\w)")


def _years_reviewed(text: str, folded: str, report: ReportDates, lede: Sequence[Block] = ()) -> tuple[date, date] | None:
    """The N years a review's title names, up to the report's date: from the reviewed document's
    date when the title gives it N years back (the day it took effect), or the first lines do when it
    says the same years (``sơ kết 5 năm thực hiện Chỉ thị số 38-CT/TW ngày 30/9/2019``, a news item's
    lede under a title without the date), else from the start of the year N years back. A title with
    no period of its own says it no other way."""
    m = _YEARS_REVIEWED.search(folded)
    if m is None or report.year is None:
        return None
    years = int(m[1]) if m[1].isdigit() else int(parse_number_words(m[1]) or 0)
    end = report.issued or date(report.year, 12, 31)
    start = date(report.year - years, 1, 1)
    for source, source_folded, at in [(text, folded, m.end())] + [
            (b.text, b.folded, again.end()) for b in lede if (again := _YEARS_REVIEWED.search(b.folded)) and again[1] == m[1]]:
        day = next((d.first for d in mentions(source[at:at + 200], source_folded[at:at + 200])
                    if d.kind == "day" and d.first is not None and abs(d.first.year - start.year) <= 1), None)
        if day is not None:
            start = day
            break
    return (start, end) if start < end else None


def calendar_period(first: date, last: date) -> tuple[date, date] | None:
    """The calendar months a report's period stands for: itself when it opens on a month's first
    day, or the months of a statistics window shifted to a mid-month cut-off (``Số liệu tính từ
    ngày 15/12/2024 đến ngày 14/6/2025`` in a report on the first 6 months of 2025: January to
    June 2025, the months named by its end); None for any other span."""
    if first.day == 1:
        return first, last
    months = (last.year - first.year) * 12 + last.month - first.month
    if (last + timedelta(days=1)).day != first.day or not 1 <= months <= 12:
        return None
    opening = last.year * 12 + last.month - months
    return date(opening // 12, opening % 12 + 1, 1), date(last.year, last.month, monthrange(last.year, last.month)[1])


def months_covered(start: str | None, end: str | None, so_far: bool = False) -> int | None:
    """The months a report on part of a year covers (``6 tháng đầu năm``, ``9 tháng``), from its
    period's ISO ends (``calendar_period``), or None for a whole year or another span; ``so_far``: for a report on a
    later quarter or month too, the months from January to its end (``Quý III``: 9)."""
    period = calendar_period(date.fromisoformat(start[:10]), date.fromisoformat(end[:10])) if start and end else None
    if period is None or period[0].year != period[1].year or period[0].month != 1 and not so_far \
            or period[1].month == 12:
        return None
    return period[1].month


# ``Tổng số lượt khám bệnh 9 tháng là …``, ``trong 9 tháng, …``, ``thực hiện 10 tháng 8.213,5 tỷ đồng``: the months
# alone, where what follows (a verb, a value; not a month of a date: ``9 tháng 10 năm …``), or ``trong`` before, makes
# them the time of what is said, not a length of time measured (``9 tháng tù``)
_OWN_MONTHS = regex.compile(r"(?<![\w.,/])(?:(trong|lũy\s+kế|luỹ\s+kế)\s+)?(\d{1,2}|ba|sáu|chín)\s+tháng(?!\w)"
                            r"(?(1)|(?=\s*(?:[,;:)]|\.(?!\d)|$|(?:là|qua|đạt|ước|có|đã|thực\s+hiện|tăng|giảm)(?!\w)"
                            r"|(?:(?:gần|trên|hơn|khoảng|dưới)\s+)?\d+(?:[.,]\d+)*(?![\d/]|[.,]\d|\s*(?:năm(?!\w)|/)))))")
# (or opening its clause, whatever verb follows: ``…; 9 tháng tuyển dụng 86 viên chức``)
_OWN_MONTHS_OPENING = regex.compile(r"(?:^|(?<=[;:]|\.(?=\s)))[ \t]*(?:[-+•][ \t]*)?()(\d{1,2}|ba|sáu|chín)[ \t]+tháng(?!\w)",
                                    regex.MULTILINE)


def own_months(doc: Document, found: list[tuple[Block, Mention]]) -> list[tuple[Block, int, int, Mention]]:
    """Each bare ``9 tháng`` of a report on the first 9 months of its year, or on their last quarter or month (``Quý
    III năm 2024``: ``trong 9 tháng ước đạt …`` is the year so far), as that period (it had no date, so its figures
    took none; it was a length of time): (block, start, end, the period as ``9 tháng đầu năm <year>`` reads)."""
    months = months_covered(doc.period_start, doc.period_end, so_far=True)
    if months is None:
        return []
    written = f"{months} tháng đầu năm {doc.period_end[:4]}"
    period = mentions(written, fold(written))[0]
    taken: dict[int, list[tuple[int, int]]] = {}
    for block, m in found:
        taken.setdefault(block.block_id, []).append((m.start, m.end))
    out = []
    for block in doc.blocks:
        if "tháng" not in block.folded:
            continue
        for said in (*_OWN_MONTHS.finditer(block.folded), *_OWN_MONTHS_OPENING.finditer(block.folded)):
            number = said.group(2)
            if (int(number) if number.isdigit() else parse_number_words(number)) != months:
                continue
            start = said.start(2)
            spans = taken.setdefault(block.block_id, [])
            if not any(s < said.end() and start < e for s, e in spans):
                out.append((block, start, said.end(), period))
                spans.append((start, said.end()))  # (both patterns may read one)
    return out


# ``Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026``, ``… có hiệu lực thi hành kể từ ngày …``
_IN_FORCE_BEFORE = regex.compile(r"hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+(?:ngày\s+)?\Z")
_THIS = regex.compile(r"(?<!\w)này\s+(?:có|được)\b")
# (in brackets after what it names, it is that one's: ``Luật Thi đua, khen thưởng năm 2022 (có hiệu lực từ ngày 01/01/2024)``)
_ASIDE_IN_FORCE = regex.compile(r"\(\s*(?:có\s+)?hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+(?:ngày\s+)?\Z")
_CLAUSE_START = regex.compile(r"[.;:\n]\s")
# a document's number in the clause: ``số 168``, ``168/2024/NĐ-CP``, ``42/NQ-CP``, ``01-KL/TW``; or a law's name (``Luật
# Bảo hiểm xã hội năm 2024 có hiệu lực từ ngày 01/7/2025``: the law's day, not the report's)
_NUMBERED = regex.compile(r"(?i:số)\s+\d|\d/(?:\d{4}/)?\p{Lu}|\d-\p{Lu}+/|(?<!\w)(?:Bộ\s+luật|Luật|Pháp\s+lệnh)\s+\p{Lu}")
# (``Nghị quyết này đã được Hội đồng nhân dân … thông qua ngày 20 tháng 12 năm 2024 và có hiệu lực kể từ ngày thông qua``:
# a council's resolution takes effect the day it is adopted, written in the same sentence)
_IN_FORCE_ON_SIGNING = regex.compile(r"(?<!\w)(?:này|và)\s+có\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+ngày\s+"
                                     r"(?:ký|ban\s+hành|(?P<adopted>thông\s+qua))")
_ADOPTED_BEFORE = regex.compile(r"(?<!\w)thông\s+qua\s*\Z")


def in_force(doc: Document, found: list[tuple[Block, Mention]], issued: str | None) -> str | None:
    """The day the document takes effect, as its own closing article says: the day written after
    ``có hiệu lực (thi hành) (kể) từ ngày``, or its issue date for ``… từ ngày ký``. A clause of
    the document itself (``Nghị quyết này có hiệu lực …``) wins over one of a document it names (the
    one it replaces); among others, the last, unless its clause names a numbered document (``Nghị định số
    168/2024/NĐ-CP … có hiệu lực từ ngày 01/01/2025`` in a report: the decree's day, not the report's)."""
    day = own = adopted = None
    for block, m in found:
        before = block.folded[max(0, m.start - 60):m.start]
        if m.kind == "day" and m.first is not None and _ADOPTED_BEFORE.search(before):
            adopted = m.first.isoformat()  # (``… thông qua ngày 20 tháng 12 năm 2024``: the day it was adopted)
        if m.kind == "day" and m.first is not None and block.kind != "footnote" and _IN_FORCE_BEFORE.search(before):
            this = _THIS.search(before)
            if own is None and this:
                own = day = m.first.isoformat()
            elif not this and not _NUMBERED.search(_CLAUSE_START.split(block.text[max(0, m.start - 300):m.start])[-1]) \
                    and not _ASIDE_IN_FORCE.search(before):
                day = m.first.isoformat()
    day = own or day
    signing = next((m for b in doc.blocks if "hiệu lực" in b.folded and (m := _IN_FORCE_ON_SIGNING.search(b.folded))), None)
    if day is None and signing is not None:
        # (its own article may stand before an attached plan, far from the end)
        day = adopted if signing["adopted"] and adopted else issued
    return day


# ``(Số liệu tính từ ngày 15/12/2022 đến ngày 14/12/2023)`` under a title, or the range alone in its brackets (a weekly
# report's ``(từ ngày 30/9/2024 đến ngày 06/10/2024)``): the days the figures cover
_DATA_LEAD = regex.compile(r"(?:số\s+liệu(?:\s+(?:báo\s+cáo|thống\s+kê))?(?:\s+(?:được\s+)?tính)?\s*|(?:^|\n)[\s*_]*\([\s*_]*)"
                           r"(?:từ\s+)?(?:ngày\s+)?\Z")


def _data_period(found: list[tuple[Block, Mention]], header_ids: set[int]) -> tuple[date, date] | None:
    """The range a line under the title says the figures cover: police and court reports count their
    year from mid-December (it was read as the calendar year of the title)."""
    for block, m in found:
        if (block.block_id in header_ids and m.kind == "range" and m.first is not None and m.last is not None
                and _DATA_LEAD.search(block.folded, max(0, m.start - 40), m.start)):
            return m.first, m.last
    return None


def read(doc: Document, found: list[tuple[Block, Mention]]) -> ReportDates:
    """The report's date and period from the mentions ``found`` in its blocks."""
    body = [b for b in doc.blocks if b.kind != "footnote"]
    report = ReportDates()
    hit = _place_date(found, {b.block_id for b in body[:HEADER_BLOCKS]})
    if hit is not None:
        block, m = hit
        report.place_date = (block.block_id, m.start)
        if m.kind == "day":
            report.issued = m.first
        elif m.first is not None and m.precision == "month":
            report.issued_month = (m.first.year, m.first.month)
        elif m.first is not None:
            report.issued_year = m.first.year
    else:
        report.issued = _published(doc) or _lede_date(found, {b.block_id for b in body[:LEDE_BLOCKS]})
    # (a letter's subject, ``V/v triển khai hỗ trợ Tết Nguyên đán Ất Tỵ 2025``, names what it asks, no period it covers)
    title = doc.title if doc.title and not is_letter_subject(doc.title) else None
    if title:
        report.period = _period_of(title, fold(title), report)
        reviewed = _years_reviewed(title, fold(title), report, body[:LEDE_BLOCKS])
        if reviewed is not None and (report.period is None or report.issued and report.period[1].year > report.issued.year):
            # (a period that ends in a year after the review was written is the reviewed document's: ``Kết quả 3 năm
            # thực hiện Nghị quyết số 04-NQ/TU … về phát triển kinh tế tập thể giai đoạn 2021 - 2025``; one ending in
            # its year is its own: ``tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW …, giai đoạn 2014-2024`` in 2024)
            report.period = reviewed
    report.period = _data_period(found, {b.block_id for b in body[:HEADER_BLOCKS]}) or report.period
    if report.period is None:
        for block in body[:3]:
            report.period = _period_of(block.text, block.folded, report, report.place_date, block.block_id)
            if report.period is not None:
                break
    return report
