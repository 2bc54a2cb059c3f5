"""A corpus: the documents under some paths, read as often as the passes need, and where the passes run.

`Corpus.process()` runs both passes (`policykg.run.passes.two_passes`) in this process (`jobs=1`), in
worker processes (`jobs` > 1) or on the runner given (`policykg.run.dask.Dask`); with a cache file the
local runners reuse earlier harvests and extractions. `Corpus.extend()` adds new input files to a
corpus processed before. Problems with inputs are reported once, though both passes meet them.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager

from policykg.errors import InputError
from policykg.extract import Harvest, tagger
from policykg.ingest.readers import ErrorHandler, Source, read_source, sources
from policykg.model import Document
from policykg.run.cache import Cache, changes, lexicon_signature, unaffected
from policykg.run.codec import signature_digest
from policykg.run.local import Inline, Pool
from policykg.run.passes import Processed, Runner, learn, pass_one_lexicon, two_passes


class Corpus:
    """Documents under some paths, read as often as the passes need."""

    def __init__(self, paths: Iterable[str | os.PathLike], on_error: ErrorHandler | None = None,
                 manifest: str | os.PathLike | None = None, jobs: int = 1, cache: str | os.PathLike | None = None,
                 lexicon: str | os.PathLike | None = None, runner: Runner | None = None,
                 include: Iterable[str] = (), exclude: Iterable[str] = (), model: str | None = None,
                 skip: Iterable[str | os.PathLike] = ()):
        """`cache`: a SQLite file of the local runners; `lexicon`: a user lexicon file; `runner`: where to
        run instead of this machine (it keeps no cache); `include`/`exclude`: glob patterns for the files
        found in folders; `model`: "lac" for accurate mode (`policykg.extract.tagger`); `skip`: folders
        never read (the output folder)."""
        self.paths = [str(p) for p in paths]
        self.include, self.exclude, self.skip = tuple(include), tuple(exclude), tuple(skip)
        self.errors: list[InputError] = []
        self._on_error = on_error
        self.manifest = manifest
        self.jobs = max(1, jobs)
        self.cache_path = cache
        self.runner = runner
        self.base = pass_one_lexicon(lexicon, model)
        self.stats = {"harvested": 0, "extracted": 0, "from_cache": 0}
        self.harvest: Harvest | None = None  # after a run: the harvest of pass 1
        self.signature: dict | None = None  # after a run with a cache: the lexicon of pass 2
        self._reported: set[str] = set()

    def report(self, error: InputError) -> None:
        """Pass a problem with an input on to `on_error`, once (both passes meet it)."""
        if error.message in self._reported:
            return
        self._reported.add(error.message)
        self.errors.append(error)
        if self._on_error is not None:
            self._on_error(error)

    def sources(self, on_error: ErrorHandler | None = None) -> Iterator[Source]:
        """The input files, in corpus order (problems go to `on_error`, by default `report`)."""
        return sources(self.paths, on_error or self.report, self.manifest, self.include, self.exclude, self.skip)

    def documents(self, chosen: Iterable[Source] | None = None) -> Iterator[Document]:
        """The documents of all input files, or of the `chosen` ones."""
        for source in self.sources() if chosen is None else chosen:
            yield from read_source(source, self.report)

    def process(self) -> Iterator[Processed]:
        """Both passes; yields the processed documents in corpus order."""
        self.harvest = Harvest()
        with self._running() as runner:
            yield from two_passes(self, self.base, runner, self.harvest)
            self.signature = runner.signature

    def extend(self, harvest: Harvest, signature: dict, old: list[Source], new: list[Source]
               ) -> Iterator[Processed] | None:
        """Add the `new` input files to a corpus of `old` ones processed before.

        `harvest` and `signature` are what `process()` left for the old files. Runs
        pass 1 over the new files; if the lexicon that results would change the
        extraction of some old document, returns None (run `process()` instead),
        else pass 2 over the new files only.
        """
        added = _Chosen(self, new)
        running = ExitStack()  # handed over to pass 2, or closed here
        runner = running.enter_context(self._running())
        try:
            lexicon = learn(added, self.base, runner, harvest)
            current = lexicon_signature(lexicon)
            changed = changes(signature, current)
            if not all(unaffected(document, changed) for document in self.documents(old)):
                running.close()
                return None
            if signature != current and runner.cache is not None:  # the old extractions hold for the new lexicon
                runner.cache.revalidate(signature_digest(signature), signature_digest(current))
        except BaseException:
            running.close()
            raise
        self.harvest = harvest
        return self._pass_two(runner, added, lexicon, running)

    def _pass_two(self, runner: Runner, inputs: _Chosen, lexicon, running: ExitStack) -> Iterator[Processed]:
        with running:
            yield from runner.extract(inputs, lexicon)
            self.signature = runner.signature

    @contextmanager
    def _running(self) -> Iterator[Runner]:
        """The runner of one run (the local ones with the cache open meanwhile)."""
        if self.runner is not None:
            yield self.runner
            return
        salt = (self.base.user.fingerprint() if self.base.user else b"") + tagger.fingerprint(self.base.model)
        cache = Cache(self.cache_path, salt, lambda reason: self.report(InputError(str(self.cache_path), reason))) \
            if self.cache_path else None
        runner = Pool(self.jobs, cache) if self.jobs > 1 else Inline(cache)
        self.stats = runner.stats
        try:
            yield runner
        finally:
            if cache is not None:
                cache.close()


class _Chosen:
    """Some input files of a corpus, as inputs of a runner."""

    def __init__(self, corpus: Corpus, chosen: list[Source]):
        self.corpus = corpus
        self.chosen = chosen
        self.report = corpus.report

    def sources(self, on_error: ErrorHandler | None = None) -> Iterator[Source]:
        return iter(self.chosen)

    def documents(self) -> Iterator[Document]:
        return self.corpus.documents(self.chosen)
