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
right table gives ~95–100 %, the wrong ones give garbage (``Th«ng``,
``Thoâng``) that fails. The ASCII part of the text is identical under every
candidate and is therefore ignored.

Tables: TCVN3 and VNI are kept as data in ``gazetteers/encodings/*.tsv``
(TCVN 5712:1993 VN3 layout; VNI-Windows font layout), one row per legacy byte
sequence, so the same table serves decoding and, for tests and round trips,
encoding. Libraries were evaluated: ``vniencoder`` implements the VNI *typing*
method (``a1`` → ``á``), not the VNI font encoding; ``viparse`` is a whole RAG
document loader (Python ≥ 3.11) whose VNI table is incomplete by its own
account (no ẳ) and whose detector works on already-decoded text, not bytes.
A 210-line data file is the smaller, auditable dependency.
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
# Rhymes without a final consonant, and nuclei that take one (c ch m n ng nh p t).
_OPEN = ("a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua uê ui uơ uy ưa ưi ưu "
         "iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyu").split()
_CLOSED = "a ă â e ê i o ô ơ u ư y iê yê oa oă oe oo uâ uê uô ươ uy uyê".split()
_CODAS = "ch ng nh c m n p t".split()


def _alt(items: list[str]) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


_SYLLABLE = regex.compile(
    rf"(?:{_alt(_ONSETS)})?(?:(?:{_alt(_OPEN)})|(?:{_alt(_CLOSED)})(?P<coda>{_alt(_CODAS)}))"
)
_CHECKED = {"c", "ch", "p", "t"}
# Words are cut at spaces and punctuation only: a mis-decoded byte (« ¸ µ) must
# stay inside its word and spoil it, not split it into two clean ASCII halves.
_WORD_SPLIT = regex.compile(r"[\s!-/:-@\[-`{-~\u2010-\u206f]+")


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
    if match["coda"] in _CHECKED:
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


codecs.register_error("latin1fallback", _latin1_fallback)


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


_TCVN3_CAPS_WORD = regex.compile(r"\b(?=\w*[A-ZĂÂÊÔƠƯĐ]\w*[A-ZĂÂÊÔƠƯĐ])(?=\w*\p{Ll})[\p{Lu}\p{Ll}]+\b")


def _tcvn3_capitals(text: str) -> str:
    """Upper-case the toned letters inside all-capital words.

    TCVN3 has no codes for capital toned letters: headings were typed with the
    lowercase codes in a ``.VnTimeH`` font that draws them as capitals. A word
    whose other letters are capitals (``BÁO``, ``ĐẢNG`` arrive as ``BáO``,
    ``ĐảNG``) was such a heading word; lowercase ASCII letters rule it out.
    """
    def fix(m: regex.Match[str]) -> str:
        word = m.group()
        if any(c.islower() and c.isascii() for c in word):
            return word
        return word.upper()

    return _TCVN3_CAPS_WORD.sub(fix, text)


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

MIN_SHARE = 0.85  # real text measured at ≥ 0.95; wrong tables at ≤ 0.35 (tests/test_encodings.py)
MIN_MARGIN = 0.3
MIN_WORDS = 3
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
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise LoadError(f"file starts with a {codec} byte-order mark but is not {codec} (byte {exc.start})") from None
            return _unicode_result(text, codec.removesuffix("-sig"))
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _unicode_result(*utf16)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _legacy(data, utf8_error=exc.start)
    return _unicode_result(text, "utf-8")


def _unicode_result(text: str, encoding: str) -> tuple[str, str]:
    """Unicode text, unless it is legacy-font text stored as Latin-1 glyphs.

    Word documents typed in ``.VnTime`` or ``VNI-Times`` and saved as Unicode
    text keep the font's glyphs (``§¶ng``, ``Ñaûng``): the file is valid UTF-8
    and still unreadable. Such text has Latin-1 letters but no Vietnamese
    letter at all, and reads as Vietnamese once mapped back through the table.
    """
    text = unicodedata.normalize("NFC", text)
    if _VIETNAMESE_LETTER.search(text) or text.isascii():
        return text, encoding
    try:
        glyph_bytes = text.encode("cp1252")
    except UnicodeEncodeError:
        return text, encoding
    own = vietnamese_evidence(text)
    ranked = _rank({name: _legacy_decode(name, glyph_bytes) for name in ("tcvn3", "vni")})
    (best, best_text, best_ev), (_, _, second_ev) = ranked[0], ranked[1]
    if _confident(best_ev, max(own.share, second_ev.share)):
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


def _legacy_decode(name: str, data: bytes) -> str | None:
    if name == "cp1258":
        try:
            return unicodedata.normalize("NFC", data.decode("cp1258"))
        except UnicodeDecodeError:
            return None
    text = legacy_codec(name).decode(data)
    return _tcvn3_capitals(text) if name == "tcvn3" else text


def _rank(decoded: dict[str, str | None]) -> list[tuple[str, str, Evidence]]:
    ranked = [(name, text, vietnamese_evidence(text)) for name, text in decoded.items() if text is not None]
    ranked += [("none", "", Evidence(0, 0))] * 2
    return sorted(ranked, key=lambda r: (r[2].share, r[2].words), reverse=True)


def _confident(best: Evidence, runner_up: float) -> bool:
    return best.words >= MIN_WORDS and best.share >= MIN_SHARE and best.share - runner_up >= MIN_MARGIN


def _legacy(data: bytes, utf8_error: int) -> tuple[str, str]:
    """Pick cp1258, TCVN3 or VNI by syllable evidence; else Western cp1252 if it reads as such."""
    if _CONTROL.search(_cp1252(data[:65536]).replace("\x0c", "")):
        raise LoadError(f"binary data, not text (not UTF-8 at byte {utf8_error}, control bytes present)")
    ranked = _rank({name: _legacy_decode(name, data) for name in ("cp1258", "tcvn3", "vni")})
    (best, text, evidence), (second, _, second_ev) = ranked[0], ranked[1]
    if _confident(evidence, second_ev.share):
        return text, best
    western = _western(data)
    if western is not None and evidence.share < MIN_SHARE:
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
    return text if plain / len(words) >= 0.95 else None
