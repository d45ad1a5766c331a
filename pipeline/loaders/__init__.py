"""Loaders: one module per input format, each ``load(data: bytes, doc: Document) -> None``.

A loader fills ``doc.blocks`` and ``doc.footnotes`` (and header metadata it can
read directly) or raises :class:`pipeline.models.LoadError` with a reason a
person can act on.
"""
from __future__ import annotations

import importlib
from typing import Callable

from pipeline.models import Document, LoadError

# format name -> module implementing it
LOADERS: dict[str, str] = {
    "text": "pipeline.loaders.text",
    "markdown": "pipeline.loaders.text",
    "html": "pipeline.loaders.html",
    "mhtml": "pipeline.loaders.mhtml",
    "docx": "pipeline.loaders.docx",
    "doc": "pipeline.loaders.doc",
    "rtf": "pipeline.loaders.doc",
    "odt": "pipeline.loaders.doc",
    "fodt": "pipeline.loaders.doc",
    "pdf": "pipeline.loaders.pdf",
    "image": "pipeline.loaders.image",
    "zip": "pipeline.loaders.zipped",  # (no text: it says what the archive is)
}


# Formats that are no report: the file is accounted for with the reason, and nothing is read.
REFUSED: dict[str, str] = {
    "json": "JSON data, not a report: not read",
}


def loader_for(fmt: str) -> Callable[[bytes, Document], None]:
    if fmt in REFUSED:
        raise LoadError(REFUSED[fmt])
    try:
        module = LOADERS[fmt]
    except KeyError:
        raise LoadError(f"unsupported format: {fmt}") from None
    return importlib.import_module(module).load
