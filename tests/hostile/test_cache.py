"""Hostile caches: nothing read back from an output folder runs code, and a damaged or foreign cache or build
state is named in one line and rebuilt, with the outputs of a clean build."""
import os
import pickle
import random
import shutil
import sqlite3

import pytest
from typer.testing import CliRunner

from recorded import checksums
from policykg.cli import app
from policykg.run import codec
from policykg.run.folder import CACHE_FILE, CACHE_FOLDER, STATE_FILE

PAGES = {"a.txt": "市委书记袁家军出席会议并讲话。市长胡衡华主持会议，强调要推进“33618”现代制造业集群体系建设。\n",
         "b.txt": "重庆长安汽车股份有限公司在两江新区发布新车。副市长李明清出席。\n"}
runner = CliRunner()


def build(corpus, out, *extra):
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), "--formats", "csv,json", "--jobs", "1",
                                 "--no-progress", *extra])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result


class Planted:
    """A pickle that, if it were ever unpickled, would leave a file behind."""

    def __init__(self, witness):
        self.witness = str(witness)

    def __reduce__(self):
        return (open, (self.witness, "w"))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A corpus, a build of it with the cache (then a page added: the cache holds pages a rebuild reuses),
    and a clean build of the same corpus to compare with."""
    root = tmp_path_factory.mktemp("cache")
    corpus = root / "data"
    corpus.mkdir()
    for name, text in PAGES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build(corpus, root / "out")
    (corpus / "c.txt").write_text(PAGES["a.txt"].replace("胡衡华", "王炯"), encoding="utf-8")
    build(corpus, root / "clean", "--no-cache")
    return corpus, root / "out", checksums(root / "clean")


@pytest.fixture
def out(built, tmp_path):
    copy = tmp_path / "out"
    shutil.copytree(built[1], copy, symlinks=True)
    return copy


def test_planted_pickles_in_the_cache_and_state_run_nothing(built, out, tmp_path):
    corpus, _, clean = built
    witness = tmp_path / "pwned"
    evil = pickle.dumps(Planted(witness))
    (out / CACHE_FOLDER / "state.pickle").write_bytes(evil)  # where an older policykg kept its state
    db = sqlite3.connect(out / CACHE_FOLDER / CACHE_FILE)
    db.execute("UPDATE docs SET harvest = ?, result = ?", (evil, evil))
    db.execute("INSERT OR REPLACE INTO meta VALUES ('lexicon', ?)", (evil,))
    db.commit()
    db.close()
    result = build(corpus, out)
    assert not witness.exists()
    assert checksums(out) == clean
    warnings = [line for line in result.stderr.splitlines() if "cache" in line]
    assert len(warnings) == 1 and warnings[0].startswith(f"policykg: warning: {out / CACHE_FOLDER / CACHE_FILE}: "
                                                         "damaged or foreign cache (") and "it is rebuilt" in warnings[0]
    assert not (out / CACHE_FOLDER / "state.pickle").exists()


def _random_bytes(path, rng, size=None):
    path.write_bytes(bytes(rng.randrange(256) for _ in range(size or max(4096, path.stat().st_size))))


def _damage(kind, cache, rng, tmp_path):
    """Damage the cache file `cache` in one of many ways."""
    if kind == "random bytes":
        _random_bytes(cache, rng)
    elif kind == "truncated":
        cache.write_bytes(cache.read_bytes()[:cache.stat().st_size // 2])
    elif kind == "zeroed header":
        data = bytearray(cache.read_bytes())
        data[:100] = bytes(100)
        cache.write_bytes(bytes(data))
    elif kind == "garbage pages":
        data = bytearray(cache.read_bytes())
        for page in range(1, len(data) // 4096):
            data[page * 4096 + 100:page * 4096 + 400] = bytes(rng.randrange(256) for _ in range(300))
        cache.write_bytes(bytes(data))
    elif kind == "empty file":
        cache.write_bytes(b"")
    elif kind == "a folder":
        cache.unlink()
        (cache / "inside").mkdir(parents=True)
    elif kind == "a link to a user's file":
        cache.unlink()
        cache.symlink_to(tmp_path / "users.sqlite")
    elif kind == "foreign database":
        cache.unlink()
        db = sqlite3.connect(cache)
        db.execute("CREATE TABLE accounts (name TEXT, balance INTEGER)")
        db.commit()
        db.close()
    elif kind == "blobs of the wrong shape":
        db = sqlite3.connect(cache)
        db.execute("UPDATE docs SET harvest = ?, result = ?", (codec.dumps([[["PERSON", 1, "x", "many"]], [], []]),
                                                                 codec.dumps(["a.txt", [[1]], [], []])))
        db.commit()
        db.close()
    elif kind == "text instead of blobs":
        db = sqlite3.connect(cache)
        db.execute("UPDATE docs SET harvest = 'garbage', result = 'garbage'")
        db.commit()
        db.close()
    elif kind == "garbage journal":
        _random_bytes(cache.with_name(CACHE_FILE + "-wal"), rng, 65536)
        _random_bytes(cache.with_name(CACHE_FILE + "-shm"), rng, 32768)
    elif kind == "the cache folder is a file":
        shutil.rmtree(cache.parent)
        cache.parent.write_text("not a folder", encoding="utf-8")
    else:
        raise AssertionError(kind)


DAMAGE = ["random bytes", "truncated", "zeroed header", "garbage pages", "empty file", "a folder",
          "a link to a user's file", "foreign database", "blobs of the wrong shape", "text instead of blobs",
          "garbage journal", "the cache folder is a file"]


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_cache_is_named_once_and_rebuilt(built, out, tmp_path, kind):
    corpus, _, clean = built
    users = tmp_path / "users.sqlite"
    users.write_bytes(b"the user's own database")
    _damage(kind, out / CACHE_FOLDER / CACHE_FILE, random.Random(DAMAGE.index(kind)), tmp_path)
    result = build(corpus, out)
    warnings = [line for line in result.stderr.splitlines() if "cache" in line]
    assert len(warnings) <= 1 and all("it is rebuilt" in line for line in warnings)
    assert checksums(out) == clean
    assert users.read_bytes() == b"the user's own database"
    again = build(corpus, out)  # the rebuilt cache is sound, and used
    assert "cache" not in again.stderr and "kept the 3 documents" in again.stdout


@pytest.mark.parametrize("kind", ["garbage", "JSON of the wrong shape", "the right config, wrong types", "a FIFO",
                                  "a link to /dev/zero"])
def test_a_damaged_build_state_means_a_full_build(built, out, kind):
    corpus, _, clean = built
    state = out / CACHE_FOLDER / STATE_FILE
    value = codec.loads(state.read_bytes())
    state.unlink()
    if kind == "garbage":
        state.write_bytes(b"\x80\x04garbage")
    elif kind == "JSON of the wrong shape":
        state.write_bytes(codec.dumps([1, 2, 3]))
    elif kind == "the right config, wrong types":
        value["builder"]["nodes"][0][3] = "many"
        value["inputs"][0][1] = ["not", "an", "id"]
        state.write_bytes(codec.dumps(value))
    elif kind == "a FIFO":
        os.mkfifo(state)
    else:
        state.symlink_to("/dev/zero")
    result = build(corpus, out)
    assert checksums(out) == clean
    warnings = [line for line in result.stderr.splitlines() if STATE_FILE in line]
    assert len(warnings) == 1
    assert all("damaged state of the last build" in line for line in warnings)
