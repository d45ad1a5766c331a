"""Regular expressions for references, generated from the gazetteer tables.

All patterns run on ``match_form`` text (folded, same length as the block
text), so case, tone placement and ``Ð``/``Đ`` never matter for finding a
reference, while spans are cut from the original text at the same offsets.
Every quantifier is bounded and every pattern is anchored by a literal or a
look-behind, so a line of 100 000 digits and slashes costs linear time.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator

import regex

from gazetteers.refdata import doc_types, issuers, norm

DASH = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"
_GAP = r"[ \t\n]{0,2}"  # spaces and a line break may split a symbol (``75/KH- UBND``)
_NUM = r"\d{1,5}[a-z]?"
_CODE = r"[^\W\d_][^\W_]{0,15}"  # a code segment: letters, then letters or digits (QH15)


def _alternation(words: set[str], escape: Callable[[str], str] = regex.escape) -> str:
    """Longest first, spaces as any whitespace run (type words break across lines)."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(r"\s{1,3}".join(escape(part) for part in w.split()) for w in ordered)


def candidates(words: set[str] | list[str]) -> re.Pattern[str]:
    """The bare alternation of ``words`` in the standard ``re`` engine: a quick first pass.

    ``regex`` tries a pattern that opens with a look-behind and a long
    alternation at every offset, several times slower than ``re`` scans the
    alternation alone. Without the look-arounds, and with ``re``'s ``\\s``
    (a superset of ``regex``'s), it matches wherever the full pattern could
    start, so the full pattern need only run from its first hit (``finditer_from``).
    """
    return re.compile(_alternation(set(words), re.escape))


def finditer_from(pattern: regex.Pattern[str], first: re.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``, skipping the text before ``first``'s first hit, where no
    match can start (look-behinds still see that text: ``pos`` does not cut the string)."""
    hit = first.search(text)
    return pattern.finditer(text, hit.start()) if hit else iter(())


@lru_cache(maxsize=None)
def type_codes() -> str:
    return _alternation({norm(t.code) for t in doc_types() if t.code})


@lru_cache(maxsize=None)
def party_symbol() -> regex.Pattern[str]:
    """``01-KL/TW``, ``11-QĐi/TW``, ``241-CV/BDVTU``, and ``-BC/TU`` on a blank draft."""
    return regex.compile(
        rf"(?:(?<![\w/.{DASH}])|(?<=số))(?P<num>{_NUM})?(?:{_GAP}[{DASH}]{_GAP}|(?<=\d)[ \t]{{1,2}})(?P<type>{type_codes()}){_GAP}/{_GAP}"
        rf"(?P<iss>{_CODE})(?![\w])"
    )


@lru_cache(maxsize=None)
def state_symbol() -> regex.Pattern[str]:
    """``30/2020/NĐ-CP``, ``42/NQ-CP``, ``356/UBND-HC``, ``10/2022/QH15``, ``16/KH-MTTQ-BTT``."""
    return regex.compile(
        rf"(?:(?<![\w/.,{DASH}])|(?<=số))(?P<num>{_NUM}){_GAP}/{_GAP}(?:(?P<year>(?:19|20)\d\d){_GAP}/{_GAP})?"
        rf"(?P<segs>{_CODE}(?:[ \t]{{0,2}}[{DASH}/]{_GAP}{_CODE}){{0,4}})(?![\w])"
    )


@lru_cache(maxsize=None)
def type_word_alternation() -> str:
    return _alternation({norm(w) for t in doc_types() for w in t.words})


@lru_cache(maxsize=None)
def type_word() -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\w)(?:{type_word_alternation()})(?!\w)")


@lru_cache(maxsize=None)
def type_before() -> regex.Pattern[str]:
    """Type word(s) and ``số`` right before a symbol, read on a window ending at it."""
    words = type_word_alternation()
    return regex.compile(
        rf"(?:(?<!\w)(?P<outer>{words})\s{{1,3}})?(?:(?<!\w)(?P<type>{words}))?\s{{0,3}}(?P<so>(?<!\w)số\s{{0,3}}:?\s{{0,3}})?\Z"
    )


@lru_cache(maxsize=None)
def titled_type() -> regex.Pattern[str]:
    """Types that put a title before ``số`` (``Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13``)."""
    return regex.compile(rf"(?<!\w)(?:{_alternation(_titled_words())})(?!\w)")


@lru_cache(maxsize=None)
def _titled_words() -> frozenset[str]:
    return frozenset(norm(w) for t in doc_types() if t.titled for w in t.words)


@lru_cache(maxsize=None)
def titled_candidates() -> re.Pattern[str]:
    """Where ``titled_type`` may match (``candidates``)."""
    return candidates(_titled_words())


@lru_cache(maxsize=None)
def shortform() -> regex.Pattern[str]:
    """``Quyết định 217, 218``: a type word and bare numbers."""
    words = _alternation(_shortform_words())
    return regex.compile(
        rf"(?<!\w)(?P<type>{words})\s{{1,3}}(?:số\s{{1,3}})?(?P<nums>\d{{1,4}}(?:\s{{0,2}},\s{{0,2}}\d{{1,4}}|\s{{1,3}}và\s{{1,3}}\d{{1,4}}){{0,8}})(?![\w/{DASH}]|[.,]\d)"
    )


@lru_cache(maxsize=None)
def _shortform_words() -> frozenset[str]:
    return frozenset(norm(w) for t in doc_types() if t.shortform for w in t.words)


@lru_cache(maxsize=None)
def shortform_candidates() -> re.Pattern[str]:
    """Where ``shortform`` may match (``candidates``)."""
    return candidates(_shortform_words())


DATE_AFTER = regex.compile(
    r"[ \t\n]{0,3}(?:,[ \t\n]{0,3})?(?:(?:đã[ \t\n]{1,3})?ban hành[ \t\n]{1,3})?(?P<span>(?:ngày[ \t\n]{0,3})?"
    r"(?:(?P<d>\d{1,2})[ \t]{0,2}[/.\-][ \t]{0,2}(?P<m>\d{1,2})[ \t]{0,2}[/.\-][ \t]{0,2}(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})[ \t\n]{1,3}tháng[ \t\n]{1,3}(?P<m2>\d{1,2})[ \t\n]{1,3}năm[ \t\n]{1,3}(?P<y2>\d{4})))(?!\d)"
)
DATE_BEFORE = regex.compile(
    r"(?:^|[\s,;.(])ngày[ \t\n]{1,3}(?:(?P<d>\d{1,2})[ \t]{0,2}/[ \t]{0,2}(?P<m>\d{1,2})[ \t]{0,2}/[ \t]{0,2}(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})[ \t\n]{1,3}tháng[ \t\n]{1,3}(?P<m2>\d{1,2})[ \t\n]{1,3}năm[ \t\n]{1,3}(?P<y2>\d{4}))(?!\d)"
)
OF_BODY = regex.compile(r"[ \t\n]{0,3}(?:,[ \t\n]{0,3})?của[ \t\n]{1,3}")
PLENUM = regex.compile(r"hội[ \t\n]{1,3}nghị[ \t\n]{1,3}(?:lần[ \t\n]{1,3}thứ[ \t\n]{1,3}\w{1,6}|trung[ \t\n]{1,3}ương[ \t\n]{1,3}\w{1,4})[ \t\n]{1,3}")
TERM_AFTER = regex.compile(
    r"[ \t\n]{0,3}(?:,[ \t\n]{0,3})?(?P<open>\([ \t]{0,2})?khóa[ \t\n]{1,3}(?P<t1>[ivxlc]{1,7})(?![\w])"
    r"(?:[ \t]{0,2}(?:,|và)[ \t]{0,2}khóa[ \t\n]{1,3}(?P<t2>[ivxlc]{1,7})(?![\w]))?(?P<close>[ \t]{0,2}\))?"
)
SUBJECT_START = regex.compile(r"[ \t\n]{0,3}(?:,[ \t\n]{0,3})?(?:(?P<ve>về)[ \t\n]{1,3}|(?=ban hành\s|hướng dẫn\s|quy định\s|phê duyệt\s))")
SO_HEADER = regex.compile(r"(?:^|\n)[ \t]{0,8}số[ \t]{0,3}:?[ \t]{0,8}\Z")


# verbs that read like the start of a body name (``Thành ủy ban hành``: not ``Ủy ban``)
BODY_STOP_PAIRS = frozenset({("ban", "hành"), ("quy", "định"), ("hướng", "dẫn"), ("thực", "hiện"), ("báo", "cáo")})


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
    for i in issuers():
        for n in i.names:
            words = norm(n).split()
            pairs.update(zip(words, words[1:]))
    return frozenset(pairs)
