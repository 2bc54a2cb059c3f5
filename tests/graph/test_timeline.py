"""Time (issue 4): `policykg terms` first appearances on the national government work reports, --by month, undated documents."""
import csv
import json
import re
import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from policykg.cli import app
from policykg.graph.timeline import term_table

ROOT = Path(__file__).resolve().parents[2]
NATIONAL = ROOT / "corpus" / "national_gwr"
SEEDS = ROOT / "seeds"
FIXED = ["name", "label", "first_seen", "last_seen", "mentions", "documents", "parts", "descriptor"]

# formulation → other spellings a plain search must also accept (the extractor knows them as aliases)
TERMS = {
    "一国两制": (), "三农": (), "中央八项规定": ("八项规定",), "四风": (), "平安中国": (), "一带一路": (), "互联网+": (), "十三五": (),
    "四个全面": (), "两个一百年": (), "中国制造2025": (), "健康中国": (), "双创": ("大众创业、万众创新", "大众创业万众创新"),
    "五位一体": (), "三严三实": (), "证照分离": (), "放管服": (), "四个意识": (), "三去一降一补": (), "两学一做": (),
    "四个自信": (), "三大攻坚战": (), "数字中国": (), "两个维护": (), "一网通办": (), "十四五": (), "六稳": (), "六保": (),
    "双循环": (), "揭榜挂帅": (), "跨省通办": (), "专精特新": (), "两个确立": (), "双碳": ("碳达峰碳中和",),
    "中国式现代化": (), "新质生产力": (), "人工智能+": (), "十五五": (),
}
runner = CliRunner()


def cli(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def national_years() -> dict[str, str]:
    """Year of each national report, from sources.tsv."""
    with open(NATIONAL / "sources.tsv", encoding="utf-8") as f:
        return {row["file"]: row["year"] for row in csv.DictReader(f, delimiter="\t")}


@pytest.fixture(scope="module")
def national_texts(national_years) -> dict[str, str]:
    """Year → report text, whitespace removed and width normalised (＋ → +)."""
    texts = {}
    for name, year in national_years.items():
        text = unicodedata.normalize("NFKC", (NATIONAL / name).read_text(encoding="utf-8"))
        texts[year] = re.sub(r"\s+", "", text)
    return dict(sorted(texts.items()))


@pytest.fixture(scope="module")
def national_terms(tmp_path_factory) -> pd.DataFrame:
    out = tmp_path_factory.mktemp("terms") / "terms.csv"
    result = cli("terms", *sorted(NATIONAL.glob("national_gwr_*.txt")), "--by", "year", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert "no date" not in result.stderr
    return read_csv(out).set_index("name")


def test_timeline_national_data_complete(national_years):
    assert len(TERMS) >= 20
    assert sorted(national_years) == sorted(p.name for p in NATIONAL.glob("national_gwr_*.txt"))
    assert all(name.endswith(f"_{year}.txt") for name, year in national_years.items())


def test_timeline_national_year_columns(national_terms, national_years):
    assert list(national_terms.columns) == FIXED[1:] + sorted(national_years.values())
    assert set(national_terms["label"]) == {"SLOGAN"}


@pytest.mark.parametrize("term", sorted(TERMS))
def test_timeline_national_first_appearance(national_terms, national_texts, term):
    forms = (term, *TERMS[term])
    present = [year for year, text in national_texts.items() if any(form in text for form in forms)]
    assert term in national_terms.index, f"{term} not extracted"
    row = national_terms.loc[term]
    assert row["first_seen"][:4] == present[0]
    assert row["last_seen"][:4] == present[-1]
    counted = [year for year in national_texts if int(row[year]) > 0]
    assert set(counted) <= set(present) and counted[0] == present[0]


def test_timeline_seeds_by_month(tmp_path):
    out = tmp_path / "terms.csv"
    result = cli("terms", SEEDS, "--by", "month", "--manifest", SEEDS / "manifest.csv", "-o", out)
    assert result.exit_code == 0, result.stderr
    table = read_csv(out).set_index("name")
    # seed dates: the manifest gives the year, the text the day (3月21日 …); 004 has a year only
    assert list(table.columns) == FIXED[1:] + ["2023-06", "2024-04", "2025-03"]
    row = table.loc["33618"]
    assert (row["first_seen"], row["last_seen"]) == ("2023-06-05", "2025-03-21")
    assert row["descriptor"] == "现代制造业集群体系"
    assert len(json.loads(row["parts"])) == 12  # the 12 clusters
    assert [int(row[m]) for m in ("2023-06", "2024-04", "2025-03")] == [2, 1, 4]
    assert int(row["documents"]) == 5
    first = table.loc["四链融合"]
    assert set(json.loads(first["parts"])) == {"创新链", "产业链", "资金链", "人才链"}
    assert "33618" in result.stdout and "2025-03" in result.stdout


def test_timeline_undated_document_kept_and_reported(tmp_path):
    corpus = tmp_path / "pages"
    corpus.mkdir()
    (corpus / "note.txt").write_text("市委书记袁家军强调，要做大做强“33618”现代制造业集群体系。\n", encoding="utf-8")
    (corpus / "report_2019.txt").write_text("2019年3月5日，要做大做强“33618”现代制造业集群体系，推进“一带一路”建设。\n",
                                            encoding="utf-8")
    out = tmp_path / "terms.csv"
    result = cli("terms", corpus, "--by", "month", "--label", "SLOGAN,PERSON", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert "1 of 2 documents have no date" in result.stderr and "note.txt" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    table = read_csv(out).set_index("name")
    code = table.loc["33618"]
    assert (int(code["mentions"]), int(code["documents"]), code["first_seen"], code["2019-03"]) == (2, 2, "2019-03-05", "1")
    person = table.loc["袁家军"]  # only in the undated page: kept, without time attributes
    assert (person["label"], int(person["mentions"]), person["first_seen"], person["2019-03"]) == ("PERSON", 1, "", "0")


def test_timeline_bad_period():
    result = cli("terms", SEEDS / "000_438ca7892967b830.txt", "--by", "week")
    assert result.exit_code == 2
    assert "Invalid value for '--by'" in result.stderr and "'week' is not one of 'year', 'month'" in result.stderr


def test_timeline_term_table_empty_graph():
    import networkx as nx

    assert list(term_table(nx.MultiDiGraph(), by="month").columns) == FIXED


def test_dates_of_any_precision_compare_as_dates(tmp_path):
    """A year never hides a day of that year; a later year wins over a day of an earlier one."""
    from policykg.ingest.dates import date_order, earlier, later

    assert (earlier("2025", "2025-03-21"), later("2025", "2025-03-21")) == ("2025-03-21", "2025-03-21")
    assert (earlier("2024", "2025-03-21"), later("2024", "2025-03-21")) == ("2024", "2025-03-21")
    assert (earlier("2025-02", "2025-01-31"), later("2025-02", "2025-01-31")) == ("2025-01-31", "2025-02")
    assert sorted(["2025-03-21", "2025", "2024-12", "2025-01-01"], key=date_order) == \
        ["2024-12", "2025", "2025-01-01", "2025-03-21"]

    corpus = tmp_path / "pages"
    corpus.mkdir()
    text = "要做大做强“33618”现代制造业集群体系，推进“一带一路”建设。\n"
    for name in ("report_2025.txt", "page_20250321.txt", "page_20240105.txt"):
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "older_2023.txt").write_text("推进“一带一路”建设。\n", encoding="utf-8")
    out = tmp_path / "terms.csv"
    assert cli("terms", corpus, "-o", out).exit_code == 0
    table = read_csv(out)
    assert table["name"].tolist() == ["一带一路", "33618"]  # sorted by first appearance
    assert table.set_index("name").loc["33618", ["first_seen", "last_seen"]].tolist() == ["2024-01-05", "2025-03-21"]
    assert table.set_index("name").loc["一带一路", ["first_seen", "last_seen"]].tolist() == ["2023", "2025-03-21"]
