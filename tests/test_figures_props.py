"""Properties of the number reader that must hold for every number, not just the examples."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.figure_prose import scan
from extractors.number_parse import format_vn, parse_number, to_decimal

amounts = st.decimals(min_value=0, max_value=Decimal("999999999999"), places=3, allow_nan=False, allow_infinity=False)


@given(amounts, st.integers(min_value=0, max_value=3), st.booleans())
def test_vietnamese_format_parses_back_to_itself(value: Decimal, decimals: int, group: bool) -> None:
    written = format_vn(value, decimals, group=group)
    expected = Decimal(value).quantize(Decimal(1).scaleb(-decimals)) if decimals else Decimal(int(value))
    assert to_decimal(written) == expected
    assert parse_number(written) == float(expected)


@given(st.integers(min_value=1, max_value=10**12), st.sampled_from(["người", "triệu đồng", "ha", "%", "hộ"]))
def test_a_written_figure_is_read_with_its_value(value: int, unit: str) -> None:
    text = f"đã có {format_vn(value)} {unit} tham gia"
    figs = scan(text)
    factor = 1_000_000 if unit == "triệu đồng" else 1
    assert [f.value for f in figs] == [float(value * factor)]  # the column is float64


@settings(max_examples=300)
@given(st.integers(min_value=1, max_value=31), st.integers(min_value=1, max_value=12),
       st.integers(min_value=1900, max_value=2099), st.sampled_from(["/", "-"]),
       st.booleans(), st.sampled_from(["ngày ", "", "từ ", "(", "đến "]))
def test_no_figure_from_a_date(day: int, month: int, year: int, sep: str, pad: bool, before: str) -> None:
    d = f"{day:02d}" if pad else str(day)
    m = f"{month:02d}" if pad else str(month)
    for text in (f"Thực hiện {before}{d}{sep}{m}{sep}{year} của Ban", f"{before}tháng {m}/{year}, "
                 f"và {before}{d}/{m}/{year}"):
        assert scan(text) == [], text
