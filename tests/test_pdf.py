"""PDF with a text layer: footnote zone, superscript anchors, page joins, furniture."""
from __future__ import annotations

import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from pipeline.load import load_bytes, load_path
from pipeline.loaders.pdf_layout import _number_goes_on, layout
from pipeline.loaders.pdf_lines import Line, plumber_pages
from pipeline.models import Document
from pipeline.normalize import fold

OFFICE = Path(__file__).resolve().parent / "fixtures" / "office"
sys.path.insert(0, str(OFFICE))
from office_gold import footnote_problems, gold  # noqa: E402


def _load(name: str) -> Document:
    doc = load_bytes((OFFICE / name).read_bytes(), name)
    assert doc.status == "ok", doc.error
    return doc


@pytest.mark.parametrize("seed", ["000", "004"])
def test_seed_pdf_footnotes_match_gold(seed: str, gold_dir: Path) -> None:
    doc = _load(f"seed{seed}.pdf")
    g = gold(gold_dir, seed)
    assert len(doc.footnotes) == len(g["footnotes"])
    assert footnote_problems(doc, g) == []


@pytest.mark.parametrize("seed", ["000", "004"])
def test_pdfplumber_reference_gives_the_same_notes(seed: str) -> None:
    """The same layout over pdfplumber's characters finds the same notes at the same places."""
    fast = _load(f"seed{seed}.pdf")
    ref = Document(doc_id="ref", path="ref", format="pdf", sha256="")
    pages, rules = plumber_pages((OFFICE / f"seed{seed}.pdf").read_bytes())
    layout(ref, pages, rules_at=lambda i: rules[i])

    def notes(doc: Document) -> list[tuple[str, str]]:
        blocks = {b.block_id: b.text for b in doc.blocks}
        return [(" ".join(f.text.split()), " ".join(blocks[f.anchor_block_id][: f.anchor_char].split()[-6:])) for f in doc.footnotes]

    assert notes(fast) == notes(ref)


def test_superscript_is_an_anchor_not_a_digit() -> None:
    """"năm 2017¹" must never read "năm 20171"."""
    doc = _load("seed004.pdf")
    body = " ".join(b.text for b in doc.body_blocks())
    assert "trong năm 2017;" in body
    assert "20171" not in body
    first = doc.footnotes[0]
    anchor_block = doc.blocks[first.anchor_block_id]
    assert anchor_block.text[: first.anchor_char].endswith("trong năm 2017")
    assert anchor_block.text[first.anchor_char] == ";"


def test_every_block_has_its_page_and_notes_stay_out_of_body() -> None:
    doc = _load("seed000.pdf")
    assert doc.pages == len(pdfium.PdfDocument((OFFICE / "seed000.pdf").read_bytes()))
    assert all(b.page is not None and 1 <= b.page <= doc.pages for b in doc.blocks)
    body = fold(" ".join(b.text for b in doc.body_blocks()))
    for note in doc.footnotes:
        assert fold(note.text[:50]) not in body
    assert all(not b.text.strip().isdigit() for b in doc.blocks)  # page numbers are furniture


def test_paragraph_split_by_page_and_notes_is_joined() -> None:
    """Seed 004 breaks "… ở các TCCS | ¹ note | đảng trực thuộc" over a page: one paragraph again."""
    doc = _load("seed004.pdf")
    joined = [b for b in doc.body_blocks() if "TCCS đảng trực thuộc" in b.text and "thường xuyên quan tâm" in b.text]
    assert len(joined) == 1
    pages = {b.page for b in doc.body_blocks()}
    assert len(pages) > 1


def test_header_band_read_column_by_column() -> None:
    doc = _load("seed000.pdf")
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert len(cells) == 2
    left, right = cells
    assert left.text.startswith("ĐẢNG BỘ TỈNH ĐỒNG") and "THÀNH ỦY SA ĐÉC" in left.text and "Số -BC/TU" in left.text
    assert right.text.startswith("ĐẢNG CỘNG SẢN VIỆT NAM") and "Sa Đéc, ngày" in right.text
    assert doc.title == "BÁO CÁO tình hình công tác Dân vận Quý II năm 2022"


def test_footnote_continued_on_next_page_stays_one_note() -> None:
    """crossing.pdf: one long note that LibreOffice had to continue overleaf."""
    import pdfplumber

    with pdfplumber.open(OFFICE / "crossing.pdf") as pdf:
        page_texts = [" ".join((page.extract_text() or "").split()) for page in pdf.pages]
    doc = _load("crossing.pdf")
    assert len(doc.footnotes) == 1
    note = doc.footnotes[0].text
    assert note.startswith("Kế hoạch số 53-KH/TU") and note.endswith("các tổ chức chính trị-xã hội.")
    start = next(i for i, t in enumerate(page_texts) if "53-KH/TU" in t)     # the note's first words
    end = max(i for i, t in enumerate(page_texts) if "06-NQ/TU" in t)        # … and its last reference
    assert end == start + 1  # the PDF really prints it over two pages
    body = " ".join(b.text for b in doc.body_blocks())
    assert "Tân Quy Đông" not in body and "Kế hoạch số 53-KH/TU" not in body  # nothing of the note leaked
    assert doc.blocks[doc.footnotes[0].anchor_block_id].kind == "paragraph"


def _line(text: str, base: float, size: float = 13.0, page: int = 1, sup: str | None = None, x0: float = 85.0, x1: float = 538.0) -> Line:
    pieces: list = [text] if sup is None else [text, (sup,)]
    return Line(page, pieces, x0, x1, base, size)


def test_running_header_and_page_number_dropped() -> None:
    pages = []
    for p in range(1, 4):
        pages.append([
            _line("BÁO CÁO SỐ 12 - DỰ THẢO", 40, 9.0, p),
            _line(f"Đoạn văn trang {p} kéo dài đến lề phải của trang giấy này.", 200, 13.0, p, x1=300),
            _line(str(p), 810, 11.0, p, x0=290, x1=300),
        ])
    doc = Document(doc_id="d", path="d", format="pdf", sha256="")
    layout(doc, pages)
    assert [b.text for b in doc.blocks] == [f"Đoạn văn trang {p} kéo dài đến lề phải của trang giấy này." for p in range(1, 4)]


def test_a_sections_number_after_a_full_line_that_ended_starts_a_block() -> None:
    """``I. TÌNH HÌNH, KẾT QUẢ … AN NINH, TRẬT TỰ`` (capitals to the margin) / ``1. Công tác …``, and a sentence that
    ends at the margin / ``2. Kết quả …``: each number opens its own block (the heading and the section under it, or the
    two items, were one, since the line before ran to the margin); a sentence going on at the margin stays one."""
    pages = [[_line("I. TÌNH HÌNH, KẾT QUẢ CÔNG TÁC BẢO ĐẢM AN NINH, TRẬT TỰ", 100),
              _line("1. Công tác đấu tranh phòng, chống tội phạm về trật tự xã hội", 116, x1=480),
              _line("Số cử tri đã tham gia bỏ phiếu là 8.412 cử tri, đạt tỷ lệ 99,83% tổng số cử tri.", 132),
              _line("2. Kết quả có 25/25 đại biểu trúng cử ngay trong lần bầu thứ nhất, không phải", 148),
              _line("bầu lại; số phiếu hợp lệ là 8.380 phiếu theo Quyết định số", 164),
              _line("12. Các tổ bầu cử đã niêm yết kết quả.", 180, x1=300)]]
    doc = Document(doc_id="d", path="d", format="pdf", sha256="")
    layout(doc, pages)
    assert [b.text.split()[0] for b in doc.blocks] == ["I.", "1.", "Số", "2."]


def test_a_scanned_line_that_goes_on_with_its_sentence_joins_it() -> None:
    """OCR'd lines (a scan's jittering boxes): a short line, then one indented as a paragraph's first, in lower case
    (``… năm 2022`` / ``đạt 52,6 triệu đồng.``) or after a word no line ends with (``… của Ban`` / ``Chấp hành …``), was
    a paragraph of its own, and the reference cut there lost its body. A line after a full stop still starts one."""
    def scanned(text: str, base: float, x0: float = 85.0, x1: float = 538.0) -> Line:
        line = _line(text, base, x0=x0, x1=x1)
        line.ocr = True
        return line

    pages = [[scanned("Thu nhập bình quân đầu người năm 2022", 100, x1=320),
              scanned("đạt 52,6 triệu đồng. Thực hiện Nghị quyết số 25-NQ/TW của Ban", 116, x0=120),
              scanned("Chấp hành Trung ương Đảng về công tác dân vận.", 132, x0=120, x1=400),
              scanned("Năm 2023, toàn huyện có 196 mô hình.", 148, x0=120)]]
    doc = Document(doc_id="d", path="d", format="pdf", sha256="", )
    layout(doc, pages, ocr_pages={1})
    assert [b.text for b in doc.blocks] == [
        "Thu nhập bình quân đầu người năm 2022 đạt 52,6 triệu đồng. Thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành "
        "Trung ương Đảng về công tác dân vận.", "Năm 2023, toàn huyện có 196 mô hình."]


def test_a_scanned_line_whose_marks_stack_high_keeps_the_body_size() -> None:
    """Tesseract's boxes of ``giải pháp chủ yếu thực hiện Kế hoạch phát triển`` (tone marks over hats) are a fifth taller
    than the lines around it: read as larger print, the line was a heading that cut its paragraph; a note's smaller
    print still stands out."""
    from pipeline.loaders.ocr import parse_tsv

    def row(line: int, top: float, height: float, words: list[str]) -> list[str]:
        return [f"5\t1\t1\t1\t{line}\t{i}\t{85 + 60 * i}\t{top}\t55\t{height}\t96\t{w}" for i, w in enumerate(words, 1)]

    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    tsv = "\n".join([header, *row(1, 100, 9.4, ["Căn", "cứ", "Nghị", "quyết", "số", "01/NQ-CP", "về", "nhiệm", "vụ,"]),
                      *row(2, 114, 11.4, ["giải", "pháp", "chủ", "yếu", "thực", "hiện", "Kế", "hoạch", "phát"]),
                      *row(3, 128, 9.4, ["triển", "kinh", "tế", "năm", "2024."]),
                      *row(4, 700, 7.4, ["1", "Gồm", "các", "xã", "Thạch", "Khê."])])
    lines = parse_tsv(tsv, 1, 595, 842, dpi=72)
    assert [line.size for line in lines] == [7.0, 7.0, 7.0, 5.5]


def test_unpaired_superscript_is_kept_as_superscript_text() -> None:
    """A raised 2 with no note under it (m²) is not an anchor and not a plain digit."""
    pages = [[_line("Diện tích 500 m", 100, sup="2"), _line("hết.", 115, x1=120)]]
    doc = Document(doc_id="d", path="d", format="pdf", sha256="")
    layout(doc, pages)
    assert doc.blocks[0].text == "Diện tích 500 m² hết."
    assert doc.footnotes == []


def test_a_units_power_is_no_notes_marker_and_a_note_keeps_its_own() -> None:
    """``185.420 m²`` before the note marker ² of ``Bảng giá đất²``: the unit's power took the note (anchored after
    ``185.420 m``, the marker left in the text), and the note's own ``41.120,5 m²`` lost its ²."""
    pages = [[Line(1, ["Thu hồi 185.420 m", ("2",), " đất và sửa đổi Bảng giá đất", ("2",), "."], 85, 300, 100, 13.0),
              Line(1, [("2",), " Trong đó: đất trồng lúa 41.120,5 m", ("2",), "."], 85, 538, 780, 10.0)]]
    doc = Document(doc_id="d", path="d", format="pdf", sha256="")
    layout(doc, pages)
    body, note = doc.blocks[0], doc.footnotes[0]
    assert body.text == "Thu hồi 185.420 m² đất và sửa đổi Bảng giá đất."
    assert body.text[:note.anchor_char].endswith("Bảng giá đất")
    assert doc.blocks[note.block_id].text == "Trong đó: đất trồng lúa 41.120,5 m²."
    # a note whose number is printed plain keeps its own powers too
    pages = [[Line(1, ["Thu hồi 500 m", ("2",), " đất", ("1",), "."], 85, 300, 100, 13.0),
              Line(1, ["1 Gồm 300 m", ("2",), " đất ở."], 85, 538, 780, 10.0)]]
    doc = Document(doc_id="d", path="d", format="pdf", sha256="")
    layout(doc, pages)
    assert doc.blocks[0].text == "Thu hồi 500 m² đất." and doc.blocks[doc.footnotes[0].block_id].text == "Gồm 300 m² đất ở."


@pytest.mark.parametrize("rule", [True, False])
def test_continued_note_needs_a_separator_rule(rule: bool) -> None:
    """Small print at the foot of a page continues the last note only under a separator."""
    p1 = [_line("Thân bài có chú thích", 100, sup="1", x1=300), _line("kết thúc.", 115, x1=150),
          Line(1, [("1",), " Chú thích bắt đầu ở trang một"], 85, 538, 780, 10.0)]
    p2 = [Line(2, ["Thân bài trang hai, đủ dài để là văn bản chính."], 85, 538, 100, 13.0),
          Line(2, ["và kết thúc ở trang hai."], 85, 300, 780, 10.0)]
    doc = Document(doc_id="d", path="d", format="pdf", sha256="")
    layout(doc, [p1, p2], rules_at=lambda i: [760.0] if rule and i == 1 else [])
    assert len(doc.footnotes) == 1
    joined = doc.footnotes[0].text == "Chú thích bắt đầu ở trang một và kết thúc ở trang hai."
    assert joined is rule
    assert any(b.text == "và kết thúc ở trang hai." for b in doc.body_blocks()) is not rule


def test_printed_page_number_is_kept_as_page_label_not_text():
    """paged.pdf: LibreOffice's rendering of paged.fodt, a footer 'Trang N' on every page."""
    doc = load_path(Path(__file__).parent / "fixtures" / "office" / "paged.pdf")
    assert doc.status == "ok", doc.error
    labels = {(b.page, b.page_label) for b in doc.blocks}
    assert labels == {(n, f"Trang {n}") for n in range(1, 5)}
    assert not any("Trang" in b.text for b in doc.blocks)


def test_a_plain_text_printed_to_pdf_keeps_its_words_whole() -> None:
    """LibreOffice prints a .txt in a monospaced font and draws the letters it lacks (ủ, ứ …) from a
    fallback font, narrower than their cells: the leftover gap is no word space, as the space
    characters of the same line show (``của`` read ``củ a``, so no ``của <body>`` was found)."""
    doc = _load("plain_text.pdf")
    text = " ".join(b.text for b in doc.blocks)
    assert "củ a" not in text and text.count("của") == 3
    assert "của Chánh Thanh tra huyện Mỹ Tú" in text


def test_a_header_table_with_a_narrow_gutter_is_read_by_column() -> None:
    """Word's borderless header table, its left cell's first line running close to the gutter
    (``CÔNG AN TỈNH HẢI`` under 3 font sizes from ``CỘNG HÒA …``): that line was one heading across
    both columns, and the own number came after the place and date; the centred title below the
    band, starting right of the gutter, is no column's."""
    import extractors

    doc = _load("narrow_header.pdf")
    cells = [b.text.split("\n") for b in doc.blocks if b.kind == "table_cell"]
    assert cells[0][0] == "CÔNG AN TỈNH HẢI" and cells[1][0] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT"
    assert ("BÁO CÁO", "heading") in [(b.text, b.kind) for b in doc.blocks]
    for component in extractors.components():
        component.extract(doc)
    assert (doc.own_symbol, doc.issued_date) == ("312/BC-CAH", "2024-06-15")
    # the province's police over the district's, its name wrapped (``HẢI`` / ``DƯƠNG``), is no part of the issuer
    assert doc.rows("references")[0]["issuing_body"] == "CÔNG AN HUYỆN CẨM GIÀNG"


def test_a_note_number_glued_to_its_text_opens_a_footnote() -> None:
    """notes_glued.pdf: LibreOffice's rendering of notes_glued.fodt, whose note style has no hanging
    indent, so each note's number is printed in the note's own size, glued to its first word
    (``1Theo số liệu …``). Such notes were body paragraphs, their markers left in the text, and the
    paragraph the page break split stayed two blocks around them (``… đã sử dụng 186`` and
    ``đồng, trong đó …``: the amount lost its unit)."""
    doc = _load("notes_glued.pdf")
    assert [(n.footnote_no, n.text[:9]) for n in doc.footnotes] == [(1, "Theo số l"), (2, "Gồm: thàn")]
    body = [b.text for b in doc.body_blocks()]
    assert not any(t.startswith(("1Theo", "2Gồm", "đồng, trong đó")) for t in body)
    assert any("đã sử dụng 186 tỷ đồng, trong đó 68,7 tỷ đồng" in t for t in body)
    assert [(n.anchor_block_id is not None) for n in doc.footnotes] == [True, True]


def test_a_centred_title_wrapped_over_two_lines_is_one_block() -> None:
    """centred_title.pdf (LibreOffice's rendering of centred_title.fodt): the title's second line, centred,
    starts right of the margin, which read as a first-line indent: ``… dự toán ngân sách`` and ``nhà nước
    năm 2025`` were two blocks, and the second joined the bracketed line under it, so the document's
    title ended ``… (Trình kỳ họp thứ 22, …)``. The body's indented paragraphs still start blocks."""
    doc = _load("centred_title.pdf")
    texts = [b.text for b in doc.blocks]
    assert texts[:4] == ["BÁO CÁO", "Tình hình thực hiện dự toán ngân sách nhà nước năm 2024 và dự toán ngân sách nhà nước năm 2025",
                         "(Trình kỳ họp thứ 22, Hội đồng nhân dân tỉnh khóa VIII)", "Kính gửi: Hội đồng nhân dân tỉnh."]
    assert sum(t.startswith("Đoạn ") for t in texts) == 3



def test_a_bold_title_that_fills_its_line_ends_where_the_body_opens_indented() -> None:
    """bold_title.pdf (LibreOffice's rendering of bold_title.fodt): PDFium reads weight 400 for LibreOffice's
    ``LiberationSerif-Bold`` (no weight in its descriptor), so no line of its PDFs was bold; the bold title centred
    under ``BÁO CÁO`` nearly fills its line, and the indented body paragraph under it was taken for its second line.
    The report lost its title and with it its period."""
    from extractors import dates

    doc = _load("bold_title.pdf")
    assert [(b.kind, b.text[:40]) for b in doc.blocks][:3] == [
        ("heading", "BÁO CÁO"), ("heading", "Tình hình sản xuất công nghiệp, thương m"),
        ("paragraph", "Thực hiện Quyết định số 1255/QĐ-UBND ngà")]
    dates.extract(doc)
    assert (doc.period_start, doc.period_end) == ("2024-01-01", "2024-09-30")


def test_a_line_of_capitals_under_a_decisions_subject_is_its_own() -> None:
    """decision_title.pdf: ``Về việc ban hành Kế hoạch …`` whose last line nearly fills its width, then ``ỦY BAN NHÂN DÂN
    HUYỆN THẠCH HÀ`` (who decides): the line of capitals went on with the subject, and into the title."""
    doc = _load("decision_title.pdf")
    assert doc.title == ("QUYẾT ĐỊNH Về việc ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn "
                         "mới trên địa bàn huyện Thạch Hà năm 2024 và đô thị văn minh")
    assert "ỦY BAN NHÂN DÂN HUYỆN THẠCH HÀ" in [b.text for b in doc.blocks]

def test_a_symbol_a_line_breaks_at_its_hyphen_keeps_it() -> None:
    """hyphen_break.pdf (LibreOffice's rendering of hyphen_break.fodt): nine of its thirteen ``2150/QĐ-UBND``
    break at the hyphen, which PDFium reports as U+FFFE (a word it takes for broken in two); it was dropped,
    the lines joined with a space, and the reference (``2150/QĐ UBND``) lost."""
    from extractors import dates, references

    doc = _load("hyphen_break.pdf")
    text = " ".join(b.text for b in doc.blocks)
    assert text.count("2150/QĐ-UBND") == 13 and "QĐ UBND" not in text
    dates.extract(doc)
    references.extract(doc)
    assert [r["symbol"] for r in doc.rows("references")] == ["2150/QĐ-UBND"] * 13


def test_a_paragraph_a_page_break_cuts_before_a_number_is_one() -> None:
    """page_number_start.pdf (LibreOffice's rendering of page_number_start.fodt, a short page): the paragraph runs on
    to page 2, whose first line opens with ``126 công trình``; a line opening with a digit was taken for a numbered
    item's, and the sentence was two blocks (its figures lost the body the first half named)."""
    doc = _load("page_number_start.pdf")
    assert [b.text[:20] for b in doc.blocks] == ["Mở đầu báo cáo.", "Ủy ban nhân dân tỉnh"]
    assert "tỉnh đã 126 công trình, dự án" in doc.blocks[1].text


def test_a_number_a_narrow_cell_breaks_is_one_number() -> None:
    """narrow_cell.pdf (LibreOffice's rendering of narrow_cell.fodt): the column ``Tỷ lệ mắc/100.000 dân`` is too
    narrow for ``mắc/100.000``, and LibreOffice breaks it inside the number (``100.00`` | ``0 dân``); the lines
    were joined with a space (``/100.00 0 dân``), so the column's cells were no rate per 100,000 people."""
    from extractors import figures

    doc = _load("narrow_cell.pdf")
    assert [b.text for b in doc.blocks if b.kind == "table_cell" and b.row == 0][2] == "Tỷ lệ mắc/100.000 dân"
    figures.extract(doc)
    assert [(r["text"], r["unit"]) for r in doc.rows("figures") if r["col_label"] == "Tỷ lệ mắc/100.000 dân"] == [
        ("267,8", "/100.000 dân"), ("45,1", "/100.000 dân")]
    # a body line ending in a section's number (``mục 2.1``) goes on with a space, a cell's or not
    assert not _number_goes_on("theo mục 2.1", "3 nội dung") and _number_goes_on("mắc/100.", "000 dân")



def test_a_number_a_narrow_cell_breaks_inside_its_decimals_is_one_number() -> None:
    """narrow_decimal.pdf: percent columns too narrow for ``22,45``, which LibreOffice breaks inside the decimals
    (``22,4`` / ``5``): the cell read ``22,4 5``, no number, and the figure was lost with no error."""
    doc = _load("narrow_decimal.pdf")
    cells = [b.text for b in doc.blocks if b.kind == "table_cell" and b.row and b.col > 1]
    assert cells == ["22,45", "41,85", "30,25", "18,82", "43,53", "35,20", "21,49", "42,56", "34,55"]

def test_a_word_a_narrow_cell_breaks_is_one_word() -> None:
    """broken_word_cell.pdf (LibreOffice's rendering of broken_word_cell.fodt): the unit column is too narrow for
    ``đồng/người/năm``, which LibreOffice breaks inside the word (``Triệu `` | ``đồng/ngư`` | ``ời/năm``); the lines were
    joined with a space (``đồng/ngư ời/năm``) and the unit was lost. The space LibreOffice keeps where it wraps the cell
    at a word tells the two apart; a justified cell keeps none at its wraps, and its words stay apart."""
    from extractors import figures

    doc = _load("broken_word_cell.pdf")
    cells = {(b.row, b.col): b.text for b in doc.blocks if b.kind == "table_cell"}
    assert cells[(1, 2)] == "Triệu đồng/người/năm"
    assert cells[(1, 1)] == "Thu nhập bình quân đầu người của hộ gia đình trên địa bàn"  # justified
    assert (cells[(2, 1)], cells[(0, 3)]) == ("Sản lượng lương thực có hạt", "Năm 2025")
    figures.extract(doc)
    assert [(r["text"], r["unit"]) for r in doc.rows("figures") if r["col_label"] == "Năm 2025"] == [
        ("58,5", "VND/người/năm"), ("14.250", "tấn")]


def test_a_header_bands_long_left_line_stays_in_its_column_and_the_close_is_a_band() -> None:
    """band_long_left.pdf (LibreOffice's rendering of band_long_left.fodt): ``ỦY BAN NHÂN DÂN XÃ DIỄN THỊNH`` under
    ``UBND HUYỆN DIỄN CHÂU`` runs past the midpoint between the first row's columns, though it ends before the
    right column starts: it was a line of its own after the band, and the issuer was the district's committee."""
    from extractors import dates, entities, references

    doc = _load("band_long_left.pdf")
    assert doc.blocks[0].text == "UBND HUYỆN DIỄN CHÂU\nỦY BAN NHÂN DÂN XÃ DIỄN THỊNH\nSố: 215/BC-UBND"
    # the close (``Nơi nhận:`` | the signature) is a band of its own, read by column: row by row it interleaved
    # (``Nơi nhận:``, ``TM. ỦY BAN NHÂN DÂN``, ``- UBND huyện Diễn Châu;``, ``CHỦ TỊCH`` …); on a short page it
    # stands in the upper half, where the header's band took it in with the lines between
    close = [(b.table_no, b.col, b.text) for b in doc.blocks[-2:]]
    assert close == [(1, 0, "Nơi nhận:\n- UBND huyện Diễn Châu;\n- Đảng ủy xã;\n- Lưu: VT."),
                     (1, 1, "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nNguyễn Văn Bình")]
    assert [b.text for b in doc.blocks[2:5]][:2] == ["BÁO CÁO", "Kết quả xây dựng xã nông thôn mới nâng cao năm 2023"]
    for component in (dates, references, entities):
        component.extract(doc)
    assert doc.issuing_body == "ỦY BAN NHÂN DÂN XÃ DIỄN THỊNH"


def test_a_line_wrapped_before_a_compounds_dash_goes_on() -> None:
    """``… phát triển kinh tế`` at the margin over ``- xã hội năm 2027, …``: the line wrapped before the dash of
    ``kinh tế - xã hội``; it was a list item, and the line before a heading. A dashed line in lower case after a
    finished sentence, or under a short line, is still an item."""
    pages = [[_line("2. Đảng ủy Ủy ban nhân dân xã lãnh đạo xây dựng kế hoạch phát triển kinh tế", 100),
              _line("- xã hội năm 2027, trình Hội đồng nhân dân xã tại kỳ họp cuối năm.", 116, x1=400),
              _line("Các nhiệm vụ cụ thể gồm các nội dung được nêu dưới đây như sau:", 132),
              _line("- tổ chức quán triệt nghị quyết đến toàn thể đảng viên trong Đảng bộ.", 148, x1=420)]]
    doc = Document(doc_id="d", path="d", format="pdf", sha256="")
    layout(doc, pages)
    assert [b.text for b in doc.blocks] == [
        "2. Đảng ủy Ủy ban nhân dân xã lãnh đạo xây dựng kế hoạch phát triển kinh tế - xã hội năm 2027, trình Hội đồng "
        "nhân dân xã tại kỳ họp cuối năm.",
        "Các nhiệm vụ cụ thể gồm các nội dung được nêu dưới đây như sau:",
        "- tổ chức quán triệt nghị quyết đến toàn thể đảng viên trong Đảng bộ."]


@pytest.mark.parametrize("name, issuer", [("band_wrapped_issuer.pdf", "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KIM SƠN"),
                                          ("band_wrapped_date.pdf", "HUYỆN ỦY KIM SƠN")])
def test_a_header_line_run_into_the_place_and_date_is_cut_between_the_columns(name: str, issuer: str) -> None:
    """band_wrapped_issuer.pdf, band_wrapped_date.pdf (LibreOffice's renderings of the .fodt beside them): the issuer's
    wrapped last line and the place-date line stand a few points apart, one row with a word's gap between them
    (``BỘ HUYỆN KIM SƠN Kim Sơn, ngày 14 tháng 02 năm 2025``): the row straddled the gutter and was a paragraph, so the
    issuer lost its unit and the date, wrapping in its cell, was lost."""
    from extractors import dates, entities, references

    doc = _load(name)
    assert doc.blocks[0].text.endswith("KIM SƠN\n*\nSố 186-BC/HU")
    assert doc.blocks[1].text.startswith("ĐẢNG CỘNG SẢN VIỆT NAM\nKim Sơn, ngày 14 tháng 02 năm")
    for component in (dates, references, entities):
        component.extract(doc)
    assert (doc.issuing_body, doc.issued_date) == (issuer, "2025-02-14")


def test_a_recipient_wrapped_in_a_borderless_cell_is_one_item() -> None:
    """wrapped_recipients.pdf (LibreOffice's rendering of wrapped_recipients.fodt): the close is a borderless table,
    ``Nơi nhận:`` and its list beside the signature, and two items wrap in the narrow column (``- Thường trực HĐND,
    UBND,`` / ``UBMTTQVN tỉnh;``). Read as lines kept apart, the wrapped line stayed a line of its own, so ``UBND`` had no
    level and ``các xã,`` lost ``thị trấn``; the longer item's line, passing the midpoint between ``Nơi nhận:`` and the
    signature, even ended the cell, the rest of the list read as paragraphs."""
    from extractors import entities

    doc = _load("wrapped_recipients.pdf")
    cells = [(b.table_no, b.row, b.col, b.text) for b in doc.blocks if b.kind == "table_cell" and b.table_no == 1]
    assert cells == [
        (1, 0, 0, "Nơi nhận:\n- Như Điều 3\n- Thường trực HĐND, UBND, UBMTTQVN tỉnh;\n- Sở Kế hoạch và Đầu tư;\n"
                  "- TT Huyện ủy, HĐND, UBND các xã, thị trấn trong huyện;\n- Lưu: VT."),
        (1, 0, 1, "CHỦ TỊCH\nNguyễn Văn Hùng")]
    assert doc.blocks[0].text == "HỘI ĐỒNG NHÂN DÂN\nHUYỆN QUẢNG NINH\nSố: 45/NQ-HĐND"  # (lines no mark opened stay apart)
    entities.extract(doc)
    close = doc.blocks[-2].block_id
    assert [(r["text"], r["level"]) for r in doc.rows("entities") if r["block_id"] == close and r["text"].startswith("UBND")] \
        == [("UBND", "province"), ("UBND các xã, thị trấn", "commune")]


def test_a_caption_in_capitals_that_fills_its_line_ends_before_the_line_under_it() -> None:
    """wide_caption.pdf (LibreOffice's rendering of wide_caption.fodt): an appendix's caption in bold capitals that
    fills the text width, ``(Kèm theo Nghị quyết …)`` under it in italics, or in bold under a caption wrapped over two
    lines. With no short line to end it, the caption ran into the bracketed line, one paragraph, and the table under
    it lost its year; a heading in capitals wraps in capitals and in its weight."""
    from extractors import dates, figures, references

    doc = _load("wide_caption.pdf")
    attached = "(Kèm theo Nghị quyết số 112/NQ-HĐND ngày 10/12/2024 của HĐND tỉnh Quảng Bình)"
    assert [(b.kind, b.text) for b in doc.blocks if b.kind != "table_cell"] == [
        ("heading", "Phụ lục I"), ("heading", "DỰ TOÁN THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN NĂM 2025"),
        ("paragraph", attached), ("paragraph", "ĐVT: triệu đồng"), ("heading", "Phụ lục II"),
        ("heading", "DỰ TOÁN CHI NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2025 THEO TỪNG LĨNH VỰC CHI THƯỜNG XUYÊN CỦA CÁC SỞ, BAN, NGÀNH"),
        ("heading", attached), ("paragraph", "ĐVT: triệu đồng")]
    for component in (dates, references, figures):
        component.extract(doc)
    assert [(r["text"], r["label_period_start"], r["label_period_end"]) for r in doc.rows("figures")] == [
        (value, "2025-01-01", "2025-12-31") for value in ("6.650.000", "500.000", "3.512.400", "1.104.300")]
