"""Reading files, folders and JSONL/CSV corpora; every bad input is one InputError and the rest is read."""
import csv
import json
import random
from pathlib import Path

import pytest

from policykg.errors import InputError
from policykg.ingest import read_documents

GOOD = "市委书记袁家军出席会议并讲话。\n"


def read(paths):
    errors: list[InputError] = []
    docs = list(read_documents(paths, on_error=errors.append))
    return docs, errors


def write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


BAD_FILES = {
    "empty": (b"", "empty file"),
    "blank": (b" \n\r\n\t\n", "empty file"),
    "nul": (b"abc\x00\x01\x02def", "binary"),
    "random": (random.Random(0).randbytes(4096), "binary"),
    # invalid as UTF-8 and as GB18030 (0x80 and 0xFF never start a GB18030 character)
    "undecodable": (bytes(random.Random(5).choices(range(0x80, 0x100), k=500)), "cannot decode"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_readers_bad_file_is_one_error_and_rest_is_read(tmp_path, case):
    data, reason = BAD_FILES[case]
    bad = write_bytes(tmp_path / f"{case}.txt", data)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    docs, errors = read([bad, good])
    assert [d.id for d in docs] == ["good.txt"]
    assert len(errors) == 1
    assert errors[0].source == str(bad) and reason in errors[0].reason
    assert errors[0].message.startswith(f"{bad}: ") and "\n" not in errors[0].message


def test_readers_missing_path_and_empty_folder(tmp_path):
    (tmp_path / "empty_dir").mkdir()
    (tmp_path / "other_dir").mkdir()
    (tmp_path / "other_dir" / "scan.png").write_bytes(b"\x89PNG")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    docs, errors = read([tmp_path / "missing.txt", tmp_path / "empty_dir", tmp_path / "other_dir", good])
    assert [d.id for d in docs] == ["good.txt"]
    assert [(e.source, e.reason) for e in errors] == [
        (str(tmp_path / "missing.txt"), "no such file or folder"),
        (str(tmp_path / "empty_dir"), "folder holds no .txt, .md, .jsonl, .csv, .pdf, .docx or .html files"),
        (str(tmp_path / "other_dir"), "folder holds no .txt, .md, .jsonl, .csv, .pdf, .docx or .html files"),
    ]


def test_readers_default_handler_raises_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_documents([tmp_path / "missing.txt"]))


def test_readers_corrupted_utf8_is_read_with_a_warning(tmp_path):
    data = ("市委书记袁家军出席会议并讲话。" * 20).encode("utf-8")
    path = write_bytes(tmp_path / "dirty.txt", data[:30] + b"\xff" + data[30:])
    docs, errors = read([path])
    assert len(docs) == 1 and "\ufffd" in docs[0].text
    assert len(errors) == 1 and "replaced with U+FFFD" in errors[0].reason


def test_readers_folder_is_recursive_sorted_and_skips_hidden_and_manifest(tmp_path):
    for name in ["b.txt", "a/c.md", "a/z.txt", ".git/x.txt", "manifest.csv", "image.png"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("file,date\nb.txt,2024-05-06\n" if name == "manifest.csv" else GOOD, encoding="utf-8")
    docs, errors = read([tmp_path])
    assert errors == []
    assert [d.id for d in docs] == ["a/c.md", "a/z.txt", "b.txt"]
    assert docs[2].date == "2024-05-06" and docs[2].date_origin == "field"


ROWS = [
    {"id": "news-1", "text": "市委书记袁家军出席会议。", "date": "2024-03-21", "title": "标题一", "source": "重庆日报"},
    {"id": "news-2", "text": "市长胡衡华主持会议，\n强调发展。", "date": "2023", "title": "", "source": ""},
]


def test_readers_jsonl_rows_are_documents(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS) + "\n\n", encoding="utf-8")
    docs, errors = read([path])
    assert errors == []
    assert [(d.id, d.text, d.date, d.title, d.source) for d in docs] == [
        ("news-1", ROWS[0]["text"], "2024-03-21", "标题一", "重庆日报"),
        ("news-2", ROWS[1]["text"], "2023", None, str(path)),
    ]


def test_readers_csv_rows_are_documents(tmp_path):
    path = tmp_path / "corpus.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "text", "date", "title", "source"])
        writer.writeheader()
        writer.writerows(ROWS)
    docs, errors = read([path])
    assert errors == []
    assert [(d.id, d.text, d.date, d.title) for d in docs] == [
        ("news-1", ROWS[0]["text"], "2024-03-21", "标题一"), ("news-2", ROWS[1]["text"], "2023", None)]


def test_readers_bad_jsonl_lines_name_the_line_and_rest_is_read(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join([
        json.dumps(ROWS[0], ensure_ascii=False),
        '{"id": "broken", "text": "没有结尾',
        '{"id": "no-text"}',
        '["not", "an", "object"]',
        '{"id": "blank", "text": "  "}',
        '{"id": "news-1", "text": "重复的编号。"}',
        json.dumps(ROWS[1], ensure_ascii=False),
    ]), encoding="utf-8")
    docs, errors = read([path])
    assert [d.id for d in docs] == ["news-1", "news-2"]
    assert [(e.source, e.line) for e in errors] == [(str(path), n) for n in (2, 3, 4, 5, 6)]
    assert "not valid JSON" in errors[0].reason and "'text'" in errors[1].reason
    assert errors[0].message.startswith(f"{path}:2: ")


def test_readers_csv_without_text_column(tmp_path):
    path = tmp_path / "corpus.csv"
    path.write_text("id,body\n1,市委书记袁家军\n", encoding="utf-8")
    docs, errors = read([path])
    assert docs == [] and [e.reason for e in errors] == ["CSV has no 'text' column"]


def test_readers_row_without_id_gets_file_and_line(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text('\n{"text": "市委书记袁家军出席会议。"}\n', encoding="utf-8")
    docs, _ = read([path])
    assert [d.id for d in docs] == ["corpus.jsonl:2"]
