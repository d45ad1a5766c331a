"""The ``directives`` and ``citations`` tables, built from resolved mentions.

A directive row is what the corpus knows of one canonical document; a citation
is an edge from the report (or from a reference whose subject names another
document: ``Kế hoạch 35 … về thực hiện Nghị quyết 01``) to the cited document,
typed by the wording before the mention.
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, Mapping

import regex

from extractors.reference_context import same_clause
from extractors.reference_relations import ACT_ON, DONE_BY, note_act, note_done_by, reaches_anchor, relation_before
from pipeline.normalize import key

if TYPE_CHECKING:
    from extractors.reference_resolve import Cluster

# (a verb after a comma opens another task of a list, ``quán triệt Kết luận 114, thực hiện nghiêm Luật …``: both the text's)
# (and what it does to the next, said right after it: ``Nghị quyết số 15/2024/NQ-HĐND sửa đổi, bổ sung Nghị quyết số 03/…``)
_SUBJECT_CUE = regex.compile(r"\s{0,3}(?:,\s{0,3})?(?:về|để|nhằm)(?!\w)|\s{0,3}(?:tiếp tục\s)?(?:thực hiện|triển khai|sơ kết|tổng kết|"
                             r"thay thế|ban hành|hướng dẫn|quán triệt|sửa đổi|bổ sung)(?!\w)")
_LISTED = regex.compile(r"(?:,|\bvà|gắn với|cùng với|đồng thời)\s*$")  # ``A … và B``: both cited by the report
# ``Nghị định số 29/2023/NĐ-CP … (thay thế Nghị định 108 …)``: a bracket after a document says what it does
_BRACKET_ACT = regex.compile(r"\(\s?" + ACT_ON + r"\Z")
_LISTED_ONLY = regex.compile(r"\s*(?:,|;)?\s*(?:và|hoặc)?\s*")  # ``B và C``, ``B, C``: nothing but the list's marks


def directive_rows(rows: list[dict[str, Any]], clusters: Mapping[str, "Cluster"], doc_dates: dict[str, str | None],
                   doc_titles: Mapping[str, str] | None = None,
                   doc_contents: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """One row per canonical document: best-known attributes, how often and by whom it is cited. A document of the
    corpus is titled as it titles itself (``KẾ HOẠCH triển khai …`` → ``triển khai …``), before what citations say of it.
    The reports citing it are counted once each, whatever their copies: one report's own number (its PDF and its DOCX),
    or one content (``doc_contents``: a copy under another name) is one report (an archive's copies counted it twice)."""
    own = {m["doc_id"]: m["canonical_id"] for m in rows if m.get("is_self") and m.get("canonical_id")}
    contents = doc_contents or {}
    out: list[dict[str, Any]] = []
    for c in clusters.values():
        if not c.rows:  # (a registry document of a symbol a mention has, of another year: ``18-NQ/TW`` of 2022)
            continue
        ms = [rows[i] for i in c.rows]
        first = ms[0] if ms else {}
        reg = c.registry
        subjects = Counter(m["subject"] for m in ms if m.get("subject"))
        citing = sorted({m["doc_id"] for m in ms if not m.get("is_self")})
        when = sorted(d for d in (doc_dates.get(x) for x in citing) if d)
        dates = Counter(m["date"] for m in ms if m.get("date"))
        out.append({
            "canonical_id": c.canonical_id,
            "symbol": (reg.symbol if reg else None) or first.get("symbol"),
            "name": first.get("name") if not first.get("symbol") else None,
            "type": (reg.type if reg else None) or first.get("type"),
            "type_code": (reg.type_code if reg else None) or first.get("type_code"),
            "number": (reg.number if reg else None) or first.get("number"),
            "year": first.get("year"),
            "issuer_code": first.get("issuer_code"),
            "issuing_body": first.get("issuing_body_resolved") or (reg.issuing_body if reg else None),
            "scope": c.scope,
            "term": (reg.term if reg else None) or next((m["term"] for m in ms if m.get("term")), None),
            "date": c.best_date,  # (not the first mention's: one report's mis-dated citation is flagged, not shown)
            "date_conflict": len(dates) > 1 or any(m.get("date_conflict") for m in ms),
            "title": reg.title if reg else (_own_title(ms, doc_titles or {}) or (subjects.most_common(1)[0][0] if subjects else None)),
            "in_registry": reg is not None,
            "source": reg.source if reg else None,
            "n_mentions": len(ms),
            "n_citing_documents": len({own.get(x) or contents.get(x) or x for x in citing}),
            "first_cited": when[0] if when else (citing[0] if citing else None),
            "last_cited": when[-1] if when else (citing[-1] if citing else None),
        })
    return out


def _own_title(ms: list[dict[str, Any]], doc_titles: Mapping[str, str]) -> str | None:
    """The title of the corpus document a cluster holds the own number of, without its type word it opens with."""
    own = next((m for m in ms if m.get("is_self") and doc_titles.get(m["doc_id"])), None)
    if own is None:
        return None
    title = " ".join(doc_titles[own["doc_id"]].split())
    written = own.get("type") or ""
    if not written or not key(title).startswith(key(written)):
        return None  # (a title that is no type line's: a news item's first sentence, ``Ngày 14 tháng 02 năm 2022, …``)
    rest = title[len(written):].lstrip(" :.-–")
    if key(rest).startswith(_KIND_NAMES):
        return title  # ``BÁO CÁO CHÍNH TRỊ của Ban Chấp hành …``: the type word opens the name of a kind of report
    return rest or None


# the words after a type word that name a kind of it (``Báo cáo chính trị``, ``Kế hoạch liên tịch``), not a subject
_KIND_NAMES = ("chính trị ", "tóm tắt ", "liên tịch ", "liên ngành ")


def citation_rows(rows: list[dict[str, Any]], blocks: dict[tuple[str, int], str],
                  anchors: Mapping[tuple[str, int], tuple[int, int]] | None = None) -> list[dict[str, Any]]:
    """Report → document for every mention; reference → reference where one sits in another's subject, where
    one is done to by another (``A được sửa đổi, bổ sung bởi B và C``), or where a bracket after one says what it
    does (``A (thay thế B và C)``), or a note anchored right after it does (``A¹`` / ``¹ Thay thế B và C``: ``anchors``,
    each note's block → its anchor's block and offset); the items of a list after such words each get the edge."""
    out: list[dict[str, Any]] = []
    anchored = _anchored_references(rows, blocks, anchors or {})
    previous: dict[tuple[str, int], dict[str, Any]] = {}
    # the edge the previous mention of a block got, for a list going on after it: (the other end, whether
    # that end cites, the relation)
    listing: dict[tuple[str, int], tuple[dict[str, Any], bool, str]] = {}
    for r in sorted(rows, key=lambda x: (x["doc_id"], int(x["block_id"]), int(x["char_start"]))):
        where = (r["doc_id"], int(r["block_id"]))
        if not r.get("canonical_id") or r.get("is_self"):
            previous[where] = r
            listing.pop(where, None)
            continue
        relation = r.get("relation") or "unknown"
        out.append({"citing_doc_id": r["doc_id"], "citing_mention_id": None, "citing_canonical_id": None,
                    "cited_mention_id": r["mention_id"], "cited_canonical_id": r["canonical_id"], "relation": relation,
                    "block_id": r["block_id"], "evidence": None})
        p = previous.get(where)
        listed = listing.pop(where, None)
        text = blocks.get(where, "")
        if p is None and (noted := anchored.get(where)) is not None:
            opening = text[:int(r["char_start"])]
            if act := note_act(opening):  # (``¹ Thay thế B``: the anchored document does it to the note's)
                out.append(_edge(noted, r, act, opening))
                listing[where] = (noted, True, act)
            elif act := note_done_by(opening):  # (``¹ Được điều chỉnh, bổ sung tại B``: the note's does it to it)
                out.append(_edge(r, noted, act, opening))
                listing[where] = (noted, False, act)
        if p is not None and p.get("canonical_id") and p["canonical_id"] != r["canonical_id"]:
            gap = text[int(p["char_end"]):int(r["char_start"])]
            if len(gap) <= 240 and same_clause(text, int(p["char_end"]), int(r["char_start"])):
                folded_gap = key(gap) if gap.strip() else " "
                if (done_by := DONE_BY.search(folded_gap)) is not None:  # (the later does it to the former)
                    out.append(_edge(r, p, done_by.lastgroup or "amends", gap))
                    listing[where] = (p, False, done_by.lastgroup or "amends")
                elif (aside := _BRACKET_ACT.search(folded_gap)) is not None:
                    out.append(_edge(p, r, aside.lastgroup or "amends", gap))
                    listing[where] = (p, True, aside.lastgroup or "amends")
                elif _LISTED_ONLY.fullmatch(gap) and listed is not None and listed[0]["canonical_id"] != r["canonical_id"]:
                    other, cites, act = listed
                    out.append(_edge(other, r, act, gap) if cites else _edge(r, other, act, gap))
                    listing[where] = listed
                elif not _LISTED.search(gap) and _SUBJECT_CUE.match(folded_gap) and not _later(r, p) \
                        and not _past_subject(text, p, int(r["char_start"])):
                    # what the words between them say the first does to the second (``về điều chỉnh, bổ sung``),
                    # not the report's relation to it
                    between = relation_before(folded_gap, len(folded_gap))
                    out.append(_edge(p, r, between if between != "unknown" else relation, gap))
        previous[where] = r
    return out


def _anchored_references(rows: list[dict[str, Any]], blocks: dict[tuple[str, int], str],
                         anchors: Mapping[tuple[str, int], tuple[int, int]]) -> dict[tuple[str, int], dict[str, Any]]:
    """Each note's block → the cited document its marker stands right after (``Nghị định số 88/2024/NĐ-CP … khi Nhà
    nước thu hồi đất¹``: the reference or its subject ends at the marker), for the notes that have one."""
    at_anchor: dict[tuple[str, int], list[tuple[tuple[str, int], int]]] = {}
    for note, (block, char) in anchors.items():
        at_anchor.setdefault((note[0], block), []).append((note, char))
    out: dict[tuple[str, int], dict[str, Any]] = {}
    for r in rows:
        where = (r["doc_id"], int(r["block_id"]))
        if where not in at_anchor or not r.get("canonical_id") or r.get("is_self"):
            continue
        text = blocks.get(where, "")
        ends = (int(r["char_end"]), _subject_end(text, r, len(text)))
        out.update((note, r) for note, char in at_anchor[where] if reaches_anchor(text, ends, char))
    return out


def _subject_end(text: str, citing: dict[str, Any], before: int) -> int | None:
    """Where ``citing``'s subject ends in its block's ``text``, if it has one written before ``before``."""
    subject = citing.get("subject")
    if not isinstance(subject, str) or not subject:
        return None
    at = text.find(subject, int(citing["char_end"]), before)
    return at + len(subject) if at >= 0 else None


def _past_subject(text: str, citing: dict[str, Any], start: int) -> bool:
    """Whether the mention at ``start`` lies past the end of ``citing``'s subject, a clause mark between them: ``Kế
    hoạch số 86-KH/TU … về sơ kết giữa nhiệm kỳ, Ban Thường vụ Huyện ủy báo cáo sơ kết … Nghị quyết số 12-NQ/HU``
    (the report reviews the resolution, the plan does not)."""
    end = _subject_end(text, citing, start)
    return end is not None and _CLAUSE_MARK.search(text, end, start) is not None


_CLAUSE_MARK = regex.compile(r"[,;.:]")


def _later(cited: dict[str, Any], citing: dict[str, Any]) -> bool:
    """Whether ``cited`` is dated after ``citing``: a document acts on none issued after it."""
    a, b = cited.get("date"), citing.get("date")
    return isinstance(a, str) and isinstance(b, str) and a > b


def _edge(citing: dict[str, Any], cited: dict[str, Any], relation: str, gap: str) -> dict[str, Any]:
    """An edge between two documents a block names, with the words between them as evidence."""
    return {"citing_doc_id": cited["doc_id"], "citing_mention_id": citing["mention_id"], "citing_canonical_id": citing["canonical_id"],
            "cited_mention_id": cited["mention_id"], "cited_canonical_id": cited["canonical_id"], "relation": relation,
            "block_id": cited["block_id"], "evidence": " ".join(gap.split())[:200]}
