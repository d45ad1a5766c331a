"""Ingest at archive scale: throughput for 1 and 2 workers, and the cost of an unchanged rerun.

    .venv/bin/python bench/ingest_scale.py [--docs 2000] [--pdf-share 0.02] [--docx-share 0.03] [--keep DIR]

Builds a synthetic archive from ``corpora/`` (text, each copy with its own
closing line) and, when present, ``tests/fixtures/office/`` (DOCX re-zipped
with a distinct extra member, PDF with a distinct trailing comment, so every
file has its own content hash). Each configuration runs in a fresh Python
process, so worker start-up (model and gazetteer loading) is paid and measured
every time, as a user pays it. Run it on a tree nobody edits meanwhile: a
source change changes the pipeline version and rightly re-processes everything.
Goals (issue 8): 2 workers ≥ 1.8× 1 worker;
unchanged rerun ≤ 5 % of the full run; peak RSS per worker ≤ 500 MB.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OFFICE = ROOT / "tests" / "fixtures" / "office"


def build_archive(folder: Path, docs: int, pdf_share: float, docx_share: float) -> dict[str, int]:
    """Write ``docs`` files into ``folder``; returns how many of each format."""
    texts = sorted((ROOT / "corpora").glob("*.txt"))
    pdfs = sorted(p for p in OFFICE.glob("*.pdf") if p.name not in ("encrypted.pdf", "scanned004.pdf")) if OFFICE.is_dir() else []
    docxs = sorted(OFFICE.glob("*.docx")) if OFFICE.is_dir() else []
    n_pdf = round(docs * pdf_share) if pdfs else 0
    n_docx = round(docs * docx_share) if docxs else 0
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(docs):
        sub = folder / f"{i // 500:02d}"  # archives are nested folders, not one flat directory
        sub.mkdir(exist_ok=True)
        if i < n_pdf:
            source = pdfs[i % len(pdfs)]
            (sub / f"{i:05d}_{source.name}").write_bytes(source.read_bytes() + f"\n%vnreport-bench copy {i}\n".encode())
        elif i < n_pdf + n_docx:
            source = docxs[i % len(docxs)]
            target = sub / f"{i:05d}_{source.name}"
            with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
                for member in src.infolist():
                    dst.writestr(member, src.read(member.filename))
                dst.writestr("customXml/vnreport-bench.txt", f"copy {i}")
        else:
            source = texts[i % len(texts)]
            (sub / f"{i:05d}_{source.name}").write_text(source.read_text(encoding="utf-8") + f"\n\nBản lưu trữ số {i}.\n", encoding="utf-8")
    return {"text": docs - n_pdf - n_docx, "docx": n_docx, "pdf": n_pdf}


def run_one(archive: Path, out: Path, workers: int, resolve: bool) -> dict:
    """One ingest in a fresh interpreter; its Report as a dict plus wall time."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--one", str(archive), str(out), str(workers), str(int(resolve))],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall"] = time.perf_counter() - started
    return result


def _child(archive: Path, out: Path, workers: int, resolve: bool) -> None:
    import resource

    from pipeline.ingest import ingest

    report = ingest([archive], out, workers=workers, progress=False, resolve_corpus=resolve)
    data = asdict(report)
    data["failed"] = len(report.failed)
    data["driver_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(data))


def _same_tables(a: Path, b: Path) -> bool:
    from pipeline.write import read_tables

    left, right = read_tables(a), read_tables(b)
    return left.keys() == right.keys() and all(left[t].equals(right[t]) for t in left)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--pdf-share", type=float, default=0.02)
    parser.add_argument("--docx-share", type=float, default=0.03)
    parser.add_argument("--keep", type=Path, help="build the archive and outputs here and keep them")
    parser.add_argument("--skip-resolve", action="store_true",
                        help="leave out the corpus-level resolve step (serial, and quadratic in some extractors) to time the per-document work")
    parser.add_argument("--one", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        _child(Path(args.one[0]), Path(args.one[1]), int(args.one[2]), args.one[3] == "1")
        return 0

    base = args.keep or Path(tempfile.mkdtemp(prefix="vnreport-bench-"))
    archive = base / "archive"
    shutil.rmtree(archive, ignore_errors=True)
    mix = build_archive(archive, args.docs, args.pdf_share, args.docx_share)
    size_mb = sum(p.stat().st_size for p in archive.rglob("*") if p.is_file()) / 1e6
    print(f"archive: {args.docs} files ({', '.join(f'{n} {k}' for k, n in mix.items())}), {size_mb:.1f} MB")

    runs: dict[int, dict] = {}
    for workers in (1, 2):
        out = base / f"out-{workers}"
        shutil.rmtree(out, ignore_errors=True)
        load = os.getloadavg()[0]
        r = runs[workers] = run_one(archive, out, workers, not args.skip_resolve)
        print(f"{workers} worker{'s' if workers > 1 else ' '}: {r['wall']:7.1f} s wall (ingest {r['seconds']:.1f} s = per-document {r['extract_seconds']:.1f} s "
              f"+ final tables {r['finalize_seconds']:.1f} s, of which resolve {r['resolve_seconds']:.1f} s), "
              f"{r['files'] / r['wall']:6.1f} docs/s, {r['bytes'] / 1e6 / r['wall']:5.2f} MB/s, {r['pages'] / r['wall']:5.2f} pages/s "
              f"({r['pages']} PDF pages), peak RSS/worker {r['peak_rss_mb']:.0f} MB, driver {r['driver_rss_mb']:.0f} MB, "
              f"{r['failed']} failed; workers used {r['worker_cpu_seconds']:.0f} CPU-s; load average before {load:.1f} on {os.cpu_count()} cores")
    rerun = run_one(archive, base / "out-2", 2, not args.skip_resolve)
    if rerun["processed"]:
        print(f"warning: the unchanged rerun re-processed {rerun['processed']} files (was the code edited during the run?)")
    speedup = runs[1]["wall"] / runs[2]["wall"]
    per_doc = runs[1]["extract_seconds"] / runs[2]["extract_seconds"]
    share = rerun["wall"] / runs[2]["wall"]
    print(f"unchanged rerun: {rerun['wall']:.1f} s wall ({rerun['seconds']:.2f} s in ingest) = {share:.1%} of the 2-worker run")
    print(f"speed-up 2 vs 1 worker: {speedup:.2f}x wall, {per_doc:.2f}x per-document phase (goal ≥ 1.8x); rerun {share:.1%} (goal ≤ 5%); "
          f"peak RSS/worker {max(r['peak_rss_mb'] for r in runs.values()):.0f} MB (goal ≤ 500 MB)")
    same = _same_tables(base / "out-1", base / "out-2")
    print(f"1-worker and 2-worker tables identical: {same}")
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
