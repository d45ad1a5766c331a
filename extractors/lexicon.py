"""Which syllables written together make one Vietnamese word, by underthesea's word list.

A pattern sees syllables, not words: ``LUẬT`` in ``THI HÀNH KỶ LUẬT ĐẢNG`` is the second half of
``kỷ luật`` (discipline), no law; ``[diện] tích dừa`` is no phrase. The list is the one underthesea's
segmentation model reads, shipped in the package (offline).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex

from pipeline.normalize import fold


@lru_cache(maxsize=1)
def lexicon() -> frozenset[str]:
    """The word list, folded: look words up by ``fold``."""
    import joblib
    import underthesea.pipeline.word_tokenize as segmentation

    (path,) = Path(segmentation.__file__).parent.glob("models/*/dictionary.bin")  # the one model it ships
    return frozenset(fold(w) for w in joblib.load(path))  # its tone marks are the old style (``uỷ``, ``hoà``)


def listed(words: list[str]) -> bool:
    """Whether ``words`` written together are one word of the list."""
    return fold(" ".join(words)) in lexicon()


_TWO_SYLLABLES_BEFORE = regex.compile(r"(?:(\w+)[ \t]+)?(\w+)[ \t]+\Z")


def opens_inside_word(folded: str, start: int) -> bool:
    """Whether the syllable at ``start`` ends a word with the one before it (``kỷ [luật]``, ``pháp [luật]``),
    unless that one already ends a word of its own with the one before it (``quy định [Luật Đất đai]``)."""
    before = _TWO_SYLLABLES_BEFORE.search(folded, max(0, start - 24), start)
    following = regex.match(r"\w+", folded[start:start + 12])
    if before is None or following is None:
        return False
    first, second = before.group(1), before.group(2)
    return listed([second, following.group()]) and not (first and listed([first, second]))
