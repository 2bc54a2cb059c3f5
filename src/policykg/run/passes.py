"""The two passes over a corpus, defined once.

Pass 1 harvests every document (the names its anchors prove) and `learn` merges the harvests
into the corpus lexicon; pass 2 extracts every document with that lexicon. Only the harvest
(which grows with the vocabulary, not with the number of documents) is kept between the passes.

A runner decides where the per-document steps (`harvest_document`, `extract_document`) run:
`policykg.run.local.Inline` (this process), `policykg.run.local.Pool` (worker processes) or
`policykg.run.dask.Dask` (a Dask cluster). Every runner has the same two methods:

- ``harvest(inputs, base, total) -> Harvest``: pass 1 over the inputs, merged into `total`;
- ``extract(inputs, lexicon) -> Iterator[Processed]``: pass 2, in corpus order;
- ``cache`` (the local runners' `policykg.run.cache.Cache`, or None) and ``signature`` (with a
  cache, the lexicon signature of the last pass 2, else None).

Inputs give their documents in corpus order (``documents()``, read where the runner runs them;
the Dask runner reads the files on the workers: ``sources(on_error)`` and ``report(error)``):
`policykg.run.corpus.Corpus` for files, `Documents` for documents already in memory.

A document longer than WINDOW_CHARS is worked on in windows of about that size (`windows`), cut at a
paragraph break, else after a sentence: the runners harvest and extract each window as a document of
its own and `Stitcher` puts the results back into the document's offsets and numbering, one
`Processed` part per window (``part`` 0, 1, …), so memory does not grow with a document's length
beyond its text. A paragraph cut by a window continues as a new paragraph; nothing is related across
a cut (a speaker, a list of parts).
"""
from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Protocol

from policykg.errors import InputError
from policykg.extract import CorpusLexicon, DocumentResult, Harvest, corpus_lexicon, extract, harvest
from policykg.extract import tagger
from policykg.extract.compiled import collector_paused
from policykg.extract.pipeline import Reuse, base_lexicon, scan_ahead
from policykg.extract.user import UserLexicon, load_user_lexicon
from policykg.ingest import parse
from policykg.ingest.repair import CLOSERS, TERMINAL
from policykg.ingest.segment import ParsedDocument
from policykg.model import Block, Document, Sentence

WINDOW_CHARS = 1_000_000  # longer documents are worked on in windows of about this many characters


@dataclass(frozen=True)
class Processed:
    """One document after pass 2: the document, its sentences and what was extracted. A document
    worked on in windows comes in parts, one per window (`part` > 0: the same document continued)."""

    document: Document
    sentences: tuple[Sentence, ...]
    result: DocumentResult
    part: int = 0


@dataclass(frozen=True)
class Window:
    """A stretch of a document worked on as a document of its own (`document`: the same id and fields)."""

    whole: Document
    document: Document
    start: int  # where the window starts in the whole document's text
    part: int  # its number, from 0


def windows(document: Document, size: int | None = None) -> Iterator[Window]:
    """The document as one window, or (longer than `size`, default WINDOW_CHARS) in windows of at most
    `size` characters, cut after the last line break in the second half of a window, else after the last
    sentence there."""
    size = size or WINDOW_CHARS
    text = document.text
    if len(text) <= size:
        yield Window(document, document, 0, 0)
        return
    start, part = 0, 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            floor = start + size // 2
            cut = text.rfind("\n", floor, end) + 1 or max(text.rfind(mark, floor, end) for mark in TERMINAL) + 1
            while cut and cut < end and text[cut] in CLOSERS:
                cut += 1
            end = cut or end
        piece = Document(document.id, text[start:end], document.source, document.date, document.title,
                         document.date_origin, _blocks(document.blocks, start, end))
        yield Window(document, piece, start, part)
        start, part = end, part + 1


def _blocks(blocks: tuple[Block, ...], start: int, end: int) -> tuple[Block, ...]:
    """The blocks of text[start:end], in its offsets."""
    return tuple(Block(max(b.start, start) - start, min(b.end, end) - start, b.kind, b.page)
                 for b in blocks if b.start < end and b.end > start)


class Stitcher:
    """Puts the results of a document's windows, given in order, into the document's offsets and numbering."""

    def __init__(self):
        self.sentences = self.paragraphs = self.articles = 0  # numbers the next window continues from

    def __call__(self, window: Window, sentences: tuple[Sentence, ...], result: DocumentResult) -> Processed:
        if window.document is window.whole:
            return Processed(window.whole, sentences, result)
        if window.part == 0:
            self.sentences = self.paragraphs = self.articles = 0
        at, s, p, a = window.start, self.sentences, self.paragraphs, self.articles
        sentences = tuple(replace(x, index=x.index + s, start=x.start + at, end=x.end + at, paragraph=x.paragraph + p,
                                  article=x.article + a) for x in sentences)
        mentions = tuple(replace(m, start=m.start + at, end=m.end + at, sentence=m.sentence + s) for m in result.mentions)
        relations = tuple(replace(r, sentence=r.sentence + s, start=r.start + at, end=r.end + at)
                          for r in result.relations)
        if sentences:
            self.sentences += len(sentences)
            self.paragraphs = sentences[-1].paragraph + 1  # a paragraph cut by the window continues as a new one
            self.articles = sentences[-1].article
        return Processed(window.whole, sentences, DocumentResult(result.doc, mentions, relations), window.part)


def pass_one_lexicon(lexicon: str | os.PathLike | None = None, model: str | None = None) -> CorpusLexicon:
    """The lexicon pass 1 starts from: the built-in one, with the user lexicon file `lexicon` (YAML or CSV);
    with `model` ("lac") the learned tagger proposes names in pass 1 too (`policykg.extract.tagger`)."""
    if model is not None:
        tagger.require(model)
    return base_lexicon(load_user_lexicon(lexicon) if lexicon else None, model)


class Kept:
    """What pass 1 worked out for documents, kept for pass 2 of the same run: each document's parse and
    the results pass 2 may take again (`policykg.extract.pipeline.Reuse`), for documents up to `chars`
    characters in all (pass 2 works the others out again: the outputs are the same either way); and the
    documents next in line, parsed and scanned ahead (`prepare_harvest`, `prepare_extract`)."""

    CHARS = 20_000_000  # about 500 MB (25 bytes a character)

    def __init__(self, chars: int = CHARS):
        self.room = chars
        self.documents: dict[Document, tuple[ParsedDocument, Reuse]] = {}
        self.ready: dict[Document, tuple[ParsedDocument, Reuse]] = {}

    def keep(self, document: Document, parsed: ParsedDocument, reuse: Reuse) -> None:
        if len(document.text) <= self.room:
            self.room -= len(document.text)
            self.documents[document] = (parsed, reuse)

    def take(self, document: Document) -> tuple[ParsedDocument, Reuse | None]:
        """The kept work on `document` (no longer kept), or the work begun on it ahead, or its parse and no reuse."""
        kept = self.documents.pop(document, None)
        if kept is None:
            return self.ready.pop(document, None) or (parse(document), None)
        self.room += len(document.text)
        return kept


def _parse_ahead(documents: Iterable[Document]) -> dict[Document, tuple[ParsedDocument, Reuse]]:
    """The documents (each in one window) parsed, each with a `Reuse` for its work; one that fails here is left
    to fail, and be reported, when it is worked on."""
    ready = {}
    for document in documents:
        if len(document.text) <= WINDOW_CHARS:
            try:
                ready[document] = (parse(document), Reuse())
            except Exception:
                continue
    return ready


def prepare_harvest(documents: list[Document], base: CorpusLexicon, kept: Kept) -> None:
    """The documents next in line for pass 1 parsed and scanned ahead (`policykg.extract.pipeline.scan_ahead`)
    into `kept.ready`, for `harvest_document`."""
    with collector_paused():
        kept.ready = _parse_ahead(documents)
        scan_ahead(list(kept.ready.values()), base.lexicon)


def prepare_extract(documents: list[Document], lexicon: CorpusLexicon, kept: Kept) -> None:
    """The documents next in line for pass 2 scanned ahead with the corpus lexicon: those `kept` holds from pass 1,
    and the others parsed into `kept.ready` first (and scanned by the extractors' shared scan too), for
    `extract_document`."""
    with collector_paused():
        held = [(document, kept.documents.get(document)) for document in documents]
        kept.ready = _parse_ahead(document for document, work in held if work is None)
        scan_ahead([work for _, work in held if work is not None], lexicon.lexicon, openings=False)
        scan_ahead(list(kept.ready.values()), lexicon.lexicon)


def harvest_document(document: Document, base: CorpusLexicon, kept: Kept | None = None) -> Harvest:
    """Pass 1 on one document, window by window when it is long (the work on each window kept for pass 2
    in `kept`, when given, with what `prepare_harvest` left there)."""
    total = None
    with collector_paused():
        for window in windows(document):
            if kept is None:
                found = harvest(parse(window.document), base)
            else:
                parsed, reuse = kept.ready.pop(window.document, None) or (parse(window.document), Reuse())
                found = harvest(parsed, base, reuse)
                kept.keep(window.document, parsed, reuse)
            if total is None:
                total = found
            else:
                total.update(found)
    return total


def extract_document(document: Document, lexicon: CorpusLexicon, kept: Kept | None = None) -> Processed:
    """Pass 2 on one document as one text (a window: see `extract_parts`), with what pass 1 left in
    `kept`, when given."""
    with collector_paused():
        parsed, reuse = kept.take(document) if kept is not None else (parse(document), None)
        return Processed(document, parsed.sentences, extract(parsed, lexicon, reuse))


def extract_parts(document: Document, lexicon: CorpusLexicon, kept: Kept | None = None) -> Iterator[Processed]:
    """Pass 2 on one document, window by window: one Processed per window."""
    stitch = Stitcher()
    for window in windows(document):
        processed = extract_document(window.document, lexicon, kept)
        yield stitch(window, processed.sentences, processed.result)


def no_result(document: Document) -> DocumentResult:
    """What a document a step failed on gets: no mentions, no relations."""
    return DocumentResult(document.id, (), ())


def failure(document: Document, err: Exception) -> InputError:
    """The one-line report of a document a per-document step failed on (a bug in policykg, not in the input):
    the run goes on without the document's results."""
    return InputError(document.source or document.id,
                      f"left out: policykg failed on this document ({type(err).__name__}: {err}); please report it")


class Inputs(Protocol):
    """Where a runner takes the documents from; `report` takes the documents policykg failed on (None: the
    failure is raised)."""

    report: Callable[[InputError], None] | None

    def documents(self) -> Iterator[Document]: ...


class Runner(Protocol):
    cache: object | None
    signature: dict | None

    def harvest(self, inputs: Inputs, base: CorpusLexicon, total: Harvest) -> Harvest: ...

    def extract(self, inputs: Inputs, lexicon: CorpusLexicon) -> Iterator[Processed]: ...


@dataclass(frozen=True)
class Documents:
    """Inputs given as documents: read once per pass (a list for both passes; any iterable for `learn`).
    With `report`, a document policykg fails on is reported to it and left without results."""

    items: Iterable[Document]
    report: Callable[[InputError], None] | None = None

    def documents(self) -> Iterator[Document]:
        return iter(self.items)


def learn(inputs: Inputs, base: CorpusLexicon, runner: Runner | None = None,
          total: Harvest | None = None) -> CorpusLexicon:
    """Pass 1: the corpus lexicon of the inputs (their harvest is added to `total` when given)."""
    from policykg.run.local import Inline

    runner = runner or Inline()
    with collector_paused():
        harvest = runner.harvest(inputs, base, total if total is not None else Harvest())
    return corpus_lexicon([harvest], base)


def two_passes(inputs: Inputs, base: CorpusLexicon, runner: Runner | None = None,
               total: Harvest | None = None) -> Iterator[Processed]:
    """Both passes over the inputs with `runner` (default: in this process), yielding the processed
    documents in corpus order; pass 1's harvest is added to `total` when given."""
    from policykg.run.local import Inline

    runner = runner or Inline()
    with collector_paused():
        lexicon = learn(inputs, base, runner, total)
        gc.freeze()  # pass 2's collections leave out what pass 1 made (much of it kept for pass 2)
    try:
        yield from runner.extract(inputs, lexicon)
    finally:
        gc.unfreeze()


def process_documents(documents: Iterable[Document], user: UserLexicon | None = None) -> list[Processed]:
    """Both passes over documents already in memory (small corpora, tests, notebooks)."""
    return list(two_passes(Documents(list(documents)), base_lexicon(user)))
