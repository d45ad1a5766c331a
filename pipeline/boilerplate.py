"""What a web site wraps around an article, recognised in a text capture.

Saved or copied web pages keep the site's furniture as plain lines: "Thông
tin khác" link lists, visitor counters, rating widgets, a comment box. None of
it is the report, and SPEC §1 says nothing in it is ever extracted, so it is
removed before segmentation. The rules are deliberately about *shapes* that
portals share (counter labels followed by a number, "(0)" rating lines), not
about any one site.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from pipeline.normalize import key

# A line that starts the site's footer: everything from it on is furniture.
_TAIL_STARTS = (
    "thông tin khác", "tin khác", "các tin khác", "tin liên quan", "bài viết liên quan",
    "tin cùng chuyên mục", "ý kiến bạn đọc", "gửi ý kiến", "thống kê truy cập",
    "mời bạn là người đầu tiên", "bình luận", "chia sẻ bài viết",
)
# (of which a related-news box may stand inside the article, the article going on after its headlines)
_BOX_STARTS = ("tin liên quan", "bài viết liên quan")
_BOX_HEADLINES = 6
# what a footer's prose says of the site (its licence, its rights, where to write): no article going on
_SITE_PROSE = regex.compile(r"bản quyền|giấy phép|ghi rõ nguồn|©|tổng biên tập|chịu trách nhiệm|điện thoại|email|địa chỉ:")


def _article_resumes(lines: list[str], at: int) -> int | None:
    """Where the article goes on after a related-news box opened at ``at``: past its headlines (a few short lines with
    no full stop), a line of prose (a sentence of eight words or more that says nothing of the site); None where the
    box is the footer's (nothing follows, or the site's own lines do)."""
    for j in range(at + 1, min(len(lines), at + 2 + _BOX_HEADLINES)):
        text = lines[j].strip()
        if not text:
            continue
        if text.endswith((".", ":", ";")) and len(text.split()) >= 8:
            return None if _SITE_PROSE.search(key(text)) else j
        if len(text) > 160:
            return None
    return None


_COUNTER = regex.compile(
    r"^\s*[•·*-]?\s*(?:đang truy cập|đang online|máy chủ tìm kiếm|khách viếng thăm|hôm nay|hôm qua|"
    r"tuần này|tháng hiện tại|tháng này|năm hiện tại|tổng lượt truy cập|lượt truy cập|lượt xem)\s*:?\s*[\d.,]+\s*$"
)
_RATING = regex.compile(r"^\s*\(\d+\)\s*$")
# A line of share and rating buttons alone (``Chia sẻ: Facebook | Zalo | In bài viết``, ``Đánh giá bài viết: (0) |
# Bình luận (0)``), matched on the folded line.
_BUTTONS = regex.compile(r"^\s*(?:(?:chia sẻ|đánh giá(?: bài viết)?|bình luận|in bài(?: viết)?|gửi email|gửi bài|facebook|zalo|"
                         r"twitter|email|tweet|lượt thích|\(\d+\))\s*:?\s*(?:\(\d+\))?\s*[|·•/,-]?\s*)+$")
# What a portal prints on its date line after the date: a view counter with its label, font-size buttons,
# a print or share link (``Thứ Năm, 14/11/2024 - 09:35 Lượt xem: 1.248 Cỡ chữ: A- A A+ In bài viết``).
# (and a labelled byline after a bar: ``| Tác giả: Minh Trí``; the date was lost with it; one unlabelled, ``| Minh Trí -
# Trung tâm …``, is read as the section it looks like, ``_BYLINE``)
_WIDGETS = (r"(?:\s*[|·•-]?\s*(?:lượt\s+(?:xem|đọc|truy\s+cập)\s*:?\s*[\d.,]+|cỡ\s+chữ\s*:?(?:\s*a[-+]?(?!\w))*"
            r"|in\s+(?:bài(?:\s+viết)?|trang)|chia\s+sẻ|gửi\s+(?:bài(?:\s+viết)?|email)|lưu\s+bài(?:\s+viết)?|nghe\s+đọc"
            r"|facebook|zalo|twitter|rss)"
            r"|\s*\|\s*(?:tác\s+giả|người\s+viết|bài\s+và\s+ảnh|bài|ảnh|nguồn)\s*:\s*[^|]{1,80})")
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)"
_META_LINE = regex.compile(
    rf"^\s*(?P<keep>{_WEEKDAY}\s*[-,]\s*(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}})(?:\s+(?P<t>\d{{1,2}}:\d{{2}}))?)"
    rf"(?P<counters>(?:\s+\d+|{_WIDGETS})*)\s*$",
    regex.I,
)
# A portal's date line of another make, a line of its own: ``15/11/2024 14:35``, ``Thứ Năm, 14/03/2024 - 15:42``,
# ``Cập nhật lúc 09:15 ngày 20/3/2024``, ``Ngày 15/12/2023 09:30:00`` (a time is what tells it from a date a report
# writes alone).
_STAMP_LINE = regex.compile(
    rf"^\s*(?P<keep>(?:{_WEEKDAY}\s*[-,]?\s*)?(?P<label>(?:cập\s+nhật|đăng(?:\s+ngày)?|ngày\s+đăng|ngày\s+cập\s+nhật)"
    r"(?:\s+lúc)?\s*:?\s*)?"
    r"(?:(?P<t1>\d{1,2}:\d{2})\s*(?:,|-|\||ngày)?\s*)?(?:ngày\s+)?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"
    r"(?:\s*[-|,]?\s*(?P<t>\d{1,2}:\d{2})(?::\d{2})?)?(?:\s*\(?GMT\s*\+\s*7\)?)?)"
    # (and, on a labelled line, the section the page is filed under: ``Đăng ngày: 14/06/2021 | Tin tức - Sự kiện``)
    r"(?P<section>(?<=\d)\s*\|\s*[\p{L}][\p{L} ,&–-]{0,60})?" + _WIDGETS + r"*\s*$",
    regex.I,
)
_MIN_REPEAT = 20  # shorter repeats ("- Như trên,") are legitimately repeated


def _stamp(line: str) -> regex.Match[str] | None:
    """A portal's date-and-time line (``15/11/2024 14:35``) or its labelled date line (``Ngày đăng: 14/06/2021``):
    a date alone is no stamp. A section after the date is the page's only on a labelled line."""
    stamp = _STAMP_LINE.match(line)
    if stamp is None or not (stamp["t"] or stamp["t1"] or stamp["label"]) or stamp["section"] and not stamp["label"] \
            and not _BYLINE.fullmatch(stamp["section"]):
        return None
    return stamp


# a byline after the bar, no section: a person's name (two to four capitalised syllables), then where they work
_AUTHOR = r"\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){1,3}(?:\s*[-–(].{0,80})?"
_BYLINE = regex.compile(r"\s*\|\s*" + _AUTHOR)


# A site's top: its home link opening the menu or a breadcrumb (``Trang chủ``, ``Trang chủ > Xã hội``), or its bar with
# today's date (``Thứ Bảy, 30/03/2024 RSS Đăng nhập``)
_SITE_TOP = regex.compile(rf"^\s*(?:trang\s+chủ(?:\s*[>»/|].*)?|{_WEEKDAY}\s*[-,]\s*\d{{1,2}}/\d{{1,2}}/\d{{4}}.*)$")
_TOP_WORDS = 12


def _site_top(lines: list[str]) -> bool:
    """Whether the lines above an article's headline are the site's top: short lines (a bar, menu items, a breadcrumb),
    one of them its home link or its dated bar."""
    return all(len(line.split()) <= _TOP_WORDS for line in lines) and any(_SITE_TOP.match(key(line)) for line in lines)


# the byline after a date and time with no bar nor label: a portal's meta line, its spans joined (``<span class="post-date">
# 07/03/2024 15:42</span> <span class="author">Minh Anh</span>``); a person's name, as a headline is no such run of capitals
_AUTHOR_AFTER_TIME = regex.compile(r"(?<=\d:\d{2}(?::\d{2})?)[ \t]+" + _AUTHOR + "$")


def without_author(line: str) -> str:
    """``line`` less an author written after its date and time (``07/03/2024 15:42 Minh Anh`` → ``07/03/2024 15:42``).
    For the lines by an article's headline only (``html._dateline``), where a portal prints its meta line: elsewhere a
    time and a name may be an item of a schedule (``08/3/2024 14:00 Đồng chí Bí thư``)."""
    author = _AUTHOR_AFTER_TIME.search(line)
    return line[:author.start()] if author else line


def is_stamp(line: str) -> bool:
    return _stamp(line) is not None


@dataclass
class Capture:
    lines: list[str]
    published: str | None
    is_web: bool


def strip_web(lines: list[str]) -> Capture:
    """Remove site furniture from the lines of a captured page.

    Only a text that shows a web shape (a footer marker or a portal date line)
    is treated as a capture; a report that merely repeats a heading keeps it.
    """
    published: str | None = None
    is_web = False
    dateline = 0  # where the article's date line stands in ``out``
    out: list[str] = []
    skip_to = 0
    for i, line in enumerate(lines):
        if i < skip_to:
            continue
        folded = key(line)
        if folded.startswith(_TAIL_STARTS) and len(folded) < 60:
            is_web = True
            resumes = _article_resumes(lines, i) if folded.startswith(_BOX_STARTS) else None
            if resumes is None:
                break
            skip_to = resumes  # a related-news box inside the article: its headlines go, the article goes on
            continue
        meta = _META_LINE.match(line)
        stamp = None if meta else _stamp(line)
        if stamp:
            meta = stamp
        if meta and published is None:
            is_web = True
            dateline = len(out)
            time = meta["t"] or (meta["t1"] if meta is stamp else None) or "00:00"
            hh, mm = time.split(":")
            published = f"{int(meta['y']):04d}-{int(meta['m']):02d}-{int(meta['d']):02d}T{int(hh):02d}:{mm}"
            line = line[: meta.end("keep")]
        if _COUNTER.match(folded) or _RATING.match(line) or _BUTTONS.match(folded):
            is_web = True
            continue
        out.append(line)
    headline = next((j for j in range(dateline - 1, -1, -1) if out[j].strip()), 0)
    if is_web and headline and _site_top([line for line in out[:headline] if line.strip()]):
        out = out[headline:]  # the headline over the date line opens the article; the site's bar and menus above go
    if is_web:
        seen: set[str] = set()
        deduped = []
        for line in out:
            k = key(line)
            if len(k) >= _MIN_REPEAT and k in seen:
                continue
            seen.add(k)
            deduped.append(line)
        out = deduped
    return Capture(out, published, is_web)
