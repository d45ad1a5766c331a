"""Corpus-level resolution: identity beyond the symbol, fills, conflicts, short forms, directives, citations."""
from __future__ import annotations

import pandas as pd
import pytest

from extractors import references
from extractors.reference_resolve import resolve_frames
from pipeline.load import load_bytes
from pipeline.models import Document
from pipeline.schema import TABLES
from pipeline.write import frame, rows_of


def corpus(issued: dict[str, str] | None = None, **docs: list[str]) -> dict[str, pd.DataFrame]:
    made = []
    for doc_id, paragraphs in docs.items():
        doc = Document(doc_id=doc_id, path=f"{doc_id}.txt", format="text", sha256="", issued_date=(issued or {}).get(doc_id))
        for p in paragraphs:
            doc.add_block("paragraph", p)
        made.append(doc)
    return resolved(made)


def files(**texts: str) -> dict[str, pd.DataFrame]:
    """The tables of text files as Word exports them (a note's body after the text: ``¹ …``), each read by its loader."""
    return resolved([load_bytes(text.encode("utf-8"), f"{doc_id}.txt") for doc_id, text in texts.items()])


def resolved(docs: list[Document]) -> dict[str, pd.DataFrame]:
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    for doc in docs:
        references.extract(doc)
        for table, table_rows in rows_of(doc).items():
            rows[table].extend(table_rows)
    frames = {t: frame(t, r) for t, r in rows.items()}
    resolve_frames(frames)
    return frames


def by_symbol(frames: dict[str, pd.DataFrame], doc_id: str, symbol: str) -> pd.DataFrame:
    r = frames["references"]
    return r[(r["doc_id"] == doc_id) & (r["symbol"] == symbol)]


def test_same_symbol_different_terms_are_two_documents() -> None:
    f = corpus(
        a=["Sơ kết Chỉ thị số 77-CT/TW, ngày 02/3/2001 của Ban Bí thư (khóa IX) về công tác thanh niên."],
        b=["Tổng kết Chỉ thị số 77-CT/TW, ngày 09/4/2011 của Bộ Chính trị (khóa X) về công tác cựu chiến binh.",
           "Tiếp tục quán triệt Chỉ thị số 77-CT/TW trong toàn Đảng bộ."],
    )
    a = by_symbol(f, "a", "77-CT/TW")["canonical_id"].tolist()
    b = by_symbol(f, "b", "77-CT/TW")["canonical_id"].tolist()
    assert len(set(a)) == 1 and len(set(b)) == 1 and a[0] != b[0]
    bare = by_symbol(f, "b", "77-CT/TW").iloc[1]
    assert bare["date"] is pd.NA or pd.isna(bare["date"])
    assert bare["date_resolved"] == "2011-04-09" and "date:mention" in bare["filled"]


def test_registry_separates_the_two_59_ct_tw() -> None:
    f = corpus(
        a=["Tổng kết Chỉ thị số 59-CT/TW ngày 27/9/1995 của Ban Bí thư Trung ương Đảng (khoá VII) về chăm sóc người cao tuổi."],
        b=["Tổng kết Chỉ thị 59-CT/TW ngày 15/12/2000 của Bộ Chính trị (khóa VIII) về hoạt động của Hội Nông dân."],
    )
    ids = {by_symbol(f, d, "59-CT/TW")["canonical_id"].iloc[0] for d in "ab"}
    assert len(ids) == 2
    d = f["directives"].set_index("canonical_id")
    assert {d.loc[i, "date"] for i in ids} == {"1995-09-27", "2000-12-15"}
    assert all(d.loc[i, "in_registry"] for i in ids)


def test_a_ministry_dissolved_in_2007_issues_one_document_for_every_citing_report() -> None:
    """``62/2006/QĐ-BVHTT … của Bộ Văn hóa - Thông tin``, ``09/2007/TT-BTM … của Bộ Thương mại``: ministries merged away
    in 2007 are central issuers (their bodies were ``Bộ Văn hóa``, ``Bộ Thương``, and each citing file had its own id)."""
    text = ["Theo Quyết định số 62/2006/QĐ-BVHTT ngày 23/6/2006 của Bộ Văn hóa - Thông tin về gia đình văn hóa; Thông tư "
            "số 09/2007/TT-BTM ngày 17/7/2007 của Bộ Thương mại về kinh doanh."]
    f = corpus(a=text, b=text)
    for symbol, body in (("62/2006/QĐ-BVHTT", "Bộ Văn hóa - Thông tin"), ("09/2007/TT-BTM", "Bộ Thương mại")):
        rows = pd.concat([by_symbol(f, d, symbol) for d in "ab"])
        assert set(rows["canonical_id"]) == {f"{symbol}@{symbol.split('/')[1]}"}
        assert set(rows["issuing_body"]) == {body}


def test_local_code_is_a_different_plan_in_every_province() -> None:
    text = "Thực hiện Kế hoạch số 35-KH/TU, ngày 05/3/2021 của Ban Thường vụ Tỉnh ủy về công tác dân vận."
    f = corpus(a=[text], b=[text])
    assert by_symbol(f, "a", "35-KH/TU")["canonical_id"].iloc[0] != by_symbol(f, "b", "35-KH/TU")["canonical_id"].iloc[0]
    named = "Thực hiện Kế hoạch số 35-KH/TU, ngày 05/3/2021 của Tỉnh ủy Bến Tre về công tác dân vận."
    g = corpus(a=[named], b=[named])
    assert by_symbol(g, "a", "35-KH/TU")["canonical_id"].iloc[0] == by_symbol(g, "b", "35-KH/TU")["canonical_id"].iloc[0]


def test_tu_of_province_and_of_city_in_one_report() -> None:
    f = corpus(a=[
        "Nghị quyết số 05-NQ/TU ngày 01/02/2021 của Ban Chấp hành Đảng bộ Tỉnh về phát triển du lịch.",
        "Kế hoạch số 05-NQ/TU ngày 09/9/2021 của Ban Chấp hành Đảng bộ Thành phố về chuyển đổi số.",
        "Kế hoạch số 12-KH/TU ngày 3/3/2022 của Ban Thường vụ Thành ủy về thực hiện Nghị quyết số 07-NQ/TU của Ban Chấp hành Đảng bộ Tỉnh.",
        "trọng tâm là Nghị quyết số 07-NQ/TU và các chương trình của Tỉnh.",
    ])
    five = by_symbol(f, "a", "05-NQ/TU")["canonical_id"].tolist()
    assert len(set(five)) == 2
    seven = by_symbol(f, "a", "07-NQ/TU")
    assert seven["canonical_id"].nunique() == 1
    assert seven["issuing_body_resolved"].iloc[1] == "Ban Chấp hành Đảng bộ Tỉnh"
    assert seven["filled"].iloc[1] == "issuing_body:mention"


def test_conflicting_date_is_flagged_not_split() -> None:
    f = corpus(a=[
        "Kế hoạch số 35-KH/TU ngày 30/12/2021 của Ban Chấp hành Đảng bộ Thành phố về thực hiện Nghị quyết.",
        "Kế hoạch số 35-KH/TU ngày 30/12/2021 của Ban Chấp hành Đảng bộ Thành phố về thực hiện.",
        "Kế hoạch Số 35-KH/TU ngày 3/12/2021 của Ban Ban chấp hành Đảng bộ Thành phố về thực hiện.",
    ])
    rows = by_symbol(f, "a", "35-KH/TU")
    assert rows["canonical_id"].nunique() == 1
    assert rows["date_conflict"].tolist() == [False, False, True]
    assert rows["date"].tolist() == ["2021-12-30", "2021-12-30", "2021-12-03"]  # the written date is kept
    d = f["directives"].set_index("canonical_id").loc[rows["canonical_id"].iloc[0]]
    assert d["date"] == "2021-12-30" and bool(d["date_conflict"])


def test_short_form_resolved_from_the_corpus_with_evidence() -> None:
    f = corpus(
        a=["Thực hiện Quyết định số 123-QĐ/TW, ngày 05/5/2019 của Bộ Chính trị về ban hành Quy chế phối hợp giám sát cộng đồng."],
        b=["Thực hiện Quyết định số 123/QĐ-TTg ngày 02/02/2019 của Thủ tướng Chính phủ về đầu tư hạ tầng giao thông."],
        c=["Tiếp tục thực hiện Quy chế phối hợp giám sát cộng đồng theo Quyết định 123; tổ chức sơ kết."],
    )
    r = f["references"]
    short = r[r["doc_id"] == "c"].iloc[0]
    assert pd.isna(short["symbol"]) and short["name"] == "Quyết định 123"
    assert short["resolves_to"] == "123-QĐ/TW"
    assert short["canonical_id"] == by_symbol(f, "a", "123-QĐ/TW")["canonical_id"].iloc[0]
    assert "corpus" in short["evidence"] and "giám" in short["evidence"]


def test_name_resolved_to_the_registry_and_to_a_subject() -> None:
    f = corpus(
        {"a": "2019-06-30", "c": "2023-01-05"},
        a=["Các cấp ủy thực hiện tốt Quy chế công tác dân vận của hệ thống chính trị và các quy định khác."],
        c=["Các cấp ủy thực hiện tốt Quy chế công tác dân vận của hệ thống chính trị và các quy định khác."],
        b=["Quyết định số 88/QĐ-TTg ngày 1/2/2020 của Thủ tướng Chính phủ về việc phê duyệt Chương trình phát triển thanh niên đến năm 2030;",
           "Kế hoạch số 9/KH-UBND ngày 3/3/2020 của UBND tỉnh về thực hiện Chương trình phát triển thanh niên đến năm 2030."],
    )
    r = f["references"]
    qc = r[r["doc_id"] == "a"].iloc[0]
    assert qc["resolves_to"] == "290-QĐ/TW" and qc["canonical_id"] == "290-QĐ/TW@2010"  # in force in 2019
    assert r[r["doc_id"] == "c"].iloc[0]["resolves_to"] == "23-QĐ/TW"  # replaced it in 2021
    prog = r[(r["doc_id"] == "b") & r["symbol"].isna()].iloc[0]
    assert prog["resolves_to"] == "88/QĐ-TTg"


def test_directives_and_citations_tables() -> None:
    f = corpus(
        a=["Kế hoạch số 12-KH/HU ngày 2/3/2021 của Ban Thường vụ Huyện ủy về thực hiện Nghị quyết số 05-NQ/TU ngày 1/2/2021 của Tỉnh ủy Bình Định.",
           "Tổng kết 10 năm thực hiện Chỉ thị số 49-CT/TW, ngày 20/10/2015 của Ban Bí thư."],
        b=["Tiếp tục thực hiện Nghị quyết số 05-NQ/TU ngày 1/2/2021 của Tỉnh ủy Bình Định."],
    )
    d = f["directives"]
    assert d["canonical_id"].is_unique
    nq = d[d["symbol"] == "05-NQ/TU"].iloc[0]
    assert nq["n_mentions"] == 2 and nq["n_citing_documents"] == 2
    c = f["citations"]
    inner = c[c["citing_canonical_id"].notna()]
    assert len(inner) == 1 and inner.iloc[0]["relation"] == "implements"
    assert inner.iloc[0]["cited_canonical_id"] == nq["canonical_id"]
    rel = dict(zip(c[c["citing_canonical_id"].isna()]["cited_mention_id"], c[c["citing_canonical_id"].isna()]["relation"]))
    assert rel["a#3"] == "reviews" and rel["b#1"] == "continues"


def test_mention_without_place_joins_the_named_committee_of_its_level() -> None:
    f = corpus(a=[
        "Chương trình số 14-CTr/TU ngày 05/6/2019 của Ban Chấp hành Đảng bộ tỉnh Kiên Giang về thực hiện Nghị quyết.",
        "Chương trình số 14-CTr/TU ngày 05/6/2019 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết.",
        "Chương trình số 14-CTr/TU ngày 01/8/2019 của Ban Thường vụ Huyện ủy về chuyển đổi số.",
    ])
    ids = by_symbol(f, "a", "14-CTr/TU")["canonical_id"].tolist()
    assert ids[0] == ids[1] != ids[2]
    assert ids[0].endswith("kiên giang")


@pytest.mark.parametrize("between", ["về sửa đổi, bổ sung một số điều của", "sửa đổi, bổ sung"])
def test_amending_law_edge(between: str) -> None:
    """``Luật số 12/2024/QH15 … về sửa đổi, bổ sung …``; and the act said right after the document, no ``về``
    (``Nghị quyết số 15/2024/NQ-HĐND ngày 29/3/2024 sửa đổi, bổ sung Nghị quyết số 03/2022/NQ-HĐND``: no edge)."""
    f = corpus(a=[f"Căn cứ Luật số 12/2024/QH15 ngày 20/6/2024 {between} Luật số 80/2015/QH13 ngày 22/6/2015."])
    c = f["citations"]
    inner = c[c["citing_canonical_id"].notna()]
    assert inner["relation"].tolist() == ["amends"]


@pytest.mark.parametrize("done, relation", [("được sửa đổi, bổ sung bởi", "amends"), ("đã được thay thế bởi", "replaces"),
                                            ("được điều chỉnh, bổ sung tại", "amends")])
def test_a_document_done_to_by_another_is_the_others_edge(done: str, relation: str) -> None:
    """``Quyết định số 30/2022/QĐ-UBND … được sửa đổi, bổ sung bởi Quyết định số 15/2023/QĐ-UBND``: 15 amends 30;
    there was no edge between them, and the report's own citation of 15 is no act of its own."""
    f = corpus(a=[f"Căn cứ Quyết định số 30/2022/QĐ-UBND ngày 10/5/2022 của UBND tỉnh {done} Quyết định số "
                  "15/2023/QĐ-UBND ngày 3/4/2023 của UBND tỉnh."])
    c = f["citations"]
    inner = c[c["citing_canonical_id"].notna()]
    assert [(i.split("@")[0], j.split("@")[0], r) for i, j, r in inner[["citing_canonical_id", "cited_canonical_id", "relation"]].itertuples(index=False)] == [
        ("15/2023/QĐ-UBND", "30/2022/QĐ-UBND", relation)]
    assert inner.iloc[0]["evidence"].endswith(done)


@pytest.mark.parametrize("done", ["được Huyện ủy cụ thể hóa tại", "đã được Ban Thường vụ Huyện ủy cụ thể hóa bằng",
                                  "được triển khai thực hiện tại"])
def test_a_document_implemented_by_another_is_the_others_edge(done: str) -> None:
    """``Kế hoạch số 612/KH-UBND … được Huyện ủy cụ thể hóa tại Kế hoạch số 45-KH/HU …``: 45 implements 612 (there was
    no edge between them), and the report implements neither: the act is the plan's, whoever is named doing it."""
    f = corpus(a=[f"Kế hoạch số 612/KH-UBND ngày 10/10/2024 của UBND tỉnh Nghệ An {done} Kế hoạch số 45-KH/HU ngày "
                  "18/10/2024 của Ban Thường vụ Huyện ủy Quế Phong."])
    assert f["references"]["relation"].tolist() == ["unknown", "unknown"]
    c = f["citations"]
    inner = c[c["citing_canonical_id"].notna()]
    assert [(i.split("@")[0], j.split("@")[0], r) for i, j, r in inner[["citing_canonical_id", "cited_canonical_id", "relation"]].itertuples(index=False)] == [
        ("45-KH/HU", "612/KH-UBND", "implements")]


def test_a_list_done_to_a_document_and_a_bracket_saying_what_one_does_are_edges_each() -> None:
    """``108 …, được sửa đổi, bổ sung bởi 113 … và 143 …``: both amend 108 (143 had no edge, and 108's subject ran
    on to ``… được sửa đổi, bổ sung bởi``); ``29 … (thay thế Nghị định 108 và Nghị định 113)``: 29 replaces both (the
    report "replaced" them, and 29's subject ended ``(thay thế``)."""
    f = corpus(a=["Thực hiện Nghị định số 108/2014/NĐ-CP ngày 20/11/2014 của Chính phủ về chính sách tinh giản biên chế, "
                  "được sửa đổi, bổ sung bởi Nghị định số 113/2018/NĐ-CP ngày 31/8/2018 và Nghị định số 143/2020/NĐ-CP "
                  "ngày 10/12/2020 của Chính phủ; UBND huyện đã triển khai.",
                  "Thực hiện Nghị định số 29/2023/NĐ-CP ngày 03/6/2023 của Chính phủ quy định về tinh giản biên chế "
                  "(thay thế Nghị định 108 và Nghị định 113)."])
    c = f["citations"]
    inner = c[c["citing_canonical_id"].notna()]
    assert [(i.split("@")[0], j.split("@")[0], r) for i, j, r in inner[["citing_canonical_id", "cited_canonical_id", "relation"]].itertuples(index=False)] == [
        ("113/2018/NĐ-CP", "108/2014/NĐ-CP", "amends"), ("143/2020/NĐ-CP", "108/2014/NĐ-CP", "amends"),
        ("29/2023/NĐ-CP", "108/2014/NĐ-CP", "replaces"), ("29/2023/NĐ-CP", "113/2018/NĐ-CP", "replaces")]
    r = f["references"]
    assert [x if isinstance(x, str) else None for x in r["subject"]][:4] == [
        "chính sách tinh giản biên chế", None, None, "quy định về tinh giản biên chế"]
    assert "replaces" not in r["relation"].tolist()


@pytest.mark.parametrize("note", ["Thay thế Nghị định số 47/2014/NĐ-CP ngày 15/5/2014 và Nghị định số 06/2020/NĐ-CP "
                                  "ngày 03/01/2020 của Chính phủ.",
                                  "Nghị định này thay thế Nghị định số 47/2014/NĐ-CP ngày 15/5/2014 và Nghị định số "
                                  "06/2020/NĐ-CP ngày 03/01/2020 của Chính phủ."])
def test_a_note_anchored_after_a_document_says_what_that_document_does(note: str) -> None:
    """``Nghị định số 88/2024/NĐ-CP … khi Nhà nước thu hồi đất¹`` / ``¹ Thay thế Nghị định số 47/2014/NĐ-CP …`` (or
    ``¹ Nghị định này thay thế …``): 88 replaces 47 and 06, as the bracket ``(thay thế …)`` says; the report "replaced"
    them, and no edge linked 88 to them. A note on the sentence, not right after a document, is none of 88's."""
    f = files(a="Quán triệt Luật Đất đai năm 2024, Nghị định số 88/2024/NĐ-CP ngày 15/7/2024 của Chính phủ quy định về "
                "bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất¹ và Quyết định số 51/2024/QĐ-UBND ngày "
                f"02/10/2024 của UBND tỉnh.\n\n¹ {note}\n",
              b="Thực hiện Nghị định số 88/2024/NĐ-CP ngày 15/7/2024 của Chính phủ, UBND huyện đã tổ chức kiểm đếm¹.\n\n"
                "¹ Thay thế Quyết định số 12/2020/QĐ-UBND ngày 03/3/2020 của UBND huyện.\n")
    c = f["citations"]
    inner = c[c["citing_canonical_id"].notna()]
    assert [(i.split("@")[0], j.split("@")[0], r) for i, j, r in inner[["citing_canonical_id", "cited_canonical_id", "relation"]].itertuples(index=False)] == [
        ("88/2024/NĐ-CP", "47/2014/NĐ-CP", "replaces"), ("88/2024/NĐ-CP", "06/2020/NĐ-CP", "replaces")]
    r = f["references"].set_index("symbol")
    assert r.loc["47/2014/NĐ-CP", "where"] == "fn:1" and r.loc["47/2014/NĐ-CP", "relation"] == "unknown"
    assert r.loc["06/2020/NĐ-CP", "relation"] == "unknown"


def test_a_note_anchored_after_a_document_says_what_another_does_to_it() -> None:
    """``Chỉ thị số 35-CT/TW … lần thứ XIV của Đảng¹`` / ``¹ Được điều chỉnh, bổ sung tại Kết luận số 118-KL/TW …``:
    118 amends 35, as ``35 được điều chỉnh, bổ sung tại 118`` says in a sentence (the report "amended" 118, and no edge
    linked the two)."""
    f = files(a="Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại "
                "hội đại biểu toàn quốc lần thứ XIV của Đảng¹, Đảng ủy xã xây dựng kế hoạch tổ chức đại hội.\n\n"
                "¹ Được điều chỉnh, bổ sung tại Kết luận số 118-KL/TW ngày 18/01/2025 của Bộ Chính trị.\n")
    c = f["citations"]
    inner = c[c["citing_canonical_id"].notna()]
    assert [(i.split("@")[0], j.split("@")[0], r) for i, j, r in inner[["citing_canonical_id", "cited_canonical_id", "relation"]].itertuples(index=False)] == [
        ("118-KL/TW", "35-CT/TW", "amends")]
    r = f["references"].set_index("symbol")
    assert r.loc["118-KL/TW", "where"] == "fn:1" and r.loc["118-KL/TW", "relation"] != "amends"


def test_a_lists_tail_is_every_items_only_where_the_type_is_written_once() -> None:
    """``các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của … khóa XII``: the date and term were 19's only;
    ``Kết luận số 40-KL/TW và Kết luận số 121-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương``: 40 took the
    Central Committee, though another mention (and the registry) say the Politburo issued it."""
    f = corpus(a=["Thực hiện Kết luận số 40-KL/TW ngày 18/7/2022 của Bộ Chính trị về nâng cao hiệu quả quản lý biên chế.",
                  "Tiếp tục thực hiện Nghị quyết số 18-NQ/TW, Kết luận số 40-KL/TW và Kết luận số 121-KL/TW ngày "
                  "24/01/2025 của Ban Chấp hành Trung ương Đảng khóa XIII về tổng kết.",
                  "Thực hiện các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII."])
    r = f["references"].set_index("mention_id")
    assert r.loc["a#3", "issuing_body_resolved"] == "Bộ Chính trị"
    assert (r.loc["a#5", "date"], r.loc["a#5", "term"]) == ("2017-10-25", "XII")


def test_a_lists_body_is_its_last_items_where_the_document_is_known_otherwise() -> None:
    """``Nghị quyết số 29-NQ/TW và Kết luận số 91-KL/TW của Bộ Chính trị``: the Politburo is 91's; 29 took it, though
    the report (or another, or the registry) names 29's body otherwise. Where nothing else tells, 29 keeps it."""
    listed = "Năm học tới, tiếp tục thực hiện Nghị quyết số 29-NQ/TW và Kết luận số 91-KL/TW của Bộ Chính trị."
    f = corpus(a=["Ngành Giáo dục tiếp tục thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương "
                  "Đảng về đổi mới căn bản, toàn diện giáo dục và đào tạo.", listed],
               b=[listed],
               c=["Thực hiện Kết luận số 21-KL/TW và Kết luận số 91-KL/TW của Bộ Chính trị."],
               d=["Thực hiện Chỉ thị số 16-CT/TW và Kết luận số 92-KL/TW của Bộ Chính trị."])
    r = f["references"].set_index("mention_id")
    for mention in ("a#2", "b#1"):
        assert pd.isna(r.loc[mention, "issuing_body"]) and pd.isna(r.loc[mention, "issuing_body_canonical"])
        assert r.loc[mention, "issuing_body_resolved"] == "Ban Chấp hành Trung ương Đảng"
    assert r.loc["b#1", "filled"] == "date:mention,issuing_body:mention"
    assert pd.isna(r.loc["c#1", "issuing_body"]) and r.loc["c#1", "issuing_body_resolved"] == "Ban Chấp hành Trung ương"
    assert r.loc["a#3", "issuing_body"] == r.loc["d#1", "issuing_body"] == r.loc["d#2", "issuing_body"] == "Bộ Chính trị"


def test_law_named_again_without_number_resolves_to_its_numbered_mention() -> None:
    f = corpus(a=["Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19/6/2015;",
                  "Thực hiện đúng quy định của Luật Tổ chức chính quyền địa phương."])
    r = f["references"]
    named = r[r["symbol"].isna()].iloc[0]
    assert named["resolves_to"] == "77/2015/QH13"
    assert named["canonical_id"] == r[r["symbol"] == "77/2015/QH13"]["canonical_id"].iloc[0]


def test_abbreviated_short_form_resolves_within_its_report() -> None:
    f = corpus(
        a=["Thực hiện Kết luận số 12-KL/TW ngày 24-10-2011 của Bộ Chính trị, khóa XI (Kết luận 12) về phát triển vùng."],
        b=["Theo Kết luận số 12-KL/TW ngày 05/8/2021 của Bộ Chính trị khóa XIII về kinh tế biển."],
    )
    r = f["references"]
    short = r[(r["doc_id"] == "a") & (r["text"] == "Kết luận 12")].iloc[0]
    assert (short["resolves_to"], short["symbol"], bool(short["inferred"])) == ("12-KL/TW", "12-KL/TW", True)
    assert short["canonical_id"] == r[(r["doc_id"] == "a") & (r["text"] != "Kết luận 12")]["canonical_id"].iloc[0]


def test_a_law_by_name_is_one_document_per_year() -> None:
    """``… năm 2018`` and ``… ngày 20 tháng 11 năm 2018`` name one law; another year's law of that title is
    another; a law the registry holds resolves to its number either way."""
    f = corpus(
        a=["Căn cứ Luật Phòng, chống tham nhũng ngày 20 tháng 11 năm 2018;"],
        b=["Thực hiện Luật Phòng, chống tham nhũng năm 2018, xã đã kê khai tài sản."],
        c=["Luật Đất đai năm 2024 thay thế Luật Đất đai năm 2013."],
        d=["Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;"],
        e=["Thực hiện Luật Ngân sách nhà nước năm 2015, xã lập dự toán."],
    )
    ids = f["references"].set_index("doc_id")["canonical_id"]
    assert ids["a"] == ids["b"] == "name:luật phòng, chống tham nhũng@2018"
    assert sorted(ids.loc[["c"]]) == ["31/2024/QH15@2024", "name:luật đất đai@2013"]
    assert ids["d"] == ids["e"] == "83/2015/QH13@2015"
    assert (f["directives"]["canonical_id"] == "name:luật phòng, chống tham nhũng@2018").sum() == 1


def test_a_laws_xa_is_no_commune() -> None:
    """``Luật Bảo hiểm xã hội``, ``Luật Hợp tác xã``: a law is one document wherever it is cited (its ``xã`` was read as a
    commune's, and each citing report had its own law); the election council's documents are central (they were each
    report's own)."""
    f = corpus(
        a=["Thực hiện Luật Bảo hiểm xã hội năm 2024 và Luật Hợp tác xã năm 2023."],
        b=["Căn cứ Luật Bảo hiểm xã hội năm 2024; Luật Hợp tác xã năm 2023;",
           "Theo Hướng dẫn số 36/HD-HĐBC ngày 15/01/2021 của Hội đồng bầu cử quốc gia."],
    )
    ids = f["references"].groupby("doc_id")["canonical_id"].apply(list)
    assert ids["a"] == ids["b"][:2] == ["name:luật bảo hiểm xã hội@2024", "name:luật hợp tác xã@2023"]
    assert ids["b"][2] == "36/HD-HĐBCQG@2021"


def test_a_titled_name_keeps_its_year_however_written() -> None:
    """``Luật Thủy lợi 2017`` is ``Luật Thủy lợi năm 2017`` (were two documents); a constitution's
    year tells it apart as a law's does."""
    f = corpus(
        a=["Thực hiện Luật Thủy lợi 2017, xã nạo vét kênh."],
        b=["Căn cứ Luật Thủy lợi năm 2017;"],
        c=["Căn cứ Hiến pháp năm 2013;"],
        d=["Theo Hiến pháp 1992, công dân có quyền khiếu nại."],
    )
    ids = f["references"].set_index("doc_id")["canonical_id"]
    assert ids["a"] == ids["b"] == "name:luật thủy lợi@2017"
    assert (ids["c"], ids["d"]) == ("name:hiến pháp@2013", "name:hiến pháp@1992")


def test_a_short_form_the_report_cites_in_full_takes_the_symbol() -> None:
    """``Nghị quyết số 20-NQ/TW …`` then ``Nghị quyết 20`` in one report: the evidence is clear (SPEC
    §2), so the short form takes the symbol, inferred; another report's bare ``Nghị quyết 20`` only
    resolves to it."""
    f = corpus(a=["Tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.",
                  "Triển khai thực hiện Nghị quyết 20 và Quyết định 2348 trên địa bàn tỉnh."],
               b=["Thực hiện Nghị quyết 20 của tỉnh."])
    r = f["references"].set_index(["doc_id", "text"])
    assert (r.loc[("a", "Nghị quyết 20"), "symbol"], bool(r.loc[("a", "Nghị quyết 20"), "inferred"])) == ("20-NQ/TW", True)
    assert pd.isna(r.loc[("b", "Nghị quyết 20"), "symbol"]) and r.loc[("b", "Nghị quyết 20"), "resolves_to"] == "20-NQ/TW"


def test_a_scheme_named_by_its_decisions_number_resolves_to_the_decision() -> None:
    """Reports call Quyết định 06/QĐ-TTg "Đề án 06" (the registry's name for it, checked against
    public pages): the mention resolves to the decision and its date."""
    f = corpus(a=["Thực hiện Đề án 06 của Chính phủ, công an xã cấp tài khoản định danh điện tử."],
               b=["Triển khai Đề án 939 tại các xã."])
    r = f["references"].set_index("doc_id")
    assert (r.loc["a", "resolves_to"], r.loc["a", "canonical_id"]) == ("06/QĐ-TTg", "06/QĐ-TTg@2022")
    assert r.loc["b", "resolves_to"] == "939/QĐ-TTg"


def test_a_title_in_quotation_marks_is_the_same_document() -> None:
    """Reports quote a scheme's title as often as not (``Đề án “Hỗ trợ phụ nữ khởi nghiệp …”``): the
    marks are no part of its name, so the quoted title resolves as the bare one does, and a document
    named both ways in one sentence is one canonical document."""
    f = corpus(a=["Thực hiện Đề án “Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025”, Hội đã hỗ trợ 35 phụ nữ."],
               b=["Triển khai Đề án “Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017-2025” (Đề án 939) tại các xã."])
    r = f["references"]
    assert set(zip(r["resolves_to"], r["canonical_id"])) == {("939/QĐ-TTg", "939/QĐ-TTg@2017")}
    assert len(r) == 3


def test_a_documents_date_is_its_best_known_not_its_first_mentions() -> None:
    """The registry dates 25-NQ/TW 3/6/2013; a report that writes 14/10/2013 is flagged, and the
    document's record keeps the registry's date (it showed the first mention's)."""
    f = corpus(a=["Thực hiện Nghị quyết số 25-NQ/TW ngày 14/10/2013 của Ban Chấp hành Trung ương Đảng khóa XI."],
               b=["Theo Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI."])
    d = f["directives"].set_index("canonical_id").loc["25-NQ/TW@2013"]
    assert (d["date"], bool(d["date_conflict"])) == ("2013-06-03", True)


def test_a_named_resolution_of_an_unnamed_province_is_each_reports_own() -> None:
    """``Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII`` cited by a Nghệ An and a Thanh Hóa
    report was one document; naming the province keeps it one across reports."""
    def ids(text: str) -> list[str]:
        r = corpus(a=[text], b=[text])["references"]
        return [r[r["doc_id"] == d]["canonical_id"].iloc[0] for d in ("a", "b")]

    first, second = ids("Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2020 - 2025.")
    assert first != second
    first, second = ids("Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XIX, nhiệm kỳ 2020 - 2025.")
    assert first == second
    first, second = ids("NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XXIV")  # in capitals, LẦN THỨ names no unit
    assert first != second


def test_a_law_named_with_its_year_is_its_numbered_mention_and_an_older_decree_cites_no_later_law() -> None:
    """``Luật Đầu tư công năm 2024`` was a document apart from ``Luật Đầu tư công số 58/2024/QH15``; the
    law a decree of 2020 details was taken for the law of 2024."""
    f = corpus(a=["Căn cứ Luật Đầu tư công số 58/2024/QH15 ngày 29 tháng 11 năm 2024;",
                  "Thực hiện đúng quy định của Luật Đầu tư công năm 2024.",
                  "Nghị định số 40/2020/NĐ-CP ngày 06/4/2020 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đầu tư công.",
                  "Theo Luật Đầu tư công, các dự án được bố trí vốn."])
    ids = dict(zip(f["references"]["text"] + "#" + f["references"]["block_id"].astype(str), f["references"]["canonical_id"]))
    assert ids["Luật Đầu tư công năm 2024#1"] == ids["Luật Đầu tư công số 58/2024/QH15 ngày 29 tháng 11 năm 2024#0"]
    assert ids["Luật Đầu tư công#2"] != ids["Luật Đầu tư công#3"] == "58/2024/QH15@2024"


def test_a_provincial_departments_letter_is_not_one_document_across_provinces() -> None:
    """``4187/STC-NS`` of 2025 cited in a Nghệ An and a Hà Tĩnh report: a code no list holds is a local
    office's, so the two are two documents (they were one, ``4187/STC-NS@2025``); a ministry's letter
    stays one (``Bộ Công Thương`` was no listed code)."""
    text = "Thực hiện Công văn số 4187/STC-NS ngày 3/4/2025 của Sở Tài chính; Công văn số 88/BCT-KH ngày 5/4/2025 của Bộ Công Thương."
    r = corpus(a=[text], b=[text])["references"]
    ids = r.groupby("symbol")["canonical_id"].nunique().to_dict()
    assert ids == {"4187/STC-NS": 2, "88/BCT-KH": 1}
    # a ministry's letter signed by a code no list holds (``LĐTBXH``, which a district's office signs too) is the
    # country's when the text names the ministry; ``BNN`` is the agriculture ministry's letters' code
    text = ("Thực hiện Công văn số 4785/LĐTBXH-VPQGGN ngày 23/11/2023 của Bộ Lao động - Thương binh và Xã hội, Công văn "
            "số 100/BNN-KH ngày 24/11/2023 và Công văn số 55/LĐTBXH-BTXH ngày 25/11/2023.")
    r = corpus(a=[text], b=[text])["references"]
    assert r.groupby("symbol")["canonical_id"].nunique().to_dict() == {
        "4785/LĐTBXH-VPQGGN": 1, "100/BNN-KH": 1, "55/LĐTBXH-BTXH": 2}
    assert set(r["canonical_id"]) >= {"4785/LĐTBXH-VPQGGN@2023", "100/BNN-KH@2023"}


def test_short_forms_of_a_party_rule_written_qd_a_plan_and_after_more_words() -> None:
    """``Quy định 24`` names ``Quy định số 24-QĐ/TW`` (the Party writes its rules ``QĐ`` since
    2021: the short form, coded ``QĐi``, was a document of its own); ``Kế hoạch 45 của Ban Thường vụ
    Tỉnh ủy`` and ``Chỉ thị 28 đến các chi bộ`` are short forms (no row before); ``Kế hoạch 2025`` is
    the year's plan, no number."""
    f = corpus(a=["Thực hiện Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương, Kế hoạch số "
                  "45-KH/TU ngày 10/1/2014 của Ban Thường vụ Tỉnh ủy và Chỉ thị số 28-CT/TW ngày 21/9/2013 của Ban Bí thư.",
                  "Sau khi Quy định 24 có hiệu lực, việc thực hiện Kế hoạch 45 của Ban Thường vụ Tỉnh ủy đạt kết quả.",
                  "Tổ chức quán triệt Chỉ thị 28 đến các chi bộ; Kế hoạch 2025 đã hoàn thành."])
    r = f["references"]
    short = r[r["block_id"] > 0]
    assert list(zip(short["text"], short["canonical_id"])) == [
        ("Quy định 24", "24-QĐ/TW@2021"), ("Kế hoạch 45", "45-KH/TU@a:province"), ("Chỉ thị 28", "28-CT/TW@2013")]


def test_a_short_form_before_a_place_or_a_link_word() -> None:
    """``thực hiện Chỉ thị 28 ở 16/16 đảng bộ``, ``Nghị quyết 04 gắn với …``: no mention (the words after
    a short form's number were too few to tell it from a count)."""
    f = corpus(a=["Thực hiện Chỉ thị số 28-CT/TW ngày 21/9/2013 của Ban Bí thư và Nghị quyết số 04-NQ/TW ngày 30/10/2016.",
                  "Tổng kết 10 năm thực hiện Chỉ thị 28 ở 16/16 đảng bộ trực thuộc.",
                  "Việc thực hiện Nghị quyết 04 gắn với Chỉ thị 28 được chú trọng."])
    r = f["references"]
    assert list(zip(r[r["block_id"] > 0]["text"], r[r["block_id"] > 0]["canonical_id"])) == [
        ("Chỉ thị 28", "28-CT/TW@2013"), ("Nghị quyết 04", "04-NQ/TW@2016"), ("Chỉ thị 28", "28-CT/TW@2013")]


def test_the_party_named_in_full_or_not_is_one_instrument() -> None:
    """``Căn cứ Điều lệ Đảng Cộng sản Việt Nam`` and ``… về thi hành Điều lệ Đảng`` were two canonical documents."""
    f = corpus(a=["Căn cứ Điều lệ Đảng Cộng sản Việt Nam;", "Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành "
                  "Trung ương về thi hành Điều lệ Đảng;"])
    named = f["references"][f["references"]["name"].fillna("").str.startswith("Điều lệ")]
    assert len(named) == 2 and named["canonical_id"].nunique() == 1


def test_a_task_listed_after_a_comma_and_a_later_document_are_no_subjects_edge() -> None:
    """``quán triệt Kết luận số 114-KL/TW …, thực hiện nghiêm Luật … số 10/2022/QH15``: the report's two tasks, not
    a 2015 conclusion implementing a 2022 law; ``Kế hoạch 35 … về thực hiện Nghị quyết 01`` still is an edge."""
    f = corpus(a=["Đề nghị các cấp quán triệt Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư, thực hiện nghiêm Luật "
                  "Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022.",
                  "Kế hoạch số 35-KH/TU ngày 5/3/2021 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 01-NQ/TU ngày "
                  "1/2/2021 của Tỉnh ủy.",
                  "Kế hoạch số 36-KH/TU ngày 5/3/2021 của Tỉnh ủy về thực hiện Nghị quyết số 02-NQ/TU ngày 1/2/2022."])
    c = f["citations"]
    inner = c[c["citing_canonical_id"].notna()]
    assert [(i.split("@")[0], j.split("@")[0]) for i, j in inner[["citing_canonical_id", "cited_canonical_id"]].itertuples(index=False)] == [
        ("35-KH/TU", "01-NQ/TU")]


def test_an_act_in_another_documents_subject_is_that_documents_not_the_reports() -> None:
    """``Triển khai Kết luận 118 … về điều chỉnh, bổ sung Chỉ thị 35``: 118 amends 35; the report implements both
    (it "amended" 35, and its citation edge said so)."""
    f = corpus(a=["Triển khai Kết luận số 118-KL/TW ngày 18/01/2025 của Bộ Chính trị về điều chỉnh, bổ sung Chỉ thị số "
                  "35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp."])
    assert f["references"]["relation"].tolist() == ["implements", "implements"]
    c = f["citations"]
    assert [(i.split("@")[0] if isinstance(i, str) else None, j.split("@")[0], r)
            for i, j, r in c[["citing_canonical_id", "cited_canonical_id", "relation"]].itertuples(index=False)] == [
        (None, "118-KL/TW", "implements"), (None, "35-CT/TW", "implements"), ("118-KL/TW", "35-CT/TW", "amends")]


def test_a_registry_document_no_mention_resolves_to_is_no_directive() -> None:
    """``Nghị quyết số 18-NQ/TW ngày 25/10/2017``: the registry's other 18-NQ/TW (of 2022, on land) was a directives row
    with no mention."""
    f = corpus(a=["Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng."])
    d = f["directives"]
    assert d["canonical_id"].tolist() == ["18-NQ/TW@2017"]
    assert (d["n_mentions"] > 0).all()


def test_a_title_without_its_year_is_the_one_the_report_dates() -> None:
    """``Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022`` and then ``… của Luật Thi đua, khen thưởng``: two
    canonical documents, one with no year; not where the bare title is in the subject of an earlier document."""
    f = corpus(a=["Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; Nghị định số 98/2023/NĐ-CP ngày "
                  "31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng."],
               b=["Căn cứ Luật Đầu tư công năm 2024; Nghị định số 40/2020/NĐ-CP ngày 06/4/2020 của Chính phủ quy định "
                  "chi tiết thi hành một số điều của Luật Đầu tư công."])
    r = f["references"]
    ids = r[r["name"].fillna("").str.startswith("Luật Thi đua")]["canonical_id"].tolist()
    assert len(ids) == 2 and ids[0] == ids[1]
    ids = r[r["name"].fillna("").str.startswith("Luật Đầu tư công")]["canonical_id"].tolist()
    assert len(ids) == 2 and ids[0] != ids[1]


def test_a_short_form_with_its_types_code_resolves_as_one_with_its_word() -> None:
    """``quán triệt NQ 57``, ``KL 121, 123``: notes and tables abbreviate the type word to its code; they were no
    references. A symbol (``CT 05-CT/TW``), a year (``NQ 2025``), a share (``NQ: 7,5%``) and the ambiguous ``TT``
    (Thông tư, Thông tri, ``TT Huyện ủy``) are none."""
    f = corpus(a=["Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Đảng ủy đã quán triệt NQ 57 và "
                  "KL 121, 123 đến cán bộ.", "Chỉ tiêu NQ 2025 đạt (NQ: 7,5%); TT 12 họp."])
    r = f["references"]
    short = r[r["text"].isin(["NQ 57", "KL 121", "123"])]
    assert short["name"].tolist() == ["Nghị quyết 57", "Kết luận 121", "Kết luận 123"]
    assert short["canonical_id"].iloc[0] == r["canonical_id"].iloc[0]  # the 57-NQ/TW the report names in full
    assert len(r) == 4


def test_an_act_right_after_a_reference_is_that_documents() -> None:
    """``Quy định số 296-QĐ/TW … thay thế Quy định số 22-QĐ/TW``: 296 replaces 22, and a commune's report "replaced"
    the Central Committee's regulation as well; ``Kế hoạch này thay thế …`` (its own) and a replacing clause of its
    own after a ``;`` stay the text's acts."""
    f = corpus(a=["Quy định số 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương thay thế Quy định số 22-QĐ/TW "
                  "ngày 28/7/2021."],
               b=["Căn cứ Quyết định số 15/QĐ-UBND ngày 2/3/2024; thay thế Quyết định số 10/QĐ-UBND ngày 5/1/2023."])
    c = f["citations"]
    inner = c[c["citing_canonical_id"].notna()]
    assert [(i.split("@")[0], j.split("@")[0], r) for i, j, r in inner[["citing_canonical_id", "cited_canonical_id", "relation"]].itertuples(index=False)] == [
        ("296-QĐ/TW", "22-QĐ/TW", "replaces")]
    r = f["references"].set_index("symbol")["relation"]
    assert r["22-QĐ/TW"] == "unknown" and r["10/QĐ-UBND"] == "replaces"


def test_a_short_form_resolved_in_its_report_takes_the_documents_type_code() -> None:
    """``Quy định 144`` beside ``Quy định số 144-QĐ/TW``: it took the symbol but kept ``QĐi``, the word's old code."""
    r = corpus(a=["Thực hiện Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng.",
                  "Các đảng viên thực hiện Quy định 144; chi bộ kiểm tra."])["references"]
    assert r[["symbol", "type_code"]].values.tolist() == [["144-QĐ/TW", "QĐ"], ["144-QĐ/TW", "QĐ"]]


def test_a_document_after_a_plans_subject_ended_is_the_reports_not_the_plans() -> None:
    """``Thực hiện Kế hoạch số 86-KH/TU … về sơ kết giữa nhiệm kỳ, Ban Thường vụ Huyện ủy báo cáo sơ kết 03 năm thực hiện
    Nghị quyết số 12-NQ/HU``: the plan's subject ends at the comma; the report reviews the resolution, the plan does not
    (an edge 86-KH/TU → 12-NQ/HU, ``reviews``)."""
    f = corpus(a=["Thực hiện Kế hoạch số 86-KH/TU ngày 20/4/2023 của Ban Thường vụ Tỉnh ủy Thanh Hóa về sơ kết giữa nhiệm "
                  "kỳ, Ban Thường vụ Huyện ủy báo cáo sơ kết 03 năm thực hiện Nghị quyết số 12-NQ/HU ngày 10/3/2021 như sau:",
                  "Kế hoạch số 90-KH/TU ngày 2/5/2023 của Tỉnh ủy về thực hiện Nghị quyết số 13-NQ/HU ngày 1/3/2021."])
    c = f["citations"]
    inner = c[c["citing_canonical_id"].notna()][["citing_canonical_id", "cited_canonical_id"]]
    assert [(a.split("@")[0], b.split("@")[0]) for a, b in inner.itertuples(index=False)] == [("90-KH/TU", "13-NQ/HU")]
    reviews = c[c["citing_canonical_id"].isna() & c["cited_canonical_id"].str.startswith("12-NQ/HU")]
    assert reviews["relation"].tolist() == ["reviews"]
