"""Read documents from files and folders: .txt/.md pages, .jsonl/.csv corpora.

Problems with one input are reported through `on_error` as InputError and the
reading goes on with the rest.
"""
from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from policykg.errors import InputError
from policykg.ingest.dates import date_from_filename, date_from_text, normalise_date
from policykg.ingest.encoding import decode
from policykg.model import Document

TEXT_SUFFIXES = (".txt", ".md")
CORPUS_SUFFIXES = (".jsonl", ".csv")
MANIFEST_NAMES = ("manifest.csv", "manifest.tsv", "sources.tsv")

ErrorHandler = Callable[[InputError], None]

csv.field_size_limit(2**31 - 1)


def raise_error(error: InputError) -> None:
    raise error


def discover(paths: Iterable[str | os.PathLike], on_error: ErrorHandler = raise_error) -> Iterator[tuple[Path, str]]:
    """Yield (file, document id prefix) for every readable input under `paths`, in a stable order."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files = sorted(
                (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + CORPUS_SUFFIXES
                 and p.name not in MANIFEST_NAMES and not any(part.startswith(".") for part in p.relative_to(path).parts)),
                key=lambda p: p.relative_to(path).as_posix(),
            )
            if not files:
                on_error(InputError(str(path), "folder holds no .txt, .md, .jsonl or .csv files"))
            for file in files:
                yield file, file.relative_to(path).as_posix()
        elif path.is_file():
            yield path, path.name
        elif not path.exists():
            on_error(InputError(str(path), "no such file or folder"))
        else:
            on_error(InputError(str(path), "not a regular file"))


@dataclass(frozen=True)
class Source:
    """One input file: a page (its document gets `doc_id` and the manifest fields `meta`) or a corpus."""

    file: Path
    doc_id: str
    meta: tuple[tuple[str, str], ...] = ()


def sources(paths: Iterable[str | os.PathLike], on_error: ErrorHandler = raise_error,
            manifest: str | os.PathLike | None = None) -> Iterator[Source]:
    """The input files under `paths` in corpus order, with the manifest fields that apply to each page."""
    explicit = load_manifest(Path(manifest), on_error) if manifest else {}
    folder_manifests: dict[Path, dict[str, dict[str, str]]] = {}
    for file, doc_id in discover(paths, on_error):
        if file.parent not in folder_manifests:
            folder_manifests[file.parent] = _folder_manifest(file.parent, on_error)
        if file.suffix.lower() in CORPUS_SUFFIXES:  # rows carry their own ids, dates and titles
            yield Source(file, doc_id)
            continue
        meta = explicit.get(file.name) or explicit.get(doc_id) or folder_manifests[file.parent].get(file.name, {})
        yield Source(file, doc_id, tuple(sorted(meta.items())))


def read_source(source: Source, on_error: ErrorHandler = raise_error) -> Iterator[Document]:
    """The documents of one input file."""
    suffix = source.file.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(source.file, on_error)
    elif suffix == ".csv":
        yield from _read_csv(source.file, on_error)
    else:
        doc = _read_text_file(source.file, source.doc_id, dict(source.meta), on_error)
        if doc is not None:
            yield doc


def read_documents(
    paths: Iterable[str | os.PathLike],
    on_error: ErrorHandler = raise_error,
    manifest: str | os.PathLike | None = None,
) -> Iterator[Document]:
    """Yield the documents found under `paths` (files, folders, corpora)."""
    for source in sources(paths, on_error, manifest):
        yield from read_source(source, on_error)


def load_manifest(path: Path, on_error: ErrorHandler = raise_error) -> dict[str, dict[str, str]]:
    """A manifest (CSV or TSV with a `file` column and date/year, title, source) keyed by file name."""
    try:
        text, _ = decode(path.read_bytes(), str(path))
    except OSError as err:
        on_error(InputError(str(path), f"cannot read manifest ({err.strerror})"))
        return {}
    except InputError as err:
        on_error(err)
        return {}
    dialect = "excel-tab" if "\t" in text.split("\n", 1)[0] else "excel"
    rows = csv.DictReader(io.StringIO(text), dialect=dialect)
    if not rows.fieldnames or "file" not in rows.fieldnames:
        on_error(InputError(str(path), "manifest has no 'file' column"))
        return {}
    manifest = {}
    for row in rows:
        name = (row.get("file") or "").strip()
        if name:
            manifest[name] = {k: (v or "").strip() for k, v in row.items() if k}
    return manifest


def _folder_manifest(folder: Path, on_error: ErrorHandler) -> dict[str, dict[str, str]]:
    for name in MANIFEST_NAMES:
        if (folder / name).is_file():
            return load_manifest(folder / name, on_error)
    return {}


def _read_bytes(file: Path, on_error: ErrorHandler) -> bytes | None:
    try:
        return file.read_bytes()
    except OSError as err:
        on_error(InputError(str(file), f"cannot read ({err.strerror})"))
        return None


def _decode_file(file: Path, on_error: ErrorHandler) -> str | None:
    data = _read_bytes(file, on_error)
    if data is None:
        return None
    try:
        text, warning = decode(data, str(file))
    except InputError as err:
        on_error(err)
        return None
    if warning:
        on_error(InputError(str(file), warning))
    return text


def _read_text_file(file: Path, doc_id: str, meta: dict[str, str], on_error: ErrorHandler) -> Document | None:
    text = _decode_file(file, on_error)
    if text is None:
        return None
    if not text.strip():
        on_error(InputError(str(file), "empty file"))
        return None
    return make_document(doc_id, text, str(file), meta, file.name)


def make_document(doc_id: str, text: str, source: str, meta: dict, filename: str | None = None) -> Document:
    """A Document with the best date available: field or manifest, file name, then the text."""
    date = normalise_date(meta.get("date")) or normalise_date(meta.get("year"))
    origin = "field" if date else None
    if date and len(date) == 4:
        better = date_from_text(text, year_hint=date)
        if better and better.startswith(date):
            date, origin = better, "field+text"
    if not date and filename:
        date = date_from_filename(filename)
        origin = "filename" if date else None
        if date and len(date) == 4:
            better = date_from_text(text, year_hint=date)
            if better and better.startswith(date):
                date, origin = better, "filename+text"
    if not date:
        date = date_from_text(text)
        origin = "text" if date else None
    return Document(
        id=doc_id,
        text=text,
        source=str(meta.get("source") or source),
        date=date,
        title=(meta.get("title") or None),
        date_origin=origin,
    )


def _row_document(row: dict, file: Path, line: int, on_error: ErrorHandler) -> Document | None:
    text = row.get("text")
    if not isinstance(text, str):
        on_error(InputError(str(file), "row has no 'text' string", line))
        return None
    if not text.strip():
        on_error(InputError(str(file), "row has an empty 'text'", line))
        return None
    doc_id = row.get("id")
    doc_id = str(doc_id) if doc_id not in (None, "") else f"{file.name}:{line}"
    meta = {k: row.get(k) for k in ("date", "title", "source", "year")}
    meta = {k: str(v) for k, v in meta.items() if v not in (None, "")}
    return make_document(doc_id, text, meta.get("source") or str(file), meta)


def _read_jsonl(file: Path, on_error: ErrorHandler) -> Iterator[Document]:
    text = _decode_file(file, on_error)
    if text is None:
        return
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            on_error(InputError(str(file), f"not valid JSON ({err.msg} at column {err.colno})", number))
            continue
        if not isinstance(row, dict):
            on_error(InputError(str(file), "line is not a JSON object", number))
            continue
        doc = _row_document(row, file, number, on_error)
        if doc is not None:
            if doc.id in seen:
                on_error(InputError(str(file), f"duplicate id {doc.id!r}; row skipped", number))
                continue
            seen.add(doc.id)
            yield doc


def _read_csv(file: Path, on_error: ErrorHandler) -> Iterator[Document]:
    text = _decode_file(file, on_error)
    if text is None:
        return
    try:
        rows = csv.DictReader(io.StringIO(text, newline=""))
        if not rows.fieldnames or "text" not in rows.fieldnames:
            on_error(InputError(str(file), "CSV has no 'text' column"))
            return
        seen: set[str] = set()
        for row in rows:
            doc = _row_document(row, file, rows.line_num, on_error)
            if doc is not None:
                if doc.id in seen:
                    on_error(InputError(str(file), f"duplicate id {doc.id!r}; row skipped", rows.line_num))
                    continue
                seen.add(doc.id)
                yield doc
    except csv.Error as err:
        on_error(InputError(str(file), f"malformed CSV ({err})"))
