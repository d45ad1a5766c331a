"""Extractors alone (loaders and one component) on real documents, scored by `vnreport evaluate`'s own rules.

With only the loaders and one extractor run, the numbers measure that
extractor alone. Figures (dates and references, when present, can only remove
numbers from their output), measured when written: seeds 166/166 matched,
no spurious, unit, denominator and qualifier 166/166; the three extra
documents 168/168 found with 5 spurious (the end years of ranges such as
``giai đoạn 2026 - 2028``, which the dates extractor claims when it runs), unit 167/168. The floors below sit just under
those measurements and above the issue's acceptance (F1 0.93, unit 0.93,
qualifier 0.9). What is counted agreed with the gold's phrase (word F1 ≥ 0.5)
for 135/166 and 142/168 (140/168 before an amount named after ``với`` took its clause whole and short nouns a
comma joins stayed one item, ``tổng số tiền phải thi hành …``; 139/168 before a clause of up to twenty words from its mark was taken whole, ``Tổng mức bán lẻ
…``; 140/168 before an abbreviation in brackets, ``tổng giá trị sản
phẩm trong tỉnh (GRDP)``, stayed in the name the gold words as ``GRDP``; 127/166 and 137/168
earlier, 126/166 before a count's phrase stopped taking the words other numbers
counted; 136/168 before a move after a bracket said what moved; from 75/166 and 28/168 when money, percent and
measures took only the words after them, and a count only its noun and what
follows it; 121/166 and 131/168 before commas joining short nouns, a bracket
after the subject and a wrapped line stopped ending the phrase before, and
nouns joined by commas stopped ending the one after them, and ``của`` stopped
ending a phrase: ``kết luận của Ban chấp hành``, nor ``được``: ``hội viên được
hỗ trợ``; 135/168 before a qualifier left before the next number, ``dưới`` of ``trẻ em dưới 6 tuổi``,
stopped ending the phrase after a count).
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pytest

from extractors import figures
from pipeline.evaluate import evaluate, load_gold
from pipeline.load import load_path
from pipeline.schema import TABLES
from pipeline.write import frame, rows_of


def alone(root: Path, component: ModuleType) -> dict:
    """The tables of every document under ``root`` with only the loaders and ``component`` run."""
    rows: dict[str, list[dict]] = defaultdict(list)
    for path in sorted(root.iterdir()):
        if not path.is_file() or path.suffix in (".md", ".json"):
            continue
        doc = load_path(path, root)
        assert doc.status == "ok", (path, doc.error)
        component.extract(doc)
        for table, table_rows in rows_of(doc).items():
            rows[table].extend(table_rows)
    return {t: frame(t, rows.get(t, [])) for t in TABLES}


def figures_only(root: Path) -> dict:
    return alone(root, figures)


ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("which, f1_floor, attr_floor, counted_floor",
                         [("seeds", 0.98, 0.98, 0.81), ("extra", 0.98, 0.98, 0.84)])
def test_figures_against_gold(which: str, f1_floor: float, attr_floor: float, counted_floor: float,
                              gold_dir: Path, extra_dir: Path) -> None:
    root, golds = (ROOT / "corpora", gold_dir) if which == "seeds" else (extra_dir, extra_dir / "gold")
    score = evaluate(figures_only(root), load_gold(golds)).fields["figures"]
    assert score.f1 >= f1_floor, (score.tp, score.fp, score.fn)
    for name in ("unit", "qualifier", "denominator"):
        right, compared = score.attributes[name]
        assert compared == score.tp and right / compared >= attr_floor, (name, right, compared)
    # what is counted, in the gold's own words: agreement is word overlap (F1 ≥ 0.5 a pair)
    right, compared = score.attributes["counted"]
    assert compared == score.tp and right / compared >= counted_floor, (right, compared)


def test_references_alone_on_the_extra_documents(extra_dir: Path) -> None:
    """The references extractor alone on the three extra documents: 102/102, none spurious, when
    the law titles list ended ``Luật Thuế giá trị gia tăng`` (0.990 before)."""
    from extractors import references

    score = evaluate(alone(extra_dir, references), load_gold(extra_dir / "gold")).fields["references"]
    assert score.f1 >= 0.99, (score.tp, score.fp, score.fn)
