"""The output tables' columns: one definition serves the writer, the
``datapackage.json`` and the README, so they cannot drift apart.

Types are Frictionless table-schema types; ``ARROW`` maps them for Parquet so
an empty table is still correctly typed.
"""
from __future__ import annotations

import pyarrow as pa

Column = tuple[str, str, str]  # name, frictionless type, description

SPAN: list[Column] = [
    ("doc_id", "string", "Document id (from documents)."),
    ("block_id", "integer", "Block the item was found in (from blocks)."),
    ("char_start", "integer", "Start of the item in the block's text (0-based, code points)."),
    ("char_end", "integer", "End (exclusive); block text [char_start:char_end] == text."),
    ("text", "string", "The exact text of the item, original spelling."),
    ("where", "string", "`body`, or `fn:N` for the N-th footnote by order."),
]

TABLES: dict[str, list[Column]] = {
    "documents": [
        ("doc_id", "string", "Stable id: file-name stem plus a short content hash."),
        ("path", "string", "Path as given, relative to the input root."),
        ("format", "string", "Detected format: text, markdown, html, docx, doc, pdf, or unknown."),
        ("sha256", "string", "SHA-256 of the file's bytes."),
        ("status", "string", "`ok` or `error`."),
        ("error", "string", "Why the file failed (null when ok)."),
        ("encoding", "string", "Detected text encoding (utf-8, utf-16, cp1258, tcvn3, vni), null for binary formats."),
        ("title", "string", "Document title as printed."),
        ("own_symbol", "string", "The document's own number/symbol (e.g. `178-BC/TU`, `-BC/TU` on a blank draft)."),
        ("issued_date", "date", "The report's own date (ISO); null when the day is blank."),
        ("period_start", "date", "Start of the period the report covers."),
        ("period_end", "date", "End of the period the report covers."),
        ("published", "string", "Publication date/time of a web page, as ISO."),
        ("issuing_body", "string", "Issuing organisation as printed in the header."),
        ("province", "string", "Province of the issuing organisation."),
        ("pages", "integer", "Number of pages (PDF), else null."),
        ("n_blocks", "integer", "Number of blocks."),
        ("n_footnotes", "integer", "Number of footnotes."),
    ],
    "blocks": [
        ("doc_id", "string", "Document id."),
        ("block_id", "integer", "Position of the block in the document (0-based)."),
        ("kind", "string", "`heading`, `paragraph`, `list_item`, `table_cell` or `footnote`."),
        ("page", "integer", "Page number (PDF), else null."),
        ("footnote_no", "integer", "For footnote blocks: the footnote's number by order."),
        ("table_no", "integer", "For table cells: which table (0-based)."),
        ("row", "integer", "For table cells: row (0-based)."),
        ("col", "integer", "For table cells: column (0-based)."),
        ("ocr", "boolean", "True when the text came from OCR."),
        ("text", "string", "Block text: NFC, `Ð`→`Đ`, odd spaces as plain spaces, original spelling."),
    ],
    "footnotes": [
        ("doc_id", "string", "Document id."),
        ("footnote_no", "integer", "1, 2, … by order of appearance."),
        ("marker", "string", "The marker as printed (`¹¹`, `[3]`, `\ufffd`)."),
        ("block_id", "integer", "The footnote's own block."),
        ("anchor_block_id", "integer", "Body block holding the anchor."),
        ("anchor_char", "integer", "Offset in the anchor block right after which the marker stood."),
        ("anchor_reliable", "boolean", "False when the anchor was guessed (e.g. OCR)."),
        ("text", "string", "The footnote's text."),
    ],
    "references": SPAN + [
        ("symbol", "string", "Normalized symbol (`01-KL/TW`, `30/2020/NĐ-CP`); null for named references."),
        ("name", "string", "Name of a reference without a number."),
        ("type", "string", "Full type name (`Kết luận`)."),
        ("type_code", "string", "Type code (`KL`)."),
        ("number", "string", "Number as written (`01`)."),
        ("year", "integer", "Year in a state-style symbol."),
        ("issuer_code", "string", "Issuer code (`TW`, `TU`, `CP`)."),
        ("issuing_body", "string", "Issuing body as written nearby."),
        ("term", "string", "Term (`XII`)."),
        ("date", "date", "Issue date (ISO)."),
        ("subject", "string", "The `về …` clause."),
        ("inferred", "boolean", "Symbol inferred from context or corpus."),
        ("is_self", "boolean", "The document's own number."),
        ("canonical_id", "string", "Id of the canonical document (directives table)."),
    ],
    "dates": SPAN + [
        ("kind", "string", "`day`, `month`, `quarter`, `half`, `year`, `range`, `open_range`, `datetime`."),
        ("start", "date", "First day covered (ISO)."),
        ("end", "date", "Last day covered (ISO)."),
        ("precision", "string", "`day`, `month`, `quarter`, `half`, `year`."),
    ],
    "figures": SPAN + [
        ("value", "number", "Value in the normalized unit (VND for money, percent for %)."),
        ("value_max", "number", "Upper bound of a range."),
        ("unit", "string", "Normalized unit (`VND`, `%`, `ha`, or the counted noun)."),
        ("kind", "string", "`count`, `money`, `percent`, `ratio`, `measure`, `rate`, `duration`."),
        ("denominator", "number", "Denominator of a ratio."),
        ("qualifier", "string", "`over`, `under`, `approx`, `at_least`, `reached` or null."),
        ("counted", "string", "The phrase counted."),
    ],
    "entities": SPAN + [
        ("category", "string", "`place` or `organization`."),
        ("name", "string", "Canonical name."),
        ("type", "string", "Unit type (`phường`) or organisation type."),
        ("level", "string", "Administrative level."),
        ("code", "string", "Gazetteer code valid at the report's date."),
    ],
}

EXTRACTED_TABLES = ("references", "dates", "figures", "entities")

_ARROW = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.string(),  # ISO text: partial/blank dates must survive round trips unchanged
}


def columns(table: str) -> list[str]:
    return [name for name, _, _ in TABLES[table]]


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([(name, _ARROW[kind]) for name, kind, _ in TABLES[table]])


def datapackage() -> dict:
    """A Frictionless data package describing every table (CSV resources)."""
    return {
        "name": "vnreport-output",
        "profile": "tabular-data-package",
        "resources": [
            {
                "name": table,
                "path": f"{table}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [
                        {"name": n, "type": t, "description": d} for n, t, d in cols
                    ]
                },
            }
            for table, cols in TABLES.items()
        ],
    }


def markdown_table(table: str) -> str:
    """The README's column table for ``table``."""
    lines = ["| column | type | meaning |", "|---|---|---|"]
    lines += [f"| `{n}` | {t} | {d} |" for n, t, d in TABLES[table]]
    return "\n".join(lines)
