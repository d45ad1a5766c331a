"""Scans saved as images (what a scanner writes when it is not told to make a PDF).

The page images are the one inside ``scanned004.pdf`` (a real scan at 200 dpi),
written out the way scanners save them: PNG, grey JPEG, and a two-page
CCITT G4 TIFF. Each must read as the scanned PDF reads.
"""
from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest

from pipeline.load import load_bytes
from pipeline.sniff import sniff_bytes
from tests.test_pdf_bad import OFFICE, _has_ocr

needs_ocr = pytest.mark.skipif(not _has_ocr(), reason="tesseract with Vietnamese data not installed")


@pytest.fixture(scope="module")
def page() -> "object":
    import pypdfium2 as pdfium
    import pypdfium2.raw as c

    pdf = pdfium.PdfDocument((OFFICE / "scanned004.pdf").read_bytes())
    (image,) = pdf[0].get_objects(filter=[c.FPDF_PAGEOBJ_IMAGE])
    return image.get_bitmap().to_pil().convert("L")


def _saved(page: "object", fmt: str, **options: object) -> bytes:
    buf = io.BytesIO()
    page.save(buf, fmt, dpi=(200, 200), **options)
    return buf.getvalue()


@pytest.fixture(scope="module")
def from_pdf() -> list[str]:
    doc = load_bytes((OFFICE / "scanned004.pdf").read_bytes(), "scanned.pdf")
    return [b.text for b in doc.blocks]


@needs_ocr
@pytest.mark.parametrize("fmt, options", [("PNG", {}), ("JPEG", {"quality": 75})])
def test_a_scan_saved_as_an_image_reads_as_the_scanned_pdf(page: "object", from_pdf: list[str], fmt: str, options: dict) -> None:
    doc = load_bytes(_saved(page, fmt, **options), f"scan.{fmt.lower()}")
    assert doc.status == "ok" and doc.format == "image" and doc.pages == 1, doc.error
    assert all(b.ocr for b in doc.blocks)
    body = " ".join(b.text for b in doc.body_blocks())
    assert "Kế hoạch số 160-KH/TU" in body and "BÁO CÁO" in body
    assert [n.text[:20] for n in doc.footnotes] == ["Đã mở 02 lớp bồi dưỡ"]
    same = sum(a == b for a, b in zip(from_pdf, (b.text for b in doc.blocks)))
    assert same >= len(from_pdf) - 1  # a grey JPEG may move a letter or two


@needs_ocr
def test_every_page_of_a_multipage_tiff_is_read(page: "object") -> None:
    bilevel = page.convert("1")
    buf = io.BytesIO()
    bilevel.save(buf, "TIFF", compression="group4", save_all=True, append_images=[bilevel], dpi=(200, 200))
    doc = load_bytes(buf.getvalue(), "scan.tif")
    assert doc.status == "ok" and doc.pages == 2, doc.error
    assert " ".join(b.text for b in doc.body_blocks()).count("Kế hoạch số 160-KH/TU") == 2
    assert {b.page for b in doc.blocks} == {1, 2}


def test_an_image_without_tesseract_says_so(page: "object", monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VNREPORT_TESSERACT", "")
    doc = load_bytes(_saved(page, "PNG"), "scan.png")
    assert doc.status == "error" and "tesseract" in doc.error


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png_header(width: int, height: int) -> bytes:
    """A grey PNG that declares ``width`` × ``height`` and holds a few bytes of pixels."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(b"\x00" * 100))


@pytest.mark.parametrize("side", [9_000, 40_000])  # above the cap (PIL warns), far above (PIL refuses)
def test_an_image_declaring_a_huge_size_is_refused_unread(side: int) -> None:
    doc = load_bytes(_png_header(side, side), "bomb.png")
    assert doc.status == "error" and "decompression bomb" in doc.error


def test_damaged_and_blank_images_say_so(page: "object") -> None:
    data = _saved(page, "PNG")
    cut = load_bytes(data[:200], "cut.png")
    assert cut.status == "error" and cut.format == "image" and not cut.error.startswith("internal error"), cut.error
    if _has_ocr():
        blank = load_bytes(_saved(page.point(lambda _v: 255), "PNG"), "blank.png")
        assert blank.status == "error" and "no text" in blank.error


def test_a_text_that_starts_like_a_bitmap_is_still_text() -> None:
    assert sniff_bytes("BM01 Báo cáo kết quả\n".encode(), "bm01.txt") == "text"
