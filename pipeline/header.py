"""The title, read the way a person finds it on the first page.

Vietnamese administrative documents print their type on a line of its own
(``BÁO CÁO``, ``KẾ HOẠCH``) with the title under it; news items and web pages
put the title first. Either way it is layout, so it is read from the blocks
once the loader has made them.
"""
from __future__ import annotations

from pipeline.models import Document
from pipeline.normalize import key

DOC_TYPE_WORDS = (
    "báo cáo", "kế hoạch", "nghị quyết", "chỉ thị", "quyết định", "thông báo", "tờ trình",
    "chương trình", "hướng dẫn", "công văn", "quy chế", "quy định", "đề án", "kết luận",
    "thông tri", "biên bản", "đề cương",
)
_MAX_TITLE = 300


def find_title(doc: Document) -> str | None:
    body = [b for b in doc.body_blocks() if b.kind != "table_cell"] or list(doc.body_blocks())
    for i, block in enumerate(body[:40]):
        if key(block.text) in DOC_TYPE_WORDS:
            following = body[i + 1] if i + 1 < len(body) else None
            if following is not None and len(following.text) <= _MAX_TITLE and not following.text.rstrip().endswith(":"):
                return f"{block.text} {following.text}"
            return block.text
    first = body[0].text if body else None
    return first if first and len(first) <= _MAX_TITLE else None
