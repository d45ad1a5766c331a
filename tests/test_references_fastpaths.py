"""References: each fast path (prefilters, one-pass heads, the single relation pattern) finds exactly
what the plain pattern it replaces finds, on generated text built from the patterns' own words.
"""
from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import reference_context as C
from extractors import reference_find as RF
from extractors import reference_patterns as P
from extractors import reference_relations as RR
from gazetteers.refdata import match_form

_TYPE_WORDS = sorted(P._type_words())
_PIECES = _TYPE_WORDS + ["số", "Số", "số:", ":", "x", "1", "٣", "ố", "s", "-", "a", "01-KL/TW", "về", "và", "của", "phối hợp giữa",
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
    patterns = {rel: regex.compile(r"(?<!\w)(?:" + RR.cue_alternation(rel) + r")(?!\w)") for rel in RR.CUES}
    window_start = max(0, start - RR.WINDOW)
    last = None
    for last in RR._BOUNDARY.finditer(f, window_start, start):
        pass
    clause_start = last.end() if last else window_start
    for rel in ("reviews", "continues", "replaces", "amends"):
        if patterns[rel].search(f, clause_start, start):
            last_start = {r: max((m.start() for m in patterns[r].finditer(f, clause_start, start)), default=-1)
                          for r in (rel, "per")}
            if rel in ("replaces", "amends") and last_start["per"] > last_start[rel]:
                break  # an act done by its authority (``điều tra bổ sung … theo Nghị quyết …``)
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


_BOUNDARY_PIECES = [";", ":", ".", ". ", ".\n", "\n", "(1)", "(", "1", ")", "a", " ", "x"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_BOUNDARY_PIECES), max_size=16), st.data())
def test_last_boundary_is_the_last_finditer_match(pieces: list[str], data: st.DataObject) -> None:
    f = "".join(pieces)
    end = data.draw(st.integers(0, len(f)))
    start = data.draw(st.integers(0, end))
    last = None
    for last in RR._BOUNDARY.finditer(f, start, end):
        pass
    fast = RR._LAST_BOUNDARY.search(f, start, end)
    assert (fast.span() if fast else None) == (last.span() if last else None)


def _cased_heads() -> list[str]:
    index = RF._heads()
    return [h for k in index.cased_slots for h in index.firsts[k].heads]


@settings(max_examples=300)
@given(st.sampled_from(_cased_heads()), st.text(alphabet="oOuUàáèéỳýaeyĐđ x", max_size=3),
       st.text(alphabet="oOuUàáèéỳýaeyĐđ x", max_size=3))
def test_cased_heads_fold_alike_in_any_context(head: str, before: str, after: str) -> None:
    """The one pass over the folded text finds the block-text heads (``HeadIndex``): that needs their folded
    form not to depend on the letters around them."""
    f = match_form(before + head + after)
    assert f[len(before):len(before) + len(head)] == head.lower()


_READER_PIECES = [" ", "  ", "\t", "\n", ",", "của", "khóa", "(", "về", "ban hành", "hướng dẫn", "quy định", "phê duyệt",
                  "ngày", "đã", "12", "/", "5", "2021", "tháng", "năm", "x", "Bộ", "٣", "XII", "ix", "hội nghị"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_READER_PIECES), max_size=14), st.data())
def test_quick_refusals_refuse_only_where_the_pattern_fails(pieces: list[str], data: st.DataObject) -> None:
    f = "".join(pieces)
    pos = data.draw(st.integers(0, len(f)))
    for pattern, window, openers, non_ascii in ((P.DATE_AFTER, 60, C.DATE_OPENERS, True), (P.OF_BODY, 12, C.OF_OPENERS, False),
                                                (P.TERM_AFTER, 40, C.TERM_OPENERS, False), (P.SUBJECT_START, 12, C.SUBJECT_OPENERS, False)):
        if pattern.match(f, pos, min(len(f), pos + window)):
            assert C._may_open(f, pos, openers, non_ascii), pattern.pattern
    if P.PLENUM.match(f, pos, min(len(f), pos + 60)):
        assert f.startswith("hội", pos)


def test_symbol_widths_bound_every_match() -> None:
    """``numbered`` scans only within a pattern's width of the slashes codes follow: the widths must hold."""
    import re

    assert P.party_width() >= re._parser.parse(P.party_symbol().pattern).getwidth()[1]  # type: ignore[attr-defined]
    assert P.state_width() >= re._parser.parse(P.state_symbol().pattern).getwidth()[1]  # type: ignore[attr-defined]


_SYMBOL_PIECES = ["01", "1", "12345", "2020", "-", "–", "/", " / ", "/ ", "\n", " ", "  ", ".", ",", "số", "Số ", "kl", "KL", "TW",
                  "QĐi", "nđ", "CP", "ubnd", "UBND-HC", "QH15", "x", "12/5/2021", "đ", "ư", "٣", "_", "ab", "NQ/TW", "84 QĐ/TWĐTN",
                  "01-KL/TW", "30/2020/NĐ-CP", "42/NQ-CP", "16/KH-MTTQ-BTT", "-BC/TU", "75/KH- UBND", "10/2022/QH15",
                  "1/2019/TT-BTC/VPCP-KSTT-ĐMDN", "241 -  CV /\nBDVTU"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_SYMBOL_PIECES), max_size=24))
def test_symbol_scans_near_code_slashes_find_every_symbol(pieces: list[str]) -> None:
    f = match_form("".join(pieces))
    slashes = RF._code_slashes(f)
    for pattern, width in ((P.party_symbol(), P.party_width()), (P.state_symbol(), P.state_width())):
        full = [(m.span(), m.groups()) for m in pattern.finditer(f)]
        if slashes is None:
            assert full == []
        else:
            near = pattern.finditer(f, max(0, slashes[0] - width), min(len(f), slashes[1] + width + 1))
            assert [(m.span(), m.groups()) for m in near] == full


def test_shortform_first_pass_skips_no_digit() -> None:
    """``shortform_candidates`` leaves out the Latin letter blocks: ``regex`` must know no digit there."""
    skipped = [c for lo, hi in ((0xC0, 0x250), (0x1E00, 0x1F00)) for c in range(lo, hi)]
    assert not [hex(c) for c in skipped if regex.match(r"\d", chr(c))]
    assert all(P.shortform_candidates().pattern.search(f"quyết định {chr(c)}") is None for c in skipped)


def test_python_space_class_is_str_isspace() -> None:
    spaces = regex.compile(C.PY_SPACE)
    assert [c for c in range(0x110000) if bool(spaces.fullmatch(chr(c))) != chr(c).isspace()] == []


def _body_words_one_by_one(f: str, pos: int, scan_end: int) -> list[tuple[int, int, str]]:
    """The words as read before the single match: one ``[^\\W_]+`` match at a time, stopping at a gap that is not space."""
    words: list[tuple[int, int, str]] = []
    end = pos
    for w in regex.finditer(r"[^\W_]+", f, pos=pos, endpos=scan_end):
        if f[end:w.start()].strip():
            break
        words.append((w.start(), w.end(), w.group()))
        end = w.end()
        if len(words) > C.MAX_BODY_WORDS:
            break
    return words


_BODY_PIECES = ["ban", "thường", "vụ", "Tỉnh", "ủy", "a_b", "_", ",", "-", "(", " ", "  ", "\n", "\x1c", "\u00a0", "\u2003", "x",
                "1", "á", "\u0301", "Bộ", "Chính", "trị"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_BODY_PIECES), max_size=40), st.data())
def test_body_words_are_the_one_by_one_reading(pieces: list[str], data: st.DataObject) -> None:
    f = "".join(pieces)
    pos = data.draw(st.integers(0, len(f)))
    scan_end = data.draw(st.integers(pos, len(f)))
    assert C._body_words(f, pos, scan_end) == _body_words_one_by_one(f, pos, scan_end)


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["ban", "Tỉnh", "ủy", "x1", "á\u0301"]), max_size=20),
       st.lists(st.sampled_from([" ", "\n", "\x1c", "\u00a0", " \t "]), min_size=20, max_size=20), st.sampled_from(["", ",", " (", "_"]))
def test_long_body_runs_are_the_one_by_one_reading(words: list[str], gaps: list[str], tail: str) -> None:
    f = "".join(w + g for w, g in zip(words, gaps)) + tail
    assert C._body_words(f, 0, len(f)) == _body_words_one_by_one(f, 0, len(f))
