"""Hostile and careless output folders: nothing of the user's is overwritten, builds never mix, never read
their own outputs, and one build at a time writes a folder."""
import os
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from recorded import checksums
from policykg.cli import app
from policykg.io import FolderLock, remove
from policykg.run.folder import MARKER, OutputFolder, build_folder

PAGE = "市委书记袁家军出席会议并讲话。市长胡衡华主持会议，强调要推进“33618”现代制造业集群体系建设。\n"
runner = CliRunner()


def cli(*args):
    result = runner.invoke(app, ["build", *map(str, args), "--no-progress", "--jobs", "1"])
    assert "Traceback" not in result.output and (result.exception is None or isinstance(result.exception, SystemExit))
    return result


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE, encoding="utf-8")
    (folder / "b.txt").write_text(PAGE.replace("胡衡华", "李明清"), encoding="utf-8")
    return folder


def tree(folder):
    """Every file under `folder` with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_folder_policykg_did_not_write_is_refused_unless_forced(corpus, tmp_path):
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "nodes.csv").write_text("the user's own table\n", encoding="utf-8")
    (foreign / "notes.md").write_text("keep me\n", encoding="utf-8")
    before = tree(foreign)
    result = cli(corpus, "-o", foreign, "--formats", "csv")
    assert result.exit_code == 2 and "--force" in result.stderr and "not written by policykg" in result.stderr
    assert tree(foreign) == before
    result = cli(corpus, "-o", foreign, "--formats", "csv", "--force")
    assert result.exit_code == 0, result.output
    after = tree(foreign)
    assert after["notes.md"] == b"keep me\n" and after["nodes.csv"] != before["nodes.csv"]  # same name: replaced
    assert MARKER in after


@pytest.mark.parametrize("where", ["the input folder", "the folder of an input file", "an ancestor", "root"])
def test_outputs_never_go_into_an_input_or_the_root(corpus, tmp_path, where):
    given = {"the input folder": [corpus], "the folder of an input file": [corpus / "a.txt"],
             "an ancestor": [corpus], "root": [corpus]}[where]
    output = {"the input folder": corpus, "the folder of an input file": corpus, "an ancestor": tmp_path,
              "root": "/"}[where]
    before = tree(corpus)
    result = cli(*given, "-o", output, "--force")  # not even with --force
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert tree(corpus) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_file_or_a_dangling_link_is_no_output_folder(corpus, tmp_path):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "nowhere")
    for target in ("file", "link"):
        result = cli(corpus, "-o", tmp_path / target)
        assert result.exit_code == 2 and "Traceback" not in result.output
    assert (tmp_path / "file").read_text(encoding="utf-8") == "x" and not (tmp_path / "nowhere").exists()


def test_files_the_user_added_to_a_build_folder_survive_rebuilds(corpus, tmp_path):
    out = tmp_path / "out"
    assert cli(corpus, "-o", out).exit_code == 0
    (out / "analysis.ipynb").write_text("{}", encoding="utf-8")
    (out / "mine").mkdir()
    (out / "mine" / "notes.txt").write_text("notes", encoding="utf-8")
    (out / ".draft.tmp").write_text("draft", encoding="utf-8")  # a user's file, not one of policykg's temporary files
    assert cli(corpus, "-o", out, "--formats", "csv").exit_code == 0  # other formats: the old graph.html goes
    files = tree(out)
    assert files["analysis.ipynb"] == b"{}" and files["mine/notes.txt"] == b"notes"
    assert (out / ".draft.tmp").read_text(encoding="utf-8") == "draft"
    assert "graph.html" not in files and "nodes.csv" in files


def test_outputs_inside_an_input_folder_are_never_read(corpus):
    out = corpus / "out"
    summaries = []
    for _ in range(3):
        result = cli(corpus, "-o", out, "--formats", "csv,json")
        assert result.exit_code == 0, result.output
        summaries.append(next(line for line in result.stdout.splitlines() if "documents →" in line))
    assert summaries[0].startswith("2 documents") and summaries[0] == summaries[1] == summaries[2]
    other = corpus.parent / "elsewhere"
    result = cli(corpus, "-o", other, "--formats", "csv")  # another build's folder inside the input: not read either
    assert result.exit_code == 0 and "2 documents" in result.stdout


def test_a_second_build_into_the_same_folder_is_refused_while_one_runs(corpus, tmp_path):
    out = tmp_path / "out"
    assert cli(corpus, "-o", out, "--formats", "json").exit_code == 0
    before = tree(out)
    with OutputFolder(out, [corpus]) as running:
        result = cli(corpus, "-o", out, "--formats", "json")
        assert result.exit_code == 1 and "another policykg build is writing into it" in result.stderr
        assert str(os.getpid()) in result.stderr
        assert running.staging.is_dir()
    assert tree(out) == before and not running.staging.exists() and not running.lock.path.exists()


def test_a_lock_left_by_a_dead_process_is_taken_over(tmp_path):
    path = tmp_path / ".out.policykg-lock"
    path.write_text("999999999\n", encoding="utf-8")  # a lock file without a live holder
    lock = FolderLock(path)
    lock.acquire()
    assert path.read_text(encoding="utf-8") == f"{os.getpid()}\n"
    lock.release()
    assert not path.exists()


def test_leftovers_of_killed_builds_are_cleaned_up(corpus, tmp_path):
    out = tmp_path / "out"
    assert cli(corpus, "-o", out, "--formats", "csv").exit_code == 0
    reference = checksums(out)
    staging, old = tmp_path / ".out.policykg-staging", tmp_path / ".out.policykg-old"
    staging.mkdir()
    (staging / "nodes.csv").write_text("half written", encoding="utf-8")
    (tmp_path / ".out.policykg-lock").write_text("1\n", encoding="utf-8")
    (out / ".nodes.csv.999999999.abcdefgh.tmp").write_text("stale", encoding="utf-8")
    os.rename(out, old)  # killed between the two renames of a swap where the system cannot exchange folders
    assert cli(corpus, "-o", out, "--formats", "csv").exit_code == 0
    assert checksums(out) == reference
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "out"]
    assert not [p for p in out.rglob("*.tmp")]


def test_no_document_leaves_the_last_build_as_it_was(corpus, tmp_path):
    out = tmp_path / "out"
    assert cli(corpus, "-o", out, "--formats", "csv").exit_code == 0
    before = tree(out)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    result = cli(empty, "-o", out, "--formats", "csv")
    assert result.exit_code == 1 and "nothing written" in result.stderr
    assert tree(out).keys() == before.keys()
    assert {name: data for name, data in tree(out).items() if not name.startswith(".cache/")} == \
        {name: data for name, data in before.items() if not name.startswith(".cache/")}  # (the cache may learn)


def test_an_output_folder_that_is_a_link_is_written_where_it_points(corpus, tmp_path):
    real = tmp_path / "real"
    (tmp_path / "link").symlink_to(real, target_is_directory=True)
    real.mkdir()
    build_folder([corpus], tmp_path / "link", formats=["csv"])
    assert (tmp_path / "link").is_symlink() and (real / "nodes.csv").is_file() and (real / MARKER).is_file()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_an_unreadable_folder_is_named(corpus, tmp_path):
    locked = corpus / "locked"
    locked.mkdir()
    (locked / "c.txt").write_text(PAGE, encoding="utf-8")
    locked.chmod(0)
    try:
        result = cli(corpus, "-o", tmp_path / "out", "--formats", "csv")
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 0 and "locked: cannot read the folder" in result.stderr


def test_folder_links_in_a_loop_and_deep_nesting_are_read_once(corpus, tmp_path):
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)
    (corpus / "self").symlink_to(corpus / "self")  # a link to itself
    # The deep folders live outside pytest's tmp_path: shutil.rmtree, which pytest cleans up with, recurses
    # once per level and would fail on them (also in later sessions, if this one were killed).
    outside = Path(tempfile.mkdtemp(prefix="policykg-deep-"))
    (corpus / "deep").symlink_to(outside, target_is_directory=True)
    deep = outside
    try:
        for _ in range(1500):  # (Path.mkdir(parents=True) recurses too)
            deep = deep / "d"
            deep.mkdir()
        (deep / "deep.txt").write_text(PAGE.replace("袁家军", "王炯"), encoding="utf-8")
        result = cli(corpus, "-o", tmp_path / "out", "--formats", "csv")
        assert result.exit_code == 0, result.output
        assert "3 documents" in result.stdout and "self" in result.stderr
    finally:
        remove(outside)


@pytest.mark.parametrize("command", ["extract", "terms"])
def test_extract_and_terms_never_write_over_an_input(corpus, command):
    page = corpus / "a.txt"
    before = page.read_bytes()
    result = runner.invoke(app, [command, str(corpus), "-o", str(page)])
    assert result.exit_code == 2 and "inside the input folder" in result.stderr and "Traceback" not in result.output
    assert page.read_bytes() == before
    result = runner.invoke(app, [command, str(page), "-o", str(page)])
    assert result.exit_code == 2 and "is an input" in result.stderr and page.read_bytes() == before


def test_links_planted_beside_the_output_folder_are_never_followed(corpus, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "precious.txt").write_text("keep", encoding="utf-8")
    for name in (".out.policykg-staging", ".out.policykg-old", ".out.policykg-lock"):
        (tmp_path / name).symlink_to(elsewhere, target_is_directory=True)
    result = cli(corpus, "-o", tmp_path / "out", "--formats", "csv")
    assert result.exit_code == 0, result.output
    assert tree(elsewhere) == {"precious.txt": b"keep"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "elsewhere", "out"]
