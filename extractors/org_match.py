"""Organisations: gazetteer names and abbreviations, joined into whole bodies.

``Ban Thường vụ Tỉnh ủy Hậu Giang`` is three gazetteer entries in a row plus a
place; a body is the run of adjacent entries, then what it is attached to (a
named place, a bare type word like ``tỉnh``, or ``Trung ương``). Every name
and abbreviation sits in the Aho-Corasick automaton over folded text that
``place_match`` builds, so one pass over a block finds its places and bodies.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from gazetteers.admin_units import TYPE_LEVELS
from gazetteers.refdata import organization_rows
from extractors.place_match import COMMITTEE_TYPES, Scan, matching_text, scan
from extractors._overlap import leftmost_longest
from pipeline.normalize import key

LEVELS = ("central", "province", "city", "district", "commune", "village")
_TYPE_LEVEL = {"tỉnh": "province", "thành phố": "city", "quận": "district", "huyện": "district",
               "thị xã": "district", "phường": "commune", "xã": "commune", "thị trấn": "commune",
               "đặc khu": "commune", "khóm": "village", "ấp": "village", "thôn": "village", "khu phố": "village"}
# a steering committee's number, between its name and its unit (``Ban Chỉ đạo 138 tỉnh``, ``Ban Chỉ đạo 389 huyện``)
_BOARD_NUMBER = regex.compile(r"[ ]+\d{2,4}(?=[ ]+\w)")
# a steering board's task, up to its unit's type (on folded text)
_BOARD_PURPOSE = regex.compile(r"[ ]+((?:[^\s.;:()]+[ ]+){1,14}?)(?=(?:tỉnh|huyện|xã(?![ ]+hội)|thành phố|thị xã|quận|phường|"
                               r"thị trấn)(?!\w))")  # (not ``tệ nạn xã hội``: social, no commune)
# words no task's name holds: a clause goes on there (``Ban Chỉ đạo đã họp tại xã …``)
_NO_PURPOSE = regex.compile(r"(?<!\w)(?:đã|đang|sẽ|được|là|có|tại|của|cho|với|gồm|và các|các cấp|ban hành|tổ chức|chỉ đạo|họp|"
                            r"ubnd|hđnd|ủy ban|uỷ ban|hội đồng)(?!\w)")  # (nor a committee's name: the board's owner)
_TRAILING_TYPE = regex.compile(
    r"[ ]+(" + "|".join(sorted(map(regex.escape, _TYPE_LEVEL), key=len, reverse=True)) + r")(?!\w)")
# (``Bảo hiểm xã hội Việt Nam``, ``Hội Liên hiệp Phụ nữ Việt Nam``: the national body; not ``Ủy ban MTTQ Việt Nam
# huyện …``, where the country is part of the name and a unit follows)
_UNITS_AFTER_COUNTRY = "tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn"
_TRAILING_CENTRAL = regex.compile(rf"[ ]+(trung ương(?: đảng)?|tw|tư|(việt nam|vn)(?![ ]+(?:{_UNITS_AFTER_COUNTRY}|tp|tx)(?!\w)))"
                                  r"(?!\w)")


_COUNTRY_THEN_UNIT = regex.compile(rf"[ ]+(?:việt nam|vn)(?=[ ]+(?:{_UNITS_AFTER_COUNTRY})(?!\w))")


# the dash of a symbol glued to its type's code, then a space (``NQ- HĐND``; not ``HĐND - UBND``, two bodies)
_SPACED_SYMBOL = regex.compile(r"\w[/–-][ ]\Z")
# a count (a number, not a date's or a year: ``Ngày 01/4/2022 UBND Thành phố``), or ``lượt``/``tổ`` of people
_COMMITTEE_AFTER = regex.compile(r"[ \t]+(?:(?:Tỉnh|Huyện|Thành|Thị|Quận|Đảng|Chi)[ \t]+[ủu]ỷ?y?|TU|HU|ĐU)(?!\w)")
_STANDING_OFFICE = regex.compile(r"(?<!\w)(?:bí thư|chủ tịch|ủy viên|uỷ viên|trưởng ban)[ ]+\Z")
_MEMBER_AFTER = regex.compile(r"[ ]viên(?!\w)")
# (a share's whole too: ``(1.047/1.085 CCB)``)
# (a number, not a list's ``2. UBND huyện chỉ đạo …``: a number ends in a digit)
_COUNTED_BEFORE = regex.compile(r"(?:(?:(?<![\d/.,])|(?<=\d/))(?!(?:19|20)\d\d(?!\d))\d(?:[\d.]*\d)?|(?<!\w)(?:lượt|tổ))[ ]+\Z")


@dataclass(frozen=True)
class Org:
    """The body a name or abbreviation of ``organizations.csv`` stands for."""

    canonical: str
    kind: str
    level: str
    abbreviation: bool
    source: str
    # A ``typed_aliases`` form (``Đoàn xã``) names the body only with its unit's type word: the
    # part ends this many characters into the form, so the type word attaches as after any body.
    part_len: int | None = None
    # A kind of institution (``Trường THCS``) is one body only with the proper name written after it
    # (``Trường THCS Thạch Đài``), which no gazetteer can list; alone it names a kind, no body.
    takes_name: bool = False
    # A typed form of a unit above the commune (``Đoàn huyện``, ``Đoàn tỉnh``) names the body only after one of its
    # boards (``Ban Chấp hành Đoàn huyện Triệu Phong``) or printed in capitals, as the issuer's line is (``ĐOÀN HUYỆN
    # TRIỆU PHONG``): alone in a sentence it is as often the unit's delegation (``Đoàn tỉnh Lào Cai dự hội thao``).
    after_board: bool = False


@dataclass(slots=True)  # built for every body mentioned: slots make that cheaper
class Body:
    """One whole organisation mention: adjacent gazetteer parts plus what it is attached to."""

    start: int
    end: int
    parts: list[Org]
    suffix: str = ""  # `` tỉnh``, `` Trung ương`` or `` phường Long Hoa`` in canonical form
    level: str | None = None
    type_word: tuple[int, int, str] | None = None  # a bare ``tỉnh``/``xã`` written after the body

    @property
    def base(self) -> str:
        """Canonical names of the parts, without what the body is attached to."""
        return " ".join(p.canonical for p in self.parts)

    @property
    def canonical(self) -> str:
        return self.named(self.suffix)

    def named(self, suffix: str) -> str:
        """Canonical name with ``suffix``; a local chapter of a mass organisation, or a branch of a state body, drops
        ``Việt Nam`` (``Hội Cựu chiến binh thị xã``, ``Ngân hàng Nhà nước Khu vực 14``), the Front keeps it, as its
        committees are named."""
        if not suffix:
            return self.base
        parts = [p.canonical.removesuffix(" Việt Nam") if p.kind in ("mass", "state") else p.canonical
                 for p in self.parts]
        return " ".join(parts) + suffix

    def unit_suffix(self, unit_type: str, name: str = "") -> str:
        """The suffix naming the unit the body is of: its type and name (`` huyện Triệu Phong``), or its name alone after
        a level's committee, whose name says the level (``Huyện đoàn Triệu Phong``, as ``Huyện ủy Triệu Phong``; it was
        ``Huyện đoàn huyện Triệu Phong``)."""
        words = [name] if key(self.parts[-1].canonical) in COMMITTEE_TYPES else [unit_type, name]
        return "".join(f" {w}" for w in words if w)

    @property
    def kind(self) -> str:
        """The kind of the body the mention names: an office (``role``) or a board every organisation has (``Ban
        Thường vụ`` Hội LHPN huyện, ``Thường trực Đoàn thành phố Đông Hà``, though ``Thường trực`` alone is listed as
        the Party's) is its owner's; alone, a board is of its own kind, and a committee the Party's, as it most often is."""
        for part in self.parts:
            if part.kind not in ("role", "committee", "office") and key(part.canonical) not in boards():
                return part.kind
        return "party" if any(p.kind == "committee" for p in self.parts) else self.parts[0].kind

    def own_level(self) -> str:
        """Most specific level among the parts (``any`` parts inherit)."""
        known = [p.level for p in self.parts if p.level in LEVELS]
        return max(known, key=LEVELS.index) if known else "any"


@lru_cache(maxsize=1)
def organizations() -> tuple[tuple[str, Org], ...]:
    """(written form, Org) for every name and abbreviation in ``organizations.csv``."""
    out: list[tuple[str, Org]] = []
    for r in organization_rows():
        named = r["takes_name"] == "yes"
        # valid_from/valid_to stay data for readers: a dissolved ministry is still cited by old reports.
        out.append((r["canonical"], Org(r["canonical"], r["kind"], r["level"], False, r["source"], takes_name=named)))
        for alias in filter(None, r["aliases"].split("|")):
            # An abbreviation has a word in capitals (``UBND``, ``Hội LHPN``); it must be written so.
            abbreviation = any(w.isupper() and len(w) > 1 for w in alias.split())
            out.append((alias, Org(r["canonical"], r["kind"], r["level"], abbreviation, r["source"], takes_name=named)))
        for form in filter(None, r["typed_aliases"].split("|")):
            # alone, ``Đoàn`` is a delegation or a word (``Đoàn kiểm tra``, ``Đoàn viên``)
            typed = _TRAILING_TYPE.search(form)
            assert typed and typed.end() == len(form), f"{form!r}: a typed alias ends in a type word"
            upper = _TYPE_LEVEL[typed[1]] != "commune"
            out.append((form, Org(r["canonical"], r["kind"], r["level"], False, r["source"], typed.start(), after_board=upper)))
    return tuple(out)


@lru_cache(maxsize=1)
def boards() -> frozenset[str]:
    """The folded names of the boards every body has (``Ban Thường vụ``, ``Thường trực``, ``Ban Thường trực``): what a
    body's name may open with before its owner's."""
    return frozenset(key(r["canonical"]) for r in organization_rows()
                     if r["kind"] == "committee" or r["canonical"] in ("Thường trực", "Ban Thường trực"))


def part_hits(text: str, folded: str | None = None, found: Scan | None = None) -> list[tuple[int, int, Org]]:
    """Longest non-overlapping organisation names in ``text``.

    Full names must start with a capital (``mặt trận`` lower-case is a word, not
    the Front); abbreviations must be written exactly, and not inside a
    document symbol (``/TU``, ``-UBND``). ``folded`` is ``matching_text(text)`` and ``found`` is
    ``place_match.scan(folded)`` when the caller has them.
    """
    folded = matching_text(text) if folded is None else folded
    chosen = []
    for start, end, (written, org) in (scan(folded) if found is None else found).orgs:
        original = text[start:end]
        if org.abbreviation:
            if original != written and not original.isupper():
                continue
            # (``TCTK&VV``, a savings group: an abbreviation joined by ``&`` is part of a longer one)
            if (start > 0 and text[start - 1] in "/-–&") or (end < len(text) and text[end] in "/-–&") \
                    or _SPACED_SYMBOL.match(text, max(0, start - 3), start):
                continue  # (``25/2018/NQ- HĐND``: a symbol's code after its dash and a space)
            if _COUNTED_BEFORE.search(folded, max(0, start - 8), start):
                continue  # ``420 lượt CCB``, ``78 tổ CCB tự quản``, ``15 HTX``: veterans, cooperatives counted, no body
        elif not original[:1].isupper() and not (original.startswith(("phòng ", "ban ")) and folded.endswith("trưởng ", 0, start)):
            continue  # (``Trưởng phòng Tài chính - Kế hoạch``: the department its head is named by)
        if _MEMBER_AFTER.match(text, end):
            continue  # ``Đảng ủy viên``, ``Chi ủy viên``: a member of the committee, a person's rank, no body
        if start >= 4 and text[start - 4] in "Pp" and text.endswith(("Phó ", "phó "), 0, start):
            continue  # ``Phó Thủ tướng Hồ Đức Phớc``: a deputy, not the office the name holds
        if org.canonical == "Thường trực" and _STANDING_OFFICE.search(folded, max(0, start - 12), start):
            continue  # ``Phó Bí thư Thường trực``, ``Ủy viên Thường trực``: an office's rank, no body
        if org.abbreviation and org.canonical == "Thường trực" and not _COMMITTEE_AFTER.match(text, end):
            continue  # ``TT`` is the standing board only before a committee (``TT Huyện ủy``; ``TT Y tế`` is a centre)
        if org.canonical == "Ban Thường trực" and folded.endswith("trưởng ", 0, start):
            continue  # ``Phó Trưởng ban thường trực``: a deputy head's rank, no Front's board
        if org.canonical == "Ban Tổ chức" and _EVENT_AFTER.match(folded, end):
            continue  # ``Ban Tổ chức Đại hội``, ``Ban Tổ chức Giải``: an event's organisers, no Party's board
        chosen.append((start, end if org.part_len is None else start + org.part_len, org))
    return leftmost_longest(chosen)


def bodies(text: str, folded: str | None = None, found: Scan | None = None) -> list[Body]:
    """Runs of adjacent parts, with a trailing type word or ``Trung ương`` attached (arguments as ``part_hits``)."""
    folded = matching_text(text) if folded is None else folded
    out: list[Body] = []
    for start, end, org in part_hits(text, folded, found):
        joins = out and not text[out[-1].end:start].strip() and out[-1].suffix == ""
        if org.after_board and not text[start:end].isupper() and not (joins and key(out[-1].parts[-1].canonical) in boards()):
            continue  # (``Đoàn tỉnh Lào Cai dự hội thao``: the province's delegation, no Youth Union)
        if joins and not (
                "\n" in text[out[-1].end:start] and org.kind in _WHOLE_BODIES and out[-1].parts[-1].kind in _WHOLE_BODIES):
            # (two agencies on two lines of a header's cell are two bodies: ``TỔNG CỤC THỐNG KÊ`` / ``CỤC THỐNG KÊ …``)
            if all(p.kind == "role" for p in out[-1].parts):
                out[-1] = Body(start, end, [org])  # ``Bộ trưởng Bộ Tài chính``: the office holder's body
            else:
                out[-1].parts.append(org)
                out[-1].end = end
        else:
            out.append(Body(start, end, [org]))
    out = [b for b in out if b.parts[-1].kind != "office"]  # ``Văn phòng`` alone names no body (``Văn phòng làm việc``)
    asides = [(b, m.end()) for b in out if text[b.end + 1:b.end + 2] == "(" and (m := ASIDE_ABBREVIATION.match(text, b.end))]
    if asides:  # ``Ngân hàng Chính sách xã hội (NHCSXH) huyện Yên Thành``: the abbreviation is an aside; the unit is the body's
        inside = {id(b) for body, end in asides for b in out if body.end < b.start < end}
        out = [b for b in out if id(b) not in inside]
    unit_at = {id(body): end for body, end in asides}
    for body in out:
        at = unit_at.get(id(body), body.end)
        # both trailing patterns start with a space: most bodies have none after them
        if body.suffix or body.level or folded[at:at + 1] != " ":
            continue
        central = _TRAILING_CENTRAL.match(folded, at)
        if central and central[2] and body.parts[-1].canonical.endswith("Việt Nam"):
            # ``Hội LHPN Việt Nam``, ``MTTQ Việt Nam các cấp``: the country is the name's own, which its abbreviation left
            # out: the mention takes it in, and it is read as the full name is (no national level of its own)
            body.end = at = central.end()
            central = None
        if central and body.own_level() in ("any", "central"):
            # ``Ban Dân vận Trung ương`` names a central body; ``Ban Bí thư Trung ương Đảng`` only repeats it.
            body.suffix = " Việt Nam" if central[2] else " Trung ương" if body.own_level() == "any" else ""
            body.level = "central"
            body.end = central.end()
            continue
        if folded.startswith(" cấp ", at) and (generic := _AT_LEVEL.match(folded, at)) is not None \
                and body.own_level() != "central":
            # ``Chủ tịch UBND cấp huyện``, ``UBND cấp xã``: every unit's of that level, none in particular (it was the
            # report's own district's, the issuer's)
            body.suffix, body.level, body.end = f" cấp {generic[1]}", _TYPE_LEVEL.get(generic[1], "commune"), generic.end()
            continue
        country = _COUNTRY_THEN_UNIT.match(folded, at)  # (``UBMTTQ VN tỉnh``: the name's country, then its unit)
        at = country.end() if country else at
        numbered = _BOARD_NUMBER.match(folded, at) if body.parts[-1].canonical == "Ban Chỉ đạo" else None
        if numbered is None and body.parts[-1].canonical == "Ban Chỉ đạo" and (
                purpose := _BOARD_PURPOSE.match(folded, at)) is not None and not _NO_PURPOSE.search(purpose[1]):
            # ``Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Bắc Trà My``, ``Ban Chỉ đạo các Chương trình mục tiêu quốc gia
            # tỉnh``: the board's task is its name, up to its unit (it was ``Ban Chỉ đạo``, no unit, no code)
            written = " ".join(text[purpose.start(1):purpose.end(1)].split())  # (as written: ``PCD COVID-19``)
            body.parts.append(Org(written, "state", "any", False, body.parts[-1].source))
            body.end = at = purpose.end(1) - 1
        typed = _TRAILING_TYPE.match(folded, numbered.end() if numbered else at)
        if typed and body.own_level() != "central":  # (``Đại biểu Quốc hội tỉnh``: the province's deputies, no Quốc hội of it)
            body.type_word = (typed.start(1), typed.end(1), typed[1])
    for i, body in enumerate(out):
        if body.parts[-1].takes_name and body.type_word is None and not body.suffix:
            limit = out[i + 1].start if i + 1 < len(out) else len(text)  # (a name ends where the next body opens)
            if (own := _OWN_NAME.match(text, body.end, limit)) is not None:
                name = own[1].title() if own[1].isupper() else own[1]  # (``TRƯỜNG THCS THẠCH ĐÀI``: as typed in prose)
                body.suffix, body.end, body.level = f" {name}", own.end(), body.own_level()
    for body in out:
        if body.type_word is None and not body.suffix and not body.level and body.parts[0].kind == "mass" and \
                text.startswith("Hội ", body.start) and (
                before := _UNIT_BEFORE_ASSOCIATION.search(text, max(0, body.start - 8), body.start)):
            # ``Tỉnh Hội Nông dân``, ``Huyện Hội Phụ nữ``: the province's or district's chapter, its level written before
            body.type_word, body.start = (before.start(), before.end(1), before[1].lower()), before.start()
    return [b for b in out if not _no_body(b, folded)]


# an abbreviation in brackets written after a body's name it stands for, before the body's unit
ASIDE_ABBREVIATION = regex.compile(r"[ ]\(\p{Lu}[\p{Lu}&-]{1,11}\)(?=[ ])")
# an institution's own name: capitalised words, or its number (``Trường Tiểu học số 1``), up to a line's end
_OWN_NAME = regex.compile(r"[ ]+((?:(?i:số)[ ]+\d{1,2}(?![\d.,/])(?:[ ]+(?=\p{Lu}))?)?(?:\p{Lu}[\p{L}\p{M}]*(?:[ ]+\p{Lu}[\p{L}\p{M}]*){0,4})?)"
                          r"(?<=\w)(?![\w&/-])")
_WHOLE_BODIES = frozenset({"state", "mass", "front", "economic"})
_EVENT_AFTER = regex.compile(r"[ ]+(?:đại hội|giải|hội thi|hội diễn|hội thao|lễ hội|cuộc thi|ngày hội|liên hoan|chương trình)"
                             r"(?!\w)")
_AT_LEVEL = regex.compile(r"[ ]+cấp[ ]+(tỉnh|huyện|xã|cơ sở)(?!\w)")
# (capitalised, as the idiom writes it; only before ``Hội``: ``Tỉnh Đoàn`` is a typed alias, and ``Xã hội`` is a word)
_UNIT_BEFORE_ASSOCIATION = regex.compile(r"(?<!\w)(Tỉnh|Huyện)[ ]\Z")


def _no_body(body: Body, folded: str) -> bool:
    """A name that, with no unit after it, names no body: ``Cấp ủy, chính quyền các cấp`` (the committee of every
    level), or a scheme the body is named for where the text speaks of the scheme (``tham gia BHXH tự nguyện``,
    ``thu BHXH, BHYT``: the insurance, not the agency; ``BHXH tỉnh``, ``cơ quan BHXH`` stay the agency)."""
    if folded.startswith("thống kê", body.start) and _OFFICE_POST_BEFORE.search(folded, max(0, body.start - 14), body.start):
        return True  # ``công chức Văn phòng - Thống kê xã``: a commune's civil-service post, no statistics office
    if len(body.parts) == 1 and body.parts[0].takes_name and body.type_word is None and not body.suffix:
        return True  # ``các Trường THCS trên địa bàn``: a kind of school, none named
    if len(body.parts) != 1 or body.type_word is not None or body.suffix or body.level:
        return False
    name = body.parts[0].canonical
    if name in _EVERY_LEVELS:
        return True
    return name in _SCHEMES and (_SCHEME_AFTER.match(folded, body.end) is not None
                                 or _SCHEME_BEFORE.search(folded, max(0, body.start - 24), body.start) is not None)


_OFFICE_POST_BEFORE = regex.compile(r"(?<!\w)văn phòng[ ]*[-–][ ]*\Z")
_EVERY_LEVELS = frozenset({"Cấp ủy"})
_SCHEMES = frozenset({"Bảo hiểm xã hội"})
# the scheme's kinds, or the other insurances listed with it
_OTHER_INSURANCE = r"(?:bhyt|bhtn|bhxh|bảo hiểm (?:y tế|thất nghiệp|xã hội))(?!\w)"
_SCHEME_AFTER = regex.compile(r"[ ]+(?:bắt buộc|tự nguyện|một lần|hằng tháng|hàng tháng)(?!\w)|[ ]*(?:[,;/-]|và)[ ]*"
                              + _OTHER_INSURANCE)
# what is done with the scheme: joined, paid into, owed, drawn on, covered by
_SCHEME_BEFORE = regex.compile(r"(?<!\w)(?:tham gia|đóng|thu|nợ|hưởng|chế độ|sổ|thẻ|quỹ|chính sách|mức|luật|diện|chi trả|"
                               r"bao phủ|đối tượng|" + _OTHER_INSURANCE + r"[ ]*(?:[,;/-]|và))[ ]+\Z")


def type_level(type_word: str) -> str:
    return _TYPE_LEVEL[type_word]


assert set(TYPE_LEVELS) <= set(_TYPE_LEVEL)
