"""OCR of scanned pages with tesseract (``vie``), as :class:`Line` objects.

Tesseract is called as a program (its TSV output carries word boxes), so the
OCR'd lines go through the same layout rules as a text layer: relative line
heights still separate the footnote zone from the body. Superscripts do not
survive OCR, so notes found on such pages have anchors marked unreliable.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from collections import Counter, defaultdict
from statistics import median

from pipeline.loaders.pdf_lines import Line
from pipeline.models import LoadError

DPI = 200
MAX_PIXELS = 60_000_000   # an A3 page at 600 dpi is ~35M; beyond this it is a bomb, not a scan
MIN_DPI = 70              # below this tesseract reads no body text


def render_dpi(width_pt: float, height_pt: float, page: int) -> int:
    """The resolution to render a PDF page at for OCR: ``DPI``, lowered for a page so large that its
    image would pass ``MAX_PIXELS`` (a 200-inch page at 200 dpi is 1.6 billion pixels: 3.4 GB in the
    renderer and tesseract, whatever --max-memory said); a page too large even at ``MIN_DPI`` is refused."""
    inches = max(width_pt, 1.0) * max(height_pt, 1.0) / (72.0 * 72.0)
    dpi = min(DPI, int((MAX_PIXELS / inches) ** 0.5))
    if dpi < MIN_DPI:
        raise LoadError(f"scanned page {page} is {width_pt / 72:.0f}×{height_pt / 72:.0f} inches: too large to OCR; refused")
    return dpi
TIMEOUT_S = 180
# (a line whose words stack their tone marks over hats, ``giải pháp chủ yếu … phát triển``, has boxes a fifth taller
# than its neighbours': at 1.15 it stood out as larger print, a heading that cut its paragraph)
SNAP_LOW, SNAP_HIGH = 0.87, 1.25


def tesseract_path() -> str | None:
    """The tesseract binary with Vietnamese data, or None; ``VNREPORT_TESSERACT=""`` disables."""
    forced = os.environ.get("VNREPORT_TESSERACT")
    if forced is not None:
        return shutil.which(forced) if forced else None
    return shutil.which("tesseract")


def has_vietnamese(binary: str) -> bool:
    try:
        out = subprocess.run([binary, "--list-langs"], capture_output=True, timeout=30, text=True)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "vie" in out.stdout.split()


def ocr_png(png: bytes, page: int, width_pt: float, height_pt: float, dpi: int = DPI) -> list[Line]:
    """Lines of one page image (PNG bytes) rendered at ``dpi``."""
    binary = tesseract_path()
    if binary is None or not has_vietnamese(binary):
        raise LoadError("a scanned page needs OCR: install tesseract with Vietnamese data (tesseract-ocr-vie)")
    try:
        env = dict(os.environ, OMP_THREAD_LIMIT="1")  # threads only fight each other on shared cores
        proc = subprocess.run([binary, "stdin", "stdout", "-l", "vie", "--dpi", str(dpi), "tsv"],
                              input=png, capture_output=True, timeout=TIMEOUT_S, env=env)
    except subprocess.TimeoutExpired:
        raise LoadError(f"OCR of page {page} took longer than {TIMEOUT_S}s") from None
    if proc.returncode != 0:
        raise LoadError(f"tesseract failed on page {page}: {proc.stderr.decode('utf-8', 'replace').strip()[-200:]}")
    return parse_tsv(proc.stdout.decode("utf-8", "replace"), page, width_pt, height_pt, dpi)


def parse_tsv(tsv: str, page: int, width_pt: float, height_pt: float, dpi: int = DPI) -> list[Line]:
    """Tesseract TSV → lines; a word's box height (in points) stands in for the font size."""
    words: dict[tuple[str, str, str], list[tuple[float, float, float, float, str]]] = defaultdict(list)
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        try:
            left, top, width, height = (float(c) * 72.0 / dpi for c in cols[6:10])
        except ValueError:
            continue
        words[(cols[2], cols[3], cols[4])].append((left, top, width, height, cols[11].strip()))
    lines = []
    for items in words.values():
        items.sort()
        size = median(h for *_, h, _t in items) * 0.75  # box height ≈ 1.33 × the type size
        base = max(t + h for _l, t, _w, h, _t in items)
        text = " ".join(w for *_, w in items)
        lines.append(Line(page, [text], items[0][0], items[-1][0] + items[-1][2], base, round(size * 2) / 2,
                          False, height_pt, width_pt, ocr=True))
    lines.sort(key=lambda l: (l.base, l.x0))
    _snap_sizes(lines)
    return lines


def _snap_sizes(lines: list[Line]) -> None:
    """Box heights jitter with the diacritics a line happens to carry; sizes near
    the page's usual one are that size, so only clearly smaller print (notes) stands out."""
    if not lines:
        return
    usual = Counter(l.size for l in lines).most_common(1)[0][0]
    for line in lines:
        if SNAP_LOW * usual <= line.size <= SNAP_HIGH * usual:
            line.size = usual
