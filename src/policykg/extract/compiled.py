"""The package data compiled once and kept in a cache file, so a process starts in a fraction of a second.

Reading jieba's dictionary (349,000 lines), the given-name statistics drawn from it and the built-in
lexicon (`policykg.extract.lexicon.builtin`) take about a second; their results are written to
``compiled-<digest>.data`` in the user's cache folder (``$POLICYKG_CACHE``, else
``$XDG_CACHE_HOME/policykg``, else ``~/.cache/policykg``) and read back from there. The digest covers
the extractor's code and the package data, jieba's dictionary file and this file format, so any change
to them compiles again. The file holds text, JSON, arrays of numbers and a bit filter only: reading it runs no code
(no pickle). When the folder cannot be written, the data are compiled in memory each time.
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import sys
import tempfile
from array import array
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as package_files
from importlib.util import find_spec
from itertools import chain, repeat
from pathlib import Path

MAGIC = b"policykg compiled data 4\n"


@dataclass(frozen=True)
class Compiled:
    dictionary: dict[str, tuple[int, str]]  # jieba's dictionary: word → (frequency, part-of-speech tag)
    given_name: dict[str, float]  # character → log ratio of given names to general text
    lexicon: dict[str, tuple[str, str, int]]  # the built-in lexicon: surface → (label, name, priority)
    prefixes: frozenset[str]  # the proper prefixes of the built-in lexicon's surfaces (`Lexicon._is_prefix`)
    divisions: tuple  # China's divisions (`policykg.extract.resources.divisions`)
    pairs: bytes  # the pairs of characters in the dictionary's short words (`policykg.extract.text.word_pairs`)


def cache_folder() -> Path:
    """Where compiled data are kept."""
    if os.environ.get("POLICYKG_CACHE"):
        return Path(os.environ["POLICYKG_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "policykg"


def jieba_dictionary() -> Path:
    """jieba's dictionary file (found without importing jieba, which takes a third of a second)."""
    spec = find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ImportError("jieba is not installed")
    return Path(spec.origin).parent / "dict.txt"


@lru_cache(maxsize=None)
def digest() -> str:
    """A digest of what the compiled data are made from: the extractor's code, the package data,
    jieba's dictionary (its path, size and time) and the file format."""
    package = Path(str(package_files.files("policykg")))
    hashed = hashlib.sha256(MAGIC)
    for folder in ("extract", "data"):
        for path in sorted((package / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".txt", ".tsv", ".csv"):
                hashed.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    words = jieba_dictionary()
    stat = words.stat()
    hashed.update(f"{words}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return hashed.hexdigest()[:24]


_compiling: dict | None = None  # what the rest is compiled from (jieba's dictionary, the divisions), meanwhile


def dictionary() -> dict[str, tuple[int, str]]:
    return _compiling["dictionary"] if _compiling is not None else data().dictionary


def divisions() -> tuple:
    return _compiling["divisions"] if _compiling is not None else data().divisions


def word_pairs() -> bytes:
    if _compiling is not None:
        if "pairs" not in _compiling:
            from policykg.extract import text

            _compiling["pairs"] = text.word_pairs(_compiling["dictionary"])
        return _compiling["pairs"]
    return data().pairs


@lru_cache(maxsize=None)
def data() -> Compiled:
    """The compiled data: read from the cache file, or compiled (and the file written)."""
    path = cache_folder() / f"compiled-{digest()}.data"
    try:
        with collector_paused():
            compiled = read(path)
    except (OSError, ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError):
        compiled = compile_data()
        try:
            write(compiled, path)
        except OSError:
            pass  # a folder that cannot be written: compiled again next time
    write_patterns()
    return compiled


def compile_data() -> Compiled:
    """The data compiled from the package data and jieba's dictionary."""
    global _compiling
    from policykg.extract import lexicon, resources

    words = resources.read_dictionary(jieba_dictionary())
    _compiling = {"dictionary": words, "divisions": resources.read_divisions()}
    try:
        entries = lexicon.compile_builtin()
        return Compiled(words, resources.compute_given_name_log_ratio(words), entries, lexicon.prefixes(entries),
                        _compiling["divisions"], word_pairs())
    finally:
        _compiling = None


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while many objects are made and hardly any in a cycle (reading
    the compiled data, extracting a document): it would run every 700 new objects and go through all the
    objects kept so far each time."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


# --- the file: MAGIC, a JSON line naming the sections and their lengths, then the sections -------------

def write(compiled: Compiled, path: Path) -> None:
    values = sorted(set(compiled.dictionary.values()))
    words: dict[tuple[int, str], list[str]] = {value: [] for value in values}
    for word, value in compiled.dictionary.items():
        words[value].append(word)
    surfaces = sorted(compiled.lexicon)  # read back in this order: the automaton sorts them again in no time
    entries = [compiled.lexicon[s] for s in surfaces]
    labels = sorted({label for label, _, _ in entries})
    label_number = {label: i for i, label in enumerate(labels)}
    levels = sorted({d.level for d in compiled.divisions})
    sections = {
        "words": _text(w for value in values for w in words[value]),  # grouped by their (frequency, tag)
        "values": json.dumps(values, ensure_ascii=False).encode(),
        "words_of_value": _numbers("I", [len(words[value]) for value in values]),
        "given_name_chars": _text(compiled.given_name),
        "given_name_ratios": _numbers("d", compiled.given_name.values()),
        "surfaces": _text(surfaces),
        "labels": json.dumps(labels).encode(),
        "label_of_entry": _numbers("I", [label_number[label] for label, _, _ in entries]),
        "names": _text(name for _, name, _ in entries),
        "priorities": _numbers("I", [priority for _, _, priority in entries]),
        "prefixes": _text(sorted(compiled.prefixes)),
        "levels": json.dumps(levels).encode(),
        "division_codes": _text(d.code for d in compiled.divisions),
        "division_names": _text(d.name for d in compiled.divisions),
        "division_levels": _numbers("I", [levels.index(d.level) for d in compiled.divisions]),
        "division_shorts": _text(d.short for d in compiled.divisions),
        "pairs": compiled.pairs,
    }
    _write_sections(path, sections, "compiled-*.data")


def _write_sections(path: Path, sections: dict[str, bytes], others: str) -> None:
    """MAGIC, a JSON line naming the sections and their lengths, then the sections, written to `path` at once;
    the files in its folder that match `others` (of other versions of the code or data) are removed."""
    header = json.dumps([[name, len(blob)] for name, blob in sections.items()]).encode() + b"\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".compiled-", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(MAGIC + header + b"".join(sections.values()))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    for old in path.parent.glob(others):
        if old != path:
            old.unlink(missing_ok=True)


def read(path: Path) -> Compiled:
    """The compiled data in `path`; ValueError (or another error of decoding) when it is damaged."""
    from policykg.extract.resources import Division
    from policykg.extract.text import PAIRS_SIZE

    sections = _read_sections(path)
    words = _strings(sections["words"])
    values = [(freq, tag) for freq, tag in json.loads(sections["values"])]
    words_of_value = _read_numbers("I", sections["words_of_value"])
    chars, ratios = _strings(sections["given_name_chars"]), _read_numbers("d", sections["given_name_ratios"])
    surfaces, names = _strings(sections["surfaces"]), _strings(sections["names"])
    labels = json.loads(sections["labels"])
    label_of_entry, priorities = (_read_numbers("I", sections[name]) for name in ("label_of_entry", "priorities"))
    levels = json.loads(sections["levels"])
    codes, division_names, shorts = (_strings(sections[f"division_{name}"]) for name in ("codes", "names", "shorts"))
    division_levels = _read_numbers("I", sections["division_levels"])
    if sum(words_of_value) != len(words) or len(words_of_value) != len(values) or len(chars) != len(ratios) \
            or not len(surfaces) == len(names) == len(label_of_entry) == len(priorities) \
            or not len(codes) == len(division_names) == len(division_levels) == len(shorts) \
            or len(sections["pairs"]) != PAIRS_SIZE:
        raise ValueError(f"{path} is damaged")
    return Compiled(dict(zip(words, chain.from_iterable(map(repeat, values, words_of_value)))),
                    dict(zip(chars, ratios)),
                    dict(zip(surfaces, zip(map(labels.__getitem__, label_of_entry), names, priorities))),
                    frozenset(_strings(sections["prefixes"])),
                    tuple(map(Division, codes, division_names, map(levels.__getitem__, division_levels), shorts)),
                    sections["pairs"])


def _read_sections(path: Path) -> dict[str, bytes]:
    blob = path.read_bytes()
    if not blob.startswith(MAGIC):
        raise ValueError(f"{path} is not a file of compiled data")
    header_end = blob.index(b"\n", len(MAGIC))
    sections, at = {}, header_end + 1
    for name, length in json.loads(blob[len(MAGIC):header_end]):
        sections[name] = blob[at:at + length]
        at += length
    if at != len(blob):
        raise ValueError(f"{path} is damaged")
    return sections


# --- the openings of the patterns the extractors scan texts for (`policykg.extract.text._Openings`) ------------

def _openings_path() -> Path:
    return cache_folder() / f"compiled-{digest()}.openings"


def read_openings() -> dict[tuple[str, int], list[str] | None]:
    """(pattern, flags) → the openings worked out for it by earlier processes (`policykg.extract.text._heads_of`);
    none when there are none (or they are damaged)."""
    try:
        rows = json.loads(_read_sections(_openings_path())["openings"])
        return {(pattern, flags): heads for pattern, flags, heads in rows}
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return {}


def write_openings(openings: dict[tuple[str, int], list[str] | None]) -> None:
    """Keep `openings` (as `read_openings` gives them) for the next processes, when the folder can be written."""
    rows = [[pattern, flags, heads] for (pattern, flags), heads in openings.items()]
    try:
        _write_sections(_openings_path(), {"openings": json.dumps(rows).encode()}, "compiled-*.openings")
    except OSError:
        pass  # worked out again next time


# --- regular expressions: CPython's compiled code of the package's patterns, so none is compiled again ----

def _patterns_path() -> Path | None:
    """Where the compiled patterns are kept, for CPython 3.11 (whose regular expression engine this reads)."""
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        return None
    import _sre

    return cache_folder() / f"compiled-{digest()}-{sys.implementation.cache_tag}-{_sre.MAGIC}.patterns"


def load_patterns() -> None:
    """Put the compiled patterns kept in the cache folder into `re`'s cache, so that compiling them (a tenth of
    a second for the package's patterns) finds them there; nothing when there are none (or they are damaged)."""
    try:
        path = _patterns_path()
    except ImportError:  # no jieba: the data cannot be compiled either
        return
    if path is None or not path.exists():
        return
    import re
    import _sre

    try:
        sections = _read_sections(path)
        code = _read_numbers("I", sections["code"]).tolist()
        at, loaded = 0, {}
        for pattern, flags, final_flags, groups, groupindex, length in json.loads(sections["patterns"]):
            indexgroup = [None] * (groups + 1)
            for name, index in groupindex.items():
                indexgroup[index] = name
            loaded[str, pattern, flags] = _sre.compile(pattern, final_flags, code[at:at + length], groups,
                                                       groupindex, tuple(indexgroup))
            at += length
    except (OSError, ValueError, KeyError, TypeError, IndexError, RuntimeError, UnicodeDecodeError):
        return
    room = re._MAXCACHE - len(re._cache)
    for key, compiled_pattern in list(loaded.items())[:max(0, room)]:
        re._cache.setdefault(key, compiled_pattern)


def write_patterns() -> None:
    """Keep the compiled code of the patterns `re` has compiled so far in the cache folder (the modules' of the
    package and of the libraries it imported, once the package's are compiled), when it is not there yet (and
    the folder can be written)."""
    path = _patterns_path()
    if path is None or path.exists():
        return
    import re
    from re import _compiler, _parser

    rows, code = [], []
    for kind, pattern, flags in list(re._cache):
        if kind is not str:
            continue
        parsed = _parser.parse(pattern, flags)
        words = _compiler._code(parsed, flags)
        rows.append([pattern, flags, flags | parsed.state.flags, parsed.state.groups - 1, parsed.state.groupdict,
                     len(words)])
        code += words
    sections = {"patterns": json.dumps(rows).encode(), "code": _numbers("I", code)}  # (ASCII: lone surrogates in some)
    try:
        _write_sections(path, sections, "compiled-*.patterns")
    except OSError:
        pass  # a folder that cannot be written: compiled again next time


def _numbers(kind: str, numbers: Iterable) -> bytes:
    """An array of numbers of `kind` ("I", "d": see `array`), little-endian."""
    result = array(kind, numbers)
    if sys.byteorder != "little":
        result.byteswap()
    return result.tobytes()


def _read_numbers(kind: str, blob: bytes) -> array:
    result = array(kind)
    result.frombytes(blob)
    if sys.byteorder != "little":
        result.byteswap()
    return result


def _text(strings: Iterable[str]) -> bytes:
    """Strings without line breaks, one a line, in UTF-16 (which Python decodes faster than UTF-8 for Chinese)."""
    strings = list(strings)
    if any("\n" in s for s in strings):
        raise ValueError("a line break in a string")  # cannot happen with jieba's dictionary and the package data
    return "\n".join(strings).encode("utf-16-le")


def _strings(blob: bytes) -> list[str]:
    text = blob.decode("utf-16-le")
    return text.split("\n") if text else []
