"""Vietnamese written numbers: ``.`` groups thousands, ``,`` marks decimals.

General-purpose parsers read ``1.156`` as one point one five six and ``89,12``
as two numbers; a report means 1156 and 89.12. The pattern here only accepts
well-formed Vietnamese numbers, so anything else (``2.1.`` section numbers,
``1.5`` written the English way) is left for the caller to reject rather than
silently misread.
"""
from __future__ import annotations

import re
from decimal import Decimal

import regex

# Grouped thousands need every group to be exactly three digits; an ungrouped
# integer may carry leading zeros (``02 lớp``, ``07 tấn``).
NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def parse_number(text: str) -> float:
    """Value of a number written the Vietnamese way; ``ValueError`` if it is not one."""
    if not NUMBER.fullmatch(text):
        raise ValueError(f"not a Vietnamese number: {text!r}")
    return float(to_decimal(text))


def to_decimal(text: str) -> Decimal:
    """Exact value, so that scale factors (``241,653 triệu``) do not pick up float noise."""
    return Decimal(_plain(text))


def _plain(text: str) -> str:
    """The number as Python writes it: thousands dots dropped, the decimal comma a point."""
    return text.replace(".", "").replace(",", ".")


def scaled(text: str, factor: int | float | Decimal) -> float:
    """``241,653`` × 10^6 computed exactly, then returned as the table's float."""
    if factor == 1 and len(text) <= 27:
        # most calls: a Decimal of at most 27 digits times one is exact, and float() of a Decimal
        # is float() of its digits, so the digits give the same float without two Decimals
        return float(_plain(text))
    return float(to_decimal(text) * Decimal(str(factor)))


def format_vn(value: Decimal | int, decimals: int = 0, group: bool = True) -> str:
    """Write a number the way Vietnamese reports do (used to test the parser against itself)."""
    quantized = Decimal(value).quantize(Decimal(1).scaleb(-decimals)) if decimals else Decimal(int(value))
    sign = "-" if quantized < 0 else ""
    whole, _, frac = f"{abs(quantized):f}".partition(".")
    if group:
        whole = f"{int(whole):,}".replace(",", ".")
    return sign + whole + ("," + frac if frac else "")


# Number words below a thousand; the scale words (nghìn, triệu, tỷ) are read
# by the unit vocabulary afterwards, exactly as after digits ("hai tỷ đồng").
_DIGIT_WORDS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
                "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_NUMBER_WORD = r"(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|linh|lẻ)"
# "tư", "mốt", "lăm" only end a number ("hai mươi tư"); first they are other words ("đầu tư").
NUMBER_WORDS = regex.compile(r"(?<![\p{L}\p{N}])(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)"
                             r"(?:[ \t]+" + _NUMBER_WORD + r")*(?![\p{L}\p{N}])")


def parse_number_words(words: str) -> int | None:
    """``hai mươi mốt`` → 21, ``ba trăm linh năm`` → 305; None if the words do not form a number."""
    total = 0
    last = 0  # the digit just read, which "mươi" / "trăm" multiply
    for word in words.split():
        if word in _DIGIT_WORDS:
            if last and word not in ("mốt", "lăm", "tư") and total % 10:
                return None  # "hai ba": two numbers side by side, not one
            last = _DIGIT_WORDS[word]
            total += last
        elif word == "mười":
            total += 10
            last = 0
        elif word == "mươi" and last:
            total += last * 9
            last = 0
        elif word == "trăm" and last:
            total += last * 99
            last = 0
        elif word in ("linh", "lẻ") and total and total % 100 == 0:
            last = 0
        else:
            return None
    return total or None
