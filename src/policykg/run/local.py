"""Runners on this machine (see `policykg.run.passes`): `Inline` runs the passes in this process,
`Pool` hands documents to worker processes in order and takes the results back in order, so
`jobs=N` gives the same output as one process. With a cache (`policykg.run.cache.Cache`) both
take the documents harvested or extracted before from it.
"""
from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from policykg.errors import InputError
from policykg.extract import CorpusLexicon, Harvest
from policykg.model import Document
from policykg.run import codec
from policykg.run.cache import Cache, changes, document_key, lexicon_signature, unaffected
from policykg.run.codec import signature_digest
from policykg.run.passes import (WINDOW_CHARS, Inputs, Kept, Processed, Stitcher, extract_document, failure,
                                 harvest_document, no_result, prepare_extract, prepare_harvest, windows)

# items of a map: (context, document, cached blob or None); results: (context, payload, computed, blob)
Item = tuple[object, Document, bytes | None]


def _extract(document: Document, lexicon: CorpusLexicon, kept: Kept | None = None) -> tuple:
    processed = extract_document(document, lexicon, kept)
    return processed.sentences, processed.result


def _encode_extraction(payload: tuple) -> bytes:
    return codec.encode_extraction(*payload)


@dataclass(frozen=True)
class Step:
    """A per-document step and the JSON form of its payload (`policykg.run.codec`), in which workers send
    it back and the cache keeps it."""

    run: Callable[[Document, CorpusLexicon, Kept | None], object]  # kept: pass 1's work for pass 2
    encode: Callable[[object], bytes]
    decode: Callable[[bytes], object]
    empty: Callable[[Document], object]  # the payload of a document the step failed on
    prepare: Callable[[list[Document], CorpusLexicon, Kept], None]  # the next documents' work begun in `kept`


def _no_harvest(document: Document) -> Harvest:
    return Harvest()


def _no_extraction(document: Document) -> tuple:
    return (), no_result(document)


HARVEST = Step(harvest_document, codec.encode_harvest, codec.decode_harvest, _no_harvest, prepare_harvest)
EXTRACT = Step(_extract, _encode_extraction, codec.decode_extraction, _no_extraction, prepare_extract)


class Inline:
    """Both passes in this process, one document after the other; pass 2 takes up what pass 1 worked
    out for the same document (`policykg.run.passes.Kept`). A document a step fails on is reported to the
    inputs' `report` and left without results (not cached), or the failure is raised when they have none."""

    COMMIT_EVERY = 512  # documents extracted between cache commits
    AHEAD_CHARS = 300_000  # characters of the next documents whose work is begun together (`Step.prepare`)

    def __init__(self, cache: Cache | None = None):
        self.cache = cache
        self.kept = Kept()
        self.stats = {"harvested": 0, "extracted": 0, "from_cache": 0}
        self.signature: dict | None = None  # with a cache: the signature of the lexicon of pass 2
        self.report = None  # the inputs' report of the pass running

    def harvest(self, inputs: Inputs, base: CorpusLexicon, total: Harvest) -> Harvest:
        cache, self.report = self.cache, inputs.report

        def items() -> Iterator[Item]:
            for whole in inputs.documents():
                for window in windows(whole):
                    key = document_key(window.document) if cache else None
                    yield key, window.document, cache.harvest(key) if cache else None

        for key, payload, computed, blob in self._map(HARVEST, base, items()):
            if computed:
                self.stats["harvested"] += 1
                if cache and blob is not None:  # (None: the document failed)
                    cache.put_harvest(key, blob)
            total.update(payload)
        if cache:
            cache.commit()
        return total

    def extract(self, inputs: Inputs, lexicon: CorpusLexicon) -> Iterator[Processed]:
        """Pass 2. A cached extraction made with the current lexicon is used as is; one made with the
        previous lexicon when no changed entry occurs in the document."""
        cache, self.report = self.cache, inputs.report
        if cache:
            signature = self.signature = lexicon_signature(lexicon)
            digest = signature_digest(signature)
            previous = cache.previous_lexicon()
            previous_digest = signature_digest(previous)
            changed = changes(previous, signature) if previous_digest != digest else None

        def items() -> Iterator[Item]:
            for window in (window for whole in inputs.documents() for window in windows(whole)):
                document = window.document
                if not cache:
                    yield (window, None, False), document, None
                    continue
                key = document_key(document)
                cached = cache.result(key)
                if cached is not None and (cached[1] == digest or
                                           (cached[1] == previous_digest and unaffected(document, changed))):
                    yield (window, key, cached[1] == digest), document, cached[0]
                else:
                    yield (window, key, False), document, None

        count = 0
        stitch = Stitcher()
        for (window, key, current), (sentences, result), computed, blob in self._map(EXTRACT, lexicon, items()):
            if computed:
                self.stats["extracted"] += 1
                if cache and blob is not None:
                    cache.put_result(key, blob, digest)
            else:
                self.stats["from_cache"] += 1
                if not current:
                    cache.put_result(key, None, digest)
            count += 1
            if cache and count % self.COMMIT_EVERY == 0:
                cache.commit()
            yield stitch(window, sentences, result)
        if cache:
            cache.save_lexicon(signature)
            cache.commit()

    def _map(self, step: Step, lexicon: CorpusLexicon, items: Iterable[Item]) -> Iterator[tuple]:
        """(context, payload, computed, blob) per item, in order: the payload of `step.run(document, lexicon)`
        or of the cached blob; `blob` is the computed payload encoded when a cache keeps it (None for a
        document the step failed on). The work on the next AHEAD_CHARS characters of documents is begun
        together (`Step.prepare`)."""
        items = iter(items)
        while True:
            ahead, chars = [], 0
            for item in items:
                ahead.append(item)
                chars += len(item[1].text)
                if chars >= self.AHEAD_CHARS:
                    break
            if not ahead:
                return
            payloads = [self._decoded(step, cached) for _, _, cached in ahead]
            step.prepare([item[1] for item, payload in zip(ahead, payloads) if payload is None], lexicon, self.kept)
            for (context, document, _), payload in zip(ahead, payloads):
                if payload is not None:
                    yield context, payload, False, None
                    continue
                try:
                    payload = step.run(document, lexicon, self.kept)
                except Exception as err:
                    if self.report is None:
                        raise
                    yield context, self._left_out(step, document, failure(document, err)), True, None
                    continue
                yield context, payload, True, step.encode(payload) if self.cache else None

    def _left_out(self, step: Step, document: Document, error: InputError):
        """Report a document `step` failed on; the payload it gets instead (no results)."""
        if self.report is None:
            raise error
        self.report(error)
        return step.empty(document)

    def _decoded(self, step: Step, cached: bytes | None):
        """The payload of a cached blob; None when there is none or it does not decode (the cache is damaged)."""
        if cached is None:
            return None
        try:
            return step.decode(cached)
        except codec.CodecError as err:
            self.cache.damaged(f"a stored document: {err}")
            return None


# --- worker processes ----------------------------------------------------------------------------------

_LEXICON: CorpusLexicon | None = None  # the lexicon of the pass a worker process works for


def _start_worker(lexicon: CorpusLexicon) -> None:
    global _LEXICON
    _LEXICON = lexicon


def _run_batch(step: Step, documents: list[Document]) -> list[bytes | InputError]:
    """Each document's payload encoded, or the report of its failure (the documents' work begun together:
    `Step.prepare`)."""
    results: list[bytes | InputError] = []
    kept = Kept()
    step.prepare(documents, _LEXICON, kept)
    for document in documents:
        try:
            results.append(step.encode(step.run(document, _LEXICON, kept)))
        except Exception as err:
            results.append(failure(document, err))
    return results


class _Batch:
    """Documents sent to a worker together."""

    __slots__ = ("pending", "documents")

    def __init__(self):
        self.documents: list[Document] = []
        self.pending = None  # the AsyncResult once submitted


class Pool(Inline):
    """Both passes in `jobs` worker processes, at most `jobs * 64` documents (and IN_FLIGHT_BATCHES
    batches' worth of characters per worker) in flight.

    The first INLINE_CHARS characters of each pass are worked on in this process (less work than
    that does not pay for starting the pool) unless a document is long (half a window or more), and the
    pool is started only when a document has to be worked on; the main process reads the documents and
    answers cache hits itself.
    """

    BATCH = 8  # documents sent to a worker together (fewer when they hold BATCH_CHARS characters)
    BATCH_CHARS = 1_000_000
    IN_FLIGHT_BATCHES = 2  # per worker: at most this many BATCH_CHARS sent and not yet taken back (memory)
    INLINE_CHARS = 4_000_000  # about 3 s of work on one core; starting two workers takes about 1.5 s

    def __init__(self, jobs: int, cache: Cache | None = None):
        super().__init__(cache)
        self.jobs = jobs

    def _map(self, step: Step, lexicon: CorpusLexicon, items: Iterable[Item]) -> Iterator[tuple]:
        items = iter(items)
        first_for_workers: list[Item] = []

        def inline() -> Iterator[Item]:
            budget = self.INLINE_CHARS
            for item in items:
                if item[2] is None:
                    if budget <= 0 or len(item[1].text) >= WINDOW_CHARS // 2:  # a long document: workers at once
                        first_for_workers.append(item)
                        return
                    budget -= len(item[1].text)
                yield item

        yield from super()._map(step, lexicon, inline())
        if first_for_workers:
            yield from self._in_workers(step, lexicon, itertools.chain(first_for_workers, items))

    def _in_workers(self, step: Step, lexicon: CorpusLexicon, items: Iterator[Item]) -> Iterator[tuple]:
        import multiprocessing

        pool = None
        window = self.jobs * 64
        pending: deque = deque()  # (context, None, cached payload, 0) or (context, _Batch, index, characters)
        batch = _Batch()
        in_flight = batch_chars = 0

        def submit() -> None:
            nonlocal batch, pool, batch_chars
            batch_chars = 0
            if batch.documents:
                if pool is None:
                    context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
                    pool = context.Pool(self.jobs, initializer=_start_worker, initargs=(lexicon,))
                batch.pending = pool.apply_async(_run_batch, (step, batch.documents))
                batch = _Batch()

        def result(entry: tuple) -> tuple:
            nonlocal in_flight
            context, sent, value, chars = entry
            in_flight -= chars
            if sent is None:
                return context, value, False, None
            if sent is batch:  # still being filled: send it now
                submit()
            blob = sent.pending.get()[value]
            if isinstance(blob, InputError):
                return context, self._left_out(step, sent.documents[value], blob), True, None
            return context, step.decode(blob), True, blob

        try:
            for context, document, cached in items:
                payload = self._decoded(step, cached)
                if payload is not None:  # (held until its turn: it counts as in flight too)
                    pending.append((context, None, payload, len(document.text)))
                    in_flight += len(document.text)
                else:
                    pending.append((context, batch, len(batch.documents), len(document.text)))
                    batch.documents.append(document)
                    in_flight += len(document.text)
                    batch_chars += len(document.text)
                    if len(batch.documents) >= self.BATCH or batch_chars >= self.BATCH_CHARS:
                        submit()
                while len(pending) > window or in_flight > self.IN_FLIGHT_BATCHES * self.jobs * self.BATCH_CHARS:
                    yield result(pending.popleft())
            submit()
            while pending:
                yield result(pending.popleft())
        except BaseException:
            if pool is not None:
                pool.terminate()
                pool.join()
                pool = None
            raise
        finally:
            if pool is not None:
                pool.close()
                pool.join()
