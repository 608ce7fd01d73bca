"""Writing files safely: never a half-written file, never a lost old one."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import BinaryIO


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``, for a writer that needs a name (SQLite), not a handle.

    The file made there is renamed into place, with the mode a new file
    gets, only when the block ends without an error; otherwise it is
    deleted and ``path`` is as it was.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, _new_file_mode())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


@contextmanager
def atomic_writer(path: Path, durable: bool = True) -> Iterator[BinaryIO]:
    """A file to write ``path`` through, piece by piece (see :func:`atomic_path`).

    A large output never has to be held in memory whole.  With ``durable``
    the data is on disk before the rename (a crash cannot leave an empty
    file); a cache that is only worth time can skip that wait.
    """
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        yield fh
        if durable:
            fh.flush()
            os.fsync(fh.fileno())


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, then rename it into place."""
    with atomic_writer(path) as fh:
        fh.write(data)


def _new_file_mode() -> int:
    """The mode a new file gets here (0o666 less the umask), for files made under a temporary name."""
    return 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def relative_path(path: Path, root: Path) -> str:
    """``path`` as messages and bank files name it: relative to ``root`` when inside it."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def relative_in(folder: Path, root: Path) -> Callable[[str], str]:
    """A function naming the file ``name`` of ``folder`` as :func:`relative_path` names the folder's files.

    The folder is resolved once, not once for each of its thousand files.
    """
    base = PurePosixPath(relative_path(folder, root))
    return lambda name: (base / name).as_posix()
