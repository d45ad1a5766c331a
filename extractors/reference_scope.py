"""Which committee issued a local document: the scope of a ``TU``/``HU``/``ĐU``… symbol's identity.

``12-KH/HU`` is a different plan in every district, so its identity is the symbol plus the
committee that issued it. The committee is read from the body written with the mention
(``Huyện ủy Thới Bình``), else from what the citing report says of itself — the issuer printed
in its header and its province — when the written level, or the code, points at exactly one
of them (a Huyện ủy report citing ``Kế hoạch số 12-KH/HU`` of ``Huyện ủy`` means its own
committee). Reports of one committee then share one id and reports of another province do
not. When nothing tells, the caller scopes the mention to the citing report; every choice is
returned with the words that justify it, for the ``evidence`` column.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from extractors.place_match import NOT_A_NAME
from gazetteers.admin_units import by_name, province_of
from gazetteers.refdata import issuer_for_code, issuers, match_form, norm
from pipeline.normalize import key

LEVELS = ("province", "district", "commune")
_WORDS = (  # folded level word in a written body -> level; ``city`` is a Thành ủy of either level
    ("tỉnh", "province"), ("thành ủy", "city"), ("thành phố", "city"), ("thị ủy", "district"),
    ("thị xã", "district"), ("huyện", "district"), ("quận", "district"), ("thị trấn", "commune"),
    ("xã", "commune"), ("phường", "commune"), ("tp", "city"),
)
_UNIT_TYPES = (  # folded committee word -> type of the unit it governs (a Tỉnh ủy is not a Thành ủy)
    ("tỉnh", "tỉnh"), ("thị ủy", "thị xã"), ("thị xã", "thị xã"), ("thành ủy", "thành phố"), ("thành phố", "thành phố"),
    ("huyện", "huyện"), ("quận", "quận"), ("thị trấn", "thị trấn"), ("xã", "xã"), ("phường", "phường"),
)
_BODY_WORDS = frozenset({"ban", "chấp", "hành", "thường", "vụ", "trực", "tỉnh", "thành", "phố", "ủy", "uỷ", "đảng", "bộ", "ubnd",
                         "hđnd", "mttq", "dân", "vận", "nhân", "trung", "ương", "việt", "nam", "thị", "xã", "huyện", "quận", "phường"})


def _word(word: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\w){word}(?!\w)")


_LEVEL_PATTERNS = tuple((_word(word), level) for word, level in _WORDS)
_UNIT_PATTERNS = tuple((_word(word), unit) for word, unit in _UNIT_TYPES)


_XA_HOI = regex.compile(r"(?<!\w)xã hội((?: \w+){0,2})")


def _without_society(k: str) -> str:
    """``k`` (a ``norm``ed body) without ``xã hội`` ("society": ``Sở Lao động - Thương binh và Xã hội``, ``Bảo
    hiểm xã hội``), whose ``xã`` is no commune's type word, unless a commune's name follows (``xã Hội An``)."""
    if "xã hội" not in k:
        return k

    def society(m: regex.Match[str]) -> str:
        words = ("hội" + m.group(1)).split()
        named = any(" ".join(words[:n]) in by_name() for n in range(2, len(words) + 1))
        return m.group() if named else "society" + m.group(1)

    return _XA_HOI.sub(society, k)


def level_word(body: str | None) -> str | None:
    """Level a written body names by its level word (``Ban Thường vụ Huyện ủy`` → district)."""
    if not body:
        return None
    k = _without_society(norm(body))
    for pattern, level in _LEVEL_PATTERNS:
        if pattern.search(k):
            return level
    return None


def unit_type(body: str | None) -> str | None:
    """Type of the unit a body governs (``Ban Thường vụ Thị ủy`` → ``thị xã``)."""
    k = _without_society(norm(body or ""))
    return next((t for pattern, t in _UNIT_PATTERNS if pattern.search(k)), None)


def place_of(body: str | None) -> str | None:
    """Proper name after the last level word (``UBND tỉnh Sóc Trăng`` → ``sóc trăng``, ``Huyện ủy Châu Thành`` → ``châu thành``)."""
    if not body:
        return None
    text = " ".join(body.split())
    last = None
    for last in _LEVEL_TOKEN.finditer(match_form(text)):
        pass
    if last is None:
        return None
    words = text[last.end():].split()
    if not words or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    name = key(" ".join(words))
    if norm(words[0]) in _BODY_WORDS and name not in by_name():
        return None  # (a body's words after its ``ủy``; but ``Huyện ủy Nam Đàn``, ``Tỉnh ủy Nam Định`` are places)
    # (``SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI``: ``xã hội`` is "society", no commune ``Hội``; ``xã Hội An`` is one)
    return None if norm(words[0]) in NOT_A_NAME and name not in by_name() else name


_LEVEL_TOKEN = regex.compile(r"(?<!\w)(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|thị trấn|xã|phường|ủy|uỷ|đoàn)(?!\w)")


@lru_cache(maxsize=None)
def party_code_levels() -> dict[str, frozenset[str]]:
    """Levels a party code can be issued at (``TU``: a Tỉnh ủy, or the Thành/Thị ủy of a district-level city)."""
    out: dict[str, set[str]] = {}
    for i in issuers():
        if i.family == "party" and i.local:
            out.setdefault(i.code, set()).add(i.level)
    return {c: frozenset(v) for c, v in out.items()}


@dataclass(frozen=True)
class Committee:
    """A local issuing committee: its level, its place and the province around it."""

    level: str | None
    place: str
    province: str | None = None
    kind: str | None = field(default=None, compare=False)  # unit type it governs (``tỉnh``, ``thành phố``, ``huyện`` …)

    def fits(self, body: str | None) -> bool:
        """A body naming another type of unit (``Đảng bộ tỉnh`` in a centrally run city's report) is another committee."""
        wanted = unit_type(body)
        return wanted is None or self.kind is None or wanted == self.kind

    @property
    def scope(self) -> str:
        if self.level == "province" or self.level is None:
            return self.place
        return f"{self.province or '?'}/{self.place}"


def _resolve_city(place: str, province: str | None) -> str:
    """A Thành ủy is province-level in a centrally run city (its place is the province), else district-level."""
    if province is not None and place == province:
        return "province"
    return "province" if province is None and province_of(place) is not None else "district"


@dataclass(frozen=True)
class Home:
    """What a citing report says of its own committee: header issuer, its code, its province."""

    own: Committee | None
    own_body: str | None
    own_code: str | None
    province: Committee | None
    province_name: str | None
    seat: dict[str, Any] | None = None  # the place-date line's unit (entities row), when no header names the issuer
    district: Committee | None = None  # the one district whose committees the report names (``Huyện ủy Bố Trạch``)

    @classmethod
    def of(cls, doc: dict[str, Any], own_code: str | None, seat: dict[str, Any] | None = None,
           districts: set[str] | None = None) -> Home:
        body = doc.get("issuing_body") or None
        province_name = doc.get("province") or None
        prov = key(province_name) if province_name else None
        own = None
        place = place_of(body)
        level = level_word(body)
        if place is not None and level is not None:
            if level == "city":
                level = _resolve_city(place, prov)
            own = Committee(level, place, None if level == "province" else prov, unit_type(body))
        day = doc.get("issued_date") or doc.get("published")
        unit = province_of(province_name, str(day)[:10]) if province_name and day else None  # Cần Thơ was a tỉnh until 2004
        province = Committee("province", prov, None, unit.type if unit else None) if prov else None
        district = Committee("district", next(iter(districts)), prov) if districts and len(districts) == 1 else None
        return cls(own, body, own_code, province, province_name, seat, district)

    def at(self, level: str, body: str | None = None) -> tuple[Committee, str] | None:
        """The report's own committee or province committee at ``level`` and of the type ``body`` names, with the evidence."""
        if self.own is not None and self.own.level == level and self.own.fits(body):
            return self.own, f"committee: the report's own issuer ({self.own_body})"
        if level == "province" and self.province is not None and self.province.fits(body):
            return self.province, f"committee: the report's province ({self.province_name})"
        return None

    def named_district(self) -> tuple[Committee, str] | None:
        """The one district whose committees the report names, where its header names none (a commune's report of 2026
        that names its former district, a district portal's news item)."""
        if self.district is None or self.own is not None and self.own.level == "district":
            return None
        return self.district, f"committee: the one district whose committees the report names ({self.district.place})"

    def seated(self, body: str | None) -> tuple[Committee, str] | None:
        """No header issuer: the place-date line's seat, when it is a unit of the type the body governs.

        ``Hương Trà, ngày …`` with ``Ban Thường vụ Thị ủy`` is Thị ủy Hương Trà; a Tỉnh ủy dated in its
        capital city is not taken for the city's committee because the types differ."""
        seat, wanted = self.seat, unit_type(body)
        if self.own is not None or seat is None or wanted is None or seat.get("type") != wanted:
            return None
        return self.seat_committee(f"{wanted} {seat['name']}")

    def seat_committee(self, written: str) -> tuple[Committee, str] | None:
        """The place-date line's unit as a committee, when it is a district or commune, with the evidence (``written``,
        how the evidence names the seat)."""
        seat = self.seat
        level = seat.get("level") if seat is not None else None
        if seat is None or level not in ("district", "commune"):
            return None
        prov = self.province.place if self.province is not None else None
        return Committee(level, key(str(seat["name"])), prov), f"committee: the place-date line ({written})"


def committee(row: dict[str, Any], home: Home | None) -> tuple[Committee | None, str | None, str]:
    """Committee that issued the local document ``row`` cites, its written level, and the evidence."""
    body = row.get("issuing_body") or None
    written = row.get("issuing_body_level") if row.get("issuing_body_level") in LEVELS else None
    level = written or level_word(body)
    place = place_of(body)
    prov = home.province.place if home is not None and home.province is not None else None
    if place is not None:
        if level == "city":
            level = _resolve_city(place, prov)
        c = Committee(level, place, None if level in ("province", None) else prov)
        return c, level, f"committee: written ({' '.join(body.split())})"
    if home is None:
        return None, level, ""
    if row.get("is_self"):
        own = _own_number(home, level)
        if own is not None:
            return own[0], level, own[1]
    found: tuple[Committee, str] | None = None
    if level == "city":  # ``Thành ủy`` unnamed: the report's own committee only when that is a Thành ủy
        if home.own is not None and level_word(home.own_body) == "city":
            found = home.at(home.own.level or "", body)
        found = found or home.seated(body)
    elif level is not None:
        found = home.at(level, body) or (home.seated(body) if level in ("district", "commune") else None) or (
            home.named_district() if level == "district" else None)
    else:
        found = _by_code(str(row.get("issuer_code") or ""), home)
    found = found or named_for_the_report(row, level, home)
    if found is None:
        return None, level, ""
    return found[0], level, found[1]


def named_for_the_report(row: dict[str, Any], level: str | None, home: Home) -> tuple[Committee, str] | None:
    """A body written by its level alone that the report's entities name with its own unit of that level, where nothing
    else tells: ``Ban Thường vụ Đảng ủy xã`` under ``ĐẢNG BỘ XÃ CẨM BÌNH`` (a name communes of several provinces bear,
    so no place-date seat settles it) is Cẩm Bình's, one document with ``… Đảng ủy xã Cẩm Bình`` written in full; a
    city's, of the level its place is (``Đảng bộ thành phố Cần Thơ``: a centrally run city's, the province's)."""
    canonical = row.get("issuing_body_canonical") or None
    place = place_of(canonical)
    named = level_word(canonical)
    prov = home.province.place if home.province is not None else None
    if place is not None and named == "city":
        named = _resolve_city(place, prov)
        level = named if level == "city" else level
    if level not in LEVELS or place is None or named != level:
        return None
    return Committee(level, place, None if level == "province" else prov), \
        f"committee: the report's own unit, as its entities name it ({canonical})"


def _own_number(home: Home, level: str | None) -> tuple[Committee, str] | None:
    """The report's own number is its issuer's, whatever code it carries (``Số 01-NQ/ĐH`` of ``ĐẢNG ỦY XÃ SƠN KIM 1``
    was scoped to the file); an issuer named without its unit (``PHÒNG GIÁO DỤC VÀ ĐÀO TẠO`` under ``UBND HUYỆN
    ĐỨC THỌ``) sits where its place-date line says, when that is a unit of its level."""
    if home.own is not None:
        return home.own, f"committee: the report's own issuer ({home.own_body})"
    if home.seat is not None and level is not None and home.seat.get("level") == level:
        return home.seat_committee(str(home.seat["name"]))
    return None


_DEPARTMENT_LEVELS = {"sở": "province", "phòng": "district"}  # a people's committee's departments, by their first word


def _by_code(code: str, home: Home) -> tuple[Committee, str] | None:
    """No body written: the code alone names the report's own committee (its own symbol's code, one in no list
    included: a department's ``SGDĐT`` is its own province's; or a committee's code of the own committee's level,
    ``HU`` in a report of a Huyện ủy's department), or the province above it."""
    issuer, _ = issuer_for_code(code) if code else (None, None)
    if code and home.own_code and norm(home.own_code) == norm(issuer.code if issuer is not None else code):
        if home.own is not None:
            return home.own, f"committee: same code as the report's own symbol ({home.own_body})"
        if issuer is None:  # (where the report's own number is: its place-date line's district or commune, else its province)
            seated = home.seat_committee(f"the report's own symbol's code, {home.seat['name']}") if home.seat else None
            if seated is not None:
                return seated
            if home.province is not None and level_word(home.own_body) in (None, "province"):
                return home.province, f"committee: same code as the report's own symbol, in its province ({home.province_name})"
    if issuer is None:
        return None
    if issuer.family == "state" and issuer.local and home.own is None and home.own_body:
        # (``178/KH-UBND`` in a Sở's report: its own province's people's committee, whose department it is; a Phòng's,
        # its district's)
        level = _DEPARTMENT_LEVELS.get(key(home.own_body).split()[0])
        found = home.at(level) if level == "province" else home.named_district() if level == "district" else None
        if found is not None:
            return found[0], f"{found[1]}, {issuer.code} over the report's own department"
    levels = party_code_levels().get(issuer.code, frozenset())
    if home.own is not None and levels == {home.own.level}:
        return home.own, f"committee: {issuer.code} of the report's own committee's level ({home.own_body})"
    if levels == {"province"} or ("province" in levels and home.own is not None and home.own.level == "district"):
        found = home.at("province")
        if found is not None and levels != {"province"}:
            return found[0], f"{found[1]}, {issuer.code} above a district committee"
        return found
    if "province" in levels and home.own is not None and home.own.level == "province":
        # (``32-CT/TU`` in a report of ``BAN NỘI CHÍNH TỈNH ỦY QUẢNG NAM``: the province committee whose board it is)
        found = home.at("province")
        return (found[0], f"{found[1]}, {issuer.code} of a province committee's board") if found is not None else None
    if levels == {"district"}:
        return home.named_district()
    return None
