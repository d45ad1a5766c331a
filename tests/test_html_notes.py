"""Footnotes of office documents saved as web pages, and MHTML web archives.

An HTML export of a DOCX must give the notes the DOCX gives: same text, same
numbers, anchors at the same place in the same body text, and no marker left
in the body. The LibreOffice exports and the MHTML are made by the real tools
(``tests/fixtures/html/make_notes_fixtures.py``); Word's two shapes are written
by hand after Word's markup, from seed 000's text.
"""
from __future__ import annotations

import base64
import quopri
import re
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given

from pipeline.encodings import cp1258_encode
from pipeline.ingest import run
from pipeline.load import load_bytes
from pipeline.models import Document
from pipeline.sniff import sniff_bytes

HTML = Path(__file__).resolve().parent / "fixtures" / "html"
OFFICE = Path(__file__).resolve().parent / "fixtures" / "office"
sys.path.insert(0, str(OFFICE))
from office_gold import footnote_problems, gold  # noqa: E402
from test_fuzz_loaders import _check, _mutate, cuts, edits, fuzz  # noqa: E402


def _load(path: Path) -> Document:
    doc = load_bytes(path.read_bytes(), path.name)
    assert doc.status == "ok", doc.error
    return doc


def _ws(text: str) -> str:
    """A web page shows a run of spaces as one (the DOCX keeps "được  938")."""
    return re.sub(r"\s+", " ", text)


def _notes(doc: Document) -> list[tuple[int, str, str, str, str]]:
    """Per note: number, marker, text, and its anchor's block text before and after the anchor."""
    blocks = {b.block_id: b for b in doc.blocks}
    out = []
    for f in doc.footnotes:
        assert f.anchor_block_id is not None, f
        anchored = blocks[f.anchor_block_id].text
        out.append((f.footnote_no, f.marker, _ws(f.text), _ws(anchored[:f.anchor_char]), _ws(anchored[f.anchor_char:])))
    return out


def _assert_note_blocks(doc: Document) -> None:
    blocks = {b.block_id: b for b in doc.blocks}
    for f in doc.footnotes:
        block = blocks[f.block_id]
        assert block.kind == "footnote" and block.footnote_no == f.footnote_no and block.text == f.text
    body = [b.text for b in doc.blocks if b.kind != "footnote"]
    for f in doc.footnotes:  # a note is no longer a paragraph of the body, nor glued to one
        first = f.text.split("\n")[0]
        assert not any(t.endswith(first) or t.startswith(first) for t in body), first


# -- LibreOffice "HTML Document" ---------------------------------------------------------------

@pytest.mark.parametrize("seed", ["000", "004"])
def test_libreoffice_export_has_the_notes_of_the_docx(seed: str) -> None:
    page, docx = _load(HTML / f"lo_seed{seed}.html"), _load(OFFICE / f"seed{seed}.docx")
    assert len(page.footnotes) == len(docx.footnotes) >= 10
    assert _notes(page) == _notes(docx)
    _assert_note_blocks(page)


@pytest.mark.parametrize("seed", ["000", "004"])
def test_libreoffice_export_meets_the_gold_footnotes(seed: str, gold_dir: Path) -> None:
    page = _load(HTML / f"lo_seed{seed}.html")
    g = gold(gold_dir, seed)
    assert len(page.footnotes) == len(g["footnotes"])
    assert footnote_problems(page, g) == []


def test_anchor_markers_are_cut_from_the_body() -> None:
    page = _load(HTML / "lo_seed000.html")
    body = [b.text for b in page.blocks if b.kind != "footnote"]
    assert any("của Tỉnh uỷ khoá XI, trọng tâm" in t for t in body)
    assert not any("khoá XI1" in t for t in body)
    assert sum(b.kind == "footnote" for b in page.blocks) == 10


def test_libreoffice_endnote_table_cell_and_two_paragraph_note() -> None:
    """One hand-written document, rendered by LibreOffice as DOCX and as HTML: the same notes."""
    page, docx = _load(HTML / "lo_notes.html"), _load(HTML / "lo_notes.docx")
    assert _notes(page) == _notes(docx)
    assert [(n, m) for n, m, *_ in _notes(page)] == [(1, "1"), (2, "i"), (3, "2"), (4, "3")]
    assert page.footnotes[1].text == "Phụ lục I: số liệu các xã, thị trấn.\nPhụ lục II: danh sách mô hình “Dân vận khéo”."
    cell = next(b for b in page.blocks if b.block_id == page.footnotes[3].anchor_block_id)
    assert (cell.kind, cell.text, page.footnotes[3].anchor_char) == ("table_cell", "Dân vận khéo", len("Dân vận khéo"))
    assert not any(b.text.startswith(("Kế hoạch số 12", "Phụ lục", "Trừ xã", "Theo Quyết định"))
                   for b in page.blocks if b.kind != "footnote")


# -- Word "Web Page" and "Web Page, Filtered" (hand-made after Word's markup) ---------------------

@pytest.mark.parametrize("name", ["word_notes.htm", "word_notes_filtered.htm"])
def test_word_export_has_the_notes_of_the_docx(name: str) -> None:
    page, docx = _load(HTML / name), _load(OFFICE / "seed000.docx")
    notes = _notes(page)
    assert notes[:3] == _notes(docx)[:3]  # the fixture holds seed 000's paragraphs with notes 1-3
    endnote = notes[3]
    assert endnote[:3] == (4, "i", "Xem Phụ lục số liệu kèm theo báo cáo này.")
    assert endnote[3].endswith("“Năm Dân vận chính quyền” năm 2022") and endnote[4] == "."
    _assert_note_blocks(page)
    assert not any("[1]" in b.text or "[i]" in b.text for b in page.blocks)


def test_word_page_in_windows_1258_reads_the_same() -> None:
    """Word's default for Vietnamese is windows-1258 (decomposed tones): only the bytes differ."""
    utf8 = (HTML / "word_notes.htm").read_text(encoding="utf-8")
    legacy = cp1258_encode(utf8.replace("charset=utf-8", "charset=windows-1258"))
    a, b = load_bytes(utf8.encode("utf-8"), "a.htm"), load_bytes(legacy, "b.htm")
    assert b.encoding == "cp1258"
    assert [(x.kind, x.text) for x in a.blocks] == [(x.kind, x.text) for x in b.blocks]
    assert _notes(a) == _notes(b)


def test_a_link_that_does_not_link_back_is_not_a_note() -> None:
    page = ('<html><body><p>Theo Kế hoạch số 12-KH/HU<a name="_ftnref1" href="#_ftn1">[1]</a> của Huyện ủy.</p>'
            '<p><a name="_ftn1" href="#elsewhere">[1]</a> Không phải chú thích.</p></body></html>').encode()
    doc = load_bytes(page, "x.html")
    assert doc.footnotes == []
    assert any(b.text == "Theo Kế hoạch số 12-KH/HU[1] của Huyện ủy." for b in doc.blocks)


def test_pairing_follows_the_links_not_the_printed_numbers() -> None:
    """Two anchors both printed "1" (a renumbering slip): each still gets its own note."""
    page = ('<html><body><p>Câu thứ nhất<a name="_ftnref1" href="#_ftn1">[1]</a>. Câu thứ hai'
            '<a name="_ftnref2" href="#_ftn2">[1]</a>.</p>'
            '<div id=ftn2><p><a name="_ftn2" href="#_ftnref2">[1]</a> Chú thích của câu hai.</p></div>'
            '<div id=ftn1><p><a name="_ftn1" href="#_ftnref1">[1]</a> Chú thích của câu một.</p></div>'
            '</body></html>').encode()
    doc = load_bytes(page, "x.html")
    body = doc.blocks[0].text
    assert body == "Câu thứ nhất. Câu thứ hai."
    got = [(f.footnote_no, f.text, body[:f.anchor_char]) for f in doc.footnotes]
    assert got == [(1, "Chú thích của câu một.", "Câu thứ nhất"), (2, "Chú thích của câu hai.", "Câu thứ nhất. Câu thứ hai")]


def test_portal_pages_have_no_notes() -> None:
    for name in ("portal_002.html", "nukeviet_003.html"):
        doc = load_bytes((HTML / name).read_bytes(), name)
        assert doc.footnotes == [] and not any(b.kind == "footnote" for b in doc.blocks)


# -- MHTML -----------------------------------------------------------------------------------------

def _blocks(doc: Document) -> list[tuple[str, str, int | None]]:
    return [(b.kind, b.text, b.footnote_no) for b in doc.blocks]


def test_chromium_mhtml_gives_the_blocks_of_the_page_it_wraps() -> None:
    archive = (HTML / "lo_seed000.mhtml").read_bytes()
    assert sniff_bytes(archive, "x.bin") == "mhtml"
    doc, page = _load(HTML / "lo_seed000.mhtml"), _load(HTML / "lo_seed000.html")
    assert doc.format == "mhtml"
    assert _blocks(doc) == _blocks(page)
    assert _notes(doc) == _notes(page)


def _archive(html: bytes, charset: str | None, cte: str = "base64", parts: int = 0) -> bytes:
    """A web archive as Word or IE write one: the page first, then its resources."""
    msg = EmailMessage()
    msg["MIME-Version"] = "1.0"
    msg.make_related()
    msg.set_param("type", "text/html")
    page = EmailMessage()
    page.set_payload(html)
    page["Content-Type"] = "text/html" + (f'; charset="{charset}"' if charset else "")
    page["Content-Transfer-Encoding"] = cte
    page["Content-Location"] = "file:///C:/report.htm"
    msg.attach(page)
    for i in range(parts):
        image = EmailMessage()
        image.set_content(b"\x89PNG", maintype="image", subtype="png")
        msg.attach(image)
    return msg.as_bytes()


def test_word_style_archive_base64_charset_in_the_part_header() -> None:
    """The part header names windows-1258; the page itself declares nothing."""
    text = (HTML / "word_notes.htm").read_text(encoding="utf-8")
    legacy = cp1258_encode(text.replace('<meta http-equiv=Content-Type content="text/html; charset=utf-8">', ""))
    body = base64.encodebytes(legacy)
    doc = load_bytes(_archive(body, "windows-1258"), "report.mht")
    assert doc.format == "mhtml" and doc.status == "ok", doc.error
    assert doc.encoding == "cp1258"
    page = _load(HTML / "word_notes.htm")
    assert _blocks(doc) == _blocks(page) and _notes(doc) == _notes(page)


@pytest.mark.parametrize("archive, reason", [
    (_archive(b"", None).replace(b"text/html", b"text/plain"), "no text/html part"),
    (_archive(b"PGh0bWw+PGJvZHk+PHA+VGV4dDwvcD48L2JvZHk+PC9odG1sPg==!!*", "utf-8"), "damaged"),
    (_archive(base64.encodebytes(b"<p>x</p>"), "utf-8", parts=10_001), "too many parts"),
])
def test_bad_archives_are_refused_with_a_reason(archive: bytes, reason: str) -> None:
    doc = load_bytes(archive, "bad.mhtml")
    assert doc.format == "mhtml" and doc.status == "error" and reason in doc.error, doc.error


def test_a_bad_archive_is_an_error_row_through_the_command(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.mhtml").write_bytes((HTML / "lo_seed000.mhtml").read_bytes())
    (src / "bad.mht").write_bytes(_archive(b"", None).replace(b"text/html", b"text/plain"))
    frames, failed = run([src], tmp_path / "out", progress=False)
    docs = frames["documents"].set_index("path")
    assert docs.loc["bad.mht", "status"] == "error" and "no text/html part" in docs.loc["bad.mht", "error"]
    assert docs.loc["good.mhtml", "status"] == "ok" and docs.loc["good.mhtml", "format"] == "mhtml"
    notes = frames["footnotes"]
    assert len(notes[notes["doc_id"] == "good.mhtml"]) == 10


# -- mutated pages and archives ---------------------------------------------------------------

NOTES_PAGE = (HTML / "lo_notes.html").read_bytes()
NOTES_ARCHIVE = _archive(quopri.encodestring(NOTES_PAGE), "utf-8", cte="quoted-printable")


def test_the_small_archive_is_the_small_page() -> None:
    a, b = load_bytes(NOTES_ARCHIVE, "a.mht"), load_bytes(NOTES_PAGE, "a.html")
    assert a.format == "mhtml" and _blocks(a) == _blocks(b) and len(a.footnotes) == 4


def _check_marks(data: bytes, name: str) -> None:
    doc = _check(data, name)
    assert not any("\ufdd0" in b.text or "\ufdd1" in b.text for b in doc.blocks)


@fuzz(300)
@given(edits=edits, cut=cuts)
def test_fuzz_page_with_notes(edits: list[tuple[int, int, bytes]], cut: int | None) -> None:
    _check_marks(_mutate(NOTES_PAGE, edits, cut), "f.html")


@fuzz(300)
@given(edits=edits, cut=cuts)
def test_fuzz_archive(edits: list[tuple[int, int, bytes]], cut: int | None) -> None:
    _check_marks(_mutate(NOTES_ARCHIVE, edits, cut), "f.mhtml")


def test_a_word_web_page_downloaded_as_doc_is_read() -> None:
    """Portals serve Word's "Save as Web Page" output as ``.doc``: it was refused as a failed download;
    a server's page under a ``.doc`` name still is."""
    from pipeline.load import load_bytes

    data = (Path(__file__).resolve().parent / "fixtures" / "html" / "word_notes.htm").read_bytes()
    as_htm, as_doc = load_bytes(data, "word_notes.htm"), load_bytes(data, "bao_cao.doc")
    assert as_doc.status == "ok" and as_doc.format == "html"
    assert [b.text for b in as_doc.blocks] == [b.text for b in as_htm.blocks] and len(as_doc.footnotes) == 4
    page = b"<!DOCTYPE html><html><head><title>404</title></head><body><p>Not found</p></body></html>"
    assert load_bytes(page, "bao_cao.doc").status == "error"


@pytest.mark.parametrize("anchor, note", [
    # pandoc's: a numbered link, its note an item of the notes' list with a link back
    ('<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>',
     '<section class="footnotes"><hr /><ol><li id="fn1"><p>Trường THPT Hương Khê, Quyết định số 1125/QĐ-CTN.'
     '<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>'),
    # a portal's: a superscript link, its note a paragraph whose number links back
    ('<sup><a href="#fn1" id="r1">1</a></sup>',
     '<div class="notes"><p id="fn1"><a href="#r1">1</a> Trường THPT Hương Khê, Quyết định số 1125/QĐ-CTN.</p></div>'),
])
def test_a_pages_own_note_links_are_notes(anchor: str, note: str) -> None:
    """A note linked both ways, not in Word's or LibreOffice's names: its number was glued to the word (``tập thể1``)
    and its text was the body's; a page's other link linked back (``Lên đầu trang``) is no note."""
    page = ('<html><head><meta charset="utf-8"></head><body><p>UBND HUYỆN HƯƠNG KHÊ</p>'
            f'<p>Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 01 tập thể{anchor}; huyện có 21 xã tham gia.</p>'
            '<p><a href="#top" id="up">Lên đầu trang</a></p>' + note + '<p id="top"><a href="#up">Về trang chủ</a></p>'
            '</body></html>')
    doc = load_bytes(page.encode("utf-8"), "p.html")
    assert [(f.marker, f.text) for f in doc.footnotes] == [("1", "Trường THPT Hương Khê, Quyết định số 1125/QĐ-CTN.")]
    body = [b.text for b in doc.blocks if b.kind != "footnote"]
    assert "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 01 tập thể; huyện có 21 xã tham gia." in body
    assert doc.blocks[doc.footnotes[0].anchor_block_id].text[:doc.footnotes[0].anchor_char].endswith("01 tập thể")


def test_a_portals_notes_printed_with_bare_superscripts_are_notes() -> None:
    """A report pasted on a portal prints its notes as ``… năm 2022<sup>2</sup>.`` and ``<p><sup>2</sup> Theo Quyết định
    …</p>``, no links: the marks were glued to the words (``năm 20222``: the year was lost) and the notes were
    paragraphs of the body. A unit's power (``m<sup>2</sup>``) is no mark; a page whose paragraphs opened by a
    superscript do not run 1, 2, … has no such notes."""
    page = ("<html><body><article><p>Tổ chức 76 hội nghị<sup>1</sup>; thu hồi 500 m<sup>2</sup> đất; tỷ lệ hộ nghèo còn "
            "3,12% năm 2022<sup>2</sup>.</p><p>Năm 2023, toàn huyện có 21.771 hộ gia đình văn hóa.</p>"
            "<p><sup>1</sup> Trong đó cấp huyện 12 hội nghị.</p><p><sup>2</sup> Theo Quyết định số 1024/QĐ-UBND.</p>"
            "</article></body></html>")
    doc = load_bytes(page.encode("utf-8"), "cong.html")
    body = [b.text for b in doc.body_blocks()]
    assert body[0] == "Tổ chức 76 hội nghị; thu hồi 500 m2 đất; tỷ lệ hộ nghèo còn 3,12% năm 2022."
    assert [(n.marker, doc.blocks[n.block_id].text, body[0][:n.anchor_char][-12:]) for n in doc.footnotes] == [
        ("1", "Trong đó cấp huyện 12 hội nghị.", " 76 hội nghị"), ("2", "Theo Quyết định số 1024/QĐ-UBND.", "12% năm 2022")]
    # (numbers that open paragraphs out of order are no notes: the marks stay as they were printed)
    other = page.replace("<p><sup>1</sup> Trong đó", "<p><sup>3</sup> Trong đó")
    assert load_bytes(other.encode("utf-8"), "cong.html").footnotes == []
