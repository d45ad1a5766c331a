"""Organisations and administrative units (SPEC §5), resolved at the report's date.

A name alone is ambiguous (``Hòa Thành`` is a thị xã in Tây Ninh, a xã in Phú
Yên, and was a huyện before 2020), so a document is read twice: first the
mentions that carry their own type (``phường An Hòa``, ``Thành ủy Sa Đéc``,
the header, the place-date line) vote for the document's home province and
district; then every mention is resolved against the units valid on the
report's date, nearest to home first. Bare names (``(Hương Vân, Hương
Phong)``) count only inside the home province and where the words around them
do not make them part of another name.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any, Iterable, Sequence

import regex

from extractors import org_match, place_match
from extractors.figure_prose import quoted_spans
from extractors.place_match import SURNAMES, Hit
from gazetteers.refdata import issuer_for_body, match_form, office
from gazetteers.admin_units import (COMMUNE, DISTRICT, PROVINCE, TYPE_LEVELS, Unit, by_compact_name, by_name, provinces_by_code,
                                    successor_province, unit_types)
from pipeline.models import Block, Document
from pipeline.normalize import fold, key, text_cache
from pipeline.title import MOTTO, type_line_block

TABLE = "entities"
AFTER = ("references", "dates")

HEADER_BLOCKS = 15
# Words after which a capitalised name is a place rather than the tail of another name.
_BEFORE_BARE = {"ở", "tại", "của", "và", "với", "thuộc", "cho", "đến", "từ", "như", "gồm", "về", "sang", "tới", "là"}
_DATE_WORDS = regex.compile(r"ngày\s+(\d{1,2})?\s*tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)", regex.IGNORECASE)
_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_ISO_DAY = regex.compile(r"\d{4}-\d\d-\d\d")
_NAME_GOES_ON = regex.compile(r"[ ]+[\p{Lu}\d]|\w")  # checked right after a bare name


# -- the report's date ----------------------------------------------------------

def report_day(doc: Document) -> str | None:
    """ISO day the units are resolved at: the issue date (or a draft's month), else the header's, else mid-year of
    the year most cited near the top (a guess, but one that keeps 2020 units for a 2020 report)."""
    return _report_day(doc)[0]


def _report_day(doc: Document) -> tuple[str | None, bool]:
    """``report_day``, and whether the document writes it (False: its period's end or the year it cites most)."""
    month = doc.meta.get("issued_month")  # a draft's blank day: the month it was written in, not its period's end
    for value, written in ((doc.issued_date, True), (doc.meta.get("issued_date"), True),
                           (f"{month}-01" if month else None, True), (doc.period_end, False), (doc.published, True)):
        if isinstance(value, str) and _ISO_DAY.match(value):
            return value[:10], written
    head = " ".join(b.text for b in doc.blocks[:HEADER_BLOCKS])
    m = _DATE_WORDS.search(head)
    if m:
        return f"{m[3]}-{int(m[2]):02d}-{int(m[1] or 1):02d}", True
    years = Counter(_YEAR.findall(" ".join(b.text for b in doc.blocks[:40])))
    return (f"{max(years, key=lambda y: (years[y], y))}-06-30" if years else None), False


def _issuers_day(doc: Document, hits: list[tuple[Hit, bool]], day: str | None) -> str | None:
    """The day the units are resolved at where the document writes none (``_report_day``): the last day the province
    or district its header prints stood, where that unit stood when its period began and was gone by ``day`` with
    none of its name after it. ``HỘI ĐỒNG NHÂN DÂN / TỈNH QUẢNG BÌNH`` over a resolution ``… năm 2025`` with no date
    line is Quảng Bình's (read at the period's end, 2025-12-31, it was the merged Quảng Trị's)."""
    began = doc.period_start
    if day is None or not began or began >= day:
        return day
    last: list[str] = []
    for hit, in_header in hits:
        if not in_header or hit.how not in ("typed", "committee") or not hit.name_key:
            continue
        if any(u.valid_on(day) for u in candidates(hit.name_key, day, hit.written_type)):
            continue  # (``TỈNH QUẢNG TRỊ``: a province of the name stands on that day)
        last += [u.valid_to for u in candidates(hit.name_key, began, hit.written_type)
                 if u.level in (PROVINCE, DISTRICT) and u.valid_on(began) and u.valid_to and u.valid_to < day]
    return max(last) if last else day


# -- resolution -------------------------------------------------------------------

def _identity(u: Unit) -> tuple:
    """One unit across its package row and its ``units_changed.csv`` state on the same day."""
    return (u.level, u.code or (key(u.name), u.province_code))


def candidates(name_key: str, day: str | None, written_type: str | None) -> list[Unit]:
    """Units that bore the name on ``day`` at a level the written type allows."""
    return list(_candidates(name_key, day, written_type))


@lru_cache(maxsize=65536)
def _candidates(name_key: str, day: str | None, written_type: str | None) -> tuple[Unit, ...]:
    fitting = _at_levels(by_name().get(name_key, ()), written_type)
    if not fitting:  # ``huyện Đakrông`` for huyện Đa Krông
        fitting = _at_levels([u for k in by_compact_name().get(name_key.replace(" ", ""), ()) if k != name_key
                              for u in by_name()[k]], written_type)
    found = [u for u in fitting if u.valid_on(day)]
    if day and written_type and found and not any(u.type == written_type for u in found):
        # ``thị trấn Phong Nha`` in a report of late 2025: no town is left, the xã of the name is another
        # unit; the town the type names is one gone by then (as a merger's source is written)
        found = _gone(fitting, day, written_type) or found
    if not found and day:
        # A unit gone by the report's date (``tỉnh Hậu Giang`` in a note of late 2025): its last state.
        found = _gone(fitting, day)
    if written_type and len(found) > 1:
        # ``thị xã Kỳ Anh`` beside huyện Kỳ Anh, ``thành phố Bến Tre`` beside tỉnh Bến Tre: of one province's
        # units of the name, the type written (another province's stays for the home to choose)
        typed = {u.province_code for u in found if u.type == written_type}
        found = [u for u in found if u.type == written_type or u.province_code not in typed]
    return _distinct(found)


def _at_levels(units: Iterable[Unit], written_type: str | None) -> list[Unit]:
    """The units at a level the written type allows (any, with no type written)."""
    levels = TYPE_LEVELS.get(written_type or "", None)
    return [u for u in units if levels is None or u.level in levels]


def _distinct(units: Iterable[Unit]) -> tuple[Unit, ...]:
    """Each unit once, across its package row and its ``units_changed.csv`` state (``_identity``)."""
    seen: dict[tuple, Unit] = {}
    for u in units:
        seen.setdefault(_identity(u), u)
    return tuple(seen.values())


def _gone(units: list[Unit], day: str, written_type: str | None = None) -> list[Unit]:
    """The units gone by ``day`` (of the written type, if given), the latest first."""
    return sorted((u for u in units if u.valid_to and u.valid_to < day and written_type in (None, u.type)),
                  key=lambda u: u.valid_to or "", reverse=True)


@lru_cache(maxsize=65536)
def former_candidates(name_key: str, day: str | None, written_type: str | None) -> tuple[Unit, ...]:
    """Units that bore the name before ``day`` and were gone by then, at a level the written type allows:
    those of the type itself where any is (``thành phố Quảng Ngãi``, a city gone in 2025, not the province)."""
    if not day:
        return ()
    gone = _gone(_at_levels(by_name().get(name_key, ()), written_type), day)
    return _distinct([u for u in gone if u.type == written_type] or gone)


_key = lru_cache(maxsize=65536)(key)


class Home:
    """The document's province and district, from the mentions that carry their type."""

    def __init__(self, province: str | None, district: str | None, district_seat: bool = False) -> None:
        self.province = province  # province_code
        self.district = district  # key of the district name
        self.district_seat = district_seat  # the header names a district: the issuer sits there, not in the province

    def rank(self, u: Unit) -> int:
        if self.district and u.province_code == self.province and (
            (u.district and _key(u.district) == self.district) or (u.level == DISTRICT and _key(u.name) == self.district)):
            return 0
        if self.province and u.province_code == self.province:
            return 1
        return 2

    def pick(self, units: list[Unit]) -> tuple[Unit | None, bool]:
        """The unit meant, and whether the choice was ambiguous."""
        if not units:
            return None, False
        ranks = [self.rank(u) for u in units]
        top = min(ranks)
        best = [u for u, r in zip(units, ranks) if r == top]  # in the given order, as a stable sort leaves them
        if len(best) == 1:
            return best[0], False
        # Same name at several levels in one place: the higher level is the one named alone.
        levels = sorted(best, key=lambda u: ("province", "district", "commune").index(u.level))
        if len({u.level for u in best}) == len(best):
            return levels[0], False
        return None, True


def _numbered_key(hit: Hit) -> str:
    """The name key of a numbered unit (``Phường 1`` is named with its type)."""
    return key(f"{hit.written_type} {hit.name_text}")


def _home_candidates(hit: Hit, day: str | None) -> list[Unit]:
    """A place-date line names the seat of the issuer: a province or district before a commune."""
    units = candidates(hit.name_key or "", day, hit.written_type)
    if hit.how == "place_date":
        upper = [u for u in units if u.level in (PROVINCE, DISTRICT)]
        return upper or units
    return units


def find_home(hits: list[tuple[Hit, bool]], day: str | None) -> Home:
    """Province by the votes of unambiguous typed mentions (a province or district in the header
    outright, another header mention ×3), or, where none is, the one province the mentions of several provinces'
    units share; district by mentions inside it."""
    votes: Counter = Counter()
    shared: Counter = Counter()  # how many mentions of several provinces' units each province could be
    header_votes = False
    # (the place-date line last: where the units written out vote for a province none of its name's provinces and
    # districts lies in, it names the commune the header names (``XÃ PHÚ XUÂN`` of Đắk Lắk over ``Phú Xuân, ngày …``, not
    # Huế's district) and votes for nothing)
    for hit, in_header in sorted(hits, key=lambda h: h[0].how == "place_date"):
        if hit.how not in ("typed", "committee", "place_date") or not hit.name_key:
            continue
        units = _home_candidates(hit, day)
        # a unit gone by the report's day votes for the province it became part of (``tỉnh Quảng Bình (cũ)``
        # in a report of the merged Quảng Trị)
        provinces = {(day and u.valid_to and u.valid_to < day and successor_province(u)) or u.province_code
                     for u in units}
        if hit.how == "place_date" and votes and provinces.isdisjoint(votes):
            continue
        if len(provinces) == 1:  # only unambiguous mentions vote
            # the header's province or district is where the issuer sits, whatever the body names
            # most (``ĐẢNG BỘ HUYỆN SƠN DƯƠNG`` over a commune name another province also bears)
            upper = in_header and all(u.level in (PROVINCE, DISTRICT) for u in units)
            votes[provinces.pop()] += 100 if upper else 3 if in_header else 1
            header_votes = header_votes or in_header
        else:
            shared.update(provinces)
    if not votes:
        # ``XÃ VĨNH HẢO`` (three provinces have one) with ``huyện Vĩnh Thạnh`` (two have one): the one province
        # every such mention may be in, where one alone is shared by more mentions than any other
        top = shared.most_common(2)
        if not top or top[0][1] < 2 or len(top) > 1 and top[1][1] == top[0][1]:
            return Home(None, None)
        votes[top[0][0]] = 1
    top = votes.most_common(2)
    if not header_votes and len(top) > 1 and top[0][1] == top[1][1]:
        # the body alone names two provinces as often (a ministry's report on its programme in each): no home,
        # unless the mentions of several provinces' units tell which
        tied = [p for p, n in top if n == top[0][1]]
        if shared[tied[0]] == shared[tied[1]]:
            return Home(None, None)
        votes[max(tied, key=lambda p: shared[p])] += 1
    province = votes.most_common(1)[0][0]
    districts: Counter = Counter()
    seat = False
    for hit, in_header in hits:
        if hit.how == "numbered":  # ``QUẬN 3`` in the header: a district's number is one in its province
            units = [u for u in candidates(_numbered_key(hit), day, hit.written_type) if u.level == DISTRICT]
        elif not hit.name_key or hit.how == "bare":
            continue
        else:
            units = _home_candidates(hit, day)
        if hit.how == "place_date" and any(u.level == PROVINCE and u.province_code == province for u in units):
            continue  # ``Quảng Trị, ngày …`` over a provincial body names the province, not its town
        for u in units:
            if u.province_code != province:
                continue
            if u.level == DISTRICT:
                districts[key(u.name)] += 3 if in_header else 2
                # (as the issuer's lines print it, in capitals: the first blocks of a short report may be its body's)
                seat = seat or in_header and hit.how != "place_date" and hit.block.text[hit.start:hit.end].isupper()
            elif u.district:
                districts[key(u.district)] += 1
    return Home(province, districts.most_common(1)[0][0] if districts else None, seat)


# A list a unit type opens, up to the name: ``các xã: Kiêu Kỵ, Đa Tốn, `` (names in capitals, commas, và).
_UNIT_LIST_BEFORE = regex.compile(r"(?i)(?<!\w)(?:xã|phường|thị trấn|huyện|quận|thị xã|thôn|ấp|khóm)[ \t]*:?[ \t]*"
                                  r"(?:\p{Lu}\p{L}*(?:[ \t]\p{Lu}\p{L}*)*[ \t]*(?:,|và)[ \t]*)*\Z")


# An industrial park, an economic zone, named for the communes it spans, and the names it lists up to a name (``các khu
# công nghiệp Quang Châu, Song Khê - Nội Hoàng``, ``KCN Đình Trám``): the parks' names, no commune mentioned
_PARK_LIST_BEFORE = regex.compile(r"(?<!\w)(?i:(?:khu|cụm)[ \t]+công[ \t]+nghiệp|khu[ \t]+kinh[ \t]+tế|khu[ \t]+chế[ \t]+xuất|kcn|ccn|kkt)"
                                  r"[ \t]*:?[ \t]*(?:\p{Lu}\p{L}*(?:[ \t]\p{Lu}\p{L}*)*[ \t]*(?:,|và|[-–])[ \t]*)*\Z")


def _person_name(name: str) -> bool:
    """Three or four capitalised words opening with a surname (``Bùi Xuân Cường``): a person's name."""
    words = name.split()
    return 3 <= len(words) <= 4 and fold(words[0]) in SURNAMES and all(w[:1].isupper() for w in words)


def _bare_ok(block: Block, hit: Hit) -> bool:
    """A bare name is a place when it stands alone: not inside another proper name."""
    text = block.text
    name = text[hit.start:hit.end]
    words = name.split()
    if len(words) < 2 or not all(place_match.TITLE_WORD.fullmatch(w) for w in words):
        return False
    if fold(words[0]) in SURNAMES and not _UNIT_LIST_BEFORE.search(text, max(0, hit.start - 160), hit.start):
        return False  # ``Dương Xá`` alone may be a person; in ``các xã: Kiêu Kỵ, Dương Xá`` it is a commune
    before = text[max(0, hit.start - 40):hit.start].rstrip()  # a window: long blocks stay linear
    if before and before[-1].isalnum():
        prev = fold(before.split()[-1])
        if prev not in _BEFORE_BARE:
            return False
    # ``Cà Mau 1A`` (a wind farm), ``Hương Trà Xanh``: the name goes on, so it is another name.
    if _NAME_GOES_ON.match(text, hit.end):
        return False
    # (``khu công nghiệp trên địa bàn xã Song Khê`` names the commune, typed)
    return _PARK_LIST_BEFORE.search(text, max(0, hit.start - 160), hit.start) is None


# -- the component ----------------------------------------------------------------

def _header_end(doc: Document) -> int:
    """Blocks before the first long paragraph: where the header's places weigh more."""
    for i, b in enumerate(doc.blocks[:HEADER_BLOCKS]):
        if len(b.text) > 200:
            return i
    return min(HEADER_BLOCKS, len(doc.blocks))


# ``Số: 12/BC-UBND``, ``Số 15-BC/HU``, a draft's ``Số:   /KH``; not a table's ``Số hộ nghèo`` (a web page's table set the
# header's end there, and a body its article named was its issuer)
_NUMBER_LINE = regex.compile(r"^[\s*_|]*Số\b(?=[ \t]*(?::|\d|[…._/-]|[ \t]{2}|$))", regex.MULTILINE)


def _issuer_end(doc: Document) -> int:
    """The issuer is printed above (or beside) the ``Số:`` line, and a draft without a number still
    prints it above the type line (``BÁO CÁO``), or beside the motto (``_above_motto``); without any, no header is trusted."""
    for b in doc.blocks[:HEADER_BLOCKS]:
        if _NUMBER_LINE.search(b.text):
            return b.block_id + 1
    type_line = type_line_block(doc.blocks, HEADER_BLOCKS)
    return _above_motto(doc) if type_line is None else type_line


_MOTTO = regex.compile(rf"[ \t*_]*{MOTTO}")  # (a line of its own)


def _above_motto(doc: Document) -> int:
    """With neither a number nor a type line, the issuer is what the header prints in capitals before the motto, its
    left column read first (``ĐẢNG BỘ XÃ CẨM BÌNH`` / ``CHI BỘ THÔN VĨNH PHÚ`` / ``ĐẢNG CỘNG SẢN VIỆT NAM``); 0 where no motto
    is, or a line in lower case comes before it (a news page's headline, a letter's ``Kính gửi``), or a header table's
    cell (read row by row: ``THÀNH ỦY SA ĐÉC`` is printed in the row below the motto's, under ``ĐẢNG BỘ TỈNH ĐỒNG THÁP``)."""
    for b in doc.blocks[:HEADER_BLOCKS]:
        if b.table_no is not None:
            return 0
        if _MOTTO.match(b.text):
            return b.block_id
        if not b.text.isupper():
            return 0
    return 0


def _place_date_hit(block: Block) -> Hit | None:
    span = place_match.place_date(block)
    if not span:
        return None
    k = key(block.text[span[0]:span[1]])
    return Hit(block, span[0], span[1], span[0], k if k in by_name() else None, None, "place_date")


def _written_level(type_word: str | None) -> str | None:
    """The level a unit no gazetteer resolves is of, by its type word (``thôn``, ``tổ dân phố``: village)."""
    if type_word is None:
        return None
    return "village" if type_word in place_match.VILLAGE_TYPES else org_match.type_level(type_word)


def _display_name(hit: Hit, unit: Unit | None) -> str:
    """Gazetteer spelling when resolved (``Tân Qui Đông`` → ``Tân Quy Đông``), the number for ``Phường 1``."""
    if hit.how == "numbered":
        return hit.name_text
    if unit is not None:
        return unit.name if not unit.name.lower().startswith(("phường ", "quận ")) else unit.name.split(" ", 1)[1]
    text = " ".join(hit.name_text.split())
    return text.title() if text.isupper() else text


def extract(doc: Document) -> None:
    """Places first (they decide the home), then bodies, the document's fields, reference links."""
    day, written = _report_day(doc)
    header_end = _header_end(doc)
    hits: list[tuple[Hit, bool]] = []
    # One automaton pass per block serves places and bodies. Only the bodies are kept for later,
    # not the pass: thousands of live objects per document would set the garbage collector off.
    bodies: list[Sequence[org_match.Body]] = []
    for block in doc.blocks:
        in_header = block.block_id < header_end
        pd_hit = _place_date_hit(block) if block.block_id < HEADER_BLOCKS else None
        scanned = place_match.scan(place_match.block_matching_text(block))
        bodies.append(org_match.bodies(block.text, scanned.folded, scanned) if scanned.orgs else ())
        found = place_match.find(block, scanned)
        if pd_hit:
            found = [h for h in found if not (h.start <= pd_hit.start < h.end)] + [pd_hit]
        hits += [(h, in_header) for h in found]
    if not written:
        day = _issuers_day(doc, hits, day)
    home = find_home(hits, day)

    places: dict[int, list[dict[str, Any]]] = {}
    for hit, _ in sorted(hits, key=lambda h: (h[0].block.block_id, h[0].start)):
        row = _place_row(doc, hit, day, home)
        if row is not None:
            places.setdefault(hit.block.block_id, []).append(row)
    issuer_end = _issuer_end(doc)  # (read once: a walk over the first blocks)
    _organisations(doc, places, day, home, bodies, issuer_end)
    _drop_served_areas(doc)
    _document_fields(doc, places, home, day, issuer_end)
    _link_references(doc, home)


def _drop_served_areas(doc: Document) -> None:
    """``Chi cục Thuế khu vực Hồng Lĩnh - Can Lộc``: the areas an office serves are its name, no place mentioned (the
    last, bare, was the place of every figure the office's sentence gave)."""
    rows = doc.rows(TABLE)
    served = [(r["block_id"], r["char_start"], r["char_end"]) for r in rows
              if r["category"] == "organization" and " khu vực " in r["name"]]
    if served:
        rows[:] = [r for r in rows if not (r["category"] == "place" and r.get("how") == "bare" and any(
            b == r["block_id"] and s <= r["char_start"] < e for b, s, e in served))]


def _home_own(units: Iterable[Unit], home: Home) -> list[Unit]:
    """The units of the home's province, or gone in 2025 into the province the home now is: a unit before the
    merger bears its old province's code, so ``xã Nam Xuân (cũ)`` in a report of Nghệ An's new ``xã Đại Huệ`` ranks
    no nearer than Thanh Hóa's xã of the name, yet went into the home's province."""
    return [u for u in units if home.rank(u) <= 1 or successor_province(u) == home.province]


def _province_name(unit: Unit | None, day: str | None) -> str | None:
    """The unit's province by its name on ``day``: a unit row carries its province's latest name."""
    if unit is None:
        return None
    if unit.level == PROVINCE:
        return unit.name
    then = _province_on(unit.province_code, day)
    return then.name if then is not None else unit.province


def _place_row(doc: Document, hit: Hit, day: str | None, home: Home) -> dict[str, Any] | None:
    """Resolve one hit and record it; None for a bare name that is not a place here."""
    unit: Unit | None = None
    ambiguous, how = False, hit.how
    if hit.how == "typed_unknown" and _person_name(hit.name_text):
        return None  # ``Ủy ban nhân dân Thành phố Bùi Xuân Cường``: the official's name, not a city
    if hit.how == "numbered":
        # ``Phường 1`` is one in its district, ``Quận 3`` one in its province
        unit, ambiguous = home.pick([u for u in candidates(_numbered_key(hit), day, hit.written_type)
                                     if home.rank(u) <= (1 if u.level == DISTRICT else 0)])
    elif hit.name_key:
        units = _home_candidates(hit, day)
        if hit.how == "place_date" and not home.district_seat:
            # ``Hà Tĩnh, ngày …`` under a provincial body names the province, whatever town of the name the body names
            units = [u for u in units if u.level == PROVINCE and u.province_code == home.province] or units
        if hit.how == "place_date" and home.province and all(u.province_code != home.province for u in units):
            # (a name no province or district of the home bears: the home's commune of it, as the header names it)
            units = [u for u in candidates(hit.name_key, day, None) if u.province_code == home.province] or units
        if hit.how == "bare":
            # both ranks up to 1 need the home province: the cheap test first
            units = [u for u in units if u.province_code == home.province and home.rank(u) <= 1]
            if not units or not _bare_ok(hit.block, hit):
                return None
        if not units and hit.how == "typed" and _person_name(hit.name_text):
            return None  # (the same, where the name is a unit's at another level only)
        if hit.how != "bare" and home.province and units and all(home.rank(u) == 2 for u in units):
            # ``xã Phúc Trạch thuộc huyện Bố Trạch, tỉnh Quảng Bình (cũ)`` in a 2025 report of the merged
            # province: the home's own former commune, not another province's living one of the name
            units = _home_own(former_candidates(hit.name_key, day, hit.written_type), home) or units
        if hit.how in ("typed", "listed") and _FORMER_AFTER.match(hit.block.text, hit.end) and (
                gone := former_candidates(hit.name_key, day, hit.written_type)):
            # ``xã Lương Hòa Lạc (cũ)``, ``Tỉnh Gia Lai (cũ)`` in a report after the 2025 merger: the unit before it, not
            # the living one that kept the name
            # (of several, the one whose district the sentence names: ``xã Thanh Bình (cũ), huyện Chợ Gạo (cũ)``)
            # (else the home's own: ``xã Nam Xuân (cũ)`` in a report of the new xã Đại Huệ is Nghệ An's, not Thanh Hóa's)
            said = f" {key(hit.block.folded)}"
            units = [u for u in gone if u.district and f" {_key(u.district)}" in said] or _home_own(gone, home) or list(gone)
        # A typed name the gazetteer holds only at another level stays a place, as written, without a code.
        unit, ambiguous = home.pick(units)
        if unit is not None and unit.level == COMMUNE and home.province and home.rank(unit) == 2 \
                and successor_province(unit) != home.province:
            ambiguous = True  # a commune of another province only: the report's own may be one the gazetteer lacks
            if hit.written_type and unit.type != hit.written_type:
                # of another type too (``xã Triệu Sơn`` in a report of Quảng Trị, Thanh Hóa's ``thị trấn Triệu Sơn``): not
                # that unit, but the report's own commune the gazetteer lacks, as a name it has not at all is
                unit, ambiguous, how = None, False, "typed_unknown"
    elif hit.how == "place_date":
        return None
    typ = hit.written_type or (unit.type if unit else None)
    level = unit.level if unit else _written_level(hit.written_type)
    # a village (no gazetteer lists them) lies in the report's own province, as the report's own units do
    province = _province_name(unit, day) if unit or level != "village" else _province_name(_home_province(home, day), day)
    return doc.add(
        TABLE, hit.block, hit.start, hit.end,
        category="place", name=_display_name(hit, unit), type=typ, level=level,
        code=unit.code if unit else None, province=province,
        district=unit.district if unit else None, ambiguous=ambiguous, how=how,
        successor_code=unit.successor if unit else None,
        gazetteer_source=unit.source if unit else None,
    )


# (``Hội LHPN VN``: the country abbreviated, as ``org_match`` reads it after a name)
_COUNTRY_AT_END = regex.compile(r"(?<!\w)(?:việt[ \t]+nam|vn)\Z")
_FORMER_AFTER = regex.compile(r"[ \t]*\((?:cũ|trước[ \t]+đây|trước[ \t]+sáp[ \t]+nhập)\)", regex.IGNORECASE)


# (``Luật Tổ chức Chính phủ``, ``Luật Tổ chức Tòa án nhân dân``: the law organising the body, in every ``Căn cứ`` line)
# the places a body is named with, written after it: a unit with its type word, in the gazetteer or not, numbered or a
# village (``UBND xã Cẩm Bình``, ``Chi bộ thôn Vĩnh Phú``, ``Chi bộ Tổ dân phố 3``), or a committee's unit
_NAMING_PLACES = ("typed", "typed_unknown", "committee", "numbered", "village")
_IN_LAWS_NAME = regex.compile(r"(?<!\w)(?:luật|pháp[ \t]+lệnh)(?:[ \t]+tổ[ \t]+chức)?[ \t]+\Z")


def _organisations(doc: Document, places: dict[int, list[dict]], day: str | None, home: Home,
                   bodies: list[Sequence[org_match.Body]], issuer_end: int) -> None:
    """Every body, with the place or level word written after it (``UBND phường Long Hoa``);
    ``bodies`` are the blocks' ``org_match.bodies``, in order."""
    # (``HẠT KIỂM LÂM HƯƠNG KHÊ``: the issuer's lines name the district with no type word, as a body's own)
    bare = [named[1] for block, found in zip(doc.blocks[:issuer_end], bodies) for body in found
            if (named := _unit_after(block.text, body.end, body.own_level(), home.province, day)) and named[1].level == DISTRICT]
    own = _header_units(places, home_units(home, day), issuer_end, bare)
    # (a law's title names bodies it is about: ``Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân``)
    titles: dict[int, list[tuple[int, int]]] = {}
    for r in doc.rows("references"):
        if r.get("name") and r.get("type") in _TITLED_LAWS:
            titles.setdefault(r["block_id"], []).append((r["char_start"], r["char_end"]))
    for block, found in zip(doc.blocks, bodies):
        if not found:  # most blocks name no body
            continue
        starts = {p["char_start"]: p for p in places.get(block.block_id, [])
                  if p["how"] in _NAMING_PLACES}
        listed: list[tuple[org_match.Body, int, str, str | None, str | None]] = []
        quoted = quoted_spans(block.text) if "“" in block.text or '"' in block.text else []
        for body in found:
            if _IN_LAWS_NAME.search(block.folded, max(0, body.start - 20), body.start) or block.block_id in titles and any(
                    start <= body.start and body.end <= end for start, end in titles[block.block_id]):
                continue  # ``Luật Hợp tác xã năm 2023``, ``Luật Công đoàn``: a law's name, no body mentioned
            if _filing_code(block.text, body):
                continue  # ``- Lưu: VT, TNMT.``: the issuer's filing marks
            if quoted and any(start < body.start and body.end < end for start, end in quoted) and _GENERIC_IN_NAME(body):
                continue  # ``mô hình “Tổ hợp tác nuôi tôm 3 giảm, 3 tăng”``, ``“Chi hội CCB 3 không”``: a model's name, no body
                #           (a body named whole in a quoted title stays: ``“… hoạt động của Hội Nông dân Việt Nam …”``)
            end, level, code = body.end, body.level, None
            suffix = body.suffix
            # (past an abbreviation in brackets: ``Ủy ban nhân dân (UBND) huyện Yên Thành``)
            at = aside.end() if (aside := org_match.ASIDE_ABBREVIATION.match(block.text, body.end)) else body.end
            after = block.text[at:at + 8]
            attached = starts.get(at + len(after) - len(after.lstrip()))
            branch = _BRANCH.match(block.text, at) if attached is None and not suffix else None
            through = ""  # ``Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An``: the branch of the unit written after it
            if branch is not None and not branch[1] and not branch["base"] and not branch["area"] and (
                    attached := starts.get(branch.end())) is not None:
                through = " " + " ".join(branch.group().split())
            if branch is not None and branch[1]:
                # ``Ngân hàng Nhà nước Khu vực 14``, ``Kho bạc Nhà nước Khu vực X``: a branch serving several provinces
                end, suffix, level = branch.end(), f" Khu vực {branch[2]}", "region"
            elif branch is not None and branch["area"]:
                area = " ".join(branch["area"].split())
                end, suffix, level = branch.end(), f" khu vực {area.title() if area.isupper() else area}", "district"
            elif branch is not None and branch["base"]:
                # ``BHXH cơ sở Hương Khê``: an office serving several communes (a former district's), named for its seat
                base = " ".join(branch["base"].split())
                end, suffix, level = branch.end(), f" cơ sở {base.title() if base.isupper() else base}", "district"
            elif attached is not None and not suffix:
                end = attached["char_end"]
                suffix = through + (body.unit_suffix(attached["type"], attached["name"]) if attached["how"] != "committee"
                                    else f" {attached['name']}")
                level, code = _level_of(attached), attached["code"]
            elif body.type_word and not suffix:
                _, type_end, word = body.type_word
                end = max(end, type_end)  # (written before the body: ``Tỉnh Hội Nông dân``)
                suffix = body.unit_suffix(word)
                level = org_match.type_level(word)
                unit = own.get(word)  # ``UBND tỉnh`` in a report of Hà Tĩnh: its own province's (it had no code)
                if type_end > body.start and (levels := _LEVELS_LISTED.match(block.text, type_end)) is not None and all(
                        org_match.type_level(" ".join(w.lower().split())) in (level, "city") for w in levels.group().split(",")[1:]):
                    # ``Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương``, ``… xã, phường, đặc khu``: every unit of
                    # the level, its kinds listed, as ``các tỉnh`` is (it was the report's own province or commune); not
                    # two levels' (``HĐND tỉnh, thị xã``: the report's own province's and town's)
                    end, unit = levels.end(), None
                    suffix = f" {word}{' '.join(levels.group().split())}"
                if unit is not None:  # (and its level: ``thành phố`` alone may be a province or a district)
                    suffix, code, level = body.unit_suffix(word, unit.name), unit.code, unit.level
            elif not suffix and (named := _unit_after(block.text, at, body.own_level(), home.province, day)):
                end, unit = named  # ``Kho bạc Nhà nước Phú Yên``: the unit's own body, named as when typed
                code, level = unit.code, unit.level
                typed = not fold(body.parts[-1].canonical).endswith(fold(unit.type))
                suffix = f" {unit.type} {unit.name}" if typed else f" {unit.name}"
            elif not suffix and (plural := _PLURAL_UNITS.match(block.text, at)) is not None:
                # ``Hội LHPN các huyện, thành phố, thị xã``: the chapters of every unit of a level (it was the central union)
                end, suffix = plural.end(), " " + " ".join(plural.group().split())
                level = org_match.type_level(" ".join(plural[1].lower().split()))
            elif not suffix and (unit := _own_unit_at(own, body.own_level())) is not None and not (
                    _PLURAL_AFTER.match(block.text, at)):  # (``Phòng … các huyện, thị xã``: every district's)
                # ``Tỉnh ủy``, ``Ban Thường vụ Huyện ủy``: the report's own; a body not named after its committee takes the
                # unit's type too, as when written (``Cục Thuế`` is ``Cục Thuế tỉnh Quảng Ngãi``, as ``Cục Thuế tỉnh`` is)
                # (nor twice where the body's name ends with it: ``Thanh tra huyện`` is ``Thanh tra huyện Mỹ Tú``)
                typed = not fold(body.parts[-1].canonical).endswith(("ủy", "uỷ", "đoàn", fold(unit.type)))
                suffix, code = (f" {unit.type} {unit.name}" if typed else f" {unit.name}"), unit.code
            if level is None and not suffix and body.kind == "mass" and _COUNTRY_AT_END.search(block.folded, body.start, end):
                # ``Hội Nông dân Việt Nam``: the country's association, named with the country's name (no list after it
                # shares a unit with it: ``Hội CCB Việt Nam, …, Hội Nông dân huyện`` were all the district's); not the
                # Front, whose committees of every level keep the country's name (``Ủy ban MTTQ Việt Nam`` of a commune)
                level = "central"
            listed.append((body, end, suffix, level, code))
        for i in range(len(listed) - 2, -1, -1):
            # ``Hội đồng nhân dân, Ủy ban nhân dân các xã, phường``, ``HĐND, UBND tỉnh``: a list's bodies share the
            # unit written after the last (the first was named with none)
            body, end, suffix, level, code = listed[i]
            later = listed[i + 1]
            if not suffix and level is None and body.own_level() == "any" and later[2] and later[3] \
                    and _LISTED_BODY.fullmatch(block.text, end, later[0].start):
                listed[i] = (body, end, later[2], later[3], later[4])
            elif not suffix and level is None and later[4] and body.own_level() == later[3] \
                    and _LISTED_BODY.fullmatch(block.text, end, later[0].start) \
                    and fold(body.parts[-1].canonical).endswith(("ủy", "uỷ")) and (typed := _TYPED_SUFFIX.match(later[2])):
                # ``Ban Thường vụ Huyện ủy, UBND huyện Hương Khê``: the committee of the unit named after the list
                listed[i] = (body, end, f" {typed[1]}", later[3], later[4])
        for body, end, suffix, level, code in listed:
            level = level or _inherit_level(body.own_level(), home)
            doc.add(TABLE, block, body.start, end, category="organization", name=body.named(suffix),
                    type=body.kind, level=level, code=code, province=None, district=None, ambiguous=False,
                    how="gazetteer", successor_code=None,
                    gazetteer_source=body.parts[-1].source)


def _GENERIC_IN_NAME(body: org_match.Body) -> bool:
    """A kind of group (``Tổ hợp tác``, ``Hợp tác xã``, ``Tổ nhân dân tự quản``) or an abbreviation alone (``CCB``), with
    no unit: what a model's quoted name is made of, no body it mentions."""
    if body.suffix or body.type_word or body.level:
        return False
    return body.kind in ("economic", "community") or _bare_code(body)


def _bare_code(body: org_match.Body) -> bool:
    """A body written as abbreviations only, with no unit (``CCB``, ``TNMT``; not ``UBND huyện``)."""
    return not (body.suffix or body.type_word or body.level) and all(p.abbreviation for p in body.parts)


# ``- Lưu: VT, TNMT.``, ``Lưu VT, TC-KH``: the filing line under the recipients, the copies the issuer keeps, marked with
# its own offices' filing codes (Văn thư, the department that drafted it); not ``Lưu Văn Hải``, a person
_FILING_LINE = regex.compile(r"[ \t*_•+–-]*(?i:lưu)(?:[ \t]*:|[ \t]+(?=\p{Lu}{2}))")


def _filing_code(text: str, body: org_match.Body) -> bool:
    """Whether ``body`` is a code in a filing line (``- Lưu: VT, TNMT.``): a mark of the issuer's own office, no body
    acting (``TNMT`` was the ministry of natural resources, named by a district's report)."""
    return _bare_code(body) and _FILING_LINE.match(text, text.rfind("\n", 0, body.start) + 1) is not None


_LISTED_BODY = regex.compile(r"[ \t]*(?:,|và)[ \t]*")
# a suffix of a unit's type and name (`` huyện Hương Khê``): the name, as a committee is named by (``Huyện ủy Hương Khê``)
_TYPED_SUFFIX = regex.compile(rf" (?:{'|'.join(sorted(TYPE_LEVELS, key=len, reverse=True))}) (.+)")
_TITLED_LAWS = frozenset({"Luật", "Pháp lệnh", "Hiến pháp"})
# a branch written after its body: a numbered region (``Khu vực 14``, ``Khu vực X``), ``chi nhánh`` before a unit, or a
# base office's seat (``cơ sở Hương Khê``)
_AREA_NAME = r"\p{Lu}\w*(?:[ \t]+\p{Lu}\w*){0,3}"
_AREA_WORDS = regex.compile(r"[ \t]+(?i:khu)[ \t]+(?i:vực)[ \t]*")
_AREA_NAMES = rf"{_AREA_NAME}(?:[ \t]*[-–][ \t]*{_AREA_NAME})*"  # (``Phù Cát - Phù Mỹ``)
_AREA_LINE = regex.compile(_AREA_NAMES)
_BRANCH = regex.compile(r"[ \t]+(?:((?i:khu)[ \t]+(?i:vực))[ \t]+(\d{1,2}|[IVX]{1,4})(?!\w)|chi[ \t]+nhánh[ \t]+"
                        rf"|(?i:cơ[ \t]+sở)[ \t]+(?P<base>{_AREA_NAME})(?!\w)"
                        # (an office of several districts named for them: ``Chi cục Thuế khu vực Phù Cát - Phù Mỹ``)
                        rf"|(?i:khu)[ \t]+(?i:vực)[ \t\n]+(?P<area>{_AREA_NAMES})(?!\w))")


# (``ĐẢNG ỦY XÃ THẠCH HÀ`` / ``ỦY BAN KIỂM TRA``: the committee's inspection commission issues, as a department does; so
# do a people's committee's councils and election committee: ``HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG``, ``ỦY BAN BẦU CỬ``)
_BOARD_OPENINGS = ("ban ", "hội đồng ", key("Ủy ban Kiểm tra"), key("Ủy ban bầu cử"))


def _board_under(doc: Document, orgs: list[dict], best: int) -> str | None:
    """A board of no level of its own printed right under the issuing body (``BAN THƯỜNG TRỰC``)."""
    if best + 1 >= len(orgs):
        return None
    body, board = orgs[best], orgs[best + 1]
    if board["level"] is not None or not key(board["name"]).startswith(_BOARD_OPENINGS):
        return None
    # (``HUYỆN ỦY TÂN HỒNG`` / ``BAN DÂN VẬN``: a department)
    return _printed_name(doc, board) if _printed_right_under(doc, body, board) else None


_OFFICE_LINE = regex.compile(r"[ \t*_]*(VĂN[ \t]+PHÒNG|Văn[ \t]+phòng)[ \t*_]*")


def _office_under(doc: Document, body: dict) -> str | None:
    """``VĂN PHÒNG`` alone on the header's line under a body: the body's office, which names no body without its owner
    (so no row of its own), signs for it (``312-TB/VPHU``)."""
    block = doc.blocks[body["block_id"]]
    rest = block.text[body["char_end"]:]
    if "\n" in rest and not rest.split("\n", 1)[0].strip(" \t*_"):
        line = rest.split("\n", 2)[1]
    elif not rest.strip(" \t*_") and (below := _line_below(doc, block)) is not None:
        line = below.text.split("\n", 1)[0]
    else:
        return None
    m = _OFFICE_LINE.fullmatch(line)
    return " ".join(m[1].split()) if m else None


def _printed_right_under(doc: Document, upper: dict, lower: dict) -> bool:
    """``lower`` is the header's next line under ``upper``, nothing else printed between."""
    below = _line_below(doc, doc.blocks[upper["block_id"]])
    if lower["block_id"] == upper["block_id"]:
        between = doc.blocks[upper["block_id"]].text[upper["char_end"]:lower["char_start"]]
    elif below is not None and lower["block_id"] == below.block_id:
        between = doc.blocks[upper["block_id"]].text[upper["char_end"]:] + below.text[:lower["char_start"]]
    else:
        return False
    return not between.strip()


def _committee_over(doc: Document, orgs: list[dict], printed: list[tuple[str | None, str]],
                    places: dict[int, list[dict]], best: int) -> str | None:
    """The people's committee printed right over a district's or commune's department that names no place of its
    own (``UBND HUYỆN ĐỨC THỌ`` / ``PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG``): every district has that department and
    ``documents.province`` names no district, so the issuer is named with its committee, as a board is (``TRUNG TÂM
    Y TẾ HUYỆN CAN LỘC`` names its own; a province's ``SỞ Y TẾ`` is named by ``province``). ``printed`` holds each
    body's printed name, with a place its line wraps to (``ỦY BAN NHÂN DÂN`` / ``HUYỆN ĐỨC THỌ``)."""
    if best == 0:
        return None
    upper, department = orgs[best - 1], orgs[best]
    if (department["type"] != "state" or printed[best][0] not in ("district", "commune")
            or printed[best - 1][0] != printed[best][0]
            or not key(upper["name"]).startswith(_PEOPLES_COMMITTEE)
            or any(department["char_start"] <= p["char_start"] < department["char_end"]
                   for p in places.get(department["block_id"], ())) or _ends_with_its_place(department)):
        return None
    name = printed[best - 1][1]
    if name != " ".join(upper["text"].split()) and (place_line := _line_below(doc, doc.blocks[upper["block_id"]])):
        upper = {"block_id": place_line.block_id, "char_end": len(place_line.text.rstrip())}  # (the wrapped place)
    return name if _printed_right_under(doc, upper, department) else None


_PEOPLES_COMMITTEE = key("Ủy ban nhân dân ")


def _ends_with_its_place(body: dict) -> bool:
    """A body's span ends with the bare name of the unit it is resolved to (``SỞ Y TẾ HÀ TĨNH``): no place row."""
    words = body["text"].split()
    return body["code"] is not None and any(
        any(u.code == body["code"] for u in by_name().get(key(" ".join(words[-n:])), ())) for n in range(1, 5))


def _printed_name(doc: Document, board: dict) -> str:
    """A board's name as its header line prints it, past the words the gazetteer knows (``BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI
    PHẠM,`` / ``TỆ NẠN XÃ HỘI VÀ MA TÚY``: it was ``BAN CHỈ ĐẠO``), and on the next line where it wraps after a comma, a
    dash or ``và``; not past its line's other column (a tab) or into the number's line."""
    block = doc.blocks[board["block_id"]]
    end = block.text.find("\n", board["char_end"])
    line = block.text[board["char_start"]:end if end >= 0 else len(block.text)].split("\t", 1)[0]
    if not line.isupper():
        return " ".join(board["text"].split())
    nxt, after = _next_lines(doc, block, end)
    if nxt.strip() and nxt.isupper() and not _NUMBER_OPENS.match(nxt) and (
            _WRAPPED_NAME.search(line) or _NUMBER_OPENS.match(after.upper()) and not _OPENS_OWN_LINE.match(nxt)):
        # (or wrapped at a word, its name's last line the header's last above the number: ``BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH``
        # / ``MỤC TIÊU QUỐC GIA`` / ``Số: …``; not a unit's line, ``HUYỆN LỘC HÀ``, nor a body's, ``BAN …``)
        line = f"{line} {nxt}"
    return " ".join(line.split())


def _next_lines(doc: Document, block: Block, end: int) -> tuple[str, str]:
    """The header's two lines after the one ending at ``end`` in ``block`` (-1: at its end), on into the lines below it,
    each up to its line's other column (a tab)."""
    lines = block.text[end + 1:].split("\n") if end >= 0 else []
    while len(lines) < 2 and (block := _line_below(doc, block)) is not None:
        lines += block.text.split("\n")
    lines += ["", ""]
    return lines[0].split("\t", 1)[0], lines[1].split("\t", 1)[0]


# a line of a unit's or a body's own (``HUYỆN LỘC HÀ``, ``BAN THƯỜNG VỤ``): no wrapped tail of a name
_OPENS_OWN_LINE = regex.compile(r"[ \t*_]*(?:TỈNH|HUYỆN|XÃ|PHƯỜNG|THỊ XÃ|THỊ TRẤN|THÀNH PHỐ|QUẬN|BAN|ỦY BAN|SỞ|PHÒNG|HỘI|ĐẢNG|"
                                r"CHI BỘ|ĐOÀN|CÔNG AN|TRUNG TÂM|VĂN PHÒNG|KHU VỰC|CỘNG HÒA|ĐỘC LẬP)(?!\w)")


_WRAPPED_NAME = regex.compile(r"(?:,|[-–]|(?<!\w)VÀ)[ \t]*$")
_NUMBER_OPENS = regex.compile(r"[ \t*_]*SỐ(?!\w)")  # (the number's line, in capitals as the header prints it)


def _line_below(doc: Document, block: Block) -> Block | None:
    """The header's next line under ``block``: the next block, or in a header table the cell below in its column
    (``HỘI ĐỒNG NHÂN DÂN`` | motto, then ``HUYỆN CẨM GIÀNG`` | ``Độc lập …``), not the next cell of the row."""
    nxt = doc.blocks[block.block_id + 1] if block.block_id + 1 < len(doc.blocks) else None
    if block.table_no is not None and block.row is not None:
        nxt = next((b for b in doc.blocks[block.block_id + 1:block.block_id + 6] if b.table_no == block.table_no
                    and b.col == block.col and b.row == block.row + 1), nxt)
    return nxt


def _header_line_body(doc: Document, places: dict[int, list[dict]], org: dict) -> tuple[str | None, str]:
    """Level and printed name of a body in the header, with the place on the next line when the
    body ends its line (``ỦY BAN NHÂN DÂN`` / ``THÀNH PHỐ CẦN THƠ``): the header wraps a name there."""
    printed = " ".join(org["text"].split())
    block = doc.blocks[org["block_id"]]
    nxt = _line_below(doc, block)
    if nxt is not None and _AREA_WORDS.fullmatch(block.text, org["char_end"]) and _AREA_LINE.fullmatch(nxt.text.strip()):
        # ``CHI CỤC THUẾ KHU VỰC`` / ``PHÙ CÁT - PHÙ MỸ``: an office of several districts, named for them on the next line
        return "district", f"{printed} {' '.join(block.text[org['char_end']:].split())} {' '.join(nxt.text.split())}"
    # (the rest of its column: a header typed with tabs has the motto's column after one)
    if nxt is None or block.text[org["char_end"]:].split("\t", 1)[0].strip(" *_|\n"):
        return org["level"], printed
    follow = [p for p in places.get(nxt.block_id, []) if p["how"] == "typed"]
    if not follow or nxt.text[:follow[0]["char_start"]].strip(" *_|\n"):
        return org["level"], printed
    return _level_of(follow[0]) or org["level"], printed + " " + " ".join(follow[0]["text"].split())


# (its words capitalised, or in capitals as a header prints them: ``SỞ Y TẾ HÀ TĨNH``)
_NAME_AFTER_BODY = regex.compile(r"[ ]+(\p{Lu}(?:[\p{Ll}\p{M}]*|[\p{Lu}\p{M}]*)(?:[ ]\p{Lu}(?:[\p{Ll}\p{M}]*|[\p{Lu}\p{M}]*)){0,3})(?!\w)")


@lru_cache(maxsize=2)
def _first_words(level: str) -> frozenset[str]:
    return frozenset(name.split()[0] for name, units in by_name().items() if any(u.level == level for u in units))


def _unit_after(text: str, end: int, level: str, province: str | None, day: str | None) -> tuple[int, Unit] | None:
    """A province's or district's bare name right after a body of its level (``Kho bạc Nhà nước Phú Yên``, ``Sở Y tế
    Quảng Nam``, ``Hạt Kiểm lâm Hương Khê``, ``PHÒNG GD&ĐT THẠCH HÀ``): its end and the unit. A bare name elsewhere needs more before it to be a place; after a body the unit is the body's own. The
    longest run of capitalised words that names one wins; a district only in the report's own province (``province``, a
    province code: many provinces have a ``Châu Thành``)."""
    # (a body of any level: a province's name, or a district's of the report's province: ``Kho bạc Nhà nước Thạch Hà``)
    levels = (PROVINCE, DISTRICT) if level == "any" else (level,) if level in (PROVINCE, DISTRICT) else ()
    m = _NAME_AFTER_BODY.match(text, end) if levels else None
    if m is None:
        return None
    words = m.group(1).split(" ")
    for level in levels:
        if level == DISTRICT and province is None or key(words[0]) not in _first_words(level):
            continue  # (most capitalised words after a body open no unit's name)
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            units = [u for u in by_name().get(key(name), ()) if u.level == level
                     and (level == PROVINCE or u.province_code == province)]
            if units:
                # the name's state on the report's day, else its latest (``Thanh tra tỉnh Quảng Trị`` in 2024 is the
                # province before the merger, as ``tỉnh Quảng Trị`` beside it is)
                unit = max(units, key=lambda u: (u.valid_on(day), u.valid_to or "9999"))
                return m.start(1) + len(name), unit
    return None


def _level_of(place: dict) -> str | None:
    """A body attached to a place sits at the place's level."""
    if place["level"] in ("province", "district", "commune", "village"):
        return place["level"]
    return None


def _inherit_level(level: str, home: Home) -> str | None:
    """``Thành ủy`` without a name: the report's own city, a district's (``thành phố Hà Tĩnh``) or a province's
    (``Đà Nẵng``, in a report of its ``huyện Hòa Vang`` too); else a district-level city when the document has a home
    district."""
    if level == "city":
        city = home_units(home, None).get("thành phố") if home.district else None
        return city.level if city is not None else "district" if home.district else "province"
    return None if level == "any" else level


def _document_fields(doc: Document, places: dict[int, list[dict]], home: Home, day: str | None, issuer_end: int) -> None:
    """The issuing body printed in the header and its province (SPEC §6 documents)."""
    orgs = [r for r in doc.rows(TABLE) if r["category"] == "organization" and r["block_id"] < issuer_end
            and key(r["name"]) not in ("đảng cộng sản việt nam",)]
    commune: dict[str, str] = {}
    if orgs and doc.issuing_body is None:
        order = ("central", "province", "district", "commune", "village")
        printed = [_header_line_body(doc, places, r) for r in orgs]
        # the lowest body, printed last: ``UBND HUYỆN MỸ TÚ`` over ``THANH TRA HUYỆN`` (one block in a PDF),
        # ``BAN CHẤP HÀNH HỘI LHPN`` / ``HUYỆN LỘC HÀ`` under its parent ``HỘI LHPN TỈNH HÀ TĨNH``
        best = max(range(len(orgs)), key=lambda i: (order.index(printed[i][0]) if printed[i][0] in order else -1,
                                                    orgs[i]["block_id"], orgs[i]["char_start"]))
        doc.issuing_body = printed[best][1]
        board = _board_under(doc, orgs, best)
        if board is not None:  # ``ỦY BAN MTTQ VIỆT NAM HUYỆN GIA LÂM`` / ``BAN THƯỜNG TRỰC``: the board signs
            doc.issuing_body = f"{board} {doc.issuing_body}"
            owner, row = orgs[best], orgs[best + 1]  # (the board's row is the body's board, not the Party's)
            row.update(name=f"{row['name']} {owner['name']}", type=owner["type"], level=owner["level"], code=owner["code"])
        elif (committee := _committee_over(doc, orgs, printed, places, best)) is not None:
            doc.issuing_body = f"{doc.issuing_body} {committee}"
        resolved = canonical_body(doc.issuing_body, home)
        if resolved is not None and key(orgs[best]["name"]).startswith(key(resolved[0]) + " "):
            resolved = (orgs[best]["name"], resolved[1])  # (``CHI BỘ TỔ DÂN PHỐ 5``: the village is no unit of the gazetteer's)
        _named_as_issuer(doc, orgs[best], resolved)
        # ``Đảng ủy xã Tân Hòa Phú``: what ``toàn xã`` names (``ỦY BAN NHÂN DÂN`` over ``XÃ SAO VÀNG`` once named as one body)
        if orgs[best]["level"] == "commune" and (unit := _COMMUNE_NAMED.search(orgs[best]["name"])):
            commune[unit[1]] = unit[0]
        if board is None and (office := _office_under(doc, orgs[best])) is not None:
            # ``HUYỆN ỦY PHÙ CÁT`` / ``VĂN PHÒNG``: its office issues (the bodies named bare are still the committee's)
            doc.issuing_body = f"{office} {doc.issuing_body}"
    if doc.issuing_body is None:
        # A news item about a report names its issuer with the report's own number.
        own = [r.get("issuing_body") for r in doc.rows("references") if r.get("is_self") and r.get("issuing_body")]
        if own:
            doc.issuing_body = own[0]
    province = _home_province(home, day)
    if doc.province is None and province is not None:
        doc.province = province.name
    doc.meta[HOME_PLACES] = home_places(home, day) | commune


def _named_as_issuer(doc: Document, issuer: dict[str, Any], resolved: tuple[str, str | None] | None) -> None:
    """A body named with no unit that the issuer is, or is the committee of: the header's ``ỦY BAN NHÂN DÂN`` over
    ``TỈNH ĐỒNG THÁP``, ``Hội đồng nhân dân``, ``Thường trực Hội đồng nhân dân`` in a commune council's resolution,
    ``TM. ỦY BAN NHÂN DÂN`` over the signature; a committee alone, ``T/M BAN THƯỜNG VỤ``, where it signs
    (``Ban Thường vụ Tỉnh ủy Nghệ An``). ``issuer`` is the header's row, ``resolved`` its lines as one body."""
    if resolved is None:
        return
    name, level = resolved
    own = key(name)
    # (or of the body the header's row is, whose board it is: ``BAN TUYÊN GIÁO`` under ``HUYỆN ỦY ĐỨC LINH``, one unit)
    code = issuer["code"] if key(issuer["name"]) == own or own.endswith(" " + key(issuer["name"])) else None
    if code is None:
        # (``ỦY BAN NHÂN DÂN`` over ``HUYỆN THẠCH THÀNH``: the unit its lines name, which that place row has the code of)
        code = next((p["code"] for p in doc.rows(TABLE) if p["category"] == "place" and p.get("code") and p["level"] == level
                     and own.endswith(" " + key(f"{p['type']} {p['name']}"))), None)
    owner = _owner(name)
    # a Party organisation's committee, which its Ban Chấp hành is: under ``BAN CHẤP HÀNH ĐẢNG BỘ XÃ QUỲNH LÂM`` (every
    # congress's political report), ``Ủy ban Kiểm tra Đảng ủy`` and ``Văn phòng Đảng ủy`` are the Đảng ủy xã Quỳnh Lâm's
    party = _party_committee(owner)
    # the issuer, and the body it is a board of (``Văn phòng Đảng ủy`` under ``BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG …``)
    targets = [(own, name)] + ([(key(owner), owner)] if owner != name else []) + ([(key(party), party)] if party else [])
    committee = _COMMITTEE_IN_NAME.search(party or owner)  # (``Ủy ban Kiểm tra Huyện ủy Can Lộc``: the committee's boards)
    for row in doc.rows(TABLE):
        # (a level the gazetteer gives the name alone, ``Chi bộ``'s village, is no unit written: the issuer's may be it)
        if row["category"] != "organization" or row.get("code") or row.get("level") not in (None, level):
            continue
        if _LEVELS_AFTER.match(doc.blocks[row["block_id"]].text, row["char_end"]) or _SEVERAL_BEFORE.search(
                doc.blocks[row["block_id"]].text, max(0, row["char_start"] - 8), row["char_start"]):
            continue  # ``UBKT các cấp``, ``UBKT đảng ủy cơ sở``: every level's, or the ones below; not the issuer
        words = row["name"].split()
        # (a tail can begin a target only if the name's last word is one of the target's: most rows' is none)
        last = key(words[-1]) if words else ""
        tails = [key(" ".join(words[i:])) + " " for i in range(len(words))] \
            if any(last in k for k, _ in targets) else []
        # the longest tail of its name that begins the issuer's, after a board's name: ``Thường trực`` + ``Hội đồng
        # nhân dân``, or after an office's or a department's of two words or more: ``Ủy ban Kiểm tra`` + ``Đảng ủy`` (not
        # a name's last word: ``Ngân hàng Chính sách xã hội`` in a Hội Cựu chiến binh's report)
        cut, whole = next(((i, target) for i in range(len(tails)) for k, target in targets
                           if k.startswith(tails[i])
                           and (i == 0 or key(" ".join(words[:i])) in org_match.boards() or len(words) - i >= 2)),
                          (None, name))
        text = doc.blocks[row["block_id"]].text
        if cut is not None:
            named = " ".join(words[:cut] + [whole])
        elif row["type"] in ("committee", "party") and (
                _ON_BEHALF.search(text[max(0, row["char_start"] - 12):row["char_start"]])
                or issuer["type"] == "mass" and _OWN_ASSOCIATION.match(text, row["char_end"])
                or issuer["type"] in ("mass", "party") and key(row["name"]) in org_match.boards()):
            # ``TM. BAN THƯỜNG VỤ`` under ``BCH HỘI NÔNG DÂN HUYỆN …``, ``Ban Thường vụ Hội tổ chức …``, a bare ``Ban Chấp
            # hành`` in an association's report, a bare ``Ban Thường vụ`` in a Party committee's notice: the board of the
            # body the issuer is, or is the board of; a Party committee's board where the issuer is one of its organs
            # (``Ban Chấp hành`` in its inspection commission's report: the Huyện ủy's, no commission has one)
            named = f"{row['name']} {committee[0] if committee and committee.start() and key(row['name']) in _COMMITTEE_BOARDS else owner}"
        elif issuer["type"] == "party" and committee and key(row["name"]) in _ADVISORY_BOARDS:
            # ``(qua Ban Tuyên giáo)`` in a Huyện ủy's plan: its own committee's board (it was a board of no unit)
            named = f"{row['name']} {committee[0]}"
        elif key(row["name"]) == _PARTY_ORGANISATION and issuer["type"] == "party" and (
                unit := _UNIT_OF_COMMITTEE.search(owner)) is not None:
            # ``Toàn Đảng bộ có 42 chi bộ`` in a Party committee's report: its own Đảng bộ (it was no body's)
            named = f"Đảng bộ {unit[1] or place_match.COMMITTEE_TYPES[unit[2].lower() + ' ủy'] + ' ' + unit[3]}"
        else:
            continue
        row.update(name=named, type=issuer["type"], level=level, code=code)


# levels written after a body's name: all of them (``các cấp``), the base ones (``cơ sở``, ``đảng ủy cơ sở``), another
_LEVELS_AFTER = regex.compile(r"[ \t]+(?:(?:các|mọi|những)[ \t]+cấp|(?:cấp[ \t]+)?(?:cơ[ \t]+sở|trên|dưới)|(?:đảng|chi)[ \t]+"
                              r"(?:ủy|uỷ|bộ)[ \t]+(?:cơ[ \t]+sở|trực[ \t]+thuộc)|khác)(?!\w)", regex.I)
# (and another one, ``chuyển Tòa án khác giải quyết``; several, ``các Tòa án``: none is the issuer)
_SEVERAL_BEFORE = regex.compile(r"(?<!\w)(?:các|những|mọi)[ \t]+\Z", regex.I)
_COMMITTEE_IN_NAME = regex.compile(r"(?<!\w)(?:Tỉnh|Huyện|Thành|Quận|Thị|Đảng)[ ](?:ủy|uỷ)(?!\w).*")
_COMMITTEE_BOARDS = frozenset({key("Ban Chấp hành"), key("Ban Thường vụ")})
_PARTY_ORGANISATION = key("Đảng bộ")
# the boards a Party committee has (named bare in its own documents)
_ADVISORY_BOARDS = frozenset(key(b) for b in ("Ban Tuyên giáo", "Ban Tổ chức", "Ban Dân vận", "Ban Tuyên giáo và Dân vận",
                                              "Ban Nội chính", "Ủy ban Kiểm tra", "Ban Xây dựng Đảng"))
# the units whose Party committee is a ``Đảng ủy`` (a district's or a province's is named for its type: ``Huyện ủy``)
_PARTY_COMMITTEE_UNITS = r"(?:xã|phường|thị trấn|đặc khu|khối|cơ sở)"
# the unit a Party committee is of (``Đảng ủy xã Yên Thành`` → ``xã Yên Thành``, ``Huyện ủy Nam Đàn`` → ``huyện Nam Đàn``)
_UNIT_OF_COMMITTEE = regex.compile(rf"^(?:Đảng (?:ủy|uỷ) ({_PARTY_COMMITTEE_UNITS} .+)|(Tỉnh|Huyện|Thành|Thị|Quận) (?:ủy|uỷ) (.+))$")
# the committee named for its unit's type (``huyện`` → ``Huyện ủy``)
_COMMITTEE_OF_TYPE = {unit: committee.capitalize() for committee, unit in place_match.COMMITTEE_TYPES.items()
                      if committee.endswith(" ủy")}
# a Party organisation of a unit (``Đảng bộ xã Quỳnh Lâm``, ``Đảng bộ huyện Quỳnh Lưu``)
_PARTY_OF_UNIT = regex.compile(rf"^Đảng bộ (?:({_PARTY_COMMITTEE_UNITS} .+)|({'|'.join(_COMMITTEE_OF_TYPE)}) (.+))$")


def _party_committee(name: str) -> str | None:
    """The committee of a unit's Party organisation (``Đảng bộ xã Quỳnh Lâm`` → ``Đảng ủy xã Quỳnh Lâm``, ``Đảng bộ huyện
    Quỳnh Lưu`` → ``Huyện ủy Quỳnh Lưu``); None for a name that is no such organisation."""
    party = _PARTY_OF_UNIT.match(name)
    if party is None:
        return None
    return f"Đảng ủy {party[1]}" if party[1] else f"{_COMMITTEE_OF_TYPE[party[2]]} {party[3]}"


def _owner(name: str) -> str:
    """The body a board's name is of (``Ban Chấp hành Hội Nông dân huyện Hậu Lộc`` → ``Hội Nông dân huyện Hậu Lộc``);
    ``name`` itself when it names no board first."""
    words = name.split()
    cut = max((i for i in range(1, len(words)) if key(" ".join(words[:i])) in org_match.boards()), default=0)
    return " ".join(words[cut:])


# ``Ban Thường vụ Hội tổ chức``: ``Hội`` alone, the report's own association
_OWN_ASSOCIATION = regex.compile(r"[ \t]+Hội(?![ \t]+\p{Lu})(?!\w)")
_ON_BEHALF = regex.compile(r"(?:^|[\s(])(?i:t/m|t\.m|tm|thay mặt)\.?[ \t]*\Z")


_COMMUNE_NAMED = regex.compile(r"(?<!\w)(xã|phường|thị trấn)[ \t]+\p{Lu}[\p{L}\p{M} ]*\Z")

HOME_PLACES = "home_places"


def _home_province(home: Home, day: str | None) -> Unit | None:
    """The home province as it stood on ``day``."""
    return _province_on(home.province, day)


@lru_cache(maxsize=4096)
def _province_on(code: str | None, day: str | None) -> Unit | None:
    """The province of ``code`` as it stood on ``day`` (Thừa Thiên Huế until 2024, Huế after)."""
    if not code:
        return None
    return next((u for u in provinces_by_code().get(code, ()) if u.valid_on(day)), None)


def home_units(home: Home, day: str | None) -> dict[str, Unit]:
    """The document's own province and district by type word (``{"tỉnh": <Bình Định>, "huyện": <Phù Mỹ>}``)."""
    found: dict[str, Unit] = {}
    province = _home_province(home, day)
    if province is not None:
        found[province.type] = province
    if home.province and home.district:
        district = next((u for u in by_name().get(home.district, ()) if u.level == DISTRICT
                         and u.province_code == home.province and u.valid_on(day)), None)
        if district is not None:
            found[district.type] = district
    return found


# (or as many as a number says: ``UBND 18 xã, thị trấn``, every commune's, was the district's)
_PLURAL_AFTER = regex.compile(r"[ \t]+(?:các|những|mọi|\d{1,3})[ \t]")
_LEVELS_LISTED = regex.compile(rf"(?:[ \t]*,[ \t]*(?i:{unit_types()}))+(?!\w)")
_PLURAL_UNITS = regex.compile(rf"[ \t]+(?:các|những|mọi|\d{{1,3}})[ \t]+((?i:{unit_types()}))(?:[ \t]*,[ \t]*(?i:{unit_types()}))*(?!\w)")


def _header_units(places: dict[int, list[dict]], own: dict[str, Unit], issuer_end: int, bare: list[Unit]) -> dict[str, Unit]:
    """The report's own units a body named by its level alone may be: its province, and its district or commune only
    where the header names it (a provincial department's letter listing districts has none: the first listed was taken),
    typed or ``bare`` (a district named after a body with no type word: the issuer's, whatever else the report names)."""
    # (``issuer_end``: the lines the issuer is printed on end there, above the ``Số:`` line or the type line)
    header = [p for b, rows in places.items() if b < issuer_end for p in rows]
    named = {p["code"] for p in header if p.get("code")}
    found = {word: unit for word, unit in own.items() if unit.level != DISTRICT or unit.code in named}
    found.update((unit.type, unit) for unit in bare[:1])
    # a commune the issuer's lines name (``BCH ĐOÀN XÃ BÁT XÁT``): what ``Ủy ban nhân dân xã`` is, as for a district; by
    # its name where the gazetteer gives no code (``ĐẢNG BỘ XÃ CẨM BÌNH``, a name communes of several provinces bear: the
    # ``Đảng ủy xã`` was named with no commune)
    communes = [p for p in header if p.get("level") == COMMUNE and p.get("type")]
    if len({(p["type"].lower(), key(p["name"])) for p in communes}) == 1:
        p = max(communes, key=lambda p: p.get("code") is not None)  # (the place-date line's, where it settles the code)
        typ, district = p["type"].lower(), p.get("district")
        found.setdefault(typ, Unit(p["name"], typ, COMMUNE, p.get("code"), p.get("province") or "", district, None, None,
                                   p.get("gazetteer_source") or ""))
        # and the district it lies in: ``HĐND huyện`` in a commune's report is its district's (``UBND XÃ CÁT VÂN``:
        # ``HĐND huyện`` is Như Xuân's)
        found.update({word: unit for word, unit in own.items()
                      if unit.level == DISTRICT and district and key(unit.name) == key(district)})
    return found


def _own_unit_at(own: dict[str, Unit], level: str) -> Unit | None:
    """The report's own province or district for a body of that level named without its unit; its own city, of
    either level, for a city's body (``Thành ủy``)."""
    if level == "city":
        return own.get("thành phố")
    if level not in (PROVINCE, DISTRICT):
        return None
    return next((u for u in own.values() if u.level == level), None)


def home_places(home: Home, day: str | None) -> dict[str, str]:
    """``home_units`` labelled as place rows are (``{"tỉnh": "tỉnh Bình Định"}``): what ``toàn huyện`` names."""
    return {word: f"{unit.type} {unit.name}" for word, unit in home_units(home, day).items()}


_OFFICE_UNIT = regex.compile(r"(?<=trưởng[ \t]+)(phòng|ban)[ \t\n]*\Z")


def canonical_body(text: str, home: Home | None = None) -> tuple[str, str | None] | None:
    """Canonical name and level of a written issuing body, or None when none is recognised."""
    if not text or not text.strip():
        return None
    home = home or Home(None, None)
    held = office().match(match_form(text))  # the office holder's letter is the body's
    if held:
        rest = text[held.end():]  # a name, even where it is written ``Trưởng ban Tuyên giáo``
        resolved = _canonical_body(rest[:1].upper() + rest[1:], home.province, home.district)
        if resolved is None and (unit := _OFFICE_UNIT.search(match_form(text), 0, held.end())) is not None:
            # (``Trưởng phòng Nông nghiệp và Phát triển nông thôn``: the office's last word opens the body's name)
            resolved = _canonical_body(f"{unit[1].capitalize()} {rest}", home.province, home.district)
        if resolved is not None:
            return resolved
    resolved = _canonical_body(text, home.province, home.district)
    if resolved is None and (issuer := issuer_for_body(text)) is not None and not issuer.local:
        # ``Hội nghị Trung ương 4``, ``Trung ương``: a central issuer the symbols' list names (a plenum is its committee's)
        return issuer.name, issuer.level
    return resolved


@text_cache(maxsize=4096)
def _canonical_body(text: str, province: str | None, district: str | None) -> tuple[str, str | None] | None:
    """``canonical_body`` for a home given by value: references repeat the same few bodies."""
    home = Home(province, district)
    block = Block(block_id=0, kind="paragraph", text=text)
    scanned = place_match.scan(place_match.block_matching_text(block))
    found = org_match.bodies(text, scanned.folded, scanned)
    if not found:
        return None
    body = max(found, key=lambda b: b.end - b.start)
    suffix, level = body.suffix, body.level
    if not suffix:
        places = [h for h in place_match.find(block, scanned) if h.how in _NAMING_PLACES and h.start >= body.end
                  and not text[body.end:h.start].strip()]
        if places:  # (``Chi bộ thôn Vĩnh Phú``, a report's own number under its header: the village as written, no code)
            p = places[0]
            units = candidates(p.name_key, None, p.written_type) if p.name_key else []
            name = units[0].name if units else _display_name(p, None)
            suffix = body.unit_suffix(p.written_type, name) if p.how != "committee" else f" {name}"
            level = _written_level(p.written_type)
            if level == "city":
                level = "district" if units and units[0].level == DISTRICT else "province"
        elif body.type_word:
            word = body.type_word[2]
            suffix = body.unit_suffix(word)
            level = org_match.type_level(word)
    level = level or _inherit_level(body.own_level(), home)
    if level == "city":
        level = _inherit_level("city", home)
    return body.named(suffix), level


# a congress's number after its name (``lần thứ XXXI``, ``XX``; ``… lần thứ XIII của Đảng``)
_CONGRESS_NUMBER = regex.compile(r"[ ]+(?:lần[ ]+thứ[ ]+)?(?P<n>[ivxlc]+|\d{1,2})(?:[ ]+của[ ]+đảng)?")


def _written_as(written: str, name: str, term: str | None) -> bool:
    """Whether a reference's body as ``written`` is the organisation whose words are ``name``: the same words, after an
    office (``Giám đốc Sở Y tế``), or before the congress's number the reference's ``term`` is (``Đại hội Đảng bộ
    huyện lần thứ XXXI``: the organisation row ``Đại hội Đảng bộ huyện`` names the district)."""
    if written.endswith(name):
        return True
    number = _CONGRESS_NUMBER.fullmatch(fold(written), len(name)) if term and written.startswith(name) else None
    return number is not None and number["n"] == fold(term or "")


def _link_references(doc: Document, home: Home) -> None:
    """Add the canonical issuing body and its level to the references rows (if that component ran).

    A body written inside the reference (``… của Ban Thường vụ Huyện ủy``), or the nearest written as it is before
    it (``Ban Thường vụ Huyện ủy đã ban hành …``), is the organisation row found there, so both tables name it alike, with the report's own unit where the level alone is
    written (``Ban Thường vụ Huyện ủy Hương Sơn``); one written elsewhere (the header's, for the
    report's own number) is resolved from its words."""
    references = doc.rows("references")
    if not references:
        return
    bodies: dict[int, list[dict[str, Any]]] = {}
    for row in doc.rows(TABLE):
        if row["category"] == "organization":
            bodies.setdefault(row["block_id"], []).append(row)
    for row in references:
        written = " ".join((row.get("issuing_body") or "").split())
        # inside it, or written before it (``Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU``): the nearest
        inside = [b for b in bodies.get(row["block_id"], ()) if b["char_end"] <= row["char_end"]
                  and (row["char_start"] <= b["char_start"] or written == " ".join(b["text"].split()))
                  and _written_as(written, " ".join(b["text"].split()), row.get("term"))]
        if inside:  # (``Giám đốc Sở Y tế``: the office holder's letter is the body's, ``Sở Y tế``)
            body = max(inside, key=lambda b: b["char_end"])
            # (two issuers of one document, ``của Bộ Chính trị, Ban Bí thư``: the first named, which was the last)
            joint = [b for b in bodies.get(row["block_id"], ()) if row["char_start"] <= b["char_start"] < body["char_start"]
                     and written.startswith(" ".join(b["text"].split()) + ",")]
            if joint:
                body = joint[0]
            resolved: tuple[str, str | None] | None = (body["name"], body["level"])
        else:
            resolved = canonical_body(written, home)
        row["issuing_body_canonical"] = resolved[0] if resolved else None
        row["issuing_body_level"] = resolved[1] if resolved else None
