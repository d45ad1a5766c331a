"""Turn one file into a Document, or into an error row that says why.

This is the only place that catches loader exceptions: whatever a file does,
the batch goes on and the file is accounted for.
"""
from __future__ import annotations

import errno
import hashlib
import os
import traceback
from pathlib import Path
from stat import S_ISBLK, S_ISCHR, S_ISDIR, S_ISFIFO, S_ISREG, S_ISSOCK

import regex

from pipeline.encodings import decode, legacy_text, recover_legacy
from pipeline.loaders import loader_for
from pipeline.models import Document, LoadError
from pipeline.sniff import sniff_bytes
from pipeline.title import find_title

_BINARY_SUFFIXES = (".pdf", ".docx", ".doc", ".xlsx", ".xls", ".odt")
MAX_BYTES = 200 * 1024 * 1024  # larger inputs are not reports; refuse before reading them


def doc_id_for(rel_path: str) -> str:
    """Ids are the input-relative path: readable, unique within a run, stable across runs."""
    return rel_path


def relative_name(path: Path, root: Path | None) -> str:
    """The input-relative path as text a table can hold: a name in another encoding than the file
    system's (Windows-1258 bytes from an old zip) keeps its odd bytes as ``\\xe1`` escapes, where a
    strict UTF-8 table writer failed on them and stopped the whole run."""
    rel = path.relative_to(root).as_posix() if root and path != root else path.name
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def load_path(path: Path, root: Path | None = None) -> Document:
    rel = relative_name(path, root)
    try:
        info = path.stat()
        if not S_ISREG(info.st_mode):  # read, a named pipe blocks and a device never ends
            doc = Document(doc_id=doc_id_for(rel), path=rel, format="unknown", sha256="")
            return doc.fail(f"not a regular file: {_file_kind(info.st_mode)}")
        size = info.st_size
        if size > MAX_BYTES:
            doc = Document(doc_id=doc_id_for(rel), path=rel, format="unknown", sha256="")
            return doc.fail(f"file too large ({size} bytes > {MAX_BYTES})")
        data = path.read_bytes()
    except OSError as exc:
        doc = Document(doc_id=doc_id_for(rel), path=rel, format="unknown", sha256="")
        if exc.errno == errno.ELOOP:
            return doc.fail("a link loop: the link leads back to itself, never to a file")
        if path.is_symlink() and not path.exists():
            return doc.fail(f"a broken link: its target {os.readlink(path)} is missing")
        return doc.fail(f"cannot read file: {exc.strerror or exc}")
    return load_bytes(data, rel)


def _file_kind(mode: int) -> str:
    if S_ISDIR(mode):
        return "a folder the run cannot list (permission denied)"
    if S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if S_ISCHR(mode) or S_ISBLK(mode):
        return "a device"
    if S_ISSOCK(mode):
        return "a socket"
    return "a special file"


# Word's "Save as Web Page" marks its HTML as Word's own; portals serve such pages as ``.doc`` downloads.
_WORD_HTML = (b"urn:schemas-microsoft-com:office:word", b"Word.Document")


def _word_web_page(data: bytes) -> bool:
    """A web page Word wrote (read as the web page it is, whatever its name), not a server's error page."""
    head = data[:20000]
    return any(marker in head for marker in _WORD_HTML)


def _binary(data: bytes) -> bool:
    """Bytes no text encoding reads: the sniffer's last resort, "text", is no text then."""
    try:
        decode(data[:65536])
    except LoadError:
        return True
    return False


def load_bytes(data: bytes, rel: str) -> Document:
    doc = Document(doc_id=doc_id_for(rel), path=rel, format="unknown", sha256=hashlib.sha256(data).hexdigest())
    fmt = sniff_bytes(data, rel)
    doc.format = fmt
    if fmt == "empty":
        return doc.fail("empty file (0 bytes)")
    claimed = Path(rel).suffix.lower()
    if claimed in _BINARY_SUFFIXES and fmt in ("html", "text") and not (fmt == "html" and _word_web_page(data)):
        # A "report.pdf" that is really a web page is a failed download (an error or login page),
        # not the report: reading it would put a server's page into the tables as the document.
        what = fmt if fmt == "html" or not _binary(data) else "unrecognised binary data (damaged, or another format)"
        return doc.fail(f"named {claimed} but the content is {what}, not a {claimed[1:].upper()} file")
    try:
        loader_for(fmt)(data, doc)
    except LoadError as exc:
        return doc.fail(str(exc))
    except MemoryError:
        return doc.fail("loader ran out of memory")
    except RecursionError:
        return doc.fail("document nesting too deep")
    except Exception as exc:  # a loader bug must not stop the batch; keep the evidence
        last = traceback.extract_tb(exc.__traceback__)[-1]
        return doc.fail(f"internal error {type(exc).__name__}: {exc} (at {Path(last.filename).name}:{last.lineno})")
    if not any(b.text.strip() for b in doc.blocks):
        return doc.fail("no text found in document")
    if fmt in _GLYPH_FORMATS and doc.encoding is None:
        _glyphs_as_letters(doc)
    english = _english_share(doc)
    if english is not None:
        return doc.fail(f"text in English ({english:.0%} of its words are English function words), not a Vietnamese report")
    return doc


_GLYPH_FORMATS = frozenset({"pdf", "docx", "doc", "odt", "rtf"})


def _glyphs_as_letters(doc: Document) -> None:
    """A document whose text is a TCVN3 font's glyphs (``®¶ng bé huyÖn``), where the font's name did not come
    through (a PDF printed with the font substituted): read through the table, as a text file is
    (``recover_legacy``), when that reads as Vietnamese; TCVN3 keeps every character's place, so anchors and
    offsets hold. (VNI spells a letter in two glyphs: its text is left as it is.)"""
    sample = "\n".join(b.text for b in doc.blocks[:200])
    _, found = recover_legacy(sample, "unicode")
    if not found.endswith("+tcvn3"):
        return
    for block in doc.blocks:
        block.text = legacy_text(block.text, "tcvn3")
    for note in doc.footnotes:
        note.text = legacy_text(note.text, "tcvn3")
    doc.encoding = "tcvn3"
    doc.title = find_title(doc.blocks) or doc.title


# English function words: a fifth of an English text's words, under 1 % of a Vietnamese report's (its
# ASCII syllables ``to``, ``a``, ``in`` included); a README or a notes file beside the reports is no report.
_ENGLISH = frozenset("the of and to in is a for with that are as on by this be it from or an not at which".split())
_ENGLISH_SHARE = 0.08
_MIN_WORDS = 80
_WORD = regex.compile(r"[^\W\d_]+")


def _english_share(doc: Document) -> float | None:
    """The share of English function words when a document is English, else None."""
    words = [w.lower() for b in doc.blocks for w in _WORD.findall(b.text)]
    if len(words) < _MIN_WORDS:
        return None
    share = sum(w in _ENGLISH for w in words) / len(words)
    return share if share >= _ENGLISH_SHARE else None
