"""Text normalization (SPEC §1).

Two forms of every text exist:

* ``clean(text)`` — what blocks store: NFC, ``Ð``→``Đ``, odd spaces as plain
  spaces, invisible characters dropped. The writer's spelling (``hoà`` vs
  ``hòa``, ``uỷ`` vs ``ủy``) is kept.
* ``fold(text)`` — what matching uses: ``clean`` plus lower case and one
  tone-mark placement. It is **length-preserving**, so an offset found in the
  folded text is the same offset in the block text, and extractors can match
  on ``fold`` while cutting spans from the original.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable, TypeVar

import regex

_F = TypeVar("_F", bound=Callable[..., object])
_TEXT_CACHES: list[Callable[..., object]] = []


def text_cache(maxsize: int) -> Callable[[_F], _F]:
    """An ``lru_cache`` for results keyed on text, registered so it can be emptied.

    Reports repeat their boilerplate, so caching on text pays in real runs; a
    benchmark that repeats a corpus must be able to empty these caches to show
    the cost without that help (``clear_text_caches``).
    """
    def wrap(fn: _F) -> _F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _TEXT_CACHES.append(cached)
        return cached  # type: ignore[return-value]
    return wrap


def clear_text_caches() -> None:
    """Empty every ``text_cache``: the state of a process that has read nothing yet."""
    for cached in _TEXT_CACHES:
        cached.cache_clear()  # type: ignore[attr-defined]

# Characters that look like a space but are not U+0020; folded one-for-one.
_ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Invisible characters that only break matching; removed.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_CLEAN_TABLE: dict[int, str | int | None] = {ord(c): " " for c in _ODD_SPACES}
_CLEAN_TABLE.update({ord(c): None for c in _INVISIBLE})
_CLEAN_TABLE.update({0x00D0: 0x0110, 0x00F0: 0x0111})  # Icelandic eth typed for Vietnamese đ
# C0 controls other than tab/newline and C1 controls never carry text.
_CLEAN_TABLE.update({c: None for c in range(0x00, 0x20) if c not in (0x09, 0x0A)})
_CLEAN_TABLE.update({c: None for c in range(0x7F, 0xA0)})

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền, sắc, ngã, hỏi, nặng

# "hoà/hòa", "khoẻ/khỏe", "thuỷ/thủy": in an open syllable the two conventions
# put the tone on different vowels. Matching uses the older one (tone on the
# first vowel), which is also what underthesea's text_normalize produces.
_NEW_STYLE = regex.compile(
    r"([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])(?!\p{L})"
    r"|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})"
)


# Any character ``_CLEAN_TABLE`` maps. Most text holds none, and a search for
# them costs a fraction of ``str.translate``, which looks every character up.
_NEEDS_CLEAN = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_CLEAN_TABLE)) + "]")


def clean(text: str) -> str:
    """Block text: NFC with the look-alikes and invisibles settled."""
    text = unicodedata.normalize("NFC", text)
    return text.translate(_CLEAN_TABLE) if _NEEDS_CLEAN.search(text) else text


def _move_tone(match: regex.Match[str]) -> str:
    first = match.group(1) or match.group(3)
    second = match.group(2) or match.group(4)
    decomposed = unicodedata.normalize("NFD", second)
    tone = "".join(c for c in decomposed if c in _TONES)
    base = "".join(c for c in decomposed if c not in _TONES)
    return unicodedata.normalize("NFC", first + tone) + unicodedata.normalize("NFC", base)


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# What ``_NEW_STYLE`` rewrites once the text is lower-cased, in plain ``re`` (several times cheaper
# than a ``regex`` substitution with a callback): its look-ahead skips "toàn", "hoạch" in C, as an
# ASCII letter is a letter; ``fold`` tests any other next character with ``str.isalpha``, which is
# exactly ``\p{L}``. Most blocks hold no candidate at all ("hóa" is the convention already).
# The "not after q" test follows the "u", so that the pattern still opens on a plain letter: ``re`` then
# skips from one "o" or "u" to the next instead of trying every position.
_MAY_MOVE_TONE = re.compile("o[àáảãạèéẻẽẹ](?![a-z])|u(?<!qu)[ỳýỷỹỵ](?![a-z])")


# Every pair ``_NEW_STYLE`` can match, moved once here: a dict look-up per match instead of three
# Unicode normalizations.
_MOVED = {pair: _NEW_STYLE.sub(_move_tone, pair) for pair in
          [o + v for o in "oO" for v in "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ"] + [u + v for u in "uU" for v in "ỳýỷỹỵỲÝỶỸỴ"]}


def fold(text: str) -> str:
    """Matching form of already clean text; same length as its input."""
    lowered = _lower_same_length(text)
    m = _MAY_MOVE_TONE.search(lowered)
    if m is None:
        return lowered  # most text: one search, nothing built
    parts: list[str] = []
    done = 0
    while m is not None:
        start, end = m.span()
        if not lowered[end:end + 1].isalpha():  # else another letter ("đ", "ư"...) goes on: nothing moves
            parts += (lowered[done:start], _MOVED[m.group()])
            done = end
        m = _MAY_MOVE_TONE.search(lowered, end)
    parts.append(lowered[done:])
    return "".join(parts)


def key(text: str) -> str:
    """Comparison key for names: clean, fold, and single spaces."""
    return " ".join(fold(clean(text)).split())
