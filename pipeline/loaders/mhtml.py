"""MHTML (``.mht``/``.mhtml``, "Web Archive, single file"): the saved page inside a MIME message.

Browsers (Chromium's "Save as … single file", the old Internet Explorer) and
Word ("Single File Web Page") wrap the page and its images in a
``multipart/related`` message. The page is the first ``text/html`` part; its
bytes are quoted-printable or base64, and its charset is in the part header,
which outranks whatever the page's own ``<meta>`` says (Chromium re-encodes
the page, Word writes the header). From there it is a web page like any
other (:mod:`pipeline.loaders.html`).

The standard library's ``email`` parser reads the message. It keeps every part
in memory, so the number of parts is bounded before parsing: a real archive
holds the page and its resources (hundreds of parts), not hundreds of
thousands.
"""
from __future__ import annotations

from email import errors as email_errors
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from pipeline.loaders import html
from pipeline.models import Document, LoadError

_MAX_PARTS = 10_000
# the decoder skips what it cannot read and says so here: the page would be silently cut
_BAD_PAYLOAD = (email_errors.InvalidBase64CharactersDefect, email_errors.InvalidBase64PaddingDefect,
                email_errors.InvalidBase64LengthDefect)


def load(data: bytes, doc: Document) -> None:
    payload, charset = html_part(data)
    html.load(payload, doc, charset)


def html_part(data: bytes) -> tuple[bytes, str | None]:
    """Bytes of the archive's page and the charset its part header names."""
    # Every part starts on a line "--boundary": counting such lines bounds the parts from above.
    if data.count(b"\n--") > _MAX_PARTS:
        raise LoadError(f"MHTML archive has too many parts (more than {_MAX_PARTS})")
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except email_errors.MessageError as exc:
        raise LoadError(f"MHTML archive cannot be parsed: {exc}") from None
    page = _first_html(message)
    if page is None:
        raise LoadError("MHTML archive has no text/html part")
    payload = page.get_payload(decode=True)
    bad = [d for d in page.defects if isinstance(d, _BAD_PAYLOAD)]
    if bad:
        raise LoadError(f"MHTML page part is damaged: {bad[0].__class__.__name__} "
                        f"({page.get('Content-Transfer-Encoding', 'no transfer encoding')})")
    if not isinstance(payload, bytes) or not payload.strip():
        raise LoadError("MHTML page part is empty")
    return payload, page.get_content_charset()


def _first_html(message: EmailMessage) -> EmailMessage | None:
    """The first ``text/html`` part in reading order: the page, not a frame inside it."""
    for part in message.walk():
        if part.get_content_type() == "text/html" and not part.is_multipart():
            return part
    return None
