"""Figures from table cells: the unit comes from the table, the meaning from row and column labels."""
from __future__ import annotations

from extractors import figures
from pipeline.models import Document


def table(doc: Document, table_no: int, rows: list[list[str]]) -> None:
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            doc.add_block("table_cell", text, table_no=table_no, row=r, col=c)


def rows_by_text(doc: Document) -> list[tuple]:
    return [(r["text"], r["value"], r["unit"], r["kind"], r["row_label"], r["col_label"]) for r in doc.rows("figures")]


def new_doc() -> Document:
    return Document(doc_id="t", path="t.docx", format="docx", sha256="")


def test_table_unit_note_applies_to_every_cell() -> None:
    doc = new_doc()
    doc.add_block("paragraph", "Biểu 01. Thu ngân sách (ĐVT: triệu đồng)")
    table(doc, 0, [
        ["STT", "Nội dung", "Dự toán 2025", "Ước thực hiện"],
        ["1", "Thu nội địa", "10.052,7", "11.080"],
        ["2", "Thu xuất nhập khẩu", "315", "500"],
    ])
    figures.extract(doc)
    assert rows_by_text(doc) == [
        ("10.052,7", 10_052_700_000, "VND", "money", "Thu nội địa", "Dự toán 2025"),
        ("11.080", 11_080_000_000, "VND", "money", "Thu nội địa", "Ước thực hiện"),
        ("315", 315_000_000, "VND", "money", "Thu xuất nhập khẩu", "Dự toán 2025"),
        ("500", 500_000_000, "VND", "money", "Thu xuất nhập khẩu", "Ước thực hiện"),
    ]


def test_unit_column_and_header_units_and_percent_cells() -> None:
    doc = new_doc()
    table(doc, 0, [
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025", "So sánh (%)"],
        ["1", "Diện tích lúa", "ha", "1.200", "1.250,5", "104,2"],
        ["2", "Số hộ nghèo", "hộ", "350", "298", "85,1%"],
        ["3", "Vốn vay", "tỷ đồng", "12,5", "14", "112"],
    ])
    figures.extract(doc)
    got = {(r["row_label"], r["col_label"]): (r["value"], r["unit"], r["kind"]) for r in doc.rows("figures")}
    assert got[("Diện tích lúa", "Năm 2025")] == (1250.5, "ha", "measure")
    assert got[("Số hộ nghèo", "Năm 2024")] == (350, "hộ", "count")
    assert got[("Vốn vay", "Năm 2025")] == (14_000_000_000, "VND", "money")
    assert got[("Số hộ nghèo", "So sánh (%)")] == (85.1, "%", "percent")
    # a percent column stays percent whatever the row's unit
    assert got[("Diện tích lúa", "So sánh (%)")] == (104.2, "%", "percent")
    assert len(doc.rows("figures")) == 9  # no figure from the TT column or the year headers


def test_text_cells_are_read_as_prose_with_their_provenance() -> None:
    doc = new_doc()
    table(doc, 0, [["Nội dung", "Kết quả"], ["Hỗ trợ hộ nghèo", "Trao 92 suất quà, trị giá hơn 21 triệu đồng"]])
    figures.extract(doc)
    rows = doc.rows("figures")
    assert [(r["text"], r["qualifier"]) for r in rows] == [("92 suất quà", None), ("hơn 21 triệu đồng", "over")]
    for r in rows:
        assert doc.blocks[r["block_id"]].text[r["char_start"]:r["char_end"]] == r["text"]


def test_merged_header_labels_every_column_it_spans() -> None:
    """``Năm 2021`` merged over ``Kế hoạch | Thực hiện``: empty cells in a text conversion, missing
    cells in a DOCX or HTML grid; a label merged downwards (``Chỉ tiêu``) is not carried right."""
    for blank in ("", None):  # None: no cell at all, as a DOCX gridSpan leaves it
        doc = new_doc()
        doc.add_block("paragraph", "Bảng 2. Kết quả giảm nghèo (ĐVT: hộ)")
        rows = [["TT", "Chỉ tiêu", "Năm 2021", blank, "Năm 2022", blank, "Ghi chú"],
                ["", "", "Kế hoạch", "Thực hiện", "Kế hoạch", "Thực hiện", ""],
                ["1", "Hộ nghèo", "10", "12", "8", "9", "5"]]
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                if text is not None:
                    doc.add_block("table_cell", text, table_no=0, row=r, col=c)
        figures.extract(doc)
        assert [(r["text"], r["unit"], r["kind"], r["col_label"]) for r in doc.rows("figures")] == [
            ("10", "hộ", "count", "Năm 2021 / Kế hoạch"), ("12", "hộ", "count", "Năm 2021 / Thực hiện"),
            ("8", "hộ", "count", "Năm 2022 / Kế hoạch"), ("9", "hộ", "count", "Năm 2022 / Thực hiện"),
            ("5", "hộ", "count", "Ghi chú")]


def test_unit_note_naming_a_body_is_no_unit() -> None:
    """``Đơn vị:`` also introduces the reporting body: only a listed noun that ends the note is a unit."""
    doc = new_doc()
    doc.add_block("paragraph", "Đơn vị: Hội Nông dân xã Tân Phú")
    table(doc, 0, [["TT", "Nội dung", "Số lượng"], ["1", "Hội viên mới", "25"]])
    figures.extract(doc)
    assert [(r["text"], r["unit"], r["kind"]) for r in doc.rows("figures")] == [("25", None, "count")]
