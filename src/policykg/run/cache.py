"""What a rerun can reuse: the per-document cache (SQLite), the digests of policykg's code, and the
lexicon signatures that say which cached extractions still hold.

The cache keeps each document's harvest and extraction, keyed by the document's id, date and text,
as JSON blobs (`policykg.run.codec`) under a version made of the extractor's code and data
(`extractor_version`) and the blob layout (`policykg.run.codec.VERSION`). A cached extraction is reused
only if none of the lexicon entries that changed since it was made occurs in the document, so a rebuild
gives the same output as a clean build.

Nothing read from the cache can run code. A cache that is damaged (not SQLite, malformed pages, a blob
that does not decode), foreign (other tables) or not a plain file is reported in one line through
`on_problem` and started again empty; the run goes on.
"""
from __future__ import annotations

import hashlib
import os
import stat
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ahocorasick_rs import AhoCorasick

from policykg.extract import CorpusLexicon
from policykg.io import remove
from policykg.model import Document
from policykg.run import codec
from policykg.run.codec import CodecError

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
    digest = hashlib.sha256(codec.VERSION.encode())
    _digest_files(digest)
    return digest.hexdigest()


def document_key(document: Document) -> str:
    """The cache key of a document: its id, date and text."""
    return hashlib.sha256(f"{document.id}\0{document.date}\0{document.text}".encode("utf-8", "surrogatepass")).hexdigest()


SCHEMA = {  # the tables of a cache, as sqlite_master holds them
    "docs": "CREATE TABLE docs (key TEXT PRIMARY KEY, harvest BLOB, result BLOB, lexicon TEXT)",
    "meta": "CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB)",
}
CACHE_FILES = ("", "-wal", "-shm", "-journal")  # suffixes of the files SQLite keeps for a database


class Cache:
    """Per-document harvests and extractions (JSON blobs), and the lexicon of the last run.

    Reads give None (a miss) and writes are dropped while the cache is unusable; a damaged cache is
    reported once through `on_problem` and started again empty.
    """

    def __init__(self, path: str | os.PathLike, salt: bytes = b"", on_problem: Callable[[str], None] | None = None):
        import sqlite3  # (imported when a cache is used: 20 M instructions)

        self.path = Path(path)
        self.on_problem = on_problem
        # one lock, for callers that share a Cache between threads (Corpus uses it from one thread)
        self.lock = threading.Lock()
        self.version = hashlib.sha256(extractor_version().encode() + codec.VERSION.encode() + salt).hexdigest()
        self.db: sqlite3.Connection | None = None
        self._reported = False
        try:
            self._open()
        except (sqlite3.Error, CodecError) as err:
            self.damaged(_reason(err))

    def _open(self) -> None:
        """Open the database (replacing anything at its path that is not a plain file) and check it."""
        import sqlite3

        folder = self.path.parent
        if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
            self._problem(f"{folder} is not a folder")
            folder.unlink()
        folder.mkdir(parents=True, exist_ok=True)
        try:
            mode = os.lstat(self.path).st_mode
        except FileNotFoundError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode):
            self._problem("not a plain file")
            remove(self.path)
        self.db = sqlite3.connect(str(self.path), check_same_thread=False, timeout=5)
        self.db.execute("PRAGMA journal_mode=WAL")
        tables = dict(self.db.execute("SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite%'"))
        if not tables:
            for sql in SCHEMA.values():
                self.db.execute(sql)
        elif tables != SCHEMA:
            raise CodecError(f"foreign tables ({', '.join(sorted(tables))})")
        if self._meta("version") != self.version.encode():
            self.db.execute("DELETE FROM docs")
            self.db.execute("DELETE FROM meta")
            self._set_meta("version", self.version.encode())
        self.db.commit()

    def _problem(self, reason: str) -> None:
        if not self._reported and self.on_problem is not None:
            self.on_problem(f"damaged or foreign cache ({reason}); it is rebuilt")
        self._reported = True

    def damaged(self, reason: str) -> None:
        """Report the cache as damaged (once), delete it and start an empty one; without one if that fails."""
        import sqlite3

        self._problem(reason)
        self.close(commit=False)
        try:
            for suffix in CACHE_FILES:
                remove(self.path.with_name(self.path.name + suffix))
            self._open()
        except (OSError, sqlite3.Error, CodecError) as err:
            self.close(commit=False)
            if self.on_problem is not None:
                self.on_problem(f"cannot start a new cache ({_reason(err)}); this run keeps none")

    def _run(self, sql: str, args: tuple = (), fetch: bool = False):
        """Execute one statement; a failure makes the cache damaged and returns None."""
        import sqlite3

        with self.lock:
            if self.db is None:
                return None
            try:
                cursor = self.db.execute(sql, args)
                return cursor.fetchone() if fetch else True
            except sqlite3.Error as err:
                error = err
        self.damaged(_reason(error))
        return None

    def _meta(self, name: str):
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, name: str, value: bytes) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))

    def harvest(self, key: str) -> bytes | None:
        row = self._run("SELECT harvest FROM docs WHERE key = ?", (key,), fetch=True)
        return row[0] if row else None

    def result(self, key: str) -> tuple[bytes, str] | None:
        """The cached extraction and the digest of the lexicon it was made with."""
        row = self._run("SELECT result, lexicon FROM docs WHERE key = ?", (key,), fetch=True)
        return (row[0], row[1]) if row and row[0] is not None else None

    def put_harvest(self, key: str, blob: bytes) -> None:
        self._run("INSERT INTO docs (key, harvest) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET harvest = ?",
                  (key, blob, blob))

    def put_result(self, key: str, blob: bytes | None, lexicon: str) -> None:
        """Store an extraction, or (blob None) mark the cached one as valid for `lexicon`."""
        if blob is None:
            self._run("UPDATE docs SET lexicon = ? WHERE key = ?", (lexicon, key))
        else:
            self._run("UPDATE docs SET result = ?, lexicon = ? WHERE key = ?", (blob, lexicon, key))

    def previous_lexicon(self) -> dict | None:
        row = self._run("SELECT value FROM meta WHERE name = 'lexicon'", fetch=True)
        if not row or row[0] is None:
            return None
        try:
            return codec.decode_signature(row[0])
        except CodecError as err:
            self.damaged(f"the lexicon: {err}")
            return None

    def revalidate(self, old: str | None, new: str | None) -> None:
        """Mark the extractions made with lexicon `old` as valid for lexicon `new`."""
        self._run("UPDATE docs SET lexicon = ? WHERE lexicon = ?", (new, old))

    def save_lexicon(self, signature: dict) -> None:
        self._run("INSERT OR REPLACE INTO meta VALUES ('lexicon', ?)", (codec.encode_signature(signature),))

    def commit(self) -> None:
        import sqlite3

        with self.lock:
            if self.db is None:
                return
            try:
                self.db.commit()
                return
            except sqlite3.Error as err:
                error = err
        self.damaged(_reason(error))

    def close(self, commit: bool = True) -> None:
        import sqlite3

        with self.lock:
            db, self.db = self.db, None
        if db is not None:
            try:
                if commit:
                    db.commit()
            except sqlite3.Error:
                pass
            finally:
                db.close()


def _reason(err: Exception) -> str:
    return str(err).splitlines()[0] if str(err) else type(err).__name__


def lexicon_signature(corpus: CorpusLexicon) -> dict[str, list]:
    """Everything of a corpus lexicon that can change an extraction, keyed by surface form (JSON values:
    the entry's label, name and priority, then ["canonical", label, target], ["role", role] and ["scope", document ids…]
    items)."""
    signature: dict[str, list] = {surface: list(entry) for surface, entry in corpus.lexicon.items()}
    for surface, documents in corpus.scopes.items():
        signature.setdefault(surface, []).append(["scope", *sorted(documents)])
    for (label, name), target in corpus.canonical.items():
        signature.setdefault(name, []).append(["canonical", label, target])
    for name, role in corpus.roles.items():
        signature.setdefault(name, []).append(["role", role])
    return signature


def changed_surfaces(old: dict | None, new: dict) -> list[str]:
    """Surface forms whose entry differs between two signatures, the documents it stays in aside (`moved_documents`)."""
    old = old or {}
    return sorted(s for s in set(old) | set(new) if _without_scope(old.get(s)) != _without_scope(new.get(s)))


def moved_documents(old: dict | None, new: dict) -> frozenset[str]:
    """The documents that joined or left the documents a learnt name stays in: only their extraction of it changes."""
    old = old or {}
    return frozenset(document for surface in set(old) & set(new)
                     for document in _scope(old[surface]) ^ _scope(new[surface]))


def _scope(entry: list) -> set[str]:
    return next((set(item[1:]) for item in entry if isinstance(item, list) and item[:1] == ["scope"]), set())


def _without_scope(entry: list | None) -> list | None:
    return entry if entry is None else [item for item in entry if not (isinstance(item, list) and item[:1] == ["scope"])]


@dataclass(frozen=True)
class Changes:
    """What changed between two lexicon signatures: an automaton of the changed entries (whitespace removed; None
    when none did) and the documents moved in or out of where a learnt name stays."""

    automaton: AhoCorasick | None
    moved: frozenset[str]


def changes(old: dict | None, new: dict) -> Changes:
    """The `Changes` from the signature `old` to `new`."""
    patterns = sorted({compact for surface in changed_surfaces(old, new) if (compact := surface.translate(_WHITESPACE))})
    return Changes(AhoCorasick(patterns) if patterns else None, moved_documents(old, new))


def unaffected(document: Document, changed: Changes | None) -> bool:
    """Whether the document is none of those moved and no changed lexicon entry occurs in it (whitespace ignored, so
    conservative)."""
    if changed is None:
        return True
    if document.id in changed.moved:
        return False
    if changed.automaton is None:
        return True
    from policykg.ingest.repair import normalise_width

    text = normalise_width(document.text).translate(_WHITESPACE)
    return not changed.automaton.find_matches_as_indexes(text)

