"""PDF: text layer through pypdfium2, image-only pages through OCR, then one layout.

pypdfium2 is used for speed (PDFium in C; per character only box, origin and
size are asked for); :mod:`pipeline.loaders.pdf_lines` turns characters into
lines, :mod:`pipeline.loaders.pdf_tables` gives a ruled table's characters to
its cells, and :mod:`pipeline.loaders.pdf_layout` rebuilds paragraphs, cells
and notes.
Damaged, encrypted or mis-named files are refused with a reason before any
page is read.
"""
from __future__ import annotations

import ctypes
import io
import re
from itertools import repeat

from pipeline.loaders import ocr, pdf_tables
from pipeline.loaders.pdf_layout import layout
from pipeline.loaders.pdf_lines import Line, build_lines, direct, pdfium_columns
from pipeline.models import Document, LoadError

MAX_PAGES = 3000
SCANNED_CHARS = 20      # a page with fewer text characters than this and an image is a scan
RULE_MIN_W, RULE_MAX_FRAC, RULE_MAX_H = 25.0, 0.9, 2.5


def _open(data: bytes) -> "object":
    import pypdfium2 as pdfium

    head = data[:1024]
    at = head.find(b"%PDF-")
    if at < 0:
        raise LoadError("not a PDF (no %PDF- header)")
    if len(data) < 64:
        raise LoadError("truncated PDF")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if _NO_PAGES.search(data):  # PDFium refuses a document of no pages with a stale reason ("Success")
            raise LoadError("a PDF with no pages") from None
        if "password" in msg or "security" in msg:
            raise LoadError("encrypted PDF (password required)") from None
        if b"%%EOF" not in data[-2048:]:
            raise LoadError(f"truncated or damaged PDF: {exc}") from None
        raise LoadError(f"damaged PDF: {exc}") from None
    except Exception as exc:  # PDFium bindings raise plain errors on some inputs
        raise LoadError(f"unreadable PDF: {type(exc).__name__}: {exc}") from None


def _paths(page: "object") -> list[tuple[float, float, float, float]]:
    """Bounds (left, bottom, right, top) of the page's path objects: rules and table borders.

    The page's objects are walked through raw PDFium calls: a page holds
    hundreds of text objects, and a helper object for each cost more than
    the walk.
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as c

    handle = ctypes.cast(page.raw, ctypes.c_void_p).value
    n = direct("FPDFPage_CountObjects")(handle)
    if n < 0:
        raise pdfium.PdfiumError("Failed to get number of pageobjects.")
    objects = list(map(direct("FPDFPage_GetObject"), repeat(handle, n), range(n)))
    if not all(objects):
        raise pdfium.PdfiumError("Failed to get pageobject.")
    kinds = map(direct("FPDFPageObj_GetType"), objects)
    bounds = direct("FPDFPageObj_GetBounds")
    box = (ctypes.c_float * 4)()
    at = [ctypes.addressof(box) + 4 * k for k in range(4)]
    found = []
    for obj in [o for o, kind in zip(objects, kinds) if kind == c.FPDF_PAGEOBJ_PATH]:
        if bounds(obj, *at):
            found.append((box[0], box[1], box[2], box[3]))
    return found


def _rules(paths: list[tuple[float, float, float, float]], width: float, height: float) -> list[float]:
    """Heights (from the top) of short, thin horizontal strokes among a page's ``paths``: footnote
    separator candidates.

    Word's continuation separator runs the full text width, LibreOffice's is
    short; both are far narrower than the page and at most a couple of points
    high. The layout only trusts one lying between the body and the notes.
    """
    return [height - top for left, bottom, right, top in paths
            if top - bottom <= RULE_MAX_H and RULE_MIN_W <= right - left <= RULE_MAX_FRAC * width]


_NO_PAGES = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+0\b|/Count\s+0\b[^>]*?/Type\s*/Pages\b")


def _has_image(page: "object") -> bool:
    import pypdfium2.raw as c

    return any(True for _ in page.get_objects(filter=[c.FPDF_PAGEOBJ_IMAGE], max_depth=2))


def _ocr(page: "object", page_no: int) -> list[Line]:
    width, height = page.get_size()
    dpi = ocr.render_dpi(width, height, page_no)
    image = page.render(scale=dpi / 72.0, grayscale=True).to_pil()
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return ocr.ocr_png(buf.getvalue(), page_no, width, height, dpi=dpi)


def read_pages(pdf: "object", data: bytes) -> tuple[list[list[Line]], set[int], list[list[float]]]:
    """Lines of every page, OCR'ing the pages that are only an image; the lines of a ruled
    table's cells are marked with their cell (:mod:`pipeline.loaders.pdf_tables`). Also each
    page's footnote rules (``_rules``), from the one walk over its paths the tables need."""
    pages: list[list[Line]] = []
    ocr_pages: set[int] = set()
    rules: list[list[float]] = []
    finder = pdf_tables.Finder(data)
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            width, height = page.get_size()
            paths = _paths(page)
            rules.append(_rules(paths, width, height))
            textpage = page.get_textpage()
            chars = pdfium_columns(textpage, height)
            if len(chars.space) - int(chars.space.sum()) < SCANNED_CHARS and _has_image(page):
                pages.append(_ocr(page, i + 1))
                ocr_pages.add(i + 1)
                continue
            tables = pdf_tables.at_page_edge(finder.cells(i, paths, height), chars, i == 0, i == len(pdf) - 1) \
                if pdf_tables.may_hold_table(paths) else []
            if tables:
                pages.append(pdf_tables.page_lines(chars, tables, i + 1, width, height))
            else:
                pages.append(build_lines(chars, i + 1, width, height))
    finally:
        finder.close()
    return pages, ocr_pages, rules


def load(data: bytes, doc: Document) -> None:
    import pypdfium2 as pdfium

    pdf = _open(data)
    try:
        n = len(pdf)
        if n == 0:
            raise LoadError("PDF has no pages")
        if n > MAX_PAGES:
            raise LoadError(f"PDF has {n} pages (limit {MAX_PAGES})")
        doc.pages = n
        try:
            pages, ocr_pages, rules = read_pages(pdf, data)
        except pdfium.PdfiumError as exc:
            raise LoadError(f"damaged PDF page: {exc}") from None
        if not any(pages):
            raise LoadError("PDF has no text layer and no scanned page to OCR")
        layout(doc, pages, rules_at=rules.__getitem__, ocr_pages=ocr_pages)
    finally:
        pdf.close()
