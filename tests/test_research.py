"""Researchers' commands on a corpus built for them (issue 9): three reports from three
provinces citing the same central resolution in different spellings, and the two
different documents numbered 59-CT/TW."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from conftest import ROOT, ingest
from pipeline.cites import candidates, citing_rows, describe, parse_query
from pipeline.cli import main as vnreport
from pipeline.query import sql

CORPUS = ROOT / "tests" / "fixtures" / "research"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("research")
    ingest([CORPUS], folder)
    return folder


@pytest.fixture(scope="module")
def frames(out: Path) -> dict[str, pd.DataFrame]:
    from pipeline.write import read_tables
    return read_tables(out)


@pytest.mark.parametrize("query", ["25-NQ/TW", "25/NQ-TW", "25 - NQ/TW", "Nghị quyết 25", "nghị quyết số 25"])
def test_every_spelling_finds_the_three_citing_reports(frames, query):
    found = candidates(frames["directives"], parse_query(query))
    assert found["canonical_id"].nunique() == 1
    rows = citing_rows(frames, found["canonical_id"].tolist())
    assert rows[["date", "report", "province", "relation"]].values.tolist() == [
        ["2019-11-20", "hue_tu_2019.txt", "Thừa Thiên Huế", "continues"],
        ["2021-03-15", "krongpac_hu_2021.txt", "Đắk Lắk", "implements"],
        ["2022-01-05", "camau_hu_2022.txt", "Cà Mau", "continues"],
    ]
    assert rows["sentence"].str.contains("25", regex=False).all()
    assert rows["sentence"].iloc[1].startswith("Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013")


def test_ambiguous_symbol_shows_candidates_then_one_by_id(out, capsys):
    assert vnreport(["cites", "59-CT/TW", "--out", str(out)]) == 3
    listing = capsys.readouterr().out
    assert "2 documents match" in listing and "1995-09-27" in listing and "2000-12-15" in listing
    found = candidates(pd.read_parquet(out / "directives.parquet"), parse_query("59-CT/TW"))
    by_date = found.set_index("date")["canonical_id"]
    assert vnreport(["cites", "59-CT/TW", "--id", by_date["2000-12-15"], "--out", str(out), "--format", "csv"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and lines[1].startswith("2021-03-15,krongpac_hu_2021.txt,Đắk Lắk,")
    assert "Hội Nông dân" in lines[1]


def test_directive_record_counts_by_year_and_province(frames, out, capsys):
    found = candidates(frames["directives"], parse_query("43-KL/TW"))
    info = describe(frames, found["canonical_id"].iloc[0])
    assert info["record"]["date"] == "2013-01-07"
    assert info["n_mentions"] == 2
    assert info["by_year"].to_dict() == {"2019": 1, "2022": 1}
    assert info["by_province"].to_dict() == {"Thừa Thiên Huế": 1, "Cà Mau": 1}
    assert vnreport(["directive", "43-KL/TW", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "cited 2 times by 2 reports" in text and "Ban Bí thư" in text


def test_unknown_document_is_a_clear_miss(out, capsys):
    assert vnreport(["cites", "999-NQ/TW", "--out", str(out)]) == 1
    assert "no cited document matches" in capsys.readouterr().err


def test_sql_sees_every_table(out):
    counts = sql(out, "SELECT symbol, count(*) AS n FROM refs WHERE symbol IN ('25-NQ/TW', '59-CT/TW') GROUP BY 1 ORDER BY 1")
    assert counts.values.tolist() == [["25-NQ/TW", 3], ["59-CT/TW", 2]]
    assert sql(out, "SELECT count(*) FROM documents WHERE status = 'ok'").iloc[0, 0] == 3


def test_exports_sqlite_and_citation_graph(out, tmp_path):
    assert vnreport(["export", "--out", str(out), "--sqlite", str(tmp_path / "r.sqlite"),
                     "--graph", str(tmp_path / "r.graphml")]) == 0
    with sqlite3.connect(tmp_path / "r.sqlite") as con:
        n = con.execute('SELECT count(*) FROM "references" WHERE symbol = ?', ("25-NQ/TW",)).fetchone()[0]
    assert n == 3
    graph = nx.read_graphml(tmp_path / "r.graphml")
    cid = candidates(pd.read_parquet(out / "directives.parquet"), parse_query("25-NQ/TW"))["canonical_id"].iloc[0]
    assert sorted(graph.predecessors(cid)) == ["camau_hu_2022.txt", "hue_tu_2019.txt", "krongpac_hu_2021.txt"]


def test_a_query_written_as_a_report_writes_it(frames, out, capsys):
    """``Nghị quyết số 25-NQ/TW`` (type word, số, symbol) is the symbol (it was read as a name and found
    the documents whose titles quote it); a name a mention was resolved from answers by that resolution."""
    found = candidates(frames["directives"], parse_query("Nghị quyết số 25-NQ/TW"))
    assert found["canonical_id"].tolist() == candidates(frames["directives"], parse_query("25-NQ/TW"))["canonical_id"].tolist()
    refs = frames["references"]
    named = refs[refs["name"].notna() & refs["canonical_id"].notna()].iloc[0]
    by_name = candidates(frames["directives"], parse_query(named["name"]), refs, named["name"])
    assert by_name["canonical_id"].iloc[0] == named["canonical_id"]
    assert vnreport(["directive", "43-KL/TW", "--out", str(out), "--format", "json"]) == 0
    import json

    record = json.loads(capsys.readouterr().out)
    assert (record["canonical_id"], record["record"]["date"], record["n_mentions"]) == ("43-KL/TW@2013", "2013-01-07", 2)
    assert vnreport(["sql", "SELECT count(*) FROM references", "--out", str(out)]) == 2
    assert "the table is also `refs`" in capsys.readouterr().err


@pytest.mark.parametrize("query", ["25–NQ/TƯ", "Nghị quyết 25-NQ/TW ngày 03/6/2013", "25 - NQ / TƯ"])
def test_a_query_written_with_another_dash_or_tu_or_a_date_after_it(frames, query):
    """An en dash, ``TƯ`` for TW, and the date a citation writes after the symbol found nothing."""
    assert candidates(frames["directives"], parse_query(query))["canonical_id"].nunique() == 1


def test_cites_gives_each_mentions_provenance_and_machine_readable_choices(frames, out, capsys):
    """Every row says which mention, block and characters it is (a researcher checks it in the text),
    and an ambiguous query lists its choices as JSON on stdout when JSON was asked for."""
    import json

    assert vnreport(["cites", "25-NQ/TW", "--out", str(out), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    blocks = frames["blocks"].set_index(["doc_id", "block_id"])["text"]
    for r in rows:
        assert blocks.loc[(r["doc_id"], r["block_id"])][r["char_start"]:r["char_end"]] == r["text"]
        assert r["canonical_id"] and r["mention_id"].startswith(r["doc_id"] + "#")
    assert vnreport(["cites", "59-CT/TW", "--out", str(out), "--format", "json"]) == 3
    choices = json.loads(capsys.readouterr().out)
    assert sorted(c["date"] for c in choices) == ["1995-09-27", "2000-12-15"]
    assert vnreport(["directive", "59-CT/TW", "--all", "--out", str(out), "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert vnreport(["cites", "59-CT/TW", "--id", "nosuch@1", "--out", str(out)]) == 1
    assert "none with --id 'nosuch@1'" in capsys.readouterr().err
    assert vnreport(["cites", " ", "--out", str(out)]) == 2
    assert vnreport(["cites", "5", "--out", str(out)]) == 1  # a number alone matches whole numbers only


def test_the_graph_links_documents_to_documents_and_reports_to_their_own_number(out, tmp_path):
    """GraphML had only report → document edges: 43-KL/TW's link to the resolution it continues, and a
    report's own number, were lost to a graph tool."""
    assert vnreport(["export", "--out", str(out), "--graph", str(tmp_path / "g.graphml")]) == 0
    graph = nx.read_graphml(tmp_path / "g.graphml")
    edge = graph.edges["43-KL/TW@2013", "name:nghị quyết trung ương 7 khóa x"]
    assert edge["kind"] == "cites" and "continues" in edge["relations"].split(",")
    kinds = {d["kind"] for _, _, d in graph.edges(data=True)}
    assert kinds == {"cites", "is"}
    for report, own, d in graph.edges(data=True):
        if d["kind"] == "is":
            assert graph.nodes[report]["kind"] == "report" and graph.nodes[own]["kind"] == "document"


def test_report_lists_what_it_cites_and_who_cites_it_back(tmp_path, capsys):
    """One report's citations and the reports citing its own number took hand-written SQL."""
    import json

    src = tmp_path / "src"
    src.mkdir()
    (src / "a_kehoach.txt").write_text(
        "HUYỆN ỦY THỚI BÌNH\nSố: 12-KH/HU\nThới Bình, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\n"
        "Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương về công tác dân vận.\n",
        encoding="utf-8")
    (src / "b_baocao.txt").write_text(
        "HUYỆN ỦY THỚI BÌNH\nSố: 40-BC/HU\nThới Bình, ngày 20 tháng 12 năm 2024\nBÁO CÁO\n"
        "Thực hiện Kế hoạch số 12-KH/HU ngày 05/3/2024 của Huyện ủy Thới Bình về công tác dân vận, các chi bộ đã triển khai.\n",
        encoding="utf-8")
    out = tmp_path / "out"
    ingest([src], out)
    capsys.readouterr()
    assert vnreport(["report", "a_kehoach", "--out", str(out), "--format", "json"]) == 0
    view = json.loads(capsys.readouterr().out)
    assert [c["symbol"] for c in view["cites"]] == ["25-NQ/TW"] and view["cites"][0]["relations"] == "implements"
    assert [r["report"] for r in view["cited_by_reports"]] == ["b_baocao.txt"]
    assert vnreport(["report", "_", "--out", str(out)]) == 3  # names two reports
    assert vnreport(["report", "nosuch", "--out", str(out)]) == 1


def test_report_finds_a_name_written_decomposed() -> None:
    """A file named on a Mac is decomposed (NFD); the name typed is composed."""
    import unicodedata

    from pipeline.report_view import find_report

    documents = pd.DataFrame({"doc_id": ["x"], "path": [unicodedata.normalize("NFD", "báo cáo tổng kết 2022.txt")]})
    assert find_report(documents, "báo cáo tổng kết")["doc_id"].tolist() == ["x"]


def test_a_code_typed_without_vietnamese_letters_finds_its_document():
    """``24-QD/TW`` typed on a keyboard without Đ found nothing for 24-QĐ/TW."""
    directives = pd.DataFrame([{"canonical_id": "24-QĐ/TW@2021", "number": "24", "type_code": "QĐ", "issuer_code": "TW",
                                "year": 2021, "date": "2021-07-30", "name": None, "title": "Thi hành Điều lệ Đảng", "type": "Quy định",
                                "symbol": "24-QĐ/TW", "n_citing_documents": 3}])
    for query in ("24-QD/TW", "24-QĐ/TW", "Quy định 24"):
        assert candidates(directives, parse_query(query))["canonical_id"].tolist() == ["24-QĐ/TW@2021"], query
