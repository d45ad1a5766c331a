from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import settings

# Property tests explore the same examples on every run: CI must not turn red by luck,
# and a failure seen once can be replayed. Deadlines are off: two shared cores are noisy.
settings.register_profile("repeatable", derandomize=True, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
SEEDS = sorted(p for p in CORPORA.glob("0*_*.txt"))


def _shared() -> Path:
    """The shared folder beside the checkout (CI copies it there too)."""
    for candidate in (ROOT.parent / "shared", Path("/work/shared")):
        if (candidate / "gold").is_dir():
            return candidate
    pytest.skip("shared/gold not found beside the checkout")


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return _shared() / "gold"


@pytest.fixture(scope="session")
def extra_dir() -> Path:
    return _shared() / "extra"


@pytest.fixture(scope="session")
def seed_tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    """The pipeline run once over the sample corpus, shared by every test that reads it."""
    return ingest([CORPORA], tmp_path_factory.mktemp("seed_out"))


def ingest(inputs: list[Path], out: Path) -> dict[str, pd.DataFrame]:
    """Run the command line as a user does and read back what it wrote."""
    from pipeline.cli import main
    from pipeline.write import read_tables

    main(["ingest", *map(str, inputs), "--out", str(out), "--no-progress"])
    return read_tables(out)


def gold_files(folder: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def doc_id_of(frames: dict[str, pd.DataFrame], file_name: str) -> str:
    docs = frames["documents"]
    match = docs[docs["path"].map(os.path.basename) == file_name]
    assert len(match) == 1, f"{file_name} not in documents"
    return match["doc_id"].iloc[0]
