"""Figures (SPEC §4): every numeric quantity a report states, with value, unit,
kind, qualifier and what was counted — in prose, footnotes and tables.

Table cells are read first (their unit and labels come from the table's
headers); every other block, and every cell that is not a bare number, is
read as prose.
"""
from __future__ import annotations

from extractors.figure_prose import scan
from extractors.figure_record import Figure
from extractors.figure_tables import table_figures
from pipeline.models import Block, Document

TABLE = "figures"
AFTER = ("dates", "references")


def extract(doc: Document) -> None:
    claimed = _claimed_spans(doc)
    found, handled = table_figures(doc)
    for block, figure in found:
        _add(doc, block, figure)
    for block in doc.blocks:
        if block.block_id in handled:
            continue
        for figure in scan(block.text, claimed.get(block.block_id, ())):
            _add(doc, block, figure)


def _add(doc: Document, block: Block, figure: Figure) -> None:
    doc.add(TABLE, block, figure.start, figure.end, **figure.attrs(),
            period_start=doc.period_start, period_end=doc.period_end)


def _claimed_spans(doc: Document) -> dict[int, list[tuple[int, int]]]:
    """Spans of dates and references: numbers inside them are not figures."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for table in ("dates", "references"):
        for row in doc.rows(table):
            spans.setdefault(row["block_id"], []).append((row["char_start"], row["char_end"]))
    return spans
