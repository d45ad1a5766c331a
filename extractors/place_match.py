"""Finding place mentions in block text: gazetteer names, type words, numbers.

All gazetteer names (every era) sit in one Aho-Corasick automaton over
``normalize.fold``ed text, built once per process; a hit is then classified by
what stands before it (a type word, a Party committee word, nothing). Folding
keeps tone marks, so ``Long Hoa`` and ``Long Hòa`` stay different names, and it
is length-preserving, so spans are cut from the original text at the same
offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
import regex

from gazetteers.admin_units import TYPE_LEVELS, by_name
from pipeline.models import Block
from pipeline.normalize import fold
from extractors._overlap import leftmost_longest

# Type words as written → canonical type. Longest first so ``thị xã`` beats ``xã``.
TYPE_WORDS: dict[str, str] = {t: t for t in TYPE_LEVELS} | {"tp.": "thành phố", "tp": "thành phố", "tx.": "thị xã", "tx": "thị xã"}
VILLAGE_TYPES = ("khóm", "ấp", "thôn", "khu phố", "tổ dân phố")
# A Party committee named after its unit: ``Thành ủy Sa Đéc`` names the city.
COMMITTEE_TYPES = {"tỉnh ủy": "tỉnh", "thành ủy": "thành phố", "huyện ủy": "huyện", "thị ủy": "thị xã", "quận ủy": "quận"}

_alt = lambda words: "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
_TYPE_BEFORE = regex.compile(rf"(?:^|(?<=[^\w]))({_alt(list(TYPE_WORDS) + list(VILLAGE_TYPES))})\s*$")
_COMMITTEE_BEFORE = regex.compile(rf"(?:^|(?<=[^\w]))({_alt(COMMITTEE_TYPES)})\s+$")
# A type word followed by a name the gazetteer may not hold (villages, numbers).
_TYPED_ANY = regex.compile(rf"(?<![\w.])({_alt(list(TYPE_LEVELS) + list(VILLAGE_TYPES))})[ \t]+(?=\w)")
_NUMBERED = {"phường", "quận", "khóm", "ấp", "khu phố", "tổ dân phố", "thôn"}  # ``Phường 1``, ``khu phố 2``
_NUMBER = regex.compile(r"\d{1,3}[A-Za-z]?(?![\w/.,]\d|\w)")
TITLE_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]*")
_TITLE_RUN = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]*(?:[ ]\p{Lu}[\p{Ll}\p{M}]*){0,3}")
# First words that start a body's name, not a place's (``xã Hội`` is "society").
_NOT_A_NAME = {"hội", "ủy", "uỷ", "đoàn", "đảng", "ban", "nhân", "chủ", "trung", "văn"}
_PLACE_DATE = regex.compile(
    r"^[ \t*_#>|]*(\p{Lu}[\p{L}\p{M}]*(?:[ \-]\p{Lu}[\p{L}\p{M}]*){0,4})[ \t]*,\s*ngày\b", regex.MULTILINE)


@dataclass
class Hit:
    """A candidate place mention in one block."""

    block: Block
    start: int  # span start (the type word when one is written)
    end: int
    name_start: int
    name_key: str | None  # folded gazetteer key; None for names no gazetteer holds
    written_type: str | None
    how: str  # typed | committee | bare | place_date | numbered | village | typed_unknown

    @property
    def name_text(self) -> str:
        return self.block.text[self.name_start:self.end]


@lru_cache(maxsize=1)
def automaton() -> ahocorasick.Automaton:
    """Every gazetteer name (all eras, both ``qui``/``quy`` spellings) → its key."""
    auto = ahocorasick.Automaton()
    for name in by_name():
        if len(name) >= 2 and not name[0].isdigit() and not name.startswith(("phường ", "quận ")):
            auto.add_word(name, name)
    auto.make_automaton()
    return auto


# Line breaks and tabs, each to one space (``str.translate`` with a dict is ten times slower).
_SPACES = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f\x85\u2028\u2029]")


def matching_text(text: str) -> str:
    """``fold`` plus every line break or tab as a space: still length-preserving."""
    return _SPACES.sub(" ", fold(text))


def _block_matching_text(block: Block) -> str:
    return _SPACES.sub(" ", block.folded)


def block_matching_text(block: Block) -> str:
    """``matching_text`` of a block, computed once from its folded text: places and bodies both read it."""
    return block.derived(_block_matching_text)


def name_hits(folded: str) -> list[tuple[int, int, str]]:
    """Longest non-overlapping gazetteer names on word boundaries: (start, end, key)."""
    found = []
    size = len(folded)
    for last, name in automaton().iter(folded):
        start, end = last - len(name) + 1, last + 1
        # on word boundaries; inline, as it runs for every gazetteer name inside every word
        if (start == 0 or not folded[start - 1].isalnum()) and (end == size or not folded[end].isalnum()):
            found.append((start, end, name))
    return leftmost_longest(found)


def find(block: Block) -> list[Hit]:
    """Every candidate place mention in ``block``, classified; bare ones still unchecked."""
    text = block.text
    folded = block_matching_text(block)
    hits: list[Hit] = []
    taken: set[int] = set()
    for start, end, name in name_hits(folded):
        before = folded[max(0, start - 12):start]
        typed = _TYPE_BEFORE.search(before)
        # A written name starts with a capital (``phường văn minh`` is "a civilised ward").
        if typed and text[start].isupper():
            tstart = start - len(before) + typed.start(1)
            if typed[1] in VILLAGE_TYPES:  # ``ấp Phú Hòa``: a hamlet, whatever commune shares its name
                continue
            hits.append(Hit(block, tstart, end, start, name, TYPE_WORDS[typed[1]], "typed"))
            taken.add(start)
            continue
        committee = _COMMITTEE_BEFORE.search(before)
        if committee:
            hits.append(Hit(block, start, end, start, name, COMMITTEE_TYPES[committee[1]], "committee"))
        else:
            hits.append(Hit(block, start, end, start, name, None, "bare"))
        taken.add(start)
    for m in _TYPED_ANY.finditer(folded):
        name_start = m.end()
        if name_start in taken:
            continue
        word = m[1]
        written = text[m.start():m.end(1)]
        if not (written.islower() or written[0].isupper()):
            continue
        number = _NUMBER.match(text, name_start)
        if number and word in _NUMBERED:
            hits.append(Hit(block, m.start(), number.end(), name_start, None, word, "numbered"))
            continue
        run = _TITLE_RUN.match(text, name_start)
        if not run or fold(run[0].split()[0]) in _NOT_A_NAME:
            continue
        how = "village" if word in VILLAGE_TYPES else "typed_unknown"
        if how == "typed_unknown" and len(run[0].split()) < 2:
            continue
        hits.append(Hit(block, m.start(), run.end(), name_start, None, word, how))
    hits.sort(key=lambda h: h.start)
    return hits


def place_date(block: Block) -> tuple[int, int] | None:
    """The place of a ``Sa Đéc, ngày …`` line: (start, end) of the name, if a line of the block opens with one."""
    m = _PLACE_DATE.search(block.text)
    return (m.start(1), m.end(1)) if m else None
