"""The output tables' columns: one definition serves the writer, the
``datapackage.json`` and the README, so they cannot drift apart.

Types are Frictionless table-schema types; ``ARROW`` maps them for Parquet so
an empty table is still correctly typed.
"""
from __future__ import annotations

import pyarrow as pa

Column = tuple[str, str, str]  # name, frictionless type, description

SPAN: list[Column] = [
    ("doc_id", "string", "Document id (from documents)."),
    ("block_id", "integer", "Block the item was found in (from blocks)."),
    ("char_start", "integer", "Start of the item in the block's text (0-based, code points)."),
    ("char_end", "integer", "End (exclusive); block text [char_start:char_end] == text."),
    ("text", "string", "The exact text of the item, original spelling."),
    ("where", "string", "`body`, or `fn:N` for the N-th footnote by order."),
]

TABLES: dict[str, list[Column]] = {
    "documents": [
        ("doc_id", "string", "Stable id: the file's path relative to its input root."),
        ("path", "string", "Path as given, relative to the input root."),
        ("format", "string", "Detected format: text, markdown, html, mhtml, docx, doc, rtf, odt, fodt, pdf, image (a scan, OCR'd), zip (an archive of other files, not a report itself) or json (data, not a report): both error rows, empty (0 bytes: an error row), or unknown."),
        ("sha256", "string", "SHA-256 of the file's bytes."),
        ("status", "string", "`ok` or `error`."),
        ("error", "string", "Why the file failed (null when ok)."),
        ("encoding", "string", "Detected text encoding (utf-8, utf-16, cp1258, tcvn3, vni), null for binary formats; for a Word file whose runs are typed in legacy fonts (`.VnTime`, `.VnTimeH`: TCVN3; `VNI-Times`: VNI), the table they were read through."),
        ("title", "string", "Document title as printed: the type line and its subject (`BÁO CÁO Kết quả …`); a letter's subject line (`V/v triển khai …`); a news item's headline."),
        ("own_symbol", "string", "The document's own number/symbol (e.g. `178-BC/TU`, `-BC/TU` on a blank draft)."),
        ("issued_date", "date", "The report's own date (ISO); null when the day is blank."),
        ("period_start", "date", "Start of the period the report covers: the days a line under its title says its figures cover (`(Số liệu tính từ ngày 15/12/2022 đến ngày 14/12/2023)`), else the period its title names (`Quý II năm 2022`, `giai đoạn 2017-2020`), else a review's N years up to its date (`tổng kết 10 năm thực hiện Chỉ thị số 28-CT/TW ngày 21/9/2013` → 2013-09-21), else one of its first lines."),
        ("period_end", "date", "End of the period the report covers."),
        ("effective_date", "date", "The day the document takes effect, as its closing article writes it (`Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026`; `… kể từ ngày ký` is its issue date); null for a report, which states none."),
        ("published", "string", "Publication date/time of a web page, as ISO."),
        ("issuing_body", "string", "Issuing organisation as printed in the header: the lowest body printed, with a board or department printed under it (`ĐẢNG ỦY XÃ THẠCH HÀ` over `ỦY BAN KIỂM TRA`: `ỦY BAN KIỂM TRA ĐẢNG ỦY XÃ THẠCH HÀ`; `UBND HUYỆN ĐỨC THỌ` over `PHÒNG NỘI VỤ`: `PHÒNG NỘI VỤ UBND HUYỆN ĐỨC THỌ`, since every district has one); a province's department alone (`SỞ Y TẾ`: `province` names it). A header with neither a number (`Số:`) nor a type line (`BÁO CÁO`) prints its issuer in capitals before the motto (`ĐẢNG BỘ XÃ CẨM BÌNH` / `CHI BỘ THÔN VĨNH PHÚ` beside `ĐẢNG CỘNG SẢN VIỆT NAM`); without any of the three no header is read."),
        ("province", "string", "Province of the issuing organisation."),
        ("pages", "integer", "Number of pages (PDF), else null."),
        ("n_blocks", "integer", "Number of blocks."),
        ("n_footnotes", "integer", "Number of footnotes."),
    ],
    "blocks": [
        ("doc_id", "string", "Document id."),
        ("block_id", "integer", "Position of the block in the document (0-based)."),
        ("kind", "string", "`heading`, `paragraph`, `list_item`, `table_cell` or `footnote`."),
        ("page", "integer", "Page number (PDF), else null."),
        ("page_label", "string", "The page number as printed on the page (PDF), when one was found."),
        ("footnote_no", "integer", "For footnote blocks: the footnote's number by order."),
        ("table_no", "integer", "For table cells: which table (0-based)."),
        ("row", "integer", "For table cells: row (0-based)."),
        ("col", "integer", "For table cells: column (0-based) in the table's grid: a cell after a merged one keeps the column it is shown in."),
        ("ocr", "boolean", "True when the text came from OCR."),
        ("text", "string", "Block text: NFC, `Ð`→`Đ`, odd spaces as plain spaces, original spelling."),
    ],
    "footnotes": [
        ("doc_id", "string", "Document id."),
        ("footnote_no", "integer", "1, 2, … by order of appearance."),
        ("marker", "string", "The marker as printed (`¹¹`, `[3]`, `\ufffd`)."),
        ("block_id", "integer", "The footnote's own block."),
        ("anchor_block_id", "integer", "Body block holding the anchor."),
        ("anchor_char", "integer", "Offset in the anchor block right after which the marker stood."),
        ("anchor_reliable", "boolean", "False when the anchor was guessed (e.g. OCR)."),
        ("text", "string", "The footnote's text."),
    ],
    "references": SPAN + [
        ("symbol", "string", "Normalized symbol (`01-KL/TW`, `30/2020/NĐ-CP`); null for named references."),
        ("name", "string", "Name of a reference without a number."),
        ("type", "string", "Full type name (`Kết luận`)."),
        ("type_code", "string", "Type code (`KL`)."),
        ("number", "string", "Number as written (`01`)."),
        ("year", "integer", "Year in a state-style symbol."),
        ("issuer_code", "string", "Issuer code (`TW`, `TU`, `CP`); a joint document's codes in order (`BCA-BQP` of `01/2015/TTLT-BCA-BQP`), the first numbering it."),
        ("issuing_body", "string", "Issuing body as written nearby; one written after a list (`Nghị quyết số 29-NQ/TW và Kết luận số 91-KL/TW của Bộ Chính trị`) is its last item's, and an earlier item's only where that document's other mentions and the registry name no other (null then: `issuing_body_resolved` has theirs). A body of another level than the document's, as its code or name fixes it, is not its issuer but the report's (`Trên đây là báo cáo … Chỉ thị số 05-CT/TW`, or `… Nghị quyết Hội nghị Trung ương 8 khóa XIII`, `của Ban Tuyên giáo Huyện ủy Yên Sơn`: null)."),
        ("term", "string", "Term (`XII`)."),
        ("date", "date", "Issue date (ISO)."),
        ("subject", "string", "The `về …` clause; one that carries out the document named next keeps it as written (`Kết luận số 91-KL/TW … về tiếp tục thực hiện Nghị quyết số 29-NQ/TW`: `tiếp tục thực hiện Nghị quyết số 29-NQ/TW`)."),
        ("inferred", "boolean", "Symbol inferred from context or corpus: a short form (`Quyết định 217, 218 của Bộ Chính trị`; `NQ 57`, `KL 121, 123`, a type's code in capitals for its word, as notes and tables abbreviate; not the ambiguous `TT`)."),
        ("is_self", "boolean", "The document's own number (`Số: …`); in a news item, the document its lead tells of (`Theo Báo cáo số …`, `UBND tỉnh vừa ban hành Quyết định số …`), and every repeat."),
        ("canonical_id", "string", "Id of the canonical document (directives table)."),
        ("issuing_body_canonical", "string", "The issuing body resolved to a canonical organisation (`organizations.csv`): where it is written inside the reference, the `entities` row found there, named alike (`HĐND huyện` in a district's report is `Hội đồng nhân dân huyện Hương Sơn`)."),
        ("issuing_body_level", "string", "Level of that body: `central`, `province`, `district`, `commune`, `village`."),
        ("mention_id", "string", "Id of this mention (`doc_id#n`, n by order in the document); citations point to it."),
        ("resolves_to", "string", "Symbol a name or short form resolves to, from the document, the corpus or the registry."),
        ("evidence", "string", "Why a symbol was inferred or resolved (context, corpus mention, registry)."),
        ("date_conflict", "boolean", "The written date disagrees with other mentions of the same document (flagged, not split)."),
        ("date_char_start", "integer", "Where the written issue date starts in the block: joins `dates` on (doc_id, block_id, char_start)."),
        ("date_resolved", "date", "Best-known issue date of the canonical document (written, other mentions, or registry)."),
        ("issuing_body_resolved", "string", "Best-known issuing body of the canonical document."),
        ("filled", "string", "Which resolved values were not written here and where they came from (`date:mention`, `issuing_body:registry`)."),
        ("relation", "string", "How the text relates to the cited document, read from the wording: `implements`, `continues`, `reviews`, `replaces`, `amends`, `issues`, `per`, `unknown`. Items of a list share the cue before the list (`Căn cứ A; B; C`: all `per`), also when the first is no reference (`Thực hiện Chương trình công tác năm 2024 của … và Nghị quyết Đại hội …`: `implements`). An act done to the document by another (`A được sửa đổi, bổ sung bởi B`, `A được Huyện ủy cụ thể hóa tại B`: B's act, a `citations` edge from it; `Bộ Chính trị ban hành A`) or only asked for (`Đề nghị Chính phủ sửa đổi A`) is none of the text's, nor is any act a news item tells of (a web page with no number of its own): not `amends`/`replaces`/`issues`; nor another body's `ban hành` in a report with a number of its own (`Ủy ban nhân dân huyện ban hành Kế hoạch số 87/KH-UBND` in a Ban Dân vận's report), nor is an act written in another cited document's subject (`Triển khai Kết luận 118 về điều chỉnh, bổ sung Chỉ thị 35`: 118 amends 35, a `citations` edge between them; the text does to 35 what it does to 118, as it does to what a basis's subject names: `Căn cứ Chương trình 05 … thực hiện Nghị quyết 57`, both `per`). `(Kèm theo Báo cáo …)`, attached, is no `per`."),
    ],
    "dates": SPAN + [
        ("kind", "string", "`day` (a day of the lunar calendar too, `ngày 17 tháng Giêng năm Ất Tỵ`, as the solar day it "
                             "is, 2025-02-14: its year, named by stem and branch, the one of that name nearest the year the text is "
                             "about), `week` (a year's numbered week, `tuần 40 năm 2024`, as ISO 8601 numbers them, Monday to Sunday: 30/9–6/10/2024; a bare `tuần 40` takes its year as a bare quarter does; not `tuần 2 tháng 10` nor `2 tuần`), `month`, `quarter`, `half`, `year`, `range`, `open_range` (`từ năm 2009 đến nay`; `từ đầu năm đến nay` starts on the first day of the report's year, and `Từ đầu năm đến ngày 30/9/2025` is a `range` from the first day of that date's year, `từ nay đến ngày 31/8/2025` (`… đến năm 2030`) one from the report's date, `từ đầu nhiệm kỳ đến nay` on the first day of the term the report names: the one its year falls in), the first months of a year written without `năm` (`Thực hiện 6 tháng 2025` in a table's header) are that part of it; a bare `9 tháng` in a report on the first nine months of its year (`Tổng số lượt khám bệnh 9 tháng là …`, `trong 9 tháng, …`) is that period, as `9 tháng đầu năm` is; a month written without its year (`cuối tháng 9`) is of the year under discussion (not `mỗi tháng 2 đợt`, `tháng 6 hàng năm`); `cùng kỳ năm 2023` in a report on part of a year, or in a sentence naming part of a year before it (`6 tháng đầu năm 2024 … tăng 5% so với cùng kỳ năm 2023`), is a `range` over the same months of 2023; `datetime` (a web page's `09:15 - 12/03/2024`, a meeting's `14h30 ngày 10/10/2023`; start and end are its day; two that `từ … đến` join are a `range` of their days: `Từ 19 giờ ngày 05/9/2025 đến 7 giờ ngày 06/9/2025`, as are days with no year: `Từ ngày 15/5 đến ngày 20/5`, in the year the block names, else the report's)."),
        ("start", "date", "First day covered (ISO)."),
        ("end", "date", "Last day covered (ISO)."),
        ("precision", "string", "`day`, `week`, `month`, `quarter`, `half`, `year`."),
    ],
    "figures": SPAN + [
        ("value", "number", "Value in the normalized unit (VND for money written in đồng, percent for %); negative where the report writes a minus sign (`(-15,2%)`)."),
        ("value_max", "number", "Upper bound of a range."),
        ("unit", "string", "Normalized unit (`VND`, `%`, `ha`, or the counted noun); money in a foreign currency keeps it (`USD`, scaled: `4,87 tỷ USD` is 4 870 000 000 USD), as no rate to convert it is in the report."),
        ("kind", "string", "`count`, `money`, `percent` (a level: unit `%`, or `‰` per mille), `points` (a change of a percentage in percentage points: `giảm 1,2 điểm phần trăm`, unit `điểm %`), `ratio` (also a multiple: `tăng gấp 2 lần`, value 2, unit `lần`), `measure`, `rate` (`44 tạ/ha`; also a count per so many people named before its number: `Số giường bệnh/vạn dân đạt 32,5`, unit `giường/10.000 dân`; `267,8/100.000 dân`, unit `/100.000 dân`, as is a cell under `Tỷ lệ mắc/100.000 dân`), `duration`."),
        ("denominator", "number", "Denominator of a ratio."),
        ("qualifier", "string", "`over`, `under`, `approx`, `at_least`, `reached` or null."),
        ("status", "string", "`target` (`phấn đấu`, `chỉ tiêu`, `mục tiêu`, `dự kiến` … before it in its sentence or in the line that opens its list; a `Kế hoạch`/`Chỉ tiêu`/`Dự toán` column; a budget approved or assigned, `phê chuẩn dự toán`, `giao dự toán`; a plan's value named right before its number, `(kế hoạch 3,0%)`, and a resolution's by its abbreviation beside a result, `đạt 94,2% (NQ 92%)`, `đạt 28,5%/NQ 35%`, which measures what the result does; or dated after the report was issued), `estimate` (`ước`, `ước đạt`, `ước thực hiện` …, an `Ước thực hiện` column), `proposed` (asked for: `đề nghị`, `đề xuất` before it in its sentence; not `đã đề nghị`, done, nor `theo đề nghị của`, nor one an office helped make, `phối hợp đề nghị`, `tham mưu đề xuất`); with no cue in its sentence or list, the section its numbered headings open (`II. KẾ HOẠCH NĂM 2025`, `2. Nhiệm vụ, giải pháp`: `target`; `IV. KIẾN NGHỊ, ĐỀ XUẤT`: `proposed`; `I. KẾT QUẢ …`: done; the recipients' list, `Nơi nhận:`, and an annex's title, `Phụ lục`, `Biểu số 01`, close them all); or null: stated as done (the nearest cue decides: `đã`, `thực hiện được`, a `Thực hiện` column; a name holding a cue word, `Chương trình mục tiêu quốc gia`, and a comparison's base, `so với ước thực hiện` or a column `So sánh (%) / Với dự toán`, are no cues). Cues: `gazetteers/figure_status.csv`."),
        ("counted", "string", "What the figure counts or measures, in the report's words: a count's noun and what follows it (`5.690 thẻ bảo hiểm y tế`), or, when nothing follows, the noun then what its clause said before it (`giải thích làm rõ 54 vấn đề`); for money, percent and measures, the clause before the figure and any comparison after it (`với tổng trị giá 320 triệu đồng` → `tổng trị giá`, a total of what a count before it counted: `03 căn nhà tình thương, với tổng trị giá 320 triệu đồng` → `tổng trị giá căn nhà tình thương`, and of the whole whose parts are listed after it: `356 hộ …, gồm 218 căn nhà xây mới và 138 căn nhà sửa chữa, với tổng kinh phí 17,86 tỷ đồng` → `tổng kinh phí hộ …`; an amount listed after another of its unit that names only its kind is of the other's head: `Mức hỗ trợ xây mới 40 triệu đồng/căn, sửa chữa 20 triệu đồng/căn` → `Mức hỗ trợ sửa chữa`; `tăng 3,5% so cùng kỳ` after `Sản lượng lúa ước đạt 12.000 tấn,` → `Sản lượng lúa tăng so cùng kỳ`; a share after a count is of what it counted: `1.112 hồ sơ trực tuyến, chiếm tỷ lệ 17,82%` → `tỷ lệ hồ sơ trực tuyến`; a short topic before a colon opens it: `a) Chi đầu tư phát triển: Ước thực hiện cả năm 5.817 tỷ đồng`; commas joining short nouns or places named by their type, a bracket after the subject and a wrapped line do not end the clause, before the figure or after it: `thu từ hoạt động xuất, nhập khẩu 500 tỷ đồng`, `1.240 m3 cát, sỏi và …`, `45 nhóm Zalo, Facebook của các chi hội với …`, `ở thị trấn Cao Thượng, xã Quế Nham`, `Tốc độ tăng trưởng (GRDP) ước đạt 7,85%`; a value in brackets after a clause that holds no figure is of what the clause names, a judgment of its level left out: `Tỷ lệ hộ nghèo của xã Quế Nham còn cao (12,5%)` → `Tỷ lệ hộ nghèo của xã Quế Nham`; linking words and a time alone are left out: `Đến nay có`, `hiện có`; what the things counted attained is what they are: `15/18 trường đạt chuẩn quốc gia`; a comma between two verbs of one act does not end the clause either: `Tổng chi khám, chữa bệnh BHYT`; the name of an amount after `với` comes first: `đã hỗ trợ 10 chị với tổng số tiền 50 triệu đồng` → `tổng số tiền đã hỗ trợ 10 chị`, the time or place its clause opens with left out (`Năm 2023 có 14 vụ cháy với tổng diện tích thiệt hại 5,1 ha` → `tổng diện tích thiệt hại 14 vụ cháy`); both ends of a move measure one thing: `Tỷ lệ hộ nghèo giảm từ 5,2% xuống còn 3,1%` → `Tỷ lệ hộ nghèo giảm` for each); in a table's text cell, when the clause names nothing, the row's label opens it (`Đạt 112,9% dự toán` in the row `Thu ngân sách` → `Thu ngân sách dự toán`); for a table figure, its row's label under the labels of the rows it is listed under, joined by ` / ` (`THU NỘI ĐỊA / Thu từ khu vực DNNN / Thuế giá trị gia tăng`), the outline read from the STT numbers (I, 1, 1.1, a) and the labels' own `-`/`+`, their numbers and `Trong đó:` left out; a row named by a time alone (`2014`, `Quý I/2026`) is when, and the figure counts what its column names; a multiple whose clause names nothing (`…, gấp 2,4 lần năm 2016`) measures what the figure before it did; a note's figure that names only its part (`Mầm non 91,2%`) counts what the figure its note is anchored after counts, the part after a colon (`Tỷ lệ giáo viên đạt chuẩn …: Mầm non`)."),
        ("denominator_unit", "string", "Noun of the denominator when it differs from the unit (`44 xuất/07 đơn vị`)."),
        ("row_label", "string", "Table figures, and figures read in a table's text cell (`Ghi chú`: `Giảm 150 hộ`; in a table of text alone, the row's first cell names the row): the row's label: its text cells before its first number, joined by ` / ` (a label merged down over several rows labels each of them; the first text cell when none stands before the numbers)."),
        ("col_label", "string", "Table figures, and figures read in a table's text cell: the column's header text (header rows joined by ` / `; a header merged across columns labels each of them). Null past the label columns when a conversion wrote the header one cell per line without its spans (cells packed left, a sub-header under `STT`) and which cell spanned is lost: a label placed by count would name the wrong column. One header cell left over all the value columns is certain, and so is a row below it with one cell per value column."),
        ("label_period_start", "date", "Start of the period the figure is stated for, as the dates table reads it: in a table, the column's header (`Năm 2024` → 2024-01-01; not a comparison column's base: `So sánh (%) / Cùng kỳ năm 2025`; a time told from the caption's or the report's period: `Thực hiện tháng trước`, `Ước tính tháng báo cáo`, `Cộng dồn từ đầu năm đến cuối tháng báo cáo`, `Thực hiện cùng kỳ năm trước`, the month reported being that period's last), else the row's label, else the table's caption (`Bảng 1. Kết quả năm 2024 theo xã`; null when none names one, or a label names two); in prose, a period written right after the figure (`29,12% cuối năm 2024` → 2024-01-01), else the nearest period or date named before it in its sentence (`Từ năm 2009 đến nay, … 09 nhà` → 2009-01-01), not one that dates a cited document nor a comparison's base (`so với năm 2023`, the year after a multiple: `gấp 2,4 lần năm 2016`); else the report's own month, quarter or term when the sentence names it by no number (`Trong tháng,` in a report on October and the ten months → October; `Trong kỳ báo cáo` → the report's period; `Trong năm` → its year, or the period itself where its data line counts the year from a day: `Số liệu tính từ ngày 15/12/2023 đến ngày 14/12/2024`); else the one period the innermost numbered heading over it names (`1. Kết quả thực hiện Nghị quyết nhiệm kỳ 2020-2025`). A part listed after `trong đó` (in the whole's sentence, or opening the next: `… 320 lao động. Trong đó, lao động nữ 150 người`) with no time, status or place of its own takes the whole's. `period_start` is the report's."),
        ("label_period_end", "date", "End of that period (an open range `đến nay` ends at the report's date)."),
        ("place", "string", "Nearest place named before the figure in its sentence (`phường An Hòa`); the report's own province or district when the sentence names it as a whole (`toàn huyện`, `trên địa bàn tỉnh` → `huyện Phù Mỹ`, `tỉnh Bình Định`, as the header places the report); a place among the first words of a list's sentence is every item's over its `;` (`Năm 2023, trên địa bàn huyện Yên Thành xảy ra 45 vụ …; điều tra làm rõ 41 vụ`); figures listed after `lần lượt` take the places of one type named before it one to one (`huyện A và huyện B …, lần lượt 88,7% và 89,1%`); a place in a bracket closed before the figure names what came before it, not the figure's (`1 huyện đạt chuẩn (huyện Hương Khê), 20 xã …`); a place after `của` is where the place named before it lies, not the figure's (`Huyện Thạch Hà là huyện … của tỉnh Hà Tĩnh, hiện có 22 xã` → `huyện Thạch Hà`); in a table, the place its row's label (or its column's) names and little else (`Huyện Minh Hóa`, `Toàn tỉnh`), and then it counts what its column names; null when the sentence names none, or names several of one level listed together (`ở thị trấn Cao Thượng, xã Quế Nham`: the figure is of both)."),
        ("organization", "string", "Nearest organisation named before the figure in its sentence; not one in a bracket closed before the figure, which names what came before it, as for `place` (`đạt 94,23% (chỉ tiêu Bộ Công an giao trên 75%), trong đó … làm rõ 4/4 vụ`: none)."),
        ("period_start", "date", "Start of the period the report covers (documents.period_start)."),
        ("period_end", "date", "End of the period the report covers (documents.period_end)."),
    ],
    "entities": SPAN + [
        ("category", "string", "`place` or `organization`."),
        ("name", "string", "Canonical name; a body named by its level alone (`UBND tỉnh`, `Ban Thường vụ Huyện ủy`, `Sở Y tế`) is the report's own province's, or its district's or commune's where the issuer's lines name it (`Ủy ban nhân dân tỉnh Hà Tĩnh`, `Sở Y tế tỉnh Hà Tĩnh`, `Ban Thường vụ Huyện ủy Thạch Hà`, with its `code`; a commune whose name communes of several provinces bear by its name alone, with no `code`: `Ban Thường vụ Đảng ủy xã Cẩm Bình` under `ĐẢNG BỘ XÃ CẨM BÌNH`); one of every unit of a level (`Hội LHPN các huyện, thành phố, thị xã`) is named with them. A body named bare that the issuer is, or is a board of (`Hội đồng nhân dân`, `Thường trực Hội đồng nhân dân` in a commune council's resolution; `TM. ỦY BAN NHÂN DÂN`, `T/M BAN THƯỜNG VỤ` over the signature), is named as the issuer. Names and abbreviations come from `gazetteers/organizations.csv`; its `typed_aliases` name a body only with a unit's type word (`Đoàn xã`, `Đoàn phường`: the commune's Youth Union; alone, `Đoàn` is a delegation or a word: `Đoàn kiểm tra`, `Đoàn viên`); a district's or province's (`Đoàn huyện`, `Đoàn tỉnh`) only after one of its boards or printed in capitals, as on the issuer's lines, and named as its committee is (`BCH ĐOÀN HUYỆN TRIỆU PHONG`: `Ban Chấp hành Huyện đoàn Triệu Phong`, of the district's level and `code`), since `Đoàn tỉnh Lào Cai dự hội thao` is the province's delegation; a part of kind `office`, `Văn phòng`, names a body only with its owner after it: `Văn phòng Tỉnh ủy`, `Văn phòng UBND tỉnh`, of the owner's type and level. A kind of institution marked `takes_name` (`Trường THCS`, `Trường Tiểu học`) names a body only with the proper name written after it (`Trường THCS Thạch Đài` is `Trường Trung học cơ sở Thạch Đài`), which no gazetteer lists. The codes of the filing line under the recipients (`- Lưu: VT, TNMT.`) are the issuer's own filing marks, no body; a body written there in full stays (`Lưu Văn phòng Huyện ủy`)."),
        ("type", "string", "Unit type as written (`phường`, `thôn`, `khu phố` …) or organisation type (`party`, `state`, `front`, `mass`, `economic`, `role`, `community`: a residents' self-managed group)."),
        ("level", "string", "Administrative level: `central`, `province`, `district`, `commune`, `village` (thôn, xóm, ấp, khóm, khu phố, tổ dân phố, buôn, bản; a `Chi bộ` is of the level of what it sits in: `Chi bộ thôn Bình Túy` a village's, `Chi bộ Phòng Tài chính - Kế hoạch` in a Huyện ủy's report the district's, a bare `Chi bộ` none), or `city` for a body of a `thành phố` whose level (centrally run, or under a province) the report does not settle; `region` for a branch serving several provinces, named by its area (`Ngân hàng Nhà nước Khu vực 14`, `Kho bạc Nhà nước Khu vực X`); a base office serving several communes, named for its seat (`BHXH cơ sở Hương Khê`), is `district`, the level it took over."),
        ("code", "string", "Gazetteer code valid at the report's date."),
        ("province", "string", "Province of a place, as named on the report's date; a village's (no gazetteer lists villages) is the report's own."),
        ("district", "string", "District of a commune-level place (before 1 July 2025)."),
        ("ambiguous", "boolean", "The name fits several units and the document's province does not decide, or fits only another province's commune (named with its `code`; the report's own may be one the gazetteer lacks)."),
        ("how", "string", "How the mention was found: `typed`, `committee`, `bare`, `listed` (a bare name in a list a plural type opens: `các huyện Kỳ Sơn, Tương Dương`), `place_date`, `numbered`, `village`, `typed_unknown` (a unit with its type whose name the gazetteer has not, or has only for another province's unit of another type: `xã Triệu Sơn` in a report of Quảng Trị is not Thanh Hóa's `thị trấn Triệu Sơn`), `gazetteer`."),
        ("successor_code", "string", "Code of the unit in the 34-province structure of 1 July 2025, where one continues it whole; for a province, the new province all its communes went to (Quảng Bình → Quảng Trị)."),
        ("gazetteer_source", "string", "Source of the gazetteer entry (package table or legal act)."),
    ],
    "directives": [
        ("canonical_id", "string", "Id of the canonical document (references.canonical_id)."),
        ("symbol", "string", "Normalized symbol; null for documents known only by name."),
        ("name", "string", "Name, for documents cited without a number."),
        ("type", "string", "Full type name."),
        ("type_code", "string", "Type code."),
        ("number", "string", "Number as written."),
        ("year", "integer", "Year in a state-style symbol."),
        ("issuer_code", "string", "Issuer code."),
        ("issuing_body", "string", "Best-known issuing body (written in a mention, else the registry)."),
        ("scope", "string", "For local codes (TU, HU, ĐU, UBND …): the issuing committee's place, `province` or `province/district` (folded), part of `canonical_id` (`12-KH/HU@cà mau/thới bình`); read from the body written with the mention, else from the citing report's own issuer and province: its own committee where the level or the code points at it (`HU` in a report of a Huyện ủy's department, its own number's code, a department's `SGDĐT` included), the province above it for `TU`, else the unit its `entities` row names the body with (`Ban Thường vụ Đảng ủy xã` under `ĐẢNG BỘ XÃ CẨM BÌNH`: `?/cẩm bình`, as when written in full); a citing report's id when the committee is unknown."),
        ("term", "string", "Term (`XII`)."),
        ("date", "date", "Best-known issue date."),
        ("date_conflict", "boolean", "Mentions disagree on the date."),
        ("title", "string", "Title from the registry, else the most frequent subject."),
        ("in_registry", "boolean", "Listed in gazetteers/central_documents.csv."),
        ("source", "string", "Where the registry's facts were checked."),
        ("n_mentions", "integer", "Number of mentions in the corpus."),
        ("n_citing_documents", "integer", "Number of reports citing it (self-mentions excluded): copies of one report count once (files of one content, or of one own number: its PDF and its DOCX)."),
        ("first_cited", "string", "Earliest date of a citing document (issued or published), else its doc_id order."),
        ("last_cited", "string", "Latest date of a citing document."),
    ],
    "citations": [
        ("citing_doc_id", "string", "Document in which the citation is written."),
        ("citing_mention_id", "string", "Mention of the citing document when a reference cites another; null when the report itself cites."),
        ("citing_canonical_id", "string", "Canonical document that cites, when a reference cites another (`Kế hoạch 35 … thực hiện Nghị quyết 01`); null when the report itself cites."),
        ("cited_mention_id", "string", "Mention of the cited document."),
        ("cited_canonical_id", "string", "Canonical document cited."),
        ("relation", "string", "`implements`, `continues`, `reviews`, `replaces`, `amends`, `issues`, `per` or `unknown`."),
        ("block_id", "integer", "Block of the cited mention."),
        ("evidence", "string", "The words the relation was read from."),
    ],
}

EXTRACTED_TABLES = ("references", "dates", "figures", "entities")

_ARROW = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.string(),  # ISO text: partial/blank dates must survive round trips unchanged
}


def columns(table: str) -> list[str]:
    return [name for name, _, _ in TABLES[table]]


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([(name, _ARROW[kind]) for name, kind, _ in TABLES[table]])


def datapackage() -> dict:
    """A Frictionless data package describing every table (CSV resources)."""
    return {
        "name": "vnreport-output",
        "profile": "tabular-data-package",
        "resources": [
            {
                "name": table,
                "path": f"{table}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [
                        {"name": n, "type": t, "description": d} for n, t, d in cols
                    ]
                },
            }
            for table, cols in TABLES.items()
        ],
    }


def markdown_table(table: str) -> str:
    """The README's column table for ``table``."""
    lines = ["| column | type | meaning |", "|---|---|---|"]
    lines += [f"| `{n}` | {t} | {d} |" for n, t, d in TABLES[table]]
    return "\n".join(lines)


def markdown() -> str:
    """The README's output section, one column table per table."""
    return "\n\n".join(f"### `{t}`\n\n{markdown_table(t)}" for t in TABLES)


if __name__ == "__main__":  # python -m pipeline.schema > section.md
    print(markdown())
