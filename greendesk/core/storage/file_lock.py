"""An exclusive lock on a small file, between threads and processes, released when its holder dies.

Backups made at the same moment (the daily one at start, "back up now", the one before an import,
a second GreenDesk command) share one folder and one index; they take turns under this lock. It is
an operating-system lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows), held through an open
file, so a killed process never leaves it behind. ``flock`` is per open file, so two threads of one
process exclude each other too (``lockf`` would not).
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

if os.name == "nt":  # pragma: no cover - Windows only
    import msvcrt
else:
    import fcntl

POLL_SECONDS = 0.05

# The lock cannot work here (some network file systems): go on without it rather than refuse.
_UNSUPPORTED = {errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL}


class LockTimeout(Exception):
    """The lock was held by someone else for longer than the caller was willing to wait."""


def _try_lock(descriptor: int) -> bool:
    try:
        if os.name == "nt":  # pragma: no cover - Windows only
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
            return False
        raise
    return True


def _unlock(descriptor: int) -> None:
    if os.name == "nt":  # pragma: no cover - Windows only
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(descriptor, fcntl.LOCK_UN)


@contextmanager
def held(path: Path, timeout: float) -> Iterator[bool]:
    """Hold the lock on ``path`` for the block; yields False when the file system cannot lock.

    Raises :class:`LockTimeout` after ``timeout`` seconds of waiting, and ``OSError`` when the lock
    file cannot be created (full disk, read-only folder: the caller translates it).
    """
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    locked = False
    try:
        deadline = time.monotonic() + timeout
        try:
            while not (locked := _try_lock(descriptor)):
                if time.monotonic() >= deadline:
                    raise LockTimeout(str(path))
                time.sleep(POLL_SECONDS)
        except OSError as error:
            if error.errno not in _UNSUPPORTED:
                raise
        yield locked
    finally:
        try:
            if locked:
                _unlock(descriptor)
        finally:
            os.close(descriptor)
