"""Atomic file writing: write under a temporary name in the same folder, then rename."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path


class AtomicFiles:
    """Files written under temporary names, renamed into place together by `commit()` or removed by `discard()`."""

    def __init__(self):
        self.temps: dict[Path, Path] = {}  # target → temporary path

    def path(self, target: str | os.PathLike) -> Path:
        """A new temporary path (an empty file, with the permissions of a new file) for `target`."""
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        self.temps[target] = Path(tmp)
        return Path(tmp)

    def commit(self) -> None:
        for target, tmp in self.temps.items():
            os.replace(tmp, target)
        self.temps.clear()

    def discard(self) -> None:
        for tmp in self.temps.values():
            tmp.unlink(missing_ok=True)
        self.temps.clear()


@contextmanager
def atomic_path(path: str | os.PathLike):
    """Yield a temporary path; on success it replaces `path`, on error it is removed."""
    files = AtomicFiles()
    tmp = files.path(path)
    try:
        yield tmp
        files.commit()
    except BaseException:
        files.discard()
        raise


@contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w"):
    """Open a temporary file for writing (UTF-8, "\\n" newlines in text mode); rename it on success."""
    with atomic_path(path) as tmp:
        if "b" in mode:
            with open(tmp, mode) as handle:
                yield handle
        else:
            with open(tmp, mode, encoding="utf-8", newline="\n") as handle:
                yield handle
