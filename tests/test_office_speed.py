"""The fast paths of the office loaders give what the plain, slow readings give.

Speed work (issue 4 bench goals) replaced per-character loops by bulk calls;
these tests hold the fast code to the straightforward definitions it replaced.
"""
from __future__ import annotations

import ctypes
import random
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as c
import pytest
from lxml import etree

from pipeline.loaders.docx import _child
from pipeline.loaders.pdf_lines import pdfium_chars
from pipeline.normalize import _CLEAN_TABLE, clean

OFFICE = Path(__file__).resolve().parent / "fixtures" / "office"


def _clean_by_definition(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_CLEAN_TABLE)


def test_clean_skips_translate_only_when_nothing_maps() -> None:
    samples = ["", "plain ascii", "Đảng bộ tỉnh", "hoà\u00a0bình", "a\u200bb", "Ð", "x\x07y\tz\n", "e\u0301", "\ufeffBOM"]
    samples += ["a" + chr(cp) + "b" for cp in list(_CLEAN_TABLE) + list(range(0x20, 0x300))]
    rnd = random.Random(4)
    pool = [chr(cp) for cp in [*range(0x00, 0x250), *range(0x1E00, 0x1F00), *range(0x2000, 0x2070), 0x3000, 0xFEFF, 0x0300, 0x0323]]
    samples += ["".join(rnd.choice(pool) for _ in range(rnd.randint(1, 16))) for _ in range(20000)]
    assert [clean(s) for s in samples] == [_clean_by_definition(s) for s in samples]


def _chars_one_by_one(textpage: "pdfium.PdfTextPage", height: float) -> list[tuple]:
    """The per-character reading through the bindings' own prototypes (the loader's former loop)."""
    raw = textpage.raw
    rect = c.FS_RECTF()
    out = []
    last_h, size, bold, lift = -1.0, 0.0, False, 0.0
    n = textpage.count_chars()
    text = textpage.get_text_range(0, n)
    for i in range(n):
        ch = text[i] if len(text) == n else chr(c.FPDFText_GetUnicode(raw, i) or 32)
        if ch == "\ufffe":
            ch = "-"  # a hyphen ending a line, as the loader reads it
        if ch in "\r\n\x00\uffff":
            continue
        space = ch.isspace()
        if space and c.FPDFText_IsGenerated(raw, i) == 1:
            continue
        c.FPDFText_GetLooseCharBox(raw, i, ctypes.byref(rect))
        left, top, right, bottom = rect.left, rect.top, rect.right, rect.bottom
        if top - bottom != last_h:
            last_h, size = top - bottom, c.FPDFText_GetFontSize(raw, i)
            name = ctypes.create_string_buffer(128)
            c.FPDFText_GetFontInfo(raw, i, name, 128, None)
            bold = c.FPDFText_GetFontWeight(raw, i) >= 600 or b"bold" in name.value.lower()
            x, y = ctypes.c_double(), ctypes.c_double()  # the run's baseline: its first character's origin
            lift = y.value - bottom if c.FPDFText_GetCharOrigin(raw, i, ctypes.byref(x), ctypes.byref(y)) else 0.0
        out.append((ch, left, right, height - bottom - lift, size, bold, space))
    return out


@pytest.mark.parametrize("name", ["seed000.pdf", "crossing.pdf"])
def test_bulk_pdfium_chars_equal_the_per_character_reading(name: str) -> None:
    pdf = pdfium.PdfDocument((OFFICE / name).read_bytes())
    try:
        total = 0
        for i in range(len(pdf)):
            page = pdf[i]
            height = page.get_size()[1]
            textpage = page.get_textpage()
            fast = pdfium_chars(page, textpage, height)
            assert fast == _chars_one_by_one(textpage, height)
            total += len(fast)
        assert total > 1000
    finally:
        pdf.close()


def test_child_is_find_for_direct_children() -> None:
    root = etree.fromstring(b"<a><b/><c><d/></c><d x='1'/><d x='2'/><!-- note --></a>")
    for tag in ("b", "c", "d", "e"):
        assert _child(root, tag) is root.find(tag)
