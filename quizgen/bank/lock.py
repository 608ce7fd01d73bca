"""One writer at a time: a lock file in the project folder.

``project_lock(root)`` holds an exclusive ``flock`` on ``<root>/.quizgen-lock``
while quizgen writes the bank, so two quizgen processes never interleave
their writes.  The kernel drops the lock when its holder exits, even when it
is killed, so a crash never leaves the project locked; the file itself is
removed on release.  The lock is re-entrant within a thread (``build`` takes
it and calls ``extract``, which takes it again).
"""
from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import QuizgenError

try:
    import fcntl
except ImportError:             # Windows: fall back to an exclusively created file
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = ".quizgen-lock"

_held: dict[tuple[str, int], int] = {}
_guard = threading.Lock()


@contextmanager
def project_lock(root: Path | str, wait: float = 0.0) -> Iterator[Path]:
    """Hold the project's write lock; raise ``QuizgenError`` if another process holds it.

    ``wait`` is how many seconds to keep trying before giving up.  Yields the
    lock file's path.
    """
    path = Path(root) / LOCK_FILE
    key = (str(Path(root).resolve()), threading.get_ident())
    with _guard:
        nested = key in _held
        if nested:
            _held[key] += 1
    if nested:
        try:
            yield path
        finally:
            with _guard:
                _held[key] -= 1
        return
    fd = _acquire(path, wait)
    with _guard:
        _held[key] = 1
    try:
        yield path
    finally:
        with _guard:
            del _held[key]
        _release(fd, path)


def _acquire(path: Path, wait: float) -> int:
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = _open(path)
        except FileExistsError:
            fd = None
        except OSError as exc:
            raise QuizgenError(f"cannot create the lock file: {exc.strerror}", path=str(path)) from None
        if fd is not None and _lock(fd):
            if _same_file(fd, path):
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode("ascii"))
                return fd
            os.close(fd)        # its holder removed it as we opened it: take the new one
            continue
        pid = _holder(path)
        if fd is not None:
            os.close(fd)
        if time.monotonic() < deadline:
            time.sleep(0.05)
            continue
        who = f" (pid {pid})" if pid else ""
        hint = "" if fcntl is not None else f"; if it is not running, remove {path}"
        raise QuizgenError(f"another quizgen{who} is writing this project; wait for it to "
                           f"finish and try again{hint}", path=str(path))


def _open(path: Path) -> int:
    if fcntl is not None:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)


def _lock(fd: int) -> bool:
    if fcntl is None:
        return True             # created exclusively
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.stat(path).st_ino == os.fstat(fd).st_ino
    except FileNotFoundError:
        return False


def _holder(path: Path) -> int | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


def _release(fd: int, path: Path) -> None:
    try:
        os.unlink(path)         # while still locked, so no one else's file is removed
    except OSError:
        pass
    os.close(fd)
