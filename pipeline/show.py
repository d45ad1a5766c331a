"""``vnreport show``: one file as the pipeline sees it.

An archivist checks a file, and a developer debugs an extractor, by looking at
the blocks the loader made, where each footnote's anchor landed, and which
characters each extractor claimed. Both renderings (HTML, terminal) read the
same span layer (:mod:`pipeline.spans`), so what one shows the other shows.
"""
from __future__ import annotations

import argparse
import copy
import html
import os
import sys
from pathlib import Path
from typing import Any

from spacy import displacy

from pipeline.evaluate import emit
from pipeline.ingest import process
from pipeline.load import load_path
from pipeline.models import Block, Document
from pipeline.spans import KINDS, Anchor, Piece, describe, span_layer

COLORS = {
    "reference": "#ffd28a",
    "date": "#a8d8ff",
    "figure": "#b8f0b0",
    "place": "#f4b8e4",
    "organization": "#d8c8ff",
    "footnote": "transparent",
}
ANSI = {
    "reference": "\x1b[30;43m",
    "date": "\x1b[30;46m",
    "figure": "\x1b[30;42m",
    "place": "\x1b[30;45m",
    "organization": "\x1b[30;47m",
    "footnote": "\x1b[1;31m",
}
ANSI_DIM, ANSI_RESET = "\x1b[2m", "\x1b[0m"

# displacy's entity renderer fills this per item; `params` carry what its
# stock template lacks (the tooltip, the footnote link).
TEMPLATE = ('<{tag} class="{cls}" data-kind="{label}" title="{tip}" '
            'style="background: {bg}; padding: 0.1em 0.2em; border-radius: 0.25em"{attrs}>{inner}{text}</{tag}>')

PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; line-height: 1.6; }}
.block {{ margin: 0.6rem 0; padding: 0.2rem 0.6rem; border-left: 3px solid #ddd; }}
.block-heading {{ font-weight: bold; border-color: #888; }}
.block-footnote {{ font-size: 0.9em; border-color: #c66; }}
table.cells {{ border-collapse: collapse; margin: 0.6rem 0; font-size: 0.9em; }}
table.cells td {{ border: 1px solid #bbb; padding: 0.1rem 0.4rem; vertical-align: top; }}
.meta {{ font-size: 0.75em; color: #777; }}
.entities {{ line-height: 1.8 !important; }}
mark.vn-item {{ color: inherit; cursor: help; }}
mark.vn-item:not([data-items="1"]) {{ border-bottom: 2px dotted #555; }}
.block-footnote .entities, .block-footnote .fnno {{ display: inline; }}
sup.fnref a, a.fnback {{ color: #c00; text-decoration: none; font-weight: bold; }}
.legend mark {{ margin-right: 0.5em; }}
.problem {{ color: #a00; font-weight: bold; }}
dl.doc {{ display: grid; grid-template-columns: max-content auto; gap: 0 1em; font-size: 0.9em; }}
</style>
</head>
<body>
{body}
</body>
</html>
"""


# -- HTML --------------------------------------------------------------------

def _ent(piece: Piece) -> dict[str, Any]:
    tip = "\n".join(describe(s) for s in piece.covered)
    return {
        "start": piece.start,
        "end": piece.end,
        "label": piece.kind,
        "params": {
            "tag": "mark",
            "cls": f"vn-item vn-{piece.kind}",
            "tip": html.escape(tip, quote=True),
            "attrs": f' data-items="{len(piece.covered)}"',
            "inner": "",
        },
    }


def _anchor_ent(anchor: Anchor) -> dict[str, Any]:
    n = anchor.footnote_no
    return {
        "start": anchor.char,
        "end": anchor.char,
        "label": "footnote",
        "params": {
            "tag": "sup",
            "cls": "fnref",
            "tip": html.escape(f"footnote {n} (printed {anchor.marker!r}): {anchor.preview}", quote=True),
            "attrs": f' id="fnref-{n}"',
            "inner": f'<a href="#fn-{n}">{n}</a>',
        },
    }


def block_html(block: Block, layer: list[Piece | Anchor]) -> str:
    """One block through displacy's entity renderer (text escaped, newlines kept)."""
    ents = [_anchor_ent(p) if isinstance(p, Anchor) else _ent(p) for p in layer]
    return displacy.render({"text": block.text, "ents": ents, "title": None}, style="ent", manual=True,
                           jupyter=False, options={"template": TEMPLATE, "colors": COLORS})


def _meta(block: Block) -> str:
    page = f" · p.{block.page}" if block.page is not None else ""
    cell = f" · table {block.table_no} r{block.row} c{block.col}" if block.table_no is not None else ""
    note = f" · footnote {block.footnote_no}" if block.footnote_no is not None else ""
    return f'<div class="meta">#{block.block_id} {block.kind}{page}{cell}{note}</div>'


def table_html(cells: list[Block], layers: dict[int, list[Piece | Anchor]]) -> str:
    """Consecutive cells of one table drawn as a grid, so a figure is read with its row and column."""
    rows: dict[int, list[Block]] = {}
    for i, cell in enumerate(cells):
        rows.setdefault(cell.row if cell.row is not None else i, []).append(cell)
    lines = [f'<table class="cells" data-table="{cells[0].table_no}">']
    for _, row in sorted(rows.items()):
        tds = "".join(
            f'<td class="block block-table_cell" id="b-{c.block_id}" data-block="{c.block_id}" '
            f'title="#{c.block_id} table {c.table_no} r{c.row} c{c.col}">{block_html(c, layers[c.block_id])}</td>'
            for c in sorted(row, key=lambda c: c.col if c.col is not None else 0))
        lines.append(f"<tr>{tds}</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def render_html(doc: Document, problem: str | None = None) -> str:
    """A self-contained page: header facts, legend, body blocks, then the notes."""
    layers = span_layer(doc)
    facts = [("file", doc.path), ("format", doc.format), ("encoding", doc.encoding), ("title", doc.title),
             ("own symbol", doc.own_symbol), ("issued", doc.issued_date),
             ("items", ", ".join(f"{len(doc.rows(t))} {t}" for t in sorted(doc.items)) or "none")]
    parts = [f"<h1>{html.escape(doc.title or doc.path)}</h1>"]
    if problem:
        parts.append(f'<p class="problem">{html.escape(problem)}</p>')
    parts.append('<dl class="doc">')
    parts += [f"<dt>{k}</dt><dd>{html.escape(str(v))}</dd>" for k, v in facts if v is not None]
    parts.append("</dl>")
    parts.append('<p class="legend">' + "".join(
        f'<mark class="vn-legend" style="background: {COLORS[k]}">{k}</mark>' for k in KINDS) + "</p>")
    body, notes = [], []
    cells: list[Block] = []
    for block in doc.blocks:
        if cells and (block.kind != "table_cell" or block.table_no != cells[0].table_no):
            body.append(table_html(cells, layers))
            cells = []
        if block.kind == "table_cell":
            cells.append(block)
            continue
        markup = block_html(block, layers[block.block_id])
        if block.kind == "footnote" and block.footnote_no is not None:
            n = block.footnote_no
            back = f' <a class="fnback" href="#fnref-{n}" title="back to the text">↩</a>'
            notes.append(f'<section class="block block-footnote" id="fn-{n}" data-block="{block.block_id}">'
                         f'{_meta(block)}<span class="fnno">{n}.</span>{markup}{back}</section>')
        else:
            body.append(f'<section class="block block-{block.kind}" id="b-{block.block_id}" '
                        f'data-block="{block.block_id}">{_meta(block)}{markup}</section>')
    if cells:
        body.append(table_html(cells, layers))
    parts += ['<main class="body">', *body, "</main>"]
    if notes:
        parts += ['<hr><aside class="footnotes"><h2>Footnotes</h2>', *notes, "</aside>"]
    return PAGE.format(title=html.escape(doc.path), body="\n".join(parts))


# -- terminal ----------------------------------------------------------------

def _paint(text: str, style: str, color: bool) -> str:
    return f"{style}{text}{ANSI_RESET}" if color else text


def block_ansi(block: Block, layer: list[Piece | Anchor], color: bool) -> str:
    """The block text with items on their kind's background and ``[^N]`` anchors."""
    out, at = [], 0
    for p in layer:
        out.append(block.text[at:p.start])
        if isinstance(p, Anchor):
            out.append(_paint(f"[^{p.footnote_no}]", ANSI["footnote"], color))
            at = p.start
        else:
            shown = block.text[p.start:p.end]
            out.append(_paint(shown, ANSI[p.kind], color) if color else f"⟦{shown}⟧")
            at = p.end
    out.append(block.text[at:])
    return "".join(out)


def render_text(doc: Document, color: bool, problem: str | None = None) -> str:
    layers = span_layer(doc)
    lines = [f"{doc.path}  ({doc.format}{', ' + doc.encoding if doc.encoding else ''})",
             f"title: {doc.title}  own symbol: {doc.own_symbol}  issued: {doc.issued_date}",
             "legend: " + " ".join(_paint(k, ANSI[k], color) for k in KINDS), ""]
    if problem:
        lines.insert(2, _paint(f"problem: {problem}", ANSI["footnote"], color))
    for block in doc.blocks:
        where = f" fn:{block.footnote_no}" if block.footnote_no is not None else ""
        page = f" p.{block.page}" if block.page is not None else ""
        lines.append(_paint(f"[#{block.block_id} {block.kind}{page}{where}]", ANSI_DIM, color))
        lines.append(block_ansi(block, layers[block.block_id], color))
        for piece in layers[block.block_id]:
            if isinstance(piece, Piece):
                lines += [_paint(f"    {describe(s)}", ANSI_DIM, color) for s in piece.covered]
    return "\n".join(lines)


# -- command -----------------------------------------------------------------

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="one input file")
    parser.add_argument("--html", type=Path, metavar="OUT.html", help="write an HTML view instead of printing")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="ANSI colors in the terminal view (auto: when stdout is a terminal)")


def main(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        print(f"vnreport show: no such file: {args.file}", file=sys.stderr)
        return 2
    doc = load_path(args.file)
    if doc.status != "ok":
        print(f"vnreport show: {doc.path}: {doc.error}", file=sys.stderr)
        return 1
    extracted = process(copy.deepcopy(doc))
    problem = None
    if extracted.status == "ok":
        doc = extracted
    else:  # the blocks are still worth seeing: they are what the broken extractor was given
        problem = extracted.error
        print(f"vnreport show: {doc.path}: {problem}; showing the blocks without items", file=sys.stderr)
    if args.html:
        args.html.write_text(render_html(doc, problem), encoding="utf-8")
        print(f"{doc.path}: {len(doc.blocks)} blocks, {len(doc.footnotes)} footnotes, "
              f"{sum(len(r) for r in doc.items.values())} items → {args.html}")
    else:
        color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty() and "NO_COLOR" not in os.environ)
        emit(render_text(doc, color, problem))
    return 0 if problem is None else 1
