"""`vnreport show`: the span layer, the terminal view, and the HTML view as a
real browser renders it."""
from __future__ import annotations

import argparse
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html as lxml_html

from pipeline.ingest import process
from pipeline.load import load_path
from pipeline.models import Document, Footnote
from pipeline.show import main, render_html, render_text
from pipeline.spans import Piece, span_layer, tokenize

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)

BODY = "Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị, phường An Hòa có 1.156 người dự\n, tăng <5%> & “ổn”."
NOTE = "Kế hoạch số 53-KH/TU ngày 11/3/2022 của Ban Thường vụ Thành ủy."


def sample() -> Document:
    """A hand-built document: nested items (reference ⊃ date), a place, a figure, one footnote."""
    doc = Document(doc_id="t.txt", path="t.txt", format="text", sha256="")
    body = doc.add_block("paragraph", BODY)
    note = doc.add_block("footnote", NOTE, footnote_no=1)
    ref = BODY.index("Kết luận")
    doc.add("references", body, ref, BODY.index(", phường"), symbol="01-KL/TW", type="Kết luận",
            date="2021-05-18", issuing_body="Bộ Chính trị")
    day = BODY.index("18/5/2021")
    doc.add("dates", body, day, day + 9).update(kind="day", start="2021-05-18", end="2021-05-18")
    place = BODY.index("An Hòa")
    doc.add("entities", body, place, place + 6, category="place", name="An Hòa", type="phường")
    fig = BODY.index("1.156")
    doc.add("figures", body, fig, fig + len("1.156 người dự"), value=1156.0, unit="người", kind="count")
    ref2 = NOTE.index("53-KH/TU")
    doc.add("references", note, ref2, ref2 + 8, symbol="53-KH/TU")
    doc.footnotes.append(Footnote(1, "\ufffd", note.block_id, body.block_id, BODY.index("\n,"), NOTE))
    for row, texts in enumerate((("Chỉ tiêu", "Năm 2025"), ("Thu ngân sách", "560 tỷ đồng"))):
        for col, text in enumerate(texts):
            cell = doc.add_block("table_cell", text, table_no=0, row=row, col=col)
    doc.add("figures", cell, 0, len(cell.text), value=560e9, unit="VND", kind="money")
    return doc


def test_tokenize_keeps_text_exactly() -> None:
    for text in (BODY, "  a  b\n\n c ", "", "x"):
        assert tokenize(text).text == text


def test_span_layer_nests_and_keeps_anchor_outside_highlights() -> None:
    doc = sample()
    layer = span_layer(doc)[0]
    highlights = [p for p in layer if hasattr(p, "covered")]
    kinds = [p.kind for p in highlights]
    assert kinds == ["reference", "place", "figure"]  # the date is inside the reference
    assert [s.label_ for s in highlights[0].covered] == ["reference", "date"]
    assert "date=2021-05-18" in highlights[0].covered[0].kb_id_
    anchors = [p for p in layer if not hasattr(p, "covered")]
    assert len(anchors) == 1 and BODY[: anchors[0].start].endswith("người dự")
    assert [p.start for p in layer] == sorted(p.start for p in layer)


def test_terminal_view_marks_items_and_anchor() -> None:
    plain = render_text(sample(), color=False)
    assert "⟦Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị⟧" in plain
    assert "⟦1.156 người dự⟧[^1]" in plain
    assert "date «18/5/2021» kind=day, start=2021-05-18" in plain
    colored = render_text(sample(), color=True)
    assert "\x1b[30;45mAn Hòa\x1b[0m" in colored and "⟦" not in colored


def _browser_dom(page: Path, tmp_path: Path) -> lxml_html.HtmlElement:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return lxml_html.fromstring(done.stdout)


def test_html_in_browser_has_highlights_tooltips_and_footnote_links(tmp_path: Path) -> None:
    page = tmp_path / "t.html"
    page.write_text(render_html(sample()), encoding="utf-8")
    dom = _browser_dom(page, tmp_path)
    marks = dom.xpath("//mark[contains(@class, 'vn-item')]")
    assert [m.get("data-kind") for m in marks] == ["reference", "place", "figure", "figure", "reference"]
    ref = marks[0]
    assert ref.text_content().strip() == "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"
    assert "symbol=01-KL/TW" in ref.get("title") and "start=2021-05-18" in ref.get("title")
    assert "unit=người" in marks[2].get("title")
    link = dom.xpath("//sup[@id='fnref-1']/a[@href='#fn-1']")
    assert len(link) == 1
    note = dom.xpath("//*[@id='fn-1']")
    assert len(note) == 1 and "53-KH/TU" in note[0].text_content()
    assert note[0].xpath(".//a[@href='#fnref-1']")
    grid = [[td.text_content().strip() for td in tr.xpath("./td")] for tr in dom.xpath("//table[@data-table='0']//tr")]
    assert grid == [["Chỉ tiêu", "Năm 2025"], ["Thu ngân sách", "560 tỷ đồng"]]
    assert "value=560000000000" in marks[3].get("title")  # money shown as VND, not 5.6e+11
    body_text = dom.xpath("//main")[0].text_content()
    assert "tăng <5%> & “ổn”" in body_text  # escaped, not parsed as markup


def test_show_command_on_a_seed_in_browser(tmp_path: Path) -> None:
    seed = ROOT / "corpora" / "000_d391d817edf3867c.txt"
    out = tmp_path / "seed.html"
    assert main(argparse.Namespace(file=seed, html=out, color="never")) == 0
    dom = _browser_dom(out, tmp_path)
    refs = dom.xpath("//sup[starts-with(@id, 'fnref-')]/a/@href")
    notes = dom.xpath("//section[starts-with(@id, 'fn-')]/@id")
    assert refs and [r[1:] for r in refs] == notes  # every marker links to its note, in order
    doc = process(load_path(seed))
    assert sorted(int(b) for b in dom.xpath("//*[@data-block]/@data-block")) == [b.block_id for b in doc.blocks]
    drawn = [p for layer in span_layer(doc).values() for p in layer if isinstance(p, Piece)]
    assert len(dom.xpath("//mark[contains(@class, 'vn-item')]")) == len(drawn)


def test_show_keeps_blocks_when_an_extractor_fails(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import pipeline.show

    monkeypatch.setattr(pipeline.show, "process", lambda doc: doc.fail("extractor dates failed: boom"))
    seed = ROOT / "corpora" / "004_6c38e894d8bd34c0.txt"
    assert main(argparse.Namespace(file=seed, html=None, color="never")) == 1
    captured = capsys.readouterr()
    assert "problem: extractor dates failed: boom" in captured.out and "[^11]" in captured.out
    assert "showing the blocks without items" in captured.err


def test_show_reports_a_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(argparse.Namespace(file=empty, html=None, color="never")) == 1
    assert "empty" in capsys.readouterr().err
