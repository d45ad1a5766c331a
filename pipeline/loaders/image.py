"""Scans saved as images (JPEG, PNG, multi-page TIFF …): OCR'd page by page, then the PDF layout.

Archives hold scanners' output as often as scanned PDFs; both are pictures of
pages, so both go through the same OCR (:mod:`pipeline.loaders.ocr`) and the
same layout rules, and a report reads the same from its TIFF as from its PDF.
"""
from __future__ import annotations

import io
import warnings

from pipeline.loaders import ocr
from pipeline.loaders.pdf import MAX_PAGES
from pipeline.loaders.pdf_layout import layout
from pipeline.loaders.pdf_lines import Line
from pipeline.models import Document, LoadError

MAX_PIXELS = ocr.MAX_PIXELS
ASSUMED_DPI = 200         # when the file does not say: what office scanners default to
MIN_DPI, MAX_DPI = 70, 1200


def _dpi(image: "object") -> int:
    """The scan's resolution as written in the file; a missing or absurd one is the usual default."""
    raw = getattr(image, "info", {}).get("dpi")
    try:
        value = round(float(raw[0]))
    except (TypeError, ValueError, IndexError):
        return ASSUMED_DPI
    return value if MIN_DPI <= value <= MAX_DPI else ASSUMED_DPI


def _page(image: "object", page_no: int) -> list[Line]:
    dpi = _dpi(image)
    gray = image.convert("L")
    buf = io.BytesIO()
    gray.save(buf, "PNG")
    width_pt, height_pt = gray.width * 72.0 / dpi, gray.height * 72.0 / dpi
    return ocr.ocr_png(buf.getvalue(), page_no, width_pt, height_pt, dpi=dpi)


def load(data: bytes, doc: Document) -> None:
    from PIL import Image, ImageSequence, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # PIL refuses twice this outright; warns (raised below) above it
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                kind = image.format or "image"
                frames = getattr(image, "n_frames", 1)
                if frames > MAX_PAGES:
                    raise LoadError(f"{kind} image has {frames} pages (limit {MAX_PAGES})")
                doc.pages = frames
                pages = [_page(frame, i + 1) for i, frame in enumerate(ImageSequence.Iterator(image))]
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise LoadError(f"image larger than {MAX_PIXELS:,} pixels (a decompression bomb, not a page scan); refused") from None
    except UnidentifiedImageError:
        raise LoadError("image data no image library can read (damaged, or another format)") from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:  # PIL's truncated/corrupt-file errors
        raise LoadError(f"damaged image: {exc}") from None
    if not any(pages):
        raise LoadError(f"{kind} image: OCR found no text on it (a photo, or a blank page)")
    layout(doc, pages, ocr_pages=set(range(1, len(pages) + 1)))
