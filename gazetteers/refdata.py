"""Reference data for document references: types, issuers, central documents.

The tables live in CSV next to this module so that an archivist can add a
document type, an issuer code or a central instrument without touching code;
the extractor builds its patterns from what is loaded here.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from gazetteers import read_rows
from pipeline.models import Block
from pipeline.normalize import clean, fold, text_cache


def match_form(text: str) -> str:
    """Folded text for matching: same length as ``text`` (offsets carry over).

    ``fold`` lower-cases OCR's ``Ð`` to ``ð``; matching reads it as ``đ``
    (``str.replace``: a translate table costs ten times more on long text).
    """
    return fold(text).replace("\u00f0", "\u0111")


def _block_match_form(block: Block) -> str:
    return block.folded.replace("\u00f0", "\u0111")


def block_match_form(block: Block) -> str:
    """``match_form`` of a block's text, from the fold the block already holds."""
    return block.derived(_block_match_form)


@text_cache(maxsize=65536)
def norm(text: str) -> str:
    """Comparison key for short strings (codes, names): folded, single-spaced."""
    return " ".join(match_form(clean(text)).split())


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def _flag(cell: str | None) -> bool:
    return (cell or "").strip().lower() == "true"


@dataclass(frozen=True)
class DocType:
    """A kind of document and the code its symbols carry (``Kết luận`` ↔ ``KL``)."""

    name: str
    code: str | None
    family: str  # party, state or both
    titled: bool  # a title may sit between the type word and ``số`` (Luật …)
    shortform: bool  # cited as ``<type> 217`` without the rest of the symbol
    words: tuple[str, ...]  # written forms, the name first


@dataclass(frozen=True)
class Issuer:
    """An issuing body and its code in symbols."""

    code: str
    name: str
    family: str
    level: str
    local: bool  # the code means a different body in every province/district
    term_suffix: bool  # code followed by the legislature's term (QH15)
    aliases: tuple[str, ...]
    code_variants: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name,) + self.aliases


@dataclass(frozen=True)
class CentralDocument:
    """One instrument in the registry, with where its facts were checked."""

    doc_id: str
    symbol: str | None
    type: str
    type_code: str | None
    number: str | None
    date: str | None
    issuing_body: str
    term: str | None
    title: str
    names: tuple[str, ...]
    source: str


@lru_cache(maxsize=None)
def doc_types() -> tuple[DocType, ...]:
    return tuple(
        DocType(
            name=r["name"],
            code=r["code"] or None,
            family=r["family"],
            titled=_flag(r["titled"]),
            shortform=_flag(r["shortform"]),
            words=(r["name"],) + _split(r["words"]),
        )
        for r in read_rows("doc_types.csv")
    )


@lru_cache(maxsize=None)
def issuers() -> tuple[Issuer, ...]:
    return tuple(
        Issuer(
            code=r["code"],
            name=r["name"],
            family=r["family"],
            level=r["level"],
            local=_flag(r["local"]),
            term_suffix=_flag(r["term_suffix"]),
            aliases=_split(r["aliases"]),
            code_variants=_split(r["code_variants"]),
        )
        for r in read_rows("issuers.csv")
    )


@lru_cache(maxsize=None)
def law_titles() -> tuple[str, ...]:
    """Titles of laws and codes as the National Assembly names them (``Luật Thuế giá trị gia
    tăng``): a title ends where the list says, where words alone cannot tell (``Luật Thuế giá
    trị gia tăng ước tăng thu``, ``Luật Điều ước quốc tế``)."""
    return tuple(r["title"] for r in read_rows("law_titles.csv"))


@lru_cache(maxsize=None)
def central_documents() -> tuple[CentralDocument, ...]:
    out: list[CentralDocument] = []
    for r in read_rows("central_documents.csv"):
        out.append(
            CentralDocument(
                doc_id=r["id"],
                symbol=r["symbol"] or None,
                type=r["type"],
                type_code=r["type_code"] or None,
                number=r["number"] or None,
                date=r["date"] or None,
                issuing_body=r["issuing_body"],
                term=r["term"] or None,
                title=r["title"],
                names=_split(r["names"]),
                source=r["source"],
            )
        )
    return tuple(out)


# -- lookups ------------------------------------------------------------------

@lru_cache(maxsize=None)
def _types_by_code() -> dict[str, tuple[DocType, ...]]:
    table: dict[str, list[DocType]] = {}
    for t in doc_types():
        if t.code:
            table.setdefault(norm(t.code), []).append(t)
    return {k: tuple(v) for k, v in table.items()}


def type_for_code(code: str, family: str) -> DocType | None:
    """The type a code means in a party or a state symbol (``TT``: Thông tri / Thông tư)."""
    found = _types_by_code().get(norm(code), ())
    for t in found:
        if t.family in (family, "both"):
            return t
    return found[0] if found else None


@lru_cache(maxsize=None)
def _types_by_word() -> dict[str, DocType]:
    return {norm(w): t for t in doc_types() for w in t.words}


def type_for_word(word: str) -> DocType | None:
    return _types_by_word().get(norm(word))


@lru_cache(maxsize=None)
def _issuers_by_code() -> dict[str, tuple[Issuer, ...]]:
    table: dict[str, list[Issuer]] = {}
    for i in issuers():
        for code in (i.code,) + i.code_variants:
            table.setdefault(norm(code), []).append(i)
    return {k: tuple(v) for k, v in table.items()}


def issuer_for_code(code: str) -> tuple[Issuer | None, str | None]:
    """The issuer a symbol segment names, and the term digits it carries (``QH15`` → QH, 15); a joint
    document's codes (``BCA-BQP``) name their first issuer, which numbers it."""
    k = norm(code)
    found = _issuers_by_code().get(k)
    if found:
        return found[0], None
    if "-" in k:
        return issuer_for_code(k.split("-", 1)[0])
    stem = k.rstrip("0123456789")
    if stem != k:
        for i in _issuers_by_code().get(stem, ()):
            if i.term_suffix:
                return i, k[len(stem):]
    return None, None


def canonical_code(code: str) -> str:
    """The table's spelling of a known code (``TTG`` → ``TTg``, ``TƯ`` → ``TW``)."""
    t = _types_by_code().get(norm(code))
    if t:
        return t[0].code or code
    issuer, term = issuer_for_code(code)
    if issuer is not None:
        return issuer.code + (term or "")
    return clean(code).upper()


@lru_cache(maxsize=None)
def _body_names() -> dict[str, Issuer]:
    """Each issuer name's issuer; where two issuers share a name, the first listed."""
    table: dict[str, Issuer] = {}
    for i in issuers():
        for n in i.names:
            table.setdefault(norm(n), i)
    return table


def issuer_for_body(body: str) -> Issuer | None:
    """The issuer a body written in prose names (``Ban Thường vụ Tỉnh ủy`` → TU): the longest
    name that is the body or its first words, looked up word boundary by word boundary (longest
    first) instead of trying every name. ``Trung ương`` alone is the Party's centre (``Kết luận 21 của Trung ương``);
    opening a name it is another body's centre (``Trung ương Hội CCB Việt Nam``), so it is no name of its own."""
    k = norm(body)
    if k in _CENTRE_ALONE:
        k = "trung ương đảng"
    table = _body_names()
    end = len(k)
    while end > 0:
        found = table.get(k[:end])
        if found is not None:
            return found
        end = k.rfind(" ", 0, end)
    return None


_CENTRE_ALONE = frozenset({"trung ương", "tw", "tư"})


@lru_cache(maxsize=1)
def organization_rows() -> tuple[dict[str, str], ...]:
    """``organizations.csv`` as read: the organisations gazetteer (entities) and the agencies below."""
    return tuple(read_rows("organizations.csv"))


@lru_cache(maxsize=None)
def prose_body_names() -> tuple[str, ...]:
    """Every issuer name, and every state agency's (``Sở Nông nghiệp và Phát triển nông thôn``,
    ``Thanh tra huyện``): a department signs the letters a report cites ``của`` it; and every mass organisation's and
    the Front's (``Hội Chữ thập đỏ``, ``Hội Cựu chiến binh``: their words in lower case ended the body, ``Hội Chữ``), and
    the Party's boards."""
    # (not a kind of school, ``Trường THCS``: its name follows it, and a line ``TRƯỜNG`` a name wrapped to opened none)
    rows = [r for r in organization_rows() if r["takes_name"] != "yes"]
    # (and a party committee's boards, ``Ban cán sự đảng``, ``Đảng đoàn``: the words in lower case ended the body)
    agencies = [r["canonical"] for r in rows if r["kind"] in ("state", "mass", "front")
                or r["kind"] == "party" and r["canonical"].startswith(("Ban ", "Đảng đoàn"))]
    # (and their names as written with a dash or a comma: ``Sở Lao động - Thương binh và Xã hội`` was cut at the dash)
    written = [a for r in rows if r["kind"] == "state" for a in r["aliases"].split("|") if " - " in a or "," in a]
    return tuple(norm(n) for n in [*(n for i in issuers() for n in i.names), *agencies, *written])


@lru_cache(maxsize=None)
def institution_kinds() -> tuple[str, ...]:
    """The folded kinds of institution a proper name follows (``trường thcs ``, with its space): a header line that
    opens with one names a body, though no gazetteer lists the name."""
    return tuple(f"{norm(n)} " for r in organization_rows() if r["takes_name"] == "yes"
                 for n in (r["canonical"], *r["aliases"].split("|")) if n)


@lru_cache(maxsize=None)
def body_name_openings() -> frozenset[str]:
    """Every run of first words of a body name (``sở kế hoạch``): a word that would end a body read in prose (a type
    word: ``Kế hoạch``) goes on inside a name that has it (``Sở Kế hoạch và Đầu tư`` was ``Sở``)."""
    return frozenset(" ".join(words[:i]) for n in prose_body_names() if (words := n.split()) for i in range(2, len(words) + 1))


@lru_cache(maxsize=None)
def body_vocabulary() -> frozenset[str]:
    """Every word of every body name: what a body written in prose is made of."""
    return frozenset(w for n in prose_body_names() for w in n.split())


@lru_cache(maxsize=None)
def office() -> regex.Pattern[str]:
    """An office (``roles.csv``: ``Giám đốc`` Sở Y tế, ``Chánh`` Thanh tra huyện) and the spaces
    after it, on ``match_form`` text: a letter a report cites is often the office holder's, and
    the body follows the office."""
    offices = sorted({norm(r["role"]) for r in read_rows("roles.csv")}, key=len, reverse=True)
    alternation = "|".join(r"[ \t\n]{1,3}".join(map(regex.escape, o.split())) for o in offices)
    return regex.compile(rf"(?:{alternation})[ \t\n]{{1,3}}(?=\w)")


@lru_cache(maxsize=None)
def body_heads() -> frozenset[str]:
    """First words of issuer names: where a body written in prose starts."""
    return frozenset(norm(n).split()[0] for i in issuers() for n in i.names)


@lru_cache(maxsize=None)
def prose_body_heads() -> frozenset[str]:
    """First words of issuer and state agency names (``Sở`` Nội vụ): where a capitalised body read back from
    the words before a reference may start."""
    return body_heads() | frozenset(n.split()[0] for n in prose_body_names())
