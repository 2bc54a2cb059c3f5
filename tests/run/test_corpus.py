"""Parallel and incremental builds give the same output files as a clean single-process build."""
import shutil

import pytest
from typer.testing import CliRunner

from recorded import checksums, record_checksums
from policykg import export
from policykg.cli import app
from policykg.extract import corpus_lexicon, harvest
from policykg.extract.pipeline import base_lexicon
from policykg.ingest import parse, read_documents
from policykg.ingest.repair import normalise_width
from policykg.model import Document
from policykg.run.cache import changed_surfaces, lexicon_signature, moved_documents
from policykg.run.corpus import Corpus
from policykg.run.local import Pool

runner = CliRunner()
WHITESPACE = {ord(ch): None for ch in " \t\r\n\f\v\u3000\u00a0"}


def build(*args):
    result = runner.invoke(app, ["build", *map(str, args), "--no-progress"])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def clean_build():
    """The checksums of the seeds built in one process without the cache (recorded)."""
    return {name: digest for name, digest in record_checksums.recorded()["seeds-local"].items() if name != "(stdout)"}


def test_jobs_2_output_equals_jobs_1(seeds_dir, clean_build, tmp_path, monkeypatch):
    monkeypatch.setattr(Pool, "INLINE_CHARS", 12_000)  # the first document here, the others in the workers
    monkeypatch.setattr(export, "PARALLEL_EDGES", 0)  # the HTML page and GEXF file written by a second process
    build(seeds_dir, "-o", tmp_path / "j2", "--jobs", "2", "--no-cache")
    assert len(clean_build) >= 15
    assert checksums(tmp_path / "j2") == clean_build


def test_cached_rebuild_extracts_nothing(seeds_dir, tmp_path):
    cache = tmp_path / "extract.sqlite"
    first = Corpus([seeds_dir], cache=cache)
    results = list(first.process())
    assert first.stats == {"harvested": 5, "extracted": 5, "from_cache": 0}
    again = Corpus([seeds_dir], cache=cache)
    assert list(again.process()) == results
    assert again.stats == {"harvested": 0, "extracted": 0, "from_cache": 5}


def _affected(old_docs, new_docs):
    """The old documents in which a lexicon entry that the new documents change occurs (whitespace ignored)."""
    base = base_lexicon()
    old_harvests = [harvest(parse(d), base) for d in old_docs]
    old = lexicon_signature(corpus_lexicon(old_harvests, base))
    new = lexicon_signature(corpus_lexicon(old_harvests + [harvest(parse(d), base) for d in new_docs], base))
    surfaces = [s.translate(WHITESPACE) for s in changed_surfaces(old, new)]
    surfaces = [s for s in surfaces if s]
    return [d.id for d in old_docs if any(s in normalise_width(d.text).translate(WHITESPACE) for s in surfaces)]


def test_adding_a_file_extracts_new_and_affected_only(seeds_dir, tmp_path):
    """(The files of such a rebuild: the seeds-incremental case of tests/test_output_checksums.py.)"""
    added = "004_5d84bcd904901e88.txt"  # its names change lexicon entries that occur in two of the other four
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(seeds_dir / "manifest.csv", corpus)
    for path in sorted(seeds_dir.glob("*.txt")):
        if path.name != added:
            shutil.copy(path, corpus)
    out = tmp_path / "out"
    build(corpus, "-o", out, "--jobs", "1", "--formats", "json")
    old_docs = list(read_documents([corpus]))
    shutil.copy(seeds_dir / added, corpus)
    new_docs = [d for d in read_documents([corpus]) if d.id == added]

    # through the library, on a copy of the cache: what was harvested and extracted again
    shutil.copy(out / ".cache" / "extract.sqlite", tmp_path / "copy.sqlite")
    rebuilt = Corpus([corpus], cache=tmp_path / "copy.sqlite")
    processed = list(rebuilt.process())
    affected = _affected(old_docs, new_docs)
    assert rebuilt.stats["harvested"] == 1
    assert rebuilt.stats["extracted"] == 1 + len(affected)
    assert rebuilt.stats["from_cache"] == len(old_docs) - len(affected)
    assert 0 < len(affected) < len(old_docs)  # the case is not trivial either way
    assert processed == list(Corpus([corpus]).process())


def test_removing_a_file_then_rebuilding_equals_clean_build(seeds_dir, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    out = tmp_path / "out"
    tables = ("--formats", "json,csv,parquet")  # the other writers do not care how the graph came
    build(corpus, "-o", out, "--jobs", "1", *tables)
    (corpus / "002_13a88698e4410121.txt").unlink()
    build(corpus, "-o", out, "--jobs", "1", *tables)
    build(corpus, "-o", tmp_path / "clean", "--jobs", "1", "--no-cache", *tables)
    assert checksums(out) == checksums(tmp_path / "clean")


def test_the_documents_a_learnt_name_stays_in_are_part_of_the_lexicon_signature():
    base = base_lexicon()
    texts = ["商务部新闻发言人高峰表示，将坚决反击。", "商务部新闻发言人高峰说，中方不愿打贸易战。"]
    harvests = [harvest(parse(Document(f"d{i}", text)), base) for i, text in enumerate(texts)]
    assert lexicon_signature(corpus_lexicon(harvests[:1], base))["高峰"][-1] == ["scope", "d0"]
    one, both = (lexicon_signature(corpus_lexicon(part, base)) for part in (harvests[:1], harvests))
    assert changed_surfaces(one, both) == [] and moved_documents(one, both) == {"d1"}  # only d1's extraction changes
