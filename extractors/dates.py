"""Dates and periods (SPEC §3) and the report's own date and period.

Every day, month, quarter, half-year, year, range, open range and web datetime
in body and footnotes becomes a ``dates`` row with ISO ``start``/``end`` and a
precision. References read these rows for their issue dates and figures skip
numbers inside them, so a span covers every digit of its expression and
nothing of a document number.

The work is split by concern: :mod:`extractors.date_grammar` (written forms),
:mod:`extractors.date_combine` (ranges, carried years, lone years),
:mod:`extractors.date_report` (the report's date and period); this module only
runs them in order and records the rows.
"""
from __future__ import annotations

import re

from datetime import date, timedelta

from extractors import date_report
from extractors.date_combine import Mention, last_period_year, mentions
from extractors.sections import open_headings
from pipeline.models import Block, Document

TABLE = "dates"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _term(found: list[tuple[Block, Mention]], year: int | None) -> date | None:
    """First day of the term the report names (``nhiệm kỳ 2020-2025``): the one its own year falls
    in, else the first named."""
    terms = [m for block, m in found if m.kind == "range" and m.first is not None and m.last is not None
             and block.folded.startswith("nhiệm kỳ", m.start)]
    current = [m for m in terms if year is not None and m.first.year <= year <= m.last.year]
    chosen = current or terms
    return chosen[0].first if chosen else None


_SAME_PERIOD = "cùng kỳ "


def _same_period(block: Block, m: Mention, period: tuple[date, date] | None) -> tuple[int, date, date] | None:
    """``tăng 6,3% so với cùng kỳ năm 2023`` in a report on 9 months of 2024: the same months of 2023, not the
    year (a year-on-year comparison read over the wrong span); (where the mention starts, its first and last
    day). Only for a report on part of one year: in a year's report the same period is the year."""
    if m.kind != "year" or period is None or m.first is None or not block.folded.endswith(_SAME_PERIOD, 0, m.start):
        return None
    # (a mid-month statistics window: the months it stands for)
    first, last = date_report.calendar_period(*period) or period
    if first.year != last.year or (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return None
    year = m.first.year
    return (m.start - len(_SAME_PERIOD), first.replace(year=year),
            last.replace(year=year, day=min(last.day, 28 if last.month == 2 else 31)))


def _sentence_period(block: Block, m: Mention, found: list[tuple[Block, Mention]], i: int) -> tuple[date, date] | None:
    """Part of a year named earlier in the sentence of a ``cùng kỳ năm 2024`` at ``found[i]``: ``GRDP 6 tháng đầu năm
    2025 … cao hơn cùng kỳ năm 2024`` compares first halves, whatever the report's own period (a notice has none)."""
    if m.kind != "year" or not block.folded.endswith(_SAME_PERIOD, 0, m.start):
        return None
    for j in range(i - 1, max(-1, i - 8), -1):
        other_block, other = found[j]
        if other_block is not block or _SENTENCE_END.search(block.folded, other.end, m.start):
            return None
        if (part := _part_of_a_year(other)) is not None:
            return part
    return None


_SENTENCE_END = re.compile(r"[.;!?](?=\s)|\n")


def _part_of_a_year(m: Mention) -> tuple[date, date] | None:
    """A mention's span when it is part of one year, a month or longer (a quarter, a half, ``9 tháng``)."""
    if m.first is None or m.last is None or m.kind == "year" or m.first.year != m.last.year or (m.last - m.first).days < 27:
        return None
    return m.first, m.last


def _one_year(m: Mention) -> tuple[date, date] | None:
    return (m.first, m.last) if m.kind == "year" and m.first is not None and m.last is not None else None


def _heading_period(doc: Document, block: Block, m: Mention, found: list[tuple[Block, Mention]]) -> tuple[date, date] | None:
    """The part of a year, or the year, the innermost heading over a ``cùng kỳ năm 2025`` names that names one: under
    ``IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2026`` of a third quarter's report the base is the fourth quarter of 2025,
    under ``V. NHIỆM VỤ NĂM 2027`` the year, not the report's own quarter."""
    if m.kind != "year" or not block.folded.endswith(_SAME_PERIOD, 0, m.start):
        return None
    for heading in reversed(open_headings(doc).get(block.block_id, ())):
        part = next((p for b, x in found if b is heading and (p := _part_of_a_year(x) or _one_year(x)) is not None), None)
        if part is not None:
            return part
    return None


def find(doc: Document) -> list[tuple[Block, Mention]]:
    """Every mention, block by block; a yearless half-year reads the year of the blocks before it."""
    found: list[tuple[Block, Mention]] = []
    context_year: int | None = None
    table_year: int | None = None  # the year a table's cells carry among themselves, not past the table:
    # (its columns name the years compared: ``6 tháng đầu năm`` under ``III. ĐÁNH GIÁ CHUNG`` was read as 2025's)
    for block in doc.blocks:
        in_table = block.kind == "table_cell"
        heading = in_table and block.row == 0
        # a footnote is read at its anchor, not after the body's last block: no carried year
        carried = None if block.kind == "footnote" else table_year if in_table else context_year
        block_mentions = mentions(block.text, block.folded, carried, heading)
        if "cùng ngày" in block.folded and block.kind != "footnote":
            block_mentions = _same_days(block.folded, block_mentions, found)
        if block_mentions:
            found.extend((block, m) for m in block_mentions)
        if in_table:
            table_year = last_period_year(block_mentions, block.folded) or table_year
        elif block.kind != "footnote":
            context_year = table_year = last_period_year(block_mentions, block.folded) or context_year
    return found


# ``Sáng 19/10 … Chiều cùng ngày, Thường trực HĐND tỉnh gặp mặt …``, ``Cuộc họp bắt đầu lúc 19 giờ 30 phút, ngày 05
# tháng 10 … kết thúc vào lúc 21 giờ 45 phút cùng ngày``: the day last told with its time of day (not a deadline named
# since, ``trước ngày 31/10``, nor one written right after it)
_SAME_DAY = re.compile(r"(?<!\w)(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?cùng\s+ngày(?!\w)(?!\s*\d)")


_CLOCK_BEFORE = re.compile(r"(?<!\w)\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s+\Z")
_TIME_OF_DAY = re.compile(r"(?<!\w)(?:sáng|trưa|chiều|tối|đêm|hôm|giờ|phút)(?!\w)")


def _event_day(folded: str, m: Mention) -> bool:
    return m.kind in ("day", "datetime") and (m.first is not None or m.this_year) and (
        m.form == "same_day" or _TIME_OF_DAY.search(folded, max(0, m.start - 25), m.end) is not None)


def _same_days(folded: str, block_mentions: list[Mention], before: list[tuple[Block, Mention]]) -> list[Mention]:
    """A block's mentions with a day for each ``cùng ngày``: the last day an event was told on before it, in the
    block or in the body's blocks ``before`` it (looked for only here: few blocks say ``cùng ngày``)."""
    added = []
    for m in _SAME_DAY.finditer(folded):
        day = next((x for x in reversed(block_mentions) if x.end <= m.start() and _event_day(folded, x)), None) or next(
            (x for b, x in reversed(before) if b.kind != "footnote" and _event_day(b.folded, x)), None)
        if day is not None:  # (its year may still be the report's, read later: ``Sáng 19/10``)
            first = day.first
            clock = _CLOCK_BEFORE.search(folded, max(0, m.start() - 24), m.start())  # ``21 giờ 45 phút cùng ngày``
            added.append(Mention("datetime" if clock else "day", clock.start() if clock else m.start(), m.end(), "day",
                                 first, first, day.when._replace(precision="day"), "same_day", this_year=day.this_year))
    return sorted(block_mentions + added, key=lambda x: x.start) if added else block_mentions


def extract(doc: Document) -> None:
    """Rows for every mention, after the report's date is known (open ranges end there)."""
    found = find(doc)
    report = date_report.read(doc, found)
    if doc.issued_date is None and report.issued is not None:
        doc.issued_date = report.issued.isoformat()
    if report.issued_month is not None:
        doc.meta["issued_month"] = f"{report.issued_month[0]:04d}-{report.issued_month[1]:02d}"
    if report.issued_year is not None:
        doc.meta["issued_year"] = report.issued_year
    if report.period is not None and doc.period_start is None:
        doc.period_start, doc.period_end = _iso(report.period[0]), _iso(report.period[1])
    doc.effective_date = doc.effective_date or date_report.in_force(doc, found, doc.issued_date)
    term = _term(found, report.year)
    for i, (block, m) in enumerate(found):
        first, last = m.first, m.last
        if m.this_term:
            if term is None:
                continue  # "từ đầu nhiệm kỳ" in a document that never names its term
            first = term
        elif m.this_year:
            got = m.in_year(report.year) if report.year is not None else None
            if got is None:
                continue  # "6 tháng đầu năm nay" in a document that never says its year
            first, last = got
        same = _same_period(block, m, _sentence_period(block, m, found, i) or _heading_period(doc, block, m, found)
                            or report.period)
        if same is not None:
            whole_months = same[1].day == 1 and (same[2] + timedelta(days=1)).day == 1
            doc.add(TABLE, block, same[0], m.end, kind="range", precision="month" if whole_months else "day",
                    start=_iso(same[1]), end=_iso(same[2]))
            continue
        kind, precision = m.kind, m.precision
        if m.open_start and doc.issued_date is not None and last is not None and doc.issued_date <= _iso(last):
            # (from the report's day; with no date, what it runs to alone)
            kind, precision, first = "range", "day", date.fromisoformat(doc.issued_date)
        doc.add(TABLE, block, m.start, m.end, kind=kind, precision=precision,
                start=_iso(first), end=doc.issued_date if m.open_end else _iso(last))
    for block, start, end, m in date_report.own_months(doc, found):
        doc.add(TABLE, block, start, end, kind=m.kind, precision=m.precision, start=_iso(m.first), end=_iso(m.last))
