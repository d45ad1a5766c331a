"""Figures in prose: values, units, kinds, qualifiers, and the numbers that are not figures.

The sentences are shaped like those of real reports (the seeds and beyond);
every case states what a reader of the report would write down.
"""
from __future__ import annotations

import pytest

import extractors
from extractors import figures
from extractors.figure_prose import scan
from pipeline.models import Document


def found(text: str) -> list[tuple[str, float, str | None, str, float | None, str | None]]:
    return [(text[f.start:f.end], f.value, f.unit, f.kind, f.denominator, f.qualifier) for f in scan(text)]


def one(text: str) -> dict:
    figs = scan(text)
    assert len(figs) == 1, [(text[f.start:f.end], f.attrs()) for f in figs]
    return {"text": text[figs[0].start:figs[0].end], **figs[0].attrs()}


def placed(lines: tuple[str, ...], column: str = "place") -> list[tuple[str, str | None]]:
    """Each figure's place (or ``column``), with the components a place depends on run first in the pipeline's order."""
    from extractors import dates, entities, references

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    for line in lines:
        doc.add_block("paragraph", line)
    for component in (dates, references, entities, figures):
        component.extract(doc)
    return [(r["text"], r[column]) for r in doc.rows("figures")]


@pytest.mark.parametrize("text, value, unit, kind", [
    ("tổng kinh phí 241,653 triệu đồng", 241_653_000, "VND", "money"),
    ("hỗ trợ 44.500.000 đồng cho các hộ", 44_500_000, "VND", "money"),
    ("mỗi suất trị giá 300.000đ.", 300_000, "VND", "money"),
    ("với số vốn 1,5 tỷ VNĐ", 1_500_000_000, "VND", "money"),
    ("kim ngạch 4,87 tỷ USD", 4_870_000_000, "USD", "money"),
    ("doanh thu 2 nghìn tỷ đồng", 2_000_000_000_000, "VND", "money"),
    ("chiếm 89,12% tổng số", 89.12, "%", "percent"),
    ("tăng 15 phần trăm", 15, "%", "percent"),
    ("tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm", 1.2, "điểm %", "points"),  # percentage points: a change, no level
    ("tỷ lệ che phủ tăng 0,5 điểm %", 0.5, "điểm %", "points"),
    ("tỷ suất sinh thô giảm 0,2‰", 0.2, "‰", "percent"),
    ("tỷ suất sinh thô 19,2%o", 19.2, "‰", "percent"),  # per mille as typed where no ‰ key is (it was a percent)
    ("toàn tỉnh có 1.234.567 nhân khẩu", 1_234_567, "nhân khẩu", "count"),
    ("kết nạp đảng viên tại 12 chi bộ", 12, "chi bộ", "count"),
    ("có 12 chi, đảng bộ hoàn thành tốt nhiệm vụ", 12, "chi, đảng bộ", "count"),  # ``chi bộ, đảng bộ`` as written
    ("trồng mới 50.000 cây xanh các loại", 50_000, "cây xanh", "count"),
    ("số phiếu phát ra 43 phiếu", 43, "phiếu", "count"),  # alone, the tagger reads "phiếu" as no noun
    ("hỗ trợ xây dựng 35 mái ấm tình thương", 35, "mái ấm", "count"),  # the tagger's noun was "mái"
    ("tổ chức 12 hội thi cấp huyện", 12, "hội thi", "count"),
    ("ghi nhận 412 ca mắc sốt xuất huyết", 412, "ca mắc", "count"),
    ("lũy kế tiêm được 96.740 liều các loại", 96_740, "liều", "count"),  # the tagger's "liều" (reckless) was no noun
    ("thanh toán trực tuyến 38.452 giao dịch", 38_452, "giao dịch", "count"),  # (no figure: the tagger read a verb)
    ("Sở Nông nghiệp và Phát triển nông thôn 119 TTHC", 119, "TTHC", "count"),  # rural, no hamlet ``thôn 119``
    ("nâng cấp 17 cây cầu", 17, "cây cầu", "count"),  # bridges, not trees
    ("bình quân đạt 12 tiêu chí", 12, "tiêu chí", "count"),
    ("có 20 cây số đường", 20, "km", "measure"),  # ``cây số`` is a kilometre, not trees
    ("mở rộng 02 ha lúa", 2, "ha", "measure"),
    ("làm mới 2km đường", 2, "km", "measure"),
    ("sản lượng 1,14 triệu tấn phân bón", 1_140_000, "tấn", "measure"),
    ("công suất 870,2 MW", 870.2, "MW", "measure"),
    ("điện mặt trời mái nhà 50 MWp", 50, "MWp", "measure"),
    ("lượng mưa 2.100 mm", 2100, "mm", "measure"),
    ("nhiệt độ trung bình 27,5°C", 27.5, "°C", "measure"),
    ("nắng nóng 38 độ C", 38, "°C", "measure"),
    ("hệ thống lưu trữ dung lượng 12 TB", 12, "TB", "measure"),  # storage, not 12 things named ``TB``
    ("dung lượng 500 GB", 500, "GB", "measure"),
    ("qua 10 năm thực hiện", 10, "năm", "duration"),
    ("sau 95 ngày", 95, "ngày", "duration"),
    ("năng suất 44 tạ/ha", 44, "tạ/ha", "rate"),
    ("trợ cấp 500.000đ/tháng", 500_000, "VND/tháng", "rate"),
    ("thu nhập 80 triệu đồng/người/năm", 80_000_000, "VND/người/năm", "rate"),
    ("có 1.156 người dự", 1156, "người", "count"),
    ("đã có 578 tổ nhân dân tự quản", 578, "tổ nhân dân tự quản", "count"),
    ("xây dựng 03 căn nhà tình thương", 3, "căn nhà", "count"),
    ("trao 2.676 lượt người dự", 2676, "lượt người", "count"),
    ("hướng dẫn 4.282 cán bộ, hội viên cài đặt", 4282, "cán bộ, hội viên", "count"),
    ("có 12.500 lượt đoàn viên, hội viên và nhân dân dự", 12500, "lượt đoàn viên, hội viên và nhân dân", "count"),
    ("đón gần 8,1 triệu lượt khách", 8_100_000, "lượt khách", "count"),
    ("thu giữ 45,6 gam ma túy tổng hợp", 45.6, "g", "measure"),
    ("ủng hộ 3 yến gạo", 3, "yến", "measure"),
    # a denominator of ten thousand people, in digits as when the name before the number says it (``Số bác sĩ/vạn
    # dân đạt 11``): one unit for both
    ("phấn đấu đạt 11 bác sĩ/vạn dân", 11, "bác sĩ/10.000 dân", "rate"),
    ("có 2,5 dược sĩ/nghìn dân", 2.5, "dược sĩ/1.000 dân", "rate"),
    ("có 2.456 cán bộ, giáo viên, nhân viên", 2456, "cán bộ, giáo viên, nhân viên", "count"),
    # a petition is counted as ``đơn``, whatever kind (the tagger joined ``đơn trùng``, ``đơn nặc``)
    ("có 48 đơn trùng lặp, nặc danh", 48, "đơn", "count"),
    ("có 15 đơn nặc danh", 15, "đơn", "count"),
    # a person named by a duty ending in ``viên`` is one noun (the tagger cut ``1.060 hòa`` and ``40 báo cáo``)
    ("có 1.060 hòa giải viên", 1060, "hòa giải viên", "count"),
    ("bồi dưỡng 40 báo cáo viên", 40, "báo cáo viên", "count"),
])
def test_value_unit_kind(text: str, value: float, unit: str, kind: str) -> None:
    fig = one(text)
    assert (fig["value"], fig["unit"], fig["kind"]) == (pytest.approx(value), unit, kind)


def test_counted_noun_unknown_to_the_vocabulary_comes_from_the_tagger() -> None:
    fig = one("đã tiếp nhận 37 giếng khoan mới")
    assert fig["kind"] == "count" and fig["unit"].startswith("giếng")


def test_compound_nouns_the_tagger_cuts_are_in_the_vocabulary() -> None:
    """The tagger took the first syllable of ``giáo họ``, ``mắt camera``, ``băng rôn``, ``tờ rơi`` as the noun."""
    text = "có 05 giáo họ; lắp 1.126 mắt camera, treo 165 băng rôn, phát 2.000 tờ rơi."
    assert [f[2] for f in found(text)] == ["giáo họ", "mắt camera", "băng rôn", "tờ rơi"]


@pytest.mark.parametrize("text, qualifier, span", [
    ("vận động được hơn 575 triệu đồng", "over", "hơn 575 triệu đồng"),
    ("tổng cộng trên 26 tỷ đồng", "over", "trên 26 tỷ đồng"),
    ("ước đạt khoảng 44 tạ/ha", "approx", "khoảng 44 tạ/ha"),
    ("với gần 8,1 triệu lượt khách", "approx", "gần 8,1 triệu lượt khách"),
    ("hồ sơ đúng hạn đạt tỷ lệ 89,12%", "reached", "đạt tỷ lệ 89,12%"),
    ("tỷ số dưới 15 tuổi", "under", "dưới 15 tuổi"),
    ("tầm soát ít nhất 5 bệnh bẩm sinh", "at_least", "ít nhất 5 bệnh"),
    ("người từ 65 tuổi trở lên", "at_least", "từ 65 tuổi trở lên"),
    ("chiếm tỷ lệ 17,82%", None, "17,82%"),
    ("được 1.156 người dự", None, "1.156 người"),
    ("thu bổ sung từ ngân sách cấp trên 1.744.070.000 đồng", None, "1.744.070.000 đồng"),  # the level above
    ("thu hội phí đạt 95% trở lên", "at_least", "đạt 95% trở lên"),  # "and above" wins over "reached"
    ("hộ có thu nhập 100 triệu đồng trở lên", "at_least", "100 triệu đồng trở lên"),
])
def test_qualifier_and_its_place_in_the_span(text: str, qualifier: str | None, span: str) -> None:
    fig = one(text)
    assert fig["qualifier"] == qualifier
    assert fig["text"] == span


def test_ratio_range_and_shared_counts() -> None:
    assert found("có 21.771/34.534 hộ đồng ý") == [("21.771/34.534 hộ", 21771, "hộ", "ratio", 34534, None)]
    assert found("15/15 xã, phường thực hiện") == [("15/15 xã, phường", 15, "xã, phường", "ratio", 15, None)]
    fig = one("xây dựng 1 - 2 mô hình")
    assert (fig["value"], fig["value_max"], fig["unit"]) == (1, 2, "mô hình")
    fig = one("đạt trên hai phần ba số đại biểu được bầu")  # (two thirds in words: it was two of a unit ``phần``)
    assert (fig["value"], fig["denominator"], fig["kind"], fig["qualifier"]) == (2, 3, "ratio", "over")
    fig = one("giảm hàng năm 1%-1,5%.")
    assert (fig["value"], fig["value_max"], fig["kind"]) == (1, 1.5, "percent")
    # a structure's shares joined by dashes are three figures, no range (``29,5% - 35,3%`` was one)
    assert [(f.value, f.value_max) for f in scan("tỷ trọng tương ứng là 35,2% - 29,5% - 35,3%.")] == [
        (35.2, None), (29.5, None), (35.3, None)]
    assert found("đã cấp 1.427 giấy chứng nhận")[0][2] == "giấy chứng nhận"  # (a land report's unit; it was ``giấy``)
    fig = one("hỗ trợ 44 xuất/07 đơn vị")
    assert (fig["kind"], fig["denominator"], fig["denominator_unit"]) == ("count", 7, "đơn vị")
    fig = one("tỷ số dưới 109 bé trai/100 bé gái")
    assert (fig["kind"], fig["denominator"], fig["qualifier"]) == ("ratio", 100, "under")
    fig = one("ước thực hiện 560 tỷ đồng/690 tỷ đồng, đạt")
    assert (fig["kind"], fig["value"], fig["denominator"]) == ("ratio", 560e9, 690e9)


def test_per_time_rate_and_bare_money() -> None:
    fig = one("định kỳ mỗi tháng 2 đợt")
    assert (fig["text"], fig["unit"], fig["kind"]) == ("mỗi tháng 2 đợt", "đợt/tháng", "rate")
    fig = one('vận động quỹ "Vì người nghèo" được 1.909.927.135;')
    assert (fig["value"], fig["unit"], fig["kind"]) == (1_909_927_135, "VND", "money")


@pytest.mark.parametrize("text", [
    "1. Công tác lãnh đạo, chỉ đạo",
    "2.1. Lĩnh vực kinh tế",
    "nhiệm vụ (1) tuyên truyền; (2) vận động",
    "Đại hội Đảng bộ lần thứ 12 và khóa 11",
    "tại Phường 1, 2 và 3 của thành phố",
    "phòng, chống dịch Covid-19 hiệu quả",
    "Bệnh viện Trung ương Huế cơ sở 2; khu phố 1",
    "mô hình “5 không, 3 sạch” và “60 phút sạch nhà, đẹp ngõ”",
    "ngày 18/5/2021 và tháng 3/2017, giai đoạn 2017-2020",
    "Quyết định 217, 218 của Bộ Chính trị",
    "Kế hoạch số 53-KH/TU và Công văn 356/UBND-HC",
    "Thứ hai - 09/11/2020 09:00",
    "vào chiều thứ 6 hàng tuần",
    "Điện thoại: 0277 3861 234",
    "Cà Mau 1A, Cà Mau 1B và mã (3C)",
    "phối hợp với Sư đoàn 324 và Ban Chỉ đạo 35 huyện",  # units named by number
    "vào dịp 2/9 hằng năm",  # a holiday, not two of nine
    "dịp Giỗ Tổ Hùng Vương (10/3 âm lịch)",  # a day of the lunar calendar, not ten of three
    "6 tháng đầu năm 2020",
    "lập kế hoạch tài chính 05 năm và kế hoạch tài chính - ngân sách nhà nước 03 năm;",
    "Kế hoạch đầu tư công trung hạn 5 năm của tỉnh và chiến lược 10 năm.",
    "mô hình chính quyền địa phương 2 cấp chính thức vận hành; chính quyền 2 cấp ổn định",  # the model's name
    "giá trị thu hoạch trên 1 ha đất canh tác",  # per hectare: the next figure's denominator
])
def test_not_figures(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, span", [
    ("Theo đánh giá trong 05 năm tới, kinh tế của tỉnh", "05 năm"),
    ("Kế hoạch được triển khai trong 5 năm.", "5 năm"),
    ("Kế hoạch số 12/KH-UBND hỗ trợ 5 năm.", "5 năm"),
    ("Qua 10 năm thực hiện kế hoạch, tỉnh đã xây dựng 5 mô hình.", "10 năm"),
])
def test_length_of_time_near_a_plan_is_still_a_duration(text: str, span: str) -> None:
    """Only years that end a plan's name are its type; a span of time a sentence gives stays one."""
    assert [(t, kind) for t, _, _, kind, _, _ in found(text)][0] == (span, "duration")


def test_claimed_spans_are_left_to_their_extractor() -> None:
    text = "sơ kết 05 năm thực hiện"
    assert len(scan(text)) == 1
    assert scan(text, claimed=[(7, 13)]) == []


def test_component_rows_point_back_to_their_characters() -> None:
    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    doc.period_start, doc.period_end = "2022-04-01", "2022-06-30"
    body = doc.add_block("paragraph", "Tổ chức 6 cuộc với 1.156 người dự, kinh phí hơn 21 triệu đồng.")
    note = doc.add_block("footnote", "Có 9 hội quán duy trì hoạt động.", footnote_no=1)
    doc.items["dates"] = []
    figures.extract(doc)
    rows = doc.rows("figures")
    assert [(r["text"], r["where"]) for r in rows] == [
        ("6 cuộc", "body"), ("1.156 người", "body"), ("hơn 21 triệu đồng", "body"), ("9 hội quán", "fn:1")]
    for row in rows:
        block = body if row["block_id"] == body.block_id else note
        assert block.text[row["char_start"]:row["char_end"]] == row["text"]
        assert (row["period_start"], row["period_end"]) == ("2022-04-01", "2022-06-30")


def test_numbers_inside_dates_rows_are_skipped() -> None:
    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    block = doc.add_block("paragraph", "trong 05 năm 2026 - 2028 có 3 dự án")
    doc.add("dates", block, 6, 24, kind="range")
    figures.extract(doc)
    assert [r["text"] for r in doc.rows("figures")] == ["3 dự án"]


@pytest.mark.parametrize("text, expected", [
    ("tổ chức hai hội nghị và ba mươi lăm cuộc họp", [("hai hội nghị", 2, "count"), ("ba mươi lăm cuộc", 35, "count")]),
    ("đầu tư ba tỷ đồng", [("ba tỷ đồng", 3_000_000_000, "money")]),
    ("qua mười năm thực hiện", [("mười năm", 10, "duration")]),
    ("hỗ trợ năm triệu đồng cho hai mươi hộ nghèo",
     [("năm triệu đồng", 5_000_000, "money"), ("hai mươi hộ nghèo", 20, "count")]),
    ("năm tháng qua, một số nội dung, một người, lần thứ hai", []),
    ("Năm 2020, là năm tổ chức Đại hội", []),
])
def test_number_words(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(text[f.start:f.end], f.value, f.kind) for f in scan(text)] == expected


@pytest.mark.parametrize("text", ["họp lúc 14 giờ 30 phút", "từ 7 giờ 30 đến 11 giờ 15", "Hotline: 1900 1234 55"])
def test_clock_times_and_phone_numbers_are_not_figures(text: str) -> None:
    assert found(text) == []


def test_badge_classes_are_names_not_durations() -> None:
    """``Huy hiệu 30, 40, 65 năm tuổi Đảng`` names classes of a badge; the count after them is the figure."""
    assert [f[0] for f in found("Trao Huy hiệu 30, 40, 45, 50, 55, 60, 65 năm tuổi Đảng cho 345 đảng viên.")] == [
        "345 đảng viên"]
    assert [f[0] for f in found("Trao Huy hiệu 50 năm tuổi Đảng cho 12 đồng chí.")] == ["12 đồng chí"]
    # so are the classes a list names one by one (each was a length of time)
    assert [f[0] for f in found("Gồm: Huy hiệu 70 năm tuổi Đảng 02 đồng chí; 60 năm tuổi Đảng 05 đồng chí. Trao Huy "
                                "hiệu 45 năm, 40 năm, 30 năm tuổi Đảng cho 23 đảng viên.")] == [
        "02 đồng chí", "05 đồng chí", "23 đảng viên"]
    # a unit's number that goes on as a run of years is that long (``chi bộ ấp 2 năm liền``: a hamlet ``ấp 2`` before)
    assert [f[0] for f in found("Còn 3 chi bộ ấp 2 năm liền không kết nạp được đảng viên; Ấp 2 năm 2024 đạt chuẩn.")] == [
        "3 chi bộ", "2 năm"]
    # a name list still ends where a count begins
    assert [f[0] for f in found("Tại Phường 3, 120 hộ được hỗ trợ.")] == ["120 hộ"]


def test_figures_carry_the_place_and_body_their_sentence_names() -> None:
    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    text = "Hội Nông dân xã Tân Phú Đông vận động 120 triệu đồng. Toàn thị xã có 15 mô hình."
    block = doc.add_block("paragraph", text)
    doc.add("entities", block, 0, 12, category="organization", name="Hội Nông dân", type="hội")
    doc.add("entities", block, 13, 28, category="place", name="Tân Phú Đông", type="xã")
    figures.extract(doc)
    rows = {r["text"]: (r["place"], r["organization"]) for r in doc.rows("figures")}
    assert rows == {"120 triệu đồng": ("xã Tân Phú Đông", "Hội Nông dân"), "15 mô hình": (None, None)}


def test_toan_xa_is_the_issuing_communes_whole() -> None:
    """A commune's report: ``Toàn xã hiện có 6.842 hộ`` is the commune the header names (it had no place)."""
    places = dict(placed(("ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG ỦY XÃ TÂN HÒA PHÚ", "Số: 86-TB/ĐU",
                          "Tân Hòa Phú, ngày 18 tháng 7 năm 2026", "THÔNG BÁO KẾT LUẬN",
                          "Toàn xã hiện có 6.842 hộ; toàn tỉnh có 120 hộ.")))
    assert places == {"6.842 hộ": "xã Tân Hòa Phú", "120 hộ": "tỉnh Đồng Nai"}
    # so is a sentence whose subject is the type alone (``Xã có …``: no place); ``Xã hội hóa`` is no commune
    places = dict(placed(("ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG ỦY XÃ TÂN HÒA PHÚ", "Số: 86-TB/ĐU",
                          "Tân Hòa Phú, ngày 18 tháng 7 năm 2026", "THÔNG BÁO KẾT LUẬN",
                          "Xã có diện tích tự nhiên khoảng 42 km², dân số hơn 9.800 người. Xã hội hóa được 12 tỷ đồng. "
                          "Tỉnh có 95 xã, phường.")))
    assert places == {"khoảng 42 km²": "xã Tân Hòa Phú", "hơn 9.800 người": "xã Tân Hòa Phú", "12 tỷ đồng": None,
                      "95 xã, phường": "tỉnh Đồng Nai"}


def test_a_period_written_right_after_a_figure_dates_it() -> None:
    """``giảm từ 41,35% cuối năm 2021 xuống còn 29,12% cuối năm 2024``: each end is of its own year (the
    first had none, the second took 2021); a comparison's year (``so với năm 2023``) dates nothing."""
    from extractors import dates

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    doc.add_block("paragraph", "Tỷ lệ hộ nghèo giảm từ 41,35% cuối năm 2021 xuống còn 29,12% cuối năm 2024. "
                               "Thu ngân sách tăng 12% so với năm 2023.")
    dates.extract(doc)
    figures.extract(doc)
    assert [(r["text"], r["label_period_start"]) for r in doc.rows("figures")] == [
        ("41,35%", "2021-01-01"), ("29,12%", "2024-01-01"), ("12%", None)]


def test_a_place_after_cua_is_where_the_place_before_it_lies() -> None:
    """``Thạch Hà là huyện đồng bằng ven biển của tỉnh Hà Tĩnh, hiện có 22 xã``: the district's figures took the
    province; a place after ``của`` with none before it is still the figure's (``Hội LHPN của xã …``)."""
    assert placed(("UBND HUYỆN THẠCH HÀ", "Số: 12/BC-UBND", "Thạch Hà, ngày 5 tháng 3 năm 2025",
                   "Huyện Thạch Hà là huyện đồng bằng ven biển của tỉnh Hà Tĩnh, hiện có 22 xã, diện tích tự nhiên 35.472 ha.",
                   "Hội LHPN của xã Thạch Tiến đã hỗ trợ 20 hộ.")) == [
        ("22 xã", "huyện Thạch Hà"), ("35.472 ha", "huyện Thạch Hà"), ("20 hộ", "xã Thạch Tiến")]
    # nor is a unit a merger made the subject of (``được thành lập trên cơ sở sắp xếp … xã Bản Qua``)
    assert [p for _, p in placed(("ĐẢNG BỘ TỈNH LÀO CAI", "ĐẢNG ỦY XÃ BÁT XÁT", "Bát Xát, ngày 5 tháng 12 năm 2025",
                                  "Xã Bát Xát được thành lập trên cơ sở sắp xếp thị trấn Bát Xát, xã Quang Kim và xã Bản Qua "
                                  "thuộc huyện Bát Xát (cũ), có diện tích tự nhiên 190 km², gồm 6.850 hộ."))] == ["xã Bát Xát"] * 2
    # nor one of the units a commune took in whole (``trên cơ sở nhập toàn bộ … của các xã …``), nor the former
    # district they lay in (``(huyện Nam Đàn cũ)``): the new commune's totals took the last of them
    assert [p for _, p in placed(("ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ KIM LIÊN", "Kim Liên, ngày 18 tháng 12 năm 2026",
                                  "Xã Kim Liên được thành lập trên cơ sở nhập toàn bộ diện tích tự nhiên, quy mô dân số của "
                                  "các xã Nam Giang, Hùng Tiến, Kim Liên, Xuân Hồng và Nam Cát (huyện Nam Đàn cũ), có 31 "
                                  "thôn với 9.846 hộ."))] == ["xã Kim Liên"] * 2
    # a figure after a list of units of one level is all of theirs, no one of them (it took the last); the whole unit a
    # type word names after the list is still the figure's
    assert [p for _, p in placed(("UBND TỈNH QUẢNG NGÃI", "Số: 12/BC-UBND", "Quảng Ngãi, ngày 5 tháng 10 năm 2026",
                                  "Khắc phục hậu quả mưa lũ tại các xã Ba Tơ, Sơn Hà, Trà Bồng và Đăk Tô, hỗ trợ 1.126 hộ.",
                                  "Tại các xã Ba Tơ, Sơn Hà, toàn tỉnh duy trì 36 trường."))] == [None, "tỉnh Quảng Ngãi"]
    # so is one after ``thuộc`` (it belongs to it)
    assert placed(("UBND HUYỆN THẠCH HÀ", "Số: 12/BC-UBND", "Thạch Hà, ngày 5 tháng 3 năm 2025",
                   "Xã Thạch Tiến thuộc huyện Thạch Hà có 1.250 hộ.")) == [("1.250 hộ", "xã Thạch Tiến")]


def test_a_place_in_a_closed_bracket_or_one_of_a_leads_list_places_no_later_figure() -> None:
    """``có thêm 1 huyện đạt chuẩn (huyện Hương Khê), 100% số xã …, 20 xã …``: the bracket names the one district,
    and the later figures took it; ``Gồm các huyện: Cẩm Xuyên, Thạch Hà …; tổng số … 218 con``: a lead listing
    several places is no one place of its items (218 took Cẩm Xuyên). A bracket still open, or a place before it,
    is the figure's."""
    assert placed(("UBND TỈNH HÀ TĨNH", "Số: 12/BC-UBND", "Hà Tĩnh, ngày 5 tháng 3 năm 2025",
                   "Có thêm 1 huyện đạt chuẩn nông thôn mới (huyện Hương Khê), 20 xã đạt chuẩn nâng cao.",
                   "Gồm các huyện: Cẩm Xuyên, Thạch Hà và thị xã Kỳ Anh; tổng số lợn phải tiêu hủy 218 con.",
                   "Huyện Hương Khê (trừ xã Hương Lâm) có 20 hộ; xã Hương Lâm (huyện Hương Khê có 5 hộ.")) == [
        ("1 huyện", None), ("20 xã", None), ("218 con", None), ("20 hộ", "huyện Hương Khê"), ("5 hộ", "huyện Hương Khê")]


def test_a_body_in_a_closed_bracket_acts_for_no_later_figure() -> None:
    """``đạt 91,5% (chỉ tiêu Bộ Công an giao trên 75%), trong đó … làm rõ 6/6 vụ``, ``(…, 01 chi bộ Công an) với 540 đảng
    viên``: a body in a bracket closed before the figure names what came before it, as a place there does (the later
    counts took ``Bộ Công an``, ``Công an``); one in a bracket still open is the figure's."""
    assert placed(("CÔNG AN HUYỆN ĐÔ LƯƠNG", "Số: 88/BC-CAH", "Đô Lương, ngày 10 tháng 12 năm 2024",
                   "Điều tra làm rõ 43/47 vụ, đạt 91,5% (chỉ tiêu Bộ Công an giao trên 75%), trong đó án rất nghiêm trọng "
                   "làm rõ 6/6 vụ.",
                   "Đảng bộ xã có 21 chi bộ (15 chi bộ xóm, 04 chi bộ trường học, 01 chi bộ Trạm Y tế và 01 chi bộ Công an) "
                   "với 540 đảng viên."), "organization") == [
        ("43/47 vụ", None), ("đạt 91,5%", None), ("trên 75%", "Bộ Công an"), ("6/6 vụ", None),
        ("21 chi bộ", "Đảng bộ xã"), ("15 chi bộ", "Đảng bộ xã"), ("04 chi bộ", "Đảng bộ xã"), ("01 chi bộ", "Đảng bộ xã"),
        ("01 chi bộ", "Trạm Y tế"), ("540 đảng viên", "Đảng bộ xã")]


def test_a_period_after_trong_dates_the_figure_before_it() -> None:
    """``giảm 320 hộ trong năm 2023 và 210 hộ trong năm 2024``: each count is of the year after it (the first
    had none of its own, the second took 2023, the year before it in the sentence)."""
    rows = scan_rows("Số hộ nghèo giảm 320 hộ trong năm 2023 và 210 hộ trong năm 2024; "
                     "giải quyết việc làm cho 1.200 lao động trong 9 tháng đầu năm 2025.")
    assert [(r["text"], r["label_period_start"], r["label_period_end"]) for r in rows] == [
        ("320 hộ", "2023-01-01", "2023-12-31"), ("210 hộ", "2024-01-01", "2024-12-31"),
        ("1.200 lao động", "2025-01-01", "2025-09-30")]


@pytest.mark.parametrize("text, counted", [
    ("Tổ chức 02 lớp bồi dưỡng nghiệp vụ công tác dân vận cho cán bộ cơ sở.", "lớp bồi dưỡng nghiệp vụ công tác dân vận"),
    ("Có khoảng 35% hộ dân ở các xã vùng bán sơn địa chưa có điện thoại.", "hộ dân ở các xã vùng bán sơn địa"),
    # (a comma after the word's last syllable is no part of it: ``hộ gia [đình,] cá nhân``)
    ("Cấp mới 2.134 giấy chứng nhận lần đầu cho hộ gia đình, cá nhân trên địa bàn huyện.", "giấy chứng nhận lần đầu cho hộ gia đình"),
    # a number that names a dose or a level is part of the phrase (it stopped there: ``liều mũi``, ``ở cấp độ``)
    ("Trong ngày tiêm 860 liều mũi 3 cho người dân.", "liều mũi 3 cho người dân"),
    ("Có 9/13 xã, thị trấn ở cấp độ 1 (vùng xanh).", "xã, thị trấn ở cấp độ 1"),
])
def test_a_phrase_cut_at_a_count_of_syllables_ends_with_its_last_word(text: str, counted: str) -> None:
    """``… công tác dân [vận]``, ``… bán sơn [địa]``: the phrase stopped inside its last word."""
    assert one(text)["counted"] == counted


def test_a_times_sign_between_a_count_and_its_rate_is_no_word_of_either() -> None:
    """``tặng 1.215 suất x 600.000 đồng/suất`` counted ``suất x`` (the tagger read the sign as a noun) and the rate's
    phrase ended ``… suất x``: the sign multiplies the two figures, it names nothing."""
    text = "Tặng 1.215 suất x 600.000 đồng/suất cho hộ nghèo; hỗ trợ 15 hộ × 40 triệu đồng/hộ làm nhà ở."
    assert [(text[f.start:f.end], f.attrs()["counted"]) for f in scan(text)] == [
        ("1.215 suất", "suất Tặng"), ("600.000 đồng/suất", "Tặng 1.215 suất cho hộ nghèo"),
        ("15 hộ", "hộ hỗ trợ"), ("40 triệu đồng/hộ", "hỗ trợ 15 hộ làm nhà ở")]


@pytest.mark.parametrize("text, span, counted", [
    ("Kết nạp từ 1.100 đảng viên trở lên.", "từ 1.100 đảng viên trở lên", "đảng viên Kết nạp"),
    ("Thu nhập đạt 75 triệu đồng/người/năm trở lên.", "đạt 75 triệu đồng/người/năm trở lên", "Thu nhập"),
    ("Có 50 hộ trở lên tham gia.", "50 hộ trở lên", "hộ tham gia"),
])
def test_and_above_after_a_counted_noun_or_a_rate(text: str, span: str, counted: str) -> None:
    """``trở lên`` after the noun or the rate's denominators was not read (no qualifier, ``reached``), and the
    count's phrase took it in (``đảng viên trở lên``)."""
    fig = one(text)
    assert (fig["text"], fig["qualifier"], fig["counted"]) == (span, "at_least", counted)


def test_a_period_in_a_cited_documents_subject_dates_no_figure() -> None:
    """``thông qua Báo cáo … về kết quả … quý I năm 2024 với 35/35 đồng chí``: the quarter is the cited
    report's, not the vote's (it dated both figures)."""
    from extractors import dates, references

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    doc.add_block("paragraph", "Hội nghị thông qua Báo cáo số 12/BC-MTTQ về kết quả công tác Mặt trận quý I năm 2024 "
                               "với 35/35 đồng chí tán thành (đạt 100%).")
    for component in (dates, references, figures):
        component.extract(doc)
    assert [(r["text"], r["label_period_start"]) for r in doc.rows("figures")] == [("35/35 đồng chí", None), ("đạt 100%", None)]


def test_a_linking_word_that_opens_a_word_stays_in_the_phrase() -> None:
    """``có mặt 35/38 đồng chí`` counted ``đồng chí mặt``: ``có`` went as a linking word, but ``có mặt`` is one word."""
    assert one("Hội nghị khai mạc lúc 8 giờ, có mặt 35/38 đồng chí.")["counted"] == "đồng chí có mặt"


def test_a_move_after_a_bracket_says_what_moved_before_it() -> None:
    """``Tỷ lệ hộ nghèo (theo chuẩn …) giảm bình quân 0,5%/năm`` counted only ``giảm bình quân``."""
    assert one("Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều) giảm bình quân 0,5%/năm.")["counted"] == \
        "Tỷ lệ hộ nghèo giảm bình quân"


def test_a_cited_documents_issuer_does_not_act_for_a_figure() -> None:
    """``… theo Nghị quyết số 42/NQ-CP của Thủ tướng Chính phủ có 145 hội viên được hỗ trợ``: the Hội's
    members, not the Prime Minister's (the body inside the reference was the figure's organisation)."""
    from extractors import dates, entities, references

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    doc.add_block("paragraph", "Hội Nông dân xã thực hiện chính sách hỗ trợ theo Nghị quyết số 42/NQ-CP của Thủ tướng "
                               "Chính phủ có 145 hội viên được hỗ trợ.")
    for component in (dates, references, entities, figures):
        component.extract(doc)
    assert [(r["text"], r["organization"]) for r in doc.rows("figures")] == [("145 hội viên", "Hội Nông dân xã")]


def test_the_reports_own_unit_named_as_a_whole_is_the_figures_place() -> None:
    """``toàn huyện``, ``trên địa bàn tỉnh``: the report's own district or province, as its header names it."""
    places = dict(placed(("CÔNG AN HUYỆN PHÙ MỸ", "Phù Mỹ, ngày 05 tháng 10 năm 2023",
                         "BÁO CÁO Tình hình an ninh trật tự quý III năm 2023",
                         "Trên địa bàn huyện xảy ra 23 vụ phạm tội; toàn tỉnh có 412 vụ.",
                         "Huyện Hoài Nhơn xảy ra 31 vụ.", "Đã bắt giữ 34 đối tượng.")))
    assert places == {"23 vụ": "huyện Phù Mỹ", "412 vụ": "tỉnh Bình Định", "31 vụ": "huyện Hoài Nhơn", "34 đối tượng": None}
    # within it (``các cấp trong huyện``, ``Tổng sản phẩm trong tỉnh``); not ``trong xã hội``, within society
    places = dict(placed(("CÔNG AN HUYỆN PHÙ MỸ", "Phù Mỹ, ngày 05 tháng 10 năm 2023",
                         "BÁO CÁO Tình hình an ninh trật tự quý III năm 2023",
                         "Các cấp trong huyện vận động được 48 triệu đồng; tổng sản phẩm trong tỉnh tăng 8%.",
                         "Trong xã hội có 5 vụ.")))
    assert places == {"48 triệu đồng": "huyện Phù Mỹ", "8%": "tỉnh Bình Định", "5 vụ": None}
    # or its (``Chỉ số PAR INDEX của huyện``, ``Tốc độ tăng trưởng kinh tế của tỉnh``)
    places = dict(placed(("CÔNG AN HUYỆN PHÙ MỸ", "Phù Mỹ, ngày 05 tháng 10 năm 2023",
                         "BÁO CÁO Tình hình an ninh trật tự quý III năm 2023",
                         "Chỉ số hài lòng của huyện đạt 86,45%; tăng trưởng kinh tế của tỉnh đạt 8%.")))
    assert places == {"đạt 86,45%": "huyện Phù Mỹ", "đạt 8%": "tỉnh Bình Định"}


@pytest.mark.parametrize("phrase", ["hộ gia đình", "2017 ABC hộ", "Nhà Văn hóa xã", "“Ngày hội” toàn dân",
                                    "ĐẢNG BỘ tỉnh", "đ/c Nguyễn Văn A", "con bò lai Sind",
                                    "dựng, ban hành", "GIAI ĐOẠN 05", "nợ của năm 2024. Cụ"])
def test_fast_tagger_gives_underthesea_pos_tags(phrase: str) -> None:
    """The counted-noun tagger builds its features in Rust; its tags must be ``pos_tag``'s for the
    phrase after a number (the last three are tagged differently without the ``istitle`` correction)."""
    from underthesea import word_tokenize
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    from extractors.figure_counted import _tags

    assert _tags(phrase) == tuple(CRFPOSTagPredictor.Instance().predict(["1", *word_tokenize(phrase)]))[1:]


def test_what_a_figure_measures_is_read_before_it_too() -> None:
    """Money, percent and measures are said after what they measure (``với tổng trị giá 320
    triệu đồng``); a clause that only says how a figure moved (``, tăng 3,5% so cùng kỳ``)
    measures what the figure before it in the sentence did; a count whose noun ends its clause
    is described before it (``giải thích làm rõ 54 vấn đề``)."""
    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    doc.add_block("paragraph", "Hội đã vận động xây dựng 03 căn nhà tình thương, với tổng trị giá 320 triệu đồng. "
                  "Tỷ lệ hộ nghèo giảm còn 2,1%. Sản lượng lúa ước đạt 12.000 tấn, đạt 102% kế hoạch, "
                  "tăng 3,5% so cùng kỳ. Đại biểu đã giải thích làm rõ 54 vấn đề; chiếm tỷ lệ 50% số hộ nghèo toàn xã.")
    figures.extract(doc)
    assert [(r["text"], r["counted"]) for r in doc.rows("figures")] == [
        ("03 căn nhà", "căn nhà tình thương"), ("320 triệu đồng", "tổng trị giá căn nhà tình thương"),
        ("2,1%", "Tỷ lệ hộ nghèo giảm"), ("ước đạt 12.000 tấn", "Sản lượng lúa"),
        ("đạt 102%", "Sản lượng lúa kế hoạch"), ("3,5%", "Sản lượng lúa tăng so cùng kỳ"),
        ("54 vấn đề", "vấn đề Đại biểu đã giải thích làm rõ"), ("50%", "tỷ lệ số hộ nghèo toàn xã")]


def test_prose_figure_takes_the_period_its_sentence_names() -> None:
    """``Từ năm 2009 đến nay, …`` dates the figures after it in that sentence, up to the report's
    date; a date that belongs to a cited document dates that document; a sentence naming no
    period leaves it empty (the report's own period is in ``period_start``)."""
    from extractors import dates, references

    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    doc.issued_date = "2020-10-02"
    doc.add_block("paragraph", "Từ năm 2009 đến nay, Công đoàn đã hỗ trợ sửa chữa 09 nhà, tổng 78 triệu đồng. "
                  "Thực hiện Kế hoạch số 12/KH-UBND ngày 03/02/2020 của UBND thị xã, Hội vận động 120 triệu đồng. "
                  "Hội đã trao 15 suất quà.")
    dates.extract(doc)
    references.extract(doc)
    figures.extract(doc)
    assert [(r["text"], r["label_period_start"], r["label_period_end"]) for r in doc.rows("figures")] == [
        ("09 nhà", "2009-01-01", "2020-10-02"), ("78 triệu đồng", "2009-01-01", "2020-10-02"),
        ("120 triệu đồng", None, None), ("15 suất quà", None, None)]


def test_a_share_or_move_after_a_count_is_of_what_was_counted() -> None:
    """``1.112 hồ sơ trực tuyến, chiếm tỷ lệ 17,82%``: the percent is the share of those files; a
    count whose clause names its noun first (``hồ sơ trễ hạn … 9 hồ sơ``) says it once."""
    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    doc.add_block("paragraph", "Tiếp nhận 1.112 hồ sơ trực tuyến, chiếm tỷ lệ 17,82%; "
                  "hồ sơ trễ hạn và quá hạn 9 hồ sơ, đạt tỷ lệ 0,8%.")
    figures.extract(doc)
    assert [(r["text"], r["counted"]) for r in doc.rows("figures")] == [
        ("1.112 hồ sơ", "hồ sơ trực tuyến"), ("17,82%", "tỷ lệ hồ sơ trực tuyến"),
        ("9 hồ sơ", "hồ sơ trễ hạn và quá hạn"), ("đạt tỷ lệ 0,8%", "hồ sơ trễ hạn và quá hạn")]


def test_a_topic_before_a_colon_names_what_its_clause_measures() -> None:
    """``a) Chi đầu tư phát triển: Ước thực hiện …``: the item's topic opens what is measured;
    ``trong đó:`` names nothing."""
    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    doc.add_block("paragraph", "a) Chi đầu tư phát triển: Ước thực hiện cả năm 5.817 tỷ đồng, đạt 97,97% kế hoạch; "
                  "trong đó: thu nội địa 11.080 tỷ đồng.")
    figures.extract(doc)
    assert [(r["text"], r["counted"]) for r in doc.rows("figures")] == [
        ("5.817 tỷ đồng", "Chi đầu tư phát triển Ước thực hiện cả năm"),
        ("đạt 97,97%", "Chi đầu tư phát triển Ước thực hiện cả năm kế hoạch"),
        ("11.080 tỷ đồng", "thu nội địa")]


@pytest.mark.parametrize("text, counted", [
    # what the things counted attained is what they are
    ("Toàn huyện có 15/18 trường đạt chuẩn quốc gia.", ["trường đạt chuẩn quốc gia"]),
    ("Có 12 xã đạt chuẩn nông thôn mới nâng cao.", ["xã đạt chuẩn nông thôn mới nâng cao"]),
    ("Có 27 sản phẩm OCOP, trong đó 3 sản phẩm đạt 4 sao.", ["sản phẩm OCOP", "sản phẩm đạt 4 sao"]),
    # a linking word or a time alone says nothing of what is counted
    ("Đến nay có 1.025 tổ chức cơ sở đảng.", ["tổ chức cơ sở đảng"]),
    ("Tổng đàn gia súc hiện có 125.400 con.", ["Tổng đàn gia súc"]),
    ("Giải quyết việc làm cho 18.500 lao động.", ["lao động Giải quyết việc làm"]),
    # a bracket is an aside to the words before it
    ("Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 7,85%.", ["Tốc độ tăng trưởng kinh tế (GRDP)"]),
    # commas that join short nouns do not end the phrase; one after another figure's clause does
    ("Thu từ hoạt động xuất, nhập khẩu 500 tỷ đồng.", ["Thu từ hoạt động xuất, nhập khẩu"]),
    ("Cơ cấu: nông, lâm nghiệp chiếm 27,31%; công nghiệp, xây dựng chiếm 27,91%.",
     ["Cơ cấu nông, lâm nghiệp", "công nghiệp, xây dựng"]),
    ("Trong đó đàn trâu 12.350 con, đàn bò 43.200 con.", ["đàn trâu", "đàn bò"]),
    ("Bên cạnh đó, doanh thu 3.200 tỷ đồng.", ["doanh thu"]),
    # the nouns a total's or a rate's head lists with commas are what it totals, however many (the phrase kept the
    # last one's words); a listed part with a verb or a number is a clause of its own
    ("Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 92,4%.",
     ["Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"]),
    ("Tổng kinh phí bồi thường, hỗ trợ, tái định cư đã phê duyệt 412,65 tỷ đồng.",
     ["Tổng kinh phí bồi thường, hỗ trợ, tái định cư đã phê duyệt"]),
    ("Tổng thu ngân sách đạt 125 tỷ đồng, tăng 12%.", ["Tổng thu ngân sách", "Tổng thu ngân sách tăng"]),
    ("Chỉ số hài lòng của người dân, tổ chức đạt 82,14%.", ["Chỉ số hài lòng của người dân, tổ chức"]),
    ("Tổng hợp, báo cáo kết quả định kỳ 6 tháng.", ["báo cáo kết quả định kỳ"]),
    # the pairs a report names one group by: ``sở, ngành``, ``hộ gia đình, cá nhân``, ``tổ chức, cá nhân``
    ("Thanh tra các sở, ngành thu hồi 1,80 tỷ đồng.", ["Thanh tra các sở, ngành thu hồi"]),
    ("Cho thuê đất đối với 07 tổ chức, cá nhân với diện tích 15,2 ha.",
     ["tổ chức, cá nhân Cho thuê đất", "diện tích Cho thuê đất đối với 07 tổ chức, cá nhân"]),
    ("Tiếp nhận 5.129 hồ sơ trực tiếp, dịch vụ bưu chính công ích, chiếm tỷ lệ 82,18%.",
     ["hồ sơ trực tiếp", "tỷ lệ hồ sơ trực tiếp"]),
    # nouns of one kind joined after a classifier are counted together, and what follows them too
    ("Tổ chức 156 cuộc tuyên truyền cho trên 12.500 lượt đoàn viên, hội viên và nhân dân tham dự.",
     ["cuộc tuyên truyền", "lượt đoàn viên, hội viên và nhân dân tham dự"]),
    ("Số người tham gia bảo hiểm xã hội tự nguyện là 2.150 người.", ["Số người tham gia bảo hiểm xã hội tự nguyện"]),
    # a line that only wraps goes on; a line that opens with a capital is a new item
    ("Tổng thu ngân sách trên địa\nbàn ước đạt 3.456 tỷ đồng.", ["Tổng thu ngân sách trên địa bàn"]),
    ("Kết quả thu ngân sách\nThu nội địa 2.987 tỷ đồng.", ["Thu nội địa"]),
    # nouns of one kind joined after a percent are what it is of
    ("Có 98,5% cán bộ, đảng viên tham gia học tập nghị quyết.", ["cán bộ, đảng viên tham gia học tập nghị quyết"]),
    ("đạt 85% hộ gia đình, 90% thôn", ["hộ gia đình", "thôn"]),
    # a measure after counts that names its own thing measures that; after a measure, its move is of it
    ("xây dựng 3 cầu, 12 cống, 5 km kênh mương.", ["cầu xây dựng", "cống xây dựng", "kênh mương"]),
    # the counts a list joins share what the clause says of the first (``642 cá nhân`` counted its noun alone)
    ("tặng Giấy khen cho 186 tập thể, 642 cá nhân và 95 hộ gia đình.",
     ["tập thể tặng Giấy khen", "cá nhân tặng Giấy khen", "hộ gia đình tặng Giấy khen"]),
    # a badge's years are its name (every tier counted ``đồng chí tuổi Đảng`` or ``đảng viên nhận Huy hiệu``)
    ("Trao Huy hiệu Đảng: Huy hiệu 70 năm tuổi Đảng 01 đồng chí; Huy hiệu 30 năm tuổi Đảng 03 đồng chí.",
     ["đồng chí Trao Huy hiệu Đảng Huy hiệu 70 năm tuổi Đảng", "đồng chí Huy hiệu 30 năm tuổi Đảng"]),
    ("Có 03 đảng viên nhận Huy hiệu 30 năm tuổi Đảng và 02 đảng viên nhận Huy hiệu 50 năm tuổi Đảng.",
     ["đảng viên nhận Huy hiệu 30 năm tuổi Đảng", "đảng viên nhận Huy hiệu 50 năm tuổi Đảng"]),
    # a ``và`` inside the other figure's noun opens no clause of this one's (it counted ``vay vốn``)
    ("Hội quản lý 58 tổ tiết kiệm và vay vốn với tổng dư nợ 21,35 tỷ đồng.",
     ["tổ tiết kiệm và vay vốn Hội quản lý", "tổng dư nợ Hội quản lý 58 tổ tiết kiệm và vay vốn"]),
    # a later time with its estimate's word measures the same thing (it counted ``ước năm 2025``)
    ("Thu nhập bình quân đầu người năm 2024 đạt 68,5 triệu đồng; ước năm 2025 đạt 74 triệu đồng.",
     ["Thu nhập bình quân đầu người năm 2024", "Thu nhập bình quân đầu người"]),
    # a level's number ending the sentence is part of the phrase (its full stop read as the number's decimal point)
    ("Năm 2026, có thêm 02 trường đạt chuẩn quốc gia mức độ 2.", ["trường đạt chuẩn quốc gia mức độ 2"]),
    # (so do two counts of one act ``với`` joins: the people were received too)
    ("Ban Tiếp công dân huyện đã tiếp 168 lượt với 197 người.",
     ["lượt Ban Tiếp công dân huyện đã tiếp", "người Ban Tiếp công dân huyện đã tiếp"]),
    ("diện tích 1.200 ha, tăng 50 ha so cùng kỳ", ["diện tích", "diện tích tăng so cùng kỳ"]),
    # a yield or an output named alone after a crop's area is the crop's (it was ``năng suất``, no crop)
    ("Cây lạc 1.120 ha, năng suất 28,3 tạ/ha, sản lượng 3.170 tấn; cây ngô 385 ha, năng suất 52 tạ/ha.",
     ["Cây lạc", "năng suất Cây lạc", "sản lượng Cây lạc", "cây ngô", "năng suất cây ngô"]),
    ("Lúa: diện tích 5.000 ha, năng suất 60 tạ/ha.", ["Lúa diện tích", "năng suất Lúa"]),
    # a whole given before ``trong đó:`` is no topic of its parts (the first part counted the whole's sentence)
    ("Tổng kinh phí dự kiến 45.650 triệu đồng, trong đó: ngân sách tỉnh 20.000 triệu đồng, ngân sách huyện 15.650 triệu "
     "đồng.", ["Tổng kinh phí dự kiến", "ngân sách tỉnh", "ngân sách huyện"]),
    # a bracket's own topic
    ("Tổng số đảng viên: 1.234 đồng chí (nữ: 456 đồng chí).", ["Tổng số đảng viên", "đồng chí nữ"]),
    # two verbs of one act joined by a comma are one phrase
    ("Tổng chi khám, chữa bệnh BHYT năm 2023 là 1.234,5 tỷ đồng.", ["Tổng chi khám, chữa bệnh BHYT năm 2023"]),
    ("Tổ chức 156 cuộc tuyên truyền phòng, chống ma túy.", ["cuộc tuyên truyền phòng, chống ma túy"]),
    # so are unit types listed together and the pairs a report names one thing by (each phrase ended at the comma)
    ("100% chi bộ ấp, khóm xây dựng nghị quyết.", ["chi bộ ấp, khóm xây dựng nghị quyết"]),
    ("100% cơ quan, đơn vị tổ chức hội nghị.", ["cơ quan, đơn vị tổ chức hội nghị"]),
    ("Tiếp nhận 297 đơn kiến nghị, phản ánh.", ["đơn kiến nghị, phản ánh"]),
    # (the Party's cells and committees, ``các chi, đảng bộ``: the phrase was ``hội nghị đảng bộ cơ sở tổ chức``)
    ("Năm 2023, các chi, đảng bộ cơ sở tổ chức 38 hội nghị.", ["hội nghị các chi, đảng bộ cơ sở tổ chức"]),
    # ``mặt bằng`` is no comparison's ``bằng``; ``chỉ đạt`` no part of what is measured; ``đối với`` opens no phrase;
    # the plan or pace things reached, or did not, is what they are
    ("Hoàn thành giải phóng mặt bằng 4,6 ha còn lại.", ["Hoàn thành giải phóng mặt bằng còn lại"]),
    ("Tỷ lệ tham gia bảo hiểm y tế chỉ đạt 91,3%.", ["Tỷ lệ tham gia bảo hiểm y tế"]),
    ("Mức hỗ trợ 200 triệu đồng đối với xã đăng ký.", ["Mức hỗ trợ"]),
    ("Có 3 chỉ tiêu chưa đạt kế hoạch; 19 chỉ tiêu đạt kế hoạch; 03 xã chưa đạt tiến độ.",
     ["chỉ tiêu chưa đạt kế hoạch", "chỉ tiêu đạt kế hoạch", "xã chưa đạt tiến độ"]),
    ("Tỷ lệ điều tra, khám phá án ma túy đạt 100%.", ["Tỷ lệ điều tra, khám phá án ma túy"]),
    # a share of a list that names a part of the one before says the rest of its name once
    ("Tỷ lệ cử tri đi bầu đại biểu Quốc hội đạt 99,73%; đại biểu HĐND tỉnh đạt 99,72%.",
     ["Tỷ lệ cử tri đi bầu đại biểu Quốc hội", "Tỷ lệ cử tri đi bầu đại biểu HĐND tỉnh"]),
    ("Tỷ lệ hộ nghèo còn 2,1%, hộ cận nghèo 3,5%.", ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ cận nghèo"]),
    # a count alone in brackets counts of what the words before it name (each was ``người`` alone)
    ("Chủ yếu tại thị trường Nhật Bản (312 người), Hàn Quốc (94 người).",
     ["người Chủ yếu tại thị trường Nhật Bản", "người Hàn Quốc"]),
    ("UBND huyện đã ký cấp 1.427 giấy chứng nhận cho hộ gia đình.", ["giấy chứng nhận cho hộ gia đình"]),
    # ``trong đó`` cut in two by the phrase's length opens nothing (``người đó đang cai nghiện …``)
    ("Có 187 người nghiện; trong đó đang cai nghiện tại Cơ sở cai nghiện ma túy tỉnh 38 người.",
     ["người nghiện", "người đang cai nghiện tại Cơ sở cai nghiện ma túy tỉnh"]),
    # a bare word that counts animals or things (``con``, ``chiếc``) says nothing: what the clause names before it does
    ("Tổng đàn trâu hiện có 4.512 con, đàn bò 18.640 con.", ["Tổng đàn trâu", "đàn bò"]),
    # the words before "và" are the other conjunct's; a bracket after another figure is no aside
    # (``Toàn huyện``, ``Trên địa bàn huyện`` only say where, which the figure's place says: no word of the phrase)
    ("Toàn huyện có 78 trường (mầm non 28 trường) với 1.245 nhóm, lớp và 32.567 học sinh.",
     ["trường", "trường mầm non", "nhóm, lớp", "học sinh"]),
    ("Trên địa bàn huyện có 71 cơ sở thờ tự; toàn tỉnh hiện có 186 chức sắc.", ["cơ sở thờ tự", "chức sắc"]),
    # both ends of a move from one value to another measure the same thing
    ("Tỷ lệ hộ nghèo giảm từ 5,2% xuống còn 3,1%.", ["Tỷ lệ hộ nghèo giảm", "Tỷ lệ hộ nghèo giảm"]),
    ("Thu nhập bình quân tăng từ 45 triệu đồng lên 52 triệu đồng/người/năm.",
     ["Thu nhập bình quân tăng", "Thu nhập bình quân tăng"]),
    ("Số hộ nghèo giảm từ 320 hộ xuống còn 150 hộ.", ["Số hộ nghèo giảm", "Số hộ nghèo giảm"]),
    ("Mỗi hộ được hỗ trợ từ 1 đến 2 ha đất sản xuất.", ["Mỗi hộ được hỗ trợ đất sản xuất"]),
    # "với <amount's name>" names the amount; what was done with it follows; a verb's partner does not
    ("Kết quả đã hỗ trợ 10 chị với tổng số tiền 50 triệu đồng.", ["chị đã hỗ trợ", "tổng số tiền đã hỗ trợ 10 chị"]),
    # (the name is extra words: the clause before it is whole, past its length in words; and the time or place the
    # clause opens with, which the figure's period and place say, is no word of it)
    ("Kiểm sát thi hành án dân sự 1.256 việc với tổng số tiền phải thi hành hơn 45,678 tỷ đồng.",
     ["việc Kiểm sát thi hành án dân sự", "tổng số tiền phải thi hành Kiểm sát thi hành án dân sự 1.256 việc"]),
    ("Trong tháng, trên địa bàn huyện Yên Thành xảy ra 02 vụ cháy rừng với diện tích thiệt hại 3,2 ha.",
     ["vụ cháy rừng", "diện tích thiệt hại xảy ra 02 vụ cháy rừng"]),
    ("Năm 2023 có 14 vụ cháy với tổng diện tích thiệt hại 5,1 ha.", ["vụ cháy", "tổng diện tích thiệt hại 14 vụ cháy"]),
    ("Lũy kế đến cuối năm có 16 dự án được vận hành khai thác với tổng công suất 870,2 MW.",
     ["dự án được vận hành khai thác", "tổng công suất 16 dự án được vận hành khai thác"]),
    # a total is of what the count before it counts, past what each one got and the words before ``với`` it
    ("Xây mới 14 nhà nhân đạo, mỗi nhà hỗ trợ từ 40 đến 60 triệu đồng, tổng kinh phí 720 triệu đồng.",
     ["nhà nhân đạo", "mỗi nhà hỗ trợ", "tổng kinh phí nhà nhân đạo"]),
    ("Trao tặng 6.215 suất quà cho các hộ nghèo, người khuyết tật với tổng trị giá gần 3,1 tỷ đồng.",
     # (the total's clause names the count whole, its act and its noun: README's ``tổng số tiền đã hỗ trợ 10 chị``)
     ["suất quà cho các hộ nghèo, người khuyết tật",
      "tổng trị giá Trao tặng 6.215 suất quà cho các hộ nghèo, người khuyết tật"]),
    ("Tham gia bảo hiểm y tế với tỷ lệ 95%.", ["tỷ lệ Tham gia bảo hiểm y tế"]),
    ("Phối hợp với xã trồng hoa dài 2 km.", ["Phối hợp với xã trồng hoa dài"]),
    # a linking word left before the next number leads on to it: it is not part of this figure
    ("Tổng dư nợ đạt 56,78 tỷ đồng qua 89 tổ tiết kiệm.", ["Tổng dư nợ", "tổ tiết kiệm"]),
    # "trở lên" (and above) is one phrase; a lone "lên" before the number is a linking word
    ("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 92,3%.", ["Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên"]),
    ("Thu nhập tăng lên 52 triệu đồng.", ["Thu nhập tăng"]),
    # a phrase cut at its length in syllables does not start inside a word (``[diện] tích``, ``[Phối] hợp``); a clause
    # of up to twenty words from its start is whole (its head, ``Thu nhập``, was cut at twelve)
    ("Thu nhập bình quân trên diện tích dừa hữu cơ cao hơn dừa sản xuất thông thường từ 15 - 20%.",
     ["Thu nhập bình quân trên diện tích dừa hữu cơ cao hơn dừa sản xuất thông thường"]),
    ("Công đoàn cơ sở vận động đoàn viên ủng hộ Quỹ vì người nghèo của xã được 45 triệu đồng.",
     ["Công đoàn cơ sở vận động đoàn viên ủng hộ Quỹ vì người nghèo của xã"]),
    ("Theo kết quả rà soát, vốn vay ưu đãi của chương trình cho vay hộ nghèo và hộ cận nghèo trên địa bàn các xã "
     "miền núi phía tây của huyện trong năm qua đạt 45 tỷ đồng.",
     ["địa bàn các xã miền núi phía tây của huyện trong năm qua"]),  # (longer: its last twelve words, as before)
    # a time's number is no other figure's: the subject is whole from its head (it lost ``Tổng``, ``Vốn đầu tư``)
    ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10/2024 ước đạt 7.456,8 tỷ đồng.",
     ["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10/2024"]),
    ("Vốn đầu tư thực hiện từ nguồn ngân sách nhà nước do địa phương quản lý năm 2024 ước đạt 812,5 tỷ đồng.",
     ["Vốn đầu tư thực hiện từ nguồn ngân sách nhà nước do địa phương quản lý năm 2024"]),
    # a list item's mark is no word of the phrase
    ("- Kim ngạch xuất khẩu ước đạt 8,95 tỷ USD.", ["Kim ngạch xuất khẩu"]),
    ("+ 95% hộ dân sử dụng nước sạch.", ["hộ dân sử dụng nước sạch"]),
    # ``cấp trên`` is "the level above", one phrase, not "over" before the amount
    ("thu bổ sung từ ngân sách cấp trên 1.744.070.000 đồng", ["thu bổ sung từ ngân sách cấp trên"]),
    # a comma inside a quoted name ends no phrase
    ('Mô hình "5 không, 3 sạch" được triển khai tại 8/8 chi hội.', ['chi hội Mô hình "5 không, 3 sạch" được triển khai']),
    ("Phong trào “Ngày thứ bảy xanh, sạch” thu hút 1.200 lượt người.", ["lượt người Phong trào “Ngày thứ bảy xanh, sạch” thu hút"]),
    # a qualifier before the next number is that number's (``ít nhất`` whole; ``hợp nhất`` is no qualifier); an age
    # says who is counted, the qualifier with it (``trẻ em dưới 6 tuổi``, ``người từ 60 tuổi trở lên``)
    ("Cấp 1.245 thẻ BHYT cho trẻ em dưới 6 tuổi.", ["thẻ BHYT cho trẻ em dưới 6 tuổi", "Cấp 1.245 thẻ BHYT cho trẻ em"]),
    ("Có 09 người dưới 40 tuổi; chúc thọ 1.250 người từ 60 tuổi trở lên.",
     ["người dưới 40 tuổi", "09 người", "người từ 60 tuổi trở lên chúc thọ", "chúc thọ 1.250 người"]),
    ("còn 02 tỉnh sau hợp nhất khoảng 3 triệu dân", ["tỉnh sau hợp nhất", "dân còn 02 tỉnh sau hợp nhất"]),
    # "và" after another figure starts this one's clause; a move then takes the sentence's subject
    ("Thu ngân sách ước đạt 12.345 tỷ đồng, bằng 98,6% dự toán HĐND tỉnh giao và tăng 8,2% so với cùng kỳ.",
     ["Thu ngân sách", "Thu ngân sách dự toán HĐND tỉnh giao", "Thu ngân sách tăng so với cùng kỳ"]),
    # (an average's word with the move is still a move alone: it counted ``bình quân tăng``)
    ("Thu ngân sách nhà nước trên địa bàn đạt 96,75 tỷ đồng, bình quân tăng 12,6%/năm.",
     ["Thu ngân sách nhà nước trên địa bàn", "Thu ngân sách nhà nước trên địa bàn bình quân tăng"]),
    ("Tổng vốn đầu tư đạt 450 tỷ đồng, tăng 10% so cùng kỳ và tăng bình quân 8,5%/năm.",
     ["Tổng vốn đầu tư", "Tổng vốn đầu tư tăng so cùng kỳ", "Tổng vốn đầu tư tăng bình quân"]),
    # where a count is: ``tại``, ``ở`` lead on to the number
    ("Duy trì thu gom rác thải tại 4/9 ấp.", ["ấp Duy trì thu gom rác thải"]),
    # a year after the counted noun dates the count: it is no word of the phrase, and a dated end still moves
    ("Số hộ nghèo giảm từ 320 hộ năm 2021 xuống còn 150 hộ năm 2024.", ["Số hộ nghèo giảm", "Số hộ nghèo giảm"]),
    ("Kết nạp 45 hội viên mới trong quý 3 năm 2024.", ["hội viên mới"]),
    # a clause that only says when measures what the clause before measured, then
    ("Thu ngân sách năm 2023 đạt 120 tỷ đồng, năm 2024 đạt 135 tỷ đồng.", ["Thu ngân sách năm 2023", "Thu ngân sách"]),
    # (and a time with a move: the same thing's move then; a bracket may say the base period's, ``cùng kỳ năm 2023``)
    ("Thu ngân sách năm 2023 đạt 120 tỷ đồng, năm 2024 tăng 12% so cùng kỳ.",
     ["Thu ngân sách năm 2023", "Thu ngân sách tăng so cùng kỳ"]),
    ("Tính chung 10 tháng năm 2024, chỉ số IIP ước tăng 11,62% so với cùng kỳ năm trước (cùng kỳ năm 2023 giảm 1,8%).",
     ["chỉ số IIP ước tăng so với cùng kỳ năm trước", "chỉ số IIP giảm"]),
    ("Đến năm 2027, diện tích dừa hữu cơ đạt 24.000 ha; đến năm 2030 đạt 30.000 ha.",
     ["diện tích dừa hữu cơ", "diện tích dừa hữu cơ"]),
    ("Thu ngân sách đạt 120 tỷ đồng. Năm 2024 có 35 hộ thoát nghèo, 12 hộ nghèo.", ["Thu ngân sách", "hộ thoát nghèo", "hộ nghèo"]),
])
def test_what_is_counted_leaves_out_words_that_name_nothing(text: str, counted: list[str]) -> None:
    assert [f.counted for f in scan(text)] == counted


@pytest.mark.parametrize("text, expected", [
    # an amount written in several scales, in digits or in words, is one amount
    ("Hỗ trợ 2 triệu 500 nghìn đồng mỗi hộ.", [("2 triệu 500 nghìn đồng", 2_500_000, "VND")]),
    ("thu 2 tỷ 150 triệu 500 nghìn đồng", [("2 tỷ 150 triệu 500 nghìn đồng", 2_150_500_000, "VND")]),
    ("Số tiền: Một tỷ hai trăm năm mươi triệu đồng.", [("Một tỷ hai trăm năm mươi triệu đồng", 1_250_000_000, "VND")]),
    ("gồm ba tỷ năm trăm triệu đồng", [("ba tỷ năm trăm triệu đồng", 3_500_000_000, "VND")]),
    ("chi 3 tỷ đồng, 200 triệu đồng", [("3 tỷ đồng", 3e9, "VND"), ("200 triệu đồng", 2e8, "VND")]),
    # the same amount again in words, in brackets, is not a second figure
    ("Đóng góp 15.000.000đ (mười lăm triệu đồng).", [("15.000.000đ", 15_000_000, "VND")]),
    ("số tiền 5.000.000 đồng (bằng chữ: năm triệu đồng)", [("5.000.000 đồng", 5_000_000, "VND")]),
    ("góp 5 triệu đồng (hai triệu đồng tiền mặt)", [("5 triệu đồng", 5e6, "VND"), ("hai triệu đồng", 2e6, "VND")]),
    # spelled out over several scales, with commas between the groups, as a decision writes its budget
    ("Tổng kinh phí: 186.450 triệu đồng (Một trăm tám mươi sáu tỷ, bốn trăm năm mươi triệu đồng), trong đó:",
     [("186.450 triệu đồng", 186_450_000_000, "VND")]),
    ("Tổng cộng 1.200.000.000.000 đồng (một nghìn hai trăm tỷ đồng).", [("1.200.000.000.000 đồng", 1.2e12, "VND")]),
    ("Chi 12.500.000 đồng (Bằng chữ: Mười hai triệu năm trăm ngàn đồng chẵn./.)", [("12.500.000 đồng", 12_500_000, "VND")]),
    # "không trăm" (no hundreds) inside a group; a rate spelled out with its own "/người"
    ("Tổng kinh phí 2.050.000.000 đồng (Hai tỷ không trăm năm mươi triệu đồng chẵn).", [("2.050.000.000 đồng", 2_050_000_000, "VND")]),
    ("hỗ trợ 3.500.000 đồng/người (Ba triệu năm trăm nghìn đồng/người)", [("3.500.000 đồng/người", 3_500_000, "VND/người")]),
    # under "Bằng chữ" the words restate the amount even when the writer got them wrong
    ("Chi 12.500.000 đồng (Bằng chữ: Mười hai triệu năm trăm đồng)", [("12.500.000 đồng", 12_500_000, "VND")]),
    # a year after a scale word is the year, not millions of years
    ("chi 2 tỷ năm 2023", [("2 tỷ", 2e9, "VND")]),
    ("đón hai triệu lượt khách", [("hai triệu lượt khách", 2e6, "lượt khách")]),
    # ``tổng số``, ``dân số``: a quantity, where ``số 12`` is a number that names
    ("với tổng số 120 hộ", [("120 hộ", 120, "hộ")]),
    ("Mật độ dân số 350 người/km2", [("350 người/km2", 350, "người/km2")]),
    ("hồ sơ số 12 được duyệt", []),
    # a word that names with a number (``Phường 1``, ``cơ sở 2``) names nothing before an amount
    ("ngân sách tỉnh 300 triệu đồng, ngân sách huyện 200 triệu đồng",
     [("300 triệu đồng", 3e8, "VND"), ("200 triệu đồng", 2e8, "VND")]),
    ("Lương cơ sở 1.800.000 đồng/tháng.", [("1.800.000 đồng/tháng", 1.8e6, "VND/tháng")]),
    ("tại Phường 3, 120 hộ", [("120 hộ", 120, "hộ")]),
    ("Phường 1, 2 và 3", []),
    ("Quận 12 tỷ lệ hộ nghèo 0,8%", [("0,8%", 0.8, "%")]),  # ``tỷ lệ`` is a share, not a billion
    # a share of a whole, ``1/3 số hộ``, counts in what the whole is made of
    ("khoảng 1/3 số hộ nghèo được hỗ trợ", [("khoảng 1/3 số hộ nghèo", 1, "hộ nghèo")]),
    # ``từ … đến …`` is a range as ``… - …`` is
    ("hỗ trợ từ 3 đến 5 triệu đồng/hộ", [("3 đến 5 triệu đồng/hộ", 3e6, "VND/hộ")]),
    ("xây dựng từ 1 đến 2 mô hình", [("1 đến 2 mô hình", 1, "mô hình")]),
    ("từ 5 hộ đến 3 hộ", [("5 hộ", 5, "hộ"), ("3 hộ", 3, "hộ")]),
])
def test_amounts_in_several_scales_and_in_words(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(text[f.start:f.end], f.value, f.unit) for f in scan(text)] == \
        [(span, pytest.approx(value), unit) for span, value, unit in expected]


def test_a_range_from_to_has_both_ends() -> None:
    fig = one("hỗ trợ từ 3 đến 5 triệu đồng/hộ")
    assert (fig["value"], fig["value_max"], fig["kind"]) == (3e6, 5e6, "rate")
    assert one("tăng từ 15 đến 20%")["value_max"] == 20


@pytest.mark.parametrize("text, expected", [
    ("Số vụ vi phạm giảm 12 vụ (-15,2%).", [("12 vụ", 12), ("-15,2%", -15.2)]),
    ("tăng trưởng -2,5% so với cùng kỳ", [("-2,5%", -2.5)]),
    ("- 15% số hộ", [("15%", 15)]),  # a list item's dash
    ("từ 10 -15%", [("10 -15%", 10)]),  # a range's
    ("Covid-19 làm giảm 50% doanh thu", [("50%", 50)]),
])
def test_a_minus_sign_on_a_percent_or_amount_makes_it_negative(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(text[f.start:f.end], f.value) for f in scan(text)] == expected


def test_whose_things_were_counted_is_part_of_what_was_counted() -> None:
    assert [f.counted for f in scan("ban hành 10 kết luận của Ban Thường vụ Huyện ủy.")] == \
        ["kết luận của Ban Thường vụ Huyện ủy"]


def test_the_first_months_of_a_year_are_no_duration() -> None:
    assert scan("Tình hình 9 tháng năm 2023 và 6 tháng năm nay") == []
    assert [(f.value, f.kind) for f in scan("Trong 6 tháng, xã đã hỗ trợ 20 hộ.")] == [(6, "duration"), (20, "count")]


@pytest.mark.parametrize("text, expected", [
    ("Tổng số hội viên: 12.345 người (nam: 5.000, nữ: 7.345).",
     [("12.345 người", "người", "Tổng số hội viên"), ("5.000", "người", "người nam"), ("7.345", "người", "người nữ")]),
    ("kết nạp 120 đảng viên (trong đó nữ 45, đoàn viên 80)",
     [("120 đảng viên", "đảng viên", "đảng viên kết nạp"), ("45", "đảng viên", "đảng viên nữ"),
      ("80", "đảng viên", "đảng viên đoàn viên")]),
    ("Có 5 tổ (tổ 1, tổ 2)", [("5 tổ", "tổ", "tổ")]),  # names, not parts
    ("có 20 hộ (Phường 1: 12, Phường 3: 8)", [("20 hộ", "hộ", "hộ"), ("12", "hộ", "hộ Phường 1"), ("8", "hộ", "hộ Phường 3")]),
    # years that name a category of a list are no durations: ``30 năm`` is the badge, 120 who got it
    ("trao Huy hiệu Đảng cho 312 đồng chí (30 năm: 120; 60 năm trở lên: 14).",
     [("312 đồng chí", "đồng chí", "đồng chí trao Huy hiệu Đảng"), ("120", "đồng chí", "đồng chí 30 năm"),
      ("14", "đồng chí", "đồng chí 60 năm trở lên")]),
    ("sau 10 năm: 5 mô hình", [("10 năm", "năm", "sau"), ("5 mô hình", "mô hình", "mô hình sau 10 năm")]),
    ("hỗ trợ 20 hộ (Quyết định số 12/QĐ-UBND)", [("20 hộ", "hộ", "hộ hỗ trợ")]),
])
def test_parts_in_brackets_after_a_count_count_in_its_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(text[f.start:f.end], f.unit, f.counted) for f in scan(text)] == expected


def test_what_was_done_to_the_things_counted_is_part_of_them() -> None:
    assert [f.counted for f in scan("có 145 hội viên được hỗ trợ; 12 hộ được vay vốn.")] == [
        "hội viên được hỗ trợ", "hộ được vay vốn"]



def test_a_multiple_is_a_ratio_of_what_grew() -> None:
    """``tăng gấp 2 lần``: two-fold, not two occasions (``tổ chức 3 lần kiểm tra`` is a count)."""
    (fig,) = scan("Sản lượng lúa tăng gấp 2 lần so với năm 2020.")
    assert (fig.kind, fig.value, fig.unit, fig.counted) == ("ratio", 2.0, "lần", "Sản lượng lúa tăng")
    (fig,) = scan("Tổ chức 3 lần kiểm tra.")
    assert (fig.kind, fig.unit) == ("count", "lần")


def test_written_short_money_and_signs() -> None:
    """``tr.đồng`` is how many reports write triệu đồng (it gave no figure); a sign before a number
    qualifies it, touching it or not; ``cao hơn`` says by how much, not "over"."""
    rate = one("các thôn đặc biệt khó khăn được hỗ trợ thêm 15 tr.đồng/thôn/năm.")
    assert (rate["value"], rate["unit"], rate["kind"]) == (15_000_000, "VND/thôn/năm", "rate")
    assert found("hỗ trợ 350 tr.đồng cho học sinh và 20 trđ/hộ") == [
        ("350 tr.đồng", 350_000_000, "VND", "money", None, None), ("20 trđ/hộ", 20_000_000, "VND/hộ", "rate", None, None)]
    assert found("tỷ lệ tiêm chủng đạt ≥ 95%, khám thai ≥4 lần, tỷ lệ tử vong ≤ 0,5%, trẻ <1 tuổi") == [
        ("≥ 95%", 95, "%", "percent", None, "at_least"), ("≥4 lần", 4, "lần", "count", None, "at_least"),
        ("≤ 0,5%", 0.5, "%", "percent", None, "under"), ("<1 tuổi", 1, "tuổi", "measure", None, "under")]
    assert one("HĐND tỉnh giao cao hơn 850 tỷ đồng so với Trung ương giao")["qualifier"] is None
    assert one("có nhiều hơn 850 hộ đăng ký")["qualifier"] == "over"


def test_an_abbreviation_s_dot_ends_no_clause() -> None:
    doc = Document("t", "t.txt", "text", "0")
    doc.add_block("paragraph", "Quỹ học bổng của TP.HCM dành cho học sinh nghèo đạt 350 triệu đồng.")
    figures.extract(doc)
    assert [r["counted"] for r in doc.rows("figures")] == ["Quỹ học bổng của TP.HCM dành cho học sinh nghèo"]


def test_a_moves_bare_first_end_takes_the_seconds_unit_and_scale() -> None:
    """``tăng từ 2.150 lên 3.864 gia đình``: the first end was no figure (a bare number)."""
    assert [(f[0], f[1], f[2]) for f in found("Số gia đình văn hóa tăng từ 2.150 lên 3.864 gia đình.")] == [
        ("2.150", 2150, "gia đình"), ("3.864 gia đình", 3864, "gia đình")]
    assert [(f[0], f[1], f[2]) for f in found("Thu ngân sách tăng từ 1,2 lên 1,5 tỷ đồng.")] == [
        ("1,2", 1_200_000_000, "VND"), ("1,5 tỷ đồng", 1_500_000_000, "VND")]
    assert [f[0] for f in found("thu nhập khoảng 25 - 30 triệu đồng/ tháng")] == ["khoảng 25 - 30 triệu đồng/ tháng"]


def test_a_range_with_both_ends_written_whole() -> None:
    """``từ 300.000đ đến 500.000đ`` is one range, as ``từ 6.800 đến 7.400 đồng/kg`` is (it was two amounts);
    after a verb of change the two ends are a move, two figures."""
    assert [(f[0], f[1]) for f in found("Mỗi suất quà từ 300.000đ đến 500.000đ.")] == [("300.000đ đến 500.000đ", 300_000)]
    assert one("tỷ lệ đạt từ 48% đến 52%")["value_max"] == 52
    assert len(found("tỷ lệ tăng từ 48% đến 52%")) == 2
    # but no fall goes up: ``giảm từ 60% đến 70% số lượng đơn vị`` (reduce by 60 to 70 percent) is a range; a fall is a move
    assert one("giảm từ 60% đến 70% số lượng đơn vị hành chính")["value_max"] == 70
    assert len(found("tỷ lệ giảm từ 52% đến 48%")) == 2
    # a rate written on the second end only is both ends' (it was an amount and a rate)
    assert [(f[0], f[1], f[2], f[3]) for f in found("Mức hỗ trợ từ 2 triệu đồng đến 5 triệu đồng/hộ.")] == [
        ("2 triệu đồng đến 5 triệu đồng/hộ", 2_000_000, "VND/hộ", "rate")]
    assert [f[0] for f in found("Diện tích từ 12 ha đến 15 tấn/ha.")] == ["12 ha", "15 tấn/ha"]
    # without ``từ`` too (the lower end was lost, or was a figure of its own)
    assert [(f[0], f[1], f[2]) for f in found("Mức hỗ trợ 5 đến 7 triệu đồng/hộ; kéo dài 3 đến 5 ngày; để lại (10% đến 50%).")] == [
        ("5 đến 7 triệu đồng/hộ", 5_000_000, "VND/hộ"), ("3 đến 5 ngày", 3, "ngày"), ("10% đến 50%", 10, "%")]
    assert one("Xã có 3 đến 4 thôn đạt chuẩn.")["value_max"] == 4


@pytest.mark.parametrize("text, expected", [
    # a level before a place word: a count follows, not a numbered name (only 15 hộ was read)
    ("khen thưởng cấp Trung ương 2 hộ, cấp tỉnh 15 hộ và cấp xã 419 hộ", [2, 15, 419]),
    ("tuyến đường tỉnh 943 đoạn qua xã được nâng cấp", []),  # a road's number
    ("tạm giữ 126 mô tô, 08 ô tô", [126, 8]),
    ("tổng biên chế năm 2025 là 2.846 biên chế, giảm 235 biên chế", [2846, 235]),
])
def test_levels_roads_and_vehicles(text: str, expected: list[float]) -> None:
    assert [f[1] for f in found(text)] == expected


def test_a_reports_own_span_of_months_is_its_period_not_a_duration() -> None:
    """``Trong 9 tháng, …`` in a report on the first 9 months is that period (every such mention was a
    duration figure); a report on a year keeps ``6 tháng`` a length of time."""
    from extractors import dates

    doc = Document("t", "t.txt", "text", "0")
    for text in ("BÁO CÁO Tình hình kinh tế - xã hội 9 tháng đầu năm 2023",
                 "Trong 9 tháng, toàn huyện có 87 doanh nghiệp thành lập mới; tập huấn 6 tháng cho 40 học viên."):
        doc.add_block("paragraph", text)
    dates.extract(doc)
    figures.extract(doc)
    assert [r["text"] for r in doc.rows("figures")] == ["87 doanh nghiệp", "6 tháng", "40 học viên"]


@pytest.mark.parametrize("text, counted", [
    ("Lắp đặt 1.380 bóng đèn.", "1.380 bóng đèn"),
    ("Có 19 đội hình, 856 tình nguyện viên.", "856 tình nguyện viên"),
    ("Toàn huyện có 3.687 HVTN tham gia.", "3.687 HVTN"),
    ("Ủy ban MTTQ xã khóa XV gồm 40 ủy viên, vắng 03 đồng chí.", "40 ủy viên"),  # ``uỷ viên`` in underthesea's list
    ("Hình thành 32 cánh đồng lớn.", "32 cánh đồng"),  # one listed word its segmenter splits
])
def test_a_noun_the_tagger_reads_only_after_its_number(text: str, counted: str) -> None:
    """Tagged alone, a one-word phrase is a numeral to underthesea (``bóng đèn``: ``M``), so the count
    before a sentence's end was lost; after its number it is a noun."""
    assert counted in [t for t, *_ in found(text)]


def test_within_a_time_is_a_duration_not_a_round() -> None:
    assert found("Khắc phục hậu quả trong vòng 15 ngày sau lũ; thi đấu vòng 2.") == [("15 ngày", 15, "ngày", "duration", None, None)]


@pytest.mark.parametrize("text", ["There are 45 characters here.", "We read 8 223 000 kWh.", "x = 7 == y"])
def test_a_word_after_a_number_is_counted_only_when_vietnamese(text: str) -> None:
    assert [t for t, _v, _u, kind, *_ in found(text) if kind == "count"] == []


@pytest.mark.parametrize("text, kind", [
    ("thu nhập của hộ nghèo tăng khoảng 1,3 lần", "ratio"), ("Thu nhập tăng 2 lần", "ratio"),
    ("năng suất đạt 1,5 lần", "ratio"), ("Tổ chức 3 lần kiểm tra", "count"),
])
def test_times_as_much_is_a_ratio(text: str, kind: str) -> None:
    """A change verb before ``N lần``, or a fraction of a time, makes a multiple (``tăng gấp`` only did)."""
    assert one(text)["kind"] == kind


def test_a_count_after_a_noun_of_quantity_ending_in_so_and_a_noun_its_own_clause_counts_again() -> None:
    """``dân tộc thiểu số 17 đồng chí`` (a minority, not "number 17") and ``sĩ số 45 học sinh`` are
    counts; ``17 đồng chí, đảng viên nữ 45 đồng chí``: the noun after the comma opens the next item,
    which counts it again (it was joined to the first count's noun)."""
    text = "đảng viên là người dân tộc thiểu số 17 đồng chí, đảng viên nữ 45 đồng chí; sĩ số 45 học sinh"
    assert [(t, u) for t, _, u, *_ in found(text)] == [("17 đồng chí", "đồng chí"), ("45 đồng chí", "đồng chí"),
                                                       ("45 học sinh", "học sinh")]
    # a later count of another kind leaves the joined nouns joined
    assert found("Có 120 cán bộ, đảng viên tham gia 3 lớp tập huấn.")[0][:3] == ("120 cán bộ, đảng viên", 120, "cán bộ, đảng viên")


@pytest.mark.parametrize("text, aside", [
    ("Xã Nam Anh (cũ) 9 thôn, xã Nam Xuân (cũ) 8 thôn, xã Nam Lĩnh (cũ) 7 thôn.", " (cũ)"),
    ("Xã Nam Anh có 9 thôn, xã Nam Xuân có 8 thôn, xã Nam Lĩnh có 7 thôn.", ""),
])
def test_a_unit_type_after_the_comma_naming_the_next_items_place_is_no_type_of_the_count_before(text: str,
                                                                                                  aside: str) -> None:
    """``9 thôn, xã Nam Xuân (cũ) 8 thôn``: the ``xã`` after the comma opens the next item, which counts again, a bracket
    in its name or not (the unit was ``thôn, xã``, or the phrase ran on to ``thôn, xã Nam Xuân có``); each count's
    clause before it is its commune. A list of types counted once stays one noun (``12 xã, thị trấn``)."""
    assert [(text[f.start:f.end], f.unit, f.attrs()["counted"]) for f in scan(text)] == [
        ("9 thôn", "thôn", f"thôn Xã Nam Anh{aside}"), ("8 thôn", "thôn", f"thôn xã Nam Xuân{aside}"),
        ("7 thôn", "thôn", f"thôn xã Nam Lĩnh{aside}")]
    listed = one("Toàn huyện có 12 xã, thị trấn đạt chuẩn nông thôn mới.")
    assert (listed["unit"], listed["counted"]) == ("xã, thị trấn", "xã, thị trấn đạt chuẩn nông thôn mới")
    # (a word that names no place after the type: ``xóm thành 41 thôn`` is "became", the list's second type)
    merged = [f.attrs()["counted"] for f in scan("Huyện đã sáp nhập 85 thôn, xóm thành 41 thôn, xóm.")]
    assert merged[1].count("xóm") == 1


@pytest.mark.parametrize("text, counted", [
    ("Tổng kinh phí hỗ trợ cho 15 hộ (cận nghèo) là 750 triệu đồng.", "Tổng kinh phí hỗ trợ cho 15 hộ (cận nghèo)"),
    ("Dự toán thu ngân sách năm 2025 của 3 xã (cũ) là 11.720 triệu đồng.",
     "Dự toán thu ngân sách năm 2025 của 3 xã (cũ)"),
    ("Diện tích tự nhiên của 3 xã (cũ) là 52,36 km2.", "Diện tích tự nhiên của 3 xã (cũ)"),
    ("Dự toán thu ngân sách năm 2025 của 3 xã là 11.720 triệu đồng.", "Dự toán thu ngân sách năm 2025 của 3 xã"),
])
def test_a_bracket_after_a_count_in_the_subject_is_an_aside_as_after_any_word(text: str, counted: str) -> None:
    """``cho 15 hộ (cận nghèo) là [750 triệu đồng]``: a bracket holding no figure is an aside to the words before it, a
    count among them, as without the bracket (the amount measured nothing, or the area ``xã Diện tích tự nhiên
    của``); a count after such a bracket is still not of it (``78 trường (công lập) với [1.245 nhóm, lớp]``), and one
    that lists the parts of the count before it is no aside (``(mầm non 28 trường)``)."""
    assert scan(text)[-1].attrs()["counted"] == counted
    for aside in ("công lập", "mầm non 28 trường"):
        listed = f"Toàn huyện có 78 trường ({aside}) với 1.245 nhóm, lớp."
        assert [f.attrs()["counted"] for f in scan(listed) if f.unit == "nhóm, lớp"] == ["nhóm, lớp"]


def test_a_sectors_name_with_a_comma_and_a_bracket_after_a_time_keep_the_clause() -> None:
    """``Giá trị sản xuất nông, lâm nghiệp và thủy sản 6 tháng đầu năm 2025 (theo giá so sánh 2010) ước
    đạt 14.652,8 tỷ đồng``: the comma of ``nông, lâm`` ends no clause, and the year before the bracket
    is no other figure, so the bracket is an aside (the figure measured nothing)."""
    fig = one("Giá trị sản xuất nông, lâm nghiệp và thủy sản 6 tháng đầu năm 2025 (theo giá so sánh 2010) ước đạt "
              "14.652,8 tỷ đồng.")
    assert fig["counted"].startswith("Giá trị sản xuất nông, lâm nghiệp và thủy sản 6 tháng đầu năm 2025")  # whole: the time costs no words
    assert one("Khu vực nông, lâm nghiệp và thủy sản chiếm 34,86%.")["counted"] == "Khu vực nông, lâm nghiệp và thủy sản"


def test_an_amount_alone_in_brackets_restates_the_words_before_them() -> None:
    """``bằng 56,3% kế hoạch năm (20.000 ha)``: the plan's area, not what the clause's first figure
    measured (it took ``Trồng rừng tập trung 6 tháng``); after a comparison the bracket keeps the
    clause's subject, and a note on an amount (``60 triệu đồng (đạt 100% …)``) is no restatement."""
    figs = {f["text"]: f["counted"] for f in scan_rows(
        "Trồng rừng tập trung 6 tháng đạt 11.250 ha, bằng 56,3% kế hoạch năm (20.000 ha).",
        "thu nội địa 11.080 tỷ đồng, tăng 10,26% so cùng kỳ (10.049 tỷ đồng).",
        "hỗ trợ xây tặng 01 căn nhà, trị giá 60 triệu đồng (đạt 100% chỉ tiêu năm).")}
    assert figs["20.000 ha"] == "kế hoạch năm"
    assert figs["10.049 tỷ đồng"] == "thu nội địa"
    assert figs["đạt 100%"] == "căn nhà hỗ trợ xây tặng chỉ tiêu năm"  # (the share of the year's target of houses)


def scan_rows(*paragraphs: str | tuple[str, str]) -> list[dict]:
    """Dates, then figures, as the pipeline runs them (a figure's period is a dates row); a (kind, text) pair is a
    block of that kind (a section's ``heading``)."""
    from extractors import dates

    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    for p in paragraphs:
        doc.add_block(*(p if isinstance(p, tuple) else ("paragraph", p)))
    dates.extract(doc)
    figures.extract(doc)
    return doc.rows("figures")


def test_a_phrase_that_names_a_cited_document_keeps_its_number() -> None:
    """``187 đảng viên vi phạm Quy định số 69-QĐ/TW`` and ``10 năm thực hiện Chỉ thị số 43-CT/TW``: the
    phrase stopped at the number and ended on ``Quy định số``, naming no document."""
    got = {f["text"]: f["counted"] for f in scan_rows(
        "Thi hành kỷ luật 187 đảng viên vi phạm Quy định số 69-QĐ/TW ngày 06/7/2022.",
        "Qua 10 năm thực hiện Chỉ thị số 43-CT/TW, kết quả tốt.", "Hỗ trợ 320 hộ năm 2021.")}
    assert got["187 đảng viên"] == "đảng viên vi phạm Quy định số 69-QĐ/TW"
    assert got["10 năm"].endswith("thực hiện Chỉ thị số 43-CT/TW")
    assert got["320 hộ"] == "hộ Hỗ trợ"  # a year after a count is still no part of it


def test_a_counts_phrase_takes_no_words_that_other_numbers_counted() -> None:
    """``Dịch tả lợn châu Phi xảy ra tại 14 ổ dịch thuộc 9 xã của 4 huyện``: the districts' phrase was
    the whole clause before them (``huyện châu Phi xảy ra tại 14 ổ dịch thuộc 9 xã của``); after other
    numbers, only the words after the last of them and its noun are the count's. A number opening the
    clause is what the count is of (``07 Liên hiệp HTX với 45 thành viên``), and a name's (``Phường 4``) is none."""
    got = {f["text"]: f["counted"] for f in scan_rows(
        "Dịch tả lợn châu Phi xảy ra tại 14 ổ dịch thuộc 9 xã của 4 huyện.",
        "Từ tháng 3/2017 đến nay đã cấp phát 73 đợt.",
        "Có 07 Liên hiệp HTX với 45 thành viên.",
        "Tổ hợp tác Hoa kiểng Phường 4 có 18 thành viên.",
        "Ngân hàng đã giải ngân 185,3 tỷ đồng hỗ trợ cho 2.356 lượt tổ chức, cá nhân.")}
    assert (got["4 huyện"], got["73 đợt"]) == ("huyện", "đợt đã cấp phát")
    # (not ``… đồng hỗ trợ``: past the scale and the unit; the ones given to take the act, from its tense word)
    assert got["2.356 lượt tổ chức, cá nhân"] == "lượt tổ chức, cá nhân đã giải ngân hỗ trợ"
    assert got["45 thành viên"] == "thành viên 07 Liên hiệp HTX"
    assert got["18 thành viên"].startswith("thành viên Tổ hợp tác Hoa kiểng Phường 4")


def test_status_tells_targets_and_estimates_from_what_was_done() -> None:
    """A plan's, a resolution's or a congress report's targets looked like results (``đạt 85 triệu
    đồng`` was ``reached`` and nothing else): the nearest cue before a figure in its sentence, or in
    the line that opens its list, says which it is; ``đã`` after a target's cue is what was done."""
    rows = scan_rows("Phấn đấu đến năm 2030: thu nhập bình quân đầu người đạt 110 triệu đồng; sản lượng đạt 60 tỷ đồng/năm.",
                     "Năm 2025 ước đạt 7,2%; tỷ lệ hộ nghèo giảm 1,3%.",
                     "Mục tiêu đề ra là 100 hộ, đến nay đã hỗ trợ 120 hộ.",
                     "Các chỉ tiêu chủ yếu:", "- Tốc độ tăng trưởng GRDP đạt 8% trở lên;", "- GRDP bình quân đầu người đạt 85 triệu đồng.",
                     "Kết quả: hỗ trợ 45 hộ, đạt 98% kế hoạch năm.")
    got = {r["text"]: r["status"] for r in rows}
    assert got == {"đạt 110 triệu đồng": "target", "đạt 60 tỷ đồng/năm": "target", "ước đạt 7,2%": "estimate",
                   "1,3%": "estimate", "100 hộ": "target", "120 hộ": None, "đạt 8% trở lên": "target",
                   "đạt 85 triệu đồng": "target", "45 hộ": None, "đạt 98%": None}


def test_targets_counted_or_talked_of_are_no_cue() -> None:
    """``có ba chỉ tiêu không đạt``, ``15 ý kiến về chỉ tiêu kinh tế, 8 ý kiến về văn hóa``: the targets a number in
    words counts, and a topic's targets, are no cue (both were ``target``: the words were read past the number)."""
    rows = scan_rows("Năm 2025, có ba chỉ tiêu không đạt.",
                     "Cử tri nêu 23 ý kiến, trong đó 15 ý kiến về chỉ tiêu kinh tế, 8 ý kiến về văn hóa - xã hội.",
                     "Phấn đấu kết nạp mười đảng viên.")
    assert {r["text"]: r["status"] for r in rows} == {"ba chỉ tiêu": None, "23 ý kiến": None, "15 ý kiến": None,
                                                     "8 ý kiến": None, "mười đảng viên": "target"}


def test_a_request_an_office_helped_make_is_no_cue() -> None:
    """``Phối hợp đề nghị …`` recounts work done, as ``đã đề nghị`` does; the gifts after it were given."""
    rows = scan_rows("Phối hợp đề nghị giải quyết chế độ cho 14 hội viên; thăm hỏi, tặng 1.245 suất quà trị giá 623,5 triệu đồng.")
    assert {r["text"]: r["status"] for r in rows} == {"14 hội viên": None, "1.245 suất quà": None, "623,5 triệu đồng": None}


def test_an_amount_asked_for_is_proposed() -> None:
    """``Đề nghị UBND tỉnh hỗ trợ 2,5 tỷ đồng``, a report's closing requests, read as done; a proposal already
    made (``đã đề nghị khen thưởng``) is done, and one only cited (``Theo đề nghị của …``) is no cue."""
    rows = scan_rows("Đề nghị UBND tỉnh hỗ trợ 2,5 tỷ đồng để sửa chữa trường học.",
                     "Ban Thường vụ đã đề nghị khen thưởng 02 tập thể.",
                     "Theo đề nghị của Phòng Tài chính, UBND huyện phân bổ 1,5 tỷ đồng.",
                     "Đề xuất bố trí 3 tỷ đồng; xây dựng 5 phòng học.")
    assert {r["text"]: r["status"] for r in rows} == {"2,5 tỷ đồng": "proposed", "02 tập thể": None, "1,5 tỷ đồng": None,
                                                      "3 tỷ đồng": "proposed", "5 phòng": "proposed"}


def test_a_prosecution_recommended_is_an_act_done_not_a_proposal() -> None:
    """``kết thúc điều tra, đề nghị truy tố 43 vụ/60 bị can, đình chỉ 02 vụ``: the investigators' recommendation to
    prosecute (a step of the procedure, done) was ``proposed``, and the case dropped after it too."""
    rows = scan_rows("Cơ quan điều tra kết thúc điều tra, đề nghị truy tố 43 vụ/60 bị can, đình chỉ 02 vụ; đề nghị khởi "
                     "tố 5 vụ.", "Đề nghị UBND huyện hỗ trợ 50 triệu đồng.")
    assert {r["text"]: r["status"] for r in rows} == {"43 vụ/60 bị can": None, "02 vụ": None, "5 vụ": None,
                                                      "50 triệu đồng": "proposed"}


def test_a_count_over_another_counts_its_own_noun_and_what_its_clause_says() -> None:
    """``Cơ quan điều tra đã giải quyết 45 vụ/62 bị can``, ``Khởi tố mới 42 vụ/58 bị can``: each counted ``vụ/62 bị can``,
    the denominator, so cases solved, charged and tried were told apart by nothing."""
    got = {r["text"]: (r["counted"], r["denominator"], r["denominator_unit"]) for r in scan_rows(
        "Cơ quan điều tra đã giải quyết 45 vụ/62 bị can. Khởi tố mới 42 vụ/58 bị can. Tòa án đã xét xử 41 vụ/60 bị cáo "
        "được đưa ra xét xử.")}
    assert got == {"45 vụ/62 bị can": ("vụ Cơ quan điều tra đã giải quyết", 62, "bị can"),
                   "42 vụ/58 bị can": ("vụ Khởi tố mới", 58, "bị can"),
                   "41 vụ/60 bị cáo": ("vụ được đưa ra xét xử", 60, "bị cáo")}
    # (a denominator in thousands: the phrase stopped at its dot, ``lượt/1``)
    got = {r["text"]: (r["counted"], r["denominator"]) for r in scan_rows(
        "Ban Tiếp công dân huyện tiếp 1.286 lượt/1.412 người. Tiếp 286 lượt/1.412 người đến khiếu nại.")}
    assert got == {"1.286 lượt/1.412 người": ("lượt Ban Tiếp công dân huyện tiếp", 1412),
                   "286 lượt/1.412 người": ("lượt đến khiếu nại", 1412)}


def test_a_period_in_a_bracket_after_a_figure_leaves_it_its_sections_time() -> None:
    """``- Thu nhập bình quân đầu người đạt 38,5 triệu đồng/người/năm trở lên (năm 2026 ước đạt 34,2 …)`` under ``MỤC
    TIÊU NĂM 2027``: the bracket's year, an aside, took the section's time away, and the target had none."""
    rows = scan_rows(("heading", "1. Mục tiêu năm 2027"),
                     "- Thu nhập bình quân đầu người đạt 38,5 triệu đồng/người/năm trở lên (năm 2026 ước đạt 34,2 triệu "
                     "đồng/người/năm).", "- Kỷ luật 01 tổ chức đảng (chi bộ thôn Phú Thượng, nhiệm kỳ 2022-2025).")
    assert [(r["text"], r["label_period_start"]) for r in rows][::2] == [
        ("đạt 38,5 triệu đồng/người/năm trở lên", "2027-01-01"), ("01 tổ chức đảng", "2027-01-01")]


def test_a_capitalised_type_word_before_a_count_is_a_verb() -> None:
    """``- Hướng dẫn 15 xã, thị trấn rà soát``, ``Hướng dẫn 100% cơ sở y tế …``: a document's type word opening an item
    made the number a document's, and the figure was lost; no document's number is followed by ``%`` or a counted
    noun (``Quyết định 217 ngày 5/1/2020`` still is one)."""
    rows = scan_rows("- Hướng dẫn 15 xã, thị trấn rà soát.", "Hướng dẫn 100% cơ sở y tế thu gom chất thải.",
                     "Thực hiện Quyết định 217 ngày 5/1/2020.")
    assert [(r["text"], r["unit"]) for r in rows] == [("15 xã, thị trấn", "xã, thị trấn"), ("100%", "%")]


def test_a_breakdown_in_a_bracket_after_the_counts_words_counts_its_parts() -> None:
    """``113 tố giác, tin báo về tội phạm (cũ 08, mới 105)``: the breakdown was read only right after a one-word noun
    (``113 tin (cũ 08, mới 105)``), and the old and new cases were lost."""
    got = [(r["text"], r["counted"]) for r in scan_rows(
        "Viện kiểm sát đã thụ lý kiểm sát 113 tố giác, tin báo về tội phạm (cũ 08, mới 105). Thụ lý 312 vụ, việc dân "
        "sự, hôn nhân và gia đình (cũ 38, mới 274).")]
    assert got[1:3] + got[4:] == [("08", "tố giác cũ"), ("105", "tố giác mới"), ("38", "vụ cũ"), ("274", "vụ mới")]


def test_bodies_and_people_joined_by_a_comma_are_one_count_of_parties() -> None:
    """``đã xử phạt 25 tổ chức, cá nhân vi phạm pháp luật về môi trường``: the unit was ``tổ chức`` and what they did
    was lost (as ``hộ gia đình, cá nhân`` was one count already); ``đối với`` before a count links, whole."""
    got = [(r["text"], r["unit"], r["counted"]) for r in scan_rows(
        "Tiến hành thanh tra, kiểm tra đối với 96 tổ chức, cá nhân; đã xử phạt 25 tổ chức, cá nhân vi phạm pháp luật về "
        "môi trường; 12 cá nhân, doanh nghiệp.")]
    assert got == [("96 tổ chức, cá nhân", "tổ chức, cá nhân", "tổ chức, cá nhân Tiến hành thanh tra, kiểm tra"),
                   ("25 tổ chức, cá nhân", "tổ chức, cá nhân", "tổ chức, cá nhân vi phạm pháp luật về môi trường"),
                   ("12 cá nhân, doanh nghiệp", "cá nhân, doanh nghiệp", "cá nhân, doanh nghiệp")]


def test_a_value_the_same_period_last_year_had_measures_what_came_before() -> None:
    """``tỷ lệ hồ sơ trực tuyến toàn trình đạt 48,6% (cùng kỳ năm 2023 đạt 21,3%)``: the bracket's value counted ``cùng kỳ
    năm 2023``, a time alone (``(năm 2023 đạt 21,3%)`` was already read so)."""
    got = [(r["text"], r["counted"]) for r in scan_rows(
        "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 48,6% (cùng kỳ năm 2023 đạt 21,3%).")]
    assert got == [("đạt 48,6%", "Tỷ lệ hồ sơ trực tuyến toàn trình"), ("đạt 21,3%", "Tỷ lệ hồ sơ trực tuyến toàn trình")]


def test_a_parts_own_time_after_trong_do_leaves_the_whole_its_sections() -> None:
    """``Tổ chức 04 hội nghị giao ban hằng quý, trong đó hội nghị sơ kết 6 tháng đầu năm được tổ chức ngày 10/7/2024``
    under ``KẾT QUẢ THỰC HIỆN NĂM 2024``: the part's time took the section's from the whole, which had none."""
    rows = scan_rows(("heading", "I. KẾT QUẢ THỰC HIỆN NĂM 2024"), "Tổ chức 04 hội nghị giao ban hằng quý, trong đó hội "
                     "nghị sơ kết 6 tháng đầu năm được tổ chức ngày 10/7/2024.")
    assert [(r["text"], r["label_period_start"]) for r in rows] == [("04 hội nghị", "2024-01-01")]



def test_a_running_total_said_by_its_time_alone_is_of_what_the_sentence_before_measured() -> None:
    """``Tổng mức bán lẻ … tháng 9 ước đạt 9.215 tỷ đồng. Tính chung 9 tháng ước đạt 81.640 tỷ đồng``, ``Lũy kế 9 tháng
    đạt 45,6 tỷ USD`` (a monthly report's sentence for the year so far): they counted ``Tính chung 9 tháng``, a time."""
    rows = scan_rows(("heading", "Tình hình thương mại tháng 9 và 9 tháng năm 2024"),
                     "Tổng mức bán lẻ hàng hóa tháng 9 ước đạt 9.215 tỷ đồng, tăng 1,2% so với tháng trước. Tính chung 9 "
                     "tháng ước đạt 81.640 tỷ đồng, tăng 10,8% so với cùng kỳ. Kim ngạch xuất khẩu tháng 9 ước đạt 5.210 "
                     "triệu USD. Lũy kế 10 tháng đạt 45,6 tỷ USD.")
    assert [(r["text"], r["counted"]) for r in rows if r["unit"] != "tháng"][2:] == [
        ("ước đạt 81.640 tỷ đồng", "Tổng mức bán lẻ hàng hóa"),
        ("10,8%", "Tổng mức bán lẻ hàng hóa tăng so với cùng kỳ"),
        ("ước đạt 5.210 triệu USD", "Kim ngạch xuất khẩu tháng 9"), ("đạt 45,6 tỷ USD", "Kim ngạch xuất khẩu")]

def test_a_share_in_a_bracket_after_a_count_is_of_what_it_counts() -> None:
    """``Phạm pháp hình sự xảy ra 42 vụ, giảm 05 vụ (-10,64%)``, ``làm chết 8 người (chiếm 40%)``: the share counted the
    bare noun (``vụ``), and which cases fell was lost."""
    got = [(r["text"], r["counted"]) for r in scan_rows(
        "Phạm pháp hình sự xảy ra 42 vụ, giảm 05 vụ (-10,64%) so với cùng kỳ. Tai nạn giao thông làm chết 8 người "
        "(chiếm 40%).")]
    assert got[1:3] + got[3:] == [("05 vụ", "vụ Phạm pháp hình sự xảy ra giảm"), ("-10,64%", "vụ Phạm pháp hình sự xảy ra giảm"),
                                  ("8 người", "người Tai nạn giao thông làm chết"), ("40%", "người Tai nạn giao thông làm chết")]
    # what the clause says after the bracket is what both count (``(chiếm 76,09%) hoàn thành tốt nhiệm vụ``: the rating
    # was lost)
    got = [(r["text"], r["counted"]) for r in scan_rows(
        "Có 35/46 tổ chức cơ sở đảng (chiếm 76,09%) hoàn thành tốt nhiệm vụ; 8 tổ chức cơ sở đảng (17,39%) hoàn thành "
        "nhiệm vụ.")]
    assert got == [("35/46 tổ chức cơ sở đảng", "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ"),
                   ("76,09%", "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ"),
                   ("8 tổ chức cơ sở đảng", "tổ chức cơ sở đảng hoàn thành nhiệm vụ"),
                   ("17,39%", "tổ chức cơ sở đảng hoàn thành nhiệm vụ")]


def test_an_amount_named_after_with_past_a_count_of_cases() -> None:
    """``xử phạt vi phạm hành chính 8.102 trường hợp với số tiền 12.345,6 triệu đồng``: the ``hợp`` of ``trường hợp`` read
    as ``phối hợp với`` (a verb's partner), and the amount's name was not put first as for ``10 chị với số tiền``."""
    got = {r["text"]: r["counted"] for r in scan_rows(
        "Đã xử phạt vi phạm hành chính 8.102 trường hợp với số tiền 12.345,6 triệu đồng.")}
    assert got["12.345,6 triệu đồng"] == "số tiền Đã xử phạt vi phạm hành chính 8.102 trường hợp"


def test_a_deadline_after_a_figure_leaves_it_its_sections_time() -> None:
    """``- Gieo trồng 15 ha lúa đông xuân trước ngày 15/10`` under ``NHIỆM VỤ THÁNG 10 NĂM 2024``: the deadline took the
    section's time away, and the task had none (a chi bộ's monthly resolution)."""
    rows = scan_rows(("heading", "II. NHIỆM VỤ THÁNG 10 NĂM 2024"), "- Gieo trồng 15 ha lúa đông xuân trước ngày 15/10.")
    assert [(r["text"], r["label_period_start"], r["label_period_end"]) for r in rows] == [
        ("15 ha", "2024-10-01", "2024-10-31")]


def test_an_amount_that_matches_a_count_is_the_amount_of_what_it_counts() -> None:
    """``số có điều kiện thi hành 521 việc, tương ứng 21.374.000.000 đồng``: the amount counted ``tương ứng``; a
    breakdown's ``lĩnh vực đất đai 15 quyết định, số tiền 685 triệu đồng; lĩnh vực môi trường …`` amounts each
    counted ``số tiền``, told apart by nothing."""
    got = {r["text"]: r["counted"] for r in scan_rows(
        "Số có điều kiện thi hành 521 việc, tương ứng 21.374.000.000 đồng; đã thi hành xong 412 việc, tương đương 15 tỷ "
        "đồng.", "Trong đó: lĩnh vực đất đai 15 quyết định, số tiền 685 triệu đồng; lĩnh vực môi trường 21 quyết định, số "
        "tiền 1.523,5 triệu đồng.")}
    assert (got["21.374.000.000 đồng"], got["15 tỷ đồng"]) == ("số tiền việc Số có điều kiện thi hành",
                                                               "số tiền việc đã thi hành xong")
    assert (got["685 triệu đồng"], got["1.523,5 triệu đồng"]) == ("số tiền quyết định lĩnh vực đất đai",
                                                                  "số tiền quyết định lĩnh vực môi trường")


def test_which_one_a_number_names_is_no_other_figures_count() -> None:
    """``trong đó mức độ 2 là 54.310 tài khoản``, ``Tiêm phòng đợt 2 cho 1.250 con gia súc``: the level's and the round's
    numbers were taken for other figures, and the counts counted their noun alone."""
    got = {r["text"]: r["counted"] for r in scan_rows(
        "Có 98.120 tài khoản định danh, trong đó mức độ 2 là 54.310 tài khoản. Tiêm phòng đợt 2 cho 1.250 con gia súc.")}
    assert (got["54.310 tài khoản"], got["1.250 con gia súc"]) == ("tài khoản mức độ 2", "con gia súc Tiêm phòng đợt 2")


def test_a_targets_cue_reaches_the_end_of_a_long_list_sentence() -> None:
    """A plan's ``Phấn đấu …`` is one long sentence of ``;`` items: after about 300 characters the cue no
    longer reached (``20 xã``, ``57 triệu đồng/người/năm`` were stated as done)."""
    items = "; ".join(f"tỷ lệ chỉ số thứ {n} của ngành nông nghiệp đạt khoảng {n}0%" for n in range(1, 9))
    rows = scan_rows(f"Phấn đấu năm 2025: {items}; có thêm 20 xã đạt chuẩn nông thôn mới nâng cao; thu nhập bình "
                     "quân đạt 57 triệu đồng/người/năm.")
    assert len(rows) == 10 and {r["status"] for r in rows} == {"target"}


def test_a_section_of_tasks_or_of_requests_gives_its_figures_their_status() -> None:
    """Under ``II. KẾ HOẠCH NĂM 2025`` (and its ``1. Nông nghiệp``) a figure is planned, under ``III. ĐỀ XUẤT, KIẾN
    NGHỊ`` asked for: both were stated as done when their own sentence had no cue; a results section, or one
    opened inside a plan (``2. Kết quả bước đầu``), says done."""
    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    for kind, text in (("heading", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024"), ("heading", "1. Nông nghiệp"),
                       ("paragraph", "Diện tích lúa 98.450 ha."), ("heading", "II. KẾ HOẠCH NĂM 2025"),
                       ("heading", "1. Nông nghiệp"), ("paragraph", "- Xây dựng 15 xã đạt chuẩn nông thôn mới nâng cao."),
                       ("heading", "2. Kết quả bước đầu"), ("paragraph", "Đã hỗ trợ 20 hộ."),
                       ("heading", "III. ĐỀ XUẤT, KIẾN NGHỊ"), ("paragraph", "Hỗ trợ tỉnh 150 tỷ đồng.")):
        doc.add_block(kind, text)
    figures.extract(doc)
    assert [(r["text"], r["status"]) for r in doc.rows("figures")] == [
        ("98.450 ha", None), ("15 xã", "target"), ("20 hộ", None), ("150 tỷ đồng", "proposed")]


def test_a_plans_value_named_right_before_its_number_is_a_target() -> None:
    """``ước đạt 3,2%, vượt kế hoạch đề ra (kế hoạch 3,0%)``: the plan's 3,0% took the estimate's cue."""
    rows = scan_rows("Tốc độ tăng trưởng ước đạt 3,2%, vượt kế hoạch đề ra (kế hoạch 3,0%); dự toán giao 6.120 tỷ đồng, "
                     "ước thực hiện 6.300 tỷ đồng.", "Đã hỗ trợ 50 hộ, đạt 98% kế hoạch.",
                     "Tăng trưởng đạt 7,2%/năm (Nghị quyết đề ra 7,5%/năm); thu ngân sách tăng 11,8%/năm (NQ: 13%/năm).")
    assert [(r["text"], r["status"]) for r in rows] == [
        ("ước đạt 3,2%", "estimate"), ("3,0%", "target"), ("6.120 tỷ đồng", "target"), ("6.300 tỷ đồng", "estimate"),
        ("50 hộ", None), ("đạt 98%", None), ("đạt 7,2%/năm", None), ("7,5%/năm", "target"), ("11,8%/năm", None),
        ("13%/năm", "target")]
    # targets met (``hoàn thành các chỉ tiêu``) are no cue for what follows; a cue before them still is one
    rows = scan_rows("Công tác Đoàn cơ bản hoàn thành các chỉ tiêu; 12/14 chỉ tiêu đạt và vượt kế hoạch.",
                     "Phấn đấu hoàn thành chỉ tiêu 95% hộ.")
    assert [(r["text"], r["status"]) for r in rows] == [("12/14 chỉ tiêu", None), ("95%", "target")]
    # the target's value in brackets after who set it (it had no status)
    rows = scan_rows("Tỷ lệ điều tra, khám phá án đạt 89,2%, đạt và vượt chỉ tiêu Bộ Công an giao (trên 75%).")
    assert [(r["text"], r["status"]) for r in rows] == [("đạt 89,2%", None), ("trên 75%", "target")]


def test_a_resolutions_value_set_beside_a_result_measures_what_the_result_does() -> None:
    """``đạt 95,1% (NQ 93%)``, ``đạt 31,2%/NQ 40%``: the resolution's value by its abbreviation, in a bracket or after the
    result's slash, is a target of what the result measures; it counted ``NQ`` with no status, and after the slash the
    result took ``/NQ`` as a denominator, the target ``31,2%/NQ`` as its words."""
    rows = scan_rows("Tỷ lệ hộ gia đình đạt chuẩn văn hóa đạt 95,1% (NQ 93%). Thu nhập bình quân đầu người tăng 8,6%/năm, "
                     "vượt mục tiêu Nghị quyết (NQ 7 - 8%/năm).",
                     "Các chỉ tiêu chưa đạt: tỷ lệ lao động qua đào tạo có văn bằng, chứng chỉ (đạt 31,2%/NQ 40%); "
                     "tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ (đạt bình quân 82,4%/NQ trên 85%).")
    assert [(r["text"], r["status"], r["counted"]) for r in rows] == [
        ("đạt 95,1%", None, "Tỷ lệ hộ gia đình đạt chuẩn văn hóa"),
        ("93%", "target", "Tỷ lệ hộ gia đình đạt chuẩn văn hóa"),
        ("8,6%/năm", None, "Thu nhập bình quân đầu người tăng"),
        ("7 - 8%/năm", "target", "Thu nhập bình quân đầu người tăng"),
        ("đạt 31,2%", None, "tỷ lệ lao động qua đào tạo có văn bằng, chứng chỉ"),
        ("40%", "target", "tỷ lệ lao động qua đào tạo có văn bằng, chứng chỉ"),
        ("82,4%", None, "tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ"),
        ("trên 85%", "target", "tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ")]


def test_targets_not_met_are_results() -> None:
    """``Một số chỉ tiêu chưa đạt kế hoạch như tổng đàn lợn (đạt 98,8%)``: what was reached on the targets missed
    was a target (the cue word ``chỉ tiêu``); so was what followed ``đạt 112,5% chỉ tiêu``, a share's base."""
    rows = scan_rows("Một số chỉ tiêu chưa đạt kế hoạch như tổng đàn lợn (đạt 98,8%), số huyện đạt chuẩn nông thôn mới "
                     "(8/9 huyện).", "Phấn đấu năm 2025 có 20 xã đạt chuẩn.",
                     "Kết nạp 45 đảng viên, đạt 112,5% chỉ tiêu Nghị quyết; hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành.")
    assert [(r["text"], r["status"]) for r in rows] == [("đạt 98,8%", None), ("8/9 huyện", None), ("20 xã", "target"),
                                                        ("45 đảng viên", None), ("đạt 112,5%", None), ("trên 90%", None)]


def test_a_figure_that_names_no_time_takes_its_sections() -> None:
    """``1. Kết quả thực hiện Nghị quyết nhiệm kỳ 2020-2025`` over a past term's results, in a resolution for 2025-2030:
    they had no period of their own (a consumer read them as the new term's); a section naming two periods
    gives none."""
    from extractors import dates, references

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    for kind, text in (("heading", "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2020-2025"), ("heading", "1. Kinh tế"),
                       ("paragraph", "Thu nhập bình quân đạt 52 triệu đồng/người/năm."),
                       ("heading", "II. MỤC TIÊU, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025"), ("paragraph", "Kết nạp 20 đảng viên."),
                       ("heading", "III. KẾT QUẢ NĂM 2024 VÀ KẾ HOẠCH NĂM 2025"), ("paragraph", "Hỗ trợ 30 hộ."),
                       ("heading", "IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025"),
                       ("paragraph", "Tiếp tục triển khai Kết luận số 123-KL/TW về phát triển kinh tế năm 2025 với mục "
                                     "tiêu tăng trưởng 8% trở lên."),
                       ("paragraph", "Theo Chỉ thị số 42-CT/TU ngày 15/3/2024 của Tỉnh ủy, hỗ trợ 12 nhà tạm.")):
        doc.add_block(kind, text)
    dates.extract(doc)
    references.extract(doc)
    figures.extract(doc)
    assert [(r["text"], r["label_period_start"], r["label_period_end"]) for r in doc.rows("figures")] == [
        ("đạt 52 triệu đồng/người/năm", "2020-01-01", "2025-12-31"), ("20 đảng viên", "2025-07-01", "2025-12-31"),
        ("30 hộ", None, None), ("8% trở lên", None, None),  # (a cited subject's year: the aim's, no section's either)
        ("12 nhà", "2025-07-01", "2025-12-31")]  # (a cited document's date dates nothing of the sentence)


def test_a_part_lettered_in_capitals_opens_the_sections_under_it() -> None:
    """``A. KẾT QUẢ CÔNG TÁC NĂM 2024`` over ``I. CÔNG TÁC GIÁO DỤC``, as Đoàn and Hội reports part them: the letter was
    read as the lowest level (``a)``), so ``I.`` closed it and the figures under it had no period; ``I``, ``V``,
    ``X`` stay Roman numerals."""
    from extractors import dates

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    for kind, text in (("heading", "A. KẾT QUẢ CÔNG TÁC NĂM 2024"), ("heading", "I. CÔNG TÁC GIÁO DỤC"),
                       ("paragraph", "Các cơ sở Hội đã tổ chức 58 buổi sinh hoạt."),
                       ("heading", "B. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025"), ("heading", "I. MỤC TIÊU"),
                       ("paragraph", "Kết nạp 80 hội viên mới."), ("heading", "V. KIẾN NGHỊ"), ("paragraph", "Cấp 20 xe.")):
        doc.add_block(kind, text)
    dates.extract(doc)
    figures.extract(doc)
    assert [(r["text"], r["label_period_start"]) for r in doc.rows("figures")] == [
        ("58 buổi", "2024-01-01"), ("80 hội viên", "2025-01-01"), ("20 xe", "2025-01-01")]


def test_a_clause_on_the_whole_year_takes_the_year_not_the_sections_or_sentences_period() -> None:
    """Under ``II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2026``, ``phấn đấu cả năm … đạt 5.000 triệu đồng`` and ``kết nạp 20
    đảng viên trong năm`` took the fourth quarter; ``9 tháng đạt …, ước cả năm đạt …`` took the nine months. A
    school year, or a clause with no such words, keeps what it had."""
    from extractors import dates

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="", title="Báo cáo 9 tháng năm 2026")
    for kind, text in (("paragraph", "Thu ngân sách 9 tháng đạt 1.200 triệu đồng, ước cả năm đạt 1.900 triệu đồng."),
                       ("heading", "II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2026"),
                       ("paragraph", "Thu ngân sách đạt 600 triệu đồng; phấn đấu cả năm thu ngân sách đạt 5.000 triệu "
                                     "đồng, kết nạp 20 đảng viên trong năm. Trong năm học mới mở 3 lớp.")):
        doc.add_block(kind, text)
    dates.extract(doc)
    figures.extract(doc)
    assert [(r["text"], r["label_period_start"], r["label_period_end"]) for r in doc.rows("figures")] == [
        ("đạt 1.200 triệu đồng", "2026-01-01", "2026-09-30"), ("đạt 1.900 triệu đồng", "2026-01-01", "2026-12-31"),
        ("đạt 600 triệu đồng", "2026-10-01", "2026-12-31"), ("đạt 5.000 triệu đồng", "2026-01-01", "2026-12-31"),
        ("20 đảng viên", "2026-01-01", "2026-12-31"), ("3 lớp", "2026-10-01", "2026-12-31")]


def test_a_value_right_after_the_whole_year_takes_the_year() -> None:
    """``thực hiện 10 tháng 8.213,5 tỷ đồng …; ước cả năm 10.120,0 tỷ đồng`` took the ten months (a number after
    ``cả năm`` was read as a year's); a year after it still names its own (``cả năm 2026``)."""
    from extractors import dates

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="", title="Báo cáo 10 tháng năm 2026")
    doc.add_block("paragraph", "Thu nội địa: thực hiện 10 tháng 8.213,5 tỷ đồng, đạt 83,4% dự toán; ước cả năm 10.120,0 tỷ "
                               "đồng, vượt 2,7% dự toán.")
    dates.extract(doc)
    figures.extract(doc)
    assert [(r["text"], r["label_period_start"], r["label_period_end"]) for r in doc.rows("figures")] == [
        ("8.213,5 tỷ đồng", "2026-01-01", "2026-10-31"), ("đạt 83,4%", "2026-01-01", "2026-10-31"),
        ("10.120,0 tỷ đồng", "2026-01-01", "2026-12-31"), ("2,7%", "2026-01-01", "2026-12-31")]


def test_a_target_handed_out_passed_or_named_far_from_its_value() -> None:
    """``giao chỉ tiêu kế hoạch sản xuất cho 15 xã, thị trấn; thành lập 03 đoàn …`` made those given it and every act
    after them targets; ``vượt kế hoạch 6,5%`` (by how much the plan was passed) was a target; ``so với chỉ tiêu Nghị
    quyết Đại hội Đảng bộ huyện lần thứ XVIII đề ra (58 tạ/ha)`` was none (the body that set it ran past six words).
    A target's own value after ``giao chỉ tiêu`` still is one."""
    got = {r["text"]: r["status"] for r in scan_rows(
        "UBND huyện đã ban hành Quyết định giao chỉ tiêu kế hoạch sản xuất cho 15 xã, thị trấn; thành lập 03 đoàn kiểm tra.",
        "Rau các loại 447,2 ha, vượt kế hoạch 6,5%.",
        "Năng suất lúa đạt 61,2 tạ/ha, vượt 3,2 tạ/ha so với chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XVIII "
        "đề ra (58 tạ/ha).",
        "Giao chỉ tiêu trồng 500 ha rừng cho các xã.")}
    assert got == {"15 xã, thị trấn": None, "03 đoàn": None, "447,2 ha": None, "6,5%": None, "đạt 61,2 tạ/ha": None,
                   "3,2 tạ/ha": None, "58 tạ/ha": "target", "500 ha": "target"}


def test_only_the_last_sentence_of_a_lists_lead_says_its_items_status() -> None:
    """``1. Tổng thu … Ước thực hiện cả năm đạt 10.740,0 tỷ đồng. Trong đó:`` made every item under it an estimate,
    the items' own ten months' results too; a lead whose opening sentence holds the cue still gives it."""
    rows = scan_rows("1. Tổng thu 10 tháng thực hiện 8.725,8 tỷ đồng. Ước thực hiện cả năm đạt 10.740,0 tỷ đồng. Trong đó:",
                     ("list_item", "a) Thu nội địa: thực hiện 10 tháng 8.213,5 tỷ đồng."),
                     "2. Tổng chi 10 tháng thực hiện 15.100,6 tỷ đồng. Ước thực hiện cả năm các khoản chi:",
                     ("list_item", "a) Chi đầu tư phát triển 5.817 tỷ đồng."))
    got = {r["text"]: r["status"] for r in rows}
    assert got["8.213,5 tỷ đồng"] is None
    assert got["5.817 tỷ đồng"] == "estimate"


def test_a_bases_value_in_brackets_is_of_the_base_and_an_aside_dates_nothing_after_it() -> None:
    """``tăng 12,3% so với năm 2025 (năm 2025 đạt 76,98 tỷ đồng) và đạt 108,1% kế hoạch năm. Trong đó: - … 32.658.450.000
    đồng``: the aside's year dated 108,1% and every item of the list; ``so với năm 2025 (357 đơn vị máu)``: the base's own
    value took no year of the base. A bracket holding only a time (``Trong 5 năm (2020 - 2025), …``) still dates."""
    from extractors import dates

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="", title="Báo cáo năm 2026")
    for kind, text in (("heading", "I. KẾT QUẢ"),
                       ("paragraph", "Tổng số tiền vận động đạt 86,45 tỷ đồng, tăng 12,3% so với năm 2025 (năm 2025 đạt "
                                     "76,98 tỷ đồng) và đạt 108,1% kế hoạch năm. Trong đó:"),
                       ("list_item", "- Cấp tỉnh tiếp nhận 32.658.450.000 đồng."),
                       ("paragraph", "Tiếp nhận 412 đơn vị máu, tăng 15,4% so với năm 2025 (357 đơn vị máu)."),
                       ("paragraph", "Trong 5 năm (2020 - 2025), toàn huyện xây dựng 312 mô hình.")):
        doc.add_block(kind, text)
    dates.extract(doc)
    figures.extract(doc)
    got = {r["text"]: (r["label_period_start"], r["label_period_end"]) for r in doc.rows("figures")}
    assert [got[t] for t in ("đạt 76,98 tỷ đồng", "đạt 108,1%", "32.658.450.000 đồng", "412 đơn vị máu", "357 đơn vị máu",
                             "312 mô hình")] == [
        ("2025-01-01", "2025-12-31"), (None, None), (None, None), (None, None), ("2025-01-01", "2025-12-31"),
        ("2020-01-01", "2025-12-31")]


def test_status_of_a_table_figure_is_its_columns() -> None:
    """``Kế hoạch 2025 | Ước thực hiện | Thực hiện 6 tháng``: the plan's column holds targets, the
    estimate's estimates, the result's what was done."""
    doc = Document(doc_id="t", path="t.docx", format="docx", sha256="")
    for r, cells in enumerate([["Chỉ tiêu", "Kế hoạch 2025", "Ước thực hiện", "Thực hiện 6 tháng"], ["Diện tích lúa (ha)", "92.000", "91.800", "91.245"]]):
        for c, text in enumerate(cells):
            doc.add_block("table_cell", text, table_no=0, row=r, col=c)
    figures.extract(doc)
    assert [(r["text"], r["status"]) for r in doc.rows("figures")] == [("92.000", "target"), ("91.800", "estimate"), ("91.245", None)]


def test_a_period_opening_the_sentence_dates_every_item_of_its_list() -> None:
    """``Năm 2025, … ước đạt 7,2%; tỷ lệ hộ nghèo giảm 1,3%``: the second item was undated (the ``;`` ended
    the period's reach) and fell back to the report's period; a period inside an item dates it alone."""
    got = {r["text"]: r["label_period_start"] for r in scan_rows(
        "Năm 2025, tăng trưởng ước đạt 7,2%; tỷ lệ hộ nghèo giảm 1,3%.",
        "Phấn đấu đến năm 2030: thu nhập đạt 110 triệu đồng; sản lượng đạt 60 tỷ đồng/năm.",
        "Hội CCB: Tổ chức hội nghị sơ kết giữa nhiệm kỳ 2017-2022; ra mắt Câu lạc bộ với 26 thành viên.")}
    assert got == {"ước đạt 7,2%": "2025-01-01", "1,3%": "2025-01-01", "đạt 110 triệu đồng": "2030-01-01",
                   "đạt 60 tỷ đồng/năm": "2030-01-01", "26 thành viên": None}


def test_per_ten_thousand_people_and_double_digit_growth_are_no_figures() -> None:
    """``Số bác sĩ trên 10.000 dân đạt 13 bác sĩ``: "per 10,000 people", the rate's denominator, was a
    figure "over 10,000 people"; ``tăng trưởng hai con số`` (double-digit growth) was a count of 2. Over
    is over where a verb or ``số`` comes before: ``Xã có trên 10.000 dân``, ``Dân số trên 10.000 người``."""
    got = [f["text"] for f in scan_rows("Số bác sĩ trên 10.000 dân đạt 13 bác sĩ.", "Tốc độ tăng trưởng kinh tế đạt hai con số.",
                                        "Xã có trên 10.000 dân.", "Dân số trên 10.000 người.")]
    assert got == ["đạt 13 bác sĩ", "trên 10.000 dân", "trên 10.000 người"]


def test_and_above_after_the_words_a_counts_noun_goes_on_with() -> None:
    """``Kết nạp từ 200 đảng viên mới trở lên``: no qualifier, and ``trở lên`` was part of what was
    counted; "and above" after the noun's own words makes the count ``at_least`` as it does right after it."""
    (fig,) = scan_rows("Kết nạp từ 200 đảng viên mới trở lên.")
    assert (fig["qualifier"], fig["counted"]) == ("at_least", "đảng viên mới")
    # without ``từ`` it is of the words after the noun: ``hoàn thành tốt nhiệm vụ trở lên``, a rating and those above
    fig = scan_rows("Có 44/48 chi bộ hoàn thành tốt nhiệm vụ trở lên, đạt 91,7%.")[0]
    assert (fig["text"], fig["qualifier"]) == ("44/48 chi bộ", None)


def test_results_on_targets_and_a_list_led_by_a_period_after_another() -> None:
    """``Kết quả thực hiện các chỉ tiêu …: 14/18 chỉ tiêu đạt …; 4 chỉ tiêu chưa đạt`` are results (the
    counted ``chỉ tiêu`` made them targets); ``Đến năm 2026: …; đến năm 2030: … 520 hợp tác xã; … đạt 25%``
    dates the items after the second lead 2030 (they went back to 2026), as ``tại thời điểm 01/7/2024:``
    dates each item of its list."""
    rows = {r["text"]: (r["status"], r["label_period_start"]) for r in scan_rows(
        "Kết quả thực hiện các chỉ tiêu Nghị quyết năm 2024 đến nay: 14/18 chỉ tiêu đạt và vượt kế hoạch; 4 chỉ tiêu chưa đạt.",
        "Đến năm 2026: có 450 hợp tác xã; đến năm 2030: toàn tỉnh có 520 hợp tác xã; tỷ lệ ứng dụng công nghệ cao đạt 25%.",
        "Tại thời điểm 01/7/2024: đàn bò 42.300 con; đàn heo 61.500 con.")}
    assert rows["14/18 chỉ tiêu"][0] is None and rows["4 chỉ tiêu"][0] is None
    assert [rows[t][1] for t in ("450 hợp tác xã", "520 hợp tác xã", "đạt 25%")] == ["2026-01-01", "2030-01-01", "2030-01-01"]
    assert rows["42.300 con"][1] == rows["61.500 con"][1] == "2024-07-01"


def test_an_anniversary_range_dates_no_figure() -> None:
    """``Ngày hội Đại đoàn kết toàn dân tộc (18/11/1930 - 18/11/2024)`` counts the years since a founding:
    ``312/312 khu dân cư`` after it was dated 1930-2024; the period written after the figure still dates
    the next one."""
    got = {r["text"]: (r["label_period_start"], r["label_period_end"]) for r in scan_rows(
        "Hưởng ứng Ngày hội Đại đoàn kết toàn dân tộc (18/11/1930 - 18/11/2024), Ngày hội được tổ chức tại "
        "312/312 khu dân cư, từ ngày 01/10 đến ngày 15/11/2024, thu hút 45.000 lượt người tham gia.")}
    assert got == {"312/312 khu dân cư": (None, None), "45.000 lượt người": ("2024-10-01", "2024-11-15")}


def test_a_minus_sign_taken_into_a_figure_leaves_its_phrase() -> None:
    """``tăng trưởng -2,5%``: the sign is the figure's, so the counted phrase ends before it (it read
    ``tăng trưởng -``)."""
    (row,) = scan_rows("Năm 2024, tăng trưởng -2,5%.")
    assert (row["text"], row["value"], row["counted"]) == ("-2,5%", -2.5, "tăng trưởng")


def test_a_comparisons_base_and_a_name_holding_a_cue_word_set_no_status() -> None:
    """``tăng 5,3% so với ước thực hiện năm 2024; trong đó thu nội địa 5.830 tỷ đồng``: the estimate and
    the year are the base's, and 5.830 (the next year's estimate) was an estimate of 2024; ``Chương
    trình mục tiêu quốc gia`` (national target programmes) is a name, so what they disbursed was a target."""
    got = {r["text"]: (r["status"], r["label_period_start"]) for r in scan_rows(
        "Dự toán thu ngân sách nhà nước trên địa bàn năm 2025 là 6.120 tỷ đồng, tăng 5,3% so với ước thực hiện "
        "năm 2024; trong đó thu nội địa 5.830 tỷ đồng.",
        "Giải ngân vốn các Chương trình mục tiêu quốc gia đạt 85%.",
        "Phấn đấu giải ngân vốn Chương trình mục tiêu quốc gia đạt 100%.")}
    assert got["5.830 tỷ đồng"] == (None, "2025-01-01")  # the whole's year (a part after ``trong đó``), not the base's
    assert got["đạt 85%"][0] is None and got["đạt 100%"][0] == "target"


def test_a_sentence_of_parts_is_of_the_wholes_time_and_place() -> None:
    """``… xã Tùng Ảnh đã giải quyết việc làm cho 320 lao động. Trong đó, lao động nữ 150 người``: the parts a
    sentence opened by ``Trong đó`` or ``Cụ thể:`` lists are of the whole's time, place and status (they had none);
    not of a figure in a bracket, an aside (``(55,8%)`` was the province's), nor of the body the whole was measured
    against (``dự toán Hội đồng nhân dân tỉnh giao``)."""
    from extractors import dates, entities, references

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    for line in ("Năm 2023, xã Tùng Ảnh đã giải quyết việc làm cho 320 lao động. Trong đó, lao động nữ 150 người.",
                 "Tính đến ngày 30/9/2024, huyện Cẩm Xuyên đã giải ngân 298,42 tỷ đồng, đạt 61,4% kế hoạch, cao hơn "
                 "bình quân chung của tỉnh Hà Tĩnh (55,8%). Trong đó, vốn sự nghiệp giải ngân 18,2 tỷ đồng, đạt 45,5%.",
                 "Tổng chi ngân sách năm 2023 ước thực hiện 9.842,6 tỷ đồng, bằng 103,2% dự toán Hội đồng nhân dân "
                 "tỉnh Quảng Trị giao. Cụ thể: chi đầu tư phát triển 3.215 tỷ đồng, bằng 86,4% dự toán."):
        doc.add_block("paragraph", line)
    for component in (dates, references, entities, figures):
        component.extract(doc)
    got = {r["text"]: (r["label_period_start"], r["label_period_end"], r["place"], r["status"], r["organization"])
           for r in doc.rows("figures")}
    assert got["150 người"] == ("2023-01-01", "2023-12-31", "xã Tùng Ảnh", None, None)
    assert got["18,2 tỷ đồng"] == got["đạt 45,5%"] == ("2024-09-30", "2024-09-30", "huyện Cẩm Xuyên", None, None)
    assert got["3.215 tỷ đồng"] == got["86,4%"] == ("2023-01-01", "2023-12-31", None, "estimate", None)


def test_the_reports_own_month_quarter_or_term_named_by_no_number() -> None:
    """``Trong tháng, giải quyết việc làm cho 132 người; lũy kế 10 tháng … 1.236 người`` in a report on October and
    the ten months: the month's figures are October's (they were undated, so month and year to date could not be told
    apart); ``Trong kỳ báo cáo`` is the report's whole period; ``trong tháng 9`` and ``trong kỳ họp`` are no such words."""
    from extractors import dates

    def periods(first: str, last: str, *lines: str) -> dict[str, tuple[str | None, str | None]]:
        doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
        doc.period_start, doc.period_end = first, last
        for line in lines:
            doc.add_block("paragraph", line)
        dates.extract(doc)
        figures.extract(doc)
        return {r["text"]: (r["label_period_start"], r["label_period_end"]) for r in doc.rows("figures")}

    assert periods("2024-01-01", "2024-10-31",
                   "Trong tháng, giải quyết việc làm cho 132 người; lũy kế 10 tháng giải quyết việc làm cho 1.236 người.",
                   "Tháng này khám chữa bệnh cho 15.240 lượt người. Trong kỳ báo cáo, ghi nhận 46 ca sốt xuất huyết.",
                   "Trong tháng 9/2024, tiếp nhận 20 hồ sơ. Trong kỳ họp, thông qua 15 nghị quyết.") == {
        "132 người": ("2024-10-01", "2024-10-31"), "1.236 người": ("2024-01-01", "2024-10-31"),
        "15.240 lượt người": ("2024-10-01", "2024-10-31"), "46 ca": ("2024-01-01", "2024-10-31"),
        "20 hồ sơ": ("2024-09-01", "2024-09-30"), "15 nghị quyết": (None, None)}
    # a week's or a day's report: ``Trong tuần ghi nhận …`` (no comma, opening the sentence), ``trong ngày:`` is its whole
    # period; not a running total after it (``lũy kế 74 ca``), a festival (``Trong ngày hội``), nor a longer report's week
    assert periods("2022-02-14", "2022-02-20", "Trong tuần ghi nhận 18 ca F0 mới; lũy kế 74 ca.") == {
        "18 ca": ("2022-02-14", "2022-02-20"), "74 ca": (None, None)}
    assert periods("2022-01-09", "2022-01-10", "1. Ca mắc mới trong ngày: 27 ca. Trong ngày hội có 300 người.") == {
        "27 ca": ("2022-01-09", "2022-01-10"), "300 người": (None, None)}
    assert periods("2024-01-01", "2024-10-31", "Trong tuần, xảy ra 5 vụ.") == {"5 vụ": (None, None)}
    # a month named for a campaign is no month of the report's (``Tháng Thanh niên`` is March)
    assert periods("2024-01-01", "2024-10-31", "Trong Tháng Thanh niên, kết nạp 32 đoàn viên.") == {
        "32 đoàn viên": (None, None)}
    # a quarter is the one the report ends with; a report ending mid-quarter names none
    assert periods("2024-01-01", "2024-09-30", "Trong quý, cấp 300 thẻ.") == {"300 thẻ": ("2024-07-01", "2024-09-30")}
    assert periods("2024-01-01", "2024-10-31", "Trong quý, cấp 300 thẻ.") == {"300 thẻ": (None, None)}
    # ``Trong năm,`` opening a sentence (capitalised: it was read in lower case only) and ``trong năm qua``: the year
    assert periods("2025-01-01", "2025-12-31", "Trong năm, thu 6,8 tỷ đồng. Trong năm qua, kết nạp 20 đảng viên.") == {
        "6,8 tỷ đồng": ("2025-01-01", "2025-12-31"), "20 đảng viên": ("2025-01-01", "2025-12-31")}
    # over the ``;`` of its list too (the items after the first had none), with no comma after it; not a school year
    assert periods("2024-01-01", "2024-12-31", "Trong năm đã kết nạp 86 hội viên mới; giới thiệu 23 đảng viên. Trong năm "
                   "học 2023-2024, có 12 trường.") == {"86 hội viên": ("2024-01-01", "2024-12-31"),
                                                       "23 đảng viên": ("2024-01-01", "2024-12-31"),
                                                       "12 trường": ("2023-01-01", "2024-12-31")}


def test_the_year_a_report_counts_from_a_day_is_its_own_year() -> None:
    """A police report on 2024 whose data line counts its year from a day of December (``Số liệu tính từ ngày
    15/12/2023 đến ngày 14/12/2024``): ``Trong năm,`` is that period, as the report's; it was undated (no one
    calendar year held the period)."""
    from pipeline.load import load_bytes

    text = ("CÔNG AN HUYỆN HOẰNG HÓA\nSố: 512/BC-CAH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Hoằng Hóa, ngày 18 tháng 12 năm 2024\nBÁO CÁO\nTổng kết công tác công an năm 2024\n"
            "(Số liệu tính từ ngày 15/12/2023 đến ngày 14/12/2024)\n"
            "Trong năm, trên địa bàn huyện xảy ra 38 vụ phạm pháp hình sự; điều tra làm rõ 35 vụ.\n")
    doc = load_bytes(text.encode("utf-8"), "bao_cao.txt")
    for component in extractors.components():
        component.extract(doc)
    assert (doc.period_start, doc.period_end) == ("2023-12-15", "2024-12-14")
    assert [(r["text"], r["label_period_start"], r["label_period_end"]) for r in doc.rows("figures")] == [
        ("38 vụ", "2023-12-15", "2024-12-14"), ("35 vụ", "2023-12-15", "2024-12-14")]


def test_a_year_in_an_aside_dates_no_figure_after_it() -> None:
    """``vốn năm 2023 (kể cả vốn năm 2022 được kéo dài) là 812.364 triệu đồng``: the bracket says more than a time, so its
    year is the aside's (the amount was dated 2022); a bracket that only restates the time (``Trong 5 năm (2020 -
    2025),``, ``Năm 2024 (tính đến ngày 30/11/2024),``) still dates what follows."""
    got = {r["text"]: (r["label_period_start"], r["label_period_end"]) for r in scan_rows(
        "Tổng kế hoạch vốn năm 2023 (kể cả vốn năm 2022 được kéo dài) là 812.364 triệu đồng.",
        "Thực hiện 268 cuộc thanh tra (trong đó có 41 cuộc năm 2023 chuyển sang) và 1.152 cuộc kiểm tra.",
        "Trong 5 năm (2020 - 2025), toàn huyện xây dựng 312 mô hình. Năm 2024 (tính đến ngày 30/11/2024), có 25 hộ.")}
    assert got["812.364 triệu đồng"] == ("2023-01-01", "2023-12-31")
    assert got["1.152 cuộc"] == (None, None)
    assert got["312 mô hình"] == ("2020-01-01", "2025-12-31") and got["25 hộ"] == ("2024-11-30", "2024-11-30")


def test_a_balance_carried_into_the_next_year_is_no_target() -> None:
    """``tồn quỹ chuyển sang năm 2025 là 870 triệu đồng`` in a report issued in December 2024: the year is
    where the balance goes, not the figure's date, so it was a target of 2025."""
    from extractors import dates

    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    doc.issued_date = "2024-12-10"
    doc.add_block("paragraph", "Tổng chi trong năm 5,95 tỷ đồng, tồn quỹ chuyển sang năm 2025 là 870 triệu đồng.")
    dates.extract(doc)
    figures.extract(doc)
    assert [(r["text"], r["status"], r["label_period_start"]) for r in doc.rows("figures")] == [
        ("5,95 tỷ đồng", None, None), ("870 triệu đồng", None, None)]


def test_a_list_of_unit_types_is_the_unit_of_its_count_up_to_và() -> None:
    """``13 huyện, thị xã, thành phố`` counted ``huyện`` (the types of unit were no count nouns), and
    ``15/15 xã, phường và 13 huyện`` lost ``phường``: the count after ``và`` is an item of its own."""
    got = {r["text"]: r["unit"] for r in scan_rows(
        "Đến nay 15/15 xã, phường và 13 huyện, thị xã, thành phố đã triển khai; có 2 thành phố và 1 thị xã.")}
    assert got == {"15/15 xã, phường": "xã, phường", "13 huyện, thị xã, thành phố": "huyện, thị xã, thành phố",
                   "2 thành phố": "thành phố", "1 thị xã": "thị xã"}


def test_exceeding_a_target_is_a_result() -> None:
    """``vượt chỉ tiêu Thủ tướng Chính phủ giao 0,8%``: the share by which a target was beaten was a target."""
    got = {r["text"]: r["status"] for r in scan_rows(
        "Đến hết tháng 10/2024, tỷ lệ bao phủ bảo hiểm y tế đạt 94,1%, vượt chỉ tiêu Thủ tướng Chính phủ giao 0,8%.")}
    assert got == {"đạt 94,1%": None, "0,8%": None}


def test_a_count_per_so_many_people_is_a_rate() -> None:
    """``Số giường bệnh/vạn dân đạt 32,5 giường; số bác sĩ/vạn dân đạt 10,2``: the first was a count of
    beds, the second no figure at all (nothing after the number says what it measures)."""
    got = {r["text"]: (r["unit"], r["kind"], r["counted"]) for r in scan_rows(
        "Số giường bệnh/vạn dân đạt 32,5 giường; số bác sĩ/vạn dân đạt 10,2, số dược sĩ đại học/vạn dân 2,8.",
        "Số bác sĩ trên 10.000 dân đạt 13 bác sĩ; xã có trên 10.000 dân.")}
    assert got == {"đạt 32,5 giường": ("giường/10.000 dân", "rate", "Số giường bệnh/vạn dân"),
                   "đạt 10,2": ("bác sĩ/10.000 dân", "rate", "số bác sĩ/vạn dân"),
                   "2,8": ("dược sĩ đại học/10.000 dân", "rate", "số dược sĩ đại học/vạn dân"),
                   "đạt 13 bác sĩ": ("bác sĩ/10.000 dân", "rate", "Số bác sĩ trên 10.000 dân"),
                   "trên 10.000 dân": ("dân", "count", "dân xã")}


def test_a_share_of_a_round_count_of_the_population_is_a_rate_per_so_many_people() -> None:
    """``Tỷ lệ mắc sốt xuất huyết là 267,8/100.000 dân``: cases per 100,000 people, read as 267.8 people of 100,000
    (a ratio counting ``dân Tỷ lệ mắc …``). Of ``người`` only with a fraction: 45 of a thousand may be people."""
    got = {r["text"]: (r["value"], r["unit"], r["kind"], r["denominator"], r["counted"]) for r in scan_rows(
        "Tỷ lệ mắc sốt xuất huyết là 267,8/100.000 dân, tỷ lệ tử vong 0,5/100.000 người; có 45/1.000 người dự, "
        "21.771/34.534 hộ.")}
    assert got == {"267,8/100.000 dân": (267.8, "/100.000 dân", "rate", None, "Tỷ lệ mắc sốt xuất huyết"),
                   "0,5/100.000 người": (0.5, "/100.000 người", "rate", None, "tỷ lệ tử vong"),
                   "45/1.000 người": (45, "người", "ratio", 1000, "người dự"),
                   "21.771/34.534 hộ": (21771, "hộ", "ratio", 34534, "hộ")}
    # and a count per so many people (``108,7 ca/100.000 dân``: 108.7 cases of 100,000 people, counted ``ca Tỷ lệ mắc``)
    got = {r["text"]: (r["unit"], r["kind"], r["denominator"], r["counted"]) for r in scan_rows(
        "Tỷ lệ mắc 108,7 ca/100.000 dân; hỗ trợ 44 suất/07 đơn vị.")}
    assert got == {"108,7 ca/100.000 dân": ("ca/100.000 dân", "rate", None, "Tỷ lệ mắc"),
                   "44 suất/07 đơn vị": ("suất", "count", 7, "suất hỗ trợ")}


def test_a_lists_bare_numbers_count_in_the_noun_it_writes_once() -> None:
    """An inspection committee's ``kỷ luật 24 đảng viên, trong đó: khiển trách 17, cảnh cáo 05, cách chức 01, khai
    trừ 01 đảng viên``: only the numbers with a noun after them were figures, the discipline itself was lost. Each
    bare number of such a list counts in the noun written at its end, or on the whole before ``trong đó``."""
    got = [(r["text"], r["unit"], r["counted"]) for r in scan_rows(
        "Đã thi hành kỷ luật 24 đảng viên (tăng 3 so với năm 2023), trong đó: khiển trách 17, cảnh cáo 05, cách "
        "chức 01, khai trừ 01 đảng viên. Hỗ trợ 15, 20 và 30 hộ.",
        "Chi bộ thi hành kỷ luật 15 đảng viên; Ban Thường vụ Huyện ủy 02; UBKT Huyện ủy 01 đảng viên.",
        "Đã thi hành kỷ luật 24 đảng viên, trong đó khiển trách 17, cảnh cáo 7.",
        "Kiểm tra Công an huyện và Công an xã Quế Xuân 2, ban hành 02 kết luận.")]  # (a name's number: no part)
    assert got == [
        ("24 đảng viên", "đảng viên", "đảng viên Đã thi hành kỷ luật"), ("3", "đảng viên", "đảng viên tăng"),
        ("17", "đảng viên", "đảng viên khiển trách"),
        ("05", "đảng viên", "đảng viên cảnh cáo"), ("01", "đảng viên", "đảng viên cách chức"),
        ("01 đảng viên", "đảng viên", "đảng viên khai trừ"), ("15", "hộ", "hộ Hỗ trợ"), ("20", "hộ", "hộ Hỗ trợ"),
        ("30 hộ", "hộ", "hộ Hỗ trợ"),
        ("15 đảng viên", "đảng viên", "đảng viên Chi bộ thi hành kỷ luật"),
        ("02", "đảng viên", "đảng viên Ban Thường vụ Huyện ủy"), ("01 đảng viên", "đảng viên", "đảng viên UBKT Huyện ủy"),
        ("24 đảng viên", "đảng viên", "đảng viên Đã thi hành kỷ luật"), ("17", "đảng viên", "đảng viên khiển trách"),
        ("7", "đảng viên", "đảng viên cảnh cáo"), ("02 kết luận", "kết luận", "kết luận ban hành")]


def test_a_decimals_digits_after_its_comma_are_no_lists_item() -> None:
    """``đạt 23,6; còn thiếu 87 giáo viên``: a ratio with no unit is no figure, and its ``6`` after the comma is no
    bare item of a list counting ``giáo viên`` (it was ``6 giáo viên``; ``1,42`` gave ``42 giáo viên``)."""
    got = [(r["text"], r["value"]) for r in scan_rows(
        "Tỷ lệ học sinh trên lớp đạt 23,6; còn thiếu 87 giáo viên.",
        "Tỷ lệ giáo viên/lớp đạt 1,42; còn thiếu 87 giáo viên; bổ sung 23, 6 giáo viên.")]
    assert got == [("87 giáo viên", 87), ("đạt 1,42", 1.42), ("87 giáo viên", 87), ("23", 23), ("6 giáo viên", 6)]


def test_a_number_naming_a_grade_or_a_hamlet_goes_on_in_the_counted_phrase() -> None:
    """``2.318/2.320 học sinh lớp 5 hoàn thành chương trình``: the grade's number is no figure, and it ended the phrase
    (``học sinh lớp``) in every education report; so did a zone's or a hamlet's. A number with a unit after it, a
    count, still ends it (``trúng tuyển vào lớp 10 trường``)."""
    got = [(r["text"], r["counted"]) for r in scan_rows(
        "Có 2.318/2.320 học sinh lớp 5 hoàn thành chương trình; 15 xã khu vực 2 đạt chuẩn; 30 hộ ở tổ dân phố 5 xây nhà; "
        "60 học sinh trúng tuyển vào lớp 10 trường chuyên.")]
    assert got == [("2.318/2.320 học sinh", "học sinh lớp 5 hoàn thành chương trình"),
                   ("15 xã", "xã khu vực 2 đạt chuẩn"), ("30 hộ", "hộ ở tổ dân phố 5 xây nhà"),
                   ("60 học sinh", "học sinh trúng tuyển vào lớp")]


def test_a_unit_type_joins_only_unit_types_across_a_comma() -> None:
    """``đường giao thông nông thôn, nâng cấp 12,3 km kênh mương``: ``thôn`` is a unit type, and a comma between unit
    types joins one phrase, but ``nâng cấp`` is no unit type; the two acts were one phrase each way."""
    got = [(r["text"], r["counted"]) for r in scan_rows(
        "Toàn huyện đã cứng hóa thêm 45,6 km đường giao thông nông thôn, nâng cấp 12,3 km kênh mương nội đồng; "
        "có 12 huyện, thị xã đạt chuẩn.")]
    assert got == [("45,6 km", "Toàn huyện đã cứng hóa thêm đường giao thông nông thôn"),
                   ("12,3 km", "nâng cấp kênh mương nội đồng"), ("12 huyện, thị xã", "huyện, thị xã đạt chuẩn")]


def test_an_amount_with_a_lists_last_item_is_no_amount_of_that_item() -> None:
    """``Huyện Hải Hậu có 32 xã, 03 thị trấn với tổng diện tích tự nhiên 230,2 km2``: the area is the district's, what
    it has before the list (it measured ``tổng diện tích tự nhiên 03 thị trấn``); after a clause's own count it is that
    count's (``tổng chiều dài Xây dựng 12 công trình``)."""
    got = [(r["text"], r["counted"]) for r in scan_rows(
        "Huyện Hải Hậu có 32 xã, 03 thị trấn với tổng diện tích tự nhiên 230,2 km2. "
        "Xây dựng 12 công trình với tổng chiều dài 15 km.")]
    assert got[2:] == [("230,2 km2", "tổng diện tích tự nhiên"), ("12 công trình", "công trình Xây dựng"),
                       ("15 km", "tổng chiều dài Xây dựng 12 công trình")]


def test_each_item_of_a_list_names_its_own_topic_before_its_colon() -> None:
    """``gồm: (1) Dự án Đường tránh …: 250 tỷ đồng; (2) Dự án Cầu Cửa Tùng mới: 85 tỷ đồng``: each amount is its
    project's (the first was the whole's, the second kept its ``(2)``, the third measured nothing: the sentence
    before the colon was too long for a topic)."""
    got = [(r["text"], r["counted"]) for r in scan_rows(
        "Bố trí vốn cho 05 dự án trọng điểm với tổng số vốn 1.426.700 triệu đồng, gồm: (1) Dự án Đường tránh phía Đông "
        "thành phố Đông Hà: 250 tỷ đồng; (2) Dự án Cầu Cửa Tùng mới: 85 tỷ đồng; (3) Dự án Kè chống sạt lở bờ sông "
        "Thạch Hãn: 42,5 tỷ đồng.")]
    assert got[2:] == [("250 tỷ đồng", "Dự án Đường tránh phía Đông thành phố Đông Hà"),
                       ("85 tỷ đồng", "Dự án Cầu Cửa Tùng mới"), ("42,5 tỷ đồng", "Dự án Kè chống sạt lở bờ sông Thạch Hãn")]


def test_people_an_accident_killed_are_counted_as_dead() -> None:
    """``làm chết 142 người``: the people counted died (it was ``người làm chết``, people who killed); ``làm nhà``
    is what was done for the households counted."""
    got = [(r["text"], r["counted"]) for r in scan_rows(
        "Xảy ra 187 vụ tai nạn, làm chết 142 người, làm bị thương 118 người; làm nhà cho 12 hộ.")]
    assert got[1:] == [("142 người", "người chết"), ("118 người", "người bị thương"), ("12 hộ", "hộ làm nhà")]


def test_a_dot_before_a_digit_ends_no_counted_phrase() -> None:
    """``125.400 m² mặt đường các tuyến ĐT.636, ĐT.638``: a road's code (it ended at ``các tuyến ĐT``)."""
    got = [(r["text"], r["counted"]) for r in scan_rows(
        "Thảm bê tông nhựa 125.400 m² mặt đường các tuyến ĐT.636, ĐT.638. Sửa 12 cầu.")]
    assert got == [("125.400 m²", "Thảm bê tông nhựa mặt đường các tuyến ĐT.636"), ("12 cầu", "cầu Sửa")]


def test_a_dash_between_two_words_is_no_word_of_a_counted_phrase() -> None:
    """``02/13 xã chưa có trung tâm văn hóa - thể thao đạt chuẩn``: the dash took a word of the phrase's length, which
    then ended at ``văn hóa -``; and ``văn hóa, thể thao`` (``kinh tế, xã hội``) is one name, a comma no clause mark."""
    got = [(r["text"], r["counted"]) for r in scan_rows(
        "Còn 02/13 xã chưa có trung tâm văn hóa - thể thao đạt chuẩn.",
        "Tổng kinh phí đầu tư cho thiết chế văn hóa, thể thao giai đoạn 2014-2024 trên 85,6 tỷ đồng.",
        "Vốn phát triển kinh tế, xã hội đạt 120 tỷ đồng.", "Có 6/9 khoản thu, sắc thuế đạt trên 80% dự toán.")]
    assert got == [("02/13 xã", "xã chưa có trung tâm văn hóa - thể thao đạt chuẩn"),
                   ("trên 85,6 tỷ đồng", "Tổng kinh phí đầu tư cho thiết chế văn hóa, thể thao giai đoạn 2014-2024"),
                   ("đạt 120 tỷ đồng", "Vốn phát triển kinh tế, xã hội"), ("6/9 khoản", "khoản thu, sắc thuế"),
                   ("trên 80%", "6/9 khoản thu, sắc thuế dự toán")]


def test_an_office_serving_several_areas_gives_no_place_and_who_manages_a_sum_is_not_what_it_is() -> None:
    """``tổng thu ngân sách nhà nước trên địa bàn do Chi cục Thuế khu vực Hồng Lĩnh - Can Lộc quản lý ước đạt …``: the
    areas the office serves are its name (the last, bare, was the place of every figure), and the sum is the revenue,
    not the office managing it (it measured ``Chi cục Thuế … quản lý``)."""
    from extractors import dates, entities, references

    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    doc.add_block("paragraph", "Đến hết tháng 10, tổng thu ngân sách nhà nước trên địa bàn do Chi cục Thuế khu vực Hồng "
                               "Lĩnh - Can Lộc quản lý ước đạt 412.350 triệu đồng, bằng 87,6% dự toán.")
    for component in (dates, references, entities):
        component.extract(doc)
    figures.extract(doc)
    assert [r["text"] for r in doc.rows("entities") if r["category"] == "place"] == []
    assert [(r["text"], r["counted"], r["place"]) for r in doc.rows("figures")][0] == (
        "ước đạt 412.350 triệu đồng", "tổng thu ngân sách nhà nước trên địa bàn", None)


def test_land_and_houses_to_live_in_keep_their_o_and_staff_are_one_noun_across_a_comma() -> None:
    """``hỗ trợ đất ở cho 312 hộ``: ``ở`` ended the phrase as a link (``hộ hỗ trợ đất``); ``cán bộ, công chức`` is one
    noun (``Tổng số cán bộ, công chức … là 3.892 người`` measured ``người công chức …``)."""
    got = [(r["text"], r["counted"]) for r in scan_rows(
        "Toàn tỉnh đã hỗ trợ đất ở cho 312 hộ; còn 5.000 hộ thiếu nhà ở.",
        "Tổng số cán bộ, công chức cấp xã toàn tỉnh là 3.892 người.")]
    assert got == [("312 hộ", "hộ Toàn tỉnh đã hỗ trợ đất ở"), ("5.000 hộ", "hộ thiếu nhà ở"),
                   ("3.892 người", "Tổng số cán bộ, công chức cấp xã toàn tỉnh")]  # (``người`` only says they are people)


def test_a_programmes_numbered_part_is_no_figure_and_an_ethnic_groups_households_count_in_ho() -> None:
    """``Dự án 9, Dự án 10 giải ngân thấp``, ``thuộc Dự án 1 Chương trình …``: a programme's parts by number (they were
    counts of ``giải ngân``, ``Chương trình``); ``326 hộ dân tộc Brâu`` counts households, no ``hộ dân``."""
    got = [(r["text"], r["unit"]) for r in scan_rows(
        "Vốn sự nghiệp Dự án 9, Dự án 10 giải ngân thấp; thuộc Dự án 1 Chương trình mục tiêu quốc gia; kinh phí dự án 12 "
        "tỷ đồng; hỗ trợ 326 hộ dân tộc Brâu và 120 hộ dân khác.")]
    assert got == [("12 tỷ đồng", "VND"), ("326 hộ", "hộ"), ("120 hộ dân", "hộ dân")]


def test_a_courts_pairs_and_case_kinds_are_one_phrase() -> None:
    """``án bị hủy, sửa``, ``hòa giải, đối thoại``, ``03 tin, bài``: pairs a comma joins (the phrases were cut at it);
    ``đình chỉ`` keeps its ``chỉ`` (no "only"), ``vụ hôn nhân và gia đình`` is one kind of case."""
    got = [(r["text"], r["unit"], r["counted"]) for r in scan_rows(
        "Tỷ lệ án bị hủy, sửa do nguyên nhân chủ quan là 0,48%.", "Đã hòa giải, đối thoại thành 178 vụ.",
        "Đăng 03 tin, bài về phòng, chống tội phạm.", "Đình chỉ 01 vụ; giải quyết 02 vụ hôn nhân và gia đình.")]
    assert got == [("0,48%", "%", "Tỷ lệ án bị hủy, sửa do nguyên nhân chủ quan"),
                   ("178 vụ", "vụ", "vụ Đã hòa giải, đối thoại thành"),
                   ("03 tin, bài", "tin, bài", "tin, bài về phòng, chống tội phạm"),
                   ("01 vụ", "vụ", "vụ Đình chỉ"), ("02 vụ", "vụ", "vụ hôn nhân và gia đình")]


def test_a_police_reports_pairs_are_one_phrase_and_a_party_organisation_is_one_unit() -> None:
    """``phòng cháy, chữa cháy rừng``, ``an ninh, trật tự``, ``vận chuyển, tàng trữ``, ``BHXH, BHYT, BHTN``: pairs a
    comma joins (the phrases were cut at it, or reached back across it); ``6 tổ chức đảng`` counts party organisations,
    no ``tổ chức``."""
    got = [(r["text"], r["unit"], r["counted"]) for r in scan_rows(
        "Phát hiện vi phạm quy định về phòng cháy, chữa cháy rừng 7 vụ.",
        "Kiểm tra 312 lượt cơ sở kinh doanh có điều kiện về an ninh, trật tự, xử phạt 28 trường hợp.",
        "Bắt giữ vận chuyển, tàng trữ lâm sản trái pháp luật 15 vụ.", "Ủy ban Kiểm tra đã kiểm tra 6 tổ chức đảng.",
        "Tổng số thu BHXH, BHYT, BHTN năm 2024 đạt 312,45 tỷ đồng.", "Toàn huyện có 248 mô hình, điển hình được công nhận.",
        "Chi từ Quỹ thi đua, khen thưởng huyện là 865,4 triệu đồng.", "Hiến 1.000 mét vuông đất; khai thác 120 mét khối cát.",
        "Thụ lý kiểm sát 412 vụ việc dân sự, hôn nhân và gia đình.", "Tạm giam 43 bị can, bị cáo.")]
    assert got == [("7 vụ", "vụ", "vụ Phát hiện vi phạm quy định về phòng cháy, chữa cháy rừng"),
                   ("312 lượt cơ sở", "lượt cơ sở", "lượt cơ sở kinh doanh có điều kiện"),
                   ("28 trường hợp", "trường hợp", "trường hợp xử phạt"),
                   ("15 vụ", "vụ", "vụ Bắt giữ vận chuyển, tàng trữ lâm sản trái pháp luật"),
                   ("6 tổ chức đảng", "tổ chức đảng", "tổ chức đảng Ủy ban Kiểm tra đã kiểm tra"),
                   # (the list's second comma: a pair before it was found, and the phrase was cut to ``BHTN năm 2024``)
                   ("đạt 312,45 tỷ đồng", "VND", "Tổng số thu BHXH, BHYT, BHTN năm 2024"),
                   ("248 mô hình", "mô hình", "mô hình, điển hình được công nhận"),
                   ("865,4 triệu đồng", "VND", "Chi từ Quỹ thi đua, khen thưởng huyện"),
                   # (``mét vuông`` is an area, not metres and a word ``vuông``)
                   ("1.000 mét vuông", "m2", "Hiến đất"), ("120 mét khối", "m3", "khai thác cát"),
                   # a court's kinds of case; the accused before and after trial, two nouns of one count
                   ("412 vụ việc", "vụ việc", "vụ việc dân sự, hôn nhân và gia đình"),
                   ("43 bị can, bị cáo", "bị can, bị cáo", "bị can, bị cáo Tạm giam")]


def test_the_words_after_nouns_a_comma_joins_are_counted_past_them() -> None:
    """``412/460 xã, phường, thị trấn đạt chuẩn nông thôn mới``: the phrase's words are counted from the last noun of the
    list (a list's nouns took the phrase's cap, and ``mới`` was cut)."""
    got = [r["counted"] for r in scan_rows("Toàn tỉnh có 412/460 xã, phường, thị trấn đạt chuẩn nông thôn mới.")]
    assert got == ["xã, phường, thị trấn đạt chuẩn nông thôn mới"]


def test_two_counts_a_list_joins_share_what_is_said_after_the_last() -> None:
    """``Có 4 tổ chức đảng, 7 đảng viên có hạn chế``: both have shortcomings (the first counted its noun alone); more of
    the last one's name is not said of the first (``01 Kế toán và 01 nhân viên bảo vệ``)."""
    got = [(r["text"], r["counted"]) for r in scan_rows("Có 4 tổ chức đảng, 7 đảng viên có hạn chế.",
                                                         "Hiện có 01 Kế toán và 01 nhân viên bảo vệ.")]
    assert got == [("4 tổ chức đảng", "tổ chức đảng có hạn chế"), ("7 đảng viên", "đảng viên có hạn chế"),
                   ("01 Kế toán", "Kế toán"), ("01 nhân viên", "nhân viên bảo vệ")]


def test_money_named_per_hectare_before_it_is_a_rate() -> None:
    """``Giá trị thu trên 1 ha canh tác năm 2025 đạt 316 triệu đồng``, ``Giá trị thu/ha … đạt``: money per hectare, as
    ``đạt 316 triệu đồng/ha`` is (it was money); money after a measure of its own clause is not."""
    got = [(r["text"], r["kind"], r["unit"]) for r in scan_rows(
        "Giá trị thu trên 1 ha canh tác năm 2025 đạt 316 triệu đồng.", "Giá trị thu/ha canh tác đạt 316 triệu đồng.",
        "Giá trị sản xuất bình quân trên 01 ha đất trồng trọt đạt 120 triệu đồng/năm.",
        "Trồng mới 12 ha, tổng kinh phí 316 triệu đồng.")]
    assert got == [("đạt 316 triệu đồng", "rate", "VND/ha"), ("đạt 316 triệu đồng", "rate", "VND/ha"),
                   ("đạt 120 triệu đồng/năm", "rate", "VND/ha/năm"), ("12 ha", "measure", "ha"),
                   ("316 triệu đồng", "money", "VND")]


def test_every_units_count_is_a_figure_and_no_unit_named_by_a_number() -> None:
    """``(mỗi ấp 01 cử tri)``: one voter for every hamlet (it was a hamlet ``ấp 01``, and no figure); ``ấp 3 có 12 hộ``
    still names hamlet 3."""
    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    doc.add_block("paragraph", "Khách mời gồm đại diện cử tri (mỗi ấp 01 cử tri) và ấp 3 có 12 hộ.")
    for component in extractors.components():
        component.extract(doc)
    assert [(r["text"], r["place"]) for r in doc.rows("figures")] == [("01 cử tri", None), ("12 hộ", "ấp 3")]
    assert [r["text"] for r in doc.rows("entities")] == ["ấp 3"]


def test_an_amount_written_again_in_words_is_no_figure() -> None:
    """``Bằng chữ: Một tỷ, bốn trăm triệu đồng chẵn.`` under a total: the total written again (its commas made two amounts
    of it)."""
    assert [r["text"] for r in scan_rows("Tổng cộng 1.400.000.000 đồng. Bằng chữ: Một tỷ, bốn trăm triệu đồng chẵn.",
                                         "Hỗ trợ một trăm hộ nghèo.")] == ["1.400.000.000 đồng", "một trăm hộ nghèo"]


def test_a_votes_share_counts_what_the_part_did() -> None:
    """``tán thành 23/23 đại biểu có mặt``: who were there is the whole; the count is of those who voted for (it
    counted ``đại biểu có mặt``)."""
    got = [r["counted"] for r in scan_rows("Kết quả biểu quyết: tán thành 23/23 đại biểu có mặt.")]
    assert got == ["đại biểu có mặt Kết quả biểu quyết tán thành"]


def test_a_measure_of_a_thing_per_person_is_a_rate() -> None:
    """``24,5 m2 sàn/người``, ``1,2 m2 đất thể thao/người``: floor or land each person has (they were areas in m2, and
    ``sàn/người`` went to what was counted)."""
    got = [(r["value"], r["unit"], r["kind"]) for r in scan_rows(
        "Diện tích nhà ở bình quân đạt 24,5 m2 sàn/người; đất thể thao mới đạt 1,2 m2 đất thể thao/người.")]
    assert got == [(24.5, "m2/người", "rate"), (1.2, "m2/người", "rate")]


def test_comrades_or_people_a_number_of_names_are_those() -> None:
    """``Số đảng viên được miễn công tác … là 47 đồng chí``: the comrades are the members the ``Số …`` names (it counted
    ``đồng chí Số đảng viên …``)."""
    got = [r["counted"] for r in scan_rows("Số đảng viên được miễn công tác và sinh hoạt đảng là 47 đồng chí.")]
    assert got == ["Số đảng viên được miễn công tác và sinh hoạt đảng"]


def test_a_cause_is_no_part_of_what_is_counted() -> None:
    """``bằng 61,7% dự toán do chỉ đấu giá được 05/12 lô đất``, ``12 hộ chưa nhận tiền do vướng mắc thủ tục``: why,
    not what; a ``do`` naming who gave it stays (``dự toán do UBND tỉnh giao``)."""
    got = [(r["text"], r["counted"]) for r in scan_rows(
        "Thu tiền sử dụng đất đạt 12 tỷ đồng, bằng 61,7% dự toán do chỉ đấu giá được 05/12 lô đất.",
        "Có 12 hộ chưa nhận tiền do vướng mắc thủ tục.", "Giao 120 tỷ đồng dự toán do UBND tỉnh giao.")]
    assert got == [("đạt 12 tỷ đồng", "Thu tiền sử dụng đất"), ("61,7%", "Thu tiền sử dụng đất dự toán"),
                   ("05/12 lô", "lô đất"), ("12 hộ", "hộ chưa nhận tiền"),
                   ("120 tỷ đồng", "Giao dự toán do UBND tỉnh giao")]


def test_a_count_in_brackets_after_a_share_counts_what_the_share_measures() -> None:
    """``tỷ lệ hộ nghèo còn 1,82% (41 hộ)``: the poor households (it counted ``hộ``)."""
    got = [(r["text"], r["counted"]) for r in scan_rows(
        "Đến cuối năm 2024, tỷ lệ hộ nghèo còn 1,82% (41 hộ); tỷ lệ học sinh bỏ học 0,5% (12 em).")]
    assert got == [("1,82%", "tỷ lệ hộ nghèo"), ("41 hộ", "hộ nghèo"), ("0,5%", "tỷ lệ học sinh bỏ học"),
                   ("12 em", "em học sinh bỏ học")]


def test_a_property_after_another_property_is_no_property_of_it() -> None:
    """``…, năng suất bình quân 6,8 tấn/ha, sản lượng đạt 28.900 tấn``: the yield's output measured ``sản lượng năng suất
    bình quân``; after a crop's area it is the crop's (``Lúa: diện tích …, sản lượng 31.000 tấn``)."""
    got = [(r["text"], r["counted"]) for r in scan_rows(
        "Diện tích gieo trồng lúa cả năm 4.250 ha, năng suất bình quân 6,8 tấn/ha, sản lượng đạt 28.900 tấn.",
        "Lúa: diện tích 5.000 ha, năng suất 62 tạ/ha, sản lượng 31.000 tấn.")]
    assert [c for _, c in got] == ["Diện tích gieo trồng lúa cả năm", "năng suất bình quân", "sản lượng",
                                   "Lúa diện tích", "năng suất Lúa", "sản lượng Lúa"]


def test_an_outbreaks_verbs_are_one_phrase_and_its_animals_count() -> None:
    """``lợn mắc bệnh, chết và buộc phải tiêu hủy 742 con``: one act's verbs (the phrase was cut at the comma); an animal
    counts in itself (``120 lợn``)."""
    got = [(r["text"], r["unit"], r["counted"]) for r in scan_rows(
        "Tổng số lợn mắc bệnh, chết và buộc phải tiêu hủy 742 con; tiêm phòng cho 120 lợn.")]
    assert got[0] == ("742 con", "con", "Tổng số lợn mắc bệnh, chết và buộc phải tiêu hủy")
    assert got[1][:2] == ("120 lợn", "lợn")


def test_a_number_after_a_verb_ending_in_tap_is_a_figure() -> None:
    """``Triệu tập 30 đảng viên``: the number after ``tập`` was read as a volume's (``Tập 2``) and every congress plan lost
    its delegates; a volume stays no figure."""
    got = [r["text"] for r in scan_rows("Triệu tập 30 đảng viên dự Đại hội; luyện tập 30 phút mỗi ngày; xem Tập 2 của bộ sách.")]
    assert got == ["30 đảng viên", "30 phút"]


def test_a_time_between_a_counts_subject_and_its_verb_is_no_other_figure() -> None:
    """``Số lượng chi ủy viên nhiệm kỳ 2025 - 2027 dự kiến 03 đồng chí``: the term's years were taken for another
    figure's number, and the count kept only ``dự kiến``; a time opening the clause is still dropped with what it
    dates (``Từ tháng 3/2017 đến nay đã cấp phát 73 đợt``)."""
    got = [(r["text"], r["counted"]) for r in scan_rows(
        "Số lượng chi ủy viên nhiệm kỳ 2025 - 2027 dự kiến 03 đồng chí.",
        "Dân số trung bình năm 2024 của huyện khoảng 295.000 người.", "Từ tháng 3/2017 đến nay đã cấp phát 73 đợt.")]
    assert got == [("03 đồng chí", "đồng chí Số lượng chi ủy viên dự kiến"),
                   ("khoảng 295.000 người", "người Dân số trung bình của huyện"), ("73 đợt", "đợt đã cấp phát")]


def test_a_comparison_with_a_time_alone_leaves_no_dangling_so_voi() -> None:
    """``tăng 17,3 điểm phần trăm so với năm 2022``: the base is a time, which dates it; the phrase ended ``tăng so
    với``. A base that is a thing stays (``so với kế hoạch``, ``so cùng kỳ``)."""
    got = [r["counted"] for r in scan_rows(
        "Tỷ lệ thanh toán trực tuyến đạt 42,6%, tăng 17,3 điểm phần trăm so với năm 2022.", "Tăng 12% so với kế hoạch.",
        "Thu ngân sách tăng 4,9% so cùng kỳ.")]
    assert got == ["Tỷ lệ thanh toán trực tuyến", "Tỷ lệ thanh toán trực tuyến tăng", "Tăng so với kế hoạch",
                   "Thu ngân sách tăng so cùng kỳ"]


def test_two_times_of_day_are_no_length_of_time() -> None:
    """``tuần tra từ 18 giờ đến 22 giờ``: a duration of 18 to 22 hours; each end with its ``giờ`` is a time of day
    (a length is written ``từ 2 đến 4 giờ``)."""
    got = [(r["text"], r["kind"]) for r in scan_rows(
        "Tổ chức tuần tra từ 18 giờ đến 22 giờ hằng ngày; họp kéo dài từ 2 đến 4 giờ; mất 3 giờ; từ 7 giờ 30 đến 11 giờ.")]
    assert got == [("2 đến 4 giờ", "duration"), ("3 giờ", "duration")]
    # a deadline or a moment by the clock is no length either (``trước 15 giờ hằng ngày``, ``lúc 7 giờ``)
    assert [(r["text"], r["kind"]) for r in scan_rows("Báo cáo trước 15 giờ hằng ngày; họp lúc 7 giờ; kéo dài 3 giờ.")] == [
        ("3 giờ", "duration")]
    # nor one by its part of the day (``bắt đầu từ 7 giờ sáng Chủ nhật`` was a length of seven hours)
    assert [r["text"] for r in scan_rows("Cuộc bầu cử bắt đầu từ 7 giờ sáng Chủ nhật; trực 20 giờ tối; kéo dài 12 giờ.")] == [
        "12 giờ"]


def test_a_share_out_keeps_its_second_number_past_a_space_typed_at_the_slash() -> None:
    """``Hội Nông dân: 198.415 triệu đồng/ 82 tổ``: two figures, the second counting ``tổ /`` and the next one the
    words of this one (``tổ Hội LHPN 251.322 triệu đồng/``)."""
    got = [(r["text"], r["denominator"]) for r in scan_rows(
        "Hội Nông dân: 198.415 triệu đồng/ 82 tổ; Hội LHPN: 251.322 triệu đồng / 104 tổ; đạt 560 tỷ đồng/ 690 tỷ đồng.")]
    assert got == [("198.415 triệu đồng/ 82 tổ", 82), ("251.322 triệu đồng / 104 tổ", 104),
                   ("đạt 560 tỷ đồng/ 690 tỷ đồng", 690_000_000_000)]


def test_the_time_a_counts_subject_ends_with_is_no_other_figures_number() -> None:
    """``Tổng lượt khách du lịch đến Thanh Hóa 6 tháng đầu năm 2024 ước đạt 9,5 triệu lượt``: the period's digits were
    taken for another figure's, and the count counted ``lượt`` alone (the share of plan after it too)."""
    got = {r["text"]: r["counted"] for r in scan_rows(
        "Tổng lượt khách du lịch đến Thanh Hóa 6 tháng đầu năm 2024 ước đạt 9,5 triệu lượt; Tổng lượt khách du lịch "
        "trong quý II/2024 ước đạt 3,1 triệu lượt.")}
    assert got == {"ước đạt 9,5 triệu lượt": "lượt Tổng lượt khách du lịch đến Thanh Hóa",
                   "ước đạt 3,1 triệu lượt": "lượt Tổng lượt khách du lịch"}


def test_a_part_with_its_own_estimate_takes_the_wholes_time() -> None:
    """``… 6 tháng đầu năm 2024 ước đạt 9,5 triệu lượt …; trong đó khách quốc tế ước đạt 86.500 lượt, tăng 21,3%``: the
    parts had no period, as their own ``ước đạt`` stopped them taking the whole's."""
    got = {r["text"]: (r["label_period_start"], r["label_period_end"]) for r in scan_rows(
        "Tổng lượt khách du lịch đến Thanh Hóa 6 tháng đầu năm 2024 ước đạt 9,5 triệu lượt, tăng 14,2%; trong đó khách "
        "quốc tế ước đạt 86.500 lượt, tăng 21,3%; khách lưu trú ước đạt 3,2 triệu lượt. Tổng thu ước đạt 100 tỷ đồng.")}
    half = ("2024-01-01", "2024-06-30")
    assert got == {"ước đạt 9,5 triệu lượt": half, "14,2%": half, "ước đạt 86.500 lượt": half, "21,3%": half,
                   "ước đạt 3,2 triệu lượt": half, "ước đạt 100 tỷ đồng": (None, None)}


def test_a_rate_named_before_the_comma_of_its_value_is_what_the_value_measures() -> None:
    """``huyện Hoằng Hóa có tỷ lệ gia đình văn hóa cao nhất, đạt 93,2%``: the share measured nothing (the clause after
    the comma is its verb alone); not where the clause before names no rate, or another figure."""
    got = {r["text"]: r["counted"] for r in scan_rows(
        "Huyện Hoằng Hóa có tỷ lệ gia đình văn hóa cao nhất, đạt 93,2%; huyện Nga Sơn có tỷ lệ hộ nghèo thấp nhất, chỉ "
        "còn 1,2%.", "Trừ xã An Bình, đạt 95%.")}
    assert got == {"đạt 93,2%": "Huyện Hoằng Hóa có tỷ lệ gia đình văn hóa cao nhất",
                   "1,2%": "huyện Nga Sơn có tỷ lệ hộ nghèo thấp nhất", "đạt 95%": None}


def test_a_time_in_the_phrase_before_an_amount_costs_none_of_its_words() -> None:
    """``Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện năm 2024 là 5.812 tỷ đồng``: the phrase was cut
    at twelve words, ``năm 2024`` among them, and lost ``Tổng thu`` (revenue could not be told from spending)."""
    got = {r["text"]: r["counted"] for r in scan_rows(
        "Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện năm 2024 là 5.812 tỷ đồng.",
        "Tổng chi khám, chữa bệnh bảo hiểm y tế ước thực hiện 9 tháng là 1.126,4 tỷ đồng.")}
    assert got["5.812 tỷ đồng"] == "Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện năm 2024"
    assert got["1.126,4 tỷ đồng"] == "Tổng chi khám, chữa bệnh bảo hiểm y tế ước thực hiện 9 tháng"


def test_an_adverb_before_the_verb_keeps_the_subject() -> None:
    """``…, chỉ bằng 82,5% dự toán`` measured ``chỉ dự toán`` ("only"); ``Chỉ tiêu đạt 90%`` keeps its noun."""
    got = {r["text"]: r["counted"] for r in scan_rows(
        "Thu tiền sử dụng đất ước đạt 1.650 tỷ đồng, chỉ bằng 82,5% dự toán.", "Chỉ tiêu đạt 90%.")}
    assert got["82,5%"] == "Thu tiền sử dụng đất dự toán"
    assert got["đạt 90%"] == "Chỉ tiêu"


def test_a_share_over_its_whole_and_an_aside_cue() -> None:
    """``Ngày hội … (19/8)`` was a ratio of 19 to 8 (a day of a month); the target in brackets after a
    result (``đạt 91,1% (chỉ tiêu giao trên 80%)``) made the items after it targets. Units of blood and of
    school sites are whole nouns."""
    rows = scan_rows("Hưởng ứng Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8), có 24/39 tổ chức cơ sở đảng tham gia.",
                     "Năm 2023, trên địa bàn huyện Yên Thành xảy ra 45 vụ; điều tra làm rõ 41 vụ, đạt 91,1% (chỉ tiêu giao "
                     "trên 80%); triệt xóa 03 ổ nhóm tội phạm.", "Tiếp nhận 2.785 đơn vị máu; xây dựng 01 điểm trường.")
    got = {r["text"]: (r["status"], r["unit"]) for r in rows}
    assert "19/8" not in got and "24/39 tổ chức cơ sở đảng" in got
    assert got["03 ổ nhóm"][0] is None and got["trên 80%"][0] == "target"
    assert got["2.785 đơn vị máu"][1] == "đơn vị máu" and got["01 điểm trường"][1] == "điểm trường"


def test_figures_listed_after_lan_luot_go_one_to_one_with_the_places_before() -> None:
    """``huyện Hương Khê và huyện Vũ Quang đạt thấp nhất, lần lượt 88,7% và 89,1%``: both took the last place
    named, and the second measured ``lần lượt 88,7% và``."""
    from extractors import dates, entities

    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    doc.add_block("paragraph", "Huyện Hương Khê và huyện Vũ Quang của tỉnh Hà Tĩnh đạt thấp nhất, lần lượt 88,7% và 89,1%; "
                               "tỷ lệ hộ nghèo và hộ cận nghèo lần lượt là 2,1% và 3,4%.")
    dates.extract(doc)
    entities.extract(doc)
    figures.extract(doc)
    got = [(r["text"], r["place"], r["counted"]) for r in doc.rows("figures")]
    assert got[0][:2] == ("88,7%", "huyện Hương Khê") and got[1][:2] == ("89,1%", "huyện Vũ Quang")
    assert got[0][2] == got[1][2] and "lần lượt" not in got[1][2]
    assert [c for _, _, c in got[2:]] == ["tỷ lệ hộ nghèo và hộ cận nghèo"] * 2


def test_a_phrase_leaves_out_the_rule_applied_and_the_figure_before_it() -> None:
    """``4.512 trường hợp theo Nghị định số 100/2019/NĐ-CP``: the decree is the rule applied, not what was
    counted (``vi phạm Quy định số 69-QĐ/TW`` still is); ``2.350 viên ma túy tổng hợp và 18,4 gam ma túy đá``:
    the words before ``và`` are the other figure's (it measured ``2.350 viên … và ma túy đá``)."""
    got = {r["text"]: r["counted"] for r in scan_rows(
        "Xử phạt vi phạm hành chính 4.512 trường hợp theo Nghị định số 100/2019/NĐ-CP.",
        "Có 187 đảng viên vi phạm Quy định số 69-QĐ/TW.",
        "Thu giữ 125,6 gam heroin, 2.350 viên ma túy tổng hợp và 18,4 gam ma túy đá.")}
    assert "Nghị định" not in got["4.512 trường hợp"] and got["187 đảng viên"] == "đảng viên vi phạm Quy định số 69-QĐ/TW"
    assert got["18,4 gam"] == "ma túy đá"


def test_a_count_by_which_the_one_before_moved_counts_the_same_thing() -> None:
    """``xảy ra 45 vụ phạm pháp hình sự, giảm 7 vụ``: the decrease counted ``vụ``; after the parts a bracket lists,
    it counted the last part's words (``tin số mới tăng``)."""
    got = {r["text"]: r["counted"] for r in scan_rows(
        "Xảy ra 45 vụ phạm pháp hình sự, giảm 7 vụ so với năm 2022.",
        "Viện kiểm sát đã thụ lý 187 tin báo (số cũ 14 tin, số mới 173 tin), tăng 21 tin so với năm 2023.")}
    assert got["7 vụ"] == "vụ phạm pháp hình sự giảm"
    assert (got["173 tin"], got["21 tin"]) == ("tin số mới", "tin báo tăng")


def test_a_target_cue_and_a_later_years_time_leave_the_phrase() -> None:
    """``phấn đấu đến năm 2025 tỷ lệ bao phủ … đạt trên 95% dân số, năm 2030 đạt trên 95%``: the second
    measured ``phấn đấu  tỷ lệ …`` (the cue word, and a double space where the year was taken out)."""
    rows = scan_rows("Phấn đấu đến năm 2025 tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số, năm 2030 đạt trên 95%.")
    assert [(r["counted"], r["status"]) for r in rows][1] == ("tỷ lệ bao phủ bảo hiểm y tế", "target")
    assert not rows[0]["counted"].lower().startswith("phấn đấu")


def test_a_phrase_after_a_figure_takes_no_number_that_follows() -> None:
    """``Tỷ suất chết trẻ em dưới 5 tuổi 18,5‰``: the age measured ``Tỷ suất chết trẻ em 18``."""
    got = {r["text"]: r["counted"] for r in scan_rows("Tỷ suất chết trẻ em dưới 5 tuổi 18,5‰.")}
    assert got == {"dưới 5 tuổi": "Tỷ suất chết trẻ em", "18,5‰": "Tỷ suất chết trẻ em dưới 5 tuổi"}


def test_a_number_in_a_programmes_name_is_no_figure() -> None:
    """``hưởng ứng Chương trình trồng 1 tỷ cây xanh``: a programme named (in capitals mid-sentence) by its aim
    was a target of a billion trees; the trees planted are a figure, and so is what a programme did."""
    got = [r["text"] for r in scan_rows("Đoàn viên hưởng ứng Chương trình trồng 1 tỷ cây xanh, trồng 12.500 cây xanh; "
                                        "thực hiện chương trình hỗ trợ 500 hộ nghèo.")]
    assert got == ["12.500 cây xanh", "500 hộ nghèo"]
    # what a programme got or is, after a word saying so, is no aim of its name (the total was lost)
    got = [r["text"] for r in scan_rows("Vốn giao thực hiện Chương trình là 1.086,4 tỷ đồng; thực hiện Đề án đạt "
                                        "500 tỷ đồng; tham gia Cuộc vận động với 1.200 hộ.")]
    assert got == ["1.086,4 tỷ đồng", "đạt 500 tỷ đồng", "1.200 hộ"]


def test_a_part_after_trong_do_is_of_the_wholes_time_and_status() -> None:
    """``Dự toán thu … năm 2025 là 6.120 tỷ đồng, tăng 5,3% so với …; trong đó thu nội địa 5.830 tỷ đồng``: the
    part had no period and no status (done), while the whole was the next year's target."""
    from extractors import dates

    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    doc.issued_date = "2024-11-25"
    doc.add_block("paragraph", "Dự toán thu ngân sách nhà nước trên địa bàn năm 2025 là 6.120 tỷ đồng, tăng 5,3% so với ước "
                               "thực hiện năm 2024; trong đó thu nội địa 5.830 tỷ đồng. Thu hồi 20 tỷ đồng.")
    dates.extract(doc)
    figures.extract(doc)
    got = {r["text"]: (r["status"], r["label_period_start"]) for r in doc.rows("figures")}
    assert got["6.120 tỷ đồng"] == got["5.830 tỷ đồng"] == ("target", "2025-01-01")
    assert got["20 tỷ đồng"] == (None, None)
    # every part listed after ``trong đó:`` is of the whole (the second and later parts had no period)
    got = {r["text"]: r["label_period_start"] for r in scan_rows(
        "Tổng nguồn vốn huy động năm 2023 đạt 38,5 tỷ đồng, trong đó: vốn ngân sách trung ương 5,2 tỷ đồng; ngân sách "
        "tỉnh 7,8 tỷ đồng; ngân sách huyện 6,35 tỷ đồng.")}
    assert set(got.values()) == {"2023-01-01"}


def test_a_dashed_list_reaches_its_lead_whatever_ends_its_items() -> None:
    """``2. Các chỉ tiêu chủ yếu năm 2024:`` / ``a) Chỉ tiêu kinh tế:`` over dashed items each ending with a full
    stop: only the first item's figures were targets (the lead was found over ``;`` and ``,`` alone); an
    undashed paragraph after the list is no item of it."""
    rows = scan_rows("2. Các chỉ tiêu chủ yếu năm 2024:", "a) Chỉ tiêu kinh tế:",
                     "- Tốc độ tăng giá trị sản xuất đạt 9,5% trở lên.",
                     "- Tổng thu ngân sách nhà nước trên địa bàn 1.250 tỷ đồng.",
                     "- Tổng vốn đầu tư phát triển toàn xã hội khoảng 4.500 tỷ đồng.",
                     "Năm 2023, huyện đã thu 1.100 tỷ đồng.")
    got = {r["text"]: r["status"] for r in rows}
    assert got == {"đạt 9,5% trở lên": "target", "1.250 tỷ đồng": "target", "khoảng 4.500 tỷ đồng": "target",
                   "1.100 tỷ đồng": None}


def test_a_place_among_a_lists_first_words_reaches_its_items() -> None:
    """``Năm 2023, trên địa bàn huyện Yên Thành xảy ra 45 vụ …; điều tra làm rõ 41 vụ``: the later items had no
    place. A place named further into an item is that item's own (``… Ban tiếp công dân thị xã Hòa Thành;
    mở lớp tập huấn cho 72 cán bộ``)."""
    from extractors import dates, entities

    def places(*paragraphs: str) -> list[tuple[str, str | None]]:
        doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
        for paragraph in paragraphs:
            doc.add_block("paragraph", paragraph)
        for component in (dates, entities, figures):
            component.extract(doc)
        return [(r["text"], r["place"]) for r in doc.rows("figures")]

    assert places("Năm 2023, trên địa bàn huyện Yên Thành xảy ra 45 vụ phạm pháp hình sự; điều tra làm rõ 41 vụ.",
                  "Công tác tiếp công dân được duy trì thường xuyên tại trụ sở và Ban tiếp công dân thị xã Hòa Thành của "
                  "tỉnh Tây Ninh; mở lớp tập huấn cho 72 cán bộ cơ sở.") == [
        ("45 vụ", "huyện Yên Thành"), ("41 vụ", "huyện Yên Thành"), ("72 cán bộ", None)]
    # past the document the sentence opens by implementing (``Thực hiện Quyết định số 90/QĐ-TTg …, kết quả rà soát
    # cuối năm 2023 toàn huyện còn …; hộ cận nghèo còn 1.893 hộ``: the later items had no place)
    assert places("Thực hiện Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ về Chương trình giảm nghèo "
                  "giai đoạn 2021-2025, đến cuối năm 2023 toàn huyện Hương Khê còn 1.245 hộ nghèo; hộ cận nghèo còn 1.893 "
                  "hộ.") == [("1.245 hộ nghèo", "huyện Hương Khê"), ("1.893 hộ", "huyện Hương Khê")]
    # a place written after another past a comma, of a higher level, is where that one lies (``xã Hải Anh, huyện Hải
    # Hậu``: the figures took the district)
    assert places("Riêng xã Hải Anh, huyện Hải Hậu có 1.214/3.986 cử tri không đồng ý. Huyện Hải Hậu có 32 xã.") == [
        ("1.214/3.986 cử tri", "xã Hải Anh"), ("32 xã", "huyện Hải Hậu")]
    # past an aside in brackets (``Năm 2023 (từ ngày 15/12/2022 đến ngày 14/12/2023), trên địa bàn huyện …``: the
    # items after ``;`` had no place, the bracket's words made the lead too long)
    assert places("Năm 2023 (từ ngày 15/12/2022 đến ngày 14/12/2023), trên địa bàn huyện Yên Thành xảy ra 45 vụ tai nạn "
                  "giao thông, làm chết 12 người; so với cùng kỳ năm 2022 giảm 4 vụ.") == [
        ("45 vụ", "huyện Yên Thành"), ("12 người", "huyện Yên Thành"), ("4 vụ", "huyện Yên Thành")]
    # past the topic a bulletin opens the sentence with (the items after ``;`` had no place: the topic's words made the
    # lead too long)
    assert places("Tai nạn giao thông: trong tháng 10/2024, trên địa bàn tỉnh Quảng Ngãi xảy ra 12 vụ tai nạn giao thông; "
                  "so với cùng kỳ năm trước giảm 3 vụ.") == [("12 vụ", "tỉnh Quảng Ngãi"), ("3 vụ", "tỉnh Quảng Ngãi")]
    # a place in a bracket closed before the figure names what it follows, and leads no item after it
    assert places("Mô hình tiêu biểu: “Dân vận khéo” (xã Hương Vinh); Ban Thường vụ đã khen thưởng 02 tập thể.") == [
        ("02 tập thể", None)]


def test_a_body_counted_at_a_level_keeps_the_level_in_its_noun() -> None:
    """``14/14 Đoàn cấp huyện``: the tagger's noun was ``Đoàn cấp``, cut inside the level."""
    got = {r["text"]: r["unit"] for r in scan_rows("Có 14/14 Đoàn cấp huyện và tương đương tổ chức ra quân; 12 Hội cấp cơ sở.")}
    assert got == {"14/14 Đoàn cấp huyện": "Đoàn cấp huyện", "12 Hội cấp cơ sở": "Hội cấp cơ sở"}


def test_reaching_a_standard_is_part_of_what_is_counted() -> None:
    """``29/38 xã, thị trấn đạt tiêu chuẩn “An toàn về an ninh, trật tự”``: the phrase stopped at ``đạt``, as it
    does before a result (``đạt chuẩn`` and ``đạt danh hiệu`` already went on)."""
    got = {r["text"]: r["counted"] for r in scan_rows(
        "Có 29/38 xã, thị trấn đạt tiêu chuẩn “An toàn về an ninh, trật tự”.")}
    # (the standard's quoted name too, now that a clause a few words past the limit is taken whole)
    assert got == {"29/38 xã, thị trấn": "xã, thị trấn đạt tiêu chuẩn “An toàn về an ninh, trật tự”"}


def test_a_targets_cue_and_year_opening_a_list_date_every_item() -> None:
    """``Phấn đấu năm 2025 huy động trên 7 tỷ đồng; xây mới 50 căn nhà; …``: no comma closes the lead, so only the
    first item was dated 2025."""
    got = {r["text"]: r["label_period_start"] for r in scan_rows(
        "Phấn đấu năm 2025 huy động trên 7 tỷ đồng vào Quỹ; xây mới 50 căn nhà Đại đoàn kết; 100% khu dân cư đạt chuẩn.")}
    assert set(got.values()) == {"2025-01-01"}


def test_a_count_takes_no_words_of_a_cited_documents_title() -> None:
    """``Quán triệt Nghị quyết số 43-NQ/TW về …, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc cho 1.245 lượt
    cán bộ, đoàn viên, hội viên``: the count measured the resolution's title."""
    from extractors import dates, references

    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    doc.add_block("paragraph", "Đã tổ chức quán triệt Nghị quyết số 43-NQ/TW về tiếp tục phát huy truyền thống, sức mạnh khối "
                               "đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc cho 1.245 lượt "
                               "cán bộ, đoàn viên, hội viên; 245 đại biểu tham dự.")
    for component in (dates, references, figures):
        component.extract(doc)
    got = {r["text"]: r["counted"] for r in doc.rows("figures")}
    assert got["1.245 lượt cán bộ, đoàn viên, hội viên"] == "lượt cán bộ, đoàn viên, hội viên"
    assert got["245 đại biểu"] == "đại biểu tham dự"


def test_a_phrase_opens_at_no_comma_or_number_inside_a_name_nor_with_a_time() -> None:
    """A count's clause was cut inside an organisation's name at its comma (``tin, bài Thông tin và Thể thao huyện đã
    đăng tải``) and inside a resolution's name at its number (``điểm cầu khóa XIII cho cán bộ chủ chốt``): the body's
    name is taken whole, the document's left out as a cited title is. A time that opens the clause after ``Phấn đấu
    đến hết`` says when, as ``năm 2024`` does (it was kept: ``đến hết quý II năm 2024 tỷ lệ …``)."""
    from extractors import dates, entities, references

    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    for text in ("Trung tâm Văn hóa, Thông tin và Thể thao huyện đã đăng tải 45 tin, bài trên Trang thông tin điện tử "
                 "huyện.",
                 "Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII cho cán bộ "
                 "chủ chốt tại 2 điểm cầu với 286 đại biểu tham dự.",
                 "Phấn đấu đến hết quý II năm 2024 tỷ lệ đảng viên được học tập đạt trên 98%.",
                 "Trong 6 tháng đầu năm 2024 tỷ lệ hộ gia đình văn hóa đạt 92%."):
        doc.add_block("paragraph", text)
    for component in (dates, references, entities, figures):
        component.extract(doc)
    assert [(r["text"], r["counted"]) for r in doc.rows("figures")] == [
        ("45 tin, bài", "tin, bài Trung tâm Văn hóa, Thông tin và Thể thao huyện đã đăng tải"),
        ("2 điểm cầu", "điểm cầu cho cán bộ chủ chốt"), ("286 đại biểu", "đại biểu tham dự"),
        ("trên 98%", "tỷ lệ đảng viên được học tập"), ("đạt 92%", "tỷ lệ hộ gia đình văn hóa")]


def test_numbers_names_end_with_and_words_that_end_with_a_link_word() -> None:
    """``Chương trình giáo dục phổ thông 2018 đối với lớp 5`` and ``Đảng bộ xã Sơn Kim 1 lần thứ XXIV`` gave figures
    (``2018 đối``, ``1 lần``); ``16 chi bộ trực thuộc`` counted ``chi bộ trực`` (``thuộc`` dropped as a link word);
    a numbered item's mark opened a phrase (``(10) trường học …``); ``50 hộ đối với …`` counted ``hộ đối``."""
    rows = scan_rows("Triển khai Chương trình giáo dục phổ thông 2018 đối với lớp 5, lớp 9.",
                     "Đại hội đại biểu Đảng bộ xã Sơn Kim 1 lần thứ XXIV thành công.",
                     "Đảng bộ hiện có 16 chi bộ trực thuộc.", "(10) 100% trường học đạt chuẩn quốc gia.",
                     "Hỗ trợ 50 hộ đối với các xã khó khăn.")
    assert [(r["text"], r["counted"]) for r in rows] == [
        ("16 chi bộ", "chi bộ trực thuộc"), ("100%", "trường học đạt chuẩn quốc gia"), ("50 hộ", "hộ Hỗ trợ")]


def test_a_bare_number_after_a_rates_two_nouns_is_that_rate() -> None:
    """``Tỷ lệ giáo viên/lớp bình quân 1,45``, ``Tỷ lệ học sinh/giáo viên đạt 18,2``: no figure (nothing after the
    number said what it measured); a slash with no rate named (``Ngày 5/6``) makes none."""
    rows = scan_rows("Tỷ lệ giáo viên/lớp bình quân 1,45.", "Tỷ lệ học sinh/giáo viên đạt 18,2.", "Ngày 5/6 là 10 giờ.")
    assert [(r["text"], r["kind"], r["unit"]) for r in rows] == [
        ("1,45", "rate", "giáo viên/lớp"), ("đạt 18,2", "rate", "học sinh/giáo viên"), ("10 giờ", "duration", "giờ")]


def test_a_comparisons_base_opening_a_sentence_dates_nothing() -> None:
    """``So với cùng kỳ năm 2023, số hộ thoát nghèo tăng 215 hộ``: the base, read in its own case, dated the rises."""
    from extractors import dates

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="", title="Báo cáo 9 tháng đầu năm 2024")
    doc.add_block("paragraph", "Kết quả 9 tháng đầu năm 2024")
    doc.add_block("paragraph", "So với cùng kỳ năm 2023, số hộ thoát nghèo tăng 215 hộ; số lao động tăng 12%.")
    dates.extract(doc)
    figures.extract(doc)
    assert [(r["text"], r["label_period_start"]) for r in doc.rows("figures")] == [("215 hộ", None), ("12%", None)]


def test_places_that_open_the_phrase_are_no_part_of_what_is_counted() -> None:
    """``Các xã Tân Thủy, An Thủy đã gieo trồng lại 100% diện tích`` counted ``An Thủy đã gieo trồng lại diện tích``: a
    commune's name is where, not what; the words of places the entities table found at the phrase's start are left
    out, with the words that link them (``Xã Long Hưng có diện tích tự nhiên``) and a mark of the merger the name
    carries (``Xã Hoằng Lộc mới``); a phrase that is nothing but the place keeps it (``xã Phú Kiết (cũ)``, not ``(cũ)``)."""
    from extractors import dates, entities, references

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    doc.add_block("paragraph", "Các xã Tân Thủy, An Thủy đã gieo trồng lại 100% diện tích.")
    doc.add_block("paragraph", "Xã Long Hưng có diện tích tự nhiên 3.412,58 ha.")
    doc.add_block("paragraph", "Xã Hoằng Lộc mới có diện tích tự nhiên 24,37 km².")
    doc.add_block("paragraph", "Số liệu cùng kỳ là số cộng gộp của 02 xã cũ: xã Phú Kiết (cũ) 1.512 triệu đồng; xã Lương "
                               "Hòa Lạc (cũ) 1.408 triệu đồng.")
    for component in (dates, references, entities, figures):
        component.extract(doc)
    rows = [(r["text"], r["counted"]) for r in doc.rows("figures")]
    assert rows[:3] == [("100%", "đã gieo trồng lại diện tích"), ("3.412,58 ha", "diện tích tự nhiên"),
                        ("24,37 km²", "diện tích tự nhiên")]
    assert all(counted != "(cũ)" for _, counted in rows)


def test_a_subject_a_little_past_the_limit_keeps_its_head_and_no_moment() -> None:
    """``Diện tích lúa vụ Mùa của các hộ dân ở vùng trũng … là 215,5 ha`` (21 words) measured its last twelve words,
    ``vùng trũng ven sông …``: a clause a few words past the limit is taken whole, its head and the verb before the
    figure (``… đã vận động nhân dân đóng góp [trên 135 tỷ đồng]``); the moment a level was read (``lúc 19 giờ ngày
    19/10/2020``) is no word of what is measured, nor its numbers another figure's."""
    rows = scan_rows("Mực nước sông Gianh tại Mai Hóa lúc 19 giờ ngày 19/10/2020 đạt đỉnh 4,5 m.",
                     "Diện tích lúa vụ Mùa của các hộ dân ở vùng trũng ven sông bị ngập sâu và hư hại nặng là 215,5 ha.",
                     "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện đã vận động nhân dân đóng góp trên 135 tỷ "
                     "đồng.")
    assert [r["counted"] for r in rows] == [
        "Mực nước sông Gianh tại Mai Hóa đạt đỉnh",
        "Diện tích lúa vụ Mùa của các hộ dân ở vùng trũng ven sông bị ngập sâu và hư hại nặng",
        "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện đã vận động nhân dân đóng góp"]


def test_the_year_of_what_a_figure_exceeds_is_a_base_that_dates_nothing() -> None:
    """``vượt đỉnh lũ lịch sử năm 1979 là 0,2 m``: the excess is measured now, 1979 is the flood it is compared with,
    as ``so với năm X`` is; so are the years after ``cao hơn`` and ``thấp hơn`` and a thing."""
    rows = scan_rows("Mực nước đạt đỉnh 4,5 m, vượt đỉnh lũ lịch sử năm 1979 là 0,2 m.",
                     "Năng suất lúa đạt 58 tạ/ha, cao hơn bình quân năm 2020 là 3,5 tạ/ha.",
                     "Giá bán đạt 9.500 đồng/kg, thấp hơn năm 2022 là 1.200 đồng/kg.")
    assert [(r["text"], r["label_period_start"]) for r in rows] == [
        ("4,5 m", None), ("0,2 m", None), ("đạt 58 tạ/ha", None), ("3,5 tạ/ha", None), ("đạt 9.500 đồng/kg", None),
        ("1.200 đồng/kg", None)]


def test_an_item_naming_only_its_place_counts_the_topic_before_the_colon() -> None:
    """``Số suất quà phân bổ cho các địa phương: huyện Minh Hóa 1.620 suất; huyện Tuyên Hóa 1.280 suất``: the items
    after the first counted ``suất huyện Tuyên Hóa``; a colon after a word that names nothing (``Gồm:``) is no topic."""
    from extractors import entities

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    doc.add_block("paragraph", "Số suất quà phân bổ cho các địa phương: huyện Minh Hóa 1.620 suất; huyện Tuyên Hóa 1.280 suất.")
    doc.add_block("paragraph", "Gồm: huyện Minh Hóa 1.120 tỷ đồng; huyện Tuyên Hóa 148 tỷ đồng.")
    entities.extract(doc)
    figures.extract(doc)
    assert [(r["text"], r["place"], r["counted"]) for r in doc.rows("figures")] == [
        ("1.620 suất", "huyện Minh Hóa", "Số suất quà phân bổ cho các địa phương"),
        ("1.280 suất", "huyện Tuyên Hóa", "Số suất quà phân bổ cho các địa phương"),
        ("1.120 tỷ đồng", "huyện Minh Hóa", "huyện Minh Hóa"), ("148 tỷ đồng", "huyện Tuyên Hóa", "huyện Tuyên Hóa")]
    # (a place marked former after the 2025 merger names only its place too: each counted ``xã … (cũ)``)
    doc = Document(doc_id="d", path="d.txt", format="text", sha256="", issued_date="2026-03-20")
    doc.add_block("paragraph", "Diện tích thanh long: xã Phú Kiết (cũ) 612 ha; xã Mỹ Tịnh An (cũ) 538 ha.")
    entities.extract(doc)
    figures.extract(doc)
    assert [r["counted"] for r in doc.rows("figures")] == ["Diện tích thanh long"] * 2


def test_a_part_heading_opens_a_section_and_activities_are_counted() -> None:
    """``PHẦN II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025`` was no section heading (its targets had no period); ``01 hoạt
    động`` was no figure."""
    from extractors import dates

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    for kind, text in (("heading", "PHẦN I. KẾT QUẢ CÔNG TÁC HỘI NĂM 2024"), ("paragraph", "Kết nạp 2.150 hội viên."),
                       ("heading", "PHẦN II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"), ("heading", "1. Chỉ tiêu"),
                       ("paragraph", "Mỗi cơ sở tổ chức ít nhất 01 hoạt động hỗ trợ phụ nữ khởi nghiệp.")):
        doc.add_block(kind, text)
    dates.extract(doc)
    figures.extract(doc)
    assert [(r["text"], r["label_period_start"], r["status"]) for r in doc.rows("figures")] == [
        ("2.150 hội viên", "2024-01-01", None), ("ít nhất 01 hoạt động", "2025-01-01", "target")]


def test_things_counted_by_a_quoted_name_are_counted() -> None:
    """``trao 86 “Mái ấm tình thương”``: no noun followed the number, so the houses were no figure; a number inside
    the quotes (``Mô hình "5 không, 3 sạch"``) still names."""
    rows = scan_rows("Các cấp Hội trao 86 “Mái ấm tình thương” cho hội viên; xây mới 80 \"Mái ấm tình thương\".",
                     "Mô hình \"5 không, 3 sạch\" được nhân rộng.")
    assert [(r["text"], r["kind"], r["unit"]) for r in rows] == [
        ("86 “Mái ấm tình thương”", "count", "Mái ấm tình thương"), ("80 \"Mái ấm tình thương\"", "count", "Mái ấm tình thương")]


def test_a_speakers_quoted_words_are_the_texts_figures_and_no_name() -> None:
    """``nhấn mạnh: “Nữ đại biểu chiếm 34,8% tổng số đại biểu…”`` and a quote holding two sentences had no figure
    (a quote was read as a movement's name); what it measures starts at the quote, not with the speaker. A name in
    quotes (``“5 không, 3 sạch”``) still hides its numbers and stays in the phrase."""
    rows = scan_rows("Đồng chí nhấn mạnh: “Nữ đại biểu chiếm 34,8% tổng số đại biểu HĐND tỉnh khóa này, cao nhất từ "
                     "trước đến nay…”.",
                     "Ông nói: “Không để xã nào phải chờ vốn. Xã nào giải ngân dưới 50% đến hết tháng 11 thì phải giải "
                     "trình”.",
                     "Phong trào “5 không, 3 sạch” được triển khai tại 8/8 chi hội.")
    assert [r["text"] for r in rows] == ["34,8%", "dưới 50%", "8/8 chi hội"]
    assert (rows[0]["counted"], rows[2]["counted"]) == ("Nữ đại biểu tổng số đại biểu HĐND tỉnh khóa này",
                                                        "chi hội Phong trào “5 không, 3 sạch” được triển khai")


def test_straight_quotes_pair_as_curly_ones_in_what_is_counted() -> None:
    """Pandoc's Markdown writer turns ``“…”`` into ``"…"``: the closing straight quote of ``Ngày hội "Thanh niên …"
    ngày 24/3/2024`` was read as an opening one, so the count took the name's tail and the date. Straight quotes are
    paired by counting them, the phrase the same as with curly ones."""
    sentence = "Trong đó, Ngày hội {}Thanh niên với sức khỏe và hiến máu tình nguyện{} ngày 24/3/2024 tại thị trấn Ái Tử " \
               "tiếp nhận 182 đơn vị máu."
    rows = scan_rows(sentence.format('"', '"'), sentence.format("“", "”"))
    assert [r["counted"] for r in rows] == ["đơn vị máu tại thị trấn Ái Tử tiếp nhận"] * 2


def test_a_counts_phrase_goes_on_through_a_quoted_name_it_holds_whole() -> None:
    """``3.210 mô hình “Dân vận khéo” được công nhận`` counted ``mô hình Toàn tỉnh`` (the quote ended the phrase); a
    name the phrase cannot hold whole is left out, not cut (``… hưởng ứng “Ngày chủ``)."""
    rows = scan_rows("Toàn tỉnh có 3.210 mô hình “Dân vận khéo” được công nhận.",
                     "Tổ chức 190 đợt ra quân hưởng ứng “Ngày chủ nhật xanh - sạch - đẹp vì cộng đồng dân cư”.")
    assert [r["counted"] for r in rows] == ["mô hình “Dân vận khéo” được công nhận", "đợt ra quân hưởng ứng"]


def test_when_and_whose_after_a_bracket_are_no_subject() -> None:
    """``Chỉ số hài lòng … (SIPAS) năm 2023 của tỉnh đạt 84,52%``: the figure measured ``năm 2023 của tỉnh``."""
    row = one("Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2023 của tỉnh đạt 84,52%.")
    assert row["counted"] == "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2023 của tỉnh"


def test_shortcomings_and_medals_are_counted() -> None:
    """``chỉ ra 27 hạn chế``, ``01 Huy chương Bạc``: no figure (neither noun was a counted one)."""
    rows = scan_rows("Qua kiểm tra đã chỉ ra 27 hạn chế, thiếu sót.", "Học sinh đạt 01 Huy chương Bạc cấp quốc gia.")
    assert [(r["text"], r["unit"]) for r in rows] == [("27 hạn chế", "hạn chế"), ("đạt 01 Huy chương", "Huy chương")]


def test_a_notes_parts_count_what_the_figure_it_is_anchored_after_counts() -> None:
    """``… đạt chuẩn trình độ đào tạo là 94,7%¹`` / ``¹ Mầm non 91,2%; tiểu học 95,8%``: the note's figures counted
    ``Mầm non``, ``tiểu học`` (what they are parts of was lost)."""
    from pipeline.models import Footnote

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    body = doc.add_block("paragraph", "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo là 94,7%, tăng so với năm trước.")
    note = doc.add_block("footnote", "Mầm non 91,2%; tiểu học 95,8%; có 12 trường.")
    doc.footnotes.append(Footnote(1, "1", note.block_id, body.block_id, body.text.index("%,") + 1, note.text))
    figures.extract(doc)
    assert [r["counted"] for r in doc.rows("figures")] == [
        "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo", "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo: Mầm non",
        "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo: tiểu học", "trường"]
    # the whole is the last figure before the mark of the part's kind and unit, and a part named by a place the place
    # column holds says nothing more (``… 162 hộ chưa nhận tiền bồi thường với số tiền khoảng 25,2 tỷ đồng¹`` / ``¹ Trong
    # đó: xã Nghi Thạch 58 hộ``: the part counted ``hộ xã Nghi Thạch``, the money being the last figure)
    from extractors import dates, entities, references

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    body = doc.add_block("paragraph", "Đến nay còn 162 hộ chưa nhận tiền bồi thường với số tiền khoảng 25,2 tỷ đồng.")
    note = doc.add_block("footnote", "Trong đó: xã Nghi Thạch 58 hộ, xã Nghi Xá 47 hộ.")
    doc.footnotes.append(Footnote(1, "1", note.block_id, body.block_id, len(body.text) - 1, note.text))
    for component in (dates, references, entities, figures):
        component.extract(doc)
    assert [(r["text"], r["counted"]) for r in doc.rows("figures")][2:] == [
        ("58 hộ", "hộ chưa nhận tiền bồi thường"), ("47 hộ", "hộ chưa nhận tiền bồi thường")]
    # what each one got is no part of the whole (``… tổng trị giá 705 triệu đồng¹`` / ``¹ … mỗi suất 500.000 đồng``)
    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    body = doc.add_block("paragraph", "Trao 1.410 suất quà cho hộ nghèo với tổng trị giá 705 triệu đồng.")
    note = doc.add_block("footnote", "Ủy ban MTTQ Việt Nam tỉnh hỗ trợ 50 suất, mỗi suất 500.000 đồng.")
    doc.footnotes.append(Footnote(1, "1", note.block_id, body.block_id, len(body.text) - 1, note.text))
    figures.extract(doc)
    assert [r["counted"] for r in doc.rows("figures")][-1] == "mỗi suất"


def test_a_notes_figures_take_the_time_of_the_sentence_it_is_anchored_in() -> None:
    """``… cho đội ngũ cán bộ … trong năm 2017¹`` / ``¹ Đã mở 02 lớp … cho 185 cán bộ``: a note names no time and
    speaks of its anchor's sentence (its figures had no period); one that names its own time keeps it."""
    from extractors import dates
    from pipeline.models import Footnote

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    body = doc.add_block("paragraph", "Tổ chức triển khai Kế hoạch cho đội ngũ cán bộ làm công tác dân vận ở cơ sở trong năm 2017.")
    note = doc.add_block("footnote", "Đã mở 02 lớp bồi dưỡng cho 185 cán bộ; năm 2018 mở thêm 01 lớp.")
    doc.footnotes.append(Footnote(1, "1", note.block_id, body.block_id, len(body.text) - 1, note.text))
    dates.extract(doc)
    figures.extract(doc)
    assert [(r["text"], r["label_period_start"]) for r in doc.rows("figures")] == [
        ("02 lớp", "2017-01-01"), ("185 cán bộ", "2017-01-01"), ("01 lớp", "2018-01-01")]


def test_a_figure_in_a_closed_bracket_lends_no_subject_to_the_next() -> None:
    """``… bằng 58,3% dự toán năm (dự toán HĐND tỉnh giao 21.350 tỷ đồng), tăng 12,4% so với cùng kỳ``: the rise
    measured the bracketed budget (``dự toán HĐND tỉnh giao tăng …``)."""
    rows = scan_rows("Tổng thu ngân sách ước đạt 12.450 tỷ đồng, bằng 58,3% dự toán năm (dự toán HĐND tỉnh giao "
                     "21.350 tỷ đồng), tăng 12,4% so với cùng kỳ.")
    assert rows[-1]["counted"].startswith("Tổng thu ngân sách")


def test_a_place_a_cited_documents_name_holds_places_no_figure() -> None:
    """``Quán triệt Nghị quyết Đại hội … Đảng bộ tỉnh Quảng Trị lần thứ XVII, … đã ban hành 05 nghị quyết``: the
    district's resolutions took the province named in the cited congress's name."""
    assert placed(("HUYỆN ỦY TRIỆU PHONG", "Số 12-BC/HU", "Triệu Phong, ngày 5 tháng 5 năm 2025",
                   "Quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Trị lần thứ XVII, Ban Chấp hành Đảng bộ huyện "
                   "đã ban hành 05 nghị quyết chuyên đề.", "Tại xã Triệu Độ đã hỗ trợ 20 hộ.")) == [
        ("05 nghị quyết", None), ("20 hộ", "xã Triệu Độ")]


def test_a_part_left_a_paragraph_with_its_title_under_it_opens_a_section() -> None:
    """``Phần thứ nhất`` / ``KẾT QUẢ … NHIỆM KỲ 2020-2025`` in a Word text export: both paragraphs, so the past term's
    results had no period; ``Phần thứ hai: PHƯƠNG HƯỚNG …`` on one line the same."""
    from extractors import dates

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    for text in ("Phần thứ nhất", "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020-2025",
                 "Trong nhiệm kỳ, toàn Đảng bộ kết nạp 1.120 đảng viên.",
                 "Phần thứ hai: PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025-2030", "Kết nạp 1.200 đảng viên."):
        doc.add_block("paragraph", text)
    dates.extract(doc)
    figures.extract(doc)
    assert [(r["text"], r["label_period_start"], r["status"]) for r in doc.rows("figures")] == [
        ("1.120 đảng viên", "2020-01-01", None), ("1.200 đảng viên", "2025-01-01", "target")]


def test_not_exceeding_is_an_upper_bound() -> None:
    """``nợ thuế không vượt quá 8% tổng thu``: a target's ceiling read as a level (no qualifier)."""
    assert one("Tổng số nợ thuế không vượt quá 8% tổng thu ngân sách.")["qualifier"] == "under"


def test_places_of_two_types_listed_before_lan_luot_go_one_to_one() -> None:
    """``thành phố Quảng Ngãi và huyện Bình Sơn lần lượt đạt 50,5% và 51,5%``: both took the district (places of
    one type only went one to one)."""
    assert placed(("UBND TỈNH QUẢNG NGÃI", "Số: 12/BC-UBND", "Quảng Ngãi, ngày 5 tháng 3 năm 2024",
                   "Thành phố Quảng Ngãi và huyện Bình Sơn lần lượt đạt 50,5% và 51,5%.")) == [
        ("đạt 50,5%", "thành phố Quảng Ngãi"), ("51,5%", "huyện Bình Sơn")]


def test_yearly_values_after_a_rate_count_what_the_rate_was_of() -> None:
    """``Tổng thu ngân sách … tăng bình quân 9,5%/năm; năm 2021 đạt 285 tỷ đồng, năm 2022 đạt 312,4 tỷ đồng``: each year's
    amount counted ``năm 2021`` (the first year), as the rate before them is in another unit."""
    rows = scan_rows("Tổng thu ngân sách nhà nước trên địa bàn tăng bình quân 9,5%/năm; năm 2021 đạt 285 tỷ đồng, "
                     "năm 2022 đạt 312,4 tỷ đồng.")
    assert [r["counted"] for r in rows[1:]] == ["Tổng thu ngân sách nhà nước trên địa bàn"] * 2


def test_a_clauses_own_time_and_a_parts_whole_come_before_the_sections_period() -> None:
    """Under ``PHẦN II. … NĂM 2025``, ``01 hoạt động … trong Quý II/2025`` took the year (its clause names its quarter,
    which dates it);
    under ``I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025``, ``…; trong đó … 786 tỷ đồng`` took the half-year, not its whole's day."""
    from extractors import dates

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
    for kind, text in (("heading", "PHẦN II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"),
                       ("paragraph", "Mỗi cơ sở Hội tổ chức ít nhất 01 hoạt động hỗ trợ phụ nữ khởi nghiệp trong Quý II/2025."),
                       ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025"),
                       ("paragraph", "Tổng số nợ thuế đến ngày 30/6/2025 là 1.235 tỷ đồng; trong đó nợ có khả năng thu là 786 tỷ đồng."),
                       ("paragraph", "Kết nạp 20 đảng viên.")):
        doc.add_block(kind, text)
    dates.extract(doc)
    figures.extract(doc)
    got = {r["text"]: r["label_period_start"] for r in doc.rows("figures")}
    assert (got["ít nhất 01 hoạt động"], got["786 tỷ đồng"], got["20 đảng viên"]) == ("2025-04-01", "2025-06-30", "2025-01-01")


def test_numbers_grouped_in_thousands_after_a_name_word_are_counts() -> None:
    """``cơ sở 2`` and ``Trung ương 7`` are names, and ``Hướng dẫn 12`` a document; a number written in
    thousands is never a name's or a document's (``loa truyền thanh cơ sở 3.860 tin``, ``- Hướng dẫn 1.320
    hộ``), and a level in a bracket opens a count as it does unbracketed (``(cấp Trung ương 365 hộ``)."""
    assert [(f[0], f[1]) for f in found("Qua hệ thống loa truyền thanh cơ sở 3.860 tin, bài.")] == [("3.860 tin, bài", 3860)]
    assert [(f[0], f[1]) for f in found("- Hướng dẫn 1.320 hộ gia đình ký cam kết.")] == [("1.320 hộ gia đình", 1320)]
    assert [(f[0], f[1]) for f in found("Hỗ trợ 3.211 hộ (cấp Trung ương 365 hộ, cấp tỉnh 2.846 hộ).")] == [
        ("3.211 hộ", 3211), ("365 hộ", 365), ("2.846 hộ", 2846)]
    assert found("Thực hiện Hướng dẫn 12 của Ban Tuyên giáo; Nghị quyết Trung ương 7; trường Mầm non cơ sở 2.") == []


def test_a_holidays_day_is_no_ratio_and_dates_no_figure() -> None:
    """``Nhân dịp Quốc khánh 2/9, trao 245 suất quà`` gave a ratio 2/9 and now a date; the gifts are the
    quarter's (the season's), not that day's, and so are those of a list of holidays (``các ngày lễ 30/4, 01/5``)."""
    from extractors import dates

    doc = Document(doc_id="d", path="d.txt", format="text", sha256="", title="Báo cáo quý III năm 2025")
    doc.add_block("heading", "I. KẾT QUẢ CÔNG TÁC QUÝ III NĂM 2025")
    doc.add_block("paragraph", "Nhân dịp Quốc khánh 2/9, trao 245 suất quà. Bảo đảm an ninh các ngày lễ 30/4, 01/5 với 12 đợt tuần tra. "
                  "Nhân dịp 20/10, tặng 40 suất quà.")
    dates.extract(doc)
    figures.extract(doc)
    assert [r["text"] for r in doc.rows("dates")][1:] == ["2/9", "30/4", "01/5", "20/10"]
    assert [(r["text"], r["label_period_start"]) for r in doc.rows("figures")] == [
        ("245 suất quà", "2025-07-01"), ("12 đợt", "2025-07-01"), ("40 suất quà", "2025-07-01")]


def test_a_time_the_figures_clause_gives_after_what_it_counts_dates_it() -> None:
    """``xử lý ít nhất 3.500 trường hợp vi phạm trong 6 tháng cuối năm``, ``phấn đấu giảm 1,5% tỷ lệ hộ nghèo
    trong năm 2026``: the time after the counted words was no period of the figure (only one written right
    after it was); one in the next clause is not its time."""
    rows = scan_rows("Phấn đấu xử lý ít nhất 3.500 trường hợp vi phạm trong 6 tháng cuối năm 2025; "
                     "giảm 1,5% tỷ lệ hộ nghèo trong năm 2026. Tổ chức 12 hội nghị, trong quý IV/2025 có 3 hội nghị.")
    assert [(r["text"], r["label_period_start"], r["label_period_end"]) for r in rows] == [
        ("ít nhất 3.500 trường hợp", "2025-07-01", "2025-12-31"), ("1,5%", "2026-01-01", "2026-12-31"),
        ("12 hội nghị", None, None), ("3 hội nghị", "2025-10-01", "2025-12-31")]


def test_a_count_whose_clause_only_compares_and_moves_it_counts_the_whole_of_its_unit() -> None:
    """``Xảy ra 14 vụ tai nạn giao thông, làm chết 09 người; so với cùng kỳ năm 2024 giảm 03 vụ (-17,6%)``: the fall
    and its share counted ``vụ`` alone (across the semicolon no subject was carried); a count of another unit
    keeps its own words."""
    rows = scan_rows("Xảy ra 14 vụ tai nạn giao thông, làm chết 09 người, bị thương 11 người; so với cùng kỳ năm 2024 "
                     "giảm 03 vụ (-17,6%), giảm 02 người chết (-18,2%).")
    assert [(r["text"], r["counted"]) for r in rows][3:6] == [
        ("03 vụ", "vụ tai nạn giao thông giảm"), ("-17,6%", "vụ tai nạn giao thông giảm"), ("02 người", "người chết")]


def test_money_after_a_count_does_not_count_its_things() -> None:
    """``thu giữ … 11 điện thoại di động và 8.350.000 đồng``: the cash seized counted the phones (the money took the
    count's words, as a bare move takes the figure's before it); it is what the clause before the list says, the verb
    shared over the list's items (it counted nothing, and after a measure first, ``58,36 gam heroin, 03 xe mô tô và
    15,6 triệu đồng``, nothing either)."""
    rows = scan_rows("Thu giữ 02 xe mô tô, 11 điện thoại di động và 8.350.000 đồng.", "Hỗ trợ 25 hộ, 250 triệu đồng.",
                     "Công an huyện thu giữ 58,36 gam heroin, 03 xe mô tô và 15,6 triệu đồng.",
                     "Bắt 05 đối tượng, thu giữ 02 xe mô tô và 12 triệu đồng tiền mặt.")
    assert [(r["text"], r["counted"]) for r in rows if r["kind"] == "money"] == [
        ("8.350.000 đồng", "Thu giữ"), ("250 triệu đồng", "Hỗ trợ"), ("15,6 triệu đồng", "Công an huyện thu giữ"),
        ("12 triệu đồng", "thu giữ tiền mặt")]  # (the list opens after the arrest: its clause is no item's)


def test_a_cited_laws_name_is_no_part_of_what_is_counted() -> None:
    """``558 thành viên theo Luật Lực lượng tham gia bảo vệ …`` counted ``thành viên theo Luật Lực lượng tham gia
    bảo``; a standard after ``theo`` (``theo chuẩn nghèo``) still says which households."""
    rows = scan_rows("Huy động 558 thành viên theo Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở.",
                     "Rà soát 1.200 hộ nghèo theo chuẩn nghèo đa chiều.")
    assert [r["counted"] for r in rows] == ["thành viên Huy động", "hộ nghèo theo chuẩn nghèo đa chiều"]
    # so is a clause or point of one right after the figure (it counted ``… tin báo theo khoản``); ``theo điều kiện`` is
    # no rule cited
    rows = scan_rows("Thời hạn giải quyết tin báo là 20 ngày theo khoản 1 Điều 147 Bộ luật Tố tụng hình sự.",
                     "Thời hạn tạm giam là 2 tháng theo điểm a khoản 1 Điều 173.",
                     "Hỗ trợ 12 hộ theo điều kiện của chương trình.")
    assert [r["counted"] for r in rows] == ["Thời hạn giải quyết tin báo", "Thời hạn tạm giam",
                                            "hộ theo điều kiện của chương trình"]


def test_a_two_word_opener_leaves_no_half_of_itself() -> None:
    """``Phấn đấu giá trị sản xuất … tăng 12%`` counted ``đấu giá trị …`` (``đấu giá``, an auction, was kept as a word
    the opener's last half makes with the next); a one-word opener still does (``có mặt``)."""
    rows = scan_rows("Phấn đấu giá trị sản xuất công nghiệp tăng 12%.", "Hội nghị có mặt 35/38 đồng chí.")
    assert [r["counted"] for r in rows] == ["giá trị sản xuất công nghiệp tăng", "đồng chí Hội nghị có mặt"]


def test_a_time_or_a_cue_at_either_end_of_the_counted_phrase_is_left_out() -> None:
    """``Phấn đấu đến cuối năm 2026 tổng thu … đạt 45,2 tỷ đồng`` counted ``đến cuối năm 2026 tổng thu …`` and ``Tốc độ
    tăng trưởng … phấn đấu đạt 8,5%`` kept ``phấn đấu``; a time that is all the clause says stays for the carry
    (``…; đến năm 2030 đạt 30.000 ha`` measures what the clause before measured)."""
    rows = scan_rows("Phấn đấu đến cuối năm 2026 tổng thu ngân sách nhà nước trên địa bàn đạt 45,2 tỷ đồng.",
                     "Tốc độ tăng trưởng giá trị sản xuất phấn đấu đạt 8,5%.",
                     "Đến năm 2027, diện tích dừa hữu cơ đạt 24.000 ha; đến năm 2030 đạt 30.000 ha.")
    assert [r["counted"] for r in rows] == ["tổng thu ngân sách nhà nước trên địa bàn", "Tốc độ tăng trưởng giá trị sản xuất",
                                            "diện tích dừa hữu cơ", "diện tích dừa hữu cơ"]


def test_a_plans_work_and_money_sections_are_what_it_will_do() -> None:
    """A plan for 2026 issued in 2025 (``Số: 127/KH-UBND``): ``III. TỔ CHỨC THỰC HIỆN`` (``hỗ trợ 50 hộ``) and its budget
    table under ``IV. KINH PHÍ THỰC HIỆN`` said nothing, so were done; in a report the same headings say how it was done."""
    from extractors import dates, references

    def statuses(header: list[str]) -> list[tuple[str, str | None]]:
        doc = Document(doc_id="d", path="d.txt", format="text", sha256="", title=" ".join(header[-2:]))
        for text in header:
            doc.add_block("paragraph", text)
        doc.add_block("heading", "III. TỔ CHỨC THỰC HIỆN")
        doc.add_block("paragraph", "Giao Hội Nông dân xã hỗ trợ 50 hộ chuyển đổi cây trồng.")
        doc.add_block("heading", "IV. KINH PHÍ THỰC HIỆN")
        for col, text in enumerate(["Nội dung", "Kinh phí (triệu đồng)"]):
            doc.add_block("table_cell", text, table_no=0, row=0, col=col)
        for col, text in enumerate(["Hỗ trợ sản xuất", "8.500"]):
            doc.add_block("table_cell", text, table_no=0, row=1, col=col)
        for component in (dates, references, figures):
            component.extract(doc)
        return [(r["text"], r["status"]) for r in doc.rows("figures")]

    plan = ["ỦY BAN NHÂN DÂN XÃ YÊN THÀNH", "Số: 127/KH-UBND", "Yên Thành, ngày 05 tháng 12 năm 2025", "KẾ HOẠCH",
            "Phát triển kinh tế - xã hội năm 2026"]
    assert statuses(plan) == [("8.500", "target"), ("50 hộ", "target")]
    report = ["ỦY BAN NHÂN DÂN XÃ YÊN THÀNH", "Số: 128/BC-UBND", "Yên Thành, ngày 05 tháng 12 năm 2025", "BÁO CÁO",
              "Kết quả thực hiện nhiệm vụ năm 2025"]
    assert statuses(report) == [("8.500", None), ("50 hộ", None)]
    # (a plan for its own year, issued in June, still plans the rest of it)
    mid_year = ["ỦY BAN NHÂN DÂN XÃ ĐỨC THỌ", "Số: 142/KH-UBND", "Đức Thọ, ngày 12 tháng 6 năm 2026", "KẾ HOẠCH",
                "Chuyển đổi số năm 2026"]
    assert statuses(mid_year) == [("8.500", "target"), ("50 hộ", "target")]


def test_a_deadline_and_the_same_period_compared_with_in_a_counted_phrase() -> None:
    """``… còn lại trước ngày 31/8/2025``: the deadline word went with the phrase (``hộ còn lại trước``); ``so với cùng
    kỳ năm 2022`` lost ``kỳ``, a time word before the year, where ``cùng kỳ`` is what the figure is compared with."""
    rows = scan_rows("Hỗ trợ xây dựng khoảng 2.400 hộ còn lại trước ngày 31/8/2025; bàn giao 15 nhà chậm nhất ngày 30/9/2025.",
                     "Năm 2023, tổng thu ngân sách bằng 92,4% so với cùng kỳ năm 2022.")
    assert {r["text"]: r["counted"] for r in rows} == {
        "khoảng 2.400 hộ": "hộ còn lại", "15 nhà": "nhà bàn giao", "92,4%": "tổng thu ngân sách so với cùng kỳ"}


def test_a_districts_body_then_a_count_and_documents_counted_by_their_type() -> None:
    """``Hội Nông dân huyện 7 cuộc``: the number after a unit type in lower case was a name (as ``Phường 1`` is) and
    lost; ``02 hướng dẫn`` counted nothing the units vocabulary knew."""
    rows = scan_rows("Hội Nông dân huyện 7 cuộc; Hội CCB huyện 5 cuộc; tại phường 1 quận 3 có 45 hộ; Phường 2 đạt 95%.",
                     "Ban Tuyên giáo đã ban hành 04 kế hoạch, 02 hướng dẫn; có 20 hướng dẫn viên.")
    assert [(r["text"], r["unit"]) for r in rows] == [
        ("7 cuộc", "cuộc"), ("5 cuộc", "cuộc"), ("45 hộ", "hộ"), ("đạt 95%", "%"), ("04 kế hoạch", "kế hoạch"),
        ("02 hướng dẫn", "hướng dẫn"), ("20 hướng dẫn viên", "hướng dẫn viên")]


def test_a_year_inside_a_quoted_movement_name_dates_no_figure() -> None:
    """``Hưởng ứng phong trào "Chung tay xóa nhà tạm … trong năm 2025", … 9 nhà tình nghĩa``: the movement's year
    dated the half-year report's figures as the whole of 2025."""
    rows = scan_rows(("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025"),
                     'Hưởng ứng phong trào "Chung tay xóa nhà tạm trên cả nước trong năm 2025", các cấp Hội xây 9 nhà '
                     "tình nghĩa.")
    assert [(r["text"], r["label_period_start"], r["label_period_end"]) for r in rows] == [
        ("9 nhà", "2025-01-01", "2025-06-30")]


def test_a_covenant_is_no_estimate() -> None:
    """``hương ước, quy ước`` (a village's covenant) hold ``ước``: the figures after them were estimates."""
    rows = scan_rows("Các khu dân cư thực hiện hương ước, quy ước; 578 tổ nhân dân tự quản được củng cố.",
                     "Ước thực hiện cả năm đạt 120 tỷ đồng.")
    assert [(r["text"], r["status"]) for r in rows] == [("578 tổ nhân dân tự quản", None), ("đạt 120 tỷ đồng", "estimate")]


def test_the_closing_words_under_the_last_section_are_in_no_section() -> None:
    """``Trên đây là báo cáo tổng kết 5 năm …`` under ``V. KIẾN NGHỊ, ĐỀ XUẤT`` was a proposed duration."""
    rows = scan_rows(("heading", "V. KIẾN NGHỊ, ĐỀ XUẤT"), "Bổ sung kinh phí 500 triệu đồng cho phong trào.",
                     "Trên đây là báo cáo tổng kết 5 năm thực hiện phong trào thi đua của Ban Dân vận Huyện ủy.")
    assert [(r["text"], r["status"]) for r in rows] == [("500 triệu đồng", "proposed"), ("5 năm", None)]


def test_a_numbered_list_reaches_its_lead_for_status_and_time() -> None:
    """``Điều 1. Phê chuẩn dự toán … năm 2026 như sau:`` over ``1.``, ``2.`` items each ending with a full stop: the
    budget a council approves is a target, of the year the lead names (the items had no status and no time); an
    item dated on its own keeps its date, and a numbered heading after a paragraph leads nothing."""
    rows = scan_rows("Điều 1. Phê chuẩn dự toán thu, chi ngân sách xã năm 2026 như sau:",
                     "1. Tổng thu ngân sách xã: 112.480 triệu đồng.",
                     "2. Tổng chi ngân sách xã: 112.480 triệu đồng, trong đó chi đầu tư phát triển 52.000 triệu đồng.",
                     "3. Kết dư ngân sách năm 2025 ước 1.405 triệu đồng.",
                     "Điều 2. Tổ chức thực hiện.",
                     "Năm 2025, xã đã thu 98.000 triệu đồng.",
                     "1. Thu ngân sách 3.000 triệu đồng.")
    got = [(r["text"], r["status"], r["label_period_start"]) for r in rows]
    assert got == [("112.480 triệu đồng", "target", "2026-01-01"), ("112.480 triệu đồng", "target", "2026-01-01"),
                   ("52.000 triệu đồng", "target", "2026-01-01"), ("1.405 triệu đồng", "estimate", "2025-01-01"),
                   ("98.000 triệu đồng", None, "2025-01-01"), ("3.000 triệu đồng", None, None)]


def test_the_second_end_of_a_move_takes_no_time_written_after_the_first() -> None:
    """``giảm từ 18,6% cuối năm 2024 xuống còn 17,9%``: the time after the first end is that end's own; the second
    was dated 2024 by it, and so was the next item of the list. A time before the move still dates the second end."""
    got = [(r["text"], r["label_period_start"]) for r in scan_rows(
        "Tỷ lệ hộ nghèo giảm từ 18,6% cuối năm 2024 xuống còn 17,9%; số hộ cận nghèo 120 hộ.",
        "Năm 2025, tỷ lệ hộ nghèo giảm từ 18,6% cuối năm 2024 xuống còn 17,9%.")]
    assert got == [("18,6%", "2024-01-01"), ("17,9%", None), ("120 hộ", None),
                   ("18,6%", "2024-01-01"), ("17,9%", "2025-01-01")]


def test_an_annex_after_the_signature_is_in_no_section_of_the_report() -> None:
    """Tables annexed after ``V. KIẾN NGHỊ`` and the signature were in that section: every figure of them was
    ``proposed`` (37 growth rates of a budget report). The recipients' list and an annex's title close the sections;
    a comparison's column (``So sánh (%) / Với dự toán``: done ÷ planned) is no target either."""
    rows = scan_rows(("heading", "V. KIẾN NGHỊ"), "Đề nghị Ủy ban nhân dân tỉnh bổ sung 250 tỷ đồng.",
                     "Nơi nhận:\n- Như trên;\n- Lưu: VT.", ("heading", "Biểu số 01"),
                     ("heading", "TÌNH HÌNH THỰC HIỆN THU NGÂN SÁCH 9 THÁNG ĐẦU NĂM 2026"),
                     "Tổng thu ngân sách tăng 8,3% so với cùng kỳ.")
    assert [(r["text"], r["status"]) for r in rows] == [("250 tỷ đồng", "proposed"), ("8,3%", None)]
    from extractors.figure_status import in_labels
    assert in_labels("So sánh (%) / Với dự toán", "Thu tiền sử dụng đất") == (False, None)
    assert in_labels("Dự toán năm 2026", "Thu tiền sử dụng đất") == (True, "target")
    # nor one whose level under the comparison names its base alone (``So sánh (%) / Dự toán BTC``: they were targets)
    assert [in_labels(f"So sánh (%) / {base}", "Thu nội địa") for base in ("Dự toán BTC", "Kế hoạch", "Chỉ tiêu")] \
        == [(False, None)] * 3
    assert in_labels("Kế hoạch năm 2026 / So sánh (%)", "Thu nội địa") == (True, "target")



def test_a_section_of_what_is_foreseen_holds_targets() -> None:
    """``III. DỰ KIẾN KINH PHÍ`` in a plan: what it will cost, as ``phương hướng`` or ``nhiệm vụ`` sections are aims;
    its figures were stated as done."""
    rows = scan_rows(("heading", "III. DỰ KIẾN KINH PHÍ"), "Ngân sách tỉnh hỗ trợ 20.000 triệu đồng.")
    assert [(r["text"], r["status"]) for r in rows] == [("20.000 triệu đồng", "target")]

def test_a_plans_value_in_brackets_after_it_is_a_target() -> None:
    """``bằng 77,6% dự toán Hội đồng nhân dân tỉnh giao (32.450 tỷ đồng)`` was an estimate (the ``ước đạt`` before it),
    ``đạt 84,4% kế hoạch (180 triệu đồng)`` done: each is the plan's value; the shares of it are not."""
    got = {r["text"]: r["status"] for r in scan_rows(
        "Thu ngân sách ước đạt 25.186,4 tỷ đồng, bằng 77,6% dự toán Hội đồng nhân dân tỉnh giao (32.450 tỷ đồng).",
        "Vận động được 152 triệu đồng, đạt 84,4% kế hoạch (180 triệu đồng).")}
    assert got == {"ước đạt 25.186,4 tỷ đồng": "estimate", "77,6%": "estimate", "32.450 tỷ đồng": "target",
                   "152 triệu đồng": None, "đạt 84,4%": None, "180 triệu đồng": "target"}
    # a share in brackets (done over planned) is the result, and so is how far the result passed the plan
    got = {r["text"]: r["status"] for r in scan_rows(
        "Tỷ lệ tiêm chủng đạt 71,4% kế hoạch năm (1.356/1.899 trẻ).",
        "Tỷ lệ đại biểu nữ đạt 41,2%, cao hơn chỉ tiêu 6,2 điểm phần trăm.")}
    assert got == {"đạt 71,4%": None, "1.356/1.899 trẻ": None, "đạt 41,2%": None, "6,2 điểm phần trăm": None}


def test_committees_and_their_members_are_counted_and_a_villages_number_before_a_slash_is_a_share() -> None:
    """``kiện toàn 06 chi ủy`` had no figure (the tagger reads ``chi`` as "spend"), ``48 chi ủy viên`` counted
    committees, not members; ``chi đoàn thôn, xóm 15/24`` was taken for a village named 15. A holiday's day
    (``Quốc khánh 2/9``) is still no share."""
    rows = scan_rows("Đảng ủy kiện toàn 06 chi ủy, tập huấn cho 48 chi ủy viên.",
                     "Trong đó: chi đoàn thôn, xóm 15/24; chi đoàn trường học 4/5.", "Kỷ niệm Quốc khánh 2/9.")
    assert [(r["text"], r["unit"], r["value"], r["denominator"]) for r in rows] == [
        ("06 chi ủy", "chi ủy", 6, None), ("48 chi ủy viên", "chi ủy viên", 48, None), ("15/24", "chi đoàn", 15, 24),
        ("4/5", "chi đoàn", 4, 5)]


def test_a_years_plan_value_in_brackets_is_a_target() -> None:
    """``đạt 87,3% kế hoạch năm (9.000 ha)``: the plan's value was an estimate or a result; ``kế hoạch (180 triệu
    đồng)`` already was a target."""
    rows = scan_rows("Diện tích trồng rừng đạt 7.857 ha, đạt 87,3% kế hoạch năm (9.000 ha); thu 150 triệu đồng, đạt 84,4% "
                     "kế hoạch năm 2026 (180 triệu đồng).")
    assert [(r["text"], r["status"]) for r in rows if r["kind"] != "percent"] == [
        ("đạt 7.857 ha", None), ("9.000 ha", "target"), ("150 triệu đồng", None), ("180 triệu đồng", "target")]


def test_a_special_zone_is_a_unit_counted_and_listed_with_communes() -> None:
    """``78/78 xã, phường, đặc khu`` stopped before ``đặc khu`` and ``01 đặc khu`` had no figure (since July 2025 a
    province's communes, wards and special zones are counted together)."""
    rows = scan_rows("Có 78/78 xã, phường, đặc khu tổ chức; gồm 69 xã, 08 phường và 01 đặc khu.")
    assert [(r["text"], r["unit"]) for r in rows] == [("78/78 xã, phường, đặc khu", "xã, phường, đặc khu"),
                                                      ("69 xã", "xã"), ("08 phường", "phường"), ("01 đặc khu", "đặc khu")]



def test_a_street_named_by_a_day_or_a_number_is_no_figure() -> None:
    """``nâng cấp đường 2/9`` was the share 2/9 (``cấp`` read as a level before ``đường``); a street's number that
    no word follows names it too. A length or a count after ``đường`` is still a figure."""
    rows = scan_rows("Nâng cấp đường 2/9 và tuyến phố 19/5; chỉnh trang Đường 3, đường 5 và phố 12.",
                     "Làm đường 3,5 km, nâng cấp đường 17 tuyến, tuyến đường 15/15 xã.")
    assert [(r["text"], r["unit"]) for r in rows] == [("3,5 km", "km"), ("17 tuyến", "tuyến"), ("15/15 xã", "xã")]


def test_a_rule_cited_in_a_subject_leaves_the_subject_whole() -> None:
    """The words of ``quy định tại Nghị định số 07/2021/NĐ-CP của Chính phủ`` counted against the phrase's length,
    so what moved began at the citation and the measure itself (``Tỷ lệ hộ nghèo``) was lost."""
    rows = scan_rows("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều quy định tại Nghị định số 07/2021/NĐ-CP của Chính phủ "
                     "giảm từ 1,12% xuống còn 0,85%.")
    assert {r["counted"] for r in rows} == {
        "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều quy định tại Nghị định số 07/2021/NĐ-CP của Chính phủ giảm"}


def test_results_named_among_a_plans_targets_are_aimed_at() -> None:
    """Under ``II. CHỈ TIÊU`` of a plan, ``kết quả`` inside what is measured (``Tỷ lệ kết quả giải quyết …``,
    ``kết quả xếp loại …``) read as a cue of results, and the targets were stated as done."""
    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    for kind, text in (("paragraph", "KẾ HOẠCH"), ("paragraph", "Cải cách hành chính năm 2027"), ("heading", "II. CHỈ TIÊU"),
                       ("paragraph", "Tỷ lệ kết quả giải quyết thủ tục hành chính đúng hạn đạt 100%; kết quả xếp loại "
                                     "chỉ số cải cách hành chính đạt trên 85 điểm."),
                       ("heading", "III. KẾT QUẢ NĂM 2026"), ("paragraph", "Kết quả xếp loại đạt 82 điểm.")):
        doc.add_block(kind, text)
    figures.extract(doc)
    assert [(r["text"], r["status"]) for r in doc.rows("figures")] == [
        ("đạt 100%", "target"), ("trên 85 điểm", "target"), ("đạt 82 điểm", None)]


def test_a_share_with_no_noun_after_it_counts_the_noun_its_clause_opens_with() -> None:
    """``chi đoàn trường học 4/5``, ``Số xã đạt chuẩn nông thôn mới 12/15``: the share had no unit and counted nothing;
    a clause that opens with no counted noun still gives none."""
    rows = scan_rows("Chi bộ đạt trong sạch vững mạnh: 18/20; chi đoàn trường học 4/5.",
                     "Số xã đạt chuẩn nông thôn mới 12/15. Tỷ lệ đạt 4/5.")
    assert [(r["text"], r["unit"], r["counted"]) for r in rows] == [
        ("18/20", "chi bộ", "Chi bộ đạt trong sạch vững mạnh"), ("4/5", "chi đoàn", "chi đoàn trường học"),
        ("12/15", "xã", "Số xã đạt chuẩn nông thôn mới"), ("đạt 4/5", None, None)]


def test_two_nouns_of_one_count_before_a_per_make_one_rate() -> None:
    """``04 tin, bài/tháng`` was a count of ``tin``, ``4 buổi tuần tra/tuần`` one of ``buổi``; the rate per month or week
    was lost."""
    rows = scan_rows("Đăng tải 04 tin, bài/tháng trên trang thông tin điện tử; hỗ trợ 20 hộ, 15 người; duy trì 4 buổi tuần "
                     "tra/tuần.")
    assert [(r["text"], r["unit"], r["kind"]) for r in rows] == [
        ("04 tin, bài/tháng", "tin, bài/tháng", "rate"), ("20 hộ", "hộ", "count"), ("15 người", "người", "count"),
        ("4 buổi tuần tra/tuần", "buổi tuần tra/tuần", "rate")]


def test_a_time_in_brackets_after_a_moves_first_end_dates_that_end_alone() -> None:
    """``giảm từ 1,12% (cuối năm 2025) xuống còn 0,85% (106 hộ)``: the bracketed time ended the move (0,85% was no
    end of it and took 2025), and the households restating the second end took the first end's year."""
    rows = scan_rows("Tỷ lệ hộ nghèo giảm từ 1,12% (cuối năm 2025) xuống còn 0,85% (106 hộ).")
    assert [(r["text"], r["counted"], r["label_period_start"]) for r in rows] == [
        ("1,12%", "Tỷ lệ hộ nghèo giảm", "2025-01-01"), ("0,85%", "Tỷ lệ hộ nghèo giảm", None), ("106 hộ", "hộ nghèo", None)]


def test_an_amount_shared_over_households_keeps_both_numbers() -> None:
    """``412,37 tỷ đồng/8.964 hộ vay``: the households had no row and what the money measured ended in ``/8``
    (the unit of households is ``hộ``, as the gold counts ``8.594 hộ vay vốn``)."""
    rows = scan_rows("Hội quản lý dư nợ ủy thác 412,37 tỷ đồng/8.964 hộ vay thông qua 196 tổ.")
    money = rows[0]
    assert (money["text"], money["value"], money["denominator"], money["denominator_unit"], money["counted"]) == (
        "412,37 tỷ đồng/8.964 hộ", 412.37e9, 8964, "hộ", "Hội quản lý dư nợ ủy thác")


@pytest.mark.parametrize("text, status", [
    # the target's own value names no target for what follows it
    ("Còn 02/11 chỉ tiêu chưa đạt (tỷ lệ cơ sở Hội vững mạnh đạt 69,2%, chỉ tiêu 75%; số lớp dạy nghề đạt 85,7% kế hoạch).",
     {"75%": "target", "đạt 85,7%": None}),
    ("Chỉ tiêu: 90% hộ có nước sạch; 95% trẻ được tiêm chủng.", {"90%": "target", "95%": "target"}),
    # found and asked to take down: done, not a proposal
    ("Công an xã phát hiện, đề xuất gỡ bỏ 14 bài viết; xử lý 11 đối tượng.", {"14 bài viết": None, "11 đối tượng": None}),
])
def test_cues_that_name_no_status_of_what_follows(text: str, status: dict) -> None:
    got = {r["text"]: r["status"] for r in scan_rows(text)}
    assert {t: got.get(t) for t in status} == status


def test_counted_people_and_things_of_association_and_police_reports() -> None:
    """``196/214 chi hội trưởng`` counted branches, ``2.400 cuốn bản tin`` stopped inside ``bản tin``, and a column
    ``Số đối tượng`` had no unit."""
    rows = scan_rows("Có 196/214 chi hội trưởng đạt chuẩn; phát hành 2.400 cuốn bản tin; khởi tố 11 đối tượng.")
    assert [(r["text"], r["unit"]) for r in rows] == [
        ("196/214 chi hội trưởng", "chi hội trưởng"), ("2.400 cuốn bản tin", "cuốn bản tin"), ("11 đối tượng", "đối tượng")]


def test_counted_nouns_of_a_budget_report_are_whole() -> None:
    """``06 chủ đầu tư`` counted ``chủ`` and ``05 nhà máy điện gió`` counted ``nhà`` (a house's word)."""
    rows = scan_rows("Còn 06 chủ đầu tư có tỷ lệ giải ngân dưới 40%; gồm 05 nhà máy điện gió, 12 nhà văn hóa.")
    assert [(r["text"], r["unit"]) for r in rows if r["kind"] == "count"] == [
        ("06 chủ đầu tư", "chủ đầu tư"), ("05 nhà máy", "nhà máy"), ("12 nhà", "nhà")]


def test_a_figure_takes_the_place_it_is_said_to_be_at() -> None:
    """``02 vụ tại xóm 5, 01 vụ tại xóm Đông Hồ, 01 vụ tại chợ Diễn Châu``: each count took the place before it, one
    figure too far; a place no gazetteer knows after ``tại`` leaves none; a place before still serves the rest."""
    from extractors import entities

    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    doc.add_block("paragraph", "Gồm: 04 vụ trộm cắp (02 vụ tại xóm 5, 01 vụ tại xóm Đông Hồ, 01 vụ tại chợ Diễn Châu).")
    doc.add_block("paragraph", "Tại xã Diễn Châu, hỗ trợ 12 hộ ở các xóm vùng biển.")
    entities.extract(doc)
    figures.extract(doc)
    rows = doc.rows("figures")
    assert [(r["text"], r["place"]) for r in rows] == [
        ("04 vụ", None), ("02 vụ", "xóm 5"), ("01 vụ", "xóm Đông Hồ"), ("01 vụ", None), ("12 hộ", "xã Diễn Châu")]


def test_a_share_and_above_written_past_what_it_is_of() -> None:
    """``Có từ 75% cơ sở Hội trở lên xếp loại vững mạnh``: ``từ … trở lên`` around the share and its noun had no
    qualifier (a count's, ``từ 850 hội viên trở lên``, had); a move from one share to another is none."""
    rows = scan_rows("Có từ 75% cơ sở Hội trở lên xếp loại vững mạnh; tăng từ 5% lên 7%; phấn đấu 85% thôn trở lên đạt chuẩn.")
    assert [(r["text"], r["qualifier"]) for r in rows] == [
        ("từ 75%", "at_least"), ("5%", None), ("7%", None), ("85%", "at_least")]


def test_a_plan_of_the_year_and_an_assigned_budget_named_before_their_values_are_targets() -> None:
    """``(kế hoạch năm 95%)`` and ``Dự toán chi sự nghiệp y tế năm 2026 được giao 1.385,2 tỷ đồng`` had no status;
    what was spent against the budget is done."""
    got = {r["text"]: r["status"] for r in scan_rows(
        "Tỷ lệ tiêm chủng đầy đủ đạt 87,6% (kế hoạch năm 95%).",
        "Dự toán chi sự nghiệp y tế năm 2026 được giao 1.385,2 tỷ đồng; đã chi 900 tỷ đồng, đạt 65% dự toán.")}
    assert got == {"đạt 87,6%": None, "95%": "target", "1.385,2 tỷ đồng": "target", "900 tỷ đồng": None, "đạt 65%": None}
    # past the decision that assigned it (it had none); a clause after the decision is no budget's
    got = [(r["text"], r["status"]) for r in scan_rows(
        "Dự toán HĐND xã giao tại Nghị quyết số 15/NQ-HĐND là 11.389.000.000 đồng.",
        "Dự toán giao tại Quyết định số 4521/QĐ-UBND, thực hiện đạt 10.716.735.000 đồng.")]
    assert got == [("11.389.000.000 đồng", "target"), ("đạt 10.716.735.000 đồng", None)]


def test_a_budget_assigned_for_a_year_named_after_who_assigned_it_is_a_target() -> None:
    """``Dự toán tỉnh giao năm 2024 là 491.200 triệu đồng`` (a tax office's note on its collection) had no status, though
    ``Dự toán năm 2024 là …`` and ``dự toán HĐND huyện giao là …`` were targets: the year after ``giao`` ended the
    budget's name. What was collected against it is done."""
    got = [(r["text"], r["status"]) for r in scan_rows(
        "Dự toán tỉnh giao năm 2024 là 491.200 triệu đồng; dự toán HĐND huyện giao là 529.400 triệu đồng.",
        "Dự toán thu ngân sách tỉnh giao năm 2024 là 491.200 triệu đồng.",
        "Thu ngân sách theo dự toán tỉnh giao năm 2024 đạt 98.750 triệu đồng.")]
    assert got == [("491.200 triệu đồng", "target"), ("529.400 triệu đồng", "target"), ("491.200 triệu đồng", "target"),
                   ("đạt 98.750 triệu đồng", None)]


def test_a_period_trong_opens_a_sentence_with_dates_its_list_and_one_after_another_figure_is_that_ones() -> None:
    """``Trong 6 tháng đầu năm 2026 kết nạp 23 hội viên mới; thăm hỏi 41 hội viên …``: the items after the ``;`` were
    undated; under ``II. NHIỆM VỤ … 3 THÁNG CUỐI NĂM 2026``, ``đạt trên 95%, tỷ lệ … đạt 95,2% vào cuối năm 2026`` left the
    first share undated (the later figure's year kept the heading's period from it)."""
    got = {r["text"]: r["label_period_start"] for r in scan_rows(
        "Trong 6 tháng đầu năm 2026 kết nạp 23 hội viên mới; thăm hỏi 41 hội viên ốm đau.",
        ("heading", "II. NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM 2026"),
        "1. Phấn đấu tỷ lệ tiêm chủng đầy đủ đạt trên 95%, tỷ lệ bao phủ BHYT đạt 95,2% vào cuối năm 2026.")}
    assert got == {"23 hội viên": "2026-01-01", "41 hội viên": "2026-01-01", "trên 95%": "2026-10-01",
                   "đạt 95,2%": "2026-01-01"}


def test_a_period_alone_opening_a_sentence_or_in_a_lists_lead_dates_every_item() -> None:
    """``4. Kết quả giảm nghèo: Năm 2026 toàn phường có 37 hộ thoát nghèo; tỷ lệ hộ nghèo giảm từ 1,73% …`` and ``Một số
    sản phẩm chủ yếu 10 tháng năm 2026 tăng khá: quặng apatit …; phốt pho vàng 118,2 nghìn tấn`` left the items after
    the ``;`` undated (only a comma after the period, or ``Trong`` before it, carried it); a period inside an item
    still dates that item alone."""
    got = {r["text"]: r["label_period_start"] for r in scan_rows(
        "4. Kết quả giảm nghèo: Năm 2026 toàn phường có 37 hộ thoát nghèo; tỷ lệ hộ nghèo giảm từ 1,73% xuống còn 1,12%.",
        "Một số sản phẩm chủ yếu 10 tháng năm 2025 tăng khá: quặng apatit 3.984 nghìn tấn; phốt pho vàng 118,2 nghìn tấn.",
        "Tổ chức sơ kết giữa nhiệm kỳ 2017-2022 với 30 hội viên; ra mắt Câu lạc bộ với 26 thành viên.")}
    assert got == {"37 hộ": "2026-01-01", "1,73%": "2026-01-01", "1,12%": "2026-01-01", "3.984 nghìn tấn": "2025-01-01",
                   "118,2 nghìn tấn": "2025-01-01", "30 hội viên": "2017-01-01", "26 thành viên": None}


def test_not_reached_is_no_reached_qualifier() -> None:
    """``chưa đạt 1,4%`` (the grade "not passed" of a school report) was ``đạt 1,4%``, reached, counting ``chưa``: the
    opposite of the text; ``không đạt 50% kế hoạch`` the same."""
    got = {r["text"]: (r["qualifier"], r["counted"]) for r in scan_rows(
        "Kết quả học tập: tốt 18,4%, khá 42,7%, chưa đạt 1,4%.", "Tỷ lệ giải ngân không đạt 50% kế hoạch.")}
    assert got["1,4%"] == (None, "chưa đạt")
    assert got["50%"] == (None, "Tỷ lệ giải ngân không đạt kế hoạch")


def test_a_time_of_day_before_its_day_is_no_length_of_time() -> None:
    """``Từ 14 giờ ngày 25/8 đến 6 giờ ngày 26/8`` and ``Đến 16 giờ ngày 28/8`` gave three durations of hours (with a
    year the date took the time in; without one, it did not); ``8 giờ mỗi ngày`` is a length of time."""
    got = [r["text"] for r in scan_rows(
        "Từ 14 giờ ngày 25/8 đến 6 giờ ngày 26/8, mưa to. Đến 16 giờ ngày 28/8, họp lúc 14h30 ngày 10/10.",
        "Thời gian làm việc 8 giờ mỗi ngày, trực 24 giờ.")]
    assert got == ["8 giờ", "24 giờ"]


def test_the_whole_unit_a_cited_documents_subject_names_is_no_figures_place() -> None:
    """``Nghị quyết số 15/2025/NQ-HĐND … quy định mức hỗ trợ … trên địa bàn tỉnh, …, huyện đã khởi công 1.280 căn nhà``:
    the houses were placed in the province the resolution's subject names."""
    places = dict(placed(("UBND HUYỆN BỐ TRẠCH", "Bố Trạch, ngày 18 tháng 4 năm 2025", "BÁO CÁO Kết quả xóa nhà tạm",
                          "Thực hiện Nghị quyết số 15/2025/NQ-HĐND ngày 20/3/2025 của HĐND tỉnh quy định mức hỗ trợ xóa nhà "
                          "tạm trên địa bàn tỉnh, huyện đã khởi công 1.280 căn nhà. Toàn tỉnh có 8 huyện.")))
    assert places == {"1.280 căn nhà": None, "8 huyện": "tỉnh Quảng Bình"}


def test_and_above_closes_the_other_figure_a_count_follows() -> None:
    """``Hội viên từ 80 tuổi trở lên có 138 đồng chí``: the count took ``trở lên``, the end of the age before it."""
    rows = scan_rows("Hội viên từ 80 tuổi trở lên có 138 đồng chí.")
    assert [(r["text"], r["counted"]) for r in rows][1] == ("138 đồng chí", "đồng chí")


def test_a_multiple_that_names_nothing_is_of_the_figure_before_and_the_time_after_it_is_its_base() -> None:
    """``Năm 2025, thu nhập … đạt 68,5 triệu đồng/người/năm, gấp 2,4 lần năm 2016``: the multiple counted ``lần`` and
    was dated 2016, the year it is a multiple of."""
    rows = scan_rows("Năm 2025, thu nhập bình quân đầu người đạt 68,5 triệu đồng/người/năm, gấp 2,4 lần năm 2016.")
    assert [(r["text"], r["counted"], r["label_period_start"]) for r in rows][1] == (
        "2,4 lần", "thu nhập bình quân đầu người", "2025-01-01")


@pytest.mark.parametrize("text, status", [
    # a proposal's file completed is done, and its cue reaches no item after the ``;``
    ("Hoàn thành hồ sơ đề nghị kết nạp 01 quần chúng ưu tú; tiếp nhận sinh hoạt 02 đảng viên chuyển đến.",
     {"01 quần chúng": None, "02 đảng viên": None}),
    # the target named right before its value
    ("Phân loại rác mới đạt khoảng 60% số hộ, chưa đạt chỉ tiêu 80% của Nghị quyết Chi bộ.",
     {"khoảng 60%": None, "80%": "target"}),
])
def test_a_proposals_file_and_a_target_named_before_its_value(text: str, status: dict) -> None:
    got = {r["text"]: r["status"] for r in scan_rows(text)}
    assert {t: got.get(t) for t in status} == status


def test_a_bracket_after_a_figure_that_holds_another_figure_or_a_standard_dates_neither() -> None:
    """``đạt 38,5 triệu đồng/người/năm trở lên (năm 2026 ước đạt 34,2 …)`` took 2026, the estimate's year in the bracket
    after it; ``(theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030), xuống còn dưới 28,5%`` took the standard's years."""
    got = {r["text"]: r["label_period_start"] for r in scan_rows(
        "Thu nhập bình quân đầu người đạt 38,5 triệu đồng/người/năm trở lên (năm 2026 ước đạt 34,2 triệu đồng/người/năm).",
        "Tỷ lệ hộ nghèo giảm từ 4% trở lên (theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030), xuống còn dưới 28,5%.",
        "Tỷ lệ hộ nghèo giảm 29,12% (cuối năm 2024).")}
    assert got == {"đạt 38,5 triệu đồng/người/năm trở lên": None, "ước đạt 34,2 triệu đồng/người/năm": "2026-01-01",
                   "từ 4% trở lên": None, "dưới 28,5%": None, "29,12%": "2024-01-01"}


def test_unit_types_listed_with_a_comma_do_not_end_the_clause() -> None:
    """``cấp ủy các xã, thị trấn đã tiếp 1.356 lượt công dân``: the clause began at ``thị trấn`` (the comma between the
    types of one level, as in ``xã, phường``, was read as the clause's end)."""
    rows = scan_rows("Người đứng đầu cấp ủy các xã, thị trấn đã tiếp 1.356 lượt công dân. Tỷ lệ xã, phường đạt chuẩn là 85%.")
    assert [r["counted"] for r in rows] == [
        "lượt công dân Người đứng đầu cấp ủy các xã, thị trấn đã tiếp", "Tỷ lệ xã, phường đạt chuẩn"]


def test_a_total_whose_clause_names_nothing_is_of_what_the_count_before_counted() -> None:
    """``sửa chữa 09 nhà, tổng 78 triệu đồng``: the money counted ``tổng``, which says nothing of what it totals."""
    rows = scan_rows("Từ năm 2009 đến nay đã hỗ trợ sửa chữa 09 nhà, tổng 78 triệu đồng; thu giữ 11 điện thoại và 8.350.000 đồng.",
                     "Trao 03 con bò sinh sản tại Trường Hòa, Trường Đông trị giá 60 triệu đồng.")
    assert [(r["text"], r["counted"]) for r in rows] == [
        ("09 nhà", "nhà đã hỗ trợ sửa chữa"), ("78 triệu đồng", "tổng nhà đã hỗ trợ sửa chữa"),
        ("11 điện thoại", "điện thoại thu giữ"), ("8.350.000 đồng", "thu giữ"),
        ("03 con bò", "con bò sinh sản"), ("60 triệu đồng", "trị giá con bò sinh sản")]  # (the places' names left out)


def test_the_absent_are_counted_in_the_people_the_attendance_counted() -> None:
    """``Có mặt: 28/32 đảng viên …; vắng 4 (có lý do)``: the number of the absent, which a meeting's minutes exist to
    record, had no row (no noun follows it); alone, with no attendance before it, it still has none."""
    rows = scan_rows("Có mặt: 28/32 đảng viên, đạt tỷ lệ 87,5%; vắng 4 (có lý do).", "Vắng 3 (có lý do).")
    assert [(r["text"], r["unit"], r["counted"]) for r in rows if r["kind"] == "count"] == [("4", "đảng viên", "đảng viên vắng")]


def test_a_topic_with_a_bracketed_aside_or_a_quoted_name_before_its_colon_opens_the_clause() -> None:
    """``- Ngân sách Trung ương (vốn sự nghiệp Chương trình …): 504 triệu đồng`` and ``Quỹ “Vì người nghèo” của Ủy ban
    MTTQ Việt Nam xã: 15 triệu đồng`` counted nothing: the aside and the name were words of a sentence too long to be a
    topic; a bracket closed before the colon is no bracket the topic opens in."""
    got = [r["counted"] for r in scan_rows(
        "- Ngân sách Trung ương (vốn sự nghiệp Chương trình mục tiêu quốc gia giảm nghèo bền vững): 504 triệu đồng.",
        "- Quỹ “Vì người nghèo” của Ủy ban MTTQ Việt Nam xã: 15 triệu đồng.", "Có 1.245 đảng viên (nữ: 456 đồng chí).")]
    assert got == ["Ngân sách Trung ương (vốn sự nghiệp Chương trình mục tiêu quốc gia giảm nghèo bền vững)",
                   "Quỹ “Vì người nghèo” của Ủy ban MTTQ Việt Nam xã", "đảng viên", "đồng chí nữ"]


def test_a_phrase_cut_at_its_length_keeps_a_quoted_name_whole() -> None:
    """``trích từ “Quỹ vì người nghèo” đã hỗ trợ xây dựng 52 nhà với tổng kinh phí 915 triệu đồng``: the phrase was cut
    at its length inside the name (``tổng kinh phí nghèo” đã …``)."""
    rows = scan_rows("Ủy ban Mặt trận Tổ quốc Việt Nam các xã trích từ “Quỹ vì người nghèo” đã hỗ trợ xây dựng 52 nhà với tổng kinh "
                     "phí 915 triệu đồng.")
    assert rows[-1]["counted"] == "tổng kinh phí “Quỹ vì người nghèo” đã hỗ trợ xây dựng 52 nhà"


def test_a_counts_phrase_ends_where_the_total_of_its_worth_begins() -> None:
    """``tặng 189 phần quà tổng trị giá 94,5 triệu đồng``: the gifts counted ``phần quà tổng trị giá`` and the money
    ``… 189 phần quà tổng trị giá``; the total is of the gifts."""
    rows = scan_rows("Tổ chức tư vấn việc làm cho bộ đội xuất ngũ và tặng 189 phần quà tổng trị giá 94,5 triệu đồng.")
    assert [r["counted"] for r in rows] == [
        "phần quà Tổ chức tư vấn việc làm cho bộ đội xuất ngũ và tặng",
        "tổng trị giá phần quà Tổ chức tư vấn việc làm cho bộ đội xuất ngũ và tặng"]


def test_an_amounts_name_after_with_may_run_to_five_words() -> None:
    """``… 07 tấn gạo cho người dân khó khăn với tổng kinh phí thực hiện hơn 140 triệu đồng``: the amount's name
    (five words) was taken for a clause, and what was measured read ``gạo … với tổng kinh phí thực hiện``; the clause
    before it is whole, the name's words extra (it was cut to ``gạo cho người dân khó khăn``)."""
    rows = scan_rows("Qua đó đã hỗ trợ 07 tấn gạo cho người dân khó khăn với tổng kinh phí thực hiện hơn 140 triệu đồng.")
    assert rows[-1]["counted"] == "tổng kinh phí thực hiện đã hỗ trợ 07 tấn gạo cho người dân khó khăn"


def test_a_share_listed_right_after_another_with_va_measures_its_own_part() -> None:
    """``công nghiệp - xây dựng chiếm 24,23% và dịch vụ chiếm 36,49%``: the second share measured the whole list (the
    ``và`` right after the other figure was not read as the list's)."""
    rows = scan_rows("Khu vực nông nghiệp chiếm 34,86%, công nghiệp - xây dựng chiếm 24,23% và dịch vụ chiếm 36,49% trong GRDP.")
    assert rows[-1]["counted"] == "dịch vụ"


def test_an_amount_named_after_with_past_a_bracket_is_of_the_things_before_it() -> None:
    """``02 dự án điện gió (Cà Mau 1A, Cà Mau 1B) với công suất 176 MW``: the capacity measured ``công suất`` alone (the
    bracket ended the clause); the projects' count before the bracket does not keep it from them."""
    rows = scan_rows("Tỉnh đã hoàn thành 02 dự án điện gió (Cà Mau 1A, Cà Mau 1B) với công suất 176 MW.")
    assert rows[-1]["counted"] == "công suất Tỉnh đã hoàn thành 02 dự án điện gió (Cà Mau 1A, Cà Mau 1B)"


def test_a_like_over_like_ratio_names_what_its_clause_measures() -> None:
    """``Tỷ số giới tính khi sinh là 112,3 bé trai/100 bé gái``: the ratio counted ``bé trai/100 bé gái`` alone."""
    rows = scan_rows("Tỷ số giới tính khi sinh là 112,3 bé trai/100 bé gái.")
    assert rows[0]["counted"] == "Tỷ số giới tính khi sinh bé trai/100 bé gái"


def test_the_nouns_listed_with_another_count_are_its_own() -> None:
    """``có 38 xã, thị trấn với tổng số 44.326 phụ nữ``: the women counted ``phụ nữ , thị trấn``, the tail of the other
    count's noun list (read whole since a comma between unit types ends no clause)."""
    rows = scan_rows("Huyện Yên Thành có 38 xã, thị trấn với tổng số 44.326 phụ nữ.")
    assert [(r["text"], r["counted"]) for r in rows][1] == ("44.326 phụ nữ", "phụ nữ")


def test_counted_nouns_of_one_kind_joined_by_a_comma_are_one_count() -> None:
    """``06 nhóm, lớp``, ``5 buổi, lớp``, ``500 hộ, cá nhân``: two nouns joined by a comma are what one number
    counts (the comma cut the unit and sent the phrase backwards: ``nhóm Toàn xã``); a thing counted is not
    qualified by the noun written after it (``92 suất quà cây mùa xuân``), and a school is a counted noun."""
    rows = {r["text"]: r for r in _all(
        "Toàn xã có 06 nhóm, lớp mầm non; tổ chức 5 buổi, lớp tập huấn; hỗ trợ 500 hộ, cá nhân bị ảnh hưởng; "
        "phát 92 suất quà cây mùa xuân; có 12 trường đạt chuẩn quốc gia, 3 trường học được xây mới.")}
    assert (rows["06 nhóm, lớp"]["unit"], rows["06 nhóm, lớp"]["counted"]) == ("nhóm, lớp", "nhóm, lớp mầm non")
    assert rows["5 buổi, lớp"]["unit"] == "buổi, lớp"
    assert rows["500 hộ, cá nhân"]["counted"] == "hộ, cá nhân bị ảnh hưởng"
    assert rows["92 suất quà"]["unit"] == "suất quà"
    assert rows["12 trường"]["counted"] == "trường đạt chuẩn quốc gia"
    assert rows["3 trường học"]["unit"] == "trường học"


def _all(text: str) -> list[dict]:
    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    doc.add_block("paragraph", text)
    figures.extract(doc)
    return doc.rows("figures")


def _counted(text: str) -> dict[str, str | None]:
    """What each figure of one paragraph counts, by its text."""
    return {r["text"]: r["counted"] for r in _all(text)}


def test_nguoi_after_a_counted_noun_says_who_they_are() -> None:
    """``2.413 hội viên người dân tộc thiểu số``: the unit was ``hội viên người`` (a second person noun qualifies
    the first in ``hội viên nông dân``; ``người`` opens a description)."""
    rows = _all("Có 2.413 hội viên người dân tộc thiểu số, 120 học sinh người dân tộc Thái và 45 hội viên nông dân.")
    assert [(r["text"], r["unit"], r["counted"]) for r in rows] == [
        ("2.413 hội viên", "hội viên", "hội viên người dân tộc thiểu số"),
        ("120 học sinh", "học sinh", "học sinh người dân tộc Thái"),
        ("45 hội viên nông dân", "hội viên nông dân", "hội viên nông dân")]


def test_a_count_in_a_heading_in_capitals_has_its_unit_in_lower_case() -> None:
    """``ĐỐI VỚI 62 HUYỆN NGHÈO``: the unit ``HUYỆN`` did not group with the text's ``huyện``; an abbreviation in
    running text keeps its capitals."""
    rows = _all("I. KẾT QUẢ THỰC HIỆN ĐỐI VỚI 62 HUYỆN NGHÈO") + _all("Toàn tỉnh có 15 HTX và 12 huyện nghèo.")
    assert [(r["text"], r["unit"]) for r in rows] == [("62 HUYỆN", "huyện"), ("15 HTX", "HTX"), ("12 huyện", "huyện")]


def test_a_names_abbreviation_in_brackets_is_part_of_what_is_measured() -> None:
    """``Chỉ số sản xuất công nghiệp (IIP) tháng 10 năm 2025 ước tăng 5,2%``: the bracket ended the clause, and the
    figure measured ``tháng 10 năm 2025 ước tăng``."""
    rows = _all("Chỉ số sản xuất công nghiệp (IIP) tháng 10 năm 2025 ước tăng 5,2% so với tháng trước. "
                "Chỉ số giá tiêu dùng (CPI) tháng 10 tăng 0,21%.")
    assert [r["counted"] for r in rows] == [
        "Chỉ số sản xuất công nghiệp (IIP) tháng 10 năm 2025 ước tăng so với tháng trước",
        "Chỉ số giá tiêu dùng (CPI) tháng 10 tăng"]


def test_a_resolutions_articles_and_unstyled_numbered_heads_are_sections() -> None:
    """A resolution in Word: ``Điều 1. … năm 2024`` and ``Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2025`` / ``2. Các chỉ
    tiêu chủ yếu:`` / ``a) Về kinh tế`` are plain paragraphs; the targets under them were results of no year (as text,
    whose loader makes such lines headings, they were targets of 2025). A numbered sentence heads nothing."""
    doc = Document(doc_id="t", path="t.docx", format="docx", sha256="")
    for text in ["HỘI ĐỒNG NHÂN DÂN HUYỆN CHÂU ĐỨC", "Số: 52/NQ-HĐND", "NGHỊ QUYẾT",
                 "Điều 1. Đánh giá tình hình thực hiện nhiệm vụ năm 2024",
                 "1. Thu ngân sách đạt gần 900 tỷ đồng, đạt 130% dự toán.",
                 "Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2025", "2. Các chỉ tiêu chủ yếu:", "a) Về kinh tế",
                 "- Giá trị sản xuất nông nghiệp đạt 3.563 tỷ đồng.", "b) Về xã hội", "- Tỷ lệ hộ nghèo dưới 9%."]:
        doc.add_block("paragraph", text)
    import extractors

    for component in extractors.components():
        component.extract(doc)
    got = {r["text"]: (r["status"], r["label_period_start"]) for r in doc.rows("figures")}
    assert got == {"gần 900 tỷ đồng": (None, "2024-01-01"), "đạt 130%": (None, "2024-01-01"),
                   "đạt 3.563 tỷ đồng": ("target", "2025-01-01"), "dưới 9%": ("target", "2025-01-01")}


def test_a_quantifier_before_a_sections_noun_leaves_its_kind() -> None:
    """``III. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM`` and ``Điều 2. Một số giải pháp`` opened no section of targets (only
    ``Các`` was read before the noun): the measures under them were stated as done."""
    def status(heading: str) -> str | None:
        doc = Document(doc_id="d", path="d.txt", format="text", sha256="")
        doc.add_block("heading", heading)
        doc.add_block("paragraph", "1. Trích tối thiểu 10% số thu tiền sử dụng đất để thực hiện công tác đo đạc.")
        figures.extract(doc)
        return [r["status"] for r in doc.rows("figures")][0]

    assert [status(h) for h in ("III. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "Điều 2. Một số giải pháp",
                                "III. NHỮNG NHIỆM VỤ TRỌNG TÂM", "Điều 2. Các giải pháp thực hiện",
                                "III. MỘT SỐ KIẾN NGHỊ", "III. MỘT SỐ KHÓ KHĂN")] == [
        "target", "target", "target", "target", "proposed", None]


def test_a_named_days_day_and_month_is_no_ratio() -> None:
    """``hưởng ứng Ngày Chuyển đổi số quốc gia 10/10`` was a ratio 10/10 (unit ``tổ chức``), dated or not (``Kỷ niệm
    …``: the day's name); a share of a noun counted after it stays."""
    rows = scan_rows("Kết quả công tác năm 2025", "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia 10/10.",
                     "Kỷ niệm Ngày Chuyển đổi số quốc gia 10/10 với 12 hoạt động.", "Ngày hội có 10/10 xã tham gia.")
    assert [(r["text"], r["denominator"]) for r in rows] == [("12 hoạt động", None), ("10/10 xã", 10)]


def test_a_comma_inside_one_act_or_between_two_kinds_of_one_noun_ends_no_clause() -> None:
    """``Tỷ lệ thu gom, xử lý chất thải …`` and ``… nước sạch, nước hợp vệ sinh đạt 99,9%`` measured what came after
    the comma only (``Tỷ lệ`` was lost)."""
    rows = _all("- Tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt đạt 100%.") + _all(
        "- Tỷ lệ hộ dân sử dụng nước sạch, nước hợp vệ sinh đạt 99,9%.")
    assert [r["counted"] for r in rows] == ["Tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt",
                                           "Tỷ lệ hộ dân sử dụng nước sạch, nước hợp vệ sinh"]


def test_what_the_things_counted_attained_is_what_they_are() -> None:
    """``4/4 chỉ tiêu đều đạt và vượt kế hoạch``, ``2 sản phẩm đạt OCOP``: the phrase stopped at ``đạt`` (``chỉ tiêu
    đều``), as it does where ``đạt`` opens a figure of its own (``5.562 hồ sơ, đạt 89,12%``)."""
    rows = _counted(
        "Cụ thể, 4/4 chỉ tiêu đều đạt và vượt kế hoạch đề ra; có 2 sản phẩm đạt OCOP 5 sao; 5.562 hồ sơ, đạt 89,12%.")
    assert rows["4/4 chỉ tiêu"] == "chỉ tiêu đều đạt và vượt kế hoạch đề ra"  # (its clause whole)
    assert rows["2 sản phẩm"] == "sản phẩm đạt OCOP 5 sao"  # (its stars too: the rating attained)
    assert rows["5.562 hồ sơ"] == "hồ sơ"


def test_the_ones_given_to_are_counted_by_the_act_and_what_it_gave() -> None:
    """``Hỗ trợ 50 tấn gạo cho 1.200 hộ``, the line of every relief report: the households were ``hộ gạo`` (the act's
    verb lost with the amount before it), and after a capitalised verb opening the sentence (``Tặng 200 suất quà``,
    read as a name like ``Phường 4``) the other figure's number was part of the phrase."""
    rows = _counted(
        "Hỗ trợ 50 tấn gạo cho 1.200 hộ; Tặng 200 suất quà cho 150 hộ nghèo. Năm 2021 kết nạp 198 đảng viên.")
    assert rows["50 tấn"] == "Hỗ trợ gạo" and rows["1.200 hộ"] == "hộ Hỗ trợ gạo"
    assert rows["150 hộ nghèo"] == "hộ nghèo Tặng suất quà"
    assert rows["198 đảng viên"] == "đảng viên kết nạp"


def test_a_share_opening_its_clause_is_of_the_people_or_places_named_after_it() -> None:
    """``kết nạp 02 đảng viên mới, 100% đảng viên hoàn thành nhiệm vụ``: the share took the count's words before it
    (``đảng viên mới đảng viên hoàn thành …``), as a bare ``đạt 101,3% kế hoạch`` rightly does; a share that names whom
    or where it is of needs none. ``trong diện`` (within the group) ends no phrase."""
    rows = _counted(
        "Phấn đấu kết nạp ít nhất 02 đảng viên mới, 100% đảng viên hoàn thành nhiệm vụ trở lên; "
        "kết nạp 25 hội viên, 95% hội viên trong diện tham gia sinh hoạt. Sản lượng điện đạt 800 triệu kWh, đạt 101,3% "
        "kế hoạch.")
    assert rows["100%"] == "đảng viên hoàn thành nhiệm vụ trở lên"
    assert rows["95%"] == "hội viên trong diện tham gia sinh hoạt"
    assert rows["đạt 101,3%"] == "Sản lượng điện kế hoạch"


def test_a_clause_a_few_words_past_the_limit_is_counted_whole() -> None:
    """``01 hạn chế về nội dung sinh hoạt chưa phong phú.``: the words after a count's noun stopped at eight, mid-phrase
    (``… sinh hoạt chưa``); a clause that ends a few words later is taken whole, a longer one is still cut."""
    rows = _counted(
        "Đã khắc phục xong 01 hạn chế về nội dung sinh hoạt chưa phong phú. Kết luận 16 tổ chức đảng thực hiện tốt nội "
        "dung được giám sát. Có 3 tổ chức đảng thực hiện chưa tốt việc lãnh đạo công tác phòng chống tham nhũng "
        "lãng phí tiêu cực tại cơ quan đơn vị mình.")
    assert rows["01 hạn chế"] == "hạn chế về nội dung sinh hoạt chưa phong phú"
    assert rows["16 tổ chức đảng"] == "tổ chức đảng thực hiện tốt nội dung được giám sát"
    assert len(rows["3 tổ chức đảng"].split()) < 14


def test_a_count_by_which_another_moved_may_name_the_first_word_of_its_noun() -> None:
    """``312 ca mắc sốt xuất huyết, tăng 45 ca``: the rise counted ``ca``, since its noun was not the other's whole."""
    rows = _counted("Toàn huyện ghi nhận 312 ca mắc sốt xuất huyết, tăng 45 ca so với cùng kỳ.")
    assert rows["45 ca"] == "ca mắc sốt xuất huyết tăng"


def test_a_list_of_recipients_is_no_noun_said_again() -> None:
    """``120 công dân, Bộ Chỉ huy Quân sự tỉnh 70 công dân, Công an tỉnh 25 công dân``: ``công dân, Công an`` start alike
    but are two words, so the comma ends the phrase (the 70 counted ``công dân, Công an tỉnh``); an army unit's number
    (``Sư đoàn 390``) is its name, no other figure (the 120 counted ``công dân`` alone)."""
    rows = _counted(
        "Huyện đã giao cho Sư đoàn 390 là 120 công dân, Bộ Chỉ huy Quân sự tỉnh 70 công dân, Công an tỉnh 25 công dân.")
    assert rows == {"120 công dân": "công dân Huyện đã giao cho Sư đoàn 390",
                    "70 công dân": "công dân Bộ Chỉ huy Quân sự tỉnh", "25 công dân": "công dân Công an tỉnh"}


def test_a_kind_and_a_move_after_a_comma_complete_the_rate_before_it() -> None:
    """``Tỷ lệ công dân có trình độ đại học, cao đẳng tăng 4,5%``: the rate measured ``cao đẳng tăng``; after another
    figure the comma still opens a clause of its own."""
    rows = _counted(
        "Tỷ lệ công dân có trình độ đại học, cao đẳng tăng 4,5%. Tỷ lệ hộ nghèo giảm còn 2,1%, hộ cận nghèo giảm 1,2%.")
    assert rows["4,5%"] == "Tỷ lệ công dân có trình độ đại học, cao đẳng tăng"
    assert rows["1,2%"] == "Tỷ lệ hộ cận nghèo giảm"


def test_a_measure_after_an_amount_of_money_measures_what_the_money_went_to() -> None:
    """``huyện đã đầu tư 4,2 tỷ đồng sửa chữa 3,5 km mặt đường``: the length measured the spending's words too (``huyện
    cũng đã đầu tư 4,2 tỷ đồng sửa chữa``); a count before a measure says what it measures and stays."""
    rows = _counted(
        "Huyện đã đầu tư 4,2 tỷ đồng sửa chữa 3,5 km mặt đường Tỉnh lộ. Đã đưa vào vận hành 16 dự án với tổng công suất "
        "870,2 MW.")
    assert rows["3,5 km"] == "sửa chữa mặt đường Tỉnh lộ"
    assert "16 dự án" in rows["870,2 MW"]


def test_a_list_of_counts_ends_each_clause_at_the_next_count() -> None:
    """``48 quyết định cưỡng chế bằng biện pháp trích tiền từ tài khoản và 12 quyết định …``: the first was cut at eight
    words (``… biện pháp trích``), as if ``và`` did not end its clause; alone it was whole."""
    rows = _counted(
        "Chi cục đã ban hành 48 quyết định cưỡng chế bằng biện pháp trích tiền từ tài khoản và 12 quyết định cưỡng chế "
        "bằng biện pháp dừng sử dụng hóa đơn.")
    assert rows["48 quyết định"] == "quyết định cưỡng chế bằng biện pháp trích tiền từ tài khoản"


def test_a_move_said_again_as_a_share_in_brackets_moves_the_same_thing() -> None:
    """``tăng 1.932 triệu đồng (8,5%)``: the share measured the debt, not its rise; a bracket that says more (``(đạt 105%
    dự toán)``) is a share of its own."""
    rows = _counted(
        "Tổng số nợ thuế là 24.587 triệu đồng, tăng 1.932 triệu đồng (8,5%) so với thời điểm 31/12/2023. "
        "Thu ngân sách 120 tỷ đồng (đạt 105% dự toán).")
    assert rows["8,5%"] == rows["1.932 triệu đồng"] == "Tổng số nợ thuế tăng"
    assert rows["đạt 105%"] == "Thu ngân sách dự toán"


def test_a_bracketed_aside_with_a_number_is_no_other_figures_clause() -> None:
    """``trong đó hư hỏng nặng (trên 50%) 138 nhà``: the part counted ``nhà`` alone, the words before the aside's number
    taken for that figure's."""
    rows = _counted(
        "Nhà bị hư hỏng, tốc mái: 2.347 nhà, trong đó hư hỏng nặng (trên 50%) 138 nhà.")
    assert rows["138 nhà"] == "nhà hư hỏng nặng"


def test_a_grades_numbers_are_names_not_counts() -> None:
    """``412 công dân đạt sức khỏe loại 1, 2, 3``: the grades after the first were counts of citizens (``2``, ``3``);
    ``phân loại 120 hồ sơ`` sorts files and ``Rau các loại 447,2 ha`` is every kind's area, so both stay figures."""
    rows = _counted("Có 412 công dân đạt sức khỏe loại 1, 2, 3 và 433 công dân loại 4, 5, 6. Đã phân loại 120 hồ sơ. "
                    "Rau các loại 447,2 ha.")
    assert list(rows) == ["412 công dân", "433 công dân", "120 hồ sơ", "447,2 ha"]


def test_what_the_things_counted_attained_needs_no_word_from_a_list() -> None:
    """``4 xã đạt nông thôn mới kiểu mẫu``, ``25 học sinh đạt giải cấp tỉnh``, ``90% cơ sở Hội đạt trong sạch vững
    mạnh``: what they attained is what they are, named or not in a list of such words; only a number (or a word
    leading to one: ``đạt tỷ lệ 95%``) after ``đạt`` opens a figure of its own. All were cut at ``đạt``."""
    rows = _counted(
        "Có 4 xã đạt nông thôn mới kiểu mẫu; 25 học sinh đạt giải cấp tỉnh; 90% cơ sở Hội đạt trong sạch vững mạnh; "
        "thu 5 tỷ đồng đạt tỷ lệ 95% dự toán; 12 hồ sơ đạt 89,12%.")
    assert rows["4 xã"] == "xã đạt nông thôn mới kiểu mẫu"
    assert rows["25 học sinh"] == "học sinh đạt giải cấp tỉnh"
    assert rows["90%"] == "cơ sở Hội đạt trong sạch vững mạnh"
    assert rows["5 tỷ đồng"] == "thu" and rows["12 hồ sơ"] == "hồ sơ"


def test_a_deadline_leading_a_list_is_no_time_of_its_yearly_or_whole_term_targets() -> None:
    """``Các chỉ tiêu chủ yếu đến năm 2030:`` under ``… NHIỆM KỲ 2025 - 2030``: a yearly average (``bình quân hằng năm``,
    ``mỗi năm``) or a count over the term (``trong nhiệm kỳ``) was dated 2030; the section's term is their time. A
    level to reach, per head or not, keeps the deadline."""
    rows = {r["text"]: (r["label_period_start"], r["label_period_end"]) for r in scan_rows(
        ("heading", "II. MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 - 2030"), "Các chỉ tiêu chủ yếu đến năm 2030:",
        "1. Tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm đạt 8 - 9%.",
        "2. Thu nhập bình quân đầu người đạt 90 triệu đồng.", "3. Kết nạp mới 100 đảng viên trở lên trong nhiệm kỳ.")}
    assert rows == {"đạt 8 - 9%": ("2025-01-01", "2030-12-31"), "đạt 90 triệu đồng": ("2030-01-01", "2030-12-31"),
                    "100 đảng viên trở lên": ("2025-01-01", "2030-12-31")}


def test_what_a_plan_set_out_to_do_is_a_target() -> None:
    """``Nghị quyết Đại hội … đề ra kết nạp 60 đảng viên``: the aim, with its verb between ``đề ra`` and the number,
    was a result; what was done against it stays one."""
    rows = {r["text"]: r["status"] for r in _all(
        "Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2020 - 2025 đề ra kết nạp 60 đảng viên. Kế hoạch đề ra giải quyết việc làm "
        "cho 300 lao động. Đã kết nạp 65 đảng viên, vượt chỉ tiêu nghị quyết đề ra.")}
    assert rows == {"60 đảng viên": "target", "300 lao động": "target", "65 đảng viên": None}


def test_the_whole_society_is_no_whole_commune() -> None:
    """``Tổng vốn đầu tư toàn xã hội`` (society's, ``xã hội``) was placed in the report's commune, as ``toàn xã`` is."""
    assert placed(("UBND XÃ BẢO YÊN", "BÁO CÁO", "Tổng vốn đầu tư toàn xã hội đạt 1.250 tỷ đồng; toàn xã có 1.200 hộ nghèo.")) \
        == [("đạt 1.250 tỷ đồng", None), ("1.200 hộ nghèo", "xã Bảo Yên")]


def test_an_estimate_is_its_own_clauses_not_the_next_items() -> None:
    """``… ước đạt 6,35 tỷ đồng, bằng 127% dự toán; tỷ lệ hộ nghèo giảm còn 8,42%; kết nạp 21 đảng viên mới``: every
    clause after the ``;`` was an estimate; an estimate leading a list with its colon still covers the items."""
    rows = {r["text"]: r["status"] for r in _all(
        "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 6,35 tỷ đồng, bằng 127% dự toán; tỷ lệ hộ nghèo giảm còn "
        "8,42%; kết nạp 21 đảng viên mới.") + _all(
        "Một số sản phẩm chủ yếu ước đạt và vượt kế hoạch như: sản lượng tôm đạt 368.000 tấn; sản lượng phân bón "
        "đạt 1,14 triệu tấn.")}
    assert rows == {"ước đạt 6,35 tỷ đồng": "estimate", "127%": "estimate", "8,42%": None, "21 đảng viên": None,
                    "đạt 368.000 tấn": "estimate", "đạt 1,14 triệu tấn": "estimate"}


def test_a_communes_report_headed_on_two_lines_places_its_whole_commune() -> None:
    """``ỦY BAN NHÂN DÂN`` over ``XÃ SAO VÀNG``: ``Xã có …`` and ``Toàn xã …`` had no place (the commune was read from
    the header's first line alone, before the two lines were one body)."""
    assert placed(("ỦY BAN NHÂN DÂN", "XÃ SAO VÀNG", "Số: 412/BC-UBND", "BÁO CÁO",
                   "Toàn xã hiện có 12 sản phẩm OCOP đạt từ 3 sao trở lên.")) == [("12 sản phẩm", "xã Sao Vàng")]


def test_an_estimates_parts_after_trong_do_are_estimates_and_cases_are_counted() -> None:
    """``… ước đạt 88.620 tỷ đồng; trong đó doanh thu bán lẻ hàng hóa đạt 52.310 tỷ đồng``: the parts of an estimated
    total lost their status; ``3 ca tử vong`` and a table's ``ĐVT: ca`` had no unit (``ca`` alone was no counted noun);
    ``công trình, phần việc`` is the Youth Union's one count."""
    rows = {r["text"]: (r["unit"], r["status"]) for r in scan_rows(
        "Tính chung 10 tháng năm 2025, tổng mức bán lẻ ước đạt 88.620 tỷ đồng; trong đó doanh thu bán lẻ hàng hóa đạt 52.310 tỷ "
        "đồng. Trong tuần có 3 ca tử vong; hoàn thành 1.872 công trình, phần việc thanh niên.")}
    assert rows == {"ước đạt 88.620 tỷ đồng": ("VND", "estimate"), "đạt 52.310 tỷ đồng": ("VND", "estimate"),
                    "3 ca": ("ca", None), "1.872 công trình, phần việc": ("công trình, phần việc", None)}


def test_a_second_comparison_keeps_its_own_move_only() -> None:
    """``… ước tính tăng 2,15% so với tháng trước và tăng 14,07% so với cùng kỳ``: the second counted ``… tăng tăng so
    với cùng kỳ`` (the first figure's move, then its own); ``Doanh thu giảm 2,1% … và tăng 5,3%`` had ``giảm tăng``."""
    rows = _counted(
        "Chỉ số giá tiêu dùng tháng 10 tăng 0,21% so với tháng trước và tăng 3,42% so với cùng kỳ. Doanh thu giảm 2,1% "
        "so với tháng trước và tăng 5,3% so với cùng kỳ.")
    assert rows["3,42%"] == "Chỉ số giá tiêu dùng tháng 10 tăng so với cùng kỳ"
    assert rows["5,3%"] == "Doanh thu tăng so với cùng kỳ"


def test_a_phrase_cut_inside_a_reference_opening_its_clause_starts_after_it() -> None:
    """``Quyết định số 5210/QĐ-UBND giao tổng thu … 202.150 triệu đồng``: the phrase, cut by its length, began inside the
    decision's name (``định số 5210/QĐ-UBND giao …``); a reference further in stays part of what is counted."""
    from extractors import dates, references

    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    doc.add_block("paragraph", "Quyết định số 5210/QĐ-UBND giao tổng thu ngân sách nhà nước trên địa bàn 202.150 triệu đồng.")
    doc.add_block("paragraph", "Kiểm tra 187 đảng viên vi phạm Quy định số 69-QĐ/TW.")
    references.extract(doc)
    dates.extract(doc)
    figures.extract(doc)
    assert [r["counted"] for r in doc.rows("figures")] == ["giao tổng thu ngân sách nhà nước trên địa bàn",
                                                           "đảng viên vi phạm Quy định số 69-QĐ/TW"]


def _pipeline_rows(*lines: str) -> list[dict]:
    """Figures of one paragraph per line, after the components a figure's place depends on, in the pipeline's order."""
    from extractors import dates, entities, references

    doc = Document(doc_id="t", path="t.txt", format="text", sha256="")
    for line in lines:
        doc.add_block("paragraph", line)
    for component in (dates, references, entities, figures):
        component.extract(doc)
    return doc.rows("figures")


def test_a_value_in_brackets_after_its_clause_measures_what_the_clause_names() -> None:
    """``Tỷ lệ hộ nghèo của xã Quế Nham còn cao (12,5%)``: the value restates the clause before its bracket; it counted
    nothing (``tỷ`` of ``Tỷ lệ`` read as a billion, an amount's unit); a comma between two places each named by its type
    is a list of where, no clause's end (it counted ``còn thấp``, the last place left out), and a judgment of the level
    (``còn thấp``) is not what is measured. Two places of one level listed give the figure none of them."""
    rows = _pipeline_rows("Tỷ lệ hộ nghèo của xã Quế Nham còn cao (12,5%).",
                          "Tỷ lệ tập hợp hội viên ở thị trấn Cao Thượng, xã Quế Nham còn thấp (dưới 80%).",
                          "Tỷ lệ tập hợp hội viên ở xã Quế Nham còn thấp, chỉ đạt 78%.")
    assert [(r["text"], r["counted"], r["place"]) for r in rows] == [
        ("12,5%", "Tỷ lệ hộ nghèo của xã Quế Nham", "xã Quế Nham"),
        ("dưới 80%", "Tỷ lệ tập hợp hội viên ở thị trấn Cao Thượng, xã Quế Nham", None),
        ("đạt 78%", "Tỷ lệ tập hợp hội viên ở xã Quế Nham", "xã Quế Nham")]


def test_short_nouns_a_comma_joins_are_one_item_of_what_is_counted() -> None:
    """``45 nhóm Zalo, Facebook của các chi hội``, ``1.240 m3 cát, sỏi``: the comma cut the second noun off (``nhóm
    Zalo``, ``Ủng hộ cát``), and the next figure took it (``thành viên Facebook của các chi hội``); a noun qualified by
    another joins the nouns after it too (``285 cán bộ chi hội trưởng, chi hội phó`` dropped ``chi hội phó``). A
    clause after the comma, its own verb or figure, stays apart (``1.500 lượt khách, doanh thu đạt …``)."""
    rows = _counted("Duy trì 45 nhóm Zalo, Facebook của các chi hội với trên 9.200 thành viên. "
                    "Ủng hộ 86,5 tấn xi măng, 1.240 m3 cát, sỏi và gần 95.000 viên gạch. "
                    "Tổ chức 02 lớp tập huấn cho 285 cán bộ chi hội trưởng, chi hội phó. "
                    "Đón 1.500 lượt khách, doanh thu đạt 3 tỷ đồng. Kết nạp 25 đảng viên, vượt kế hoạch.")
    assert rows["45 nhóm"] == "nhóm Zalo, Facebook của các chi hội"
    assert rows["trên 9.200 thành viên"] == "thành viên Zalo, Facebook của các chi hội"
    assert rows["1.240 m3"] == "Ủng hộ cát, sỏi"
    assert rows["285 cán bộ chi hội trưởng, chi hội phó"] == "cán bộ chi hội trưởng, chi hội phó Tổ chức lớp tập huấn"
    assert (rows["1.500 lượt khách"], rows["25 đảng viên"]) == ("lượt khách Đón", "đảng viên Kết nạp")
    # (nouns after the comma whose clause counts again are the next item: ``khu vực …(cũ) có 77 đơn vị``)
    listed = _counted("Khu vực tỉnh Bình Định (cũ) có 58 đơn vị, khu vực tỉnh Gia Lai (cũ) có 77 đơn vị.")
    assert "Gia Lai" not in listed["58 đơn vị"] and "58" not in listed["77 đơn vị"]


def test_a_pair_a_report_names_one_thing_by_stays_whole_in_a_subject() -> None:
    """``ngành công nghiệp chế biến, chế tạo``, ``tố giác, tin báo về tội phạm``: the sector's and the procuracy's names
    of one thing keep their comma (the tagger reads ``chế tạo``, ``báo`` as verbs; the subject was ``chế tạo tăng``,
    ``tin báo về tội phạm``); a list the comma joined goes on to its last nouns after ``và`` (``tin báo`` alone), not
    where a number or an act follows it."""
    rows = _counted("Tính chung 10 tháng, ngành công nghiệp chế biến, chế tạo tăng 12,35% so với cùng kỳ. "
                    "Năm 2025, phấn đấu tỷ lệ giải quyết tố giác, tin báo về tội phạm đạt trên 90%. "
                    "Viện kiểm sát đã thụ lý 187 tin báo, tố giác về tội phạm và kiến nghị khởi tố.")
    assert rows["12,35%"] == "ngành công nghiệp chế biến, chế tạo tăng so với cùng kỳ"
    assert rows["trên 90%"] == "tỷ lệ giải quyết tố giác, tin báo về tội phạm"
    assert rows["187 tin"] == "tin báo, tố giác về tội phạm và kiến nghị khởi tố"
    rows = _counted("Tặng 45 suất quà, xe đạp và học bổng. Cấp 120 thẻ BHYT, BHXH và hỗ trợ 50 hộ. "
                    "Có 1.245 nhóm, lớp và 32.567 học sinh.")
    assert (rows["45 suất quà"], rows["120 thẻ"], rows["1.245 nhóm, lớp"]) == (
        "suất quà, xe đạp và học bổng", "thẻ BHYT, BHXH", "nhóm, lớp")


def test_a_total_after_a_wholes_parts_is_of_the_whole() -> None:
    """``… đã hỗ trợ 356 hộ xóa nhà tạm, nhà dột nát, gồm 218 căn nhà xây mới và 138 căn nhà sửa chữa, với tổng kinh phí
    17,86 tỷ đồng``: the cost is of the 356 households, not of the last part (it counted ``tổng kinh phí căn nhà sửa
    chữa``). An amount listed after another of its unit that names only its kind is of the other's head (``sửa chữa 20
    triệu đồng/căn`` after ``Mức hỗ trợ xây mới …``), not where the head would be cut inside a word (``chi`` after ``Thu
    ngân sách``)."""
    rows = _counted("Năm 2024, toàn huyện đã hỗ trợ 356 hộ xóa nhà tạm, nhà dột nát, gồm 218 căn nhà xây mới và 138 căn "
                    "nhà sửa chữa, với tổng kinh phí 17,86 tỷ đồng. Mức hỗ trợ xây mới từ 40 đến 60 triệu đồng/căn, sửa "
                    "chữa 20 triệu đồng/căn. Diện tích lúa 5.000 ha, ngô 1.200 ha. Thu ngân sách 120 tỷ đồng, chi 98 tỷ "
                    "đồng.")
    assert rows["17,86 tỷ đồng"] == "tổng kinh phí hộ xóa nhà tạm, nhà dột nát"
    assert (rows["20 triệu đồng/căn"], rows["1.200 ha"], rows["98 tỷ đồng"]) == ("Mức hỗ trợ sửa chữa", "Diện tích ngô", "chi")
    # (one part alone is no list of parts: the cost is of the 42 built)
    one_part = _counted("Có 196 khu dân cư có nhà văn hóa, trong đó 42 nhà văn hóa được xây mới với tổng kinh phí 9.840 "
                        "triệu đồng.")
    assert one_part["9.840 triệu đồng"] == "tổng kinh phí 42 nhà văn hóa được xây mới"
