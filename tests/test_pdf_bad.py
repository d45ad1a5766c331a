"""Damaged, locked, mis-named and scanned PDFs: a reason, never a crash or a silent empty document."""
from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from pipeline.load import load_bytes
from pipeline.loaders import ocr

OFFICE = Path(__file__).resolve().parent / "fixtures" / "office"


def _has_ocr() -> bool:
    binary = shutil.which("tesseract")
    if not binary:
        return False
    out = subprocess.run([binary, "--list-langs"], capture_output=True, text=True)
    return "vie" in out.stdout.split()


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9])
def test_truncated_pdf_is_an_error_row_or_partial_text(keep: float) -> None:
    data = (OFFICE / "seed000.pdf").read_bytes()
    doc = load_bytes(data[: int(len(data) * keep)], "cut.pdf")
    assert doc.format == "pdf"
    if doc.status == "error":
        assert not doc.error.startswith("internal error"), doc.error
    else:  # PDFium may recover the pages it still has; they must then carry text
        assert any(b.text.strip() for b in doc.blocks)


def test_encrypted_pdf() -> None:
    doc = load_bytes((OFFICE / "encrypted.pdf").read_bytes(), "encrypted.pdf")
    assert doc.status == "error" and "encrypted" in doc.error


def test_header_only_pdf() -> None:
    doc = load_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "stub.pdf")
    assert doc.status == "error" and not doc.error.startswith("internal error")


def test_html_saved_as_pdf_is_not_parsed_as_pdf() -> None:
    page = "<!DOCTYPE html><html><head><title>404</title></head><body><p>Không tìm thấy trang</p></body></html>"
    doc = load_bytes(page.encode("utf-8"), "report.pdf")
    assert doc.format == "html"  # sniffed by its bytes; the PDF reader never sees it


def test_scanned_pdf_without_tesseract_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VNREPORT_TESSERACT", "")
    doc = load_bytes((OFFICE / "scanned004.pdf").read_bytes(), "scanned.pdf")
    assert doc.status == "error" and "tesseract" in doc.error


@pytest.mark.skipif(not _has_ocr(), reason="tesseract with Vietnamese data not installed")
def test_scanned_page_is_read_by_ocr() -> None:
    started = time.perf_counter()
    doc = load_bytes((OFFICE / "scanned004.pdf").read_bytes(), "scanned.pdf")
    assert doc.status == "ok", doc.error
    assert time.perf_counter() - started < ocr.TIMEOUT_S
    assert doc.blocks and all(b.ocr for b in doc.blocks)
    body = " ".join(b.text for b in doc.body_blocks())
    assert "Kế hoạch số 160-KH/TU" in body and "BÁO CÁO" in body
    assert len(doc.footnotes) == 1
    note = doc.footnotes[0]
    assert note.text.startswith("Đã mở 02 lớp bồi dưỡng") and note.anchor_reliable is False
    assert "Đã mở 02 lớp" not in body


def test_a_scanned_page_too_large_to_ocr_is_refused_before_rendering() -> None:
    """A 4 kB PDF whose one page is a 200×200-inch image (Pillow writes it at 10 dpi) was rendered at
    200 dpi for OCR: 1.6 billion pixels, 3.4 GB in the renderer and tesseract despite --max-memory. A
    large page is rendered at a lower resolution to stay under the pixel cap; one too large even at
    the lowest readable resolution is an error row, with no image made."""
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (2000, 2000), 255).save(buf, "PDF", resolution=10.0)
    doc = load_bytes(buf.getvalue(), "trang_khong_lo.pdf")
    assert doc.status == "error" and "too large to OCR" in doc.error
    assert ocr.render_dpi(595, 842, 1) == ocr.DPI  # A4 as ever
    a0 = ocr.render_dpi(2384, 3370, 1)  # A0: just over the cap at 200 dpi
    assert ocr.MIN_DPI <= a0 < ocr.DPI and (2384 / 72 * a0) * (3370 / 72 * a0) <= ocr.MAX_PIXELS


def test_a_pdf_of_no_pages_says_so() -> None:
    """PDFium refuses a document of no pages with "Failed to load document (PDFium: Success)", which
    reached the row as "damaged PDF"; PDFium's own writer makes such a file."""
    import io

    import pypdfium2 as pdfium

    buf = io.BytesIO()
    pdfium.PdfDocument.new().save(buf)
    doc = load_bytes(buf.getvalue(), "khong_trang.pdf")
    assert (doc.status, doc.error) == ("error", "a PDF with no pages")
