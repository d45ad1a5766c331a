"""The printed title of a report, read from its first blocks.

Vietnamese administrative documents print the document type in capitals on a
line of its own (``BÁO CÁO``, ``KẾ HOẠCH``) right under the header table,
followed by the subject line (``tình hình công tác Dân vận Quý II năm 2022``).
Together they are what an archivist files the document under, so that is the
title; the header table itself (issuer, number, place and date) is not.
"""
from __future__ import annotations

from typing import Sequence

import regex

from pipeline.models import Block
from pipeline.normalize import key

_TYPE_LINE = regex.compile(
    r"^(?:báo cáo|kế hoạch|nghị quyết|quyết định|chỉ thị|kết luận|thông báo|tờ trình|"
    r"chương trình|hướng dẫn|quy định|quy chế|công văn|đề án|thông tri|lời kêu gọi|tham luận|"
    r"diễn văn|bài phát biểu|dự thảo báo cáo|báo cáo chính trị)"
    r"(?:\s+(?:tóm tắt|sơ kết|tổng kết))?$"
)
MAX_SUBJECT = 300


def find_title(blocks: Sequence[Block], look_at: int = 40) -> str | None:
    """``BÁO CÁO`` + its subject line(s), or None when no type line leads the document.

    The subject is the next short block when it reads as a continuation (lower
    case, ``về …``/``V/v``) or is set as a heading; a subject wrapped over
    several lines continues while the next line starts in lower case.
    """
    body = [b for b in blocks[:look_at] if b.kind in ("heading", "paragraph")]
    for i, block in enumerate(body):
        text = block.text.strip()
        if not text or text.upper() != text or not _TYPE_LINE.match(key(text)):
            continue
        parts = [text]
        for follower in body[i + 1:i + 4]:
            line = follower.text.strip()
            if not line or len(line) > MAX_SUBJECT or not any(c.isalpha() for c in line) or line.upper() == line:
                break
            first = len(parts) == 1
            if line[0].islower() or (first and (follower.kind == "heading" or key(line).startswith(("v/v", "về ")))):
                parts.append(line)
            else:
                break
        return " ".join(parts)
    return None
