"""The fast date scanner finds exactly what the plain grammar finds.

``date_grammar._matches`` runs a rewritten pattern (a bitmap class for the gap
before a form, guards that reject an ordinary number at once, no per-form
look-behind) and ``may_hold_date`` skips blocks without a trigger. Both are
shortcuts of ``SCANNER.finditer`` over every block, so they are checked against
it on generated text with awkward characters and on the real seed documents.
"""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.date_grammar import SCANNER, _matches, may_hold_date
from pipeline.normalize import fold

ROOT = Path(__file__).resolve().parent.parent

# Date words and numbers, plus what the shortcuts could get wrong: word characters outside
# the bitmap (ß, Ω, 中, a combining accent, superscript two), non-ASCII digits (٣, ５), gaps that
# are not spaces (no-break space, en dash, file separator) and words that only look like leads.
_TOKENS = ["ngày", "tháng", "năm", "quý", "nửa", "sáu", "ba", "chín", "đầu", "cuối", "nay", "học", "hiện hành",
           "niên khóa", "từ", "đến", "2022", "2021", "1998", "2020/2021", "18", "5", "07", "12", "123", "1.234",
           "iv", "ii", "09:00", "14h30", "8h", "giờ", "phút", "h", "2020-11-09", "15-20/5/2022", "t", "x", "hộ", "số", "/", "-", "–", ".", ",", ":",
           "%", "*", "_", "…", "\n", "ß", "Ω", "中", "\u0301", "²", "٣", "５", "\u00a0", "\x1c", "(", "ngàyx", "nămy"]


def _found(text: str) -> list[tuple[str | None, tuple[int, int], list[tuple[str, tuple[int, int]]]]]:
    return [(m.lastgroup, m.span(m.lastgroup or 0), sorted((name, m.span(name)) for name in m.groupdict()))
            for m in _matches(text)]


def _expected(text: str) -> list[tuple[str | None, tuple[int, int], list[tuple[str, tuple[int, int]]]]]:
    return [(m.lastgroup, m.span(), sorted((name, m.span(name)) for name in m.groupdict()))
            for m in SCANNER.finditer(text)]


@settings(max_examples=2000)
@given(st.lists(st.sampled_from(_TOKENS), max_size=18),
       st.lists(st.sampled_from([" ", "", "", "  ", "\n", "\t", "("]), min_size=18, max_size=18))
def test_fast_scanner_matches_the_grammar_on_generated_text(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps))
    for probe in (text, text[1:], " " + text, text.upper().lower()):
        assert _found(probe) == _expected(probe)
        if not may_hold_date(probe):
            assert _expected(probe) == []


@settings(max_examples=500)
@given(st.text(max_size=60))
def test_fast_scanner_matches_the_grammar_on_any_text(text: str) -> None:
    assert _found(text) == _expected(text)
    if not may_hold_date(text):
        assert _expected(text) == []


def test_fast_scanner_matches_the_grammar_on_the_seed_documents() -> None:
    paragraphs = [p for path in sorted((ROOT / "corpora").glob("*.txt"))
                  for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))]
    assert len(paragraphs) > 100
    dates = 0
    for paragraph in paragraphs:
        folded = fold(paragraph)
        expected = _expected(folded)
        assert _found(folded) == expected
        assert may_hold_date(folded) or not expected
        dates += len(expected)
    assert dates > 100  # the comparison saw real dates, not only empty results


def test_a_word_character_outside_the_bitmap_still_blocks_a_form() -> None:
    """``ß5/5/2022`` is no date for the grammar (``(?<!\\w)``): nor for the scanner's cheap gap class."""
    forms = ["năm 2022", "5/5/2022", "2020-11-09", "quý ii", "tháng 7/2022", "ngày 5 tháng 5 năm 2022",
             "15-20/5/2022", "09:00 09/11/2020", "6 tháng đầu năm 2022", "2019"]
    for before in ["ß", "中", "Ω", "²", "\u0301", "٣", "x", "_"]:
        for form in forms:
            for text in (before + form, " " + before + form, "(" + before + form + ")"):
                assert _found(text) == _expected(text), text
    assert [m.lastgroup for m in _matches(" ".join(forms))] == [m.lastgroup for m in SCANNER.finditer(" ".join(forms))]
    assert len(list(_matches(" ".join(forms)))) == len(forms)


def test_forms_without_a_year_still_get_scanned() -> None:
    """``may_hold_date`` skips a block only when no form can match: not these, which have no year."""
    for text in ["quý ii", "nửa đầu năm nay", "sáu tháng đầu năm", "6 tháng cuối năm", "ngày 15", "ngày 15/5",
                 "tháng 7", "- Quý IV:"]:
        folded = fold(text)
        assert _expected(folded), text
        assert may_hold_date(folded), text
    for text in ["12 người, 1.234 hộ", "15,5%", "số 05-ct/tw", "mã 1234", ""]:
        assert not _expected(fold(text))
        assert not may_hold_date(fold(text)), text
