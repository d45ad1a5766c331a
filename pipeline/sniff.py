"""Decide what a file is from its bytes, not its name.

Archives are full of mis-named files (an HTML page saved as ``.pdf``, a DOCX
renamed ``.doc``); the extension is only a tie-breaker between text formats.
"""
from __future__ import annotations

import io
import json
import zipfile

import regex

from pipeline.loaders.text_columns import TABLE_RULE_LINE
from pipeline.models import LoadError
from pipeline.safezip import SafeZip, too_many_entries

_HTML = regex.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body|<meta|<div|<p[\s>])", regex.I | regex.S)
# A MIME message: header lines ("Name: value", folded lines indented) up to the first blank line.
_MIME_HEAD = regex.compile(rb"(?:[!-9;-~]{1,76}:[^\r\n]*+(?:\r?\n[ \t][^\r\n]*+)*+\r?\n){1,64}?\r?\n")
_MIME_VERSION = regex.compile(rb"(?im)^mime-version[ \t]*:")
_MULTIPART_RELATED = regex.compile(rb"(?im)^content-type[ \t]*:[ \t]*multipart/related\b")
# LibreOffice's flat OpenDocument (``.fodt``): one XML file, the root element ``office:document``.
_FLAT_ODF = regex.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<office:document[\s>]", regex.S)
# A scanner's output: JPEG, PNG, TIFF (both byte orders), GIF, JPEG 2000; BMP and WebP below.
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*", b"GIF87a", b"GIF89a",
                b"\x00\x00\x00\x0cjP  ")
_MD_FOOTNOTE = regex.compile(r"(?m)^\[\^?\d+\]:?(?:\s|$)")
_MD_HEADING = regex.compile(r"(?m)^#{1,6}[ \t]+\S")
_MD_ESCAPED = regex.compile(r"^(?:\d+)?\\[-*#+>|.)]", regex.MULTILINE)  # (``\\- …``: a dash that opens no list,
# ``2\\. Đề nghị``: a number that opens no numbered list)


def sniff_bytes(data: bytes, name: str = "") -> str:
    """Binary format of ``data``: pdf, docx, doc, rtf, odt, fodt, zip, image, mhtml, html, json, text or empty."""
    if not data:
        return "empty"
    head = data[:8]
    if data[:1024].lstrip().startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if (head.startswith(_IMAGE_MAGIC) or head[:4] == b"RIFF" and data[8:12] == b"WEBP"
            or head[:2] == b"BM" and data[6:10] == b"\x00\x00\x00\x00"):  # (a text may start "BM01")
        return "image"
    probe = data[:4096]
    if _is_mhtml(probe):
        return "mhtml"
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if probe.startswith(bom):
            probe = probe[len(bom):].decode(codec, "ignore").encode("utf-8")
            break
    if _FLAT_ODF.match(probe):
        return "fodt"
    if probe.lstrip()[:1] in (b"{", b"[") and _is_json(data):
        return "json"
    if _HTML.match(probe) or name.lower().endswith((".html", ".htm")) and b"<" in probe:
        return "html"
    return "text"


def _is_json(data: bytes) -> bool:
    """A whole JSON document (a data file or an answer key beside the reports), not a text that
    opens with a bracket (``[1] Nghị quyết …``)."""
    try:
        json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
    return True


def _is_mhtml(probe: bytes) -> bool:
    """A web archive starts as a MIME message whose body is ``multipart/related``.

    The whole head must be header lines, so a text that merely quotes
    "MIME-Version:" is still text.
    """
    head = _MIME_HEAD.match(probe)
    return bool(head and _MIME_VERSION.search(head[0]) and _MULTIPART_RELATED.search(head[0]))


def _zip_kind(data: bytes) -> str:
    # A directory of millions of entries is never listed here: the DOCX loader refuses it with a reason.
    if too_many_entries(data):
        return "docx" if b"word/document.xml" in data else "zip"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return "zip"
    if "word/document.xml" in names or "[Content_Types].xml" in names and _word_content_types(data):
        return "docx"
    if "mimetype" in names:  # OpenDocument: its first member names the kind
        return "odt"
    return "zip"


# The main part's content type, whatever the part is named (``word/document2.xml`` is Word's as well):
# a document, a macro-enabled one, a template.
_WORD_MAIN = (b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml",
              b"wordprocessingml.template.main+xml", b"ms-word.template.macroEnabledTemplate.main+xml")


def _word_content_types(data: bytes) -> bool:
    try:
        declared = SafeZip(data, "zip").read("[Content_Types].xml") or b""
    except LoadError:
        return False
    return any(kind in declared for kind in _WORD_MAIN)


# emphasis Markdown writes (``**BÁO CÁO**``, ``*ĐVT: huy chương*``), a word's first and last letters inside the marks
_MD_EMPHASIS = regex.compile(r"\*\*\S[^*\n]{0,200}?\S\*\*|(?<![*\w])\*\S[^*\n]{0,200}?\S\*(?![*\w])")


def text_flavour(text: str, name: str = "") -> str:
    """``markdown`` when the text carries Markdown footnotes, or is named Markdown and has ``#``
    headings, a line opening with an escape (pandoc's ``\\- Ban Tổ chức Trung ương``), a pandoc table's rule or emphasis
    (``**BÁO CÁO**``, ``*ĐVT: huy chương*``: a Word file's bold lines, no heading styled); a script's
    or a plain text's ``# …`` lines are no headings. A pipe table alone does not tell: typed
    reports hold them too, one line per paragraph around them, and the plain reader reads their
    tables as well."""
    if _MD_FOOTNOTE.search(text):
        return "markdown"
    if name.lower().endswith((".md", ".markdown")) and (_MD_HEADING.search(text) or _MD_ESCAPED.search(text)
                                                        or TABLE_RULE_LINE.search(text) or _MD_EMPHASIS.search(text)):
        return "markdown"
    return "text"
