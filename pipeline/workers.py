"""The per-document work, the same on every engine: load, extract, stage a part.

Every engine (local process pool, Dask) calls :func:`run_batch` on a batch of
files and gets back a small :class:`BatchResult`; the rows themselves go
straight from the worker to a staged part on disk, so neither the driver
nor the scheduler ever carries them and a worker holds one batch at a time.
The driver publishes the part when it receives the result.
"""
from __future__ import annotations

import ctypes
import hashlib
import os
import resource
import select
import signal
import socket
import sys
import threading
import time
import traceback
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import extractors
from pipeline.load import doc_id_for, load_path, relative_name
from pipeline.manifest import Entry, pipeline_version, stage_part
from pipeline.models import Document
from pipeline.schema import TABLES
from pipeline.sniff import sniff_bytes
from pipeline.write import arrow_table, rows_of


@dataclass(frozen=True)
class WorkItem:
    """One input file, its input root, and its path relative to that root (the manifest's key)."""

    path: str
    root: str
    rel: str

    @classmethod
    def of(cls, path: Path, root: Path) -> "WorkItem":
        return cls(str(path), str(root), relative_name(path, root))


@dataclass
class BatchResult:
    """What the driver needs to show progress and report failures; no rows."""

    part_id: str
    docs: int
    pages: int
    bytes: int
    errors: list[tuple[str, str]] = field(default_factory=list)
    peak_rss_mb: float = 0.0
    pid: int = 0
    cpu_seconds: float = 0.0  # the worker process's CPU time so far (cumulative, so the driver keeps the last per pid)


def process(doc: Document) -> Document:
    """Run every extractor; an extractor bug becomes the document's error."""
    if doc.status != "ok":
        return doc
    for component in extractors.components():
        try:
            component.extract(doc)
        except Exception as exc:  # keep the batch going, keep the reason
            return doc.fail(f"extractor {component.__name__.rsplit('.', 1)[-1]} failed: {type(exc).__name__}: {exc}")
    return doc


def stat_or_none(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def sha256_file(path: str) -> str:
    """Content hash without holding the file in memory (inputs may be hundreds of MB)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _load(item: WorkItem) -> tuple[Document, os.stat_result | None]:
    stat = stat_or_none(item.path)  # before reading: a later edit then shows as a changed file next run
    return load_path(Path(item.path), Path(item.root)), stat


MEMORY_REASON = "document exceeded the memory limit (--max-memory)"


def _tables_of(doc: Document) -> dict[str, Any]:
    """The document's rows as typed Arrow tables; a row that does not fit the schema fails the document."""
    try:
        return {t: arrow_table(t, r) for t, r in rows_of(doc).items() if t in TABLES}
    except MemoryError:  # (Arrow's own is one: the rows did not fit under --max-memory, whatever their types)
        doc.fail(MEMORY_REASON)
    except Exception as exc:  # an extractor produced a value of the wrong type
        doc.fail(f"extractor output does not fit the schema: {type(exc).__name__}: {exc}")
    return {t: arrow_table(t, r) for t, r in rows_of(doc).items() if t in TABLES}


def entry_for(doc: Document, stat: os.stat_result | None, tables: dict[str, Any], limits_key: str = "") -> Entry:
    return Entry(
        doc_id=doc.doc_id,
        path=doc.path,
        sha256=doc.sha256,
        size=stat.st_size if stat else -1,
        mtime_ns=stat.st_mtime_ns if stat else -1,
        status=doc.status,
        error=doc.error,
        format=doc.format,
        pages=doc.pages or 0,
        rows={t: a.num_rows for t, a in tables.items() if a.num_rows},
        limits=limits_key,
    )


def stage_documents(docs: list[tuple[Document, os.stat_result | None]], parts_dir: Path, version: str, limits_key: str = "") -> BatchResult:
    """Stage finished documents as one part; the unit of crash safety."""
    import pyarrow as pa

    per_table: dict[str, list[Any]] = {t: [] for t in TABLES}
    entries: list[Entry] = []
    for doc, stat in docs:
        tables = _tables_of(doc)
        entries.append(entry_for(doc, stat, tables, limits_key))
        for table, arrow in tables.items():
            if arrow.num_rows:
                per_table[table].append(arrow)
    merged = {t: pa.concat_tables(parts) for t, parts in per_table.items() if parts}
    part_id = stage_part(parts_dir, version, entries, merged)
    return BatchResult(
        part_id=part_id,
        docs=len(entries),
        pages=sum(e.pages for e in entries),
        bytes=sum(max(e.size, 0) for e in entries),
        errors=[(e.path, e.error or "") for e in entries if e.status != "ok"],
        peak_rss_mb=peak_rss_mb(),
        pid=os.getpid(),
        cpu_seconds=_cpu_seconds(),
    )


class VersionMismatch(RuntimeError):
    """A cluster worker runs other code than the driver: its rows would poison the manifest."""


def run_batch(items: list[WorkItem], parts_dir: str, version: str, on_start: Callable[[int], None] | None = None,
              check_version: bool = True, limits_key: str = "") -> BatchResult:
    """Load, extract and stage ``items``; the entry point every engine calls.

    On a cluster each worker has its own install; staging rows under the
    driver's version from different code would poison the manifest, hence the
    check. Local workers share the driver's files and skip it.
    """
    if check_version and version != pipeline_version():
        raise VersionMismatch(f"the worker on {socket.gethostname()} (pid {os.getpid()}) runs vnreport {pipeline_version()}, "
                              f"the driver {version}: install the same code on every worker")
    done: list[tuple[Document, os.stat_result | None]] = []
    for index, item in enumerate(items):
        if on_start is not None:
            on_start(index)
        try:
            doc, stat = _load(item)
            done.append((process(doc), stat))
        except MemoryError:
            done.append((failed_document(item, MEMORY_REASON), None))
    return stage_documents(done, Path(parts_dir), version, limits_key)


_SNIFF_BYTES = 64 * 1024


def failed_document(item: WorkItem, reason: str) -> Document:
    """An error row for a file whose processing was cut short (killed, out of memory, timed out)."""
    sha, fmt = "", "unknown"
    try:
        sha = sha256_file(item.path)
        with open(item.path, "rb") as fh:  # the head only: this runs where memory just ran out
            fmt = sniff_bytes(fh.read(_SNIFF_BYTES), item.rel)
        if fmt == "zip" and zipfile.is_zipfile(item.path):
            with zipfile.ZipFile(item.path) as zf:  # reads the central directory, not the members
                fmt = "docx" if "word/document.xml" in zf.namelist() else "zip"
    except OSError:
        pass
    except Exception:  # the format is a courtesy; the error row must be written regardless
        fmt = "unknown"
    return Document(doc_id=doc_id_for(item.rel), path=item.rel, format=fmt, sha256=sha).fail(reason)


def stage_failure(item: WorkItem, reason: str, parts_dir: str, version: str, limits_key: str) -> BatchResult:
    """Stage the error row of a document an engine cut short (its worker killed, hung or lost);
    written by the driver, as the worker that would have written it is gone."""
    return stage_documents([(failed_document(item, reason), stat_or_none(item.path))], Path(parts_dir), version, limits_key)


# Typical content, so that extractors build their lazy data (gazetteer automata, ...) now.
_WARM_UP_TEXT = ("Ngày 14 tháng 02 năm 2022, Ban Thường vụ Tỉnh ủy Cà Mau ban hành Kế hoạch số 35-KH/TU "
                 "thực hiện Nghị quyết 30/2020/NQ-CP; UBND huyện Cái Nước, xã Tân Hưng có 1.156 người, đạt 89,12%; "
                 "thành lập 578 tổ nhân dân tự quản và 12 chi hội nông dân, tổ chức 938 cuộc tuyên truyền.")


def warm_up() -> None:
    """Pay every extractor's first-use cost before the per-document clock starts.

    Gazetteers load on first use and take seconds; charged to the first real
    document they would make it look like a slow (or, under a tight limit,
    hostile) file, and the cost would be paid again by every restarted worker
    in the middle of its timing.
    """
    extractors.components()
    doc = Document(doc_id="warm-up", path="warm-up", format="text", sha256="")
    doc.add_block("paragraph", _WARM_UP_TEXT)
    process(doc)


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- the local engine's worker process ------------------------------------------------

_PR_SET_PDEATHSIG = 1


def _die_with(driver: int) -> None:
    """A worker must not outlive a killed driver, burning a core on work nobody will publish.

    The worker's parent is the forkserver, which outlives the driver by a moment, so
    PDEATHSIG alone is not enough. A thread waits on the driver itself (a pidfd
    where the kernel has them, else polling) and kills the worker the moment the
    driver is gone. Correctness does not rest on this: only the driver publishes parts.
    """
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except OSError:
            pass

    def watch() -> None:
        try:
            fd = os.pidfd_open(driver)
            select.select([fd], [], [])
        except (AttributeError, OSError):
            while True:
                try:
                    os.kill(driver, 0)
                except ProcessLookupError:
                    break
                except PermissionError:
                    pass
                time.sleep(0.02)
        os.kill(os.getpid(), signal.SIGKILL)

    previous = threading.stack_size(256 * 1024)  # a waiting thread needs little of the capped address space
    try:
        threading.Thread(target=watch, name="driver-watch", daemon=True).start()
    finally:
        threading.stack_size(previous)


def _address_space_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmSize:"):
                return int(line.split()[1])
    return 0


def limit_memory(extra_mb: int) -> None:
    """Cap address space at what the warmed-up worker uses plus ``extra_mb``.

    Relative, because libraries reserve far more address space than they touch
    (pyarrow alone maps ~1 GB): an absolute cap would either starve the worker
    or never bite. Past the cap allocation fails with MemoryError, which the
    worker turns into the document's error row.
    """
    if extra_mb <= 0:
        return
    cap = (_address_space_kb() + extra_mb * 1024) * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def _stop(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)


def worker_main(conn: Any, parts_dir: str, version: str, memory_mb: int, limits_key: str, driver: int) -> None:
    """Loop of a local worker: receive a batch, report each document's start, send the result."""
    _die_with(driver)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the driver's to handle
    # stopped for --doc-timeout: unwind, so that what the document started (a LibreOffice conversion, its
    # temporary copy) is stopped and removed with it
    signal.signal(signal.SIGTERM, _stop)
    try:
        import pyarrow as pa

        pa.set_cpu_count(1)
        pa.set_io_thread_count(1)
        warm_up()
        limit_memory(memory_mb)
    except Exception as exc:
        conn.send(("fatal", f"worker could not start: {type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        items = message
        try:
            result = run_batch(items, parts_dir, version, on_start=lambda i: conn.send(("start", i)),
                               check_version=False, limits_key=limits_key)
        except Exception as exc:
            last = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
            where = f" (at {Path(last.filename).name}:{last.lineno})" if last else ""
            conn.send(("failed", f"{type(exc).__name__}: {exc}{where}"))
            continue
        conn.send(("done", result))
