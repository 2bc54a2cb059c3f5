"""Writing safely: files under temporary names renamed into place (`AtomicFiles`, `atomic_write`), a lock
file (`FolderLock`), folders swapped in whole (`swap_folders`) and removed whatever they hold (`remove`); an output
file that would replace an input refused (`check_output_file`).

Temporary files carry the writing process's id (".NAME.PID.XXXX.tmp"); those of processes that are gone
(killed while writing) are removed the next time the same file is written.
"""
from __future__ import annotations

import errno
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

from policykg.errors import OutputRefused

try:
    import fcntl
except ImportError:  # not POSIX: no advisory locks
    fcntl = None


class AtomicFiles:
    """Files written under temporary names, renamed into place together by `commit()` or removed by `discard()`."""

    def __init__(self):
        self.temps: dict[Path, Path] = {}  # target → temporary path

    def path(self, target: str | os.PathLike) -> Path:
        """A new temporary path (an empty file, with the permissions of a new file) for `target`."""
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent)
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


_TEMP_NAME = re.compile(r"\..+\.\d+\.[a-z0-9_]{8}\.tmp")  # .NAME.PID.XXXXXXXX.tmp, as AtomicFiles names them


def is_temp_name(name: str) -> bool:
    """Whether `name` is that of a temporary file of `AtomicFiles` (a user's .notes.tmp is not)."""
    return _TEMP_NAME.fullmatch(name) is not None


def _remove_stale_temps(target: Path) -> None:
    """Remove the temporary files of `target` left by processes that no longer run."""
    prefix = f".{target.name}."
    try:
        names = [name for name in os.listdir(target.parent) if name.startswith(prefix) and is_temp_name(name)]
    except OSError:
        return
    for name in names:
        pid = name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            try:
                os.unlink(target.parent / name)
            except OSError:
                pass


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


@contextmanager
def atomic_path(path: str | os.PathLike):
    """Yield a temporary path; on success it replaces `path`, on error it is removed."""
    files = AtomicFiles()
    _remove_stale_temps(Path(path))  # a file the user names: what a killed run left beside it goes
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


class LockedError(OSError):
    """Another process holds the lock."""


class FolderLock:
    """An exclusive lock held through a lock file (flock): released when the process ends, however it ends.

    The file holds the owner's process id and is removed on release; a file left by a killed process
    is simply locked again by the next one.
    """

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.fd: int | None = None

    def acquire(self) -> None:
        """Take the lock, or raise LockedError naming the process that holds it."""
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
            except OSError as err:
                if err.errno != errno.ELOOP:
                    raise
                self.path.unlink()  # a link where the lock file belongs: never followed
                continue
            try:
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as err:
                holder = os.read(fd, 32).decode("ascii", "replace").strip()
                os.close(fd)
                if err.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise LockedError(errno.EBUSY, f"locked by process {holder or 'unknown'}") from None
                raise
            try:  # the file may have been removed (and made again) by the holder we waited for
                same = os.path.samestat(os.fstat(fd), os.stat(self.path, follow_symlinks=False))
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            try:
                self.path.unlink(missing_ok=True)
            finally:
                os.close(self.fd)
                self.fd = None


def remove(path: str | os.PathLike) -> None:
    """Remove whatever is at `path` (a file, a link, a folder with its contents); nothing if nothing is."""
    path = Path(path)
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISDIR(mode):
        path.unlink()
        return
    stack = [(path, False)]  # without recursion: folders of any depth
    while stack:
        folder, emptied = stack.pop()
        if emptied:
            os.rmdir(folder)
            continue
        stack.append((folder, True))
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    stack.append((Path(entry.path), False))
                else:
                    os.unlink(entry.path)


def exchange(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """Swap two existing paths in one step (renameat2 RENAME_EXCHANGE on Linux, renamex_np RENAME_SWAP on
    macOS); False when the system or file system cannot."""
    import ctypes  # (imported when needed: 9 M instructions)

    libc = _libc()
    args = (os.fsencode(os.fspath(a)), os.fsencode(os.fspath(b)))
    if sys.platform.startswith("linux") and hasattr(libc, "renameat2"):
        at_fdcwd, rename_exchange = -100, 2
        result = libc.renameat2(at_fdcwd, args[0], at_fdcwd, args[1], rename_exchange)
    elif sys.platform == "darwin" and hasattr(libc, "renamex_np"):
        result = libc.renamex_np(args[0], args[1], 2)  # RENAME_SWAP
    else:
        return False
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
        return False
    raise OSError(code, os.strerror(code), os.fspath(b))


_LIBC = []


def _libc():
    import ctypes

    if not _LIBC:
        try:
            _LIBC.append(ctypes.CDLL(None, use_errno=True))
        except OSError:
            _LIBC.append(None)
    return _LIBC[0]


def swap_folders(new: str | os.PathLike, target: str | os.PathLike, old: str | os.PathLike) -> None:
    """Put folder `new` at `target`; what was there is removed. Where the system can swap two paths in one
    step a reader sees the old folder or the new one, never neither; elsewhere the old folder is first
    renamed to `old` (see `recover_swap`)."""
    new, target, old = Path(new), Path(target), Path(old)
    if not os.path.lexists(target):
        os.rename(new, target)
        return
    if exchange(new, target):
        remove(new)  # the old folder, now at the staging path
        return
    os.rename(target, old)
    os.rename(new, target)
    remove(old)


def recover_swap(target: str | os.PathLike, old: str | os.PathLike) -> None:
    """Finish a `swap_folders` interrupted between its two renames: the old folder goes back to `target`."""
    if not os.path.lexists(target) and os.path.isdir(old) and not os.path.islink(old):
        os.rename(old, target)


def check_output_file(output: str | os.PathLike, inputs: Iterable[str | os.PathLike]) -> None:
    """OutputRefused when a file to write (`extract -o`, `terms -o`) is a folder, an input, or inside an
    input folder (it would replace an input, or be read as one by the next run)."""
    target = Path(output).resolve()
    if target.is_dir():
        raise OutputRefused(f"{output} is a folder; give -o a file")
    for given in inputs:
        path = Path(given).resolve()
        if path == target:
            raise OutputRefused(f"{output} is an input: writing it would replace it; choose another output file")
        if path in target.parents:
            raise OutputRefused(f"{output} is inside the input folder {given}: it would replace an input or be read "
                                "as one; choose a file elsewhere")
