"""Vietnamese written numbers: ``.`` groups thousands, ``,`` marks decimals.

General-purpose parsers read ``1.156`` as one point one five six and ``89,12``
as two numbers; a report means 1156 and 89.12. The pattern here only accepts
well-formed Vietnamese numbers, so anything else (``2.1.`` section numbers,
``1.5`` written the English way) is left for the caller to reject rather than
silently misread.
"""
from __future__ import annotations

from decimal import Decimal

import regex

# Grouped thousands need every group to be exactly three digits; an ungrouped
# integer may carry leading zeros (``02 lớp``, ``07 tấn``).
NUMBER = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def parse_number(text: str) -> float:
    """Value of a number written the Vietnamese way; ``ValueError`` if it is not one."""
    if not NUMBER.fullmatch(text):
        raise ValueError(f"not a Vietnamese number: {text!r}")
    return float(to_decimal(text))


def to_decimal(text: str) -> Decimal:
    """Exact value, so that scale factors (``241,653 triệu``) do not pick up float noise."""
    return Decimal(text.replace(".", "").replace(",", "."))


def scaled(text: str, factor: int | float | Decimal) -> float:
    """``241,653`` × 10^6 computed exactly, then returned as the table's float."""
    return float(to_decimal(text) * Decimal(str(factor)))


def format_vn(value: Decimal | int, decimals: int = 0, group: bool = True) -> str:
    """Write a number the way Vietnamese reports do (used to test the parser against itself)."""
    quantized = Decimal(value).quantize(Decimal(1).scaleb(-decimals)) if decimals else Decimal(int(value))
    sign = "-" if quantized < 0 else ""
    whole, _, frac = f"{abs(quantized):f}".partition(".")
    if group:
        whole = f"{int(whole):,}".replace(",", ".")
    return sign + whole + ("," + frac if frac else "")
