"""DOCX: body paragraphs and tables in reading order, real footnotes and endnotes.

python-docx exposes neither footnotes nor the run-level position of a
``w:footnoteReference``, and its object model costs more than the walk itself,
so the WordprocessingML parts are walked directly with lxml, through
:class:`pipeline.safezip.SafeZip` (bounded reads, no DTD/entities).

Offsets: a paragraph is collected as raw segments separated by note anchors;
each segment is cleaned (NFC …) on its own, so an anchor's offset is measured
in the cleaned text the block stores. Text Word stored decomposed comes out NFC.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterator

import regex
from lxml import etree

from pipeline.encodings import from_font_glyphs, legacy_font_codec, symbol_char
from pipeline.title import find_title
from pipeline.models import Block, Document, Footnote, LoadError
from pipeline.normalize import clean
from pipeline.safezip import SafeZip

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, R_, T, TAB, BR, CR, TBL, TR, TC, SDT, SDTCONTENT = (_w(t) for t in ("p", "r", "t", "tab", "br", "cr", "tbl", "tr", "tc", "sdt", "sdtContent"))
FNREF, ENREF, NBH, RPR, PPR, B, VAL, ID = (_w(t) for t in ("footnoteReference", "endnoteReference", "noBreakHyphen", "rPr", "pPr", "b", "val", "id"))
# Containers whose children are read as if they were the paragraph's own runs.
_TRANSPARENT = {_w(t) for t in ("hyperlink", "ins", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml", "moveTo", "dir", "bdo")}
PSTYLE, OUTLINE, NUMPR, CUSTOM_XML = (_w(t) for t in ("pStyle", "outlineLvl", "numPr", "customXml"))
FLDCHAR, FLDCHARTYPE, SYM, TRPR, DEL, RFONTS, SOFTHYPHEN = (_w(t) for t in ("fldChar", "fldCharType", "sym", "trPr", "del",
                                                                          "rFonts", "softHyphen"))
# Strict Open XML (ISO 29500 strict, Word's "Strict Open XML Document") names the same elements in other
# namespaces; read as the transitional ones, every part parses as Word's usual files do.
_STRICT = ((b"http://purl.oclc.org/ooxml/wordprocessingml/main", W.encode()),
           (b"http://purl.oclc.org/ooxml/officeDocument/relationships", R.encode()))
ALTERNATE, CHOICE = f"{{{MC}}}AlternateContent", f"{{{MC}}}Choice"
_BLOCK_WRAPPERS = (SDT, SDTCONTENT, CUSTOM_XML)  # content controls and custom XML around body content
TXBX = _w("txbxContent")
_DRAWINGS = {_w("drawing"), _w("pict"), ALTERNATE}
MAX_BOX_DEPTH = 4  # boxes inside boxes inside boxes: deeper is damage or an attack
_SKIP_TYPES = {"separator", "continuationSeparator", "continuationNotice"}
_LIST_START = regex.compile(r"^\s*(?:[-+•–—▪●○◦·*]\s|\(?[a-zđ]\)\s)")
_HEADING_STYLE = regex.compile(r"^(?:heading\s*\d|title|subtitle|tiêu đề)", regex.I)
_CONTENTS_STYLE = regex.compile(r"^toc\s*\d$", regex.I)
MAX_HEADING = 150


@dataclass
class _Style:
    name: str = ""
    heading: bool = False
    listed: bool = False
    bold: bool = False
    contents: bool = False  # a table of contents line (``toc 1``): Word's copy of a heading and its page
    font: str | None = None  # its text's font, where a legacy one (``.VnTime``) says how to read the text


_GLYPH_CONTEXT = 40  # the glyphs before a legacy run that it is read with: the rest of its word and line


@dataclass
class _Para:
    """A paragraph's text as cleaned segments with the note anchors between them."""

    segments: list[str] = field(default_factory=list)
    anchors: list[tuple[int, str, str, str | None]] = field(default_factory=list)  # seg index, kind, id, custom mark
    bold_chars: int = 0
    plain_chars: int = 0
    glyphs: str = ""  # the legacy-font glyphs the text ends with, as stored: the context the next such run is read in

    def text_and_anchors(self) -> tuple[str, list[tuple[int, str, str, str | None]]]:
        cleaned = [clean(s) for s in self.segments]
        starts, pos = [], 0
        for seg in cleaned:
            starts.append(pos)
            pos += len(seg)
        starts.append(pos)
        text = "".join(cleaned)
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        return text, [(min(max(starts[i] - lead, 0), len(text)), k, n, m) for i, k, n, m in self.anchors]


def _child(el: etree._Element, tag: str) -> etree._Element | None:
    """``el.find(tag)`` for a direct child, without ElementPath.

    Run and paragraph properties hold a handful of children; looking at each
    tag costs a fraction of lxml's ``find``, which the walk would otherwise
    call several times for every run of the document.
    """
    for child in el:
        if child.tag == tag:
            return child
    return None


def _on(el: etree._Element | None) -> bool:
    """A toggle property (``<w:b/>``, ``<w:b w:val="0"/>``) as a bool."""
    return el is not None and el.get(VAL) not in ("0", "false", "off")


def _font(rpr: etree._Element | None) -> str | None:
    fonts = _child(rpr, RFONTS) if rpr is not None else None
    return (fonts.get(_w("ascii")) or fonts.get(_w("hAnsi"))) if fonts is not None else None


def _parse_styles(data: bytes) -> dict[str, _Style]:
    """Style id -> _Style; the default paragraph style is also under ``""`` (a paragraph that names none has it)."""
    root = SafeZip.parse(data, "word/styles.xml")
    raw: dict[str, tuple[etree._Element, str | None]] = {}
    default_id = None
    defaults = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{RPR}")
    default_font = _font(defaults)
    for st in root.iterchildren(_w("style")):
        sid = st.get(_w("styleId"))
        if sid:
            based = st.find(_w("basedOn"))
            raw[sid] = (st, based.get(VAL) if based is not None else None)
            if st.get(_w("type")) == "paragraph" and st.get(_w("default")) in ("1", "true", "on"):
                default_id = sid
    out: dict[str, _Style] = {}
    for sid in raw:
        style, seen, cur = _Style(), 0, sid
        while cur in raw and seen < 12:  # basedOn chains are short; a loop is damage
            el, parent = raw[cur]
            name_el = el.find(_w("name"))
            name = name_el.get(VAL, "") if name_el is not None else ""
            style.name = style.name or name
            if _CONTENTS_STYLE.match(name):
                style.contents = True
            if _HEADING_STYLE.match(name):  # a variant of "heading 2" is still a heading
                style.heading = True
            ppr = el.find(PPR)
            if ppr is not None:
                lvl = ppr.find(_w("outlineLvl"))
                if lvl is not None and (lvl.get(VAL) or "9").isdigit() and int(lvl.get(VAL) or 9) < 9:
                    style.heading = True
                if ppr.find(_w("numPr")) is not None:
                    style.listed = True
            rpr = el.find(RPR)
            if rpr is not None and _on(rpr.find(B)):
                style.bold = True
            style.font = style.font or _font(rpr)
            cur, seen = parent, seen + 1
        style.font = style.font or default_font
        out[sid] = style
    out[""] = out[default_id] if default_id in out else _Style(font=default_font)
    return out


_cached_styles = lru_cache(maxsize=32)(_parse_styles)
CACHE_STYLES_UP_TO = 1 << 20  # the cache keeps its keys: never hold a hostile giant part


class _Reader:
    """Walks one DOCX package; collects body blocks and note anchors in order."""

    def __init__(self, pkg: SafeZip, doc: Document) -> None:
        self.pkg = pkg
        self.doc = doc
        self.styles = self._styles()
        self.table_no = 0
        # (block, char, kind, note id, custom mark) in reading order
        self.anchors: list[tuple[Block | None, int, str, str, str | None]] = []
        self.boxes: list[etree._Element] = []  # text boxes met in the paragraph being read
        self.legacy: set[str] = set()  # the legacy tables runs typed in legacy fonts were read through
        self.box_depth = 0

    # -- styles --------------------------------------------------------
    def _styles(self) -> dict[str, _Style]:
        """Style id -> what the layout needs; cached by content, since a batch
        of reports from one office shares one template's styles part."""
        data = _transitional(self.pkg.read("word/styles.xml"))
        if not data:
            return {}
        return _cached_styles(data) if len(data) <= CACHE_STYLES_UP_TO else _parse_styles(data)

    # -- paragraphs ----------------------------------------------------
    def read_para(self, p: etree._Element, into: _Para | None = None) -> tuple[_Para, etree._Element | None]:
        """``into``: the paragraphs before whose marks were deleted (tracked changes): this one goes on them."""
        para = into or _Para(segments=[""])
        pstyle_bold = False
        ppr = _child(p, PPR)
        ps = _child(ppr, PSTYLE) if ppr is not None else None
        style = self.styles.get(ps.get(VAL, "") if ps is not None else "", _Style())
        if ps is not None:
            pstyle_bold = style.bold
        state: dict[str, Any] = {"custom": None, "fields": [], "font": style.font}
        self._walk_runs(p, para, pstyle_bold, state)
        return para, ppr

    def _walk_runs(self, parent: etree._Element, para: _Para, bold: bool, state: dict[str, Any]) -> None:
        for child in parent:
            tag = child.tag
            if tag == R_:
                self._run(child, para, bold, state)
            elif tag in _TRANSPARENT:
                self._walk_runs(child, para, bold, state)
            elif tag == ALTERNATE:
                choice = _child(child, CHOICE)
                if choice is not None:
                    self._walk_runs(choice, para, bold, state)

    def _run(self, r: etree._Element, para: _Para, style_bold: bool, state: dict[str, Any]) -> None:
        children = [(el.tag, el) for el in r]  # one pass over lxml proxies; the run's properties come first
        fields: list[bool] = state["fields"]  # per open field: whether its result is showing (past ``separate``)
        if fields and not all(fields) and not any(tag == FLDCHAR for tag, _ in children):
            return  # inside a field's code: a field nested there (a MERGEFIELD in an IF) shows nothing
        bold = style_bold
        font: str | None = None
        for tag, el in children:
            if tag == RPR:
                b = _child(el, B)
                if b is not None:
                    bold = _on(b)
                font = _font(el)
                break
        font = font or state.get("font")
        for tag, el in children:
            if tag == T:
                text = el.text or ""
                if state["custom"] is not None:  # a custom footnote mark is the marker, not body text
                    idx = state["custom"]
                    seg, kind, nid, _ = para.anchors[idx]
                    para.anchors[idx] = (seg, kind, nid, text)
                    state["custom"] = None
                    continue
                if font is not None and (codec := legacy_font_codec(font)):
                    # (a run typed in ``.VnTime``: the font's glyphs, as letters)
                    glyphs, text = text, from_font_glyphs(text, font, para.glyphs)
                    para.glyphs = (para.glyphs + glyphs)[-_GLYPH_CONTEXT:]
                    self.legacy.add(codec)
                else:
                    para.glyphs = ""
                para.segments[-1] += text
                n = len(text) - text.count(" ")
                if bold:
                    para.bold_chars += n
                else:
                    para.plain_chars += n
            elif tag == TAB:
                para.segments[-1] += "\t"
            elif tag in (BR, CR):
                para.segments[-1] += "\n"
            elif tag == NBH:
                para.segments[-1] += "-"
            elif tag == SOFTHYPHEN and font is not None and legacy_font_codec(font):
                para.segments[-1] += from_font_glyphs("\xad", font, para.glyphs)  # (TCVN3's ``ư`` is the soft hyphen's byte)
                para.glyphs = (para.glyphs + "\xad")[-_GLYPH_CONTEXT:]
            elif tag == FLDCHAR:
                kind = el.get(FLDCHARTYPE)
                if kind == "begin":
                    fields.append(False)
                elif kind == "separate" and fields:
                    fields[-1] = True
                elif kind == "end" and fields:
                    fields.pop()
            elif tag == SYM:
                para.segments[-1] += symbol_char(el.get(_w("font")), el.get(_w("char")))
            elif tag in (FNREF, ENREF):
                para.anchors.append((len(para.segments), "footnote" if tag == FNREF else "endnote", el.get(ID, ""), None))
                para.segments.append("")
                if el.get(_w("customMarkFollows")) in ("1", "true", "on"):
                    state["custom"] = len(para.anchors) - 1
            elif tag in _DRAWINGS:
                self._queue_boxes(el)

    def _queue_boxes(self, el: etree._Element) -> None:
        """Text boxes float outside the flow; their text is read after the paragraph holding them.

        Word writes each box twice (a DrawingML ``mc:Choice`` and a VML
        ``mc:Fallback``); only the first is read.
        """
        if el.tag == ALTERNATE:
            choice = _child(el, CHOICE)
            el = choice if choice is not None else el
        for box in el.iter(TXBX):
            if not any(box is seen or seen in box.iterancestors() for seen in self.boxes):  # inner boxes come with their outer one
                self.boxes.append(box)

    def _kind(self, text: str, ppr: etree._Element | None, para: _Para) -> str:
        style = _Style()
        if ppr is not None:
            ps = _child(ppr, PSTYLE)
            if ps is not None:
                style = self.styles.get(ps.get(VAL, ""), _Style())
            lvl = _child(ppr, OUTLINE)
            if lvl is not None and (lvl.get(VAL) or "").isdigit() and int(lvl.get(VAL)) < 9:
                return "heading"
        if style.heading:
            return "heading"
        if (ppr is not None and _child(ppr, NUMPR) is not None) or style.listed or _LIST_START.match(text):
            return "list_item"
        if len(text) <= MAX_HEADING and not text.endswith((",", ";")):
            letters = [c for c in text if c.isalpha()]
            if len(letters) >= 2 and text.upper() == text:
                return "heading"
            if para.bold_chars and not para.plain_chars and not text.endswith("."):
                return "heading"
        return "paragraph"

    def emit_para(self, p: etree._Element, joined: list[etree._Element] | None = None) -> None:
        """One paragraph's block; ``joined`` are the paragraphs before it whose marks a tracked change
        deleted: accepted, they are one paragraph with it, under its mark."""
        self.boxes = []
        if self._contents(p):
            return  # (its headings come again, in place, with their text)
        para = None
        for before in joined or ():
            para, _ = self.read_para(before, para)
        para, ppr = self.read_para(p, para)
        boxes, self.boxes = self.boxes, []
        text, anchors = para.text_and_anchors()
        block = None
        if text:
            block = self.doc.add_block(self._kind(text, ppr, para), text)
        for char, kind, nid, mark in anchors:
            self._anchor(block, char, kind, nid, mark)
        if boxes and self.box_depth < MAX_BOX_DEPTH:
            self.box_depth += 1
            for box in boxes:
                self._body_children(box)
            self.box_depth -= 1

    def _contents(self, p: etree._Element) -> bool:
        ppr = _child(p, PPR)
        ps = _child(ppr, PSTYLE) if ppr is not None else None
        if ps is None:
            return False
        sid = ps.get(VAL, "")  # (Word's ids are ``TOC1``…; a template may use them without defining them)
        return self.styles.get(sid, _Style()).contents or bool(_CONTENTS_STYLE.match(sid))

    def _anchor(self, block: Block | None, char: int, kind: str, nid: str, mark: str | None) -> None:
        if block is None:  # a note referenced from an empty paragraph: hang it on the last text
            body = [b for b in self.doc.blocks[-1:] if b.kind != "footnote"]
            block = body[0] if body else None
            char = len(block.text) if block else 0
        self.anchors.append((block, char, kind, nid, mark))

    # -- tables --------------------------------------------------------
    def emit_table(self, tbl: etree._Element) -> None:
        table_no = self.table_no
        self.table_no += 1
        nested: list[etree._Element] = []
        for row_no, tr in enumerate(_rows(tbl)):
            col = 0
            for tc in self._cells(tr):
                tcpr = tc.find(_w("tcPr"))
                span = 1
                merged = False
                if tcpr is not None:
                    gs = tcpr.find(_w("gridSpan"))
                    if gs is not None and (gs.get(VAL) or "").isdigit():
                        span = max(1, min(int(gs.get(VAL)), 64))
                    vm = tcpr.find(_w("vMerge"))
                    merged = vm is not None and vm.get(VAL, "continue") == "continue"
                if not merged:
                    self._cell(tc, table_no, row_no, col, nested)
                col += span
        for inner in nested:
            self.emit_table(inner)

    def _cells(self, tr: etree._Element) -> list[etree._Element]:
        cells: list[etree._Element] = []
        for child in tr:
            if child.tag == TC:
                cells.append(child)
            elif child.tag in (SDT, CUSTOM_XML):
                content = child.find(SDTCONTENT) if child.tag == SDT else child
                if content is not None:
                    cells.extend(content.iterchildren(TC))
        return cells

    def _cell(self, tc: etree._Element, table_no: int, row: int, col: int, nested: list[etree._Element]) -> None:
        texts: list[str] = []
        anchors: list[tuple[int, str, str, str | None]] = []
        pos = 0
        for p in self._flow(tc, nested):
            para, _ = self.read_para(p)
            text, local = para.text_and_anchors()
            if not text and not local:
                continue
            if texts:
                pos += 1  # the "\n" joining paragraphs of one cell
            anchors.extend((pos + c, k, n, m) for c, k, n, m in local)
            texts.append(text)
            pos += len(text)
        text = "\n".join(texts)
        block = None
        if text.strip():
            block = self.doc.add_block("table_cell", text, table_no=table_no, row=row, col=col)
        for char, kind, nid, mark in anchors:
            self._anchor(block, min(char, len(text)), kind, nid, mark)

    def _flow(self, container: etree._Element, nested: list[etree._Element]) -> list[etree._Element]:
        """Paragraphs of a cell in order; tables inside it are queued as tables of their own."""
        out: list[etree._Element] = []
        for child in container:
            if child.tag == P:
                out.append(child)
            elif child.tag == TBL:
                nested.append(child)
            elif child.tag in _BLOCK_WRAPPERS:
                out.extend(self._flow(child, nested))
        return out

    # -- body ----------------------------------------------------------
    def read_body(self, root: etree._Element) -> None:
        body = root.find(_w("body"))
        if body is None:
            raise LoadError("DOCX main part has no w:body")
        self._body_children(body)

    def _body_children(self, parent: etree._Element) -> None:
        joined: list[etree._Element] = []
        for child in parent:
            if child.tag == P and _mark_deleted(child):
                joined.append(child)
                continue
            if child.tag == P:
                self.emit_para(child, joined)
                joined = []
                continue
            if child.tag != TBL and child.tag not in _BLOCK_WRAPPERS:
                continue  # (a bookmark, the section's properties: no content, no break in a join)
            if joined:  # nothing to join: a table follows (Word keeps such a mark)
                self.emit_para(joined[-1], joined[:-1])
                joined = []
            if child.tag == TBL:
                self.emit_table(child)
            else:
                self._body_children(child)
        if joined:
            self.emit_para(joined[-1], joined[:-1])

    # -- notes ---------------------------------------------------------
    def notes(self, part: str | None, tag: str) -> dict[str, str]:
        """Note id -> cleaned text; separators are layout, not notes."""
        if not part:
            return {}
        root = _xml(self.pkg, part)
        if root is None:
            return {}
        out: dict[str, str] = {}
        for note in root.iterchildren(_w(tag)):
            if note.get(_w("type")) in _SKIP_TYPES:
                continue
            out[note.get(ID, "")] = "\n".join(self._note_lines(note))
        return out

    def _note_lines(self, container: etree._Element) -> list[str]:
        """A note's paragraphs, and a table in it as a line per row, its cells apart by tabs (the
        rows of ``Chi tiết theo xã:`` were lost with their figures)."""
        lines: list[str] = []
        tables: list[etree._Element] = []
        for p in self._flow(container, tables):
            para, _ = self.read_para(p)
            text, _anchors = para.text_and_anchors()
            if text:
                lines.append(text)
        for tbl in tables:  # (``_flow`` queues them: after the note's paragraphs, as they are rare and short)
            for tr in _rows(tbl):
                cells = [" ".join(self._note_lines(tc)) for tc in self._cells(tr)]
                if any(cells):
                    lines.append("\t".join(cells))
        return lines


def _mark_deleted(p: etree._Element) -> bool:
    """Whether a tracked change deleted the paragraph's mark (``w:pPr/w:rPr/w:del``)."""
    ppr = _child(p, PPR)
    rpr = _child(ppr, RPR) if ppr is not None else None
    return rpr is not None and _child(rpr, DEL) is not None


def _rows(tbl: etree._Element) -> Iterator[etree._Element]:
    """A table's rows in order, those a content control or custom XML wraps too (a row so wrapped was
    lost); a row deleted under tracked changes is no row."""
    for child in tbl:
        if child.tag == TR:
            trpr = _child(child, TRPR)
            if trpr is None or _child(trpr, DEL) is None:
                yield child
        elif child.tag in _BLOCK_WRAPPERS:
            yield from _rows(child)


def _transitional(data: bytes | None) -> bytes | None:
    if data and b"purl.oclc.org/ooxml" in data[:4096]:
        for strict, transitional in _STRICT:
            data = data.replace(strict, transitional)
    return data


def _xml(pkg: SafeZip, name: str) -> etree._Element | None:
    """A part parsed as ``SafeZip.xml`` does, Strict Open XML read as transitional."""
    data = _transitional(pkg.read(name))
    return None if data is None else SafeZip.parse(data, name, pkg.what)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _parts(pkg: SafeZip) -> tuple[str, str | None, str | None]:
    """Main, footnotes and endnotes part names, following the package relationships."""
    main = "word/document.xml"
    rels = pkg.xml("_rels/.rels")
    if rels is not None:
        for rel in rels.iterchildren(f"{{{PKG_REL}}}Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                main = rel.get("Target", main).lstrip("/")
    folder = main.rsplit("/", 1)[0] + "/" if "/" in main else ""
    found: dict[str, str] = {}
    doc_rels = pkg.xml(f"{folder}_rels/{main.rsplit('/', 1)[-1]}.rels")
    if doc_rels is not None:
        for rel in doc_rels.iterchildren(f"{{{PKG_REL}}}Relationship"):
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            target = rel.get("Target", "")
            if kind in ("footnotes", "endnotes") and target and rel.get("TargetMode") != "External":
                found[kind] = target.lstrip("/") if target.startswith("/") else folder + target
    names = pkg.names()
    fn = found.get("footnotes") or ("word/footnotes.xml" if "word/footnotes.xml" in names else None)
    en = found.get("endnotes") or ("word/endnotes.xml" if "word/endnotes.xml" in names else None)
    return main, fn, en


def load(data: bytes, doc: Document) -> None:
    if not data:
        raise LoadError("empty DOCX (0 bytes)")
    pkg = SafeZip(data, "DOCX")
    main, fn_part, en_part = _parts(pkg)
    root = _xml(pkg, main)
    if root is None:
        raise LoadError(f"DOCX has no main document part ({main})")
    reader = _Reader(pkg, doc)
    reader.read_body(root)
    attach_notes(doc, reader.anchors, {"footnote": reader.notes(fn_part, "footnote"), "endnote": reader.notes(en_part, "endnote")})
    if reader.legacy:  # (text typed in legacy fonts, read through their tables: say so, as a text file's encoding does)
        doc.encoding = "+".join(sorted(reader.legacy))
    doc.title = doc.title or find_title(doc.blocks)


def attach_notes(doc: Document, anchors: list[tuple[Block | None, int, str, str, str | None]],
                 notes: dict[str, dict[str, str]]) -> None:
    """Number notes by first reference and add their blocks after the body.

    Ids are not the printed numbers (Word starts at 1, a LibreOffice re-save at
    2); what the reader sees is the order, so that is the number. Notes never
    referenced are kept (their text is still the author's) without an anchor.
    """
    order: list[tuple[str, str, Block | None, int, str | None]] = []
    seen: set[tuple[str, str]] = set()
    for block, char, kind, nid, mark in anchors:
        if (kind, nid) in seen or nid not in notes.get(kind, {}):
            continue
        seen.add((kind, nid))
        order.append((kind, nid, block, char, mark))
    for kind, table in notes.items():
        order.extend((kind, nid, None, 0, None) for nid in table if (kind, nid) not in seen)
    counters = {"footnote": 0, "endnote": 0}
    number = 0
    for kind, nid, block, char, mark in order:
        text = notes[kind][nid]
        if mark and text.startswith(mark):
            text = text[len(mark):].lstrip()  # (Word writes the custom mark as the note's first text too)
        if not text:
            continue
        if not mark:  # a note with a custom mark (``*``) takes no number: Word's next note is still 2
            counters[kind] += 1
        number += 1
        shown = mark or (str(counters[kind]) if kind == "footnote" else _roman(counters[kind]))
        fblock = doc.add_block("footnote", text, footnote_no=number)
        doc.footnotes.append(Footnote(
            footnote_no=number, marker=shown, block_id=fblock.block_id,
            anchor_block_id=block.block_id if block is not None else None,
            anchor_char=char if block is not None else None, text=text,
        ))
