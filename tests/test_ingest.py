"""Archive-scale ingest (issue 8): parallel, incremental, resumable, isolated, engine-independent.

Archives are built from the real seeds in ``corpora/``, each copy with a small
edit so content hashes differ. Every check compares whole output tables
(Parquet and CSV) against a clean run, because "same rows, none missing, no
duplicates" is the contract, whatever the extractors currently find.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

import pandas as pd
import pytest

from pipeline import ingest as ingest_module
from pipeline.engines import Limits
from pipeline.ingest import ingest, run
from pipeline.manifest import PARTS_DIR, pipeline_version, publish_part, scan, source_digest
from pipeline.workers import WorkItem, run_batch
from pipeline.write import read_tables

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpora").glob("*.txt"))


def make_archive(folder: Path, n: int, start: int = 0) -> list[Path]:
    """``n`` seed copies, each with its own closing line (so its own hash)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(start, start + n):
        seed = SEEDS[i % len(SEEDS)]
        path = folder / f"{i:04d}_{seed.name}"
        path.write_text(seed.read_text(encoding="utf-8") + f"\n\nBản lưu trữ số {i}.\n", encoding="utf-8")
        made.append(path)
    return made


def assert_same_tables(got: Path, want: Path) -> None:
    a, b = read_tables(got), read_tables(want)
    assert a.keys() == b.keys()
    for table in a:
        pd.testing.assert_frame_equal(a[table], b[table], check_exact=True, obj=table)
        assert (got / f"{table}.csv").read_bytes() == (want / f"{table}.csv").read_bytes(), table
    assert a["documents"]["doc_id"].is_unique


def committed_parts(out: Path) -> int:
    parts = out / PARTS_DIR
    return sum(1 for p in parts.iterdir() if p.is_dir() and not p.name.startswith(".")) if parts.is_dir() else 0


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    make_archive(folder, 16)
    return folder


@pytest.fixture(scope="module")
def reference(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive processed in this process, no worker pool: what every other run must equal."""
    out = tmp_path_factory.mktemp("reference")
    report = ingest([archive], out, workers=0, progress=False)
    assert report.files == report.processed == 16
    return out


def test_worker_processes_equal_in_process(archive: Path, reference: Path, tmp_path: Path) -> None:
    report = ingest([archive], tmp_path, workers=2, progress=False)
    assert report.processed == 16 and report.peak_rss_mb > 0
    assert_same_tables(tmp_path, reference)
    assert len(read_tables(tmp_path)["documents"]) == 16


def test_unchanged_rerun_does_nothing(archive: Path, tmp_path: Path) -> None:
    first = ingest([archive], tmp_path, workers=2, progress=False)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.glob("*.parquet")}
    again = ingest([archive], tmp_path, workers=2, progress=False)
    # final tables are rebuilt only when the corpus-level resolve failed last time (it is retried)
    assert (again.processed, again.unchanged, again.finalized) == (0, 16, bool(first.resolve_errors))
    if not first.resolve_errors:
        assert {p: p.stat().st_mtime_ns for p in tmp_path.glob("*.parquet")} == before


def test_touched_file_is_hashed_not_reprocessed(archive: Path, tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(archive, src)
    out = tmp_path / "out"
    ingest([src], out, workers=0, progress=False)
    touched = sorted(src.iterdir())[3]
    os.utime(touched, ns=(time.time_ns(), time.time_ns() + 10**9))
    again = ingest([src], out, workers=0, progress=False)
    assert again.processed == 0 and again.unchanged == 16


def test_add_change_delete_equals_clean_run(archive: Path, tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(archive, src)
    out = tmp_path / "out"
    first = ingest([src], out, workers=2, progress=False)
    assert first.processed == 16
    first_parts = len(scan(out / PARTS_DIR))

    files = sorted(src.iterdir())
    for path in files[:2]:  # change
        path.write_text(path.read_text(encoding="utf-8").replace("Bản lưu trữ", "Bản sửa đổi"), encoding="utf-8")
    for path in files[5:8]:  # delete
        path.unlink()
    make_archive(src, 2, start=100)  # add
    (src / "sub").mkdir()
    shutil.copy(files[10], src / "sub" / files[10].name)  # same content, new path: a new document

    again = ingest([src], out, workers=2, progress=False)
    assert (again.processed, again.unchanged, again.dropped) == (5, 11, 3)
    clean = tmp_path / "clean"
    ingest([src], clean, workers=0, progress=False)
    assert_same_tables(out, clean)
    # parts holding only superseded or deleted rows are gone; every part left is still needed
    inputs = {p.relative_to(src).as_posix() for p in src.rglob("*.txt")}
    assert all(any(e.path in inputs for e in part.entries) for part in scan(out / PARTS_DIR))
    assert len(scan(out / PARTS_DIR)) < first_parts + 5


def test_mostly_stale_parts_are_compacted(archive: Path, tmp_path: Path) -> None:
    """Incremental runs must not grow ``_parts/`` forever: a part whose documents were mostly
    changed since is rewritten with its live ones; a part mostly live is left alone."""
    src = tmp_path / "src"
    shutil.copytree(archive, src)
    out = tmp_path / "out"
    ingest([src], out, workers=0, progress=False)  # one process: parts of 4 consecutive files
    files = sorted(p.relative_to(src).as_posix() for p in src.iterdir())
    before = {p.part_id: [e.path for e in p.entries] for p in scan(out / PARTS_DIR)}
    assert sorted(len(paths) for paths in before.values()) == [4, 4, 4, 4]
    for rel in files[:3] + files[4:5]:  # three of the first part's four, one of the second's
        path = src / rel
        path.write_text(path.read_text(encoding="utf-8") + "\nBản sửa đổi.\n", encoding="utf-8")

    again = ingest([src], out, workers=0, progress=False)
    assert again.processed == 4
    clean = tmp_path / "clean"
    ingest([src], clean, workers=0, progress=False)
    assert_same_tables(out, clean)
    after = {p.part_id: [e.path for e in p.entries] for p in scan(out / PARTS_DIR)}
    assert files[:4] not in after.values() and [files[3]] in after.values()  # rewritten, live document only
    assert files[4:8] in after.values()  # one stale of four: kept as it was
    third = ingest([src], out, workers=0, progress=False)
    assert (third.processed, third.finalized) == (0, False)  # compaction settles; tables are not rebuilt


def test_new_pipeline_version_reprocesses_everything(archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ingest([archive], tmp_path, workers=0, progress=False)
    old_parts = {p.part_id for p in scan(tmp_path / PARTS_DIR)}
    monkeypatch.setattr(ingest_module, "pipeline_version", lambda: "0.0.0+changed")
    again = ingest([archive], tmp_path, workers=0, progress=False)
    assert again.processed == 16 and again.finalized
    assert old_parts.isdisjoint({p.part_id for p in scan(tmp_path / PARTS_DIR)})


def test_source_digest_follows_code_and_data_not_caches(tmp_path: Path) -> None:
    for package in ("pipeline", "gazetteers"):
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    base = source_digest(tmp_path)
    (tmp_path / "pipeline" / "__pycache__").mkdir(exist_ok=True)
    (tmp_path / "pipeline" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"cache")
    assert source_digest(tmp_path) == base
    schema = tmp_path / "pipeline" / "schema.py"
    schema.write_text(schema.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    changed = source_digest(tmp_path)
    assert changed != base
    (tmp_path / "gazetteers" / "extra_units.csv").write_text("code,name\n1,x\n", encoding="utf-8")
    assert source_digest(tmp_path) != changed


def test_run_keeps_its_contract(archive: Path, reference: Path, tmp_path: Path) -> None:
    """``run`` (used by other tests) still returns the tables and the failed documents."""
    src = tmp_path / "src"
    shutil.copytree(archive, src)
    (src / "empty.txt").write_bytes(b"")
    frames, failed = run([src], tmp_path / "out", progress=False, workers=1)
    assert len(frames["documents"]) == 17
    assert [d.path for d in failed if d.path == "empty.txt"] == ["empty.txt"]
    assert set(frames) == set(read_tables(reference))


def test_cli_summary_and_exit_code(archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pipeline.cli import main

    src = tmp_path / "src"
    shutil.copytree(archive, src)
    assert main(["ingest", str(src), "--out", str(tmp_path / "ok"), "--no-progress", "--workers", "2"]) in (0, 1)
    summary = capsys.readouterr().out
    assert "16 files (16 processed, 0 unchanged, 0 dropped)" in summary
    (src / "empty.txt").write_bytes(b"")
    assert main(["ingest", str(src), "--out", str(tmp_path / "ok"), "--no-progress", "--workers", "2"]) == 1
    assert "17 files (1 processed, 16 unchanged, 0 dropped)" in capsys.readouterr().out


def test_hostile_files_become_error_rows(archive: Path, tmp_path: Path) -> None:
    """One file too slow, one too big: each is an error row, every other document is intact.

    Each limit gets its own run, so the slow file can be far slower than its
    timeout (~20M characters: ~15 s of work against a 2 s cap, while a normal
    document takes a few hundredths) without the memory cap firing first: the
    test must not depend on how fast extraction happens to be.
    """
    src = tmp_path / "src"
    shutil.copytree(archive, src)
    seed = SEEDS[0].read_text(encoding="utf-8")
    # sorted between the others, so each shares a batch with normal documents (1 worker: batches of 4)
    hostile = {"0003_slow.txt": (seed * 1000, Limits(doc_timeout=2, memory_mb=4096), "timed out"),
               "0009_huge.txt": (seed * 1500, Limits(memory_mb=150), "memory")}  # ~39 MB: decoding alone overruns the cap
    ingest([archive], tmp_path / "clean", workers=1, progress=False)
    want = read_tables(tmp_path / "clean")
    for name, (text, limits, reason) in hostile.items():
        (src / name).write_text(text, encoding="utf-8")
        report = ingest([src], tmp_path / name, workers=1, progress=False, limits=limits)
        (src / name).unlink()
        tables = read_tables(tmp_path / name)
        docs = tables["documents"].set_index("path")
        assert docs.loc[name, "status"] == "error" and reason in docs.loc[name, "error"].lower()
        assert docs.loc[name, "sha256"] and docs.loc[name, "format"] == "text"
        assert name in {e.path for e in report.failed}
        # the other 16 documents: exactly the rows of a run without the hostile file
        for table, frame in tables.items():
            if "doc_id" in frame:  # corpus-level tables (no doc_id) must not change either
                frame = frame[frame["doc_id"] != name]
            others = frame.reset_index(drop=True)
            pd.testing.assert_frame_equal(others, want[table].reset_index(drop=True), check_exact=True, obj=f"{name}: {table}")


def _start(src: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli", "ingest", str(src), "--out", str(out), "--workers", "2", "--no-progress"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _kill_when(proc: subprocess.Popen[bytes], ready: Callable[[], bool], timeout: float = 240) -> bool:
    """SIGKILL ``proc`` as soon as ``ready()``; False when it finished first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        if ready():
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.005)
    proc.kill()
    raise AssertionError("run neither progressed nor finished")


def test_kill_9_then_rerun_equals_clean_run(tmp_path: Path) -> None:
    src = tmp_path / "src"
    make_archive(src, 30)
    code = source_digest(ROOT)
    clean = tmp_path / "clean"
    ingest([src], clean, workers=0, progress=False)
    out = tmp_path / "out"

    # 1. killed while documents are being processed
    proc = _start(src, out)
    assert _kill_when(proc, lambda: committed_parts(out) >= 2), "run finished before it could be killed"
    assert proc.returncode == -signal.SIGKILL
    assert not (out / "documents.parquet").exists()
    parts = committed_parts(out)
    time.sleep(1.5)  # workers die with the driver: nothing may commit behind a later run's back
    assert committed_parts(out) == parts

    # 2. killed again, as late as possible: while the final tables are being written
    proc = _start(src, out)
    late = _kill_when(proc, lambda: any(out.glob("*.tmp")))
    print(f"second run killed while writing final tables: {late}")

    # 3. a rerun that finishes
    report = ingest([src], out, workers=2, progress=False)
    if source_digest(ROOT) == code:  # (a code edit during the test rightly re-processes everything)
        assert report.processed < 30
    assert_same_tables(out, clean)
    assert not list((out / PARTS_DIR).glob(".tmp-*")) and not list(out.glob("*.tmp"))


def test_a_worker_stages_and_only_the_driver_commits(tmp_path: Path) -> None:
    """A worker's finished batch counts only once the driver publishes it.

    A worker that outlives a killed driver (it learns of the death a moment
    late) may finish its batch; the part must then stay a temporary that the
    next scan removes, never a committed part a rerun would trust.
    """
    src = tmp_path / "src"
    make_archive(src, 2)
    out = tmp_path / "out"
    parts_dir = out / PARTS_DIR
    items = [WorkItem.of(path, src) for path in sorted(src.iterdir())]
    result = run_batch(items, str(parts_dir), pipeline_version(), check_version=False)
    assert result.docs == 2 and committed_parts(out) == 0
    assert scan(parts_dir) == [] and not any(parts_dir.iterdir())  # the orphan's work is gone, not half-kept
    result = run_batch(items, str(parts_dir), pipeline_version(), check_version=False)
    publish_part(parts_dir, result.part_id)
    assert [part.part_id for part in scan(parts_dir)] == [result.part_id]
    assert sorted(e.path for e in scan(parts_dir)[0].entries) == sorted(i.rel for i in items)


def test_failures_are_retried_only_under_new_limits(tmp_path: Path) -> None:
    src = tmp_path / "src"
    make_archive(src, 3)
    (src / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    ingest([src], out, workers=1, progress=False, limits=Limits(doc_timeout=600, memory_mb=2048))
    same = ingest([src], out, workers=1, progress=False, limits=Limits(doc_timeout=600, memory_mb=2048))
    assert same.processed == 0 and [e.path for e in same.failed] == ["empty.txt"]
    wider = ingest([src], out, workers=1, progress=False, limits=Limits(doc_timeout=900, memory_mb=2048))
    assert (wider.processed, wider.unchanged) == (1, 3)


def test_output_folder_inside_the_input_is_not_read(tmp_path: Path) -> None:
    make_archive(tmp_path, 3)
    first = ingest([tmp_path], tmp_path / "outputs", workers=0, progress=False)
    again = ingest([tmp_path], tmp_path / "outputs", workers=0, progress=False)
    assert first.files == again.files == 3 and again.processed == 0


def test_rows_that_do_not_fit_the_schema_fail_their_document(tmp_path: Path) -> None:
    """An extractor value of the wrong type becomes the document's error row, not a crash or a bad column."""
    from pipeline.models import Document
    from pipeline.workers import _tables_of

    doc = Document(doc_id="d.txt", path="d.txt", format="text", sha256="x", title="Báo cáo")
    block = doc.add_block("paragraph", "Có 12 người.")
    row = doc.add("figures", block, 3, 5, value="mười hai", kind="count", unit="người")
    tables = _tables_of(doc)
    assert doc.status == "error" and "does not fit the schema" in (doc.error or "")
    assert tables["documents"].to_pylist()[0]["status"] == "error" and "figures" not in tables
    row["value"] = 12.0  # the same row, well typed: a clean document with its figure
    ok = Document(doc_id="d.txt", path="d.txt", format="text", sha256="x", title="Báo cáo")
    ok.add_block("paragraph", "Có 12 người.")
    ok.items = {"figures": [row]}
    tables = _tables_of(ok)
    assert ok.status == "ok" and tables["figures"].column("value").to_pylist() == [12.0]
    assert tables["blocks"].column("text").to_pylist() == ["Có 12 người."]


def test_an_archive_of_odd_names_and_overlapping_roots_loses_no_file(tmp_path: Path) -> None:
    """A file named in Windows-1258 bytes (an old zip) stopped the whole run (the table writer failed on
    its name); two roots holding the same relative path kept one file without a row."""
    odd = tmp_path / "a"
    odd.mkdir()
    (odd / os.fsdecode(b"b\xe1o_c\xe1o.txt")).write_text("Báo cáo năm 2024 của UBND xã An Hiệp.", encoding="utf-8")
    for root, text in (("rootA", "Báo cáo A năm 2024."), ("rootB", "Báo cáo B năm 2023.")):
        (tmp_path / root).mkdir()
        (tmp_path / root / "report.txt").write_text(text, encoding="utf-8")
    tables, failed = run([odd, tmp_path / "rootA", tmp_path / "rootB"], tmp_path / "out", progress=False, workers=0)
    docs = tables["documents"].set_index("doc_id")
    assert set(docs.index) == {"b\\xe1o_c\\xe1o.txt", "report.txt", "rootB/report.txt"} and not failed
    assert docs.loc["rootB/report.txt", "title"] == "Báo cáo B năm 2023."


def test_a_missing_or_empty_input_leaves_the_output_as_it_was(tmp_path: Path) -> None:
    """A mistyped path or an unmounted share ran as an archive of no files and dropped every row of the
    output folder; bad limits were accepted (``--doc-timeout -5`` timed every document out)."""
    from pipeline.cli import main as vnreport

    make_archive(tmp_path / "archive", 2)
    out = tmp_path / "out"
    assert vnreport(["ingest", str(tmp_path / "archive"), "--out", str(out), "--no-progress", "--workers", "0"]) == 0
    before = read_tables(out)["documents"]
    (tmp_path / "empty").mkdir()
    for inputs in ([str(tmp_path / "archiv_typo")], [str(tmp_path / "empty")]):
        assert vnreport(["ingest", *inputs, "--out", str(out), "--no-progress"]) == 2
        assert read_tables(out)["documents"].equals(before)
    with pytest.raises(SystemExit):
        vnreport(["ingest", str(tmp_path / "archive"), "--out", str(out), "--doc-timeout", "-5"])


def test_a_deleted_file_is_reported_dropped_once(tmp_path: Path) -> None:
    """A file deleted from a batch whose other documents live on stays in that part; every later run
    reported it dropped again."""
    src = tmp_path / "src"
    files = make_archive(src, 16)
    out = tmp_path / "out"
    ingest([src], out, workers=0, progress=False)  # in process: parts of four documents each
    assert all(len(part.entries) == 4 for part in scan(out / PARTS_DIR))
    files[0].unlink()
    assert ingest([src], out, workers=0, progress=False).dropped == 1
    again = ingest([src], out, workers=0, progress=False)
    assert (again.processed, again.unchanged, again.dropped) == (0, 15, 0)


def test_a_worker_on_other_code_stops_the_run_with_a_setup_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A cluster worker on other code raised a bare RuntimeError: a traceback and exit 1, as if documents
    had failed. It is a setup error (exit 2) that names the worker."""
    from pipeline.cli import main
    from pipeline.workers import VersionMismatch

    src = tmp_path / "src"
    items = [WorkItem.of(p, src) for p in make_archive(src, 1)]
    with pytest.raises(VersionMismatch, match="pid"):
        run_batch(items, str(tmp_path / "parts"), "0.0.0+other")

    def mismatched(*_args: object, **_kwargs: object) -> None:
        raise VersionMismatch("the worker on host-b (pid 7) runs vnreport 1, the driver 2: install the same code on every worker")

    monkeypatch.setattr(ingest_module, "ingest", mismatched)
    assert main(["ingest", str(src), "--out", str(tmp_path / "out"), "--no-progress"]) == 2
    assert "host-b" in capsys.readouterr().err


def test_verify_finds_an_edit_that_kept_size_and_mtime(tmp_path: Path) -> None:
    """A same-size edit with its old time set back is trusted by size and mtime (as git and rsync
    do); ``verify`` hashes every file and finds it."""
    src = tmp_path / "src"
    (path,) = make_archive(src, 1)
    out = tmp_path / "out"
    ingest([src], out, workers=0, progress=False)
    before = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace("Bản lưu trữ số 0", "Bản lưu trữ số 9"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert ingest([src], out, workers=0, progress=False).processed == 0
    assert ingest([src], out, workers=0, progress=False, verify=True).processed == 1
    assert "Bản lưu trữ số 9" in " ".join(read_tables(out)["blocks"]["text"])


def test_dot_files_and_words_lock_files_are_no_inputs(tmp_path: Path) -> None:
    """``.DS_Store`` and ``~$o_cao_2023.docx`` (the owner file Word keeps beside an open document: a name and a user,
    no report) were rows that failed the run; a file named with ``~`` alone is an input."""
    src = tmp_path / "src"
    make_archive(src, 1)
    (src / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (src / "~$o_cao_2023.docx").write_bytes(b"\x0aNguyen Van A" + b"\x00" * 40)
    (src / "~ban_nhap.txt").write_text("BÁO CÁO\nKết quả công tác năm 2024 của xã.\n", encoding="utf-8")
    report = ingest([src], tmp_path / "out", workers=0, progress=False)
    paths = set(read_tables(tmp_path / "out")["documents"]["path"])
    assert report.files == 2 and "~ban_nhap.txt" in paths and not any(p.startswith((".", "~$")) for p in paths)


def test_a_broken_link_gets_its_row(tmp_path: Path) -> None:
    """A link whose target is gone was skipped without a row."""
    src = tmp_path / "src"
    make_archive(src, 1)
    (src / "lien_ket.txt").symlink_to(tmp_path / "gone.txt")
    out = tmp_path / "out"
    report = ingest([src], out, workers=0, progress=False)
    docs = read_tables(out)["documents"].set_index("path")
    assert report.files == 2 and docs.loc["lien_ket.txt", "status"] == "error"
    assert "broken link" in docs.loc["lien_ket.txt", "error"]


def test_a_link_loop_a_named_pipe_and_a_device_each_get_their_row_and_never_stop_the_run(tmp_path: Path) -> None:
    """A link loop in the folder stopped the whole run (``resolve`` raised); a named pipe or a link to
    ``/dev/zero`` named on the command line hung it (the driver blocked reading it); inside a folder
    both were skipped without a row. Each is now a row that says what it is, and the run goes on."""
    src = tmp_path / "src"
    make_archive(src, 1)
    (src / "vong_a.txt").symlink_to("vong_b.txt")
    (src / "vong_b.txt").symlink_to("vong_a.txt")
    os.mkfifo(src / "ong.txt")
    (src / "khong.txt").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "ong_rieng.txt")  # named on the command line
    out = tmp_path / "out"
    report = ingest([src, tmp_path / "ong_rieng.txt"], out, workers=0, progress=False)
    docs = read_tables(out)["documents"].set_index("path")
    assert report.files == 6
    assert "link loop" in docs.loc["vong_a.txt", "error"] and "link loop" in docs.loc["vong_b.txt", "error"]
    assert docs.loc["ong.txt", "error"] == docs.loc["ong_rieng.txt", "error"] == "not a regular file: a named pipe (FIFO)"
    assert docs.loc["khong.txt", "error"] == "not a regular file: a device"
    assert (docs["status"] == "ok").sum() == 1


def test_rows_that_do_not_fit_in_memory_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    """Arrow running out of memory while a document's rows were typed (--max-memory) was reported as
    "extractor output does not fit the schema: ArrowMemoryError"; it is the memory limit."""
    import pyarrow as pa

    from pipeline import workers
    from pipeline.load import load_bytes

    doc = load_bytes("BÁO CÁO năm 2020: toàn huyện có 45 hội nghị.".encode("utf-8"), "t.txt")
    real = workers.arrow_table
    calls = {"n": 0}

    def short_of_memory(table: str, rows: list) -> pa.Table:
        calls["n"] += 1
        if calls["n"] == 2:
            raise pa.ArrowMemoryError("realloc of size 262144 failed")
        return real(table, rows)

    monkeypatch.setattr(workers, "arrow_table", short_of_memory)
    tables = workers._tables_of(doc)
    assert doc.status == "error" and doc.error == workers.MEMORY_REASON
    assert tables["documents"].num_rows == 1
