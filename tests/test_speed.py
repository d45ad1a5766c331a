"""The speed-ups must not change a single output: each shortcut is checked against the slow form it replaces."""
from __future__ import annotations

import pickle
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import extractors
from extractors import reference_find as RF
from extractors import reference_patterns as P
from extractors.figure_context import _SENTENCE_END, FigureContext
from extractors.figure_prose import _Spans, _inside
from gazetteers import admin_units, build_cache
from pipeline.ingest import iter_inputs
from pipeline.load import load_path
from pipeline.models import Block, Document
from pipeline.normalize import clear_text_caches, fold

ROOT = Path(__file__).resolve().parent.parent


# -- folded text kept on the block ----------------------------------------------------

def test_block_folded_follows_its_text() -> None:
    block = Block(block_id=0, kind="paragraph", text="Thủy lợi HOÀ BÌNH")
    assert block.folded == fold(block.text)
    block.text = "Khoẻ mạnh"  # a loader that rewrites text never reads a stale fold
    assert block.folded == fold("Khoẻ mạnh")
    clone = pickle.loads(pickle.dumps(block))
    assert not {"_derived", "_folded"} & set(clone.__dict__) and clone.folded == block.folded


# -- the build cache --------------------------------------------------------------------

def test_build_cache_builds_once_per_input(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(build_cache.ENV_DIR, str(tmp_path / "cache"))
    source = tmp_path / "data.csv"
    source.write_text("a,b\n", encoding="utf-8")
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"rows": len(calls)}

    assert build_cache.cached("t", [source], build) == {"rows": 1}
    assert build_cache.cached("t", [source], build) == {"rows": 1} and len(calls) == 1
    source.write_text("a,b\n1,2\n", encoding="utf-8")  # changed data: built again
    assert build_cache.cached("t", [source], build) == {"rows": 2}
    for stale in (tmp_path / "cache").glob("t-*.pickle"):
        stale.write_bytes(b"not a pickle")
    assert build_cache.cached("t", [source], build) == {"rows": 3}  # unreadable: rebuilt, no crash


def test_build_cache_can_be_switched_off(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(build_cache.ENV_DIR, "")
    source = tmp_path / "data.csv"
    source.write_text("x", encoding="utf-8")
    calls: list[int] = []
    build_cache.cached("t", [source], lambda: calls.append(1))
    build_cache.cached("t", [source], lambda: calls.append(1))
    assert len(calls) == 2 and not any(tmp_path.glob("**/*.pickle"))


def test_cached_admin_units_equal_a_fresh_build() -> None:
    every, index = admin_units._build_index()
    assert admin_units.units() == every
    assert admin_units.by_name() == index


# -- shortcuts against the slow forms they replace ------------------------------------------

_spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda t: (t[0], t[0] + t[1])), max_size=8)


@settings(max_examples=300)
@given(_spans, st.integers(0, 70), st.integers(1, 10))
def test_span_index_agrees_with_a_scan(spans: list[tuple[int, int]], start: int, width: int) -> None:
    assert _Spans(spans).overlaps(start, start + width) == _inside(spans, start, start + width)


@settings(max_examples=300)
@given(st.text(alphabet="ab .;!?\n\t\u00a01", max_size=30), st.data())
def test_sentence_start_agrees_with_a_scan(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    context = FigureContext.__new__(FigureContext)
    context._ends = {}
    expected = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    assert context._sentence_start(0, text, start) == expected


_WORDS = ["nghị quyết", "Nghị quyết", "quyết định", "luật", "Đề án", "Chương trình", "kế hoạch", "đại hội",
          "trung ương", "217", "5", "về", "năm 2030", "đến", "của", "làm việc", "phối hợp giữa", "“A”", ",", "x"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_WORDS + list(RF._registry_names()[1])), max_size=14),
       st.lists(st.sampled_from([" ", "  ", "\n", "", "-"]), min_size=14, max_size=14))
def test_first_pass_finds_every_match(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps))
    pattern, _, first = RF._registry_names()
    pairs = [(pattern, first), (P.shortform(), P.shortform_candidates()), (P.titled_type(), P.titled_candidates()),
             (RF._CONGRESS, RF._RESOLUTION_AT), (RF._PLENUM_NAME, RF._RESOLUTION_AT), (RF._JOINT, RF._JOINT_AT),
             (RF._HORIZON, RF._HORIZON_AT), (RF._SCHEME, RF._SCHEME_AT), (RF._QUOTED_SCHEME, RF._SCHEME_AT),
             (RF._ANNUAL, RF._ANNUAL_AT)]
    for full, quick in pairs:
        for probe in (text, text.lower()):
            assert [m.span() for m in P.finditer_from(full, quick, probe)] == [m.span() for m in full.finditer(probe)]


# -- caches on text never change what is extracted ---------------------------------------------

def _extract_all(docs: list[Document]) -> list[dict]:
    rows: list[dict] = []
    for doc in docs:
        work = Document(doc.doc_id, doc.path, doc.format, doc.sha256, title=doc.title, published=doc.published)
        work.blocks = [Block(**{k: v for k, v in vars(b).items() if not k.startswith("_")}) for b in doc.blocks]
        work.footnotes = list(doc.footnotes)
        for component in extractors.components():
            component.extract(work)
        rows += [dict(r, table=t) for t, table_rows in work.items.items() for r in table_rows]
        rows.append({"doc": work.doc_id, "issued": work.issued_date, "period": (work.period_start, work.period_end),
                     "body": work.issuing_body, "province": work.province, "own": work.own_symbol})
    return rows


def test_warm_and_cold_caches_extract_the_same() -> None:
    docs = [d for d in (load_path(p, r) for p, r in iter_inputs([ROOT / "corpora"])) if d.status == "ok"]
    clear_text_caches()
    cold = _extract_all(docs)
    warm = _extract_all(docs)  # every text cache now filled by the first pass
    assert cold == warm
    assert len(cold) > 500  # the seeds hold some 700 rows



@settings(max_examples=500)
@given(st.text(alphabet="oOuUqQ àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸỳýỷỹỵỲÝỶỸỴhxyİ.", max_size=12))
def test_fold_prefilter_changes_nothing(text: str) -> None:
    """``fold`` skips the tone-moving pattern where its plain-``re`` prefilter finds nothing."""
    from pipeline.normalize import _NEW_STYLE, _lower_same_length, _move_tone

    assert fold(text) == _NEW_STYLE.sub(_move_tone, _lower_same_length(text))
