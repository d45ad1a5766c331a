"""Finding place mentions in block text: gazetteer names, type words, numbers.

All gazetteer names (every era) sit in one Aho-Corasick automaton over
``normalize.fold``ed text, built once per process, with the type words and the
organisation names (``org_match``), so one pass over a block (``scan``) serves
both matchers; a name is then classified by what stands before it (a type word,
a Party committee word, nothing). Folding
keeps tone marks, so ``Long Hoa`` and ``Long Hòa`` stay different names, and it
is length-preserving, so spans are cut from the original text at the same
offsets.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator, NamedTuple

import ahocorasick
import regex

from gazetteers.admin_units import TYPE_LEVELS, by_name
from pipeline.models import Block
from pipeline.normalize import fold, key
from extractors._overlap import leftmost_longest

# Type words as written → canonical type. Longest first so ``thị xã`` beats ``xã``.
TYPE_WORDS: dict[str, str] = {t: t for t in TYPE_LEVELS} | {"tp.": "thành phố", "tp": "thành phố", "tx.": "thị xã", "tx": "thị xã"}
# (and the Central Highlands' ``buôn``, the North-west's ``bản``: ``buôn Wing``, ``bản Nà Hừ``)
VILLAGE_TYPES = ("khóm", "ấp", "thôn", "xóm", "khu phố", "tổ dân phố", "buôn", "bản")
# A Party committee named after its unit: ``Thành ủy Sa Đéc`` names the city.
# A level's Party committee or Youth Union committee, then the unit's name (``Tỉnh ủy Quảng Trị``, ``Tỉnh đoàn Hà Tĩnh``).
COMMITTEE_TYPES = {"tỉnh ủy": "tỉnh", "thành ủy": "thành phố", "huyện ủy": "huyện", "thị ủy": "thị xã", "quận ủy": "quận",
                   "tỉnh đoàn": "tỉnh", "thành đoàn": "thành phố", "huyện đoàn": "huyện", "thị đoàn": "thị xã", "quận đoàn": "quận"}

_alt = lambda words: "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
_TYPE_BEFORE = regex.compile(rf"(?:^|(?<=[^\w]))({_alt(list(TYPE_WORDS) + list(VILLAGE_TYPES))})\s*$")
_COMMITTEE_BEFORE = regex.compile(rf"(?:^|(?<=[^\w]))({_alt(COMMITTEE_TYPES)})\s+$")
# A type word followed by a name the gazetteer may not hold (villages, numbers): where
# ``(?<![\w.])(OPENER)[ \t]+(?=\w)`` matches, the longest opener first (``_typed_openings``).
_OPENERS = list(TYPE_LEVELS) + list(VILLAGE_TYPES)
_WORD = regex.compile(r"\w")


@lru_cache(maxsize=None)
def _is_word(char: str) -> bool:
    """``_WORD`` on one character, memoised: a cache look-up costs a fraction of a regex call."""
    return _WORD.match(char) is not None

_NUMBERED = {"phường", "quận", "khóm", "ấp", "khu phố", "tổ dân phố", "thôn", "xóm"}  # ``Phường 1``, ``khu phố 2``
_NUMBER = regex.compile(r"\d{1,3}[A-Za-z]?(?![\w/.,]\d|\w)")
_SENTENCE_GOES_ON = regex.compile(r"[ \t]+\p{Ll}")
# a number after a unit's type that goes on as a run of years or months is that long, no name (``chi bộ ấp 2 năm liền
# không kết nạp được đảng viên``, ``Trưởng ấp 5 năm liền``: it was a hamlet ``ấp 2``, and the years were lost)
SPELL_AFTER = regex.compile(r"[ \t]+(?:năm|tháng)[ \t]+(?:liền|liên[ \t]+tục|liên[ \t]+tiếp)(?!\w)", regex.IGNORECASE)
TITLE_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]*")
_TITLE_RUN = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]*(?:[ ]\p{Lu}[\p{Ll}\p{M}]*){0,3}")
# the same in a village's name printed in capitals, after its type word so printed (``CHI BỘ THÔN YÊN TRUNG``: it was
# ``THÔN Y``)
_CAPS_RUN = regex.compile(r"\p{Lu}[\p{Lu}\p{M}]*(?:[ ]\p{Lu}[\p{Lu}\p{M}]*){0,3}")
# (a header's other column run on, ``… YÊN TRUNG CỘNG HÒA XÃ HỘI …``, or the next body's name)
_CAPS_STOP = {"cộng", "độc", "số", "đảng", "ủy", "uỷ", "ban", "hội", "đoàn", "ubnd", "hđnd"}
# First words that start a body's name, not a place's (``xã Hội`` is "society").
# a village's number after its name, where the name ends (``thôn Lệ Sơn 1, …``; not ``thôn Đông 3 hộ``)
_NUMBERED_NAME = regex.compile(r"[ \t]\d{1,2}(?![\d/.,:]\d|\w)(?=[ \t]*(?:[,;.:)\n]|$|và(?!\w)|thuộc(?!\w)))")
NOT_A_NAME = {"hội", "ủy", "uỷ", "đoàn", "đảng", "ban", "nhân", "chủ", "trung"}
# (``Trung`` opens a body's word only as ``Trung ương``, ``Trung tâm``: ``thôn Trung Tiến`` is a village; ``Chi`` alone, its
# next word in lower case, only as ``Chi bộ``, ``Chi đoàn``, … : ``thôn Trung Tiến, Chi bộ thôn …`` listed no village ``Chi``)
# (``Văn phòng``, ``văn hóa``: a body or a word; ``thôn Văn Lâm``, ``xã Văn Xá`` are names)
_BODY_WORD_PAIRS = {"trung": ("ương", "tâm"), "chi": ("bộ", "đoàn", "hội", "ủy", "uỷ", "cục", "nhánh"),
                    "văn": ("phòng", "hóa", "hoá", "bản", "thư", "nghệ")}


def _body_word_first(run: str) -> bool:
    """Whether a capitalised run after a type word opens with a body's word, not a name (``xã Hội …``)."""
    words = fold(run).split()
    pair = _BODY_WORD_PAIRS.get(words[0])
    if pair is not None:
        return len(words) == 1 or words[1] in pair
    return words[0] in NOT_A_NAME


SURNAMES = {"nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
            "hồ", "ngô", "dương", "lý", "đinh", "trương", "đoàn", "lương", "mai", "tô", "lâm"}
# A word more of a typed name, in the name's own case (``XÃ TÂN HÒA PHÚ``, ``xã Tân Hòa Phú``).
_MORE_UPPER = regex.compile(r"[ ](\p{Lu}[\p{Lu}\p{M}]*)(?![\w])")
_MORE_TITLE = regex.compile(r"[ ](\p{Lu}[\p{Ll}\p{M}]*)(?![\w])")
# (and a time's first word: ``XÃ THẠCH ĐÀI NĂM 2023`` in a title in capitals was a commune ``Thạch Đài Năm``)
_MORE_NOT = NOT_A_NAME | {"văn"} | SURNAMES | {w.split()[0] for w in TYPE_WORDS} | {w.split()[0] for w in VILLAGE_TYPES} | {
    "năm", "tháng", "quý", "giai", "nhiệm", "khóa", "khoá", "kỳ", "lần"}
_PLACE_DATE = regex.compile(
    r"^[ \t*_#>|]*(\p{Lu}[\p{L}\p{M}]*(?:[ \-]\p{Lu}[\p{L}\p{M}]*){0,4})[ \t]*,\s*ngày\b", regex.MULTILINE)


@dataclass(slots=True)  # thousands per document: slots make them cheaper to build and read
class Hit:
    """A candidate place mention in one block."""

    block: Block
    start: int  # span start (the type word when one is written)
    end: int
    name_start: int
    name_key: str | None  # folded gazetteer key; None for names no gazetteer holds
    written_type: str | None
    how: str  # typed | committee | bare | listed | place_date | numbered | village | typed_unknown

    @property
    def name_text(self) -> str:
        return self.block.text[self.name_start:self.end]


# What a folded string found by the automaton is: a gazetteer name, a type word that opens a
# mention (``_OPENERS``), a type or committee word that may stand before a name, an organisation.
NAME, TYPE_OPENER, WORD_BEFORE, ORG = 1, 2, 4, 8


@lru_cache(maxsize=1)
def automaton() -> ahocorasick.Automaton:
    """Every gazetteer name (all eras, both ``qui``/``quy`` spellings), every type word and every
    organisation name or abbreviation (``org_match.organizations``) → (its length, itself, its
    roles, what ``org_match`` reads of it): one pass over a block finds them all, as a pass costs
    about the same whatever the automaton holds."""
    from extractors.org_match import organizations  # org_match imports this module

    roles: dict[str, int] = {}
    for name in by_name():
        if len(name) >= 2 and not name[0].isdigit() and not name.startswith(("phường ", "quận ")):
            roles[name] = NAME
    for word in _OPENERS:
        roles[word] = roles.get(word, 0) | TYPE_OPENER
    for word in [*TYPE_WORDS, *VILLAGE_TYPES, *COMMITTEE_TYPES]:
        roles[word] = roles.get(word, 0) | WORD_BEFORE
    orgs: dict[str, tuple[str, Any]] = {}
    for written, org in organizations():
        orgs.setdefault(key(written), (written, org))  # the first row listing a form wins
    for word in orgs:
        roles[word] = roles.get(word, 0) | ORG
    auto = ahocorasick.Automaton()
    for word, role in roles.items():
        auto.add_word(word, (len(word), word, role, orgs.get(word)))
    auto.make_automaton()
    return auto


# Line breaks and tabs, each to one space (``str.translate`` with a dict is ten times slower).
_SPACES = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f\x85\u2028\u2029]")


def _one_line(folded: str) -> str:
    """``folded`` with each line break or tab as a space, and each en or em dash as the hyphen the gazetteers write
    (``Bộ Lao động – Thương binh và Xã hội``, ``Phòng Tài chính – Kế hoạch``). Most blocks hold neither, and as
    every such space is unprintable, ``isprintable`` tells so in half the time of a regex scan."""
    if "–" in folded or "—" in folded:
        folded = folded.translate(_DASHES)
    return folded if folded.isprintable() else _SPACES.sub(" ", folded)


_DASHES = str.maketrans("–—", "--")


def matching_text(text: str) -> str:
    """``fold`` plus every line break or tab as a space: still length-preserving."""
    return _one_line(fold(text))


def block_matching_text(block: Block) -> str:
    """``matching_text`` of a block, from its folded text (computed once, on the block); not
    memoised itself, as one ``scan`` per block carries it to every reader."""
    return _one_line(block.folded)


class Scan(NamedTuple):
    """What one automaton pass over a matching text found."""

    folded: str  # the matching text scanned
    names: list[tuple[int, int, str]]  # gazetteer names on word boundaries, longest and non-overlapping
    openers: list[tuple[int, int, str]]  # type words that may open a mention
    ends_before: list[int]  # ends of the type and committee words, ascending
    orgs: list[tuple[int, int, tuple[str, Any]]]  # organisation forms on word boundaries: (written form, Org)


def scan(folded: str) -> Scan:
    """Every dictionary hit of ``folded`` (a ``matching_text``), for ``find`` and ``org_match.part_hits``."""
    names = []
    openers = []
    ends_before = []
    orgs = []
    size = len(folded)
    for last, (length, word, role, org) in automaton().iter(folded):
        end = last + 1
        start = end - length
        if role & (NAME | ORG):
            # on word boundaries; inline, as it runs for every dictionary word inside every word
            if (start == 0 or not folded[start - 1].isalnum()) and (end == size or not folded[end].isalnum()):
                if role & NAME:
                    names.append((start, end, word))
                if role & ORG:
                    orgs.append((start, end, org))
            if not role & (TYPE_OPENER | WORD_BEFORE):
                continue
        if role & TYPE_OPENER:
            openers.append((start, end, word))
        if role & WORD_BEFORE:
            ends_before.append(end)  # ascending: the automaton reports hits by their end
    return Scan(folded, leftmost_longest(_past_type_words(folded, names, openers)), openers, ends_before, orgs)


def _past_type_words(folded: str, names: list[tuple[int, int, str]],
                     openers: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The names that do not start inside a type word of several words: the name the type opens follows it
    (``thị trấn Yên Sơn`` is the town Yên Sơn; read from the type's second word, huyện ``Trấn Yên`` came first and
    hid it, as it does every ``thị trấn Yên …``)."""
    size = len(folded)
    inside = {i for start, end, word in openers if " " in word
              and (start == 0 or not folded[start - 1].isalnum()) and (end == size or not folded[end].isalnum())
              for i in range(start + 1, end)}
    return [n for n in names if n[0] not in inside] if inside else names


# A type word that ends a common noun (``Phát triển nông thôn Hà Tĩnh``: the countryside, no thôn Hà Tĩnh;
# ``tình làng xóm``): those nouns, by their last word.
_COMMON_NOUNS = {"thôn": frozenset({"nông thôn"}), "xóm": frozenset({"làng xóm", "chòm xóm"}),
                 "bản": frozenset({"văn bản", "cơ bản", "phiên bản", "xuất bản", "kịch bản", "tư bản", "nguyên bản", "bản sao",
                                   "hồ sơ bản", "dự thảo bản"})}


def _typed_openings(folded: str, openers: list[tuple[int, int, str]]) -> list[tuple[int, int, int, str]]:
    """The non-overlapping matches of the ``_OPENERS`` pattern, as ``finditer`` would give them:
    (start, end of the word, end of the match, word). Tried only at the type words the automaton
    found, as the regex alone tries every position of the text."""
    found = []
    taken_to = 0
    size = len(folded)
    # at one start the longest word is tried first, as in the regex's alternation
    for start, end, word in sorted(openers, key=lambda o: (o[0], -o[1])):
        if start < taken_to or (start > 0 and (folded[start - 1] == "." or _is_word(folded[start - 1]))):
            continue
        if word in _COMMON_NOUNS and " ".join(folded[max(0, start - 6):start].split()[-1:] + [word]) in _COMMON_NOUNS[word]:
            continue
        name_start = end  # past ``[ \t]+``, then ``(?=\w)``
        while name_start < size and folded[name_start] in " \t":
            name_start += 1
        if end < name_start < size and _is_word(folded[name_start]):
            found.append((start, end, name_start, word))
            taken_to = name_start
    return found


def find(block: Block, found: Scan | None = None) -> list[Hit]:
    """Every candidate place mention in ``block``, classified; bare ones still unchecked.
    ``found`` is ``scan(block_matching_text(block))`` when the caller has it."""
    text = block.text
    folded, names, openers, ends_before, _ = scan(block_matching_text(block)) if found is None else found
    hits: list[Hit] = []
    taken: set[int] = set()
    for start, end, name in names:
        # The type and committee patterns need one of their words inside the 12 characters before.
        i = bisect_right(ends_before, start)
        if not i or ends_before[i - 1] <= start - 12:
            hits.append(Hit(block, start, end, start, name, None, "bare"))
            taken.add(start)
            continue
        before = folded[max(0, start - 12):start]
        typed = _TYPE_BEFORE.search(before)
        # A written name starts with a capital (``phường văn minh`` is "a civilised ward").
        if typed and text[start].isupper():
            tstart = start - len(before) + typed.start(1)
            if typed[1] in VILLAGE_TYPES:  # ``ấp Phú Hòa``: a hamlet, whatever commune shares its name
                continue
            longer = _goes_on(text, start, end)
            if longer > end:  # ``xã Tân Hòa Phú``: a unit the gazetteer lacks, not xã Tân Hòa
                hits.append(Hit(block, tstart, longer, start, None, TYPE_WORDS[typed[1]], "typed_unknown"))
            else:
                hits.append(Hit(block, tstart, end, start, name, TYPE_WORDS[typed[1]], "typed"))
            taken.add(start)
            continue
        committee = _COMMITTEE_BEFORE.search(before)
        if committee and text[start].isupper():  # ``Huyện ủy chỉ đạo``: a verb, not xã Chỉ Đạo's committee
            hits.append(Hit(block, start, end, start, name, COMMITTEE_TYPES[committee[1]], "committee"))
        else:
            hits.append(Hit(block, start, end, start, name, None, "bare"))
        taken.add(start)
    for mstart, word_end, name_start, word in _typed_openings(folded, openers):
        if name_start in taken:
            continue
        written = text[mstart:word_end]
        if not (written.islower() or written[0].isupper()):
            continue
        number = _NUMBER.match(text, name_start)
        if number and folded.endswith("mỗi ", 0, mstart):
            continue  # ``mỗi ấp 01 cử tri``: one voter for every hamlet, no hamlet ``01``
        if number and word in _NUMBERED and not SPELL_AFTER.match(text, number.end()):
            hits.append(Hit(block, mstart, number.end(), name_start, None, word, "numbered"))
            continue
        caps = written.isupper() and word in VILLAGE_TYPES  # (``TỈNH GIAI ĐOẠN 2026-2028`` in a title: no unit)
        run = (_CAPS_RUN if caps else _TITLE_RUN).match(text, name_start)
        if not run or _body_word_first(run[0]):
            continue
        words = run[0].split()
        if caps:
            words = words[:next((i for i, w in enumerate(words) if fold(w) in _CAPS_STOP), len(words))]
        how = "village" if word in VILLAGE_TYPES else "typed_unknown"
        if how == "typed_unknown" and len(words) < 2:
            continue
        end = name_start + len(" ".join(words))
        if how == "village" and (number := _NUMBERED_NAME.match(text, end)):
            end = number.end()  # ``thôn Lệ Sơn 1`` and ``thôn Lệ Sơn 2`` are two villages
        hits.append(Hit(block, mstart, end, name_start, None, word, how))
        if how == "village" and (listed := _listed_villages(block, text, end, word)):
            starts = {h.start for h in listed}  # (a listed village's name another unit bears is the village)
            hits = [h for h in hits if not (h.how == "bare" and h.start in starts)] + listed
    if ":" in folded:
        for m in _after_plurals(_PLURAL_VILLAGE_COLON, folded, folded):  # ``Trưởng các thôn: Đồng Cát, Khe Dứa, …``
            run = _TITLE_RUN.match(text, m.end())
            if run is None or m.end() in taken or _body_word_first(run[0]) or fold(run[0].split()[0]) in VILLAGE_TYPES \
                    or _SENTENCE_GOES_ON.match(text, run.end()) and " " not in run[0]:
                continue  # (``Trưởng các thôn: Phối hợp với …``: a duty's verb opening its sentence, no village ``Phối``)
            end = run.end()
            if number := _NUMBERED_NAME.match(text, end):
                end = number.end()
            listed = [Hit(block, m.end(), end, m.end(), None, m[1], "village")] + _listed_villages(block, text, end, m[1])
            starts = {h.start for h in listed}
            hits = [h for h in hits if not (h.how == "bare" and h.start in starts)] + listed
    hits.sort(key=lambda h: h.start)
    _type_listed(text, folded, hits)
    return hits


_WHERE_WORDS = "thuộc|của|tại|ở|trong|trên|và|với|cho|giáp|ven|gồm|là|có|được|đã"
_PLURAL_BEFORE = regex.compile(r"(?<!\w)(?:các|những|\d+)[ \t]+\Z")
# between two listed names: a comma or ``và``, after the first one's figures, written after it or in brackets
# (``Lệ Thủy 4.215 ha, Hải Lăng 3.890 ha``, ``Lệ Ninh (06 ổ dịch, 214 con), Cam Hồng``)
_LISTED_APART = regex.compile(r"(?:[ \t]*(?:\([^()\n]{0,80}\)|\d[\d.,]*(?:[ \t]+\p{Ll}+){0,2}))?[ \t]*(?:,|và)[ \t]*")
# a plural type and a colon open a list with no name of their own: ``tại các xã: Lệ Thủy 4.215 ha, …``
_PLURAL_VILLAGE_COLON = regex.compile(rf"(?<!\w)(?:các|những)[ \t]+({_alt(list(VILLAGE_TYPES))})[ \t]*:[ \t]*")
_PLURAL_TYPE_COLON = regex.compile(rf"(?<!\w)(?:các|những)[ \t]+({_alt(TYPE_LEVELS)})[ \t]*:[ \t]*")


# a plural type and what kind of units they are open a list too: ``các xã biên giới Mỹ Lý, Mường Típ``, ``các xã
# vùng cao Tri Lễ`` (not where the words say where they lie: ``các xã thuộc Nam Đàn``)
_PLURAL_TYPE_KIND = regex.compile(rf"(?<!\w)(?:các|những)[ \t]+({_alt(TYPE_LEVELS)})(?:[ \t]+(?!(?:{_WHERE_WORDS})(?!\w))\p{{Ll}}+)"
                                  r"{1,4}[ \t]+(?=\p{Lu})")


def _after_plurals(pattern: regex.Pattern[str], subject: str, folded: str) -> Iterator[regex.Match[str]]:
    """``pattern`` (opening with ``các`` or ``những``) matched at those words only: ``regex`` tries its look-behind at
    every offset of a block, where a plural stands at a few."""
    for word in ("các ", "những "):
        at = folded.find(word)
        while at >= 0:
            if (m := pattern.match(subject, at)) is not None:
                yield m
            at = folded.find(word, at + 1)


def _type_listed(text: str, folded: str, hits: list[Hit]) -> None:
    """``các huyện Kỳ Sơn, Tương Dương, Quế Phong (cũ)``, ``các xã: Lệ Ninh (06 ổ dịch), Cam Hồng``: the bare
    names listed after a unit a plural opens, or after a plural type and a colon, are units of its type (in
    mid-2025 a bare ``Tương Dương`` was the new commune, not the district the list names). Without the plural,
    names after a unit are where it lies (``xã Kim Liên, Nam Đàn, Nghệ An``), so they stay bare."""
    opened = {m.end(): m[1] for m in _after_plurals(_PLURAL_TYPE_COLON, folded, folded)} if ":" in folded else {}
    if "các" in folded or "những" in folded:
        opened |= {m.end(): fold(m[1]) for m in _after_plurals(_PLURAL_TYPE_KIND, text, folded)}
    listed_type: str | None = None
    for i, hit in enumerate(hits):
        if hit.how in ("typed", "typed_unknown") and _PLURAL_BEFORE.search(folded, max(0, hit.start - 12), hit.start):
            listed_type = hit.written_type
        elif hit.how == "bare" and (hit.start in opened or listed_type is not None
                                    and _LISTED_APART.fullmatch(text, hits[i - 1].end, hit.start)):
            listed_type = TYPE_WORDS[opened[hit.start]] if hit.start in opened else listed_type
            hits[i] = Hit(hit.block, hit.start, hit.end, hit.name_start, hit.name_key, listed_type, "listed")
        else:
            listed_type = None


_NEXT_LISTED = regex.compile(r"[ \t]*(?:,|và)[ \t]*(?=\p{Lu})")


def _listed_villages(block: Block, text: str, end: int, word: str) -> list[Hit]:
    """``các thôn Chày Lập, Xuân Sơn, Gia Tịnh và Cù Lạc``: the names listed after a village's, each a
    village of its type (only the first was found; a commune elsewhere may bear the name); the list ends
    at a name that opens with a type word (``, Xã Xuân Sơn``)."""
    found: list[Hit] = []
    while (sep := _NEXT_LISTED.match(text, end)) is not None:
        start = sep.end()
        run = _TITLE_RUN.match(text, start)
        if run is None or _body_word_first(run[0]) or (first := fold(run[0].split()[0])) in TYPE_WORDS or first in VILLAGE_TYPES:
            break
        end = run.end()
        if number := _NUMBERED_NAME.match(text, end):
            end = number.end()
        found.append(Hit(block, start, end, start, None, word, "village"))
    return found


def _goes_on(text: str, start: int, end: int) -> int:
    """Where a typed name really ends when one or two more words of its case follow and then the
    name stops: ``end`` itself when not, or when a word is a type, a body's or a surname
    (``UBND tỉnh Quảng Trị Võ Văn Hưng``: the official, not a longer name)."""
    more = _MORE_UPPER if text[start:end].isupper() else _MORE_TITLE
    pos = end
    for _ in range(2):
        m = more.match(text, pos)
        if m is None or fold(m[1]) in _MORE_NOT:
            break
        pos = m.end()
    if pos > end and (more.match(text, pos) or _NUMBER.match(text, pos + 1)):
        return end  # a longer run of capitals: another name follows, or a list runs on
    return pos


def place_date(block: Block) -> tuple[int, int] | None:
    """The place of a ``Sa Đéc, ngày …`` line: (start, end) of the name, if a line of the block opens with one."""
    if "ngày" not in block.text:  # the pattern's one literal: a substring test is far cheaper than the search
        return None
    m = _PLACE_DATE.search(block.text)
    return (m.start(1), m.end(1)) if m else None
