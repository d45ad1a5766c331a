"""Properties of the number reader that must hold for every number, not just the examples."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.figure_prose import scan
from extractors.number_parse import format_vn, parse_number, to_decimal

amounts = st.decimals(min_value=0, max_value=Decimal("999999999999"), places=3, allow_nan=False, allow_infinity=False)


@given(amounts, st.integers(min_value=0, max_value=3), st.booleans())
def test_vietnamese_format_parses_back_to_itself(value: Decimal, decimals: int, group: bool) -> None:
    written = format_vn(value, decimals, group=group)
    expected = Decimal(value).quantize(Decimal(1).scaleb(-decimals)) if decimals else Decimal(int(value))
    assert to_decimal(written) == expected
    assert parse_number(written) == float(expected)


@given(st.integers(min_value=1, max_value=10**12), st.sampled_from(["người", "triệu đồng", "ha", "%", "hộ"]))
def test_a_written_figure_is_read_with_its_value(value: int, unit: str) -> None:
    text = f"đã có {format_vn(value)} {unit} tham gia"
    figs = scan(text)
    factor = 1_000_000 if unit == "triệu đồng" else 1
    assert [f.value for f in figs] == [float(value * factor)]  # the column is float64


@settings(max_examples=300)
@given(st.integers(min_value=1, max_value=31), st.integers(min_value=1, max_value=12),
       st.integers(min_value=1900, max_value=2099), st.sampled_from(["/", "-"]),
       st.booleans(), st.sampled_from(["ngày ", "", "từ ", "(", "đến "]))
def test_no_figure_from_a_date(day: int, month: int, year: int, sep: str, pad: bool, before: str) -> None:
    d = f"{day:02d}" if pad else str(day)
    m = f"{month:02d}" if pad else str(month)
    for text in (f"Thực hiện {before}{d}{sep}{m}{sep}{year} của Ban", f"{before}tháng {m}/{year}, "
                 f"và {before}{d}/{m}/{year}"):
        assert scan(text) == [], text


# Syllables of counted-noun phrases, with the traps of underthesea's tokenizer and normaliser:
# "Th?s" (its ``Th.S`` pattern), misspelt syllables it rewrites ("baì"), new-style tones, capitals.
_SYLLABLES = ["nhà", "tình", "thương", "hộ", "nghèo", "cán", "bộ", "đảng", "viên", "xã", "phường", "lớp", "bồi",
              "dưỡng", "nghiệp", "vụ", "chị", "khó", "khăn", "số", "tiền", "bò", "sinh", "sản", "dự", "án", "HVTN",
              "tham", "gia", "Nghĩa", "Hà", "Nội", "UBND", "đợt", "ra", "quân", "hưởng", "ứng", "thẻ", "bảo", "hiểm",
              "y", "tế", "Th", "ThS", "This", "Thư", "sáng", "baì", "caí", "hoà", "khoẻ", "thuỷ", "người", "con",
              "cái", "chiếc", "công", "trình", "tỷ", "đồng", "và", "của", "cho", "được", "Đảng", "BỘ", "GIAI",
              "ĐOẠN", "Thạc", "sĩ", "hội", "nghị", "đại", "đoàn", "kết", "vấn", "đề", "buổi", "tập", "huấn"]
_PHRASES = st.lists(st.tuples(st.sampled_from(_SYLLABLES), st.sampled_from([str, str.capitalize, str.upper]))
                    .map(lambda pair: pair[1](pair[0])), min_size=1, max_size=6).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_PHRASES)
def test_counted_noun_tags_are_underthesea_pos_tags(phrase: str) -> None:
    """The plain-word path (no regex tokenizer, no model for one token) segments as
    ``word_tokenize`` and tags as ``pos_tag``'s tagger does the phrase's words after a number."""
    from underthesea import word_tokenize
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    from extractors.figure_counted import _tags, _word_segments

    words = word_tokenize(phrase)
    assert _word_segments(phrase) == words
    assert _tags.__wrapped__(phrase) == tuple(CRFPOSTagPredictor.Instance().predict(["1", *words]))[1:]


def _unit_pieces() -> list[str]:
    from extractors.figure_units import units

    return sorted({part for surface in units() for part in (surface, *surface.split(" "), surface[:2])})


@settings(max_examples=400)
@given(st.lists(st.one_of(st.sampled_from(_unit_pieces()),
                          st.sampled_from([" ", "  ", "\n", ",", "/", "a", "2", "²"])), max_size=10).map("".join))
def test_unit_groups_match_as_the_whole_alternation(text: str) -> None:
    """``match_unit`` tries only the group of the first character; the whole vocabulary, longest
    first, must find the same unit at every position."""
    import re

    import regex

    from extractors.figure_units import _alternation, match_unit, units

    whole = re.compile(_alternation(list(units())))
    # ``re`` has no \p{..}: its "not a letter or digit next" must be the Unicode one all the same
    unicode = regex.compile(_alternation(list(units())).replace(r"(?![^\W_])", r"(?![\p{L}\p{N}])"))
    for pos in range(len(text) + 1):
        m = whole.match(text, pos)
        assert match_unit(text, pos) == ((units()[" ".join(m.group().split())], m.end()) if m else None)
        assert (m and m.span()) == ((u := unicode.match(text, pos)) and u.span())


@given(amounts, st.integers(min_value=0, max_value=3), st.booleans(), st.sampled_from([1, 1.0, Decimal(1)]))
def test_scaling_by_one_is_the_exact_product(value: Decimal, decimals: int, group: bool, one: object) -> None:
    """``scaled``'s shortcut for a factor of one gives the float of the exact Decimal product."""
    from extractors.number_parse import scaled

    written = format_vn(value, decimals, group=group)
    assert scaled(written, one) == float(to_decimal(written) * Decimal(str(one)))


@settings(max_examples=800)
@given(st.text(alphabet="“”\"a;", max_size=16))
def test_quotes_found_by_jumps_are_the_patterns(text: str) -> None:
    from extractors.figure_prose import _QUOTED, _quotes

    assert list(_quotes(text)) == [m.span() for m in _QUOTED.finditer(text)]


_PHRASE_PIECES = ["hộ", "nghèo", "và", "với", "so", "cho", "để", "trong", "được", "chiếm", "vàx", "ab", "a" * 30, " ", "  ", "\n",
                  "\t", ",", ".", "(", "“", "…", "5", "12", "\u00a0", "\u2028"]


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(_PHRASE_PIECES), max_size=24).map("".join), st.integers(0, 60), st.integers(1, 9))
def test_phrase_end_counts_words_in_one_match(text: str, pos: int, max_words: int) -> None:
    """``phrase_end`` (its words counted by one repeated pattern) ends where the first stop in 80
    characters, then the word limit, say, less the words that lead on at its end: stops,
    connectors and the window included; none starts at a number. A clause mark a few words past the limit
    (``_CLAUSE_EXTRA``) moves the limit to it."""
    from extractors.figure_counted import (_CLAUSE_EXTRA, _DANGLING, _LEADING_STOP, _PHRASE_STOP, _WORD, clause_ends_at,
                                           phrase_end)

    pos = min(pos, len(text))
    window = min(len(text), pos + 80)
    stop = _PHRASE_STOP.search(text, pos, window)
    end = stop.start() if stop else window
    limit = max_words
    if stop is not None and clause_ends_at(text, stop) and len(text[pos:end].split()) <= max_words + _CLAUSE_EXTRA:
        limit += _CLAUSE_EXTRA
    words = list(_WORD.finditer(text, pos, end))[:limit]
    while words and words[-1].group() in _DANGLING:  # a word that leads on ends no phrase
        words.pop()
    # (a number right at ``pos`` is the next figure: no phrase)
    expected = pos if _LEADING_STOP.match(text, pos) or text[pos:pos + 1].isdigit() or not words else words[-1].end()
    assert phrase_end(text, pos, max_words) == expected


@settings(max_examples=300)
@given(st.lists(st.tuples(st.sampled_from(["hộ 5", "(số 5", "xã 12", "5", "năm\t7", "a  b 9"]), st.integers(0, 9)),
                max_size=8))
def test_remembered_answers_are_the_functions_answers(questions: list[tuple[str, int]]) -> None:
    """``last_word`` and ``match_unit`` repeat their last answer only for the same text and offset."""
    from extractors.figure_units import last_word, match_unit

    for text, pos in questions + questions[::-1]:
        text = "".join(text)  # a new string object, equal or not to the last one
        pos = min(pos, len(text))
        for remembered in (last_word, match_unit):
            assert remembered(text, pos) == remembered.__wrapped__(text, pos)
            assert remembered(text, pos) == remembered.__wrapped__(text, pos)
