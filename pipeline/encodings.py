"""Bytes → Unicode text, detecting the encoding (SPEC §1).

Placeholder scope: BOM/UTF-8/UTF-16 only; legacy Vietnamese encodings
(Windows-1258, TCVN3, VNI) are added by the encodings work.
"""
from __future__ import annotations

from pipeline.models import LoadError


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise LoadError when no encoding fits."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        raise LoadError(f"cannot determine text encoding (not UTF-8 at byte {exc.start})") from None
