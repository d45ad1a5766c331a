"""Acceptance of issue 4: office renditions of seeds 000 and 004 score like the text seeds.

The DOCX, DOC, PDF and (for seed 000) ODT files (made from the seeds by
``tests/fixtures/office/make_fixtures.py``) go through the whole pipeline
next to the text seeds; ``vnreport evaluate``'s scoring must give every
rendition all footnotes and an F1 within 0.02 of its text version per field.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.evaluate import evaluate, load_gold
from pipeline.ingest import run

ROOT = Path(__file__).resolve().parent.parent
OFFICE = ROOT / "tests" / "fixtures" / "office"
SEEDS = {"000": "000_d391d817edf3867c.txt", "004": "004_6c38e894d8bd34c0.txt"}
FORMATS = ["docx", "pdf"] + (["doc", "odt"] if shutil.which("soffice") else [])
RENDITIONS = {(seed, ext) for seed in SEEDS for ext in FORMATS if ext != "odt" or seed == "000"}  # one .odt


@pytest.fixture(scope="module")
def scores(gold_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, float]]:
    golds = {g["file"]: g for g in load_gold(gold_dir)}
    folder = tmp_path_factory.mktemp("office_in")
    use = []
    for seed, name in SEEDS.items():
        shutil.copy(ROOT / "corpora" / name, folder / name)
        use.append(golds[name])
        for ext in FORMATS:
            if (seed, ext) not in RENDITIONS:
                continue
            file = f"seed{seed}.{ext}"
            shutil.copy(OFFICE / file, folder / file)
            use.append(dict(golds[name], file=file))
    frames, failed = run([folder], tmp_path_factory.mktemp("office_out"), progress=False, workers=0)
    assert not failed, [(d.path, d.error) for d in failed]
    result = evaluate(frames, use)
    assert result.violations == []
    return {d.file: {f: s.f1 for f, s in d.fields.items()} for d in result.documents}


@pytest.mark.parametrize("seed, ext", sorted(RENDITIONS))
def test_rendition_scores_like_text(scores: dict[str, dict[str, float]], seed: str, ext: str) -> None:
    text, office = scores[SEEDS[seed]], scores[f"seed{seed}.{ext}"]
    assert office["footnotes"] == 1.0
    for field, f1 in text.items():
        assert office[field] >= f1 - 0.02, f"{field}: {ext} {office[field]:.3f} vs text {f1:.3f}"
