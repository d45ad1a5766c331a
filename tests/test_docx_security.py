"""Hostile or broken DOCX files become error rows with a reason, cheaply."""
from __future__ import annotations

import io
import resource
import struct
import time
import zipfile
from pathlib import Path

import pytest

from pipeline.load import load_bytes
from pipeline.safezip import MAX_MEMBER_BYTES, SafeZip
from pipeline.models import LoadError

OFFICE = Path(__file__).resolve().parent / "fixtures" / "office"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_zero_byte_docx() -> None:
    doc = load_bytes(b"", "empty.docx")
    assert doc.status == "error" and "0 bytes" in doc.error


def test_truncated_docx() -> None:
    data = (OFFICE / "seed000.docx").read_bytes()
    doc = load_bytes(data[: len(data) // 2], "half.docx")
    assert doc.status == "error"
    assert not doc.error.startswith("internal error")


def test_zip_bomb_refused_before_inflating() -> None:
    """64 MB of spaces deflates to ~64 KB: refused from the directory, without inflating it."""
    xml = f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>'.encode() + b" " * (64 << 20) + b"</w:t></w:r></w:p></w:body></w:document>"
    data = _zip({"word/document.xml": xml})
    del xml
    before = _rss_mb()
    started = time.perf_counter()
    doc = load_bytes(data, "bomb.docx")
    assert doc.status == "error" and ("zip bomb" in doc.error or "refused" in doc.error)
    assert time.perf_counter() - started < 1.0
    assert _rss_mb() - before < 32


def test_member_lying_about_its_size_is_cut_off() -> None:
    """A directory that declares 10 bytes for a part that inflates to 1 MB."""
    real = f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>'.encode() + b"a" * (1 << 20) + b"</w:t></w:r></w:p></w:body></w:document>"
    data = bytearray(_zip({"word/document.xml": real}))
    # patch the uncompressed size in the local header (offset 22) and the central directory (offset 24)
    struct.pack_into("<I", data, 22, 10)
    cd = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, cd + 24, 10)
    doc = load_bytes(bytes(data), "liar.docx")
    assert doc.status == "error"
    assert "declared size" in doc.error or "damaged" in doc.error


def test_too_large_declared_member() -> None:
    with pytest.raises(LoadError, match="declares"):
        data = bytearray(_zip({"word/document.xml": b"<x/>"}))
        cd = data.rfind(b"PK\x01\x02")
        struct.pack_into("<I", data, cd + 24, MAX_MEMBER_BYTES + 1)
        SafeZip(bytes(data))


def test_xxe_external_entity_not_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-LINE", encoding="utf-8")
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
           f'<w:document {W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>').encode()
    doc = load_bytes(_zip({"word/document.xml": xml}), "xxe.docx")
    assert doc.status == "error" and "XXE" in doc.error
    assert "TOP-SECRET" not in repr(doc)


def test_billion_laughs_in_footnotes_refused() -> None:
    laughs = "".join(f'<!ENTITY l{i} "{"&l%d;" % (i - 1) * 10 if i else "ha"}">' for i in range(10))
    notes = f'<?xml version="1.0"?><!DOCTYPE x [{laughs}]><w:footnotes {W}><w:footnote w:id="1"><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:footnote></w:footnotes>'
    body = f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>x</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p></w:body></w:document>'
    doc = load_bytes(_zip({"word/document.xml": body.encode(), "word/footnotes.xml": notes.encode()}), "laughs.docx")
    assert doc.status == "error" and "refused" in doc.error


def test_encrypted_office_file_is_not_a_docx() -> None:
    """Word's password protection wraps the package in OLE2: it is reported, not parsed as DOCX."""
    doc = load_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "locked.docx")
    assert doc.status == "error" and doc.format == "doc"


def test_zip_without_word_part() -> None:
    doc = load_bytes(_zip({"content.xml": b"<x/>", "mimetype": b"application/zip"}), "other.docx")
    assert doc.status == "error"


def test_zip_with_huge_directory_refused_without_listing_it() -> None:
    """3,000 empty members (a real DOCX has tens): refused from the end record alone."""
    members = {f"word/media/x{i}.xml": b"" for i in range(3000)}
    members["word/document.xml"] = f'<?xml version="1.0"?><w:document {W}><w:body/></w:document>'.encode()
    doc = load_bytes(_zip(members), "many.docx")
    assert doc.format == "docx" and doc.status == "error" and "entries" in doc.error


@pytest.mark.parametrize("name, data, reason", [
    ("half.docx", (OFFICE / "seed000.docx").read_bytes()[:4000], "damaged or truncated DOCX"),
    ("bang.xlsx", _zip({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>"}), "spreadsheet (XLSX)"),
    ("bao_cao.docx", _zip({"[Content_Types].xml": b"<x/>", "ppt/presentation.xml": b"<x/>"}), "presentation (PPTX)"),
    ("anh.zip", _zip({"a.jpg": b"\xff\xd8", "b.jpg": b"\xff\xd8"}), "zip archive of 2 entries"),
    ("report.pdf", bytes(range(256)) * 40, "unrecognised binary data"),
])
def test_a_file_that_is_no_report_says_what_it_is(name: str, data: bytes, reason: str) -> None:
    """"unsupported format: zip" or "content is text" told the archivist nothing to act on."""
    doc = load_bytes(data, name)
    assert doc.status == "error" and reason in doc.error, doc.error


def test_a_json_file_is_data_not_a_report() -> None:
    """An answer key or data file beside the reports was read as a report's text (its strings gave
    references, dates and figures); a text opening with a bracket is still text."""
    doc = load_bytes('{"references": [{"text": "Nghị quyết số 21-NQ/TW"}]}'.encode(), "gold/001.txt.json")
    assert doc.status == "error" and doc.format == "json" and "JSON data" in doc.error
    text = load_bytes("[DỰ THẢO]\nBÁO CÁO thực hiện Nghị quyết số 21-NQ/TW.\n".encode(), "du_thao.txt")
    assert text.status == "ok" and text.format == "text"


def test_a_large_blank_table_is_no_zip_bomb() -> None:
    """A report with a 3,000-row blank table (python-docx, re-zipped at level 9: 2 MB of XML deflated
    210:1) was refused as a zip bomb; a part that small cannot harm, whatever its ratio."""
    import docx

    document = docx.Document()
    document.add_paragraph("BÁO CÁO kết quả năm 2024: hỗ trợ 125 hộ nghèo.")
    document.add_table(rows=3000, cols=10)
    saved = io.BytesIO()
    document.save(saved)
    with zipfile.ZipFile(saved) as zf:
        data = _zip({name: zf.read(name) for name in zf.namelist()})
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml")
    assert info.file_size / info.compress_size > 200
    doc = load_bytes(data, "bang_trong.docx")
    assert doc.status == "ok" and "125 hộ nghèo" in doc.blocks[0].text
