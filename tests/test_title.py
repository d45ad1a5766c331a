"""The title: the type line and its subject, the same from a .txt as from a .docx."""
from __future__ import annotations

import io

import docx
import pytest

from pipeline.load import load_bytes
from pipeline.models import Block
from pipeline.title import letter_subject

HEADER = ["SỞ Y TẾ TỈNH BÌNH ĐỊNH", "Số: 1023/BC-SYT", "Bình Định, ngày 05 tháng 01 năm 2024"]
BODY = ["1. Công tác phòng, chống dịch bệnh", "Năm 2023, toàn tỉnh ghi nhận 3.456 ca mắc sốt xuất huyết."]


def _docx(lines: list[str]) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _titles(lines: list[str]) -> tuple[str | None, str | None]:
    """The title read from the same lines as plain text and as a Word file."""
    text = load_bytes("\n".join(lines).encode(), "report.txt")
    word = load_bytes(_docx(lines), "report.docx")
    assert text.status == word.status == "ok", (text.error, word.error)
    return text.title, word.title


@pytest.mark.parametrize("title_lines, expected", [
    # the type and its subject on one line, under the header
    (["BÁO CÁO Kết quả công tác y tế năm 2023 và kế hoạch năm 2024"],
     "BÁO CÁO Kết quả công tác y tế năm 2023 và kế hoạch năm 2024"),
    # the subject on the next line, capitalised
    (["BÁO CÁO", "Tổng kết năm học 2023-2024"], "BÁO CÁO Tổng kết năm học 2023-2024"),
    # the subject in capitals, wrapped over two lines
    (["KẾ HOẠCH", "THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA", "THỦ TƯỚNG CHÍNH PHỦ VỀ DÂN SỐ"],
     "KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ DÂN SỐ"),
    # a subject in lower case, wrapped
    (["BÁO CÁO", "tình hình công tác Dân vận", "quý II năm 2022"], "BÁO CÁO tình hình công tác Dân vận quý II năm 2022"),
    # a type of two words, then the subject it acts on
    (["CHƯƠNG TRÌNH HÀNH ĐỘNG", "Thực hiện Nghị quyết số 29-NQ/TW"], "CHƯƠNG TRÌNH HÀNH ĐỘNG Thực hiện Nghị quyết số 29-NQ/TW"),
    # an addressee under the type is not its subject
    (["BÁO CÁO", "Kính gửi: Ban Thường vụ Tỉnh ủy"], "BÁO CÁO"),
    # a subject wrapped before a number (a period)
    (["BÁO CÁO", "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội", "6 tháng đầu năm 2024"],
     "BÁO CÁO Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2024"),
    # a type line with words of its own, then what it is about
    (["KẾT LUẬN THANH TRA", "Về việc quản lý, sử dụng đất đai", "tại Ủy ban nhân dân xã Long Hưng"],
     "KẾT LUẬN THANH TRA Về việc quản lý, sử dụng đất đai tại Ủy ban nhân dân xã Long Hưng"),
    # the stage word in lower case after the type opens the subject on the type's line
    (["BÁO CÁO Tổng kết năm học 2023-2024, phương hướng nhiệm vụ năm học 2024-2025"],
     "BÁO CÁO Tổng kết năm học 2023-2024, phương hướng nhiệm vụ năm học 2024-2025"),
    # a subject line ending on a word that cannot end it goes on into a capitalised line
    (["BÁO CÁO", "tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW, ngày 09/6/2014 của",
      "Ban Chấp hành Trung ương Đảng (khóa XI) về xây dựng và phát triển văn hóa,", "con người Việt Nam"],
     "BÁO CÁO tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW, ngày 09/6/2014 của Ban Chấp hành Trung ương Đảng "
     "(khóa XI) về xây dựng và phát triển văn hóa, con người Việt Nam"),
    # a report of a kind (``THẨM TRA``: a council's committee examining a submission) and what it examined
    (["BÁO CÁO THẨM TRA", "Tờ trình về dự toán thu ngân sách nhà nước năm 2024"],
     "BÁO CÁO THẨM TRA Tờ trình về dự toán thu ngân sách nhà nước năm 2024"),
    # a flash report's (``BÁO CÁO NHANH`` was the whole title, and the report had no period)
    (["BÁO CÁO NHANH", "Tình hình thiệt hại do mưa lũ từ ngày 18/9 đến ngày 20/9/2024"],
     "BÁO CÁO NHANH Tình hình thiệt hại do mưa lũ từ ngày 18/9 đến ngày 20/9/2024"),
    (["BÁO CÁO KIỂM ĐIỂM", "Tập thể Ban Thường vụ Đảng ủy năm 2024"], "BÁO CÁO KIỂM ĐIỂM Tập thể Ban Thường vụ Đảng ủy năm 2024"),
    # a subject wrapped before the name of what it is about, capitalised as a name (the year was on the lost line)
    (["BÁO CÁO", "Kết quả vận động Quỹ “Vì người nghèo” và thực hiện", "Chương trình xóa nhà tạm, nhà dột nát năm 2024"],
     "BÁO CÁO Kết quả vận động Quỹ “Vì người nghèo” và thực hiện Chương trình xóa nhà tạm, nhà dột nát năm 2024"),
    (["KẾ HOẠCH", "Tổ chức các hoạt động hưởng ứng", "Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” năm 2025"],
     "KẾ HOẠCH Tổ chức các hoạt động hưởng ứng Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” năm 2025"),
    # the body's first sentence opening with such a name is no part of the subject
    (["BÁO CÁO", "Sơ kết 6 tháng đầu năm 2024", "Kế hoạch số 12/KH-UBND ngày 05/01/2024 được triển khai đến 15 xã."],
     "BÁO CÁO Sơ kết 6 tháng đầu năm 2024"),
])
def test_type_line_and_subject(title_lines: list[str], expected: str) -> None:
    assert _titles(HEADER + title_lines + BODY) == (expected, expected)


def test_a_type_word_in_a_sentence_is_no_title() -> None:
    # "Báo cáo" opening an ordinary sentence, not in capitals: no type line; a .txt falls back to its first line
    lines = ["Báo cáo kết quả được gửi Ban Thường vụ trước ngày 15/12.", *BODY]
    text, word = _titles(lines)
    assert word is None
    assert text == lines[0]


def test_a_soft_line_break_in_a_subject_line_is_a_space() -> None:
    """A Word paragraph with a soft line break (``<w:br/>``) in the subject under the type line: the
    title held the line break."""
    from pipeline.models import Document
    from pipeline.title import find_title

    doc = Document("t", "t.docx", "docx", "0")
    for text in ("BÁO CÁO", "Tình hình thực hiện dự toán ngân sách\nnhà nước 9 tháng đầu năm 2024"):
        doc.add_block("paragraph", text)
    assert find_title(doc.blocks) == "BÁO CÁO Tình hình thực hiện dự toán ngân sách nhà nước 9 tháng đầu năm 2024"


def test_a_rule_under_a_title_in_its_own_paragraph_ends_it() -> None:
    """``NGHỊ QUYẾT`` / ``CHI BỘ THÁNG 10 NĂM 2024`` / ``-----`` in one Word paragraph (line breaks, the rule typed
    after one): the rule's dash read as a line going on, and the title took in the first paragraph of the body."""
    from pipeline.models import Document
    from pipeline.title import find_title

    doc = Document("t", "t.doc", "doc", "0")
    for kind, text in (("paragraph", "ĐẢNG BỘ XÃ TRUNG TIẾN"), ("heading", "NGHỊ QUYẾT\nCHI BỘ THÁNG 10 NĂM 2024\n-----"),
                       ("paragraph", "Hôm nay, vào lúc 19 giờ 30 phút, ngày 05/10/2024, chi bộ họp.")):
        doc.add_block(kind, text)
    assert find_title(doc.blocks) == "NGHỊ QUYẾT CHI BỘ THÁNG 10 NĂM 2024"


def _letter_docx() -> bytes:
    """A letter's header as Word prints it: a borderless table, the issuer wrapped and the subject under the number
    in the left cell, the motto and the place and date in the right."""
    document = docx.Document()
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.text = "UBND TỈNH QUẢNG BÌNH"
    for line in ("SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI", "Số: 1842/SLĐTBXH-BTXH", "V/v triển khai hỗ trợ Tết",
                 "Nguyên đán Ất Tỵ 2025"):
        left.add_paragraph(line)
    right.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    for line in ("Độc lập - Tự do - Hạnh phúc", "Quảng Bình, ngày 26 tháng 12 năm 2024"):
        right.add_paragraph(line)
    document.add_paragraph("Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.")
    document.add_paragraph("Sở Lao động - Thương binh và Xã hội đề nghị các địa phương triển khai hỗ trợ 7.850 suất quà.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_LETTER_TEXT = ("UBND TỈNH QUẢNG BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                "SỞ LAO ĐỘNG - THƯƠNG BINH\tĐộc lập - Tự do - Hạnh phúc\nVÀ XÃ HỘI\t\n"
                "Số: 1842/SLĐTBXH-BTXH\tQuảng Bình, ngày 26 tháng 12 năm 2024\n"
                "V/v triển khai hỗ trợ Tết Nguyên đán\t\nẤt Tỵ 2025\t\n\nKính gửi: Ủy ban nhân dân các huyện.\n\n"
                "Sở Lao động - Thương binh và Xã hội đề nghị các địa phương triển khai hỗ trợ 7.850 suất quà.\n")


@pytest.mark.parametrize("data, name", [(_letter_docx(), "cv.docx"), (_LETTER_TEXT.encode(), "cv.txt")])
def test_a_letter_is_filed_under_its_subject_line_and_its_wrapped_issuer(data: bytes, name: str) -> None:
    """A letter (``công văn``) prints no type line: its title was its first header line, ``UBND TỈNH QUẢNG BÌNH``;
    as text, the department's name wrapped over two lines was no body, so the issuer was that committee too."""
    import extractors

    doc = load_bytes(data, name)
    for component in extractors.components():
        component.extract(doc)
    assert doc.title == "V/v triển khai hỗ trợ Tết Nguyên đán Ất Tỵ 2025"
    assert doc.issuing_body == "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"


def test_a_letters_subject_names_no_period_it_covers() -> None:
    """``V/v triển khai hỗ trợ Tết Nguyên đán Ất Tỵ 2025`` gave the letter the year 2025 as its period, and every
    figure in it that period."""
    import extractors

    doc = load_bytes(_LETTER_TEXT.encode(), "cv.txt")
    for component in extractors.components():
        component.extract(doc)
    assert (doc.period_start, doc.period_end) == (None, None)


def test_a_letters_subject_wrapped_over_many_lines_of_its_cell_is_whole() -> None:
    """A long subject wraps over four lines of the header cell (``V/v hướng dẫn … ngân`` / ``sách … kế hoạch`` / …
    ``2026-2028 đối với ngân sách cấp xã``): the title lost its last lines."""
    cell = Block(0, "table_cell", "UBND TỈNH NINH BÌNH\nSỞ TÀI CHÍNH\nSố: 4215/STC-QLNS\nV/v hướng dẫn xây dựng dự toán ngân\n"
                                  "sách nhà nước năm 2026 và kế hoạch\ntài chính - ngân sách nhà nước 03 năm\n"
                                  "2026-2028 đối với ngân sách cấp xã")
    assert letter_subject([cell, Block(1, "paragraph", "Kính gửi: Ủy ban nhân dân các xã, phường.")]) == (
        "V/v hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2026 và kế hoạch tài chính - ngân sách nhà nước 03 năm "
        "2026-2028 đối với ngân sách cấp xã")
