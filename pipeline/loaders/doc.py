"""Legacy Word ``.doc`` (OLE2 binary), RTF and OpenDocument text: converted to DOCX by LibreOffice,
then read as DOCX.

No maintained pure-Python reader handles .doc footnotes, and LibreOffice's
import filter is the most faithful one available; for OpenDocument (the open
standard format many Vietnamese agencies are required to use) it is the
format's own reference implementation. Each conversion gets its own
throw-away LibreOffice profile (``-env:UserInstallation``) because two
``soffice`` processes sharing a profile block each other: with one profile
per call, workers convert in parallel. A conversion that hangs is killed.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from pipeline.loaders import docx
from pipeline.models import Document, LoadError
from pipeline.safezip import SafeZip

TIMEOUT_S = 120
# The throw-away profile's one setting: a document's links to remote images or objects are not
# followed (a linked ``http://…`` image made the conversion fetch it: a file could reach any server).
_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
"""
_CANDIDATES = ("soffice", "libreoffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice")


def soffice_path() -> str | None:
    """The LibreOffice binary, or None; ``VNREPORT_SOFFICE`` overrides (and "" disables)."""
    forced = os.environ.get("VNREPORT_SOFFICE")
    if forced is not None:
        return shutil.which(forced) if forced else None
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def convert(data: bytes, suffix: str, target: str = "docx", timeout: float = TIMEOUT_S) -> bytes:
    """``data`` converted by LibreOffice; raises LoadError with the reason when it cannot be."""
    binary = soffice_path()
    if binary is None:
        raise LoadError(f"a {suffix} file needs LibreOffice (soffice) to convert it, and it is not installed")
    with tempfile.TemporaryDirectory(prefix="vnreport-lo-") as tmp:
        work = Path(tmp)
        src = work / f"input{suffix}"
        src.write_bytes(data)
        out_dir = work / "out"
        profile = work / "profile"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(_PROFILE, encoding="utf-8")
        cmd = [binary, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nologo",
               "--convert-to", target, "--outdir", str(out_dir), str(src)]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise LoadError(f"LibreOffice did not convert the file within {timeout:.0f}s") from None
        finally:  # (also when the worker is stopped for --doc-timeout: no soffice outlives it, no copy is left)
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)  # soffice forks; kill the whole session we started
                proc.communicate()
        produced = out_dir / f"input.{target.split(':')[0]}"
        if proc.returncode != 0 or not produced.exists():
            detail = err.decode("utf-8", "replace").strip().splitlines()[-1:] if err else []
            raise LoadError(f"LibreOffice could not convert the file{': ' + detail[0] if detail else ''}")
        return produced.read_bytes()


def _stream(name: str) -> bytes:
    return name.encode("utf-16-le")


def _check_streams(data: bytes) -> None:
    """OLE2 holds many things; name the ones that are not a Word document.

    Directory entries store stream names in UTF-16LE, so a name search is a
    cheap, dependable test without parsing the whole compound file.
    """
    if _stream("EncryptedPackage") in data:
        raise LoadError("password-protected Office file (encrypted package); cannot read it")
    if _stream("WordDocument") in data:
        return
    if _stream("Workbook") in data or _stream("Book") in data:
        raise LoadError("an Excel workbook, not a Word document")
    if _stream("PowerPoint Document") in data:
        raise LoadError("a PowerPoint file, not a Word document")
    raise LoadError("OLE2 file without a WordDocument stream: not a Word .doc")


_ODF_KINDS = {"spreadsheet": "an OpenDocument spreadsheet", "presentation": "an OpenDocument presentation",
              "graphics": "an OpenDocument drawing"}


def _check_opendocument(data: bytes) -> None:
    """An OpenDocument package names its kind in its ``mimetype`` member; only text is a report.
    The package is vetted as a DOCX is (member count, sizes, encryption) before LibreOffice sees it."""
    mimetype = (SafeZip(data, "OpenDocument").read("mimetype") or b"").decode("ascii", "replace").strip()
    if mimetype == "application/vnd.oasis.opendocument.text":
        return
    kind = mimetype.rsplit(".", 1)[-1]
    raise LoadError(f"{_ODF_KINDS.get(kind, 'an OpenDocument file of type ' + repr(mimetype))}, not a text document")


def load(data: bytes, doc: Document) -> None:
    """Word 97-2003 binary, RTF (often saved as ``.doc``) or OpenDocument text: all via LibreOffice."""
    if data.startswith(b"{\\rtf"):
        suffix = ".rtf"
    elif data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if len(data) < 1536:  # header sector plus at least one FAT and one directory sector
            raise LoadError("truncated .doc file")
        _check_streams(data)
        suffix = ".doc"
    elif doc.format in ("odt", "fodt"):  # as ``pipeline.sniff`` found them: a package, or one XML file
        if doc.format == "odt":
            _check_opendocument(data)
        suffix = f".{doc.format}"
    else:
        raise LoadError("not an OLE2 compound file (legacy .doc), RTF nor OpenDocument text")
    converted = convert(data, suffix)
    docx.load(converted, doc)
