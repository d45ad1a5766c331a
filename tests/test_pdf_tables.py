"""Ruled tables in PDFs: each cell a block at its grid position, as the DOCX reader gives it."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors import figures
from pipeline.load import load_bytes
from pipeline.loaders import pdf_tables

OFFICE = Path(__file__).resolve().parent / "fixtures" / "office"


def _cells(name: str) -> list[tuple[int, int, int, str]]:
    doc = load_bytes((OFFICE / name).read_bytes(), name)
    assert doc.status == "ok", doc.error
    return [(b.table_no, b.row, b.col, b.text) for b in doc.blocks if b.kind == "table_cell"]


@pytest.mark.parametrize("printed", ["table.pdf", "table_chromium.pdf"])
def test_printed_table_gives_the_cells_of_its_word_source(printed: str) -> None:
    """``table.pdf`` is ``table.docx`` printed by LibreOffice, ``table_chromium.pdf`` the same table
    as a web page printed by Chromium (borders drawn by Skia): the same cells at the same grid
    positions (merged ones at their first, none where a merge covers), wrapped lines joined."""
    pdf = _cells(printed)
    assert pdf == [c for c in _cells("table.docx") if c[0] == 0]
    assert (0, 1, 2, "Số hộ đầu năm") in pdf  # wrapped over two lines in the PDF
    assert not any(row == 2 and col < 2 for _, row, col, _ in pdf)  # under the merged STT and Chỉ tiêu


def test_framed_note_and_text_around_a_table_stay_paragraphs() -> None:
    doc = load_bytes((OFFICE / "table.pdf").read_bytes(), "table.pdf")
    paras = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert paras == ["Kết quả giảm nghèo trên địa bàn huyện trong năm 2025 được tổng hợp tại bảng sau (ĐVT: hộ).",
                     "Các xã tiếp tục rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo theo quy định; "
                     "phấn đấu giảm 1,5% tỷ lệ hộ nghèo trong năm 2026.",
                     "Ghi chú: số liệu năm 2025 là số ước thực hiện đến ngày 30/11/2025.",
                     "Nơi nhận: như trên."]


def test_figures_of_a_pdf_table_carry_their_labels_and_unit() -> None:
    doc = load_bytes((OFFICE / "table.pdf").read_bytes(), "table.pdf")
    figures.extract(doc)
    got = [(r["text"], r["value"], r["unit"], r["row_label"], r["col_label"]) for r in doc.rows("figures")
           if doc.blocks[r["block_id"]].kind == "table_cell"]
    assert got == [
        ("350", 350, "hộ", "Hộ nghèo / Số hộ đầu năm", "Năm 2024"), ("298", 298, "hộ", "Hộ nghèo / Số hộ đầu năm", "Năm 2025"),
        ("52", 52, "hộ", "Hộ nghèo / Số hộ thoát nghèo", "Năm 2024"), ("61", 61, "hộ", "Hộ nghèo / Số hộ thoát nghèo", "Năm 2025"),
        ("1.120", 1120, "hộ", "Hộ cận nghèo / Số hộ đầu năm", "Năm 2024"),
        ("1.046", 1046, "hộ", "Hộ cận nghèo / Số hộ đầu năm", "Năm 2025"),
        ("1.542", 1542, "hộ", "Tổng cộng", "Năm 2024"), ("1.405", 1405, "hộ", "Tổng cộng", "Năm 2025")]
    assert all(r["counted"] == r["row_label"] for r in doc.rows("figures") if r.get("row_label"))  # what a cell counts


@pytest.mark.parametrize("name", ["seed000.pdf", "seed004.pdf", "crossing.pdf", "paged.pdf"])
def test_pages_without_borders_are_not_given_to_pdfplumber(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The party header is a borderless table and a footnote rule is one stroke: no page of these
    needs the (slow) table finder."""
    asked: list[object] = []
    monkeypatch.setattr(pdf_tables, "find_cells", lambda page, paths, height: asked.append(page) or [])
    assert load_bytes((OFFICE / name).read_bytes(), name).status == "ok"
    assert asked == []


def test_which_strokes_may_be_a_table() -> None:
    rule = (85.0, 100.0, 230.0, 100.6)  # a footnote separator: one short horizontal stroke
    grid = [(85.0, 575.0, 85.8, 681.0), (170.0, 575.0, 170.8, 681.0), (85.0, 575.0, 517.0, 575.8), (85.0, 680.0, 517.0, 680.8)]
    assert not pdf_tables.may_hold_table([rule])
    assert not pdf_tables.may_hold_table([rule, grid[0], grid[2]])
    assert pdf_tables.may_hold_table(grid)
    assert pdf_tables.may_hold_table([(85.0, 575.0, 517.0, 681.0)])  # a grid drawn as one path
    assert not pdf_tables.may_hold_table(grid * (pdf_tables.MAX_PATHS // 4 + 1))  # a drawing, not a table
    # graph paper: 100 × 160 rules would keep the finder busy for seconds per page
    paper = [(20 + 5.5 * i, 20.0, 20.5 + 5.5 * i, 822.0) for i in range(100)] + \
            [(20.0, 20 + 5 * j, 575.0, 20.5 + 5 * j) for j in range(160)]
    assert not pdf_tables.may_hold_table(paper)
    assert pdf_tables.may_hold_table(paper[:21] + paper[100:161])  # 21 × 61 rules: a dense page of a table


def test_table_broken_by_a_page_is_one_table() -> None:
    """60 rows over two pages, the header printed once: the second page's rows go on from the
    first's, so their figures keep the column labels, the table's unit and the commune's name."""
    doc = load_bytes((OFFICE / "long_table.pdf").read_bytes(), "long_table.pdf")
    assert doc.pages == 2
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert {b.page for b in cells} == {1, 2} and {b.table_no for b in cells} == {0}
    assert [(b.row, b.text) for b in cells if b.col == 1] == [(0, "Đơn vị")] + [(i, f"Xã Tân Phú {i}") for i in range(1, 61)]
    figures.extract(doc)
    got = {(r["row_label"], r["col_label"]): (r["value"], r["unit"]) for r in doc.rows("figures")}
    assert len(got) == 120
    assert got[("Xã Tân Phú 60", "Năm 2025")] == (180, "người")
    from extractors import dates

    dates.extract(doc)
    doc.items.pop("figures")
    figures.extract(doc)
    assert {(r["col_label"], r["label_period_start"], r["label_period_end"]) for r in doc.rows("figures")} == {
        ("Năm 2024", "2024-01-01", "2024-12-31"), ("Năm 2025", "2025-01-01", "2025-12-31")}
    assert got[("Xã Tân Phú 1", "Năm 2024")] == (101, "người")


def test_a_page_pdfplumber_cannot_read_still_gives_its_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfminer is stricter than PDFium: where the table finder fails, the table's text flows as
    lines and no number is lost."""
    assert pdf_tables.Finder(b"%PDF-1.4 not really").cells(0, [], 842.0) == []

    def fail(page: object, paths: object, height: float) -> list[list[pdf_tables.Cell]]:
        raise ValueError("unreadable content stream")

    monkeypatch.setattr(pdf_tables, "find_cells", fail)
    doc = load_bytes((OFFICE / "table.pdf").read_bytes(), "table.pdf")
    assert doc.status == "ok", doc.error
    text = " ".join(b.text for b in doc.blocks)
    for number in ("350", "298", "52", "61", "1.120", "1.046", "1.542", "1.405"):
        assert number in text


def test_a_row_a_page_break_splits_is_one_row() -> None:
    """LibreOffice lets a long row break across pages: ``Phường Nam`` at the foot of one page and ``Đông Hà 13`` at
    the top of the next were two rows, the second with no number, and the first's figures went to a ward named
    ``Phường Nam``. A row's rest goes on in the row's own cells."""
    doc = load_bytes((OFFICE / "split_row.pdf").read_bytes(), "split_row.pdf")
    assert doc.pages == 3
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    names = [(b.row, b.text) for b in cells if b.col == 1]
    long = " gồm các thôn Đông, Tây, Nam, Bắc, Trung, Thượng, Hạ và khu tái định cư"
    assert names == [(0, "Đơn vị")] + [(i, f"Phường Nam Đông Hà {i}" + (long if i % 3 == 0 else "")) for i in range(1, 31)]
    split = next(b for b in cells if b.col == 1 and b.row == 13)
    assert split.page == 1 and {b.page for b in cells if b.row == 14} == {2}
    figures.extract(doc)
    assert {r["row_label"] for r in doc.rows("figures") if r["text"] == "191"} == {"Phường Nam Đông Hà 13"}


def test_a_row_a_page_break_splits_is_one_row_past_the_header_the_printer_repeats() -> None:
    """The same table with its header row repeated on every page (Word's "Repeat as header row"): the row's rest
    came after the repeated header, a row of its own (``Đông Hà 13``, no number), and the first part's figures went
    to ``Phường Nam``. The repeated header stays a row; the rows after it close up."""
    doc = load_bytes((OFFICE / "split_row_repeated.pdf").read_bytes(), "split_row_repeated.pdf")
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    long = " gồm các thôn Đông, Tây, Nam, Bắc, Trung, Thượng, Hạ và khu tái định cư"
    names = [b.text for b in cells if b.col == 1 and b.text != "Đơn vị"]
    assert names == [f"Phường Nam Đông Hà {i}" + (long if i % 3 == 0 else "") for i in range(1, 31)]
    assert [b.text for b in cells if b.col == 0 and not b.text.isdigit()] == ["STT"] * doc.pages
    rows = sorted({b.row for b in cells})
    assert rows == list(range(len(rows)))
    figures.extract(doc)
    assert {r["row_label"] for r in doc.rows("figures") if r["text"] == "191"} == {"Phường Nam Đông Hà 13"}


def test_a_header_row_alone_at_a_pages_foot_and_a_rows_rest_alone_at_the_last_pages_head_are_the_tables() -> None:
    """One row of a table is read as a frame around text, so the header LibreOffice left alone at the foot of page
    one was three paragraphs (every cell after lost its column's label) and the last row's rest, alone at the head
    of the last page, two paragraphs. A one-row table at a page's edge is the broken table's."""
    doc = load_bytes((OFFICE / "edge_rows.pdf").read_bytes(), "edge_rows.pdf")
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert {b.table_no for b in cells} == {0}
    assert [(b.page, b.text) for b in cells if b.row == 0] == [
        (1, "STT"), (1, "Đơn vị"), (1, "Số tiền vận động"), (1, "Số nhà xây mới")]
    long = " gồm các thôn Đông, Tây, Nam, Bắc, Trung, Thượng, Hạ và khu tái định cư"
    assert [b.text for b in cells if b.col == 1][1:] == [f"Xã Phong Điền {i}" + (long if i % 3 == 0 else "") for i in range(1, 31)]
    assert [b.text for b in doc.blocks if b.kind != "table_cell"][-1] == \
        "Trên đây là báo cáo kết quả vận động Quỹ Vì người nghèo năm 2026."
    figures.extract(doc)
    assert {(r["col_label"], r["unit"]) for r in doc.rows("figures")} == {("Số tiền vận động", "VND"), ("Số nhà xây mới", "nhà")}


def test_a_header_row_running_the_issuer_into_a_wrapped_motto_is_the_bands_first() -> None:
    """``HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT``: the motto, wrapping in its narrow column, left a gutter no
    wider than a word's gap, so the first row was one line and the issuer lost its unit (``HỘI ĐỒNG NHÂN DÂN``; ``XÃ MÈO
    VẠC`` went to a cell of its own)."""
    doc = load_bytes((OFFICE / "wrapped_motto.pdf").read_bytes(), "wrapped_motto.pdf")
    assert [(b.kind, b.col, b.text.split("\n")[:2]) for b in doc.blocks[:2]] == [
        ("table_cell", 0, ["HỘI ĐỒNG NHÂN DÂN", "XÃ MÈO VẠC"]), ("table_cell", 1, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "NAM"])]
    from extractors import entities

    entities.extract(doc)
    assert doc.issuing_body == "HỘI ĐỒNG NHÂN DÂN XÃ MÈO VẠC"
