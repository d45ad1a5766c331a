"""Plain text and Markdown-style text, with the footnotes each kind hides.

Three footnote conventions reach us as text (SPEC §1):

* Word's "save as text": note bodies at the end, each after ``\\ufffd``; the
  anchors are gone, but Word broke the line where each stood, so a body line
  that starts with ``,`` ``.`` or ``;`` marks one.
* Superscript digits (``¹ ² … ¹¹``): markers in the body, note bodies on lines
  of their own that start with the number, wherever the page broke — the
  paragraph they interrupt is joined again.
* Markdown conversions: ``[1]`` / ``[^1]`` markers, notes at the end, and the
  cell-per-line tables some converters write (a lone ``|`` line before each cell).

Pipe tables and Word's tab-separated rows are tables in either kind (``table_runs``).
"""
from __future__ import annotations

from typing import Callable

import regex

from pipeline.boilerplate import strip_web
from pipeline.encodings import decode
from pipeline.loaders import html, text_columns as columns
from pipeline.loaders.text_pages import SUPERSCRIPT_DIGITS, drop_furniture
from pipeline.title import find_title, is_type_line, lead_title
from pipeline.models import Document
from pipeline.normalize import clean, fold
from pipeline.segment import ITEM_START, RECIPIENTS, ROMAN_HEADING, Note, Para, assemble, continues, ends_sentence
from pipeline.sniff import text_flavour

_SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_NOTE = regex.compile(rf"^\s*([{_SUP}]+)\s*(\S.*)$")
# A marker sticks to the word or punctuation before it; ``m²``/``km³`` are units.
_SUP_MARK = regex.compile(rf"(?<=[^\s{_SUP}])(?<!(?:^|[\s\d])[kcdh]?m)([{_SUP}]+)")
_WORD_NOTE = regex.compile(r"^\s*\ufffd\s?(.*)$")
_WORD_ANCHOR = regex.compile(r"^\s*[,.;]")
_MD_NOTE = regex.compile(r"^\s*\[\^?(\d{1,3})\]:?(?:\s+(.*)|\s*)$")
_MD_MARK = regex.compile(r"\s?\[\^?(\d{1,3})\]")
_EMPHASIS = regex.compile(r"(?<!^)(?<!\\)\*+|^\*+(?!\s)")
# A backslash before ASCII punctuation is Markdown's escape (pandoc writes ``\-`` for a dash opening a line)
_ESCAPED = regex.compile(r"\\([!-/:-@\[-`{-~])")
_CELL_BAR = regex.compile(r"(?<!\\)\|")  # a pipe table's cells part at a bar not escaped (``\|`` is a cell's own)


_HARD_BREAK = regex.compile(r"\\[ \t]*$")  # pandoc's line break inside a paragraph (``Nơi nhận:\``)


def _plain(markdown: str) -> str:
    """A Markdown line as read: emphasis marks dropped, escapes, hard breaks and superscripts undone."""
    text = _ESCAPED.sub(r"\1", _HARD_BREAK.sub("", _EMPHASIS.sub("", markdown)))
    return _SUPERSCRIPT.sub(lambda m: m[1].translate(SUPERSCRIPT_DIGITS), text) if "^" in text else text


# pandoc's superscript (``1.250 m^2^``: an area, read as ``m`` and a stray ``^2^``); not a note's mark (``[^1]``)
_SUPERSCRIPT = regex.compile(r"(?<!\[)\^([^\s^\[\]]{1,6})\^")
_RULE = regex.compile(r"^\s*[-=_*~.]{3,}\s*$")
_JUSTIFIED = regex.compile(r"(?<=\S)[ ]{2,}(?=\S)")
_PIPE_ROW = regex.compile(r"^\s*\|.*\|\s*$")
_PIPE_SEPARATOR = regex.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def load(data: bytes, doc: Document) -> None:
    text, doc.encoding = decode(data)
    text = clean(drop_furniture(text.replace("\r\n", "\n").replace("\r", "\n")))
    doc.format = text_flavour(text, doc.path)
    capture = strip_web(text.split("\n"))
    doc.published = capture.published
    lines = unfold_header(capture.lines)
    if doc.format == "markdown":
        paras, notes = read_markdown(lines)
    else:
        paras, notes = read_plain(lines)
    assemble(doc, paras, notes)
    doc.title = find_title(doc.blocks) or lead_title(doc.blocks)


# -- plain text ----------------------------------------------------------------

def read_plain(lines: list[str]) -> tuple[list[Para], list[Note]]:
    word_start = next((i for i, line in enumerate(lines) if _WORD_NOTE.match(line)), None)
    notes: list[Note] = []
    if word_start is not None:
        notes = _word_notes(lines[word_start:])
        lines = lines[:word_start]
    paras: list[Para] = []
    current: Para | None = None
    before_notes: Para | None = None  # the paragraph a run of superscript notes interrupted
    note: Note | None = None  # the superscript note on the line before, unfinished
    width = wrap_width(lines)
    parted = width is not None and _blank_parted(lines)
    last = ""  # the line before, as written
    broken: Para | None = None  # the paragraph a blank line interrupted
    table_no = 0
    for kind, run in table_runs(lines):
        if kind != "text":
            cells = _table_cells(kind, run, table_no)
            paras.extend(cells)
            table_no = _next_table_no(cells, table_no)
            current = before_notes = broken = None
            continue
        for line in unfold_close(run):
            if width is not None and "  " in line.strip():
                line = _JUSTIFIED.sub(" ", line)  # a justified line's stretched spaces (``Hội  đồng``)
            above, last = last, line
            sup = _SUP_NOTE.match(line)
            # a rule (``_______________``) parts as a blank line does and is no paragraph: over a page's notes it opens
            # their zone, and the sentence it cut goes on after them (``… ngày 20/01/2023 về`` / rule / ``¹ Chuyên đề …``
            # / ``kết quả xếp loại …``: the rule had been a paragraph, the rest of the sentence glued to it)
            if not line.strip() or _RULE.match(line):
                broken = current if current is not None else broken
                current = note = None
                continue
            if broken is not None and _rejoined_over_blank(broken.text, line):
                current = broken  # (``… của UBND`` / blank / ``huyện Như Xuân về việc …``: a page break in a copied text)
            broken = None
            if note is not None and not sup and (not ends_sentence(note.text) or note.text.rstrip().endswith(":")
                                                 and continues(line)):
                # a note wrapped mid-sentence goes on right under it, as after a colon in lower case (``…; xã Thuận
                # Hòa:`` / ``mô hình …``: a list of communes' models; the rest was a paragraph of the body)
                note.text += " " + line.strip()
                continue
            note = None
            if sup:
                notes.append(note := Note(marker=sup[1], text=sup[2]))
                if current is not None or before_notes is None:
                    before_notes = paras[-1] if paras else None
                current = None
                continue
            if word_start is not None and current is not None and _WORD_ANCHOR.match(line):
                current.text = current.text.rstrip()
                current.anchors.append((len(current.text), "\ufffd"))
                current.text += line.strip()
                continue
            if before_notes is not None and not ends_sentence(before_notes.text) and continues(line) and current is None:
                current = before_notes
                before_notes = None
                current.text = current.text.rstrip() + " " + line.strip()
                continue
            before_notes = None
            if current is not None and _SYMBOL_CUT.search(current.text) and _SYMBOL_REST.match(line):
                current.text = current.text.rstrip() + line.strip()  # ``Chỉ thị số 16-`` / ``CT/TU, …``: one symbol
                continue
            if current is not None and (_wrapped(current.text, line) or _cut_at_margin(current.text, above, line, width, parted)
                                        or _lone_syllable(current.text, line) or _wrapped_after_clause(above, line, width)):
                current.text = current.text.rstrip() + " " + line.strip()
                continue
            current = Para(text=line.strip())
            paras.append(current)
    if any(n.marker[0] in _SUP for n in notes):
        for para in paras:
            _take_markers(para, _SUP_MARK)
    return _names_rejoined(paras), notes


def _names_rejoined(paras: list[Para]) -> list[Para]:
    """A header's name that did not fit its column, its last syllable alone above the report's number (``SỞ TÀI
    NGUYÊN VÀ MÔI`` / ``TRƯỜNG`` / ``Số: 4125/BC-STNMT``): one name again (``TRƯỜNG`` named no body, and the
    department's report was its people's committee's)."""
    out: list[Para] = []
    for i, para in enumerate(paras):
        nxt = paras[i + 1].text if i + 1 < len(paras) else ""
        if out and not para.anchors and _SYLLABLE_LINE.fullmatch(para.text) and para.text.isupper() \
                and out[-1].text.isupper() and not out[-1].anchors and _NUMBER_LINE.match(nxt):
            out[-1].text = f"{out[-1].text} {para.text}"
            continue
        out.append(para)
    return out


def _rejoined_over_blank(text: str, line: str) -> bool:
    """A sentence cut by a blank line goes on after it: the paragraph before is a sentence's start (long, with no
    stop at its end) and the line opens in lower case, as no paragraph, heading or item does."""
    first = line.lstrip()[:1]
    return len(text) >= 40 and not ends_sentence(text) and first.isalpha() and first.islower() \
        and ITEM_START.match(line) is None


# Two columns side by side: text, a run of spaces, text (``ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI …``).
# (not a draft's blank day or month: ``ngày      tháng 7 năm 2022``)
# (nor a draft's blank number: ``Số:      -BC/ĐU``)
# (the left one may be the Party's star alone: ``*<TAB>Nghĩa Hành, ngày 10 tháng 8 năm 2025``)
_TWO_COLUMNS = regex.compile(r"^(\s*\S(?:.*?\S)?)(?<!(?i:ngày|tháng|số:?))(?:\s{4,}|\s*\t\s*)(\S.*?)\s*$")
_HEADER_LINES = 12
_RIGHT_INDENT = 16


def unfold_header(lines: list[str]) -> list[str]:
    """The header's two columns one after the other, as they read.

    A Word or PDF page saved as text (``pdftotext -layout``) keeps the header's
    columns side by side: the issuer over its unit on the left, the national
    motto and the place-and-date line on the right. Read line by line they
    interleave (``ỦY BAN NHÂN DÂN … CỘNG HÒA … XÃ LƯƠNG TÂM``), which splits the
    issuer's name. Only the first lines are the header's; a body line with a
    wide gap is left as it is, and so are two columns under the body's first
    lines (a short report's signature: its lines were each a paragraph).
    """
    head = next((i for i, line in enumerate(lines) if line.strip()), 0)
    limit = min(len(lines), head + _HEADER_LINES)
    # a table's rows and the column titles over them are a table's, whatever their spacing
    table = next((i for i in range(head, limit) if _table_row(lines[i])), None)
    if table is not None:
        limit = table - (columns.title_lines(lines, table) if columns.is_row(lines[table]) else 0)
    first = next((i for i in range(head, limit) if _TWO_COLUMNS.match(lines[i])), None)
    if first is None or any(_prose(line) for line in lines[head:first]):
        return lines
    return _unfolded(lines, head, limit, _past_header)


def unfold_close(lines: list[str]) -> list[str]:
    """The close's two columns one after the other, as they read: the recipients (``Nơi nhận:``, ``- Đảng ủy xã
    (b/c);``, ``- Lưu chi bộ.``), then the signature (``T/M CHI BỘ``, ``BÍ THƯ``, the signer), as the header's are
    (``unfold_header``). Saved side by side, line by line they ran together (``- Đảng ủy xã (b/c); BÍ THƯ``). The
    close opens on the ``Nơi nhận`` line with a second column beside it or on one of the next two lines (or on the
    right column's lines right above it); a tab parts Word's export of it into a table's rows, read as a table."""
    start = next((i for i, line in enumerate(lines) if RECIPIENTS.match(fold(line)) and "\t" not in line
                  and any(_TWO_COLUMNS.match(x) for x in lines[i:i + 3])), None)
    if start is None:
        return lines
    while start and lines[start - 1].strip() and _indent(lines[start - 1]) >= _RIGHT_INDENT:
        start -= 1  # (``TM. ỦY BAN NHÂN DÂN`` alone above ``Nơi nhận:      CHỦ TỊCH``)
    return _unfolded(lines, start, min(len(lines), start + _CLOSE_LINES), _past_close)


_CLOSE_LINES = 20  # the recipients of a report, the blank lines left for the seal, the signer


def _indent(line: str) -> int:
    """Where a line's text starts, as the page shows it."""
    wide = line.expandtabs()
    return len(wide) - len(wide.lstrip())


def _prose(line: str) -> bool:
    """A line of running text: in lower case, and long or a sentence (``Chi bộ duy trì sinh hoạt định kỳ vào ngày 05
    hằng tháng; trong năm tổ chức``); no line of a header's column is one, short as they are."""
    text = line.strip()
    return any(c.islower() for c in text) and (len(text) >= _PROSE_LENGTH or ends_sentence(text))


_PROSE_LENGTH = 60


def _unfolded(lines: list[str], head: int, limit: int, past: Callable[[str], bool]) -> list[str]:
    """``lines`` with two columns side by side between ``head`` and ``limit`` read one after the other, each line of a
    column its own paragraph. They end where a one-column line after a blank one is no right column's (the body's,
    or a title centred on the page), or where ``past`` says a one-column line after the last two-column one goes on
    past them."""
    if not any(_TWO_COLUMNS.match(line) for line in lines[head:limit]):
        return lines
    out: list[str] = lines[:head]
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        # each column's line its own paragraph, in Markdown-style text too (where a group of lines is one)
        for part in _joined_wraps(left) + right:
            out.extend([part, ""])
        left.clear()
        right.clear()

    end = limit
    last_pair = max(i for i in range(head, limit) if _TWO_COLUMNS.match(lines[i]))
    after_blank = False
    centres: list[float] = []  # where the right column's parts centre on the two-column lines
    page = 0  # where the widest two-column line ends
    for i in range(head, limit):
        line = lines[i]
        if not line.strip():
            flush()
            out.append(line)
            after_blank = True
            continue
        parts = _TWO_COLUMNS.match(line)
        wide = line.expandtabs()  # positions as the page shows them
        indent = _indent(line)
        if after_blank and not parts:
            # after a blank line, a line of one column is the body's, or a title centred on the page
            # (nearer the page's centre than the right column's): either way the columns are over
            centre = (indent + len(wide.rstrip())) / 2
            right_centre = sum(centres) / len(centres) if centres else None
            if indent < _RIGHT_INDENT or (right_centre is not None
                                          and abs(centre - right_centre) >= abs(centre - page / 2)):
                end = i
                break
        after_blank = False
        if i > last_pair and not parts and past(line):
            # (no blank line after the header: ``NGHỊ QUYẾT``, ``Điều 1. …`` went into the left column, printed before
            # the motto and the place-and-date line)
            end = i
            break
        if parts:
            start = len(line[:parts.start(2)].expandtabs())
            centres.append(start + len(parts[2]) / 2)
            page = max(page, start + len(parts[2]))
            left.append(parts[1].strip())
            right.append(parts[2])
        elif indent >= _RIGHT_INDENT:
            right.append(line.strip())
        else:
            left.append(line.strip())
    flush()
    return out + lines[end:]


def _past_close(line: str) -> bool:
    """A one-column line after the close's last two-column one that is no recipient (``- Lưu chi bộ.``): a sentence
    of the body."""
    return not line.lstrip().startswith(_LIST_MARKS) and _past_header(line)


_LIST_MARKS = ("-", "+", "•", "*")


def _past_header(line: str) -> bool:
    """A one-column line after the header's last two-column one that is no header line: the type line, or a
    sentence of the body."""
    text = line.strip()
    return is_type_line(text) or (any(c.islower() for c in text) and (len(text) > 80 or ends_sentence(text)))


_WRAP_OPENS = regex.compile(r"^(?:VÀ|&|-|–)(?:\s|$)")
_WRAP_ENDS = regex.compile(r"(?:\s(?:VÀ|&)|[-–&,])$")


def _joined_wraps(left: list[str]) -> list[str]:
    """The issuer's name wrapped in its column joined again: ``SỞ LAO ĐỘNG - THƯƠNG BINH`` / ``VÀ XÃ HỘI`` is one
    body (as two lines neither was a body, and the issuer was the committee printed above). Only a line that
    goes on from a joining word does: ``ỦY BAN NHÂN DÂN`` over ``TỈNH GIA LAI`` stays as printed."""
    out: list[str] = []
    for part in left:
        if _RULE.match(part):
            continue  # (a rule over the column, a pandoc table's top: no part of a name, nor a line of its own)
        if out and _capitals(part) and _capitals(out[-1]) and (_WRAP_OPENS.match(part) or _WRAP_ENDS.search(out[-1])):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


_TABLE_LINE = regex.compile(r"[ \t]*(?:\||\+[-=:+])")


def wrap_width(lines: list[str]) -> int | None:
    """The width a text was wrapped at (a report typed or saved at a fixed width), or None.

    Wrapped text has few lines beyond its margin and many near it; Word's text export writes a
    paragraph a line, so its long paragraphs run far past any margin."""
    # (a table's rows and rules are as wide as the table: ``| **ỦY BAN NHÂN DÂN** | … |`` set a margin the prose never
    # reached, and no wrapped line was found at it)
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip() and not _TABLE_LINE.match(line))
    if len(lengths) < _FEWEST_LINES:
        return None
    margin = lengths[len(lengths) - 1 - len(lengths) // 50]  # the margin, past a stray long line or two
    # (lines near it, not a fixed length: a message copied from a phone is wrapped at 60 columns or fewer, and its
    # items were a block a line)
    long = sum(n >= max(_NARROWEST, 0.75 * margin) for n in lengths)
    if margin < _NARROWEST or sum(n > 130 for n in lengths) > len(lengths) // 50 or long < 0.4 * len(lengths):
        return None
    return margin


_FEWEST_LINES = 12  # a short message wrapped at a margin has a dozen lines
_NARROWEST = 45  # a margin narrower than a phone's is no wrapped text's


def _cut_at_margin(previous: str, last: str, line: str, width: int | None, parted: bool = False) -> bool:
    """A line of wrapped text that goes on with a capital, a bracket or a quote (``… Hội LHPN Việt`` /
    ``Nam về …``): the line before reached the margin (the next word did not fit), its sentence is
    unfinished, and this line opens no item of a list nor a section. A numbered heading's line is a line of its own:
    headings end without a stop. In a text whose paragraphs a blank line parts (``parted``), a sentence that ends
    at the margin ends no paragraph: ``… chưa đủ điều kiện 334 hồ sơ.`` / ``UBND huyện đã ký cấp …``."""
    return (width is not None and len(last.rstrip()) >= width - 20 and (parted or not ends_sentence(previous))
            and len(last) - len(last.lstrip()) <= _INDENT  # (a centred title's line reaches no margin, however wide)
            and not _capitals(last) and not _opens_line(line)
            and not (previous == last.strip() and ITEM_START.match(previous) and not _item_wrapped(last, line, width)))


def _opens_line(line: str) -> bool:
    """A line that goes on from no line above it: an item of a list (``- Lưu VT.``, ``2. Công tác …``) or a section's
    heading, a Roman number in capitals (``V. TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG`` under a sentence left without its stop
    at the margin was joined to it)."""
    text = line.strip()
    return text.startswith(_LIST_MARKS) or ITEM_START.match(line) is not None or (
        ROMAN_HEADING.match(text) is not None and _capitals(text))


def _item_wrapped(last: str, line: str, width: int) -> bool:
    """A numbered item's first line that the editor broke (``1. Tiếp tục thực hiện Chỉ thị 23-CT/TW, Chỉ thị 10/CT-TTg;
    tuyên truyền`` / ``Luật Trật tự, …``): the next line's first word would not have fit, and the line holds a clause's
    mark, as a heading's does not (it was a heading, and the rest a paragraph)."""
    words = line.split()
    # (the margin read off the lines is the longest but one or two: a word that reaches it may not have fit)
    return bool(words) and len(last.rstrip()) + 1 + len(words[0]) > width - 2 and _CLAUSE_MARKS.search(last) is not None


_CLAUSE_MARKS = regex.compile(r"[,;](?=\s)")


def _blank_parted(lines: list[str]) -> bool:
    """Whether a blank line parts the text's paragraphs: a fifth of its lines or more are blank."""
    blank = sum(not line.strip() for line in lines)
    return blank >= _BLANK_SHARE * max(1, len(lines) - blank)


_BLANK_SHARE = 0.2


def _wrapped_after_clause(last: str, line: str, width: int | None) -> bool:
    """A line of wrapped text that ends a clause with ``;`` where the next line's first word would not have fit
    (``… (cũ 38, mới 274);`` / ``Tòa án đã giải quyết …``): the editor broke the line, not the writer; a line that
    had room for that word ended its paragraph there. No item of a list goes on so."""
    if width is None or not last.rstrip().endswith(";") or not line.strip():
        return False
    first = line.split()[0]
    # (or one that goes on in lower case, as no paragraph opens: ``… có nguy cơ mất trắng;`` / ``hoa màu bị ngập …``)
    return ((len(last.rstrip()) + 1 + len(first) > width or continues(line)) and not _opens_line(line)
            and not _capitals(last))


_INDENT = 8  # more leading spaces than a first line's indent: a centred line


def _capitals(text: str) -> bool:
    return text.upper() == text


def _table_row(line: str) -> bool:
    """A pipe table's row, or a row of a table laid out with spaces."""
    return _PIPE_ROW.match(line) is not None or columns.is_row(line)


# a document's symbol a line broke at its hyphen: its number and dash, then its codes (``16-`` / ``CT/TU``, ``215/BC-`` /
# ``UBND``)
_SYMBOL_CUT = regex.compile(r"(?<!\S)\d{1,5}(?:/\d{4})?(?:/\p{Lu}[\p{Lu}Đ&]*)?-[ \t]*$")
_SYMBOL_REST = regex.compile(r"[ \t]*\p{Lu}[\p{Lu}Đ&]*(?:[/-]\p{Lu}[\p{Lu}Đ&]*)*(?![\w])")


def _wrapped(previous: str, line: str) -> bool:
    """A hard-wrapped line: the previous one was long, unfinished, and this one carries on; or, however short, it
    ended on a word that cannot end a line of its own (``… tình hình và`` / ``kết quả …``, ``I. TÌNH HÌNH VÀ`` /
    ``KẾT QUẢ …``)."""
    if ends_sentence(previous):
        return False
    if len(previous) >= 60 and continues(line):
        return True
    return _DANGLING.search(previous) is not None and (
        continues(line) or _capitals(previous) and _capitals(line) and ITEM_START.match(line) is None
        and line.lstrip()[:1].isalpha())


def _lone_syllable(text: str, line: str) -> bool:
    """One capitalised syllable on a line of its own is a header cell's text broken where it was copied from
    (``Số:`` / ``59/BC-LĐTBXH``, ``Hà`` / ``Nội, ngày 06 tháng 07 năm 2010``, ``BỘ`` / ``LAO ĐỘNG – THƯƠNG BINH …``):
    no heading or paragraph is one syllable."""
    m = _SYLLABLE_LINE.fullmatch(text)
    first = line.lstrip()[:1]
    # (not onto the report's number: ``SỞ TÀI NGUYÊN VÀ MÔI`` / ``TRƯỜNG`` / ``Số: 4125/BC-STNMT`` ends a name there)
    return m is not None and (first.isupper() or bool(m[1]) and first.isdigit()) and not (
        not m[1] and _NUMBER_LINE.match(line))


_SYLLABLE_LINE = regex.compile(r"\p{Lu}\p{L}{0,6}(:)?")
_NUMBER_LINE = regex.compile(r"[ \t]*Số[ \t]*:?[ \t]*\d")
# a word that links what follows: no line, heading or item ends with it
_DANGLING = regex.compile(r"(?<!\w)(?i:và|của|các|những|cho|với|theo|tại|trong|để|hoặc|nhằm|thuộc|bởi)[ \t]*$")


def _word_notes(lines: list[str]) -> list[Note]:
    notes: list[Note] = []
    for line in lines:
        start = _WORD_NOTE.match(line)
        if start:
            notes.append(Note(marker="\ufffd", text=start[1].strip()))
        elif line.strip() and notes:
            notes[-1].text = notes[-1].text.rstrip() + " " + line.strip()
    return notes


def _take_markers(para: Para, pattern: regex.Pattern[str]) -> None:
    """Cut footnote markers out of the text, remembering where each stood."""
    pieces: list[str] = []
    last = 0
    removed = 0
    for m in pattern.finditer(para.text):
        pieces.append(para.text[last:m.start()])
        para.anchors.append((m.start() - removed, m[1]))
        removed += m.end() - m.start()
        last = m.end()
    if pieces:
        pieces.append(para.text[last:])
        para.text = "".join(pieces)
        para.anchors.sort()


# -- Markdown-style text ------------------------------------------------------

def read_markdown(lines: list[str]) -> tuple[list[Para], list[Note]]:
    body, notes = _markdown_notes(lines)  # emphasis is stripped per line later: a lone ``**`` must not split a group
    paras: list[Para] = []
    table_no = 0
    per_line = _paragraph_a_line(body)
    width = wrap_width(body)
    for kind, run in table_runs(body):  # a table's caption or ``ĐVT`` line may stand right above it
        if kind != "text":
            cells = _table_cells(kind, run, table_no)
            paras.extend(cells)
            table_no = _next_table_no(cells, table_no)
            continue
        group: list[str] = []
        for line in unfold_close(run) + [""]:
            if line.strip():
                group.append(line)
            elif any(g.lstrip().startswith("|") for g in group):
                paras.extend(_table(group, table_no))
                table_no += 1
                group = []
            elif group:
                paras.extend(_markdown_paragraphs(group, per_line, width))
                group = []
    for para in paras:
        _take_markers(para, _MD_MARK)
    return paras, notes


def _cell_text(pieces: list[str]) -> str:
    """A ruled table's cell from its lines' slices: a wrapped line goes on after a space; a hard break (``\\`` at
    its end) or a blank line inside the cell starts a new line."""
    out: list[str] = []
    new_line = False
    last = ""  # the last piece with text, as written (its hard break not yet undone)
    for piece in pieces:
        text = piece.strip()
        if not text:
            new_line = bool(out)
            continue
        if out:
            out.append("\n" if new_line or _HARD_BREAK.search(last) else " ")
        out.append(_plain(text))
        last, new_line = text, False
    return "".join(out)


def _markdown_notes(lines: list[str]) -> tuple[list[str], list[Note]]:
    """Split note definitions (``[1] text`` at a line start, after the body) from the body."""
    used = {m[1] for line in lines for m in _MD_MARK.finditer(line) if not _MD_NOTE.match(line)}
    starts = [i for i, line in enumerate(lines) if (m := _MD_NOTE.match(line)) and m[1] in used]
    if not starts:
        return lines, []
    notes: list[Note] = []
    body = lines[: starts[0]]
    current: Note | None = None
    for i in range(starts[0], len(lines)):
        line = lines[i]
        m = _MD_NOTE.match(line)
        if i in starts and m:
            current = Note(marker=f"[{m[1]}]", text=(m[2] or "").strip())
            notes.append(current)
        elif not line.strip():
            current = None if current is None or current.text else current
        elif current is not None:
            current.text = (current.text + " " + line.strip()).strip()
        else:
            body.append(line)
    for note in notes:
        note.text = _plain(note.text)
    return body, notes


def _paragraph_a_line(lines: list[str]) -> bool:
    """A text with Markdown's notes (``[1]``) that writes a paragraph a line, as Word's text export does: its long
    lines run far past any margin (pandoc wraps at 72), so no two lines are one paragraph (``I. ĐẶC ĐIỂM TÌNH HÌNH``
    was joined to the paragraphs around it)."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    return len(lengths) >= 10 and sum(n > 130 for n in lengths) > len(lengths) // 10


def _markdown_paragraphs(group: list[str], per_line: bool = False, width: int | None = None) -> list[Para]:
    """A blank-line group is one paragraph, except list items and headings inside it (``per_line``: each line is
    one). ``width``: the margin the text was wrapped at, if any."""
    paras: list[Para] = []
    heading = False  # the paragraph so far is a numbered heading's one line (``3.1. Giáo dục mầm non``)
    last = ""  # the line before, as written
    for line in group:
        text = _plain(line).strip()
        if not text or _RULE.match(text):
            continue
        starts_item = text.startswith(("- ", "+ ", "• ", "# ", "## ", "### ")) or ITEM_START.match(text) is not None
        own_line = heading and text[:1].isupper() and not _pushed_down(last, line, width)
        if paras and not starts_item and not own_line and not per_line:
            paras[-1].text += " " + text
            heading = False
        else:
            kind = "heading" if text.startswith("#") else None
            paras.append(Para(text=text.lstrip("# ").strip() if kind else text, kind=kind))
            heading = ITEM_START.match(text) is not None and len(text) < 80 and not ends_sentence(text)
        last = line
    return paras


def _pushed_down(last: str, line: str, width: int | None) -> bool:
    """The line's first word did not fit at the end of the line before: the break is the wrapper's, not the
    writer's (``2\\. Đề nghị … 05 nhà`` / ``Đại đoàn kết …`` is one numbered paragraph, not a heading over a
    paragraph)."""
    if width is None:
        return False
    words = line.split(maxsplit=1)
    return bool(words) and len(last.rstrip()) + 1 + len(words[0]) > width


def _pipe_line(line: str) -> bool:
    """A row of a pipe table (two cells at least), or the rule under its head row."""
    return "|" in line and ((_PIPE_ROW.match(line) is not None and line.count("|") > 2)
                            or _PIPE_SEPARATOR.match(line) is not None)


def _tab_cells(line: str) -> list[str] | None:
    """A table row as Word's text export writes it, cells apart by tabs (two with text at least)."""
    if "\t" not in line.strip(" "):
        return None
    cells = _tab_split(line)
    return cells if sum(1 for c in cells if c) >= 2 else None


def _tab_split(line: str) -> list[str]:
    """A tab row's cells, empty ones included (a row of one cell: ``- Lưu VP.\t``)."""
    return [c.strip() for c in line.strip(" ").split("\t")]


def table_runs(lines: list[str]) -> list[tuple[str, list[str]]]:
    """``lines`` cut into runs of ``text``, of ``pipe`` table rows, of ``tabs`` rows, of ``columns`` rows, of
    pandoc's ``ruled`` tables (``text_columns.ruled_table``) and of tables written in ``html``, in order.

    A table is two rows at least: one line with a tab or a pipe is text. Tables reach us in
    reports saved as text (Word's export writes a row a line, cells apart by tabs; pandoc's
    plain text and Markdown, tables between rules of dashes) and in Markdown; cut out, each cell
    keeps its row and column, and the caption or ``ĐVT`` line written right above a table stays a
    paragraph.
    """
    if "---" in "".join(lines):
        rules = columns.layout_rules(lines)
        lines = [line for i, line in enumerate(lines) if i not in rules]
    kinds = ["pipe" if _pipe_line(line) else "tabs" if _tab_cells(line) else "columns" if columns.is_row(line)
             else "text" for line in lines]
    for i in range(1, len(kinds)):
        if kinds[i] == "text" and kinds[i - 1] == "tabs" and "\t" in lines[i].strip(" ") and lines[i].strip():
            kinds[i] = "tabs"  # a row of one cell (``- Lưu VP.\t``, ``\tNguyễn Thị Hồng Nhung``): the others are empty
    html_ends = _html_tables(lines)
    for start, end in html_ends.items():
        kinds[start:end] = ["html"] * (end - start)
    runs: list[tuple[str, list[str]]] = []
    i = 0
    ruled_at, ruled_next = -1, None  # a pandoc table found where a run was cut short
    while i < len(lines):
        if i in html_ends:
            runs.append(("html", lines[i:html_ends[i]]))
            i = html_ends[i]
            continue
        # a pandoc table opens on its first rule, or on its header's first line right after a blank one
        ruled = ruled_next if i == ruled_at else columns.ruled_table(lines, i)
        if ruled is not None:
            runs.append(("ruled", lines[i:ruled[0]]))
            i = ruled[0]
            continue
        j = i + 1
        while j < len(lines) and kinds[j] == kinds[i]:
            ruled_at, ruled_next = j, columns.ruled_table(lines, j)
            if ruled_next is not None:
                break
            j += 1
        kind = kinds[i] if j - i >= 2 else "text"
        if runs and runs[-1][0] == kind == "text":
            runs[-1][1].extend(lines[i:j])
        elif kind == "columns" and runs and runs[-1][0] == "text":
            above = runs[-1][1]  # the column titles stand right above the rows
            n = columns.title_lines(above, len(above))
            runs[-1] = ("text", above[:len(above) - n])
            runs.append((kind, above[len(above) - n:] + lines[i:j]))
        else:
            runs.append((kind, lines[i:j]))
        i = j
    return runs


_HTML_TABLE_START = regex.compile(r"[ \t]*<table(?![\w-])", regex.I)
_HTML_TABLE_OPEN = regex.compile(r"<table(?![\w-])", regex.I)
_HTML_TABLE_CLOSE = regex.compile(r"</table[ \t]*>", regex.I)


def _html_tables(lines: list[str]) -> dict[int, int]:
    """Tables written as raw HTML: the line each opens on (``<table>``) and the line after the ``</table>`` that closes
    it, tables inside its cells counted. pandoc's Markdown writer, allowed pipe tables only, writes a table whose cells
    hold several paragraphs so (a report's header, its signature block); one never closed is text."""
    ends: dict[int, int] = {}
    i = 0
    while i < len(lines):
        if _HTML_TABLE_START.match(lines[i]):
            depth = 0
            for j in range(i, len(lines)):
                depth += len(_HTML_TABLE_OPEN.findall(lines[j])) - len(_HTML_TABLE_CLOSE.findall(lines[j]))
                if depth <= 0:
                    ends[i] = j + 1
                    break
        i = ends.get(i, i + 1)
    return ends


def _table_cells(kind: str, rows: list[str], table_no: int) -> list[Para]:
    """Cells of a ``pipe``, ``tabs``, ``columns``, ``ruled`` or ``html`` run (``table_runs``), with row and column."""
    if kind == "html":
        cells = html.table_paras("\n".join(rows))
        for cell in cells:
            cell.table_no = None if cell.table_no is None else table_no + cell.table_no  # (a table in a cell: the next)
        return cells
    if kind == "ruled":
        _, rows = columns.ruled_table(rows, 0) or (0, [])
        return [Para(text=text, kind="table_cell", table_no=table_no, row=r, col=c)
                for r, row in enumerate(rows) for c, pieces in enumerate(row) if (text := _cell_text(pieces))]
    if kind == "columns":
        first = next(i for i, line in enumerate(rows) if columns.is_row(line))
        return [Para(text=text, kind="table_cell", table_no=table_no, row=r, col=c)
                for r, texts in enumerate(columns.grid(rows[:first], rows[first:])) for c, text in enumerate(texts) if text]
    cells: list[Para] = []
    row = 0
    for line in rows:
        if kind == "pipe" and _PIPE_SEPARATOR.match(line):
            continue
        parts = _CELL_BAR.split(line.strip().strip("|")) if kind == "pipe" else _tab_split(line)
        for col, part in enumerate(parts):
            if (text := _plain(part).strip() if kind == "pipe" else part.strip()):
                cells.append(Para(text=text, kind="table_cell", table_no=table_no, row=row, col=col))
        row += 1
    return cells


def _next_table_no(cells: list[Para], table_no: int) -> int:
    """The number the table after a run's takes: past the run's own, and past any table inside its cells."""
    return max((c.table_no for c in cells if c.table_no is not None), default=table_no) + 1


def _table(group: list[str], table_no: int) -> list[Para]:
    """Cells of a cell-per-line table (a lone ``|`` before each cell), with row and column."""
    tokens: list[str] = []
    content: list[str] = []
    started = False
    for line in group + ["|"]:
        if line.strip() == "|" or line.lstrip().startswith("|"):
            rest = line.strip()[1:].strip()
            if started:
                tokens.append(" ".join(c for c in content if c))
            started = True
            content = [rest] if rest else []
        elif not _RULE.match(line):
            content.append(_plain(line).strip())
    return [Para(text=text, kind="table_cell", table_no=table_no, row=row, col=col)
            for text, row, col in _grid(tokens) if text]


def _grid(tokens: list[str]) -> list[tuple[str, int, int]]:
    """(text, row, column) of each cell of a cell-per-line table.

    These converters write ``|`` before every cell and again at each row's end,
    so an empty cell and a row break look the same (an empty token). Reading
    every empty token as a row break shifts the columns of any row with an
    empty cell inside it. The table's width is known, though: the widest row
    read that way (no row is ever made wider by it). So each empty token is
    chosen to be a cell or a row break, by dynamic programming, so that as many
    rows as possible have that width and none is wider; ties go to fewer empty cells.
    """
    naive: list[int] = [0]
    for token in tokens:
        if token:
            naive[-1] += 1
        elif naive[-1]:
            naive.append(0)
    width = max(naive)
    # cost of a finished row: right width 0, short 1, too wide 10 (a cell of the next row pulled in)
    def row_cost(n: int) -> int:
        return 0 if n == width else (10 if n > width else 1)

    # per column reached: (cost, empty tokens skipped at a row start, empty cells); a back-pointer per token
    Cost = tuple[int, int, int]
    best: dict[int, Cost] = {0: (0, 0, 0)}
    back: list[dict[int, tuple[int, str]]] = []
    for token in tokens:
        nxt: dict[int, Cost] = {}
        step: dict[int, tuple[int, str]] = {}
        for col, (rows, skipped, empties) in sorted(best.items()):
            moves: list[tuple[int, Cost, str]] = []
            if token:
                moves.append((min(col + 1, width + 1), (rows, skipped, empties), "cell"))
            else:
                moves.append((0, (rows + row_cost(col), skipped, empties), "break") if col else
                             (0, (rows, skipped + 1, empties), "skip"))
                moves.append((min(col + 1, width + 1), (rows, skipped, empties + 1), "cell"))
            for to, cost, action in moves:
                if to not in nxt or cost < nxt[to]:
                    nxt[to], step[to] = cost, (col, action)
        best = nxt
        back.append(step)
    col = min(best, key=lambda c: ((best[c][0] + (row_cost(c) if c else 0),) + best[c][1:], c))
    path: list[str] = []
    for step in reversed(back):
        col, action = step[col]
        path.append(action)
    path.reverse()
    cells: list[tuple[str, int, int]] = []
    row = col = 0
    for token, action in zip(tokens, path):
        if action == "cell":
            cells.append((token, row, col))
            col += 1
        elif action == "break":
            row, col = row + 1, 0
    return cells
