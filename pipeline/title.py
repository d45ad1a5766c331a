"""The printed title of a report, read from its first blocks, whatever the format.

Vietnamese administrative documents print the document type in capitals
(``BÁO CÁO``, ``KẾ HOẠCH``) right under the header table, followed by the
subject (``tình hình công tác Dân vận Quý II năm 2022``): on a line of its own,
wrapped over several, in capitals too, or on the type's own line (``BÁO CÁO
Kết quả công tác y tế năm 2023``). Together they are what an archivist files
the document under, so that is the title; the header table itself (issuer,
number, place and date) is not. Every loader reads it here, so a report gets
the same title from its .txt, .docx or .pdf.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import regex

from gazetteers.refdata import doc_types
from pipeline.models import Block
from pipeline.normalize import key

_TYPES = (r"(?:dự thảo\s+)?(?:báo cáo chính trị|báo cáo|kế hoạch(?:\s+hành động)?|nghị quyết|quyết định|chỉ thị|"
          r"kết luận|thông báo|tờ trình|chương trình(?:\s+hành động)?|hướng dẫn|quy định|quy chế|công văn|đề án|thông tri|lời kêu gọi|tham luận|"
          r"diễn văn|bài phát biểu|biên bản|đề cương)(?:\s+(?P<stage>tóm tắt|sơ kết|tổng kết|thẩm tra|giải trình|kiểm điểm|nhanh|sơ bộ))?")
_TYPE_LINE = regex.compile(rf"^{_TYPES}$")
# The type in capitals, then its subject on the same line: ``BÁO CÁO Kết quả …``, ``KẾ HOẠCH THỰC HIỆN …``.
_TYPE_THEN_SUBJECT = regex.compile(rf"^{_TYPES}\s+(?=\S)")
# A line under the type that is not its subject: the addressee, the grounds, a numbered section.
_NOT_SUBJECT = regex.compile(r"^(?:kính gửi|căn cứ|[ivxlc\d]+[.)/]|[-+*•])")
# A subject says what it is about: under a type line that already carries words of its own
# (``KẾT LUẬN THANH TRA``), such a line is still its subject.
_ABOUT = regex.compile(r"^(?:về|v/v)\s")
# A subject line that ends on a word that cannot end it (``… ngày 09/6/2014 của`` / ``Ban Chấp hành …``): the
# next line goes on with it, whatever its first letter.
_OPEN_END = regex.compile(r"(?:[,\-–]|(?<!\w)(?:của|về|và|với|cho|trong|tại|theo|đến|các|những))$")
# What a subject is about, named with a capital as names are (``Chương trình``, ``Nghị quyết``, ``Quỹ``): a subject
# wrapped before such a name goes on with it (``… Quỹ “Vì người nghèo” và thực hiện`` / ``Chương trình xóa nhà tạm,
# nhà dột nát năm 2024``), where a body's first sentence opening so ends as a sentence does (``Kế hoạch … triển khai.``).
_NAMED = ("phong trào", "cuộc vận động", "quỹ", "dự án")
_SENTENCE_END = (".", ";", "!", "?")
MAX_SUBJECT = 300
_RULE_LINE = regex.compile(r"[-–—_=*.~•o0 ]{3,}")  # ``-----``, ``---o0o---``, ``*****``: a rule typed under a title


def find_title(blocks: Sequence[Block], look_at: int = 40) -> str | None:
    """The type line and its subject, or None when no type line leads the document.

    The first line under a type line alone is its subject unless it reads as
    something else (an addressee, grounds, a section); a subject wrapped over
    more lines goes on while the next one continues it: lower case, or
    capitals after a subject in capitals.
    """
    body = _lines(blocks, look_at)
    found = _type_line(body)
    if found is None:
        return letter_subject(blocks, look_at)
    i, alone = found
    lines = body[i].text.split("\n")
    ruled = any(_RULE_LINE.fullmatch(line.strip()) for line in lines[1:])  # (``NGHỊ QUYẾT`` / ``CHI BỘ …`` / ``-----``)
    parts = [" ".join(" ".join(line for line in lines if not _RULE_LINE.fullmatch(line.strip())).split())]
    for follower in body[i + 1:i + 4] if not ruled else ():  # a rule under a title ends it
        line = follower.text.strip()
        if not _may_be_subject(line):
            break
        if len(parts) == 1 and (alone or _ABOUT.match(key(line))):
            parts.append(line)  # the subject's first line (``KẾT LUẬN THANH TRA`` / ``Về việc …``)
        elif (line[0].islower() or line[0].isdigit() or (_capitals(line) and _capitals(parts[-1]))
              or _OPEN_END.search(key(parts[-1])) or _opens_with_name(line)):
            parts.append(line)  # the subject, wrapped (``… an ninh`` / ``6 tháng đầu năm 2024``)
        else:
            break
    return " ".join(" ".join(part.split()) for part in parts)  # (a soft line break in a subject line is a space)


@lru_cache(maxsize=1)
def _name_opening() -> regex.Pattern[str]:
    """A line opening with a document type's or a programme's name, capitalised (``Chương trình …``)."""
    names = {key(t.name) for t in doc_types()} | set(_NAMED)
    return regex.compile(r"^(?:%s)(?!\w)" % "|".join(sorted(map(regex.escape, names), key=len, reverse=True)))


def _opens_with_name(line: str) -> bool:
    """Whether a capitalised line under a subject wraps it, naming what it is about, and is no sentence."""
    return (line[0].isupper() and not line.rstrip().endswith(_SENTENCE_END)
            and _name_opening().match(key(line)) is not None)


_LETTER_SUBJECT = regex.compile(r"^(?:v/v|về việc)\s")


def is_letter_subject(line: str) -> bool:
    """Whether ``line`` is a letter's subject line (``V/v …``, ``Về việc …``)."""
    return _LETTER_SUBJECT.match(key(line)) is not None


def letter_subject(blocks: Sequence[Block], look_at: int = 40) -> str | None:
    """A letter's (``công văn``) subject line under its number, ``V/v triển khai hỗ trợ Tết …``: a letter prints
    no type line, and its subject is what it is filed under (its first header line was the title). In a Word
    header table it is the last lines of the left cell; as text, a line of its own, wrapped over the next."""
    lines = [(line.strip(), b) for b in blocks[:look_at] if b.kind in ("heading", "paragraph", "table_cell")
             for line in b.text.split("\n")]
    for n, (line, block) in enumerate(lines):
        if not is_letter_subject(line) or len(line) > MAX_SUBJECT:
            continue
        parts = [line]
        in_cell = block.kind == "table_cell"
        # (a Word cell holds the whole subject, however many lines it wraps over; a text line wraps over two at most)
        for follower, other in lines[n + 1:n + (6 if in_cell else 3)]:
            if not _may_be_subject(follower) or (other is not block if in_cell else other.kind == "table_cell") or not (
                    in_cell or follower[0].islower() or follower[0].isdigit() or _OPEN_END.search(key(parts[-1]))
                    or _column_wrap(parts[-1], follower)):
                break
            parts.append(follower)
        return " ".join(" ".join(part.split()) for part in parts)
    return None


_HEADER_LINE = regex.compile(r"^(?:độc lập|cộng hòa)|,\s*ngày\s")
# The national motto or the Party's name opens the header's right column (Nghị định 30/2020/NĐ-CP, Quy định 66-QĐ/TW), in
# capitals as printed
MOTTO = r"(?:CỘNG[ \t]+H(?:ÒA|OÀ)|ĐẢNG[ \t]+CỘNG[ \t]+SẢN)(?!\w)"


def _column_wrap(line: str, follower: str) -> bool:
    """A subject wrapped in the header's narrow left column (``V/v triển khai hỗ trợ Tết Nguyên đán`` / ``Ất Tỵ
    2025``): both lines short, the second no capitals' line and none of the right column's (the motto, the place
    and date), which text exports print after the left column's lines."""
    return (len(line) <= 70 and len(follower) <= 40 and not _capitals(follower)
            and _HEADER_LINE.search(key(follower)) is None)


def type_line_block(blocks: Sequence[Block], look_at: int = 40) -> int | None:
    """``block_id`` of the type line: what is printed above it is the header (issuer, place, date),
    the one mark of the header's end that a draft without ``Số:`` still has."""
    body = _lines(blocks, look_at)
    found = _type_line(body)
    return None if found is None else body[found[0]].block_id


def _lines(blocks: Sequence[Block], look_at: int) -> list[Block]:
    """The first ``look_at`` blocks' headings and paragraphs: where a type line and its subject stand."""
    return [b for b in blocks[:look_at] if b.kind in ("heading", "paragraph")]


def is_type_line(line: str) -> bool:
    """A document's type in capitals on a line of its own (``NGHỊ QUYẾT``, ``BÁO CÁO Kết quả …``)."""
    text = " ".join(line.split())
    if not text or len(text) > MAX_SUBJECT:
        return False
    folded = key(text)
    if _TYPE_LINE.match(folded) is not None:
        return _capitals(text)
    opening = _TYPE_THEN_SUBJECT.match(folded)
    return opening is not None and _capitals(text[:opening.end()])


def _type_line(body: Sequence[Block]) -> tuple[int, bool] | None:
    """Index of the first type line in ``body``, and whether the type stands alone on it."""
    for i, block in enumerate(body):
        if len(block.text) > 2 * MAX_SUBJECT:
            continue  # a paragraph, not a title line: not worth re-spacing
        text = " ".join(block.text.split())
        if len(text) > MAX_SUBJECT:
            continue
        folded = key(text)  # as long as ``text``: NFC text folds letter for letter
        if _TYPE_LINE.match(folded) is not None and _capitals(text):
            return i, True
        opening = _TYPE_THEN_SUBJECT.match(folded)
        # the type in capitals; ``Tổng kết`` after it in lower case opens the subject (``BÁO CÁO Tổng kết năm học …``)
        if opening is not None and (_capitals(text[:opening.end()])
                                    or (opening.group("stage") and _capitals(text[:opening.start("stage")]))):
            return i, False
    return None


def lead_title(blocks: Sequence[Block]) -> str | None:
    """A news item's or a note's title: its first body line, when short enough to be one."""
    first = next((b.text for b in blocks if b.kind not in ("table_cell", "footnote")), None)
    return first if first and len(first) <= MAX_SUBJECT else None


def _capitals(text: str) -> bool:
    return text.upper() == text and any(c.isalpha() for c in text)


def _may_be_subject(line: str) -> bool:
    return (0 < len(line) <= MAX_SUBJECT and any(c.isalpha() for c in line) and not line.endswith(":")
            and _NOT_SUBJECT.match(key(line)) is None)
