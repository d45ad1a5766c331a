"""Regular expressions for references, generated from the gazetteer tables.

All patterns run on ``match_form`` text (folded, same length as the block
text), so case, tone placement and ``Ð``/``Đ`` never matter for finding a
reference, while spans are cut from the original text at the same offsets.
Every quantifier is bounded and every pattern is anchored by a literal or a
look-behind, so a line of 100 000 digits and slashes costs linear time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import SimpleNamespace
from typing import Callable, Collection, Iterator

import ahocorasick
import regex

from gazetteers.refdata import doc_types, match_form, norm, prose_body_names

DASH = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"
_GAP = r"[ \t\n]{0,2}"  # spaces and a line break may split a symbol (``75/KH- UBND``)
_NUM = r"\d{1,5}[a-z]?"
# ``Số:`` and the blank a draft leaves for its number (``Số:     -BC/ĐU``, ``Số: ....-BC/ĐU``, ``Số: …/BC-UBND``)
BLANK_NUMBER_BEFORE = r"(?<=số[ \t]{0,3}:?[ \t.…_]{0,12})"
_CODE = r"[^\W\d_][^\W_]{0,15}"  # a code segment: letters, then letters or digits (QH15)
_GAP_WIDTH, _NUM_WIDTH, _CODE_WIDTH = 2, 6, 16  # the most characters each of the three matches


def alternation(words: Collection[str], escape: Callable[[str], str] = regex.escape, gap: str = r"\s{1,3}") -> str:
    """Longest first, spaces as ``gap``, by default any whitespace run (type words and names break
    across lines)."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(gap.join(escape(part) for part in w.split()) for w in ordered)


@dataclass(frozen=True)
class Candidates:
    """A quick first pass for a ``regex`` pattern: ``pattern`` (plain ``re``) matches wherever the
    full pattern may start, and every such offset opens with one of the literal ``heads``."""

    pattern: re.Pattern[str]
    heads: tuple[str, ...]


def candidates(words: set[str] | frozenset[str] | list[str], then: str = "") -> Candidates:
    """The bare alternation of ``words`` (and ``then``) in the standard ``re`` engine: a quick first pass.

    ``regex`` tries a pattern that opens with a look-behind and a long
    alternation at every offset, several times slower than ``re`` scans the
    alternation alone. Without the look-arounds, and with ``re``'s ``\\s``
    (a superset of ``regex``'s), it matches wherever the full pattern could
    start, so the full pattern need only be tried where it matches (``finditer_from``).
    Each alternative opens with its first word as written: those are the heads.
    """
    pattern = re.compile(f"(?:{alternation(set(words), re.escape)}){then}")
    firsts = sorted({w.split()[0] for w in words}, key=len)
    return Candidates(pattern, tuple(h for k, h in enumerate(firsts) if not h.startswith(tuple(firsts[:k]))))  # ``quy`` covers ``quyết``


def finditer_from(pattern: regex.Pattern[str], first: Candidates, text: str) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``, trying ``pattern`` only at the offsets where ``first`` matches.

    ``first`` must match wherever a match may start (``candidates``). Its
    searches go left to right, resuming one past a failed try or at the end
    of a match, so the matches are ``finditer``'s: leftmost, non-overlapping
    (none is empty). A plain ``re`` alternation scans fast; a look-ahead would not.
    """
    pos = 0
    while (hit := first.pattern.search(text, pos)) is not None:
        m = pattern.match(text, hit.start())
        if m is None:
            pos = hit.start() + 1
            continue
        pos = m.end()
        yield m


# Characters a tone move (``normalize.fold``) may rewrite: an ``o``/``u`` and the toned vowel after it.
_TONE_PAIR_CHARS = frozenset("oOuUàáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ")


def _folded_head(head: str) -> str:
    """The folded text under ``head`` wherever the block text holds it: its lower case.

    Folding lower-cases one character for one and moves a tone only within an
    ``o``/``u`` pair, so a head holding neither pair character always folds the
    same, whatever surrounds it."""
    folded = match_form(head)
    if folded != head.lower() or len(folded) != len(head) or not _TONE_PAIR_CHARS.isdisjoint(head):
        raise ValueError(f"head {head!r} may fold differently in context")
    return folded


class HeadIndex:
    """An Aho-Corasick automaton of the heads of several ``Candidates``.

    One pass over a block's folded text (``scan``) serves every finder, where
    each ``re`` first pass would scan the whole block again (those scans took
    nearly a third of the references time). Finders that read the block text
    (``cased``: capitals matter) have their heads found through the folded
    text too, then checked as written: a second pass over the block text cost
    as much again.
    """

    def __init__(self, folded: tuple[Candidates, ...], cased: tuple[Candidates, ...] = ()) -> None:
        self.firsts = folded + cased
        self.n_folded = len(folded)
        self.cased_slots = range(len(folded), len(self.firsts))
        self.slot = {id(c): k for k, c in enumerate(folded)}  # of the folded view, and of the block-text one
        self.cased_slot = {id(c): k for k, c in enumerate(cased, len(folded))}
        entries: dict[str, tuple[list[int], list[tuple[str, int]]]] = {}
        for k, c in enumerate(folded):
            for head in c.heads:
                entries.setdefault(head, ([], []))[0].append(k)
        for k, c in enumerate(cased, len(folded)):
            for head in c.heads:
                entries.setdefault(_folded_head(head), ([], []))[1].append((head, k))
        self.automaton = ahocorasick.Automaton()
        for key, (ks, written) in entries.items():
            self.automaton.add_word(key, (len(key) - 1, tuple(ks), tuple(written)))
        self.automaton.make_automaton()

    def scan(self, text: str, f: str) -> tuple[Heads, Heads]:
        """The heads in ``f`` (folded ``text``) and, of the ``cased`` finders, in ``text``."""
        offsets: list[list[int]] | None = None  # one list per ``Candidates`` once a head is seen
        for end, (back, ks, written) in self.automaton.iter(f):
            if offsets is None:
                offsets = [[] for _ in self.firsts]
            p = end - back
            for k in ks:
                offsets[k].append(p)
            for head, k in written:
                if text.startswith(head, p):
                    offsets[k].append(p)
        if offsets is None:
            return Heads(f, None, self.slot, False), Heads(text, None, self.cased_slot, False)
        n = self.n_folded
        return Heads(f, offsets, self.slot, any(offsets[:n])), Heads(text, offsets, self.cased_slot, any(offsets[n:]))


class Heads:
    """Where the heads of the ``Candidates`` in ``slot`` (id -> list in ``offsets``) occur in one text."""

    __slots__ = ("text", "_offsets", "_slot", "_any")

    def __init__(self, text: str, offsets: list[list[int]] | None, slot: dict[int, int], found: bool) -> None:
        self.text = text
        self._offsets = offsets
        self._slot = slot
        self._any = found

    def __bool__(self) -> bool:
        """Whether any head occurs: a block without one holds no match of these finders."""
        return self._any

    def finditer(self, pattern: regex.Pattern[str], first: Candidates) -> Iterator[regex.Match[str]]:
        """``finditer_from(pattern, first, self.text)``: the same matches, trying only the head offsets."""
        k = self._slot.get(id(first))
        if k is None:
            raise ValueError("the heads of these candidates are not in the index")
        offsets = self._offsets[k] if self._any and self._offsets is not None else None
        if not offsets:
            return iter(())
        # ends come in order, starts need not; no two heads start at one offset (``candidates``)
        return self._matches(pattern, first.pattern, sorted(offsets) if len(first.heads) > 1 else offsets)

    def _matches(self, pattern: regex.Pattern[str], first: re.Pattern[str], offsets: list[int]) -> Iterator[regex.Match[str]]:
        end = 0
        for p in offsets:
            if p >= end and first.match(self.text, p) and (m := pattern.match(self.text, p)):
                end = m.end()
                yield m


def groups(pattern: regex.Pattern[str]) -> SimpleNamespace:
    """Group numbers by name (``G.iss``): ``regex`` takes a group by name several times slower than by number."""
    return SimpleNamespace(**pattern.groupindex)


@lru_cache(maxsize=None)
def type_codes() -> str:
    return alternation({norm(t.code) for t in doc_types() if t.code})


@lru_cache(maxsize=None)
def party_symbol() -> regex.Pattern[str]:
    """``01-KL/TW``, ``11-QĐi/TW``, ``241-CV/BDVTU``, ``86-KH/TWĐTN-TNXP`` (the issuer's department
    after a dash), and ``-BC/TU`` on a blank draft."""
    return regex.compile(
        rf"(?:(?<![\w/.{DASH}])|{BLANK_NUMBER_BEFORE})(?P<num>{_NUM})?(?:{_GAP}[{DASH}]{_GAP}|(?<=\d)[ \t]{{1,2}})(?P<type>{type_codes()}){_GAP}/{_GAP}"
        rf"(?P<iss>{_CODE})(?:[{DASH}](?P<dept>{_CODE}))?(?![\w])"
    )


@lru_cache(maxsize=None)
def party_width() -> int:
    """The longest ``party_symbol`` match: number, dash, type code, slash, issuer code, dash, department."""
    longest_code = max(sum(map(len, c.split())) + 3 * (len(c.split()) - 1) for c in {norm(t.code) for t in doc_types() if t.code})
    return _NUM_WIDTH + 2 * _GAP_WIDTH + 1 + longest_code + 2 * _GAP_WIDTH + 1 + _CODE_WIDTH + 1 + _CODE_WIDTH


def state_width() -> int:
    """The longest ``state_symbol`` match: number, slash, year, slash, five code segments."""
    return _NUM_WIDTH + 2 * _GAP_WIDTH + 1 + 4 + 2 * _GAP_WIDTH + 1 + _CODE_WIDTH + 4 * (2 + 1 + _GAP_WIDTH + _CODE_WIDTH)


@lru_cache(maxsize=None)
def party_groups() -> SimpleNamespace:
    return groups(party_symbol())


@lru_cache(maxsize=None)
def state_symbol() -> regex.Pattern[str]:
    """``30/2020/NĐ-CP``, ``42/NQ-CP``, ``356/UBND-HC``, ``10/2022/QH15``, ``16/KH-MTTQ-BTT``."""
    return regex.compile(
        rf"(?:(?<![\w/.,{DASH}])(?P<num>{_NUM})|{BLANK_NUMBER_BEFORE}(?P<blank>{_NUM})?){_GAP}/{_GAP}(?:(?P<year>(?:19|20)\d\d){_GAP}/{_GAP})?"
        rf"(?P<segs>{_CODE}(?:[ \t]{{0,2}}[{DASH}/]{_GAP}{_CODE}){{0,4}})(?![\w])"
    )


@lru_cache(maxsize=None)
def _type_words() -> frozenset[str]:
    return frozenset(norm(w) for t in doc_types() for w in t.words)


@lru_cache(maxsize=None)
def type_word_alternation() -> str:
    return alternation(_type_words())


@lru_cache(maxsize=None)
def type_word() -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\w)(?:{type_word_alternation()})(?!\w)")


@lru_cache(maxsize=None)
def type_word_openers() -> frozenset[str]:
    """The words type words open with: ``type_word`` matches only at a word that is one of them, as
    each is a run of letters that a space or the pattern's ``(?!\\w)`` ends."""
    openers = frozenset(w.split()[0] for w in _type_words())
    if not all(regex.fullmatch(r"[^\W_]+", w) for w in openers):
        raise ValueError("a type word opens with a character that is not a letter or a digit")
    return openers


@lru_cache(maxsize=None)
def type_before() -> regex.Pattern[str]:
    """Type word(s) and ``số`` right before a symbol, read on a window ending at it."""
    words = type_word_alternation()
    return regex.compile(
        rf"(?:(?<!\w)(?P<outer>{words})\s{{1,3}})?(?:(?<!\w)(?P<type>{words}))?\s{{0,3}}(?P<so>(?<!\w)số\s{{0,3}}:?[\s.…_]{{0,12}})?\Z"
    )


@lru_cache(maxsize=None)
def type_before_groups() -> SimpleNamespace:
    return groups(type_before())


@lru_cache(maxsize=None)
def _type_word_starts() -> re.Pattern[str]:
    return candidates(_type_words()).pattern


@lru_cache(maxsize=None)
def _not_in_type_before() -> regex.Pattern[str]:
    """The last character (a reverse search) that no ``type_before`` match can hold: not white
    space, not ``:`` or a draft's blank (``.…_``), not a letter of a type word or of ``số``."""
    letters = {c for w in _type_words() | {"số"} for c in w if not c.isspace()}
    return regex.compile(r"(?r)[^\s:.…_" + "".join(regex.escape(c) for c in sorted(letters)) + "]")


_UNTYPED_BEFORE = 21  # longest ``type_before`` match without a type word: ``\s{0,3}số\s{0,3}:?[\s.…_]{0,12}``


def search_type_before(f: str, end: int, window: int = 80) -> regex.Match[str] | None:
    """``type_before().search(f, end - window, end)``, tried only where a match can start.

    The search tries every offset of the window with two long alternations;
    a match starts at a type word, or in the last few characters (spaces,
    ``số``, the empty match at ``end``), and after the last character it
    cannot hold, so trying those offsets in order gives the same, leftmost, match.
    """
    lo = max(0, end - window)
    if barrier := _not_in_type_before().search(f, lo, end):
        lo = barrier.end()  # a match holds no character the pattern cannot match
    tail = max(lo, end - _UNTYPED_BEFORE)
    pattern, words = type_before(), _type_word_starts()
    p, typed = lo, set()  # type words that start in the tail
    while (hit := words.search(f, p, end)) is not None:
        p = hit.start()
        if p >= tail:
            typed.add(p)
        elif m := pattern.match(f, p, end):
            return m
        p += 1
    for p in range(tail, end + 1):  # isspace: a superset of regex's \s
        # without a type word a match opens on ``số`` or the spaces right before it, or on the spaces before ``end``
        if (p == end or f[p] == "s" or p in typed or (f[p].isspace() and (end - p <= 3 or "s" in f[p + 1:p + 4]))) \
                and (m := pattern.match(f, p, end)):
            return m
    return None


@lru_cache(maxsize=None)
def titled_type() -> regex.Pattern[str]:
    """Types that put a title before ``số`` (``Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13``)."""
    return regex.compile(rf"(?<!\w)(?:{alternation(_titled_words())})(?!\w)")


@lru_cache(maxsize=None)
def _titled_words() -> frozenset[str]:
    return frozenset(norm(w) for t in doc_types() if t.titled for w in t.words)


@lru_cache(maxsize=None)
def titled_candidates() -> Candidates:
    """Where ``titled_type`` may match (``candidates``)."""
    return candidates(_titled_words())


# a bare number, or one with its letter (``Nghị quyết 30a``: 30a/2008/NQ-CP, as a symbol's number may have)
_SHORT_NUMBER = r"\d{1,4}[a-z]?"
SHORT_NUMBER = regex.compile(_SHORT_NUMBER)


@lru_cache(maxsize=None)
def shortform() -> regex.Pattern[str]:
    """``Quyết định 217, 218``, ``Nghị quyết 30a``: a type word and bare numbers."""
    words = alternation(_shortform_words())
    return regex.compile(
        rf"(?<!\w)(?P<type>{words})\s{{1,3}}(?:số\s{{1,3}})?(?P<nums>{_SHORT_NUMBER}(?:\s{{0,2}},\s{{0,2}}{_SHORT_NUMBER}|\s{{1,3}}và\s{{1,3}}{_SHORT_NUMBER}){{0,8}})(?![\w/{DASH}]|[.,]\d)"
    )


@lru_cache(maxsize=None)
def coded_shortform() -> re.Pattern[str]:
    """``NQ 57``, ``KL 121, 123``: a short form with its type's code in capitals (matched on the text as
    written), a code one type alone has (not ``TT``: Thông tư or Thông tri, and ``TT Huyện ủy``)."""
    codes: dict[str, set[str]] = {}
    for t in doc_types():
        if t.code:
            codes.setdefault(t.code, set()).add(t.name)
    short = sorted((t.code for t in doc_types() if t.shortform and t.code and len(codes[t.code]) == 1), key=len, reverse=True)
    # (no look-behind first: the engine then skips to the codes' first letters; ``coded_shortforms`` checks the
    # character before)
    return re.compile(rf"(?P<type>{'|'.join(map(re.escape, short))})[ \t]{{1,2}}"
                      rf"(?P<nums>\d{{1,4}}(?:[ \t]{{0,2}},[ \t]{{0,2}}\d{{1,4}}|[ \t]{{1,3}}và[ \t]{{1,3}}\d{{1,4}}){{0,8}})(?![\w/{DASH}]|[.,]\d)")


def coded_shortforms(text: str) -> list[re.Match[str]]:
    """``coded_shortform`` matches that open a word: not inside a code or after a symbol's ``/``, ``.`` or dash."""
    return [m for m in coded_shortform().finditer(text) if m.start() == 0 or not _GLUED_BEFORE.match(text, m.start() - 1)]


_GLUED_BEFORE = re.compile(rf"[\w/.{DASH}]")


@lru_cache(maxsize=None)
def _shortform_words() -> frozenset[str]:
    return frozenset(norm(w) for t in doc_types() if t.shortform for w in t.words)


@lru_cache(maxsize=None)
def shortform_candidates() -> Candidates:
    """Where ``shortform`` may match (``candidates``)."""
    # any non-ASCII character may be one of ``regex``'s digits (its Unicode can be newer than ``re``'s),
    # but for the Latin letter blocks Vietnamese words are written in: no version has a digit there
    return candidates(_shortform_words(), r"\s{1,3}(?:số\s{1,3})?[0-9\x80-\xbf\u0250-\u1dff\u1f00-\U0010ffff]")


DATE_AFTER = regex.compile(
    r"[ \t\n]{0,3}(?:,[ \t\n]{0,3})?(?:(?:đã[ \t\n]{1,3})?ban hành[ \t\n]{1,3})?(?P<span>(?:ngày[ \t\n]{0,3})?"
    r"(?:(?P<d>\d{1,2})[ \t]{0,2}[/.\-][ \t]{0,2}(?P<m>\d{1,2})[ \t]{0,2}[/.\-][ \t]{0,2}(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})[ \t\n]{1,3}tháng[ \t\n]{1,3}(?P<m2>\d{1,2})[ \t\n]{1,3}năm[ \t\n]{1,3}(?P<y2>\d{4})))(?!\d)"
)
DATE_AFTER_G = groups(DATE_AFTER)
DATE_BEFORE = regex.compile(
    r"(?:^|[\s,;.(])ngày[ \t\n]{1,3}(?:(?P<d>\d{1,2})[ \t]{0,2}/[ \t]{0,2}(?P<m>\d{1,2})[ \t]{0,2}/[ \t]{0,2}(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})[ \t\n]{1,3}tháng[ \t\n]{1,3}(?P<m2>\d{1,2})[ \t\n]{1,3}năm[ \t\n]{1,3}(?P<y2>\d{4}))(?!\d)"
)
# between items of one list (``Nghị quyết số 29-NQ/TW và Kết luận số 91-KL/TW``, ``18-NQ/TW, 19-NQ/TW``)
LIST_GAP = regex.compile(r"[ \t\n]{0,3}(?:,|và)?[ \t\n]{0,3}")
OF_BODY = regex.compile(r"[ \t\n]{0,3}(?:,[ \t\n]{0,3})?của[ \t\n]{1,3}")
PLENUM = regex.compile(r"hội[ \t\n]{1,3}nghị[ \t\n]{1,3}(?:lần[ \t\n]{1,3}thứ[ \t\n]{1,3}\w{1,6}|trung[ \t\n]{1,3}ương[ \t\n]{1,3}\w{1,4})[ \t\n]{1,3}")
TERM_AFTER = regex.compile(
    r"[ \t\n]{0,3}(?:,[ \t\n]{0,3})?(?P<open>\([ \t]{0,2})?khóa[ \t\n]{1,3}(?P<t1>[ivxlc]{1,7})(?![\w])"
    r"(?:[ \t]{0,2}(?:,|và)[ \t]{0,2}khóa[ \t\n]{1,3}(?P<t2>[ivxlc]{1,7})(?![\w]))?(?P<close>[ \t]{0,2}\))?"
)
TERM_AFTER_G = groups(TERM_AFTER)
# (a title in quotes: ``Chỉ thị số 05-CT/TW … “Về đẩy mạnh học tập …”``; not ``về đích``, "reached the goal": ``… tại Quyết định số 1037/QĐ-TTg ngày 25/9/2024, về đích trước 01 năm``)
SUBJECT_START = regex.compile(r"[ \t\n]{0,3}(?:(?=(?:thực hiện|triển khai)[ \t])|(?:,[ \t\n]{0,3})?(?:(?:(?P<quote>[“\"])[ \t]{0,2})?(?P<ve>về)[ \t\n]{1,3}(?!đích(?!\w))|(?=(?:ban hành|hướng dẫn|quy định|phê duyệt|công bố|công nhận|thành lập|kiện toàn|sửa đổi"
                           r"|giao[ \t](?:chỉ[ \t]tiêu|dự[ \t]toán|kế[ \t]hoạch|nhiệm[ \t]vụ|biên[ \t]chế|vốn))(?!\w))))")
SO_HEADER = regex.compile(r"(?:^|\n)[ \t]{0,8}số[ \t]{0,3}:?[ \t]{0,8}\Z")


# verbs that read like the start of a body name (``Thành ủy ban hành``: not ``Ủy ban``)
BODY_STOP_PAIRS = frozenset({("ban", "hành"), ("quy", "định"), ("hướng", "dẫn"), ("thực", "hiện"), ("báo", "cáo"),
                             ("công", "nhận"), ("công", "bố")})  # (``của Thủ tướng Chính phủ công nhận huyện …``)


@lru_cache(maxsize=None)
def body_stop_words() -> frozenset[str]:
    """Words that end a body written after ``của``: the clause goes on from there."""
    return frozenset({
        "về", "khóa", "ban", "hướng", "quy", "thực", "cho", "có", "đối", "trong", "tại", "theo", "và",
        "đã", "được", "nhằm", "để", "với", "gắn", "là", "số", "ngày", "tiếp", "giao", "triển", "phê",
        "tổ", "nhiệm", "ngăn", "bổ", "sửa", "hợp", "đến", "từ", "năm", "tháng", "kèm",
    })


@lru_cache(maxsize=None)
def body_continuations() -> frozenset[tuple[str, str]]:
    """Two-word starts that stay inside a body although the first word is a stop word."""
    pairs: set[tuple[str, str]] = set()
    for n in prose_body_names():
        words = n.split()
        pairs.update(zip(words, words[1:]))
    return frozenset(pairs)
