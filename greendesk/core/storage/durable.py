"""Making a rename survive a power cut: after ``os.replace`` the folder itself must reach the disk.

A file written under a temporary name, fsynced and renamed is complete or absent, but on POSIX the
rename lives in the folder's entry table, which is only durable once the folder is fsynced too.

A *scratch* folder is one being built where nobody looks, to be published in one rename when complete
or thrown away (the demo workspace): its writes need not reach the disk one by one, so inside
:func:`scratch` they skip their fsyncs, and :func:`publish` syncs the whole folder once before the
rename. Every other path keeps its fsyncs.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from greendesk.core.storage.layout import INCOMING_PREFIX

_scratch: list[Path] = []  # roots (folders or single files) written without fsync for now


@contextmanager
def scratch(root: Path) -> Iterator[None]:
    """While inside, writes under ``root`` skip their fsyncs (``root`` is published or discarded whole)."""
    resolved = root.resolve()
    _scratch.append(resolved)
    try:
        yield
    finally:
        _scratch.remove(resolved)


def is_scratch(path: Path) -> bool:
    """Whether ``path`` lies under a scratch root (see :func:`scratch`)."""
    if not _scratch:
        return False
    resolved = path.resolve()
    return any(resolved == root or root in resolved.parents for root in _scratch)


# Windows flushes a file only through a handle opened for writing (FlushFileBuffers: "access denied" on a
# read-only one); POSIX fsyncs any descriptor, and reading leaves the file's times as they are.
_FLUSH_MODE = "r+b" if os.name == "nt" else "rb"


def _fsync_file(path: Path) -> None:
    with open(path, _FLUSH_MODE) as handle:
        os.fsync(handle.fileno())


def sync_tree(root: Path, *extra_files: Path) -> None:
    """Everything under ``root`` (and ``extra_files``) on the disk: each file, then each folder."""
    folders = [root]
    for folder, subfolders, files in os.walk(root):
        for name in files:
            _fsync_file(Path(folder) / name)
        folders += [Path(folder) / name for name in subfolders]
    for path in extra_files:
        if path.is_file():
            _fsync_file(path)
    for folder in reversed(folders):
        fsync_directory(folder)


def publish(built: Path, target: Path, *extra_files: Path) -> None:
    """Put the complete folder ``built`` in place as ``target`` in one rename (``target`` absent or an
    empty folder), after syncing it once."""
    sync_tree(built, *extra_files)
    if target.is_dir():
        target.rmdir()  # only an empty folder: anything in it stops the publish here (OSError)
    os.replace(built, target)
    fsync_directory(target.parent)


def fsync_directory(folder: Path) -> None:
    """Flush ``folder``'s entries (renames, new and removed files); nothing to do on Windows."""
    if os.name != "posix" or is_scratch(folder):
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
            if durable and not is_scratch(target):
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
