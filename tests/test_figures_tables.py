"""Figures from table cells: the unit comes from the table, the meaning from row and column labels."""
from __future__ import annotations

from pathlib import Path

import pytest

import extractors
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


def noted_table(note: str, rows: list[list[str]]) -> list[dict]:
    """The figures of one table under a unit note (``ĐVT: …``)."""
    doc = new_doc()
    doc.add_block("paragraph", note)
    table(doc, 0, rows)
    figures.extract(doc)
    return doc.rows("figures")


def dated_figures(doc: Document) -> list[dict]:
    """Dates, then figures, as the pipeline runs them: the periods of table labels are dates rows."""
    from extractors import dates

    dates.extract(doc)
    figures.extract(doc)
    return doc.rows("figures")


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


def test_a_percent_sign_after_a_headers_words_is_its_unit_whatever_the_tables_note() -> None:
    doc = new_doc()
    doc.add_block("paragraph", "ĐVT: triệu đồng")
    table(doc, 0, [["STT", "Nội dung", "Dự toán", "Quyết toán", "Tỷ lệ %"],
                   ["1", "Tổng thu", "452.310", "534.862,5", "118,25"]])
    figures.extract(doc)
    assert [(r["text"], r["value"], r["unit"]) for r in doc.rows("figures")] == [
        ("452.310", 452_310_000_000, "VND"), ("534.862,5", 534_862_500_000, "VND"), ("118,25", 118.25, "%")]


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


def test_a_plans_range_in_a_cell_is_one_figure() -> None:
    """``3,0-3,5`` in a ``Kế hoạch 2025`` column gave no figure at all (prose read it); a range of years is a
    label, and a ``5-3`` no range."""
    doc = new_doc()
    table(doc, 0, [
        ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện 2024", "Kế hoạch 2025", "Giai đoạn"],
        ["1", "Tốc độ tăng trưởng", "%", "3,2", "3,0-3,5", "2021-2025"],
        ["2", "Diện tích lúa", "ha", "98.450", "97.000 - 98.000", "5-3"],
    ])
    figures.extract(doc)
    got = [(r["text"], r["value"], r["value_max"], r["unit"], r["col_label"]) for r in doc.rows("figures")]
    assert got == [("3,2", 3.2, None, "%", "Thực hiện 2024"), ("3,0-3,5", 3.0, 3.5, "%", "Kế hoạch 2025"),
                   ("98.450", 98450, None, "ha", "Thực hiện 2024"), ("97.000 - 98.000", 97000, 98000, "ha", "Kế hoạch 2025")]


def test_a_row_named_by_a_place_places_its_figures() -> None:
    """Results by district (``Huyện Minh Hóa``, ``Thị xã Ba Đồn``, ``Toàn tỉnh``): the figures had no place and
    counted the district; the row's place is theirs, the column what they count (a year's column says when, so
    a count keeps its noun); a unit the cell names after a place (``Xã Tân Phú 1``) is no place of it. A share of a
    whole (``38/42``) is a table figure too (it was read as prose, with neither place nor column); ``15/3`` is none."""
    from extractors import dates, entities

    doc = new_doc()
    for line in ("UBND TỈNH QUẢNG BÌNH", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Quảng Bình, ngày 08 tháng 10 năm 2024"):
        doc.add_block("paragraph", line)
    table(doc, 0, [
        ["Địa phương", "Số hộ thoát nghèo (hộ)", "Năm 2023", "Trường đạt chuẩn"],
        ["Huyện Minh Hóa", "612", "580", "4/4"],
        ["Thị xã Ba Đồn", "186", "170", "15/3"],
        ["Toàn tỉnh", "2.315", "2.100", "38/42"],
        ["Xã Tân Phú 1", "12", "10", ""],
    ])
    for component in (dates, entities, figures):
        component.extract(doc)
    rows = [r for r in doc.rows("figures") if r["col_label"] != "Trường đạt chuẩn"]
    shares = [(r["text"], r["denominator"], r["place"]) for r in doc.rows("figures") if r["col_label"] == "Trường đạt chuẩn"]
    assert shares == [("4/4", 4, "huyện Minh Hóa"), ("38/42", 42, "tỉnh Quảng Bình")]  # (a share of a whole: no figure's row)
    assert [(r["text"], r["place"]) for r in rows] == [
        ("612", "huyện Minh Hóa"), ("580", "huyện Minh Hóa"), ("186", "thị xã Ba Đồn"), ("170", "thị xã Ba Đồn"),
        ("2.315", "tỉnh Quảng Bình"), ("2.100", "tỉnh Quảng Bình"), ("12", None), ("10", None)]
    assert {r["counted"] for r in rows if r["col_label"] != "Năm 2023" and r["place"]} == {"Số hộ thoát nghèo (hộ)"}
    assert {r["counted"] for r in rows if r["col_label"] == "Năm 2023"} != {"Năm 2023"}


def test_a_tables_caption_dates_the_figures_its_labels_do_not() -> None:
    """``Bảng 1. Kết quả năm 2024 theo xã``: the figures had no period (their columns and rows name none); a column
    that names one keeps it, and a line above that is no caption dates nothing."""
    doc = new_doc()
    doc.add_block("paragraph", "Bảng 1. Kết quả năm 2024 theo xã")
    doc.add_block("paragraph", "ĐVT: học sinh")  # (a unit's line between the caption and its table)
    table(doc, 0, [["Xã", "Số học sinh", "Năm 2023"], ["Xã A", "2.315", "2.200"]])
    doc.add_block("paragraph", "Năm 2024 có hai bảng sau:")
    table(doc, 1, [["Xã", "Số học sinh"], ["Xã B", "1.100"]])
    got = [(r["text"], r["label_period_start"]) for r in dated_figures(doc)]
    assert got == [("2.315", "2024-01-01"), ("2.200", "2023-01-01"), ("1.100", None)]


def test_a_row_label_may_state_its_own_unit_in_brackets() -> None:
    """A money table (ĐVT: triệu đồng) with a row of households and a row of rates."""
    doc = new_doc()
    doc.add_block("paragraph", "Biểu 01. Kết quả thực hiện (ĐVT: triệu đồng)")
    table(doc, 0, [["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
                   ["1", "Thu ngân sách", "120.000", "135.500"],
                   ["2", "Số hộ nghèo (hộ)", "1.200", "1.050"],
                   ["3", "Tỷ lệ hộ nghèo (%)", "3,5", "3,06"],
                   ["4", "Vốn vay (Ngân hàng CSXH)", "50.000", "48.000"]])
    figures.extract(doc)
    assert [(r["text"], r["value"], r["unit"], r["kind"]) for r in doc.rows("figures")] == [
        ("120.000", 120e9, "VND", "money"), ("135.500", 135.5e9, "VND", "money"),
        ("1.200", 1200, "hộ", "count"), ("1.050", 1050, "hộ", "count"),
        ("3,5", 3.5, "%", "percent"), ("3,06", 3.06, "%", "percent"),
        ("50.000", 50e9, "VND", "money"), ("48.000", 48e9, "VND", "money")]  # a body in brackets is no unit


_PROSECUTION_TABLE = """Bảng: Kết quả một số chỉ tiêu nghiệp vụ năm 2024

| STT | Nội dung | Năm 2023 | Năm 2024 |
|---|---|---|---|
| 1 | Truy tố (vụ/bị can) | 86/149 | 92/164 |
| 2 | Kiến nghị (bản) | 4 | 6 |
| 3 | Vụ án ma túy (cũ) | 12 | 9 |
"""


def test_a_row_labels_bracket_naming_a_count_over_a_count_or_a_classifier_is_the_rows_unit(tmp_path: Path) -> None:
    """``Truy tố (vụ/bị can)`` over ``92/164``: cases over the accused, as prose reads ``92 vụ/164 bị can`` (a count,
    the other its denominator); ``Kiến nghị (bản)``: a classifier alone in brackets is the unit, listed or not, where
    an adjective (``(cũ)``) is none. The pairs were ratios of nothing, and ``bản`` no unit."""
    from pipeline.load import load_path

    path = tmp_path / "kiem_sat.md"
    path.write_text(_PROSECUTION_TABLE, encoding="utf-8")
    doc = load_path(path, tmp_path)
    figures.extract(doc)
    assert [(r["text"], r["value"], r["unit"], r["kind"], r["denominator"], r.get("denominator_unit"))
            for r in doc.rows("figures")] == [
        ("86/149", 86, "vụ", "count", 149, "bị can"), ("92/164", 92, "vụ", "count", 164, "bị can"),
        ("4", 4, "bản", "count", None, None), ("6", 6, "bản", "count", None, None),
        ("12", 12, None, "count", None, None), ("9", 9, None, "count", None, None)]


_HEALTH_TABLE = """Bảng 1. Kết quả tiêm chủng năm 2024

| STT | Xã | Trẻ dưới 1 tuổi TCĐĐ (trẻ) | Học sinh được khám (em) | Số lượt khám (lượt khám) | Kế hoạch (KH) |
|---|---|---|---|---|---|
| 1 | Xã Nghĩa Kỳ | 126 | 40 | 1.250 | 130 |
"""


def test_a_headers_bracket_naming_people_or_restating_its_noun_is_the_columns_unit(tmp_path: Path) -> None:
    """A health or school report counts children (``trẻ``, ``em``, ``cháu``) and mothers (``sản phụ``): so
    named in a header's brackets they are its unit, as ``(người)`` is; a noun the vocabulary lacks is too
    when the brackets only restate the label's (``Số lượt khám (lượt khám)``), where ``(KH)`` names no unit.
    ``(trẻ)`` and ``(em)`` left their columns with none."""
    from pipeline.load import load_path

    path = tmp_path / "tiem_chung.md"
    path.write_text(_HEALTH_TABLE, encoding="utf-8")
    doc = load_path(path, tmp_path)
    figures.extract(doc)
    assert [(r["text"], r["unit"], r["kind"]) for r in doc.rows("figures")] == [
        ("126", "trẻ", "count"), ("40", "em", "count"), ("1.250", "lượt khám", "count"), ("130", None, "count")]


def test_text_cells_are_read_as_prose_with_their_provenance() -> None:
    doc = new_doc()
    table(doc, 0, [["Nội dung", "Kết quả"], ["Hỗ trợ hộ nghèo", "Trao 92 suất quà, trị giá hơn 21 triệu đồng"]])
    figures.extract(doc)
    rows = doc.rows("figures")
    assert [(r["text"], r["qualifier"]) for r in rows] == [("92 suất quà", None), ("hơn 21 triệu đồng", "over")]
    for r in rows:
        assert doc.blocks[r["block_id"]].text[r["char_start"]:r["char_end"]] == r["text"]
        # the cell's place in the table goes with what was read in it
        assert (r["row_label"], r["col_label"]) == ("Hỗ trợ hộ nghèo", "Kết quả")


def test_a_group_row_in_a_table_of_text_leaves_its_cells_to_prose() -> None:
    # an awards list: numbers only in the STT column, and a row merged across the table (``I. Tập thể``)
    doc = new_doc()
    table(doc, 0, [["STT", "Tên tập thể", "Thành tích"]])
    doc.add_block("table_cell", "I. Tập thể", table_no=0, row=1, col=0)  # (its merge covers columns 1 and 2)
    for r, cells in enumerate([["1", "Hội Nông dân xã Vũ Quang", "Giúp 318 hộ nông dân thoát nghèo"],
                               ["2", "Ủy ban MTTQ xã Hương Khê", "Vận động 12,6 tỷ đồng"]], start=2):
        for c, text in enumerate(cells):
            doc.add_block("table_cell", text, table_no=0, row=r, col=c)
    figures.extract(doc)
    assert [(r["text"], r["row_label"], r["col_label"]) for r in doc.rows("figures")] == [
        ("318 hộ", "Hội Nông dân xã Vũ Quang", "Thành tích"), ("12,6 tỷ đồng", "Ủy ban MTTQ xã Hương Khê", "Thành tích")]


def test_prose_in_a_notes_column_keeps_its_row_and_column() -> None:
    doc = new_doc()
    table(doc, 0, [["STT", "Chỉ tiêu", "Năm 2023", "Ghi chú"],
                   ["1", "Số hộ nghèo", "1.050", "Giảm 150 hộ"],
                   ["2", "Thu ngân sách (tỷ đồng)", "135,5", "Đạt 112,9% dự toán"]])
    dated_figures(doc)
    notes = [(r["text"], r["row_label"], r["col_label"], r["label_period_start"]) for r in doc.rows("figures")
             if r["col_label"] == "Ghi chú"]
    assert notes == [("150 hộ", "Số hộ nghèo", "Ghi chú", None), ("Đạt 112,9%", "Thu ngân sách (tỷ đồng)", "Ghi chú", None)]
    # a cell that names nothing it measures measures its row's item
    assert [r["counted"] for r in doc.rows("figures") if r["col_label"] == "Ghi chú"] == [
        "Số hộ nghèo", "Thu ngân sách (tỷ đồng) dự toán"]  # (the row names what the count in its note counts)
    # a text column whose header names a period dates what is read in it, as a number column's does
    doc = new_doc()
    table(doc, 0, [["STT", "Chỉ tiêu", "Năm 2023", "Kết quả 6 tháng đầu năm 2024"],
                   ["1", "Số hộ nghèo", "1.050", "Giảm thêm 40 hộ"]])
    dated_figures(doc)
    assert [(r["text"], r["label_period_start"], r["label_period_end"]) for r in doc.rows("figures")][-1] == \
        ("40 hộ", "2024-01-01", "2024-06-30")


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


# One table as its three usual sources write it: ``Hộ nghèo`` (and its STT) merged down over two
# rows, ``Tổng cộng`` merged across STT, Chỉ tiêu and Nội dung.
_MERGED_ROWS_HTML = """<html><head><meta charset="utf-8"><title>Báo cáo giảm nghèo</title></head><body>
<p>Kết quả giảm nghèo trên địa bàn huyện trong năm 2025 được tổng hợp như sau.</p>
<table><tr><th>STT</th><th>Chỉ tiêu</th><th>Nội dung</th><th>ĐVT</th><th>Năm 2024</th><th>Năm 2025</th></tr>
<tr><td rowspan="2">1</td><td rowspan="2">Hộ nghèo</td><td>Số hộ</td><td>hộ</td><td>350</td><td>298</td></tr>
<tr><td>Tỷ lệ</td><td>%</td><td>2,5</td><td>2,1</td></tr>
<tr><td>2</td><td>Hộ cận nghèo</td><td>Số hộ</td><td>hộ</td><td>120</td><td>110</td></tr>
<tr><td colspan="3">Tổng cộng</td><td>hộ</td><td>470</td><td>408</td></tr></table>
<p>Các xã tiếp tục rà soát, cập nhật danh sách hộ nghèo theo quy định.</p></body></html>"""

_MERGED_ROWS_MARKDOWN = """Kết quả giảm nghèo trên địa bàn huyện trong năm 2025 được tổng hợp như sau.

| STT | Chỉ tiêu | Nội dung | ĐVT | Năm 2024 | Năm 2025 |
|---|---|---|---|---|---|
| 1 | Hộ nghèo | Số hộ | hộ | 350 | 298 |
| | | Tỷ lệ | % | 2,5 | 2,1 |
| 2 | Hộ cận nghèo | Số hộ | hộ | 120 | 110 |
| Tổng cộng | | | hộ | 470 | 408 |

Các xã tiếp tục rà soát, cập nhật danh sách hộ nghèo theo quy định.
"""


def _merged_rows_docx() -> bytes:
    """Written by python-docx, whose ``merge`` sets ``vMerge`` and ``gridSpan`` as Word does."""
    import io
    import sys

    import docx

    sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "office"))
    from make_fixtures import add_grid

    d = docx.Document()
    d.add_paragraph("Kết quả giảm nghèo trên địa bàn huyện trong năm 2025 được tổng hợp như sau.")
    add_grid(d, [["STT", "Chỉ tiêu", "Nội dung", "ĐVT", "Năm 2024", "Năm 2025"],
                 ["1", "Hộ nghèo", "Số hộ", "hộ", "350", "298"],
                 ["", "", "Tỷ lệ", "%", "2,5", "2,1"],
                 ["2", "Hộ cận nghèo", "Số hộ", "hộ", "120", "110"],
                 ["Tổng cộng", "", "", "hộ", "470", "408"]], [(1, 0, 2, 0), (1, 1, 2, 1), (4, 0, 4, 2)])
    d.add_paragraph("Các xã tiếp tục rà soát, cập nhật danh sách hộ nghèo theo quy định.")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.mark.parametrize("source", ["docx", "html", "md"])
def test_row_label_merged_down_labels_every_row_it_spans(source: str) -> None:
    """A row under a label merged down (``vMerge``, ``rowspan``, blank cells in a conversion) is
    labelled by it, joined with the row's own sub-label; a total merged across the STT column is
    labelled ``Tổng cộng``; the row numbers in STT are not labels."""
    from pipeline.load import load_bytes

    data = {"docx": _merged_rows_docx, "html": lambda: _MERGED_ROWS_HTML.encode(),
            "md": lambda: _MERGED_ROWS_MARKDOWN.encode()}[source]()
    doc = load_bytes(data, f"bang.{source}")
    assert doc.status == "ok", doc.error
    figures.extract(doc)
    got = [(r["text"], r["row_label"], r["col_label"], r["unit"], r["kind"]) for r in doc.rows("figures")
           if doc.blocks[r["block_id"]].kind == "table_cell"]
    assert got == [
        ("350", "Hộ nghèo / Số hộ", "Năm 2024", "hộ", "count"), ("298", "Hộ nghèo / Số hộ", "Năm 2025", "hộ", "count"),
        ("2,5", "Hộ nghèo / Tỷ lệ", "Năm 2024", "%", "percent"), ("2,1", "Hộ nghèo / Tỷ lệ", "Năm 2025", "%", "percent"),
        ("120", "Hộ cận nghèo / Số hộ", "Năm 2024", "hộ", "count"), ("110", "Hộ cận nghèo / Số hộ", "Năm 2025", "hộ", "count"),
        ("470", "Tổng cộng", "Năm 2024", "hộ", "count"), ("408", "Tổng cộng", "Năm 2025", "hộ", "count"),
    ]


def test_row_with_its_own_first_cell_carries_no_label_down() -> None:
    """``- Thuế`` under ``Thu nội địa`` opens with its own cell: a sub-row, not a merged one. A row
    with blank leading cells continues the label above; a table whose only text follows the
    numbers is labelled by that text."""
    doc = new_doc()
    table(doc, 0, [
        ["TT", "Nội dung", "Dự toán", "Ghi chú"],
        ["1", "Thu nội địa", "100", ""],
        ["", "- Thuế", "50", ""],
        ["", "", "7", "thu khác"],
    ])
    table(doc, 1, [["Số hội viên", "Số chi hội", "Đơn vị"], ["25", "3", "Xã Tân Phú"]])
    figures.extract(doc)
    assert [(r["text"], r["row_label"]) for r in doc.rows("figures")] == [
        ("100", "Thu nội địa"), ("50", "- Thuế"), ("7", "- Thuế"), ("25", "Xã Tân Phú"), ("3", "Xã Tân Phú")]


def test_unit_column_or_column_of_bodies_under_don_vi() -> None:
    """``Đơn vị`` heads units in one table and the communes reporting in another: the second is
    the row's label, and its names are no unit."""
    doc = new_doc()
    table(doc, 0, [["TT", "Đơn vị", "Số hội viên", "Số chi hội"],
                   ["1", "Xã Tân Phú", "250", "8"],
                   ["2", "Phường 1", "310", "11"],
                   ["3", "UBND thị trấn", "12", "1"]])
    table(doc, 1, [["TT", "Chỉ tiêu", "Đơn vị", "Kết quả"],
                   ["1", "Hội viên mới", "Người", "1.250"],
                   ["2", "Kinh phí", "Triệu đồng", "350"],
                   ["3", "Diện tích", "ha", "12,5"],
                   ["4", "Hợp tác xã mới", "HTX", "3"]])
    figures.extract(doc)
    got = [(r["text"], r["row_label"], r["unit"], r["kind"]) for r in doc.rows("figures")]
    # a unit cell's sentence case is not the unit's (``Người`` → ``người``); an acronym is kept
    # (the communes are no unit; ``Số hội viên`` heads a column that counts hội viên)
    assert got == [("250", "Xã Tân Phú", "hội viên", "count"), ("8", "Xã Tân Phú", "chi hội", "count"),
                   ("310", "Phường 1", "hội viên", "count"), ("11", "Phường 1", "chi hội", "count"),
                   ("12", "UBND thị trấn", "hội viên", "count"), ("1", "UBND thị trấn", "chi hội", "count"),
                   ("1.250", "Hội viên mới", "người", "count"), ("350", "Kinh phí", "VND", "money"),
                   ("12,5", "Diện tích", "ha", "measure"), ("3", "Hợp tác xã mới", "HTX", "count")]


# (tab-separated, as Word's text export writes a table)
_RECRUITS_BY_COMMUNE = ("Bảng 1. Giao quân năm 2025\n\n"
                        "TT\tĐơn vị\tChỉ tiêu giao\tGiao quân\n"
                        "1\tXã Định Tăng\t9\t9\n"
                        "2\t20 xã, thị trấn còn lại\t165\t165\n\n"
                        "Bảng 2. Giao quân năm 2024\n\n"
                        "TT\tĐơn vị\tChỉ tiêu giao\tGiao quân\n"
                        "1\tXã Định Tăng\t9\t9\n"
                        "2\tXã Định Hòa\t8\t8\n"
                        "3\t02 xã còn lại\t16\t16\n")


def test_a_row_of_the_bodies_left_counted_under_don_vi_names_its_row(tmp_path: Path) -> None:
    """A label that opens with a number, the rest of the communes (``20 xã, thị trấn còn lại``, ``02 xã còn lại``):
    the first made the ``Đơn vị`` column one of units (every figure's unit was its row's label), the second read
    as a value with its noun (its row had no label, and ``02 xã`` was a figure). A count is no unit, and a cell of
    the column the other rows are named in names its row."""
    from extractors import dates, entities
    from pipeline.load import load_path

    path = tmp_path / "giao_quan.txt"
    path.write_text(_RECRUITS_BY_COMMUNE, encoding="utf-8")
    doc = load_path(path, tmp_path)
    for component in (dates, entities, figures):
        component.extract(doc)
    got = [(r["text"], r["unit"], r.get("row_label"), r["counted"], r["place"]) for r in doc.rows("figures")]
    assert got == [("9", None, "Xã Định Tăng", "Chỉ tiêu giao", "xã Định Tăng"),
                   ("9", None, "Xã Định Tăng", "Giao quân", "xã Định Tăng"),
                   ("165", None, "20 xã, thị trấn còn lại", "Chỉ tiêu giao", None),
                   ("165", None, "20 xã, thị trấn còn lại", "Giao quân", None),
                   ("9", None, "Xã Định Tăng", "Chỉ tiêu giao", "xã Định Tăng"),
                   ("9", None, "Xã Định Tăng", "Giao quân", "xã Định Tăng"),
                   ("8", None, "Xã Định Hòa", "Chỉ tiêu giao", "xã Định Hòa"),
                   ("8", None, "Xã Định Hòa", "Giao quân", "xã Định Hòa"),
                   ("16", None, "02 xã còn lại", "Chỉ tiêu giao", None),
                   ("16", None, "02 xã còn lại", "Giao quân", None)]


def test_period_a_column_header_names() -> None:
    """``Năm 2021`` over ``Kế hoạch | Thực hiện`` dates both columns; a comparison of two years and
    a header without a date leave it empty (the report's own period is in ``period_start``)."""
    doc = new_doc()
    doc.add_block("paragraph", "Báo cáo kết quả giảm nghèo năm 2022 (ĐVT: hộ)")
    table(doc, 0, [["TT", "Chỉ tiêu", "Năm 2021", "", "6 tháng đầu năm 2022", "So sánh 2022/2021 (%)", "Ghi chú"],
                   ["", "", "Kế hoạch", "Thực hiện", "", "", ""],
                   ["1", "Hộ nghèo", "10", "12", "8", "66,7", "5"]])
    dated_figures(doc)
    got = [(r["text"], r["label_period_start"], r["label_period_end"]) for r in doc.rows("figures")
           if doc.blocks[r["block_id"]].kind == "table_cell"]
    assert got == [("10", "2021-01-01", "2021-12-31"), ("12", "2021-01-01", "2021-12-31"),
                   ("8", "2022-01-01", "2022-06-30"), ("66,7", None, None), ("5", None, None)]


def test_period_a_row_label_names_when_the_column_names_none() -> None:
    doc = new_doc()
    table(doc, 0, [["TT", "Năm", "Số hộ nghèo", "Tỷ lệ (%)"],
                   ["1", "Năm 2023", "412", "3,1"],
                   ["2", "Năm 2024", "350", "2,6"]])
    dated_figures(doc)
    assert [(r["text"], r["row_label"], r["label_period_start"]) for r in doc.rows("figures")] == [
        ("412", "Năm 2023", "2023-01-01"), ("3,1", "Năm 2023", "2023-01-01"),
        ("350", "Năm 2024", "2024-01-01"), ("2,6", "Năm 2024", "2024-01-01")]


# A converter that writes a table one cell per line drops every cell a merge covers, with the span:
# ``Năm 2024`` spans ``Dự toán | Thực hiện``, but only the cell counts say that one header cell spans,
# not which one. The same table as a grid (python-docx, HTML) keeps its spans.
_SPANS_LOST = """**Biểu số 02. Kết quả thu ngân sách xã** (ĐVT: triệu đồng)

|
**STT**
|
**Chỉ tiêu**
|
**Năm 2024**
|
**So sánh (%)**
|
**Năm 2025**
|
|
**Dự toán**
|
**Thực hiện**
|
|
A
|
B
|
1
|
2
|
3=2/1
|
4
|
|
1
|
Thu thuế
|
1.200
|
1.350
|
112,5
|
1.500
|
|
2
|
Tỷ lệ thu đạt (%)
|
95,5
|
97,2
|
101,8
|
98
|

Số liệu do Ban Tài chính xã tổng hợp[^1].

[^1]: Số liệu đến ngày 31/12/2025.
"""


def _table_figures(doc: Document) -> list[tuple]:
    dated_figures(doc)
    return [(r["text"], r["value"], r["unit"], r["row_label"], r["col_label"], r["label_period_start"])
            for r in doc.rows("figures") if doc.blocks[r["block_id"]].kind == "table_cell"]


def test_header_whose_spans_a_conversion_lost_names_no_value_column(tmp_path: Path) -> None:
    """Placed one after another, ``So sánh (%)`` would head the ``Thực hiện 2024`` column and
    ``Năm 2025`` the comparison: no label is better than a wrong one (and a wrong period, a wrong
    unit). The label columns it opens with are still read; the ``A B 1 2 3=2/1 4`` row numbers
    the columns and gives no figure; ``3=2/1`` is a quotient, in percent; a row label may state
    its own unit."""
    from pipeline.load import load_path

    path = tmp_path / "thu_ngan_sach.txt"
    path.write_text(_SPANS_LOST, encoding="utf-8")
    doc = load_path(path, tmp_path)
    assert doc.format == "markdown"
    assert _table_figures(doc) == [
        ("1.200", 1.2e9, "VND", "Thu thuế", None, None), ("1.350", 1.35e9, "VND", "Thu thuế", None, None),
        ("112,5", 112.5, "%", "Thu thuế", None, None), ("1.500", 1.5e9, "VND", "Thu thuế", None, None),
        ("95,5", 95.5, "%", "Tỷ lệ thu đạt (%)", None, None), ("97,2", 97.2, "%", "Tỷ lệ thu đạt (%)", None, None),
        ("101,8", 101.8, "%", "Tỷ lệ thu đạt (%)", None, None), ("98", 98, "%", "Tỷ lệ thu đạt (%)", None, None)]


def test_same_table_as_a_grid_names_every_column() -> None:
    doc = new_doc()
    doc.add_block("paragraph", "Biểu số 02. Kết quả thu ngân sách xã (ĐVT: triệu đồng)")
    for r, cells in enumerate([["STT", "Chỉ tiêu", "Năm 2024", None, "So sánh (%)", "Năm 2025"],
                               [None, None, "Dự toán", "Thực hiện", None, None],
                               ["A", "B", "1", "2", "3=2/1", "4"],
                               ["1", "Thu thuế", "1.200", "1.350", "112,5", "1.500"]]):
        for c, text in enumerate(cells):
            if text is not None:
                doc.add_block("table_cell", text, table_no=0, row=r, col=c)
    assert _table_figures(doc) == [
        ("1.200", 1.2e9, "VND", "Thu thuế", "Năm 2024 / Dự toán", "2024-01-01"),
        ("1.350", 1.35e9, "VND", "Thu thuế", "Năm 2024 / Thực hiện", "2024-01-01"),
        ("112,5", 112.5, "%", "Thu thuế", "So sánh (%)", None),
        ("1.500", 1.5e9, "VND", "Thu thuế", "Năm 2025", "2025-01-01")]


def test_counted_is_the_row_under_the_rows_it_is_listed_under() -> None:
    """``- Thuế giá trị gia tăng`` is one of as many such rows as there are revenue sources: what it
    counts is that tax under its source. The level comes from the STT column (I, 1, a), else from
    the label's own ``-``/``+``; an unnumbered row sits under the last numbered one; a total under
    nothing; ``row_label`` keeps the row's cells as written."""
    doc = new_doc()
    table(doc, 0, [["STT", "Nội dung", "ĐVT", "Năm 2025"],
                   ["I", "THU NỘI ĐỊA", "triệu đồng", "1.000"],
                   ["1", "Thu từ khu vực doanh nghiệp nhà nước", "triệu đồng", "600"],
                   ["", "- Thuế giá trị gia tăng", "triệu đồng", "400"],
                   ["", "+ Thu từ hàng hóa nhập khẩu", "triệu đồng", "150"],
                   ["", "- Thuế tài nguyên", "triệu đồng", "200"],
                   ["2", "Thu khác", "triệu đồng", "400"],
                   ["", "Trong đó: thu phạt", "triệu đồng", "100"],
                   ["a", "Thu phạt hành chính", "triệu đồng", "60"],
                   ["", "Tổng số thu phạt đã nộp", "triệu đồng", "55"],
                   ["II", "THU XUẤT NHẬP KHẨU", "triệu đồng", "50"],
                   ["Tổng cộng", "", "triệu đồng", "1.050"]])
    figures.extract(doc)
    assert [(r["text"], r["row_label"], r["counted"]) for r in doc.rows("figures")] == [
        ("1.000", "THU NỘI ĐỊA", "THU NỘI ĐỊA"),
        ("600", "Thu từ khu vực doanh nghiệp nhà nước", "THU NỘI ĐỊA / Thu từ khu vực doanh nghiệp nhà nước"),
        ("400", "- Thuế giá trị gia tăng",
         "THU NỘI ĐỊA / Thu từ khu vực doanh nghiệp nhà nước / Thuế giá trị gia tăng"),
        ("150", "+ Thu từ hàng hóa nhập khẩu",
         "THU NỘI ĐỊA / Thu từ khu vực doanh nghiệp nhà nước / Thuế giá trị gia tăng / Thu từ hàng hóa nhập khẩu"),
        ("200", "- Thuế tài nguyên", "THU NỘI ĐỊA / Thu từ khu vực doanh nghiệp nhà nước / Thuế tài nguyên"),
        ("400", "Thu khác", "THU NỘI ĐỊA / Thu khác"),
        ("100", "Trong đó: thu phạt", "THU NỘI ĐỊA / Thu khác / thu phạt"),
        ("60", "Thu phạt hành chính", "THU NỘI ĐỊA / Thu khác / Thu phạt hành chính"),
        ("55", "Tổng số thu phạt đã nộp", "THU NỘI ĐỊA / Thu khác / Thu phạt hành chính / Tổng số thu phạt đã nộp"),
        ("50", "THU XUẤT NHẬP KHẨU", "THU XUẤT NHẬP KHẨU"),
        ("1.050", "Tổng cộng", "Tổng cộng")]


_ONE_SPAN_LOST = """**Biểu 03. Kết quả giảm nghèo** (ĐVT: hộ)

|
**STT**
|
**Chỉ tiêu**
|
**Năm 2024**
|
|
**Kế hoạch**
|
**Thực hiện**
|
**Tỷ lệ (%)**
|
|
1
|
Hộ thoát nghèo
|
120
|
110
|
91,7
|
|
2
|
Hộ cận nghèo mới
|
40
|
35
|
87,5
|

Số liệu do Ban Chỉ đạo giảm nghèo tổng hợp[^1].

[^1]: Số liệu đến ngày 31/12/2024.
"""


def test_one_header_left_over_the_value_columns_heads_them_all(tmp_path: Path) -> None:
    """When the spans are lost but one cell is left past the label columns, it spans every value
    column, and a row below with one cell per value column subdivides it: that shape is certain."""
    from pipeline.load import load_path

    path = tmp_path / "giam_ngheo.txt"
    path.write_text(_ONE_SPAN_LOST, encoding="utf-8")
    got = _table_figures(load_path(path, tmp_path))
    assert got[:3] == [("120", 120, "hộ", "Hộ thoát nghèo", "Năm 2024 / Kế hoạch", "2024-01-01"),
                       ("110", 110, "hộ", "Hộ thoát nghèo", "Năm 2024 / Thực hiện", "2024-01-01"),
                       ("91,7", 91.7, "%", "Hộ thoát nghèo", "Năm 2024 / Tỷ lệ (%)", "2024-01-01")]


def test_a_note_listing_a_unit_per_column_gives_each_cell_the_one_its_labels_name() -> None:
    """``ĐVT: hộ; căn; triệu đồng`` is no unit of the whole table (every cell was read in hộ): a
    cell takes the listed unit its column or row names (``Số hộ``, ``Kinh phí``), else its column's noun (``Nhà
    xây mới``) or none; a
    ``Xã Lệ Chi`` row is no money row. ``ST T`` (a wrapped PDF cell) heads the sequence column."""
    doc = new_doc()
    doc.add_block("paragraph", "ĐVT: hộ; căn; triệu đồng")
    table(doc, 0, [["ST T", "Đơn vị", "Số hộ nghèo", "Nhà xây mới", "Kinh phí hỗ trợ"],
                   ["1", "Xã Lệ Chi", "7", "6", "390"],
                   ["2", "Xã Kim Sơn", "9", "5", "360,5"]])
    figures.extract(doc)
    got = {(r["row_label"], r["col_label"]): (r["value"], r["unit"], r["kind"]) for r in doc.rows("figures")}
    assert got == {
        ("Xã Lệ Chi", "Số hộ nghèo"): (7, "hộ", "count"), ("Xã Lệ Chi", "Nhà xây mới"): (6, "nhà", "count"),
        ("Xã Lệ Chi", "Kinh phí hỗ trợ"): (390e6, "VND", "money"),
        ("Xã Kim Sơn", "Số hộ nghèo"): (9, "hộ", "count"), ("Xã Kim Sơn", "Nhà xây mới"): (5, "nhà", "count"),
        ("Xã Kim Sơn", "Kinh phí hỗ trợ"): (360.5e6, "VND", "money")}
    # a list of units whose items the vocabulary lacks still lists units: ``lượt`` is one
    doc = new_doc()
    doc.add_block("paragraph", "ĐVT: lượt, %, ca")
    table(doc, 0, [["Chỉ tiêu", "Kế hoạch"], ["Lượt khám bệnh (lượt)", "5.110.000"], ["Số ca mắc (ca)", "412"]])
    figures.extract(doc)
    assert [(r["value"], r["unit"]) for r in doc.rows("figures")] == [(5_110_000, "lượt"), (412, "ca")]
    # the column is asked first: a row named for a town (``Thị xã Hồng Lĩnh``) names a place, not the note's ``xã``
    assert [(r["value"], r["unit"]) for r in noted_table("ĐVT: xã; triệu đồng", [
        ["TT", "Đơn vị", "Số xã đạt chuẩn", "Vốn đã giải ngân"], ["1", "Thị xã Hồng Lĩnh", "2", "6.230"]])] == [
        (2, "xã"), (6.23e9, "VND")]


def test_a_note_naming_the_column_of_a_unit_gives_it_that_column_alone() -> None:
    """``ĐVT: đảng viên; đảng phí: nghìn đồng``: the Party dues were counted in members (the named item was no unit
    at all, so the members were the whole table's); the named unit is its column's, the other every other column's.
    A note that names its only unit (``ĐVT: tiền thưởng: triệu đồng``) leaves the other columns to their labels."""
    rows = noted_table("ĐVT: đảng viên; đảng phí: nghìn đồng", [
        ["TT", "Chi bộ", "Kết nạp mới", "Đảng phí thu"], ["1", "Chi bộ thôn Phù Đê", "2", "6.120"]])
    assert [(r["value"], r["unit"]) for r in rows] == [(2, "đảng viên"), (6_120_000, "VND")]
    rows = noted_table("ĐVT: tiền thưởng: triệu đồng", [
        ["STT", "Hình thức khen thưởng", "Tập thể", "Tiền thưởng"], ["1", "Bằng khen của Chủ tịch UBND tỉnh", "5", "35,1"]])
    assert [(r["value"], r["unit"]) for r in rows] == [(5, "tập thể"), (35_100_000, "VND")]



def test_a_title_in_capitals_over_a_table_dates_it() -> None:
    """``Biểu số 01`` / ``QUYẾT TOÁN THU, CHI NGÂN SÁCH XÃ NĂM 2023`` / ``(Kèm theo Báo cáo số …)`` / ``ĐVT: triệu đồng``:
    the title names the table's year (its figures had none: only ``Bảng 1. …`` was a caption, and the line citing the
    report hid the title)."""
    doc = new_doc()
    for line in ("Biểu số 01", "QUYẾT TOÁN THU, CHI NGÂN SÁCH XÃ NĂM 2023",
                 "(Kèm theo Báo cáo số 25/BC-UBND ngày 15/6/2024 của UBND xã)", "ĐVT: triệu đồng"):
        doc.add_block("paragraph", line)
    table(doc, 0, [["STT", "Nội dung", "Dự toán", "Quyết toán"], ["1", "Thu ngân sách xã", "11.389", "12.482"]])
    assert [(r["col_label"], r["label_period_start"], r["label_period_end"]) for r in dated_figures(doc)] == [
        ("Dự toán", "2023-01-01", "2023-12-31"), ("Quyết toán", "2023-01-01", "2023-12-31")]


def test_a_cost_tables_price_and_total_are_money_and_its_quantity_the_rows_unit() -> None:
    """``STT | Hạng mục | Đơn vị tính | Khối lượng | Đơn giá | Thành tiền`` under ``ĐVT: đồng``: the row's ``m3`` is the
    quantity's; the price is money per m3 and the total money (both were measures in m3); a ``Số lượng`` under
    ``ĐVT: nghìn đồng`` is a count (it was money)."""
    got = [(r["col_label"], r["value"], r["unit"], r["kind"]) for r in noted_table("ĐVT: đồng", [
        ["STT", "Hạng mục", "Đơn vị tính", "Khối lượng", "Đơn giá", "Thành tiền"],
        ["1", "Phá dỡ mặt đường bê tông cũ", "m3", "648", "185.000", "119.880.000"]])]
    assert got == [("Khối lượng", 648, "m3", "measure"), ("Đơn giá", 185_000, "VND/m3", "rate"),
                   ("Thành tiền", 119_880_000, "VND", "money")]
    got = [(r["col_label"], r["value"], r["unit"], r["kind"]) for r in noted_table("ĐVT: nghìn đồng", [
        ["STT", "Nội dung", "Số lượng", "Đơn giá", "Thành tiền"], ["1", "Khen thưởng toàn đoàn", "6", "2.000", "12.000"]])]
    assert got == [("Số lượng", 6, None, "count"), ("Đơn giá", 2_000_000, "VND", "money"),
                   ("Thành tiền", 12_000_000, "VND", "money")]


def test_a_row_named_by_a_body_gives_its_figures_that_body_and_its_column_says_what() -> None:
    """A table with a row per chi bộ (``Chi bộ thôn Phù Đê | 46 | 2``): the chi bộ acts, its column says what is counted
    (every figure counted the row's name and had no organization), as a row per place gives its place."""
    doc = new_doc()
    doc.add_block("paragraph", "ĐVT: đảng viên")
    table(doc, 0, [["TT", "Chi bộ", "Tổng số đảng viên", "Kết nạp mới"], ["1", "Chi bộ thôn Phù Đê", "46", "2"]])
    for component in extractors.components():
        component.extract(doc)
    assert [(r["counted"], r["organization"]) for r in doc.rows("figures")] == [
        ("Tổng số đảng viên", "Chi bộ thôn Phù Đê"), ("Kết nạp mới", "Chi bộ thôn Phù Đê")]


def test_a_column_named_by_a_place_or_a_time_says_no_what() -> None:
    """A damage table with a column per commune (``Người chết`` × ``Xã Mỏ Vàng``): the row says what was counted (every
    figure counted its commune); a row per commune under columns of times (``Năm 2021``, ``6 tháng đầu năm 2023``):
    the table's unit says what (they counted the commune, or the time)."""
    from extractors import dates, entities

    doc = new_doc()
    for line in ("UBND TỈNH YÊN BÁI", "UBND HUYỆN VĂN YÊN", "Văn Yên, ngày 11 tháng 9 năm 2024"):
        doc.add_block("paragraph", line)
    table(doc, 0, [["Nội dung", "Xã Mỏ Vàng", "Xã Đại Sơn"], ["Người chết", "3", "2"]])
    doc.add_block("paragraph", "ĐVT: mô hình")
    table(doc, 1, [["Xã", "Năm 2021", "6 tháng đầu năm 2023"], ["Xã Mỏ Vàng", "4", "3"]])
    for component in (dates, entities, figures):
        component.extract(doc)
    assert [(r["text"], r["counted"], r["place"]) for r in doc.rows("figures")] == [
        ("3", "Người chết", "xã Mỏ Vàng"), ("2", "Người chết", "xã Đại Sơn"),
        ("4", "mô hình", "xã Mỏ Vàng"), ("3", "mô hình", "xã Mỏ Vàng")]


def test_a_row_of_the_remaining_communes_is_named_by_where_and_its_column_says_what() -> None:
    """A damage table by commune closing on ``Các xã còn lại`` (or ``Các xã, thị trấn còn lại``, ``Các đơn vị khác``,
    ``Xóm khác``): the row is named by places, no one of them, so its column says what is counted, as a commune's
    row's does (its figures counted ``Các xã còn lại``), and it has no place."""
    from extractors import dates, entities

    for rest in ("Các xã còn lại", "Các xã, thị trấn còn lại", "Các đơn vị khác", "Xóm khác"):
        doc = new_doc()
        table(doc, 0, [["STT", "Xã, thị trấn", "Nhà sập (nhà)", "Lúa ngập (ha)"], ["1", "Xã Tân Thủy", "3", "142,0"],
                       ["2", rest, "1", "834,7"], ["", "Tổng cộng", "4", "976,7"]])
        for component in (dates, entities, figures):
            component.extract(doc)
        assert [(r["text"], r["counted"], r["place"]) for r in doc.rows("figures")] == [
            ("3", "Nhà sập (nhà)", "xã Tân Thủy"), ("142,0", "Lúa ngập (ha)", "xã Tân Thủy"),
            ("1", "Nhà sập (nhà)", None), ("834,7", "Lúa ngập (ha)", None),
            ("4", "Nhà sập (nhà)", None), ("976,7", "Lúa ngập (ha)", None)], rest


def test_the_rest_of_the_bodies_a_tables_rows_are_is_named_by_where_too() -> None:
    """A table of loans by the Association's grassroots units (``Xã Việt Lập``, …) closing on ``Các chi hội còn lại``,
    ``15 cơ sở Hội còn lại``: the rest of what the other rows name, places or bodies, whatever noun it calls them by,
    so its column says what is counted (they counted the row's label); the rest of the members counted (``Hội viên còn
    lại``) and the rest of a table of items (``Các khoản thu khác``) are what is counted."""
    from extractors import dates, entities

    def rest_rows(rows: list[list[str]], note: str = "ĐVT: triệu đồng") -> list[tuple]:
        doc = new_doc()
        doc.add_block("paragraph", note)
        table(doc, 0, rows)
        for component in (dates, entities, figures):
            component.extract(doc)
        return [(r["text"], r["counted"], r["place"]) for r in doc.rows("figures")]

    for rest in ("Các chi hội còn lại", "15 cơ sở Hội còn lại", "Các cơ sở Hội còn lại"):
        assert rest_rows([["TT", "Cơ sở Hội", "Số thành viên", "Dư nợ"], ["1", "Xã Việt Lập", "468", "19.015"],
                          ["2", rest, "5.455", "214.885"]]) == [
            ("468", "Số thành viên", "xã Việt Lập"), ("19.015", "Dư nợ", "xã Việt Lập"),
            ("5.455", "Số thành viên", None), ("214.885", "Dư nợ", None)], rest
    assert rest_rows([["TT", "Cơ sở Hội", "Số thành viên", "Dư nợ"], ["1", "Xã Việt Lập", "468", "19.015"],
                      ["2", "Hội viên còn lại", "455", "4.885"]])[2:] == [
        ("455", "Hội viên còn lại", None), ("4.885", "Hội viên còn lại", None)]
    assert rest_rows([["STT", "Nội dung", "Dự toán"], ["1", "Thuế giá trị gia tăng", "181,5"],
                      ["2", "Các khoản thu khác", "12,5"]], "ĐVT: tỷ đồng") == [
        ("181,5", "Thuế giá trị gia tăng", None), ("12,5", "Các khoản thu khác", None)]


def test_a_total_that_names_its_money_is_no_items_part() -> None:
    """``| | Tổng thu | 468,0 |`` after rows ``1 Thu nội địa`` and ``2 Thu tiền sử dụng đất``: the table's total (it was
    ``Thu tiền sử dụng đất / Tổng thu``), as ``Tổng cộng`` is."""
    got = [r["counted"] for r in noted_table("ĐVT: tỷ đồng", [
        ["STT", "Nội dung", "Dự toán"], ["1", "Thu nội địa", "181,5"], ["2", "Thu tiền sử dụng đất", "286,5"],
        ["", "Tổng thu", "468,0"]])]
    assert got == ["Thu nội địa", "Thu tiền sử dụng đất", "Tổng thu"]


def test_a_tables_caption_in_the_body_closes_no_section() -> None:
    """``Biểu 1. Kết quả …`` over a table inside ``I. KẾT QUẢ … NĂM 2023``, then ``2. Công tác phát triển rừng``: the
    report's numbering goes on, so the figures after the table are still the section's (they lost its year); a caption
    the numbering does not go on after is an annex's, and closes the sections (``Biểu số 01`` after the last section)."""
    def periods(after: list[str]) -> list[tuple[str, str | None]]:
        doc = new_doc()
        doc.issued_date = "2023-12-05"
        doc.add_block("heading", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023")
        doc.add_block("heading", "1. Công tác tuyên truyền")
        doc.add_block("paragraph", "Biểu 1: Kết quả xử lý vi phạm")
        table(doc, 0, [["STT", "Hành vi vi phạm", "Số vụ"], ["1", "Phá rừng trái pháp luật", "8"]])
        for text in after:
            doc.add_block("heading" if text[0].isdigit() else "paragraph", text)
        return [(r["text"], r["label_period_start"]) for r in dated_figures(doc) if not r.get("row_label")]

    assert periods(["2. Công tác phát triển rừng", "Trồng rừng mới tập trung 1.850 ha."]) == [("1.850 ha", "2023-01-01")]
    assert periods(["Trồng rừng mới tập trung 1.850 ha."]) == [("1.850 ha", None)]


def test_a_note_of_a_crops_units_gives_each_row_the_unit_of_what_it_measures() -> None:
    """``ĐVT: ha, tạ/ha, tấn`` over rows ``Diện tích``, ``Năng suất``, ``Sản lượng``: the area in ha, the yield a rate
    in tạ/ha, the output in tấn (every cell was a count with no unit)."""
    got = [(r["value"], r["unit"], r["kind"]) for r in noted_table("ĐVT: ha, tạ/ha, tấn", [
        ["TT", "Cây trồng, chỉ tiêu", "Kế hoạch", "So sánh (%)"], ["1", "Cây lúa", "", ""],
        ["", "- Diện tích", "11.500", "100,2"], ["", "- Năng suất", "68,5", "100,7"], ["", "- Sản lượng", "78.912", "100,9"]])]
    assert got == [(11500, "ha", "measure"), (100.2, "%", "percent"), (68.5, "tạ/ha", "rate"), (100.7, "%", "percent"),
                   (78912, "tấn", "measure"), (100.9, "%", "percent")]


def test_the_number_of_a_listed_noun_counts_it_and_a_change_is_in_the_amounts_unit() -> None:
    """``ĐVT: triệu đồng, hộ``: ``Số hộ còn dư nợ`` counts households (its ``dư nợ`` made it money); the change column
    after ``Dư nợ`` is money (a row's ``Cho vay hộ nghèo`` made it a count of ``hộ``: a programme, no count)."""
    got = [(r["col_label"], r["value"], r["unit"]) for r in noted_table("ĐVT: triệu đồng, hộ", [
        ["TT", "Chương trình", "Dư nợ", "Tăng (+), giảm (-) so với đầu năm", "Số hộ còn dư nợ"],
        ["1", "Cho vay hộ nghèo", "120.500", "-8.882", "6.215"]])]
    assert got == [("Dư nợ", 120_500e6, "VND"), ("Tăng (+), giảm (-) so với đầu năm", -8_882e6, "VND"),
                   ("Số hộ còn dư nợ", 6215, "hộ")]
    # (an overdue debt is money, as the balance is: ``Nợ quá hạn`` was a count of nothing)
    got = [(r["col_label"], r["value"], r["unit"]) for r in noted_table("ĐVT: triệu đồng, hộ", [
        ["STT", "Nguồn vốn", "Số hộ còn dư nợ", "Dư nợ", "Nợ quá hạn"], ["1", "Ngân hàng CSXH", "612", "28.456", "45"]])]
    assert got == [("Số hộ còn dư nợ", 612, "hộ"), ("Dư nợ", 28_456e6, "VND"), ("Nợ quá hạn", 45e6, "VND")]


def test_a_unit_of_a_note_no_label_claims_is_the_unit_of_the_columns_left() -> None:
    """``ĐVT: kg, ha`` over ``Giống lúa | Giống ngô | Diện tích gieo trồng lại``: the area claims the ha, and the kg no
    header claims is the seed columns' (they were counts with no unit); in either order, of any mass (``ĐVT: ha,
    tấn``)."""
    got = [(r["col_label"], r["value"], r["unit"], r["kind"]) for r in noted_table("ĐVT: kg, ha", [
        ["STT", "Xã", "Giống lúa", "Giống ngô", "Diện tích gieo trồng lại"], ["1", "Xã Tân Thủy", "15.200", "3.100", "142,0"]])]
    assert got == [("Giống lúa", 15_200, "kg", "measure"), ("Giống ngô", 3_100, "kg", "measure"),
                   ("Diện tích gieo trồng lại", 142, "ha", "measure")]
    got = [(r["col_label"], r["value"], r["unit"], r["kind"]) for r in noted_table("ĐVT: ha, tấn", [
        ["STT", "Xã", "Diện tích", "Giống lúa"], ["1", "Xã An Thủy", "168,7", "18"]])]
    assert got == [("Diện tích", 168.7, "ha", "measure"), ("Giống lúa", 18, "tấn", "measure")]


def test_what_a_dvt_note_names_is_the_unit_known_or_not_where_a_bare_don_vi_may_name_a_body() -> None:
    """``ĐVT: công dân``, ``ĐVT: Lượt người``: the unit of count the note names (the cells had none, while the same
    noun in prose was one); ``Đơn vị: Hội Nông dân xã`` names the body reporting, no unit."""
    got = []
    for note in ("ĐVT: Lượt người", "Đơn vị tính: tổ hợp tác", "Đơn vị: Hội Nông dân xã"):
        doc = new_doc()
        doc.add_block("paragraph", note)
        table(doc, 0, [["Nội dung", "Năm 2024"], ["Khám bệnh", "1.250"]])
        figures.extract(doc)
        got += [(r["value"], r["unit"]) for r in doc.rows("figures")]
    assert got == [(1250, "lượt người"), (1250, "tổ hợp tác"), (1250, None)]


def test_a_percent_sign_opening_a_header_makes_its_column_percent_under_a_money_note() -> None:
    """``% so DT``, ``%CK``, ``Tỷ lệ % so DT`` under ``ĐVT: Tỷ đồng`` (a budget table's comparison columns): their cells
    were 80,1 billion đồng."""
    doc = new_doc()
    doc.add_block("paragraph", "ĐVT: Tỷ đồng")
    table(doc, 0, [["Chỉ tiêu", "Ước TH 9 tháng", "% so DT", "%CK", "Tỷ lệ % so DT"],
                   ["Thu nội địa", "3.250,5", "80,1", "113,6", "80,1"]])
    figures.extract(doc)
    assert [(r["value"], r["unit"]) for r in doc.rows("figures")] == [
        (3_250_500_000_000, "VND"), (80.1, "%"), (113.6, "%"), (80.1, "%")]


def test_a_note_in_thousands_of_dong_or_with_a_percent_for_the_share_columns_scales_the_money() -> None:
    """``ĐVT: 1.000 đồng`` (a budget disclosure form's heading), ``ĐVT: Tỷ đồng, %``: the amounts were unscaled counts
    with no unit; a column headed as a share is still in percent."""
    got = []
    for note in ("ĐVT: 1.000 đồng", "Đơn vị tính: 1000đ", "ĐVT: 1.000.000 đồng", "ĐVT: Tỷ đồng, %", "ĐVT: Triệu đồng; %"):
        doc = new_doc()
        doc.add_block("paragraph", note)
        table(doc, 0, [["Nội dung", "Dự toán", "Tỷ lệ (%)"], ["Thu nội địa", "12.658", "80,1"]])
        figures.extract(doc)
        got.append([(r["value"], r["unit"]) for r in doc.rows("figures")])
    assert got == [[(12_658_000, "VND"), (80.1, "%")], [(12_658_000, "VND"), (80.1, "%")],
                   [(12_658_000_000, "VND"), (80.1, "%")], [(12_658_000_000_000, "VND"), (80.1, "%")],
                   [(12_658_000_000, "VND"), (80.1, "%")]]


def test_a_plans_task_column_keeps_the_figures_its_tasks_state() -> None:
    """``Tập huấn kỹ năng số cho 350 lượt người dân`` under ``Nội dung nhiệm vụ``, beside a money column: the task was
    taken for the row's name, whose numbers only say which row it is, and its figures were lost (a table of tasks
    alone kept them). An indicator's name keeps its numbers as names."""
    got = []
    for head in ("Nội dung nhiệm vụ", "Chỉ tiêu"):
        doc = new_doc()
        table(doc, 0, [["TT", head, "Kinh phí (triệu đồng)"], ["1", "Tập huấn kỹ năng số cho 350 lượt người dân", "25"]])
        figures.extract(doc)
        got.append([(r["text"], r["col_label"]) for r in doc.rows("figures")])
    assert got == [[("25", "Kinh phí (triệu đồng)"), ("350 lượt người", "Nội dung nhiệm vụ")],
                   [("25", "Kinh phí (triệu đồng)")]]

def test_a_rate_in_the_unit_column() -> None:
    """An ``ĐVT`` cell ``tạ/ha`` is a rate (the cell was a measure in tạ, the denominator lost)."""
    doc = new_doc()
    table(doc, 0, [["Chỉ tiêu", "ĐVT", "Thực hiện"], ["Năng suất lúa", "tạ/ha", "66,8"],
                   ["Thu nhập bình quân", "triệu đồng/người/năm", "56,5"]])
    figures.extract(doc)
    assert [(r["value"], r["unit"], r["kind"]) for r in doc.rows("figures")] == [
        (66.8, "tạ/ha", "rate"), (56_500_000, "VND/người/năm", "rate")]


def test_a_column_headed_the_number_of_a_noun_counts_in_it() -> None:
    """``Số hội viên``, ``Tổng số hộ nghèo``: with no unit stated anywhere, the header's noun is the
    cells' unit (they had none); ``Số tiền`` names no counted noun."""
    doc = new_doc()
    table(doc, 0, [["Đơn vị", "Số hội viên", "Tổng số hộ nghèo", "Số tiền"], ["Xã An Hiệp", "1.250", "86", "350"]])
    figures.extract(doc)
    assert [r["unit"] for r in doc.rows("figures")] == ["hội viên", "hộ nghèo", None]


_TURNOUT_TABLE = """| STT | Đơn vị | Số lượt người tham dự | Số lượt quần chúng | Số lượt cán bộ | Số người |
|---|---|---|---|---|---|
| 1 | Xã A | 120 | 80 | 45 | 30 |
"""


def test_a_column_headed_the_number_of_a_classifier_counts_in_it_and_its_noun(tmp_path: Path) -> None:
    """``Số lượt quần chúng``: the classifier and the noun it classifies are the cells' unit, as prose's ``3.768 lượt
    quần chúng`` is (the columns had none, only ``Số người`` one)."""
    from pipeline.load import load_path

    path = tmp_path / "hoc_tap.md"
    path.write_text(_TURNOUT_TABLE, encoding="utf-8")
    doc = load_path(path, tmp_path)
    figures.extract(doc)
    assert [(r["text"], r["unit"]) for r in doc.rows("figures")] == [
        ("120", "lượt người"), ("80", "lượt quần chúng"), ("45", "lượt cán bộ"), ("30", "người")]


def test_a_unit_note_merged_across_the_tables_top_row_is_no_column_title() -> None:
    """A Word table whose first row is ``ĐVT: triệu đồng`` merged over every column: that note named
    every column, so plan and result could not be told apart, the ``%`` column was read as millions
    of đồng and the row numbers became amounts."""
    import io
    import sys

    import docx

    from pipeline.load import load_bytes

    sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "office"))
    from make_fixtures import add_grid

    d = docx.Document()
    d.add_paragraph("Kết quả giải ngân vốn năm 2025 như sau:")
    add_grid(d, [["ĐVT: triệu đồng", "", "", "", ""],
                 ["STT", "Nguồn vốn", "Kế hoạch năm 2025", "Thực hiện năm 2025", "Tỷ lệ giải ngân (%)"],
                 ["1", "Ngân sách trung ương", "512.340", "468.215", "91,4"],
                 ["2", "Ngân sách địa phương", "61.480", "58.960", "95,9"]], [(0, 0, 0, 4)])
    out = io.BytesIO()
    d.save(out)
    doc = load_bytes(out.getvalue(), "bang.docx")
    assert doc.status == "ok", doc.error
    got = [(r["text"], r["value"], r["unit"], r["col_label"]) for r in dated_figures(doc) if r["row_label"]]
    assert got == [("512.340", 512_340_000_000, "VND", "Kế hoạch năm 2025"),
                   ("468.215", 468_215_000_000, "VND", "Thực hiện năm 2025"),
                   ("91,4", 91.4, "%", "Tỷ lệ giải ngân (%)"),
                   ("61.480", 61_480_000_000, "VND", "Kế hoạch năm 2025"),
                   ("58.960", 58_960_000_000, "VND", "Thực hiện năm 2025"),
                   ("95,9", 95.9, "%", "Tỷ lệ giải ngân (%)")]


def test_a_column_header_naming_its_counted_noun_in_brackets() -> None:
    """``Cây xanh (cây)``, ``Lượt TNTN (lượt)``: the cells count in it (they had no unit; only a
    measure in brackets, ``(km)``, was read)."""
    doc = new_doc()
    table(doc, 0, [["Đơn vị", "Lượt TNTN (lượt)", "Cây xanh (cây)", "Hiến máu (đơn vị)", "Thắp sáng đường quê (km)"],
                   ["Thành đoàn Hà Tĩnh", "4.250", "6.500", "185", "5,2"]])
    assert [(r["text"], r["unit"], r["kind"]) for r in dated_figures(doc)] == [
        ("4.250", "lượt", "count"), ("6.500", "cây", "count"), ("185", "đơn vị", "count"), ("5,2", "km", "measure")]


def test_the_units_whole_is_a_total_and_a_column_opening_with_its_noun_counts_in_it() -> None:
    """A ``Toàn huyện`` row merged over the STT column was filed under the row above it (``Xã Tây
    Thành / Toàn huyện``); ``Hồ sơ trực tuyến`` beside ``Tổng số hồ sơ`` had no unit."""
    doc = new_doc()
    table(doc, 0, [["STT", "Đơn vị", "Tổng số hồ sơ", "Hồ sơ trực tuyến"], ["1", "Xã Tây Thành", "730", "653"]])
    for col, text in ((0, "Toàn huyện"), (2, "24.617"), (3, "21.270")):  # the label spans columns 0 and 1
        doc.add_block("table_cell", text, table_no=0, row=2, col=col)
    got = [(r["text"], r["unit"], r["counted"]) for r in dated_figures(doc)]
    assert got == [("730", "hồ sơ", "Xã Tây Thành"), ("653", "hồ sơ", "Xã Tây Thành"),
                   ("24.617", "hồ sơ", "Toàn huyện"), ("21.270", "hồ sơ", "Toàn huyện")]


def test_a_unit_note_of_a_classifier_a_scaled_noun_in_a_label_and_plan_columns() -> None:
    """``ĐVT: con`` above a herd table is its unit (a classifier was refused: the cells had none,
    and ``Kế hoạch 2025`` was read as the noun the column counts, ``kế hoạch``); ``Đàn gia cầm
    (nghìn con)`` counts thousands of head (it was read as head)."""
    doc = new_doc()
    doc.add_block("paragraph", "ĐVT: con")
    table(doc, 0, [["TT", "Loại vật nuôi", "Kế hoạch 2025", "Thực hiện", "So cùng kỳ (%)"],
                   ["1", "Đàn trâu", "270.000", "265.430", "97,9"],
                   ["2", "Đàn gia cầm (nghìn con)", "34.500", "33.800", "102,8"]])
    got = [(r["text"], r["value"], r["unit"], r["kind"]) for r in dated_figures(doc)]
    assert got == [("270.000", 270_000, "con", "count"), ("265.430", 265_430, "con", "count"), ("97,9", 97.9, "%", "percent"),
                   ("34.500", 34_500_000, "con", "count"), ("33.800", 33_800_000, "con", "count"),
                   ("102,8", 102.8, "%", "percent")]
    plain = new_doc()  # without the note, a plan column names no unit
    table(plain, 0, [["Loại vật nuôi", "Kế hoạch", "Chỉ tiêu 2025"], ["Đàn trâu", "270.000", "265.430"]])
    assert [r["unit"] for r in dated_figures(plain)] == [None, None]


def test_a_numbered_group_row_right_under_the_header_opens_the_body() -> None:
    """``1. Lúa Đông Xuân`` alone on the row under the header holds no number: it was taken for a
    second header row, and the rows under it lost their parent (``Diện tích``, where the next group
    gave ``Ngô / Diện tích``)."""
    doc = new_doc()
    table(doc, 0, [["Cây trồng", "ĐVT", "Kế hoạch 2025", "Thực hiện"],
                   ["1. Lúa Đông Xuân"],
                   ["- Diện tích", "ha", "92.000", "91.245"],
                   ["2. Ngô"],
                   ["- Diện tích", "ha", "25.000", "24.318"]])
    got = [(r["counted"], r["col_label"]) for r in dated_figures(doc)]
    assert got == [("Lúa Đông Xuân / Diện tích", "Kế hoạch 2025"), ("Lúa Đông Xuân / Diện tích", "Thực hiện"),
                   ("Ngô / Diện tích", "Kế hoạch 2025"), ("Ngô / Diện tích", "Thực hiện")]


def test_a_year_alone_labels_a_row_or_a_column_with_its_period() -> None:
    """A table by year (``Năm | Số đảng viên kết nạp``, rows ``2014``, ``2015``) or with years heading
    its columns: the bare year is the figure's period (it had none: the dates reader reads no bare
    number as a year), and a row named by a year counts what its column names (it counted ``2014``)."""
    doc = new_doc()
    table(doc, 0, [["Năm", "Số đảng viên kết nạp"], ["2014", "234"], ["Tổng cộng", "479"]])
    table(doc, 1, [["Chỉ tiêu", "2023", "2024"], ["Số hộ nghèo", "234", "190"]])
    got = [(r["text"], r["counted"], r["label_period_start"], r["label_period_end"]) for r in dated_figures(doc)]
    # (the total of the years counts what its column names, as the years' rows do)
    assert got == [("234", "Số đảng viên kết nạp", "2014-01-01", "2014-12-31"), ("479", "Số đảng viên kết nạp", None, None),
                   ("234", "Số hộ nghèo", "2023-01-01", "2023-12-31"), ("190", "Số hộ nghèo", "2024-01-01", "2024-12-31")]


def test_a_value_written_with_its_noun_is_no_rows_label() -> None:
    """``Hỗ trợ hộ nghèo | 125 hộ | 1.200``: the ``125 hộ`` cell became part of the row's label for the
    amount after it (``Hỗ trợ hộ nghèo / 125 hộ``) and got no labels itself; a row of such values under a
    header (``Nam | Nữ`` / ``70 người | 55 người``) named its second cell ``70 người``."""
    doc = new_doc()
    table(doc, 0, [["Nội dung", "Số lượng", "Kinh phí (triệu đồng)"], ["Hỗ trợ hộ nghèo", "125 hộ", "1.200"],
                   ["1. Đào tạo nghề", "12 lớp", "350"]])
    table(doc, 1, [["Nam", "Nữ"], ["70 người", "55 người"]])
    got = {(r["text"], r["row_label"], r["col_label"]) for r in dated_figures(doc)}
    assert got == {("125 hộ", "Hỗ trợ hộ nghèo", "Số lượng"), ("1.200", "Hỗ trợ hộ nghèo", "Kinh phí (triệu đồng)"),
                   ("12 lớp", "1. Đào tạo nghề", "Số lượng"), ("350", "1. Đào tạo nghề", "Kinh phí (triệu đồng)"),
                   ("70 người", None, "Nam"), ("55 người", None, "Nữ")}


def test_a_cell_with_a_bound_is_a_figure_with_its_qualifier() -> None:
    """A plan's end-year targets are written ``≥ 97``, ``trên 97``, ``từ 97 trở lên``, ``dưới 17``,
    ``không quá 17``: such cells gave no figure, and a row of them was taken for a header row."""
    doc = new_doc()
    doc.add_block("paragraph", "ĐVT: %")
    table(doc, 0, [["Chỉ tiêu", "2026", "2027", "2028", "2029"],
                   ["Tỷ lệ tham gia BHYT", "≥ 97", "trên 97", "từ 97 trở lên", "95"],
                   ["Tỷ lệ suy dinh dưỡng", "dưới 17", "không quá 17", "< 17", "Năm 2024"]])
    got = [(r["text"], r["value"], r["qualifier"], r["row_label"], r["col_label"]) for r in dated_figures(doc)]
    assert got == [("≥ 97", 97, "at_least", "Tỷ lệ tham gia BHYT", "2026"), ("trên 97", 97, "over", "Tỷ lệ tham gia BHYT", "2027"),
                   ("từ 97 trở lên", 97, "at_least", "Tỷ lệ tham gia BHYT", "2028"), ("95", 95, None, "Tỷ lệ tham gia BHYT", "2029"),
                   ("dưới 17", 17, "under", "Tỷ lệ suy dinh dưỡng", "2026"), ("không quá 17", 17, "under", "Tỷ lệ suy dinh dưỡng", "2027"),
                   ("< 17", 17, "under", "Tỷ lệ suy dinh dưỡng", "2028")]


def test_a_column_of_the_reports_months_is_the_reports_period() -> None:
    """``Thực hiện 6 tháng`` in a report on the first half of 2025: the half-year (the column had no
    period, as a bare ``6 tháng`` is no date); a column of other months names none."""
    doc = new_doc()
    doc.period_start, doc.period_end = "2025-01-01", "2025-06-30"
    table(doc, 0, [["Chỉ tiêu", "Kế hoạch 2025", "Thực hiện 6 tháng", "Cùng kỳ 9 tháng"], ["Diện tích lúa (ha)", "92.000", "91.245", "90.100"]])
    got = [(r["col_label"], r["label_period_start"], r["label_period_end"]) for r in dated_figures(doc)]
    assert got == [("Kế hoạch 2025", "2025-01-01", "2025-12-31"), ("Thực hiện 6 tháng", "2025-01-01", "2025-06-30"),
                   ("Cùng kỳ 9 tháng", None, None)]


def test_a_column_in_percentage_points_holds_changes_not_levels() -> None:
    """``Tăng, giảm so với năm 2023 (điểm %)``: its cells are changes of the row's percentage (kind
    ``points``), beside the levels of the ``(%)`` column."""
    doc = new_doc()
    table(doc, 0, [["Chỉ tiêu", "Năm 2024 (%)", "Tăng, giảm so với năm 2023 (điểm %)"],
                   ["Tỷ lệ hộ nghèo", "2,1", "-0,8"], ["Tỷ lệ che phủ rừng", "45,3", "0,4"]])
    figures.extract(doc)
    assert [(r["text"], r["value"], r["unit"], r["kind"]) for r in doc.rows("figures")] == [
        ("2,1", 2.1, "%", "percent"), ("-0,8", -0.8, "điểm %", "points"),
        ("45,3", 45.3, "%", "percent"), ("0,4", 0.4, "điểm %", "points")]


def test_a_count_per_so_many_people_is_a_rate_and_an_empty_value_no_label() -> None:
    """``Số giường bệnh/vạn dân | Giường | 33 | 32,5``: beds per 10,000 people were counts of beds; the
    ``-`` of a row with no plan (``Số ca mắc sốt xuất huyết | Ca | - | 1.234``) joined its label."""
    doc = new_doc()
    table(doc, 0, [["Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Thực hiện 9 tháng"],
                   ["Số giường bệnh/vạn dân", "Giường", "33", "32,5"],
                   ["Số bác sĩ trên 10.000 dân", "Bác sĩ", "10,5", "10,2"],
                   ["Số ca mắc sốt xuất huyết", "Ca", "-", "1.234"]])
    figures.extract(doc)
    assert [(r["text"], r["unit"], r["kind"], r["row_label"]) for r in doc.rows("figures")] == [
        ("33", "giường/10.000 dân", "rate", "Số giường bệnh/vạn dân"),
        ("32,5", "giường/10.000 dân", "rate", "Số giường bệnh/vạn dân"),
        ("10,5", "bác sĩ/10.000 dân", "rate", "Số bác sĩ trên 10.000 dân"),
        ("10,2", "bác sĩ/10.000 dân", "rate", "Số bác sĩ trên 10.000 dân"),
        ("1.234", "ca", "count", "Số ca mắc sốt xuất huyết")]


def test_a_cell_with_a_plus_sign_is_a_figure() -> None:
    """``+21,1`` in a ``Tăng/giảm (%)`` column was no figure while ``-13,5`` beside it was one."""
    doc = new_doc()
    table(doc, 0, [["Chỉ tiêu", "ĐVT", "Năm 2022", "Năm 2023", "Tăng/giảm (%)"],
                   ["Số vụ phạm pháp hình sự", "Vụ", "52", "45", "-13,5"], ["Số vụ ma túy", "Vụ", "19", "23", "+21,1"]])
    figures.extract(doc)
    assert [(r["text"], r["value"], r["unit"]) for r in doc.rows("figures") if r["col_label"] == "Tăng/giảm (%)"] == [
        ("-13,5", -13.5, "%"), ("+21,1", 21.1, "%")]


def test_a_count_in_a_text_cell_counts_its_rows_item_and_a_bounded_cell_is_no_label() -> None:
    """``Nhà ở dân cư: tỷ lệ hộ có nhà ở kiên cố | ≥ 95% | 3.598/3.712 hộ``: the count measured ``hộ``; in the
    next row ``≥ 60 triệu đồng`` (the target) was read as part of the row's label, so the target lost its
    status and the result measured ``Thu nhập … / ≥ 60 triệu đồng``."""
    doc = new_doc()
    table(doc, 0, [["TT", "Tên tiêu chí", "Chỉ tiêu", "Kết quả thực hiện"],
                   ["9", "Nhà ở dân cư: tỷ lệ hộ có nhà ở kiên cố", "≥ 95%", "3.598/3.712 hộ"],
                   ["10", "Thu nhập bình quân đầu người", "≥ 60 triệu đồng", "62,5 triệu đồng"]])
    figures.extract(doc)
    got = {r["text"]: (r["counted"], r["status"]) for r in doc.rows("figures")}
    assert got["3.598/3.712 hộ"] == ("Nhà ở dân cư: tỷ lệ hộ có nhà ở kiên cố", None)
    assert got["≥ 60 triệu đồng"] == ("Thu nhập bình quân đầu người", "target")
    assert got["62,5 triệu đồng"] == ("Thu nhập bình quân đầu người", None)


def test_a_rows_name_gives_no_figure() -> None:
    """``Tỷ lệ huy động trẻ 5 tuổi ra lớp`` as a row's label gave a figure ``5 tuổi`` (a status, a period …)."""
    doc = new_doc()
    table(doc, 0, [["TT", "Chỉ tiêu", "Kế hoạch"], ["1", "Tỷ lệ huy động trẻ 5 tuổi ra lớp", "100%"]])
    figures.extract(doc)
    assert [r["text"] for r in doc.rows("figures")] == ["100%"]


def test_a_columns_lowest_label_says_what_its_cells_count() -> None:
    """``Mô hình kinh tế tập thể / Số mô hình``: the joined label is too long to be a noun, so the cells had no unit."""
    doc = new_doc()
    table(doc, 0, [["Đơn vị", "Mô hình kinh tế tập thể", "Mô hình kinh tế tập thể"], ["", "Số mô hình", "Số thành viên"],
                   ["Huyện A", "12", "150"]])
    figures.extract(doc)
    assert [(r["text"], r["unit"]) for r in doc.rows("figures")] == [("12", "mô hình"), ("150", "thành viên")]


def test_a_share_of_the_plan_column_is_no_target() -> None:
    """``So dự toán (%)``: the share of the budget reached was a target (``dự toán`` is a plan's column cue)."""
    doc = new_doc()
    table(doc, 0, [["STT", "Chỉ tiêu", "Dự toán 2025", "Thực hiện 6 tháng", "So dự toán (%)", "So với kế hoạch (%)"],
                   ["1", "Tổng thu", "21.350", "12.450", "58,3", "60,1"]])
    figures.extract(doc)
    assert [(r["text"], r["status"]) for r in doc.rows("figures")] == [
        ("21.350", "target"), ("12.450", None), ("58,3", None), ("60,1", None)]


def test_a_total_row_under_a_plan_or_result_column_counts_the_total() -> None:
    """``TỔNG CỘNG`` under ``Kế hoạch năm 2023`` / ``Thực hiện năm 2023``: those columns say when and whether planned or
    done, not what is added up (the totals counted the column's words); under ``Số hộ`` the column still says what."""
    doc = new_doc()
    table(doc, 0, [["TT", "Nguồn vốn", "Kế hoạch năm 2023", "Thực hiện năm 2023", "Số hộ"],
                   ["1", "Ngân sách tỉnh", "8.000", "7.142", "12"], ["", "TỔNG CỘNG", "20.000", "18.642", "30"]])
    figures.extract(doc)
    assert [r["counted"] for r in doc.rows("figures")][3:] == ["TỔNG CỘNG", "TỔNG CỘNG", "Số hộ"]


def test_what_the_resolution_set_out_is_a_target_column() -> None:
    """``Chỉ tiêu | Nghị quyết đề ra | Kết quả thực hiện | Đánh giá`` in a congress's political report: the resolution's
    values are targets (they were results, as the outcomes beside them)."""
    doc = new_doc()
    table(doc, 0, [["Chỉ tiêu", "Nghị quyết đề ra", "Kết quả thực hiện", "Đánh giá"],
                   ["Tỷ lệ hộ nghèo (%)", "2,5", "0,96", "Vượt"]])
    figures.extract(doc)
    assert [(r["text"], r["status"]) for r in doc.rows("figures")] == [("2,5", "target"), ("0,96", None)]


def test_a_columns_whole_label_counts_where_its_lowest_level_does_not() -> None:
    """``Hội viên / Tổng số``: the lowest level names no noun, the whole label does (the unit was lost)."""
    doc = new_doc()
    table(doc, 0, [["Đơn vị", "Hội viên", "Mô hình kinh tế tập thể"], ["", "Tổng số", "Số mô hình"], ["TP. Vinh", "52.140", "12"]])
    figures.extract(doc)
    assert [r["unit"] for r in doc.rows("figures")] == ["hội viên", "mô hình"]


def test_a_levels_total_row_sits_under_no_row() -> None:
    """``Cộng cấp xã`` after the communes' rows was counted under the last commune (``Xã An Phú / Cộng
    cấp xã``): it totals a level, as ``Toàn huyện`` totals the unit."""
    doc = new_doc()
    table(doc, 0, [["STT", "Đơn vị", "Số tiền (triệu đồng)"], ["I", "Cấp huyện", ""], ["1", "Phòng Tư pháp", "12"],
                   ["II", "Cấp xã", ""], ["1", "Xã Bình Minh", "45"], ["2", "Xã An Phú", "30"], ["", "Cộng cấp xã", "75"],
                   ["", "Tổng cộng cấp huyện, xã", "87"]])
    assert [(r["text"], r["counted"]) for r in dated_figures(doc)] == [
        ("12", "Cấp huyện / Phòng Tư pháp"), ("45", "Cấp xã / Xã Bình Minh"), ("30", "Cấp xã / Xã An Phú"),
        ("75", "Cộng cấp xã"), ("87", "Tổng cộng cấp huyện, xã")]


def test_a_column_of_the_number_of_a_noun_counts_it_whatever_the_tables_money_note() -> None:
    """``Số nhà`` and ``Số hộ được hỗ trợ`` beside ``Số tiền`` under ``ĐVT: triệu đồng`` were millions of dong."""
    doc = new_doc()
    doc.add_block("paragraph", "Kết quả vận động (ĐVT: triệu đồng).")
    table(doc, 0, [["STT", "Đơn vị", "Số tiền", "Số nhà", "Số hộ được hỗ trợ"], ["1", "Xã An Phú", "45", "3", "12"]])
    assert [(r["text"], r["value"], r["unit"]) for r in dated_figures(doc)] == [
        ("45", 45_000_000, "VND"), ("3", 3, "nhà"), ("12", 12, "hộ")]


def test_a_comparison_columns_year_is_its_base_and_a_quarter_row_is_when() -> None:
    """``So sánh (%) / Cùng kỳ năm 2025`` dated its shares 2025 (they compare 2026 with it); a row ``Quý I/2026`` was
    what its figures counted, where a row ``2025`` is when and the column says what."""
    doc = new_doc()
    table(doc, 0, [["Chỉ tiêu", "ĐVT", "Thực hiện 9 tháng năm 2026", "So sánh (%)"], ["", "", "", "Cùng kỳ năm 2025"],
                   ["Số ca sốt xuất huyết", "ca", "412", "62,5"]])
    table(doc, 1, [["Năm", "Số mô hình"], ["2025", "18"], ["Quý I/2026", "7"]])
    got = [(r["text"], r["label_period_start"], r["counted"]) for r in dated_figures(doc)]
    assert got == [("412", "2026-01-01", "Số ca sốt xuất huyết"), ("62,5", None, "Số ca sốt xuất huyết"),
                   ("18", "2025-01-01", "Số mô hình"), ("7", "2026-01-01", "Số mô hình")]


def test_a_data_note_above_a_table_dates_its_cells_but_a_cited_documents_day_does_not() -> None:
    """A note above a table saying when its data stand (``(Số liệu đến 15 giờ ngày 28/8/2025)``) names the table's
    time as ``Bảng 1. …`` does; an appendix's line citing the plan it is attached to (its day is the plan's), or a
    sentence of the text, names none."""
    from extractors import references

    def first_period(above: str) -> tuple[str | None, str | None]:
        doc = new_doc()
        doc.add_block("paragraph", above)
        table(doc, 0, [["TT", "Nội dung", "ĐVT", "Số lượng"], ["1", "Nhà bị tốc mái", "nhà", "1.250"]])
        from extractors import dates

        dates.extract(doc)
        references.extract(doc)
        figures.extract(doc)
        row = doc.rows("figures")[0]
        return row["label_period_start"], row["label_period_end"]

    assert first_period("(Số liệu đến 15 giờ ngày 28/8/2025)") == ("2025-08-28", "2025-08-28")
    assert first_period("Số liệu tính đến ngày 30/9/2025") == ("2025-09-30", "2025-09-30")
    assert first_period("Năm 2024, toàn tỉnh có nhiều nhà bị hư hỏng.") == (None, None)
    assert first_period("(Kèm theo Kế hoạch số 0204/KH-UBND ngày 24/11/2025 của Ủy ban nhân dân tỉnh)") == (None, None)


def test_a_column_of_the_number_of_two_nouns_or_of_schools_counts_them() -> None:
    """``Số nhóm, lớp`` and ``Số trường`` columns gave their cells no unit (the comma cut ``nhóm, lớp``; a school
    was no counted noun)."""
    doc = new_doc()
    table(doc, 0, [["TT", "Cấp học", "Số trường", "Số nhóm, lớp", "Số học sinh"],
                   ["1", "Mầm non", "25", "310", "8.420"]])
    figures.extract(doc)
    assert [(r["text"], r["unit"]) for r in doc.rows("figures")] == [
        ("25", "trường"), ("310", "nhóm, lớp"), ("8.420", "học sinh")]


def test_a_part_column_trong_do_counts_its_noun() -> None:
    """``Trong đó đảng viên``, ``Quần chúng``: a column of the part of the count before it (the Party's tables of
    awards and members) gave its cells no unit."""
    doc = new_doc()
    table(doc, 0, [["STT", "Cấp khen thưởng", "Cá nhân", "Trong đó: đảng viên", "Quần chúng"],
                   ["1", "Tỉnh ủy", "45", "30", "15"]])
    figures.extract(doc)
    assert [(r["text"], r["unit"]) for r in doc.rows("figures")] == [("45", "cá nhân"), ("30", "đảng viên"),
                                                                     ("15", "quần chúng")]


def test_the_bases_a_header_compares_with_are_not_the_figures_time() -> None:
    """``Chỉ số giá tháng 10/2025 so với:`` over ``Kỳ gốc 2024 | Tháng 10/2024 | Tháng 9/2025``: each column names the
    base its index is taken against, and the figures were dated 2024, Oct 2024 and Sep 2025; they are October
    2025's, as the caption says."""
    doc = new_doc()
    doc.add_block("paragraph", "Bảng 3. Chỉ số giá tiêu dùng tháng 10 năm 2025")
    table(doc, 0, [["", "Chỉ số giá tháng 10/2025 so với:", "", ""],
                   ["", "Kỳ gốc 2024", "Tháng 10/2024", "Tháng 9/2025"],
                   ["Chỉ số giá chung", "104,12", "103,25", "100,21"]])
    assert {(r["label_period_start"], r["label_period_end"]) for r in dated_figures(doc)} == {("2025-10-01", "2025-10-31")}


def test_a_column_comparing_a_month_with_another_is_that_months() -> None:
    """``Tháng 10/2024 so với tháng 9/2024 (%)`` named two months and was dated neither; a header ``Tháng 10/2024
    so với`` over ``Tháng 9/2024 | Cùng kỳ năm trước`` was read as a comparison's base alone. The time before
    ``so với`` is the figures'; the ones after it are what they are compared with."""
    doc = new_doc()
    table(doc, 0, [["Chỉ tiêu", "Tháng 10/2024 so với tháng 9/2024 (%)", "Tháng 10/2024 so với cùng kỳ năm trước (%)"],
                   ["Toàn ngành công nghiệp", "103,25", "109,47"]])
    table(doc, 1, [["Ngành", "Tháng 10/2024 so với", "", "10 tháng 2024 so với cùng kỳ"],
                   ["", "Tháng 9/2024", "Cùng kỳ năm trước", ""],
                   ["Khai khoáng", "98,40", "94,15", "93,28"]])
    got = [(r["text"], r["label_period_start"], r["label_period_end"]) for r in dated_figures(doc)]
    october = ("2024-10-01", "2024-10-31")
    assert got == [("103,25", *october), ("109,47", *october), ("98,40", *october), ("94,15", *october),
                   ("93,28", "2024-01-01", "2024-10-31")]


def test_a_total_rows_figures_count_what_their_columns_name() -> None:
    """``Cộng`` under ``Số chi hội | Số hội viên``: its figures counted ``Cộng``; a column that names a time only
    (``Năm 2024``) says no more than the total's own label."""
    doc = new_doc()
    table(doc, 0, [["TT", "Xã (cũ)", "Số chi hội", "Số hội viên"], ["1", "Xã Phúc Lâm", "9", "620"],
                   ["", "Cộng", "37", "2.554"]])
    table(doc, 1, [["TT", "Nội dung", "Năm 2024", "Năm 2025"], ["1", "Hộ nghèo", "1.542", "1.405"],
                   ["", "Tổng cộng", "1.542", "1.405"]])
    figures.extract(doc)
    assert [(r["text"], r["counted"]) for r in doc.rows("figures")][2:4] == [("37", "Số chi hội"), ("2.554", "Số hội viên")]
    assert [r["counted"] for r in doc.rows("figures")][-2:] == ["Tổng cộng", "Tổng cộng"]


def test_a_scaled_unit_with_a_digit_in_its_name_is_a_unit_cell() -> None:
    """``Nghìn m3`` in the ``ĐVT`` column was read as words and a number, a misaligned row: its values were a
    thousandth of themselves, with no unit; a number there still is no unit."""
    doc = new_doc()
    table(doc, 0, [["TT", "Chỉ tiêu", "ĐVT", "Tháng 10"], ["1", "Nước máy thương phẩm", "Nghìn m3", "5.630"],
                   ["2", "Lệch cột", "12", "5"]])
    figures.extract(doc)
    assert [(r["value"], r["unit"], r["kind"]) for r in doc.rows("figures")] == [(5_630_000, "m3", "measure"),
                                                                               (5, None, "count")]


def test_a_header_tells_its_time_from_the_tables_or_the_reports() -> None:
    """The statistics office's monthly form heads its columns ``Thực hiện tháng trước | Ước tính tháng báo cáo |
    Cộng dồn từ đầu năm đến cuối tháng báo cáo``, with no date: every cell took the caption's October, last month's
    and the year's running total too."""
    doc = new_doc()
    doc.add_block("paragraph", "Bảng 1. Sản phẩm công nghiệp chủ yếu tháng 10 năm 2024")
    table(doc, 0, [["Chỉ tiêu", "Thực hiện tháng trước", "Ước tính tháng báo cáo",
                    "Cộng dồn từ đầu năm đến cuối tháng báo cáo", "Tháng báo cáo so với cùng kỳ năm trước (%)",
                    "Thực hiện cùng kỳ năm trước"],
                   ["Xi măng (nghìn tấn)", "30,1", "32,4", "290,0", "98,7", "33,0"]])
    assert [(r["text"], r["label_period_start"], r["label_period_end"]) for r in dated_figures(doc)] == [
        ("30,1", "2024-09-01", "2024-09-30"), ("32,4", "2024-10-01", "2024-10-31"), ("290,0", "2024-01-01", "2024-10-31"),
        ("98,7", "2024-10-01", "2024-10-31"), ("33,0", "2023-10-01", "2023-10-31")]
    # with no caption, the report's period: one on ``tháng 1 năm 2025`` reports January, so last month is December
    doc = Document(doc_id="t", path="t.docx", format="docx", sha256="", period_start="2025-01-01", period_end="2025-01-31")
    table(doc, 0, [["Chỉ tiêu", "Thực hiện tháng trước", "Quý trước", "Tháng báo cáo so với tháng trước (%)"],
                   ["Điện sản xuất (triệu kWh)", "120,5", "350", "104,0"]])
    assert [(r["label_period_start"], r["label_period_end"]) for r in dated_figures(doc)] == [
        ("2024-12-01", "2024-12-31"), ("2024-10-01", "2024-12-31"), ("2025-01-01", "2025-01-31")]
    # a stock at the year's opening beside one at the caption's day (``Dư nợ đầu năm | Dư nợ đến 31/5/2024``: both
    # were dated 31/5)
    doc = new_doc()
    doc.add_block("paragraph", "Bảng tổng hợp kết quả ủy thác vay vốn đến 31/5/2024")
    table(doc, 0, [["TT", "Cơ sở Hội", "Dư nợ đầu năm", "Dư nợ đến 31/5/2024"], ["1", "Xã Đăk Pék", "10.215", "11.020"]])
    assert [(r["label_period_start"], r["label_period_end"]) for r in dated_figures(doc)] == [
        ("2024-01-01", "2024-01-01"), ("2024-05-31", "2024-05-31")]
    # ``Cùng kỳ`` alone beside ``Năm nay`` is last year's months (every cell was this year's); ``Cùng kỳ năm 2023``, those
    # of the year it names; a comparison with it (``Tăng, giảm so với cùng kỳ``) is of the caption's time
    doc = new_doc()
    doc.add_block("paragraph", "Bảng 1. Tai nạn giao thông 9 tháng năm 2024")
    table(doc, 0, [["Địa bàn", "Số vụ / Cùng kỳ", "Số vụ / Năm nay", "Tăng, giảm so với cùng kỳ", "Số người chết / Cùng kỳ năm 2023"],
                   ["Toàn tỉnh", "128", "118", "-10", "96"]])
    assert [(r["text"], r["label_period_start"], r["label_period_end"]) for r in dated_figures(doc)] == [
        ("128", "2023-01-01", "2023-09-30"), ("118", "2024-01-01", "2024-09-30"), ("-10", "2024-01-01", "2024-09-30"),
        ("96", "2023-01-01", "2023-09-30")]


def test_a_columns_count_per_so_many_people_is_a_rate() -> None:
    """``Tỷ lệ mắc/100.000 dân`` heading a column: its cells were counts with no unit (only a row's label was read)."""
    doc = new_doc()
    table(doc, 0, [["TT", "Bệnh", "Số mắc", "Tỷ lệ mắc/100.000 dân"], ["1", "Sốt xuất huyết", "1.234", "267,8"]])
    figures.extract(doc)
    assert [(r["text"], r["unit"], r["kind"]) for r in doc.rows("figures")] == [
        ("1.234", None, "count"), ("267,8", "/100.000 dân", "rate")]


def test_a_column_of_the_number_of_groups_or_customers_counts_them_under_a_money_note() -> None:
    """A policy bank's table under ``ĐVT: triệu đồng``: ``Số tổ TK&VV`` and ``Số khách hàng`` were money (21 groups
    were 21 million đồng), as ``tổ`` and ``khách hàng`` were no counted nouns; a unit in brackets, ``(tổ)``, too."""
    doc = new_doc()
    doc.add_block("paragraph", "ĐVT: triệu đồng")
    table(doc, 0, [["TT", "Đơn vị", "Số tổ TK&VV", "Số khách hàng", "Tổ vay vốn (tổ)", "Dư nợ"],
                   ["1", "Xã Tam Xuân 1", "21", "1.120", "3", "45.210"]])
    figures.extract(doc)
    assert [(r["text"], r["value"], r["unit"], r["kind"]) for r in doc.rows("figures")] == [
        ("21", 21, "tổ TK&VV", "count"), ("1.120", 1120, "khách hàng", "count"), ("3", 3, "tổ", "count"),
        ("45.210", 45_210_000_000, "VND", "money")]


def test_a_don_vi_column_of_bodies_and_groups_of_them_is_no_unit_column() -> None:
    """``Đơn vị`` over ``Xã Cát Tài``, ``Các xã còn lại``, ``Khối cơ quan huyện``: the bodies reporting; the groups'
    lower-case words read as units made the column a unit column (254 was a count in ``Xã Cát Tài``)."""
    assert [(r["row_label"], r["value"], r["unit"]) for r in noted_table("ĐVT: triệu đồng", [
        ["STT", "Đơn vị", "Số tiền vận động"], ["1", "Xã Cát Tài", "254"], ["2", "Các xã còn lại", "1.205,8"],
        ["3", "Khối cơ quan huyện", "310"]])] == [
        ("Xã Cát Tài", 254e6, "VND"), ("Các xã còn lại", 1205.8e6, "VND"), ("Khối cơ quan huyện", 310e6, "VND")]


def test_a_row_shared_by_percent_is_no_percent_row() -> None:
    """``Các khoản thu phân chia theo tỷ lệ %``: the revenues split between budgets by shares, in the table's money
    (its cells were percent); ``Tỷ lệ giải ngân (%)`` is one."""
    assert [(r["value"], r["unit"]) for r in noted_table("ĐVT: triệu đồng", [
        ["TT", "Nội dung", "Dự toán 2024"], ["1", "Các khoản thu phân chia theo tỷ lệ %", "1.040,0"],
        ["2", "Tỷ lệ giải ngân (%)", "85"]])] == [(1040e6, "VND"), (85, "%")]


def test_the_day_a_rows_cited_decision_approved_it_is_no_time_of_the_row() -> None:
    """``3120/QĐ-UBND ngày 15/9/2022`` in a project's row: every figure of the row was dated that day (a project list
    has a column of approval decisions); the column's own time still dates it."""
    from extractors import dates, references

    doc = new_doc()
    doc.add_block("paragraph", "ĐVT: triệu đồng")
    table(doc, 0, [["TT", "Tên dự án", "QĐ phê duyệt", "Tổng mức đầu tư", "Giải ngân năm 2024"],
                   ["1", "Hồ chứa nước Khe Xai", "3120/QĐ-UBND ngày 15/9/2022", "14.700", "5.200"]])
    dates.extract(doc)
    references.extract(doc)
    figures.extract(doc)
    assert [(r["text"], r["label_period_start"]) for r in doc.rows("figures")] == [("14.700", None), ("5.200", "2024-01-01")]


def test_a_note_of_two_nouns_one_unit_names_is_that_unit() -> None:
    """``ĐVT: vụ, việc``, a court's cases and matters: one unit (``vụ việc``), not one per column (no column named
    either, so the counts had no unit)."""
    assert [(r["value"], r["unit"]) for r in noted_table("ĐVT: vụ, việc", [
        ["TT", "Loại án", "Thụ lý", "Giải quyết"], ["1", "Hình sự", "81", "78"]])] == [(81, "vụ việc"), (78, "vụ việc")]


def test_a_percent_opening_a_joined_headers_deepest_level_is_percent() -> None:
    """``Sau sắp xếp`` over ``Tỷ lệ % so với tiêu chuẩn``: the sign opens the deepest level, not the joined label (the
    merger's shares of the standard were counts with no unit)."""
    doc = new_doc()
    table(doc, 0, [["TT", "Tên ĐVHC", "Sau sắp xếp", "Sau sắp xếp"], ["", "", "Dân số (người)", "Tỷ lệ % so với tiêu chuẩn"],
                   ["1", "Xã Hải Hậu", "36.057", "490,19"]])
    figures.extract(doc)
    assert [(r["value"], r["unit"], r["kind"]) for r in doc.rows("figures")] == [
        (36057, "người", "count"), (490.19, "%", "percent")]


def test_a_whole_that_is_no_unit_closes_the_table_as_a_total() -> None:
    """``Toàn trường`` under ``Khối 9``, its numbering cell empty: the school's total, no part of khối 9 (it counted
    ``Khối 9 / Toàn trường``)."""
    rows = noted_table("ĐVT: %", [["TT", "Khối lớp", "Số học sinh", "Tốt"], ["1", "Khối 8", "180", "20,5"],
                                  ["2", "Khối 9", "176", "22,4"], ["", "Toàn trường", "712", "21,49"]])
    assert [r["counted"] for r in rows][-2:] == ["Toàn trường", "Toàn trường"]
