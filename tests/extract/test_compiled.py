"""The compiled package data: the cache file holds exactly what compiling gives, is read without running
code, and a damaged or foreign file is compiled again; the compiled patterns kept are what Python compiles."""
import re
from re import _compiler

import pytest

from policykg.extract import compiled


@pytest.fixture(scope="module")
def fresh():
    return compiled.compile_data()


def test_the_cache_file_gives_back_what_was_compiled(fresh, tmp_path):
    path = tmp_path / "compiled-x.data"
    compiled.write(fresh, path)
    back = compiled.read(path)
    assert back.dictionary == fresh.dictionary
    assert back.given_name == fresh.given_name  # floats through JSON: exactly the same
    assert back.lexicon == fresh.lexicon
    assert compiled.data() == fresh  # what this process uses (from the user's cache folder)


def test_the_file_is_text_json_and_integers(fresh, tmp_path):
    path = tmp_path / "compiled-x.data"
    compiled.write(fresh, path)
    blob = path.read_bytes()
    assert blob.startswith(compiled.MAGIC) and b"pickle" not in blob and b"\x80\x05" not in blob[:200]


@pytest.mark.parametrize("damage", [lambda b: b[:-10], lambda b: b"junk" + b, lambda b: b[:100] + b"\xff" + b[101:]])
def test_a_damaged_file_is_refused(fresh, tmp_path, damage):
    path = tmp_path / "compiled-x.data"
    compiled.write(fresh, path)
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises((ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError)):
        compiled.read(path)


def test_compiled_into_the_cache_folder_and_old_files_removed(fresh, tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYKG_CACHE", str(tmp_path))
    (tmp_path / "compiled-old.data").write_bytes(b"from an older version")
    compiled.data.cache_clear()
    try:
        assert compiled.data() == fresh
        patterns = compiled._patterns_path()
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            [f"compiled-{compiled.digest()}.data"] + ([patterns.name] if patterns else []))
        (tmp_path / f"compiled-{compiled.digest()}.data").write_bytes(b"damaged")
        compiled.data.cache_clear()
        assert compiled.data() == fresh  # compiled again
        assert compiled.read(tmp_path / f"compiled-{compiled.digest()}.data") == fresh
    finally:
        compiled.data.cache_clear()


@pytest.fixture
def patterns_kept(tmp_path, monkeypatch):
    """The patterns this process has compiled, kept in a cache folder of their own; `re`'s cache emptied."""
    monkeypatch.setenv("POLICYKG_CACHE", str(tmp_path))
    path = compiled._patterns_path()
    if path is None:
        pytest.skip("compiled patterns are kept for CPython 3.11 only")
    before = dict(re._cache)
    compiled.write_patterns()
    re._cache.clear()
    yield path
    re._cache.clear()
    re._cache.update(before)


def test_the_patterns_kept_are_those_python_compiles(patterns_kept):
    compiled.load_patterns()
    loaded = dict(re._cache)
    assert len(loaded) > 100  # the package's patterns
    for (kind, pattern, flags), kept in loaded.items():
        assert kept == _compiler.compile(pattern, flags)  # the same pattern, flags and code


def test_damaged_patterns_are_compiled_again(patterns_kept):
    blob = patterns_kept.read_bytes()
    patterns_kept.write_bytes(blob[:-8] + b"\xff" * 8)  # code that the engine's check refuses
    compiled.load_patterns()
    assert not re._cache
    assert re.compile("(a)b").match("ab").group(1) == "a"


def test_the_filter_of_word_pairs_passes_every_pair_of_a_short_word(fresh, tmp_path):
    """`crosses_word` gives up at a pair of characters the filter does not pass: none of a word it looks up."""
    from policykg.extract import text

    data = compiled.data()
    path = tmp_path / "compiled-x.data"  # (not the user's cache folder: other tests empty it while this one runs)
    compiled.write(fresh, path)
    assert compiled.read(path).pairs == data.pairs
    text._load_words()
    for word, (freq, _) in data.dictionary.items():
        if 2 <= len(word) <= 4 and freq >= 1 and all("\u4e00" <= ch <= "\u9fff" for ch in word):  # (only Han is looked up)
            for i in range(1, len(word)):
                assert text.crosses_word(word, i, min_freq=1), word
