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
"""
from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

from policykg.extract import CorpusLexicon, DocumentResult, Harvest, corpus_lexicon, extract, harvest
from policykg.extract import tagger
from policykg.extract.pipeline import Reuse, base_lexicon
from policykg.extract.user import UserLexicon, load_user_lexicon
from policykg.ingest import parse
from policykg.ingest.segment import ParsedDocument
from policykg.model import Document, Sentence


@dataclass(frozen=True)
class Processed:
    """One document after pass 2: the document, its sentences and what was extracted."""

    document: Document
    sentences: tuple[Sentence, ...]
    result: DocumentResult


def pass_one_lexicon(lexicon: str | os.PathLike | None = None, model: str | None = None) -> CorpusLexicon:
    """The lexicon pass 1 starts from: the built-in one, with the user lexicon file `lexicon` (YAML or CSV);
    with `model` ("lac") the learned tagger proposes names in pass 1 too (`policykg.extract.tagger`)."""
    if model is not None:
        tagger.require(model)
    return base_lexicon(load_user_lexicon(lexicon) if lexicon else None, model)


class Kept:
    """What pass 1 worked out for documents, kept for pass 2 of the same run: each document's parse and
    the results pass 2 may take again (`policykg.extract.pipeline.Reuse`), for documents up to `chars`
    characters in all (pass 2 works the others out again: the outputs are the same either way)."""

    CHARS = 20_000_000  # about 500 MB (25 bytes a character)

    def __init__(self, chars: int = CHARS):
        self.room = chars
        self.documents: dict[Document, tuple[ParsedDocument, Reuse]] = {}

    def keep(self, document: Document, parsed: ParsedDocument, reuse: Reuse) -> None:
        if len(document.text) <= self.room:
            self.room -= len(document.text)
            self.documents[document] = (parsed, reuse)

    def take(self, document: Document) -> tuple[ParsedDocument, Reuse | None]:
        """The kept work on `document` (no longer kept), or its parse and no reuse."""
        kept = self.documents.pop(document, None)
        if kept is None:
            return parse(document), None
        self.room += len(document.text)
        return kept


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a document is worked on: it would run every 700 new
    objects (extraction makes many small ones, hardly any in cycles) and go through the parses kept for
    pass 2 each time, about a fifth of the time of both passes."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def harvest_document(document: Document, base: CorpusLexicon, kept: Kept | None = None) -> Harvest:
    """Pass 1 on one document (its work kept for pass 2 in `kept`, when given)."""
    with _collector_paused():
        parsed = parse(document)
        if kept is None:
            return harvest(parsed, base)
        reuse = Reuse()
        result = harvest(parsed, base, reuse)
        kept.keep(document, parsed, reuse)
        return result


def extract_document(document: Document, lexicon: CorpusLexicon, kept: Kept | None = None) -> Processed:
    """Pass 2 on one document (with what pass 1 left in `kept`, when given)."""
    with _collector_paused():
        parsed, reuse = kept.take(document) if kept is not None else (parse(document), None)
        return Processed(document, parsed.sentences, extract(parsed, lexicon, reuse))


class Inputs(Protocol):
    def documents(self) -> Iterator[Document]: ...


class Runner(Protocol):
    cache: object | None
    signature: dict | None

    def harvest(self, inputs: Inputs, base: CorpusLexicon, total: Harvest) -> Harvest: ...

    def extract(self, inputs: Inputs, lexicon: CorpusLexicon) -> Iterator[Processed]: ...


@dataclass(frozen=True)
class Documents:
    """Inputs given as documents: read once per pass (a list for both passes; any iterable for `learn`)."""

    items: Iterable[Document]

    def documents(self) -> Iterator[Document]:
        return iter(self.items)


def learn(inputs: Inputs, base: CorpusLexicon, runner: Runner | None = None,
          total: Harvest | None = None) -> CorpusLexicon:
    """Pass 1: the corpus lexicon of the inputs (their harvest is added to `total` when given)."""
    from policykg.run.local import Inline

    runner = runner or Inline()
    with _collector_paused():
        harvest = runner.harvest(inputs, base, total if total is not None else Harvest())
    return corpus_lexicon([harvest], base)


def two_passes(inputs: Inputs, base: CorpusLexicon, runner: Runner | None = None,
               total: Harvest | None = None) -> Iterator[Processed]:
    """Both passes over the inputs with `runner` (default: in this process), yielding the processed
    documents in corpus order; pass 1's harvest is added to `total` when given."""
    from policykg.run.local import Inline

    runner = runner or Inline()
    with _collector_paused():
        lexicon = learn(inputs, base, runner, total)
        gc.freeze()  # pass 2's collections leave out what pass 1 made (much of it kept for pass 2)
    try:
        yield from runner.extract(inputs, lexicon)
    finally:
        gc.unfreeze()


def process_documents(documents: Iterable[Document], user: UserLexicon | None = None) -> list[Processed]:
    """Both passes over documents already in memory (small corpora, tests, notebooks)."""
    return list(two_passes(Documents(list(documents)), base_lexicon(user)))
