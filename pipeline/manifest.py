"""What has already been extracted, so a rerun does only what changed.

The manifest is not one file that every writer must update in place: it is the
set of committed *parts*. A part is a folder ``<out>/_parts/<part_id>/`` holding
the Parquet rows of a batch of documents and a ``manifest.json`` naming those
documents (content hash, pipeline version, row counts). A worker writes it under a
temporary name and fsyncs it; the driver renames it, so after ``kill -9`` a part
either exists whole or not at all, only a live run adds one, and rows can never be committed without their manifest
entry (or the reverse). Parts are immutable; a changed document simply gets a
newer part, parts left with no live document are deleted after the final
tables are written, and a part that is mostly stale is rewritten with its live
documents only (:func:`compact`), so incremental runs do not grow the folder.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import uuid
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

PARTS_DIR = "_parts"
_TMP_PREFIX = ".tmp-"
_MANIFEST = "manifest.json"
# Package folders whose content decides what the pipeline outputs.
_SOURCE_PACKAGES = ("pipeline", "extractors", "gazetteers")


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """Package version plus a digest of every source and data file that shapes output.

    The digest, not the version number, is what makes a rerun re-process after
    a code or gazetteer change: nobody bumps a version for a regex fix.
    """
    try:
        release = metadata.version("vnreport")
    except metadata.PackageNotFoundError:
        release = "0"
    return f"{release}+{source_digest(Path(__file__).resolve().parent.parent)[:16]}"


def source_digest(root: Path, packages: tuple[str, ...] = _SOURCE_PACKAGES) -> str:
    """SHA-256 over the relative paths and contents of the packages' files (caches excluded)."""
    digest = hashlib.sha256()
    for package in packages:
        base = root / package
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            rel = path.relative_to(root)
            if not path.is_file() or "__pycache__" in rel.parts or path.suffix in (".pyc", ".pyo"):
                continue
            digest.update(rel.as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@dataclass
class Entry:
    """One document in a part: enough to decide, without reading rows, whether it is current."""

    doc_id: str
    path: str
    sha256: str
    size: int
    mtime_ns: int
    status: str
    error: str | None = None
    format: str = "unknown"
    pages: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    limits: str = ""  # the time/memory limits it ran under: an error under other limits is retried


@dataclass
class Part:
    part_id: str
    version: str
    entries: list[Entry]
    folder: Path

    def table_path(self, table: str) -> Path:
        return self.folder / f"{table}.parquet"

    def offsets(self, table: str) -> dict[str, tuple[int, int]]:
        """(first row, row count) per document path in this part's ``table``: rows are stored doc by doc."""
        spans: dict[str, tuple[int, int]] = {}
        start = 0
        for entry in self.entries:
            n = entry.rows.get(table, 0)
            spans[entry.path] = (start, n)
            start += n
        return spans


def new_part_id() -> str:
    """Sortable by commit time, unique across processes and machines."""
    return f"{time.time_ns():020d}-{uuid.uuid4().hex[:12]}"


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def stage_part(parts_dir: Path, version: str, entries: list[Entry], tables: dict[str, pa.Table]) -> str:
    """Write a part under its temporary name and fsync it; it counts only once :func:`publish_part` renames it.

    Workers stage and the driver publishes, so a worker that outlives a killed
    driver can never add a part behind a later run's back: its folder stays a
    temporary, which the next :func:`scan` removes.
    """
    parts_dir.mkdir(parents=True, exist_ok=True)
    part_id = new_part_id()
    tmp = parts_dir / f"{_TMP_PREFIX}{part_id}"
    tmp.mkdir()
    for table, arrow in tables.items():
        if arrow.num_rows:
            target = tmp / f"{table}.parquet"
            pq.write_table(arrow, target)
            _fsync_path(target)
    manifest = tmp / _MANIFEST
    manifest.write_text(json.dumps({"version": version, "entries": [asdict(e) for e in entries]}, ensure_ascii=False), encoding="utf-8")
    _fsync_path(manifest)
    _fsync_path(tmp)
    return part_id


def publish_part(parts_dir: Path, part_id: str) -> None:
    """Commit a staged part: one rename, so it exists whole or not at all."""
    (parts_dir / f"{_TMP_PREFIX}{part_id}").rename(parts_dir / part_id)
    _fsync_path(parts_dir)


def commit_part(parts_dir: Path, version: str, entries: list[Entry], tables: dict[str, pa.Table]) -> str:
    """Stage and publish in one go, for the driver's own parts."""
    part_id = stage_part(parts_dir, version, entries, tables)
    publish_part(parts_dir, part_id)
    return part_id


def scan(parts_dir: Path) -> list[Part]:
    """Committed parts, oldest first; half-written temporaries of a killed run are removed."""
    if not parts_dir.is_dir():
        return []
    parts: list[Part] = []
    for folder in sorted(parts_dir.iterdir()):
        if folder.name.startswith(_TMP_PREFIX):
            shutil.rmtree(folder, ignore_errors=True)
            continue
        manifest = folder / _MANIFEST
        if not folder.is_dir() or not manifest.is_file():
            continue
        data = json.loads(manifest.read_text(encoding="utf-8"))
        parts.append(Part(folder.name, data["version"], [Entry(**e) for e in data["entries"]], folder))
    return parts


def current(parts: Iterable[Part], version: str) -> dict[tuple[str, str], tuple[Part, Entry]]:
    """The newest entry per (input-relative path, content hash) made by this pipeline version.

    Keyed by path, not ``doc_id``, because the driver knows a file's path
    before it is loaded. Keyed by content too, so a file edited and then reverted is recognised. A
    document can be in several parts (a changed file, or a Dask task retried
    after it committed); the newest wins, and identical inputs give identical
    rows, so the choice never changes the output.
    """
    latest: dict[tuple[str, str], tuple[Part, Entry]] = {}
    for part in parts:
        if part.version != version:
            continue
        for entry in part.entries:
            latest[(entry.path, entry.sha256)] = (part, entry)
    return latest


def compact(parts_dir: Path, chosen: list[tuple[Part, Entry]], min_stale: float = 0.5) -> list[tuple[Part, Entry]]:
    """``chosen`` again, with every part most of whose documents are stale rewritten to hold only the live ones.

    Incremental runs leave old parts with a few live documents among many that
    were changed or deleted since; without this ``_parts/`` only grows. The
    rewritten part is committed before anything is deleted (``remove_unused``
    drops the old one once the final tables are written), and it is newer, so
    it wins in :func:`current`: a kill in between changes no output.
    """
    live: dict[str, set[str]] = {}
    for part, entry in chosen:
        live.setdefault(part.part_id, set()).add(entry.path)
    rewritten: dict[str, Part] = {}
    for part in {p.part_id: p for p, _ in chosen}.values():
        keep = [e for e in part.entries if e.path in live[part.part_id]]
        if len(part.entries) - len(keep) < min_stale * len(part.entries):
            continue
        tables: dict[str, pa.Table] = {}
        for path in sorted(part.folder.glob("*.parquet")):
            rows, offsets = pq.read_table(path), part.offsets(path.stem)
            slices = [rows.slice(*offsets[e.path]) for e in keep if offsets[e.path][1]]
            if slices:
                tables[path.stem] = pa.concat_tables(slices)
        part_id = commit_part(parts_dir, part.version, keep, tables)
        rewritten[part.part_id] = Part(part_id, part.version, keep, parts_dir / part_id)
    return [(rewritten.get(part.part_id, part), entry) for part, entry in chosen]


def remove_unused(parts: Iterable[Part], used: set[str]) -> int:
    """Delete parts none of whose rows are in the final tables; returns how many."""
    removed = 0
    for part in parts:
        if part.part_id not in used:
            shutil.rmtree(part.folder, ignore_errors=True)
            removed += 1
    return removed
