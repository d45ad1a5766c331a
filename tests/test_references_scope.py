"""Identity of local documents (issue 5): ``12-KH/HU`` is one plan per issuing committee.

The fixtures are small reports written for this test in the layout of real district and
provincial reports: two of Huyện ủy Thới Bình (Cà Mau) citing their own plan with and without
the body, one of Tỉnh ủy Cà Mau, two of the two different Huyện ủy Châu Thành (Tiền Giang and
Bến Tre), and a note with no header at all.
"""
from __future__ import annotations


import pandas as pd
import pytest

from conftest import ROOT, ingest
from extractors.reference_scope import Committee, Home, committee, level_word, place_of

CORPUS = ROOT / "tests" / "fixtures" / "references_scope"


@pytest.fixture(scope="module")
def refs(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    frames = ingest([CORPUS], tmp_path_factory.mktemp("scope"))
    r = frames["references"]
    return r.assign(file=r["doc_id"].str.split(".").str[0])


def ingest_texts(tmp_path, **files: str) -> dict[str, pd.DataFrame]:
    """The tables of plain-text reports written under ``tmp_path`` (``name_txt=text`` → ``name.txt``)."""
    (tmp_path / "in").mkdir()
    for name, text in files.items():
        (tmp_path / "in" / name.replace("_txt", ".txt")).write_text(text, encoding="utf-8")
    return ingest([tmp_path / "in"], tmp_path / "out")


def ids(refs: pd.DataFrame, file: str, symbol: str) -> list[str]:
    return refs[(refs["file"] == file) & (refs["symbol"] == symbol)]["canonical_id"].tolist()


def test_two_reports_of_one_huyen_uy_share_the_plan(refs: pd.DataFrame) -> None:
    a, b = ids(refs, "thoibinh_2021", "12-KH/HU"), ids(refs, "thoibinh_2022", "12-KH/HU")
    assert len(a) == len(b) == 1 and a == b
    own = ids(refs, "thoibinh_2022", "41-BC/HU")  # the report's own number, same committee
    assert own[0].split("@")[1] == a[0].split("@")[1]


def test_same_symbol_of_another_province_is_another_plan(refs: pd.DataFrame) -> None:
    plans = {f: ids(refs, f, "12-KH/HU")[0] for f in ("thoibinh_2021", "chauthanh_tiengiang_2021", "chauthanh_bentre_2021")}
    assert len(set(plans.values())) == 3  # two districts named Châu Thành are told apart by province


def test_provincial_plan_cited_by_a_district_is_the_provinces(refs: pd.DataFrame) -> None:
    by_tu = ids(refs, "camau_tu_2021", "35-KH/TU")
    assert by_tu == ids(refs, "thoibinh_2021", "35-KH/TU") == ids(refs, "thoibinh_2022", "35-KH/TU")


def test_evidence_says_where_the_committee_came_from(refs: pd.DataFrame) -> None:
    ev = refs.set_index(["file", "symbol"])["evidence"]
    assert "report's own issuer" in ev[("thoibinh_2021", "12-KH/HU")]
    assert "same code as the report's own symbol" in ev[("thoibinh_2022", "12-KH/HU")]
    assert "report's province (Cà Mau)" in ev[("thoibinh_2021", "35-KH/TU")]
    assert "written" in ev[("chauthanh_bentre_2021", "64-BC/HU")]


def test_nothing_known_falls_back_to_the_report_and_says_so(refs: pd.DataFrame) -> None:
    row = refs[refs["file"] == "unsigned_note"].iloc[0]
    assert row["canonical_id"].startswith("12-KH/HU@unsigned_note")
    assert "committee unknown" in row["evidence"]
    assert row["canonical_id"] not in set(refs[refs["file"] != "unsigned_note"]["canonical_id"])


@pytest.mark.parametrize("body, place", [
    ("HUYỆN ỦY CHÂU THÀNH", "châu thành"),  # a place name containing a body word
    ("Ban Thường vụ Thị uỷ Hương Trà", "hương trà"),
    ("Ủy ban nhân dân thành phố Cần Thơ", "cần thơ"),
    ("Ban Thường vụ Tỉnh ủy", None),
    ("ỦY BAN MTTQ VIỆT NAM", None),
    ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", None),  # ``xã hội``, "society": the id was ``…@hội``
    ("Bảo hiểm Xã hội", None),
    ("Đảng ủy xã Hội An", "hội an"),  # (a commune's name may open with the word)
    # a name opening with a word a body's name has too: the committee was unknown and the plan split in two
    ("Huyện ủy Nam Đàn", "nam đàn"),
    ("Ban Thường vụ Tỉnh ủy Nam Định", "nam định"),
    ("Huyện ủy Thường Tín", "thường tín"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam", None),
])
def test_place_of_a_written_body(body: str, place: str | None) -> None:
    assert place_of(body) == place


def test_a_provincial_department_named_with_xa_hoi_is_the_provinces() -> None:
    """``Số: 1842/SLĐTBXH-BTXH`` of ``SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI`` under ``UBND TỈNH QUẢNG BÌNH``: the
    ``xã`` of ``xã hội`` made the department a commune's (another type than the province's), so its own number
    was scoped to the file; a commune's body named ``xã Hội An`` keeps its type."""
    home = Home.of({"issuing_body": "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "province": "Quảng Bình"}, "BTXH")
    who, level, why = committee({"issuing_body": "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "issuing_body_level": "province",
                                 "issuer_code": "BTXH"}, home)
    assert (who, level) == (Committee("province", "quảng bình"), "province") and "province (Quảng Bình)" in why
    assert level_word("Đảng ủy xã Hội An") == "commune" and level_word("Bảo hiểm xã hội") is None


def test_unnamed_thanh_uy_is_not_guessed_in_a_huyen_report() -> None:
    home = Home.of({"issuing_body": "HUYỆN ỦY THỚI BÌNH", "province": "Cà Mau"}, "HU")
    who, level, _ = committee({"issuing_body": "Ban Thường vụ Thành ủy", "issuer_code": "TU"}, home)
    assert who is None and level == "city"
    who, _, _ = committee({"issuing_body": "Thành ủy Cần Thơ", "issuer_code": "TU"}, Home.of({"province": "Cần Thơ"}, None))
    assert who == Committee("province", "cần thơ")


def test_a_body_of_another_unit_type_is_not_the_reports_committee() -> None:
    # A 2025 report of the centrally run city Cần Thơ citing a plan of "Đảng bộ tỉnh": a tỉnh, not the city.
    city = Home.of({"issuing_body": "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "province": "Cần Thơ", "issued_date": "2025-09-01"}, "UBND")
    who, level, _ = committee({"issuing_body": "Ban Chấp hành Đảng bộ tỉnh", "issuer_code": "TU"}, city)
    assert who is None and level == "province"
    who, _, why = committee({"issuing_body": "Thành ủy", "issuer_code": "TU"}, city)
    assert who == Committee("province", "cần thơ") and "own issuer" in why
    # A Huyện ủy report citing the Thị ủy: same level, another committee.
    district = Home.of({"issuing_body": "HUYỆN ỦY THỚI BÌNH", "province": "Cà Mau"}, "HU")
    assert committee({"issuing_body": "Ban Thường vụ Thị ủy", "issuer_code": "TU"}, district)[0] is None
    assert committee({"issuing_body": "Ban Thường vụ Huyện ủy", "issuer_code": "HU"}, district)[0] == district.own


def test_a_congress_resolution_named_by_its_level_is_the_citing_committees(tmp_path) -> None:
    """``Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXVIII`` in two reports of Huyện ủy Thạch
    Hà (a report and its copy) was two documents, one per file; the report's own committee names the
    district, as it does for a local symbol. A report of another district cites another document."""
    def report(name: str, district: str, title: str) -> None:
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / name).write_text(
            f"ĐẢNG BỘ TỈNH HÀ TĨNH\tĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY {district.upper()}\n*\n"
            f"Số 512-BC/HU\t{district}, ngày 12 tháng 6 năm 2023\n\nBÁO CÁO\n{title}\n\n"
            "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXVIII, nhiệm kỳ 2020-2025, Huyện ủy đã lãnh đạo.\n",
            encoding="utf-8")

    report("a.txt", "Thạch Hà", "Tổng kết công tác")
    report("b.txt", "Thạch Hà", "Sơ kết công tác")
    report("c.txt", "Can Lộc", "Tổng kết công tác")
    r = ingest([tmp_path / "in"], tmp_path / "out")["references"]
    named = r[r["name"].notna()].set_index("doc_id")["canonical_id"]
    assert named["a.txt"] == named["b.txt"] == "name:nghị quyết đại hội đảng bộ huyện xxviii@hà tĩnh/thạch hà"
    assert named["c.txt"].endswith("@hà tĩnh/can lộc")


def test_a_department_under_its_peoples_committee_issues_its_own_number(tmp_path) -> None:
    """``UBND TỈNH QUẢNG NAM`` over ``SỞ Y TẾ`` above ``Số: 3865/BC-SYT``: the issuer was the two lines as one
    (``UBND TỈNH QUẢNG NAM SỞ Y TẾ``, id ``…@quảng nam sở y tế``); the department issues, in its province.
    ``ỦY BAN NHÂN DÂN`` over ``TỈNH GIA LAI`` is one body."""
    (tmp_path / "in").mkdir()

    def state_report(name: str, upper: str, lower: str, number: str, place: str, said: str) -> None:
        (tmp_path / "in" / name).write_text(
            f"{upper}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{lower}\tĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: {number}\t{place}, ngày 07 tháng 10 năm 2024\n\nBÁO CÁO\nKết quả công tác năm 2024\n\n{said}\n",
            encoding="utf-8")

    state_report("syt.txt", "UBND TỈNH QUẢNG NAM", "SỞ Y TẾ", "3865/BC-SYT", "Quảng Nam",
                 "Sở Y tế báo cáo kết quả thực hiện nhiệm vụ như sau: khám bệnh cho 2.856 lượt người.")
    state_report("ubnd.txt", "ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "512/BC-UBND", "Gia Lai",
                 "Ủy ban nhân dân tỉnh báo cáo kết quả như sau: hỗ trợ 120 hộ nghèo.")
    state_report("cah.txt", "CÔNG AN TỈNH NGHỆ AN", "CÔNG AN HUYỆN YÊN THÀNH", "1215/BC-CAH", "Yên Thành",
                 "Công an huyện báo cáo kết quả như sau: xảy ra 45 vụ phạm pháp hình sự.")
    (tmp_path / "in" / "hu.txt").write_text(
        "ĐẢNG BỘ TỈNH NGHỆ AN\tĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY YÊN THÀNH\n*\nSố 88-TB/HU\tYên Thành, ngày 10 tháng 1 năm 2024\n\n"
        "THÔNG BÁO\nKết luận của Ban Thường vụ Huyện ủy\n\nTheo Báo cáo số 1215/BC-CAH ngày 15/12/2023 của Công an huyện "
        "Yên Thành, tình hình an ninh ổn định.\n", encoding="utf-8")
    r = ingest([tmp_path / "in"], tmp_path / "out")["references"]
    own = r[r["is_self"]].set_index("doc_id")
    assert (own.loc["syt.txt", "issuing_body"], own.loc["syt.txt", "canonical_id"]) == ("SỞ Y TẾ", "3865/BC-SYT@quảng nam")
    # a province's body over its district's (``CÔNG AN TỈNH NGHỆ AN`` over ``CÔNG AN HUYỆN YÊN THÀNH``): the district's
    # issues, and a citation of the number in another report finds the same document
    assert (own.loc["cah.txt", "issuing_body"], own.loc["cah.txt", "canonical_id"]) == (
        "CÔNG AN HUYỆN YÊN THÀNH", "1215/BC-CAH@nghệ an/yên thành")
    cited = r[(r["doc_id"] == "hu.txt") & r["symbol"].eq("1215/BC-CAH")]
    assert cited["canonical_id"].tolist() == ["1215/BC-CAH@nghệ an/yên thành"]
    assert own.loc["ubnd.txt", "canonical_id"].endswith("@gia lai")


def test_a_reports_own_number_is_its_issuers_whatever_its_code(tmp_path) -> None:
    """``Số 01-NQ/ĐH`` of ``ĐẢNG ỦY XÃ SƠN KIM 1`` (the congress's code names no committee) and ``Số: 318/BC-PGDĐT``
    of ``PHÒNG GIÁO DỤC VÀ ĐÀO TẠO`` (no unit in its name; ``Đức Thọ, ngày …`` places it) were scoped to their
    files, so no other report's citation could reach them; the dateline ``Sơn Kim 1, ngày …`` gave no date."""
    frames = ingest_texts(
        tmp_path,
        nq_txt="ĐẢNG BỘ HUYỆN HƯƠNG SƠN\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ SƠN KIM 1\n*\n"
               "Số 01-NQ/ĐH\tSơn Kim 1, ngày 20 tháng 5 năm 2025\n\nNGHỊ QUYẾT\nĐại hội đại biểu Đảng bộ xã lần thứ XXIV\n\n"
               "Đại hội quyết nghị kết nạp 60 đảng viên.\n",
        pgd_txt="UBND HUYỆN ĐỨC THỌ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc\n"
                "Số: 318/BC-PGDĐT\tĐức Thọ, ngày 15 tháng 7 năm 2024\n\nBÁO CÁO\nTổng kết năm học\n\nToàn huyện có 42 trường.\n")
    own = frames["references"][frames["references"]["is_self"]].set_index("doc_id")["canonical_id"]
    assert own.to_dict() == {"nq.txt": "01-NQ/ĐH@hà tĩnh/sơn kim 1", "pgd.txt": "318/BC-PGDĐT@hà tĩnh/đức thọ"}
    assert frames["documents"].set_index("doc_id").loc["nq.txt", "issued_date"] == "2025-05-20"


def test_a_congress_named_with_its_unit_or_by_its_level_is_one_document(tmp_path) -> None:
    """``Nghị quyết Đại hội đại biểu Phụ nữ tỉnh Nghệ An lần thứ XVIII`` and, later, ``… Phụ nữ tỉnh lần thứ XVIII`` in a
    report of Nghệ An were two canonical documents (the first unscoped, the second the province's)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "hpn.txt").write_text(
        "HỘI LHPN TỈNH NGHỆ AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG VỤ\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 412/BC-HPN\tNghệ An, ngày 10 tháng 12 năm 2024\n\nBÁO CÁO\nKết quả công tác Hội năm 2024\n\n"
        "Thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh Nghệ An lần thứ XVIII, các cấp Hội đã triển khai.\n\n"
        "Tiếp tục thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XVIII.\n", encoding="utf-8")
    r = ingest([tmp_path / "in"], tmp_path / "out")["references"]
    named = r[r["name"].notna()]["canonical_id"].tolist()
    assert named == ["name:nghị quyết đại hội phụ nữ tỉnh xviii@nghệ an"] * 2


@pytest.mark.parametrize("upper, lower, number, place, own_id", [
    # the half-abbreviated name was no organisation: the issuer was the province's committee, the number the file's
    ("UBND TỈNH HÀ TĨNH", "SỞ NÔNG NGHIỆP VÀ PTNT", "512/BC-SNN", "Hà Tĩnh", "512/BC-SNN@hà tĩnh"),
    # the tax department was no body, and a ministry over it was taken for the issuer (both lines for its number's)
    ("BỘ TÀI CHÍNH", "CỤC THUẾ TỈNH QUẢNG NGÃI", "2150/BC-CTQNG", "Quảng Ngãi", "2150/BC-CTQNG@quảng ngãi"),
])
def test_a_department_under_its_superior_issues_its_own_number(tmp_path, upper: str, lower: str, number: str,
                                                                 place: str, own_id: str) -> None:
    """``SỞ NÔNG NGHIỆP VÀ PTNT`` under ``UBND TỈNH HÀ TĨNH``, ``CỤC THUẾ TỈNH QUẢNG NGÃI`` under ``BỘ TÀI CHÍNH``: the
    department issues the report and its own number, in its province."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.txt").write_text(
        f"{upper}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{lower}\tĐộc lập - Tự do - Hạnh phúc\n"
        f"Số: {number}\t{place}, ngày 05 tháng 7 năm 2025\n\nBÁO CÁO\nKết quả công tác 6 tháng đầu năm 2025\n\n"
        "Đã ban hành 4.512 quyết định.\n", encoding="utf-8")
    frames = ingest([tmp_path / "in"], tmp_path / "out")
    assert frames["documents"].iloc[0]["issuing_body"] == lower
    own = frames["references"].iloc[0]
    assert (own["issuing_body"], own["canonical_id"]) == (lower, own_id)



def test_a_congress_written_several_ways_is_one_document() -> None:
    """``Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng``, ``… Đại hội XIII của Đảng`` and ``… toàn quốc lần
    thứ XIII`` were three canonical documents; the Youth Union's congress stays its own."""
    from extractors.reference_resolve import _name_key

    keys = {_name_key(n, None) for n in ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
                                         "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII")}
    assert keys == {"nghị quyết đại hội xiii"}
    assert _name_key("Nghị quyết Đại hội đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần thứ XII", None) != "nghị quyết đại hội xii"



def test_a_central_plenum_written_by_its_formal_name_is_one_document_and_a_reference() -> None:
    """``Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII`` was no reference at all; written so, or
    ``Nghị quyết Trung ương 5 khóa XIII``, or ``Nghị quyết Hội nghị Trung ương 5 khóa XIII``, it is one document."""
    from extractors import references
    from extractors.reference_resolve import _name_key
    from pipeline.models import Document

    names = ("Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII", "Nghị quyết Trung ương 5 khóa XIII",
             "Nghị quyết Hội nghị Trung ương 5 khóa XIII")
    assert {_name_key(n, None) for n in names} == {"nghị quyết trung ương 5 khóa xiii"}
    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    doc.add_block("paragraph", f"Thực hiện {names[0]} về tiếp tục đổi mới chính sách đất đai, Đảng ủy đã triển khai.")
    references.extract(doc)
    assert [(r["text"], r["term"]) for r in doc.rows("references")] == [(names[0], "XIII")]


def test_a_letter_of_the_reports_own_code_or_committee_level_is_its_own_committees(tmp_path) -> None:
    """A department's own code (``215/KH-SGDĐT`` in a report ``Số: 1825/BC-SGDĐT``; ``12/KH-PGDĐT`` of a district's
    office, placed by its dateline) and ``HU`` in a report of a Huyện ủy's department were scoped to the citing file."""
    frames = ingest_texts(
        tmp_path,
        so_txt="UBND TỈNH NGHỆ AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 1825/BC-SGDĐT\tNghệ An, ngày 12 tháng 8 năm 2025\n\nBÁO CÁO\nTổng kết năm học\n\n"
               "Thực hiện Kế hoạch số 215/KH-SGDĐT ngày 10/9/2024 về nhiệm vụ năm học.\n",
        pgd_txt="UBND HUYỆN ĐỨC THỌ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc\n"
                "Số: 318/BC-PGDĐT\tĐức Thọ, ngày 15 tháng 7 năm 2024\n\nBÁO CÁO\nTổng kết năm học\n\n"
                "Thực hiện Kế hoạch số 12/KH-PGDĐT ngày 5/9/2023 về nhiệm vụ năm học.\n",
        btg_txt="ĐẢNG BỘ TỈNH HẢI DƯƠNG\tĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY CẨM GIÀNG\nBAN TUYÊN GIÁO\n*\n"
                "Số 86-BC/BTGHU\tCẩm Giàng, ngày 18 tháng 3 năm 2025\n\nBÁO CÁO\nKết quả học tập\n\n"
                "Ban đã tham mưu Kế hoạch số 16-KH/HU ngày 20/01/2025 về học tập nghị quyết.\n")
    r = frames["references"].set_index("symbol")["canonical_id"]
    assert r["215/KH-SGDĐT"] == "215/KH-SGDĐT@nghệ an"
    assert r["12/KH-PGDĐT"] == "12/KH-PGDĐT@hà tĩnh/đức thọ"
    assert r["16-KH/HU"] == "16-KH/HU@hải dương/cẩm giàng"


def test_a_mention_without_its_committee_is_the_one_of_its_symbol_and_date_named_in_the_report(tmp_path) -> None:
    """A district's plan ``Số: 45/KH-UBND`` implements ``Kế hoạch số 38/KH-UBND ngày 15/01/2025 của UBND tỉnh Phú Thọ``,
    then names it again without its committee (in the text or a note): the repeat was scoped to the district by the
    report's own code (``38/KH-UBND@phú thọ/yên lập``), and so was the replaces edge. One of another day is the
    district's own plan still."""
    header = "ỦY BAN NHÂN DÂN\nHUYỆN YÊN LẬP\nSố: 45/KH-UBND\n\nKẾ HOẠCH\nChuyển đổi số năm 2025\n\n"
    cited = "Thực hiện Kế hoạch số 38/KH-UBND ngày 15/01/2025 của UBND tỉnh Phú Thọ về chuyển đổi số năm 2025"
    frames = ingest_texts(
        tmp_path,
        body_txt=header + cited + ".\nKế hoạch số 38/KH-UBND ngày 15/01/2025 thay thế Kế hoạch số 412/KH-UBND ngày "
                          "28/12/2023.\nCăn cứ Kế hoạch số 38/KH-UBND ngày 20/3/2025 về kiểm tra công vụ.\n",
        note_txt=header + cited + "¹.\n\n¹ Kế hoạch số 38/KH-UBND ngày 15/01/2025 thay thế Kế hoạch số 412/KH-UBND.\n")
    r = frames["references"]
    r = r[r["symbol"] == "38/KH-UBND"]
    assert r[["doc_id", "date", "canonical_id"]].values.tolist() == [
        ["body.txt", "2025-01-15", "38/KH-UBND@phú thọ"], ["body.txt", "2025-01-15", "38/KH-UBND@phú thọ"],
        ["body.txt", "2025-03-20", "38/KH-UBND@phú thọ/yên lập"],
        ["note.txt", "2025-01-15", "38/KH-UBND@phú thọ"], ["note.txt", "2025-01-15", "38/KH-UBND@phú thọ"]]
    c = frames["citations"]
    assert set(c[c["relation"] == "replaces"]["citing_canonical_id"]) == {"38/KH-UBND@phú thọ"}


@pytest.mark.parametrize("headers, sentence, symbol, canonical", [
    # ``HNDTW`` is the farmers' association's central committee's code
    (("HỘI NÔNG DÂN HUYỆN HẬU LỘC\nSố: 86-BC/HND\tHậu Lộc, ngày 12 tháng 6 năm 2025",
      "HỘI NÔNG DÂN TỈNH NGHỆ AN\nSố: 12-BC/HND\tNghệ An, ngày 02 tháng 6 năm 2025"),
     "Có 196/214 chi hội trưởng đạt chuẩn theo Quyết định số 1426-QĐ/HNDTW của Ban Thường vụ Trung ương Hội.",
     "1426-QĐ/HNDTW", "1426-QĐ/HNDTW"),
    # a local code (the association's at every level), issued by a body that names the centre
    (("HỘI CCB XÃ ĐÔ LƯƠNG\nSố: 15-BC/CCB\tĐô Lương, ngày 18 tháng 6 năm 2026",
      "HỘI CCB TỈNH HÀ TĨNH\nSố: 40-BC/CCB\tHà Tĩnh, ngày 20 tháng 6 năm 2026"),
     "Thực hiện Hướng dẫn số 145/HD-CCB ngày 12/12/2025 của Trung ương Hội CCB Việt Nam, Hội đã kết nạp 23 hội viên.",
     "145/HD-CCB", "145/HD-CCB@2025"),
])
def test_an_associations_central_document_is_one_for_every_report(tmp_path, headers: tuple[str, str], sentence: str,
                                                                   symbol: str, canonical: str) -> None:
    """``Quyết định số 1426-QĐ/HNDTW của Ban Thường vụ Trung ương Hội`` and ``Hướng dẫn số 145/HD-CCB … của Trung ương Hội
    CCB Việt Nam`` were scoped to each citing file or commune (``…@a.txt:?``, ``…@nghệ an/đô lương``), so two reports
    citing one held two documents."""
    body = "\n\nBÁO CÁO\nCông tác Hội\n\n" + sentence + "\n"
    frames = ingest_texts(tmp_path, a_txt=headers[0] + body, b_txt=headers[1] + body)
    r = frames["references"]
    assert sorted(r[r["symbol"] == symbol]["canonical_id"]) == [canonical, canonical]


def test_a_district_document_in_a_report_that_names_one_district_is_that_districts(tmp_path) -> None:
    """A commune's report of 2026 (no district above it any more) naming ``Ban Thường vụ Huyện ủy Thạch Hà`` scoped its bare
    ``Kế hoạch số 156-KH/HU`` to the file (``…:district``): no other report could reach it."""
    frames = ingest_texts(
        tmp_path,
        a_txt="ĐẢNG BỘ TỈNH HÀ TĨNH\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ THẠCH HÀ\nSố 87-BC/ĐU\tThạch Hà, ngày 20 tháng 3 năm 2026\n\n"
              "BÁO CÁO\nTổng kết công tác dân vận\n\nThực hiện Kế hoạch số 27-KH/HU của Ban Thường vụ Huyện ủy Thạch Hà và "
              "Kế hoạch số 156-KH/HU, Đảng ủy đã xây dựng 120 mô hình.\n")
    r = frames["references"].set_index("symbol")["canonical_id"]
    assert (r["27-KH/HU"], r["156-KH/HU"]) == ("27-KH/HU@hà tĩnh/thạch hà", "156-KH/HU@hà tĩnh/thạch hà")


def test_a_communes_document_named_by_its_level_is_the_commune_the_header_names(tmp_path) -> None:
    """``Thông báo số 45-TB/ĐU … của Ban Thường vụ Đảng ủy xã`` under ``ĐẢNG BỘ XÃ CẨM BÌNH`` (a commune of Thanh Hóa and of
    Hà Tĩnh, so its place-date line settles no seat) was scoped to the citing file (``…:commune``); it is the one
    document another report writes in full."""
    header = "ĐẢNG BỘ XÃ CẨM BÌNH\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN {}\nSố 12-BC/CB\tCẩm Bình, ngày 06 tháng 12 năm 2023\n\n"
    sentence = "BÁO CÁO\nKết quả năm 2023\n\nTheo Thông báo số 45-TB/ĐU, ngày 20/01/2023 của Ban Thường vụ Đảng ủy xã{} về kết quả.\n"
    r = ingest_texts(tmp_path, a_txt=header.format("VĨNH PHÚ") + sentence.format(""),
                     b_txt=header.format("TÂN HÒA") + sentence.format(" Cẩm Bình"))["references"]
    assert sorted(r[r["symbol"] == "45-TB/ĐU"]["canonical_id"]) == ["45-TB/ĐU@?/cẩm bình"] * 2


def test_a_congress_named_by_its_terms_years_is_the_citing_partys_own(tmp_path) -> None:
    """``Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2020 - 2025`` was no reference (a congress needed its number); named with
    no level or unit, it is the citing Party organisation's own, in capitals too."""
    text = ("ĐẢNG BỘ XÃ NGHĨA HÀNH\n\nSố 01-BC/ĐU\n\nBÁO CÁO CHÍNH TRỊ\n\n"
            "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ NHIỆM KỲ 2020 - 2025\n\n"
            "Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2020 - 2025 đề ra kết nạp 60 đảng viên.\n")
    r = ingest_texts(tmp_path, a_txt=text)["references"]
    named = r[r["text"].str.lower().str.startswith("nghị quyết đại hội")]
    # (named as in full, the commune's: ``… Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025``)
    assert sorted(named["canonical_id"]) == ["name:nghị quyết đại hội đảng bộ xã nhiệm kỳ 2020 - 2025@nghệ an/nghĩa hành"] * 2


def test_a_congress_numbered_past_the_partys_own_is_the_citing_committees(tmp_path) -> None:
    """``Nghị quyết Đại hội lần thứ XXV`` in a Huyện ủy's report: the Party held fourteen congresses, so the twenty-fifth
    is the district's (every district's twenty-fifth was one document, as the Party's thirteenth is)."""
    text = ("HUYỆN ỦY KIM SƠN\n\nSố 186-BC/HU\t\tKim Sơn, ngày 14 tháng 02 năm 2025\n\nBÁO CÁO\nkết quả năm 2024\n\n"
            "Trong 20 chỉ tiêu Nghị quyết Đại hội lần thứ XXV đề ra, có 17 chỉ tiêu đạt; Nghị quyết Đại hội XIII của Đảng "
            "được quán triệt.\n")
    r = ingest_texts(tmp_path, a_txt=text)["references"].set_index("text")["canonical_id"]
    # (named as in full, the district's: ``… Đại hội đại biểu Đảng bộ huyện lần thứ XXV``)
    assert r["Nghị quyết Đại hội lần thứ XXV"] == "name:nghị quyết đại hội đảng bộ huyện xxv@ninh bình/kim sơn"
    assert r["Nghị quyết Đại hội XIII của Đảng"] == "name:nghị quyết đại hội xiii"


def test_a_corpus_documents_directive_is_titled_as_it_titles_itself(tmp_path) -> None:
    """The plan in the corpus and a report citing it: the directive's title was empty or what a citation said (its
    own title is the best there is)."""
    plan = ("TỈNH ỦY NGHỆ AN\n\nSố 305-KH/TU\t\tNghệ An, ngày 20 tháng 02 năm 2025\n\nKẾ HOẠCH\n"
            "triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n\nBan Thường vụ Tỉnh ủy xây dựng kế hoạch.\n")
    report = ("HUYỆN ỦY NAM ĐÀN\n\nSố 215-BC/HU\t\tNam Đàn, ngày 05 tháng 3 năm 2025\n\nBÁO CÁO\nsơ kết công tác\n\n"
              "Thực hiện Kế hoạch số 305-KH/TU ngày 20/02/2025 của Ban Thường vụ Tỉnh ủy về chuyển đổi số, Huyện ủy đã "
              "triển khai.\n")
    d = ingest_texts(tmp_path, plan_txt=plan, report_txt=report)["directives"].set_index("canonical_id")
    assert d.loc["305-KH/TU@nghệ an", "title"] == "triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị"



def test_a_political_reports_directive_keeps_the_kind_its_type_word_opens(tmp_path) -> None:
    """``BÁO CÁO CHÍNH TRỊ`` / ``của Ban Chấp hành …``: the type word opens the name of a kind of report; the title
    was ``CHÍNH TRỊ của Ban Chấp hành …``."""
    text = ("HUYỆN ỦY KIM SƠN\n\nSố 186-BC/HU\t\tKim Sơn, ngày 14 tháng 02 năm 2025\n\nBÁO CÁO CHÍNH TRỊ\n"
            "của Ban Chấp hành Đảng bộ huyện khóa XXV\n\nNhiệm kỳ qua, Đảng bộ đã lãnh đạo thực hiện đạt 17/20 chỉ tiêu.\n")
    d = ingest_texts(tmp_path, a_txt=text)["directives"].set_index("canonical_id")
    assert d.loc["186-BC/HU@ninh bình/kim sơn", "title"] == "BÁO CÁO CHÍNH TRỊ của Ban Chấp hành Đảng bộ huyện khóa XXV"


def test_the_supreme_procuracys_courts_and_tax_departments_documents_are_central(tmp_path) -> None:
    """``01/CT-VKSTC``, ``164/KH-TANDTC``, ``3997/TCT-CS`` cited by two procuracies' reports were one document per
    report (``@a.txt:?``): their codes were no issuer's. They are the supreme procuracy's, court's and the General
    Department of Taxation's, one document each."""
    text = ("VIỆN KIỂM SÁT NHÂN DÂN HUYỆN {}\n\nBÁO CÁO\n\nThực hiện Chỉ thị số 01/CT-VKSTC ngày 29/12/2022 của Viện trưởng "
            "Viện kiểm sát nhân dân tối cao; Công văn 3997/TCT-CS ngày 1/10/2023; Kế hoạch 164/KH-TANDTC ngày 2/3/2023.\n")
    r = ingest_texts(tmp_path, a_txt=text.format("QUẾ SƠN"), b_txt=text.format("THĂNG BÌNH"))["references"]
    assert sorted(set(r["canonical_id"])) == ["01/CT-VKSTC@2022", "164/KH-TANDTC@2023", "3997/TCT-CS@2023"]


def test_a_peoples_committees_document_in_its_departments_report_is_its_provinces(tmp_path) -> None:
    """``Thực hiện Kế hoạch số 178/KH-UBND …`` in a Sở's report, no body written: scoped to the report
    (``@a.txt:?``), while the same plan under the people's committee's own header was ``@quảng trị``."""
    r = ingest_texts(tmp_path, a_txt="UBND TỈNH QUẢNG TRỊ\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 4125/BC-STNMT\n\nQuảng Trị, ngày 10 "
                     "tháng 12 năm 2024\n\nBÁO CÁO\nKết quả công tác năm 2024\n\nThực hiện Kế hoạch số 178/KH-UBND ngày "
                     "26/8/2024, Sở đã triển khai.\n")["references"]
    assert r.set_index("symbol").loc["178/KH-UBND", "canonical_id"] == "178/KH-UBND@quảng trị"


def test_a_short_form_takes_no_other_provinces_document(tmp_path) -> None:
    """``Quyết định 1415 của UBND tỉnh`` in a report of Lào Cai, beside a report of Hà Tĩnh citing ``Quyết định số
    1415/QĐ-UBND``: the short form was read as Hà Tĩnh's decision (``corpus: 1 mention(s)``); a local committee's
    document is no other province's. Within its own province it still resolves."""
    header = "UBND TỈNH {p}\nSở Giáo dục và Đào tạo\nSố: {n}/BC-SGDĐT\n\n{p}, ngày 10 tháng 6 năm 2025\n\nBÁO CÁO\nKết quả năm học\n\n"
    r = ingest_texts(
        tmp_path,
        ht_txt=header.format(p="HÀ TĨNH", n=12) + "Thực hiện Quyết định số 1415/QĐ-UBND ngày 05/6/2024 của UBND tỉnh về "
                                                   "sắp xếp trường, lớp.\n",
        lc_txt=header.format(p="LÀO CAI", n=13) + "Tiếp tục thực hiện Quyết định 1415 của UBND tỉnh về sắp xếp trường, lớp.\n",
        ht2_txt=header.format(p="HÀ TĨNH", n=14) + "Tiếp tục thực hiện Quyết định 1415 của UBND tỉnh về sắp xếp trường, lớp.\n",
    )["references"]
    r = r[r["text"].str.contains("1415")].set_index("doc_id")
    full = r.loc["ht.txt"]
    assert full["canonical_id"] == "1415/QĐ-UBND@hà tĩnh"
    assert r.loc["lc.txt", "canonical_id"] != full["canonical_id"]
    assert r.loc["ht2.txt", "canonical_id"] == full["canonical_id"]


def test_a_youth_unions_committee_named_with_its_unit_scopes_its_plan(tmp_path) -> None:
    """``Kế hoạch số 52-KH/HĐTN … của Ban Thường vụ Huyện đoàn Nghĩa Đàn``: the district's Youth Union, written with
    its district (the plan was scoped to the citing report: ``@a.txt:district``)."""
    r = ingest_texts(tmp_path, a_txt="ĐOÀN XÃ NGHĨA SƠN\nSố: 09-BC/ĐTN\n\nNghĩa Sơn, ngày 05 tháng 4 năm 2024\n\nBÁO CÁO\n"
                     "Kết quả Tháng Thanh niên năm 2024\n\nThực hiện Kế hoạch số 52-KH/HĐTN ngày 22/02/2024 của Ban Thường vụ "
                     "Huyện đoàn Nghĩa Đàn về tháng thanh niên.\n")["references"]
    assert r.set_index("symbol").loc["52-KH/HĐTN", "canonical_id"] == "52-KH/HĐTN@nghệ an/nghĩa đàn"


def test_a_province_committees_board_cites_its_committees_documents(tmp_path) -> None:
    """A report of ``BAN NỘI CHÍNH`` under ``TỈNH ỦY QUẢNG NAM`` citing ``Chỉ thị số 32-CT/TU`` with no body: the
    province committee's (it was scoped to the citing file, so the .doc and the .docx of one report made two
    documents); a submission ``của Ban cán sự đảng UBND tỉnh`` is that board's (the body was dropped at ``cán``)."""
    r = ingest_texts(tmp_path, bnc_txt=(
        "TỈNH ỦY QUẢNG NAM\tĐẢNG CỘNG SẢN VIỆT NAM\nBAN NỘI CHÍNH\n*\nSố 45-BC/BNCTU\tQuảng Nam, ngày 20 tháng 12 năm 2024\n\n"
        "BÁO CÁO\nKết quả công tác phòng, chống tham nhũng năm 2024\n\nThực hiện Chỉ thị số 32-CT/TU ngày 12/3/2024 về "
        "phòng, chống tham nhũng; Tờ trình số 68-TTr/BCSĐ ngày 02/3/2024 của Ban cán sự đảng UBND tỉnh.\n"))["references"]
    got = r.set_index("symbol")
    assert got.loc["32-CT/TU", "canonical_id"] == "32-CT/TU@quảng nam"
    assert (got.loc["68-TTr/BCSĐ", "issuing_body"], got.loc["68-TTr/BCSĐ", "canonical_id"]) == (
        "Ban cán sự đảng UBND tỉnh", "68-TTr/BCSĐ@quảng nam")


def test_copies_of_one_report_cite_a_directive_once(tmp_path) -> None:
    """An archive holds a report twice (``ban_sao/`` beside the original) and in two formats of one own number: each
    copy counted as a report citing ``12-NQ/HU`` (it had 3 citing documents for 2 reports)."""
    report = ("HUYỆN ỦY NHƯ XUÂN\tĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 245-BC/HU\tNhư Xuân, ngày 15 tháng 6 năm 2023\n\nBÁO CÁO\n"
              "Sơ kết 03 năm\n\nBan Thường vụ Huyện ủy báo cáo kết quả thực hiện Nghị quyết số 12-NQ/HU ngày 10/3/2021 "
              "của Ban Chấp hành Đảng bộ huyện.\n")
    other = report.replace("245-BC/HU", "246-BC/HU").replace("báo cáo kết quả", "đánh giá kết quả")
    frames = ingest_texts(tmp_path, a_txt=report, a_ban_sao_txt=report, b_txt=other,
                          a_ban_chep_txt=report.replace("Sơ kết 03 năm", "Sơ kết 03 năm thực hiện"))
    row = frames["directives"].set_index("symbol").loc["12-NQ/HU"]
    assert (row["n_mentions"], row["n_citing_documents"]) == (4, 2)


COMMUNE_HEADER = ("ĐẢNG BỘ HUYỆN QUỲNH LƯU\nĐẢNG ỦY XÃ QUỲNH LÂM\nSố 12-BC/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                  "Quỳnh Lâm, ngày 12 tháng 5 năm 2025\nBÁO CÁO\n{title}\n")


def test_the_body_a_passive_names_before_the_act_issues_its_decision(tmp_path) -> None:
    """``xã được UBND tỉnh công nhận đạt chuẩn nông thôn mới nâng cao tại Quyết định số 3125/QĐ-UBND``: the body after
    ``được`` did the act the decision records (it had no body, and was scoped to the citing file, ``@a.txt:?``); a
    passive naming no body (``được xây dựng tại``) still gives none."""
    r = ingest_texts(tmp_path, a_txt=COMMUNE_HEADER.format(title="Kết quả công tác năm 2024") + (
        "Năm 2023, xã được UBND tỉnh công nhận đạt chuẩn nông thôn mới nâng cao tại Quyết định số 3125/QĐ-UBND ngày "
        "28/12/2023.\nTrường Mầm non xã được Chủ tịch UBND tỉnh tặng Bằng khen vì thành tích xuất sắc tại Quyết định số "
        "215/QĐ-UBND ngày 10/5/2024.\nNhà văn hóa được xây dựng tại Quyết định số 15/QĐ-UBND ngày 10/5/2024.\n"))["references"]
    got = r.set_index("symbol")
    assert (got.loc["3125/QĐ-UBND", "issuing_body"], got.loc["3125/QĐ-UBND", "canonical_id"]) == (
        "UBND tỉnh", "3125/QĐ-UBND@nghệ an")
    assert got.loc["215/QĐ-UBND", "issuing_body"] == "Chủ tịch UBND tỉnh"
    assert pd.isna(got.loc["15/QĐ-UBND", "issuing_body"])


def test_a_congress_of_another_level_is_the_unit_its_entities_row_names(tmp_path) -> None:
    """``Quán triệt Nghị quyết Đại hội Đảng bộ huyện lần thứ XXXI`` in a commune's report, the district named in its
    header: the district's (the entities row names ``Đại hội đại biểu Đảng bộ huyện Quỳnh Lưu``; the reference was
    scoped to the citing file, its body's canonical name had no district); a centrally run city's congress in its
    Thành ủy's report is the city's, the province's level."""
    frames = ingest_texts(
        tmp_path,
        a_txt=COMMUNE_HEADER.format(title="Kết quả công tác năm 2024") + (
            "Quán triệt Nghị quyết Đại hội Đảng bộ huyện lần thứ XXXI, Đảng ủy xã ban hành 05 nghị quyết chuyên đề.\n"),
        b_txt=("THÀNH ỦY CẦN THƠ\nSố 178-BC/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nCần Thơ, ngày 14 tháng 02 năm 2022\nBÁO CÁO\n"
               "Kết quả công tác năm 2021\nThực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XIV, Ban Thường vụ "
               "Thành ủy đã ban hành chương trình hành động.\n"))
    r = frames["references"].set_index("doc_id")
    named = r[r["name"].notna()]
    assert named.loc["a.txt", "canonical_id"] == "name:nghị quyết đại hội đảng bộ huyện xxxi@nghệ an/quỳnh lưu"
    assert named.loc["a.txt", "issuing_body_canonical"] == "Đại hội đại biểu Đảng bộ huyện Quỳnh Lưu"
    assert named.loc["b.txt", "canonical_id"] == "name:nghị quyết đại hội đảng bộ thành phố xiv@cần thơ"


def test_a_local_congress_named_by_its_number_alone_is_the_reports_own_units(tmp_path) -> None:
    """``Kết quả thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XX`` and then ``Nghị quyết Đại hội XX`` (or
    ``… Đại hội Đảng bộ lần thứ XX``) in a commune Party committee's report: one resolution (they were two ids, ``…
    đại hội đảng bộ xã xx@…`` and ``… đại hội xx@…``); a union's own congress, so numbered, is no Party congress."""
    frames = ingest_texts(
        tmp_path,
        a_txt=COMMUNE_HEADER.format(title="Kết quả thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XX, nhiệm kỳ "
                                          "2020 - 2025") + (
            "Có 17/19 chỉ tiêu Nghị quyết Đại hội XX đạt và vượt.\nCác chỉ tiêu Nghị quyết Đại hội Đảng bộ lần thứ XX về "
            "kinh tế đều đạt.\n"),
        b_txt=("HỘI LHPN HUYỆN QUỲNH LƯU\nHỘI LHPN XÃ QUỲNH LÂM\nSố 05/BC-PN\nQuỳnh Lâm, ngày 12 tháng 5 năm 2025\nBÁO CÁO\n"
               "Kết quả công tác năm 2024\nCó 5/6 chỉ tiêu Nghị quyết Đại hội XX đạt và vượt.\n"))
    r = frames["references"]
    named = r[r["name"].notna()]
    assert set(named[named["doc_id"] == "a.txt"]["canonical_id"]) == {"name:nghị quyết đại hội đảng bộ xã xx@nghệ an/quỳnh lâm"}
    assert len(named[named["doc_id"] == "a.txt"]) == 3
    assert "đảng bộ" not in named[named["doc_id"] == "b.txt"]["canonical_id"].iloc[0]
