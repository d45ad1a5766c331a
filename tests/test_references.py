"""Reference extraction on hand-written texts in real citation formats (not taken from the seeds)."""
from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import references
from pipeline.models import Document


def make_doc(*paragraphs: str, kind: str = "paragraph") -> Document:
    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    for p in paragraphs:
        doc.add_block(kind, p)
    return doc


def refs(*paragraphs: str) -> list[dict]:
    doc = make_doc(*paragraphs)
    references.extract(doc)
    rows = doc.rows("references")
    for r in rows:  # provenance holds by construction; check it anyway
        assert doc.blocks[r["block_id"]].text[r["char_start"]:r["char_end"]] == r["text"]
    return rows


def _issuers_and_subjects(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    return [(r["issuing_body"], r["subject"]) for r in refs(*paragraphs)]


def symbols(*paragraphs: str) -> list[str | None]:
    return [r["symbol"] for r in refs(*paragraphs)]


@pytest.mark.parametrize("written", ["01-KL/TW", "01 - KL/TW", "01–KL/TW", "01-KL/ TW", "01 -KL /TW", "01-KL/TƯ", "01-kl/tw"])
def test_party_symbol_variants_normalise(written: str) -> None:
    assert symbols(f"Tiếp tục thực hiện Kết luận số {written} của Bộ Chính trị.") == ["01-KL/TW"]


def test_a_party_symbol_with_the_issuers_department() -> None:
    """``86-KH/TWĐTN-TNXP`` (the Youth Union's volunteer department) was cut to ``86-KH/TWĐTN`` and lost
    its date, body and subject; a word after a dash is no department."""
    rows = refs("Thực hiện Kế hoạch số 86-KH/TWĐTN-TNXP ngày 15/3/2026 của Ban Bí thư Trung ương Đoàn về tổ chức "
                "Chiến dịch; Công văn số 45-CV/TU-VP ngày 3/4/2026 của Văn phòng Tỉnh ủy. Nghị quyết 21-NQ/TW-ngày nay.")
    got = [(r["symbol"], r["issuer_code"], r["date"], r["issuing_body"]) for r in rows]
    assert got == [("86-KH/TWĐTN-TNXP", "TWĐTN", "2026-03-15", "Ban Bí thư Trung ương Đoàn"),
                   ("45-CV/TU-VP", "TU", "2026-04-03", "Văn phòng Tỉnh ủy"), ("21-NQ/TW", "TW", None, None)]
    assert rows[2]["text"] == "Nghị quyết 21-NQ/TW"
    assert rows[0]["subject"] == "tổ chức Chiến dịch"


def test_the_written_type_word_refines_a_shared_code() -> None:
    """The Party writes its Quy định ``QĐ`` since 2021: ``Quy định số 232-QĐ/TW`` is a Quy định (it was
    typed Quyết định); a title ends before ``cho`` (``Điều lệ Đảng cho`` was a name)."""
    rows = refs("Thực hiện Quy định số 232-QĐ/TW ngày 20/01/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ "
                "Đảng cho 1.186 đảng viên. Quyết định số 99-QĐ/TU của Tỉnh ủy. Kế hoạch liên tịch số 05-KH/MTTQ-HND.")
    assert [(r["symbol"] or r["name"], r["type"], r["type_code"]) for r in rows] == [
        ("232-QĐ/TW", "Quy định", "QĐ"), ("Điều lệ Đảng", "Điều lệ", "ĐL"), ("99-QĐ/TU", "Quyết định", "QĐ"),
        ("05-KH/MTTQ-HND", "Kế hoạch liên tịch", "KH")]


def test_a_capital_plan_column_names_no_document() -> None:
    """``Kế hoạch vốn giai đoạn 2022-2024`` heads a column of allocated capital (it became a cited
    document); a plan for a period is still one."""
    assert refs("Kế hoạch vốn giai đoạn 2022-2024") == []
    assert [r["name"] for r in refs("Thực hiện Kế hoạch phát triển kinh tế giai đoạn 2021-2025.")] == [
        "Kế hoạch phát triển kinh tế giai đoạn 2021-2025"]


def test_a_body_that_also_issued_a_plan() -> None:
    """``Ủy ban nhân dân huyện cũng ban hành Kế hoạch số 112/KH-UBND``: the plan had no issuer."""
    rows = refs("Ủy ban nhân dân huyện cũng ban hành Kế hoạch số 112/KH-UBND ngày 12/3/2025 về chuyển đổi số.")
    assert rows[0]["issuing_body"] == "Ủy ban nhân dân huyện"


def test_a_resolutions_preamble_cites_per_and_a_district_councils_committee_issues() -> None:
    """``Xét Tờ trình …; Báo cáo thẩm tra … của Ban Kinh tế - Xã hội HĐND xã``: both were ``unknown``, and
    the body was cut to ``Ban Kinh tế`` (a Party board)."""
    rows = refs("Xét Tờ trình số 125/TTr-UBND ngày 10/12/2023 của UBND xã; Báo cáo thẩm tra số 18/BC-KTXH ngày "
                "12/12/2023 của Ban Kinh tế - Xã hội HĐND xã.")
    assert [(r["relation"], r["issuing_body"]) for r in rows] == [
        ("per", "UBND xã"), ("per", "Ban Kinh tế - Xã hội HĐND xã")]


def test_ocr_eth_and_quy_dinh_code() -> None:
    rows = refs("Thực hiện Quy định số 08-QÐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương.")
    assert [r["symbol"] for r in rows] == ["08-QĐi/TW"]
    assert rows[0]["type"] == "Quy định" and rows[0]["type_code"] == "QĐi"
    assert rows[0]["date"] == "2018-10-25"
    assert rows[0]["issuing_body"] == "Ban Chấp hành Trung ương"


def test_full_party_citation_attributes_and_span() -> None:
    text = "Quán triệt Chỉ thị số 12-CT/TU, ngày 07/3/2019 của Ban Thường vụ Huyện ủy (khóa XX) về tăng cường công tác dân vận; đồng thời"
    (r,) = refs(text)
    assert r["text"] == "Chỉ thị số 12-CT/TU, ngày 07/3/2019 của Ban Thường vụ Huyện ủy (khóa XX)"
    assert (r["type"], r["type_code"], r["number"], r["issuer_code"]) == ("Chỉ thị", "CT", "12", "TU")
    assert (r["date"], r["issuing_body"], r["term"]) == ("2019-03-07", "Ban Thường vụ Huyện ủy", "XX")
    assert r["subject"] == "tăng cường công tác dân vận"
    assert r["relation"] == "implements"


@pytest.mark.parametrize("text, subject", [
    # the sentence's main clause after the comma is not the subject
    ("Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương về đổi mới căn bản, toàn diện "
     "giáo dục và đào tạo, Phòng đã triển khai chương trình mới.", "đổi mới căn bản, toàn diện giáo dục và đào tạo"),
    ("Triển khai Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, "
     "Ban Thường vụ Huyện ủy đã ban hành kế hoạch.", "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
    # names in capitals inside the subject, with no clause of their own, stay in it
    ("Quyết định số 217-QĐ/TW về ban hành Quy chế giám sát, phản biện xã hội và góp ý xây dựng Đảng, Chính quyền.",
     "ban hành Quy chế giám sát, phản biện xã hội và góp ý xây dựng Đảng, Chính quyền"),
    # a unit with its type, named or not, opens the main clause too
    ("Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về chuyển đổi số quốc gia, huyện Yên Thành đã có 38/38 xã.",
     "chuyển đổi số quốc gia"),
    ("Thực hiện Quyết định số 1719/QĐ-TTg về Chương trình mục tiêu quốc gia đến 2030, toàn tỉnh đã đạt.",
     "Chương trình mục tiêu quốc gia đến 2030"),
    # a figure reached after đến/cho is the report's own clause
    ("Quán triệt Nghị quyết số 43-NQ/TW về xây dựng đất nước phồn vinh, hạnh phúc đến 100% cán bộ Mặt trận.",
     "xây dựng đất nước phồn vinh, hạnh phúc"),
    # a clause after a comma whose verb gives an amount is the report's statement, not the title
    ("Thực hiện Nghị định số 73/2024/NĐ-CP ngày 30/6/2024 của Chính phủ quy định mức lương cơ sở đối với cán bộ, "
     "công chức, viên chức, mức lương cơ sở tăng từ 1.800.000 đồng/tháng lên 2.340.000 đồng/tháng.",
     "quy định mức lương cơ sở đối với cán bộ, công chức, viên chức"),
    ("Căn cứ Thông tư số 49/2024/TT-BTC của Bộ Tài chính hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2025, "
     "dự toán thu ngân sách nhà nước trên địa bàn năm 2025 là 6.120 tỷ đồng.",
     "hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2025"),
    ("Thực hiện Kế hoạch số 52-KH/MTTQ-BTT về Tháng cao điểm “Vì người nghèo” năm 2024, Quỹ “Vì người nghèo” các "
     "cấp trong huyện đã tiếp nhận 6,82 tỷ đồng.", "Tháng cao điểm “Vì người nghèo” năm 2024"),
    ("Thực hiện Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư về bảo đảm trật tự, an toàn giao thông, trên địa "
     "bàn huyện xảy ra 18 vụ tai nạn giao thông.", "bảo đảm trật tự, an toàn giao thông"),
    ("Thực hiện Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư về phong trào Toàn dân bảo vệ an ninh Tổ quốc trong "
     "tình hình mới, Ban Thường vụ Huyện ủy ban hành kế hoạch.", "phong trào Toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới"),
    ("Triển khai Kế hoạch số 12-KH/HU về học tập chuyên đề năm 2025 cho 1.186 đảng viên.", "học tập chuyên đề năm 2025"),
    ("Thông qua Báo cáo số 12/BC-MTTQ về kết quả quý I năm 2024 với 35/35 đồng chí tán thành.", "kết quả quý I năm 2024"),
    # a body after the comma and what it does, no tense word between them
    ("Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu "
     "toàn quốc lần thứ XIV của Đảng, Đảng ủy xã xây dựng kế hoạch tổ chức đại hội.",
     "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"),
    ("Thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính "
     "trị, UBND huyện triển khai kế hoạch.", "đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị"),
])
def test_subject_ends_where_the_main_clause_begins(text: str, subject: str) -> None:
    (r,) = refs(text)
    assert r["subject"] == subject


def test_a_listed_name_in_capitals_is_no_body_acting() -> None:
    # ``Luật Thực hiện`` is a law's name, the capital its verb's: no body opening the sentence's clause
    first = refs("Căn cứ Luật số 97/2025/QH15 về sửa đổi, bổ sung một số điều của Luật Công đoàn, Luật Thực hiện dân "
                 "chủ ở cơ sở.")[0]
    assert first["subject"] == "sửa đổi, bổ sung một số điều của Luật Công đoàn, Luật Thực hiện dân chủ ở cơ sở"


def test_state_style_decree_and_law() -> None:
    rows = refs(
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
        "Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015;",
        "Thực hiện Nghị quyết số 60/2024/UBTVQH15 và Công văn số 356/UBND-VX ngày 2/4/2024.",
    )
    by = {r["symbol"]: r for r in rows}
    assert set(by) == {"30/2020/NĐ-CP", "77/2015/QH13", "60/2024/UBTVQH15", "356/UBND-VX"}
    d = by["30/2020/NĐ-CP"]
    assert (d["type"], d["year"], d["issuer_code"], d["date"], d["issuing_body"]) == ("Nghị định", 2020, "CP", "2020-03-05", "Chính phủ")
    law = by["77/2015/QH13"]
    assert law["type"] == "Luật" and law["year"] == 2015 and law["issuer_code"] == "QH13"
    assert law["text"].startswith("Luật Tổ chức chính quyền địa phương số") and law["date"] == "2015-06-19"
    assert by["356/UBND-VX"]["type"] == "Công văn" and by["356/UBND-VX"]["issuer_code"] == "UBND"
    assert d["relation"] == "per"


def test_split_and_damaged_symbols() -> None:
    rows = refs(
        "Thực hiện Kế hoạch số 75/KH- UBND ngày 09/7/2023 của UBND tỉnh Bạc Liêu;",
        "theo Quyết định số 1234/QĐ-\nUBND ngày 02/01/2023 của Chủ tịch UBND huyện;",
        "Theo Chỉ thị số 12/CTTg ngày 1/2/2021 của Thủ tướng Chính phủ",
        "THỰC HIỆN CHỈ THỊ SỐ 08/CT-TTG NGÀY 15 THÁNG 3 NĂM 2022 CỦA THỦ TƯỚNG CHÍNH PHỦ",
    )
    assert [r["symbol"] for r in rows] == ["75/KH-UBND", "1234/QĐ-UBND", "12/CT-TTg", "08/CT-TTg"]
    assert rows[1]["date"] == "2023-01-02"
    assert rows[2]["inferred"] is True and rows[0]["inferred"] is False
    assert rows[3]["date"] == "2022-03-15" and rows[3]["issuing_body"] == "THỦ TƯỚNG CHÍNH PHỦ"


def test_no_reference_in_figures_dates_and_ratios() -> None:
    assert refs("Đạt 24/39 chỉ tiêu; 21.771/34.534 hộ; 500.000đ/tháng; ngày 15/10/2020; Covid-19; 44 tạ/ha.") == []


def test_short_forms_with_issuer_are_inferred() -> None:
    rows = refs("Các cấp ủy thực hiện tốt Quyết định 124, 125 của Ban Bí thư (khóa XII) và báo cáo kết quả.")
    assert [r["symbol"] for r in rows] == ["124-QĐ/TW", "125-QĐ/TW"]
    assert [r["text"] for r in rows] == ["Quyết định 124", "125"]
    assert all(r["inferred"] and r["term"] == "XII" and r["issuing_body"] == "Ban Bí thư" for r in rows)
    assert [r["name"] for r in rows] == ["Quyết định 124", "Quyết định 125"]


def test_short_form_without_issuer_keeps_name() -> None:
    (r,) = refs("Tiếp tục thực hiện quy chế phối hợp theo Nghị quyết 35; kiểm tra định kỳ.")
    assert r["symbol"] is None and r["name"] == "Nghị quyết 35" and r["inferred"] is False


def test_numbers_after_type_words_that_are_not_references() -> None:
    assert refs("Hoàn thành Kế hoạch 5 năm; Nghị quyết 2 năm qua đã đi vào cuộc sống.") == []


def test_named_references() -> None:
    rows = refs(
        "Triển khai Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI và Nghị quyết Trung ương 5 khóa XII về kinh tế tập thể.",
        "Thực hiện Luật Thanh niên, Luật Thực hiện dân chủ ở cơ sở; thực hiện tốt quy chế dân chủ ở cơ sở tại địa phương.",
        "Hưởng ứng Đề án “Nông thôn sáng”; xây dựng chương trình phối hợp giữa Ban Dân vận với Hội Nông dân.",
    )
    names = [r["name"] for r in rows]
    assert names == [
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI",
        "Nghị quyết Trung ương 5 khóa XII",
        "Luật Thanh niên",
        "Luật Thực hiện dân chủ ở cơ sở",
        "Đề án “Nông thôn sáng”",
    ]
    assert rows[0]["term"] == "XVI" and rows[1]["term"] == "XII"
    assert all(r["symbol"] is None for r in rows)


def test_a_listed_law_title_ends_where_the_list_says() -> None:
    """A law's title runs on in lower case (``Luật Thuế giá trị gia tăng``), so words cannot tell
    where it stops: ``ước`` opens the sentence's verb in the first line and belongs to the title in
    ``Luật Điều ước quốc tế``. The titles in ``gazetteers/law_titles.csv`` end it; a year may
    follow; a law the list lacks still ends at a stop word."""
    rows = refs(
        "Áp dụng thuế suất 5% tại Điều 9 Luật Thuế giá trị gia tăng ước tăng thu khoảng 500 tỷ đồng.",
        "Thực hiện Luật Điều ước quốc tế và Luật Đất đai năm 2024 có hiệu lực từ ngày 01/8/2024.",
        "Tuyên truyền Luật Khám bệnh, chữa bệnh và Luật Lưu trữ đã được thông qua.",
    )
    assert [r["name"] for r in rows] == ["Luật Thuế giá trị gia tăng", "Luật Điều ước quốc tế", "Luật Đất đai năm 2024",
                                         "Luật Khám bệnh, chữa bệnh", "Luật Lưu trữ"]
    assert all(r["type"] == "Luật" for r in rows)


def test_a_type_word_that_ends_a_word_names_no_instrument() -> None:
    """``CÔNG TÁC THI HÀNH KỶ LUẬT ĐẢNG``, the heading of every inspection report, was a law named ``LUẬT ĐẢNG``: its
    ``LUẬT`` is the second syllable of ``kỷ luật`` (discipline), as in ``PHÁP LUẬT``. A word that ends one of its
    own before the type word (``quy định [Luật Đất đai]``) leaves the law its name."""
    rows = refs("III. CÔNG TÁC THI HÀNH KỶ LUẬT ĐẢNG NĂM 2023",
                "Tuyên truyền PHÁP LUẬT VỀ AN TOÀN GIAO THÔNG; thực hiện quy định Luật Đất đai năm 2013.")
    assert [r["name"] for r in rows] == ["Luật Đất đai năm 2013"]


def test_instrument_issued_by_a_reference_is_its_subject_not_a_second_reference() -> None:
    rows = refs("Quyết định số 45-QĐ/HU ngày 3/4/2023 của Ban Thường vụ Huyện ủy về ban hành Quy chế công tác dân vận của hệ thống chính trị huyện.")
    assert [r["symbol"] for r in rows] == ["45-QĐ/HU"]
    assert rows[0]["subject"].startswith("ban hành Quy chế công tác dân vận")


def test_body_before_and_shared_by_a_list() -> None:
    rows = refs(
        "Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 12-KH/HU, ngày 2/3/2021 về thực hiện phong trào thi đua và Công văn số 40-CV/HU, ngày 5/5/2021 hướng dẫn thực hiện.",
        "Thực hiện Nghị định số 10/2021/NĐ-CP, Nghị định số 20/2022/NĐ-CP của Chính phủ.",
        "Ngày 12/9/2023 UBND huyện ban hành Công văn số 88/UBND-NV về việc rà soát.",
    )
    assert [r["issuing_body"] for r in rows] == ["Ban Thường vụ Huyện ủy"] * 2 + ["Chính phủ"] * 2 + ["UBND huyện"]
    assert rows[4]["date"] == "2023-09-12"


def test_own_number_in_header_blank_draft_and_repeats() -> None:
    doc = make_doc("HUYỆN ỦY PHONG ĐIỀN", "Số    -BC/HU", "Phong Điền, ngày    tháng 5 năm 2023", "BÁO CÁO",
                   "Ban Thường vụ Huyện ủy báo cáo kết quả công tác dân vận như sau:",
                   "Căn cứ Chỉ thị số 05-CT/HU ngày 2/2/2022 của Ban Thường vụ Huyện ủy.")
    references.extract(doc)
    own, other = doc.rows("references")
    assert own["is_self"] and own["symbol"] == "-BC/HU" and own["text"] == "Số    -BC/HU"
    assert own["issuing_body"] == "Ban Thường vụ Huyện ủy" and own["date"] is None
    assert not other["is_self"]
    assert doc.own_symbol == "-BC/HU"


def test_header_number_in_a_cell_and_annex_repeat() -> None:
    doc = Document(doc_id="t", path="t.docx", format="docx", sha256="")
    doc.add_block("table_cell", "ỦY BAN MTTQ VIỆT NAM\nPHƯỜNG AN LẠC\nBAN THƯỜNG TRỰC\nSố: 21/KH-MTTQ-BTT")
    doc.add_block("table_cell", "An Lạc, ngày 03 tháng 02 năm 2024")
    doc.add_block("paragraph", "(Kèm theo Kế hoạch số 21/KH-MTTQ-BTT ngày 03/02/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam phường An Lạc)")
    references.extract(doc)
    head, annex = doc.rows("references")
    assert head["is_self"] and annex["is_self"] and doc.own_symbol == "21/KH-MTTQ-BTT"
    assert head["date"] == "2024-02-03"
    assert head["issuing_body"] == "Ban Thường trực Ủy ban MTTQ Việt Nam phường An Lạc"


def test_news_item_about_a_report_is_self() -> None:
    doc = make_doc("Ngày 03 tháng 3 năm 2023, Huyện ủy Phong Điền ban hành Báo cáo số 210-BC/HU về tổng kết công tác dân vận năm 2022.",
                   "Báo cáo nêu rõ, thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương, …")
    references.extract(doc)
    own, other = doc.rows("references")
    assert own["is_self"] and (own["date"], own["issuing_body"]) == ("2023-03-03", "Huyện ủy Phong Điền")
    assert not other["is_self"] and doc.own_symbol == "210-BC/HU"


def test_texts_issued_to_detail_a_law_implement_it() -> None:
    """``ban hành 12 văn bản quy định chi tiết Luật Đất đai số 31/2024/QH15``: the law was ``issues``, as if the
    province had issued it; the texts issued detail it."""
    rows = refs("UBND tỉnh đã ban hành 12 văn bản quy định chi tiết Luật Đất đai số 31/2024/QH15 và Nghị định số "
                "102/2024/NĐ-CP; ban hành Kế hoạch số 178/KH-UBND.")
    assert [r["relation"] for r in rows] == ["implements", "implements", "issues"]


def test_issue_date_taken_from_dates_rows_when_present() -> None:
    doc = make_doc("Thực hiện Kế hoạch số 07-KH/ĐU ngày 31/12/2021 của Đảng ủy xã.")
    block = doc.blocks[0]
    start = block.text.index("31/12/2021")
    doc.items.setdefault("dates", []).append({"doc_id": doc.doc_id, "block_id": block.block_id, "char_start": start, "char_end": start + 10,
                                              "text": "31/12/2021", "where": "body", "kind": "day", "start": "2021-12-31",
                                              "end": "2021-12-31", "precision": "day"})
    references.extract(doc)
    assert doc.rows("references")[0]["date"] == "2021-12-31"


@pytest.mark.parametrize("cue, relation", [
    ("tổng kết 10 năm thực hiện", "reviews"), ("tiếp tục thực hiện", "continues"), ("thay thế", "replaces"),
    ("triển khai", "implements"), ("theo", "per"), ("đánh giá", "unknown"),
])
def test_relation_read_from_wording(cue: str, relation: str) -> None:
    (r,) = refs(f"Ban Thường vụ {cue} Chỉ thị số 14-CT/TU của Tỉnh ủy.")
    assert r["relation"] == relation


@pytest.mark.parametrize("unit", ["1/", "12/2020/", "1-", "7/KH-"])
def test_pathological_line_is_linear(unit: str) -> None:
    """A 100 000-character line of digits, slashes and dashes: time grows linearly."""
    def run(n: int) -> float:
        doc = make_doc(unit * (n // len(unit)))
        started = time.perf_counter()
        references.extract(doc)
        return time.perf_counter() - started
    run(1_000)  # patterns compiled outside the timing
    small, large = run(25_000), run(100_000)
    assert large < 5.0
    assert large < 12 * max(small, 0.01)  # 4× the input, well under quadratic growth (16×)


_TOKENS = ["số", "Số:", "Kết luận", "Quyết định", "Luật", "Nghị định", "Chỉ thị", "của", "Bộ Chính trị", "Ban Thường vụ",
           "Tỉnh ủy", "UBND", "ngày", "tháng", "năm", "khóa", "(khóa", "XII)", "về", "và", ",", ";", ".", "\n", "01-KL/TW",
           "-BC/TU", "30/2020/NĐ-CP", "12/CTTg", "217,", "218", "2021", "18/5/2021", "/", "-", "–", "“", "”", "Đề án", "Ð", "QÐi"]


@given(st.lists(st.sampled_from(_TOKENS), max_size=60).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_any_token_soup_keeps_provenance(text: str) -> None:
    """Whatever the input, extraction never raises and every span is exact."""
    refs(text)


def test_forms_seen_in_the_wild() -> None:
    rows = refs(
        "Căn cứ Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn; Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997.",
        "Thực hiện Nghị quyết liên tịch số 01/2014/NQLT/CP-UBTƯMTTQVN ngày 18/11/2014 của Chính phủ.",
        "Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Căn cứ Hiến pháp năm 2013;",
        "có 3 KH/năm; 2 HD/ngày; quán triệt Đề án đến các đồng chí; nội dung của Đề án tiếp xúc, đối thoại.",
    )
    assert [r["symbol"] or r["name"] for r in rows] == [
        "84-QĐ/TWĐTN", "31-QĐ/TW", "01/2014/NQLT/CP-UBTƯMTTQVN", "Điều lệ Đảng Cộng sản Việt Nam", "Hiến pháp năm 2013"]
    assert rows[1]["date"] == "1997-10-01" and rows[2]["type"] == "Nghị quyết liên tịch"


def test_joint_plans_and_guidance_are_their_own_types() -> None:
    """Documents several bodies sign together (văn bản liên tịch, phối hợp) carry their own codes."""
    rows = refs("Thực hiện Kế hoạch liên tịch số 05/KHLT-MTTQ-HND, Hướng dẫn liên tịch số 01/HDLT-BDVTU-MTTQ "
                "và Kế hoạch phối hợp số 02/KHPH-MTTQ-CA; Kế hoạch số 45-KH/HU.")
    assert [(r["type"], r["symbol"], r["text"].split(" số ")[0]) for r in rows] == [
        ("Kế hoạch liên tịch", "05/KHLT-MTTQ-HND", "Kế hoạch liên tịch"),
        ("Hướng dẫn liên tịch", "01/HDLT-BDVTU-MTTQ", "Hướng dẫn liên tịch"),
        ("Kế hoạch phối hợp", "02/KHPH-MTTQ-CA", "Kế hoạch phối hợp"),
        ("Kế hoạch", "45-KH/HU", "Kế hoạch"),
    ]


def test_a_letter_cited_as_van_ban_is_a_cong_van() -> None:
    """``Văn bản số 123/UBND-VP``: an official letter's symbol carries no type code; "văn bản" names the type."""
    (r,) = refs("Theo Văn bản số 123/UBND-VP ngày 12/5/2023 của UBND tỉnh, các văn bản chỉ đạo được triển khai.")
    assert (r["type"], r["symbol"], r["date"], r["text"][:7]) == ("Công văn", "123/UBND-VP", "2023-05-12", "Văn bản")


def test_a_nested_reference_does_not_take_the_list_issuer() -> None:
    rows = refs("Ủy ban nhân dân tỉnh ban hành Kế hoạch số 125/KH-UBND ngày 01/6/2022 triển khai Nghị định số 59/2023/NĐ-CP.")
    assert [r["issuing_body"] for r in rows] == ["Ủy ban nhân dân tỉnh", None]


def test_issue_date_points_at_its_dates_row() -> None:
    doc = make_doc("Thực hiện Kế hoạch số 07-KH/ĐU ngày 31/12/2021 của Đảng ủy xã.")
    block = doc.blocks[0]
    start = block.text.index("31/12/2021")
    references.extract(doc)
    assert doc.rows("references")[0]["date_char_start"] == start


def test_a_law_cited_by_name_takes_its_date_and_body() -> None:
    """``Căn cứ Luật … ngày 19 tháng 6 năm 2015``: a decision's preamble dates the laws it names."""
    (r,) = refs("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
    assert (r["text"], r["name"], r["date"]) == ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
                                                   "Luật Tổ chức chính quyền địa phương", "2015-06-19")
    (r,) = refs("Thực hiện Luật Phòng, chống ma túy ngày 30/3/2021 của Quốc hội, Công an huyện đã tổ chức tuyên truyền.")
    assert (r["date"], r["issuing_body"]) == ("2021-03-30", "Quốc hội")


def test_a_body_after_the_office_of_its_signer() -> None:
    """``của Giám đốc Sở Y tế về …``: the office opened no body, and without the body no subject."""
    (r,) = refs("Thực hiện Công văn số 1234/SYT-NVY ngày 12/3/2024 của Giám đốc Sở Y tế về việc tăng cường phòng "
                "chống dịch, Trung tâm đã triển khai.")
    assert (r["issuing_body"], r["subject"]) == ("Giám đốc Sở Y tế", "việc tăng cường phòng chống dịch")
    (r,) = refs("Theo Kết luận số 05/KL-TTr ngày 3/4/2024 của Chánh Thanh tra huyện về thanh tra việc quản lý đất đai.")
    assert (r["issuing_body"], r["subject"]) == ("Chánh Thanh tra huyện", "thanh tra việc quản lý đất đai")
    # a body whose name opens like an office is read whole
    (r,) = refs("Thực hiện Lệnh số 12/L-CTN ngày 12/3/2024 của Chủ tịch nước về việc công bố luật.")
    assert r["issuing_body"] == "Chủ tịch nước"


def test_an_amending_law_is_one_reference_named_after_the_laws_it_amends() -> None:
    rows = refs("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
                "địa phương ngày 22 tháng 11 năm 2019;")
    assert [(r["name"], r["date"], r["relation"]) for r in rows] == [
        ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
         "2019-11-22", "per")]
    # without a titled law after it, "sửa đổi" is the text's own act on the laws it names
    # (an act the text does: asked for, ``đề nghị sửa đổi``, it is none: ``test_an_act_of_another_or_asked_for_…``)
    rows = refs("Điều 1. Sửa đổi, bổ sung Luật Đất đai năm 2024 như sau.")
    assert [(r["name"], r["relation"]) for r in rows] == [("Luật Đất đai năm 2024", "amends")]


def test_a_subject_cut_at_the_next_reference_leaves_the_link_word() -> None:
    rows = refs("Thực hiện Quy định số 37-QĐi/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về những điều đảng viên "
                "không được làm và Hướng dẫn số 05-HD/BTGTW của Ban Tuyên giáo Trung ương.")
    assert rows[0]["subject"] == "những điều đảng viên không được làm"
    # a verb's partner stays: the subject goes on into the cited document's name
    rows = refs("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
                "phong cách Hồ Chí Minh gắn với Nghị quyết số 04-NQ/TW của Ban Chấp hành Trung ương.")
    assert rows[0]["subject"].endswith("gắn với")


def test_items_of_a_list_share_the_cue_before_the_first() -> None:
    """``Căn cứ A; B; C``: the items after the first stand far from the cue, past clause marks."""
    rows = refs("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Nghị định số 115/2024/NĐ-CP ngày "
                "16/9/2024 của Chính phủ quy định chi tiết về lựa chọn nhà đầu tư; Thông tư số 01/2024/TT-BTC ngày "
                "05/01/2024 của Bộ Tài chính;")
    assert [r["relation"] for r in rows] == ["per", "per", "per"]
    # the first item's own relation may come from inside its subject: the sentence's first reference decides
    rows = refs("Căn cứ Luật số 97/2025/QH15 ngày 27/6/2025 về sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc "
                "Việt Nam, Luật Công đoàn, Luật Thanh niên, Luật Thực hiện dân chủ ở cơ sở; Chỉ thị số 46-CT/TW ngày "
                "16/5/2025 của Bộ Chính trị về lãnh đạo cuộc bầu cử.")
    # (the laws in Luật 97's subject are amended by it, an edge between the two; the text cites them as it cites 97)
    assert [r["relation"] for r in rows] == ["per", "per", "per", "per", "per", "per"]
    # a footnote's bare list names no relation, and a new sentence does not inherit one
    rows = refs("Kế hoạch số 35-KH/TU ngày 30/12/2021 của Thành ủy; Nghị quyết số 02-NQ/TU ngày 24/01/2022.",
                "Thực hiện Kế hoạch số 12-KH/HU. Kế hoạch số 13-KH/HU; Kế hoạch số 14-KH/HU.")
    assert [r["relation"] for r in rows] == ["unknown", "unknown", "implements", "unknown", "unknown"]


def test_a_departments_letter_is_a_reference_after_its_type_word() -> None:
    """``4187/STC-NS``: a department's own codes are in no list; ``Công văn số`` before them says it is one."""
    rows = refs("Ý kiến thẩm định của Sở Tài chính tại Công văn số 4187/STC-NS ngày 14/10/2024.",
                "Thực hiện Văn bản số 88/SYT-NVY của Sở Y tế.")
    assert [(r["type"], r["symbol"], r["date"]) for r in rows] == [
        ("Công văn", "4187/STC-NS", "2024-10-14"), ("Công văn", "88/SYT-NVY", None)]
    assert rows[0]["issuing_body"] == "Sở Tài chính"  # not "chính": a body opens with a capital, not a word's end
    assert rows[1]["issuing_body"] == "Sở Y tế"  # a department signs what is cited "của" it
    # an office's code that is also a type's (``KH``, the planning office) was taken for the type: the letter was missed
    rows = refs("Thực hiện Công văn số 101/SNN-KH ngày 23/11/2023 của Sở Nông nghiệp và Phát triển nông thôn và Công văn "
                "số 102/STC-KH ngày 24/11/2023.", "Theo 103/STC-KH.")
    assert [(r["type"], r["symbol"], r["date"]) for r in rows] == [
        ("Công văn", "101/SNN-KH", "2023-11-23"), ("Công văn", "102/STC-KH", "2023-11-24")]
    (r,) = refs("Theo Công văn số 512/SNN-KHTC ngày 3/5/2024 của Sở Nông nghiệp và Phát triển nông thôn về việc hỗ trợ giống.")
    assert (r["issuing_body"], r["subject"]) == ("Sở Nông nghiệp và Phát triển nông thôn", "việc hỗ trợ giống")
    # a police department's code holds digits (``PV01``, ``PC06``): the letter was missed
    (r,) = refs("Thực hiện Công văn số 1468/CAT-PV01 ngày 02/6/2025 của Công an tỉnh về việc báo cáo sơ kết.")
    assert (r["symbol"], r["date"], r["issuing_body"]) == ("1468/CAT-PV01", "2025-06-02", "Công an tỉnh")
    # a school department's code is mostly capitals (``GDTrH``): it was missed, not cut
    (r,) = refs("Thực hiện Công văn số 1234/SGDĐT-GDTrH ngày 05/9/2024 của Sở Giáo dục và Đào tạo.")
    assert (r["text"].split(" ngày")[0], r["symbol"], r["date"]) == (
        "Công văn số 1234/SGDĐT-GDTrH", "1234/SGDĐT-GDTRH", "2024-09-05")
    # the same shape without a type word is no reference: a ratio, a code, a name
    assert refs("Đã giải quyết 12/NS-XH hồ sơ, đạt 45/AB và mã 7/QT-HC.") == []


def test_an_inspection_decision_and_conclusion_name_their_type() -> None:
    rows = refs("Thực hiện Quyết định thanh tra số 123/QĐ-TTr ngày 12/3/2024 của Chánh Thanh tra huyện.",
                "Theo Kết luận thanh tra số 08/KL-TTr ngày 28/6/2024.")
    assert [(r["text"].split(" số ")[0], r["type"], r["symbol"]) for r in rows] == [
        ("Quyết định thanh tra", "Quyết định", "123/QĐ-TTr"), ("Kết luận thanh tra", "Kết luận", "08/KL-TTr")]


def test_a_reports_opening_sentence_ends_the_subject_at_its_own_clause() -> None:
    """``Thực hiện … về X, <body> báo cáo … như sau:``: the most common first sentence of a report."""
    (r,) = refs("Thực hiện Hướng dẫn số 27-HD/HNDT ngày 08/11/2024 của Ban Thường vụ Hội Nông dân tỉnh về việc tổng kết "
                "công tác Hội và phong trào nông dân năm 2024, Ban Thường vụ Hội Nông dân huyện Phụng Hiệp báo cáo kết quả "
                "thực hiện như sau:")
    assert r["subject"] == "việc tổng kết công tác Hội và phong trào nông dân năm 2024"
    # a body acting with another after the comma (no ``đã``) opens the sentence's own clause
    (r,) = refs("Thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư về tăng cường giáo dục lý tưởng cách mạng cho "
                "thế hệ trẻ giai đoạn 2015-2030, Hội CCB huyện phối hợp với Huyện đoàn Yên Minh tổ chức 28 buổi nói chuyện.")
    assert r["subject"] == "tăng cường giáo dục lý tưởng cách mạng cho thế hệ trẻ giai đoạn 2015-2030"
    # a subject with a comma of its own and no "như sau" runs on as before
    (r,) = refs("Thực hiện Kết luận số 01-KL/TW về xây dựng Đảng, Chính quyền trong sạch vững mạnh.")
    assert r["subject"] == "xây dựng Đảng, Chính quyền trong sạch vững mạnh"


def test_a_departments_code_in_mixed_case_and_punctuated_bodies() -> None:
    """``3899/BGDĐT-GDTrH``: a department's code may hold a lower-case letter (the symbol lost it, and
    the date, body and subject after it); a body's name may hold a comma or a dash, and go on."""
    (r,) = refs("Thực hiện Công văn số 3899/BGDĐT-GDTrH ngày 03/8/2023 của Bộ GDĐT về hướng dẫn nhiệm vụ giáo dục.")
    assert (r["text"].endswith("3899/BGDĐT-GDTrH ngày 03/8/2023 của Bộ GDĐT"), r["date"], r["subject"]) == (
        True, "2023-08-03", "hướng dẫn nhiệm vụ giáo dục")
    (r,) = refs("Theo Quyết định số 2412/QĐ-BVHTTDL ngày 05/9/2023 của Bộ Văn hóa, Thể thao và Du lịch về công nhận di sản.")
    assert (r["issuing_body"], r["subject"]) == ("Bộ Văn hóa, Thể thao và Du lịch", "công nhận di sản")
    rows = refs("Xét Báo cáo thẩm tra số 402/BC-KTNS ngày 05/12/2024 của Ban Kinh tế - Ngân sách Hội đồng nhân dân "
                "tỉnh và ý kiến thảo luận.")
    assert [(r["text"][:24], r["type"], r["issuing_body"]) for r in rows] == [
        ("Báo cáo thẩm tra số 402/", "Báo cáo", "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh")]


def test_a_plenum_alone_is_the_body() -> None:
    """``của Hội nghị Trung ương 4 khóa XIII``: with no body named after it, the plenum is the body (it
    was none); before a body it still only introduces it."""
    (r,) = refs("Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị Trung ương 4 khóa XIII về đẩy mạnh "
                "xây dựng, chỉnh đốn Đảng.")
    assert (r["issuing_body"], r["term"], r["subject"]) == ("Hội nghị Trung ương 4", "XIII", "đẩy mạnh xây dựng, chỉnh đốn Đảng")
    (r,) = refs("Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Khóa XII.")
    assert r["issuing_body"] == "Ban Chấp hành Trung ương"


def test_a_body_closing_a_list_stops_at_a_semicolon() -> None:
    """``Nghị quyết 43-NQ/TW, Chỉ thị 18-CT/TW; Kết luận số 61-KL/TW … của Ban Bí thư``: the body is the
    last item's; the items before the semicolon are another list (they took ``Ban Bí thư``)."""
    rows = refs("Thực hiện có hiệu quả Nghị quyết 43-NQ/TW, Chỉ thị 18-CT/TW; Kết luận số 61-KL/TW ngày 17/8/2023 "
                "của Ban Bí thư về nâng cao chất lượng.")
    assert [r.get("issuing_body") for r in rows] == [None, None, "Ban Bí thư"]
    rows = refs("Căn cứ Nghị định 178/2024/NĐ-CP, Nghị định 67/2025/NĐ-CP của Chính phủ về chính sách.")
    assert [r.get("issuing_body") for r in rows] == ["Chính phủ", "Chính phủ"]


def test_a_subject_ends_where_a_clause_of_time_opens() -> None:
    """``về tổ chức sơ kết, và trong tháng 02/2024, 100% đảng bộ …``: the sentence goes on, the subject
    does not (it ran to the sentence's end); a period named in the subject itself stays."""
    (r,) = refs("Thực hiện Hướng dẫn số 15-HD/BTGTU về tổ chức sơ kết, và trong tháng 02/2024, 100% đảng bộ đã tổ chức.")
    assert r["subject"] == "tổ chức sơ kết"
    (r,) = refs("Theo Kế hoạch số 12-KH/TU về tổng kết 10 năm thực hiện Nghị quyết, giai đoạn 2014-2024.")
    assert r["subject"] == "tổng kết 10 năm thực hiện Nghị quyết, giai đoạn 2014-2024"
    (r,) = refs("Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương về sắp xếp tổ chức bộ máy, "
                "từ ngày 01/7/2025 xã Minh Xuân mới được thành lập.")
    assert r["subject"] == "sắp xếp tổ chức bộ máy"



def test_a_subject_ends_where_the_report_directs_another_or_hands_out_targets() -> None:
    """``… năm 2024 và chỉ đạo UBND các xã thực hiện nghiêm túc``, ``…, giao chỉ tiêu cho từng chi bộ``: the report's
    own acts after the cited plan (the subject ran on into them); a title's ``lãnh đạo, chỉ đạo`` stays."""
    (r,) = refs("UBND huyện đã ban hành Kế hoạch số 18/KH-UBND ngày 22/01/2024 về công tác tiếp công dân năm 2024 và chỉ "
                "đạo UBND các xã thực hiện nghiêm túc.")
    assert r["subject"] == "công tác tiếp công dân năm 2024"
    (r,) = refs("Đảng ủy ban hành Kế hoạch số 15-KH/ĐU ngày 12/01/2023 về công tác phát triển đảng viên năm 2023, giao chỉ "
                "tiêu cho từng chi bộ.")
    assert r["subject"] == "công tác phát triển đảng viên năm 2023"
    (r,) = refs("Thực hiện Chỉ thị số 05-CT/TW về tăng cường sự lãnh đạo, chỉ đạo của Đảng và chỉ đạo của cấp ủy.")
    assert r["subject"] == "tăng cường sự lãnh đạo, chỉ đạo của Đảng và chỉ đạo của cấp ủy"


def test_a_body_before_its_reference_past_what_it_did() -> None:
    """``kế hoạch vốn Thủ tướng Chính phủ giao tại Quyết định số 1603/QĐ-TTg``: the body is read back past
    its verb (it read ``Thủ tướng Chính phủ giao`` as the body)."""
    (r,) = refs("Giải ngân kế hoạch vốn Thủ tướng Chính phủ giao tại Quyết định số 1603/QĐ-TTg ngày 11/12/2023 đạt 47%.")
    assert r["issuing_body"] == "Thủ tướng Chính phủ"


def test_a_type_word_ending_the_issuers_line_is_no_type_of_the_number_below() -> None:
    """``PHÒNG TÀI CHÍNH - KẾ HOẠCH`` / ``Số: 112/BC-TCKH`` in one header cell: the number is the report's, its text
    ``Số: …`` (it was ``KẾ HOẠCH Số: 112/BC-TCKH``, a plan's, and its issuer the district above)."""
    (r,) = refs("UBND HUYỆN THẠCH THÀNH\nPHÒNG TÀI CHÍNH - KẾ HOẠCH\nSố: 112/BC-TCKH")
    assert (r["text"], r["type"]) == ("Số: 112/BC-TCKH", "Báo cáo")


def test_a_type_word_inside_a_ministrys_name_is_no_reference() -> None:
    """``Bộ Kế hoạch và Đầu tư … kế hoạch … giai đoạn 2021-2025``: the ministry's name opened a named plan."""
    assert refs("Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng cho biết, kế hoạch đầu tư công trung hạn giai đoạn "
                "2021-2025 đã được giao.") == []
    assert [r["text"] for r in refs("Triển khai Kế hoạch đầu tư công trung hạn giai đoạn 2021-2025 của tỉnh.")] == [
        "Kế hoạch đầu tư công trung hạn giai đoạn 2021-2025 của tỉnh"]


def test_two_issuers_of_one_level_issue_together() -> None:
    """``của Bộ Chính trị, Ban Bí thư về …``: both issue, and the subject follows them (only the first
    was read, and no subject); a district committee after the comma opens the sentence's own clause."""
    (r,) = refs("Thực hiện Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư về triển khai nghiên cứu, "
                "đề xuất sắp xếp bộ máy.")
    assert (r["issuing_body"], r["subject"]) == ("Bộ Chính trị, Ban Bí thư", "triển khai nghiên cứu, đề xuất sắp xếp bộ máy")
    rows = refs("Thực hiện Kết luận số 43-KL/TW ngày 07/01/2013 của Ban Bí thư, Huyện ủy đã ban hành Kế hoạch số 12-KH/HU.")
    assert rows[0]["issuing_body"] == "Ban Bí thư"


def test_a_short_name_defined_after_a_reference_ends_its_subject_and_the_list_goes_on() -> None:
    """``(sau đây gọi tắt là Nghị quyết 57)``: the subject ran into it, and the item after the
    bracket lost the sentence's cue."""
    rows = refs("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
                "công nghệ (sau đây gọi tắt là Nghị quyết 57); Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ.")
    got = [(r["symbol"], r["subject"], r["relation"]) for r in rows if r["symbol"] != "57-NQ/TW" or r["subject"]]
    assert got[0] == ("57-NQ/TW", "đột phá phát triển khoa học, công nghệ", "implements")
    assert got[-1] == ("03/NQ-CP", None, "implements")


def test_a_local_body_after_a_central_symbol_is_not_its_issuer() -> None:
    """``Trên đây là báo cáo … Chỉ thị số 28-CT/TW của Ban Thường vụ Huyện ủy Thạch Hà``: the body
    wrote the report; a ``TW`` document is no district committee's (it was its issuer)."""
    got = refs("Trên đây là báo cáo tổng kết 10 năm thực hiện Chỉ thị số 28-CT/TW của Ban Thường vụ Huyện ủy Thạch Hà./.",
               "Kế hoạch số 45-KH/TU của Ban Thường vụ Tỉnh ủy về phát triển.")
    assert [(r["text"], r.get("issuing_body")) for r in got] == [
        ("Chỉ thị số 28-CT/TW", None), ("Kế hoạch số 45-KH/TU của Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy")]


def test_a_local_body_after_a_central_plenums_resolution_is_not_its_issuer() -> None:
    """``Trên đây là báo cáo … quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII của Ban Tuyên giáo Huyện ủy Yên
    Sơn``: the plenum's name fixes its issuer, the Central Committee, as a ``TW`` code does; the board wrote the report
    (it was the resolution's issuer, and through it every mention's). A board no list holds is a district's by its
    ``Huyện ủy``, after a code too; the Central Committee named after the plenum still is its issuer."""
    got = refs("Trên đây là báo cáo kết quả học tập, quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII của Ban Tuyên "
               "giáo Huyện ủy Yên Sơn.",
               "Trên đây là báo cáo kết quả thực hiện Chỉ thị số 05-CT/TW của Ban Tuyên giáo Huyện ủy Yên Sơn.",
               "Quán triệt Nghị quyết Trung ương 4 khóa XII của Ban Chấp hành Trung ương Đảng về xây dựng Đảng.")
    assert [(r["text"], r["issuing_body"]) for r in got] == [
        ("Nghị quyết Hội nghị Trung ương 8 khóa XIII", None), ("Chỉ thị số 05-CT/TW", None),
        ("Nghị quyết Trung ương 4 khóa XII của Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng")]


def test_items_of_a_list_after_their_subjects_share_the_cue() -> None:
    """``thực hiện Quy định 105 … về phân cấp quản lý cán bộ, Quy định 08 … về …, và Quy định 213``:
    each item after a subject of its own was ``unknown`` (the subject ran up to the next item, and the
    comma between them went unseen)."""
    got = refs("Các cấp ủy đã thực hiện Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị về phân cấp quản lý "
               "cán bộ, Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương và "
               "Quy định số 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị về trách nhiệm của đảng viên.",
               "Phạt theo Nghị định số 100/2019/NĐ-CP về xử phạt. Nghị định số 123/2021/NĐ-CP sửa đổi một số điều.")
    assert [r["relation"] for r in got] == ["implements"] * 3 + ["per", "unknown"]


def test_a_subject_ends_where_plural_bodies_or_a_directing_body_open_the_main_clause() -> None:
    """``… về kỷ luật tổ chức đảng, đảng viên vi phạm, các cấp ủy đã rà soát …`` and ``… thi hành Điều lệ
    Đảng, Ban Thường vụ Huyện ủy chỉ đạo Ban Tổ chức …``: the report's own clause, not the subject."""
    got = refs("Thực hiện Hướng dẫn số 01-HD/TW ngày 28/9/2021 của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ "
               "Đảng, Ban Thường vụ Huyện ủy chỉ đạo Ban Tổ chức Huyện ủy hướng dẫn.",
               "Thực hiện Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi "
               "phạm, các cấp ủy đã rà soát, đưa ra khỏi Đảng 126 đảng viên.")
    assert [r["subject"] for r in got if r["symbol"]] == ["một số vấn đề cụ thể thi hành Điều lệ Đảng",
                                           "kỷ luật tổ chức đảng, đảng viên vi phạm"]


def test_a_date_written_before_the_issuer_joins_its_dates_row() -> None:
    """``Ngày 01/4/2022 UBND Thành phố ban hành Công văn số 356/UBND-HC``: the reference took the date
    but not where it is written (``date_char_start`` null), so it joined no ``dates`` row."""
    from extractors import dates

    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    doc.add_block("paragraph", "Ngày 01/4/2022 UBND Thành phố ban hành Công văn số 356/UBND-HC về việc tăng cường.")
    dates.extract(doc)
    references.extract(doc)
    (ref,) = doc.rows("references")
    (day,) = doc.rows("dates")
    assert (ref["date"], ref["date_char_start"]) == ("2022-04-01", day["char_start"])


def test_a_subject_cut_before_a_short_name_in_brackets_leaves_the_bracket_out() -> None:
    """``… trong tình hình mới (Chỉ thị 38)``: the subject ended ``… tình hình mới (``."""
    first, alias = refs("Hội nghị sơ kết Chỉ thị số 38-CT/TW ngày 30/9/2019 của Ban Bí thư về công tác bảo hiểm y tế "
                        "trong tình hình mới (Chỉ thị 38).")
    assert first["subject"] == "công tác bảo hiểm y tế trong tình hình mới"
    assert alias["text"] == "Chỉ thị 38"


def test_cue_words_inside_the_reference_before_are_not_the_next_ones() -> None:
    """``Tiếp tục thực hiện Chỉ thị 05 … về … làm theo tư tưởng … và Kết luận 01 …``: ``theo`` is a verb of
    05's subject, and made 01 ``per``; listed with ``và`` it continues as 05 does. A reference named inside
    a subject still takes the cue before it there; a short name defined for a reference is the same
    citation (``(sau đây viết tắt là Nghị quyết số 21-NQ/TW)`` had no relation)."""
    rows = refs("Tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo "
                "tư tưởng, đạo đức, phong cách Hồ Chí Minh và Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về "
                "tiếp tục thực hiện Chỉ thị 05, Ban Thường trực đã tổ chức 12 hội nghị.")
    assert [(r["text"][:12], r["relation"]) for r in rows] == [
        ("Chỉ thị số 0", "continues"), ("Kết luận số ", "continues"), ("Chỉ thị 05", "continues")]
    alias = refs("Sau 8 năm triển khai thực hiện Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương về "
                 "công tác dân số trong tình hình mới (sau đây viết tắt là Nghị quyết số 21-NQ/TW), Tỉnh ủy đã ban hành "
                 "nhiều kế hoạch.")
    assert [r["relation"] for r in alias] == ["implements", "implements"]


def test_a_mass_organisations_congress_resolution_is_named_and_ends_the_subject_before_it() -> None:
    """``… cho thế hệ trẻ giai đoạn 2015-2030 và Nghị quyết Đại hội đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần
    thứ XII``: the congress's name is nine words, one more than a name was read to, so the resolution had no
    row and ran into 42-CT/TW's subject."""
    first, congress = refs("Thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư về công tác giáo dục lý tưởng "
                           "cách mạng cho thế hệ trẻ giai đoạn 2015-2030 và Nghị quyết Đại hội đại biểu toàn quốc Đoàn "
                           "TNCS Hồ Chí Minh lần thứ XII, Tỉnh đoàn đã ban hành Kế hoạch.")
    assert first["subject"] == "công tác giáo dục lý tưởng cách mạng cho thế hệ trẻ giai đoạn 2015-2030"
    assert (congress["text"], congress["term"]) == (
        "Nghị quyết Đại hội đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần thứ XII", "XII")


def test_what_is_done_to_a_named_document_by_another_is_no_act_of_the_text() -> None:
    """``Quyết định số 30/2022/QĐ-UBND … được sửa đổi, bổ sung bởi Quyết định số 15/2023/QĐ-UBND``: the report
    "amended" the second; an act written actively still is the text's (``ban hành Quyết định 16 sửa đổi …``)."""
    rows = refs("Căn cứ Quyết định số 30/2022/QĐ-UBND ngày 10/5/2022 của UBND tỉnh được sửa đổi, bổ sung bởi Quyết định "
                "số 15/2023/QĐ-UBND ngày 3/4/2023 của UBND tỉnh.",
                "UBND tỉnh ban hành Quyết định số 16/2023/QĐ-UBND sửa đổi, bổ sung Quyết định số 31/2022/QĐ-UBND.")
    got = {r["symbol"]: r["relation"] for r in rows}
    assert got["30/2022/QĐ-UBND"] == "per" and got["15/2023/QĐ-UBND"] != "amends"
    assert got["31/2022/QĐ-UBND"] == "amends"


@pytest.mark.parametrize("text, relation", [
    ("Ngay sau khi Bộ Chính trị ban hành Nghị quyết số 39-NQ/TW, Huyện ủy đã quán triệt.", "unknown"),
    ("Tại thời điểm ban hành Nghị quyết số 39-NQ/TW (năm 2015), huyện có 2.486 biên chế.", "unknown"),
    ("- Đề nghị Chính phủ sửa đổi Nghị định số 29/2023/NĐ-CP cho phù hợp.", "unknown"),
    ("Kiến nghị Trung ương sớm thay thế Quy định số 105-QĐ/TW.", "unknown"),
    # (more copies of a book about it: nothing amended)
    ("Tỉnh cấp bổ sung 300 cuốn tài liệu về Nghị quyết số 42-NQ/TW.", "unknown"),
    # (an act done by its authority, to no document: the procuracy's ``điều tra bổ sung … theo``)
    ("Viện kiểm sát trả hồ sơ yêu cầu điều tra bổ sung 03 vụ theo Nghị quyết số 96/2019/QH14 của Quốc hội.", "per"),
    ("Tòa án trả hồ sơ để điều tra bổ sung theo Bộ luật Tố tụng hình sự năm 2015.", "per"),
    ("HĐND tỉnh đã sửa đổi, bổ sung Nghị quyết số 03/2020/NQ-HĐND theo đề nghị của UBND tỉnh.", "amends"),
    ("Ban hành Quy định sửa đổi, bổ sung một số điều của Quy định số 22-QĐ/TU ngày 3/4/2020.", "amends"),
    ("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 28-KH/HU ngày 5/6/2015.", "issues"),
    ("Báo cáo theo quy định (Kế hoạch này thay thế Kế hoạch số 076/KH-UBND ngày 30/8/2025).", "replaces"),
    ("(Kèm theo Báo cáo số 198/BC-UBND ngày 20/11/2024 của UBND huyện).", "unknown"),  # attached: no authority
    ("(Theo các Mẫu biểu ban hành kèm theo Thông tư số 69/2017/TT-BTC ngày 07/7/2017 của Bộ Tài chính).", "per"),
])
def test_an_act_of_another_or_asked_for_is_no_act_of_the_text(text: str, relation: str) -> None:
    """A district's review "issued" the Politburo's resolution (``Bộ Chính trị ban hành …``, ``tại thời điểm ban
    hành …``) and "amended" the decree it asks the Government to amend (``Đề nghị Chính phủ sửa đổi …``)."""
    assert [r["relation"] for r in refs(text)] == [relation]


def test_what_the_report_advised_another_body_to_issue_that_body_issued() -> None:
    """``Phòng đã tham mưu UBND huyện ban hành 28 văn bản, trong đó có Kế hoạch số 95/KH-UBND``: the department's
    report "issued" the district's plan; a document of its own code, advised to its own committee, it did."""
    rows = refs("PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Số: 215/BC-TNMT",
                "Phòng đã tham mưu UBND huyện ban hành 28 văn bản, trong đó có Kế hoạch số 95/KH-UBND ngày 10/3/2023. "
                "Phòng đã ban hành Kế hoạch số 12/KH-TNMT ngày 5/1/2023.")
    assert [(r["symbol"], r["relation"]) for r in rows if not r["is_self"]] == [("95/KH-UBND", "unknown"),
                                                                                 ("12/KH-TNMT", "issues")]
    rows = refs("THÀNH ỦY SA ĐÉC", "Số 15-BC/TU", "Ban Dân vận Thành ủy tham mưu Ban Thường vụ Thành ủy ban hành Quyết "
                "định số 398-QĐ/TU ngày 04/5/2022.")
    assert [r["relation"] for r in rows if not r["is_self"]] == ["issues"]



def test_a_letter_cited_after_its_department_heads_office_is_the_departments() -> None:
    """``Theo đề nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện tại Tờ trình số 35/TTr-NN``: a
    decision's standard line; the Tờ trình had no body (``Phòng …`` had one)."""
    rows = refs("Theo đề nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện tại Tờ trình số 35/TTr-NN "
                "ngày 08/3/2024.")
    assert [(r["issuing_body"], r["relation"]) for r in rows] == [
        ("Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện", "per")]  # (its cue was out of reach: unknown)
    from extractors.entities import canonical_body
    assert canonical_body(rows[0]["issuing_body"]) == ("Phòng Nông nghiệp và Phát triển nông thôn huyện", "district")

def test_a_subject_ends_where_a_long_named_body_opens_the_main_clause() -> None:
    """``… về tổ chức … Tết Nguyên đán Ất Tỵ năm 2025, Sở Lao động - Thương binh và Xã hội đề nghị …``: the body's
    name is nine words and ``đề nghị`` no tense word, so the subject ran on into the letter's request."""
    rows = refs("Thực hiện Kế hoạch số 245/KH-UBND ngày 18/12/2024 của Ủy ban nhân dân tỉnh về tổ chức các hoạt động chăm "
                "lo Tết Nguyên đán Ất Tỵ năm 2025, Sở Lao động - Thương binh và Xã hội đề nghị Ủy ban nhân dân các huyện "
                "triển khai.")
    assert rows[0]["subject"] == "tổ chức các hoạt động chăm lo Tết Nguyên đán Ất Tỵ năm 2025"
    # a name after a word or two (``lực lượng Công an toàn tỉnh đã``), or a long one with a bracket (``Hội nghị Ban
    # Chấp hành Đảng bộ xã lần thứ 9 (ngày 16/12/2026) đã``), opens it too: the subjects ran on to the main verb
    rows = refs("Thực hiện Kế hoạch số 256/KH-UBND ngày 14/3/2026 của UBND tỉnh về triển khai công tác phòng, chống và "
                "kiểm soát ma túy năm 2026, lực lượng Công an toàn tỉnh đã phát hiện, bắt giữ 685 vụ.",
                "Trên cơ sở Báo cáo số 112-BC/ĐU ngày 10/12/2026 của Ban Thường vụ Đảng ủy về kết quả thực hiện nhiệm vụ "
                "năm 2026, phương hướng, nhiệm vụ năm 2027, Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 9 (ngày 16/12/2026) "
                "đã thảo luận và quyết nghị.")
    assert [r["subject"] for r in rows] == ["triển khai công tác phòng, chống và kiểm soát ma túy năm 2026",
                                            "kết quả thực hiện nhiệm vụ năm 2026, phương hướng, nhiệm vụ năm 2027"]


@pytest.mark.parametrize("text, relations", [
    ("Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXVIII, nhiệm kỳ 2020-2025 và Nghị quyết số 37-NQ/TW "
     "ngày 24/12/2021 của Bộ Chính trị, Huyện ủy đã lãnh đạo.", ["implements", "implements"]),
    ("Thực hiện Kế hoạch 56 của Ban Thường vụ Tỉnh ủy và Quyết định 1547 của UBND tỉnh, huyện đã sắp xếp.",
     ["implements", "implements"]),
    ("Tiếp tục triển khai Nghị quyết 19 của Trung ương, Quyết định 150 của Thủ tướng Chính phủ và Nghị quyết Đại hội "
     "đại biểu Đảng bộ tỉnh lần thứ XIX.", ["continues", "continues", "continues"]),
    ("Thực hiện Kế hoạch 56 của Tỉnh ủy đã đạt kết quả và Quyết định số 1547/QĐ-UBND chưa triển khai.",
     ["implements", "unknown"]),
    # (and a list of items a semicolon parts: ``…, nhiệm kỳ 2022-2027; Chỉ thị số 43-CT/TW …``)
    ("Thực hiện Nghị quyết Đại hội đại biểu Hội Chữ thập đỏ huyện lần thứ VIII, nhiệm kỳ 2022-2027; Chỉ thị số "
     "43-CT/TW ngày 28/5/2020 của Ban Bí thư, Hội đã triển khai.", ["implements", "implements"]),
])
def test_a_list_shares_its_cue_over_an_items_issuer_or_term(text: str, relations: list[str]) -> None:
    """``Kế hoạch 56 của Ban Thường vụ Tỉnh ủy và Quyết định 1547``: the issuer (or ``, nhiệm kỳ 2020-2025``)
    written after an item stood between it and the next, so the next item's relation was ``unknown``."""
    assert [r["relation"] for r in refs(text)] == relations


@pytest.mark.parametrize("text, relations", [
    ("Thực hiện Chương trình công tác năm 2024 của Ban Thường vụ Hội LHPN tỉnh Bắc Giang và Nghị quyết Đại hội đại "
     "biểu Phụ nữ huyện Tân Yên lần thứ XX, nhiệm kỳ 2021 - 2026, Ban Chấp hành Hội LHPN huyện báo cáo kết quả như sau:",
     ["implements"]),
    ("Tiếp tục thực hiện Chương trình hành động của Ban Chấp hành Hội Nông dân tỉnh, nhiệm kỳ 2023 - 2028 và Kế hoạch "
     "số 45-KH/HU ngày 18/10/2024 của Ban Thường vụ Huyện ủy, Hội đã triển khai.", ["continues"]),
    # (a clause after the first item is no list: its ``và`` joins what the body did)
    ("Thực hiện Chương trình công tác năm 2024 của Ban Thường vụ Hội LHPN tỉnh Bắc Giang, Ban Chấp hành Hội đã tổ "
     "chức nhiều hoạt động và Kế hoạch số 15/KH-HPN ngày 10/01/2024 được triển khai kịp thời.", ["unknown"]),
    # (in another document's subject the list is that document's)
    ("Kế hoạch số 35-KH/HU ngày 3/4/2024 của Ban Thường vụ Huyện ủy về thực hiện Chương trình công tác năm 2024 của "
     "Ban Thường vụ Tỉnh ủy Bắc Giang và Nghị quyết số 01-NQ/TU ngày 5/1/2024.", ["unknown", "unknown"]),
])
def test_a_list_shares_its_cue_over_a_first_item_that_is_no_reference(text: str, relations: list[str]) -> None:
    """``Thực hiện Chương trình công tác năm 2024 của Ban Thường vụ … và Nghị quyết Đại hội …``: the programme, with
    neither number nor name, is no reference; it put the cue out of the resolution's reach (``unknown``), where
    ``Thực hiện Kế hoạch số 15/KH-HPN … và Nghị quyết …`` gave ``implements``."""
    assert [r["relation"] for r in refs(text)] == relations


def test_a_body_ends_before_the_and_that_joins_it_to_the_next_reference() -> None:
    """``của Ban Tổ chức Trung ương và Công văn số …``: ``và`` was kept in the body (``Sở Khoa học và Công nghệ``
    keeps it), and the letter after it lost the list's cue."""
    rows = refs("Thực hiện Hướng dẫn số 10-HD/BTCTW ngày 05/5/2025 của Ban Tổ chức Trung ương và Công văn số "
                "4567/UBND-TH ngày 10/5/2025 của Sở Khoa học và Công nghệ.")
    assert [(r["issuing_body"], r["relation"]) for r in rows] == [
        ("Ban Tổ chức Trung ương", "implements"), ("Sở Khoa học và Công nghệ", "implements")]


def test_a_plenum_written_after_a_reference_without_cua_is_its_issuer() -> None:
    """``Nghị quyết số 60-NQ/TW ngày 12/4/2025 Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII``: with no
    ``của`` the body and term were lost; a plenum in lower case (``hội nghị lần thứ 2``) is no body."""
    rows = refs("Quán triệt Nghị quyết số 60-NQ/TW ngày 12/4/2025 Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa "
                "XIII về chủ trương; Quyết định số 12/QĐ-UBND hội nghị lần thứ 2.")
    assert [(r["issuing_body"], r["term"]) for r in rows] == [("Ban Chấp hành Trung ương Đảng", "XIII"), (None, None)]


def test_a_subject_ends_where_a_clause_opens_on_a_tense_word() -> None:
    """``… về miễn, giảm học phí, hỗ trợ chi phí học tập, đã miễn cho 1.200 học sinh``: with no subject written
    before ``đã``, the decree's subject ran on into what the report did (and became the directive's title)."""
    (r,) = refs("Thực hiện Nghị định số 81/2021/NĐ-CP ngày 27/8/2021 của Chính phủ về miễn, giảm học phí, hỗ trợ chi phí "
                "học tập, đã miễn cho 1.200 học sinh.")
    assert r["subject"] == "miễn, giảm học phí, hỗ trợ chi phí học tập"


def test_a_registry_title_takes_its_year_and_a_joint_issuer_ends_before_a_reporting_body() -> None:
    """``Luật Thực hiện dân chủ ở cơ sở năm 2022``: a registry title left its year out, so the year dated the report's
    figures and the list after it lost its cue; ``của Ban Thường vụ Huyện ủy, Ban Dân vận Huyện ủy Tân Hồng báo cáo``:
    the second body opens the main clause."""
    rows = refs("Thực hiện Luật Thực hiện dân chủ ở cơ sở năm 2022 và Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của "
                "Chính phủ, Ban đã tổ chức 18 hội nghị.",
                "Thực hiện Công văn số 245-CV/HU ngày 10/01/2025 của Ban Thường vụ Huyện ủy, Ban Dân vận Huyện ủy Tân Hồng "
                "báo cáo kết quả như sau:")
    assert [(r["text"].split(" ngày")[0], r["relation"]) for r in rows[:2]] == [
        ("Luật Thực hiện dân chủ ở cơ sở năm 2022", "implements"), ("Nghị định số 59/2023/NĐ-CP", "implements")]
    assert rows[2]["issuing_body"] == "Ban Thường vụ Huyện ủy"


def test_another_bodys_issuing_is_no_act_of_the_text_and_a_basiss_subject_is_a_basis() -> None:
    """In a Ban Dân vận's report (``Số 86-BC/BDVHU``), ``Ủy ban nhân dân huyện ban hành Kế hoạch số 87/KH-UBND`` was
    the report's ``issues``; ``Căn cứ Chương trình 05 … về thực hiện Nghị quyết 57``: 57 was ``implements``, a basis
    named in a basis's subject is one too. A Huyện ủy's own ``Ban Thường vụ Huyện ủy đã ban hành`` still issues."""
    doc = make_doc("HUYỆN ỦY TÂN HỒNG", "BAN DÂN VẬN", "Số 86-BC/BDVHU", "BÁO CÁO",
                   "Ủy ban nhân dân huyện ban hành Kế hoạch số 87/KH-UBND. Căn cứ Chương trình hành động số 05-CTr/TU "
                   "ngày 3/3/2025 của Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.")
    references.extract(doc)
    assert [r["relation"] for r in doc.rows("references")] == [None, "unknown", "per", "per"]
    doc = make_doc("HUYỆN ỦY TÂN HỒNG", "Số 86-BC/HU", "BÁO CÁO", "Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU.")
    references.extract(doc)
    assert [r["relation"] for r in doc.rows("references")] == [None, "issues"]


def test_a_joint_letter_is_a_reference() -> None:
    """``Văn bản liên tịch số 01/VBLT-NHCS-HPN`` (a bank's and a union's joint letter) had no row."""
    rows = refs("Theo Văn bản liên tịch số 01/VBLT-NHCS-HPN ngày 15/3/2023 giữa hai ngành, đã giải ngân.")
    assert [(r["symbol"], r["type"], r["type_code"]) for r in rows] == [("01/VBLT-NHCS-HPN", "Văn bản liên tịch", "VBLT")]


def test_ve_dich_reached_the_goal_opens_no_subject() -> None:
    """``… tại Quyết định số 1037/QĐ-TTg ngày 25/9/2024, về đích trước 01 năm``: ``về đích`` ("reached the goal") was read as
    the decision's subject (``đích trước 01 năm …``)."""
    rows = refs("Huyện được công nhận đạt chuẩn nông thôn mới tại Quyết định số 1037/QĐ-TTg ngày 25/9/2024, về đích trước "
                "01 năm so với mục tiêu Nghị quyết.")
    assert rows[0]["subject"] is None


def test_news_item_opening_with_its_source_report_is_self() -> None:
    """A news item's lead ``Theo Báo cáo số … của …, …`` tells what that report says (SPEC §2: the
    report a news item is about is its own number); a report cited later in the lead, or after
    ``Thực hiện``, is another document."""
    doc = make_doc("(Dân vận) - Theo Báo cáo số 185-BC/BDVTU ngày 12/6/2024 của Ban Dân vận Tỉnh ủy, năm 2024 toàn tỉnh "
                   "có 120 mô hình.", "Thực hiện Nghị quyết số 25-NQ/TW, Báo cáo số 185-BC/BDVTU nêu rõ.")
    references.extract(doc)
    own, other, repeat = doc.rows("references")
    assert own["is_self"] and repeat["is_self"] and not other["is_self"]
    assert (repeat["issuing_body"], repeat["date"], doc.own_symbol) == ("Ban Dân vận Tỉnh ủy", "2024-06-12", "185-BC/BDVTU")
    for lead in ("Thực hiện Báo cáo số 185-BC/BDVTU của Ban Dân vận Tỉnh ủy, năm 2024 có 120 mô hình.",
                 "Năm 2024, theo Báo cáo số 185-BC/BDVTU của Ban Dân vận Tỉnh ủy, có 120 mô hình."):
        assert not any(r["is_self"] for r in refs(lead))


def test_news_item_whose_source_report_opens_the_paragraph_after_its_standfirst_is_self() -> None:
    """A news page (dated) whose headline and standfirst cite nothing, and whose next paragraph opens ``Theo Báo cáo số
    …``: the item tells of that report (it was ``per``, and the page had no own number); a report cited in a later
    paragraph after another document stays another."""
    def own(*paragraphs: str) -> list[bool]:
        doc = make_doc(*paragraphs)
        doc.published = "2024-03-29T09:15"
        references.extract(doc)
        return [r["is_self"] for r in doc.rows("references")]

    headline = "Yên Thành kéo giảm cả 3 tiêu chí về tai nạn giao thông trong quý I/2024"
    standfirst = "(Baonghean.vn) - Quý I/2024, trên địa bàn huyện Yên Thành xảy ra 06 vụ tai nạn giao thông."
    source = "Theo Báo cáo số 18/BC-BATGT ngày 25/3/2024 của Ban An toàn giao thông huyện, lực lượng Công an lập biên bản."
    assert own(headline, standfirst, source) == [True]
    assert own(headline, standfirst, "Thực hiện Chỉ thị số 23-CT/TW của Ban Bí thư, huyện đã ra quân đồng loạt.",
               source) == [False, False]


def test_a_joint_documents_issuer_code_names_every_issuer() -> None:
    """``01/2015/TTLT-BCA-BQP`` had issuer ``BCA`` alone; a joint document is every issuer's, in the order its
    symbol writes them. A department after an issuer (``12/QĐ-UBND-VX``) is no second issuer."""
    rows = refs("Thực hiện Thông tư liên tịch số 01/2015/TTLT-BCA-BQP ngày 5/3/2015 của Bộ Công an và Bộ Quốc phòng; "
                "Kế hoạch liên tịch số 05/KHLT-MTTQ-HND; Quyết định số 12/QĐ-UBND-VX.")
    assert [(r["symbol"], r["issuer_code"]) for r in rows] == [
        ("01/2015/TTLT-BCA-BQP", "BCA-BQP"), ("05/KHLT-MTTQ-HND", "MTTQ-HND"), ("12/QĐ-UBND-VX", "UBND")]


def test_a_law_title_ending_in_its_own_type_word() -> None:
    """``Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15``: the span began at the title's last word
    (``luật số …``), with no name and the relation of the words inside the title; an amending law is named whole."""
    rows = refs("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025; Luật sửa "
                "đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15 ngày 25 tháng 6 năm 2025;")
    assert [(r["name"], r["relation"], r["date"]) for r in rows] == [
        ("Luật Ban hành văn bản quy phạm pháp luật", "per", "2025-02-19"),
        ("Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", "per", "2025-06-25")]
    # a lower-case type word with no title before it stays as written
    assert [(r["text"], r["name"]) for r in refs("Thực hiện luật số 12/2020/QH14 về đầu tư.")] == [("luật số 12/2020/QH14", None)]


def test_a_letters_own_number_is_a_cong_van() -> None:
    """``Số: 4215/STC-QLNS`` over ``V/v …``: a letter writes no type in its number, and its own reference had none."""
    doc = make_doc("UBND TỈNH NINH BÌNH", "SỞ TÀI CHÍNH", "Số: 4215/STC-QLNS", "V/v hướng dẫn xây dựng dự toán năm 2026",
                   "Ninh Bình, ngày 10 tháng 10 năm 2025", "Thực hiện Thông tư số 56/2025/TT-BTC, Sở hướng dẫn.")
    references.extract(doc)
    assert [(r["symbol"], r["type"], r["is_self"]) for r in doc.rows("references")] == [
        ("4215/STC-QLNS", "Công văn", True), ("56/2025/TT-BTC", "Thông tư", False)]
    report = make_doc("SỞ TÀI CHÍNH", "Số: 4215/STC-QLNS", "BÁO CÁO", "Kết quả thu ngân sách năm 2025")
    references.extract(report)
    assert report.rows("references")[0]["type"] is None


def test_on_the_basis_of_a_document_is_per() -> None:
    """``trên cơ sở dự toán được giao tại Quyết định số 1480/QĐ-UBND``: the text works on the document's basis
    (the relation was ``unknown``)."""
    rows = refs("Các xã xây dựng dự toán trên cơ sở dự toán được giao tại Quyết định số 1480/QĐ-UBND ngày 5/12/2025.",
                "Trên cơ sở Quy chế số 05-QC/TU, Ban Dân vận hướng dẫn.")
    assert [r["relation"] for r in rows] == ["per", "per"]


def test_a_news_item_issues_nothing() -> None:
    """``Huyện ủy đã ban hành Báo cáo số 215-BC/HU`` on a news page was the page's ``issues``: a news item tells what
    others did; a report's own ``ban hành Kế hoạch`` still is its act."""
    page = Document(doc_id="t", path="t.html", format="html", sha256="", published="2025-11-20T08:30")
    # (the lead tells of the meeting: the report is no subject of the page)
    for text in ("Ngày 18/11, Huyện ủy Mỹ Tú tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết của Tỉnh ủy.",
                 "Huyện ủy đã ban hành Báo cáo số 215-BC/HU về kết quả thực hiện."):
        page.add_block("paragraph", text)
    references.extract(page)
    assert [r["relation"] for r in page.rows("references")] == ["unknown"]
    assert [r["relation"] for r in refs("Ban Thường vụ ban hành Kế hoạch số 45-KH/HU về thực hiện.")] == ["issues"]


def test_a_news_items_lead_telling_of_a_document_issued_names_the_pages_own() -> None:
    """``Chủ tịch UBND tỉnh vừa ban hành Quyết định số 2146/QĐ-UBND …``, after the page's date line: the page is about
    that decision (SPEC §2: a news item's own document is ``is_self``); only a report was, and only in the first
    block, which was the date line."""
    page = Document(doc_id="t", path="t.html", format="html", sha256="", published="2025-08-14T15:30")
    for text in ("Thứ Năm, 14/08/2025 15:30",
                 "Chủ tịch UBND tỉnh vừa ban hành Quyết định số 2146/QĐ-UBND ngày 12/8/2025 về việc tặng Bằng khen.",
                 "Căn cứ Quyết định số 37/2024/QĐ-UBND ngày 20/9/2024 của UBND tỉnh."):
        page.add_block("paragraph", text)
    references.extract(page)
    assert [(r["symbol"], r["is_self"]) for r in page.rows("references")] == [
        ("2146/QĐ-UBND", True), ("37/2024/QĐ-UBND", False)]
    assert page.own_symbol == "2146/QĐ-UBND"


def test_a_department_named_before_its_submission_is_its_body() -> None:
    """``Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …``: a department's name opens with a word no issuer's
    does (``Sở``), so the body read back from ``tại`` was dropped; the office before it is no part of it."""
    got = [(r["symbol"], r["issuing_body"]) for r in refs(
        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 125/TTr-SNV ngày 10/3/2025; xét đề nghị của Sở Tài chính "
        "tại Tờ trình số 88/TTr-STC ngày 12/3/2025.")]
    assert got == [("125/TTr-SNV", "Sở Nội vụ"), ("88/TTr-STC", "Sở Tài chính")]


def test_a_body_named_by_its_units_type_ends_there_and_a_decisions_verb_opens_its_subject() -> None:
    """``của UBND tỉnh công bố hiện trạng rừng …``: the body was ``UBND tỉnh công`` (a word of a body's name, but
    lower case after the unit's type) and the subject was lost; ``thành lập``, ``công bố`` open a decision's
    subject as ``phê duyệt`` does, and it ends at a colon or at an amount's own clause."""
    found = refs("Theo Quyết định số 1128/QĐ-UBND ngày 24/4/2026 của UBND tỉnh công bố hiện trạng rừng tỉnh Quảng Trị "
                 "năm 2025: độ che phủ rừng đạt 49,5%.",
                 "Kế hoạch số 5/KH-UBND ngày 3/3/2026 của UBND xã xây dựng nông thôn mới; Kế hoạch số 12-KH/TU ngày "
                 "3/3/2026 của Ban Thường vụ tỉnh ủy về công tác cán bộ.",
                 "Quyết định số 77/QĐ-UBND ngày 2/4/2026 thành lập Ban Chỉ đạo chuyển đổi số xã, với kinh phí năm 2026 "
                 "dự kiến 1,2 tỷ đồng.")
    assert [(r["issuing_body"], r["subject"]) for r in found] == [
        ("UBND tỉnh", "công bố hiện trạng rừng tỉnh Quảng Trị năm 2025"), ("UBND xã", None),
        ("Ban Thường vụ tỉnh ủy", "công tác cán bộ"), (None, "thành lập Ban Chỉ đạo chuyển đổi số xã")]


def test_a_subject_opened_by_an_amending_verb_holds_the_reference_it_names() -> None:
    """``Nghị quyết số 71/NQ-CP … sửa đổi, bổ sung, cập nhật Chương trình hành động … thực hiện Nghị quyết số 57-NQ/TW``
    in a Căn cứ list: the subject was not read (a comma after ``sửa đổi``), so the plan itself "amended" 57."""
    found = refs("Căn cứ Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động của Chính "
                 "phủ thực hiện Nghị quyết số 57-NQ/TW; Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ "
                 "sung, cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW;")
    assert [(r["symbol"], r["relation"]) for r in found] == [
        ("03/NQ-CP", "per"), ("57-NQ/TW", "per"), ("71/NQ-CP", "per"), ("57-NQ/TW", "per")]
    assert found[2]["subject"] == "sửa đổi, bổ sung, cập nhật Chương trình hành động của Chính phủ"


def test_a_plans_purpose_after_it_is_its_subject_and_leads_to_the_reference_it_names() -> None:
    """``Căn cứ Chương trình hành động số 42-CTr/TU … thực hiện Nghị quyết số 57-NQ/TW; Kế hoạch số 231/KH-UBND … thực
    hiện Nghị quyết số 71/NQ-CP``: 57 and 71 were ``implements`` (the plans implement them; the text stands on them, as
    on the plans). The purpose is the subject, without a verb alone or the word tying it to the next reference, and
    it ends where a new subject opens its clause."""
    found = refs("Căn cứ Chương trình hành động số 42-CTr/TU ngày 15/3/2025 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết "
                 "số 57-NQ/TW; Kế hoạch số 231/KH-UBND ngày 10/4/2025 của UBND tỉnh thực hiện Nghị quyết số 71/NQ-CP;",
                 "Ủy ban nhân dân huyện ban hành Kế hoạch số 87/KH-UBND ngày 25/8/2021 thực hiện Quy chế công tác dân vận "
                 "theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương.",
                 "Thực hiện Kế hoạch số 123/KH-UBND ngày 14/4/2021 của UBND tỉnh triển khai phong trào thi đua “Vì người "
                 "nghèo”, các cấp, các ngành đã huy động hơn 1.250 tỷ đồng.")
    assert [(r["symbol"], r["relation"], r["subject"]) for r in found if r["symbol"]] == [
        ("42-CTr/TU", "per", None), ("57-NQ/TW", "per", None), ("231/KH-UBND", "per", None), ("71/NQ-CP", "per", None),
        ("87/KH-UBND", "issues", "thực hiện Quy chế công tác dân vận"), ("23-QĐ/TW", "per", None),
        ("123/KH-UBND", "implements", "triển khai phong trào thi đua “Vì người nghèo”")]


def test_continuing_words_reach_the_verb_past_a_word_or_two_and_the_text_does_not_do_what_a_subject_says() -> None:
    """``Tiếp tục đẩy mạnh thực hiện Chỉ thị số 05``, ``Tiếp tục lãnh đạo, thực hiện tốt Kết luận số 01`` were
    ``implements``; ``Kết luận số 01 … về tiếp tục thực hiện Chỉ thị số 05`` made the text continue 05 itself (01
    continues it): the text does to 05 what it does to 01."""
    found = refs("Tiếp tục đẩy mạnh thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.",
                 "Tiếp tục lãnh đạo, thực hiện tốt Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.",
                 "Kết quả học tập Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số "
                 "05-CT/TW được đánh giá cao.",
                 "Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.")
    assert [(r["symbol"], r["relation"]) for r in found] == [
        ("05-CT/TW", "continues"), ("01-KL/TW", "continues"), ("01-KL/TW", "unknown"), ("05-CT/TW", "unknown"),
        ("01-KL/TW", "implements"), ("05-CT/TW", "implements")]


def test_a_subject_ends_where_the_text_says_what_there_is_now() -> None:
    """``theo Nghị quyết số 202/2025/QH15 … về việc sắp xếp đơn vị hành chính cấp tỉnh, hiện có 78 đơn vị …``: the
    count of today's units was part of the resolution's subject (and its title in ``directives``)."""
    found = refs("Theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh, "
                 "hiện có 78 đơn vị hành chính cấp xã.")
    assert found[0]["subject"] == "việc sắp xếp đơn vị hành chính cấp tỉnh"


def test_a_subject_leaves_out_the_words_tying_it_to_the_next_reference_and_that_one_is_not_the_texts() -> None:
    """``Nghị quyết số 45/2026/NQ-HĐND quy định … trên địa bàn tỉnh, nhằm cụ thể hóa Nghị quyết số 57-NQ/TW`` in a
    news item: the subject ran on with ``, nhằm cụ thể hóa``, and the page itself "implemented" 57 (45 does; the
    text does to 57 what it does to 45). A ``về`` subject that only carries out the next one keeps it
    (``test_a_title_that_carries_out_the_next_document_keeps_it``)."""
    found = refs("Nghị quyết số 45/2026/NQ-HĐND quy định một số chính sách hỗ trợ phát triển khoa học trên địa bàn tỉnh, "
                 "nhằm cụ thể hóa Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.",
                 "Căn cứ Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động của Chính "
                 "phủ thực hiện Nghị quyết số 57-NQ/TW;",
                 "Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.")
    assert [(r["symbol"], r["relation"], r["subject"]) for r in found] == [
        ("45/2026/NQ-HĐND", "unknown", "quy định một số chính sách hỗ trợ phát triển khoa học trên địa bàn tỉnh"),
        ("57-NQ/TW", "unknown", None), ("03/NQ-CP", "per", "ban hành Chương trình hành động của Chính phủ"),
        ("57-NQ/TW", "per", None), ("01-KL/TW", "implements", "tiếp tục thực hiện Chỉ thị số 05-CT/TW"),
        ("05-CT/TW", "implements", None)]


def test_a_title_that_carries_out_the_next_document_keeps_it() -> None:
    """``Kết luận số 91-KL/TW … về tiếp tục thực hiện Nghị quyết số 29-NQ/TW, ngành …``: the subject was cut at 29 and,
    left with a verb, was lost (``đẩy mạnh`` was kept alone). A ``về`` title that is carrying out the next document,
    a word or two before its verb, keeps that document as written; a plan's purpose with no ``về``, or a title of its
    own before it, does not."""
    found = refs("Thực hiện Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số "
                 "29-NQ/TW, ngành Giáo dục huyện đã triển khai nhiều giải pháp.",
                 "Kết luận số 149-KL/TW ngày 10/4/2025 của Bộ Chính trị về đẩy mạnh thực hiện Nghị quyết số 21-NQ/TW ngày "
                 "25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về công tác dân số trong tình hình mới.",
                 "Thực hiện Công văn số 6676/BYT-CDS ngày 29/10/2024 của Bộ Y tế về việc triển khai thực hiện Chỉ thị số "
                 "27/CT-TTg của Thủ tướng Chính phủ.",
                 "Căn cứ Kế hoạch số 42-KH/TU ngày 15/3/2025 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW.",
                 "Triển khai Kế hoạch số 12-KH/HU về công tác dân vận năm 2025 theo Hướng dẫn số 05-HD/BDVTU.")
    assert [(r["symbol"], r["subject"]) for r in found] == [
        ("91-KL/TW", "tiếp tục thực hiện Nghị quyết số 29-NQ/TW"), ("29-NQ/TW", None),
        ("149-KL/TW", "đẩy mạnh thực hiện Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII"),
        ("21-NQ/TW", "công tác dân số trong tình hình mới"),
        ("6676/BYT-CDS", "việc triển khai thực hiện Chỉ thị số 27/CT-TTg của Thủ tướng Chính phủ"), ("27/CT-TTg", None),
        ("42-KH/TU", None), ("57-NQ/TW", None), ("12-KH/HU", "công tác dân vận năm 2025"), ("05-HD/BDVTU", None)]


def test_a_reviews_second_item_is_reviewed_and_no_part_of_the_first_ones_subject() -> None:
    """``sơ kết 17 năm thực hiện Chỉ thị 21 … về … phụ nữ và 5 năm thực hiện Chỉ thị 36``: 21's subject ran on to
    ``và 5 năm`` and 36 was implemented, not reviewed."""
    got = refs("Đảng ủy xã tổ chức hội nghị sơ kết 17 năm thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2008 của Bộ Chính trị "
               "về tiếp tục đổi mới, tăng cường công tác vận động phụ nữ và 5 năm thực hiện Chỉ thị số 36-CT/TU ngày "
               "10/3/2021 của Ban Thường vụ Tỉnh ủy. Tiếp tục thực hiện Kế hoạch số 12-KH/ĐU và 5 năm thực hiện Chỉ thị "
               "số 05-CT/TW.")
    assert [(r["symbol"], r["subject"], r["relation"]) for r in got] == [
        ("21-CT/TW", "tiếp tục đổi mới, tăng cường công tác vận động phụ nữ", "reviews"), ("36-CT/TU", None, "reviews"),
        ("12-KH/ĐU", None, "continues"), ("05-CT/TW", None, "implements")]


def test_a_committee_of_another_level_than_the_codes_is_no_issuer_of_it() -> None:
    """``Trên đây là Báo cáo tổng kết … Chỉ thị số 08-CT/TU của Ban Thường vụ Đảng ủy xã Thạch Hà``: the commune's
    board issues the report, not a ``TU`` directive (the directives table held one ``issued`` by it)."""
    got = refs("Trên đây là Báo cáo tổng kết 10 năm thực hiện Chỉ thị số 08-CT/TU của Ban Thường vụ Đảng ủy xã Thạch Hà./.",
               "Thực hiện Kế hoạch số 12-KH/HU của Ban Thường vụ Huyện ủy, Kế hoạch số 03-KH/TU của Ban Thường vụ Thành ủy.")
    assert [(r["text"], r["issuing_body"]) for r in got] == [
        ("Chỉ thị số 08-CT/TU", None), ("Kế hoạch số 12-KH/HU của Ban Thường vụ Huyện ủy", "Ban Thường vụ Huyện ủy"),
        ("Kế hoạch số 03-KH/TU của Ban Thường vụ Thành ủy", "Ban Thường vụ Thành ủy")]


def test_a_short_form_followed_by_what_the_document_does_is_a_mention() -> None:
    """``Kế hoạch 27 xác định …``, ``chỉ tiêu Kế hoạch 27 đề ra``, ``sửa đổi Hướng dẫn 12 phù hợp …``: the number was
    read as a count of what followed, and the three mentions were missed; ``giao 12 chỉ tiêu`` stays a count."""
    got = refs("Kế hoạch 27 xác định rõ trách nhiệm; vượt 28% so với chỉ tiêu Kế hoạch 27 đề ra; sửa đổi Hướng dẫn 12 phù "
               "hợp với mô hình mới. Kế hoạch giao 12 chỉ tiêu.")
    assert [(r["text"], r["number"]) for r in got] == [("Kế hoạch 27", "27"), ("Kế hoạch 27", "27"), ("Hướng dẫn 12", "12")]


def test_what_a_decision_assigns_is_its_subject() -> None:
    """``Quyết định số 2890/QĐ-UBND … của UBND tỉnh giao chỉ tiêu phát triển …`` had no subject, where ``… phê duyệt
    Đề án …`` had one; ``giao cho các xã`` names whom, no subject."""
    got = refs("Theo Quyết định số 2890/QĐ-UBND ngày 12/12/2025 của UBND tỉnh giao chỉ tiêu phát triển đối tượng tham gia "
               "bảo hiểm y tế giai đoạn 2026-2030. Kế hoạch số 12/KH-UBND của UBND tỉnh giao cho các xã.")
    assert [r["subject"] for r in got] == [
        "giao chỉ tiêu phát triển đối tượng tham gia bảo hiểm y tế giai đoạn 2026-2030", None]


def test_what_a_decision_recognises_is_its_subject_and_no_part_of_its_body() -> None:
    """``… của Thủ tướng Chính phủ công nhận huyện Nghi Xuân đạt chuẩn …``: ``công`` was read as a body's word (``Bộ
    Công an``), the issuer was ``Thủ tướng Chính phủ công`` and the decision had no subject."""
    got = refs("Quyết định số 1205/QĐ-TTg ngày 16/10/2024 của Thủ tướng Chính phủ công nhận huyện Nghi Xuân đạt chuẩn "
               "nông thôn mới nâng cao. Công văn số 12/BCA-V03 ngày 16/10/2024 của Bộ Công an hướng dẫn.")
    assert [(r["issuing_body"], r["subject"]) for r in got] == [
        ("Thủ tướng Chính phủ", "công nhận huyện Nghi Xuân đạt chuẩn nông thôn mới nâng cao"), ("Bộ Công an", "hướng dẫn")]


def test_a_subject_ending_with_a_quoted_name_keeps_its_closing_quote() -> None:
    """``… phong trào thi đua “Dân vận khéo”``: the subject's edges were stripped of quotes, the closing one too, as the
    gold does not (``hướng dẫn … phong trào thi đua “Dân vận khéo”``); a subject that is one quoted name loses both."""
    got = refs("Theo Hướng dẫn số 09-HD/BDVHU về tiêu chí công nhận mô hình “Dân vận khéo”; Kế hoạch số 2-KH/TU về “Năm "
               "dân vận”, các cấp đã triển khai.")
    assert [r["subject"] for r in got] == ["tiêu chí công nhận mô hình “Dân vận khéo”", "Năm dân vận"]


def test_a_subject_ends_where_the_consequence_opens() -> None:
    """``… về đẩy mạnh chuyển đổi số …, nên tình hình các mặt tiếp tục ổn định``: the subject ran into the main clause."""
    got = refs("Thực hiện Nghị quyết số 18-NQ/TU ngày 25/3/2026 của Ban Thường vụ Tỉnh ủy về đẩy mạnh chuyển đổi số trong "
               "hoạt động của hệ thống chính trị, nên tình hình các mặt tiếp tục ổn định.")
    assert got[0]["subject"] == "đẩy mạnh chuyển đổi số trong hoạt động của hệ thống chính trị"


def test_a_subject_in_quotes_is_read_up_to_its_closing_quote() -> None:
    """Party titles are quoted: ``… khóa XII “Về đẩy mạnh …”``, ``… "về tăng cường …" trong tình hình mới`` had no
    subject; a quoted one ends at its closing quote, not at the clause's end."""
    rows = refs("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị khóa XII “Về đẩy mạnh học tập và làm theo "
                "tư tưởng, đạo đức, phong cách Hồ Chí Minh”, triển khai Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ "
                "Chính trị \"về tăng cường bảo vệ nền tảng tư tưởng của Đảng\" trong tình hình mới, Đảng ủy đã ban hành "
                "kế hoạch.")
    assert [r["subject"] for r in rows] == [
        "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "tăng cường bảo vệ nền tảng tư tưởng của Đảng"]


def test_a_short_form_with_its_numbers_letter() -> None:
    """``Nghị quyết 30a`` (30a/2008/NQ-CP) was no reference: a short form's number took no letter, as a symbol's
    does."""
    rows = refs("Thực hiện Nghị quyết 30a/2008/NQ-CP của Chính phủ; chính sách của Nghị quyết 30a: hỗ trợ hộ nghèo.")
    assert [(r["text"], r["number"]) for r in rows] == [("Nghị quyết 30a/2008/NQ-CP của Chính phủ", "30a"),
                                                        ("Nghị quyết 30a", "30a")]


def test_the_type_said_again_before_its_body() -> None:
    """``Nghị quyết số: 41/NQ-ĐU, ngày 25/12/2018 Nghị quyết của Ban chấp hành Đảng uỷ về …``: the repeated type word
    stopped the reading, and the body and subject were lost."""
    (row,) = refs("Căn cứ Nghị quyết số: 41/NQ-ĐU, ngày 25/12/2018 Nghị quyết của Ban chấp hành Đảng uỷ về nhiệm vụ "
                  "kinh tế - xã hội năm 2019;")
    assert (row["issuing_body"], row["subject"]) == ("Ban chấp hành Đảng uỷ", "nhiệm vụ kinh tế - xã hội năm 2019")


def test_a_short_forms_date_points_at_its_characters() -> None:
    """``Quyết định 217 ngày 12-12-2013 của Bộ Chính trị``: the date was read but its place in the text was not kept,
    as it is for a full symbol's."""
    text = "Thực hiện Quyết định 217 ngày 12-12-2013 của Bộ Chính trị, Đảng ủy triển khai."
    (row,) = refs(text)
    assert (row["date"], row["date_char_start"]) == ("2013-12-12", text.index("12-12-2013"))


@pytest.mark.parametrize("written, symbol", [
    ("Nghị quyết 03-NQ/CP ngày 09/01/2025 của Chính phủ", "03/NQ-CP"),  # the Government's, in the Party's style
    ("Quyết định 06-QĐ/TTg ngày 06/01/2022", "06/QĐ-TTg"),
    ("Nghị quyết số 57/NQ-TW ngày 22/12/2024 của Bộ Chính trị", "57-NQ/TW"),  # the Politburo's, in the state's style
    ("Kế hoạch số 12/KH-UBND", "12/KH-UBND"),
    ("Nghị quyết 15-NQ/HU", "15-NQ/HU"),
])
def test_a_symbol_written_in_the_other_familys_style_is_its_issuers(written: str, symbol: str) -> None:
    """``03-NQ/CP`` and ``57/NQ-TW`` were documents apart from ``03/NQ-CP`` and ``57-NQ/TW``: the issuer's family says
    how its symbols are written, whatever the writer did (the query already read both as one)."""
    assert symbols(f"Triển khai {written}, Đảng ủy đã ban hành kế hoạch.") == [symbol]


def test_the_citing_bodys_own_clause_after_the_issuer_is_no_joint_issuer() -> None:
    """``… của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau:``: the second body opens the
    sentence's own clause, but was read as a joint issuer and ``hướng dẫn như sau`` became the plan's subject (and its
    title); ``… Tỉnh ủy xây dựng`` took the verb into the body. Two issuers of one instrument stay joint."""
    rows = refs("Thực hiện Kế hoạch số 305-KH/TU, ngày 20/02/2025 của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy "
                "hướng dẫn như sau:",
                "Thực hiện Kế hoạch 12-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Dân vận Tỉnh ủy xây dựng Kế hoạch.",
                "Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị, Ban Bí thư; Đảng ủy đã triển khai.")
    assert [(r["issuing_body"], r["subject"]) for r in rows] == [
        ("Ban Thường vụ Tỉnh ủy", None), ("Ban Thường vụ Tỉnh ủy", None), ("Bộ Chính trị, Ban Bí thư", None)]


def test_a_short_forms_symbol_from_a_listed_body_or_the_bare_centre() -> None:
    """``Chỉ thị 05 và Kết luận 01 của Bộ Chính trị``: 05 took the body but no symbol (one file alone made it a
    document ``name:chỉ thị 05``); ``Kết luận 21 của Trung ương`` named the Party centre and had none either.
    ``Trung ương Hội CCB`` opens another body's name: no Party code."""
    rows = refs("Gắn thực hiện Chỉ thị 05 và Kết luận 01 của Bộ Chính trị; thực hiện Kết luận 21 của Trung ương; "
                "Hướng dẫn 145 của Trung ương Hội CCB Việt Nam.")
    assert [(r["text"], r["symbol"], r["inferred"]) for r in rows] == [
        ("Chỉ thị 05", "05-CT/TW", True), ("Kết luận 01", "01-KL/TW", True), ("Kết luận 21", "21-KL/TW", True),
        ("Hướng dẫn 145", None, False)]


def test_a_departments_own_number_under_its_superior_in_one_header_cell() -> None:
    """``UBND TỈNH HÀ GIANG`` / ``SỞ NÔNG NGHIỆP VÀ PTNT`` in one cell of a Word header table, ``Số: 512/BC-SNN`` in the
    next: the report's own mention took both lines as its body (and an id scoped to ``hà giang sở nông nghiệp …``,
    apart from a citation's); the department issues it."""
    doc = make_doc("UBND TỈNH HÀ GIANG\nSỞ NÔNG NGHIỆP VÀ PTNT", "Số: 512/BC-SNN", "BÁO CÁO", kind="table_cell")
    doc.add_block("paragraph", "Năm 2024, ngành nông nghiệp tỉnh đã hoàn thành các chỉ tiêu.")
    references.extract(doc)
    (row,) = doc.rows("references")
    assert (row["is_self"], row["issuing_body"]) == (True, "SỞ NÔNG NGHIỆP VÀ PTNT")


def test_a_bodys_place_with_a_dash_in_its_name() -> None:
    """``của Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu về …``: the body stopped at ``Bà Rịa`` (an id scoped to it) and
    the subject was lost."""
    rows = refs("Căn cứ Nghị quyết số 108/NQ-HĐND ngày 08 tháng 12 năm 2023 của Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu "
                "về kế hoạch phát triển kinh tế - xã hội năm 2024; Quyết định 5/QĐ-UBND của UBND tỉnh Bà Rịa–Vũng Tàu.")
    assert [(r["issuing_body"], r["subject"]) for r in rows] == [
        ("Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu", "kế hoạch phát triển kinh tế - xã hội năm 2024"),
        ("UBND tỉnh Bà Rịa–Vũng Tàu", None)]


def test_a_social_bodys_name_goes_on_past_xa_and_past_its_dash() -> None:
    """``của Bảo hiểm xã hội huyện Núi Thành``, ``của Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam``,
    ``của Phòng giao dịch NHCSXH huyện …``: the bodies were ``Bảo hiểm xã`` (a commune's, so the id was scoped to
    one), ``Sở Lao động`` and ``Phòng``, and the subjects after them were lost."""
    assert _issuers_and_subjects(
        "Căn cứ Báo cáo số 215/BC-BHXH ngày 10/10/2024 của Bảo hiểm xã hội huyện Núi Thành về kết quả thu; Công văn số "
        "1216/SLĐTBXH-BTXH ngày 6/9/2024 của Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam về chi trả trợ cấp; Báo "
        "cáo số 216/BC-NHCS ngày 1/10/2024 của Phòng giao dịch NHCSXH huyện Núi Thành về tín dụng.") == [
        ("Bảo hiểm xã hội huyện Núi Thành", "kết quả thu"),
        ("Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam", "chi trả trợ cấp"),
        ("Phòng giao dịch NHCSXH huyện Núi Thành", "tín dụng")]


def test_a_bodys_name_goes_on_past_a_type_word_it_holds_and_past_its_short_name() -> None:
    """``của Sở Kế hoạch và Đầu tư tỉnh Thanh Hóa`` was ``Sở`` (``Kế hoạch`` is a document's type word), and ``của Sở
    Văn hóa, Thể thao và Du lịch (VHTTDL) tỉnh Thanh Hóa về …`` ended at the bracket: the place and the subject
    were lost. The short name is no part of the name."""
    text = ("Căn cứ Công văn số 20/SKHĐT-TH ngày 2/2/2024 của Sở Kế hoạch và Đầu tư tỉnh Thanh Hóa về đầu tư công; Báo cáo "
            "số 7/BC-SVHTTDL của Sở Văn hóa, Thể thao và Du lịch (VHTTDL) tỉnh Thanh Hóa về du lịch; Báo cáo số "
            "8/BC-SVHTTDL của Sở Văn hóa, Thể thao và Du lịch (VHTTDL) về lễ hội.")
    assert _issuers_and_subjects(text) == [("Sở Kế hoạch và Đầu tư tỉnh Thanh Hóa", "đầu tư công"),
                                           ("Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa", "du lịch"),
                                           ("Sở Văn hóa, Thể thao và Du lịch", "lễ hội")]
    assert refs(text)[1]["text"].endswith("(VHTTDL) tỉnh Thanh Hóa")


def test_the_own_numbers_issuer_is_no_last_word_nor_two_header_lines_glued() -> None:
    """``Công an huyện Yên Thành báo cáo …`` made the report's own number ``Thành``'s (the last word of the name, as
    ``Thành ủy`` opens with it); ``TỈNH ỦY NGHỆ AN`` over ``HUYỆN ỦY YÊN THÀNH`` and ``CÔNG AN TỈNH THANH HÓA`` over
    ``CÔNG AN THÀNH PHỐ SẦM SƠN`` were glued into one issuer."""
    def own_body(*lines: str) -> str:
        doc = make_doc(*lines)
        references.extract(doc)
        return doc.rows("references")[0]["issuing_body"]

    body = ("BÁO CÁO", "Kết quả công tác năm 2024", "Thực hiện Kế hoạch số 12/KH-UBND, Công an huyện Yên Thành báo cáo như sau:")
    assert own_body("CÔNG AN TỈNH NGHỆ AN\nCÔNG AN HUYỆN YÊN THÀNH", "Số: 125/BC-CAH", *body) == "CÔNG AN HUYỆN YÊN THÀNH"
    assert own_body("TỈNH ỦY NGHỆ AN\nHUYỆN ỦY YÊN THÀNH", "Số: 125-BC/HU", *body[:2]) == "HUYỆN ỦY YÊN THÀNH"
    assert own_body("CÔNG AN TỈNH THANH HÓA\nCÔNG AN THÀNH PHỐ SẦM SƠN", "Số: 12/BC-CATP", *body[:2]) == "CÔNG AN THÀNH PHỐ SẦM SƠN"
    assert own_body("TỈNH ỦY QUẢNG NAM\nBAN TUYÊN GIÁO", "Số: 12-BC/BTGTU", *body[:2]) == "BAN TUYÊN GIÁO TỈNH ỦY QUẢNG NAM"
    # a committee's inspection commission or office under it (it was ``HUYỆN ỦY CAN LỘC ỦY BAN KIỂM TRA``, no level)
    assert own_body("HUYỆN ỦY CAN LỘC\nỦY BAN KIỂM TRA", "Số: 96-BC/UBKTHU", *body[:2]) == "ỦY BAN KIỂM TRA HUYỆN ỦY CAN LỘC"
    assert own_body("TỈNH ỦY HÀ TĨNH\nVĂN PHÒNG", "Số: 9-BC/VPTU", *body[:2]) == "VĂN PHÒNG TỈNH ỦY HÀ TĨNH"
    # a school under the department or committee over it (no gazetteer lists its name)
    assert own_body("PHÒNG GD&ĐT THẠCH HÀ\nTRƯỜNG THCS THẠCH ĐÀI", "Số: 45/BC-THCS", *body[:2]) == "TRƯỜNG THCS THẠCH ĐÀI"
    assert own_body("UBND HUYỆN THẠCH HÀ\nTRƯỜNG TIỂU HỌC SỐ 1", "Số: 45/BC-TH", *body[:2]) == "TRƯỜNG TIỂU HỌC SỐ 1"
    # a department's name its column wrapped (``SỞ TÀI NGUYÊN VÀ MÔI`` / ``TRƯỜNG``: the Sở was taken for a superior)
    assert own_body("UBND TỈNH QUẢNG TRỊ\nSỞ TÀI NGUYÊN VÀ MÔI\nTRƯỜNG", "Số: 4125/BC-STNMT",
                    *body[:2]) == "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"
    # a national bank over its province's branch over the district office (the report was the national bank's, its id
    # missing its province)
    assert own_body("NGÂN HÀNG CSXH VIỆT NAM\nCHI NHÁNH TỈNH QUẢNG NAM\nPHÒNG GIAO DỊCH NHCSXH\nHUYỆN NÚI THÀNH",
                    "Số: 215/BC-NHCS", *body[:2]) == "PHÒNG GIAO DỊCH NHCSXH HUYỆN NÚI THÀNH"
    # the issuer's name wrapped over two lines under the province's body (``VIỆN KIỂM SÁT NHÂN DÂN`` / ``HUYỆN QUẾ SƠN``)
    assert own_body("VIỆN KSND TỈNH QUẢNG NAM\nVIỆN KIỂM SÁT NHÂN DÂN\nHUYỆN QUẾ SƠN", "Số: 412/BC-VKSQS",
                    *body[:2]) == "VIỆN KIỂM SÁT NHÂN DÂN HUYỆN QUẾ SƠN"


def test_a_body_named_before_its_short_name_or_with_a_comma_issues_what_it_issues() -> None:
    """``Sở Văn hóa, Thể thao và Du lịch (VHTTDL) tỉnh Thanh Hóa ban hành Báo cáo số …`` (a news page's lead) was
    ``Thanh Hóa``'s, the report's and the page's issuer."""
    rows = refs("Ngày 12/7/2024, Sở Văn hóa, Thể thao và Du lịch (VHTTDL) tỉnh Thanh Hóa ban hành Báo cáo số "
                "1875/BC-SVHTTDL về kết quả du lịch.", "Ngày 13/7/2024, Sở Y tế (SYT) tỉnh Thanh Hóa ban hành Báo cáo số "
                "76/BC-SYT về dịch bệnh; Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An ban hành Kế hoạch số 9/KH-SVHTTDL.")
    assert [r["issuing_body"] for r in rows] == ["Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa", "Sở Y tế tỉnh Thanh Hóa",
                                                "Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An"]


def test_a_body_the_text_names_for_short_is_no_words_of_the_subject_before_it() -> None:
    """``… về phê duyệt Chiến lược … đến năm 2030, Phòng giao dịch NHCSXH huyện Núi Thành (sau đây gọi tắt là PGD) báo
    cáo``: the subject ran on to the report's own body, the bracket being where it ended."""
    rows = refs("Thực hiện Quyết định số 1630/QĐ-TTg ngày 23/12/2023 của Thủ tướng Chính phủ về phê duyệt Chiến lược phát "
                "triển Ngân hàng Chính sách xã hội đến năm 2030, Phòng giao dịch NHCSXH huyện Núi Thành (sau đây gọi tắt là "
                "PGD) báo cáo như sau:", "Căn cứ Nghị quyết số 12/NQ-HĐND về chương trình mục tiêu quốc gia (sau đây gọi tắt "
                "là Chương trình) năm 2024.")
    assert [r["subject"] for r in rows] == [
        "phê duyệt Chiến lược phát triển Ngân hàng Chính sách xã hội đến năm 2030", "chương trình mục tiêu quốc gia"]


def test_a_subject_ends_where_a_main_clause_opens_on_a_lower_case_subject() -> None:
    """``… về nâng cao chất lượng sinh hoạt chi bộ, chi bộ đã thảo luận và thống nhất`` (a chi bộ's resolution's
    opening): only a capital after the comma ended the subject, and the directive's title took the clause in."""
    rows = refs("Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 18/01/2022 của Ban Tổ chức Trung ương về nâng cao chất lượng sinh "
                "hoạt chi bộ, chi bộ đã thảo luận và thống nhất.", "Căn cứ Quyết định số 4512/QĐ-UBND ngày 1/1/2023 về việc "
                "giao dự toán thu ngân sách nhà nước năm 2023, chi cục đã triển khai thực hiện.")
    assert [r["subject"] for r in rows] == ["nâng cao chất lượng sinh hoạt chi bộ",
                                           "việc giao dự toán thu ngân sách nhà nước năm 2023"]
    # a plural's longer name (``các cơ quan hành chính trên địa bàn huyện đã tiếp``), and the verb of a sentence a noun
    # opens, the cited document in its subject (``Việc thực hiện … trong hệ thống chính trị được các cấp ủy triển khai``)
    rows = refs("Thực hiện Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ quy định chi tiết một số điều của Luật "
                "Tiếp công dân, các cơ quan hành chính trên địa bàn huyện đã tiếp 1.286 lượt công dân.",
                "Việc thực hiện Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị về kiểm điểm, xếp loại chất lượng "
                "đối với tập thể, cá nhân trong hệ thống chính trị được các cấp ủy triển khai nghiêm túc.",
                "2. Kết quả thực hiện Chỉ thị số 05-CT/TU về đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh đã đạt "
                "nhiều kết quả.", "Ban hành Quyết định số 12/QĐ-UBND về việc giao đất cho hộ đã được công nhận.")
    assert [r["subject"] for r in rows if "Luật" not in r["text"]] == [
        "quy định chi tiết một số điều của Luật Tiếp công dân",
        "kiểm điểm, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị",
        "đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh", "việc giao đất cho hộ đã được công nhận"]
    # a body whose name holds commas (``…, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và ma túy huyện báo cáo``)
    (row,) = refs("Thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị về tăng cường công tác phòng, chống và "
                  "kiểm soát ma túy, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và ma túy huyện báo cáo như sau:")
    assert row["subject"] == "tăng cường công tác phòng, chống và kiểm soát ma túy"



def test_a_mass_organisations_name_in_lower_case_is_read_whole() -> None:
    """``của Ban Thường vụ Hội Chữ thập đỏ tỉnh``, ``của Hội Cựu chiến binh huyện``: the official spelling's lower-case
    words ended the body (``Hội Chữ``), the place after them lost."""
    rows = refs("Thực hiện Kế hoạch số 12/KH-CTĐ ngày 10/01/2023 của Ban Thường vụ Hội Chữ thập đỏ tỉnh, Hội đã triển "
                "khai. Theo Hướng dẫn số 05/HD-CCB của Hội Cựu chiến binh huyện về công tác hội.")
    assert [r["issuing_body"] for r in rows] == ["Ban Thường vụ Hội Chữ thập đỏ tỉnh", "Hội Cựu chiến binh huyện"]

def test_a_subject_ends_before_when_the_document_takes_effect() -> None:
    """``Nghị định số 168/2024/NĐ-CP … quy định xử phạt … (có hiệu lực từ ngày 01/01/2025)``: the aside was the subject's."""
    (row,) = refs("Triển khai Nghị định số 168/2024/NĐ-CP ngày 26/12/2024 của Chính phủ quy định xử phạt vi phạm hành "
                  "chính về trật tự, an toàn giao thông (có hiệu lực từ ngày 01/01/2025) đến toàn thể cán bộ.")
    assert row["subject"] == "quy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông"


def test_a_body_set_up_for_a_scheme_takes_the_place_after_its_name() -> None:
    """``Tổ công tác triển khai Đề án 06 huyện Yên Thế``: the place named the body, and the scheme became a document of
    its own (``Đề án 06 huyện Yên Thế``), no longer Đề án 06 (06/QĐ-TTg)."""
    rows = refs("Kiện toàn Tổ công tác triển khai Đề án 06 huyện Yên Thế, gồm 15 thành viên.",
                "Ban Chỉ đạo Đề án 06 tỉnh Bắc Giang họp.")
    assert [(r["text"], r["resolves_to"]) for r in rows] == [("Đề án 06", "06/QĐ-TTg"), ("Đề án 06", "06/QĐ-TTg")]


def test_a_subject_ends_where_a_passive_main_clause_opens() -> None:
    """``… về sắp xếp … năm 2025, xã Phúc Sơn được thành lập trên cơ sở …``: the subject ran into the sentence's own
    clause (the routine opening of a merged commune's report)."""
    (row,) = refs("Thực hiện Nghị quyết số 1656/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp các "
                  "đơn vị hành chính cấp xã của thành phố Hà Nội năm 2025, xã Phúc Sơn được thành lập trên cơ sở nhập toàn "
                  "bộ xã Phúc Lâm, xã Mỹ Xuyên.")
    assert row["subject"] == "sắp xếp các đơn vị hành chính cấp xã của thành phố Hà Nội năm 2025"


def test_every_superior_line_over_the_issuer_is_dropped_from_the_own_number() -> None:
    """``BỘ TÀI CHÍNH`` / ``CỤC THỐNG KÊ`` / ``THỐNG KÊ TỈNH KHÁNH HÒA``: only the first superior was dropped, and the
    report's own number was ``CỤC THỐNG KÊ THỐNG KÊ TỈNH KHÁNH HÒA``'s."""
    doc = make_doc("BỘ TÀI CHÍNH", "CỤC THỐNG KÊ", "THỐNG KÊ TỈNH KHÁNH HÒA", "Số: 318/BC-TKKH", "BÁO CÁO",
                   "Tình hình kinh tế - xã hội tháng 10 năm 2025 như sau.")
    references.extract(doc)
    assert doc.rows("references")[0]["issuing_body"] == "THỐNG KÊ TỈNH KHÁNH HÒA"


def test_a_bodys_unit_name_may_hold_a_word_that_ends_bodies() -> None:
    """``Huyện ủy Quỳ Hợp``, ``Đảng ủy xã Hợp Thành``, ``Thành ủy Quy Nhơn``: ``hợp`` and ``quy`` end a body in flow
    (``phối hợp``, ``quy định``), but capitalised in a unit's name they are its syllables (the body was cut to
    ``Huyện ủy Quỳ``, and scoped to another unit)."""
    got = [(r["symbol"], r["issuing_body"]) for r in refs(
        "Thực hiện Kế hoạch số 11-KH/HU ngày 10/01/2024 của Ban Thường vụ Huyện ủy Quỳ Hợp về công tác thanh niên, "
        "Kế hoạch số 20-KH/ĐU của Ban Thường vụ Đảng ủy xã Hợp Thành về tháng thanh niên, Kế hoạch số 5-KH/TU của "
        "Thành ủy Quy Nhơn về việc này; Nghị quyết số 3-NQ/TU của Tỉnh ủy Về các văn bản.")]
    assert got == [("11-KH/HU", "Ban Thường vụ Huyện ủy Quỳ Hợp"), ("20-KH/ĐU", "Ban Thường vụ Đảng ủy xã Hợp Thành"),
                   ("5-KH/TU", "Thành ủy Quy Nhơn"), ("3-NQ/TU", "Tỉnh ủy")]


def test_a_subject_ends_at_a_law_listed_after_it() -> None:
    """``Chỉ thị số 59-CT/TW … về chăm sóc người cao tuổi, Luật Người cao tuổi năm 2009 và Quyết định số 1579/QĐ-TTg``:
    the law is the next document cited (the subject ran into it); a law listed after a law of the subject is part of
    the subject (``về sửa đổi Luật Đầu tư, Luật Xây dựng``)."""
    got = [(r["text"], r["subject"]) for r in refs(
        "Thực hiện Chỉ thị số 59-CT/TW ngày 27/9/1995 của Bộ Chính trị (khóa VII) về chăm sóc người cao tuổi, Luật Người "
        "cao tuổi năm 2009 và Quyết định số 1579/QĐ-TTg của Thủ tướng.",
        "Căn cứ Nghị quyết số 45/2024/QH15 về sửa đổi Luật Đầu tư, Luật Xây dựng và Luật Nhà ở.") if r["symbol"]]
    assert got == [("Chỉ thị số 59-CT/TW ngày 27/9/1995 của Bộ Chính trị (khóa VII)", "chăm sóc người cao tuổi"),
                   ("Quyết định số 1579/QĐ-TTg của Thủ tướng", None),
                   ("Nghị quyết số 45/2024/QH15", "sửa đổi Luật Đầu tư, Luật Xây dựng và Luật Nhà ở")]


def test_a_department_that_speaks_of_itself_is_its_reports_issuer_whole() -> None:
    """``Phòng Văn hóa và Thông tin huyện báo cáo …``: the report's own number was the body's without its head
    (``Văn hóa và Thông tin huyện``, a name's tail that opens an issuer's); an agency speaking is no issuer read so,
    and the header names it."""
    doc = make_doc("UBND HUYỆN TIÊN PHƯỚC\nPHÒNG VĂN HÓA VÀ THÔNG TIN", "Số: 215/BC-VHTT", "BÁO CÁO",
                   "Kết quả công tác văn hóa năm 2024",
                   "Thực hiện Kế hoạch số 64/KH-UBND của UBND huyện; Phòng Văn hóa và Thông tin huyện báo cáo như sau:")
    references.extract(doc)
    assert doc.rows("references")[0]["issuing_body"] == "PHÒNG VĂN HÓA VÀ THÔNG TIN"


def test_a_body_ends_at_its_units_name_before_a_verb_in_lower_case() -> None:
    """``… của Ban Chấp hành Đảng bộ tỉnh, Ủy ban nhân dân tỉnh Nam Định xây dựng Đề án``: the preamble's own body and
    verb (the cited notice's body ran on into ``xây dựng``, a word of ``Sở Xây dựng``); a body's own words stay."""
    got = [(r["symbol"], r["issuing_body"]) for r in refs(
        "Căn cứ Thông báo số 1518-TB/TU ngày 21/4/2025 của Ban Chấp hành Đảng bộ tỉnh, Ủy ban nhân dân tỉnh Nam Định xây "
        "dựng Đề án như sau.", "Theo Quyết định số 5/QĐ-UBND của Sở Xây dựng tỉnh Nam Định.")]
    assert got == [("1518-TB/TU", "Ban Chấp hành Đảng bộ tỉnh"), ("5/QĐ-UBND", "Sở Xây dựng tỉnh Nam Định")]


def test_the_own_numbers_body_speaking_by_its_level_takes_the_headers_unit() -> None:
    """``…, Ủy ban nhân dân huyện báo cáo kết quả như sau:`` under ``ỦY BAN NHÂN DÂN`` / ``HUYỆN HƯƠNG KHÊ``: the report's
    own number is the district's committee's (it was a district's, no name), and the body that speaks stays itself."""
    def own(*lines: str) -> str:
        doc = make_doc(*lines)
        references.extract(doc)
        return next(r["issuing_body"] for r in doc.rows("references") if r["is_self"])

    body = ("Hương Khê, ngày 24 tháng 12 năm 2024", "BÁO CÁO", "Tổng kết công tác năm 2024")
    assert own("ỦY BAN NHÂN DÂN\nHUYỆN HƯƠNG KHÊ\nSố: 412/BC-UBND", *body,
               "Thực hiện Công văn số 1876/BTĐKT-NV, Ủy ban nhân dân huyện báo cáo kết quả như sau:") == \
        "Ủy ban nhân dân huyện Hương Khê"
    assert own("LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH\nLIÊN ĐOÀN LAO ĐỘNG HUYỆN HƯƠNG SƠN\nSố: 58/BC-LĐLĐ", *body,
               "Ban Thường vụ Liên đoàn Lao động huyện báo cáo như sau:") == \
        "Ban Thường vụ Liên đoàn Lao động huyện Hương Sơn"
    # (a cited guide's subject, ``… của Ban Tổ chức Huyện ủy Vũ Thư về báo cáo công tác …``, is no body speaking: the
    # own number was the guide's board's)
    assert own("ĐẢNG BỘ HUYỆN VŨ THƯ\nĐẢNG ỦY XÃ SONG LÃNG\nSố 86-BC/ĐU", "Song Lãng, ngày 20 tháng 11 năm 2023", "BÁO CÁO",
               "Kết quả công tác năm 2023", "Thực hiện Hướng dẫn số 12-HD/BTCHU ngày 10/10/2023 của Ban Tổ chức Huyện ủy Vũ "
               "Thư về báo cáo công tác tổ chức năm 2023, Đảng ủy xã báo cáo như sau:") == "Đảng ủy xã Song Lãng"


def test_a_body_presenting_a_document_to_a_meeting_issued_it() -> None:
    """``Chủ tịch UBND xã trình bày Báo cáo số 215/BC-UBND``, as minutes write: the document is that body's (it had no
    body, and was scoped to the citing file)."""
    got = [(r["symbol"], r["issuing_body"]) for r in refs(
        "Ông Lê Văn Bình, Chủ tịch UBND xã trình bày Báo cáo số 215/BC-UBND ngày 15/12/2023 về tình hình năm 2023.",
        "UBND xã trình bày Tờ trình số 86/TTr-UBND về dự toán.")]
    assert got == [("215/BC-UBND", "Chủ tịch UBND xã"), ("86/TTr-UBND", "UBND xã")]


def test_a_subject_ends_before_a_verdict_on_carrying_it_out() -> None:
    """``việc thực hiện Chỉ thị … về đẩy mạnh giải ngân còn chưa quyết liệt``: the verdict is the sentence's (it ran on
    into the subject); ``vốn còn lại`` is the subject's own."""
    got = [r["subject"] for r in refs(
        "Việc thực hiện Chỉ thị số 18/CT-TTg của Thủ tướng Chính phủ về đẩy mạnh giải ngân còn chưa quyết liệt.",
        "Thực hiện Nghị quyết số 05-NQ/TU về giải ngân vốn đầu tư công còn chậm.",
        "Theo Kế hoạch số 12/KH-UBND về bố trí vốn còn lại năm 2024.")]
    assert got == ["đẩy mạnh giải ngân", "giải ngân vốn đầu tư công", "bố trí vốn còn lại năm 2024"]


def test_a_procuracys_recommendation_and_a_courts_judgment_are_documents() -> None:
    """``Kiến nghị số 02/KN-VKS``, ``Bản án số 12/2024/DS-ST``: documents of a procuracy's and a court's (no row came
    of them); ``05 kiến nghị`` stays a count."""
    got = [(r["symbol"], r["type"], r["issuing_body"]) for r in refs(
        "Ban hành Kiến nghị số 02/KN-VKS ngày 15/5/2024 về vi phạm; ban hành 05 kiến nghị; kháng nghị đối với Bản án số "
        "12/2024/DS-ST ngày 02/5/2024 của Tòa án nhân dân huyện Quế Sơn.")]
    assert got == [("02/KN-VKS", "Kiến nghị", None), ("12/2024/DS-ST", "Bản án", "Tòa án nhân dân huyện Quế Sơn")]


def test_a_committee_ends_at_its_units_name_before_a_word_in_lower_case() -> None:
    """``… của Huyện ủy Yên Thành tổng kết 10 năm …``: the committee ends at its unit's name (it took ``tổng``, a word of
    ``Tổng cục``); a committee's own words after a capital stay (``Đảng ủy Khối Cơ quan``)."""
    got = [(r["symbol"], r["issuing_body"]) for r in refs(
        "Báo cáo số 156-BC/HU ngày 05/11/2024 của Huyện ủy Yên Thành tổng kết 10 năm thực hiện Chỉ thị.",
        "Theo Nghị quyết số 05-NQ/ĐU của Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh ban hành.")]
    assert got == [("156-BC/HU", "Huyện ủy Yên Thành"), ("05-NQ/ĐU", "Đảng ủy Khối Cơ quan")]


def test_a_subject_ends_where_a_clause_opens_with_its_own_count() -> None:
    """``… về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, 100% cán bộ, giáo viên đăng ký
    …``: the sentence's own clause (the subject ran on into it); a year after a comma stays (``…, giai đoạn 2021-2025``)."""
    got = [r["subject"] for r in refs(
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo "
        "đức, phong cách Hồ Chí Minh, 100% cán bộ, giáo viên đăng ký và thực hiện kế hoạch tu dưỡng.",
        "Thực hiện Nghị quyết số 06-NQ/TU ngày 12/3/2021 của Tỉnh ủy về phát triển nông nghiệp, 2021-2025 và tầm nhìn.")]
    assert got == ["đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                   "phát triển nông nghiệp, 2021-2025 và tầm nhìn"]
