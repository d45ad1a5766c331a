"""Saved web pages: the article only, as headings, paragraphs, list items and cells.

A portal wraps each report in a site: menus, a "Thông tin khác" list, visitor
counters, rating widgets, a comment box (SPEC §1). The article is the element
whose own ``<p>`` children hold the most text, with the page's navigation,
header, footer, aside and form elements removed. What survives of the site
inside it (portals put counters and rating widgets right under the text) is
removed by the same rules that clean a text capture
(:mod:`pipeline.boilerplate`), and the headline and dateline above the article
are put back, so a page and its text capture yield the same blocks
(tests/test_html_loader.py checks this on both seeds). trafilatura was used
here once; measured with its 2.3 release on the fixtures, it drops the section
headings of LibreOffice exports, keeps a portal's no-JavaScript notice and
menu, and takes a section heading for the title, so it is not.

Footnotes and endnotes of an office document saved as a web page (Word's
"Web Page" / "Web Page, Filtered", LibreOffice's "HTML Document") are the
document's notes, not paragraphs: each anchor links to its note and the note
links back (``href``/``name``), and that pair, not the printed number, ties
them. The anchor is cut from the body where it stood and the note leaves the
page before extraction, so notes come out as the DOCX loader gives them:
numbered by first reference, anchor offsets in the body text.

Trees are walked iteratively (``iterwalk``), never recursively, so hostile
nesting costs no stack; text that libxml2 finds beyond its nesting limit
(256 levels) is dropped by the parser, and a page left with no text becomes
an error row.
"""
from __future__ import annotations

import codecs
import copy
import unicodedata
from datetime import datetime

import regex
from lxml import etree, html as lxml_html

from pipeline.boilerplate import is_stamp, strip_web, without_author
from pipeline.encodings import decode, recover_legacy
from pipeline.models import Document, LoadError
from pipeline.normalize import clean, key
from pipeline.segment import Note, Para, assemble, makes_block
from pipeline.title import find_title

_META_CHARSET = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""",
    regex.I,
)
# WHATWG: browsers read these labels as windows-1252, and so do we.
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "l1", "iso-ir-100", "cp819"}
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

_DROP = ("script", "style", "noscript", "template", "svg", "iframe", "object")
_FURNITURE = ("nav", "header", "footer", "aside", "form", "menu")
_MAX_SPAN_CELLS = 100_000  # empty cells merged spans may add to a page: a hostile span cannot blow it up
_MIN_REPEAT = 20  # a shorter paragraph ("Nguyễn Thu", "Tin, ảnh") may repeat legitimately

# element roles
_HEADING = {"h1", "h2", "h3", "h4", "h5", "h6"}
_ITEM = {"li", "dt", "dd"}
_CELL = {"td", "th"}
_ROW = {"tr"}
_TABLE = {"table"}
_BREAK = {"br", "hr"}
_LISTS = {"ul", "ol", "menu", "nav", "dl"}
_BLOCK = {"p", "div", "section", "article", "main", "body", "blockquote", "pre", "code", "ul", "ol",
          "dl", "figure", "figcaption", "address", "center", "header", "footer", "nav", "aside",
          "html", "form", "fieldset", "details", "summary", "caption"}

# Names of the two ends of a note link: Word ``_ftnref1`` → ``_ftn1`` (``_edn…`` for endnotes),
# LibreOffice ``sdfootnote1anc`` → ``sdfootnote1sym`` (``sdendnote…``).
_NOTE_ANCHOR = regex.compile(r"(?i)_(?:ftn|edn)ref\d+|sd(?:foot|end)note\d+anc")
_NOTE_BOX = {"div", "li", "aside", "section"}  # what holds one note, with all its paragraphs
# Where an anchor stood, carried through extraction as text: noncharacters are Unicode's
# "internal use" code points, which no page means as text and no extractor touches.
_MARK_OPEN, _MARK_CLOSE = "\ufdd0", "\ufdd1"
_MARK = regex.compile("\ufdd0(\\d{1,9})\ufdd1")
_LINE = "\ufdd2"  # a line break a cell's markup asked for, apart from the source's own white space
_NONCHARS = {0xFDD0: None, 0xFDD1: None}
_XML_UNSAFE = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

_PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                   "date", "dc.date.issued", "dcterms.created")


def load(data: bytes, doc: Document, charset: str | None = None) -> None:
    """``charset``: what a container (an MHTML part header) says the bytes are."""
    text, doc.encoding = decode_html(data, charset)
    if not text.strip():
        raise LoadError("empty web page")
    if _MARK_OPEN in text or _MARK_CLOSE in text:
        text = text.translate(_NONCHARS)  # only our own marks may look like marks
    tree = _parse(text)
    notes: dict[str, Note] = {}
    if tree is not None:
        notes = _take_notes(tree)
        notes |= _take_printed_notes(tree)
        _regular_tables(tree)
    paras = _largest_p_cluster(copy.deepcopy(tree))  # a copy: the cluster search strips the tree
    paras, published = _drop_furniture(paras)
    headline = _headline(tree)
    dateline = _dateline(tree, headline) if headline else None  # (a block even when the page's metadata dates it)
    doc.published = _meta_published(tree) or published or (dateline and dateline[1]) or doc.published
    lead = _lead(tree, headline, paras, dateline[0] if dateline else None) if headline else []
    paras = _dedupe(_headed(lead + paras, headline, dateline[0] if dateline else None))
    assemble(doc, paras, _number_notes(paras, notes))
    if not doc.title:
        # (a report saved as a web page has no headline: its type line and subject are its title, as in Word, not
        # the ``<title>`` Word writes, the document's first line, ``UBND HUYỆN YÊN THÀNH``)
        written = find_title(doc.blocks)
        doc.title = (None if headline else written) or _meta_title(tree) or next(
            (b.text for b in doc.blocks[:1] if b.kind == "heading"), None) or written
        if doc.title and headline and len(headline) > len(doc.title) and key(headline).startswith(key(doc.title).rstrip(" .…")):
            doc.title = headline  # the printed headline, of which the page's metadata gives the first words only
        elif doc.title and headline and _SITE_AFTER.fullmatch(doc.title) and len(headline) >= 20:
            # ``<headline> - Báo Sóc Trăng điện tử``, ``Hội nghị sơ kết Chỉ thị 05 – Viện Khoa học Thống kê``: the page's
            # title names its site after the headline or a short form of it; the printed headline is the title
            doc.title = headline


# -- bytes → text -------------------------------------------------------------------

def decode_html(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """Text of a page: BOM, then valid UTF-8, then the declared charset, then detection.

    Valid UTF-8 wins over a declaration because pages saved by a browser are
    re-encoded while their ``<meta charset>`` keeps the original label. A
    ``charset`` given by the page's container outranks the page's own ``<meta>``.
    """
    declared = (_charset_name(charset) if charset else None) or _declared_charset(data)
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
    return _charset_name((match.group(1) or match.group(2)).decode("ascii"))


def _charset_name(label: str) -> str | None:
    label = label.strip().lower()
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
    # ``huge_tree``: old portals never close ``<font>`` or ``<b>``, so each paragraph nests in the one
    # before; libxml2's default depth limit (256) dropped everything after the 255th, silently
    parser = lxml_html.HTMLParser(huge_tree=True)
    try:
        tree = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        raise LoadError("web page nested deeper than the HTML parser reads (2048 levels): the rest of it would be lost")
    # iterwalk does not visit comments, and would lose the text that follows them
    etree.strip_tags(tree, etree.Comment, etree.ProcessingInstruction)
    return tree


def _span(cell: etree._Element, name: str, most: int) -> int:
    """A cell's ``colspan``/``rowspan`` as browsers read it: a whole number from 1 to the HTML
    maximum, 1 when missing or unreadable (``rowspan="0"``, "to the end", is read as 1)."""
    value = (cell.get(name) or "").strip().split(".")[0]
    return min(int(value), most) if value.isdigit() and int(value) > 0 else 1


def _regular_tables(tree: etree._Element) -> None:
    """Every table as a plain grid: each ``colspan``/``rowspan`` becomes the empty cells a browser
    shows merged into it, so that a cell's position among its row's cells is the column it is
    shown in. At most ``_MAX_SPAN_CELLS`` cells are added; past that, the cells left are read one
    column each."""
    left = _MAX_SPAN_CELLS
    for table in tree.iter(*_TABLE):
        covered: dict[int, int] = {}  # column -> first row a rowspan above no longer covers
        rows = [tr for tr in table.iter(*_ROW) if next(tr.iterancestors(*_TABLE), None) is table]
        for r, tr in enumerate(rows):
            last = max((c for c, until in covered.items() if until > r), default=-1)
            col = 0
            for cell in [c for c in tr if c.tag in _CELL] + [None]:  # None: the row's end
                # before the cell: the columns covered from above; at the row's end: up to the last one
                while covered.get(col, 0) > r or (cell is None and col <= last):
                    if not left:
                        return
                    empty = tr.makeelement("td", {})
                    if cell is None:
                        tr.append(empty)
                    else:
                        cell.addprevious(empty)
                    col, left = col + 1, left - 1
                if cell is None:
                    break
                colspan, rowspan = _span(cell, "colspan", 1000), _span(cell, "rowspan", 65534)
                cell.attrib.pop("colspan", None)
                cell.attrib.pop("rowspan", None)
                for _ in range(colspan - 1):
                    if not left:
                        return
                    cell.addnext(tr.makeelement("td", {}))
                    left -= 1
                for c in range(col, col + colspan) if rowspan > 1 else ():
                    covered[c] = r + rowspan
                col += colspan


def table_paras(markup: str) -> list[Para]:
    """The cells of tables written as HTML inside another format, read as a page's tables are: pandoc's Markdown
    writer, allowed pipe tables only, writes a table whose cells hold several paragraphs as raw HTML
    (``<td><p>BCH ĐOÀN HUYỆN TRIỆU PHONG</p>`` / ``<p>Số: 86-BC/HĐTP</p></td>``), each paragraph a line of its cell.
    Tables are numbered from 0."""
    tree = _parse(markup)
    body = tree.find("body") if tree is not None else None
    if body is None:
        return []
    _regular_tables(tree)
    return _walk(body)


def _largest_p_cluster(tree: etree._Element | None) -> list[Para]:
    """The element whose own ``<p>`` children hold the most text: where articles live."""
    if tree is None:
        return []
    # (a photo's caption and credit, ``… chiều 15/11. Ảnh: VGP/Nhật Bắc``, is the picture's, not the text's)
    etree.strip_elements(tree, *_DROP, *_FURNITURE, "figcaption", with_tail=False)
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
                self.buffer.append(self.line_gap)
            else:
                self.flush()
        elif tag in _BLOCK:
            if self.absorbing:
                self.buffer.append(self.line_gap)
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
                self.buffer.append(self.line_gap)
            else:
                self.flush()
                self.kinds.pop()
        elif tag not in _BREAK and tag not in _ROW:
            self.buffer.append(self.inline_gap)

    @property
    def line_gap(self) -> str:
        """What a line break or a paragraph inside a cell leaves: a line of its own, as a Word cell's paragraphs are
        (``ĐẢNG ỦY XÃ HỮU LIÊN`` / ``*`` / ``Số 58-TB/ĐU``: run into one line, the number was no header's); inside a list
        item, a space."""
        return _LINE if self.kinds[-1] == "table_cell" else " "

    def flush(self) -> None:
        text, anchors = _unmark("".join(self.buffer))
        self.buffer.clear()
        kind = self.kinds[-1]
        if not text or (kind != "table_cell" and not any(c.isalpha() for c in text) and not is_stamp(text)):
            return  # outside a table, a bare number is a widget's count or a page number (a date line stays)
        if kind == "table_cell" and self.tables:
            table_no, row, col = self.tables[-1]
            self.paras.append(Para(text, kind="table_cell", table_no=table_no, row=max(row, 0), col=max(col, 0),
                                   anchors=anchors))
        else:
            self.paras.append(Para(text, kind=kind if kind != "table_cell" else "paragraph", anchors=anchors))


def _one_line(text: str | None) -> str:
    if text and _MARK_OPEN in text:
        text = _MARK.sub("", text)  # a headline or title read straight from the tree
    return " ".join(clean(text or "").split())


def _unmark(raw: str) -> tuple[str, list[tuple[int, str]]]:
    """One line of text without the note marks, and (offset, note key) where each stood.

    The spaces around a mark collapse as if it had never been there, the
    way a DOCX paragraph reads without its reference run.
    """
    text = "\n".join(line for line in (" ".join(part.split()) for part in clean(raw).split(_LINE)) if line)
    if _MARK_OPEN not in text:
        return text, []
    out: list[str] = []
    size = 0
    anchors: list[tuple[int, str]] = []
    pos = 0
    for match in _MARK.finditer(text):
        piece = text[pos:match.start()]
        if size and out[-1].endswith(" ") and piece.startswith(" "):
            piece = piece[1:]
        if piece:
            out.append(piece)
            size += len(piece)
        anchors.append((size, match[1]))
        pos = match.end()
    tail = text[pos:]
    if size and out[-1].endswith(" ") and tail.startswith(" "):
        tail = tail[1:]
    out.append(tail)
    joined = "".join(out)
    lead = len(joined) - len(joined.lstrip())
    joined = joined.strip()
    return joined, [(min(max(off - lead, 0), len(joined)), nid) for off, nid in anchors]


# -- notes of an office document saved as a web page ----------------------------------

def _take_notes(tree: etree._Element) -> dict[str, Note]:
    """Notes by key, taken out of ``tree``; each anchor is replaced by a mark with that key.

    A link is a note anchor only when its target links back to it and sits in
    a note of its own: a box (``<div id=ftn1>``, ``<div id="sdfootnote1">``)
    or, failing that, a paragraph that holds no other note and no anchor.
    """
    named: dict[str, etree._Element] = {}
    order: dict[etree._Element, int] = {}  # (a note follows its anchor: the link back from it is no anchor)
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        order[el] = len(order)
        for attr in ("name", "id") if el.tag.lower() == "a" else ("id",):
            value = el.get(attr)
            if value:
                named.setdefault(value, el)
    pairs: list[tuple[etree._Element, etree._Element]] = []
    for a in tree.iter("a"):
        own = a.get("name") or a.get("id") or ""
        # a browser's archive writes the page's own address before the "#"; both ends share it
        page, _, fragment = (a.get("href") or "").partition("#")
        target = named.get(fragment) if own and fragment else None
        if target is None or target is a:
            continue
        # the note's end links back: the target itself (Word's ``_ftn1``, LibreOffice's ``sdfootnote1sym``) or a link
        # inside it (pandoc's ``<li id="fn1">`` … ``<a href="#fnref1">↩︎</a>``, a page's ``<p id="fn1"><a href="#r1">``)
        back = f"{page}#{own}"
        if target.tag.lower() == "a":
            end = target if (target.get("href") or "") == back else None
        else:
            end = next((x for x in target.iter("a") if (x.get("href") or "") == back), None)
        if end is not None and (_NOTE_ANCHOR.fullmatch(own) or _note_mark(a) and order[a] < order[end]):
            pairs.append((a, end))
    if not pairs:
        return {}
    boxes = _note_boxes([target for _, target in pairs], [el for pair in pairs for el in pair])
    notes: dict[str, Note] = {}
    for n, ((anchor, target), box) in enumerate(zip(pairs, boxes)):
        if box is None:
            continue
        # as printed, without the brackets Word prints around it ("[1]", "[i]")
        marker = (_one_line(anchor.text_content()) or _one_line(target.text_content())).strip("[]() ")
        _replace(target, "")
        etree.strip_tags(box, "a")  # a note that is all links is still a note, not a link list
        _lift_note(notes, n, marker, anchor, box)
    return notes


def _lift_note(notes: dict[str, Note], n: int, marker: str, anchor: etree._Element, box: etree._Element) -> None:
    """Moves a note's text out of the body into ``notes`` and leaves its mark where the anchor was, so the body reads
    on without it and the note is still tied to its place (an empty note keeps the place but is no row)."""
    text = "\n".join(p.text for p in _walk(box))
    _replace(box, "")
    _replace(anchor, f"{_MARK_OPEN}{n}{_MARK_CLOSE}")
    if text:
        notes[str(n)] = Note(marker=marker, text=text)


def _take_printed_notes(tree: etree._Element) -> dict[str, Note]:
    """Notes a page prints with bare superscripts and no links (``… năm 2022<sup>2</sup>.`` / ``<p><sup>2</sup> Theo
    Quyết định số 1024/QĐ-UBND …</p>``), as portals paste a report: the marks were glued to the words (``năm 20222``,
    a year lost) and the notes were paragraphs of the body. The paragraphs that open with one, numbered 1, 2, … in
    order, are the notes; each takes the last free superscript of its number before it (not a unit's power: ``m²``).
    A page whose opening superscripts do not run so, or one of which has no mark before it, has no such notes."""
    sups = [el for el in tree.iter("sup") if _PRINTED_MARK.fullmatch(_one_line(el.text_content()))]
    if len(sups) < 2:
        return {}
    order = {el: i for i, el in enumerate(tree.iter())}
    opening = [(el, block) for el in sups if (block := _opened_by(el)) is not None]
    if not opening or [int(_one_line(el.text_content())) for el, _ in opening] != list(range(1, len(opening) + 1)):
        return {}
    free = [el for el in sups if all(el is not o for o, _ in opening) and not _POWER_BEFORE.search(_text_before(el))]
    pairs: list[tuple[etree._Element, etree._Element, etree._Element]] = []
    for el, block in opening:
        mark = _one_line(el.text_content())
        anchor = next((a for a in reversed(free) if order[a] < order[el] and _one_line(a.text_content()) == mark), None)
        if anchor is None:
            return {}
        free.remove(anchor)
        pairs.append((anchor, el, block))
    notes: dict[str, Note] = {}
    for n, (anchor, el, block) in enumerate(pairs, start=_PRINTED_KEYS):
        marker = _one_line(el.text_content())
        _replace(el, "")
        _lift_note(notes, n, marker, anchor, block)
    return notes


_PRINTED_MARK = regex.compile(r"\d{1,2}")
_PRINTED_KEYS = 100_000  # (keys apart from the linked notes')
_POWER_BEFORE = regex.compile(r"(?:^|[\s\d(/])(?:k|h|d|c)?m\Z")  # ``185.420 m<sup>2</sup>``: a unit's power


def _opened_by(sup: etree._Element) -> etree._Element | None:
    """The paragraph (or list item, or box) ``sup`` is the first text of, if it is."""
    block = _nearest(sup, {"p", "li", "div"})
    if block is None:
        return None
    node = block
    while True:
        if (node.text or "").strip():
            return None
        children = [c for c in node if isinstance(c.tag, str)]
        if not children:
            return None
        node = children[0]
        if node is sup:
            return block


def _text_before(el: etree._Element) -> str:
    """The text right before ``el`` in its parent."""
    previous = el.getprevious()
    return (previous.tail or "") if previous is not None else (el.getparent().text or "" if el.getparent() is not None else "")


def _note_mark(a: etree._Element) -> bool:
    """An anchor printed as a note's number (``<sup>1</sup>``, ``[1]``): not a page's other links that happen to be
    linked back (``Lên đầu trang``)."""
    mark = _one_line(a.text_content()).strip("[]() ")
    return 0 < len(mark) <= 3 and (mark.isdigit() or mark.isalpha() and mark.islower())


def _note_boxes(targets: list[etree._Element], ends: list[etree._Element]) -> list[etree._Element | None]:
    """For each note target, the element holding that note and no other link end, or None.

    The nearest box, else the nearest paragraph. Link ends are counted up
    their ancestors (a few hundred levels at most), never by searching each
    box, so a page of a hundred thousand notes in one ``<div>`` stays linear.
    """
    choices = [[_nearest(target, tags) for tags in (_NOTE_BOX, {"p"})] for target in targets]
    candidates = {box for pair in choices for box in pair if box is not None}
    inside: dict[etree._Element, int] = dict.fromkeys(candidates, 0)
    for el in ends:
        for ancestor in el.iterancestors():
            if ancestor in inside:
                inside[ancestor] += 1
    return [next((box for box in pair if box is not None and inside[box] == 1), None) for pair in choices]


def _nearest(el: etree._Element, tags: set[str]) -> etree._Element | None:
    for ancestor in el.iterancestors():
        if isinstance(ancestor.tag, str) and ancestor.tag.lower() in tags:
            return ancestor
    return None


def _replace(el: etree._Element, text: str) -> None:
    """Put ``text`` where ``el`` stood, keeping what followed it."""
    parent = el.getparent()
    if parent is None:
        return
    text += el.tail or ""
    previous = el.getprevious()
    # the parser keeps control characters that lxml refuses to set again; ``clean`` drops them anyway
    if previous is not None:
        previous.tail = _XML_UNSAFE.sub("", (previous.tail or "") + text)
    else:
        parent.text = _XML_UNSAFE.sub("", (parent.text or "") + text)
    parent.remove(el)


def _number_notes(paras: list[Para], notes: dict[str, Note]) -> list[Note]:
    """Notes in order of first reference, then the unreferenced; anchors keyed by marker.

    A note referenced twice keeps its first anchor. With the referenced notes
    first and in anchor order, ``assemble`` pairs each note with its own anchor
    whatever the printed markers are.
    """
    order: dict[str, None] = {}  # insertion-ordered set
    for para in paras:
        kept: list[tuple[int, str]] = []
        if makes_block(para.text, para.kind):  # ``assemble`` makes no block of the others
            for offset, nid in para.anchors:
                if nid in notes and nid not in order:
                    order[nid] = None
                    kept.append((offset, notes[nid].marker))
        para.anchors = kept
    order.update((nid, None) for nid in notes)
    return [notes[nid] for nid in order]


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


_SITE_AFTER = regex.compile(r"(.+?)[ \t]+[-|–—·][ \t]+[^-|–—·]{2,80}")


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
    lines = _page_lines(body)
    start = next((i for i, line in enumerate(lines) if key(line) == key(headline)), None)
    if start is None:
        return None
    # under the headline, or right above it (``<div class="detail-time">`` before the ``<h1>``)
    for line in lines[start + 1:start + 1 + _DATELINE_REACH] + lines[max(0, start - 2):start][::-1]:
        capture = strip_web([without_author(line)])
        if capture.published and capture.lines:
            return capture.lines[0], capture.published
    return None


_LEAD_LENGTH = 60  # a lead is a sentence or more; a shorter line there is a byline, a tag, a date
_LEAD_LINES = 3


def _lead(tree: etree._Element | None, headline: str, paras: list[Para], dateline: str | None) -> list[Para]:
    """The lead (``sapo``) a portal prints between the headline and the article's text, outside the
    element that holds its paragraphs: the first lines of the news, lost with the site around them."""
    body = tree.find("body") if tree is not None else None
    if body is None or not paras:
        return []
    lines = _page_lines(body)
    start = next((i for i, line in enumerate(lines) if key(line) == key(headline)), None)
    first = key(paras[0].text)
    end = next((i for i in range(start + 1, len(lines)) if key(lines[i]) == first), None) if start is not None else None
    if end is None:
        return []
    lead = [line for line in strip_web(lines[start + 1:end]).lines
            if len(line) >= _LEAD_LENGTH and line != dateline and not any(key(p.text) == key(line) for p in paras)]
    return [Para(line, kind="paragraph") for line in lead[:_LEAD_LINES]]


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


def _page_lines(body: etree._Element) -> list[str]:
    """The page's lines in reading order, a table cell's lines each its own (a portal laid out in tables holds the
    headline, the date line, the lead and the article in one cell: the date line and the lead were never found)."""
    return [line for p in _walk(body, spaced=True) for line in p.text.split("\n")]


def _site_name(h1: etree._Element, text: str) -> bool:
    """Whether an ``<h1>`` is the portal's name in its banner (``CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÙ MỸ``): every page of
    the site heads with it, and it was every page's title (and a place of its text)."""
    if _PORTAL_NAME.match(key(text)):
        return True
    for el in (h1, *h1.iterancestors()):
        if not isinstance(el.tag, str):
            continue
        if el.tag.lower() == "header" or _BANNER.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            return True
    return False


_PORTAL_NAME = regex.compile(r"(?:cổng|trang)\s+(?:thông\s+tin|ttđt)|cổng\s+ttđt|báo\s+điện\s+tử")
_BANNER = regex.compile(r"(?i)(?<![a-z])(?:logo|banner|site-?name|site-?title|brand|masthead)(?![a-z])")


def _headline(tree: etree._Element | None) -> str | None:
    """The page's ``<h1>``; where it has none (a portal laid out in tables heads its news with ``<h2 class="news-title">``),
    the heading the page's title repeats (its date line and lead, found under the headline, were lost with it)."""
    if tree is None:
        return None
    for h1 in tree.iter("h1"):
        text = _one_line(h1.text_content())
        if any(c.isalpha() for c in text) and not _site_name(h1, text):
            return text
    title = key(_meta_title(tree) or "")
    for heading in tree.iter("h2", "h3"):
        text = _one_line(heading.text_content())
        if len(text) >= 20 and key(text) in title:
            return text
    return None
