"""Vietnamese administrative units with the dates they were valid.

Two structures come from the ``vietnamadminunits`` package (MIT licence), whose
SQLite file ships inside the wheel (nothing is downloaded at run time):

* ``admin_units_legacy`` — the 63-province structure with districts, valid
  until the reorganisation of 1 July 2025;
* ``admin_units`` — the 34-province, two-level structure valid from then on.

No package holds the states before the 2019–2024 mergers, so
``units_changed.csv`` (one row per earlier state, each with its legal source)
adds them. A package unit whose code appears there as an earlier state starts
the day after that state ended, which is how ``Hòa Thành`` is a ``huyện`` in
2019 and a ``thị xã`` in 2020 under one code.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice, product
from pathlib import Path
from typing import Iterable

from gazetteers import build_cache, read_rows
from pipeline.normalize import key

HERE = Path(__file__).parent
REORGANISED = "2025-07-01"  # the 34-province structure applies from this day

PROVINCE, DISTRICT, COMMUNE, VILLAGE = "province", "district", "commune", "village"

# Written type → the levels a unit of that type can sit at.
TYPE_LEVELS: dict[str, tuple[str, ...]] = {
    "tỉnh": (PROVINCE,),
    "thành phố": (PROVINCE, DISTRICT),
    "quận": (DISTRICT,),
    "huyện": (DISTRICT,),
    "thị xã": (DISTRICT,),
    "phường": (COMMUNE,),
    "xã": (COMMUNE,),
    "thị trấn": (COMMUNE,),
    "đặc khu": (COMMUNE,),
}


def unit_types(gap: str = " ") -> str:
    """The written unit types as one regex alternation, longest first (``thị xã`` before ``xã``), words
    apart by ``gap``: for the patterns that read ``toàn huyện``, ``…, huyện X đã``, ``Đảng bộ tỉnh``."""
    return "|".join(gap.join(map(re.escape, t.split())) for t in sorted(TYPE_LEVELS, key=len, reverse=True))


@dataclass(frozen=True)
class Unit:
    """One administrative unit in one state (name, type, parent) over a period."""

    name: str
    type: str
    level: str
    code: str | None
    province: str
    district: str | None
    valid_from: str | None
    valid_to: str | None
    source: str
    successor: str | None = None  # code in the 34-province structure
    province_code: str | None = None  # identity of the province across renames (``new:NN`` after 2025)

    def valid_on(self, day: str | None) -> bool:
        if day is None:
            return True
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@lru_cache(maxsize=None)
def _split_type(full: str) -> tuple[str, str]:
    """``'Thành phố Hà Nội'`` → (``'thành phố'``, ``'Hà Nội'``) using the known type words."""
    folded = key(full)
    for word in sorted(TYPE_LEVELS, key=len, reverse=True):
        if folded.startswith(word + " "):
            return word, full[len(word) + 1:].strip()
    return "", full


def _day_before(iso: str) -> str:
    return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()


def _day_after(iso: str) -> str:
    return (date.fromisoformat(iso) + timedelta(days=1)).isoformat()


def _package_data(name: str) -> Path:
    """A data file of ``vietnamadminunits``, found without importing the package: its
    ``__init__`` loads the address parser and geocoder, seconds we never use."""
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("vietnamadminunits is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / "data" / name


def _package_rows(table: str) -> list[dict]:
    uri = _package_data("dataset.db").as_uri() + "?mode=ro"
    with sqlite3.connect(uri, uri=True) as conn:
        cursor = conn.execute(f"SELECT * FROM [{table}]")
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, r)) for r in cursor]


def _successors() -> dict[tuple[str, str, str], str]:
    """(provinceKey, districtKey, wardKey) of a 63-province ward → new ward key, where not divided."""
    data = json.loads(_package_data("converter_2025.json").read_text(encoding="utf-8"))
    out: dict[tuple[str, str, str], str] = {}
    for new_province, wards in data["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_ward, olds in wards.items():
            for old in olds:
                parts = old.split("_")
                if len(parts) == 3:
                    out[tuple(parts)] = f"{new_province}_{new_ward}"  # type: ignore[index]
    return out


# The package tells apart two units of one name in a province by their type: ``Kỳ Anh (Huyện)``,
# ``Kỳ Anh (Thị xã)``. The type is a field of its own; the name is what reports write.
_TYPE_SUFFIX = re.compile(r"\s*\((?:huyện|thị xã|thị trấn|xã|phường|thành phố|quận)\)$", re.IGNORECASE)


def _short(name: str | None) -> str | None:
    return _TYPE_SUFFIX.sub("", name) if name else name


def _legacy_units(current_rows: list[dict]) -> list[Unit]:
    rows = _package_rows("admin_units_legacy")
    new_codes = {f"{r['provinceKey']}_{r['wardKey']}": r["wardCode"] for r in current_rows}
    succ = _successors()
    end = _day_before(REORGANISED)
    src = "vietnamadminunits admin_units_legacy (63 provinces)"
    units: dict[tuple, Unit] = {}
    # The first row of a unit wins; each unit is built once, not once per row of its wards.
    for r in rows:
        if (PROVINCE, r["provinceCode"]) not in units:
            units[(PROVINCE, r["provinceCode"])] = Unit(
                r["provinceShort"], _split_type(r["province"])[0], PROVINCE, r["provinceCode"], r["provinceShort"],
                None, None, end, src, province_code=r["provinceCode"])
        if (DISTRICT, r["districtCode"]) not in units:
            units[(DISTRICT, r["districtCode"])] = Unit(
                _short(r["districtShort"]), (r["districtType"] or "").lower(), DISTRICT, r["districtCode"],
                r["provinceShort"], None, None, end, src, province_code=r["provinceCode"])
        if r["wardShort"] and r["wardType"] and (COMMUNE, r["wardCode"]) not in units:
            wkey = (r["provinceKey"], r["districtKey"], r["wardKey"])
            units[(COMMUNE, r["wardCode"])] = Unit(
                _short(r["wardShort"]), r["wardType"].lower(), COMMUNE, r["wardCode"], r["provinceShort"],
                _short(r["districtShort"]), None, end, src, new_codes.get(succ.get(wkey, "")), r["provinceCode"])
    return list(units.values())


def _current_units(rows: list[dict]) -> list[Unit]:
    src = "vietnamadminunits admin_units (34 provinces, from 2025-07-01)"
    units: dict[tuple, Unit] = {}
    for r in rows:
        if (PROVINCE, r["provinceCode"]) not in units:
            units[(PROVINCE, r["provinceCode"])] = Unit(
                r["provinceShort"], _split_type(r["province"])[0], PROVINCE, r["provinceCode"], r["provinceShort"],
                None, REORGANISED, None, src, province_code="new:" + r["provinceCode"])
        if (COMMUNE, r["wardCode"]) not in units:
            units[(COMMUNE, r["wardCode"])] = Unit(
                _short(r["wardShort"]), r["wardType"].lower(), COMMUNE, r["wardCode"], r["provinceShort"], None,
                REORGANISED, None, src, province_code="new:" + r["provinceCode"])
    return list(units.values())


def _changed_units() -> list[Unit]:
    return [
        Unit(r["name"], r["type"], r["level"], r["code"] or None, r["province"] or r["name"],
             r["district"] or None, r["valid_from"] or None, r["valid_to"] or None, r["source"])
        for r in read_rows("units_changed.csv")
    ]


def _build_units() -> tuple[Unit, ...]:
    """Every unit state known, each with its validity period."""
    current_rows = _package_rows("admin_units")
    earlier = _changed_units()
    ended: dict[tuple[str, str], str] = {}
    for u in earlier:
        if u.code and u.valid_to:
            k = (u.level, u.code)
            ended[k] = max(ended.get(k, u.valid_to), u.valid_to)
    legacy = [
        replace(u, valid_from=_day_after(ended[(u.level, u.code)])) if u.code and (u.level, u.code) in ended else u
        for u in _legacy_units(current_rows)
    ]
    # An earlier state names its province as it was then; its code is the legacy province's.
    codes = {key(u.name): u.code for u in earlier + legacy if u.level == PROVINCE and u.code}
    earlier = [replace(u, province_code=codes.get(key(u.province))) for u in earlier]
    current = _current_units(current_rows)
    return tuple(earlier + _province_successors(legacy, current) + current)


def _province_successors(legacy: list[Unit], current: list[Unit]) -> list[Unit]:
    """A 63-province state's successor: the one new province all its communes went to (Quảng Bình →
    Quảng Trị), so that ``tỉnh Quảng Bình (cũ)`` links to the province of the same code it became part
    of; a province split between two new ones (none was) would keep none."""
    new_province = _commune_provinces(current)
    went: dict[str, set[str]] = defaultdict(set)
    for u in legacy:
        if u.level == COMMUNE and u.successor and u.province_code and u.successor in new_province:
            went[u.province_code].add(new_province[u.successor] or "")
    codes = {u.province_code: u.code for u in current if u.level == PROVINCE}
    return [replace(u, successor=codes.get(next(iter(went[u.province_code]))))
            if u.level == PROVINCE and u.province_code and len(went.get(u.province_code, ())) == 1 else u
            for u in legacy]


def _commune_provinces(states: Iterable[Unit]) -> dict[str, str]:
    """A commune's code → its province's identity (``new:44`` for a 2025 commune)."""
    return {u.code: u.province_code for u in states if u.level == COMMUNE and u.code and u.province_code}


@lru_cache(maxsize=1)
def _successor_provinces() -> dict[str, str]:
    """A 2025 commune's code → its province's identity (``new:44``)."""
    return _commune_provinces(u for u in units() if u.valid_from == REORGANISED)


def successor_province(unit: Unit) -> str | None:
    """The identity of the province a unit gone in 2025 became part of: its successor's, or its own
    successor's for a province (``new:`` + code). A district has none, as the level ended then
    (``thành phố Quảng Ngãi``): it went where its province did."""
    if not unit.successor:
        if unit.level == DISTRICT and unit.valid_to == _day_before(REORGANISED):
            province = next((p for p in provinces_by_code().get(unit.province_code or "", ()) if p.successor), None)
            return successor_province(province) if province else None
        return None
    if unit.level == PROVINCE:
        return "new:" + unit.successor
    return _successor_provinces().get(unit.successor)


# A name from a highland language breaks Vietnamese spelling (``Kon``, ``Krông``, ``Plei``, ``Jơ``, a
# final ``k``), and writers spell such names several ways: joined (``Kontum``, ``Đắklắk``), ``Đắk`` as
# ``Đăk``/``Đak``/``Đắc``, a final ``k`` as ``c`` (``Đắc Lắc``), see ``_spellings``.
_HIGHLAND = re.compile(r"(?:^|\s)(?:k[aăâoôơuư]|[bcdđghkmnpsvl]r|[bcgkp]l)|[fjwz']|k(?=\s|$)")
_DAK = ("đắk", "đăk", "đak", "đắc")
_DASHES = (" - ", " – ", "-", "–", " ")  # ``Bà Rịa - Vũng Tàu``, ``Bà Rịa–Vũng Tàu``, ``Bà Rịa Vũng Tàu``
_MAX_SPELLINGS = 32


def _spellings(word: str) -> tuple[str, ...]:
    """A highland name's word as writers spell it: ``Đắk`` four ways, a final ``k`` or ``c`` either
    way (``Krông Pắc``/``Pắk``), an apostrophe straight, curly or left out (``M'gar``/``M’gar``/``Mgar``)."""
    if word in _DAK:
        return _DAK
    forms = {word}
    if len(word) > 1 and word[-1] in "kc" and not word.endswith("ch"):
        forms = {stem + end for stem in {word[:-1], word[:-1].replace("ắ", "ă")} for end in "kc"}
    if "'" in word:
        forms |= {f.replace("'", mark) for f in forms for mark in ("’", "")}
    return tuple(sorted(forms))


def name_variants(name: str) -> set[str]:
    """Matching keys of a name: its key, the ``qui``/``quy`` spellings both in use, a dashed
    name's other dashes, and a highland name's other spellings."""
    k = key(name)
    out = {k}
    words = k.split(" ")
    for i, w in enumerate(words):
        for a, b in (("quy", "qui"), ("qui", "quy")):
            if w.startswith(a):
                out.add(" ".join(words[:i] + [b + w[len(a):]] + words[i + 1:]))
    if " - " in k:
        out.update(k.replace(" - ", dash) for dash in _DASHES)
    elif len(words) > 1 and _HIGHLAND.search(k):  # (a one-word name's other spellings are words: ``Lắc``)
        spelled = {" ".join(p) for p in islice(product(*map(_spellings, words)), _MAX_SPELLINGS)}
        out |= spelled | {s.replace(" ", "") for s in spelled}
    return out


def _build_index() -> tuple[tuple[Unit, ...], dict[str, tuple[Unit, ...]]]:
    every = _build_units()
    index: dict[str, list[Unit]] = defaultdict(list)
    for u in every:
        for k in name_variants(u.name):
            index[k].append(u)
    return every, {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def _index() -> tuple[tuple[Unit, ...], dict[str, tuple[Unit, ...]]]:
    """Units and their name index, built once per machine (``build_cache``) rather than once per process."""
    import pipeline.normalize

    sources = [_package_data("dataset.db"), _package_data("converter_2025.json"), HERE / "units_changed.csv",
               Path(__file__), Path(pipeline.normalize.__file__)]
    return build_cache.cached("admin_units", sources, _build_index)


def units() -> tuple[Unit, ...]:
    """Every unit state known, each with its validity period."""
    return _index()[0]


def by_name() -> dict[str, tuple[Unit, ...]]:
    """Matching key of a name → every unit state that bore it."""
    return _index()[1]


@lru_cache(maxsize=1)
def by_compact_name() -> dict[str, tuple[str, ...]]:
    """A name's key without its spaces → the keys that spell it so: names from the languages of the
    highlands are written joined or apart (``Đakrông`` / ``Đa Krông``, ``Kontum`` / ``Kon Tum``)."""
    index: dict[str, list[str]] = defaultdict(list)
    for name_key in by_name():
        if " " in name_key:
            index[name_key.replace(" ", "")].append(name_key)
    return {compact: tuple(keys) for compact, keys in index.items()}


@lru_cache(maxsize=1)
def provinces_by_code() -> dict[str, tuple[Unit, ...]]:
    """``province_code`` → its coded province states, in ``by_name`` order (a name index
    entry per spelling, so a state may repeat): a document's home province without a scan."""
    index: dict[str, list[Unit]] = defaultdict(list)
    for found in by_name().values():
        for u in found:
            if u.level == PROVINCE and u.code and u.province_code:
                index[u.province_code].append(u)
    return {k: tuple(v) for k, v in index.items()}


def province_of(name: str, day: str | None = None) -> Unit | None:
    """The province (or centrally run city) called ``name`` on ``day``."""
    for u in by_name().get(key(name), ()):
        if u.level == PROVINCE and u.valid_on(day):
            return u
    return None
