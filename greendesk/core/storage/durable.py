"""Making a rename survive a power cut: after ``os.replace`` the folder itself must reach the disk.

A file written under a temporary name, fsynced and renamed is complete or absent, but on POSIX the
rename lives in the folder's entry table, which is only durable once the folder is fsynced too.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from greendesk.core.storage.layout import INCOMING_PREFIX


def fsync_directory(folder: Path) -> None:
    """Flush ``folder``'s entries (renames, new and removed files); nothing to do on Windows."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_atomically(target: Path, write: Callable[[BinaryIO], object], durable: bool = True) -> None:
    """Write to a temporary name beside ``target`` and rename when complete (fsync first if durable)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=INCOMING_PREFIX, dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            write(handle)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
