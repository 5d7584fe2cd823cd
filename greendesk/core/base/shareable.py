"""Files the office hands on get the permissions any new file would get.

A temporary file from ``tempfile.mkstemp`` (or opened with mode 0600 for safety while it is written)
is private to its owner; renamed into place as an exported document it would stay so, and a colleague
on a shared drive could not open it. Before the rename it gets ``0666`` minus the process's umask
(0644 with the usual umask), as if the program had simply created it.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

_lock = threading.Lock()  # os.umask can only be read by setting it: keep the two steps together


def default_mode() -> int:
    """What ``open(path, "w")`` would give a new file: 0666 minus the umask."""
    with _lock:
        current = os.umask(0o022)
        os.umask(current)
    return 0o666 & ~current


def make_shareable(path: Path | str) -> None:
    """Give a finished document the permissions of a normally created file."""
    os.chmod(path, default_mode())
