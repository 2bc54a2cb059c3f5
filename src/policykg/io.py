"""Atomic file writing: write to a temporary name in the same folder, then rename."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(path: str | os.PathLike):
    """Yield a temporary path; on success it replaces `path`, on error it is removed."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
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
