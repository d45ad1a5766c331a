"""Dates extractor: every written form, the traps around it, and the report's own date.

Texts here are written for the tests (not taken from the seeds), so the forms
are exercised as a reader meets them anywhere in the field.
"""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import dates
from pipeline.models import Document

Row = tuple[str, str | None, str | None, str, str]  # kind, start, end, precision, text


def make_doc(*texts: str | tuple[str, str], title: str | None = None, published: str | None = None) -> Document:
    """A document of paragraphs; a (kind, text) pair is a block of that kind (a section's ``heading``)."""
    doc = Document(doc_id="t", path="t.txt", format="text", sha256="", title=title, published=published)
    for text in texts:
        doc.add_block(*(text if isinstance(text, tuple) else ("paragraph", text)))
    return doc


def rows(*texts: str | tuple[str, str], **attrs: str) -> list[Row]:
    doc = make_doc(*texts, **attrs)
    dates.extract(doc)
    for r in doc.rows("dates"):  # provenance holds for every row
        assert doc.blocks[r["block_id"]].text[r["char_start"]:r["char_end"]] == r["text"]
    return [(r["kind"], r["start"], r["end"], r["precision"], r["text"]) for r in doc.rows("dates")]


def one(text: str) -> Row:
    found = rows(text)
    assert len(found) == 1, found
    return found[0]


# -- day dates ----------------------------------------------------------------

@pytest.mark.parametrize("text, span, iso", [
    ("Hội nghị diễn ra ngày 18/5/2021 tại hội trường.", "18/5/2021", "2021-05-18"),
    ("Kế hoạch số 12-KH/ĐU, ngày 05-11-2019 của Đảng ủy.", "05-11-2019", "2019-11-05"),
    ("Văn bản ký ngày 7.3.2018, có hiệu lực ngay.", "7.3.2018", "2018-03-07"),
    ("Chậm nhất ngày 03/02/2026, các đơn vị gửi báo cáo.", "03/02/2026", "2026-02-03"),
    ("Quyết định được ký ngày 3 tháng 9 năm 2019 tại Hà Nội.", "ngày 3 tháng 9 năm 2019", "2019-09-03"),
    ("THỰC HIỆN CHỈ THỊ SỐ 05/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024", "NGÀY 15 THÁNG 8 NĂM 2024", "2024-08-15"),
    ("Thông tư ban hành ngày 25\ntháng 01 năm 2021 của Bộ.", "ngày 25\ntháng 01 năm 2021", "2021-01-25"),
    ("ký ngày 9 tháng 10/2023 tại xã", "ngày 9 tháng 10/2023", "2023-10-09"),
    ("ngày 29/2/2024 là ngày nhuận", "29/2/2024", "2024-02-29"),
])
def test_day_dates(text: str, span: str, iso: str) -> None:
    assert one(text) == ("day", iso, iso, "day", span)


def test_a_lunar_day_is_the_solar_day_of_its_year_in_the_cycle() -> None:
    """``(tức ngày 17 tháng Giêng năm Ất Tỵ)`` restates the solar day before it by the lunar calendar, its year named
    by stem and branch (Ất Tỵ: 2025, as the years around it say); it was no date. Its month opens on a new moon (the
    first, Giêng, on Tết, 29/01/2025), a leap month (``nhuận``) repeats the one before, and a day or leap month the
    year has not is none (Quý Mão repeated its second month; Chạp of Giáp Thìn had 29 days); the ``tháng 3`` of a
    lunar day is no solar month."""
    assert rows("Sáng ngày 14/02/2025 (tức ngày 17 tháng Giêng năm Ất Tỵ), huyện tổ chức giao quân.") == [
        ("day", "2025-02-14", "2025-02-14", "day", "14/02/2025"),
        ("day", "2025-02-14", "2025-02-14", "day", "ngày 17 tháng Giêng năm Ất Tỵ")]
    assert rows("Tư Nghĩa, ngày 08 tháng 10 năm 2024",
                "Lễ hội vào ngày mùng 10 tháng 3 năm Giáp Thìn và ngày 23 tháng Chạp năm Giáp Thìn.",
                "Ngày 01 tháng 2 nhuận năm Quý Mão; ngày 01 tháng 4 nhuận năm Quý Mão; ngày 30 tháng Chạp năm Giáp Thìn.") == [
        ("day", "2024-10-08", "2024-10-08", "day", "ngày 08 tháng 10 năm 2024"),
        ("day", "2024-04-18", "2024-04-18", "day", "ngày mùng 10 tháng 3 năm Giáp Thìn"),
        ("day", "2025-01-22", "2025-01-22", "day", "ngày 23 tháng Chạp năm Giáp Thìn"),
        ("day", "2023-03-22", "2023-03-22", "day", "Ngày 01 tháng 2 nhuận năm Quý Mão")]


@pytest.mark.parametrize("year, tet", [(1968, "1968-01-29"), (1985, "1985-01-21"), (2007, "2007-02-17"),
                                       (2020, "2020-01-25"), (2024, "2024-02-10"), (2025, "2025-01-29"), (2026, "2026-02-17")])
def test_tet_is_the_new_moon_of_vietnams_meridian(year: int, tet: str) -> None:
    """The lunar calendar is Vietnam's (UTC+7): Tết 1968, 1985 and 2007 fell a day or a month before China's."""
    from extractors.date_lunar import lunar_to_solar

    assert str(lunar_to_solar(year, 1, 1)) == tet


@pytest.mark.parametrize("text", ["ngày 31/2/2021", "ngày 29/2/2023", "ngày 0/5/2020", "ngày 12/13/2020",
                                  "ngày 32 tháng 1 năm 2020", "ngày 31 tháng 4 năm 2022"])
def test_impossible_calendar_days_are_not_dates(text: str) -> None:
    assert rows(text) == []


def test_web_datetimes_keep_the_day() -> None:
    assert one("Cập nhật: Thứ tư - 15/03/2023 14:25 | 312 lượt xem") == (
        "datetime", "2023-03-15", "2023-03-15", "day", "15/03/2023 14:25")
    assert one("08:30 | 02/9/2021 Tin tức") == ("datetime", "2021-09-02", "2021-09-02", "day", "08:30 | 02/9/2021")


@pytest.mark.parametrize("text, span, iso", [
    ("Vào lúc 14h30 ngày 10/10/2023 tại Hội trường.", "14h30 ngày 10/10/2023", "2023-10-10"),
    ("Thời gian: 14h ngày 5/6/2024", "14h ngày 5/6/2024", "2024-06-05"),
    ("lúc 8 giờ 30 phút, ngày 15 tháng 3 năm 2024", "8 giờ 30 phút, ngày 15 tháng 3 năm 2024", "2024-03-15"),
])
def test_a_meetings_time_and_day_is_a_datetime(text: str, span: str, iso: str) -> None:
    assert one(text) == ("datetime", iso, iso, "day", span)


def test_hours_without_a_day_are_no_date() -> None:
    assert rows("làm việc 8 giờ mỗi ngày") == []
    assert rows("trồng 5ha ngày 12/5/2023") == [("day", "2023-05-12", "2023-05-12", "day", "12/5/2023")]


def test_iso_dates_of_web_metadata() -> None:
    assert one("Ngày đăng: 2022-05-04T08:15") == ("datetime", "2022-05-04", "2022-05-04", "day", "2022-05-04T08:15")
    assert one("cập nhật 2021-12-31") == ("day", "2021-12-31", "2021-12-31", "day", "2021-12-31")
    assert rows("mã 2021-13-45") == []


# -- months, quarters, halves, years -----------------------------------------

@pytest.mark.parametrize("text, span, first, last", [
    ("Dự kiến tổ chức vào tháng 3/2017.", "tháng 3/2017", "2017-03-01", "2017-03-31"),
    ("trong tháng 7 năm 2022 các xã", "tháng 7 năm 2022", "2022-07-01", "2022-07-31"),
    ("Tháng 02/2024 hoàn thành", "Tháng 02/2024", "2024-02-01", "2024-02-29"),
    ("đến tháng 12-2019 đã xong", "tháng 12-2019", "2019-12-01", "2019-12-31"),
])
def test_months(text: str, span: str, first: str, last: str) -> None:
    assert one(text) == ("month", first, last, "month", span)


@pytest.mark.parametrize("text, span, first, last", [
    ("Báo cáo công tác Quý II năm 2022 của Huyện ủy", "Quý II năm 2022", "2022-04-01", "2022-06-30"),
    ("CHƯƠNG TRÌNH QUÝ IV NĂM 2021", "QUÝ IV NĂM 2021", "2021-10-01", "2021-12-31"),
    ("hoàn thành trong quý 2/2022", "quý 2/2022", "2022-04-01", "2022-06-30"),
    ("Thời gian: Quý I/2026.", "Quý I/2026", "2026-01-01", "2026-03-31"),
    ("triển khai quý 03 năm 2020", "quý 03 năm 2020", "2020-07-01", "2020-09-30"),
    ("dư nợ đến hết quý III.2022 tăng", "quý III.2022", "2022-07-01", "2022-09-30"),  # (news style: no date before)
])
def test_quarters_roman_or_arabic(text: str, span: str, first: str, last: str) -> None:
    assert one(text) == ("quarter", first, last, "quarter", span)


@pytest.mark.parametrize("text, span, first, last", [
    # the health sector's surveillance weeks are ISO weeks: week 40 of 2024 is the report's 30/9–6/10/2024
    ("Tình hình dịch bệnh tuần 40 năm 2024 như sau", "tuần 40 năm 2024", "2024-09-30", "2024-10-06"),
    ("số ca mắc trong tuần 12/2025 giảm", "tuần 12/2025", "2025-03-17", "2025-03-23"),
    ("Báo cáo tuần thứ 01 năm 2025", "tuần thứ 01 năm 2025", "2024-12-30", "2025-01-05"),  # (week 1 opens in December)
])
def test_numbered_weeks_of_a_year(text: str, span: str, first: str, last: str) -> None:
    """``tuần 40 năm 2024`` was the year 2024, and a weekly report's period with it."""
    assert one(text) == ("week", first, last, "week", span)


def test_a_week_is_not_a_weeks_count_nor_a_week_of_a_month() -> None:
    assert rows("tổ chức 2 tuần lễ, trong tuần 2 tháng 10/2024, tuần thứ 2 của đợt, tuần 53 năm 2025") == [
        ("month", "2024-10-01", "2024-10-31", "month", "tháng 10/2024")]  # (2025 has 52 ISO weeks)


def test_a_bare_week_takes_its_year_as_a_quarter_does() -> None:
    found = rows("BÁO CÁO Tình hình dịch bệnh tuần 40 năm 2024",
                 "Trong tuần 40, ghi nhận 25 ca; tuần 38 và tuần 39/2024 có 40 ca; từ tuần 1 đến tuần 40 có 1.234 ca.")
    assert found[1:] == [("week", "2024-09-30", "2024-10-06", "week", "tuần 40"),
                         ("week", "2024-09-16", "2024-09-22", "week", "tuần 38"),
                         ("week", "2024-09-23", "2024-09-29", "week", "tuần 39/2024"),
                         ("range", "2024-01-01", "2024-10-06", "week", "từ tuần 1 đến tuần 40")]
    # a running total since the year's start: to the week's or the quarter's last day; and without ``từ đầu năm``:
    # ``tính đến hết``, ``lũy kế đến`` say so (a day is when a stock was counted)
    assert rows("Cộng dồn từ đầu năm đến hết tuần 40 năm 2024 có 1.234 ca, từ đầu năm đến hết tuần 1 năm 2025 có 9 ca, "
                "từ đầu năm đến hết quý III năm 2024 có 1.000 ca.",
                "Tính đến hết tuần 40 năm 2024 có 87 ca; lũy kế đến hết tháng 9/2024 có 80 ca; tính đến ngày 30/9/2024 "
                "có 120 hộ nghèo.") == [
        ("range", "2024-01-01", "2024-10-06", "week", "từ đầu năm đến hết tuần 40 năm 2024"),
        ("range", "2025-01-01", "2025-01-05", "week", "từ đầu năm đến hết tuần 1 năm 2025"),
        ("range", "2024-01-01", "2024-09-30", "quarter", "từ đầu năm đến hết quý III năm 2024"),
        ("range", "2024-01-01", "2024-10-06", "week", "Tính đến hết tuần 40 năm 2024"),
        ("range", "2024-01-01", "2024-09-30", "month", "lũy kế đến hết tháng 9/2024"),
        ("day", "2024-09-30", "2024-09-30", "day", "30/9/2024")]
    # a bare quarter coordinated with a period of a year written after it takes that year (it had none, and no row)
    assert rows("Tình hình kinh tế - xã hội quý III và 9 tháng năm 2024.")[:1] == [
        ("quarter", "2024-07-01", "2024-09-30", "quarter", "quý III")]
    doc = make_doc("SỞ Y TẾ", "BÁO CÁO", "Tình hình dịch bệnh tuần 40 năm 2024", "Trong tuần, ghi nhận 25 ca.")
    dates.extract(doc)
    assert (doc.period_start, doc.period_end) == ("2024-09-30", "2024-10-06")
    # with no year written, the report's (``lũy kế từ đầu năm đến hết tháng 9`` was September alone)
    assert rows("Bắc Ninh, ngày 25 tháng 9 năm 2024", "BÁO CÁO", "Tình hình thương mại tháng 9 và 9 tháng năm 2024",
                "Xuất khẩu tháng 9 đạt 5,2 tỷ USD; lũy kế từ đầu năm đến hết tháng 9 đạt 45,6 tỷ USD.")[-2:] == [
        ("month", "2024-09-01", "2024-09-30", "month", "tháng 9"),
        ("range", "2024-01-01", "2024-09-30", "month", "từ đầu năm đến hết tháng 9")]


def test_days_with_no_year_and_times_of_day_from_one_to_the_other_are_a_range() -> None:
    """``Từ ngày 15/5 đến ngày 20/5`` and a storm report's ``Từ 14 giờ ngày 25/8 đến 6 giờ ngày 26/8`` were two
    days each, and ``Từ 19 giờ ngày 05/9/2025 đến 7 giờ ngày 06/9/2025`` two datetimes; a web page's two stamps
    with no ``từ`` stay two."""
    found = rows("BÁO CÁO nhanh tình hình mưa lũ năm 2025",
                 "Từ ngày 15/5 đến ngày 20/5, tổ chức 3 lớp. Từ 14 giờ ngày 25/8 đến 6 giờ ngày 26/8, mưa to.",
                 "Từ 19 giờ ngày 05/9/2025 đến 7 giờ ngày 06/9/2025, mưa lớn; năm 2024, từ ngày 3/1 đến ngày 8/1 có lũ.")
    assert found[1:] == [
        ("range", "2025-05-15", "2025-05-20", "day", "Từ ngày 15/5 đến ngày 20/5"),
        ("range", "2025-08-25", "2025-08-26", "day", "Từ 14 giờ ngày 25/8 đến 6 giờ ngày 26/8"),
        ("range", "2025-09-05", "2025-09-06", "day", "Từ 19 giờ ngày 05/9/2025 đến 7 giờ ngày 06/9/2025"),
        ("year", "2024-01-01", "2024-12-31", "year", "năm 2024"),
        ("range", "2024-01-03", "2024-01-08", "day", "từ ngày 3/1 đến ngày 8/1")]
    assert [r[0] for r in rows("Đăng lúc 09:00 09/11/2024 - 10:00 10/11/2024")] == ["datetime", "datetime"]


def test_a_span_of_days_and_months_is_a_range() -> None:
    """``dịp nghỉ lễ 30/4-01/5`` gave no date, and ``(từ ngày 08/02-14/02/2024)`` only its last day; a ratio's
    ``24/39-25/40`` is none."""
    found = rows("BÁO CÁO năm 2024", "Dịp nghỉ lễ 30/4-01/5, tai nạn giảm; Tết Nguyên đán (từ ngày 08/02-14/02/2024) "
                 "có 3 vụ; đợt cao điểm từ 15/11-31/12; tỷ lệ 24/39-25/40.")
    assert found[1:] == [("range", "2024-04-30", "2024-05-01", "day", "30/4-01/5"),
                         ("range", "2024-02-08", "2024-02-14", "day", "08/02-14/02/2024"),
                         ("range", "2024-11-15", "2024-12-31", "day", "15/11-31/12")]


def test_a_year_given_once_is_carried_across_the_phrase() -> None:
    found = rows("Ban Thường vụ đánh giá kết quả quý I và đề ra nhiệm vụ trọng tâm quý II năm 2023 như sau:")
    assert [(k, s, e) for k, s, e, _, _ in found] == [
        ("quarter", "2023-01-01", "2023-03-31"), ("quarter", "2023-04-01", "2023-06-30")]
    backward = rows("Trong quý III năm 2021, so với quý II, số vụ việc giảm.")
    assert [r[1] for r in backward] == ["2021-07-01", "2021-04-01"]


def test_a_year_is_not_carried_across_sentences_or_to_a_count() -> None:
    assert [r[4] for r in rows("Nhiệm vụ quý II. Tình hình năm 2023 ổn định.")] == ["năm 2023"]
    assert [r[4] for r in rows("Họp mỗi tháng 2 đợt; tháng 3/2022 họp bất thường.")] == ["tháng 3/2022"]
    assert [r[4] for r in rows("tháng 7 và tháng 8 năm 2022")] == ["tháng 7", "tháng 8 năm 2022"]


@pytest.mark.parametrize("text, span, first, last", [
    ("Sơ kết 6 tháng đầu năm 2022 tại xã", "6 tháng đầu năm 2022", "2022-01-01", "2022-06-30"),
    ("phương hướng 06 tháng cuối năm 2021.", "06 tháng cuối năm 2021", "2021-07-01", "2021-12-31"),
    ("trong nửa đầu năm 2020, dịch bệnh", "nửa đầu năm 2020", "2020-01-01", "2020-06-30"),
])
def test_half_years(text: str, span: str, first: str, last: str) -> None:
    assert one(text) == ("half", first, last, "half", span)


def test_half_year_without_its_year_takes_the_year_under_discussion() -> None:
    found = rows("KẾT QUẢ NĂM 2019", "Sản lượng 6 tháng cuối năm tăng 4,9%.")
    assert found[-1] == ("half", "2019-07-01", "2019-12-31", "half", "6 tháng cuối năm")
    this_year = rows("Huế, ngày 05 tháng 7 năm 2023", "So với 6 tháng đầu năm nay, kết quả tăng.")
    assert this_year[-1] == ("half", "2023-01-01", "2023-06-30", "half", "6 tháng đầu năm nay")


def test_a_comparisons_base_sets_no_year_under_discussion() -> None:
    """``tăng 6,3% so với cùng kỳ năm 2023`` and then ``9 tháng đầu năm``, in a report on 2024: the base is no
    time the report speaks of (the 9 months were 2023's, and the figure after them too)."""
    found = rows("Kết quả công tác giảm nghèo 9 tháng đầu năm 2024",
                 "Giải quyết việc làm cho 15.420 lao động, tăng 6,3% so với năm 2023.",
                 "Tổng kinh phí chi trả trợ cấp 9 tháng đầu năm là 126,4 tỷ đồng; 6 tháng cuối năm giảm 2% so cùng kỳ năm 2022, "
                 "6 tháng đầu năm tăng.")
    assert [(r[1], r[4]) for r in found if r[4].startswith(("9 tháng đầu năm", "6 tháng"))] == [
        ("2024-01-01", "9 tháng đầu năm 2024"), ("2024-01-01", "9 tháng đầu năm"), ("2024-07-01", "6 tháng cuối năm"),
        ("2024-01-01", "6 tháng đầu năm")]


def test_the_same_period_of_another_year_is_its_months_in_a_report_on_part_of_a_year() -> None:
    """``so với cùng kỳ năm 2023`` in a report on 9 months of 2024 is January to September 2023 (it was the year);
    in a year's report, the year."""
    part = rows("Kết quả công tác giảm nghèo 9 tháng đầu năm 2024", "Tăng 6,3% so với cùng kỳ năm 2023.", title="Báo cáo 9 tháng đầu năm 2024")
    assert part[-1] == ("range", "2023-01-01", "2023-09-30", "month", "cùng kỳ năm 2023")
    year = rows("Kết quả công tác năm 2024", "Tăng 6,3% so với cùng kỳ năm 2023.", title="Báo cáo năm 2024")
    assert year[-1] == ("year", "2023-01-01", "2023-12-31", "year", "năm 2023")


def test_a_month_without_its_year_is_of_the_year_under_discussion() -> None:
    """``Đợt mưa lớn cuối tháng 9`` in a report on 2024 had no date row; ``mỗi tháng 2 đợt`` (twice a month) and
    ``ngày 30 tháng 6 hàng năm`` (every year) are no month of it."""
    found = rows("Kết quả sản xuất nông nghiệp năm 2024",
                 "Đợt mưa lớn cuối tháng 9 gây thiệt hại; từ tháng 3 đến tháng 5 hạn hán.",
                 "Định kỳ mỗi tháng 2 đợt; đến ngày 30 tháng 6 hàng năm chưa phân bổ.")
    assert [(r[0], r[1], r[2], r[4]) for r in found[1:]] == [
        ("month", "2024-09-01", "2024-09-30", "tháng 9"), ("range", "2024-03-01", "2024-05-31", "từ tháng 3 đến tháng 5")]


def test_first_months_of_a_year_are_a_range() -> None:
    assert one("Kết quả 9 tháng đầu năm 2023 rất khả quan") == (
        "range", "2023-01-01", "2023-09-30", "month", "9 tháng đầu năm 2023")
    # reports leave "đầu" out: "tình hình kinh tế - xã hội 9 tháng năm 2023" is January to September
    assert one("Tình hình kinh tế - xã hội 9 tháng năm 2023 tiếp tục phục hồi") == (
        "range", "2023-01-01", "2023-09-30", "month", "9 tháng năm 2023")
    assert one("Báo cáo sơ kết 6 tháng năm 2024") == ("half", "2024-01-01", "2024-06-30", "half", "6 tháng năm 2024")
    assert rows("Trong 6 tháng, xã đã hỗ trợ 20 hộ.") == []  # a length of time: no year follows


@pytest.mark.parametrize("text, span, year", [
    ("Trong năm 2020, toàn tỉnh", "năm 2020", 2020),
    ("Năm 2019 là năm bản lề", "Năm 2019", 2019),
    ("tổng kết năm 2021và phương hướng", "năm 2021", 2021),
    ("Năm hiện hành 2025", "Năm hiện hành 2025", 2025),
    ("**Dự kiến năm** **2027**", "năm** **2027", 2027),
])
def test_years(text: str, span: str, year: int) -> None:
    assert one(text) == ("year", f"{year}-01-01", f"{year}-12-31", "year", span)


def test_a_year_inside_a_longer_expression_is_not_a_second_date() -> None:
    assert len(rows("Ngày 14 tháng 02 năm 2022, Tỉnh ủy ban hành")) == 1
    assert len(rows("từ tháng 3/2017 đến nay")) == 1


def test_a_number_alone_in_a_cell_is_a_year_only_in_the_heading_row() -> None:
    doc = make_doc()
    doc.add_block("table_cell", "2026", table_no=0, row=0, col=2)
    doc.add_block("table_cell", "2026", table_no=0, row=3, col=2)
    dates.extract(doc)
    assert [(r["block_id"], r["start"]) for r in doc.rows("dates")] == [(0, "2026-01-01")]


def test_a_lone_year_stands_only_where_nothing_makes_it_a_count() -> None:
    assert one("Phong trào “Năm An toàn giao thông – 2019” được phát động")[4] == "2019"
    assert rows("Toàn xã có 2020 hộ dân tham gia") == []
    assert rows("Tổng đài 1900 2020 hỗ trợ") == []
    assert rows("Giá trị sản xuất (giá so sánh 2010) ước đạt 6.820 tỷ đồng") == []  # the prices' base year
    assert rows("Giá trị sản xuất công nghiệp (giá SS 2010) ước đạt 95.420 tỷ đồng") == []  # (its abbreviation)


# -- ranges and open ranges -----------------------------------------------------

@pytest.mark.parametrize("text, span, first, last, precision", [
    ("Đề án giai đoạn 2016-2020 của tỉnh", "giai đoạn 2016-2020", "2016-01-01", "2020-12-31", "year"),
    ("Đại hội nhiệm kỳ 2015 – 2020 thành công", "nhiệm kỳ 2015 – 2020", "2015-01-01", "2020-12-31", "year"),
    ("bầu cử đại biểu HĐND các cấp 2021 - 2026.", "2021 - 2026", "2021-01-01", "2026-12-31", "year"),
    ("Kỷ niệm 70 năm (10/10/1954-10/10/2024) Ngày", "10/10/1954-10/10/2024", "1954-10-10", "2024-10-10", "day"),
    ("tổng kết năm học 2021-2022 của trường", "năm học 2021-2022", "2021-01-01", "2022-12-31", "year"),
    ("khai giảng năm học 2023/2024", "năm học 2023/2024", "2023-01-01", "2024-12-31", "year"),
    ("kế hoạch 05 năm 2021 - 2025 của", "05 năm 2021 - 2025", "2021-01-01", "2025-12-31", "year"),
    ("trong giai đoạn\n2021 - 2030", "giai đoạn\n2021 - 2030", "2021-01-01", "2030-12-31", "year"),
    ("Từ năm 2015 đến năm 2020, xã đã", "Từ năm 2015 đến năm 2020", "2015-01-01", "2020-12-31", "year"),
    ("từ tháng 5/2021 đến tháng 8/2021", "từ tháng 5/2021 đến tháng 8/2021", "2021-05-01", "2021-08-31", "month"),
    ("Từ tháng 12/2025 đến quý I/2026 tổ chức", "Từ tháng 12/2025 đến quý I/2026", "2025-12-01", "2026-03-31", "month"),
    ("từ ngày 01/6/2022 đến hết ngày 30/6/2022", "từ ngày 01/6/2022 đến hết ngày 30/6/2022", "2022-06-01", "2022-06-30", "day"),
    ("thu hoạch tháng 7-8/2022", "tháng 7-8/2022", "2022-07-01", "2022-08-31", "month"),
    # across a year's end, the second "tháng" left out
    ("đợt cao điểm tháng 12/2023 - 3/2024 đã", "tháng 12/2023 - 3/2024", "2023-12-01", "2024-03-31", "month"),
    ("mùa khô tháng 11/2023 đến 4/2024.", "tháng 11/2023 đến 4/2024", "2023-11-01", "2024-04-30", "month"),
    ("từ tháng 11 đến tháng 2 năm 2023", "từ tháng 11 đến tháng 2 năm 2023", "2022-11-01", "2023-02-28", "month"),
    ("Từ đầu năm 2023 đến cuối tháng 9/2023, giải ngân", "Từ đầu năm 2023 đến cuối tháng 9/2023", "2023-01-01",
     "2023-09-30", "month"),
])
def test_ranges(text: str, span: str, first: str, last: str, precision: str) -> None:
    assert one(text) == ("range", first, last, precision, span)


@pytest.mark.parametrize("text, span, first, last", [
    ("Thời gian: từ ngày 15/11 đến ngày 30/11/2025.", "từ ngày 15/11 đến ngày 30/11/2025", "2025-11-15", "2025-11-30"),
    ("tập huấn từ ngày 28 đến ngày 3/6/2022", "từ ngày 28 đến ngày 3/6/2022", "2022-05-28", "2022-06-03"),
    ("Hội thi diễn ra ngày 15-20/5/2022 tại", "15-20/5/2022", "2022-05-15", "2022-05-20"),
])
def test_days_that_take_month_and_year_from_the_range_end(text: str, span: str, first: str, last: str) -> None:
    assert one(text) == ("range", first, last, "day", span)


def test_coordinated_day_takes_month_and_year_from_the_next() -> None:
    assert rows("tổ chức ngày 15 và 16/5/2022") == [
        ("day", "2022-05-15", "2022-05-15", "day", "15"), ("day", "2022-05-16", "2022-05-16", "day", "16/5/2022")]


@pytest.mark.parametrize("text, expected", [
    ("Trong quý I, II năm 2022, toàn tỉnh", [("quarter", "2022-01-01", "2022-03-31", "quarter", "quý I"),
                                            ("quarter", "2022-04-01", "2022-06-30", "quarter", "II năm 2022")]),
    ("kết quả quý III, IV/2025 của", [("quarter", "2025-07-01", "2025-09-30", "quarter", "quý III"),
                                      ("quarter", "2025-10-01", "2025-12-31", "quarter", "IV/2025")]),
    ("trong tháng 3, 4 năm 2021 đã", [("month", "2021-03-01", "2021-03-31", "month", "tháng 3"),
                                       ("month", "2021-04-01", "2021-04-30", "month", "4 năm 2021")]),
    ("tháng 7, 8 và 9/2022", [("month", "2022-07-01", "2022-07-31", "month", "tháng 7"),
                              ("month", "2022-08-01", "2022-08-31", "month", "8"),
                              ("month", "2022-09-01", "2022-09-30", "month", "9/2022")]),
    ("họp ngày 15, 16 và 17/5/2022 tại", [("day", "2022-05-15", "2022-05-15", "day", "15"),
                                          ("day", "2022-05-16", "2022-05-16", "day", "16"),
                                          ("day", "2022-05-17", "2022-05-17", "day", "17/5/2022")]),
    ("các ngày 15, 16 tháng 5 năm 2022", [("day", "2022-05-15", "2022-05-15", "day", "15"),
                                          ("day", "2022-05-16", "2022-05-16", "day", "16 tháng 5 năm 2022")]),
])
def test_a_list_written_with_one_month_or_year_is_one_date_per_item(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("quý I, 2 đợt thi đua và 3 hội nghị", []),  # counts after a quarter: no year closes a list
    ("tháng 3, 4 lần kiểm tra", []),
    ("ngày 20, 15 hộ được hỗ trợ", []),
    ("quý I, V năm 2022", [("year", "2022-01-01", "2022-12-31", "year", "năm 2022")]),  # no fifth quarter
])
def test_a_list_needs_its_closing_year_and_real_numerals(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_a_day_without_a_year_is_not_a_date_alone() -> None:
    assert rows("Nghỉ lễ ngày 30/4 và 1/5; ngày 15/11 hằng năm; ngày 2 tháng 9; mỗi ngày 2 lần") == []


def test_a_reversed_or_empty_pair_is_two_mentions_not_a_range() -> None:
    assert "range" not in [r[0] for r in rows("năm 2022 - 2020")]
    assert [r[0] for r in rows("ngày 18/5/2021 - ngày 18/5/2021")] == ["day", "day"]


def test_open_ranges_end_at_the_report_date() -> None:
    found = rows("Cần Thơ, ngày 21 tháng 11 năm 2025", "Từ năm 2012 đến nay, Hội đã vận động",
                 "kể từ tháng 6/2019 cho đến nay, xã đã", "từ ngày 18/5/2021 đến nay")
    assert found[1:] == [
        ("open_range", "2012-01-01", "2025-11-21", "year", "Từ năm 2012 đến nay"),
        ("open_range", "2019-06-01", "2025-11-21", "month", "từ tháng 6/2019 cho đến nay"),
        ("open_range", "2021-05-18", "2025-11-21", "day", "từ ngày 18/5/2021 đến nay"),
    ]


def test_a_clause_that_opens_on_its_date_says_from_without_the_word() -> None:
    """``Năm 2020 đến nay, …``, ``Đầu năm 2024 đến nay, …``: "từ" left out where the clause starts."""
    found = rows("Cần Thơ, ngày 21 tháng 11 năm 2025", "Năm 2020 đến nay, Hội đã vận động 120 hộ.",
                 "Tiếp nhận 12 đơn, đầu năm 2024 đến nay giải quyết 10 đơn.")
    assert [r for r in found if r[0] == "open_range"] == [
        ("open_range", "2020-01-01", "2025-11-21", "year", "Năm 2020 đến nay"),
        ("open_range", "2024-01-01", "2025-11-21", "year", "đầu năm 2024 đến nay")]
    # mid-clause, a year before "đến nay" dates something else: no range
    assert [r[0] for r in rows("Kế hoạch ban hành năm 2020 đến nay vẫn còn hiệu lực.")] == ["year"]


def test_open_range_from_the_start_of_a_year() -> None:
    assert one("Từ đầu năm 2022 đến nay, xã đã") == ("open_range", "2022-01-01", None, "year", "Từ đầu năm 2022 đến nay")


def test_year_to_date_without_its_year_runs_from_the_report_years_start() -> None:
    """``Từ đầu năm đến nay`` (year to date): the report's year from its first day to the report's date."""
    found = rows("Cà Mau, ngày 30 tháng 6 năm 2024", "Từ đầu năm đến nay, toàn huyện thu 120 tỷ đồng.",
                 "từ đầu năm nay tới nay, xã đã")
    assert found[1:] == [("open_range", "2024-01-01", "2024-06-30", "year", "Từ đầu năm đến nay"),
                         ("open_range", "2024-01-01", "2024-06-30", "year", "từ đầu năm nay tới nay")]
    assert rows("Từ đầu năm đến nay, xã đã") == []  # no year known: no row rather than a guess


def test_term_to_date_runs_from_the_first_year_of_the_term_the_report_names() -> None:
    """``Từ đầu nhiệm kỳ đến nay``: the term the report's own year falls in, not an earlier one it names."""
    found = rows("Cà Mau, ngày 15 tháng 6 năm 2023", "Nhiệm kỳ 2015-2020 đạt nhiều kết quả; nhiệm kỳ 2020-2025 đặt mục tiêu cao hơn.",
                 "Từ đầu nhiệm kỳ đến nay, kết nạp 1.234 đảng viên.")
    assert found[-1] == ("open_range", "2020-01-01", "2023-06-15", "year", "Từ đầu nhiệm kỳ đến nay")
    # a report that names no term: no row rather than a guess
    assert rows("Cà Mau, ngày 15 tháng 6 năm 2023", "Từ đầu nhiệm kỳ đến nay, kết nạp 1.234 đảng viên.")[1:] == []
    # a term written out starts where it says, and is one mention
    assert rows("Cà Mau, ngày 15 tháng 6 năm 2023", "Từ đầu nhiệm kỳ 2019-2024 đến nay, giám sát 234 cuộc.")[1:] == [
        ("open_range", "2019-01-01", "2023-06-15", "year", "Từ đầu nhiệm kỳ 2019-2024 đến nay")]


def test_a_news_ledes_day_and_month_after_a_part_of_the_day_is_in_the_items_year() -> None:
    """``Sáng 15/3, tại …``: a news item names the day of its own year; without that year, no row."""
    published = "2024-03-16T08:00:00"
    assert rows("Sáng 15/3, tại hội trường UBND huyện diễn ra hội nghị.", published=published) == [
        ("day", "2024-03-15", "2024-03-15", "day", "15/3")]
    assert rows("Tối 2/9, bắn pháo hoa.", published=published) == [("day", "2024-09-02", "2024-09-02", "day", "2/9")]
    assert rows("Sáng 15/3, tại hội trường diễn ra hội nghị.") == []
    # not after a part of the day, a day and month alone stay unread; "sáng tạo 5/6" is no day
    assert rows("Ngày 30/4 là ngày lễ; sáng tạo 5/6 mô hình.", published=published) == []


def test_a_sentence_that_opens_on_its_day_and_month_is_in_the_reports_year() -> None:
    """``Ngày 30/4, Ban Chỉ đạo tổ chức …``: an event of the report's year, as is a rally ``ngày 2/9`` that no
    later date completes; an anniversary's holiday is a name."""
    found = rows("Cần Thơ, ngày 21 tháng 11 năm 2025", "Ngày 30/4, Ban Chỉ đạo tổ chức lễ mít tinh.",
                 "- Ngày 12/9, Hội tổ chức hội nghị.", "Kỷ niệm Ngày 30/4 và 1/5 được tổ chức trang trọng.",
                 "Tổ chức mít tinh ngày 2/9, thu hút 500 người.")
    assert found[1:] == [("day", "2025-04-30", "2025-04-30", "day", "30/4"), ("day", "2025-09-12", "2025-09-12", "day", "12/9"),
                         ("day", "2025-09-02", "2025-09-02", "day", "2/9")]


def test_a_day_and_month_after_a_day_word_or_a_holiday_is_of_the_year_under_discussion() -> None:
    """``ngày 20/4`` mid-sentence, ``Quốc khánh 2/9`` and a list ``các ngày lễ 30/4, 01/5`` in a report on 2025
    had no date row (and ``2/9``, ``01/5`` were ratios); a year named earlier in the sentence is theirs; a day
    that a later date completes takes its year; an anniversary names the holiday, and ``3/5 xã`` after a list
    of days is a ratio."""
    found = rows("Kết quả công tác quý III năm 2025",
                 "Nhân dịp Quốc khánh 2/9, tặng quà. Bảo đảm an ninh các ngày lễ 30/4, 01/5 và ngày 20/4 diễn ra lễ.",
                 "Năm 2023, ngày 12/3 tổ chức hội nghị. Từ ngày 15/5 đến ngày 20/5/2024 kiểm tra; ngày 3/2, 3/5 xã đạt.",
                 "Kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9.", title="Báo cáo kết quả công tác quý III năm 2025")
    assert [(r[1], r[4]) for r in found if r[0] in ("day", "range")] == [
        ("2025-09-02", "2/9"), ("2025-04-30", "30/4"), ("2025-05-01", "01/5"), ("2025-04-20", "20/4"),
        ("2023-03-12", "12/3"), ("2024-05-15", "Từ ngày 15/5 đến ngày 20/5/2024"), ("2023-02-03", "3/2")]


def test_a_day_and_month_after_an_occasion_is_of_the_year_under_discussion() -> None:
    """``Nhân dịp 20/10``, ``dịp 30/4 và 1/5`` had no date row: an occasion is named by its day as a
    holiday is; with ``kỷ niệm`` it is the holiday's name."""
    found = rows("Kết quả công tác năm 2026", "Nhân dịp 20/10, Hội tặng quà. Dịp 30/4 và 1/5, tổ chức 3 đoàn.",
                 "Nhân dịp kỷ niệm 20/10, Hội tọa đàm. Trao Huy hiệu Đảng đợt 03/02 và 19/5 cho 46 đảng viên.")
    assert [(r[1], r[4]) for r in found if r[0] == "day"] == [("2026-10-20", "20/10"), ("2026-04-30", "30/4"),
                                                            ("2026-05-01", "1/5"), ("2026-02-03", "03/02"),
                                                            ("2026-05-19", "19/5")]


def test_a_day_and_month_after_a_named_day_is_of_the_year_under_discussion() -> None:
    """``Ngày Chuyển đổi số quốc gia 10/10`` had no date row (and ``10/10`` was a ratio): a day named before its day
    and month is read as a holiday's (``Quốc khánh 2/9``); with ``kỷ niệm`` it is the day's name. No name in capitals
    (``ngày càng tăng 10/12``) or a noun counted after the number (``12/12 xã``) is no day."""
    found = rows("Kết quả công tác năm 2025", "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia 10/10.",
                 "Nhân dịp ngày Pháp luật Việt Nam 9/11 và Ngày Thương binh - Liệt sĩ 27/7, tổ chức 3 đoàn.",
                 "Ngày hội có 12/12 xã tham gia; số xã đạt chuẩn ngày càng tăng 10/12.",
                 "Kỷ niệm Ngày Quốc tế Phụ nữ 8/3.")
    assert [(r[1], r[4]) for r in found if r[0] == "day"] == [("2025-10-10", "10/10"), ("2025-11-09", "9/11"),
                                                            ("2025-07-27", "27/7")]


def test_open_range_without_a_report_date_has_no_end() -> None:
    assert one("Từ năm 2012 đến nay, Hội đã vận động") == ("open_range", "2012-01-01", None, "year", "Từ năm 2012 đến nay")


def test_bare_end_of_phrase_is_not_an_open_range() -> None:
    assert rows("Đến nay, toàn xã đã hoàn thành.") == []


# -- never a date -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "tỷ lệ đạt 89,12%, tăng 20,21% so với cùng kỳ",
    "đạt 2021% kế hoạch",
    "có 24/39 chi bộ đạt trong sạch vững mạnh; 15/15 xã, 12/12 phường",
    "tổng kinh phí 1.909.927.135 đồng, trong đó 2.020.000 đồng hỗ trợ",
    "chi 2021 triệu đồng",
    "Quyết định số 2021/QĐ-UBND và Kế hoạch số 2020-KH/TU",
    "Luật số 10/2022/QH15 và Thông tư 05/2021/TT-BYT",
    "Điện thoại: 0277.3861.234 – 0918.202.123",
    "2.1. Công tác tuyên truyền; 1.2.3. Kết quả; 3.2.1. Tồn tại",
    "phòng chống dịch Covid-19",
    "họp lúc 14:30 tại hội trường",
    "hàng tuần, mỗi tháng 2 đợt, hằng năm",
    "Quý khách và quý vị đại biểu",
    "Phường 1, Phường 2 và 5 năm thực hiện",
])
def test_not_dates(text: str) -> None:
    assert rows(text) == []


def test_document_number_keeps_only_its_issue_date() -> None:
    found = rows("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ")
    assert found == [("day", "2020-03-05", "2020-03-05", "day", "05/3/2020")]


# -- the report's own date and period --------------------------------------------

def test_place_date_line_sets_the_issued_date() -> None:
    doc = make_doc("UBND XÃ AN BÌNH", "Số: 12/BC-UBND", "An Bình, ngày 09 tháng 12 năm 2021",
                   "Thực hiện Kế hoạch số 5/KH-UBND ngày 02/3/2021", title="BÁO CÁO Kết quả năm 2021")
    dates.extract(doc)
    assert doc.issued_date == "2021-12-09"
    assert (doc.period_start, doc.period_end) == ("2021-01-01", "2021-12-31")


@pytest.mark.parametrize("line", [
    "Hà Nội, ngày 18/5/2021",
    "Số: 12/BC-UBND      TP. Hồ Chí Minh, ngày 18 tháng 5 năm 2021",
    "*Đà Nẵng, ngày 18\ntháng 5 năm 2021 *",
    "Thị trấn Phú Mỹ, ngày 18 tháng 05 năm 2021",
    # a scan's header star read by OCR as ``+`` or ``x`` (the report had no date)
    "+ Vạn Ninh, ngày 18 tháng 5 năm 2021", "x Vạn Ninh, ngày 18 tháng 5 năm 2021",
])
def test_place_date_line_variants(line: str) -> None:
    doc = make_doc("ỦY BAN NHÂN DÂN", line, "Thực hiện Kế hoạch số 5/KH-UBND ngày 02/3/2021")
    dates.extract(doc)
    assert doc.issued_date == "2021-05-18"


def test_a_dated_sentence_is_not_a_place_date_line() -> None:
    doc = make_doc("Căn cứ Luật Đất đai, ngày 29 tháng 11 năm 2013;", "Xã báo cáo như sau.")
    dates.extract(doc)
    assert doc.issued_date is None


def test_blank_day_on_a_draft_keeps_only_the_month() -> None:
    doc = make_doc("Huyện ủy Châu Thành", "Châu Thành, ngày      tháng 3 năm 2023", title="BÁO CÁO tình hình quý I năm 2023")
    dates.extract(doc)
    assert doc.issued_date is None
    assert doc.meta["issued_month"] == "2023-03"
    assert (doc.period_start, doc.period_end) == ("2023-01-01", "2023-03-31")
    assert doc.rows("dates")[0]["kind"] == "month"


@pytest.mark.parametrize("title, period", [
    ("BÁO CÁO Tình hình sản xuất nông nghiệp tháng 9 và 9 tháng năm 2026", ("2026-01-01", "2026-09-30")),
    ("BÁO CÁO kết quả công tác quý III và 9 tháng năm 2026", ("2026-01-01", "2026-09-30")),
    ("BÁO CÁO kết quả năm 2025 và phương hướng nhiệm vụ năm 2026", ("2025-01-01", "2025-12-31")),
    ("BÁO CÁO 6 tháng đầu năm và phương hướng 6 tháng cuối năm 2026", ("2026-01-01", "2026-06-30")),
])
def test_a_title_naming_a_period_and_the_months_to_its_end_covers_the_months(title: str, period: tuple[str, str]) -> None:
    """``tháng 9 và 9 tháng năm 2026``: the report covers the nine months (it was read as September's, and so
    was every figure and ``cùng kỳ``); a title's two periods one after the other still give the first."""
    doc = make_doc("Sở Nông nghiệp và Môi trường", "Quảng Trị, ngày 22 tháng 9 năm 2026",
                   "Sản lượng 9 tháng ước đạt 617,2 nghìn tấn, tăng 3,85% so với cùng kỳ năm 2025.", title=title)
    dates.extract(doc)
    assert (doc.period_start, doc.period_end) == period


def test_blank_day_and_month_keep_the_year() -> None:
    doc = make_doc("Hà Nội, ngày … tháng … năm 2024", "so với 6 tháng đầu năm nay")
    dates.extract(doc)
    assert doc.issued_date is None and doc.meta["issued_year"] == 2024
    assert [r["start"] for r in doc.rows("dates")] == ["2024-01-01", "2024-01-01"]


def test_news_item_takes_its_lede_date() -> None:
    doc = make_doc("Hội Nông dân xã tổng kết giai đoạn 2016-2020",
                   "Sáng ngày 12/4/2021, Hội Nông dân xã tổ chức hội nghị tổng kết.")
    dates.extract(doc)
    assert doc.issued_date == "2021-04-12"
    assert (doc.period_start, doc.period_end) == ("2016-01-01", "2020-12-31")


def test_a_reference_date_is_not_the_report_date() -> None:
    doc = make_doc("Thực hiện Kế hoạch số 12-KH/TU ngày 18/5/2021 của Ban Thường vụ Tỉnh ủy, xã báo cáo như sau:")
    dates.extract(doc)
    assert doc.issued_date is None


def test_web_page_publication_time_is_the_issued_date() -> None:
    doc = make_doc("Tin hoạt động", "Ngày 03/5/2022 xã tổ chức ra quân", published="2022-05-04T08:15")
    dates.extract(doc)
    assert doc.issued_date == "2022-05-04"


def test_footnote_dates_are_located_in_their_footnote() -> None:
    doc = make_doc("Thân bài năm 2022")
    doc.add_block("footnote", "Kế hoạch số 53-KH/TU ngày 11/3/2022", footnote_no=1)
    dates.extract(doc)
    assert [r["where"] for r in doc.rows("dates")] == ["body", "fn:1"]


# -- properties ------------------------------------------------------------------

_YEARS = st.integers(1800, 2199)  # numbers that look like years are the risky ones


def _vn_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@settings(max_examples=300, deadline=None)
@given(whole=st.one_of(st.integers(0, 10**7), _YEARS), frac=st.integers(0, 999), spaced=st.booleans())
def test_no_date_from_a_percentage(whole: int, frac: int, spaced: bool) -> None:
    percent = f"{_vn_number(whole)},{frac}" + (" %" if spaced else "%")
    assert rows(f"tỷ lệ hộ nghèo đạt {percent} so với cùng kỳ") == []
    assert rows(f"đạt {whole}{' %' if spaced else '%'} kế hoạch") == []


@settings(max_examples=300, deadline=None)
@given(a=st.one_of(st.integers(0, 10**6), _YEARS), b=st.one_of(st.integers(1, 10**6), _YEARS), dotted=st.booleans(),
       noun=st.sampled_from(["hộ", "xã", "chi bộ", ""]))
def test_no_date_from_a_ratio(a: int, b: int, dotted: bool, noun: str) -> None:
    fmt = _vn_number if dotted else str
    assert rows(f"có {fmt(a)}/{fmt(b)} {noun} đạt chuẩn") == []


@settings(max_examples=300, deadline=None)
@given(day=st.dates(min_value=date(1800, 1, 1), max_value=date(2199, 12, 31)),
       form=st.sampled_from(["{d}/{m}/{y}", "{dd}/{mm}/{y}", "{d}-{m}-{y}", "{dd}.{mm}.{y}",
                             "ngày {d} tháng {m} năm {y}", "ngày {dd} tháng {mm} năm {y}"]))
def test_every_written_day_reads_back_as_itself(day: date, form: str) -> None:
    written = form.format(d=day.day, m=day.month, dd=f"{day.day:02d}", mm=f"{day.month:02d}", y=day.year)
    iso = day.isoformat()
    assert rows(f"Văn bản ban hành {written} của Ủy ban.") == [("day", iso, iso, "day", written)]


def test_a_range_from_a_day_without_ngay() -> None:
    """``(từ 15/4 đến 15/5/2024)``: the first day takes the month's year from the second (it was
    no date, and a ratio 15/4 among the figures); ``từ 3/5 xã`` completed by nothing stays no date."""
    assert one("Chiến dịch diệt lăng quăng (từ 15/4 đến 15/5/2024) được triển khai.") == (
        "range", "2024-04-15", "2024-05-15", "day", "từ 15/4 đến 15/5/2024")
    assert rows("Số xã đạt chuẩn tăng từ 3/5 xã lên 5/5 xã.") == []
    doc = make_doc("Chiến dịch diệt lăng quăng (từ 15/4 đến 15/5/2024), vào dịp 2/9 hằng năm.")
    from extractors import figures

    dates.extract(doc)
    figures.extract(doc)
    assert doc.rows("figures") == []


def test_a_bare_quarter_takes_the_year_under_discussion() -> None:
    """``Trong Quý I, …`` in a report on Quý I năm 2024 is 2024's first quarter, as ``6 tháng đầu
    năm`` takes the year under discussion (it was no date)."""
    found = rows("BÁO CÁO Kết quả công tác y tế Quý I năm 2024", "Trong Quý I, Thanh tra Sở đã tiến hành 03 cuộc.")
    assert found[-1] == ("quarter", "2024-01-01", "2024-03-31", "quarter", "Quý I")
    # a quarter of the sentence still comes first
    assert rows("Năm 2023 tăng; Quý II và Quý III năm 2022 giảm.")[1][1] == "2022-04-01"


def test_a_list_of_years_goes_on_past_a_lower_case_word() -> None:
    """``trong hai năm 2020, 2021 ảnh hưởng``: the second year was dropped for the word after it;
    a counted noun after it still makes it a count (``Năm 2020, 2021 hộ được hỗ trợ``)."""
    assert [r[4] for r in rows("Đại dịch trong hai năm 2020, 2021 ảnh hưởng lớn.")] == ["năm 2020", "2021"]
    assert [r[4] for r in rows("Năm 2020, 2021 hộ được hỗ trợ.")] == ["Năm 2020"]


def test_a_review_of_n_years_covers_them_up_to_the_report() -> None:
    """``Báo cáo tổng kết 10 năm thực hiện Chỉ thị số 28-CT/TW ngày 21/9/2013``, dated 15/8/2023: the
    ten years since the directive (no period before); without the directive's date, from the start of
    the year ten years back; a title naming its period keeps it."""
    doc = make_doc("HUYỆN ỦY THẠCH HÀ", "Thạch Hà, ngày 15 tháng 8 năm 2023",
                   title="BÁO CÁO tổng kết 10 năm thực hiện Chỉ thị số 28-CT/TW ngày 21/9/2013 của Ban Bí thư")
    dates.extract(doc)
    assert (doc.period_start, doc.period_end) == ("2013-09-21", "2023-08-15")
    doc = make_doc("TỈNH ỦY NGHỆ AN", "Vinh, ngày 02 tháng 3 năm 2024", title="BÁO CÁO sơ kết 5 năm thực hiện Nghị quyết 39")
    dates.extract(doc)
    assert (doc.period_start, doc.period_end) == ("2019-01-01", "2024-03-02")
    doc = make_doc("TỈNH ỦY NGHỆ AN", "Vinh, ngày 02 tháng 3 năm 2024",
                   title="BÁO CÁO sơ kết 5 năm thực hiện Nghị quyết 39 giai đoạn 2019-2023")
    dates.extract(doc)
    assert (doc.period_start, doc.period_end) == ("2019-01-01", "2023-12-31")
    # but one that ends after the report is the reviewed resolution's, named in its subject (and a title opening on
    # ``Kết quả`` reviews as ``sơ kết`` does)
    doc = make_doc("UBND HUYỆN HƯƠNG SƠN", "Hương Sơn, ngày 28 tháng 10 năm 2024",
                   title="BÁO CÁO Kết quả 3 năm thực hiện Nghị quyết số 04-NQ/TU ngày 10/8/2021 của Ban Thường vụ Tỉnh ủy "
                         "về phát triển kinh tế tập thể giai đoạn 2021 - 2025, tầm nhìn đến năm 2030")
    dates.extract(doc)
    assert (doc.period_start, doc.period_end) == ("2021-08-10", "2024-10-28")
    # one ending in the year of the review is the review's own (it was the directive's ten years to the report's day)
    doc = make_doc("HUYỆN ỦY VẠN NINH", "Vạn Ninh, ngày 28 tháng 5 năm 2024",
                   title="BÁO CÁO tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW ngày 09/6/2014 của Ban Chấp hành Trung "
                         "ương Đảng khóa XI, giai đoạn 2014-2024")
    dates.extract(doc)
    assert (doc.period_start, doc.period_end) == ("2014-01-01", "2024-12-31")


def test_the_day_a_resolution_takes_effect() -> None:
    """``Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026`` was one more dates row: the document's
    own effective date is its column; the in-force date of the resolution it replaces is not it, and
    ``kể từ ngày ký`` is the issue date. A report states none."""
    doc = make_doc("HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ", "Quảng Trị, ngày 10 tháng 12 năm 2025",
                   "Điều 3. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026 và thay thế Nghị quyết số 12/NQ-HĐND "
                   "có hiệu lực từ ngày 01/01/2020.")
    dates.extract(doc)
    assert (doc.issued_date, doc.effective_date) == ("2025-12-10", "2026-01-01")
    signed = make_doc("ỦY BAN NHÂN DÂN TỈNH GIA LAI", "Gia Lai, ngày 15 tháng 10 năm 2025",
                      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", *[f"Mục {i}: nội dung kế hoạch kèm theo." for i in range(20)])
    dates.extract(signed)
    assert signed.effective_date == "2025-10-15"
    report = make_doc("ỦY BAN NHÂN DÂN XÃ AN BÌNH", "An Bình, ngày 09 tháng 12 năm 2021", "Xã báo cáo như sau.")
    dates.extract(report)
    assert report.effective_date is None
    # nor is the day a decree the report names took effect (it was the report's)
    cited = make_doc("CÔNG AN HUYỆN ĐỨC THỌ", "Đức Thọ, ngày 18 tháng 6 năm 2025",
                     "Triển khai Nghị định số 168/2024/NĐ-CP ngày 26/12/2024 của Chính phủ có hiệu lực từ ngày 01/01/2025; "
                     "tổ chức 412 ca tuần tra.")
    dates.extract(cited)
    assert cited.effective_date is None
    # nor that of a law named by its title, its day in brackets after it
    named = make_doc("ỦY BAN NHÂN DÂN HUYỆN TỨ KỲ", "Tứ Kỳ, ngày 16 tháng 12 năm 2024",
                     "Thực hiện Luật Thi đua, khen thưởng năm 2022 (có hiệu lực từ ngày 01/01/2024), huyện đã triển khai.")
    dates.extract(named)
    assert named.effective_date is None
    # nor outside brackets (``Luật Bảo hiểm xã hội năm 2024 có hiệu lực từ ngày 01/7/2025 được phổ biến …`` was the report's)
    named = make_doc("BẢO HIỂM XÃ HỘI HUYỆN HƯƠNG KHÊ", "Hương Khê, ngày 20 tháng 12 năm 2024",
                     "Luật Bảo hiểm xã hội năm 2024 có hiệu lực từ ngày 01/7/2025 được phổ biến đến 100% cán bộ.")
    dates.extract(named)
    assert named.effective_date is None
    unnamed = make_doc("Điều 3. Quyết định có hiệu lực thi hành kể từ ngày 15/3/2025 và thay thế Quyết định số 12/2020/QĐ-UBND.")
    dates.extract(unnamed)
    assert unnamed.effective_date == "2025-03-15"
    # a council's resolution: in force from the day it was adopted, written in the same sentence (``… thông qua ngày
    # 20 tháng 12 năm 2024 và có hiệu lực kể từ ngày thông qua``), or signed (``… và có hiệu lực kể từ ngày ký``)
    for ending, day in (("thông qua", "2024-12-20"), ("ký", "2024-12-21")):
        adopted = make_doc("HỘI ĐỒNG NHÂN DÂN XÃ VĨNH THẠNH TRUNG", "Vĩnh Thạnh Trung, ngày 21 tháng 12 năm 2024",
                           "Nghị quyết này đã được Hội đồng nhân dân xã Vĩnh Thạnh Trung khóa XII, kỳ họp thứ 12 thông qua "
                           f"ngày 20 tháng 12 năm 2024 và có hiệu lực kể từ ngày {ending}./.")
        dates.extract(adopted)
        assert adopted.effective_date == day


def test_a_bare_count_of_the_reports_months_is_its_period() -> None:
    """In a report on the first 9 months of 2024, ``Tổng số lượt khám bệnh 9 tháng là …`` and ``trong 9 tháng,
    …`` speak of those months (they had no date, so their figures had no period); ``9 tháng tù`` is a
    sentence's length, and ``6 tháng`` another span."""
    from extractors import dates

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    for text in ("BÁO CÁO", "Kết quả thực hiện nhiệm vụ y tế 9 tháng đầu năm 2024",
                 "Tổng số lượt khám bệnh 9 tháng là 2.856.412 lượt; trong 9 tháng, toàn tỉnh có 12 ca tử vong.",
                 "Bị cáo bị phạt 9 tháng tù; 6 tháng là 1.200 ca."):
        doc.add_block("paragraph", text)
    dates.extract(doc)
    assert [(r["block_id"], r["text"], r["start"], r["end"]) for r in doc.rows("dates")] == [
        (1, "9 tháng đầu năm 2024", "2024-01-01", "2024-09-30"),
        (2, "9 tháng", "2024-01-01", "2024-09-30"), (2, "9 tháng", "2024-01-01", "2024-09-30")]
    # in a report on their last quarter, the year so far (``trong 9 tháng ước đạt …`` was a length of time); the
    # quarter's own three months stay a length
    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    for text in ("BÁO CÁO", "Tiến độ thực hiện Quý III năm 2024",
                 "Nhân dân đóng góp trong 9 tháng ước đạt 2.345 tỷ đồng; trong 3 tháng có 12 xã đạt chuẩn."):
        doc.add_block("paragraph", text)
    dates.extract(doc)
    assert [(r["text"], r["start"], r["end"]) for r in doc.rows("dates")] == [
        ("Quý III năm 2024", "2024-07-01", "2024-09-30"), ("9 tháng", "2024-01-01", "2024-09-30")]


def test_the_days_a_reports_figures_cover_are_its_period() -> None:
    """``(Số liệu tính từ ngày 15/12/2022 đến ngày 14/12/2023)`` under a title ``… năm 2023``: a police year
    runs from mid-December; the report's period was the calendar year."""
    from extractors import dates

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    for text in ("BÁO CÁO", "Kết quả công tác bảo đảm an ninh, trật tự năm 2023",
                 "(Số liệu tính từ ngày 15/12/2022 đến ngày 14/12/2023)", "Năm 2023, trên địa bàn huyện xảy ra 45 vụ."):
        doc.add_block("paragraph", text)
    doc.title = "BÁO CÁO Kết quả công tác bảo đảm an ninh, trật tự năm 2023"
    dates.extract(doc)
    assert (doc.period_start, doc.period_end) == ("2022-12-15", "2023-12-14")


def test_the_days_in_brackets_under_a_weekly_reports_title_are_its_period() -> None:
    """``(từ ngày 30/9/2024 đến ngày 06/10/2024)`` under ``… tuần 40 năm 2024``, with no ``Số liệu``: the period was
    the whole year, and ``cùng kỳ năm 2023`` with it."""
    from extractors import dates

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    for text in ("BÁO CÁO", "Tình hình bệnh truyền nhiễm tuần 40 năm 2024", "(từ ngày 30/9/2024 đến ngày 06/10/2024)",
                 "Trong tuần, toàn tỉnh ghi nhận 186 ca mắc sốt xuất huyết, giảm 12% so với cùng kỳ năm 2023."):
        doc.add_block("paragraph", text)
    doc.title = "BÁO CÁO Tình hình bệnh truyền nhiễm tuần 40 năm 2024"
    dates.extract(doc)
    assert (doc.period_start, doc.period_end) == ("2024-09-30", "2024-10-06")
    assert [(r["start"], r["end"]) for r in doc.rows("dates") if r["text"] == "cùng kỳ năm 2023"] == [
        ("2023-09-30", "2023-10-06")]


@pytest.mark.parametrize("text, span, kind, first, last", [
    ("Thực hiện 6 tháng 2025", "6 tháng 2025", "half", "2025-01-01", "2025-06-30"),
    ("Ước thực hiện 9 tháng 2024", "9 tháng 2024", "range", "2024-01-01", "2024-09-30"),
    ("Kế hoạch 12 tháng 2025", "12 tháng 2025", "year", "2025-01-01", "2025-12-31"),
])
def test_months_of_a_year_written_without_nam(text: str, span: str, kind: str, first: str, last: str) -> None:
    """A table's header ``Thực hiện 6 tháng 2025`` was the year 2025: its half-year actuals were dated to the year."""
    assert one(text)[:3] + (one(text)[4],) == (kind, first, last, span)


def test_a_statistics_window_stands_for_the_months_it_ends_with() -> None:
    """A police report on the first half of 2025 counts from 15/12/2024 to 14/6/2025 (``Số liệu tính từ …``):
    its period is that window, but ``Trong 6 tháng`` is its half-year and ``cùng kỳ năm 2024`` the first half
    of 2024 (the first was no date and the second the whole year, as for a span of no calendar months)."""
    found = rows("Sơ kết công tác bảo đảm an ninh, trật tự 6 tháng đầu năm 2025",
                 "(Số liệu tính từ ngày 15/12/2024 đến ngày 14/6/2025)",
                 "Trong 6 tháng, trên địa bàn huyện xảy ra 37 vụ, so với cùng kỳ năm 2024 giảm 05 vụ.",
                 title="Báo cáo sơ kết 6 tháng đầu năm 2025")
    assert ("half", "2025-01-01", "2025-06-30", "half", "6 tháng") in found
    assert ("range", "2024-01-01", "2024-06-30", "month", "cùng kỳ năm 2024") in found


def test_a_crop_seasons_year_is_read_whatever_follows() -> None:
    """``Vụ Hè Thu 2024 gieo cấy 58.300 ha``: a bare year before a lower-case word was taken for a count (``2024 gieo``)
    and dropped; after a season's name it is that season's year. A bare number elsewhere stays a count."""
    found = rows("Vụ Hè Thu 2024 gieo cấy 58.300 ha lúa; vụ Đông 2024 trồng 12 ha.", "Toàn tỉnh có 2024 hộ đăng ký.")
    assert [(r[1], r[4]) for r in found] == [("2024-01-01", "2024"), ("2024-01-01", "2024")]


def test_the_same_period_is_the_part_of_a_year_its_sentence_names() -> None:
    """``thực hiện 6 tháng đầu năm 2025 … tăng 12,3% so với cùng kỳ năm 2024`` in a report on the year: the first half
    of 2024, not the year; with no part of a year in its sentence, the report's own period decides."""
    got = rows("Thu ngân sách năm 2025 giao 32.450 tỷ đồng; thực hiện 6 tháng đầu năm 2025 đạt 17.845 tỷ đồng, tăng 12,3% "
               "so với cùng kỳ năm 2024. Cả năm tăng 5% so với cùng kỳ năm 2024.", title="BÁO CÁO tình hình thu ngân sách năm 2025")
    assert [g for g in got if g[0] == "range"] == [("range", "2024-01-01", "2024-06-30", "month", "cùng kỳ năm 2024")]


@pytest.mark.parametrize("text, end, precision", [
    ("Từ đầu năm đến ngày 30/9/2025, toàn tỉnh ghi nhận 1.236 ca.", "2025-09-30", "day"),
    ("Từ đầu năm đến hết tháng 9/2025, có 12 ca.", "2025-09-30", "month"),
])
def test_from_the_years_start_to_a_date_is_a_range(text: str, end: str, precision: str) -> None:
    """``Từ đầu năm đến ngày 30/9/2025``: the day alone was read, and the figures after it dated that one day."""
    assert one(text) == ("range", "2025-01-01", end, precision, text.split(",")[0])


def test_a_tables_years_are_carried_among_its_cells_not_past_it() -> None:
    """After a table whose last column is ``Cùng kỳ năm 2025``, ``6 tháng đầu năm`` under ``III. ĐÁNH GIÁ CHUNG`` was
    read as 2025's first half; the prose goes on in the year it named before the table."""
    doc = make_doc("Kết quả 6 tháng đầu năm 2026 như sau:")
    for r, cells in enumerate([["Chỉ tiêu", "6 tháng đầu năm", "Cùng kỳ năm 2025"], ["Thu ngân sách", "12", "10"]]):
        for c, text in enumerate(cells):
            doc.add_block("table_cell", text, table_no=0, row=r, col=c)
    doc.add_block("heading", "III. ĐÁNH GIÁ CHUNG")
    doc.add_block("paragraph", "Có 6/9 chỉ tiêu đạt tiến độ đề ra cho 6 tháng đầu năm.")
    dates.extract(doc)
    got = [(r["block_id"], r["start"]) for r in doc.rows("dates") if r["text"] == "6 tháng đầu năm"]
    assert got == [(2, "2026-01-01"), (8, "2026-01-01")]


def test_the_same_day_is_the_day_last_told_with_its_time_of_day() -> None:
    """``Sáng 19/10, … Chiều cùng ngày, …`` and a meeting record's ``bắt đầu lúc 19 giờ 30 phút, ngày 05 tháng 10 năm
    2026 … kết thúc vào lúc 21 giờ 45 phút cùng ngày`` had no date for ``cùng ngày``; a deadline named since
    (``trước ngày 31/10/2026``) is not that day."""
    news = rows("Sáng 19/10, HĐND tỉnh khai mạc kỳ họp; các ban hoàn thành thẩm tra trước ngày 31/10/2026.",
                "Chiều cùng ngày, Thường trực HĐND tỉnh gặp mặt nữ đại biểu.", "Báo cáo năm 2026.")
    assert ("day", "2026-10-19", "2026-10-19", "day", "Chiều cùng ngày") in news
    record = rows("Cuộc họp bắt đầu lúc 19 giờ 30 phút, ngày 05 tháng 10 năm 2026.", "Giao hoàn thành trước ngày 31/10/2026.",
                  "Cuộc họp kết thúc vào lúc 21 giờ 45 phút cùng ngày.")
    assert [(r[0], r[1]) for r in record if r[4].endswith("cùng ngày")] == [("datetime", "2026-10-05")]  # with its time


def test_months_named_between_what_is_measured_and_its_value_are_the_years_first_months() -> None:
    """``Sản lượng lương thực 9 tháng ước đạt …`` in a year's report is January to September (it was a duration
    of nine months, and the figure took the whole year); after ``sau`` or ``trong`` it is still a length of time."""
    found = rows("Kết quả thực hiện nhiệm vụ năm 2026", "Sản lượng lương thực 9 tháng ước đạt 45.000 tấn.",
                 "Thu ngân sách 6 tháng đạt 120 tỷ đồng. Sau 3 tháng đạt 50%; trong 2 tháng đạt 10 hộ.",
                 title="Báo cáo kết quả thực hiện nhiệm vụ năm 2026")
    assert [r for r in found if r[4].endswith("tháng")] == [
        ("range", "2026-01-01", "2026-09-30", "month", "9 tháng"), ("half", "2026-01-01", "2026-06-30", "half", "6 tháng")]


def test_the_same_period_under_a_heading_that_names_its_own_period_is_of_that_period() -> None:
    """``so với cùng kỳ năm 2025`` under ``IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2026`` of a third quarter's report was
    the third quarter of 2025; under a year's heading it is the year."""
    found = rows("Kết quả công tác quý III năm 2026", ("heading", "I. KẾT QUẢ QUÝ III NĂM 2026"),
                 "Xảy ra 3 vụ, giảm 2 vụ so với cùng kỳ năm 2025.", ("heading", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2026"),
                 "Kéo giảm tai nạn giao thông trên 5% so với cùng kỳ năm 2025.", ("heading", "V. NHIỆM VỤ NĂM 2027"),
                 "Giảm 5% so với cùng kỳ năm 2026.", title="Báo cáo kết quả công tác quý III năm 2026")
    assert [(r[1], r[2]) for r in found if "2025" in r[4] or r[4] == "năm 2026"] == [
        ("2025-07-01", "2025-09-30"), ("2025-10-01", "2025-12-31"), ("2026-01-01", "2026-12-31")]


def test_the_reports_own_months_opening_a_clause_are_its_period_whatever_verb_follows() -> None:
    """``…; 9 tháng tuyển dụng 86 viên chức`` in a report on nine months had no date (only ``9 tháng`` before a verb of
    a short list was read); after ``Sau`` it is still a length of time."""
    doc = make_doc("Toàn tỉnh có 1.890 bác sỹ; 9 tháng tuyển dụng 86 viên chức. Sau 9 tháng triển khai, có 12 hộ.",
                   title="Báo cáo kết quả công tác y tế 9 tháng đầu năm 2026")
    doc.period_start, doc.period_end = "2026-01-01", "2026-09-30"
    dates.extract(doc)
    assert [(r["text"], r["char_start"], r["end"]) for r in doc.rows("dates")] == [("9 tháng", 27, "2026-09-30")]


def test_the_reports_own_months_before_a_value_are_its_period() -> None:
    """``thực hiện 10 tháng 8.213,5 tỷ đồng``, ``nộp ngân sách 10 tháng gần 86,5 tỷ đồng`` in a report on ten months had no
    date (only a verb after the months was read); a month of a date (``10 tháng 12 năm 2025``) is none."""
    doc = make_doc("Thu nội địa: thực hiện 10 tháng 8.213,5 tỷ đồng; doanh nghiệp nộp ngân sách 10 tháng gần 86,5 tỷ đồng.",
                   "Kết thúc 10 tháng 12 năm 2025.", title="Báo cáo thu ngân sách 10 tháng năm 2026")
    doc.period_start, doc.period_end = "2026-01-01", "2026-10-31"
    dates.extract(doc)
    assert [(r["text"], r["char_start"], r["end"]) for r in doc.rows("dates") if r["block_id"] == 0] == [
        ("10 tháng", 23, "2026-10-31"), ("10 tháng", 76, "2026-10-31")]
    assert all(r["text"] != "10 tháng" for r in doc.rows("dates") if r["block_id"] == 1)


def test_a_place_date_after_the_number_on_one_line_dates_the_report() -> None:
    """OCR reads a header's two columns across: ``Số: 97/BC-HPN Yên Thành, ngày 12 tháng 12 năm 2024`` left the report
    with no issue date (its place-date line must open the line or a column)."""
    doc = make_doc("HỘI LHPN HUYỆN YÊN THÀNH", "Số: 97/BC-HPN Yên Thành, ngày 12 tháng 12 năm 2024", "BÁO CÁO",
                   "Kết quả công tác Hội năm 2024")
    dates.extract(doc)
    assert doc.issued_date == "2024-12-12"


def test_from_now_to_a_date_runs_from_the_reports_date() -> None:
    """``từ nay đến ngày 31/8/2025`` was the one day 31/8; it is a range from the report's date, as ``từ … đến nay``
    ends there. With no report date it stays the day it runs to."""
    got = rows("Hà Tĩnh, ngày 23 tháng 6 năm 2025",
               "Phát động đợt thi đua đặc biệt từ nay đến ngày 31/8/2025; phấn đấu từ nay đến năm 2030 có 100% hộ dùng nước sạch.")
    assert got[1:] == [("range", "2025-06-23", "2025-08-31", "day", "từ nay đến ngày 31/8/2025"),
                       ("range", "2025-06-23", "2030-12-31", "day", "từ nay đến năm 2030")]
    assert rows("Thi đua từ nay đến ngày 31/8/2025.") == [
        ("day", "2025-08-31", "2025-08-31", "day", "từ nay đến ngày 31/8/2025")]
