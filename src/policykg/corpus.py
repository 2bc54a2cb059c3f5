"""Run the two-pass extraction over a corpus of files, streaming.

Pass 1 reads every document and harvests anchored names; pass 2 reads them
again and extracts with the corpus lexicon. Only the harvest (which grows with
the vocabulary, not the number of documents) stays in memory between passes.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from policykg.errors import InputError
from policykg.extract import CorpusLexicon, DocumentResult, Harvest, corpus_lexicon, extract, harvest
from policykg.ingest import parse, read_documents
from policykg.ingest.readers import ErrorHandler
from policykg.model import Document, Sentence


@dataclass(frozen=True)
class Processed:
    """One document after pass 2: the document, its sentences and what was extracted."""

    document: Document
    sentences: tuple[Sentence, ...]
    result: DocumentResult


class Corpus:
    """Documents under some paths, read as often as the passes need."""

    def __init__(self, paths: Iterable[str | os.PathLike], on_error: ErrorHandler | None = None,
                 manifest: str | os.PathLike | None = None, progress: Callable[[int], None] | None = None):
        self.paths = [str(p) for p in paths]
        self.errors: list[InputError] = []
        self._on_error = on_error
        self.manifest = manifest
        self.progress = progress
        self._reported: set[str] = set()

    def _error(self, error: InputError) -> None:
        # the same problem is met in both passes; report it once
        if error.message in self._reported:
            return
        self._reported.add(error.message)
        self.errors.append(error)
        if self._on_error is not None:
            self._on_error(error)

    def documents(self) -> Iterator[Document]:
        return read_documents(self.paths, self._error, self.manifest)

    def lexicon(self) -> CorpusLexicon:
        """Pass 1 over the whole corpus."""
        total = Harvest()
        for doc in self.documents():
            total.update(harvest(parse(doc)))
        return corpus_lexicon([total])

    def process(self, lexicon: CorpusLexicon | None = None) -> Iterator[Processed]:
        """Pass 2 (after pass 1 when no lexicon is given), one document at a time."""
        lexicon = lexicon or self.lexicon()
        for count, doc in enumerate(self.documents(), start=1):
            parsed = parse(doc)
            yield Processed(doc, parsed.sentences, extract(parsed, lexicon))
            if self.progress is not None:
                self.progress(count)


def process_documents(documents: Iterable[Document]) -> list[Processed]:
    """Both passes over documents already in memory (small corpora, tests, notebooks)."""
    parsed = [parse(doc) for doc in documents]
    lexicon = corpus_lexicon(harvest(p) for p in parsed)
    return [Processed(p.doc, p.sentences, extract(p, lexicon)) for p in parsed]
