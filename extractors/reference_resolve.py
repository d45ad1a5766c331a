"""Corpus-level resolution: which mentions are the same document.

A symbol is not an identity. Party numbers restart with every term and state
numbers with every year, so mentions of one symbol are one document only while
their years and terms agree; a local code (``TU``, ``HU``, ``UBND`` …) names a
different committee in every province, so its documents are also told apart by
the issuing committee (``reference_scope``): the one written with the mention,
else the citing report's own committee or province, else — and the evidence says
so — the citing report and the level of the body. Within one
document a differing day of the same year is a conflict to flag, not a second
document. Values a mention does not write are filled from the others or the
registry and marked as filled; the written values stay as written.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pandas as pd
import regex

from extractors import org_match
from extractors import reference_patterns as P
from extractors.number_parse import parse_number_words
from extractors.reference_find import TITLE_YEAR
from extractors.reference_scope import Home, committee, level_word, named_for_the_report, place_of
from extractors.reference_tables import citation_rows, directive_rows
from gazetteers.admin_units import unit_types
from gazetteers.refdata import CentralDocument, central_documents, issuer_for_body, issuer_for_code, norm
from pipeline.normalize import key
from pipeline.write import frame

_NOISE = regex.compile(r"^(?:việc\s+)?(?:phê duyệt|ban hành)\s+")
_SPACES = regex.compile(r"\s+")
def _trailing_year(folded: str) -> regex.Match[str] | None:
    """The year that ends a title (``luật đầu tư công năm 2024``, ``luật thủy lợi 2017``), if one does."""
    return next((m for m in TITLE_YEAR.finditer(folded) if m.end() == len(folded)), None)


_PARTY_FULL_NAME = regex.compile(r"(?<=(?<!\w)đảng) cộng sản việt nam$")
_CONGRESS_WORDS = regex.compile(r"(?<!\w)(?:đại biểu|toàn quốc|lần thứ)(?!\w)| của đảng$")


_PLENUM_KEY = regex.compile(r"nghị quyết (?:hội nghị )?(?:trung ương |lần thứ )(?P<n>\w+)(?: (?:của )?ban chấp hành trung ương"
                            r"(?: đảng)?)?(?: khóa (?P<t>[ivxlc]+))?$")


_QUOTE_MARKS = str.maketrans("", "", "“”\"‘’«»")


def _title_key(name: str) -> str:
    """A title's comparison key with its quotation marks dropped: ``Đề án “Hỗ trợ phụ nữ khởi nghiệp …”``
    and ``Đề án Hỗ trợ phụ nữ khởi nghiệp …`` name one document, quoted or not."""
    return key(name.translate(_QUOTE_MARKS))


def _name_key(name: str, date: str | None) -> str:
    """The canonical key of a document cited by name: ``luật ngân sách nhà nước@2015`` for
    ``Luật Ngân sách nhà nước năm 2015``, ``… 2015`` and ``… ngày 25 tháng 6 năm 2015``: a titled
    type's title recurs over the years, its year tells them apart."""
    folded = _PARTY_FULL_NAME.sub("", _title_key(name))  # ``Điều lệ Đảng Cộng sản Việt Nam`` is ``Điều lệ Đảng``
    if folded.startswith("nghị quyết đại hội "):
        # ``… Đại hội đại biểu toàn quốc lần thứ XIII của Đảng``, ``… Đại hội XIII của Đảng``: one congress, however written
        folded = " ".join(_CONGRESS_WORDS.sub(" ", folded).split())
    elif (plenum := _PLENUM_KEY.match(folded)) is not None:
        # ``Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII`` is ``Nghị quyết Trung ương 5 khóa XIII``
        n = plenum["n"] if plenum["n"].isdigit() else parse_number_words(plenum["n"])
        if n is not None:
            folded = f"nghị quyết trung ương {int(n)}" + (f" khóa {plenum['t']}" if plenum["t"] else "")
    if not P.titled_type().match(folded):
        return folded
    year = _trailing_year(folded)
    if year is not None:
        return f"{folded[:year.start()]}@{year.group('year')}"
    return f"{folded}@{date[:4]}" if date else folded


# A level word no unit's name follows: ``Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII`` is one
# province's, whichever report cites it (``… Đảng bộ tỉnh Nghệ An lần thứ XIX`` names its province).
# (in capitals, a congress's ``LẦN THỨ``, ``KHÓA``, ``NHIỆM KỲ`` after the level word name no unit either)
_LOCAL_NAME_END = regex.compile(rf"(?<!\w)(?i:{unit_types()})(?:[ \t]+(?i:ủy|uỷ))?(?!\w)"
                                r"(?![ \t]+(?!(?i:lần|khóa|khoá|nhiệm)(?!\w))\p{Lu})")


@dataclass
class Cluster:
    """One canonical document and what its mentions and the registry say of it."""

    canonical_id: str
    symbol: str | None
    scope: str | None = None
    registry: CentralDocument | None = None
    level: str | None = None
    rows: list[int] = field(default_factory=list)
    years: set[int] = field(default_factory=set)
    terms: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    best_date: str | None = None  # the registry's, else the date most mentions write (``_fill``)

    def accepts(self, year: int | None, term: str | None) -> bool:
        return (year is None or not self.years or year in self.years) and (term is None or not self.terms or term in self.terms)

    def take(self, i: int, year: int | None, term: str | None, doc_id: str | None = None) -> None:
        self.rows.append(i)
        if doc_id is not None:
            self.docs.add(doc_id)
        if year is not None:
            self.years.add(year)
        if term is not None:
            self.terms.add(term)


class Clusters(dict[str, Cluster]):
    """Canonical documents by id, indexed by symbol so resolution stays linear in the mentions."""

    def __init__(self) -> None:
        super().__init__()
        self.by_symbol: dict[str, list[Cluster]] = {}

    def put(self, c: Cluster) -> Cluster:
        self[c.canonical_id] = c
        if c.symbol:
            self.by_symbol.setdefault(c.symbol, []).append(c)
        return c

    def of(self, symbol: str) -> list[Cluster]:
        return self.by_symbol.get(symbol, [])


@lru_cache(maxsize=None)
def _registry_by_symbol() -> dict[str, tuple[CentralDocument, ...]]:
    out: dict[str, list[CentralDocument]] = {}
    for d in central_documents():
        if d.symbol:
            out.setdefault(_symbol_key(d.symbol), []).append(d)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def _registry_by_name() -> dict[str, tuple[CentralDocument, ...]]:
    out: dict[str, list[CentralDocument]] = {}
    for d in central_documents():
        for n in d.names:
            out.setdefault(_title_key(n), []).append(d)
    return {k: tuple(v) for k, v in out.items()}


def _value(v: Any) -> Any:
    if v is None or v is pd.NA:
        return None
    try:
        return None if pd.isna(v) else v
    except (TypeError, ValueError):
        return v


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as plain dicts, missing values as None; column-wise, since per-row (and per-value)
    pandas access dominates on large corpora."""
    columns = {c: df[c].astype(object).where(df[c].notna(), None).tolist() for c in df.columns}
    return [dict(zip(columns, values)) for values in zip(*columns.values())]


def _year(date: Any) -> int | None:
    d = _value(date)
    return int(str(d)[:4]) if d and str(d)[:4].isdigit() else None


# a body that names the centre (``Trung ương Hội CCB Việt Nam``, ``Ban Thường vụ Trung ương Hội``, ``Ủy ban Trung ương
# MTTQ Việt Nam``) issues under a local code (``145/HD-CCB``) a document that is one for every report
_CENTRE = regex.compile(r"(?<!\w)trung ương(?!\w)")


def _local(issuer_code: Any) -> bool:
    """Whether a code's documents are numbered apart in every province (``UBND``, ``TU``), so that its
    identity needs the committee. A code no list holds is a local office's (``4187/STC-NS``, a
    provincial department's letter): every central body's is listed, and two provinces' ``Sở Tài
    chính`` letters of one number and year were one document."""
    code = _value(issuer_code)
    if not code:
        return False
    issuer, _ = issuer_for_code(str(code))
    return issuer is None or issuer.local


def _numbered_apart(row: dict[str, Any]) -> bool:
    """``_local`` for one mention: a code no list holds that a central body signs (``Công văn số 4785/LĐTBXH-VPQGGN …
    của Bộ Lao động - Thương binh và Xã hội``, a ministry's letter signed by its office's code, which a district's
    office may sign as well: ``312/BC-LĐTBXH``) is numbered once for the country, as the body's level says."""
    if not _local(row.get("issuer_code")) or issuer_for_code(str(_value(row.get("issuer_code"))))[0] is not None:
        return _local(row.get("issuer_code"))
    signer = issuer_for_body(body) if (body := _value(row.get("issuing_body"))) else None
    return not (row.get("issuing_body_level") == "central" or signer is not None and signer.level == "central")


def resolve_frames(frames: dict[str, pd.DataFrame]) -> None:
    refs = frames.get("references")
    if refs is None or refs.empty:
        frames["directives"] = frame("directives", [])
        frames["citations"] = frame("citations", [])
        return
    refs = refs.reset_index(drop=True)
    rows = _records(refs)
    blocks = _block_texts(frames.get("blocks"))
    doc_dates = _doc_dates(frames.get("documents"))
    homes = _homes(frames.get("documents"), frames.get("entities"), rows)
    clusters = Clusters()
    assign: dict[int, Cluster] = {}
    _numbered(rows, clusters, assign, homes)
    _short_and_named(rows, blocks, doc_dates, clusters, assign, homes)
    for i, c in assign.items():
        rows[i]["canonical_id"] = c.canonical_id
    _drop_bodies_told_otherwise(rows, clusters, _bodies_of_list(rows, blocks))
    _fill(rows, clusters)
    for col in ("symbol", "type_code", "inferred", "canonical_id", "resolves_to", "evidence", "date_conflict", "date_resolved",
                "issuing_body", "issuing_body_canonical", "issuing_body_level", "issuing_body_resolved", "filled"):
        refs[col] = pd.array([r.get(col) for r in rows], dtype=refs[col].dtype if col in refs else object)
    frames["references"] = refs
    frames["directives"] = frame("directives", directive_rows(rows, clusters, doc_dates, _doc_titles(frames.get("documents")),
                                                              _doc_contents(frames.get("documents"))))
    frames["citations"] = frame("citations", citation_rows(rows, blocks, note_anchors(frames.get("footnotes"))))


def note_anchors(notes: pd.DataFrame | None) -> dict[tuple[str, int], tuple[int, int]]:
    """Each note's block → the block and offset of its marker, where the loader placed it surely."""
    if notes is None or notes.empty:
        return {}
    out: dict[tuple[str, int], tuple[int, int]] = {}
    for r in notes.to_dict("records"):
        if _value(r.get("anchor_block_id")) is not None and _value(r.get("anchor_char")) is not None and bool(_value(r.get("anchor_reliable"))):
            out[(r["doc_id"], int(r["block_id"]))] = (int(r["anchor_block_id"]), int(r["anchor_char"]))
    return out


def _block_texts(blocks: pd.DataFrame | None) -> dict[tuple[str, int], str]:
    if blocks is None or blocks.empty:
        return {}
    return {(d, int(b)): t for d, b, t in zip(blocks["doc_id"].tolist(), blocks["block_id"].tolist(), blocks["text"].tolist())}


def _doc_dates(docs: pd.DataFrame | None) -> dict[str, str | None]:
    if docs is None or docs.empty:
        return {}
    out: dict[str, str | None] = {}
    for r in docs.to_dict("records"):
        d = _value(r.get("issued_date")) or _value(r.get("published"))
        out[r["doc_id"]] = str(d)[:10] if d else None
    return out


def _doc_contents(docs: pd.DataFrame | None) -> dict[str, str]:
    """Each document's bytes' hash: two files of one content (a copy under another name) are one citing report."""
    if docs is None or docs.empty or "sha256" not in docs:
        return {}
    return {r["doc_id"]: r["sha256"] for r in docs[["doc_id", "sha256"]].to_dict("records") if _value(r["sha256"])}


def _doc_titles(docs: pd.DataFrame | None) -> dict[str, str]:
    """The corpus documents' own titles; not a web page's (a news item about a report has its own headline)."""
    if docs is None or docs.empty or "title" not in docs:
        return {}
    published = docs["published"].tolist() if "published" in docs else [None] * len(docs)
    return {d: str(t) for d, t, p in zip(docs["doc_id"].tolist(), docs["title"].tolist(), published)
            if _value(t) and not _value(p)}


def _homes(docs: pd.DataFrame | None, entities: pd.DataFrame | None, rows: list[dict[str, Any]]) -> dict[str, Home]:
    """Each citing report's own committee and province, the code of its own symbol, and its place-date seat."""
    if docs is None or docs.empty:
        return {}
    own_code = {r["doc_id"]: str(r["issuer_code"]) for r in rows if r.get("is_self") and r.get("issuer_code")}
    seats: dict[str, dict[str, Any]] = {}
    districts: dict[str, set[str]] = {}
    if entities is not None and not entities.empty and "how" in entities:
        for e in entities[entities["how"] == "place_date"].to_dict("records"):
            seats.setdefault(e["doc_id"], {k: _value(v) for k, v in e.items()})
        named = entities[(entities["category"] == "organization") & (entities["level"] == "district")]
        for doc_id, name in zip(named["doc_id"].tolist(), named["name"].tolist()):
            if (place := place_of(_value(name))) is not None:
                districts.setdefault(doc_id, set()).add(place)
    return {d["doc_id"]: Home.of({k: _value(v) for k, v in d.items()}, own_code.get(d["doc_id"]), seats.get(d["doc_id"]),
                                 districts.get(d["doc_id"]))
            for d in docs.to_dict("records")}


def _registry_clusters(clusters: Clusters, symbol: str) -> list[Cluster]:
    found = [c for c in clusters.of(symbol) if c.registry is not None]
    if found:
        return found
    for d in _registry_by_symbol().get(symbol, ()):
        c = Cluster(d.doc_id, symbol, registry=d)
        if d.date:
            c.years.add(int(d.date[:4]))
        if d.term:
            c.terms.add(d.term)
        found.append(clusters.put(c))
    return found


def _symbol_key(symbol: str) -> str:
    return norm(_SPACES.sub("", symbol))


def _numbered(rows: list[dict[str, Any]], clusters: Clusters, assign: dict[int, Cluster], homes: dict[str, Home]) -> None:
    """Symbol mentions: local codes by committee, central ones by year and term (registry first)."""
    bare: list[int] = []
    unnamed: list[int] = []  # local mentions whose committee is not written: after those that name theirs
    for i, r in enumerate(rows):
        if not r.get("symbol"):
            continue
        sym = _symbol_key(r["symbol"])
        year, term = _year(r.get("date")), r.get("term")
        if year is None and term is None and not (_numbered_apart(r) and r.get("issuing_body")):
            bare.append(i)
            continue
        if _numbered_apart(r) and place_of(r.get("issuing_body")) is None:
            unnamed.append(i)
            continue
        assign[i] = _cluster_for(rows, i, sym, year, term, clusters, homes)
    for i in unnamed:
        r = rows[i]
        assign[i] = _cluster_for(rows, i, _symbol_key(r["symbol"]), _year(r.get("date")), r.get("term"), clusters, homes)
    for i in bare:
        r = rows[i]
        sym = _symbol_key(r["symbol"])
        same_doc = [c for c in clusters.of(sym) if r["doc_id"] in c.docs]
        if len(same_doc) == 1:
            if same_doc[0].scope is not None:
                r["evidence"] = "; ".join(filter(None, [r.get("evidence"), f"committee: as {same_doc[0].canonical_id} in the same report"]))
            assign[i] = same_doc[0]
            assign[i].take(i, None, None, r["doc_id"])
            continue
        assign[i] = _cluster_for(rows, i, sym, None, None, clusters, homes)


def _cluster_for(rows: list[dict[str, Any]], i: int, sym: str, year: int | None, term: str | None, clusters: Clusters,
                 homes: dict[str, Home]) -> Cluster:
    r = rows[i]
    if _numbered_apart(r) and not _CENTRE.search(norm(r.get("issuing_body") or "")):
        who, level, why = committee(r, homes.get(r["doc_id"]))
        named = _named_same_day(rows, i, sym, level, clusters)
        if named is not None:
            r["evidence"] = "; ".join(filter(None, [r.get("evidence"), f"committee: as {named.canonical_id} of the same "
                                                                          "date in the same report"]))
            named.take(i, year, term, r["doc_id"])
            return named
        if who is None:
            same_doc = [c for c in clusters.of(sym) if r["doc_id"] in c.docs
                        and (level is None or c.level in (None, level)) and c.accepts(year, term)]
            if len(same_doc) == 1:
                r["evidence"] = "; ".join(filter(None, [r.get("evidence"), f"committee: as {same_doc[0].canonical_id} in the same report"]))
                same_doc[0].take(i, year, term, r["doc_id"])
                return same_doc[0]
            why = "committee unknown: scoped to the citing report"
        r["evidence"] = "; ".join(filter(None, [r.get("evidence"), why]))
        scope = who.scope if who is not None else f"{r['doc_id']}:{level or '?'}"
        cid = f"{r['symbol']}@{scope}"
        c = clusters.get(cid) or clusters.put(Cluster(cid, sym, scope=scope, level=level))
        c.take(i, year, term, r["doc_id"])
        return c
    options = [c for c in _registry_clusters(clusters, sym) if c.accepts(year, term)]
    options += [c for c in clusters.of(sym) if c.registry is None and c.scope is None and c.accepts(year, term)]
    if options:
        options[0].take(i, year, term, r["doc_id"])
        return options[0]
    cid = r["symbol"] + (f"@{year}" if year else f"@{term}" if term else "")
    while cid in clusters:
        cid += "'"
    c = clusters.put(Cluster(cid, sym))
    c.take(i, year, term, r["doc_id"])
    return c


def _named_same_day(rows: list[dict[str, Any]], i: int, sym: str, level: str | None, clusters: Clusters) -> Cluster | None:
    """The one document of ``sym`` that the report cites with its committee's place written and on the same day as
    mention ``i``, which writes no place: ``Kế hoạch số 38/KH-UBND ngày 15/01/2025 của UBND tỉnh Phú Thọ`` and then
    ``Kế hoạch số 38/KH-UBND ngày 15/01/2025 thay thế …`` (or its footnote) are one plan, not one of the report's own
    committee, whose code it shares."""
    r = rows[i]
    if r.get("is_self") or not r.get("date") or place_of(r.get("issuing_body")) is not None:
        return None
    found = {c.canonical_id: c for c in clusters.of(sym) if r["doc_id"] in c.docs and (level is None or c.level in (None, level))
             and any(rows[j]["doc_id"] == r["doc_id"] and rows[j].get("date") == r["date"]
                     and place_of(rows[j].get("issuing_body")) is not None for j in c.rows)}
    return next(iter(found.values())) if len(found) == 1 else None


def _short_and_named(rows: list[dict[str, Any]], blocks: dict[tuple[str, int], str], doc_dates: dict[str, str | None],
                     clusters: Clusters, assign: dict[int, Cluster], homes: dict[str, Home]) -> None:
    """Names and bare short forms: registry titles, subjects of numbered mentions, corpus numbers."""
    index = _Index(rows, assign)
    for i, r in enumerate(rows):
        if r.get("symbol") or i in assign:
            continue
        name = r.get("name") or r.get("text") or ""
        target: Cluster | None = None
        if r.get("type_code") and r.get("number"):
            target = _resolve_short(rows, i, blocks, index, homes.get(r["doc_id"]))
        if target is None:
            target = _resolve_name(rows, i, name, index, doc_dates, clusters, assign)
        if target is None:
            name, scope = _unit_named(name, homes.get(r["doc_id"]))
            name = _own_congress(name, homes.get(r["doc_id"]))
            scope = scope or _name_scope(r, name, homes.get(r["doc_id"]))
            cid = f"name:{_name_key(name, r.get('date'))}" + (f"@{scope}" if scope else "")
            target = clusters.get(cid) or clusters.put(Cluster(cid, None, scope=scope))
        target.rows.append(i)
        assign[i] = target
    _undated_titles(rows, clusters, assign)


def _undated_titles(rows: list[dict[str, Any]], clusters: Clusters, assign: dict[int, Cluster]) -> None:
    """A titled document named without its year is the one its report names with a year, when that is one:
    ``Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022`` and then ``… một số điều của Luật Thi đua, khen thưởng``
    (two canonical documents, one of them with no year)."""
    dated: dict[tuple[str, str], dict[str, str | None]] = {}  # (report, title) -> {canonical id: year}
    undated: list[tuple[int, str]] = []
    for i, r in enumerate(rows):
        if r.get("symbol") or not r.get("name") or i not in assign or not P.titled_type().match(k := key(r["name"])):
            continue
        year = _trailing_year(k)
        if year is not None or r.get("date") or assign[i].registry is not None:
            registry = assign[i].registry
            when = year.group("year") if year else (r.get("date") or (registry.date if registry else None) or "")[:4]
            dated.setdefault((r["doc_id"], k[:year.start()] if year else k), {})[assign[i].canonical_id] = when or None
        elif assign[i].canonical_id.startswith("name:"):
            undated.append((i, k))
    for i, k in undated:
        ids = dated.get((rows[i]["doc_id"], k), {})
        host = _host_year(rows, i)  # (``Nghị định 40/2020/NĐ-CP … thi hành Luật Đầu tư công``: the law before it)
        if len(ids) != 1 or host and (next(iter(ids.values())) or "0") > host:
            continue
        target, left = clusters[next(iter(ids))], assign[i]
        left.rows.remove(i)
        if not left.rows:
            del clusters[left.canonical_id]
        target.rows.append(i)
        assign[i] = target
        rows[i]["evidence"] = "; ".join(filter(None, [rows[i].get("evidence"), "named with its year in this report"]))


# ``Nghị quyết Đại hội đại biểu Phụ nữ tỉnh Nghệ An lần thứ XVIII``: a unit named in a congress's name, before its
# number or term
_UNIT_IN_NAME = regex.compile(rf"(?<!\w)((?i:{unit_types()}))[ \t]+(\p{{Lu}}[\p{{Ll}}\p{{M}}]*(?:[ \t]\p{{Lu}}[\p{{Ll}}\p{{M}}]*){{0,3}})"
                              r"(?=[ \t,]+(?i:lần|khóa|khoá|nhiệm)(?!\w))")


def _unit_named(name: str, home: Home | None) -> tuple[str, str | None]:
    """A name without the unit it names, and that unit's committee as its scope: ``… Phụ nữ tỉnh Nghệ An lần thứ XVIII``
    and ``… Phụ nữ tỉnh lần thứ XVIII`` in a report of Nghệ An are one document (they were two)."""
    m = _UNIT_IN_NAME.search(name)
    if m is None:
        return name, None
    found, _, _ = committee({"issuing_body": f"{m[1]} {m[2]}"}, home)
    if found is None:
        return name, None
    return name[:m.end(1)] + name[m.end():], found.scope


# ``Nghị quyết Đại hội XX``, ``… Đại hội Đảng bộ lần thứ XX``, ``… Đại hội Đảng bộ nhiệm kỳ 2020 - 2025``: a congress's
# resolution named by its number or term alone (folded)
_BARE_CONGRESS = regex.compile(r"nghị quyết đại hội(?: đại biểu)?(?: đảng bộ)?(?P<n>,? (?:(?:lần thứ )?(?:[ivxlc]+|\d{1,2})"
                               r"|nhiệm kỳ .+))$")


def _own_congress(name: str, home: Home | None) -> str:
    """A local congress's resolution named by its number or term alone (``_local_congress``, or a ``Đảng bộ`` of no
    level), in a report of a Party committee: the resolution of the report's own unit's Party congress, named as in
    full (``Nghị quyết Đại hội XX`` in a commune's report is its ``Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XX``,
    one document; they were two)."""
    k = key(name)
    bare = _BARE_CONGRESS.match(k)
    if bare is None or home is None or home.own is None or home.own.kind is None or not (
            _OWN_PARTY_BODY.search(k) or _local_congress(k)):
        return name
    if not _party_committee(home.own_body or ""):
        return name  # (a union's report: its own congress, numbered as the union's, is no Party congress)
    return f"nghị quyết đại hội đảng bộ {home.own.kind}{bare['n']}"


def _party_committee(body: str) -> bool:
    """Whether ``body`` is a unit's own Party organisation or one of its boards (``ĐẢNG ỦY XÃ QUỲNH LÂM``, ``ĐẢNG BỘ
    XÃ NGHĨA HÀNH``, ``BAN TUYÊN GIÁO HUYỆN ỦY``), not an agency's (``ĐẢNG ỦY CÔNG AN TỈNH``: its congress is the
    police's) nor another organisation (``HỘI LHPN XÃ``)."""
    found = org_match.bodies(body)
    return bool(found) and all(p.kind in ("party", "committee") for p in found[0].parts)


_OWN_PARTY_BODY = regex.compile(r"(?<!\w)(?:đảng bộ|chi bộ)(?!\w)")
# A congress numbered past the Party's own (its fourteenth, 2026): a local organisation's (``Nghị quyết Đại hội lần thứ
# XXV`` in a Huyện ủy's report was the Party's, one id with every district's twenty-fifth)
_CONGRESS_NUMBER = regex.compile(r"^nghị quyết đại hội (?:đại biểu )?(?:lần thứ )?(?P<n>[ivxlc]+|\d{1,2})(?!\w)")
_NATIONAL_CONGRESSES = 14
_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _local_congress(folded: str) -> bool:
    """Whether ``folded`` (a name's key) is a congress resolution numbered past the national congresses."""
    m = _CONGRESS_NUMBER.match(folded)
    if m is None:
        return False
    n = m["n"]
    if n.isdigit():
        return int(n) > _NATIONAL_CONGRESSES
    values = [_ROMAN_DIGITS[c] for c in n]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total > _NATIONAL_CONGRESSES
# what only the National Assembly and its Standing Committee pass: one document wherever it is cited
_NATIONAL_TYPES = frozenset({"Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"})


def _name_scope(r: dict[str, Any], name: str, home: Home | None) -> str | None:
    """Whose a document cited by name alone is: nobody's in particular (None) for a name no unit
    could share; for a level with no unit's name after it (``Nghị quyết Đại hội Đảng bộ huyện lần thứ
    XXVIII``), the citing report's own committee of that level, so that two reports of one district
    (or a report and its copy) cite one document; else, and for a plan or programme named without its
    body, the citing report alone."""
    if r.get("type") in _NATIONAL_TYPES:
        return None  # (``Luật Bảo hiểm xã hội``, ``Luật Hợp tác xã``: a law's ``xã`` is no commune's)
    level_at = _LOCAL_NAME_END.search(name)
    if level_at is None and (_OWN_PARTY_BODY.search(key(name)) or _local_congress(key(name))):
        # ``Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2020 - 2025``: a local Party organisation named by no level or unit is
        # the citing report's own
        if home is not None and home.own is not None:
            r["evidence"] = "; ".join(filter(None, [r.get("evidence"), f"committee: the report's own issuer ({home.own_body})"]))
            return home.own.scope
        return str(r["doc_id"])
    if level_at is None and r.get("type") not in ("Kế hoạch", "Chương trình", "Quy chế", "Đề án"):
        return None
    if level_at is not None and home is not None:
        written, level = level_at.group(), level_word(level_at.group())
        found = home.at(level, written) if level else None
        if found is None and level in ("district", "commune"):
            found = home.seated(written)
        # (``Nghị quyết Đại hội Đảng bộ huyện lần thứ XXXI`` in a commune's report: the district its entities row names)
        found = found or named_for_the_report(r, level, home)
        if found is not None:
            r["evidence"] = "; ".join(filter(None, [r.get("evidence"), found[1]]))
            return found[0].scope
    return str(r["doc_id"])


class _Index:
    """Numbered mentions looked up by type and number, by written title, and by subject per document."""

    def __init__(self, rows: list[dict[str, Any]], assign: dict[int, Cluster]) -> None:
        self.by_number: dict[tuple[str, str], dict[str, Cluster]] = {}
        self.by_title: dict[str, list[int]] = {}
        self.subjects: dict[str, list[tuple[str, int]]] = {}
        for j, c in assign.items():
            o = rows[j]
            if o.get("type_code") and o.get("number"):
                # by the code and by the type word: the Party writes its Quy định ``QĐ`` since 2021, so
                # ``Quy định 24`` (QĐi) names ``Quy định số 24-QĐ/TW``
                for k in {str(o["type_code"]), str(o.get("type") or o["type_code"])}:
                    self.by_number.setdefault((k, str(o["number"])), {}).setdefault(c.canonical_id, c)
            if o.get("name"):
                self.by_title.setdefault(_title_key(o["name"]), []).append(j)
            if o.get("subject"):
                self.subjects.setdefault(o["doc_id"], []).append((_title_key(_NOISE.sub("", key(o["subject"]))), j))
        self._words: dict[str, tuple[int, set[str]]] = {}

    def subject_words(self, rows: list[dict[str, Any]], c: Cluster) -> set[str]:
        """Words of a cluster's subjects, kept up to date as mentions join it.

        Computed once per cluster and extended with new rows only: resolving a
        short form must not re-read every mention of its candidate, or a corpus
        of thousands of reports citing the same resolution turns quadratic.
        """
        seen, words = self._words.get(c.canonical_id, (0, set()))
        for j in c.rows[seen:]:
            words |= set(key(rows[j].get("subject") or "").split())
        self._words[c.canonical_id] = (len(c.rows), words)
        return words


def _resolve_short(rows: list[dict[str, Any]], i: int, blocks: dict[tuple[str, int], str], index: _Index,
                   home: Home | None = None) -> Cluster | None:
    """``Quyết định 217`` with no issuer: the corpus's documents with that type and number, chosen by context; a
    local committee's only in the citing report's province (``Quyết định 1415 của UBND tỉnh`` in a report of Lào Cai
    is no ``1415/QĐ-UBND@hà tĩnh``)."""
    r = rows[i]
    province = home.province.place if home is not None and home.province is not None else None
    cands = {cid: c for k in {str(r["type_code"]), str(r.get("type") or r["type_code"])}
             for cid, c in index.by_number.get((k, str(r["number"])), {}).items()
             if province is None or c.scope is None or c.scope.split("/", 1)[0] == province or r["doc_id"] in c.docs}
    if not cands:
        return None
    here = {cid: c for cid, c in cands.items() if r["doc_id"] in c.docs}
    cands = here or cands  # ``(Kết luận 12)`` after the full citation in the same report
    context = set(key(blocks.get((r["doc_id"], int(r["block_id"])), "")[max(0, int(r["char_start"]) - 160):int(r["char_start"])]).split())
    def overlap(c: Cluster) -> int:
        words = index.subject_words(rows, c)
        if c.registry is not None:
            words = words | set(key(c.registry.title).split())
        return len(words & context)
    scores = {cid: overlap(c) for cid, c in cands.items()}
    ranked = sorted(cands.values(), key=lambda c: (-scores[c.canonical_id], c.canonical_id))
    if len(ranked) > 1 and scores[ranked[0].canonical_id] == scores[ranked[1].canonical_id]:
        return None
    best = ranked[0]
    r["resolves_to"] = best.symbol and rows[best.rows[0]]["symbol"]
    if here and r["resolves_to"]:
        # the report cites the document in full too (``Nghị quyết số 20-NQ/TW`` … ``Nghị quyết 20``): the
        # evidence is clear, and the short form takes the symbol, inferred, as one read from its context does
        r["symbol"], r["inferred"] = r["resolves_to"], True
        # (and its type's code, as the document writes it: ``Quy định 144`` is ``144-QĐ/TW``, not ``QĐi``)
        r["type_code"] = rows[best.rows[0]].get("type_code") or r.get("type_code")
    shared = sorted(index.subject_words(rows, best) & context)
    r["evidence"] = "; ".join(filter(None, [r.get("evidence"), f"corpus: {len(best.rows)} mention(s) of {r['resolves_to']}" + (f", context words {' '.join(shared[:8])}" if shared else "")]))
    return best


def _resolve_name(rows: list[dict[str, Any]], i: int, name: str, index: _Index, doc_dates: dict[str, str | None],
                  clusters: Clusters, assign: dict[int, Cluster]) -> Cluster | None:
    """A name: the registry's title, a law named with its number elsewhere, or the subject a decision approves."""
    r = rows[i]
    k = _title_key(name)
    registry = _registry_by_name().get(k, ())
    if not registry and r.get("date"):  # ``Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015``: the title of that year
        registry = _registry_by_name().get(f"{k} năm {r['date'][:4]}", ())
    if registry:
        when = doc_dates.get(r["doc_id"]) or "9999"
        in_force = [d for d in registry if (d.date or "0000") <= when] or registry
        d = max(in_force, key=lambda x: x.date or "")
        r["resolves_to"] = d.symbol
        r["evidence"] = "; ".join(filter(None, [r.get("evidence"), f"registry: {d.doc_id}"]))
        for c in _registry_clusters(clusters, _symbol_key(d.symbol)) if d.symbol else []:
            if c.registry is d:
                return c
    titled = _titled_of_year(rows, i, k, index)
    if titled:
        j = min(titled, key=lambda j: rows[j]["doc_id"] != r["doc_id"])
        r["resolves_to"] = rows[j]["symbol"]
        r["evidence"] = "; ".join(filter(None, [r.get("evidence"), f"named with its number at {rows[j]['mention_id']}"]))
        return assign[j]
    for subject, j in index.subjects.get(r["doc_id"], []):
        if len(k) > 12 and subject.startswith(k) and j in assign:  # what the reference approves or issues
            r["resolves_to"] = rows[j]["symbol"]
            r["evidence"] = "; ".join(filter(None, [r.get("evidence"), f"subject of {rows[j]['symbol']} ({rows[j]['mention_id']})"]))
            return assign[j]
    return None


def _year_of(row: dict[str, Any]) -> str | None:
    return str(row["year"]) if row.get("year") else (row.get("date") or "")[:4] or None


def _titled_of_year(rows: list[dict[str, Any]], i: int, k: str, index: _Index) -> list[int]:
    """Numbered mentions written with the title ``k`` names, of the year it gives: ``Luật Đầu tư công
    năm 2024`` is the 58/2024/QH15 cited with that title, as ``Luật Đầu tư công`` is. A title in the
    subject of a dated document is no law of a later year (``Nghị định 40/2020/NĐ-CP … thi hành
    Luật Đầu tư công`` cites the law of 2019, not the one of 2024 the report also cites)."""
    year = _trailing_year(k)
    titled = index.by_title.get(k[:year.start()] if year else k, [])
    if year is not None:
        return [j for j in titled if _year_of(rows[j]) == year.group("year")]
    host = _host_year(rows, i)
    return [j for j in titled if not host or (_year_of(rows[j]) or "0") <= host]


def _host_year(rows: list[dict[str, Any]], i: int) -> str | None:
    """The year of the dated reference whose subject names mention ``i`` (the one right before it
    in its block), if any."""
    r = rows[i]
    if i == 0:
        return None
    host = rows[i - 1]
    if host["doc_id"] != r["doc_id"] or host["block_id"] != r["block_id"] or not host.get("date"):
        return None
    return host["date"][:4] if key(r.get("name") or "") in key(host.get("subject") or "") else None


def _bodies_of_list(rows: list[dict[str, Any]], blocks: dict[tuple[str, int], str]) -> set[int]:
    """Mentions whose issuing body is written only after a later item of their list: ``Nghị quyết số 29-NQ/TW và
    Kết luận số 91-KL/TW của Bộ Chính trị`` names 91's body, which 29 took for want of its own (and ``A, B và C của X``
    each before C). Not where the type is written once (``các Nghị quyết số 18-NQ/TW, 19-NQ/TW … của Ban Chấp hành
    Trung ương``, ``Quyết định 217, 218 của Bộ Chính trị``): a number alone after it is of the same body."""
    in_block: dict[tuple[str, int], list[int]] = {}
    for i, r in enumerate(rows):
        if r.get("block_id") is not None:
            in_block.setdefault((r["doc_id"], r["block_id"]), []).append(i)
    listed: set[int] = set()
    for where, found in in_block.items():
        found.sort(key=lambda i: rows[i]["char_start"])
        text = blocks.get(where, "")
        for a, b in zip(reversed(found[:-1]), reversed(found[1:])):
            ra, rb = rows[a], rows[b]
            body = " ".join((ra.get("issuing_body") or "").split())
            if (body and body == " ".join((rb.get("issuing_body") or "").split()) and body not in " ".join(ra["text"].split())
                    and (b in listed or body in " ".join(rb["text"].split())) and not rb["text"][:1].isdigit()
                    and ra["char_end"] <= rb["char_start"] and P.LIST_GAP.fullmatch(text, ra["char_end"], rb["char_start"])):
                listed.add(a)
    return listed


def _body_name(body: str) -> str:
    """A body as the issuers list names it (``BCH TW`` and ``Ban Chấp hành Trung ương`` are ``Ban Chấp hành Trung
    ương Đảng``), else as written, folded."""
    issuer = issuer_for_body(body)
    return issuer.name if issuer is not None else norm(body)


def _drop_bodies_told_otherwise(rows: list[dict[str, Any]], clusters: Clusters, listed: set[int]) -> None:
    """A body a mention took from its list (``_bodies_of_list``) is none of its own where the document's other mentions
    or the registry name another: ``Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng``, then
    ``Nghị quyết số 29-NQ/TW và Kết luận số 91-KL/TW của Bộ Chính trị``: the second 29 is the Central Committee's
    (filled from the first), not the Politburo's. Where nothing else tells, the list's body stays."""
    for c in clusters.values():
        told = {_body_name(rows[i]["issuing_body"]) for i in c.rows if rows[i].get("issuing_body") and i not in listed}
        if c.registry is not None and c.registry.issuing_body:
            told.add(_body_name(c.registry.issuing_body))
        for i in c.rows:
            if i in listed and told and _body_name(rows[i]["issuing_body"]) not in told:
                rows[i]["issuing_body"] = rows[i]["issuing_body_canonical"] = rows[i]["issuing_body_level"] = None


def _fill(rows: list[dict[str, Any]], clusters: Clusters) -> None:
    """Best-known date and body per document; conflicting written dates flagged."""
    for c in clusters.values():
        written = Counter(rows[i]["date"] for i in c.rows if rows[i].get("date"))
        reg_date = c.registry.date if c.registry else None
        best_date = reg_date or (max(written.items(), key=lambda kv: (kv[1], -min(j for j in c.rows if rows[j].get("date") == kv[0])))[0] if written else None)
        bodies = Counter(" ".join(rows[i]["issuing_body"].split()) for i in c.rows if rows[i].get("issuing_body"))
        best_body = bodies.most_common(1)[0][0] if bodies else (c.registry.issuing_body if c.registry else None)
        majority = written.most_common(1)[0][0] if written else None
        c.best_date = best_date
        for i in c.rows:
            r = rows[i]
            filled = []
            conflict = bool(r.get("date")) and ((reg_date is not None and r["date"] != reg_date) or (reg_date is None and r["date"] != majority))
            r["date_conflict"] = conflict
            r["date_resolved"] = r.get("date") or best_date
            if not r.get("date") and best_date:
                filled.append("date:" + ("registry" if reg_date else "mention"))
            r["issuing_body_resolved"] = r.get("issuing_body") or best_body
            if not r.get("issuing_body") and best_body:
                filled.append("issuing_body:" + ("mention" if bodies else "registry"))
            r["filled"] = ",".join(filled) or None
