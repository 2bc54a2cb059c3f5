"""Run the two-pass extraction over a corpus: streaming, in parallel, with a cache.

Pass 1 reads every document and harvests anchored names; pass 2 reads them
again and extracts with the corpus lexicon. Only the harvest (which grows with
the vocabulary, not with the number of documents) stays in memory between the
passes. Worker processes get documents in order and hand results back in order,
so `jobs=N` gives the same output as `jobs=1`.

The cache (SQLite) keeps each document's harvest and extraction, keyed by the
document's id and text and by the extractor version. A cached extraction is
reused only if none of the lexicon entries that changed since it was made
occurs in the document, so a rebuild gives the same output as a clean build.
"""
from __future__ import annotations

import copyreg
import dataclasses
import hashlib
import io
import itertools
import math
import operator
import os
import pickle
import sqlite3
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ahocorasick_rs import AhoCorasick

from policykg.errors import InputError
from policykg.extract import CorpusLexicon, DocumentResult, Harvest, corpus_lexicon, extract, harvest
from policykg.extract.pipeline import base_lexicon
from policykg.extract.user import UserLexicon
from policykg.ingest import parse
from policykg.ingest.readers import ErrorHandler, Source, read_source, sources
from policykg.model import Document, Mention, Relation, Sentence

_WHITESPACE = {ord(ch): None for ch in " \t\r\n\f\v\u3000\u00a0"}


@dataclass(frozen=True)
class Processed:
    """One document after pass 2: the document, its sentences and what was extracted."""

    document: Document
    sentences: tuple[Sentence, ...]
    result: DocumentResult


@lru_cache(maxsize=None)
def extractor_version() -> str:
    """A digest of the code and data that extraction depends on."""
    digest = hashlib.sha256()
    package = resources.files("policykg")
    for folder in ("ingest", "extract", "data"):
        for path in sorted(Path(str(package / folder)).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".txt", ".tsv", ".csv"):
                digest.update(path.relative_to(Path(str(package))).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# Extraction results are pickled with a constructor call per record, cls(*fields): unpickling the
# default way (dataclasses' __setstate__, which calls fields() on every object) took 2.7 times as
# long, and the main process unpickles every document's result.
_RECORDS = (Sentence, Mention, Relation, DocumentResult)


def _reducer(cls: type) -> Callable:
    get = operator.attrgetter(*(f.name for f in dataclasses.fields(cls)))
    return lambda obj: (cls, get(obj))


_DISPATCH = copyreg.dispatch_table.copy()
_DISPATCH.update((cls, _reducer(cls)) for cls in _RECORDS)
# part of the cache version: a record with other fields invalidates the cached blobs
BLOB_FORMAT = ";".join(f"{c.__name__}({','.join(f.name for f in dataclasses.fields(c))})" for c in _RECORDS).encode()


def dumps(obj) -> bytes:
    """Pickle (protocol 5) with the fast reducers of the result records; `pickle.loads` reads it."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.dispatch_table = _DISPATCH
    pickler.dump(obj)
    return buffer.getvalue()


def document_key(doc: Document) -> str:
    return hashlib.sha256(f"{doc.id}\0{doc.date}\0{doc.text}".encode()).hexdigest()


class Cache:
    """Per-document harvests and extractions, and the lexicon of the last run."""

    def __init__(self, path: str | os.PathLike, salt: bytes = b""):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        # one lock, for callers that share a Cache between threads (Corpus uses it from one thread)
        self.lock = threading.Lock()
        self.db = sqlite3.connect(str(path), check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS docs (key TEXT PRIMARY KEY, harvest BLOB, result BLOB, lexicon TEXT)")
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB)")
        version = hashlib.sha256(extractor_version().encode() + BLOB_FORMAT + salt).hexdigest().encode()
        if self._meta("version") != version:
            self.db.execute("DELETE FROM docs")
            self.db.execute("DELETE FROM meta")
            self._set_meta("version", version)
        self.db.commit()

    def _meta(self, name: str) -> bytes | None:
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, name: str, value: bytes) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))

    def harvest(self, key: str) -> bytes | None:
        with self.lock:
            row = self.db.execute("SELECT harvest FROM docs WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def result(self, key: str) -> tuple[bytes, str] | None:
        """The cached extraction and the digest of the lexicon it was made with."""
        with self.lock:
            row = self.db.execute("SELECT result, lexicon FROM docs WHERE key = ?", (key,)).fetchone()
        return (row[0], row[1]) if row and row[0] is not None else None

    def put_harvest(self, key: str, blob: bytes) -> None:
        with self.lock:
            self.db.execute("INSERT INTO docs (key, harvest) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET harvest = ?",
                            (key, blob, blob))

    def put_result(self, key: str, blob: bytes | None, lexicon: str) -> None:
        """Store an extraction, or (blob None) mark the cached one as valid for `lexicon`."""
        with self.lock:
            if blob is None:
                self.db.execute("UPDATE docs SET lexicon = ? WHERE key = ?", (lexicon, key))
            else:
                self.db.execute("UPDATE docs SET result = ?, lexicon = ? WHERE key = ?", (blob, lexicon, key))

    def previous_lexicon(self) -> dict | None:
        blob = self._meta("lexicon")
        return pickle.loads(blob) if blob else None

    def revalidate(self, old: str | None, new: str | None) -> None:
        """Mark the extractions made with lexicon `old` as valid for lexicon `new`."""
        with self.lock:
            self.db.execute("UPDATE docs SET lexicon = ? WHERE lexicon = ?", (new, old))

    def save_lexicon(self, signature: dict) -> None:
        self._set_meta("lexicon", pickle.dumps(signature, protocol=5))

    def commit(self) -> None:
        with self.lock:
            self.db.commit()

    def close(self) -> None:
        self.db.commit()
        self.db.close()


def lexicon_signature(corpus: CorpusLexicon) -> dict:
    """Everything of a corpus lexicon that can change an extraction, keyed by surface form."""
    signature: dict[str, tuple] = {surface: entry for surface, entry in corpus.lexicon.items()}
    for (label, name), target in corpus.canonical.items():
        signature.setdefault(name, ())
        signature[name] = signature[name] + (("canonical", label, target),)
    for name, role in corpus.roles.items():
        signature.setdefault(name, ())
        signature[name] = signature[name] + (("role", role),)
    return signature


def signature_digest(signature: dict | None) -> str | None:
    if signature is None:
        return None
    return hashlib.sha256(pickle.dumps(sorted(signature.items()), protocol=5)).hexdigest()[:16]


def changed_surfaces(old: dict | None, new: dict) -> list[str]:
    """Surface forms whose entry differs between two signatures."""
    old = old or {}
    return sorted(s for s in set(old) | set(new) if old.get(s) != new.get(s))


# --- work done in worker processes (or in-process with jobs=1) ---------------------------------

_STATE: dict = {}


def _init_worker(corpus: CorpusLexicon | None) -> None:
    _STATE.clear()
    _STATE["corpus"] = corpus


def _harvest_task(doc: Document) -> bytes:
    return pickle.dumps(harvest(parse(doc), _STATE["corpus"]), protocol=5)


def _extract_task(doc: Document) -> bytes:
    """Pickled (sentences, result) of one document."""
    parsed = parse(doc)
    return dumps((parsed.sentences, extract(parsed, _STATE["corpus"])))


def _run_batch(function: Callable, tasks: list) -> list:
    return [function(task) for task in tasks]


def _changed_automaton(changed: list[str]):
    """An automaton of the changed lexicon entries (whitespace removed), or None when nothing changed."""
    patterns = sorted({compact for surface in changed if (compact := surface.translate(_WHITESPACE))})
    return AhoCorasick(patterns) if patterns else None


def _unaffected(doc: Document, automaton) -> bool:
    """Whether no changed lexicon entry occurs in the document (whitespace ignored, so conservative)."""
    if automaton is None:
        return True
    from policykg.ingest.repair import normalise_width

    text = normalise_width(doc.text).translate(_WHITESPACE)
    return not automaton.find_matches_as_indexes(text)


class _Batch:
    """Tasks sent to a worker together."""

    __slots__ = ("pending", "tasks")

    def __init__(self):
        self.tasks: list = []
        self.pending = None  # the AsyncResult once submitted


class _Runner:
    """Ordered map over documents, in-process or with a pool; at most `window` items in flight.

    The items are (context, done, value): `value` is already the result when
    `done` (a cache hit, answered in this process), else the task for `function`.
    The main thread reads the items and submits batches of tasks, so the pool is
    started only when some document has to be worked on.
    """

    BATCH = 8
    INLINE_CHARS = 4_000_000  # about 3 s of work on one core; starting two workers takes about 1.5 s

    def __init__(self, jobs: int, initargs: tuple):
        self.jobs = jobs
        self.initargs = initargs
        self.pool = None
        self._inline = False  # whether this process is set up to do the work itself

    def __enter__(self) -> _Runner:
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.terminate() if exc[0] else self.pool.close()
            self.pool.join()
            self.pool = None

    def _start(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
        self.pool = context.Pool(self.jobs, initializer=_init_worker, initargs=self.initargs)

    def map(self, function: Callable, items: Iterable[tuple]) -> Iterator[tuple]:
        """(context, result, done) for every item, in order.

        The first INLINE_CHARS characters of work are done in this process: less
        work than that does not pay for starting the pool.
        """
        items = iter(items)
        budget = self.INLINE_CHARS if self.jobs > 1 else math.inf
        for context, done, value in items:
            if not done:
                if budget <= 0:
                    items = itertools.chain([(context, done, value)], items)
                    break
                budget -= len(value.text)
                if not self._inline:
                    _init_worker(*self.initargs)
                    self._inline = True
                value = function(value)
            yield context, value, done
        else:
            return
        window = self.jobs * 64
        pending: deque = deque()  # (context, done, value) or (context, _Batch, index)
        batch = _Batch()

        def submit() -> None:
            nonlocal batch
            if batch.tasks:
                if self.pool is None:
                    self._start()
                batch.pending = self.pool.apply_async(_run_batch, (function, batch.tasks))
                batch = _Batch()

        def result(entry: tuple) -> tuple:
            context, done, value = entry
            if done is True:
                return context, value, True
            if done is batch:  # still being filled: send it now
                submit()
            return context, done.pending.get()[value], False

        for context, done, value in items:
            if done:
                pending.append((context, True, value))
            else:
                pending.append((context, batch, len(batch.tasks)))
                batch.tasks.append(value)
                if len(batch.tasks) >= self.BATCH:
                    submit()
            while len(pending) > window:
                yield result(pending.popleft())
        submit()
        while pending:
            yield result(pending.popleft())


class Corpus:
    """Documents under some paths, read as often as the passes need."""

    def __init__(self, paths: Iterable[str | os.PathLike], on_error: ErrorHandler | None = None,
                 manifest: str | os.PathLike | None = None, progress: Callable[[int], None] | None = None,
                 jobs: int = 1, cache: str | os.PathLike | None = None, user: UserLexicon | None = None,
                 include: Iterable[str] = (), exclude: Iterable[str] = ()):
        self.paths = [str(p) for p in paths]
        self.include, self.exclude = tuple(include), tuple(exclude)  # glob patterns for files in folders
        self.errors: list[InputError] = []
        self._on_error = on_error
        self.manifest = manifest
        self.progress = progress
        self.jobs = max(1, jobs)
        self.cache_path = cache
        self.base = base_lexicon(user)
        self.stats = {"harvested": 0, "extracted": 0, "from_cache": 0}
        self.harvest: Harvest | None = None
        self.signature: dict | None = None
        self._reported: set[str] = set()

    def report(self, error: InputError) -> None:
        """Pass a problem with an input on to `on_error`, once (both passes meet it)."""
        if error.message in self._reported:
            return
        self._reported.add(error.message)
        self.errors.append(error)
        if self._on_error is not None:
            self._on_error(error)

    def sources(self) -> Iterator[Source]:
        """The input files, in corpus order."""
        return sources(self.paths, self.report, self.manifest, self.include, self.exclude)

    def documents(self, chosen: Iterable[Source] | None = None) -> Iterator[Document]:
        """The documents of all input files, or of the `chosen` ones."""
        for source in self.sources() if chosen is None else chosen:
            yield from read_source(source, self.report)

    def process(self) -> Iterator[Processed]:
        """Both passes; yields the processed documents in corpus order.

        Afterwards `harvest` holds the corpus harvest and `signature` the lexicon used.
        """
        cache = self._open_cache()
        try:
            lexicon = corpus_lexicon([self._pass_one(cache, self.documents(), Harvest())], self.base)
            yield from self._pass_two(lexicon, cache, self.documents)
        finally:
            if cache is not None:
                cache.close()

    def extend(self, harvest: Harvest, signature: dict, old: list[Source], new: list[Source]
               ) -> Iterator[Processed] | None:
        """Add the `new` input files to a corpus of `old` ones processed before.

        `harvest` and `signature` are what `process()` left for the old files. Runs
        pass 1 over the new files; if the lexicon that results would change the
        extraction of some old document, returns None (run `process()` instead),
        else pass 2 over the new files only.
        """
        cache = self._open_cache()
        resumable = False
        try:
            total = self._pass_one(cache, self.documents(new), harvest)
            lexicon = corpus_lexicon([total], self.base)
            current = lexicon_signature(lexicon)
            changed = _changed_automaton(changed_surfaces(signature, current))
            if changed is not None and not all(_unaffected(doc, changed) for doc in self.documents(old)):
                return None
            if changed is not None and cache is not None:  # the old documents' extractions hold for the new lexicon
                cache.revalidate(signature_digest(signature), signature_digest(current))
            resumable = True
        finally:
            if cache is not None and not resumable:
                cache.close()
        return self._extend_pass_two(lexicon, cache, new)

    def _extend_pass_two(self, lexicon: CorpusLexicon, cache: Cache | None, new: list[Source]) -> Iterator[Processed]:
        try:
            yield from self._pass_two(lexicon, cache, lambda: self.documents(new))
        finally:
            if cache is not None:
                cache.close()

    def _open_cache(self) -> Cache | None:
        if not self.cache_path:
            return None
        salt = self.base.user.fingerprint() if self.base.user else b""
        return Cache(self.cache_path, salt)

    def _pass_one(self, cache: Cache | None, documents: Iterable[Document], total: Harvest) -> Harvest:
        """Harvest the documents into `total` (and return it)."""

        def items():
            for doc in documents:
                key = document_key(doc) if cache else None
                blob = cache.harvest(key) if cache else None
                yield key, blob is not None, doc if blob is None else blob

        with _Runner(self.jobs, (self.base,)) as runner:
            for key, blob, from_cache in runner.map(_harvest_task, items()):
                if not from_cache:
                    self.stats["harvested"] += 1
                    if cache:
                        cache.put_harvest(key, blob)
                total.update(pickle.loads(blob))
        if cache:
            cache.commit()
        self.harvest = total
        return total

    def _pass_two(self, lexicon: CorpusLexicon, cache: Cache | None,
                  documents: Callable[[], Iterable[Document]]) -> Iterator[Processed]:
        signature = self.signature = lexicon_signature(lexicon)
        digest = signature_digest(signature)
        previous = cache.previous_lexicon() if cache else None
        previous_digest = signature_digest(previous)
        changed = _changed_automaton(changed_surfaces(previous, signature)) \
            if cache and previous_digest != digest else None

        def items():
            """A cached extraction made with the current lexicon is used as is; one made with the
            previous lexicon when no changed entry occurs in the document."""
            for doc in documents():
                key = document_key(doc) if cache else None
                cached = cache.result(key) if cache else None
                if cached is not None and (cached[1] == digest or
                                           (cached[1] == previous_digest and _unaffected(doc, changed))):
                    yield (doc, key, cached[1] == digest), True, cached[0]
                else:
                    yield (doc, key, False), False, doc

        count = 0
        with _Runner(self.jobs, (lexicon,)) as runner:
            for (doc, key, current), blob, from_cache in runner.map(_extract_task, items()):
                sentences, result = pickle.loads(blob)
                if from_cache:
                    self.stats["from_cache"] += 1
                    if cache and not current:
                        cache.put_result(key, None, digest)
                else:
                    self.stats["extracted"] += 1
                    if cache:
                        cache.put_result(key, blob, digest)
                count += 1
                if cache and count % 512 == 0:
                    cache.commit()
                if self.progress is not None:
                    self.progress(count)
                yield Processed(doc, sentences, result)
        if cache:
            cache.save_lexicon(signature)
            cache.commit()


def process_documents(documents: Iterable[Document], user: UserLexicon | None = None) -> list[Processed]:
    """Both passes over documents already in memory (small corpora, tests, notebooks)."""
    base = base_lexicon(user)
    parsed = [parse(doc) for doc in documents]
    lexicon = corpus_lexicon((harvest(p, base) for p in parsed), base)
    return [Processed(p.doc, p.sentences, extract(p, lexicon)) for p in parsed]
