"""The Dask engine (issue 8): the same per-document work on a cluster gives the local engine's tables."""
from __future__ import annotations

from pathlib import Path

from distributed import LocalCluster

from pipeline.ingest import ingest
from test_ingest import assert_same_tables, make_archive


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
