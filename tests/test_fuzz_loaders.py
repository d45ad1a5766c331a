"""Thousands of mutated DOCX, PDF and text files through ``load_bytes``.

Every input must come back as a ``Document`` whose status is ``ok`` or
``error``; an error must be a reason a loader gave (``LoadError``), not the
catch-all "internal error" that marks a loader bug; an ``ok`` document must
hold NFC text and anchors inside their blocks. Each call is timed (no hangs)
and the process's peak memory is checked at the end (no unbounded growth).
External converters are switched off so only our own code is exercised.
"""
from __future__ import annotations

import io
import resource
import time
import unicodedata
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.load import load_bytes
from pipeline.models import Document

ROOT = Path(__file__).resolve().parent.parent
OFFICE = ROOT / "tests" / "fixtures" / "office"
PER_CALL_S = 5.0
BASE = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], derandomize=True, database=None)


def fuzz(n: int) -> settings:
    return settings(max_examples=n, **BASE)


@pytest.fixture(autouse=True)
def _no_external_tools(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VNREPORT_SOFFICE", "")
    monkeypatch.setenv("VNREPORT_TESSERACT", "")


def _one_page_pdf() -> bytes:
    """Page 1 of seed 004: body, superscript anchors and a footnote, small enough to fuzz fast."""
    src = pdfium.PdfDocument((OFFICE / "seed004.pdf").read_bytes())
    out = pdfium.PdfDocument.new()
    out.import_pages(src, [0])
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


DOCX = (OFFICE / "seed004.docx").read_bytes()
PDF = _one_page_pdf()
TEXT = (ROOT / "corpora" / "004_6c38e894d8bd34c0.txt").read_bytes()[:6000]
with zipfile.ZipFile(io.BytesIO(DOCX)) as _zf:
    DOCX_PARTS = {name: _zf.read(name) for name in _zf.namelist()}


def _mutate(data: bytes, edits: list[tuple[int, int, bytes]], cut: int | None) -> bytes:
    """Apply (position, delete-count, insert) edits, then maybe truncate."""
    buf = bytearray(data)
    for pos, delete, insert in edits:
        at = pos % (len(buf) + 1)
        buf[at:at + delete] = insert
    if cut is not None:
        buf = buf[: cut % (len(buf) + 1)]
    return bytes(buf)


edits = st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 64), st.binary(max_size=16)), max_size=6)
cuts = st.none() | st.integers(0, 1 << 20)


def _check(data: bytes, name: str) -> Document:
    started = time.perf_counter()
    doc = load_bytes(data, name)
    took = time.perf_counter() - started
    assert took < PER_CALL_S, f"{name}: {took:.1f}s"
    assert doc.status in ("ok", "error")
    if doc.status == "error":
        assert doc.error and not doc.error.startswith("internal error"), doc.error
        assert not doc.blocks
        return doc
    ids = {b.block_id for b in doc.blocks}
    for block in doc.blocks:
        assert unicodedata.is_normalized("NFC", block.text)
    for note in doc.footnotes:
        assert note.block_id in ids
        if note.anchor_block_id is not None:
            assert 0 <= note.anchor_char <= len(doc.blocks[note.anchor_block_id].text)
    return doc


@fuzz(500)
@given(edits=edits, cut=cuts)
def test_fuzz_docx_bytes(edits: list[tuple[int, int, bytes]], cut: int | None) -> None:
    _check(_mutate(DOCX, edits, cut), "f.docx")


@fuzz(500)
@given(part=st.sampled_from(["word/document.xml", "word/footnotes.xml", "word/styles.xml", "word/_rels/document.xml.rels"]),
       edits=edits, cut=cuts)
def test_fuzz_docx_xml(part: str, edits: list[tuple[int, int, bytes]], cut: int | None) -> None:
    """Mutate the XML inside an intact zip, so the parts' parsers (not only zip CRCs) are exercised."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in DOCX_PARTS.items():
            zf.writestr(name, _mutate(data, edits, cut) if name == part else data)
    _check(buf.getvalue(), "x.docx")


@fuzz(700)
@given(edits=edits, cut=cuts)
def test_fuzz_pdf_bytes(edits: list[tuple[int, int, bytes]], cut: int | None) -> None:
    _check(_mutate(PDF, edits, cut), "f.pdf")


@fuzz(500)
@given(edits=edits, cut=cuts)
def test_fuzz_text_bytes(edits: list[tuple[int, int, bytes]], cut: int | None) -> None:
    _check(_mutate(TEXT, edits, cut), "f.txt")


def test_fuzz_kept_memory_bounded() -> None:
    """Runs after the fuzzers in this module: the process never grew past a sane size."""
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert peak_mb < 1500, f"peak RSS {peak_mb:.0f} MB"
