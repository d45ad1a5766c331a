"""The Dask engine (issue 8): the same per-document work on a cluster gives the local engine's tables."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from distributed import LocalCluster

from pipeline.engines import Limits
from pipeline.ingest import ingest
from pipeline.write import read_tables
from test_ingest import SEEDS, assert_same_tables, make_archive


def test_dask_tables_equal_local_tables(tmp_path: Path) -> None:
    src = tmp_path / "src"
    make_archive(src, 12)
    (src / "empty.txt").write_bytes(b"")  # failures must travel the same way
    local = ingest([src], tmp_path / "local", workers=0, progress=False)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        dask = ingest([src], tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address, progress=False)
        assert dask.processed == 13 and [e.path for e in dask.failed] == [e.path for e in local.failed]
        assert_same_tables(tmp_path / "dask", tmp_path / "local")

        # incremental on the cluster too: one changed file is the only work
        changed = sorted(src.glob("0*.txt"))[4]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nThêm một dòng.\n", encoding="utf-8")
        again = ingest([src], tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address, progress=False)
    assert (again.processed, again.unchanged) == (1, 12)
    ingest([src], tmp_path / "local", workers=0, progress=False)
    assert_same_tables(tmp_path / "dask", tmp_path / "local")


def test_dask_stops_a_document_past_the_time_limit(tmp_path: Path) -> None:
    """A document that overruns ``--doc-timeout`` on a worker is an error row and its worker is
    restarted; the rest of its batch is run again, so every other document is intact."""
    src = tmp_path / "src"
    make_archive(src, 6)
    seed = SEEDS[0].read_text(encoding="utf-8")
    # ~20M characters: ~15 s of work against a 2 s cap, so the test does not hang on how fast extraction is
    (src / "0002_slow.txt").write_text(seed * 1000, encoding="utf-8")
    limits = Limits(doc_timeout=2, memory_mb=4096)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        report = ingest([src], tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address,
                        progress=False, limits=limits)
    docs = read_tables(tmp_path / "dask")["documents"].set_index("path")
    assert docs.loc["0002_slow.txt", "status"] == "error" and "timed out" in docs.loc["0002_slow.txt", "error"]
    assert [e.path for e in report.failed] == ["0002_slow.txt"]
    (src / "0002_slow.txt").unlink()
    ingest([src], tmp_path / "local", workers=0, progress=False)
    tables, want = read_tables(tmp_path / "dask"), read_tables(tmp_path / "local")
    for table, frame in tables.items():
        if "doc_id" in frame:
            frame = frame[frame["doc_id"] != "0002_slow.txt"]
        pd.testing.assert_frame_equal(frame.reset_index(drop=True), want[table].reset_index(drop=True),
                                      check_exact=True, obj=table)
