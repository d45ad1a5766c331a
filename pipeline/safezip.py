"""Reading OOXML containers (DOCX) without trusting them.

A DOCX is a zip file written by whoever sent it. Its central directory can
declare absurd sizes, claim small sizes and then inflate to gigabytes (a zip
bomb), hold thousands of members, or carry XML that declares entities (XXE,
"billion laughs"). Every check here runs *before* the expensive step it
protects, and every read is bounded even when the declared sizes lie, so one
hostile file costs a bounded amount of memory and time and then becomes an
error row.
"""
from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

from pipeline.models import LoadError

MAX_MEMBERS = 2000            # real DOCX files hold tens of parts
MAX_MEMBER_BYTES = 64 << 20   # one XML part larger than this is not a report
MAX_TOTAL_BYTES = 256 << 20   # sum of the declared sizes of all parts
MAX_RATIO = 200               # deflated XML is 5-30x; bombs are 1000x+
RATIO_FLOOR = 16 << 20        # parts this small may compress arbitrarily well (a blank table of 3,000 rows is 210:1);
                              # none can grow past MAX_MEMBER_BYTES, so the ratio only guards the large ones

# One parser for every XML part: no DTD, no entities, no network, no huge trees.
XML_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)


def declared_entries(data: bytes) -> int | None:
    """Entry count from the end-of-central-directory record, read before any ZipFile is built.

    ``zipfile`` materialises one object per directory entry, so a directory
    of millions of entries costs memory before any check could run.
    0xFFFF means a Zip64 directory, which no real DOCX needs.
    """
    tail = data[-(0xFFFF + 22):]
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return None
    return int.from_bytes(tail[at + 10:at + 12], "little")


def too_many_entries(data: bytes) -> bool:
    count = declared_entries(data)
    return count is not None and (count > MAX_MEMBERS or count == 0xFFFF)


class SafeZip:
    """A zip archive whose directory has been vetted; reads are size-capped."""

    def __init__(self, data: bytes, what: str = "DOCX") -> None:
        self.what = what
        if too_many_entries(data):
            raise LoadError(f"{what} zip directory declares {declared_entries(data)} entries (limit {MAX_MEMBERS}); refused")
        try:
            self._zf = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zf.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, KeyError, IndexError) as exc:
            raise LoadError(f"{what} is not a readable zip archive: {exc}") from None
        if len(infos) > MAX_MEMBERS:
            raise LoadError(f"{what} has {len(infos)} zip members (limit {MAX_MEMBERS}); refused")
        total = 0
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            size, packed = info.file_size, max(info.compress_size, 1)
            if size > MAX_MEMBER_BYTES:
                raise LoadError(f"{what} member {info.filename} declares {size} bytes (limit {MAX_MEMBER_BYTES}); refused")
            if size > RATIO_FLOOR and size / packed > MAX_RATIO:
                raise LoadError(f"{what} member {info.filename} compresses {size // packed}:1 (zip bomb?); refused")
            if info.flag_bits & 0x1:
                raise LoadError(f"{what} is encrypted ({info.filename}); cannot read it")
            total += size
            self._infos[info.filename] = info
        if total > MAX_TOTAL_BYTES:
            raise LoadError(f"{what} declares {total} bytes uncompressed (limit {MAX_TOTAL_BYTES}); refused")

    def names(self) -> set[str]:
        return set(self._infos)

    def read(self, name: str) -> bytes | None:
        """The member's bytes, or None when absent; never more than the declared size."""
        info = self._infos.get(name)
        if info is None:
            return None
        limit = info.file_size
        try:
            with self._zf.open(info) as fh:
                data = fh.read(limit + 1)
        except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
            raise LoadError(f"{self.what} member {name} is damaged: {exc}") from None
        if len(data) > limit:  # the directory lied about the size: a bomb in disguise
            raise LoadError(f"{self.what} member {name} inflates beyond its declared size; refused")
        return data

    def xml(self, name: str) -> etree._Element | None:
        """Parse a member with the hardened parser; a DTD is refused outright.

        Word never writes a DOCTYPE, so one in a part is either damage or an
        entity attack; refusing it is simpler and safer than defusing it.
        """
        data = self.read(name)
        if data is None:
            return None
        return self.parse(data, name, self.what)

    @staticmethod
    def parse(data: bytes, name: str, what: str = "DOCX") -> etree._Element:
        """``data`` (one part's bytes) parsed with the hardened parser; DTDs refused."""
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:  # both keywords are case-sensitive in XML
            raise LoadError(f"{what} part {name} declares a DTD or entities (XXE?); refused")
        try:
            root = etree.fromstring(data, XML_PARSER)
        except etree.XMLSyntaxError as exc:
            raise LoadError(f"{what} part {name} is not well-formed XML: {exc}") from None
        if root is None:
            raise LoadError(f"{what} part {name} is empty")
        return root
