"""Long documents are worked on in windows: the parts put back into the document's offsets and numbering,
the graph independent of where the parts were cut, the same from one process, worker processes and the Dask
partition code. Pass 2 taking up pass 1's work on a document gives what working it out again gives."""
import dataclasses
import gc
from pathlib import Path

import pytest

from recorded import checksums
from policykg.graph.build import GraphBuilder, GraphOptions
from policykg.model import Block, Document
from policykg.run import passes
from policykg.run.aggregate import aggregate
from policykg.run.corpus import Corpus
from policykg.run.dask import extract_partition, file_tasks, read_processed
from policykg.run.folder import build_folder
from policykg.ingest import read_documents
from policykg.run.local import Inline, Pool
from policykg.run.passes import (Documents, DocumentResult, Kept, Processed, extract_document, learn, pass_one_lexicon,
                                 two_passes, windows)

ROOT = Path(__file__).resolve().parents[2]

WINDOW = 2_000  # the seed pages (4k to 12k characters) come in several windows


@pytest.fixture
def small_windows(monkeypatch):
    monkeypatch.setattr(passes, "WINDOW_CHARS", WINDOW)


def test_windows_cut_at_line_breaks_then_sentences_then_anywhere():
    text = "甲" * 700 + "\n" + "乙" * 500 + "。”" + "丙" * 900 + "。" + "丁" * 2500
    document = Document("d", text, blocks=(Block(0, 700, "paragraph"), Block(701, len(text), "paragraph", 2)))
    parts = list(windows(document, 1_000))
    assert "".join(w.document.text for w in parts) == text
    assert [w.start for w in parts] == [0, 701, 1203, 2104, 3104, 4104]  # after "\n", "。”", "。", then anywhere
    assert [w.part for w in parts] == [0, 1, 2, 3, 4, 5] and all(w.whole is document for w in parts)
    assert parts[1].document.blocks == (Block(0, 502, "paragraph", 2),)
    assert all(w.document.id == "d" for w in parts)
    single = next(windows(document, len(text)))
    assert single.document is document


def test_parts_keep_the_offsets_and_numbers_of_the_document(seeds_dir, small_windows):
    processed = list(Corpus([seeds_dir]).process())
    documents = {p.document.id: p.document for p in processed}
    assert len(documents) == 5 and len(processed) > 10 and max(p.part for p in processed) >= 2
    for doc in documents:
        parts = [p for p in processed if p.document.id == doc]
        assert [p.part for p in parts] == list(range(len(parts)))
        sentences = [s for p in parts for s in p.sentences]
        assert [s.index for s in sentences] == list(range(len(sentences)))
        assert [s.paragraph for s in sentences] == sorted(s.paragraph for s in sentences)
        text = documents[doc].text
        for part in parts:
            for m in part.result.mentions:
                assert text[m.start:m.end] == m.text and sentences[m.sentence].start <= m.start
            for r in part.result.relations:
                assert sentences[r.sentence].doc == doc


@pytest.mark.parametrize("window", ["sentence", "paragraph", "document"])
def test_the_graph_does_not_depend_on_where_parts_are_cut(seeds_dir, small_windows, window):
    """The parts of each document, fed as they come and merged into one Processed, give the same graph."""
    parts = list(Corpus([seeds_dir]).process())
    merged = []
    for part in parts:
        if part.part:
            last = merged[-1]
            merged[-1] = Processed(last.document, last.sentences + part.sentences,
                                   DocumentResult(last.result.doc, last.result.mentions + part.result.mentions,
                                                  last.result.relations + part.result.relations))
        else:
            merged.append(dataclasses.replace(part))
    graphs = []
    for items in (parts, merged):
        builder = GraphBuilder(GraphOptions(window=window))
        for item in items:
            builder.add(item)
        graphs.append((builder.build(), builder.documents))
    (first, first_docs), (second, second_docs) = graphs
    assert first_docs == second_docs
    assert sorted(first.nodes(data=True)) == sorted(second.nodes(data=True))
    key = lambda e: (e[0], e[1], e[2])  # noqa: E731
    assert sorted(first.edges(keys=True, data=True), key=key) == sorted(second.edges(keys=True, data=True), key=key)


def test_windows_give_the_same_files_with_worker_processes(seeds_dir, small_windows, monkeypatch, tmp_path):
    monkeypatch.setattr(Pool, "INLINE_CHARS", 0)  # every window in the workers
    build_folder([seeds_dir], tmp_path / "one", formats=["json", "csv"], jobs=1, cache=False)
    build_folder([seeds_dir], tmp_path / "two", formats=["json", "csv"], jobs=2)
    assert checksums(tmp_path / "one") == checksums(tmp_path / "two")
    again = build_folder([seeds_dir], tmp_path / "two", formats=["json", "csv"], jobs=2)  # windows from the cache
    assert again.documents_kept == 5 and checksums(tmp_path / "one") == checksums(tmp_path / "two")


def test_the_dask_partitions_hold_the_parts_of_a_document(seeds_dir, small_windows, tmp_path):
    corpus = Corpus([seeds_dir])
    local = aggregate(corpus.process(), keep_mentions=True)
    tasks, _ = file_tasks(corpus)
    lexicon = learn(corpus, corpus.base)
    written = extract_partition(tasks, lexicon, str(tmp_path))
    (tmp_path / "parts.json").write_text(f'{{"parts": [{{"name": "{written["name"]}"}}]}}', encoding="utf-8")
    dask = aggregate(read_processed(tmp_path), keep_mentions=True)
    assert dask.documents_list == local.documents_list and dask.mentions_list == local.mentions_list
    assert sorted(dask.graph.edges(keys=True)) == sorted(local.graph.edges(keys=True))



def test_pass_two_with_pass_one_kept_equals_pass_two_from_scratch():
    documents = list(read_documents([ROOT / "seeds"]))
    base = pass_one_lexicon()
    lexicon = learn(Documents(documents), base)
    fresh = [extract_document(d, lexicon).result for d in documents]  # nothing kept
    for room in (Kept.CHARS, len(documents[0].text) + len(documents[1].text)):  # all kept, two kept
        runner = Inline()
        runner.kept = Kept(room)
        assert [p.result for p in two_passes(Documents(documents), base, runner)] == fresh
        assert not runner.kept.documents  # taken up by pass 2


def test_garbage_collection_is_back_on_after_the_passes():
    documents = list(read_documents([ROOT / "seeds"]))[:1]
    passes = two_passes(Documents(documents), pass_one_lexicon())
    next(passes)
    passes.close()  # a consumer that stops early (policykg extract | head)
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_parts_keep_every_field_of_their_mentions(small_windows):
    """Stitching moves offsets and numbers and keeps the rest (a mention's `by` in accurate mode)."""
    from policykg.model import Mention, Relation, Sentence

    document = Document("d", "甲" * 3 * WINDOW)
    parts = list(windows(document, WINDOW))
    stitch = passes.Stitcher()
    stitch(parts[0], (Sentence("d", 0, 0, 5, 0, 0, "甲" * 5),), DocumentResult("d", (), ()))
    sentence = Sentence("d", 0, 0, 5, 0, 0, "甲" * 5)
    mention = Mention("d", "PERSON", "甲甲", "甲甲", 1, 3, 0, None, "model")
    relation = Relation("HOLDS", "PERSON:甲甲", "POSITION:乙", "d", 0, 1, 3)
    stitched = stitch(parts[1], (sentence,), DocumentResult("d", (mention,), (relation,)))
    (moved,) = stitched.result.mentions
    assert (moved.start, moved.end, moved.sentence, moved.by) == (parts[1].start + 1, parts[1].start + 3, 1, "model")
    assert stitched.result.relations[0].sentence == 1 and stitched.sentences[0].index == 1
