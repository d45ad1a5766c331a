"""HTML / saved web pages (issue 2): the article, none of the site around it.

The pages are built from the two seed web captures: their article text goes
into templates of the kind of portal they came from (``tests/fixtures/html``),
with the same furniture the captures show at their end — menus, a "Thông tin
khác" list, a visitor counter, a rating widget, a comment box — plus the
paragraph the 002 capture repeats.
"""
from __future__ import annotations

import html
import time
from pathlib import Path

import pytest

from conftest import CORPORA
from pipeline.encodings import cp1258_encode, legacy_codec
from pipeline.ingest import run
from pipeline.load import load_bytes
from pipeline.models import Document

FIXTURES = Path(__file__).parent / "fixtures" / "html"
SEED_002 = (CORPORA / "002_f6e4806f46cbd4e1.txt").read_text(encoding="utf-8").split("\n")
SEED_003 = (CORPORA / "003_8261f7f93639d1a5.txt").read_text(encoding="utf-8").split("\n")

# Phrases only the site says, never the article.
FURNITURE = [
    "Thông tin khác", "Mời bạn là người đầu tiên", "(0)", "Tổng lượt truy cập", "Đang truy cập",
    "Thống kê truy cập", "Ý kiến bạn đọc", "Trang nhất", "Liên kết website", "Bản quyền thuộc", "Thời gian chờ",
    "Tìm kiếm...", "Lượt xem", "JavaScript", "phát học bổng cho sinh viên", "cầu sa đéc", "884,681", "e office",
    "Gửi bình luận", "_gaq", "nv_base_siteurl", "Lịch sử hình thành", "Báo Đồng Tháp",
]
# Menu entries: ordinary words an article may use, so only a short block that starts with one is furniture.
MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Liên hệ", "Hôm nay", "Văn bản"]
COUNTS = {"679", "0", "13", "152"}  # view, comment and visitor counts, each alone in its element


def _is_furniture(text: str) -> bool:
    low = text.lower()
    return (any(junk.lower() in low for junk in FURNITURE) or text in COUNTS
            or any(low.startswith(m.lower()) and len(low) < 40 for m in MENU))


def _ws(text: str) -> str:
    return " ".join(text.split())


def _fill(template: str, **parts: str) -> bytes:
    page = (FIXTURES / template).read_text(encoding="utf-8")
    for name, value in parts.items():
        page = page.replace("{{" + name + "}}", value)
    return page.encode("utf-8")


# -- the two seed pages -----------------------------------------------------------------

TITLE_002 = SEED_002[0]
ARTICLE_002 = SEED_002[1:4]  # line 5 repeats line 4 verbatim, as the capture does
assert SEED_002[4] == SEED_002[3]


def page_002() -> bytes:
    body = "\n".join(f'<p style="text-align: justify;">{html.escape(line)}</p>' for line in SEED_002[1:5])
    body += f'\n<p style="text-align: right;"><strong>{html.escape(SEED_002[5])}</strong></p>'
    start = SEED_002.index("Thông tin khác") + 1
    other = "\n".join(
        f'<li><a href="/tin/{i}">{html.escape(line[2:].rsplit(" (", 1)[0])}</a> '
        f'<span class="date">({line.rsplit("(", 1)[1]}</span></li>'
        for i, line in enumerate(SEED_002[start:]) if line.startswith("- ")
    )
    return _fill("portal_002.html", TITLE=html.escape(TITLE_002), ARTICLE=body, OTHER=other)


TITLE_003 = SEED_003[0]
_END_003 = SEED_003.index("Nguyễn Thu")
ARTICLE_003 = [_ws(line) for line in SEED_003[5:_END_003] if line.strip()]


def page_003() -> bytes:
    """NukeViet body: justified <p>s, and the mass organisations' lines as one <p> cut by <br />."""
    paras = [html.escape(line) for line in ARTICLE_003]
    orgs = [p for p in paras if p.startswith(("- ", "* "))]
    first = paras.index(orgs[0])
    body = [f'<p style="text-align: justify;">&nbsp; &nbsp; {p}</p>' for p in paras[:first]]
    body.append('<p style="text-align: justify;">' + "<br />\n".join(orgs) + "</p>")
    body += [f'<p style="text-align: justify;">{p}</p>' for p in paras[first + len(orgs):]]
    body.append("<p>&nbsp;</p>")
    return _fill("nukeviet_003.html", TITLE=html.escape(TITLE_003), ARTICLE="\n".join(body))


@pytest.fixture(scope="module")
def doc_002() -> Document:
    return load_bytes(page_002(), "tanquydong.html")


@pytest.fixture(scope="module")
def doc_003() -> Document:
    return load_bytes(page_003(), "hoathanh.htm")


@pytest.mark.parametrize("which", ["002", "003"])
def test_every_article_paragraph_is_a_block(which, doc_002, doc_003):
    doc, article = (doc_002, ARTICLE_002) if which == "002" else (doc_003, ARTICLE_003)
    assert doc.status == "ok", doc.error
    texts = [b.text for b in doc.blocks]
    for line in article:
        assert _ws(line) in texts, line[:80]


@pytest.mark.parametrize("which", ["002", "003"])
def test_no_furniture_reaches_any_block(which, doc_002, doc_003):
    doc = doc_002 if which == "002" else doc_003
    for block in doc.blocks:
        assert not _is_furniture(block.text), block.text[:80]


def test_no_other_news_item_reaches_any_block(doc_002):
    start = SEED_002.index("Thông tin khác") + 1
    items = [line[2:].rsplit(" (", 1)[0] for line in SEED_002[start:] if line.startswith("- ")]
    assert len(items) == 8
    for block in doc_002.blocks:
        assert not any(item.rstrip(".") in block.text for item in items), block.text[:80]


def test_repeated_paragraph_is_kept_once(doc_002):
    assert [b.text for b in doc_002.blocks].count(_ws(SEED_002[3])) == 1


def test_blocks_are_the_article_and_nothing_else(doc_002, doc_003):
    """Beyond the article: only its heading, the date line and the byline may appear."""
    allowed_002 = {_ws(TITLE_002), _ws(SEED_002[5]), "Ngày đăng: 08/07/2022"}
    assert {b.text for b in doc_002.blocks} - {_ws(t) for t in ARTICLE_002} <= allowed_002
    allowed_003 = {_ws(TITLE_003), "Thứ hai - 09/11/2020 09:00", "Nguyễn Thu"}
    assert {b.text for b in doc_003.blocks} - set(ARTICLE_003) <= allowed_003


@pytest.mark.parametrize("which", ["002", "003"])
def test_page_and_its_text_capture_give_the_same_blocks(which, doc_002, doc_003):
    """The seed is a text capture of such a page: headline, dateline, article, in the same order (the page's date
    line, ``Ngày đăng: 08/07/2022``, is the page's own: 002's capture was made without it)."""
    from pipeline.boilerplate import is_stamp

    doc, seed = (doc_002, "002_f6e4806f46cbd4e1.txt") if which == "002" else (doc_003, "003_8261f7f93639d1a5.txt")
    capture = [_ws(b.text) for b in load_bytes((CORPORA / seed).read_bytes(), seed).blocks if not is_stamp(b.text)]
    page = [b.text for b in doc.blocks if not is_stamp(b.text)]
    assert [t for t in capture if t in page] == page  # nothing the capture lacks, same order
    assert [t for t in capture if len(t.split()) >= 5] == [t for t in page if len(t.split()) >= 5]
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].text == _ws(capture[0])


def test_title_and_published(doc_002, doc_003):
    assert doc_002.title == TITLE_002
    assert doc_002.published == "2022-07-08T10:15"  # article:published_time, in the page's own time
    assert doc_003.title == TITLE_003
    assert doc_003.published == "2020-11-09T09:00"  # the visible "Thứ hai - 09/11/2020 09:00" line


def test_block_text_is_clean(doc_003):
    for block in doc_003.blocks:
        assert "\u00a0" not in block.text and "  " not in block.text and block.text == block.text.strip()


def test_a_sidebar_date_line_is_not_the_page_date():
    other = '<div class="side"><ul><li>Thứ năm - 15/07/2024 08:00</li><li>Tin khác của phường</li></ul></div>'
    page = page_003().replace('<span class="h5">Thứ hai - 09/11/2020 09:00</span>'.encode(), b"")
    page = page.replace(b"</section>", other.encode() + b"</section>")
    doc = load_bytes(page, "no-date.htm")
    assert doc.status == "ok"
    assert not doc.published or not doc.published.startswith("2024")
    assert not any("15/07/2024" in b.text for b in doc.blocks)


# -- structure ----------------------------------------------------------------------------

def test_headings_lists_and_table_cells():
    sentences = [_ws(line) for line in ARTICLE_003]
    page = f"""<html><head><meta charset="utf-8"><title>Báo cáo</title></head><body><article>
    <h1>Kết quả thực hiện công tác Dân vận năm 2020</h1>
    <p>{html.escape(sentences[0])}</p>
    <h2>Riêng hoạt động của MTTQ, các tổ chức chính trị-xã hội</h2>
    <ul><li>{html.escape(sentences[6])}</li><li><p>{html.escape(sentences[7])}</p></li></ul>
    <p>{html.escape(sentences[1])}</p>
    <table><tr><th>Đơn vị</th><th>Số hộ</th><th>Tỷ lệ</th></tr>
           <tr><td>Phường Long Hoa</td><td>21.771/34.534</td><td>63,10%</td></tr>
           <tr><td>Xã Trường Đông</td><td><p>4.233</p></td><td>100%</td></tr></table>
    <p>{html.escape(sentences[2])}</p>
    </article></body></html>""".encode()
    doc = load_bytes(page, "structure.html")
    kinds = {b.text: b.kind for b in doc.blocks}
    assert kinds["Riêng hoạt động của MTTQ, các tổ chức chính trị-xã hội"] == "heading"
    assert kinds[sentences[6]] == kinds[sentences[7]] == "list_item"
    assert kinds[sentences[0]] == kinds[sentences[1]] == kinds[sentences[2]] == "paragraph"
    cells = {(b.table_no, b.row, b.col): b.text for b in doc.blocks if b.kind == "table_cell"}
    assert cells[(0, 0, 1)] == "Số hộ"
    assert cells[(0, 1, 1)] == "21.771/34.534"
    assert cells[(0, 2, 1)] == "4.233"
    assert cells[(0, 2, 2)] == "100%"
    assert len(cells) == 9


def test_inline_markup_never_splits_words_and_comments_keep_their_tail():
    sentence = ARTICLE_003[0]
    cut = sentence.index("Đảng") + 2
    page = (f'<html><body><article><p><span lang="VI">{html.escape(sentence[:cut])}</span>'
            f'<span style="font-size:13pt">{html.escape(sentence[cut:cut + 40])}</span><!-- Word -->'
            f'{html.escape(sentence[cut + 40:])}</p>'
            + "".join(f"<p>{html.escape(line)}</p>" for line in ARTICLE_003[1:4])
            + "</article></body></html>").encode()
    texts = [b.text for b in load_bytes(page, "w.html").blocks]
    assert sentence in texts


def test_link_lists_and_breadcrumbs_are_dropped_but_a_linked_reference_is_kept():
    body = "".join(f"<p>{html.escape(line)}</p>" for line in ARTICLE_003[:4])
    linked = ('Xem toàn văn <a href="/vb/290">Quyết định 290-QĐ/TW</a> của Bộ Chính trị về '
              'Quy chế công tác dân vận của hệ thống chính trị.')
    page = (f'<html><body><div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin">Tin tức</a></div>'
            f'<article>{body}<p>{linked}</p><ul><li><a href="/1">Hội nghị sơ kết công tác dân vận</a></li>'
            f'<li><a href="/2">Kế hoạch tổ chức hội nghị đại biểu nhân dân</a></li>'
            f'<li><a href="/3">Lễ kết nạp đảng viên mới</a></li></ul></article></body></html>').encode()
    texts = [b.text for b in load_bytes(page, "l.html").blocks]
    assert "Xem toàn văn Quyết định 290-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị." in texts
    assert not any("Trang chủ" in t or "Lễ kết nạp" in t or "Hội nghị sơ kết" in t for t in texts)


# -- encodings of pages --------------------------------------------------------------------

def _simple_page(charset: str | None, body: str) -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    paras = "".join(f"<p>{html.escape(line)}</p>" for line in ARTICLE_003[:4])
    return f"<html><head>{meta}<title>Dân vận</title></head><body><div>{body}{paras}</div></body></html>"


def test_declared_windows_1258_page():
    doc = load_bytes(cp1258_encode(_simple_page("windows-1258", "")), "a.html")
    assert doc.status == "ok" and doc.encoding == "cp1258"
    assert ARTICLE_003[0] in [b.text for b in doc.blocks]


def test_undeclared_vni_page_is_detected():
    doc = load_bytes(legacy_codec("vni").encode(_simple_page(None, "")), "a.html")
    assert doc.status == "ok" and doc.encoding == "vni"
    assert ARTICLE_003[1] in [b.text for b in doc.blocks]


def test_tcvn3_page_declared_latin1_is_recovered():
    """Old sites set .VnTime text and declared iso-8859-1: the browser showed Vietnamese through the font."""
    page = _simple_page("iso-8859-1", "").replace("<div>", '<div style="font-family:.VnTime">')
    doc = load_bytes(legacy_codec("tcvn3").encode(page), "a.html")
    assert doc.status == "ok" and doc.encoding == "cp1252+tcvn3"
    assert ARTICLE_003[1].lower() in [b.text.lower() for b in doc.blocks]


def test_windows_1258_page_declared_latin1_is_recovered():
    doc = load_bytes(cp1258_encode(_simple_page("iso-8859-1", "")), "a.html")
    assert doc.status == "ok" and doc.encoding == "cp1252+cp1258"
    assert ARTICLE_003[1] in [b.text for b in doc.blocks]


def test_utf8_page_with_a_stale_latin1_declaration():
    doc = load_bytes(_simple_page("iso-8859-1", "").encode("utf-8"), "a.html")
    assert doc.encoding == "utf-8"
    assert ARTICLE_003[2] in [b.text for b in doc.blocks]


def test_utf16_page_with_bom():
    doc = load_bytes(_simple_page(None, "").encode("utf-16"), "a.html")
    assert doc.status == "ok" and doc.format == "html" and doc.encoding == "utf-16"
    assert ARTICLE_003[3] in [b.text for b in doc.blocks]


# -- hostile pages ----------------------------------------------------------------------------

@pytest.mark.parametrize("name, page", [
    ("deep", b"<html><body>" + b"<div>" * 20000 + "Đảng bộ phường".encode() + b"</div>" * 20000 + b"</body></html>"),
    ("deep-unclosed", b"<html><body>" + b"<div><span><b>" * 30000 + b"x"),
    ("no-body", b"<html><head><title>Trang</title></head></html>"),
    ("script-only", b"<html><body><script>" + b"var a=1;" * 50000 + b"</script></body></html>"),
    ("empty-tags", b"<html><body><p></p><p> </p><div>&nbsp;</div></body></html>"),
    ("garbage", b"<html>" + bytes(range(256)) * 200),
    ("truncated", page_002()[:3000]),
])
def test_hostile_pages_never_crash_or_hang(name, page):
    started = time.perf_counter()
    doc = load_bytes(page, f"{name}.html")
    assert time.perf_counter() - started < 20
    assert doc.status in ("ok", "error")
    if doc.status == "error":
        assert doc.error and not doc.error.startswith("internal error"), doc.error
    else:
        assert all(b.text.strip() for b in doc.blocks)


def test_pages_without_text_say_so():
    for page in (b"<html><head><title>Trang</title></head></html>",
                 b"<html><body><script>var a = 1;</script></body></html>"):
        doc = load_bytes(page, "x.html")
        assert doc.status == "error" and "no text" in doc.error


# -- through the command ---------------------------------------------------------------------

def test_ingest_a_saved_page(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "tan-quy-dong.html").write_bytes(page_002())
    (src / "hoa-thanh.htm").write_bytes(page_003())
    frames, failed = run([src], tmp_path / "out", progress=False)
    assert not failed
    docs = frames["documents"].set_index("path")
    assert set(docs["format"]) == {"html"}
    assert docs.loc["hoa-thanh.htm", "published"] == "2020-11-09T09:00"
    blocks = frames["blocks"]
    for text in blocks["text"]:
        assert not _is_furniture(text), text[:80]
    assert _ws(SEED_002[3]) in set(blocks["text"])
    for table, frame in frames.items():  # nothing extracted from furniture either
        if "char_start" in frame.columns:
            for text in frame["text"].dropna():
                assert "/07/2024" not in text and "884" not in text and "3,130" not in text, (table, text)


@pytest.mark.parametrize("span", ["2", " 2 ", "abc", "99999999"])
def test_table_cells_sit_in_the_columns_spans_give_them(span: str) -> None:
    """``colspan``/``rowspan`` as a browser lays them out: a cell after a merged header or beside a
    merged row label gets the column it is shown in; an unreadable span counts as 1 and a huge
    one is capped at HTML's 1000 columns."""
    sentences = [_ws(line) for line in ARTICLE_003]
    page = f"""<html><head><meta charset="utf-8"><title>Báo cáo</title></head><body><article>
    <h1>Kết quả thực hiện công tác Dân vận năm 2020</h1><p>{html.escape(sentences[0])}</p>
    <table><tr><th rowspan="2">Đơn vị</th><th colspan="2">Năm 2021</th><th colspan="{span}">Năm 2022</th><th>Ghi chú</th></tr>
           <tr><th>KH</th><th>TH</th><th>KH</th><th>TH</th></tr>
           <tr><td rowspan="2">Huyện A</td><td>1</td><td>2</td><td>3</td><td>4</td><td>x</td></tr>
           <tr><td>5</td><td>6</td><td>7</td><td>8</td><td>y</td></tr></table>
    <p>{html.escape(sentences[1])}</p></article></body></html>""".encode()
    doc = load_bytes(page, "spans.html")
    cells = {(b.row, b.col): b.text for b in doc.blocks if b.kind == "table_cell"}
    note_col = {"2": 5, " 2 ": 5, "abc": 4, "99999999": 1003}[span]
    assert cells == {(0, 0): "Đơn vị", (0, 1): "Năm 2021", (0, 3): "Năm 2022", (0, note_col): "Ghi chú",
                     (1, 1): "KH", (1, 2): "TH", (1, 3): "KH", (1, 4): "TH",
                     (2, 0): "Huyện A", (2, 1): "1", (2, 2): "2", (2, 3): "3", (2, 4): "4", (2, 5): "x",
                     (3, 1): "5", (3, 2): "6", (3, 3): "7", (3, 4): "8", (3, 5): "y"}
    if span == "2":  # and the figures read each number under its merged year
        from extractors import figures
        figures.extract(doc)
        labels = {r["text"]: r["col_label"] for r in doc.rows("figures") if "col_label" in r}  # table rows
        assert labels["6"] == "Năm 2021 / TH" and labels["8"] == "Năm 2022 / TH"


def test_hostile_spans_add_a_bounded_number_of_cells_and_lose_no_text() -> None:
    """300 rows of ``colspan="1000"`` would add 300,000 empty cells: expansion stops at its cap,
    and every cell's text is still there."""
    rows = "".join(f'<tr><td colspan="1000" rowspan="65534">ô {i}</td><td>{i}</td></tr>' for i in range(300))
    page = f"<html><body><p>Bảng số liệu của báo cáo.</p><table>{rows}</table></body></html>".encode()
    doc = load_bytes(page, "spans.html")
    assert doc.status == "ok", doc.error
    texts = {b.text for b in doc.blocks if b.kind == "table_cell"}
    assert {f"ô {i}" for i in range(300)} | {str(i) for i in range(300)} <= texts


def test_a_portals_lead_dateline_and_captions() -> None:
    """A news portal prints its date line above the headline and its lead (``sapo``) between the headline
    and the element that holds the paragraphs: both were lost with the site around them; a photo's
    caption and credit (``… chiều 15/11. Ảnh: VGP``) is the picture's, not the text's (it gave a ratio 15/11)."""
    import extractors

    page = ("<html><body><nav><a href='/'>Trang chủ</a> <a href='/kt'>Kinh tế</a></nav><article>"
            "<div class='detail-time'>15/11/2024 14:35</div>"
            "<h1>Dồn lực giải ngân vốn đầu tư công những tháng cuối năm 2024</h1>"
            "<h2 class='sapo'>(Chinhphu.vn) - Chiều 15/11, Phó Thủ tướng chủ trì hội nghị trực tuyến với 63 tỉnh, thành phố "
            "về đẩy mạnh giải ngân vốn đầu tư công.</h2><div class='content'>"
            "<p>Theo báo cáo của Bộ Tài chính, tổng kế hoạch vốn đầu tư công năm 2024 là 670.126,6 tỷ đồng.</p>"
            "<figure><img src='a.jpg'/><figcaption>Phó Thủ tướng phát biểu chiều 15/11. Ảnh: VGP/Nhật Bắc</figcaption></figure>"
            "<p>Đến hết tháng 10/2024, cả nước giải ngân được 47,3% kế hoạch vốn, thấp hơn cùng kỳ năm 2023.</p>"
            "</div></article><footer>Giấy phép số 45/GP-TTĐT</footer></body></html>")
    doc = load_bytes(page.encode("utf-8"), "tin.html")
    texts = [b.text for b in doc.blocks]
    assert texts[:3] == ["Dồn lực giải ngân vốn đầu tư công những tháng cuối năm 2024", "15/11/2024 14:35",
                         "(Chinhphu.vn) - Chiều 15/11, Phó Thủ tướng chủ trì hội nghị trực tuyến với 63 tỉnh, thành phố "
                         "về đẩy mạnh giải ngân vốn đầu tư công."]
    assert not any("Ảnh:" in t for t in texts)
    for component in extractors.components():
        component.extract(doc)
    assert ("15/11/2024 14:35", "datetime") in [(r["text"], r["kind"]) for r in doc.rows("dates")]
    assert not [r for r in doc.rows("figures") if r["kind"] == "ratio"]


def test_a_page_that_never_closes_its_font_tags_keeps_every_paragraph() -> None:
    """Old portals open ``<p><font>`` for each paragraph and close neither: each nests in the one
    before, and libxml2's default depth (256) silently dropped every paragraph after the 255th (127
    of 400 came out, status ok). Deeper than the parser reads at all is an error row, never a loss."""
    lines = [f"Mục {i}: toàn huyện đã tổ chức {i} hội nghị." for i in range(400)]
    page = "<html><head><meta charset='utf-8'></head><body>" + "".join(f"<p><font face='Times'>{t}" for t in lines)
    doc = load_bytes(page.encode("utf-8") + b"</body></html>", "unclosed.html")
    assert doc.status == "ok" and [b.text for b in doc.blocks] == lines
    deep = "<html><body><p>Đầu.</p>" + "<div>" * 3000 + "<p>Giữa.</p>" + "</div>" * 3000 + "<p>Cuối.</p></body></html>"
    doc = load_bytes(deep.encode("utf-8"), "deep.html")
    assert doc.status == "error" and "nested deeper" in doc.error


def test_a_printed_headline_that_goes_on_from_the_metadata_title_is_the_title():
    """``og:title`` gave ``Hà Tĩnh sơ kết 5 năm thực hiện Chỉ thị số 38-CT/TW``, the first words of the printed
    ``<h1>`` (``… về công tác bảo hiểm y tế``); the lede's date of the reviewed directive starts the period
    (it began on 1 January, five years back)."""
    from extractors import dates

    page = """<html><head><meta charset="utf-8"><meta property="og:title" content="Hà Tĩnh sơ kết 5 năm thực hiện Chỉ thị số 38-CT/TW">
    <title>Cổng thông tin</title></head><body><article><h1>Hà Tĩnh sơ kết 5 năm thực hiện Chỉ thị số 38-CT/TW về công tác bảo hiểm y tế</h1>
    <p>Thứ Năm, 14/11/2024 - 09:35</p>
    <p>Sáng 14/11, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 38-CT/TW ngày 30/9/2019 của Ban Bí
    thư về tiếp tục tăng cường sự lãnh đạo của Đảng đối với công tác bảo hiểm y tế trong tình hình mới.</p>
    <p>Đến nay, tỷ lệ bao phủ bảo hiểm y tế toàn tỉnh đạt 94,1%, tăng 7,4 điểm phần trăm so với năm 2019.</p>
    <p>Các cấp ủy, chính quyền đã quan tâm lãnh đạo, chỉ đạo thực hiện chính sách bảo hiểm y tế cho người dân.</p>
    </article></body></html>""".encode()
    doc = load_bytes(page, "ct38.html")
    assert doc.title == "Hà Tĩnh sơ kết 5 năm thực hiện Chỉ thị số 38-CT/TW về công tác bảo hiểm y tế"
    dates.extract(doc)
    assert (doc.period_start, doc.period_end) == ("2019-09-30", "2024-11-14")


def test_a_pages_title_without_its_sites_name() -> None:
    """``<title>`` is the headline and the site's name (``… - Báo Sóc Trăng điện tử``): the document is the
    article, titled by its headline; a headline with a dash of its own keeps it."""
    def page(headline: str) -> bytes:
        body = "".join(f"<p>Đoạn {i}: hội nghị đánh giá kết quả thực hiện nghị quyết, các chỉ tiêu đều đạt và vượt kế hoạch "
                       f"đề ra, đời sống nhân dân được nâng lên rõ rệt.</p>" for i in range(6))
        return (f"<html><head><title>{headline} - Báo Sóc Trăng điện tử</title></head><body><nav>Trang chủ</nav>"
                f"<article><h1>{headline}</h1>{body}</article></body></html>").encode()
    for headline in ("Huyện ủy Mỹ Tú sơ kết 5 năm thực hiện Nghị quyết số 19-NQ/TW",
                     "Phát triển kinh tế - xã hội năm 2025 đạt nhiều kết quả"):
        assert load_bytes(page(headline), "tin.html").title == headline


def test_share_and_rating_buttons_under_the_article_are_furniture() -> None:
    """``Chia sẻ: Facebook | Zalo | In bài viết`` and ``Đánh giá bài viết: (0) | Bình luận (0)`` inside the article's
    element were kept as paragraphs; a sentence that opens with ``Chia sẻ`` is the article's."""
    page = ("<html><head><title>Tin</title></head><body><div class='article'><h1>Sở Y tế sơ kết 9 tháng</h1>"
            "<p>Thứ Năm, 14/08/2025 15:30</p><p>Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 96,5%.</p>"
            "<p>Chia sẻ kinh nghiệm giữa các đơn vị trong toàn ngành.</p>"
            "<p>Chia sẻ: Facebook | Zalo | In bài viết</p><p>Đánh giá bài viết: (0) | Bình luận (0)</p></div></body></html>")
    doc = load_bytes(page.encode("utf-8"), "tin.html")
    texts = [b.text for b in doc.blocks]
    assert "Chia sẻ kinh nghiệm giữa các đơn vị trong toàn ngành." in texts
    assert not any(t.startswith(("Chia sẻ:", "Đánh giá")) for t in texts)


def test_a_labelled_date_line_without_a_time_dates_the_page_and_the_headline_beats_a_titles_site() -> None:
    """``Đăng ngày: 14/06/2021 | Tin tức - Sự kiện`` (a label and the page's section, no time) was dropped and the
    page had no date; ``<title>`` a short form of the headline with the site after it (``Hội nghị sơ kết Chỉ thị 05 –
    Viện Khoa học Thống kê``) was the title, not the printed headline."""
    page = ("<html><head><meta charset='utf-8'><title>Hội nghị sơ kết Chỉ thị 05 – Viện Khoa học Thống kê</title></head>"
            "<body><article><h1>Hội nghị trực tuyến toàn quốc sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW</h1>"
            "<div class='entry-meta'>Đăng ngày: 14/06/2021 | Tin tức - Sự kiện</div>"
            "<p>Sáng ngày 12/6, Ban Tuyên giáo Trung ương tổ chức hội nghị trực tuyến với 1.200 điểm cầu trên cả nước.</p>"
            "</article></body></html>")
    doc = load_bytes(page.encode("utf-8"), "tin.html")
    assert doc.published == "2021-06-14T00:00"
    assert doc.title == "Hội nghị trực tuyến toàn quốc sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW"
    assert "Đăng ngày: 14/06/2021" in [b.text for b in doc.blocks]
    # a date alone, or an unlabelled date and time with a section after it, dates no page
    from pipeline.boilerplate import strip_web

    assert strip_web(["14/06/2021", "Nội dung."]).published is None
    assert strip_web(["15/11/2024 14:35 | Thời sự", "Nội dung."]).published is None
    # the time first, a bar after it (``Cập nhật: 10:25 | 15/07/2024``): the page had no date
    assert strip_web(["Cập nhật: 10:25 | 15/07/2024", "Nội dung."]).published == "2024-07-15T10:25"
    # ``Ngày`` before the date and seconds after the time (``Ngày 15/12/2023 09:30:00``, a district portal's): none was
    # read; ``Ngày`` and a date alone still date no page
    assert strip_web(["Ngày 15/12/2023 09:30:00", "Nội dung."]).published == "2023-12-15T09:30"
    assert strip_web(["Ngày 15/12/2023", "Nội dung."]).published is None


def test_a_header_tables_cell_keeps_its_lines_and_a_saved_report_its_type_line_title() -> None:
    """A portal's header table (``ĐẢNG ỦY XÃ HỮU LIÊN<br>*</p><p>Số 58-TB/ĐU``): the cell's lines ran into one, so the
    number was no header's and the page's publish day stood for the notice's; a report saved as a web page had no
    title (no headline, no meta title) where Word's file has its type line and subject."""
    from extractors import components

    page = ("<html><head><meta charset='utf-8'></head><body><div class='content'><table><tr>"
            "<td><p><b>ĐẢNG BỘ TỈNH LẠNG SƠN</b><br><b>ĐẢNG ỦY XÃ HỮU LIÊN</b><br>*</p><p>Số 58-TB/ĐU</p></td>"
            "<td><p><b>ĐẢNG CỘNG SẢN VIỆT NAM</b></p><p><i>Hữu Liên, ngày 08 tháng 12 năm 2025</i></p></td></tr></table>"
            "<p><b>THÔNG BÁO KẾT LUẬN</b></p><p>của Ban Thường vụ Đảng ủy xã về công tác cán bộ</p>"
            "<p>Ngày 05/12/2025, Ban Thường vụ Đảng ủy xã họp nghe báo cáo tình hình thực hiện nhiệm vụ năm 2025 và "
            "thống nhất chủ trương điều động 02 đồng chí công chức.</p></div></body></html>")
    doc = load_bytes(page.encode("utf-8"), "tb58.html")
    assert doc.blocks[0].text == "ĐẢNG BỘ TỈNH LẠNG SƠN\nĐẢNG ỦY XÃ HỮU LIÊN\n*\nSố 58-TB/ĐU"
    assert doc.title == "THÔNG BÁO KẾT LUẬN của Ban Thường vụ Đảng ủy xã về công tác cán bộ"
    for component in components():
        component.extract(doc)
    assert (doc.own_symbol, doc.issued_date) == ("58-TB/ĐU", "2025-12-08")


def test_a_portal_laid_out_in_tables_has_its_headline_date_line_and_lead() -> None:
    """A provincial portal in tables: ``<h2 class="news-title">`` (no ``<h1>``), the date line and the lead in the cell
    that holds the article. The title was the ``<title>`` with its site's name, the page had no date, and the lead (who
    chaired) was lost."""
    article = "".join(f"<p>{p}</p>" for p in [
        "Theo báo cáo của Ban Dân vận Tỉnh ủy, năm 2024, cấp ủy các cấp đã ban hành 1.265 văn bản lãnh đạo, chỉ đạo "
        "công tác dân vận cho hơn 98.000 lượt cán bộ, đảng viên trên địa bàn toàn tỉnh.",
        "Phong trào thi đua “Dân vận khéo” tiếp tục lan tỏa với 3.784 mô hình được công nhận, trong đó cấp tỉnh công "
        "nhận 142 mô hình; Nhân dân đã hiến hơn 215.000 m2 đất để xây dựng nông thôn mới.",
        "Các cơ quan chức năng đã giải quyết 2.345/2.410 đơn thư thuộc thẩm quyền, đạt 97,3%; toàn tỉnh có 412/460 xã, "
        "phường, thị trấn đạt chuẩn nông thôn mới, đô thị văn minh."])
    page = ("<html><head><title>Tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025 | Cổng TTĐT Đảng bộ "
            "tỉnh Nghệ An</title></head><body><table><tr><td>Trang chủ | Tin tức | Văn bản</td></tr><tr><td>"
            "<h2 class=\"news-title\">Tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025</h2>"
            "<div class=\"news-date\">Thứ Tư, 11/12/2024 - 15:20</div>"
            "<div class=\"news-summary\">(DCS Nghệ An) - Chiều 11/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công "
            "tác dân vận năm 2024. Đồng chí Võ Thị Minh Sinh, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.</div>"
            f"<div class=\"news-content\">{article}</div></td></tr></table></body></html>")
    doc = load_bytes(page.encode("utf-8"), "nghean.html")
    assert doc.title == "Tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025"
    assert doc.published == "2024-12-11T15:20"
    assert any(b.text.startswith("(DCS Nghệ An) - Chiều 11/12") for b in doc.blocks)


def test_the_sites_banner_is_no_headline_and_a_bylined_date_line_dates_the_page() -> None:
    """``<h1 class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÙ MỸ</h1>`` heads every page of the portal: it was every
    page's title; the article's ``<h2>`` is. ``10/07/2024 15:20 | Minh Trí - Trung tâm …`` under it is the page's date
    line (the byline hid it: no ``published``); a date line naming another item's headline after the bar is not."""
    body = "".join(f"<p>{html.escape(line)}</p>" for line in ARTICLE_003[:4])
    page = ('<html><head><title>Huyện ủy Phù Mỹ sơ kết công tác dân vận - Cổng TTĐT huyện Phù Mỹ</title></head><body>'
            '<div class="header"><h1 class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÙ MỸ</h1></div>'
            '<div class="content"><h2 class="title">Huyện ủy Phù Mỹ sơ kết công tác dân vận</h2>'
            '<p class="meta">10/07/2024 15:20 | Minh Trí - Trung tâm Văn hóa - Thông tin</p>' + body + "</div></body></html>")
    doc = load_bytes(page.encode("utf-8"), "tin.html")
    assert (doc.title, doc.published) == ("Huyện ủy Phù Mỹ sơ kết công tác dân vận", "2024-07-10T15:20")
    assert not any("CỔNG THÔNG TIN" in b.text for b in doc.blocks)
    from pipeline.boilerplate import strip_web

    assert strip_web(["15/11/2024 14:35 | Hội nghị sơ kết công tác dân vận"]).published is None


def test_an_author_after_the_date_and_time_without_a_bar_keeps_the_date_line() -> None:
    """``<span class="post-date">07/03/2024 15:42</span> <span class="author">Minh Anh</span>``: the meta line's spans
    joined, the author's name after the time hid the date line (no ``published``, no date of it), as a bar and a label
    did not (``| Tác giả: Minh Anh``)."""
    body = "".join(f"<p>{html.escape(line)}</p>" for line in ARTICLE_003[:3])
    page = ('<html><head><meta charset="utf-8"><title>Tin</title></head><body><div class="news-detail">'
            '<h1 class="news-title">Báo cáo kết quả học tập Nghị quyết Trung ương 8</h1>'
            '<div class="news-meta"><span class="post-date">07/03/2024 15:42</span> <span class="author">Minh Anh</span> '
            f'</div><div class="news-content">{body}</div></div></body></html>')
    doc = load_bytes(page.encode("utf-8"), "tin.html")
    assert doc.published == "2024-03-07T15:42"
    assert [b.text for b in doc.blocks[:2]] == ["Báo cáo kết quả học tập Nghị quyết Trung ương 8", "07/03/2024 15:42"]


def test_a_word_pages_title_is_its_type_line_and_subject_not_its_html_title() -> None:
    """Word writes the document's first line into ``<title>`` (``UBND HUYỆN YÊN THÀNH``): a report saved as a web page
    has no headline, so its type line and subject are its title, as in the DOCX of it (and its quarter its period)."""
    page = ("<html><head><meta name=Generator content='Microsoft Word 15'><title>UBND HUYỆN YÊN THÀNH</title></head><body>"
            "<p class=MsoNormal>UBND HUYỆN YÊN THÀNH</p><p class=MsoNormal>Số: 18/BC-BATGT</p>"
            "<p class=MsoNormal><b>BÁO CÁO</b></p><p class=MsoNormal><b>Kết quả công tác bảo đảm trật tự, an toàn giao "
            "thông Quý I năm 2024</b></p><p class=MsoNormal>Trong quý, trên địa bàn huyện xảy ra 06 vụ tai nạn giao "
            "thông, giảm 02 vụ so với cùng kỳ.</p></body></html>")
    doc = load_bytes(page.encode("utf-8"), "bc.htm")
    assert doc.title == "BÁO CÁO Kết quả công tác bảo đảm trật tự, an toàn giao thông Quý I năm 2024"
