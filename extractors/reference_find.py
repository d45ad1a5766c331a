"""Finding reference mentions in one block: numbered symbols, short forms, names.

Each finder returns :class:`Mention` objects with block offsets; the
``references`` component orders them, fills the context-dependent attributes
and records them with ``doc.add``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from extractors.lexicon import opens_inside_word
from extractors import reference_context as C
from extractors import reference_patterns as P
from extractors.reference_scope import level_word, party_code_levels
from gazetteers.refdata import (
    DocType,
    canonical_code,
    central_documents,
    issuer_for_body,
    issuer_for_code,
    law_titles,
    norm,
    type_for_code,
    type_for_word,
)

_YEAR_LIKE = regex.compile(r"19[4-9]\d|20\d\d")
_SHORTFORM_NEXT = frozenset({"của", "về", "ngày", "khóa", "và", "đã", "được", "theo", "nhằm", "trong", "thay", "đến", "tới",
                             "cho", "tại", "với", "là", "để", "này", "cũng", "sẽ", "đang", "vừa", "trên", "sau", "có", "ở", "gắn",
                             "vào", "mà", "thì",
                             # what a document does: ``Kế hoạch 27 xác định …``, ``chỉ tiêu Kế hoạch 27 đề ra``
                             "xác", "đề", "nêu", "yêu", "quy", "đặt", "nhấn", "khẳng", "phù", "nói"})
_DRAFTING = regex.compile(r"(?:xây[ \t\n]dựng|dự[ \t\n]thảo|soạn[ \t\n]thảo|ban[ \t\n]hành|các)[ \t\n]{1,3}\Z")
_WORD_PIECE = regex.compile(r"[^\W_]+")
_SUBJECT_PUNCT = regex.compile(r"[,;.()“”:]")
_NEXT_TOKEN = regex.compile(r"[ \t\n]{0,3}(\w+|[,;.:()\n]|$)")
_SCOPE_NAME_WORD = regex.compile(r"[ \t]{1,2}(\p{Lu}[^\W\d_]{0,10})")
_SCOPE = regex.compile(r"[ \t\n]{1,3}(?:tỉnh|thành[ \t\n]phố|thị[ \t\n]xã|huyện|quận|xã|phường)(?!\w)")
# a body set up for a scheme, named for it and its place: the place after the scheme's name is the body's
_BODY_FOR_SCHEME = regex.compile(r"(?<!\w)(?:tổ[ \t]+công[ \t]+tác|ban[ \t]+chỉ[ \t]+đạo|tổ[ \t]+giúp[ \t]+việc)"
                                 r"(?:[ \t]+(?:triển[ \t]+khai|thực[ \t]+hiện))?[ \t]+\Z")


@dataclass
class Mention:
    """One reference mention in a block, before it becomes a row."""

    start: int
    end: int
    kind: str  # symbol, short, named
    symbol: str | None = None
    name: str | None = None
    type: str | None = None
    type_code: str | None = None
    number: str | None = None
    year: int | None = None
    issuer_code: str | None = None
    issuing_body: str | None = None
    term: str | None = None
    date: str | None = None
    date_span: tuple[int, int] | None = None
    subject: str | None = None
    subject_end: int | None = None
    inferred: bool = False
    is_self: bool = False
    header: bool = False
    resolves_to: str | None = None
    evidence: list[str] = field(default_factory=list)
    body_written_before: bool = False
    unlisted: bool = False  # a symbol of codes no list holds: a reference only after its type word or ``Số:``

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


# -- numbered symbols -----------------------------------------------------------

_DASHES = frozenset(P.DASH.replace("\\", ""))  # ``[{P.DASH}]`` as a set: a set test costs far less than a search


def _has_dash(text: str) -> bool:
    return not _DASHES.isdisjoint(text)


def _party(text: str, m: regex.Match[str]) -> Mention | None:
    g = P.party_groups()
    spans = m.regs  # every span in one call: each ``start``/``group`` of a ``regex`` match is a call of its own
    type_start, type_end = spans[g.type]
    t = type_for_code(m.string[type_start:type_end], "party")
    if t is None:
        return None
    issuer_written = text[spans[g.iss][0]:spans[g.iss][1]]
    known = issuer_for_code(issuer_written)[0] is not None
    if not known and not issuer_written.isupper():
        return None  # ``3 KH/năm`` is a rate, not a symbol
    num_start, num_end = spans[g.num]  # (-1, -1) without a number; a number is never empty
    if num_start >= 0 and not _has_dash(text[num_end:type_start]) and not known:
        return None  # the dash-less form (``84 QĐ/TWĐTN``) only with an issuer we know
    issuer = canonical_code(issuer_written)
    number = text[num_start:num_end] if num_start >= 0 else None
    symbol = f"{number or ''}-{t.code}/{issuer}"
    end = spans[0][1]
    if number and (state := _issuers_type(m.string[type_start:type_end], issuer, "state")) is not None:
        # ``Nghị quyết 03-NQ/CP``: the Government's document, written in the Party's style; its symbol is ``03/NQ-CP``
        written = " ".join(text[spans[0][0]:end].split())
        mention = Mention(spans[0][0], end, "symbol", symbol=f"{number}/{state.code}-{issuer}", type=state.name,
                          type_code=state.code, number=number, issuer_code=issuer)
        mention.evidence.append(f"symbol written {written!r}, read as {mention.symbol}")
        return mention
    dept_start, dept_end = spans[g.dept]
    if dept_start >= 0:
        dept = text[dept_start:dept_end]
        if dept.isupper():  # ``-TNXP``: the issuer's department, part of the symbol
            symbol += f"-{dept}"
        else:  # ``21-NQ/TW-ngày``: a word after a dash, not a code
            end = spans[g.iss][1]
    return Mention(spans[0][0], end, "symbol", symbol=symbol, type=t.name, type_code=t.code,
                   number=number, issuer_code=issuer)


def _issuers_type(type_code: str, issuer: str, family: str) -> DocType | None:
    """The ``family``'s type a symbol's code names when its issuer is of that family: a symbol written in the other
    family's style (``03-NQ/CP``, ``06-QĐ/TTg``: the state's; ``57/NQ-TW``: the Party's) is its issuer's."""
    found = issuer_for_code(issuer)[0]
    return type_for_code(type_code, family) if found is not None and found.family == family else None


def _known(segment: str) -> bool:
    return type_for_code(segment, "state") is not None or issuer_for_code(segment)[0] is not None


def _split_damaged(segment: str) -> tuple[str, str] | None:
    """``CTTg`` → (CT, TTg): a dash lost between a type code and an issuer code."""
    k = norm(segment)
    for overlap in (0, 1):  # ``CTTg``: CT-TTg written with the shared T once
        for cut in range(1 + overlap, len(k)):
            t = type_for_code(k[:cut], "state")
            if t is not None and t.code and issuer_for_code(k[cut - overlap:])[0] is not None:
                return segment[:cut], segment[cut - overlap:]
    return None


def _code_like(segment: str) -> bool:
    """A code in capitals, or mostly so (a department's ``GDTrH``, ``KGVX``), not a word."""
    upper = sum(c.isupper() for c in segment)
    return segment.isupper() or (segment[:1].isupper() and upper >= 2 and upper > sum(c.islower() for c in segment))


def _state(text: str, m: regex.Match[str]) -> Mention | None:
    seg_text = text[m.start("segs"):m.end("segs")]
    pieces = [(s.start() + m.start("segs"), s.group()) for s in _WORD_PIECE.finditer(seg_text)]
    while pieces and not (_known(pieces[-1][1]) or _code_like(pieces[-1][1]) or _split_damaged(pieces[-1][1])):
        pieces.pop()
    if not pieces:
        return None
    # ``4187/STC-NS``: a department's letter carries its own codes, in no list; only the type word
    # before it (``Công văn số``) makes such a symbol a reference (``unlisted``)
    unlisted = not any(_known(s) or _split_damaged(s) for _, s in pieces)
    # (``PV01``, a police department; ``GDTrH``, a school department's, mostly capitals)
    if unlisted and not all(_code_like(s) and s[0].isalpha() and len(s) > 1 for _, s in pieces):
        return None
    end = pieces[-1][0] + len(pieces[-1][1])
    segs = [s for _, s in pieces]
    inferred = False
    t: DocType | None = type_for_code(segs[0], "state")
    if t is not None and len(segs) > 1:
        issuer = segs[1]
    elif issuer_for_code(segs[0])[0] is not None:
        t, issuer = None, segs[0]
    elif (split := _split_damaged(segs[0])) is not None:
        t = type_for_code(split[0], "state")
        issuer = split[1]
        segs = [split[0], split[1]] + segs[1:]
        inferred = True
    elif len(segs) > 1 and issuer_for_code(segs[1])[0] is not None:
        issuer = segs[1]
    elif unlisted or all(_code_like(s) and s[0].isalpha() and len(s) > 1 for s in segs):
        # (``101/STC-KH``: a department's letter whose office's code, ``KH``, is also a type's; unlisted all the same)
        t, issuer, unlisted = None, segs[0], True
    else:
        return None
    codes = [canonical_code(s) for s in segs]
    seps = ["/" if "/" in text[a + len(x):b] else "-" for (a, x), (b, _) in zip(pieces, pieces[1:])]
    if inferred:
        seps = ["-"] + seps
    g = "num" if m.group("num") is not None else "blank"  # (none at all on a draft's blank: ``Số: …/BC-UBND``)
    number = text[m.start(g):m.end(g)] if m.group(g) is not None else ""
    year = int(m.group("year")) if m.group("year") else None
    tail = codes[0] + "".join(sep + code for sep, code in zip(seps, codes[1:]))
    symbol = "/".join([number] + ([str(year)] if year else []) + [tail])
    issuer_code = canonical_code(issuer)
    if number and year is None and len(codes) == 2 and t is not None and (party := _issuers_type(codes[0], issuer_code, "party")):
        # ``Nghị quyết số 57/NQ-TW``: the Politburo's resolution, written in the state's style; its symbol is ``57-NQ/TW``
        mention = Mention(m.start(), end, "symbol", symbol=f"{number}-{party.code}/{issuer_code}", number=number,
                          issuer_code=issuer_code, type=party.name, type_code=party.code)
        mention.evidence.append(f"symbol written {seg_text!r}, read as {mention.symbol}")
        return mention
    if t is not None and _JOINT_TYPE.search(t.name) and len(codes) > 2 and seps[0] == "-" and set(seps[1:]) == {"-"}:
        issuer_code = "-".join(codes[1:])  # ``01/2015/TTLT-BCA-BQP``: a joint circular is every issuer's
    mention = Mention(m.start(), end, "symbol", symbol=symbol, number=number, year=year,
                      issuer_code=issuer_code, inferred=inferred, unlisted=unlisted)
    if t is not None:
        mention.type, mention.type_code = t.name, t.code
    elif len(segs) > 1 and issuer_for_code(segs[0])[0] is None and not unlisted:
        mention.type_code = codes[0]
    if inferred:
        mention.evidence.append(f"symbol written {seg_text!r}, read as {symbol}")
    return mention


_JOINT_TYPE = re.compile(r"liên tịch|phối hợp")


# A slash a code segment may follow: a letter (any non-ASCII character may be one) after two spaces at most.
_CODE_SLASH = re.compile(r"/[ \t\n]{0,2}[A-Za-z\x80-\U0010ffff]")


def _code_slashes(f: str) -> tuple[int, int] | None:
    """The first and the last slash a code follows, or None: every symbol holds one (the issuer of a
    party symbol, the first code of a state one comes right after a slash); dates hold only others."""
    hit = _CODE_SLASH.search(f) if "/" in f else None  # most blocks hold no slash: the membership test is cheaper
    if hit is None:
        return None
    last = f.rfind("/")
    while not _CODE_SLASH.match(f, last):  # stops at the first one at the latest
        last = f.rfind("/", 0, last)
    return hit.start(), last


def numbered(text: str, f: str) -> list[Mention]:
    """Party- and state-style symbols; a party match wins where both overlap."""
    found: list[Mention] = []
    slashes = _code_slashes(f)
    if slashes is None:  # most blocks: no slash a code follows, and the scans try every offset
        return found
    # Every match holds one of those slashes, so it lies within its pattern's width of the first and the
    # last; the scans need not try the rest of the block. The end is one past, for the closing look-ahead.
    first, last = slashes
    width = P.party_width()
    for m in P.party_symbol().finditer(f, max(0, first - width), min(len(f), last + width + 1)):
        mention = _party(text, m)
        if mention is not None:
            found.append(mention)
    width = P.state_width()
    for m in P.state_symbol().finditer(f, max(0, first - width), min(len(f), last + width + 1)):
        if any(x.overlaps(m.start(), m.end()) for x in found):
            continue
        mention = _state(text, m)
        if mention is not None:
            found.append(mention)
    return sorted(found, key=lambda x: x.start)


def extend_before(text: str, f: str, mention: Mention) -> bool:
    """Take in ``<type> số`` before the symbol; False for a bare blank number without ``Số``."""
    s = mention.start
    mention.header = C.header_number(f, s)
    m = P.search_type_before(f, s)
    g = P.type_before_groups()
    word = (m.group(g.type) or m.group(g.outer)) if m else None
    at = (m.start(g.outer) if m.group(g.outer) else m.start(g.type)) if m and word else -1
    if word and mention.header and m.group(g.so) and "\n" in f[at:m.start(g.so)]:
        # ``PHÒNG TÀI CHÍNH - KẾ HOẠCH`` / ``Số: 112/BC-TCKH``: the line above a header's number is its issuer's name,
        # whose last words may be a type's (the report's number was ``KẾ HOẠCH Số: 112/BC-TCKH``, and its issuer the
        # district)
        word, at = None, -1
    # ``Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15``: a title may end in its own type word, in lower case
    title_end = word is not None and text[at].islower() and P.titled_type().fullmatch(f, at, at + len(word)) is not None
    if m and m.group(g.so) and (not word or title_end):
        titled = None
        for t in P.titled_type().finditer(f, max(0, s - 200), at if title_end else m.start()):
            if not _SUBJECT_PUNCT.search(f[t.end():m.start()]) and (not title_end or text[t.start()].isupper()):
                titled = t
        if titled is not None:
            mention.start = titled.start()
            amending = _AMENDING_BEFORE.search(f, max(0, titled.start() - 60), titled.start())
            if amending is not None and text[amending.start()].isupper():
                mention.start = amending.start()  # ``Luật sửa đổi, bổ sung một số điều của Luật …``: the amending law
            title_stop = at + len(word) if title_end and word else m.start()
            mention.name = " ".join(text[mention.start:title_stop].split()) or None  # ``Luật Mặt trận Tổ quốc Việt Nam``
            _type_from_word(mention, titled.group())
            return True
    if m and (word or m.group(g.so)):
        mention.start = (m.start(g.outer) if m.group(g.outer) else m.start(g.type)) if word else m.start(g.so)
        if word:
            _type_from_word(mention, word)
    return mention.number is not None or bool(m and m.group(g.so))


_AMENDING_BEFORE = regex.compile(r"luật[ \t]+sửa[ \t]+đổi,?[ \t]+bổ[ \t]+sung(?:[ \t]+một[ \t]+số[ \t]+điều)?(?:[ \t]+của)?[ \t]+\Z")


def _type_from_word(mention: Mention, word: str) -> None:
    """The written type word gives the type a symbol's code does not, and refines one the code
    shares: ``Quy định số 232-QĐ/TW`` (the Party writes its Quy định ``QĐ`` since 2021, ``QĐi``
    before), ``Kế hoạch liên tịch số 05-KH/…``."""
    t = type_for_word(word)
    if t is None:
        return
    if mention.type is None:
        mention.type = t.name
        if mention.type_code is None:
            mention.type_code = t.code
    elif t.name != mention.type and mention.type_code and t.code and t.code.startswith(mention.type_code):
        mention.type = t.name


def _issued_by(mention: Mention, body: str) -> bool:
    """Whether ``của <body>`` after a document can be its issuer: a central document is no local body's, nor a local
    code's a central body's (``Trên đây là báo cáo … Chỉ thị số 28-CT/TW của Ban Thường vụ Huyện ủy``, ``… quán triệt
    Nghị quyết Hội nghị Trung ương 8 khóa XIII của Ban Tuyên giáo Huyện ủy Yên Sơn``: the body is the report's)."""
    coded = issuer_for_code(mention.issuer_code)[0] if mention.issuer_code else None
    level = coded.level if coded is not None else _level_by_name(mention)
    if level is not None:
        # (a body no list holds tells its level by its word: ``Ban Tuyên giáo Huyện ủy`` is a district's)
        named = issuer_for_body(body)
        written = named.level if named is not None else level_word(body)
        if written is not None and (level == "central") != (written == "central"):
            return False
    # (``Trên đây là Báo cáo … Chỉ thị số 08-CT/TU của Ban Thường vụ Đảng ủy xã``: a committee of another level than the
    # code's issues none of its documents; the body is the report's)
    levels = party_code_levels().get(coded.code) if coded is not None else None
    return not levels or (written := level_word(body)) in (None, "city") or written in levels


def _level_by_name(mention: Mention) -> str | None:
    """The level a document's name fixes its issuer at: a plenum's resolution (``Nghị quyết Hội nghị Trung ương 8 khóa
    XIII``, ``Nghị quyết Trung ương 4``) is the Central Committee's, whoever the ``của`` after it names."""
    if mention.kind == "named" and mention.name and _PLENUM_NAME.match(norm(mention.name)):
        return "central"
    return None


def extend_after(text: str, f: str, mention: Mention) -> None:
    """Take in date, ``của <body>`` and ``(khóa …)`` that follow, in any order."""
    pos = mention.end
    no_date = no_body = no_term = -1  # where a reader last found nothing: at that offset it would again
    for _ in range(4):
        moved = False
        if mention.date is None and no_date != pos:
            if d := C.read_date(f, pos):
                mention.date, mention.date_span, pos, moved = d.value, (d.start, d.end), d.end, True
            else:
                no_date = pos
        if mention.issuing_body is None and no_body != pos:
            # (``Nghị quyết số: 41/NQ-ĐU, ngày 25/12/2018 Nghị quyết của Ban chấp hành …``: the type said again)
            at = again.end() if mention.type and (again := _TYPE_AGAIN.match(f, pos)) and \
                norm(again[1]) == norm(mention.type) else pos
            if (b := C.read_of_body(text, f, at)) and b.value and _issued_by(mention, b.value):
                mention.issuing_body, pos, moved = b.value, b.end, True
            else:
                no_body = pos
        if mention.term is None and no_term != pos:
            if t := C.read_term(text, f, pos):
                mention.term, pos, moved = t.value, t.end, True
            else:
                no_term = pos
        if not moved:
            break
    mention.end = pos


_TYPE_AGAIN = regex.compile(r"[ \t]{0,3},?[ \t]{0,3}(\p{L}+(?:[ \t]\p{L}+)?)(?=[ \t]+của(?!\w))")


# -- short forms ------------------------------------------------------------------

def shortforms(text: str, f: str, taken: list[Mention], heads: P.Heads,
               coded: list[re.Match[str]] | None = None) -> list[Mention]:
    """``Quyết định 217, 218 của Bộ Chính trị`` → two mentions; symbols inferred from the body; ``NQ 57``,
    a type's code for its word, as notes and tables abbreviate (the code in capitals).

    ``heads``: ``scan_heads(text, f)[0]``; ``coded``: ``coded_shortforms(text)``, when the caller has them."""
    out: list[Mention] = []
    matches: list[re.Match[str] | regex.Match[str]] = list(heads.finditer(P.shortform(), P.shortform_candidates())) if heads else []
    matches += P.coded_shortforms(text) if coded is None else coded
    for m in matches:
        if any(x.overlaps(m.start(), m.end()) for x in taken):
            continue
        nxt = _NEXT_TOKEN.match(f[m.end():m.end() + 20])
        if nxt is None or not (nxt.group(1) in _SHORTFORM_NEXT or not nxt.group(1)[:1].isalnum()):
            continue
        t = type_for_word(m.group("type")) or type_for_code(m.group("type"), "both")
        if t is None:
            continue
        probe = Mention(m.end(), m.end(), "short")
        extend_after(text, f, probe)
        group: list[Mention] = []
        for k, n in enumerate(P.SHORT_NUMBER.finditer(f, m.start("nums"), m.end("nums"))):
            number = n.group()
            if _YEAR_LIKE.fullmatch(number):
                break  # ``Kế hoạch 2025``, ``Báo cáo 2024``: the year's, no number
            mention = Mention(m.start() if k == 0 else n.start(), n.end(), "short", name=f"{t.name} {number}",
                              type=t.name, type_code=t.code, number=number,
                              issuing_body=probe.issuing_body, term=probe.term, date=probe.date,
                              date_span=probe.date_span)
            infer_party_symbol(mention)
            group.append(mention)
        if group:
            group[-1].subject_end = probe.end  # subject reading starts after the shared tail
            out.extend(group)
    out.sort(key=lambda x: x.start)
    return out


def infer_party_symbol(mention: Mention) -> None:
    """A short form's symbol from its Party issuer (``Chỉ thị 05 của Bộ Chính trị`` → ``05-CT/TW``): a Party body's
    code is in every symbol it issues."""
    issuer = issuer_for_body(mention.issuing_body) if mention.issuing_body and mention.symbol is None else None
    if issuer is not None and mention.type_code and issuer.family == "party":
        mention.symbol = f"{mention.number}-{mention.type_code}/{issuer.code}"
        mention.issuer_code = issuer.code
        mention.inferred = True
        mention.evidence.append(f"issuer {mention.issuing_body!r} → {issuer.code}")


# -- named references -------------------------------------------------------------

_CONGRESS = regex.compile(
    r"(?<!\w)nghị[ \t\n]quyết[ \t\n]{1,3}(?P<body>đại[ \t\n]hội(?:[ \t\n]{1,3}(?!lần\b)[^\W\d_]{1,12}){0,10}?"
    r"[ \t\n]{1,3}(?:lần[ \t\n]{1,3}thứ[ \t\n]{1,3})?(?P<t>[ivxlc]{1,6})(?!\w)(?:[ \t\n]{1,3}của[ \t\n]{1,3}đảng(?![ \t\n]{1,3}bộ))?)"
)
# ``Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2020 - 2025``: a congress named by its term's years (a commune's, after the
# 2025 mergers, names its previous congress so)
_CONGRESS_TERM = regex.compile(
    r"(?<!\w)nghị[ \t\n]quyết[ \t\n]{1,3}(?P<body>đại[ \t\n]hội(?:[ \t\n]{1,3}(?!nhiệm\b)[^\W\d_]{1,12}){0,10}?)"
    r"[ \t\n]{1,3},?[ \t\n]{0,2}nhiệm[ \t\n]kỳ[ \t\n]{1,3}(?:19|20)\d\d[ \t]{0,2}[-–][ \t]{0,2}(?:19|20)\d\d(?!\d)"
)
_PLENUM_NAME = regex.compile(
    r"(?<!\w)nghị[ \t\n]quyết[ \t\n]{1,3}(?:hội[ \t\n]nghị[ \t\n]{1,3})?trung[ \t\n]ương[ \t\n]{1,3}(?:\d{1,2}|lần[ \t\n]thứ[ \t\n]\w{1,6})(?!\w)"
    # (its formal name: ``Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII``)
    r"|(?<!\w)nghị[ \t\n]quyết[ \t\n]{1,3}hội[ \t\n]nghị[ \t\n]{1,3}lần[ \t\n]thứ[ \t\n]\w{1,6}[ \t\n]{1,3}(?:của[ \t\n]{1,3})?"
    r"ban[ \t\n]chấp[ \t\n]hành[ \t\n]trung[ \t\n]ương(?:[ \t\n]đảng)?(?!\w)"
)
_JOINT = regex.compile(r"(?<!\w)(?P<type>quy[ \t\n]chế|chương[ \t\n]trình|kế[ \t\n]hoạch)[ \t\n]{1,3}(?:làm[ \t\n]việc[ \t\n]{1,3}của|phối[ \t\n]hợp[ \t\n]{1,3}giữa)[ \t\n]{1,3}")
_PARTY_SEP = regex.compile(r"[ \t\n]{0,2}(?:,|và|với)[ \t\n]{1,3}")
_QUOTED_SCHEME = regex.compile(r"(?<!\w)Đề[ \t\n]án[ \t\n]{1,3}“[^”\n]{1,80}”")
_SCHEME = regex.compile(
    r"(?<!\w)Đề[ \t\n]án(?![ \t\n]{1,3}(?:đến|này|trên|của|với|được|đã|và|cho|tại|theo|trong|là|nói)(?!\w))"
    r"(?:[ \t\n]{1,3}[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]{1,8}){3,8}"
)
# national programmes and plans named with their horizon: ``Chương trình … đến năm 2030``
# (``Kế hoạch vốn giai đoạn 2022-2024``, a table's column of allocated capital, names no document)
_HORIZON = regex.compile(
    r"(?<!\w)(?:Chương[ \t\n]trình|Chiến[ \t\n]lược|Kế[ \t\n]hoạch(?![ \t\n]{1,3}vốn(?!\w)))(?:[ \t\n]{1,3}[^\W\d_]{1,12},?){1,24}?"
    r"[ \t\n]{1,3}(?:đến[ \t\n]năm|giai[ \t\n]đoạn)[ \t\n]{1,3}\d{4}(?:[ \t]{0,2}[-–][ \t]{0,2}\d{4})?(?!\d)"
)

# Quick first passes (``reference_patterns.candidates``): the words each pattern above opens with.
# Each with the word after its type where one must follow: ``nghị quyết``, ``kế hoạch`` open many a clause
# that names no instrument, and a first pass turned away costs far less than the full pattern tried.
_RESOLUTION_AT = P.candidates(["nghị quyết"], r"\s{1,3}(?:đại|hội|trung)")  # _CONGRESS, _PLENUM_NAME
_JOINT_AT = P.candidates(["quy chế", "chương trình", "kế hoạch"], r"\s{1,3}(?:làm|phối)")
_HORIZON_AT = P.candidates(["Chương trình", "Chiến lược", "Kế hoạch"])
_SCHEME_AT = P.candidates(["Đề án"])  # _QUOTED_SCHEME, _SCHEME
_ANNUAL_AT = P.candidates(["Nghị quyết", "Chỉ thị", "Kết luận"], r"\s{1,3}về")
_TITLE_WORD = regex.compile(r"[ \t\n]{1,3}([^\W_]+)")
_YEAR = regex.compile(r"[ \t\n]{1,3}\d{4}(?!\d)")
# Words no title holds past its first (``Điều lệ Đảng cho 1.186 đảng viên``: the title ends before ``cho``).
_LAW_STOP = frozenset({"số", "ngày", "của", "đã", "được", "và", "theo", "tại", "quy", "về", "có", "thì", "để", "trong", "này",
                       "cho", "với", "nhằm", "đạt", "là", "khi", "từ", "đến", "tới", "như", "mà"})
_ANNUAL = regex.compile(
    r"(?<!\w)(?:Nghị[ \t\n]quyết|Chỉ[ \t\n]thị|Kết[ \t\n]luận)[ \t\n]{1,3}về(?:[ \t\n]{1,3}[^\W\d_]{1,12}){1,10}[ \t\n]{1,3}năm[ \t\n]{1,3}\d{4}(?=\s*[.;,]|\s*$)"
)


@lru_cache(maxsize=None)
def _registry_names() -> tuple[regex.Pattern[str], dict[str, str], P.Candidates]:
    names: dict[str, str] = {}
    for d in central_documents():
        for n in d.names:
            names.setdefault(norm(n), d.symbol or d.doc_id)
    return regex.compile(rf"(?<!\w)(?:{P.alternation(set(names))})(?!\w)"), names, P.candidates(list(names))


# A law's title names several laws over the years (Luật Đất đai 2003, 2013, 2024): the year written after it
# is part of its name, and what tells them apart.
TITLE_YEAR = regex.compile(r"[ \t\n]{1,3}(?:năm[ \t\n]{1,3})?(?P<year>(?:19|20)\d\d)(?!\d)")


@lru_cache(maxsize=1)
def _law_title() -> regex.Pattern[str]:
    """``law_titles`` as one pattern over the folded text, longest first, a title's words apart
    by spaces or a line break."""
    titles = P.alternation({norm(t) for t in law_titles()}, gap=r"[ \t\n]{1,3}")
    return regex.compile(rf"(?:{titles})(?!\w)")


@lru_cache(maxsize=None)
def _heads() -> P.HeadIndex:
    """Heads of the finders that read the folded text, and of those that read the block text (capitals)."""
    folded = (P.shortform_candidates(), _RESOLUTION_AT, _registry_names()[2], _JOINT_AT, P.titled_candidates())
    return P.HeadIndex(folded, (_HORIZON_AT, _SCHEME_AT, _ANNUAL_AT))


def scan_heads(text: str, f: str) -> tuple[P.Heads, P.Heads]:
    """Where the finders of ``shortforms`` and ``named`` may match, in ``f`` and in ``text``: one pass."""
    return _heads().scan(text, f)


def _leading_type(f: str, start: int) -> str:
    """The type word a name opens with (``Quy chế``, ``Chương trình``), as matched."""
    m = P.type_word().match(f, start)
    return m.group() if m else ""


def _named(start: int, end: int, text: str, type_word: str, **attrs: object) -> Mention:
    t = type_for_word(type_word)
    name = " ".join(text[start:end].split())
    return Mention(start, end, "named", name=name, type=t.name if t else None, type_code=t.code if t else None, **attrs)  # type: ignore[arg-type]


# ``Bộ Kế hoạch và Đầu tư``, ``Sở Kế hoạch``: a type word that goes on a ministry's or department's name
# (capitalised, as names are: ``cơ sở``, ``nhiệm vụ`` are no offices)
_OFFICE_BEFORE = regex.compile(r"(?<!\w)(?:Bộ|Sở|Phòng|Vụ|Cục)[ \t\n]{1,2}\Z")


def named(text: str, f: str, taken: list[Mention], heads: tuple[P.Heads, P.Heads]) -> list[Mention]:
    """Specific instruments cited by name: congress and plenum resolutions, registry titles, laws, schemes.

    ``heads``: ``scan_heads(text, f)``."""
    out: list[Mention] = []
    on_folded, on_text = heads
    if not (on_folded or on_text):
        return out

    def free(s: int, e: int) -> bool:
        return not any(x.overlaps(s, e) for x in taken + out) and not _OFFICE_BEFORE.search(text, max(0, s - 9), s)

    for m in on_folded.finditer(_CONGRESS, _RESOLUTION_AT):
        if free(m.start(), m.end()) and text[m.start("t")].isupper():
            out.append(_named(m.start(), m.end(), text, "nghị quyết", issuing_body=" ".join(text[m.start("body"):m.end("body")].split()),
                              term=m.group("t").upper()))
    for m in on_folded.finditer(_CONGRESS_TERM, _RESOLUTION_AT):
        if free(m.start(), m.end()):
            out.append(_named(m.start(), m.end(), text, "nghị quyết",
                              issuing_body=" ".join(text[m.start("body"):m.end("body")].split())))
    for m in on_folded.finditer(_PLENUM_NAME, _RESOLUTION_AT):
        term = C.read_term(text, f, m.end())
        end = term.end if term else m.end()
        if free(m.start(), end):
            out.append(_named(m.start(), end, text, "nghị quyết", term=term.value if term else None))
    pattern, names, first = _registry_names()
    for m in on_folded.finditer(pattern, first):
        end = m.end()
        scope = _SCOPE.match(f, end)
        if scope and _BODY_FOR_SCHEME.search(f, max(0, m.start() - 40), m.start()):
            scope = None  # (``Tổ công tác triển khai Đề án 06 huyện Yên Thế``: the place names the body, the scheme is 06)
        local = False
        if scope:
            end, local = scope.end(), True
            while (w := _SCOPE_NAME_WORD.match(text[end:end + 14])):
                end += w.end()
        elif (year := TITLE_YEAR.match(f, end)) and names[norm(text[m.start():m.end()])].split("/")[1:2] == [year["year"]]:
            end = year.end()  # ``Luật Thực hiện dân chủ ở cơ sở năm 2022``: the year its registry entry bears is its name's
        if not free(m.start(), end) or _DRAFTING.search(f, max(0, m.start() - 16), m.start()):
            continue
        mention = _named(m.start(), end, text, _leading_type(f, m.start()))
        if not local:
            mention.resolves_to = names[norm(text[m.start():m.end()])]
            mention.evidence.append("registry title")
        out.append(mention)
    for m in on_folded.finditer(_JOINT, _JOINT_AT):
        if _DRAFTING.search(f, max(0, m.start() - 16), m.start()):
            continue
        pos, parties = m.end(), 0
        while (party := C.read_party(text, f, pos)) is not None:
            pos, parties = party.end, parties + 1
            sep = _PARTY_SEP.match(f, pos)
            if sep is None or C.read_party(text, f, sep.end()) is None:
                break
            pos = sep.end()
        if parties == 0:
            continue
        term = C.read_term(text, f, pos)
        end = term.end if term else pos
        if free(m.start(), end):
            out.append(_named(m.start(), end, text, m.group("type"), term=term.value if term else None))
    # a block without a capitalised head (most) yields nothing here: ``Heads.finditer`` returns at once
    for m in on_text.finditer(_HORIZON, _HORIZON_AT):
        if free(m.start(), m.end()) and not _DRAFTING.search(f, max(0, m.start() - 16), m.start()):
            out.append(_named(m.start(), m.end(), text, _leading_type(f, m.start())))
    for m in on_text.finditer(_QUOTED_SCHEME, _SCHEME_AT):
        if free(m.start(), m.end()):
            out.append(_named(m.start(), m.end(), text, "đề án"))
    for m in on_text.finditer(_SCHEME, _SCHEME_AT):
        if free(m.start(), m.end()) and not _DRAFTING.search(f, max(0, m.start() - 16), m.start()):
            out.append(_named(m.start(), m.end(), text, "đề án"))
    for m in on_folded.finditer(P.titled_type(), P.titled_candidates()):
        if not text[m.start()].isupper() or opens_inside_word(f, m.start()):
            continue  # (``THI HÀNH KỶ LUẬT ĐẢNG``: discipline, no law)
        end = _title_end(text, f, m.start(), m.end()) or _amending_end(text, f, m.end())
        if end is not None and free(m.start(), end):
            out.append(_named(m.start(), end, text, m.group()))
    for m in on_text.finditer(_ANNUAL, _ANNUAL_AT):
        if free(m.start(), m.end()):
            out.append(_named(m.start(), m.end(), text, _leading_type(f, m.start())))
    return out


def _title_end(text: str, f: str, start: int, base: int) -> int | None:
    """End of the title a type word (``f[start:base]``, ``Luật``) opens, with its year; None without one."""
    known = _law_title().match(f, start)
    if known:  # a listed title ends where the list says; a year may follow (``Luật Đất đai năm 2024``)
        year = TITLE_YEAR.match(f, known.end())
        return year.end() if year else known.end()
    end, count, year = base, 0, False
    for w in _TITLE_WORD.finditer(text, base, min(len(text), base + 160)):
        if w.start() != end or (count == 0 and not w.group(1)[0].isupper() and norm(w.group(1)) != "năm"):
            break
        word = norm(w.group(1))
        if word == "năm":
            y = _YEAR.match(text, w.end())
            if y:
                end, year = y.end(), True
            break
        if word in _LAW_STOP or word.isdigit():
            break
        end, count = w.end(), count + 1
        if count >= 12:
            break
    return end if count or year else None


_AMENDING = regex.compile(r"[ \t\n]{1,3}sửa[ \t\n]{1,3}đổi(?:,?[ \t\n]{1,3}bổ[ \t\n]{1,3}sung)?(?:[ \t\n]{1,3}một[ \t\n]{1,3}số"
                          r"[ \t\n]{1,3}điều)?(?:[ \t\n]{1,3}của)?(?:[ \t\n]{1,3}các)?[ \t\n]{1,3}")
_AND_TITLE = regex.compile(r",?[ \t\n]{1,3}và[ \t\n]{1,3}|,[ \t\n]{1,3}")


def _amending_end(text: str, f: str, base: int) -> int | None:
    """End of an amending law's title, which names the laws it amends: ``Luật sửa đổi, bổ sung một số
    điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương`` is one law (47/2019/QH14),
    not two citations of the laws in its title. None when no titled law follows."""
    opening = _AMENDING.match(f, base)
    if opening is None:
        return None
    end, pos = None, opening.end()
    while (head := P.titled_type().match(f, pos)) and text[pos].isupper():
        title = _title_end(text, f, pos, head.end())
        if title is None:
            break
        end = title
        sep = _AND_TITLE.match(f, end)
        if sep is None:
            break
        pos = sep.end()
    return end


def issuer_of_body(body: str | None) -> str | None:
    issuer = issuer_for_body(body) if body else None
    return issuer.code if issuer else None
