"""Encoding detection (issue 2): every encoding found in Vietnamese archives, and refusals.

Files are built by ENCODING the real seed texts, so the round trip checks the
detector on seed-length documents; hand-written legacy strings (the national
motto as it looks in every mis-opened .VnTime/VNI file) check the tables
themselves, which a round trip through the same table could not.
"""
from __future__ import annotations

import codecs
import functools
import random
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPORA
from pipeline.encodings import cp1258_encode, decode, is_syllable, legacy_codec, vietnamese_evidence
from pipeline.load import load_bytes
from pipeline.models import LoadError

SEEDS = sorted(CORPORA.glob("0*_*.txt"))


def _seed(path, name: str = "vni") -> str:
    """Seed text limited to what the legacy encoding ``name`` can hold (no U+FFFD; no ¹ in TCVN3)."""
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    return "".join(c if _holds(name, c) else "?" for c in text)


@functools.lru_cache(maxsize=None)
def _holds(name: str, c: str) -> bool:
    try:
        return decode_one(name, _legacy(name, c)).lower() == c.lower()
    except UnicodeEncodeError:
        return False


def decode_one(name: str, data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258")) if name == "cp1258" else legacy_codec(name).decode(data)


def _legacy(name: str, text: str) -> bytes:
    return cp1258_encode(text) if name == "cp1258" else legacy_codec(name).encode(text)


# -- the tables, checked against text as real legacy files carry it -------------------

MOTTO = "Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc"


@pytest.mark.parametrize("name, glyphs", [
    ("tcvn3", "Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc"),
    ("vni", "Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc"),
])
def test_tables_read_the_motto_as_legacy_files_spell_it(name, glyphs):
    data = glyphs.encode("cp1252")
    assert legacy_codec(name).decode(data) == MOTTO
    assert legacy_codec(name).encode(MOTTO) == data


def test_cp1258_uses_combining_tones_and_comes_back_nfc():
    data = cp1258_encode("Việt Nam")
    assert data == b"Vi\xea\xf2t Nam"  # ê, then the combining dot below
    assert decode(cp1258_encode(MOTTO * 3)) == (MOTTO * 3, "cp1258")


def test_tcvn3_capital_headings_come_back_capital():
    data = "CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM\nB¸o c¸o cña §¶NG uû\n".encode("cp1252") * 2
    text, enc = decode(data)
    assert enc == "tcvn3"
    assert text.split("\n")[:2] == ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Báo cáo của ĐẢNG uỷ"]


@pytest.mark.parametrize("word", ["người", "được", "nghiêng", "quốc", "khuya", "giữa", "gì", "thuỷ", "thủy",
                                  "hoà", "hòa", "Đảng", "ĐẢNG", "xoong", "uỷ", "ạ", "oái", "bát", "bạt"])
def test_vietnamese_syllables_are_valid(word):
    assert is_syllable(word)


@pytest.mark.parametrize("word", ["bat", "bàt", "Th«ng", "§¶ng", "thoâng", "présenté", "Straße", "niño",
                                  "ngàý", "économie", "über", "hoàà", "đẳngg"])
def test_non_syllables_are_rejected(word):
    assert not is_syllable(word)


# -- seed-length round trips -----------------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("name", ["cp1258", "vni"])
def test_seed_round_trip_is_exact(seed, name):
    text = _seed(seed, name)
    out, enc = decode(_legacy(name, text).replace(b"\n", b"\r\n"))
    assert enc == name
    assert out.replace("\r\n", "\n") == text


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seed_round_trip_tcvn3_loses_only_capitals_tcvn3_cannot_hold(seed):
    text = _seed(seed, "tcvn3")
    out, enc = decode(legacy_codec("tcvn3").encode(text))
    assert enc == "tcvn3"
    assert out.lower() == text.lower()
    changed = [(a, b) for a, b in zip(text.split(), out.split()) if a != b]
    for original, got in changed:  # only capital toned letters in mixed-case words ("Ủy", "PhuỚc")
        assert all(a == b or (a.isupper() and not a.isascii() and b == a.lower())
                   for a, b in zip(original, got)), (original, got)
    assert len(changed) <= 0.01 * len(text.split())


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_seed_unicode_forms(seed, codec):
    text = unicodedata.normalize("NFC", seed.read_text(encoding="utf-8"))
    out, enc = decode(text.replace("\n", "\r\n").encode(codec))
    assert enc == codec.removesuffix("-le").removesuffix("-be").removesuffix("-sig")
    assert out.replace("\r\n", "\n") == text


def test_decomposed_utf8_comes_back_nfc():
    text = unicodedata.normalize("NFC", SEEDS[2].read_text(encoding="utf-8"))
    out, enc = decode(unicodedata.normalize("NFD", text).encode("utf-8"))
    assert (out, enc) == (text, "utf-8")


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_legacy_font_glyphs_saved_as_unicode_are_converted(name):
    text = _seed(SEEDS[2], name)
    glyphs = legacy_codec(name).encode(text).decode("cp1252")
    out, enc = decode(glyphs.encode("utf-8"))
    assert enc == f"utf-8+{name}"
    assert out.lower() == text.lower()


@pytest.mark.parametrize("name", ["cp1258", "tcvn3", "vni"])
def test_one_sentence_is_enough(name):
    sentence = "Đảng ủy phường tổ chức hội nghị sơ kết công tác dân vận."
    assert decode(_legacy(name, sentence)) == (sentence, name)


def test_detection_margin_on_real_reports(extra_dir):
    """The numbers the thresholds rest on: right table ≥ 0.99, wrong tables ≤ 0.45 (7 reports)."""
    reports = SEEDS + sorted(extra_dir.glob("*.txt"))
    assert len(reports) >= 7
    for seed in reports:
        for right in ("cp1258", "tcvn3", "vni"):
            text = _seed(seed, right)
            data = _legacy(right, text)
            for name in ("cp1258", "tcvn3", "vni"):
                share = vietnamese_evidence(decode_one(name, data)).share
                assert share >= 0.99 if name == right else share <= 0.45, (seed.name, right, name, share)


_WORDS = [w for seed in SEEDS for w in _seed(seed, "tcvn3").split()]


@settings(max_examples=150, deadline=None)
@given(st.integers(0, len(_WORDS) - 1), st.integers(4, 200), st.sampled_from(["cp1258", "vni", "tcvn3"]))
def test_any_stretch_of_seed_text_is_decoded_right_or_refused_never_wrong(start, length, name):
    text = " ".join(_WORDS[start:start + length])
    if vietnamese_evidence(text).words < 1:
        return  # an ASCII-only stretch is plain UTF-8 and has no legacy form to test
    try:
        out, enc = decode(_legacy(name, text))
    except LoadError:
        return  # a few words may not settle it; refusing is allowed, guessing is not
    assert enc == name
    assert out == text if name != "tcvn3" else out.lower() == text.lower()


def test_twenty_words_are_almost_always_enough():
    """Measured: 20-word stretches of the seeds, 600 of them, each in all three legacy encodings."""
    rnd = random.Random(20)
    decided = total = 0
    for _ in range(600):
        start = rnd.randrange(len(_WORDS) - 20)
        text = " ".join(_WORDS[start:start + 20])
        if vietnamese_evidence(text).words < 3:
            continue
        for name in ("cp1258", "vni", "tcvn3"):
            total += 1
            try:
                decided += decode(_legacy(name, text))[1] == name
            except LoadError:
                pass
    assert total > 1500 and decided / total >= 0.99, (decided, total)


# -- refusals: never mojibake ---------------------------------------------------------

@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("size", [50, 4000])
def test_random_bytes_are_refused(seed, size):
    rnd = random.Random(seed)
    data = bytes(rnd.randrange(128, 256) if i % 3 else rnd.randrange(256) for i in range(size))
    with pytest.raises(LoadError, match="encoding|binary"):
        decode(data)


def test_random_high_bytes_between_words_are_refused():
    """Printable but meaningless: letters-and-spaces shape, no language."""
    rnd = random.Random(7)
    words = [bytes(rnd.randrange(0xA0, 0x100) for _ in range(rnd.randrange(2, 7))) for _ in range(300)]
    with pytest.raises(LoadError, match="cannot determine text encoding"):
        decode(b" ".join(words))


WESTERN = {
    "fr": "Le président de la République a présenté hier à l'Assemblée nationale un projet de loi sur "
          "l'économie ; les députés ont été très critiques à l'égard de cette réforme, jugée trop coûteuse. "
          "Où allons-nous ? Ça dépend des élèves, des forêts et des hôpitaux.",
    "de": "Die Bundesregierung hat am Mittwoch über die Änderung des Gesetzes beraten. Die Straßen in München "
          "müssen schöner werden, sagte der Bürgermeister. Größere Städte benötigen mehr Grünflächen.",
    "es": "El presidente del Gobierno anunció ayer que el próximo año habrá más inversión en educación. "
          "Los niños recibirán ayudas; según el ministerio, la situación económica ha mejorado. ¿Qué opinan?",
}


@pytest.mark.parametrize("lang", WESTERN)
@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_western_latin1_text_is_read_as_itself_never_as_vietnamese(lang, codec):
    text, enc = decode(WESTERN[lang].encode(codec))
    assert (text, enc) == (WESTERN[lang], "cp1252")


def test_too_little_evidence_is_refused_not_guessed():
    with pytest.raises(LoadError, match="too few"):
        decode("Report 2021: ".encode() + "§¶ng".encode("cp1252"))


# -- through the loader ------------------------------------------------------------------

@pytest.mark.parametrize("name", ["cp1258", "tcvn3", "vni"])
def test_legacy_file_loads_like_its_utf8_twin(name):
    text = _seed(SEEDS[2], name)
    twin = load_bytes(text.encode("utf-8"), "twin.txt")
    legacy = load_bytes(_legacy(name, text), "legacy.txt")
    assert legacy.status == "ok" and legacy.encoding == name
    assert [b.text.lower() for b in legacy.blocks] == [b.text.lower() for b in twin.blocks]


def test_undecidable_file_becomes_an_error_row():
    rnd = random.Random(3)
    doc = load_bytes(bytes(rnd.randrange(256) for _ in range(3000)), "noise.txt")
    assert doc.status == "error" and doc.error and not doc.blocks


def test_bom_that_lies_is_an_error():
    with pytest.raises(LoadError, match="byte-order mark"):
        decode(codecs.BOM_UTF8 + b"\xff\xfe\xfa bad")


# -- damaged UTF-8 ----------------------------------------------------------------------

@pytest.mark.parametrize("cut", [1, 2])
def test_utf8_cut_inside_its_last_character(cut):
    data = "Báo cáo kết quả công tác dân vận năm 2020 của Ban Dân vận Thị ủy".encode("utf-8")
    end = data.rindex("ủ".encode("utf-8")) + cut  # inside the 3-byte ủ
    text, enc = decode(data[:end])
    assert enc == "utf-8" and text.endswith("Thị ")


def test_utf8_with_a_stray_cp1252_word_is_utf8_not_legacy():
    text = unicodedata.normalize("NFC", SEEDS[2].read_text(encoding="utf-8"))
    at = text.index("\n", 2000)
    data = text[:at].encode("utf-8") + " (café)".encode("cp1252") + text[at:].encode("utf-8")
    out, enc = decode(data)
    assert enc == "utf-8+cp1252"
    assert out == text[:at] + " (café)" + text[at:]


def test_a_stray_control_byte_does_not_make_a_legacy_file_binary():
    text = _seed(SEEDS[2], "vni")
    data = legacy_codec("vni").encode(text)
    out, enc = decode(data[:500] + b"\x00" + data[500:])
    assert enc == "vni" and out.replace("\x00", "") == text


def test_tcvn3_a_sentence_opens_with_its_capital() -> None:
    """TCVN3 has one code for ``ủ`` and ``Ủ``: a paragraph or sentence that opens with it opened with the
    capital (``Ủy ban nhân dân xã`` came out ``ủy ban …``); a wrapped line going on in lower case stays."""
    text = "Ủy ban nhân dân xã đã họp. Ủy ban phân công.\nNăm 2019, Hội nông dân xã\nủng hộ quỹ.\n- Ủng hộ 5 triệu đồng.\n"
    out, enc = decode(legacy_codec("tcvn3").encode(text))
    assert (out, enc) == (text, "tcvn3")


def test_tcvn3_a_period_after_a_names_initial_or_an_abbreviation_opens_no_sentence() -> None:
    """``Nguyễn Văn T. ở thôn 3``, ``ông Hoàng A. ủy viên``, ``v.v. ảnh hưởng``: the sentence goes on, its toned letter
    stays lower-case (it came back ``T. Ở thôn``), also across a wrapped line; a sentence after ``loại A.`` (no name
    before the letter), ``v.v...`` or a heading's ``I.`` opens with its capital."""
    text = ("Ông Nguyễn Văn T. ở thôn 3 đã nộp phạt. Theo ông Hoàng A. ủy viên Ban Thường vụ, do ý thức kém, v.v. ảnh\n"
            "hưởng lớn. Bà Lê Thị H.\nở xã Tế Thắng bị lừa. Nhà văn hóa đạt loại A. Ước tính 5 hộ, v.v... Ước tính 3 hộ.\n"
            "I. Ưu điểm\n")
    out, enc = decode(legacy_codec("tcvn3").encode(text))
    assert (out, enc) == (text, "tcvn3")


def test_tcvn3_a_names_toned_initial_inside_a_sentence_comes_back_capital() -> None:
    """``Nguyễn Thị ánh``, ``huyện ứng Hòa``: a name's toned initial TCVN3 has no capital for, after ``Thị``/``Văn`` or
    after a unit's type word with the name going on in capitals (the place was lost); ``Hà Nội ước tính`` stays."""
    text = ("Đoàn kiểm tra của đồng chí Nguyễn Thị Ánh đã làm việc tại huyện Ứng Hòa và xã Ân Phú. Hà Nội ước tính "
            "có 5 hộ, xã ủng hộ thêm.\n")
    out, enc = decode(legacy_codec("tcvn3").encode(text))
    assert (out, enc) == (text, "tcvn3")


def test_tcvn3_short_capital_words_of_a_header_column_come_back_capital() -> None:
    """A text header's line holds a capitals column beside a mixed-case one: its short words
    (``ỦY``: ``ủY``, a capital after a toned letter; ``XÃ`` between two capital words) were
    drawn by the capitals font; a mixed-case ``Xã`` of body text or of the other column stays."""
    text = ("ĐẢNG ỦY XÃ SƠN KIM 1          Hà Tĩnh, ngày 5 tháng 7 năm 2025\n"
            "CHI BỘ ỦY BAN\n"
            "ỦY BAN NHÂN DÂN XÃ\tCỘNG HÒA Xã hội\n"
            "Làm việc với UBND Xã Sơn Kim và Sở Y tế.\n")
    out, enc = decode(legacy_codec("tcvn3").encode(text * 2))
    assert enc == "tcvn3"
    assert out == text * 2


def test_tcvn3_a_short_capital_word_ending_a_crlf_line_comes_back_capital() -> None:
    """``Nơi nhận:\\tTM. BAN THƯỜNG VỤ`` in a CRLF file came out ``… THƯỜNG Vụ``: the line's ``\\r`` was read as a
    letter of its last word."""
    text = "Nơi nhận:\tTM. BAN THƯỜNG VỤ\r\n- Hội Nông dân tỉnh;\tCHỦ TỊCH\r\n" * 2
    out, enc = decode(legacy_codec("tcvn3").encode(text))
    assert enc == "tcvn3" and "TM. BAN THƯỜNG VỤ\r" in out


def test_tcvn3_committee_names_inside_a_sentence_come_back_capital():
    """TCVN3 has one code for ``ủ`` and ``Ủ``: ``của Ủy ban nhân dân huyện`` came back ``của ủy ban …`` and named no
    body (``Ủy ban Mặt trận Tổ quốc`` lost its ``Ủy ban``); a member (``ủy viên``) stays lower-case."""
    text = ("Thực hiện Kế hoạch của Ủy ban nhân dân huyện về chuyển đổi số, Ban Thường vụ đã phối hợp với Ủy ban Mặt trận "
            "Tổ quốc Việt Nam huyện và các ủy viên Ban Chấp hành.")
    out, enc = decode(legacy_codec("tcvn3").encode(text))
    assert (out, enc) == (text, "tcvn3")
