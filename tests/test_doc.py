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


_LINKED_IMAGE = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>
<text:p>BÁO CÁO kết quả năm 2020. Toàn huyện đã tổ chức 45 hội nghị.</text:p>
<text:p><draw:frame svg:width="2cm" svg:height="2cm"><draw:image xlink:href="http://127.0.0.1:{port}/anh.png"
 xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>
</office:text></office:body></office:document>"""


@needs_soffice
def test_a_linked_remote_image_is_not_fetched() -> None:
    """A flat ODT with ``<draw:image xlink:href="http://…">`` made LibreOffice's conversion request the
    URL (OPTIONS, HEAD, GET): any file could make the pipeline reach any server. The profile each
    conversion gets blocks such links; the text is read all the same."""
    import socket
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.5)
    requests: list[bytes] = []
    done = threading.Event()

    def listen() -> None:
        while not done.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            requests.append(conn.recv(200))
            conn.sendall(b"HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n")
            conn.close()

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    try:
        doc = load_bytes(_LINKED_IMAGE.format(port=server.getsockname()[1]).encode("utf-8"), "anh_lien_ket.fodt")
    finally:
        done.set()
        thread.join()
        server.close()
    assert doc.status == "ok" and "45 hội nghị" in doc.blocks[0].text
    assert requests == []


@needs_soffice
def test_a_conversion_stopped_by_the_document_timeout_leaves_nothing_behind(tmp_path: Path) -> None:
    """--doc-timeout killed the worker but not the LibreOffice it had started: soffice ran on after the
    run, and its temporary folder (a copy of the input, a profile) stayed in /tmp for good."""
    import subprocess
    import tempfile

    from pipeline.engines import Limits
    from pipeline.ingest import ingest
    from pipeline.write import read_tables

    paragraphs = "".join(f"<text:p>Mục {i}: toàn huyện đã tổ chức {i} hội nghị năm 2020.</text:p>" for i in range(60000))
    src = tmp_path / "src"
    src.mkdir()
    (src / "lon.fodt").write_text(_LINKED_IMAGE.split("<text:p>")[0] + paragraphs + "</office:text></office:body></office:document>",
                                  encoding="utf-8")
    before = set(Path(tempfile.gettempdir()).glob("vnreport-lo-*"))
    ingest([src], tmp_path / "out", workers=1, progress=False, limits=Limits(doc_timeout=2))
    docs = read_tables(tmp_path / "out")["documents"]
    assert "--doc-timeout" in docs.loc[0, "error"]
    assert set(Path(tempfile.gettempdir()).glob("vnreport-lo-*")) - before == set()
    running = subprocess.run(["pgrep", "-f", "vnreport-lo-"], capture_output=True, text=True).stdout.split()
    assert running == []
