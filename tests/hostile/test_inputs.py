"""Hostile inputs never stop a run: each problem is one line naming the file, valid rows are never dropped, and
every output is well-formed (UTF-8, XML, JSON, one table line per record)."""
import json
import os
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from typer.testing import CliRunner

from policykg.cli import app
from policykg.errors import InputError
from policykg.ingest import read_documents
from policykg.ingest.encoding import decode
from policykg.model import Document
from policykg.run import process_documents

PAGE = "市委书记袁家军出席会议并讲话。市长胡衡华主持会议，强调要推进“33618”现代制造业集群体系建设。"
# characters str.splitlines() breaks at, besides \n and \r: valid inside a JSON string
SEPARATORS = ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"]
runner = CliRunner()


def cli(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def problems(paths, **kwargs):
    found = []
    documents = list(read_documents(paths, found.append, **kwargs))
    return documents, [error.message for error in found]


def test_jsonl_rows_with_line_separators_inside_are_all_read(tmp_path):
    rng = random.Random(19)
    rows = [{"id": f"r{i}", "text": PAGE[:rng.randrange(8, len(PAGE))] + rng.choice(SEPARATORS) + PAGE[:12]}
            for i in range(2000)]
    path = tmp_path / "rows.jsonl"
    lines = [json.dumps(row, ensure_ascii=False) for row in rows] + ["{not json"]
    path.write_text("\r\n".join(lines[:1000]) + "\r\n" + "\n".join(lines[1000:]) + "\n", encoding="utf-8")
    documents, found = problems([path])
    assert [d.id for d in documents] == [row["id"] for row in rows]
    assert [d.text for d in documents] == [row["text"] for row in rows]
    assert found == [f"{path}:2001: not valid JSON (Expecting property name enclosed in double quotes at column 2)"]


def test_jsonl_rows_of_the_wrong_types_are_named(tmp_path):
    path = tmp_path / "rows.jsonl"
    rows = [{"id": ["a"], "text": PAGE}, {"id": True, "text": PAGE}, {"id": 7, "text": PAGE, "date": 2024},
            {"id": "x", "text": PAGE, "title": {"t": 1}}, {"id": "y", "text": 5}, ["not", "an", "object"]]
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n" + "[" * 100_000 + "\n", encoding="utf-8")
    documents, found = problems([path])
    assert [(d.id, d.date, d.title) for d in documents] == [
        ("rows.jsonl:1", None, None), ("rows.jsonl:2", None, None), ("7", "2024", None), ("x", None, None)]
    assert found == [
        f"{path}:1: 'id' is a list, not a string or a whole number: the row's id is rows.jsonl:1",
        f"{path}:2: 'id' is true or false, not a string or a whole number: the row's id is rows.jsonl:2",
        f"{path}:4: 'title' is an object, not a string: left out",
        f"{path}:5: row has no 'text' string",
        f"{path}:6: line is not a JSON object",
        f"{path}:7: not valid JSON (nested too deeply)"]


def test_lone_surrogates_and_odd_file_names_give_valid_utf8(tmp_path):
    corpus = tmp_path / "data"
    corpus.mkdir()
    (corpus / "rows.jsonl").write_text(json.dumps({"id": "s\ud800", "text": "重庆\udfff" + PAGE, "title": "\ud83d"})
                                       + "\n", encoding="utf-8")
    odd = os.fsencode(corpus) + b"/bad\xff\xfename.txt"
    with open(odd, "wb") as handle:
        handle.write(PAGE.encode("gbk"))
    out = tmp_path / "out"
    result = cli("build", corpus, "-o", out, "--no-progress", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "lone surrogates in 'text'" in result.stderr and "2 documents" in result.stdout
    for path in out.rglob("*"):
        if path.is_file() and path.suffix in (".csv", ".json", ".jsonl", ".html", ".graphml", ".gexf"):
            path.read_bytes().decode("utf-8")  # strict
    ids = [json.loads(line)["doc"] for line in (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {"s\\ud800", "bad\\xff\\xfename.txt"} == set(ids)
    extracted = cli("extract", corpus)
    assert extracted.exit_code == 0
    assert {json.loads(line)["doc"] for line in extracted.stdout.splitlines()} == {"s\\ud800", "bad\\xff\\xfename.txt"}


def test_control_characters_never_reach_names_and_xml_stays_well_formed(tmp_path):
    corpus = tmp_path / "data"
    corpus.mkdir()
    text = "市委书记袁家军强调，要推进“四\x0c链\x0b融合”和“六\x01稳”工作。\x1b重庆市\x7f长寿区\ufffe发布。"
    (corpus / "page.txt").write_text(text, encoding="utf-8")
    (corpus / "rows.jsonl").write_text(json.dumps({"id": "tab\there\nnew", "text": text, "title": "t\x00\x08"})
                                       + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = cli("build", corpus, "-o", out, "--no-progress", "--jobs", "1")
    assert result.exit_code == 0, result.output
    for name in ("graph.graphml", "graph.gexf"):
        etree.parse(str(out / name))  # well-formed, or lxml raises
    json.loads((out / "graph.json").read_text(encoding="utf-8"))
    names = [json.loads(line)["name"] for line in (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines()
             if '"label"' in line]
    assert names and not any(ch < " " or "\x7f" <= ch <= "\x9f" or ch == "\ufffe" for name in names for ch in name)
    table = cli("extract", corpus, "--format", "table")
    lines = table.stdout.splitlines()
    assert lines and all(len(line.split("\t")) == 6 for line in lines)


TRADITIONAL = "市委書記袁家軍出席會議並講話。重慶市長胡衡華主持會議，強調要推進現代製造業集群體系建設。" * 3
JAPANESE = "東京都の知事が会議に出席し、経済の発展について話しました。" * 3


@pytest.mark.parametrize("data, text, warning", [
    (TRADITIONAL.encode("big5"), TRADITIONAL, None),
    (JAPANESE.encode("shift_jis"), JAPANESE, None),
    (PAGE.encode("utf-8")[:30] + b"\xff" + PAGE.encode("utf-8")[31:], None, "not UTF-8 replaced with U+FFFD"),
    (PAGE.encode("utf-8").decode("latin-1").encode("utf-8"), None, "does not read as Chinese"),
    (PAGE.encode("gb18030"), PAGE, None),
], ids=["big5", "shift-jis", "one bad byte", "encoded twice", "gb18030"])
def test_encodings_are_read_or_named(data, text, warning):
    decoded, said = decode(data, "x.txt")
    if text is not None:
        assert decoded == text
    assert (said is None) if warning is None else (warning in said)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(min_size=1, max_size=300))
def test_fuzzed_bytes_decode_or_are_named(data):
    try:
        text, _ = decode(data, "fuzz.txt")
    except InputError as err:
        assert err.source == "fuzz.txt" and "\n" not in err.message
    else:
        text.encode("utf-8", "surrogatepass")


PIECES = st.sampled_from(["袁家军", "市委书记", "“33618”", "“四链融合”", "重庆市", "长寿区", "有限公司", "强调，", "。",
                          "\n", "\r\n", "“", "”", "、", "等6大行动", "即", "：", " ", "\x0c", "\u2028", "\ufeff", "A&B",
                          "(", ")", "1", "记者 杨帆", "# ", "—", "他强调"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=60))
def test_fuzzed_texts_are_extracted_with_valid_offsets(pieces):
    text = "".join(pieces)
    if not text.strip():
        return
    (processed,) = process_documents([Document("fuzz", text)])
    for mention in processed.result.mentions:
        assert text[mention.start:mention.end] == mention.text
    for sentence in processed.sentences:
        assert 0 <= sentence.start <= sentence.end <= len(text)


def test_lexicon_entries_with_ascii_punctuation_match_the_width_normalised_text(tmp_path):
    from policykg.run.passes import process_documents as process
    from policykg.extract.user import load_user_lexicon

    lexicon = tmp_path / "lexicon.yaml"
    lexicon.write_text("add: [{label: COMPANY, name: 'A&B(中国)有限公司'}, {label: SLOGAN, name: '1+N, 双循环'}]\n"
                       "ban: ['X(Y)']\n", encoding="utf-8")
    user = load_user_lexicon(lexicon)
    text = "A&B(中国)有限公司宣布推进“1+N, 双循环”。X(Y)公司。"
    (processed,) = process([Document("d", text)], user)
    found = {(m.label, m.name, m.text) for m in processed.result.mentions}
    assert ("COMPANY", "A&B(中国)有限公司", "A&B(中国)有限公司") in found
    assert ("SLOGAN", "1+N, 双循环", "1+N, 双循环") in found
    assert not any("X" in m.text for m in processed.result.mentions)
