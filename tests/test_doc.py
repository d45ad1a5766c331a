"""Legacy .doc, RTF and OpenDocument text through LibreOffice, then the DOCX path."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from pipeline.load import load_bytes

OFFICE = Path(__file__).resolve().parent / "fixtures" / "office"
sys.path.insert(0, str(OFFICE))
from office_gold import footnote_problems, gold  # noqa: E402

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")


@needs_soffice
@pytest.mark.parametrize("seed", ["000", "004"])
def test_doc_footnotes_match_gold(seed: str, gold_dir: Path) -> None:
    doc = load_bytes((OFFICE / f"seed{seed}.doc").read_bytes(), f"seed{seed}.doc")
    assert doc.format == "doc" and doc.status == "ok", doc.error
    assert footnote_problems(doc, gold(gold_dir, seed)) == []
    assert doc.title and doc.title.startswith("BÁO CÁO")


@needs_soffice
def test_rtf_saved_as_doc() -> None:
    rtf = rb"{\rtf1\ansi\uc1 Ch\u7881? \u273?\u7841?o n\u259?m 2017\chftn{\footnote \pard {\chftn} Ghi ch\u250? m\u7897?t.}.\par}"
    doc = load_bytes(rtf, "note.doc")
    assert doc.format == "rtf" and doc.status == "ok", doc.error
    assert doc.blocks[0].text == "Chỉ đạo năm 2017."
    note = doc.footnotes[0]
    assert note.text == "Ghi chú một." and doc.blocks[0].text[: note.anchor_char] == "Chỉ đạo năm 2017"


def test_without_libreoffice_the_row_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VNREPORT_SOFFICE", "")
    doc = load_bytes((OFFICE / "seed000.doc").read_bytes(), "seed000.doc")
    assert doc.status == "error" and "LibreOffice" in doc.error


@needs_soffice
def test_garbage_ole_file_is_an_error_row() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 20
    doc = load_bytes(data, "broken.doc")
    assert doc.status == "error"
    assert not doc.error.startswith("internal error")


@needs_soffice
def test_opendocument_text_keeps_its_footnotes(gold_dir: Path) -> None:
    """seed000.odt: LibreOffice's own save of seed000.docx as OpenDocument text."""
    doc = load_bytes((OFFICE / "seed000.odt").read_bytes(), "seed000.odt")
    assert doc.format == "odt" and doc.status == "ok", doc.error
    assert footnote_problems(doc, gold(gold_dir, "000")) == []
    assert doc.title and doc.title.startswith("BÁO CÁO")
    # named by its content: an OpenDocument file saved as .docx is still read
    assert load_bytes((OFFICE / "seed000.odt").read_bytes(), "seed000.docx").status == "ok"


@needs_soffice
def test_flat_opendocument_text() -> None:
    doc = load_bytes((OFFICE / "paged.fodt").read_bytes(), "paged.fodt")
    assert doc.format == "fodt" and doc.status == "ok", doc.error
    assert not any("<text:" in b.text or "office:" in b.text for b in doc.blocks)


def test_an_opendocument_spreadsheet_is_an_error_row_that_says_so() -> None:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
    doc = load_bytes(buf.getvalue(), "bang_so_lieu.ods")
    assert doc.status == "error" and doc.error == "an OpenDocument spreadsheet, not a text document"
