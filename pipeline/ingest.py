"""``vnreport ingest``: files in, tables out, every file accounted for — at archive scale.

A run is: plan (which inputs are new or changed since the committed parts),
execute (an engine runs the per-document work in batches; a worker stages each
batch's part, the driver commits it atomically), then finalize (mostly stale parts are compacted, the corpus
tables are assembled from the parts in input order, the corpus-level
``resolve`` steps run, CSVs are made).
Because only committed parts count and the final tables depend only on the
inputs, a run stopped at any moment and started again ends with exactly the
tables of a clean run.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
import time
import traceback
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG
from typing import Callable, Iterable, Iterator

import pandas as pd
import pyarrow.parquet as pq
from tqdm import tqdm

import extractors
from pipeline.engines import Limits, make_engine
from pipeline.manifest import PARTS_DIR, Entry, Part, compact, current, pipeline_version, publish_part, remove_unused, scan
from pipeline.models import Document
from pipeline.schema import TABLES
from pipeline.workers import BatchResult, VersionMismatch, WorkItem, process, sha256_file, stat_or_none
from pipeline.write import LazyFrames, assemble, read_tables, write_csv, write_datapackage, atomic_write

__all__ = ["iter_inputs", "process", "resolve", "ingest", "run", "Report"]

_FINAL_MARK = "_final.json"
_MAX_BATCH = 32
_MAX_BATCH_BYTES = 16 * 1024 * 1024


def iter_inputs(inputs: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """(file, root) pairs, folders walked recursively in a stable order; dot-files and Word's lock files (``~$bao
    cao.docx``, the hidden owner file Word keeps beside an open document) skipped. Every entry
    but a folder is an input, whatever it is (a broken link, a link loop, a named pipe, a device): it
    gets its row with the reason, as every file the archivist listed does; so does a folder the run
    cannot list. Links to folders are not followed (a link to ``..`` would walk forever)."""
    for given in inputs:
        if given.is_dir():
            for path in sorted(_walk(given)):
                if not any(part.startswith((".", "~$")) for part in path.relative_to(given).parts):
                    yield path, given
        else:
            yield given, given.parent


def _walk(folder: Path) -> list[Path]:
    """Every entry under ``folder`` that is not a folder, and each folder that cannot be listed."""
    found: list[Path] = []

    def unlisted(error: OSError) -> None:
        if error.filename:
            found.append(Path(error.filename))

    for top, _, files in os.walk(folder, onerror=unlisted):  # (a link to a folder is listed as one, not walked)
        found.extend(Path(top) / name for name in files)
    return found


def resolve(frames: "dict[str, pd.DataFrame] | LazyFrames") -> None:
    """Corpus-level steps (canonical ids …) after every document is extracted."""
    for component in extractors.components():
        step = getattr(component, "resolve", None)
        if step is not None:
            step(frames)


def _resolve_safely(frames: LazyFrames) -> list[str]:
    """Run the corpus-level steps; a failing step leaves every table unresolved rather than half-changed."""
    try:
        resolve(frames)
    except Exception as exc:  # a resolver bug must not cost the whole run its tables
        last = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        where = f" (at {Path(last.filename).name}:{last.lineno})" if last else ""
        return [f"corpus-level resolve failed: {type(exc).__name__}: {exc}{where}"]
    frames.write_back()
    return []


@dataclass
class Report:
    """What a run did, for the summary line, the exit code and the benchmark."""

    files: int = 0
    processed: int = 0
    unchanged: int = 0
    dropped: int = 0
    duplicates: list[str] = field(default_factory=list)
    failed: list[Entry] = field(default_factory=list)
    pages: int = 0
    bytes: int = 0
    peak_rss_mb: float = 0.0
    worker_cpu_seconds: float = 0.0
    seconds: float = 0.0
    extract_seconds: float = 0.0
    finalize_seconds: float = 0.0
    resolve_seconds: float = 0.0
    finalized: bool = False
    resolve_errors: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)


def _plan(items: list[WorkItem], known: dict[tuple[str, str], tuple[Part, Entry]], limits_key: str,
          verify: bool = False) -> tuple[list[WorkItem], dict[str, tuple[Part, Entry]]]:
    """Split inputs into work to do and documents whose committed rows are still current.

    A file whose size and mtime match a committed entry is trusted to have the
    same content (as git and rsync do), unless ``verify``: an edit that keeps
    both (a restore that sets the old time back) is then found by its hash; any
    other previously seen file is hashed, so a ``touch`` costs a read, never a
    re-extraction. A file that failed under other time/memory limits is tried
    again under the new ones.
    """
    by_path: dict[str, list[Entry]] = defaultdict(list)
    for (path, _), (_, entry) in known.items():
        by_path[path].append(entry)
    todo: list[WorkItem] = []
    keep: dict[str, tuple[Part, Entry]] = {}
    for item in items:
        previous = by_path.get(item.rel)
        sha = None
        if previous:
            stat = stat_or_none(item.path)
            if stat is not None and S_ISREG(stat.st_mode):  # (a named pipe would block the driver's read)
                same = [] if verify else [e for e in previous if e.size == stat.st_size and e.mtime_ns == stat.st_mtime_ns]
                try:
                    sha = same[-1].sha256 if same else sha256_file(item.path)
                except OSError:
                    sha = None
        found = known.get((item.rel, sha)) if sha is not None else None
        if found is not None and (found[1].status == "ok" or found[1].limits == limits_key):
            keep[item.rel] = found
        else:
            todo.append(item)
    return todo, keep


def _batches(todo: list[WorkItem], workers: int) -> list[list[WorkItem]]:
    """Consecutive inputs, small enough that every worker gets several batches."""
    size = max(1, min(_MAX_BATCH, math.ceil(len(todo) / max(1, workers * 4))))
    batches: list[list[WorkItem]] = []
    current_batch: list[WorkItem] = []
    current_bytes = 0
    for item in todo:
        stat = stat_or_none(item.path)
        n = stat.st_size if stat else 0
        if current_batch and (len(current_batch) >= size or current_bytes + n > _MAX_BATCH_BYTES):
            batches.append(current_batch)
            current_batch, current_bytes = [], 0
        current_batch.append(item)
        current_bytes += n
    if current_batch:
        batches.append(current_batch)
    return batches


def _collect(inputs: list[Path], out: Path, report: Report) -> list[WorkItem]:
    """Input files in order, each relative path once; the output folder is never an input."""
    items: list[WorkItem] = []
    seen: set[str] = set()
    own = out.resolve()
    for path, root in iter_inputs(inputs):
        try:
            inside_out = own in path.resolve().parents  # `vnreport ingest . --out outputs` must not read its own tables
        except (OSError, RuntimeError):  # a link loop: its row says so
            inside_out = False
        if inside_out:
            continue
        item = WorkItem.of(path, root)
        if item.rel in seen and root.parent != root:
            # two inputs with the same relative path would share a document id: the later one is named
            # from one folder up (``rootB/report.txt``), so that no file goes without its row
            item = WorkItem.of(path, root.parent)
        if item.rel in seen:
            report.duplicates.append(item.path)
            continue
        seen.add(item.rel)
        items.append(item)
    return items


def ingest(
    inputs: list[Path],
    out: Path,
    *,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    limits: Limits = Limits(),
    progress: bool | None = None,
    resolve_corpus: bool = True,
    verify: bool = False,
) -> Report:
    """Bring ``out`` up to date with ``inputs``; see the module docstring for the steps.

    ``resolve_corpus=False`` leaves the corpus-level step out (benchmarks use
    it to time the per-document work alone); such tables are never mistaken
    for resolved ones by a later run. ``verify`` hashes every file seen before,
    not only those whose size or mtime changed.
    """
    started = time.perf_counter()
    workers = (os.cpu_count() or 1) if workers is None else workers
    version = pipeline_version()
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("*.tmp"):  # a final table half-written by a killed run
        stale.unlink(missing_ok=True)
    parts_dir = out / PARTS_DIR
    parts = scan(parts_dir)
    report = Report()

    items = _collect(inputs, out, report)
    seen = {item.rel for item in items}
    report.files = len(items)
    limits_key = limits.key if workers > 0 or engine != "local" else "none"
    todo, keep = _plan(items, current(parts, version), limits_key, verify)
    report.unchanged = len(keep)
    report.processed = len(todo)
    report.dropped = len(_last_run_paths(out, parts) - seen)

    show = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(total=len(items), initial=len(keep), unit="file", disable=not show, dynamic_ncols=True, smoothing=0.1)
    new_parts: set[str] = set()
    cpu_by_worker: dict[int, float] = {}
    errors = sum(1 for _, e in keep.values() if e.status != "ok")

    def handle(result: BatchResult) -> None:
        nonlocal errors
        publish_part(parts_dir, result.part_id)  # here, not in the worker: a killed driver leaves nothing behind
        new_parts.add(result.part_id)
        report.pages += result.pages
        report.bytes += result.bytes
        report.peak_rss_mb = max(report.peak_rss_mb, result.peak_rss_mb)
        cpu_by_worker[result.pid] = max(cpu_by_worker.get(result.pid, 0.0), result.cpu_seconds)
        report.worker_cpu_seconds = sum(cpu_by_worker.values())
        errors += len(result.errors)
        bar.update(result.docs)
        bar.set_postfix(pages=report.pages, errors=errors, refresh=False)

    try:
        if todo:
            runner = make_engine(engine, parts_dir=str(parts_dir), version=version, workers=min(workers, len(todo)) if workers > 0 else 0,
                                 limits=limits, scheduler=scheduler)
            runner.run(_batches(todo, max(workers, 1)), handle)
    finally:
        bar.close()

    report.extract_seconds = time.perf_counter() - started
    parts = scan(parts_dir)
    fresh = {e.path: (p, e) for p in parts if p.part_id in new_parts for e in p.entries}
    chosen: list[tuple[Part, Entry]] = []
    for item in items:
        found = keep.get(item.rel) or fresh.get(item.rel)
        if found is None:
            raise RuntimeError(f"no committed rows for {item.rel}: engine lost a document")
        chosen.append(found)
    chosen = compact(parts_dir, chosen)
    report.failed = [e for _, e in chosen if e.status != "ok"]
    finalize_started = time.perf_counter()
    report.finalized, report.resolve_errors, report.resolve_seconds = _finalize(out, version, [(p, e.path) for p, e in chosen], resolve_corpus)
    report.finalize_seconds = time.perf_counter() - finalize_started
    remove_unused(parts, {p.part_id for p, _ in chosen})
    report.rows = {t: pq.ParquetFile(out / f"{t}.parquet").metadata.num_rows for t in TABLES}
    report.seconds = time.perf_counter() - started
    return report


def _last_run_paths(out: Path, parts: list[Part]) -> set[str]:
    """The inputs the last finished run wrote rows for: a file deleted since is dropped once, not on
    every later run (its entry stays in a part shared with live documents until that part is compacted).
    Without final tables (a first run, a run killed before it finished), every committed entry."""
    try:
        return set(pq.read_table(out / "documents.parquet", columns=["path"]).column("path").to_pylist())
    except (OSError, KeyError, ValueError):  # (pyarrow's errors are OSError or ValueError subclasses)
        return {e.path for p in parts for e in p.entries}


def _finalize(out: Path, version: str, order: list[tuple[Part, str]], resolve_corpus: bool) -> tuple[bool, list[str], float]:
    """Corpus tables from the parts; skipped (False) when they already reflect exactly these parts.

    The mark that allows skipping is written last, and only after a clean
    resolve, so an interrupted or failed finalization is redone next run.
    """
    mark = out / PARTS_DIR / _FINAL_MARK
    digest = hashlib.sha256(json.dumps([version, resolve_corpus, [(p.part_id, rel) for p, rel in order]]).encode()).hexdigest()
    expected = [out / f"{t}.{ext}" for t in TABLES for ext in ("parquet", "csv")] + [out / "datapackage.json"]
    if mark.exists() and all(p.exists() for p in expected):
        try:
            if json.loads(mark.read_text(encoding="utf-8")).get("digest") == digest:
                return False, [], 0.0
        except (OSError, ValueError):
            pass
    mark.unlink(missing_ok=True)
    assemble(out, order)
    started = time.perf_counter()
    errors = _resolve_safely(LazyFrames(out)) if resolve_corpus else []
    resolve_seconds = time.perf_counter() - started
    for table in TABLES:
        write_csv(out, table)
    write_datapackage(out)
    if not errors:
        atomic_write(mark, lambda p: p.write_text(json.dumps({"digest": digest, "version": version}), encoding="utf-8"))
    return True, errors, resolve_seconds


def run(inputs: list[Path], out: Path, progress: bool | None = None, **options: object) -> tuple[dict[str, pd.DataFrame], list[Document]]:
    """In-memory view of a run for tests and small callers: (tables, failed documents)."""
    report = ingest(inputs, out, progress=progress, **options)  # type: ignore[arg-type]
    failed = [Document(doc_id=e.doc_id, path=e.path, format=e.format, sha256=e.sha256, status=e.status, error=e.error) for e in report.failed]
    return read_tables(out), failed


def _at_least(low: float, kind: type = float, strict: bool = False) -> Callable[[str], float]:
    """An argument type for a number of at least (or above) ``low``: ``--doc-timeout -5`` timed every document out."""
    def read(text: str) -> float:
        value = kind(text)
        if value < low or (strict and value == low):
            raise argparse.ArgumentTypeError(f"{text} is not {'above' if strict else 'at least'} {low}")
        return value
    return read


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", type=Path, help="files or folders (walked recursively)")
    parser.add_argument("--out", type=Path, default=Path("outputs"), help="output folder (default: outputs/)")
    parser.add_argument("--no-progress", action="store_true", help="never draw a progress bar")
    parser.add_argument("--workers", type=_at_least(0, int), default=None, help="worker processes (default: all cores; 0 = in this process, no limits)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local", help="local processes or a Dask distributed cluster")
    parser.add_argument("--scheduler", default=None, help="Dask scheduler address (tcp://host:8786); without it a local Dask cluster is started")
    parser.add_argument("--doc-timeout", type=_at_least(0, float, strict=True), default=Limits.doc_timeout, help="seconds one document may take (default %(default)s)")
    parser.add_argument("--verify", action="store_true",
                        help="hash every file seen before, also those whose size and mtime are unchanged")
    parser.add_argument("--max-memory", type=_at_least(1, int), default=Limits.memory_mb, help="MB one document may allocate (default %(default)s)")


def main(args: argparse.Namespace) -> int:
    missing = [p for p in args.inputs if not p.exists()]
    for p in missing:
        print(f"vnreport: no such file or folder: {p}", file=sys.stderr)
    # a mistyped path or an unmounted share must not empty an output folder of earlier runs
    if missing:
        print(f"vnreport: nothing written; {args.out} is left as it was", file=sys.stderr)
        return 2
    if next(iter_inputs(args.inputs), None) is None:
        print(f"vnreport: no input files under {', '.join(map(str, args.inputs))}; nothing written, "
              f"{args.out} is left as it was", file=sys.stderr)
        return 2
    if args.scheduler and args.engine != "dask":
        print("vnreport: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    try:
        report = ingest(args.inputs, args.out, workers=args.workers, engine=args.engine,
                        scheduler=args.scheduler, limits=Limits(doc_timeout=args.doc_timeout, memory_mb=args.max_memory),
                        progress=False if args.no_progress else None, verify=args.verify)
    except VersionMismatch as exc:  # a setup error, not a document's: exit 2, and say what to do
        print(f"vnreport: {exc}; batches committed so far are kept, run again once every worker has it",
              file=sys.stderr)
        return 2
    counts = ", ".join(f"{report.rows[t]} {t}" for t in TABLES if t != "documents")
    rate = report.processed / report.seconds if report.seconds else 0.0
    print(f"{report.files} files ({report.processed} processed, {report.unchanged} unchanged, {report.dropped} dropped), "
          f"{report.files - len(report.failed)} ok, {len(report.failed)} failed; {report.pages} pages; {counts}; "
          f"{report.seconds:.1f}s ({rate:.1f} files/s) → {args.out}")
    for entry in report.failed:
        print(f"  error: {entry.path}: {entry.error}", file=sys.stderr)
    for problem in report.resolve_errors:
        print(f"  error: {problem}", file=sys.stderr)
    for path in report.duplicates:
        print(f"  skipped: {path}: same relative path as an earlier input", file=sys.stderr)
    return 1 if report.failed or report.duplicates or report.resolve_errors else 0
