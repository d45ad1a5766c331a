"""What a number counts: the noun after it, as unit, and the phrase it counts.

The units vocabulary settles the common nouns (and the multi-word ones that a
tagger would split, ``tổ nhân dân tự quản``). Only when it does not know the
noun is underthesea's POS tagger run, on the few words after the number: that
is the one place where a tagger earns its cost (about a millisecond a call), and
its answers are cached because reports repeat the same nouns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import regex

from extractors.date_grammar import CLOCK
from extractors.lexicon import lexicon, listed
from extractors.figure_units import COUNT_DIMENSIONS, Unit, match_unit, qualifier_phrases
from extractors.place_match import VILLAGE_TYPES
from gazetteers.admin_units import TYPE_LEVELS, unit_types
from gazetteers.refdata import doc_types
from pipeline.normalize import fold, text_cache

NOUN_TAGS = frozenset({"N", "Nc", "Np", "Nu", "Ny", "Nb"})
# Nouns of one kind may be coordinated into one counted group: "cán bộ, hội
# viên", "xã, phường", "Chủ tịch, Phó Chủ tịch".
# the kinds of counted noun a comma or ``và`` may join into one thing counted (``38 xã, thị trấn``, ``06 nhóm,
# lớp``), and the kinds each may be joined to (``500 hộ, cá nhân``: households and persons, one count)
_JOINED_KINDS = {"person": frozenset({"person", "household"}), "household": frozenset({"household", "person"}),
                 "place": frozenset({"place"}), "count": frozenset({"count"})}
_COORDINABLE = frozenset(_JOINED_KINDS)
# kinds whose second noun written right after qualifies the first (``hội viên nông dân``, ``cán bộ công chức``); a thing
# counted is followed by its own words (``92 suất quà cây mùa xuân``: gifts of the spring tree)
_QUALIFIED_BY_NOUN = frozenset({"person", "household", "place"})
# ``đạt`` opens a new clause where a number follows (``5.562 hồ sơ đạt 89,12%``, ``đạt tỷ lệ 95%``) but not in
# ``xã đạt chuẩn nông thôn mới``, ``chỉ tiêu đạt và vượt kế hoạch``, ``sản phẩm đạt OCOP 5 sao``, ``học sinh đạt giải``:
# what the things counted attained is what they are; ``của`` goes on with whose they are
# (``10 kết luận của Ban chấp hành``), ``được`` with what was done to them (``145 hội viên được hỗ trợ``).
# (``558 thành viên theo Luật Lực lượng tham gia bảo vệ …``: a cited law's name is no part of what is counted)
# (nor does the total of their worth: ``tặng 189 phần quà tổng trị giá 94,5 triệu đồng``)
# a rule cited as what the figure follows: ``558 thành viên theo Luật Lực lượng …``, ``20 ngày theo khoản 1 Điều 147 Bộ luật
# Tố tụng hình sự`` (a clause or point of one: ``theo điểm a khoản 1``; not ``theo điều kiện``)
LEGAL_BASIS = (r"theo\s+(?:(?:luật|bộ\s+luật|nghị\s+quyết|nghị\s+định|quyết\s+định|chỉ\s+thị|thông\s+tư|quy\s+định|kết\s+luận)\s"
               r"|(?:khoản|điều)(?=\s+\d)|điểm(?=\s+[a-zđ]\s))")
_PHRASE_STOP = re.compile(r"[,;:()\[\]“”\"!?…]|\.(?!\d)|\n|(?<!huy\shiệu)\s\d(?![\d.,]*\s*sao(?!\w))|(?<!\S)[x×](?=\s*\d)|\s(?:và(?<!đạt và)(?<!hôn nhân và)|đối\s+với|với|trong(?! sạch| diện)|trên|tại"
                          r"|(?<!chưa\s)(?<!không\s)đạt(?! chuẩn| danh hiệu| tiêu chuẩn| và vượt| ocop| \d sao(?!\w)| kế hoạch| tiến độ"
                          r"| yêu cầu)(?=\s(?:\S+\s+){0,2}\d|\s(?:hơn|trên|dưới|khoảng|gần|xấp xỉ|tỷ lệ|tỉ lệ|bình quân|trung bình"
                          r"|mức|bằng|tới|gấp|tổng|doanh thu|giá trị)\s)|chiếm|so|xuống còn"
                          r"|(?:tổng\s+)?trị\s+giá|tổng\s+kinh\s+phí|tổng\s+số\s+tiền"
                          r"|do\s+(?:chỉ|chưa|không|ảnh\s+hưởng|tác\s+động|thiếu|gặp|vướng|thời\s+tiết|dịch|điều\s+chỉnh|một\s+số))\s"
                          r"|\s" + LEGAL_BASIS)
# (nor does a badge's years, a name: ``03 đảng viên nhận Huy hiệu 30 năm tuổi Đảng``)
# (a dot before a digit ends no sentence: a road's code, ``các tuyến ĐT.636, ĐT.638``; ``hôn nhân và gia đình`` is a kind
# of case, one name; a cause, ``bằng 61,7% dự toán do chỉ đấu giá được 05/12 lô đất``, is no part of what is counted)
# (a rating in stars is what the things counted attained: ``3 sản phẩm đạt 4 sao``, no clause of its own; so is the plan
# or the pace they reached or did not: ``19 chỉ tiêu đạt kế hoạch``, ``03 xã chưa đạt tiến độ``)
# (a times sign before a number multiplies, ``1.215 suất x 600.000 đồng/suất``: no word of what is counted)
# Words that lead on to what a phrase stopped before: they end no phrase.
# a number that names a grade, a zone or a hamlet (``học sinh lớp 5``, ``xã khu vực 2``, ``hộ ở tổ dân phố 5``) is part
# of the phrase; no figure is read there (``figure_prose._NAME_BEFORE``)
# (and a dose's or a level's: ``liều mũi 3``, ``xã ở cấp độ 1``, ``con thứ 3 trở lên``)
_NAMES_BY_NUMBER = re.compile(r"(?<!\w)(?:lớp|khối|khu vực|tổ dân phố|khu phố|tiểu khu|thôn|xóm|ấp|khóm|đội|mũi|cấp độ|mức độ|"
                              r"con thứ|(?:sư|trung|tiểu|lữ|quân|binh|hải) đoàn|quân khu)\Z")
# (a unit of the army: ``giao cho Sư đoàn 390 là 120 công dân``)
_NAMED_BY_NUMBER = re.compile(r"\d{1,2}[a-z]?(?![\d,/%\w]|\.\d)")  # (a full stop after it ends the sentence: ``mức độ 2.``)
# an age that says who is counted (``người dưới 40 tuổi``, ``trẻ 18 tháng tuổi``, ``người từ 60 tuổi trở lên``), from the
# stop before it (its number, or ``trên``)
AGE = re.compile(r"\s(?:(?:dưới|trên|từ|đủ)\s+)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+(?:tháng\s+)?tuổi(?:\s+trở\s+(?:lên|xuống))?"
                  r"(?!\w)")
_WORDS_ENDING_LINKS = frozenset({"trực thuộc", "phụ thuộc", "lệ thuộc", "trở về", "đối với", "bằng với", "mặt bằng",
                                 "đất ở", "nhà ở", "chỗ ở", "nơi ở"})
_DANGLING = frozenset({"cho", "để", "của", "với", "và", "tại", "trong", "từ", "về", "nhằm", "là", "qua", "theo", "bằng", "thuộc", "ở"})
# Words that, before a number, make it a date or a period (``năm 2021``, ``giai đoạn 2021-2025``),
# with the words that lead on to one (``vào``, ``đến``, ``cuối``).
_DEADLINE = frozenset({"trước", "sau", "chậm", "nhất"})  # (``chậm nhất ngày …``)
_TIME_BEFORE_NUMBER = frozenset({"năm", "tháng", "quý", "ngày", "giai", "đoạn", "nhiệm", "kỳ", "vào", "đến", "cuối", "đầu"})
_SYMBOL = re.compile(r"\d[\w/\-–.]*(?<![.\-–/])")


@lru_cache(maxsize=1)
def _reference_heads() -> frozenset[tuple[str, ...]]:
    """A document type's words, with or without ``số``, as they open a reference before its number."""
    names = [tuple(fold(t.name).split()) for t in doc_types()]
    return frozenset(names + [n + ("số",) for n in names])


def _cites(parts: list[str]) -> int:
    """How many of the last words name a document type (``… vi phạm quy định số``) that the number after
    opens; 0 when they name none."""
    heads = _reference_heads()
    return next((k for k in (4, 3, 2, 1) if k <= len(parts) and tuple(parts[-k:]) in heads), 0)


@lru_cache(maxsize=1)
def _citation() -> re.Pattern[str]:
    """A rule cited inside a phrase, on folded text: ``quy định tại Nghị định số 07/2021/NĐ-CP của Chính phủ``."""
    types = "|".join(sorted((r"\s+".join(map(re.escape, fold(t.name).split())) for t in doc_types()), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:(?:được\s+)?quy\s+định\s+)?(?:tại|theo)\s+(?:{types})\s+(?:số\s+)?{_SYMBOL.pattern}"
                      r"(?:\s+của\s+(?:thủ\s+tướng\s+)?chính\s+phủ)?")


# ``… trường hợp theo Nghị định số 100/2019/NĐ-CP``: the rule applied, not what was counted
_BY_AUTHORITY = (["theo"], ["căn", "cứ"])


# (``… đồng đối với xã …``; a rule cited right after the figure: ``20 ngày [theo khoản 1 Điều 147 …]``)
_LEADING_STOP = re.compile(r"(?:và|với|đối\s+với|của|trong|trên|tại|đạt|chiếm|so|được)\s|" + LEGAL_BASIS)
_WORD = re.compile(r"\S+")
_WS = re.compile(r"[ \t]*\n?[ \t]*")
_SPACE_CHARS = frozenset(" \t\n")
_COORD = re.compile(r"\s*(?:,|và)\s*")
# Two verbs of one act, written with a comma (``khám, chữa bệnh``, ``phòng, chống ma túy``), or the
# sectors of one name (``nông, lâm nghiệp và thủy sản``, ``tiểu, thủ công nghiệp``): the comma between
# them ends no phrase.
# (and the unit types listed together: ``các xã, thị trấn``, ``huyện, thị xã, thành phố``, ``chi bộ ấp, khóm``; and the
# pairs a report names one thing by: ``cơ quan, đơn vị``, ``đơn kiến nghị, phản ánh``, ``kê khai tài sản, thu nhập``,
# ``phương án bồi thường, hỗ trợ``, ``Tỷ lệ điều tra, khám phá án``, ``phát hiện, bắt giữ``, ``thiết chế văn hóa, thể
# thao``, ``phát triển kinh tế, xã hội``, ``6/9 khoản thu, sắc thuế``, ``cán bộ, công chức, viên chức``, ``án bị hủy,
# sửa``, ``hòa giải, đối thoại``, ``lợn mắc bệnh, chết và buộc phải tiêu hủy``, ``phòng cháy, chữa cháy rừng``, ``an
# ninh, trật tự``, ``vận chuyển, tàng trữ lâm sản``, the insurances ``BHXH, BHYT, BHTN``, ``Quỹ thi đua, khen thưởng``,
# ``248 mô hình, điển hình``, ``cơ quan, đơn vị, địa phương``, a court's kinds of case: ``vụ việc dân sự, hôn nhân và
# gia đình``, ``vụ án hành chính, kinh doanh thương mại``; the Party's cells and committees: ``các chi, đảng bộ cơ sở``,
# ``chi bộ, đảng bộ``; the industry's sector, ``ngành công nghiệp chế biến, chế tạo``; the reports of crimes a procuracy
# oversees, ``tố giác, tin báo về tội phạm``, also written ``tin báo, tố giác``)
# (the gazetteer's unit and village types, and the other words for a village, which it reads as no place's type)
_UNIT_TYPE_WORDS = (*TYPE_LEVELS, *VILLAGE_TYPES, "làng", "sóc")
_JOINED_FIRST = ("khám", "phòng", "xuất", "mua", "sản xuất", "đào tạo", "sửa chữa", "cải tạo", "xây mới", "chăm sóc", "quản lý",
                 "thu gom", "vận chuyển", "nông", "lâm", "ngư", "tiểu", "công", "cơ quan", "kiến nghị", "khiếu nại",
                 "tài sản", "bồi thường", "điều tra", "phát hiện", "văn hóa", "thể dục", "kinh tế",
                 "khoản thu", "cán bộ", "công chức", "hủy", "hòa giải", "mắc bệnh", "ốm", "chết", "phòng cháy", "an ninh",
                 "bhxh", "bhyt", "thi đua", "mô hình", "đơn vị", "dân sự", "hành chính", "sở", "tổ chức", "gia đình",
                 "lần đầu", "chi", "chi bộ", "chế biến", "tố giác", "tin báo")
_JOINED_SECOND = ("chữa", "chống", "nhập", "bán", "kinh doanh", "bồi dưỡng", "nâng cấp", "sửa chữa", "nuôi dưỡng", "bảo vệ",
                  "sử dụng", "vận chuyển", "xử lý", "lâm", "ngư", "nông", "diêm", "thủ", "thương", "đơn vị", "phản ánh",
                  "tố cáo", "thu nhập", "hỗ trợ", "khám phá", "bắt giữ", "thể thao", "xã hội", "sắc thuế", "công chức",
                  "viên chức", "sửa", "đối thoại", "chết", "tiêu hủy", "trật tự", "tàng trữ", "bhyt", "bhtn", "khen thưởng", "điển hình",
                  "địa phương", "hôn nhân", "kinh doanh", "lao động", "ngành", "cá nhân", "hằng năm", "đảng bộ", "chế tạo",
                  "tin báo", "tố giác")
# (unit types join unit types only: ``đường giao thông nông thôn, nâng cấp 12,3 km kênh mương`` is two acts)
_JOINED = re.compile(r"(?<![^\W\d_])(?:(?:" + "|".join(_JOINED_FIRST) + r"),[ \t]*(?:" + "|".join(_JOINED_SECOND)
                     + r")|(?:" + "|".join(_UNIT_TYPE_WORDS) + r"),[ \t]*(?:" + "|".join(_UNIT_TYPE_WORDS)
                     + r"))(?![^\W\d_])")
# Where a search for a match around a comma begins and ends: the longest first verb and one more
# character before it; after it, the comma, a space or two, the longest second verb and the character
# its look-ahead reads.
_JOINED_REACH = max(map(len, _JOINED_FIRST + _UNIT_TYPE_WORDS)) + 1, 1 + 2 + max(map(len, _JOINED_SECOND + _UNIT_TYPE_WORDS)) + 1
# The last word of each first verb or unit type: a comma after any other word joins nothing.
_JOINED_LAST = frozenset(verb.rsplit(" ", 1)[-1] for verb in _JOINED_FIRST + _UNIT_TYPE_WORDS)
_JOINED_LAST_LENGTH = max(map(len, _JOINED_LAST))


def joined_comma(folded: str, comma: int) -> bool:
    """Whether the comma at ``comma`` joins two verbs of one act (``_JOINED``), or two kinds of one noun (``nước sạch,
    nước hợp vệ sinh``, ``hộ nghèo, hộ cận nghèo``: the noun said again after the comma)."""
    space = folded.rfind(" ", max(0, comma - _JOINED_LAST_LENGTH - 1), comma)
    if space < 0 and comma > _JOINED_LAST_LENGTH + 1 or folded[space + 1:comma] not in _JOINED_LAST:
        return _noun_again(folded, comma)  # most commas: a short slice and a set look-up, no search
    pos, end = max(0, comma - _JOINED_REACH[0]), comma + _JOINED_REACH[1]
    while (m := _JOINED.search(folded, pos, end)) is not None and m.end() <= comma:
        pos = m.start() + 1  # (a pair before it: ``BHXH, BHYT, BHTN`` found ``BHXH, BHYT`` for the second comma)
    return m is not None and m.start() <= comma < m.end() and not _next_place(folded, comma)


_TYPE_AFTER_COMMA = re.compile(r",[ \t]*(?:" + "|".join(_UNIT_TYPE_WORDS) + r")(?!\w)")


def _next_place(folded: str, comma: int) -> bool:
    """A unit type after the comma whose clause counts again in a noun of its kind names the next item's place (``Xã Nam
    Anh 9 thôn, xã Nam Xuân (cũ) 8 thôn``), no second type of one list (``các xã, thị trấn``)."""
    if (m := _TYPE_AFTER_COMMA.match(folded, comma)) is None:
        return False
    found = match_unit(folded, skip_space(folded, comma + 1))
    if found is None or (number := _CLAUSE_NUMBER.match(folded, found[1])) is None:
        return False
    # (a place's name is two syllables or more: ``sáp nhập 85 thôn, xóm thành 41 thôn, xóm`` names no xóm "thành")
    return len(BRACKET.sub(" ", folded[found[1]:number.start(1)]).split()) >= 2 and _counted_later(
        folded, found[1], found[0].dimension)


# Where the nouns after a comma may run to and still be one item with the words before it: the link to the list's next
# item (``và``, ``với``) or the clause's end; any other stop (a number, ``đạt``, ``chiếm``) has them open a clause
_ITEM_LINKS = frozenset({"và", "với", ".", ";", ":", "(", ")", "\n"})
_ITEM_WORDS = 5
_LINK_WORD = re.compile(r"(?<!\w)(?:và|với)(?!\w)")
# what the words after such a comma may be, as the tagger reads them: nouns, names, and the words that join them
# (``Facebook của các chi hội``); a verb or an adjective opens a clause of their own (``…, chất lượng được nâng lên``)
_ITEM_TAGS = NOUN_TAGS | {"E", "L", "M", "Z"}


def nouns_joined(folded: str, comma: int, limit: int) -> bool:
    """Whether the comma at ``comma`` joins two short nouns into one item of a list (``1.240 m3 cát, sỏi và gần 95.000
    viên gạch``, ``45 nhóm Zalo, Facebook của các chi hội với trên 9.200 thành viên``: the second noun was cut off, and
    went to the next figure): the words after it, up to ``limit``, are a few nouns the tagger reads as such, running on
    to the next item's link or the clause's end; not after a number (``Năm 2024, …``) nor a sentence's opener."""
    before = folded[max(0, comma - 24):comma].split()
    if not before or ANY_DIGIT.search(before[-1]) is not None or any(" ".join(before[-k:]) in _DISCOURSE for k in (1, 2, 3)):
        return False
    stop = _PHRASE_STOP.search(paired_quotes(folded), comma + 1, limit)  # (from the comma: a number right after it stops)
    end = stop.start() if stop is not None else limit
    words = folded[comma + 1:end].split()
    if not 0 < len(words) <= _ITEM_WORDS or stop is None and limit < len(folded):
        return False  # (cut by the limit: a clause too long to be a noun)
    mark = stop.group().strip() if stop is not None else ""
    if mark == "(" and (again := _CLAUSE_NUMBER.match(folded, stop.start())) is not None \
            and _LINK_WORD.search(folded, stop.start(), again.start(1)) is None:
        return False  # (``khu vực tỉnh Bình Định (cũ) có 58 đơn vị, khu vực tỉnh Gia Lai (cũ) có 77 đơn vị``: past its
        #              bracket the clause counts again, the list's next item)
    if mark and mark not in _ITEM_LINKS and not (mark == "," and nouns_joined(folded, stop.start(), limit)):
        return False
    tags = _tags(" ".join(words))
    return bool(tags) and tags[0][1] in NOUN_TAGS and all(tag in _ITEM_TAGS for _, tag in tags)


# A place named by its type and name, before a comma and after it: ``ở thị trấn Cao Thượng, xã Quế Nham còn thấp``.
_PLACE_TYPES = "|".join(sorted((r"[ \t]+".join(map(re.escape, t.split())) for t in _UNIT_TYPE_WORDS), key=len, reverse=True))
_NAME_WORD = r"[\p{Lu}\d][\w]*"
_PLACE_BEFORE_COMMA = regex.compile(rf"(?<!\w)(?i:{_PLACE_TYPES})[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}[ \t]*\Z")
_PLACE_AFTER_COMMA = regex.compile(rf"[ \t]*(?:và[ \t]+)?(?i:{_PLACE_TYPES})[ \t]+[\p{{Lu}}\d]")


def places_listed(text: str, comma: int) -> bool:
    """Whether the comma at ``comma`` lists two places, each named by its type and its name (``Tỷ lệ tập hợp hội viên ở
    thị trấn Cao Thượng, xã Quế Nham còn thấp``): where the clause speaks of, no end of it (the phrase was ``xã Quế
    Nham còn thấp``, and with its place left out ``còn thấp``). Case tells a name: read on ``text``, not folded."""
    return _PLACE_AFTER_COMMA.match(text, comma + 1) is not None and \
        _PLACE_BEFORE_COMMA.search(text, max(0, comma - 48), comma) is not None


def _noun_again(folded: str, comma: int) -> bool:
    """The head said again after the comma; not where the two words that start alike are two words of the list (``công
    dân, Công an tỉnh 25 công dân``: citizens, then the police, the next item of a list of recipients)."""
    before = folded[max(0, comma - 24):comma].split()[-2:]
    after = folded[comma + 1:comma + 16].split()[:2]
    return len(before) == 2 and bool(after) and before[0] == after[0] and before[0].isalpha() and \
        before[0] not in _NOT_A_HEAD and not (before != after and listed(before) and listed(after))


_NOT_A_HEAD = frozenset({"và", "các", "những", "của", "cho", "với", "trong", "tại", "có", "là", "được", "đã", "thôn", "xã",
                         "phường", "huyện", "tỉnh", "ấp", "tổ", "khu", "xóm", "bản", "năm", "tháng", "ngày"})


@dataclass(frozen=True)
class Counted:
    unit_end: int  # where the counted noun (the unit) ends
    phrase_end: int  # where the counted phrase ends
    dimension: str


def skip_space(text: str, pos: int) -> int:
    """Past spaces and at most one line break (a wrapped line, not a new paragraph)."""
    if text[pos:pos + 1] not in _SPACE_CHARS:
        return pos  # most calls: nothing to skip
    if text[pos + 1:pos + 2] not in _SPACE_CHARS:
        return pos + 1  # one space or one line break: all ``_WS`` can take
    return _WS.match(text, pos).end()


def phrase_end(folded: str, pos: int, max_words: int = 8) -> int:
    """Where the phrase of a count's noun at ``pos`` ends; not inside a quoted name it reaches but cannot hold whole
    (``190 đợt ra quân hưởng ứng “Ngày chủ`` ends before the name)."""
    folded = paired_quotes(folded)
    end = _phrase_end(folded, pos, max_words)
    if "“" in folded[pos:end]:
        span = folded[pos:end]
        if span.count("“") > span.count("”"):
            end = pos + len(span[:span.rfind("“")].rstrip())
    return end


@text_cache(maxsize=64)
def paired_quotes(folded: str) -> str:
    """``folded`` with its straight quotes paired by counting, the first of each pair opening (``“``) and the second
    closing (``”``), the same length: pandoc's Markdown writer turns ``Ngày hội “Thanh niên …” ngày 24/3`` into
    ``Ngày hội "Thanh niên …" ngày 24/3``, a name the code that reads curly quotes must read the same."""
    if '"' not in folded:
        return folded  # most text
    parts = folded.split('"')
    return "".join(part + ("“" if i % 2 == 0 else "”") for i, part in enumerate(parts[:-1])) + parts[-1]


def _phrase_end(folded: str, pos: int, max_words: int) -> int:
    if _LEADING_STOP.match(folded, pos) or folded[pos:pos + 1].isdigit():
        return pos  # (a number right after is the next figure: ``dưới 5 tuổi [18,5‰]`` measured ``… trẻ em 18``)
    limit = min(len(folded), pos + _PHRASE_WINDOW)
    stop = _PHRASE_STOP.search(folded, pos, limit)
    while stop is not None:
        if stop.group() == "," and joined_comma(folded, stop.start()):
            stop = _PHRASE_STOP.search(folded, stop.end(), limit)  # ``phòng, chống ma túy`` goes on
        elif stop.group() == "“" and (close := folded.find("”", stop.end(), min(limit, stop.end() + 60))) >= 0:
            stop = _PHRASE_STOP.search(folded, close + 1, limit)  # ``mô hình “Dân vận khéo” được công nhận``: its name
        elif (stop.group()[-1].isdigit() and (named := _NAMED_BY_NUMBER.match(folded, stop.end() - 1)) is not None
              and _NAMES_BY_NUMBER.search(folded, max(0, stop.start() - 14), stop.start()) is not None
              and match_unit(folded, named.end() + 1) is None):
            stop = _PHRASE_STOP.search(folded, named.end(), limit)  # ``học sinh lớp 5 hoàn thành``: the grade's name
        elif "tuổi" in folded[stop.start():stop.start() + 32] and (age := AGE.match(folded, stop.start())) is not None \
                and stop.start() > pos:
            stop = _PHRASE_STOP.search(folded, age.end(), limit)  # ``09 người dưới 40 tuổi``: who, by their age
        else:
            break

    end = stop.start() if stop else limit
    words = _words_up_to(max_words).match(folded, pos, end)  # the words past the limit never read
    if not words:
        return pos
    if words.end() < end and stop is not None and clause_ends_at(folded, stop) \
            and len(folded[pos:end].split()) <= max_words + _CLAUSE_EXTRA:
        # a clause a few words past the limit is taken whole: ``01 hạn chế về nội dung sinh hoạt chưa [phong phú].``,
        # ``16 tổ chức đảng thực hiện tốt nội dung được [giám sát].`` were cut mid-phrase
        max_words += _CLAUSE_EXTRA
        words = _words_up_to(max_words).match(folded, pos, end)
    parts = words.group().split()
    if dashes := sum(p in _DASHES for p in parts):
        # a dash between two words is no word of its own: ``trung tâm văn hóa - thể thao`` ended at ``văn hóa -``
        max_words += dashes
        words = _words_up_to(max_words).match(folded, pos, end)
        parts = words.group().split()
    kept = len(parts)
    cited = _cites(parts) if stop is not None and stop.group()[-1].isdigit() and words.end() == end else 0
    authority = next((len(w) for w in _BY_AUTHORITY if parts[:len(parts) - cited][-len(w):] == w), 0) if cited else 0
    if authority:
        kept = len(parts) - cited - authority
    elif cited:
        # ``187 đảng viên vi phạm Quy định số [69-QĐ/TW]``: the number is the cited document's, part of the phrase
        symbol = _SYMBOL.match(folded, stop.end() - 1)
        return symbol.end() if symbol else words.end()
    if stop is not None and stop.group()[-1].isdigit() and words.end() == end:
        # ``320 hộ [năm 2021]``: the date of the count; ``thẻ BHYT cho trẻ em [dưới 6 tuổi]``: the next figure's
        while kept:
            if parts[kept - 1] in _TIME_BEFORE_NUMBER and not (parts[kept - 1] == "kỳ" and parts[kept - 2:kept - 1] == ["cùng"]):
                kept -= 1  # (``so với cùng kỳ [năm 2022]``: the same period is what the figure is compared with)
                continue
            if parts[kept - 1] in _DEADLINE and kept < len(parts) and (parts[kept] in _TIME_BEFORE_NUMBER or parts[kept] in _DEADLINE):
                kept -= 1  # ``2.400 hộ còn lại trước [ngày 31/8/2025]``: when, not what
                continue
            size = next((k for k in (3, 2, 1) if k <= kept and tuple(parts[kept - k:kept]) in qualifier_phrases()), 0)
            if not size:
                break
            kept -= size
    # ``156 cuộc tuyên truyền cho [trên …]``; not the second syllable of a word (``16 chi bộ trực thuộc``)
    while kept and parts[kept - 1] in _DANGLING and not (kept > 1 and f"{parts[kept - 2]} {parts[kept - 1]}" in _WORDS_ENDING_LINKS):
        kept -= 1
    if kept == len(parts):
        if len(parts) == max_words and words.end() < end:
            return _word_end_past(folded, parts, words.end(), end)
        return words.end()
    return _words_up_to(kept).match(folded, pos).end() if kept else pos


_PHRASE_WINDOW = 80  # characters a phrase after a number is read in
_DASHES = frozenset({"-", "–"})
_CLAUSE_MARK = re.compile(r"[,;:()\[\]!?…\n]|\.")
_CLAUSE_EXTRA = 4  # words past a phrase's limit that may finish its clause


def clause_ends_at(folded: str, stop: re.Match[str]) -> bool:
    """Whether a phrase's stop ends its clause: a clause mark, or ``và`` before the next count of a list (``48 quyết
    định cưỡng chế bằng biện pháp trích tiền từ tài khoản và 12 quyết định …``)."""
    return _CLAUSE_MARK.fullmatch(stop.group()) is not None or (
        stop.group().strip() == "và" and folded[stop.end():stop.end() + 1].isdigit())


def _word_end_past(folded: str, parts: list[str], at: int, end: int) -> int:
    """A phrase cut at a count of syllables ends with its last word, not inside it: ``vùng bán sơn
    [địa]``, ``cài [đặt]`` (the syllables after ``at`` that make a word of the list with the last ones)."""
    more = _words_up_to(2).match(folded, at, end)
    if more is None:
        return at
    following = [word.rstrip(",;:.") for word in more.group().split()]  # (``hộ gia [đình,] cá nhân``: the comma is none)
    for ahead in range(min(2, len(following)), 0, -1):
        for back in range(min(2, len(parts) - 1), -1, -1):
            if listed(parts[len(parts) - 1 - back:] + following[:ahead]):
                stop = _words_up_to(ahead).match(folded, at, end).end()
                return stop - (len(more.group().split()[ahead - 1]) - len(following[ahead - 1]))
    return at


# A time said alone, where a figure's clause names no thing: ``đến năm 2030``, ``giai đoạn 2026 - 2027``.
# (and a running total's, ``Tính chung 9 tháng``, ``Lũy kế 10 tháng``, ``Cộng dồn từ đầu năm``: the months of a monthly
# report's year so far)
TOGETHER = r"tính\s+chung|lũy\s+kế|luỹ\s+kế|cộng\s+dồn"
# (the time itself, with no word before it: ``năm 2024``, ``quý II năm 2024``, ``6 tháng đầu năm``; ``đầu năm``, ``cuối
# năm``: ``Lũy kế đến cuối năm có 16 dự án … với tổng công suất`` is a time, then what was counted)
_TIME = (r"(?:năm\s+\d{4}|"
         r"(?:giai đoạn|nhiệm kỳ)\s+\d{4}\s*[-–]\s*\d{4}|quý\s+[ivx\d]+(?:\s+năm\s+\d{4}|\s*/\s*\d{4})?|"
         r"(?:[1-9]|1[0-2]|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?|\s+năm\s+\d{4})?|"
         r"tháng\s+\d{1,2}(?:/\d{4})?|đầu\s+năm(?:\s+nay)?(?:\s+đến\s+nay)?|cuối\s+năm(?:\s+nay)?|"
         r"cùng\s+kỳ(?:\s+năm\s+(?:\d{4}|trước))?)")
WHEN_WORDS = rf"(?:(?<!\w)(?:đến|trong|từ|vào|tính đến|cuối|đầu|riêng|{TOGETHER})\s+)*(?<!\w){_TIME}(?!\w)"
WHEN = re.compile(WHEN_WORDS, re.IGNORECASE)  # in a subject as written (``Năm 2024``)
_WHEN_LAST = re.compile(r"\s(?:" + WHEN_WORDS + r")\s*\Z", re.IGNORECASE)


# Where the phrase before a figure starts: a clause mark (a dot not inside a number), a bracket.
# (a dot or comma between digits is a number's; a dot between letters an abbreviation's: ``tr.đồng``, ``TP.HCM``)
# (written as one look-ahead per mark, the engine tries each mark once: several times faster than alternatives)
_CLAUSE_START = re.compile(r"[;:()\[\]!?…\n•“]|,(?!(?<=\d,)\d)|\.(?!(?<=\w\.)\w)")
# Words that open or close that phrase without saying what is measured.
# A time said before them (``đến nay``, ``hiện có``) dates the figure; the period is read apart.
# (``chỉ bằng 82,5%``, "only": an adverb before the verb, not the noun of ``chỉ tiêu``)
# (a time first, before the ``trong`` that opens it alone: ``Trong 6 tháng đầu năm 2024 tỷ lệ …`` kept its months)
_BEFORE_OPEN = re.compile(r"(?:(?:(?:đến|trong|vào)(?:\s+(?:cuối|hết|giữa))?\s+" + _TIME
                          + r",?(?=\s+(?!(?:đạt|là|có|tăng|giảm|còn)\s)\w+\s)|"
                          r"và|với|trong đó|cụ thể|gồm|bao gồm|đồng thời|qua đó|kết quả|trong|tổng cộng|chiếm|đạt|"
                          r"có|đến nay|hiện nay|hiện có|phấn đấu|chỉ(?=\s+(?:bằng|đạt|có|còn|giảm|tăng|chiếm)(?!\w)))\s+)+")
_BEFORE_CLOSE = re.compile(r"(?:\s+(?:là|hiện có|có|ước|đối với|với|(?<!chưa\s)(?<!không\s)đạt|(?<!địa\s)(?<!chứng\s)(?<!đình\s)chỉ|chiếm|(?<!mặt\s)bằng|gồm|khoảng|được|dưới|hơn|gần|tới|đến|còn|phấn đấu|"
                           r"(?:vẫn|còn|chưa|khá|rất|quá)(?:\s+còn)?\s+(?:cao|thấp)|xuống|cho|từ|tại|x|×|(?<!đất\s)(?<!nhà\s)(?<!chỗ\s)(?<!nơi\s)ở)|(?<!trở)\s+lên|(?<!cấp)\s+trên)+$")  # (``trở lên``, "and above", and
# ``cấp trên``, "the level above", are one phrase each; ``chưa đạt``, "not passed", a grade's name, keeps its verb; and
# ``đất ở``, ``nhà ở``, land and houses to live in, keep their ``ở``; a times sign, ``200 suất quà x [500.000 đồng/suất]``,
# closes what the rate is per; a judgment of the level, ``Tỷ lệ hộ nghèo còn cao (12,5%)``, ``còn thấp, chỉ đạt 78%``, says
# how the value stands, not what it measures)


def _in_quotes(folded: str, pos: int, end: int) -> bool:
    """``pos`` lies inside a quoted name that closes before ``end``: more closing quotes than opening
    ones follow it (straight ones paired by ``paired_quotes``)."""
    rest = folded[pos:end]
    return rest.count("”") > rest.count("“")


def _in_abbreviation(text: str, at: int) -> bool:
    """A bracket around a name's abbreviation (``Chỉ số sản xuất công nghiệp (IIP) tháng 10 … tăng 5,2%``): part of the
    name, no aside that ends the clause before it."""
    if text[at] == "(":
        return _ABBREVIATION.match(text, at) is not None
    opening = text.rfind("(", max(0, at - 13), at)
    return opening >= 0 and _ABBREVIATION.fullmatch(text, opening, at + 1) is not None


_ABBREVIATION = regex.compile(r"\([ ]?\p{Lu}[\p{Lu}\d&-]{1,9}[ ]?\)")
_AVERAGE = re.compile(r"(?<!\w)(?:bình\s+quân|trung\s+bình)(?!\w)", re.IGNORECASE)
_MANAGED_BY = re.compile(r"\sdo\s[^,;.()]{3,90}?\s(?:quản\s+lý|thực\s+hiện|phụ\s+trách|chủ\s+trì|đảm\s+nhận)\s*(?:(?:ước\s+)?(?:đạt|là|được)\s*)?\Z")


def measured_before(text: str, folded: str, start: int, max_words: int = 12, restated: bool = False) -> str:
    """What a money, percent or measure figure measures, as the clause before it says:
    ``với tổng kinh phí [44.500.000 đồng]``, ``tỷ lệ phiếu hợp lệ [đạt 63,10%]``, from the last
    clause mark (a dot or comma inside a number is none) or ``max_words`` back, without the
    linking words at either end."""
    low = max(0, start - 120)
    folded = paired_quotes(folded)  # (an opening straight quote opens a clause as ``“`` does; a closing one does not)
    marks = [m for m in _CLAUSE_START.finditer(folded, low, start)
             if not (m.group() == "\n" and _wrapped(text, m.end())
                     or m.group() == "," and (joined_comma(folded, m.start()) or places_listed(text, m.start())
                                              or nouns_joined(folded, m.start(), start))
                     or m.group() in "()" and _in_abbreviation(text, m.start()))]
    if marks and "”" in folded[low:start]:
        # a name in quotes is one: ``Mô hình "5 không, 3 sạch" được triển khai tại [8/8 chi hội]``
        marks = [m for m in marks if not _in_quotes(folded, m.end(), start)]

    def after_last(marks: list[re.Match[str]]) -> int:
        return marks[-1].end() if marks else low

    marks = marks[:_aggregate_listed(folded, marks, low)]

    # (``tổng thu ngân sách trên địa bàn do Chi cục Thuế … quản lý [ước đạt 412.350 triệu đồng]``: who manages it is no
    # part of what was measured, and its long name took the phrase's words)
    managed = _MANAGED_BY.search(folded, after_last(marks), start) if " do " in folded[after_last(marks):start] else None
    # (a clause up to ``_WHOLE_CLAUSE`` words from its mark is taken whole: ``Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ
    # tiêu dùng tháng 10 ước đạt`` lost its ``Tổng`` at twelve; where no mark is near, the words may start inside a name)
    phrase = _phrase(text, folded, after_last(marks), managed.start() if managed else start, max_words,
                     whole=_WHOLE_CLAUSE if marks or low == 0 else 0)
    if " với " in phrase and (named := _amount_named(phrase)) is not None:
        # the name of an amount after ``với`` is extra words, as a bracket's are, and the count before it is what the amount
        # is of, no other figure's: the clause is whole as a subject is (``Kiểm sát thi hành án dân sự 1.256 việc với tổng
        # số tiền phải thi hành [hơn 45,678 tỷ đồng]`` kept ``án dân sự …`` of what was done)
        phrase = _phrase(text, folded, after_last(marks), managed.start() if managed else start,
                         max_words + len(named[0].split()), whole=_WHOLE_CLAUSE if marks or low == 0 else 0, counts_of=True)
    if not phrase and marks and folded[marks[-1].start()] == "," and _RATE_NAMED.search(
            folded, after_last(marks[:-1]), marks[-1].start()) and not any(
            c.isdigit() for c in folded[after_last(marks[:-1]):marks[-1].start()]):
        # ``huyện Hoằng Hóa có tỷ lệ gia đình văn hóa cao nhất, đạt [93,2%]``: a comma before the value's verb alone; the
        # rate the clause before it names (not where it names another figure: ``… 1.200 hộ, đạt 95%`` is that one's share)
        phrase = _phrase(text, folded, after_last(marks[:-1]), marks[-1].start(), max_words)
    elif phrase and marks and folded[marks[-1].start()] == "," and (
            kinds := _KIND_THEN_MOVE.fullmatch(folded, marks[-1].end(), start)) is not None \
            and fold(kinds["move"]) in MOVES and _RATE_NAMED.match(folded, skip_space(folded, after_last(marks[:-1]))) \
            and not ANY_DIGIT.search(folded, after_last(marks[:-1]), marks[-1].start()):
        # ``Tỷ lệ công dân có trình độ đại học, cao đẳng tăng [4,5%]``: a word or two and the move after the comma are one
        # more kind of what the rate the clause opens with measures (it measured ``cao đẳng tăng``)
        phrase = _phrase(text, folded, after_last(marks[:-1]), start, max_words + len(folded[marks[-1].end():start].split()))
    if restated and marks and folded[marks[-1].start()] == "(" and not (phrase and _AVERAGE.sub("", WHEN.sub("", phrase)).strip()):
        # (``… đạt 48,6% (cùng kỳ năm 2023 đạt 21,3%)``: a time alone in the bracket, the value restates what came before;
        # so does one that only says it is an average: ``tỷ lệ chi bộ hoàn thành tốt nhiệm vụ (đạt bình quân 84,6%)``)
        before = marks[:-1]
        if len(folded[after_last(before):marks[-1].start()].split()) <= 2:
            before = before[:_coordinated(folded, before, low)]  # (``có bằng cấp, chứng chỉ (đạt 28,5%)``: as before a figure)
        phrase = _bracketed_for(text, folded, after_last(before), marks[-1].start(), max_words,
                                whole=_WHOLE_CLAUSE if before or low == 0 else 0)
    moved = phrase if phrase and fold(phrase.split()[0]) in MOVES else ""
    if phrase and marks and folded[marks[-1].start()] == ")" and not _OWNED_BY_LEVEL.sub("", WHEN.sub("", phrase)).strip():
        phrase = ""  # ``Chỉ số hài lòng … (SIPAS) năm 2023 của tỉnh đạt 84,52%``: when and whose, not what: the words before
    named_with = bool(phrase) and not moved and marks and folded[marks[-1].start()] == ")" and \
        folded.startswith("với ", skip_space(folded, marks[-1].end()))
    if named_with:
        # ``02 dự án điện gió (Cà Mau 1A, Cà Mau 1B) với công suất [176 MW]``: the amount named after ``với`` is of the
        # things before the bracket (an aside to them), whatever number they are counted by
        opening = next((i for i in range(len(marks) - 2, -1, -1) if folded[marks[i].start()] == "("), None)
        if opening is not None:
            aside = len(text[marks[opening].start():marks[-1].end()].split())
            marks = marks[:opening]
            phrase = _phrase(text, folded, after_last(marks), start, max_words + aside)
    elif (not phrase or moved) and marks and folded[marks[-1].start()] == ")":
        # ``Tốc độ tăng trưởng (GRDP) ước đạt 7,85%``: a bracket is an aside to the words before it; so
        # is it before a move (``Tỷ lệ hộ nghèo (theo chuẩn …) giảm bình quân [0,5%/năm]``: what moved)
        opening = next((i for i in range(len(marks) - 2, -1, -1) if folded[marks[i].start()] == "("), None)
        # (not after another figure the bracket lists parts of: ``78 trường (mầm non 28 trường, …) với [1.245 nhóm]``;
        # a note on a count in the subject is an aside as after any word: ``cho 15 hộ (cận nghèo) là [750 triệu đồng]``)
        # (a time is no figure: ``Giá trị sản xuất … 6 tháng đầu năm 2025 (theo giá so sánh 2010) ước đạt``)
        if opening is not None and not (
                ANY_DIGIT.search(WHEN.sub("", folded[after_last(marks[:opening]):marks[opening].start()]))
                and ANY_DIGIT.search(folded, marks[opening].end(), marks[-1].start())):
            if moved:
                before = _phrase(text, folded, after_last(marks[:opening]), marks[opening].start(), max_words)
                phrase = f"{before} {moved}".strip()
            else:
                aside = len(text[marks[opening].start():marks[-1].end()].split())  # the bracket's words are extra
                marks = marks[:opening]
                phrase = _phrase(text, folded, after_last(marks), start, max_words + aside)
    elif phrase and len(phrase.split()) <= 2 and fold(phrase) not in MOVES and \
            text[after_last(marks):start].split()[:1] == phrase.split()[:1]:
        # (a clause opened by a linking word, ``, chiếm tỷ lệ``, is not a noun joined to the one before)
        coordinated = _coordinated(folded, marks, low)
        if coordinated < len(marks):
            marks = marks[:coordinated]
            phrase = _phrase(text, folded, after_last(marks), start, max_words)
    in_list = bool(marks) and folded[marks[-1].start()] == "," and folded[skip_space(folded, marks[-1].end()):][:1].isdigit()
    phrase = _after_other_figure(_named_after_with(phrase, in_list))
    if marks and folded[marks[-1].start()] == ":":
        topic = topic_of(text, folded, marks[-1].start())
        return f"{topic} {phrase}".strip() if topic else phrase
    return phrase


_SPACES = r"\s+"
_OWNED_BY_LEVEL = re.compile(rf"(?<!\w)của\s+(?:{unit_types(gap=_SPACES)})(?:\s+(?:ta|mình|nhà))?(?!\w)", re.IGNORECASE)
_NUMBER_TOKEN = re.compile(r"\S*\d\S*")
_COMPARISON = re.compile(r"(?:so|bằng|cùng kỳ)(?!\w)")


def _bracketed_for(text: str, folded: str, begin: int, opening: int, max_words: int, whole: int = 0) -> str:
    """``bằng 56,3% kế hoạch năm (20.000 ha)``: an amount alone in brackets restates the words before
    them, after any figure of the clause (the plan, not what the clause's first figure measured);
    after a comparison (``tăng 10% so cùng kỳ (10.049 tỷ đồng)``) it is the clause's subject's, left to
    the caller. A clause with no figure is what the value in its bracket is of (``Tỷ lệ hộ nghèo còn cao (12,5%)``): no
    unit of another amount opens it (``tỷ`` of ``Tỷ lệ`` is no billion), and it is taken whole, as ``measured_before`` takes
    a clause from its mark (``whole``)."""
    number = None
    for number in _NUMBER_TOKEN.finditer(text, begin, opening):
        pass
    at = number.end() if number else begin
    while at < opening and text[at].isspace():
        at += 1
    # (the unit of that figure: with none, the first word is no unit, ``tỷ lệ …`` no billion)
    unit = match_unit(folded, at) if number is not None else None
    if _COMPARISON.match(folded, at) or unit is not None and unit[0].dimension not in COUNT_DIMENSIONS:
        return ""  # (``trị giá 60 triệu đồng (đạt 100% …)``: a note on the amount before)
    return _phrase(text, folded, at, opening, max_words, whole=0 if number else whole)


_COMPARED_BEFORE = re.compile(r"(?<!\w)so(?:\s+với)?\s*\Z", re.IGNORECASE)


def words_after_numbers(phrase: str, given_to: bool = False) -> str:
    """The words of ``phrase`` after its last number and the noun that number counts, without linking
    words at either end; ``phrase`` itself when it holds no number or opens with one (``07 Liên hiệp
    HTX với [45 thành viên]``, ``còn 02 tỉnh sau hợp nhất khoảng [3 triệu dân]``: what the count is of).
    A number in quotes is a movement's name (``Mô hình "5 không, 3 sạch"``), one after a capitalised
    word a place's (``Tổ hợp tác Hoa kiểng Phường 4``): neither counts. ``given_to``: the count follows ``cho``,
    the ones an act gave to."""
    if "(" in phrase and ANY_DIGIT.search(phrase) is not None:
        # an aside in brackets, its number included, is no other figure's clause: ``trong đó hư hỏng nặng (trên 50%)
        # [138 nhà]`` counted ``nhà`` alone
        phrase = " ".join(_ASIDE.sub(" ", phrase).split()) or phrase
    if (tail := _WHEN_LAST.search(phrase)) is not None and any(c.isalpha() for c in phrase[:tail.start()]):
        # the time it is of, last (``Tổng lượt khách du lịch đến Thanh Hóa 6 tháng đầu năm 2024 ước đạt [9,5 triệu
        # lượt]``): no other figure's number, nor words of what is counted
        phrase = phrase[:tail.start()].rstrip(" ,")
    if ANY_DIGIT.search(phrase) is not None:
        # a time after the subject's words is no other figure, nor what is counted: ``Số lượng chi ủy viên nhiệm kỳ 2025 -
        # 2027 dự kiến [03 đồng chí]``, ``Dân số trung bình năm 2024 của huyện khoảng [295.000 người]``
        # (not a comparison's base: ``so với cùng kỳ năm 2024 giảm [03 vụ]`` says what the count moved against)
        for m in reversed([m for m in WHEN.finditer(phrase) if phrase[:m.start()].strip()
                           and not _COMPARED_BEFORE.search(phrase, 0, m.start())]):
            phrase = f"{phrase[:m.start()].rstrip()} {phrase[m.end():].lstrip()}".strip()
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(paired_quotes(phrase))]
    last = None
    for m in _NUMBER_TOKEN.finditer(phrase):
        before = phrase[:m.start()].split()
        if any(a <= m.start() < b for a, b in quoted) or before and (_names_by_number(before)
                                                                      or fold(before[-1]) in _NUMBERED_KINDS):
            continue  # (``trong đó mức độ 2 là [54.310 tài khoản]``, ``đợt 2 tiêm [1.250 con]``: which one, no count)
        last = m
    if last is None or all(fold(w) in _LEADS for w in phrase[:last.start()].split()):
        return phrase
    rest = phrase[last.end():].strip()
    folded = fold(rest)
    unit = match_unit(folded, 0)
    counts = unit is not None and unit[0].dimension in COUNT_DIMENSIONS
    noun = rest
    while unit is not None:  # past the other number's noun, and its scale words first (``185,3 tỷ đồng``)
        rest, folded = rest[unit[1]:].strip(), folded[unit[1]:].strip()
        unit = match_unit(folded, 0) if unit[0].dimension == "scale" else None
        # (and the nouns listed with it: ``38 xã, thị trấn``)
        if unit is None and (joint := _COORD.match(folded)) and joint.end() and match_unit(folded, joint.end()):
            rest, folded = rest[joint.end():], folded[joint.end():]
            unit = match_unit(folded, 0)
    if counts and (aside := BRACKET.match(rest)) is not None:
        # a bracket after the other number's noun is an aside to it: ``78 trường (công lập) với [1.245 nhóm]``
        rest, folded = rest[aside.end():], folded[aside.end():]
    if given_to and ANY_DIGIT.search(phrase, 0, last.start()) is None and (act := phrase[:last.start()].strip()):
        # ``Hỗ trợ 50 tấn gạo cho [1.200 hộ]``, ``Tặng 200 suất quà cho [150 hộ nghèo]``: the ones given to are
        # counted by the act and what it gave, without its amount (the thing counted stays: ``suất quà``); the act from
        # its tense word, not who did it (``Ngân hàng [đã giải ngân] 185,3 tỷ đồng hỗ trợ cho …``)
        if (tense := _TENSE.search(fold(act))) is not None:
            act = act[tense.start():]
        return f"{act} {noun if counts else rest}".strip()
    if (above := _AND_ABOVE.match(folded)) is not None:  # (``từ 80 tuổi trở lên có [138 đồng chí]``: the figure's end)
        rest, folded = rest[above.end():], folded[above.end():]
    rest = _phrase(rest, folded, 0, len(rest), len(rest.split())) if rest else ""
    return "" if fold(rest) in _LINKS_ALONE else rest


_TENSE = re.compile(r"(?<!\w)(?:đã|đang|sẽ|vừa)(?!\w)")


def _names_by_number(before: list[str]) -> bool:
    """Whether the word before a number makes it a name (``Tổ hợp tác Hoa kiểng Phường 4``, ``khu vực 2``): a
    capitalised word, unless it only opens the phrase as its sentence's first word does (``Tặng 200 suất quà``)."""
    word = fold(before[-1])
    return before[-1][:1].isupper() and (len(before) > 1 or word in TYPE_LEVELS) or (
        _NAMES_BY_NUMBER.search(fold(" ".join(before[-2:]))) is not None)


_ASIDE = re.compile(r"\([^()]*\d[^()]*\)")
BRACKET = re.compile(r"\([^()]*\)\s*")  # a bracket and the space after it (one level: ``(cũ)``, ``(công lập)``)
_QUOTED = re.compile(r"“[^”]*”?")
_NUMBERED_KINDS = frozenset({"độ", "mức", "loại", "hạng", "đợt", "lần", "khóa", "kỳ", "phần", "hiệu"})  # (``Huy hiệu 30 năm``)
_KIND_THEN_MOVE = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]+){1,2}(?P<move>(?:ước[ \t]+)?[^\W\d_]+)[ \t]+")
_RATE_NAMED = re.compile(r"(?<!\w)(?:tỷ\s+lệ|tỷ\s+trọng|chỉ\s+số|tốc\s+độ)(?!\w)")
_AND_ABOVE = re.compile(r"\s*trở\s+lên(?!\w)\s*")
_LEADS = frozenset({"còn", "có", "gồm", "với", "là", "đạt", "được", "sau", "trong", "qua", "hiện", "tổng", "cộng", "trên",
                    "dưới", "khoảng", "gần", "hơn", "từ"})
_LINKS_ALONE = frozenset({"của", "thuộc", "và", "với", "tại", "ở", "trong", "trên", "cho"})


# Another figure, then "và" before this one: ``bằng 98,6% dự toán … và tăng [8,2%]``.
# (``… chiếm 24,23% và dịch vụ chiếm [36,49%]``: the "và" right after the other figure too)
_OTHER_FIGURE_AND = re.compile(r".*\d\S*(?:\s.*?)?\svà\s+")


def _after_other_figure(phrase: str) -> str:
    """The words after the "và" that follows another figure in the phrase: those before it
    measure that figure (``… dự toán HĐND tỉnh giao và tăng [8,2%] so với cùng kỳ`` is ``tăng``,
    which the sentence's subject then completes)."""
    if " và" not in phrase or ANY_DIGIT.search(phrase) is None:
        return phrase
    if phrase.endswith(" và") and _OTHER_FIGURE_AND.fullmatch(phrase + " "):
        return ""  # ``2.350 viên ma túy tổng hợp và [18,4 gam] ma túy đá``: all the other figure's, none this one's
    m = _OTHER_FIGURE_AND.match(phrase)
    if m is None or m.end() >= len(phrase):
        return phrase
    number = None
    for number in _NUMBER_TOKEN.finditer(phrase, 0, m.end()):
        pass
    if number is not None:
        folded = fold(phrase)
        noun = match_unit(folded, skip_space(folded, number.end()))
        if noun is not None and noun[1] >= m.end() - 1:
            return phrase  # (``58 tổ tiết kiệm và vay vốn với tổng dư nợ …``: the ``và`` is inside the other's noun)
    return phrase[m.end():]


_WITH_PARTNER = frozenset({"hợp", "gắn", "đối", "so", "cùng", "kèm", "liền", "đi", "tương"})
_WITH_HEAD_WORDS = 6  # ``tổng kinh phí thực hiện``, ``tổng số tiền phải thi hành``: an amount's name is short


def _amount_named(phrase: str) -> tuple[str, str] | None:
    """``hỗ trợ 10 chị với tổng số tiền``: the name of an amount after the phrase's last "với" and the clause before
    it, or None where the "với" names no amount."""
    at = phrase.rfind(" với ")  # (mid-phrase, the word is in lower case; most phrases have none)
    if at <= 0:
        return None
    head, rest = phrase[at + 5:].strip(), phrase[:at].strip()
    words = head.split()
    # ``phối hợp với``, ``gắn với``, ``so với``: a verb's partner; ``với sự tham gia``: no amount named
    if not words or len(words) > _WITH_HEAD_WORDS or words[0].lower() == "sự" or ANY_DIGIT.search(head) is not None \
            or rest.rsplit(None, 1)[-1].lower() in _WITH_PARTNER and not fold(rest).endswith("trường hợp"):
        return None  # (``xử phạt 8.102 trường hợp với số tiền``: a count of cases, no ``phối hợp với``)
    return head, rest


def _named_after_with(phrase: str, listed: bool = False) -> str:
    """``hỗ trợ 10 chị với tổng số tiền [50 triệu đồng]``: the words after the last "với" (not "so
    với") name what the figure is; what the clause did with it follows them (``tổng số tiền hỗ
    trợ 10 chị``), without the words that only say when or where it was done (``Năm 2023 có 14 vụ cháy với tổng diện
    tích thiệt hại`` is ``tổng diện tích thiệt hại 14 vụ cháy``: the figure's period and place say them). ``listed``:
    the clause is a list's item, a count after a comma, not what the amount is of."""
    if (named := _amount_named(phrase)) is None:
        return phrase
    head, rest = named
    if listed:
        # ``Huyện Hải Hậu có 32 xã, 03 thị trấn với tổng diện tích tự nhiên``: a list's last item, what the whole has
        # before the list (it was ``tổng diện tích tự nhiên 03 thị trấn``)
        return head
    rest = _past_when_and_where(rest)
    # (a bracket is an aside, its words extra: ``Tỉnh đã hoàn thành 02 dự án điện gió (Cà Mau 1A, Cà Mau 1B)`` is whole)
    long = len(BRACKET.sub(" ", rest).split()) > _WITH_CLAUSE_WORDS
    return f"{head} {_act_of(rest) if long else rest}".strip()


_WITH_CLAUSE_WORDS = 12  # a phrase's usual length: a clause before an amount's name up to it is whole


def _act_of(clause: str) -> str:
    """The act a long clause did to the things it counts, from its tense word, not who did it (``Mặt trận và các đoàn thể
    thị xã mỗi đợt ra quân đã hỗ trợ 44 xuất/07 đơn vị`` → ``đã hỗ trợ 44 xuất/07 đơn vị``), as ``words_after_numbers``
    reads an act before the ones it gave to; the clause whole when no tense word comes before its count."""
    number = ANY_DIGIT.search(clause)
    tense = _TENSE.search(fold(clause), 0, number.start()) if number is not None else None
    return clause[tense.start():] if tense is not None else clause


# the words that open a clause saying only where: ``trên địa bàn huyện Yên Thành`` (its ``trên`` may be cut with the
# phrase's length), ``Toàn huyện``, ``Huyện Yên Thành`` (a type alone, ``xã có trên 10.000 dân``, says whose)
_WHERE_OPENING = regex.compile(rf"(?:(?i:(?:trên\s+)?địa\s+bàn|(?:trên\s+)?toàn|tại|ở)(?:\s+(?i:{unit_types(gap=_SPACES)})"
                               rf"(?:\s+\p{{Lu}}\w*)*)?|(?i:{unit_types(gap=_SPACES)})(?:\s+\p{{Lu}}\w*)+)(?!\w)[\s,]*")


def _past_when_and_where(clause: str) -> str:
    """``clause`` past the time and the place it opens with and the linking words after them (``Năm 2023 có``,
    ``trên địa bàn huyện Yên Thành``)."""
    while (m := WHEN.match(clause) or _WHERE_OPENING.match(clause)) is not None and m.end():
        clause = without_opening_links(clause[m.end():].lstrip(" ,"))
    return clause


# Phrases that open a sentence and end at a comma without naming anything (``Bên cạnh đó, …``).
_DISCOURSE = frozenset({"bên cạnh đó", "ngoài ra", "tuy nhiên", "trong đó", "đồng thời", "qua đó", "nhìn chung",
                        "nhờ vậy", "nhờ đó", "theo đó", "cụ thể", "mặt khác", "do đó", "vì vậy", "như vậy", "kết quả",
                        "hiện nay", "đến nay", "trong năm", "trong kỳ", "riêng"})


def _aggregate_listed(folded: str, marks: list[re.Match[str]], low: int) -> int:
    """How many of ``marks`` remain when the clause opens with a total's or a rate's head over nouns listed with commas
    (``Tổng số phí, lệ phí thu được [86,5 triệu đồng]``, ``Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt
    [92,4%]``, ``Tổng kinh phí bồi thường, hỗ trợ, tái định cư``): the commas list what is totalled, not clauses (the
    phrase kept only the last noun's words). Each listed part is short and names no number nor an act
    (``Tổng thu ngân sách đạt 125 tỷ đồng, tăng …`` is two clauses)."""
    first = len(marks)
    while first and folded[marks[first - 1].start()] == ",":
        first -= 1
    if first == len(marks):
        return first
    begin = marks[first - 1].end() if first else low
    head = _AGGREGATE_HEAD.match(folded, begin, marks[first].start())
    if head is None:
        return len(marks)
    ends = [m.start() for m in marks[first:]]
    parts = [folded[begin:ends[0]]] + [folded[a.end():b] for a, b in zip(marks[first:], ends[1:])]
    if all(len(part.split()) <= (_LISTED_WORDS + 3 if i == 0 else _LISTED_WORDS) and not ANY_DIGIT.search(part)
           and not _ACT_WORDS.intersection(part.split()) for i, part in enumerate(parts)):
        return first
    return len(marks)


_AGGREGATE_HEAD = re.compile(r"\s*(?:[-+•*]\s*)?(?:tổng(?:\s+số)?(?!\s+(?:hợp|kết|thể|quát))|tỷ\s+lệ|số\s+lượng|chỉ\s+số)\s",
                             re.IGNORECASE)
_LISTED_WORDS = 4
# words that make a listed part a clause of its own (an act or a link), not a noun totalled
_ACT_WORDS = frozenset({"đã", "được", "đang", "sẽ", "có", "là", "đạt", "tăng", "giảm", "chiếm", "bằng", "còn", "gồm"})


def _coordinated(folded: str, marks: list[re.Match[str]], low: int) -> int:
    """How many of ``marks`` (clause marks after ``low``) remain when commas that join short nouns
    are not clause marks: ``thu từ hoạt động xuất, nhập khẩu [500 tỷ đồng]``, ``Ngư, nông, lâm
    nghiệp chiếm [27,31%]``. The phrase after the last comma has at most two words (the caller's
    test); each comma before it is kept out while the words before it are as short, hold no number
    (another figure's clause: ``đàn trâu 12.350 con, đàn bò``) and are not a sentence opener
    (``Bên cạnh đó, kim ngạch``)."""
    keep = len(marks)
    while keep and folded[marks[keep - 1].start()] == ",":
        begin = marks[keep - 2].end() if keep > 1 else low
        before = folded[begin:marks[keep - 1].start()]
        words = before.split()
        if not words or ANY_DIGIT.search(before) is not None or " ".join(words) in _DISCOURSE:
            break
        if len(words) > 2:
            # ``thu từ hoạt động xuất``: the first of two nouns may end a longer phrase; after a
            # list of short ones (``được tăng cường, đẩy mạnh, thu hút``), it is a clause of its own
            return keep - 1 if keep == len(marks) else keep
        keep -= 1
    return keep


def _wrapped(text: str, after: int) -> bool:
    """A line break that only wraps a line: the next line goes on in lower case (``Ngư, nông,⏎lâm
    nghiệp``), where a new item or sentence starts with a capital, a number or a bullet."""
    return text[after:after + 1].islower()


# Where a sentence ends (a dot inside a number does not end one): a ``topic:`` opens the next, and
# a figure takes no subject from a figure across it.
SENTENCE_END = re.compile(r"[;!?\n]|\.(?!\d)")
# The numbering of a list item before a topic.
_ITEM_NUMBER = re.compile(r"(?:\(?(?:[a-zđ]|\d{1,2})\)|\d{1,2}(?:\.\d{1,2})*\.?|[ivx]{1,4}\.|[-+*•])\s+")
# an item of a list the sentence opened, each with its own topic (``gồm: (1) Dự án …: 250 tỷ đồng; (2) Dự án …: 85 tỷ``)
_ITEM_START = re.compile(r"[;:]")


def topic_of(text: str, folded: str, colon: int) -> str:
    """``a) Chi đầu tư phát triển: Ước thực hiện cả năm 5.817 tỷ đồng``: the few words before a
    colon that open their sentence name what the clause after it measures (not ``Trong đó:``,
    nor a sentence that a colon only turns to a list)."""
    ends = list(SENTENCE_END.finditer(folded, max(0, colon - 100), colon))
    begin = ends[-1].end() if ends else max(0, colon - 100)
    items = list(_ITEM_START.finditer(folded, begin, colon))
    if items:
        begin = items[-1].end()
    elif not ends and begin:
        return ""  # more than the window: a sentence, not a topic
    opening = folded.rfind("(", begin, colon)
    if opening >= 0 and folded.find(")", opening, colon) < 0:
        begin = opening + 1  # ``(nữ: 456 đồng chí)``: the bracket's own topic
    while begin < colon and folded[begin].isspace():
        begin += 1
    item = _ITEM_NUMBER.match(folded, begin, colon)
    topic = " ".join(text[item.end() if item else begin:colon].split())
    # (an aside in brackets and a quoted name are one word each: ``Ngân sách Trung ương (vốn sự nghiệp Chương trình …)``,
    # ``Quỹ “Vì người nghèo” của Ủy ban MTTQ Việt Nam xã``)
    if not topic or len(_ASIDE_OR_NAME.sub("x", topic).split()) > 10:
        return ""
    said = fold(topic)
    if _BEFORE_OPEN.fullmatch(said + " "):
        return ""
    if _PARTS_FOLLOW.search(said):
        return ""  # (``Tổng kinh phí dự kiến 45.650 triệu đồng, trong đó:``: the whole, given; its parts follow the colon)
    return topic


_PARTS_FOLLOW = re.compile(r"\d[^,;]*,\s*(?:trong đó|bao gồm|gồm)\s*\Z")
_ASIDE_OR_NAME = re.compile(r"\([^()]*\)|“[^“”]*”|\"[^\"]*\"")


# How a figure moved, with no word of what moved: such a clause measures what the figure before it did.
MOVES = frozenset({"", "tăng", "giảm", "vượt", "đạt", "bằng", "ước", "ước đạt", "ước tăng", "ước giảm", "ước vượt"})


def without_average(folded: str) -> str:
    """A folded clause without the words that say its move is an average (``bình quân tăng``, ``tăng bình quân``: the
    move, by year), so it is read as the move alone; the clause itself when it holds nothing else (``bình quân``)."""
    bare = " ".join(_AVERAGE.sub(" ", folded).split())
    return bare or folded


_WHOLE_CLAUSE = 20
_DIGIT = re.compile(r"\d")
# what ``str.isdigit`` takes: digits, and the superscripts (``m²``), in one search where a generator asked each character
ANY_DIGIT = re.compile(r"[\d\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]")


def _phrase(text: str, folded: str, begin: int, end: int, max_words: int, whole: int = 0, counts_of: bool = False) -> str:
    """The last ``max_words`` words of ``text[begin:end]`` (all of them up to ``whole`` words, or a few more), a word cut
    at ``begin`` left out, without the linking words at either end nor a moment by the clock. ``counts_of``: a number
    in it counts what the figure is of (an amount named after ``với``), no other figure's."""
    said = _without_moments(text, folded, begin, end)
    words = said.split()
    if begin and words and not folded[begin - 1].isspace() and folded[begin - 1].isalnum():
        words = words[1:]
    # (not past another number: ``đã hỗ trợ 07 tấn gạo …`` is that figure's; a time's number is none, it says when the
    # subject is of: ``Vốn đầu tư thực hiện từ nguồn ngân sách nhà nước … tháng 10/2024 ước đạt`` lost ``Vốn đầu tư``)
    other_number = not counts_of and _DIGIT.search(said) is not None and _DIGIT.search(WHEN.sub(" ", said)) is not None
    # a clause a few words past the limit is taken whole: a subject its head opens (``Diện tích lúa vụ Mùa của các hộ
    # dân ở vùng trũng ven sông bị ngập sâu …`` kept ``vùng trũng ven sông …``), and its verb right before the figure
    whole_clause = whole and len(words) <= whole + _CLAUSE_EXTRA and not other_number
    first = max(0, len(words) - max_words) if not whole_clause and (len(words) > whole or other_number) else 0
    if first:  # a time named in the phrase (``ước thực hiện năm 2024``) says when, not what: its words are extra,
        # and so are a cited rule's (``Tỷ lệ hộ nghèo theo chuẩn … quy định tại Nghị định số 07/2021/NĐ-CP của Chính phủ``)
        first = max(0, first - sum(len(m.group().split()) for m in WHEN.finditer(text, begin, end))
                    - sum(len(m.group().split()) for m in _citation().finditer(folded, begin, end)))
    if first:
        first -= word_cut_at(words, first)
    if first and fold(words[first]) == "đó" and fold(words[first - 1]) in ("trong", "qua"):
        first -= 1  # (``[trong] đó đang cai nghiện … 38 người``: cut inside ``trong đó``, which opens no phrase whole)
    if first and (opening := _name_cut_at(paired_quotes(folded[begin:end]).split()[-len(words):], first)) is not None:
        first = opening  # (``… “Quỹ vì người [nghèo” đã hỗ trợ …``: a quoted name whole, or not at all; its words as
        # folded, where straight quotes are paired)
    phrase = " ".join(words[first:])
    lowered = f" {fold(phrase)} "  # a space at each end: a phrase that is one linking word (``có``) is all edge
    closed = _BEFORE_CLOSE.search(lowered, 0, len(lowered) - 1)
    begin_at = _opening_links_end(phrase, lowered)
    # (a list item's mark, ``- 100% diện tích``, ``(10) 100% trường học``, opens no phrase)
    return _BRACKETED_NUMBER.sub("", phrase[begin_at:closed.start() if closed else len(phrase)].strip().lstrip("-–+*• \t"))


_BRACKETED_NUMBER = re.compile(r"^\(\d{1,2}\)\s*")


def without_opening_links(phrase: str) -> str:
    """``phrase`` without the linking words that open it (``có diện tích tự nhiên`` is ``diện tích tự nhiên``)."""
    return phrase[_opening_links_end(phrase, f" {fold(phrase)} "):].lstrip()


def _opening_links_end(phrase: str, lowered: str) -> int:
    """Where the linking words that open ``phrase`` end (0 when none does); ``lowered`` is it folded, a space at each
    end."""
    opened = _BEFORE_OPEN.match(lowered, 1)
    if opened is None:
        return 0
    begin_at = opened.end() - 1
    # a linking word that is the first half of a word goes with it: ``[có] mặt 35/38 đồng chí``
    stripped, rest = phrase[:begin_at].split(), phrase[begin_at:].split()
    # (not the tail of a two-word one: ``Phấn đấu giá trị sản xuất`` is no ``đấu giá``, an auction)
    if stripped and rest and _BEFORE_OPEN.fullmatch(fold(stripped[-1]) + " ") and listed([stripped[-1], rest[0]]):
        begin_at = phrase.rfind(stripped[-1], 0, begin_at)
    return begin_at
# A moment by the clock, its day with it: ``lúc 19 giờ ngày 19/10/2020``, ``14h30 ngày 10/10``, ``lúc 7 giờ``.
_DAY = r"(?:\s*,?\s*(?:ngày|hôm)\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?(?!\d))"
_MOMENT = re.compile(rf"(?<!\w)(?:(?:vào\s+)?lúc\s+{CLOCK}{_DAY}?|{CLOCK}{_DAY})")


def _without_moments(text: str, folded: str, begin: int, end: int) -> str:
    """``text[begin:end]`` with its moments by the clock blanked: when a level was read (``Mực nước sông Gianh tại Mai
    Hóa lúc 19 giờ ngày 19/10/2020 đạt đỉnh``) is no word of what is measured, nor its numbers another figure's."""
    said = text[begin:end]
    if _DIGIT.search(said) is None:
        return said  # most phrases
    for m in _MOMENT.finditer(folded, begin, end):
        said = f"{said[:m.start() - begin]}{' ' * (m.end() - m.start())}{said[m.end() - begin:]}"
    return said


def _name_cut_at(words: list[str], at: int) -> int | None:
    """Where the quoted name that a phrase starting at ``words[at]`` would cut opens, or None when it cuts none."""
    kept = " ".join(words[at:])
    closing = kept.find("”")
    if closing < 0 or 0 <= kept.find("“") < closing:
        return None
    return next((i for i in range(at - 1, -1, -1) if "“" in words[i]), None)


def word_cut_at(words: list[str], at: int) -> int:
    """How many syllables before ``words[at]`` belong to the word it ends (0 when none does):
    a phrase cut at a count of syllables must not start inside a word (``[diện] tích dừa``)."""
    for back in (2, 1):
        if at >= back and listed(words[at - back:at + 1]):
            return back
    return 0


def _vietnamese(word: str) -> bool:
    """Each syllable a word of underthesea's list, or an acronym (``3.687 HVTN``): after a number
    the tagger calls most words nouns, also a digit group (``8 223``), a sign or an English word."""
    if word.isupper() and word.isalpha():
        return True
    words = lexicon()
    return all(syllable in words for syllable in fold(word).split())


@lru_cache(maxsize=None)
def _words_up_to(count: int) -> re.Pattern[str]:
    """Up to ``count`` ``_WORD``s with the spaces before them, in one match: a greedy ``_WORD``
    takes a whole word, so each repetition is one word, and a finditer loop costs more."""
    return re.compile(rf"(?:\s*{_WORD.pattern}){{1,{count}}}")


@lru_cache(maxsize=1)
def _pos_tagger() -> tuple[Callable[[list[list[str]]], list[str]],
                           Callable[[list[list[list[str]]]], list[list[list[str]]]], list[tuple[int, int, str]]]:
    """underthesea's POS model (what ``underthesea.pos_tag`` runs), with its features built by
    underthesea_core's ``CRFFeaturizer`` from the model's own templates instead of the per-token
    Python ``template2features`` (a regex parse of every template for every token: most of a
    call's millisecond). The two agree on every feature but ``istitle``, which the Rust one
    computes differently (``2017`` is a title there); those few are recomputed with
    underthesea's own ``text_istitle``, so the tags are the ones ``pos_tag`` gives.
    Imported on first need: loading takes a second."""
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor
    from underthesea_core import CRFFeaturizer

    predictor = CRFPOSTagPredictor.Instance()
    templates = predictor.transformer.template
    featurizer = CRFFeaturizer(templates, set())
    # (feature index, token offset, template) of each ``istitle`` feature
    istitle = [(n, int(re.match(r"T\[(-?\d+)\]", t).group(1)), t) for n, t in enumerate(templates)
               if t.endswith(".istitle")]
    return predictor.model.tag, featurizer.process, istitle


@lru_cache(maxsize=1)
def _segmenter() -> tuple[Callable[[list[list[str]]], list[str]], dict[str, str], re.Pattern[str]]:
    """What ``underthesea.word_tokenize`` runs after its tokenizer: its segmentation model's
    ``predict`` (the model loaded on first need, as there), the token normalisation table, and
    the test for a phrase whose tokens are its space-separated words."""
    import underthesea.pipeline.word_tokenize as segmentation
    from underthesea.pipeline.text_normalize.text_normalizer import token_map
    from underthesea.pipeline.word_tokenize import regex_tokenize

    if segmentation.word_tokenize_model is None:
        segmentation.word_tokenize("một hai")  # loads the model exactly as underthesea does
    letters = regex_tokenize.W  # "[A-Z...]": precomposed letters only, so such a phrase is NFC as it stands
    # the tokenizer's "Th.S" abbreviation has an unescaped dot: "Th" + any character + "s" is one token there
    plain = re.compile(rf"(?!.*Th.[sS]){letters}+(?: {letters}+)*")
    return segmentation.word_tokenize_model.predict, token_map, plain


def _word_segments(phrase: str) -> list[str]:
    """``underthesea.word_tokenize(phrase)``, without its regex tokenizer for a phrase of plain
    words (most): a word of letters is one token there, ``token_normalize`` only maps a few
    misspelt syllables, and a single token is a single segment without asking the model."""
    from underthesea import word_tokenize

    predict, token_map, plain = _segmenter()
    if not plain.fullmatch(phrase):
        return word_tokenize(phrase)
    tokens = [token_map.get(t, t) if len(t) <= 6 else t for t in phrase.split(" ")]
    if len(tokens) == 1:
        return tokens
    words: list[str] = []  # word_tokenize's own merge: an I-W token continues the word before it
    for token, label in zip(tokens, predict([[token] for token in tokens])):
        if label == "I-W" and words:
            words[-1] += " " + token
        else:
            words.append(token)
    return words


@text_cache(maxsize=4096)
def _tags(phrase: str) -> tuple[tuple[str, str], ...]:
    """POS tags of the words of ``phrase`` as they follow a number: the tagger is given the number
    it follows (a ``1``), since alone a one-word phrase reads as a numeral (``tình nguyện viên``, ``bóng
    đèn``: ``M``) and was no counted noun."""
    from underthesea.pipeline.pos_tag.tagged_feature import text_istitle

    words = _word_segments(phrase)
    if not words:
        return ()
    words = ["1", *words]
    tag, featurize, istitle = _pos_tagger()
    features = featurize([[[w, "X"] for w in words]])[0]
    titles = [text_istitle(w) for w in words]  # each word's, once: three templates read it
    for i, row in enumerate(features):
        for n, offset, template in istitle:
            if 0 <= i + offset < len(words):
                row[n] = f"{template}={titles[i + offset]}"
    return tuple(zip(words, tag(features)))[1:]


@lru_cache(maxsize=4096)
def _token_pattern(folded_word: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(part) for part in folded_word.split()))


def _locate(folded: str, pos: int, limit: int, word: str) -> int | None:
    """End offset of ``word`` (a tagger token) at ``pos``; tokens may span line breaks."""
    m = _token_pattern(fold(word)).match(folded, skip_space(folded, pos), limit)
    return m.end() if m else None


def tagged_classifier(word: str) -> bool:
    """Whether the tagger reads ``word`` after a number as a classifier (``bản``, ``tờ``, ``quyển``): a unit of count
    the vocabulary need not list, where a lone noun (``nữ``), an adjective (``cũ``) or a name (``KH``) is none."""
    tags = _tags(word)
    return len(tags) == 1 and tags[0][1] == "Nc" and tags[0][0] == word


def _tagged_nouns(text: str, folded: str, pos: int, first_only: bool = False) -> int | None:
    """End of the head noun the tagger finds at ``pos`` (classifier + noun as one, unless ``first_only``)."""
    end = phrase_end(folded, pos, max_words=5)
    if end <= pos:
        return None
    phrase = " ".join(text[pos:end].split())
    tags = _tags(phrase)
    if not tags or tags[0][1] not in NOUN_TAGS or not _vietnamese(tags[0][0]):
        return None
    first = _locate(folded, pos, end, tags[0][0])
    if first is None:
        return None
    if first_only:
        return first
    # a classifier and its noun (``con bò``), or two the segmenter split of one listed word (``cánh đồng``)
    if len(tags) > 1 and tags[1][1] in NOUN_TAGS and (
            tags[0][1] == "Nc" or listed([tags[0][0], tags[1][0]])):
        second = _locate(folded, first, end, tags[1][0])
        return second if second is not None else first
    return first


# bodies a text lists with people as the parties an act concerns (``xử phạt 25 tổ chức, cá nhân``, ``cá nhân, doanh nghiệp``)
_PARTIES = ("tổ chức", "doanh nghiệp", "cơ quan", "cơ sở")


def _parties(folded: str, end: int, nxt: Unit) -> bool:
    """A body noun and a person's joined by the comma (either way round): one count of parties."""
    first = folded[:end]
    return (first.endswith(_PARTIES) and nxt.dimension in ("person", "household")
            or nxt.surface in _PARTIES and first.endswith(("cá nhân", "hộ gia đình", "hộ")))


def coordinated_nouns(folded: str, end: int, dimension: str) -> int:
    """Where a counted noun ending at ``end`` ends with the nouns of its kind joined to it, and with the one that
    qualifies it and the nouns joined to that (``285 cán bộ chi hội trưởng, chi hội phó``: it ended at ``trưởng``)."""
    if dimension not in _COORDINABLE:
        return end
    end = _joined_nouns(folded, end, dimension)
    # "hội viên nông dân", "cán bộ công chức": a second noun of the same kind qualifies the first
    nxt = match_unit(folded, skip_space(folded, end)) if folded[end:end + 1] == " " and dimension in _QUALIFIED_BY_NOUN else None
    if nxt is not None and nxt[0].dimension == dimension and nxt[0].surface != "người":
        # (not ``người``: ``2.413 hội viên người dân tộc thiểu số`` opens who they are, no noun of its own)
        end = _joined_nouns(folded, nxt[1], dimension)
    return end


def _joined_nouns(folded: str, end: int, dimension: str) -> int:
    """Where the nouns of a counted noun's kind joined to it by commas or ``và`` end (``38 xã, thị trấn``)."""
    while True:
        sep = _COORD.match(folded, end)
        if not sep or sep.end() == end:
            return end
        nxt = match_unit(folded, sep.end())
        if nxt is None or not (nxt[0].dimension in _JOINED_KINDS[dimension] or _parties(folded, end, nxt[0])) or \
                _counted_later(folded, nxt[1], dimension):
            return end
        end = nxt[1]


_AND = re.compile(r"(?<!\w)và(?!\w)")
# (a bracket in the next item's name is passed: ``xã Nam Xuân (cũ) 8 thôn``)
_CLAUSE_NUMBER = re.compile(r"(?:[^,;.:()\d]|\([^,;.:()\d]*\))*?(?<!\w)(\d[\d.,]*)[ \t]+")


def _counted_later(folded: str, pos: int, dimension: str) -> bool:
    """``17 đồng chí, đảng viên nữ 45 đồng chí``: a noun after the comma that its own clause counts
    again, in a noun of its kind, opens the next item; it is not joined to the count before."""
    m = _CLAUSE_NUMBER.match(folded, pos)
    if m is None or _AND.search(m.group()):
        return False  # ``15/15 xã, phường và 13 huyện``: ``và`` closes the list; the next count is an item of its own
    after = match_unit(folded, m.end())
    return after is not None and after[0].dimension == dimension


def _phrase_after(folded: str, pos: int, end: int) -> int:
    """End of the phrase a count's noun at ``pos:end`` opens; nouns joined by a comma (``lượt đoàn
    viên, hội viên và nhân dân tham dự``, ``nhóm Zalo, Facebook của các chi hội``) are passed before the phrase may
    stop."""
    if "," in folded[pos:end]:
        # (``xã, phường, thị trấn đạt chuẩn …``: the words after the nouns)
        return _past_joined_nouns(folded, pos, max(end, phrase_end(folded, end)))
    stop = phrase_end(folded, pos)
    return _past_joined_nouns(folded, pos, stop if stop >= end else max(end, phrase_end(folded, end)))


def noun_phrase_end(folded: str, pos: int) -> int:
    """``phrase_end``, past the nouns of one kind joined to a listed noun at ``pos`` (``98,5% cán bộ,
    đảng viên tham gia``), and past the short nouns a comma joins (``1.240 m3 cát, sỏi``): what a percent, an amount
    or a measure is of."""
    found = match_unit(folded, pos)
    if found is None or found[0].dimension not in _COORDINABLE:
        return _past_joined_nouns(folded, pos, phrase_end(folded, pos))
    return _phrase_after(folded, pos, coordinated_nouns(folded, found[1], found[0].dimension))


def _past_joined_nouns(folded: str, pos: int, end: int) -> int:
    """Where a phrase from ``pos`` that stopped at ``end`` ends when the comma there joins more short nouns to it
    (``nouns_joined``): the phrase goes on after them; and when, past nouns its commas joined, ``và`` there opens the
    list's last nouns, run on to the clause's end (``187 tin báo, tố giác về tội phạm và kiến nghị khởi tố``)."""
    while folded[end:end + 1] == "," and nouns_joined(folded, end, min(len(folded), end + _PHRASE_WINDOW)):
        after = phrase_end(folded, skip_space(folded, end + 1))
        if after <= end + 1:
            break
        end = after
    if "," in folded[pos:end] and (link := _AND_LAST.match(folded, end)) is not None \
            and not folded[link.end():link.end() + 1].isdigit() and nouns_joined(folded, link.end() - 1, min(len(folded), link.end() + _PHRASE_WINDOW)):
        end = max(end, phrase_end(folded, link.end()))
    return end


_AND_LAST = re.compile(r"[ \t]+và[ \t]+")


# ``14/14 Đoàn cấp huyện``, ``12 Hội cấp cơ sở``: a body counted at a level, the level its noun's (the tagger
# gave ``Đoàn cấp``, cut inside the level)
_AT_LEVEL = re.compile(r"(?:(?<=cấp)|[ \t]+cấp)[ \t]+(?:huyện|xã|tỉnh|thành phố|thị xã|quận|phường|thị trấn|cơ sở|trung ương)(?!\w)")


def _with_level(folded: str, end: int) -> int:
    m = _AT_LEVEL.match(folded, end) if "cấp" in folded[end - 3:end + 6] else None
    return m.end() if m else end


def counted_at(text: str, folded: str, pos: int) -> Counted | None:
    """The counted noun starting at ``pos``, or None when no noun follows the number."""
    found = match_unit(folded, pos)
    if found is not None and found[0].dimension not in COUNT_DIMENSIONS:
        return None
    if found is None:
        end = _tagged_nouns(text, folded, pos)
        if end is None:
            return None
        end = _with_level(folded, end)
        return Counted(end, _phrase_after(folded, pos, end), "count")
    unit, end = found
    if unit.dimension == "classifier":
        # "căn nhà", "lượt người", "con bò": the classifier and the noun it classifies
        after = match_unit(folded, skip_space(folded, end))
        if after is not None and after[0].dimension in COUNT_DIMENSIONS:
            end = coordinated_nouns(folded, after[1], after[0].dimension)  # "lượt đoàn viên, hội viên"
        elif folded[end:end + 1] in (" ", "\t"):
            noun_end = _tagged_nouns(text, folded, skip_space(folded, end), first_only=True)
            end = noun_end if noun_end is not None else end
        return Counted(end, _phrase_after(folded, pos, end), "count")
    end = coordinated_nouns(folded, end, unit.dimension)
    return Counted(end, _phrase_after(folded, pos, end), unit.dimension)
