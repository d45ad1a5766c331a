"""Saved web pages: the article only, as headings, paragraphs, list items and cells.

A portal wraps each report in a site: menus, a "Thông tin khác" list, visitor
counters, rating widgets, a comment box (SPEC §1). ``trafilatura`` finds the
article; when it finds nothing, the largest cluster of ``<p>`` is taken. What
survives of the site inside the article container (portals put counters and
rating widgets right under the text) is removed by the same rules that clean a
text capture (:mod:`pipeline.boilerplate`), and the headline and dateline that
extraction files as metadata are put back, so a page and its text capture
yield the same blocks (tests/test_html_loader.py checks this on both seeds).

Trees are walked iteratively (``iterwalk``), never recursively, so hostile
nesting costs no stack; text that libxml2 finds beyond its nesting limit
(256 levels) is dropped by the parser, and a page left with no text becomes
an error row.
"""
from __future__ import annotations

import codecs
import unicodedata
from datetime import datetime

import regex
import trafilatura
from lxml import etree, html as lxml_html

from pipeline.boilerplate import strip_web
from pipeline.encodings import decode, recover_legacy
from pipeline.models import Document, LoadError
from pipeline.normalize import clean, key
from pipeline.segment import Para, assemble

_META_CHARSET = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""",
    regex.I,
)
# WHATWG: browsers read these labels as windows-1252, and so do we.
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "l1", "iso-ir-100", "cp819"}
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

_DROP = ("script", "style", "noscript", "template", "svg", "iframe", "object")  # not "head": trafilatura's heading tag
_FURNITURE = ("nav", "header", "footer", "aside", "form", "menu")
_MAX_TREE = 200_000  # elements; trafilatura's scoring is slow past this, the fallback is linear
_MIN_REPEAT = 20  # a shorter paragraph ("Nguyễn Thu", "Tin, ảnh") may repeat legitimately

# element roles, for HTML and for trafilatura's XML alike
_HEADING = {"h1", "h2", "h3", "h4", "h5", "h6", "head"}
_ITEM = {"li", "item", "dt", "dd"}
_CELL = {"td", "th", "cell"}
_ROW = {"tr", "row"}
_TABLE = {"table"}
_BREAK = {"br", "lb", "hr"}
_LISTS = {"ul", "ol", "list", "menu", "nav", "dl"}
_BLOCK = {"p", "div", "section", "article", "main", "body", "blockquote", "quote", "pre", "code", "ul", "ol",
          "list", "dl", "figure", "figcaption", "address", "center", "header", "footer", "nav", "aside",
          "doc", "html", "form", "fieldset", "details", "summary", "caption"}

_PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                   "date", "dc.date.issued", "dcterms.created")


def load(data: bytes, doc: Document) -> None:
    text, doc.encoding = decode_html(data)
    if not text.strip():
        raise LoadError("empty web page")
    tree = _parse(text)
    paras = _article(text, doc)
    if not paras:
        paras = _largest_p_cluster(_parse(text))
    paras, published = _drop_furniture(paras)
    headline = _headline(tree)
    dateline = None if published or not headline else _dateline(tree, headline)
    doc.published = _meta_published(tree) or published or (dateline and dateline[1]) or doc.published
    paras = _headed(paras, headline, dateline[0] if dateline else None)
    assemble(doc, _dedupe(paras), [])
    if not doc.title:
        doc.title = _meta_title(tree) or next((b.text for b in doc.blocks[:1] if b.kind == "heading"), None)


# -- bytes → text -------------------------------------------------------------------

def decode_html(data: bytes) -> tuple[str, str]:
    """Text of a page: BOM, then valid UTF-8, then the declared charset, then detection.

    Valid UTF-8 wins over a declaration because pages saved by a browser are
    re-encoded while their ``<meta charset>`` keeps the original label.
    """
    declared = _declared_charset(data)
    if declared and not data.startswith(_BOMS) and not _is_utf8(data):
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            pass  # the declaration lies; let the bytes speak
        else:
            return recover_legacy(unicodedata.normalize("NFC", text), declared)
    return decode(data)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # a meta tag readable as ASCII cannot be UTF-16/32; WHATWG reads that label as UTF-8
    return "utf-8" if name.startswith(("utf-16", "utf-32")) else name


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# -- finding the article ------------------------------------------------------------

def _parse(text: str) -> etree._Element | None:
    try:
        tree = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None
    # iterwalk does not visit comments, and would lose the text that follows them
    etree.strip_tags(tree, etree.Comment, etree.ProcessingInstruction)
    return tree


def _article(text: str, doc: Document) -> list[Para]:
    """The article as trafilatura sees it, with its title and date as fallbacks."""
    try:
        found = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True,
            include_formatting=False, include_links=True, include_images=False, max_tree_size=_MAX_TREE,
        )
    except (ValueError, TypeError, etree.ParserError, RecursionError):
        return []  # trafilatura gives up on some malformed trees; the fallback may not
    if found is None or found.body is None:
        return []
    doc.title = _one_line(found.title) or None
    if found.date:
        doc.published = found.date
    return _walk(found.body)


def _largest_p_cluster(tree: etree._Element | None) -> list[Para]:
    """The element whose own ``<p>`` children hold the most text: where articles live."""
    if tree is None:
        return []
    etree.strip_elements(tree, *_DROP, *_FURNITURE, with_tail=False)
    weight: dict[etree._Element, int] = {}
    for p in tree.iter("p"):
        parent = p.getparent()
        if parent is not None:
            weight[parent] = weight.get(parent, 0) + len(p.text_content().strip())
    if weight:
        return _walk(max(weight, key=weight.__getitem__))
    body = tree.find("body")
    return _walk(body) if body is not None else []


def _walk(root: etree._Element, spaced: bool = False) -> list[Para]:
    """Paragraphs of a tree, one per heading / paragraph / line / list item / cell.

    Inline elements join without a space, as a browser shows them (Word-pasted
    pages split words into ``<span>`` runs); ``spaced`` separates them, for
    reading widget lines like ``<span>09:00</span><span>679</span>``.
    """
    walker = _Walker(spaced)
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _DROP or not isinstance(el.tag, str) or (not walker.skipping and _link_list(el, tag)):
                walker.skip(el)
            if not walker.skipping:
                walker.open(tag)
                walker.add(el.text)
        else:
            if not walker.skipping:
                walker.close(tag)
            walker.unskip(el)
            if not walker.skipping:
                walker.add(el.tail)
    walker.flush()
    return walker.paras


def _link_list(el: etree._Element, tag: str) -> bool:
    """Menus, breadcrumbs and "other news" lists: text that is mostly links.

    ``favor_recall`` keeps the article's headings but lets such lists in;
    an article's own lists and paragraphs are prose, not links.
    """
    if tag not in _LISTS and tag not in ("p", "div"):
        return False
    links = [a for a in el.iter("a", "ref")]
    if len(links) < 2:
        return False
    total = len("".join(el.itertext()).split())
    linked = sum(len("".join(a.itertext()).split()) for a in links)
    return total > 0 and linked / total >= (0.5 if tag in _LISTS else 0.9)


class _Walker:
    """Turns start/end events into paragraphs; cells and list items absorb inner blocks."""

    def __init__(self, spaced: bool = False) -> None:
        self.inline_gap = " " if spaced else ""
        self.paras: list[Para] = []
        self.buffer: list[str] = []
        self.kinds: list[str] = ["paragraph"]
        self.absorbing = 0  # depth of open cells / list items
        self.table_no = -1
        self.tables: list[list[int]] = []  # per open table: [table_no, row, col]
        self._skip: etree._Element | None = None

    @property
    def skipping(self) -> bool:
        return self._skip is not None

    def skip(self, el: etree._Element) -> None:
        if self._skip is None:
            self._skip = el

    def unskip(self, el: etree._Element) -> None:
        if self._skip is el:
            self._skip = None

    def add(self, text: str | None) -> None:
        if text:
            self.buffer.append(text)

    def open(self, tag: str) -> None:
        if tag in _TABLE:
            self.flush()
            self.table_no += 1
            self.tables.append([self.table_no, -1, -1])
        elif tag in _ROW and self.tables:
            self.flush()
            self.tables[-1][1] += 1
            self.tables[-1][2] = -1
        elif tag in _CELL and self.tables:
            self.flush()
            self.tables[-1][2] += 1
            self.kinds.append("table_cell")
            self.absorbing += 1
        elif tag in _ITEM:
            self.flush()
            self.kinds.append("list_item")
            self.absorbing += 1
        elif tag in _HEADING:
            self.flush()
            self.kinds.append("heading")
        elif tag in _BREAK:
            if self.absorbing:
                self.buffer.append(" ")
            else:
                self.flush()
        elif tag in _BLOCK:
            if self.absorbing:
                self.buffer.append(" ")
            else:
                self.flush()
                self.kinds.append("paragraph")
        else:
            self.buffer.append(self.inline_gap)

    def close(self, tag: str) -> None:
        if tag in _TABLE and self.tables:
            self.flush()
            self.tables.pop()
        elif (tag in _CELL and self.tables) or tag in _ITEM:
            self.flush()
            self.kinds.pop()
            self.absorbing -= 1
        elif tag in _HEADING:
            self.flush()
            self.kinds.pop()
        elif tag in _BLOCK:
            if self.absorbing:
                self.buffer.append(" ")
            else:
                self.flush()
                self.kinds.pop()
        elif tag not in _BREAK and tag not in _ROW:
            self.buffer.append(self.inline_gap)

    def flush(self) -> None:
        text = _one_line("".join(self.buffer))
        self.buffer.clear()
        kind = self.kinds[-1]
        if not text or (kind != "table_cell" and not any(c.isalpha() for c in text)):
            return  # outside a table, a bare number is a widget's count or a page number
        if kind == "table_cell" and self.tables:
            table_no, row, col = self.tables[-1]
            self.paras.append(Para(text, kind="table_cell", table_no=table_no, row=max(row, 0), col=max(col, 0)))
        else:
            self.paras.append(Para(text, kind=kind if kind != "table_cell" else "paragraph"))


def _one_line(text: str | None) -> str:
    return " ".join(clean(text or "").split())


# -- what the site leaves inside the article ----------------------------------------------

def _drop_furniture(paras: list[Para]) -> tuple[list[Para], str | None]:
    """Apply the text-capture rules to the article's paragraphs, keeping each survivor's kind.

    ``strip_web`` returns the surviving lines in order (a date line trimmed of
    its counters), so each is matched back to the next paragraph it starts.
    """
    capture = strip_web([p.text for p in paras])
    kept: list[Para] = []
    j = 0
    for line in capture.lines:
        while j < len(paras) and not paras[j].text.startswith(line):
            j += 1
        if j == len(paras):
            break
        paras[j].text = line
        kept.append(paras[j])
        j += 1
    return kept, capture.published


def _dedupe(paras: list[Para]) -> list[Para]:
    """A paragraph the page repeats verbatim is kept once (cells may repeat: they are data)."""
    seen: set[str] = set()
    out: list[Para] = []
    for para in paras:
        k = key(para.text)
        if para.kind != "table_cell" and len(k) >= _MIN_REPEAT:
            if k in seen:
                continue
            seen.add(k)
        out.append(para)
    return out


# -- publication date ------------------------------------------------------------------

def _meta_published(tree: etree._Element | None) -> str | None:
    if tree is None:
        return None
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in _PUBLISHED_META:
            found = _iso(meta.get("content") or "")
            if found:
                return found
    for time in tree.iter("time"):
        if (time.get("itemprop") or "").lower() == "datepublished" or "pubdate" in time.attrib:
            found = _iso(time.get("datetime") or "")
            if found:
                return found
    return None


def _meta_title(tree: etree._Element | None) -> str | None:
    if tree is None:
        return None
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() in ("og:title", "twitter:title"):
            title = _one_line(meta.get("content"))
            if title:
                return title
    return _one_line(tree.findtext(".//title")) or None


def _iso(value: str) -> str | None:
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM`` in the page's own local time."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if len(value.strip()) <= 10:
        return moment.date().isoformat()
    return moment.strftime("%Y-%m-%dT%H:%M")


_DATELINE_REACH = 5  # lines after the headline; a date further away belongs to another item


def _dateline(tree: etree._Element | None, headline: str) -> tuple[str, str] | None:
    """The portal's date line under the headline ("Thứ hai - 09/11/2020 09:00"): (line, ISO).

    Only right under the headline: sidebars list other items with their own
    date lines, and one of those is not this page's date.
    """
    body = tree.find("body") if tree is not None else None
    if body is None:
        return None
    lines = [p.text for p in _walk(body, spaced=True)]
    start = next((i for i, line in enumerate(lines) if key(line) == key(headline)), None)
    if start is None:
        return None
    for line in lines[start + 1:start + 1 + _DATELINE_REACH]:
        capture = strip_web([line])
        if capture.published and capture.lines:
            return capture.lines[0], capture.published
    return None


# -- the article's own head --------------------------------------------------------------

def _headed(paras: list[Para], headline: str | None, dateline: str | None) -> list[Para]:
    """Put back the headline and dateline that article extraction treats as metadata.

    They are the report's title and date as the reader sees them, and a text
    capture of the same page starts with them; so do the blocks.
    """
    head: list[Para] = []
    if headline and not any(key(p.text) == key(headline) for p in paras):
        head.append(Para(headline, kind="heading"))
    if dateline and not any(p.text.startswith(dateline) for p in paras):
        head.append(Para(dateline, kind="paragraph"))
    return head + paras


def _headline(tree: etree._Element | None) -> str | None:
    if tree is None:
        return None
    for h1 in tree.iter("h1"):
        text = _one_line(h1.text_content())
        if any(c.isalpha() for c in text):
            return text
    return None
