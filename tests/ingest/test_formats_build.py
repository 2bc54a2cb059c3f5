"""`policykg build` over a folder of PDF, Word and HTML files: all read, offsets into the stored text."""
import json
import shutil

import pandas as pd
from typer.testing import CliRunner

from policykg.cli import app

runner = CliRunner()
FILES = ["govcn_gongbao_2007_23.html", "govdoc_cn_397.pdf", "gwr2025_heilongjiang.docx", "gwr2025_jiangxi.docx",
         "people_culture_20190615.html", "shanxi_gov_news_20190918.html"]
BODY = {  # a sentence of each document's body
    "govcn_gongbao_2007_23.html": "会议同意国务院提出的议案，同意全国人民代表大会财政经济委员会在议案审查报告中提出的建议。",
    "govdoc_cn_397.pdf": "税务部门与有关部门合作，建立个人所得税严重失信当事人联合惩戒机制，",
    "gwr2025_heilongjiang.docx": "现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员和列席人员提出意见。",
    "gwr2025_jiangxi.docx": "各位代表！过去一年，工青妇、红十字会、社联、文联、侨联、残联、科协、对外友协、贸促会等群团组织",
    "people_culture_20190615.html": "今年的6月16日是父亲节。",
    "shanxi_gov_news_20190918.html": "巴西华人协会会长张伟表示，圣保罗有20多万华商。",
}
FURNITURE = ["— 1 —", "— 3 —", "扫一扫在手机打开当前页", "版权所有", "字体：", "推荐阅读", "点击进入", "首页"]


def run(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def test_build_reads_every_format_and_offsets_index_the_stored_text(formats, tmp_path):
    out = tmp_path / "out"
    result = run("build", formats, "-o", out, "--jobs", "1", "--no-progress", "--formats", "csv,parquet")
    assert result.exit_code == 0, result.stderr
    assert "warning" not in result.stderr
    documents = pd.read_parquet(out / "documents.parquet").set_index("id")
    assert sorted(documents.index) == FILES
    for name in FILES:
        text = documents.loc[name, "text"]
        assert BODY[name] in text
        assert not any(furniture in text for furniture in FURNITURE)
        assert documents.loc[name, "date"] and documents.loc[name, "title"]
        blocks = json.loads(documents.loc[name, "blocks"])
        assert blocks[0]["start"] == 0 and blocks[-1]["end"] == len(text)
        assert all("page" in b for b in blocks) == name.endswith(".pdf")
    csv_documents = pd.read_csv(out / "documents.csv", keep_default_na=False).set_index("id")
    assert csv_documents.loc["govdoc_cn_397.pdf", "text"] == documents.loc["govdoc_cn_397.pdf", "text"]
    records = [json.loads(line) for line in (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    mentions = [r for r in records if "label" in r]  # relations have no surface text
    assert {m["doc"] for m in mentions} == set(FILES)  # the poets of the culture page too (——（宋）陆游)
    for m in mentions:
        assert documents.loc[m["doc"], "text"][m["start"]:m["end"]] == m["text"]


def test_extract_mixed_folder_reads_every_format_and_names_the_broken_file(formats, tmp_path):
    folder = tmp_path / "mixed"
    shutil.copytree(formats, folder / "formats")
    (folder / "notes").mkdir()
    (folder / "notes" / "page.txt").write_text("市委书记袁家军出席会议并讲话。\n", encoding="utf-8")
    (folder / "notes" / "rows.jsonl").write_text(json.dumps({"id": "row-1", "text": "市长胡衡华主持会议。"},
                                                            ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "notes" / "scan.pdf").write_bytes(b"%PDF-1.4\n%broken")
    result = run("extract", folder, "--format", "table")
    assert result.exit_code == 0
    assert {line.split("\t")[0] for line in result.stdout.splitlines()} == {
        f"formats/{name}" for name in FILES} | {"notes/page.txt", "row-1"}
    assert result.stderr == f"policykg: warning: {folder / 'notes' / 'scan.pdf'}: not a readable PDF (Data format error)\n"


def test_build_include_and_exclude_choose_the_files(formats, tmp_path):
    folder = tmp_path / "mixed"
    shutil.copytree(formats, folder / "formats")
    (folder / "notes").mkdir()
    (folder / "notes" / "page.txt").write_text("市委书记袁家军出席会议并讲话。\n", encoding="utf-8")
    result = run("extract", folder, "--include", "*.docx", "--include", "notes/*", "--exclude", "*jiangxi*",
                 "--format", "table")
    assert result.exit_code == 0, result.stderr
    assert {line.split("\t")[0] for line in result.stdout.splitlines()} == {"formats/gwr2025_heilongjiang.docx",
                                                                            "notes/page.txt"}
    result = run("extract", folder, "--include", "*.xlsx")
    assert result.exit_code == 1
    assert "folder holds no .txt, .md, .jsonl, .csv, .pdf, .docx or .html files matching the include/exclude " \
           "patterns" in result.stderr
