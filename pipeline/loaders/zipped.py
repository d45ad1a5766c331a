"""Zip files that hold no Word document: no text is read from them, so the reason says what they are.

An archive holds damaged DOCX files (a download cut short), spreadsheets and
presentations (their zip is no report), and plain zips of other files; "unsupported
format: zip" told the archivist none of that.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import PurePosixPath

from pipeline.models import Document, LoadError
from pipeline.safezip import declared_entries, too_many_entries


def load(data: bytes, doc: Document) -> None:
    named = PurePosixPath(doc.path).suffix.lower().lstrip(".").upper() or "zip"
    if too_many_entries(data):  # listing millions of entries would cost memory before any answer
        raise LoadError(f"a zip archive declaring {declared_entries(data)} entries: not read; unpack it and ingest its files")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()  # the central directory only: nothing is unpacked
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, KeyError, IndexError):
        raise LoadError(f"damaged or truncated {named} (a zip archive whose contents cannot be listed)") from None
    if any(n.startswith("xl/") for n in names):
        raise LoadError("a spreadsheet (XLSX): not read; export its sheets to CSV or PDF to ingest them")
    if any(n.startswith("ppt/") for n in names):
        raise LoadError("a presentation (PPTX): not read; export it to PDF to ingest it")
    raise LoadError(f"a zip archive of {len(names)} entries, not a report itself: unpack it and ingest its files")
