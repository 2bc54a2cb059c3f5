"""What a rerun can reuse: the per-document cache (SQLite), the digests of policykg's code, and the
lexicon signatures that say which cached extractions still hold.

The cache keeps each document's harvest and extraction, keyed by the document's id, date and text,
under a version made of the extractor's code and data (`extractor_version`) and the record layout
(`BLOB_FORMAT`). A cached extraction is reused only if none of the lexicon entries that changed since
it was made occurs in the document, so a rebuild gives the same output as a clean build.
"""
from __future__ import annotations

import copyreg
import dataclasses
import hashlib
import io
import operator
import os
import pickle
import sqlite3
import threading
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ahocorasick_rs import AhoCorasick

from policykg.extract import CorpusLexicon, DocumentResult
from policykg.model import Document, Mention, Relation, Sentence

_WHITESPACE = {ord(ch): None for ch in " \t\r\n\f\v\u3000\u00a0"}
CODE_SUFFIXES = (".py", ".txt", ".tsv", ".csv", ".json", ".html", ".css", ".js")


def _digest_files(digest, folders: Iterable[str] = ("",)) -> None:
    """Add the code and data files of policykg (under `folders` of the package) to `digest`."""
    package = Path(str(resources.files("policykg")))
    for folder in folders:
        for path in sorted((package / folder).rglob("*")):
            if path.is_file() and path.suffix in CODE_SUFFIXES:
                digest.update(path.relative_to(package).as_posix().encode())
                digest.update(path.read_bytes())


@lru_cache(maxsize=None)
def extractor_version() -> str:
    """A digest of the code and data that extraction depends on (the version of cached extractions)."""
    digest = hashlib.sha256()
    _digest_files(digest, ("ingest", "extract", "data"))
    return digest.hexdigest()[:16]


@lru_cache(maxsize=None)
def code_version() -> str:
    """A digest of all of policykg's code and data (a saved build state is only used by the code that wrote it)."""
    digest = hashlib.sha256(BLOB_FORMAT)
    _digest_files(digest)
    return digest.hexdigest()


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


def document_key(document: Document) -> str:
    """The cache key of a document: its id, date and text."""
    return hashlib.sha256(f"{document.id}\0{document.date}\0{document.text}".encode()).hexdigest()


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


def changed_automaton(changed: list[str]):
    """An automaton of the changed lexicon entries (whitespace removed), or None when nothing changed."""
    patterns = sorted({compact for surface in changed if (compact := surface.translate(_WHITESPACE))})
    return AhoCorasick(patterns) if patterns else None


def unaffected(document: Document, automaton) -> bool:
    """Whether no changed lexicon entry occurs in the document (whitespace ignored, so conservative)."""
    if automaton is None:
        return True
    from policykg.ingest.repair import normalise_width

    text = normalise_width(document.text).translate(_WHITESPACE)
    return not automaton.find_matches_as_indexes(text)

