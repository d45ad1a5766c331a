"""Bytes → Unicode text, detecting the encoding (SPEC §1).

Archives of Vietnamese reports hold UTF-8 and UTF-16 next to the three legacy
encodings of the 1990s–2000s: Windows-1258 (tone marks as combining
characters), TCVN3/ABC (the ``.VnTime`` fonts, one byte per lowercase toned
letter) and VNI-Windows (a base letter followed by a mark byte). A wrong guess
does not fail loudly, it produces mojibake that every extractor then misreads,
so the rule here is: decide by evidence, with a margin, or refuse.

The evidence is Vietnamese phonotactics. Every Vietnamese word is one syllable
from a small, well-defined inventory (onset + rhyme, at most one tone, and a
syllable closed by -p -t -c -ch takes only the sắc or nặng tone). Decoding the
same bytes with each candidate and counting how many of the words that carry a
non-ASCII letter are valid syllables separates the candidates sharply: the
right table gives 99.4–99.8 % on seven real reports, the wrong ones at most
44 % (``Th«ng``, ``Thoâng`` fail). The ASCII part of the text is identical
under every candidate and is therefore ignored. Text that reads as no
Vietnamese encoding but as plain Western European words is returned as
cp1252; anything else is refused with the numbers that decided it.

Tables: TCVN3 and VNI are kept as data in ``gazetteers/encodings/*.tsv``
(TCVN 5712:1993 VN3 layout; VNI-Windows font layout), one row per legacy byte
sequence, so the same table serves decoding and, for tests and round trips,
encoding. Libraries were evaluated: ``vniencoder`` implements the VNI *typing*
method (``a1`` → ``á``), not the VNI font encoding; ``viparse`` is a whole RAG
document loader (Python ≥ 3.11) whose VNI table is incomplete by its own
account (no ẳ) and whose detector works on already-decoded text, not bytes.
Two data files of about 210 rows are the smaller, auditable dependency; the
national motto as real .VnTime/VNI files spell it checks them in the tests.
"""
from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from pipeline.models import LoadError

# -- Vietnamese syllables ---------------------------------------------------------

_TONES = {"\u0300": "huyền", "\u0301": "sắc", "\u0303": "ngã", "\u0309": "hỏi", "\u0323": "nặng"}
_ONSETS = "ngh ng nh ch gh gi kh ph th tr qu b c d đ g h k l m n p r s t v x".split()
# Rhymes without a final consonant, and nuclei with the final consonants they take
# ("anh" and "ênh" exist, "ơnh" and "ônh" do not).
_OPEN = ("a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua uê ui uơ uy ưa ưi ưu "
         "iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyu").split()
_CLOSED = {
    "a": "c ch m n ng nh p t", "ă": "c m n ng p t", "â": "c m n ng p t", "e": "c m n ng p t",
    "ê": "ch m n nh p t", "i": "ch m n nh p t", "o": "c m n ng p t", "ô": "c m n ng p t", "ơ": "m n p t",
    "u": "c m n ng p t", "ư": "c m n ng t", "iê": "c m n ng p t", "yê": "c m n ng p t",
    "oa": "c ch m n ng nh p t", "oă": "c m n ng t", "oe": "n ng t", "oo": "c ng", "uâ": "n ng t",
    "uê": "ch n nh t", "uô": "c m n ng t", "ươ": "c m n ng p t", "uy": "ch n nh p t", "uyê": "n t",
}
_CODAS = ("ch", "ng", "nh", "c", "m", "n", "p", "t")


def _alt(items: list[str]) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


_SYLLABLE = regex.compile(
    rf"(?:{_alt(_ONSETS)})?(?:(?P<open>{_alt(_OPEN)})"
    rf"|(?P<closed>{_alt([n + c for n, codas in _CLOSED.items() for c in codas.split()])}))"
)
_CHECKED = {"c", "ch", "p", "t"}
# Words are cut at spaces, digits and punctuation only: a mis-decoded byte (« ¸ µ)
# must stay inside its word and spoil it, not split it into two clean ASCII halves.
# Digits split because web captures glue counters to words ("truy cập13").
_WORD_SPLIT = regex.compile(r"[\s!-@\[-`{-~\u2010-\u206f]+")


@lru_cache(maxsize=1 << 16)  # a report's vocabulary is a few thousand syllables, its length is not
def is_syllable(word: str) -> bool:
    """Whether ``word`` is a well-formed Vietnamese syllable (any case, any tone placement)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in decomposed if c in _TONES]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    match = _SYLLABLE.fullmatch(base)
    if match is None:
        return False
    coda = next((c for c in _CODAS if base.endswith(c)), None) if match["closed"] else None
    if coda in _CHECKED:
        return bool(tones) and _TONES[tones[0]] in ("sắc", "nặng")
    return True


@dataclass(frozen=True)
class Evidence:
    """How Vietnamese a decoding reads: among words with a non-ASCII character, the valid share."""

    words: int
    valid: int

    @property
    def share(self) -> float:
        return self.valid / self.words if self.words else 0.0


def vietnamese_evidence(text: str) -> Evidence:
    words = valid = 0
    for word in _WORD_SPLIT.split(unicodedata.normalize("NFC", text)):
        if word.isascii():
            continue
        words += 1
        valid += is_syllable(word)
    return Evidence(words, valid)


# -- legacy tables ----------------------------------------------------------------

@dataclass(frozen=True)
class LegacyCodec:
    """A font-era Vietnamese encoding: legacy byte sequences ↔ Unicode letters.

    Bytes a table does not list read as Windows-1252, because these fonts were
    Windows fonts: quotes, dashes and Latin letters outside the table render as
    cp1252 does.
    """

    name: str
    to_unicode: dict[str, str]  # legacy glyphs (cp1252-rendered) → NFC letter
    from_unicode: dict[str, str]
    pattern: regex.Pattern[str]

    def decode(self, data: bytes) -> str:
        glyphs = _cp1252(data)
        text = self.pattern.sub(lambda m: self._letter(m.group()), glyphs)
        return unicodedata.normalize("NFC", text)

    def _letter(self, seq: str) -> str:
        found = self.to_unicode.get(seq)
        if found is not None:
            return found
        # VNI writers mix cases: "Aù" (capital base, lowercase mark) is Á.
        alt = self.to_unicode.get(seq[0] + seq[1:].swapcase())
        if alt is None:
            return seq
        return alt.upper() if seq[0].isupper() else alt.lower()

    def encode(self, text: str) -> bytes:
        """Legacy bytes for ``text``; letters the encoding lacks raise ``UnicodeEncodeError``."""
        out = bytearray()
        for ch in unicodedata.normalize("NFC", text):
            seq = self.from_unicode.get(ch)
            if seq is None and ch.isupper():  # TCVN3: capitals come from the ...H font
                seq = self.from_unicode.get(ch.lower())
            out += seq.encode("cp1252") if seq is not None else ch.encode("cp1252")
        return bytes(out)


def _cp1252(data: bytes) -> str:
    """cp1252, with its five undefined bytes read as Latin-1 (control) instead of failing."""
    return data.decode("cp1252", errors="latin1fallback")


def _latin1_fallback(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start:err.end].decode("latin-1"), err.end


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    return _cp1252(err.object[err.start:err.end]), err.end


codecs.register_error("latin1fallback", _latin1_fallback)
codecs.register_error("cp1252fallback", _cp1252_fallback)


@lru_cache(maxsize=None)
def legacy_codec(name: str) -> LegacyCodec:
    """The TCVN3 or VNI table, read once from ``gazetteers/encodings/<name>.tsv``."""
    path = resources.files("gazetteers") / "encodings" / f"{name}.tsv"
    to_unicode: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("bytes\t"):
            continue
        hex_bytes, letter = line.split("\t")
        to_unicode[_cp1252(bytes.fromhex(hex_bytes))] = letter
    from_unicode: dict[str, str] = {}
    for seq, letter in to_unicode.items():
        from_unicode.setdefault(letter, seq)
    sequences = set(to_unicode)
    # Mixed-case variants of two-glyph sequences match too (resolved in _letter).
    sequences |= {s[0] + s[1:].swapcase() for s in to_unicode if len(s) > 1}
    pattern = regex.compile("|".join(regex.escape(s) for s in sorted(sequences, key=len, reverse=True)))
    return LegacyCodec(name, to_unicode, from_unicode, pattern)


@lru_cache(maxsize=1)
def _symbol_fonts() -> dict[tuple[str, int], str]:
    path = resources.files("gazetteers") / "encodings" / "symbol_fonts.tsv"
    table: dict[tuple[str, int], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line and not line.startswith(("#", "font\t")):
            font, code, char = line.split("\t")
            table[(font.lower(), int(code, 16))] = char
    return table


def symbol_char(font: str | None, code: str | None) -> str:
    """The Unicode character of a symbol-font glyph (Word's ``<w:sym w:font="Symbol" w:char="F0B3"/>`` is
    ≥), or "" for a glyph the table does not hold; a ``w:sym`` of an ordinary font is its character."""
    try:
        value = int(code or "", 16)
    except ValueError:
        return ""
    name = (font or "").strip().lower()
    if name in ("symbol", "wingdings"):  # (Wingdings 2 and 3 are other fonts: not listed, left out)
        return _symbol_fonts().get((name, value & 0xFF), "")
    if name.startswith("wingdings"):
        return ""
    return chr(value) if 0x20 <= value < 0xE000 else ""


_TCVN3_CAPS_WORD = regex.compile(r"[\p{Lu}\p{Ll}]*\p{Lu}[\p{Lu}\p{Ll}]*")
_ASCII_LETTERS = regex.compile(r"[A-Za-z]")


def _tcvn3_capitals(text: str, sentences: bool = True) -> str:
    """Upper-case the toned letters of capitalised headings and words.

    TCVN3 has no codes for capital toned letters: headings were typed with the
    lowercase codes in a ``.VnTimeH`` font that draws them as capitals, so
    ``BÁO CÁO`` arrives as ``B¸O C¸O`` → ``BáO CáO``. A word with two
    capitals and no lowercase ASCII letter was drawn so (``ĐẢNG`` from
    ``§¶NG``); a line with such a word and no lowercase ASCII is a heading,
    whose short words (``XÃ``, ``VỤ``) follow it. In a line mixing cases (a text
    header's two columns), such a short word between two capital words of its
    column is one of them (``ĐẢNG ỦY XÃ SƠN KIM 1`` beside ``Hà Tĩnh, ngày …``).
    A capital toned letter that starts a mixed-case word (``Số`` before ``-BC/TU``) cannot be told from a lowercase
    one and stays lowercase, but for ``Ủy ban``, a committee's name wherever it stands.
    ``sentences``: whether a sentence's toned first letter is taken for a capital; not where a font tells (a Word
    run's: ``.VnTimeH`` draws capitals, a ``.VnTime`` run's ``ở`` after ``Lê Thị H.`` was typed lower-case).
    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        words = [m.group() for m in _TCVN3_CAPS_WORD.finditer(line)]
        capital = [w for w in words if _is_capital_word(w)]
        heading = all(c.isupper() for c in _ASCII_LETTERS.findall(line))
        if heading and capital:
            lines[i] = line.upper()
        elif capital:
            line = _TCVN3_CAPS_WORD.sub(lambda m: m.group().upper() if _is_capital_word(m.group()) else m.group(), line)
            lines[i] = _COLUMN_GAP.sub(lambda m: _short_capitals(m.group()), line)
        if sentences:
            lines[i] = _sentence_capitals(lines[i], i == 0 or _LINE_ENDS_SENTENCE.search(lines[i - 1]) is not None)
    # ``Ủy ban`` inside a sentence: a committee's name (``của Ủy ban nhân dân huyện``, ``Ủy ban Mặt trận Tổ quốc``), as
    # the word hardly stands as a common noun; typed with the one code, it came out ``ủy ban`` and named no body
    text = _COMMITTEE.sub(lambda m: m.group(1).upper() + m.group(2), "\n".join(lines))
    # a name's toned initial inside a sentence: a person's after ``Thị``/``Văn`` (``Nguyễn Thị ánh``), a unit's after its
    # type word, where the name goes on in capitals (``huyện ứng Hòa``: the place was lost)
    return _PLACE_NAMED.sub(lambda m: m.group(1).upper(), _PERSON_NAMED.sub(lambda m: m.group(1).upper(), text))


# (not a committee's ``ủy`` before the verb ``ban hành``: ``Ban Thường vụ Thành ủy ban hành Quyết định``)
_COMMITTEE = regex.compile(r"(?<!\w)(?<!(?i:thành|tỉnh|huyện|quận|thị|đảng|chi|xã|phường|khối)[ \t])(ủ(?=y)|u(?=ỷ))(y ban|ỷ ban)"
                           r"(?![ \t]+hành)(?!\w)")


def _sentence_capitals(line: str, opens: bool) -> str:
    """A sentence opens with a capital: ``ủy ban nhân dân xã …`` opening a paragraph (or a sentence) was
    ``Ủy ban …``, typed with the one code TCVN3 has for both. ``opens``: whether the line opens a sentence, as when
    the one before ended one (a wrapped line goes on in lower case)."""
    return (_SENTENCE_START if opens else _INNER_SENTENCE_START).sub(lambda m: m.group(1) + m.group(2).upper(), line)


# a toned lower-case letter TCVN3 has no capital for, opening the line (after a list mark) or a sentence
_TONED = r"([^\W\dA-Za-zăâêôơưđ_])"
# A sentence ends at ``!``, ``?`` or a period, but not a period closing a name's initial after a capitalised word
# (``Nguyễn Văn T. ở thôn 3``, ``ông Hoàng A. ủy viên``) or an abbreviation in lower-case letters (``v.v. ảnh hưởng``):
# the sentence goes on. (An initial opening the line is a heading's numeral: ``I. Ưu điểm``.)
_SENTENCE_END = r"(?:[!?]|(?<!(?<!\w)(?:\p{Ll}|(?<=(?<!\w)\p{Lu}\w*[ \t])\p{Lu}))\.)"
_LINE_ENDS_SENTENCE = regex.compile(rf"(?:^|[:;]|{_SENTENCE_END})\s*$")
_SENTENCE_START = regex.compile(r"((?:^[ \t]*(?:[-+*•][ \t]+|\d{1,2}(?:\.\d{1,2})*[.)][ \t]+|[a-zđ]\)[ \t]+)?)"
                                rf"|(?<={_SENTENCE_END})[ \t]+)" + _TONED)
_INNER_SENTENCE_START = regex.compile(rf"((?<={_SENTENCE_END})[ \t]+)" + _TONED)
_NOT_COMMITTEE = r"(?!(?:ủy|uỷ)(?!\w))"  # (a committee's ``ủy`` after its level: ``Thị ủy``, ``tỉnh ủy Quảng Nam``)
_PERSON_NAMED = regex.compile(r"(?<=(?<!\w)(?:Thị|Văn)[ \t])" + _NOT_COMMITTEE + _TONED)
_PLACE_NAMED = regex.compile(r"(?<=(?<!\w)(?i:xã|phường|huyện|quận|thị xã|thị trấn|tỉnh|thành phố|thôn|ấp|xóm|bản|buôn)[ \t])"
                             + _NOT_COMMITTEE + _TONED + r"(?=\w*[ \t]+\p{Lu})")


def _is_capital_word(word: str) -> bool:
    """A word drawn in a capitals font: a capital after its first letter (``ĐảNG``, ``ủY``: no
    Vietnamese word is written so), no lowercase ASCII, and a toned letter."""
    return (any(c.isupper() for c in word[1:]) and not any(c.islower() and c.isascii() for c in word)
            and any(c.islower() for c in word))


# a column of a text header's line: what lies between runs of two spaces or a tab
_COLUMN_GAP = regex.compile(r"[^\t]+?(?=\t| {2,}|$)")


def _short_capitals(column: str) -> str:
    """``XÃ`` (``Xã``: one capital, then toned letters TCVN3 draws as capitals only in the font)
    between two capital words, or after two at the column's end."""
    words = column.split(" ")
    shouting = [w.isupper() for w in words]
    for k, written in enumerate(words):
        word = written.rstrip("\r")  # (a CRLF file's line ends in ``\r``, which is no letter of its last word)
        if not (len(word) >= 2 and word[0].isupper() and word[1:].islower() and not any(c.isascii() for c in word[1:])):
            continue
        after = shouting[k + 1] if k + 1 < len(words) else k >= 2 and shouting[k - 2]
        if k and shouting[k - 1] and after:
            words[k] = word.upper() + written[len(word):]
            shouting[k] = True
    return " ".join(words)


# -- Windows-1258 -----------------------------------------------------------------

def cp1258_encode(text: str) -> bytes:
    """Windows-1258 bytes as Vietnamese keyboards wrote them: base letter + combining tone."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += (base + tone).encode("cp1258")
    return bytes(out)


# -- detection --------------------------------------------------------------------

MIN_SHARE = 0.85  # right table: 0.994–0.998 on 7 real reports; wrong tables ≤ 0.44 (tests/test_encodings.py)
MIN_MARGIN = 0.3
MIN_WORDS = 3
MAX_FOREIGN_SHARE = 0.5  # French/German/Spanish measured at 0 %; between this and MIN_SHARE: refuse
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]")
# Letters only Vietnamese uses; â ê ô á à … are also Latin-1 glyphs of the legacy fonts.
_VIETNAMESE_LETTER = regex.compile(r"[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]")


def decode(data: bytes) -> tuple[str, str]:
    """Return (NFC text, encoding name) or raise LoadError saying why no encoding fits."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            if codec == "utf-8-sig":
                return _utf8(data[len(bom):], bom=True)
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise LoadError(f"file starts with a {codec} byte-order mark but is not {codec} (byte {exc.start})") from None
            return recover_legacy(text, codec)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return recover_legacy(*utf16)
    return _utf8(data, bom=False)


_UTF8_SEQUENCE = regex.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_UTF8_CUT = regex.compile(rb"[\xc2-\xdf]|[\xe0-\xef][\x80-\xbf]?|[\xf0-\xf4][\x80-\xbf]{0,2}")
MIXED_UTF8_RATIO = 20  # valid multi-byte sequences per stray byte, at least, to call a file UTF-8


def _utf8(data: bytes, bom: bool) -> tuple[str, str]:
    """UTF-8, also when cut inside its last character or carrying a few stray cp1252 bytes.

    Truncated downloads and files pasted together from two sources are common
    in archives. Legacy-encoded text has almost no valid UTF-8 multi-byte
    sequence, so a file with many of them and a few stray bytes is UTF-8
    with damage, and the stray bytes are read as cp1252 rather than guessed
    into a legacy table.
    """
    try:
        return recover_legacy(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc.start
    head = data[:first_error]
    if _UTF8_CUT.fullmatch(data[first_error:]) and _UTF8_SEQUENCE.search(head):
        return recover_legacy(head.decode("utf-8"), "utf-8")  # valid up to a cut inside the last character
    stray = data.decode("utf-8", "replace").count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    if len(_UTF8_SEQUENCE.findall(data)) >= MIXED_UTF8_RATIO * stray:
        return unicodedata.normalize("NFC", data.decode("utf-8", "cp1252fallback")), "utf-8+cp1252"
    if bom:
        raise LoadError(f"file starts with a UTF-8 byte-order mark but is not UTF-8 (byte {first_error})")
    return _legacy(data, utf8_error=first_error)


def recover_legacy(text: str, encoding: str) -> tuple[str, str]:
    """(text, encoding) of decoded text, unless it is legacy-font text stored as Latin-1 glyphs.

    Word documents typed in ``.VnTime`` or ``VNI-Times`` and saved as Unicode
    text keep the font's glyphs (``§¶ng``, ``Ñaûng``), and a Windows-1258
    file once converted as if it were Latin-1 keeps its bytes as letters
    (``Viêòt``): valid UTF-8, still unreadable. Such text has Latin-1 letters
    but no letter only Vietnamese uses, and reads as Vietnamese once its
    glyphs are taken back to bytes and decoded with the right table.
    """
    text = unicodedata.normalize("NFC", text)
    if _VIETNAMESE_LETTER.search(text) or text.isascii():
        return text, encoding
    try:
        glyph_bytes = text.encode("cp1252")
    except UnicodeEncodeError:
        return text, encoding
    own = vietnamese_evidence(text[:3 * SAMPLE_BYTES])
    (best, _, best_ev), (_, _, second_ev) = _rank(
        {name: _legacy_decode(name, _sample(glyph_bytes)) for name in ("cp1258", "tcvn3", "vni")})
    best_text = _legacy_decode(best, glyph_bytes) if best != "none" else None
    if best_text is not None and _confident(best_ev, max(own.share, second_ev.share)):
        return best_text, f"{encoding}+{best}"
    return text, encoding


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM, recognised by the zero high bytes of its ASCII characters."""
    if len(data) < 4 or len(data) % 2:
        return None
    probe = data[:8192]
    even, odd = probe[0::2], probe[1::2]
    for zeros, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.3 * len(zeros) and others.count(0) <= 0.02 * len(others):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            if len(_CONTROL.findall(text)) <= 0.001 * len(text):
                return text, "utf-16"
    return None


def legacy_text(text: str, name: str, sentences: bool = True) -> str:
    """``text`` of one legacy table's glyphs (cp1252 characters) as letters; ``sentences`` as ``_tcvn3_capitals``'s."""
    data = bytearray()
    for ch in text:
        try:
            data += ch.encode("cp1252")
        except UnicodeEncodeError:
            data += ch.encode("latin-1") if ord(ch) < 256 else ch.encode("utf-8")
    return _legacy_decode(name, bytes(data), sentences) or text


def legacy_font_codec(font: str | None) -> str | None:
    """The legacy table a font's name says its text is in: ``.VnTime``, ``.VnArialH`` (TCVN3), ``VNI-Times`` (VNI)."""
    if not font:
        return None
    if font.startswith(".Vn"):
        return "tcvn3"
    if font.upper().startswith("VNI-"):
        return "vni"
    return None


def from_font_glyphs(text: str, font: str, before: str = "") -> str:
    """Text a Word run typed in a legacy font (``®¶ng bé``, each glyph a byte of the font's table), as letters:
    such a run is stored as the glyphs' Windows characters, and reads as Vietnamese only through the table its
    font names. A TCVN3 capitals font (``.VnTimeH``) holds capitals (its table has lower-case letters only).
    The font tells a capital: a ``.VnTime`` run's toned letter after a sentence's end stays as typed (``Lê Thị H. ở
    xã``), where a text file's is taken for a capital. ``before``: the glyphs of the same paragraph right before the
    run, read with it, so that the run is no line of its own (``Nguyễn Thị`` ``¸nh``: a name's initial after ``Thị``).
    """
    name = legacy_font_codec(font)
    if name is None:
        return text
    letters = legacy_text(text, name, sentences=False)
    if before and name == "tcvn3":
        head, whole = legacy_text(before, name, sentences=False), legacy_text(before + text, name, sentences=False)
        if len(head) + len(letters) == len(whole):  # (one glyph, one letter: the run's own letters are the tail)
            letters = whole[len(head):]
    return letters.upper() if name == "tcvn3" and font.rstrip().endswith("H") else letters


def _legacy_decode(name: str, data: bytes, sentences: bool = True) -> str | None:
    if name == "cp1258":
        try:
            return unicodedata.normalize("NFC", data.decode("cp1258"))
        except UnicodeDecodeError:
            return None
    text = legacy_codec(name).decode(data)
    return _tcvn3_capitals(text, sentences) if name == "tcvn3" else text


SAMPLE_BYTES = 40_000  # per piece; three pieces (start, middle, end) decide a file of any size


def _sample(data: bytes) -> bytes:
    """Start, middle and end of a long file: enough evidence, bounded cost, no one-sided view."""
    if len(data) <= 3 * SAMPLE_BYTES:
        return data
    middle = len(data) // 2 - SAMPLE_BYTES // 2
    return b"\n".join((data[:SAMPLE_BYTES], data[middle:middle + SAMPLE_BYTES], data[-SAMPLE_BYTES:]))


def _rank(decoded: dict[str, str | None]) -> tuple[tuple[str, str, Evidence], tuple[str, str, Evidence]]:
    """Best reading and its strongest rival; readings identical to the best are no rival."""
    ranked = [(name, text, vietnamese_evidence(text)) for name, text in decoded.items() if text is not None]
    ranked.sort(key=lambda r: (r[2].share, r[2].words), reverse=True)
    none = ("none", "", Evidence(0, 0))
    best = ranked[0] if ranked else none
    rival = next((r for r in ranked[1:] if r[1] != best[1]), none)
    return best, rival


def _confident(best: Evidence, runner_up: float) -> bool:
    return best.words >= MIN_WORDS and best.share >= MIN_SHARE and best.share - runner_up >= MIN_MARGIN


def _legacy(data: bytes, utf8_error: int) -> tuple[str, str]:
    """Pick cp1258, TCVN3 or VNI by syllable evidence; else Western cp1252 if it reads as such."""
    sample = _cp1252(data[:65536])
    controls = len(_CONTROL.findall(sample))
    if controls > max(2, 0.001 * len(sample)):  # a stray NUL in a text export is tolerated, noise is not
        raise LoadError(f"binary data, not text (not UTF-8 at byte {utf8_error}; {controls} control bytes)")
    (best, _, evidence), (second, _, second_ev) = _rank(
        {name: _legacy_decode(name, _sample(data)) for name in ("cp1258", "tcvn3", "vni")})
    text = _legacy_decode(best, data) if best != "none" else None
    if text is not None and _confident(evidence, second_ev.share):
        return text, best
    western = _western(data)
    if western is not None and evidence.share < MAX_FOREIGN_SHARE:
        return western, "cp1252"
    if evidence.words < MIN_WORDS:
        raise LoadError(
            f"cannot determine text encoding: not UTF-8 (byte {utf8_error}) and too few non-ASCII words "
            f"({evidence.words}) to tell Windows-1258, TCVN3 and VNI apart"
        )
    raise LoadError(
        f"cannot determine text encoding: not UTF-8 (byte {utf8_error}); best Vietnamese reading {best} "
        f"has {evidence.share:.0%} valid syllables, {second} {second_ev.share:.0%}"
    )


_WESTERN_WORD = regex.compile(r"[\p{Latin}'’-]+")


def _western(data: bytes) -> str | None:
    """Windows-1252 text in a Western European language, when its accented words are plain words.

    Mis-read Vietnamese shows symbols inside words (``Th«ng``, ``§¶ng``) or
    survives as VNI/TCVN3; real French, German or Spanish has accented letters
    only inside ordinary words.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    stripped = (w.strip("¿¡«»") for w in _WORD_SPLIT.split(text))
    words = [w for w in stripped if w and not w.isascii()]
    if not words:
        return None
    plain = sum(1 for w in words if _WESTERN_WORD.fullmatch(w))
    return unicodedata.normalize("NFC", text) if plain / len(words) >= 0.95 else None
