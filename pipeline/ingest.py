"""``vnreport ingest``: files in, tables out, every file accounted for."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
from tqdm import tqdm

import extractors
from pipeline.load import load_path
from pipeline.models import Document
from pipeline.schema import TABLES
from pipeline.write import frame, rows_of, write_tables


def iter_inputs(inputs: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """(file, root) pairs, folders walked recursively in a stable order; dot-files skipped."""
    for given in inputs:
        if given.is_dir():
            for path in sorted(given.rglob("*")):
                rel = path.relative_to(given)
                if path.is_file() and not any(part.startswith(".") for part in rel.parts):
                    yield path, given
        else:
            yield given, given.parent


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


def resolve(frames: dict[str, pd.DataFrame]) -> None:
    """Corpus-level steps (canonical ids …) after every document is extracted."""
    for component in extractors.components():
        step = getattr(component, "resolve", None)
        if step is not None:
            step(frames)


def run(inputs: list[Path], out: Path, progress: bool | None = None) -> tuple[dict[str, pd.DataFrame], list[Document]]:
    files = list(iter_inputs(inputs))
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    failed: list[Document] = []
    show = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(files, unit="file", disable=not show, dynamic_ncols=True)
    for path, root in bar:
        doc = process(load_path(path, root))
        if doc.status != "ok":
            failed.append(doc)
            bar.set_postfix(errors=len(failed))
        for table, table_rows in rows_of(doc).items():
            rows[table].extend(table_rows)
    frames = {t: frame(t, r) for t, r in rows.items()}
    resolve(frames)
    write_tables(frames, out)
    return frames, failed


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", type=Path, help="files or folders (walked recursively)")
    parser.add_argument("--out", type=Path, default=Path("outputs"), help="output folder (default: outputs/)")
    parser.add_argument("--no-progress", action="store_true", help="never draw a progress bar")


def main(args: argparse.Namespace) -> int:
    missing = [p for p in args.inputs if not p.exists()]
    for p in missing:
        print(f"vnreport: no such file or folder: {p}", file=sys.stderr)
    started = time.perf_counter()
    frames, failed = run([p for p in args.inputs if p.exists()], args.out, progress=False if args.no_progress else None)
    n_docs = len(frames["documents"])
    counts = ", ".join(f"{len(frames[t])} {t}" for t in TABLES if t != "documents")
    print(f"{n_docs} files, {n_docs - len(failed)} ok, {len(failed)} failed; {counts}; "
          f"{time.perf_counter() - started:.1f}s → {args.out}")
    for doc in failed:
        print(f"  error: {doc.path}: {doc.error}", file=sys.stderr)
    return 1 if failed or missing else 0
