"""`vnreport evaluate`: the scorer agrees with the gold README, and the pipeline
holds its floors on the seeds.

FLOORS is the ratchet: the lead raises a number when an extractor lands and
the pipeline reaches it; a number is never lowered.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from pipeline.evaluate import FIELDS, Evaluation, evaluate, gold_to_tables, load_gold
from pipeline.ingest import run
from pipeline.write import write_tables

ROOT = Path(__file__).resolve().parents[1]
# Gold lives beside the seeds; a checkout may carry its own copy under gold/.
GOLD_DIRS = [ROOT / "gold", Path("/work/shared/gold")]
EXTRA_GOLD_DIRS = [ROOT / "gold" / "extra", Path("/work/shared/extra/gold")]

# field -> minimum (precision, recall) reached by `vnreport ingest corpora` today.
FLOORS: dict[str, tuple[float, float]] = {
    "footnotes": (1.0, 1.0),  # 21/21 with the text / superscript loaders
    "references": (0.0, 0.0),
    "dates": (0.0, 0.0),
    "figures": (0.0, 0.0),
    "places": (0.0, 0.0),
}


def _first_dir(candidates: list[Path]) -> Path | None:
    return next((d for d in candidates if d.is_dir() and any(d.glob("*.json"))), None)


GOLD = _first_dir(GOLD_DIRS)
EXTRA_GOLD = _first_dir(EXTRA_GOLD_DIRS)
needs_gold = pytest.mark.skipif(GOLD is None, reason=f"no seed gold folder in {GOLD_DIRS}")


def all_golds() -> list[dict[str, Any]]:
    return [g for d in (GOLD, EXTRA_GOLD) if d is not None for g in load_gold(d)]


@pytest.fixture(scope="module")
def gold000() -> dict[str, Any]:
    if GOLD is None:
        pytest.skip(f"no seed gold folder in {GOLD_DIRS}")
    return next(g for g in load_gold(GOLD) if g["footnotes"] and g["figures"] and g["places"])


def scores(result: Evaluation) -> dict[str, tuple[float, float]]:
    return {f: (s.precision, s.recall) for f, s in result.fields.items()}


def assert_perfect_except(result: Evaluation, *damaged: str) -> None:
    for name in FIELDS:
        if name not in damaged:
            assert result.fields[name].f1 == 1.0, (name, result.fields[name].as_dict())


# -- the scorer against itself -------------------------------------------------

@needs_gold
@pytest.mark.parametrize("gold", all_golds(), ids=lambda g: g["file"])
def test_gold_as_tables_scores_one_everywhere(gold: dict[str, Any]) -> None:
    result = evaluate(gold_to_tables(gold), [gold])
    for name, score in result.fields.items():
        assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0), name
        for attr, (ok, n) in score.attributes.items():
            assert ok == n == len(gold[name]), (name, attr)
    assert result.overall.tp == sum(len(gold[f]) for f in FIELDS)
    assert result.checked > 0 and result.violations == []


def test_removed_item_lowers_recall_only(gold000: dict[str, Any]) -> None:
    tables = gold_to_tables(gold000)
    tables["dates"] = tables["dates"].iloc[1:].reset_index(drop=True)
    result = evaluate(tables, [gold000])
    n = len(gold000["dates"])
    assert result.fields["dates"].recall == pytest.approx((n - 1) / n)
    assert result.fields["dates"].precision == 1.0
    assert_perfect_except(result, "dates")


def test_changed_value_is_missed_and_spurious(gold000: dict[str, Any]) -> None:
    tables = gold_to_tables(gold000)
    figures = tables["figures"]
    figures.loc[0, "value"] = figures.loc[0, "value"] * 10
    result = evaluate(tables, [gold000])
    n = len(gold000["figures"])
    assert result.fields["figures"].tp == n - 1
    assert (result.fields["figures"].fp, result.fields["figures"].fn) == (1, 1)
    assert_perfect_except(result, "figures")


def test_value_within_float_noise_still_matches(gold000: dict[str, Any]) -> None:
    tables = gold_to_tables(gold000)
    tables["figures"].loc[0, "value"] = tables["figures"].loc[0, "value"] * (1 + 1e-12)
    assert evaluate(tables, [gold000]).fields["figures"].f1 == 1.0


def test_changed_attribute_lowers_attribute_accuracy_not_f1(gold000: dict[str, Any]) -> None:
    tables = gold_to_tables(gold000)
    refs = tables["references"]
    row = refs.index[refs["date"].notna()][0]
    refs.loc[row, "date"] = "1999-01-01"
    tables["figures"].loc[0, "unit"] = "con mèo"
    result = evaluate(tables, [gold000])
    assert result.fields["references"].f1 == 1.0
    ok, n = result.fields["references"].attributes["date"]
    assert (ok, n) == (len(refs) - 1, len(refs))
    assert result.fields["references"].attributes["issuing_body"] == [len(refs), len(refs)]
    ok, n = result.fields["figures"].attributes["unit"]
    assert ok == n - 1


def test_item_in_wrong_footnote_is_missed(gold000: dict[str, Any]) -> None:
    tables = gold_to_tables(gold000)
    places = tables["entities"]
    row = places.index[places["where"] != "body"][0]
    places.loc[row, "where"] = "body"
    result = evaluate(tables, [gold000])
    assert (result.fields["places"].fp, result.fields["places"].fn) == (1, 1)


def test_shifted_span_is_a_provenance_violation(gold000: dict[str, Any]) -> None:
    tables = gold_to_tables(gold000)
    tables["figures"].loc[0, "char_start"] += 1
    tables["figures"].loc[0, "char_end"] += 1
    result = evaluate(tables, [gold000])
    assert len(result.violations) == 1 and "figures" in result.violations[0]
    assert_perfect_except(result)  # the key is unchanged: only provenance speaks


def test_shifted_anchor_misses_the_footnote(gold000: dict[str, Any]) -> None:
    tables = gold_to_tables(gold000)
    notes, blocks = tables["footnotes"], tables["blocks"]
    block_text = dict(zip(blocks["block_id"], blocks["text"]))
    # one word too early
    first = notes.loc[0, "anchor_char"]
    notes.loc[0, "anchor_char"] = block_text[notes.loc[0, "anchor_block_id"]][:first].rstrip().rfind(" ")
    result = evaluate(tables, [gold000])
    n = len(gold000["footnotes"])
    assert (result.fields["footnotes"].tp, result.fields["footnotes"].fn, result.fields["footnotes"].fp) == (n - 1, 1, 1)


def test_anchor_tolerates_whitespace_only() -> None:
    from pipeline.evaluate import anchor_ok

    assert anchor_ok("của Tỉnh uỷ khoá XI\n", "của Tỉnh uỷ khoá XI")
    assert anchor_ok("của Tỉnh  uỷ\u00a0khoá XI ", "của Tỉnh uỷ khoá XI")
    assert not anchor_ok("của Tỉnh uỷ khoá XI,", "của Tỉnh uỷ khoá XI")
    assert not anchor_ok("của Tỉnh uỷ khoá XI và", "của Tỉnh uỷ khoá XI")
    assert not anchor_ok("của Tỉnh uỷ khoá", "của Tỉnh uỷ khoá XI")
    # Markdown emphasis recorded by the gold as the anchor's gap
    assert anchor_ok("ước đạt 560 tỷ đồng *", "ước đạt\n560 tỷ đồng", " *")
    assert not anchor_ok("ước đạt 560 tỷ đồng *", "ước đạt\n560 tỷ đồng")


def test_changed_footnote_text_misses_it(gold000: dict[str, Any]) -> None:
    tables = gold_to_tables(gold000)
    tables["footnotes"].loc[2, "text"] = "Khác hẳn"
    assert evaluate(tables, [gold000]).fields["footnotes"].fn == 1


def test_gold_without_output_is_all_missed_and_extra_output_skipped(gold000: dict[str, Any]) -> None:
    other = dict(gold000, file="khong_co.txt")
    result = evaluate(gold_to_tables(gold000), [other])
    assert result.documents[0].doc_id is None
    assert all(s.tp == 0 and s.fn == len(gold000[f]) for f, s in result.fields.items())
    assert result.skipped == [gold000["file"]]


def test_symbol_spacing_and_dash_variants_match(gold000: dict[str, Any]) -> None:
    tables = gold_to_tables(gold000)
    refs = tables["references"]
    row = refs.index[refs["symbol"].fillna("").str.contains("-KL/TW")][0]
    refs.loc[row, "symbol"] = refs.loc[row, "symbol"].replace("-", " – ").replace("/", "/ ")
    assert evaluate(tables, [gold000]).fields["references"].f1 == 1.0


def test_figures_scope_prose_ignores_table_cells(gold000: dict[str, Any]) -> None:
    tables = gold_to_tables(gold000)
    blocks = tables["blocks"]
    extra = pd.concat([blocks, blocks.iloc[[0]].assign(block_id=len(blocks), kind="table_cell", text="12 ha")],
                      ignore_index=True)
    figures = pd.concat([tables["figures"], tables["figures"].iloc[[0]].assign(
        block_id=len(blocks), char_start=0, char_end=5, text="12 ha", value=12.0, where="body")], ignore_index=True)
    tables = dict(tables, blocks=extra, figures=figures)
    assert evaluate(tables, [gold000]).fields["figures"].fp == 1
    assert evaluate(tables, [dict(gold000, figures_scope="prose")]).fields["figures"].fp == 0


def test_command_json_and_diff(gold000: dict[str, Any], tmp_path: Path) -> None:
    tables = gold_to_tables(gold000)
    tables["dates"] = tables["dates"].iloc[1:]
    write_tables(tables, tmp_path / "out")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "g.json").write_text(json.dumps(gold000, ensure_ascii=False), encoding="utf-8")
    cmd = [sys.executable, "-m", "pipeline.cli", "evaluate", "--gold", str(tmp_path / "gold"), str(tmp_path / "out")]
    as_json = json.loads(subprocess.run(cmd + ["--json"], capture_output=True, text=True, check=True).stdout)
    assert as_json["fields"]["dates"]["fn"] == 1 and as_json["overall"]["fp"] == 0
    text = subprocess.run(cmd + ["--diff"], capture_output=True, text=True, check=True).stdout
    missed = [line for line in text.splitlines() if line.startswith("  - dates missed")]
    assert len(missed) == 1 and gold000["dates"][0]["text"].split()[0] in missed[0]


# -- the pipeline on the seeds ------------------------------------------------

@needs_gold
def test_seed_floors(tmp_path: Path) -> None:
    frames, failed = run([ROOT / "corpora"], tmp_path / "out", progress=False)
    assert not failed, [(d.path, d.error) for d in failed]
    result = evaluate(frames, load_gold(GOLD))
    assert all(d.doc_id is not None for d in result.documents)
    assert result.violations == []
    reached = scores(result)
    for name, (p_floor, r_floor) in FLOORS.items():
        p, r = reached[name]
        assert p >= p_floor and r >= r_floor, f"{name}: P {p:.3f} R {r:.3f} below floor {p_floor} / {r_floor}"
