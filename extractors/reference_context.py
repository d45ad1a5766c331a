"""Reading what surrounds a symbol: type word, date, issuing body, term, subject.

Vietnamese citations follow one order — ``<type> số <symbol>, ngày <date>
của <body> (khóa <term>) về <subject>`` — with every part optional, and
sometimes the body and date come first (``Ngày 01/4/2022 UBND Thành phố ban
hành Công văn số …``). Each reader here looks at a bounded stretch of the
folded text right next to a span and returns offsets in the block text.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors import reference_patterns as P
from gazetteers.admin_units import by_name, unit_types
from gazetteers.refdata import body_heads, body_name_openings, body_vocabulary, issuer_for_body, office, prose_body_heads, prose_body_names
from pipeline.normalize import key

_WORD = regex.compile(r"[^\W_]+")
_COLLECTIVE = regex.compile(
    r"(?:các[ \t\n]{1,3})?(?:tổ[ \t\n]chức|đoàn[ \t\n]thể)[ \t\n]{1,3}chính[ \t\n]trị[ \t\n]{0,2}-[ \t\n]{0,2}xã[ \t\n]hội"
    r"|lực[ \t\n]lượng[ \t\n]vũ[ \t\n]trang"
)
MAX_BODY_WORDS = 14


def iso_date(day: str | None, month: str | None, year: str | None) -> str | None:
    """ISO date, or None when the digits are not a calendar day."""
    try:
        return dt.date(int(year or 0), int(month or 0), int(day or 0)).isoformat()
    except (TypeError, ValueError):
        return None


@dataclass
class Found:
    """A piece of context: where it ends in the block and what it says."""

    start: int
    end: int
    value: str | None


def _may_open(f: str, pos: int, openers: str, non_ascii: bool = False) -> bool:
    """Whether the character after what every reader's pattern skips first at ``pos`` (up to three
    spaces, a comma, three more: 7 characters at most) is one that pattern can go on with.

    Each pattern needs one of a few characters there (``non_ascii``: or any
    non-ASCII one, such as ``đ`` or a digit of another script): this test turns
    most offsets away for a fraction of what a ``regex`` call costs."""
    c = f[pos:pos + 8].lstrip(" \t\n,")[:1]
    return bool(c) and (c in openers or (non_ascii and c >= "\x80"))


# what may follow the skipped spaces, per reader: ``ban hành``/``ngày``/a digit, ``của``, ``(khóa``/``khóa``,
# ``về`` or a verb ``SUBJECT_START`` looks ahead for
DATE_OPENERS, OF_OPENERS, TERM_OPENERS, SUBJECT_OPENERS = "bn0123456789", "c", "(k", "vbhqpctksg“\""


def read_date(f: str, pos: int) -> Found | None:
    """``, ngày 18/5/2021`` / ``ngày 25 tháng 01 năm 2021`` right after ``pos``."""
    if not _may_open(f, pos, DATE_OPENERS, non_ascii=True):
        return None
    m = P.DATE_AFTER.match(f, pos, min(len(f), pos + 60))
    if not m:
        return None
    g = P.DATE_AFTER_G
    value = iso_date(m.group(g.d) or m.group(g.d2), m.group(g.m) or m.group(g.m2), m.group(g.y) or m.group(g.y2))
    if value is None:
        return None
    return Found(m.start(g.d) if m.group(g.d) else m.start(g.d2), m.end(), value)


def _accept_body_word(text: str, f: str, words: list[tuple[int, int, str]], k: int, scan_end: int) -> bool:
    start, end, w = words[k]
    first = text[start]
    if k == 0:
        return w in body_heads() or (first.isupper() and w in body_vocabulary())
    # a type word opens with a whole word: only those words (or one cut at ``scan_end``) need the pattern
    if (w in P.type_word_openers() or end == scan_end) and P.type_word().match(f, start) and not (
            k < 4 and " ".join(x[2] for x in words[:k + 1]) in body_name_openings()):
        return False
    following = words[k + 1][2] if k + 1 < len(words) else None
    if following is not None and (w, following) in P.BODY_STOP_PAIRS:
        return False
    if w in P.body_stop_words():
        pairs = P.body_continuations()
        return (words[k - 1][2], w) in pairs or (following is not None and (w, following) in pairs) or (
            first.isupper() and _in_place_name(words[k - 1][2], w, following))
    if first.isupper():
        return True
    named = k - 1  # (after a unit's name, ``… tỉnh Nam Định xây dựng Đề án``, ``Huyện ủy Yên Thành tổng kết``, a word in
    while named >= 0 and text[words[named][0]].isupper():  # lower case opens the clause)
        named -= 1
    if 0 <= named < k - 1 and (words[named][2] in _UNIT_TYPE_ENDS or words[named][2] in _COMMITTEE_ENDS and key(
            " ".join(x[2] for x in words[named + 1:k])) in by_name()):  # (not ``Đảng ủy Khối Cơ quan``: no unit's name)
        return False
    # a body named by its unit's type ends there but for the unit's name (``UBND tỉnh công bố …``, ``UBND xã xây
    # dựng nông thôn mới``: the verb after it was the body's); ``tỉnh ủy``, ``tỉnh đoàn`` are bodies of their own
    # (nor a committee's: ``Ban Dân vận Tỉnh ủy xây dựng Kế hoạch``; but ``Ủy ban``, ``Đảng ủy khối``)
    before = words[k - 1][2]
    if before == "xã" and w == "hội":
        return True  # ``Bảo hiểm xã hội``, ``Ngân hàng Chính sách xã hội``: social, no commune (they were cut at ``xã``)
    return w in body_vocabulary() and (before not in _UNIT_TYPE_ENDS or w in _AFTER_UNIT_TYPE) and (
        before not in _COMMITTEE_ENDS or w in _AFTER_COMMITTEE)


def _in_place_name(before: str, w: str, following: str | None) -> bool:
    """A capitalised word that ends no body, but a syllable of a unit's name (``Huyện ủy Quỳ Hợp``, ``Đảng ủy xã Hợp
    Thành``, ``Thành ủy Quy Nhơn``: they were cut at ``Hợp``, ``Quy``, and scoped to another unit)."""
    names = by_name()
    return key(f"{before} {w}") in names or (following is not None and key(f"{w} {following}") in names)


_UNIT_TYPE_ENDS = frozenset({"tỉnh", "huyện", "xã", "phường", "quận", "trấn", "phố"})
_AFTER_UNIT_TYPE = frozenset({"ủy", "đoàn"})
_COMMITTEE_ENDS = frozenset({"ủy", "uỷ"})
_AFTER_COMMITTEE = frozenset({"ban", "khối", "thị", "thành", "đặc"}) | _UNIT_TYPE_ENDS  # (``Đảng ủy xã Lương Minh``)


# Python's white space (``str.isspace``: what ``strip`` and ``split`` take), as a class: regex's ``\s`` is narrower.
PY_SPACE = "[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
_BODY_RUN = regex.compile(rf"{PY_SPACE}*([^\W_]+(?:{PY_SPACE}+[^\W_]+){{0,{MAX_BODY_WORDS}}})")


def _body_words(f: str, pos: int, scan_end: int) -> list[tuple[int, int, str]]:
    """The words from ``pos`` on while only spaces part them, at most ``MAX_BODY_WORDS`` + 1, as
    (start, end, word): one match for the run, where a match per word cost a call each."""
    m = _BODY_RUN.match(f, pos, scan_end)
    if m is None:
        return []
    words: list[tuple[int, int, str]] = []
    end = m.start(1)
    for word in m.group(1).split():  # only spaces part them: the split gives the words
        start = f.index(word, end)
        end = start + len(word)
        words.append((start, end, word))
    return words


def read_body(text: str, f: str, pos: int) -> Found | None:
    """A body written in prose starting at ``pos``: words of issuer names or proper names, after
    the office of the one who signed, if written (``Giám đốc Sở Y tế``: the body as written)."""
    m = P.PLENUM.match(f, pos, min(len(f), pos + 60)) if f.startswith("hội", pos) else None
    if m:
        pos = m.end()
    held = office().match(f, pos, min(len(f), pos + 40)) if text[pos:pos + 1].isupper() else None
    body = _body_at(text, f, held.end()) if held else None
    if body is not None:
        return Found(pos, body.end, " ".join(text[pos:body.end].split()))
    body = _body_at(text, f, pos)
    if body is None and m and text[m.start()].isupper():
        # ``của Hội nghị Trung ương 4 khóa XIII``: the plenum names the Central Committee that met
        end = m.start() + len(m.group().rstrip())
        return Found(m.start(), end, " ".join(text[m.start():end].split()))
    return _joint(text, f, body) if body is not None and f[body.end:body.end + 1] in (",", " ") else body


_JOINT_SEP = regex.compile(r"[ \t]{0,2}(?:,|và)[ \t]{1,2}")


def _joint(text: str, f: str, body: Found) -> Found:
    """``của Bộ Chính trị, Ban Bí thư``: two issuers of one instrument, both named (the second was left out,
    and with it the subject after it)."""
    sep = _JOINT_SEP.match(f, body.end)
    other = _body_at(text, f, sep.end()) if sep else None
    first, second = (issuer_for_body(b.value) if b is not None and b.value else None for b in (body, other))
    # of one level (``của Ban Bí thư, Huyện ủy đã ban hành …``: the district committee opens the sentence's clause)
    if first is None or second is None or first.level != second.level or _ACTS.match(f, other.end):
        return body
    return Found(body.start, other.end, " ".join(text[body.start:other.end].split()))


# what the sentence's own body does, opening its main clause (``…, Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau:``)
_ACTS = regex.compile(r"[ \t]+(?:đã|đang|sẽ|vừa|ban[ \t]hành|tổ[ \t]chức|triển[ \t]khai|chỉ[ \t]đạo|báo[ \t]cáo|hướng[ \t]dẫn"
                      r"|yêu[ \t]cầu|xây[ \t]dựng|thông[ \t]báo|đề[ \t]nghị|quyết[ \t]định|phối[ \t]hợp|tiến[ \t]hành"
                      r"|thực[ \t]hiện|tham[ \t]mưu|giao|kính[ \t]gửi)(?!\w)")


@lru_cache(maxsize=1)
def _punctuated_names() -> regex.Pattern[str] | None:
    """Body names with a comma or a dash in them (``Bộ Văn hóa, Thể thao và Du lịch``, ``Ban Kinh tế -
    Ngân sách``), which a run of words parted by spaces alone would cut there."""
    names = [n for n in prose_body_names() if "," in n or " - " in n]
    if not names:
        return None
    alternation = "|".join(r"[ \t\n]{1,3}".join(map(regex.escape, n.split())) for n in sorted(names, key=len, reverse=True))
    return regex.compile(rf"(?:{alternation})(?!\w)")


@lru_cache(maxsize=1)
def _punctuated_heads() -> tuple[str, ...]:
    return tuple({n.split()[0] + " " for n in prose_body_names() if "," in n or " - " in n})


def _body_at(text: str, f: str, pos: int) -> Found | None:
    named = _punctuated_names()
    m = named.match(f, pos, min(len(f), pos + 80)) if (
        named is not None and text[pos:pos + 1].isupper() and f.startswith(_punctuated_heads(), pos)) else None
    if m is not None:  # the name, and what the body's words go on with (``… Hội đồng nhân dân tỉnh``)
        return _goes_on(text, f, m.start(), m.end())
    scan_end = min(len(f), pos + 200)
    words = _body_words(f, pos, scan_end)
    kept = 0  # a word is judged with the next one in view
    while kept < len(words) and _accept_body_word(text, f, words, kept, scan_end):
        kept += 1
    while kept and words[kept - 1][2] in P.body_stop_words() and not (
            kept > 1 and text[words[kept - 1][0]].isupper() and _in_place_name(words[kept - 2][2], words[kept - 1][2], None)):
        kept -= 1  # ``của Ban Tổ chức Trung ương và Công văn số …``: taken for the words it joins, it joins none
    if kept == 0:
        return None
    start, end = words[0][0], words[kept - 1][1]
    end = _dashed_place_end(text, words[:kept], end)
    return _goes_on(text, f, start, end) if text.startswith(" (", end) else Found(start, end, " ".join(text[start:end].split()))


# the short name a body is given in brackets, once, where it is first named: ``Sở Văn hóa, Thể thao và Du lịch (VHTTDL)``
_SHORT = r"\([\p{Lu}Đ&-]{2,12}\)"  # a body's short name in brackets (``(VHTTDL)``)
_SHORT_NAME = regex.compile(rf"[ \t]*{_SHORT}")


def _goes_on(text: str, f: str, start: int, end: int) -> Found:
    """A body's name from ``start`` to ``end`` and the words it goes on with (its place: ``… tỉnh Thanh Hóa``), past the
    short name it is given in brackets, which is no part of the name (the body had ended there, its place and the
    subject after it lost)."""
    short = _SHORT_NAME.match(text, end)
    after = short.end() if short is not None else end
    rest = _body_at(text, f, after) if f[after:after + 1].isspace() else None
    name = " ".join(text[start:end].split())
    return Found(start, after, name) if rest is None else Found(start, rest.end, f"{name} {' '.join(text[after:rest.end].split())}")


def _dashed_place_end(text: str, words: list[tuple[int, int, str]], end: int) -> int:
    """Where a body's place ends when its name holds a dash (``Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu``: the body
    stopped at ``Bà Rịa``, and the subject after it was lost); ``end`` when it holds none."""
    m = _DASHED.match(text, end) if end < len(text) and text[end] in " \t-–" else None
    if m is None:
        return end
    after = [w.end() for w in _WORD_END.finditer(text, m.start(1), m.end())]
    for first in range(max(0, len(words) - 3), len(words)):
        if not text[words[first][0]:words[first][0] + 1].isupper():
            continue
        for stop in reversed(after):
            if key(text[words[first][0]:stop]) in by_name():
                return stop
    return end


_DASHED = regex.compile(r"[ \t]*[-–][ \t]*(\p{Lu}\w*(?:[ \t]\p{Lu}\w*){0,2})")
_WORD_END = regex.compile(r"\w+")


def read_of_body(text: str, f: str, pos: int) -> Found | None:
    """``của <body>`` right after ``pos``, or a plenum written with no ``của`` (``Nghị quyết số 60-NQ/TW ngày
    12/4/2025 Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng``)."""
    if not _may_open(f, pos, OF_OPENERS_OR_PLENUM):
        return None
    m = P.OF_BODY.match(f, pos, min(len(f), pos + 12))
    if not m:
        m = _BARE_PLENUM.match(f, pos, min(len(f), pos + 80))
        if not m or not text[m.end()].isupper():
            return None
    body = read_body(text, f, m.end())
    return Found(pos, body.end, body.value) if body else None


_BARE_PLENUM = regex.compile(r"[ \t\n]{0,3}(?:,[ \t\n]{0,3})?(?=" + P.PLENUM.pattern + ")")
OF_OPENERS_OR_PLENUM = OF_OPENERS + "h"


def read_party(text: str, f: str, pos: int) -> Found | None:
    """One party of a joint instrument: a body, or a collective (``lực lượng vũ trang``)."""
    m = _COLLECTIVE.match(f, pos, min(len(f), pos + 60))
    if m:
        return Found(m.start(), m.end(), " ".join(text[m.start():m.end()].split()))
    return read_body(text, f, pos)


def read_term(text: str, f: str, pos: int) -> Found | None:
    """``(khóa IX)``, `` khoá XII``, ``(khóa XI, khóa XII)``."""
    if not _may_open(f, pos, TERM_OPENERS):
        return None
    m = P.TERM_AFTER.match(f, pos, min(len(f), pos + 40))
    if not m:
        return None
    g = P.TERM_AFTER_G
    end = m.end() if (m.group(g.open) is None) == (m.group(g.close) is None) else m.end(g.t2) if m.group(g.t2) else m.end(g.t1)
    terms = [t.upper() for t in (m.group(g.t1), m.group(g.t2)) if t]
    return Found(m.start(), end, ", ".join(terms))


def read_body_backward(text: str, f: str, end: int, limit: int = 120, agencies: bool = False) -> Found | None:
    """The body whose words end at ``end`` (``UBND Thành phố`` in ``… UBND Thành phố ban hành``); with ``agencies``,
    a state agency named whole too (``Sở Nội vụ`` in ``… của Giám đốc Sở Nội vụ tại Tờ trình …``; ``Sở`` alone is
    the report's own department, named by no words of its own)."""
    words = list(_WORD.finditer(f, max(0, end - limit), end))
    kept: list[regex.Match[str]] = []
    stop = end
    # ``Thủ tướng Chính phủ giao tại Quyết định …``: what the body did stands between it and the reference
    skipped = 0
    while words and skipped < 2 and not text[words[-1].start()].isupper() and words[-1].group() in P.body_stop_words() \
            and not f[words[-1].end():stop].strip():
        stop = words.pop().start()
        skipped += 1
    for w in reversed(words):
        if f[w.end():stop].strip() or w.group().isdigit():
            break
        if not (w.group() in body_vocabulary() or text[w.start()].isupper()):
            break
        if (not text[w.start()].isupper() and w.group() in P.body_stop_words()
                and not (kept and (w.group(), kept[-1].group()) in P.body_continuations())):
            break  # ``Thủ tướng Chính phủ giao tại Quyết định …``: the verb is no word of the body
        kept.append(w)
        stop = w.start()
    kept.reverse()
    place = next((w for w in kept if _PLACE_WORD.match(f, w.start()) and not text[w.start()].isupper()), None)
    if place is not None and (before := _named_before(text, f, place.start(), agencies)) is not None:
        # ``Sở Văn hóa, Thể thao và Du lịch (VHTTDL) tỉnh Thanh Hóa ban hành …``: the words read end with the place of a
        # body named before its short name, or with a comma in its name (the body was ``Thanh Hóa``)
        return Found(before.start, kept[-1].end(), f"{before.value} {' '.join(text[place.start():kept[-1].end()].split())}")
    held = next((i for i in range(len(kept) - 2) if kept[i].group() == "trưởng" and kept[i + 1].group() in ("phòng", "ban")
                 and text[kept[i].start()].isupper() and text[kept[i + 2].start()].isupper()), None)
    if held is not None:
        # ``Theo đề nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện tại Tờ trình …``: the office's last
        # word opens its body's name (the letter is the department's; it had no body, and no scope)
        return Found(kept[held].start(), kept[-1].end(), " ".join(text[kept[held].start():kept[-1].end()].split()))
    # a body opens with a capital (``Chính phủ``), not with the end of a word (``Sở Tài chính``)
    while kept and (not text[kept[0].start()].isupper() or kept[0].group() not in body_heads() and not (
            agencies and len(kept) > 1 and kept[0].group() in prose_body_heads())):
        if text[kept[0].start()].isupper() and len(kept) > 1 and kept[0].group() in prose_body_heads():
            return None  # (``Phòng Văn hóa và Thông tin huyện báo cáo``: an agency, no issuer; its name's tail was one)
        kept.pop(0)
    if not kept or len(kept) == 1 and issuer_for_body(text[kept[0].start():kept[0].end()]) is None:
        return None  # (``Công an huyện Yên Thành báo cáo``: the last word of a name is no body, ``Thành`` of ``Thành ủy``)
    start, stop = kept[0].start(), kept[-1].end()
    return Found(start, stop, " ".join(text[start:stop].split()))


_SHORT_NAME_BEFORE = regex.compile(rf"{_SHORT}[ \t]*\Z")


def _named_before(text: str, f: str, end: int, agencies: bool) -> Found | None:
    """A body whose name ends before ``end`` past its short name in brackets, or one with a comma or a dash in its
    name (which a run of words parted by spaces alone stops at), when a lower-case unit word follows it."""
    short = _SHORT_NAME_BEFORE.search(text, max(0, end - 16), end)
    stop = short.start() if short else end
    while stop and text[stop - 1].isspace():
        stop -= 1
    named = _punctuated_names()
    if named is not None and text[stop - 1:stop].isalpha():
        for m in named.finditer(f, max(0, stop - 80), stop):
            if m.end() == stop:
                return Found(m.start(), stop, " ".join(text[m.start():stop].split()))
    return read_body_backward(text, f, stop, agencies=agencies) if short else None


_PLACE_WORD = regex.compile(rf"(?:{unit_types()})[ \t]+\w")


# ``<body> (cũng) (đã|vừa|kịp thời) ban hành <ref>``
# (or presents it to a meeting, as minutes write: ``Chủ tịch UBND xã trình bày Báo cáo số 215/BC-UBND``)
_ISSUES_BEFORE = regex.compile(r"(?:[ \t\n]{1,3}cũng)?(?:[ \t\n]{1,3}(?:đã|vừa|kịp[ \t\n]thời))?[ \t\n]{1,3}"
                               r"(?:ban[ \t\n]hành|tại|trình[ \t\n]bày)[ \t\n]{1,3}\Z")


# ``xã được UBND tỉnh công nhận đạt chuẩn nông thôn mới nâng cao tại Quyết định số …``: the body after ``được`` did
# what the document at ``tại`` records, the words of the act between them (more than ``read_body_backward`` skips)
_PASSIVE_OPENING = regex.compile(r"(?r)(?<!\w)được[ \t]+")
_PASSIVE_GAP = regex.compile(r"[^,;:()\n]*")  # one clause: no mark parts the act from the document
_PASSIVE_REACH, _PASSIVE_ACT_WORDS = 120, 12


def _passive_doer(text: str, f: str, end: int) -> Found | None:
    """The body that does the act a passive clause ending at ``end`` (right before ``tại``) names, when it names one:
    an issuer written right after ``được`` (``được Chủ tịch UBND tỉnh tặng Bằng khen tại``)."""
    opening = _PASSIVE_OPENING.search(f, max(0, end - _PASSIVE_REACH), end)
    if opening is None or not _PASSIVE_GAP.fullmatch(f, opening.end(), end) or ". " in f[opening.end():end]:
        return None
    body = read_body(text, f, opening.end()) if text[opening.end():opening.end() + 1].isupper() else None
    if body is None or len(f[body.end:end].split()) > _PASSIVE_ACT_WORDS:
        return None
    held = office().match(f, body.start, body.end)  # (the office holder acts for the body: ``Chủ tịch UBND tỉnh``)
    return body if issuer_for_body(text[held.end() if held else body.start:body.end]) is not None else None


def read_issuer_before(text: str, f: str, start: int) -> tuple[Found | None, Found | None]:
    """Body and date written before the type word: ``Ngày <date>, <body> ban hành <ref>``."""
    window_start = max(0, start - 40)
    m = _ISSUES_BEFORE.search(f, window_start, start)
    if not m:
        return None, None
    body = read_body_backward(text, f, m.start(), agencies=True)
    if body is None:
        return _passive_doer(text, f, m.start()) if m.group().split()[-1] == "tại" else None, None
    date = None
    for d in P.DATE_BEFORE.finditer(f, max(0, body.start - 60), body.start):
        if not f[d.end():body.start].strip(" \t\n,"):
            value = iso_date(d.group("d") or d.group("d2"), d.group("m") or d.group("m2"), d.group("y") or d.group("y2"))
            date = Found(d.start(), d.end(), value) if value else None
    return body, date


# (and the short name a report defines for it: ``… quốc gia (sau đây gọi tắt là Nghị quyết 57)``)
# (and when it takes effect, an aside: ``… (có hiệu lực từ ngày 01/01/2025)``)
# (also what is done to the document by another, which names that other: ``…, được sửa đổi, bổ sung bởi Nghị định
# số 113/2018/NĐ-CP``, ``… (thay thế Nghị định 108)``)
_SUBJECT_END = regex.compile(r";|[.:](?=\s|$)|\n\n|,[ \t]+(?:nên|vì vậy|vì thế|do đó|do vậy)[ \t]|[ \t]*\((?:sau[ \t]+đây[ \t]+)?(?:gọi|viết)[ \t]+(?:tắt[ \t]+)?là[ \t]"
                             r"|,?[ \t]+(?:đã[ \t]+)?(?:được|bị)[ \t]+(?:sửa[ \t]+đổi|bổ[ \t]+sung|thay[ \t]+thế|bãi[ \t]+bỏ)(?!\w)"
                             r"|[ \t]*\([ \t]*(?:thay[ \t]+thế|sửa[ \t]+đổi|bổ[ \t]+sung|có[ \t]+hiệu[ \t]+lực)(?!\w)"
                             # (a verdict on carrying it out: ``việc thực hiện Chỉ thị … về đẩy mạnh giải ngân còn chưa
                             # quyết liệt``, ``… còn chậm``)
                             r"|[ \t]+(?:còn[ \t]+)?(?:chưa|chậm)[ \t]+(?:quyết[ \t]+liệt|hiệu[ \t]+quả|đạt|đáp[ \t]+ứng|kịp[ \t]+thời"
                             r"|nghiêm|đồng[ \t]+bộ|sâu[ \t]+sát)(?!\w)|[ \t]+còn[ \t]+(?:chậm|hạn[ \t]+chế|thấp|nhiều[ \t]+hạn[ \t]+chế)(?!\w)")
# the body a ``(sau đây gọi tắt là …)`` names, after the subject's comma: the sentence's own, no words of the subject
_NAMED_AT_END = regex.compile(r",[ \t]+\p{Lu}[^,;()]*\Z")
# ``Thực hiện Nghị quyết … về X, Ban Thường vụ Huyện ủy đã …``: after a comma, a name in capitals and
# a tense word open the sentence's main clause, which the subject does not run into
# (``góp ý xây dựng Đảng, Chính quyền`` has no such word: it is still the subject).
# (also a unit written with its type, named or not: ``…, huyện Yên Thành đã có``, ``…, toàn tỉnh đã``; a name after
# a word or two, ``…, lực lượng Công an toàn tỉnh đã phát hiện``; a long one, ``…, Hội nghị Ban Chấp hành Đảng bộ xã
# lần thứ 9 (ngày 16/12/2026) đã thảo luận``)
# (its words may be parted by a comma before a lower-case one: ``…, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và ma
# túy huyện báo cáo``)
_NAMED_UP_TO_TENSE = r"(?:[^\s,;.]+[ \t]+){0,2}?\p{Lu}[^\s,;.]*(?:(?:,(?=[ \t]+\p{Ll}))?[ \t]+[^\s,;.]+){0,16}?[ \t]+"
# (or bodies named as a plural: ``…, các cấp ủy đã rà soát``; and a body that directs: ``…, Ban Thường vụ
# Huyện ủy chỉ đạo Ban Tổ chức``)
# (or no subject written before a tense word: ``… về miễn, giảm học phí, đã miễn cho 1.200 học sinh``; or one of a word or
# two in lower case: ``… về nâng cao chất lượng sinh hoạt chi bộ, chi bộ đã thảo luận``)
_MAIN_CLAUSE = regex.compile(rf",[ \t]+(?:(?:đã|đang|sẽ)[ \t]|(?:[^\s,;.]+[ \t]+){{1,2}}(?:đã|đang|sẽ)[ \t]|(?:(?:(?:toàn|cả)[ \t]+)?(?:{unit_types()})[ \t]+"
                             rf"(?:{_NAMED_UP_TO_TENSE})?|{_NAMED_UP_TO_TENSE}|(?:các|những)(?:[ \t]+[^\s,;.]+){{1,8}}?[ \t]+)"
                             r"(?:đã|đang|sẽ|tiếp[ \t]tục|luôn|chỉ[ \t]đạo|lãnh[ \t]đạo|yêu[ \t]cầu|ban[ \t]hành|đề[ \t]nghị|hướng[ \t]dẫn|"
                             r"báo[ \t]cáo|thông[ \t]báo|được|phối[ \t]hợp)[ \t])")
# (``…, xã Phúc Sơn được thành lập …``; ``…, Hội CCB huyện phối hợp với Huyện đoàn tổ chức …``: a body that acts with
# another, no ``đã`` before its verb; not ``triển khai``, ``tổ chức``: ``…, Trưởng Ban Chỉ đạo tại Hội nghị triển khai
# công tác năm 2024`` goes on with the title)
# (``…, các cơ quan hành chính trên địa bàn huyện đã tiếp``: a plural's words up to eight)
# ``Việc thực hiện Quy định số 124-QĐ/TW … về kiểm điểm … trong hệ thống chính trị được các cấp ủy triển khai``: in a
# sentence a noun opens (``Việc``, ``Kết quả``), the cited document is in its subject, and the verb after it is the
# sentence's (``được …``, ``đã …``), not the subject's
_NOMINAL_OPENING = regex.compile(r"(?:^|[.;:!?][ \t]+|\n)[ \t\-–+•*]*(?:\d{1,2}[.)][ \t]+)?(?:việc|kết[ \t]+quả)[ \t][^.;:!?\n]*\Z")
_PREDICATE = regex.compile(r"[ \t]+(?:(?:đã|đang|vẫn|luôn)[ \t]+)?(?:được|đã)[ \t]")
# ``… về xây dựng đất nước phồn vinh, hạnh phúc đến 100% cán bộ``: a figure the report reached is its own
# clause (``đến 100% cán bộ``, ``cho 1.186 đảng viên``), not a year of the subject (``đến 2030``)
_FIGURE_CLAUSE = regex.compile(r"[ \t]+(?:đến|tới|cho|với)[ \t]+(?!(?:19|20)\d\d(?!\d))\d[\d.,/]*(?:[ \t]*%|[ \t]+\p{Ll})")
# ``về tổ chức sơ kết, và trong tháng 02/2024, 100% đảng bộ …``: a clause that opens on when it happened is
# the sentence's, not the cited document's subject.
# (and on a day: ``… về sắp xếp tổ chức bộ máy, từ ngày 01/7/2025 xã Minh Xuân mới được thành lập``)
_TIME_CLAUSE = regex.compile(r",[ \t]+(?:và[ \t]+)?(?:trong|đến|tính[ \t]+đến|(?:kể[ \t]+)?từ)[ \t]+(?:tháng|năm|quý|đầu|cuối|nay|ngày|\d)")
# The opening sentence of a report: ``Thực hiện … về X, <body> báo cáo … như sau:`` (searched only where
# "như sau" is: the lazy run would otherwise be tried at every comma).
_AS_FOLLOWS = regex.compile(r",[ \t]+\p{Lu}[^,;.:]{0,160}?[ \t]như[ \t]+sau[ \t]*:")


# ``… về mức lương cơ sở …, mức lương cơ sở tăng từ 1.800.000 đồng/tháng``, ``…, dự toán thu năm 2025 là
# 6.120 tỷ đồng``, ``…, Quỹ … đã tiếp nhận 6,82 tỷ đồng``: a clause after a comma whose verb gives an
# amount is the report's statement; a title names no amount it reached
# (or a clause opening with its own count: ``… phong cách Hồ Chí Minh, 100% cán bộ, giáo viên đăng ký …``)
_AMOUNT_CLAUSE = regex.compile(r",[ \t]+(?:[^,;.:()]{0,100}?(?<!\w)(?:là|đạt|tăng|giảm|bằng|lên|còn|dự[ \t]kiến|hiện[ \t]có|tiếp[ \t]nhận|"
                               r"xảy[ \t]ra|thu[ \t]hút|phát[ \t]hiện|xử[ \t]lý|thu[ \t]giữ)"
                               r"(?:[ \t]+(?:từ|khoảng|hơn|trên|gần|được))?[ \t]+)?(?!(?:19|20)\d\d(?!\d))\d[\d.,/]*"
                               r"(?:[ \t]*%|[ \t]+\p{Ll})")

_FIGURE_LINKS = (" đến ", " tới ", " cho ", " với ")
_DIGIT = re.compile(r"\d")
# ``… về công tác tiếp công dân năm 2024 và chỉ đạo UBND các xã thực hiện``, ``… năm 2023, giao chỉ tiêu cho từng chi bộ``:
# the report's body directing another, or handing out targets, after the cited document is named (not ``sự lãnh đạo,
# chỉ đạo của Đảng``, a title's pair: a directing verb after ``và`` takes its addressee, ``các …`` or a name)
_DIRECTS_AFTER = regex.compile(r"[ \t]+và[ \t]+(?:đã[ \t]+)?(?:chỉ[ \t]+đạo|yêu[ \t]+cầu)[ \t]+(?:các[ \t]|\p{Lu})"
                               r"|,[ \t]+(?:đồng[ \t]+thời[ \t]+)?giao[ \t]+(?:chỉ[ \t]+tiêu|nhiệm[ \t]+vụ)[ \t]+(?:cho|đến)[ \t]")


def _has_figure_after_link(span: str) -> bool:
    """Whether ``_FIGURE_CLAUSE`` may match in ``span``: a linking word and a digit (substring tests, far
    cheaper than the search, which tries every space of every subject)."""
    return any(link in span for link in _FIGURE_LINKS) and _DIGIT.search(span) is not None


def read_subject(text: str, f: str, pos: int, limit: int, next_end: int | None = None) -> tuple[str | None, int]:
    """The ``về …`` clause after ``pos``, cut at ``limit`` (next reference, which ends at ``next_end``) or the clause end."""
    if not _may_open(f, pos, SUBJECT_OPENERS):
        return None, pos
    m = P.SUBJECT_START.match(f, pos, min(len(f), pos + 24))  # (the look-ahead of ``giao chỉ tiêu`` reads 14)
    if not m:
        return None, pos
    start = m.end()
    stop = min(limit, start + 400, len(f))
    end_m = _SUBJECT_END.search(f, start, stop)
    end = end_m.start() if end_m else stop
    if end_m is not None and "là" in end_m.group() and (named := _NAMED_AT_END.search(text, max(start, end - 100), end)):
        end = named.start()  # ``…đến năm 2030, Phòng giao dịch NHCSXH huyện Núi Thành (sau đây gọi tắt là …) báo cáo``
    if m.group("quote") and (close := f.find("”" if m.group("quote") == "“" else '"', start, end)) >= 0:
        end = close  # (a quoted title ends at its closing quote: ``"về tăng cường …" trong tình hình mới``)
    span = text[start:end]
    # where the sentence's own clause opens (``về đổi mới …, Phòng đã triển khai``), the earliest of the
    # clause patterns; each but the first searched only where a substring test says it may match
    clauses = (_MAIN_CLAUSE.search(text, start, end),
               _TIME_CLAUSE.search(f, start, end) if "," in span else None,
               _AS_FOLLOWS.search(text, start, end) if "như sau" in span else None,
               _FIGURE_CLAUSE.search(text, start, end) if _has_figure_after_link(span) else None,
               _AMOUNT_CLAUSE.search(text, start, end) if "," in span and _DIGIT.search(span) else None,
               _PREDICATE.search(f, start, end) if (" được " in span or " đã " in span) and _nominal_opening(f, pos) else None,
               _DIRECTS_AFTER.search(text, start, end) if " và " in span or " giao " in span else None,
               _acting_body(text, f, start, end) if ", " in span else None)
    end = min((c.start() for c in clauses if c is not None), default=end)
    if m.group("ve") is None and f.startswith(_BARE_VERB_OPENERS, start) and (
            clause := _NEW_CLAUSE.search(text, start, end)):
        end = clause.start()  # (``Kế hoạch số 123 … triển khai phong trào thi đua “…”, các cấp, các ngành … đã huy động``)
    if end == limit and (joint := _TRAILING_LINK.search(f, start, end)):
        end = joint.start()  # ``… không được làm và [Hướng dẫn số 05]``: the link opens the next reference
    said = end
    if end == limit and (tied := _TIED_TO_NEXT.search(f, start, end)):
        said = tied.start()  # ``thực hiện Quy chế … theo [Quyết định số 23-QĐ/TW]``, ``ban hành Chương trình hành động của
        # Chính phủ thực hiện [Nghị quyết số 57]``, ``…, nhằm cụ thể hóa [Nghị quyết số 57]``: the next one is inside, the word is not
    if end == limit and next_end is not None and m.group("ve") and _CARRIES_OUT_NEXT.fullmatch(f, start, end):
        said = next_end  # ``Kết luận số 91-KL/TW … về tiếp tục thực hiện [Nghị quyết số 29-NQ/TW]``: the title is carrying
        # out the next one, which it keeps (as ``… về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa X`` does)
    value = _balanced(" ".join(text[start:said].split()).strip(" ,“”\"'").rstrip(" ([").rstrip(" ,“”\"'"),
                      text[start:said])  # (cut before ``(Chỉ thị 38)``)
    # (``Kế hoạch số 231/KH-UBND … thực hiện Nghị quyết số 71/NQ-CP``: a verb alone names nothing but the next reference)
    return (None if value.lower() in _BARE_VERBS else value or None), end


# a comma before a capital: where a body may open the sentence's own clause
_COMMA_BEFORE_NAME = regex.compile(r",[ \t]+(?=\p{Lu})")


def _acting_body(text: str, f: str, start: int, end: int) -> regex.Match[str] | None:
    """The comma after which a body and what it does open the sentence's own clause (``… lần thứ XIV của Đảng, Đảng ủy
    xã xây dựng kế hoạch``: a verb of no tense word ``_MAIN_CLAUSE`` waits for), as ``_joint`` tells a second issuer
    from the body acting after it: a body that issues documents, its verb in lower case (in a title, ``…, Luật Thực
    hiện dân chủ ở cơ sở`` is a name's, and ``góp ý xây dựng Đảng, Chính quyền`` names no body that acts)."""
    for comma in _COMMA_BEFORE_NAME.finditer(text, start, end):
        body = _body_at(text, f, comma.end())
        if body is not None and body.end < end and (acts := _ACTS.match(f, body.end)) and \
                text[acts.start():acts.end()].lstrip()[:1].islower() and issuer_for_body(body.value) is not None:
            return comma
    return None


def _nominal_opening(f: str, pos: int) -> bool:
    """Whether the sentence ``pos`` is in opens with a noun (``Việc thực hiện …``, ``Kết quả …``)."""
    before = f[max(0, pos - 300):pos]
    return ("việc" in before or "kết quả" in before) and _NOMINAL_OPENING.search(before) is not None


def _balanced(value: str, written: str) -> str:
    """``value`` with the closing quote its last quoted name had in ``written`` (``… cuộc vận động “Cựu chiến binh
    gương mẫu”``: stripping the subject's edges took it, leaving the name open)."""
    tail = written.rstrip(" ,;.([")
    if value.count("“") > value.count("”") and tail.endswith("”"):
        return value + "”"
    if value.count('"') % 2 and tail.endswith('"'):
        return value + '"'
    return value


_BARE_VERBS = frozenset({"thực hiện", "triển khai", "triển khai thực hiện", "tiếp tục", "về việc", "việc"})
# a subject these verbs open with no ``về`` is a plan's purpose (``SUBJECT_START`` opens one only with no comma
# before them), ended by a comma before a new subject: a collective or a name
_BARE_VERB_OPENERS = ("thực hiện", "triển khai")
_NEW_CLAUSE = regex.compile(r",[ \t]+(?:(?:các|những|toàn|cả)(?!\w)|\p{Lu})")
# (``… phụ nữ và 5 năm thực hiện [Chỉ thị số 36]``: a second item of a review, its years and all)
_TIED_TO_NEXT = regex.compile(r"(?:[ \t\n,]+(?:nhằm|để)|[ \t\n,]+và[ \t\n]+\d{1,2}[ \t\n]+năm)?[ \t\n]+(?:theo|tại|của|"
                              r"cụ[ \t\n]+thể[ \t\n]+hóa|(?:triển[ \t\n]+khai[ \t\n]+)?thực[ \t\n]+hiện|triển[ \t\n]+khai)[ \t\n]*\Z")


# a ``về`` title that is the act of carrying out the document named next, a word or two before its verb at most
# (``về tiếp tục thực hiện``, ``về việc triển khai thực hiện``, ``về kết quả thực hiện``; not ``về thực hiện công tác dân
# vận năm 2021 và triển khai``, a title of its own before another act)
_CARRIES_OUT_NEXT = regex.compile(r"(?:[^\s,;.()]+[ \t\n]+){0,2}?(?:triển[ \t\n]+khai[ \t\n]+)?(?:thực[ \t\n]+hiện|triển[ \t\n]+khai)"
                                  r"[ \t\n]*")


# A word that links a subject cut at the next reference to that reference.
_TRAILING_LINK = regex.compile(r"(?:[ \t\n,;]+(?:và|hoặc|cùng|cũng như))+[ \t\n,]*\Z")


_NUMBER_PREFIX = regex.compile(r"[ \t]{0,8}số[ \t]{0,3}:?[ \t.…_]{0,12}")  # (a draft's blank: ``Số: ....``)
_CLAUSE_BREAK = regex.compile(r"[;]|\.(?=\s)")


def header_number(f: str, start: int) -> bool:
    """``Số:`` opening the line: the document's own number in its header."""
    line = f.rfind("\n", max(0, start - 24), start)
    prefix = f[line + 1 if line >= 0 else max(0, start - 24):start]
    if line < 0 and start > 24:
        return False
    return bool(_NUMBER_PREFIX.fullmatch(prefix))


def same_clause(f: str, a: int, b: int) -> bool:
    """No clause boundary between two offsets (a list of references shares its issuer)."""
    return not _CLAUSE_BREAK.search(f[a:b])
