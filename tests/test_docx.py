"""DOCX loader: real footnotes at exact offsets, tables, headings, NFC, metadata."""
from __future__ import annotations

import io
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest

from pipeline.load import load_bytes
from pipeline.loaders.docx import load
from pipeline.models import Document

OFFICE = Path(__file__).resolve().parent / "fixtures" / "office"
sys.path.insert(0, str(OFFICE))
from office_gold import footnote_problems, gold  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(body: str, footnotes: str | None = None, endnotes: str | None = None, styles: str | None = None) -> bytes:
    """A minimal package; only the parts a test needs."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        zf.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>')
        if footnotes is not None:
            zf.writestr("word/footnotes.xml", f'<?xml version="1.0"?><w:footnotes {W}>{footnotes}</w:footnotes>')
        if endnotes is not None:
            zf.writestr("word/endnotes.xml", f'<?xml version="1.0"?><w:endnotes {W}>{endnotes}</w:endnotes>')
        if styles is not None:
            zf.writestr("word/styles.xml", f'<?xml version="1.0"?><w:styles {W}>{styles}</w:styles>')
    return buf.getvalue()


def _load(data: bytes) -> Document:
    doc = Document(doc_id="t", path="t.docx", format="docx", sha256="")
    load(data, doc)
    return doc


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


SEPARATORS = ('<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
              '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')


@pytest.mark.parametrize("seed", ["000", "004"])
@pytest.mark.parametrize("variant", ["docx", "resaved.docx"])
def test_seed_footnotes_match_gold(seed: str, variant: str, gold_dir: Path) -> None:
    """Word-written and LibreOffice re-saved (note ids 2..n+1) renditions give the gold notes."""
    doc = load_bytes((OFFICE / f"seed{seed}.{variant}").read_bytes(), f"seed{seed}.{variant}")
    assert doc.status == "ok", doc.error
    g = gold(gold_dir, seed)
    assert len(doc.footnotes) == len(g["footnotes"])
    assert footnote_problems(doc, g) == []
    assert [f.footnote_no for f in doc.footnotes] == list(range(1, len(g["footnotes"]) + 1))


def test_resave_changes_ids_not_numbers() -> None:
    """The re-saved fixture really uses other note ids, so the test above proves id-independence."""
    with zipfile.ZipFile(OFFICE / "seed000.resaved.docx") as zf:
        xml = zf.read("word/document.xml").decode()
    assert 'w:footnoteReference w:id="2"' in xml and 'w:footnoteReference w:id="1"' not in xml


def test_header_table_title_and_body_order() -> None:
    doc = load_bytes((OFFICE / "seed000.docx").read_bytes(), "seed000.docx")
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert [(c.table_no, c.row, c.col) for c in cells] == [(0, 0, 0), (0, 0, 1)]
    assert cells[0].text.startswith("ĐẢNG BỘ TỈNH ĐỒNG THÁP") and "Số   -BC/TU" in cells[0].text
    assert "ngày    tháng 7 năm 2022" in cells[1].text
    assert doc.title == "BÁO CÁO tình hình công tác Dân vận Quý II năm 2022"
    kinds = {b.text: b.kind for b in doc.blocks}
    assert kinds["I- TÌNH HÌNH NHÂN DÂN"] == "heading"
    assert kinds["- Tỉnh ủy,"] == "list_item"
    body = " ".join(b.text for b in doc.body_blocks())
    for note in doc.footnotes:  # no note text leaks into the body, and notes come after it
        assert note.text not in body
    assert all(b.kind == "footnote" for b in doc.blocks[-len(doc.footnotes):])


def test_real_word_file_is_nfc_with_header_cells(extra_dir: Path) -> None:
    """A real Word file that stores some text decomposed comes out NFC."""
    data = (OFFICE / "extra002.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        raw = zf.read("word/document.xml").decode("utf-8")
    assert not unicodedata.is_normalized("NFC", raw)  # the fixture really holds decomposed text
    doc = load_bytes(data, "extra002.docx")
    assert doc.status == "ok"
    assert all(unicodedata.is_normalized("NFC", b.text) for b in doc.blocks)
    assert doc.blocks[0].kind == "table_cell" and "Số: 16/KH-MTTQ-BTT" in doc.blocks[0].text
    assert doc.title and doc.title.startswith("KẾ HOẠCH Thực hiện công tác bầu cử")


def test_anchor_offset_after_nfc_of_split_decomposed_runs() -> None:
    """Offsets count cleaned (NFC) characters even when runs hold NFD pieces."""
    nfd = unicodedata.normalize("NFD", "Chỉ đạo năm 2017")
    body = f'<w:p>{_run(nfd[:5])}{_run(nfd[5:])}<w:r><w:footnoteReference w:id="2"/></w:r>{_run("; tiếp")}</w:p>'
    notes = SEPARATORS + f'<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>{_run(" Ghi chú")}</w:p></w:footnote>'
    doc = _load(_docx(body, notes))
    block = doc.blocks[0]
    assert block.text == "Chỉ đạo năm 2017; tiếp"
    assert block.text[: doc.footnotes[0].anchor_char] == "Chỉ đạo năm 2017"
    assert doc.footnotes[0].text == "Ghi chú"


def test_numbered_by_first_reference_with_endnotes_and_custom_mark() -> None:
    body = (f'<w:p>{_run("A")}<w:r><w:footnoteReference w:id="7"/></w:r>{_run(" B")}'
            f'<w:r><w:endnoteReference w:id="3"/></w:r>{_run(" C")}'
            f'<w:r><w:footnoteReference w:customMarkFollows="1" w:id="5"/></w:r><w:r><w:t>*</w:t></w:r>{_run(" D")}</w:p>')
    notes = SEPARATORS + (f'<w:footnote w:id="5"><w:p>{_run("star note")}</w:p></w:footnote>'
                          f'<w:footnote w:id="7"><w:p>{_run("first note")}</w:p></w:footnote>')
    ends = f'<w:endnote w:id="3"><w:p>{_run("an endnote")}</w:p></w:endnote>'
    doc = _load(_docx(body, notes, ends))
    assert doc.blocks[0].text == "A B C D"  # the custom mark is the marker, not body text
    got = [(f.footnote_no, f.marker, f.text, f.anchor_char) for f in doc.footnotes]
    assert got == [(1, "1", "first note", 1), (2, "i", "an endnote", 3), (3, "*", "star note", 5)]


def test_table_cells_merged_once_with_grid_columns() -> None:
    def cell(text: str, pr: str = "") -> str:
        return f"<w:tc><w:tcPr>{pr}</w:tcPr><w:p>{_run(text)}</w:p></w:tc>"

    restart, cont, span2 = '<w:vMerge w:val="restart"/>', "<w:vMerge/>", '<w:gridSpan w:val="2"/>'
    body = ("<w:tbl>"
            f"<w:tr>{cell('Đơn vị', restart)}{cell('Năm 2021 và 2022', span2)}</w:tr>"
            f"<w:tr>{cell('', cont)}{cell('2021')}{cell('2022')}</w:tr>"
            f"<w:tr>{cell('Phường 1')}{cell('1.156')}{cell('89,12%')}</w:tr>"
            "</w:tbl>")
    doc = _load(_docx(body))
    cells = [(b.row, b.col, b.text) for b in doc.blocks]
    assert cells == [(0, 0, "Đơn vị"), (0, 1, "Năm 2021 và 2022"), (1, 1, "2021"), (1, 2, "2022"),
                     (2, 0, "Phường 1"), (2, 1, "1.156"), (2, 2, "89,12%")]
    assert {b.kind for b in doc.blocks} == {"table_cell"}


def test_heading_by_style_and_deleted_text_skipped() -> None:
    styles = ('<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Custom"/><w:basedOn w:val="H1"/></w:style>')
    body = (f'<w:p><w:pPr><w:pStyle w:val="Sub"/></w:pPr>{_run("Kết quả thực hiện")}</w:p>'
            f'<w:p>{_run("Giữ lại")}<w:del><w:r><w:delText>bỏ đi</w:delText></w:r></w:del>{_run(" phần này.")}</w:p>')
    doc = _load(_docx(body, styles=styles))
    assert [(b.kind, b.text) for b in doc.blocks] == [("heading", "Kết quả thực hiện"), ("paragraph", "Giữ lại phần này.")]


def test_text_box_read_once_after_its_paragraph() -> None:
    """A header set in a text box (DrawingML with a VML fallback) is read, and only once."""
    box = f'<w:txbxContent><w:p>{_run("DỰ THẢO")}</w:p></w:txbxContent>'
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    drawing = (f'<w:r><mc:AlternateContent {mc}><mc:Choice Requires="wps"><w:drawing><x:anchor xmlns:x="urn:x">{box}</x:anchor></w:drawing></mc:Choice>'
               f'<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    body = f'<w:p>{_run("Báo cáo")}{drawing}{_run(" tình hình.")}</w:p><w:p>{_run("Tiếp theo.")}</w:p>'
    doc = _load(_docx(body))
    assert [b.text for b in doc.blocks] == ["Báo cáo tình hình.", "DỰ THẢO", "Tiếp theo."]


def _field(code: str, result: str) -> str:
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{_run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def test_word_structures_offices_files_hold() -> None:
    """Found by building each structure as Word writes it: a field nested in another's code showed its
    result (``INSTR64``); a row a content control wraps was lost, and a row deleted under tracked changes
    left a gap in the numbering; a ``Symbol`` glyph (``≥``) was dropped; a table of contents repeated the
    headings with their pages; a paragraph whose mark a tracked change deleted stayed two blocks."""
    nested = ('<w:p>' + _run("kết quả lồng: ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
              '<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>' + _field(" MERGEFIELD SoHo ", "INSTR")
              + '<w:r><w:instrText xml:space="preserve"> = 1 "64" "0" </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + _run("64") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
              + _run(" hộ.") + '</w:p>')
    row = lambda *cells: "<w:tr>" + "".join(f"<w:tc><w:p>{_run(c)}</w:p></w:tc>" for c in cells) + "</w:tr>"
    table = ("<w:tbl>" + row("Chỉ tiêu", "Kết quả") + '<w:tr><w:trPr><w:del w:id="1" w:author="A"/></w:trPr>'
             '<w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>' + "<w:sdt><w:sdtContent>" + row("Số hộ", "125 hộ")
             + "</w:sdtContent></w:sdt></w:tbl>")
    symbol = f'<w:p>{_run("đạt ")}<w:r><w:sym w:font="Symbol" w:char="F0B3"/></w:r>{_run(" 90% chỉ tiêu.")}</w:p>'
    contents = f'<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>{_run("I. KẾT QUẢ")}<w:r><w:tab/></w:r>{_run("1")}</w:p>'
    split = (f'<w:p><w:pPr><w:rPr><w:del w:id="2" w:author="A"/></w:rPr></w:pPr>{_run("Thực hiện Kế hoạch số 45/KH-UBND,")}</w:p>'
             f'<w:p>{_run(" UBND huyện đã hỗ trợ 125 hộ.")}</w:p>')
    doc = _load(_docx(nested + table + symbol + contents + f'<w:p>{_run("I. KẾT QUẢ")}</w:p>' + split))
    texts = [b.text for b in doc.blocks]
    assert texts == ["kết quả lồng: 64 hộ.", "Chỉ tiêu", "Kết quả", "Số hộ", "125 hộ", "đạt ≥ 90% chỉ tiêu.", "I. KẾT QUẢ",
                     "Thực hiện Kế hoạch số 45/KH-UBND, UBND huyện đã hỗ trợ 125 hộ."]
    assert [(b.row, b.col) for b in doc.blocks if b.kind == "table_cell"] == [(0, 0), (0, 1), (1, 0), (1, 1)]


def test_a_table_in_a_note_and_a_custom_mark_that_takes_no_number() -> None:
    """A footnote's table lost its rows (and their figures); a note with a custom mark (``*``) took a
    number, so the next printed "2" came out as "3", and the mark stayed at the head of its text."""
    body = (f'<w:p>{_run("A")}<w:r><w:footnoteReference w:id="2"/></w:r>{_run(" B")}'
            f'<w:r><w:footnoteReference w:customMarkFollows="1" w:id="3"/></w:r><w:r><w:t>*</w:t></w:r>{_run(" C")}'
            f'<w:r><w:footnoteReference w:id="4"/></w:r></w:p>')
    cells = "".join(f"<w:tc><w:p>{_run(c)}</w:p></w:tc>" for c in ("Xã Hải An", "40 hộ"))
    notes = SEPARATORS + (f'<w:footnote w:id="2"><w:p>{_run("Chi tiết theo xã:")}</w:p><w:tbl><w:tr>{cells}</w:tr></w:tbl></w:footnote>'
                          f'<w:footnote w:id="3"><w:p>{_run("* Số liệu ước.")}</w:p></w:footnote>'
                          f'<w:footnote w:id="4"><w:p>{_run("Nguồn: UBND huyện.")}</w:p></w:footnote>')
    doc = _load(_docx(body, notes))
    assert [(f.marker, f.text) for f in doc.footnotes] == [
        ("1", "Chi tiết theo xã:\nXã Hải An\t40 hộ"), ("*", "Số liệu ước."), ("2", "Nguồn: UBND huyện.")]


def test_a_main_part_of_another_name_and_strict_open_xml() -> None:
    """Word accepts a main part that is not ``word/document.xml`` (the package's relationships name it):
    the file was "a zip archive, not a report"; a Strict Open XML file (ISO 29500 strict namespaces) had
    "no w:body"."""
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
            ' Target="word/document2.xml"/></Relationships>')
    types = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Override PartName="/word/document2.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.document.main+xml"/></Types>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", types)
        zf.writestr("_rels/.rels", rels)
        zf.writestr("word/document2.xml", f'<?xml version="1.0"?><w:document {W}><w:body><w:p>{_run("Hỗ trợ 125 hộ nghèo.")}</w:p></w:body></w:document>')
    doc = load_bytes(buf.getvalue(), "ten_khac.docx")
    assert doc.status == "ok" and [b.text for b in doc.blocks] == ["Hỗ trợ 125 hộ nghèo."]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", types.replace("document2", "document"))
        zf.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"'
                    f' w:conformance="strict"><w:body><w:p>{_run("Hỗ trợ 125 hộ nghèo.")}</w:p></w:body></w:document>')
    assert [b.text for b in _load(buf.getvalue()).blocks] == ["Hỗ trợ 125 hộ nghèo."]


def _vntime(text: str) -> str:
    """``text`` as a ``.VnTime`` run stores it: TCVN3's bytes as Windows characters (``®¶ng bé``); a toned capital
    gives its lower-case glyph, which only a ``.VnTimeH`` run draws as a capital."""
    from pipeline.encodings import legacy_codec

    return legacy_codec("tcvn3").encode(text).decode("cp1252")


def test_text_typed_in_a_legacy_font_is_read_through_its_table() -> None:
    """A Word file of the 2000s typed in ``.VnTime`` (the style's font) and ``.VnTimeH`` (a run's, for capitals): its
    text is the fonts' glyphs (``®¶ng bé huyÖn``), which a text file's decoder reads, but a Word file's was kept so,
    and TCVN3's ``ư`` (the soft hyphen's byte, stored as ``<w:softHyphen/>``) was dropped."""
    import docx
    from docx.oxml import OxmlElement

    glyphs = _vntime
    document = docx.Document()
    document.styles["Normal"].font.name = ".VnTime"
    document.add_paragraph().add_run(glyphs("ĐẢNG BỘ HUYỆN HƯƠNG SƠN")).font.name = ".VnTimeH"
    para = document.add_paragraph()
    para.add_run(glyphs("Ban Chấp hành Trung "))
    para.add_run()._r.append(OxmlElement("w:softHyphen"))  # ``ư``
    para.add_run(glyphs("ơng Đảng hỗ trợ 1.156 người dân."))
    # a toned letter after the soft hyphen's ``ư`` is read with the word before it: alone, it opened a "line", and was
    # taken for a sentence's capital (``ThưỜng``, ``đưỢc``, ``ngưỜi``)
    para = document.add_paragraph()
    for i, piece in enumerate(("Thực hiện hướng dẫn số 28-HD/TU về sơ kết của Ban Th", "ờng vụ Tỉnh ủy, đ", "ợc 1.156 ng",
                               "ời dự.")):
        if i:
            para.add_run()._r.append(OxmlElement("w:softHyphen"))
        para.add_run(glyphs(piece))
    out = io.BytesIO()
    document.save(out)
    doc = load_bytes(out.getvalue(), "vntime.docx")
    assert [b.text for b in doc.blocks] == ["ĐẢNG BỘ HUYỆN HƯƠNG SƠN", "Ban Chấp hành Trung ương Đảng hỗ trợ 1.156 người dân.",
                                            "Thực hiện hướng dẫn số 28-HD/TU về sơ kết của Ban Thường vụ Tỉnh ủy, được 1.156 "
                                            "người dự."]
    assert doc.encoding == "tcvn3"


def test_a_legacy_fonts_run_keeps_its_letters_case_at_a_sentences_start() -> None:
    """In a Word file the font tells a TCVN3 capital: a toned capital was typed in ``.VnTimeH`` (``Ủ`` of ``Ủy ban``),
    so a ``.VnTime`` letter after a name's initial (``Lê Thị H. ở xã``) or opening a list's item (``- ổn định``) is
    lower-case; it came back capital as a text file's sentence start does (``H. Ở xã``, ``- Ổn định``)."""
    import docx

    document = docx.Document()
    document.styles["Normal"].font.name = ".VnTime"
    document.add_paragraph(_vntime("Bà Lê Thị H. ở xã Tế Thắng bị lừa 420 triệu đồng. Nhiệm vụ năm 2025:"))
    document.add_paragraph(_vntime("- ổn định tình hình an ninh nông thôn;"))
    para = document.add_paragraph()
    para.add_run(_vntime("ủ")).font.name = ".VnTimeH"
    para.add_run(_vntime("y ban nhân dân xã đã họp."))
    out = io.BytesIO()
    document.save(out)
    assert [b.text for b in load_bytes(out.getvalue(), "vntime.docx").blocks] == [
        "Bà Lê Thị H. ở xã Tế Thắng bị lừa 420 triệu đồng. Nhiệm vụ năm 2025:", "- ổn định tình hình an ninh nông thôn;",
        "Ủy ban nhân dân xã đã họp."]


def test_legacy_glyphs_whose_font_name_was_lost_are_read_as_tcvn3() -> None:
    """A PDF printed with ``.VnTime`` substituted (or a file re-saved in another font) keeps the glyphs and loses the
    name that says how to read them: the text reads as Vietnamese through TCVN3, as a text file's does."""
    import docx

    from pipeline.encodings import legacy_codec

    codec = legacy_codec("tcvn3")
    document = docx.Document()
    for text in ("Thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng về công tác dân vận,",
                 "toàn huyện đã hỗ trợ 1.156 người dân thuộc hộ nghèo xây dựng nhà ở trong năm 2023."):
        document.add_paragraph(codec.encode(text).decode("cp1252"))
    out = io.BytesIO()
    document.save(out)
    doc = load_bytes(out.getvalue(), "lost_font.docx")
    assert doc.encoding == "tcvn3"
    assert doc.blocks[0].text.startswith("Thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung")
