"""References: each fast path (prefilters, one-pass heads, the single relation pattern) finds exactly
what the plain pattern it replaces finds, on generated text built from the patterns' own words.
"""
from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import reference_find as RF
from extractors import reference_patterns as P
from extractors import reference_relations as RR
from gazetteers.refdata import match_form

_TYPE_WORDS = sorted(P._type_words())
_PIECES = _TYPE_WORDS + ["số", "Số", "số:", ":", "x", "1", "ố", "s", "-", "a", "01-KL/TW", "về", "và", "của",
                         "Đề án", "Chương trình", "đến năm 2030", "“A”", "đại hội", "XIII", "trung ương", "làm việc của"]
_GAPS = ["", " ", "  ", "   ", "    ", "\n", "\t", "\u00a0", ",", "("]


def _texts() -> st.SearchStrategy[str]:
    words = st.lists(st.sampled_from(_PIECES + list(RF._registry_names()[1])), max_size=14)
    gaps = st.lists(st.sampled_from(_GAPS), min_size=14, max_size=14)
    return st.builds(lambda w, g: "".join(a.replace(" ", b or " ") + b for a, b in zip(w, g)), words, gaps)


@settings(max_examples=400)
@given(_texts(), st.data())
def test_type_before_search_is_the_plain_search(text: str, data: st.DataObject) -> None:
    f = match_form(text)
    end = data.draw(st.integers(0, len(f)))
    plain = P.type_before().search(f, max(0, end - 80), end)
    fast = P.search_type_before(f, end)
    assert (plain.span(), plain.groupdict()) == (fast.span(), fast.groupdict())


@settings(max_examples=300)
@given(_texts())
def test_heads_find_what_finditer_finds(text: str) -> None:
    f = match_form(text)
    pattern, _, first = RF._registry_names()
    on_folded, on_text = RF.scan_heads(text, f)
    folded = [(pattern, first), (P.shortform(), P.shortform_candidates()), (P.titled_type(), P.titled_candidates()),
              (RF._CONGRESS, RF._RESOLUTION_AT), (RF._PLENUM_NAME, RF._RESOLUTION_AT), (RF._JOINT, RF._JOINT_AT)]
    plain = [(RF._HORIZON, RF._HORIZON_AT), (RF._SCHEME, RF._SCHEME_AT), (RF._QUOTED_SCHEME, RF._SCHEME_AT),
             (RF._ANNUAL, RF._ANNUAL_AT)]
    for pairs, heads, s in ((folded, on_folded, f), (plain, on_text, text)):
        for full, quick in pairs:
            assert [m.span() for m in heads.finditer(full, quick)] == [m.span() for m in full.finditer(s)]


def _relation_one_pattern_each(f: str, start: int) -> str:
    """The relation as read before the single-pass version: one pattern per relation."""
    patterns = {rel: regex.compile(r"(?<!\w)(?:" + "|".join(regex.escape(c) for c in cues) + r")(?!\w)")
                for rel, cues in RR.CUES.items()}
    window_start = max(0, start - RR.WINDOW)
    last = None
    for last in RR._BOUNDARY.finditer(f, window_start, start):
        pass
    clause_start = last.end() if last else window_start
    for rel in ("reviews", "continues", "replaces", "amends"):
        if patterns[rel].search(f, clause_start, start):
            return rel
    closest: tuple[int, str] | None = None
    for rel in ("implements", "issues", "per"):
        for m in patterns[rel].finditer(f, clause_start, start):
            if closest is None or m.start() > closest[0]:
                closest = (m.start(), rel)
    return closest[1] if closest else "unknown"


_CUE_PIECES = [c for cues in RR.CUES.values() for c in cues] + ["tiếp tục", "thực", "hiện", "x", "1", ";", ". ", "(1)", "\n", "hóa"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=10), st.lists(st.sampled_from(["", " ", ",", "\n"]), min_size=10, max_size=10),
       st.data())
def test_relation_is_the_one_pattern_each_reading(pieces: list[str], gaps: list[str], data: st.DataObject) -> None:
    f = "".join(p + g for p, g in zip(pieces, gaps))
    start = data.draw(st.integers(0, len(f)))
    assert RR.relation_before(f, start) == _relation_one_pattern_each(f, start)
