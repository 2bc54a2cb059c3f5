"""Read documents from files and folders: .txt/.md pages, .jsonl/.csv corpora, PDF, Word and web pages.

Problems with one input are reported through `on_error` as InputError and the
reading goes on with the rest.
"""
from __future__ import annotations

import csv
import importlib
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from policykg.errors import InputError, InputNote, printable
from policykg.ingest.dates import date_from_filename, date_from_signature, date_from_text, normalise_date
from policykg.ingest.encoding import decode
from policykg.model import Block, Document

TEXT_SUFFIXES = (".txt", ".md")
CORPUS_SUFFIXES = (".jsonl", ".csv")
# files whose text a reader lays out (policykg.ingest.layout): suffix → (module, function)
LAID_OUT = {
    ".pdf": ("policykg.ingest.pdf", "read_pdf"),
    ".docx": ("policykg.ingest.word", "read_docx"),
    ".html": ("policykg.ingest.webpage", "read_html"),
    ".htm": ("policykg.ingest.webpage", "read_html"),
    ".shtml": ("policykg.ingest.webpage", "read_html"),
    ".xhtml": ("policykg.ingest.webpage", "read_html"),
}
# document formats met in folders that are not read: one line each instead of silence
UNSUPPORTED = {
    ".doc": "Word 97-2003 .doc files are not read; save it as .docx",
    ".wps": "WPS .wps files are not read; save it as .docx",
    ".rtf": "RTF files are not read; save it as .docx",
    ".odt": "OpenDocument .odt files are not read; save it as .docx",
    ".ofd": "OFD files are not read; export it as PDF",
    ".caj": "CAJ files are not read; export it as PDF",
    ".mht": "web archives (.mht) are not read; save the page as HTML",
    ".mhtml": "web archives (.mhtml) are not read; save the page as HTML",
}
SUFFIXES = TEXT_SUFFIXES + CORPUS_SUFFIXES + tuple(LAID_OUT)
MANIFEST_NAMES = ("manifest.csv", "manifest.tsv", "sources.tsv")
NOT_DOCUMENTS = ("README", "LICENSE", "LICENCE")  # name prefixes (any case) of files in folders left out with a note
OUTPUT_MARKER = ".policykg.json"  # in the output folder of a build (policykg.run.folder): never read as input

ErrorHandler = Callable[[InputError], None]

csv.field_size_limit(2**31 - 1)


def raise_error(error: InputError) -> None:
    """The default `on_error`: raise a problem (a note, `InputNote`, is not one)."""
    if not isinstance(error, InputNote):
        raise error


def discover(paths: Iterable[str | os.PathLike], on_error: ErrorHandler = raise_error,
             include: Iterable[str] = (), exclude: Iterable[str] = (),
             skip: Iterable[str | os.PathLike] = ()) -> Iterator[tuple[Path, str]]:
    """Yield (file, document id prefix) for every input under `paths`, in a stable order.

    Folders are read recursively (links to folders followed once), hidden files and folders and
    manifests left out, and so are the output folders of builds (they hold OUTPUT_MARKER) and the
    folders in `skip`; README and LICENSE files are left out with a note (an include pattern that
    matches one reads it); a folder that cannot be read is reported. `include` and `exclude` are glob
    patterns ("*.pdf", "reports/2024/*") matched against a file's path relative to the folder given
    and against its name: a file found in a folder is read when it matches an include pattern (or
    none is given) and no exclude pattern. Files named directly are always read.
    """
    include, exclude = tuple(include), tuple(exclude)
    skip = {_identity(os.stat(folder)) for folder in skip if os.path.isdir(folder)}
    for given in paths:
        path = Path(given)
        if path.is_dir():
            if (path / OUTPUT_MARKER).is_file() or _identity(path.stat()) in skip:
                on_error(InputError(str(path), "the output folder of a policykg build: not read"))
                continue
            files = []
            for relative, file in sorted(_walk(path, on_error, skip, include, exclude)):
                if file.name.upper().startswith(NOT_DOCUMENTS) and not (include and _matches(relative, include)):
                    on_error(InputNote(str(file), f"left out, a {file.stem} file and not a document (name the file "
                                                  "itself, or match it with --include, to read it)"))
                else:
                    files.append((relative, file))
            if not any(Path(relative).suffix.lower() in SUFFIXES for relative, _ in files):
                patterns = " matching the include/exclude patterns" if include or exclude else ""
                on_error(InputError(str(path), f"folder holds no .txt, .md, .jsonl, .csv, .pdf, .docx "
                                                          f"or .html files{patterns}"))
            for relative, file in files:
                yield file, printable(relative)
        elif path.is_file():
            yield path, printable(path.name)
        elif not os.path.lexists(path):
            on_error(InputError(str(path), "no such file or folder"))
        else:
            on_error(InputError(str(path), "not a regular file, or a link to nothing"))


def _identity(status: os.stat_result) -> tuple[int, int]:
    return status.st_dev, status.st_ino


def _walk(top: Path, on_error: ErrorHandler, skip: set[tuple[int, int]], include: tuple[str, ...],
          exclude: tuple[str, ...]) -> Iterator[tuple[str, Path]]:
    """(relative POSIX path, file) of the input files under `top`, without recursion (any depth); `skip`:
    the (device, inode) of folders left out."""
    seen = set(skip)
    stack = [(top, "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            identity = _identity(folder.stat())
            if identity in seen:
                continue  # a link back to a folder already read, or one left out
            seen.add(identity)
            with os.scandir(folder) as scan:
                entries = list(scan)
        except OSError as err:
            on_error(InputError(str(folder), f"cannot read the folder ({err.strerror or err}); "
                                                        "its files are left out"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            relative = prefix + entry.name
            try:
                if entry.is_dir():
                    if not os.path.lexists(os.path.join(entry.path, OUTPUT_MARKER)):
                        stack.append((Path(entry.path), relative + "/"))
                elif entry.is_file() and Path(entry.name).suffix.lower() in SUFFIXES + tuple(UNSUPPORTED) \
                        and entry.name not in MANIFEST_NAMES and selected(relative, include, exclude):
                    yield relative, Path(entry.path)
            except OSError as err:
                on_error(InputError(entry.path, f"cannot read ({err.strerror or err})"))


def selected(relative: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    """Whether a file at `relative` (a POSIX path inside a folder given) passes the glob patterns."""
    return (not include or _matches(relative, include)) and not _matches(relative, exclude)


def _matches(relative: str, patterns: tuple[str, ...]) -> bool:
    name = relative.rsplit("/", 1)[-1]
    return any(fnmatchcase(relative, pattern) or fnmatchcase(name, pattern) for pattern in patterns)


@dataclass(frozen=True)
class Source:
    """One input file: a page (its document gets `doc_id` and the manifest fields `meta`) or a corpus."""

    file: Path
    doc_id: str
    meta: tuple[tuple[str, str], ...] = ()


def sources(paths: Iterable[str | os.PathLike], on_error: ErrorHandler = raise_error,
            manifest: str | os.PathLike | None = None, include: Iterable[str] = (),
            exclude: Iterable[str] = (), skip: Iterable[str | os.PathLike] = ()) -> Iterator[Source]:
    """The input files under `paths` in corpus order, with the manifest fields that apply to each page
    (`skip`: folders never read, see `discover`)."""
    explicit = load_manifest(Path(manifest), on_error) if manifest else {}
    folder_manifests: dict[Path, dict[str, dict[str, str]]] = {}
    for file, doc_id in discover(paths, on_error, include, exclude, skip):
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
    elif suffix in UNSUPPORTED:
        on_error(InputError(str(source.file), UNSUPPORTED[suffix]))
    else:
        read = _read_laid_out if suffix in LAID_OUT else _read_text_file
        doc = read(source.file, source.doc_id, dict(source.meta), on_error)
        if doc is not None:
            yield doc


def read_documents(
    paths: Iterable[str | os.PathLike],
    on_error: ErrorHandler = raise_error,
    manifest: str | os.PathLike | None = None,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
) -> Iterator[Document]:
    """Yield the documents found under `paths` (files, folders, corpora); see `discover` for the patterns."""
    for source in sources(paths, on_error, manifest, include, exclude):
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


def _read_laid_out(file: Path, doc_id: str, meta: dict[str, str], on_error: ErrorHandler) -> Document | None:
    """A PDF, Word or HTML file through its reader; the file's own title, date and source yield to `meta`."""
    module, function = LAID_OUT[file.suffix.lower()]
    try:
        laid = getattr(importlib.import_module(module), function)(file)
    except InputError as err:
        on_error(err)
        return None
    except OSError as err:
        on_error(InputError(str(file), f"cannot read ({err.strerror or err})"))
        return None
    except Exception as err:  # noqa: BLE001 - a parser failing on a damaged file must not end the run
        on_error(InputError(str(file), f"cannot read: damaged or unusual file ({type(err).__name__}: "
                                       f"{str(err).splitlines()[0][:120] if str(err) else 'no detail'})"))
        return None
    for warning in laid.warnings:
        on_error(InputError(str(file), warning))
    if not laid.text.strip():
        on_error(InputError(str(file), "no text found"))
        return None
    return make_document(doc_id, laid.text, str(file), meta, file.name, laid.blocks, laid.meta)


def make_document(doc_id: str, text: str, source: str, meta: dict, filename: str | None = None,
                  blocks: tuple[Block, ...] = (), found: dict[str, str] | None = None) -> Document:
    """A Document with the best date available: field or manifest (`meta`), the file's own metadata
    (`found`), the file name, then the text. Title and source likewise: `meta`, then `found`."""
    found = found or {}
    date, origin = _best_date(text, meta, found, filename)
    return Document(
        id=doc_id,
        text=text,
        source=printable(str(meta.get("source") or found.get("source") or source)),
        date=date,
        title=printable(meta.get("title") or found.get("title") or "") or None,
        date_origin=origin,
        blocks=tuple(blocks),
    )


def _best_date(text: str, meta: dict, found: dict[str, str], filename: str | None) -> tuple[str | None, str | None]:
    """The date and where it came from; a bare year is completed by a dateline ("3月21日") in the text."""
    candidates = ((normalise_date(meta.get("date")) or normalise_date(meta.get("year")), "field"),
                  (normalise_date(found.get("date")), "metadata"),
                  (date_from_filename(filename) if filename else None, "filename"))
    for date, origin in candidates:
        if date:
            if len(date) == 4:
                better = date_from_text(text, year_hint=date)
                if better and better.startswith(date):
                    return better, f"{origin}+text"
            return date, origin
    date = date_from_text(text) or date_from_signature(text)
    return date, ("text" if date else None)


def _row_document(row: dict, file: Path, line: int, on_error: ErrorHandler) -> Document | None:
    text = row.get("text")
    if not isinstance(text, str):
        on_error(InputError(str(file), "row has no 'text' string", line))
        return None
    if not text.strip():
        on_error(InputError(str(file), "row has an empty 'text'", line))
        return None
    fixed = printable(text, "\ufffd")
    if fixed is not text:
        on_error(InputError(str(file), "lone surrogates in 'text' (not characters) replaced with U+FFFD", line))
    doc_id = row.get("id")
    if doc_id is not None and not _scalar(doc_id, int):
        on_error(InputError(str(file), f"'id' is {_kind(doc_id)}, not a string or a whole number: the row's id is "
                                       f"{file.name}:{line}", line))
        doc_id = None
    doc_id = printable(str(doc_id)) if doc_id not in (None, "") else f"{printable(file.name)}:{line}"
    meta = {}
    for key in ("date", "title", "source", "year"):
        value = row.get(key)
        if value is None or value == "":
            continue
        if _scalar(value, int, float) if key in ("date", "year") else _scalar(value):
            meta[key] = printable(str(value))
        else:
            on_error(InputError(str(file), f"'{key}' is {_kind(value)}, not a string: left out", line))
    return make_document(doc_id, fixed, meta.get("source") or printable(str(file)), meta)


def _scalar(value, *kinds: type) -> bool:
    """A string (or one of `kinds`; never a bool)."""
    return type(value) is str or (type(value) is not bool and isinstance(value, kinds))


def _kind(value) -> str:
    return {bool: "true or false", list: "a list", dict: "an object"}.get(type(value), f"a {type(value).__name__}")


def _read_jsonl(file: Path, on_error: ErrorHandler) -> Iterator[Document]:
    """One JSON object per line; lines end at "\\n" only (U+2028, U+0085 … are characters inside a row)."""
    text = _decode_file(file, on_error)
    if text is None:
        return
    seen: set[str] = set()
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            on_error(InputError(str(file), f"not valid JSON ({err.msg} at column {err.colno})", number))
            continue
        except RecursionError:
            on_error(InputError(str(file), "not valid JSON (nested too deeply)", number))
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
