"""The PDF loader's raw PDFium walks give what the bindings' helpers give.

Font size and weight are asked once per text object, not per character, and
separator rules are found by walking page objects through raw calls; these
tests hold both to the plain readings they replaced.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as c
import pytest

from pipeline.loaders.pdf import RULE_MAX_FRAC, RULE_MAX_H, RULE_MIN_W, _paths, _rules
from pipeline.loaders.pdf_lines import pdfium_columns

OFFICE = Path(__file__).resolve().parent / "fixtures" / "office"
PDFS = ["seed000.pdf", "seed004.pdf", "crossing.pdf", "paged.pdf"]


def _rules_by_helpers(page: pdfium.PdfPage) -> list[float]:
    """The former walk: the bindings' page-object helpers."""
    width, height = page.get_size()
    found = []
    for obj in page.get_objects(filter=[c.FPDF_PAGEOBJ_PATH], max_depth=1):
        try:
            left, bottom, right, top = obj.get_bounds()
        except Exception:
            continue
        if top - bottom <= RULE_MAX_H and RULE_MIN_W <= right - left <= RULE_MAX_FRAC * width:
            found.append(height - top)
    return found


@pytest.mark.parametrize("name", PDFS)
def test_raw_rule_walk_equals_the_helpers(name: str) -> None:
    pdf = pdfium.PdfDocument((OFFICE / name).read_bytes())
    try:
        found = [(_rules(_paths(pdf[i]), *pdf[i].get_size()), _rules_by_helpers(pdf[i])) for i in range(len(pdf))]
    finally:
        pdf.close()
    assert all(fast == slow for fast, slow in found)
    if name in ("seed000.pdf", "seed004.pdf"):
        assert any(fast for fast, _ in found)  # the seeds have footnote separators


@pytest.mark.parametrize("name", ["seed004.pdf", "crossing.pdf"])
def test_fonts_per_object_equal_fonts_per_character(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without FPDFText_GetTextObject every character is asked: the per-object answers must agree."""
    pdf = pdfium.PdfDocument((OFFICE / name).read_bytes())
    try:
        pages = [(pdf[i].get_textpage(), pdf[i].get_size()[1]) for i in range(len(pdf))]
        per_object = [pdfium_columns(tp, h) for tp, h in pages]
        monkeypatch.delattr(c, "FPDFText_GetTextObject")
        per_char = [pdfium_columns(tp, h) for tp, h in pages]
    finally:
        pdf.close()
    for a, b in zip(per_object, per_char):
        assert a.text == b.text
        assert np.array_equal(a.size, b.size) and np.array_equal(a.bold, b.bold)
    assert sum(len(a.text) for a in per_object) > 1000
    assert len({s for a in per_object for s in a.size.tolist()}) >= 2  # more than one size: the test can fail


@pytest.mark.parametrize("name", ["seed000.pdf", "table.pdf", "narrow_header.pdf", "crossing.pdf"])
def test_each_character_sits_on_its_baseline(name: str) -> None:
    """A character's ``base`` is the baseline pdfplumber reads from the text matrix, within a tenth of a
    point: the loose box's bottom is the baseline less the font's descent, which is not the same for
    every glyph (``Ị`` of ``KT. CHỦ TỊCH`` sat 2.4 pt below its neighbours and left its line)."""
    import pdfplumber

    from pipeline.loaders.pdf_lines import plumber_chars

    data = (OFFICE / name).read_bytes()
    pdf = pdfium.PdfDocument(data)
    with pdfplumber.open(OFFICE / name) as plumber:
        for number, page in enumerate(plumber.pages):
            ours = pdfium_columns(pdf[number].get_textpage(), pdf[number].get_size()[1])
            theirs = [ch for ch in plumber_chars(page) if not ch[6]]
            assert theirs
            found = 0
            for text, x0, _x1, base, *_ in theirs:  # the character at that x on that line
                near = [abs(b - base) for x, b in zip(ours.x0.tolist(), ours.base.tolist())
                        if abs(x - x0) < 0.5 and abs(b - base) < 4]
                if near:  # (a mark pdfplumber gives apart, a ligature: no character of that x here)
                    found += 1
                    assert min(near) < 0.1, (name, number, text, x0, base)
            assert found >= 0.9 * len(theirs)
