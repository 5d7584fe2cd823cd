"""Making a rename survive a power cut: after ``os.replace`` the folder itself must reach the disk.

A file written under a temporary name, fsynced and renamed is complete or absent, but on POSIX the
rename lives in the folder's entry table, which is only durable once the folder is fsynced too.

A *scratch* folder is one being built where nobody looks, to be published in one rename when complete
or thrown away (the demo workspace): its writes need not reach the disk one by one, so inside
:func:`scratch` they skip their fsyncs, and :func:`publish` syncs the whole folder once before the
rename. Every other path keeps its fsyncs. Inside a scratch root a file is written in place (a
failed write removes it; the folder is complete or thrown away as a whole), and what was written as
derived data (``durable=False``: rebuilt on demand, never fsynced in any workspace) is left out of
the publish's sync as well.
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
_scratch_prefixes: list[str] = []  # the same roots as absolute text, for the quick test in is_scratch
_derived: set[str] = set()  # files under a scratch root written as derived data (see write_atomically)


@contextmanager
def scratch(root: Path) -> Iterator[None]:
    """While inside, writes under ``root`` skip their fsyncs (``root`` is published or discarded whole)."""
    resolved = root.resolve()
    prefixes = {os.path.abspath(root), str(resolved)}
    _scratch.append(resolved)
    _scratch_prefixes.extend(prefixes)
    try:
        yield
    finally:
        _scratch.remove(resolved)
        for prefix in prefixes:
            _scratch_prefixes.remove(prefix)


def is_scratch(path: Path) -> bool:
    """Whether ``path`` lies under a scratch root (see :func:`scratch`)."""
    if not _scratch:
        return False
    text = os.path.abspath(path)  # no file system calls: a build writes thousands of files
    if any(text == root or text.startswith(root + os.sep) for root in _scratch_prefixes):
        return True
    resolved = path.resolve()  # a link or ``..`` on the way may still lead under a root
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
            if os.path.abspath(os.path.join(folder, name)) not in _derived:
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
    prefix = os.path.abspath(built) + os.sep
    _derived.difference_update([key for key in _derived if key.startswith(prefix)])
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
    """Write to a temporary name beside ``target`` and rename when complete (fsync first if durable).

    ``durable=False``: derived data, rebuilt on demand, never fsynced. Under a scratch root the file
    is written in place instead (see the module's note)."""
    if is_scratch(target):
        _write_in_scratch(target, write, durable)
        return
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


def _write_in_scratch(target: Path, write: Callable[[BinaryIO], object], durable: bool) -> None:
    """In place, no temporary name, rename or fsync: nobody reads the folder before it is published."""
    key = os.path.abspath(target)
    try:
        try:
            handle = open(target, "wb")  # noqa: SIM115 - closed below, after its folder was made
        except FileNotFoundError:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle = open(target, "wb")  # noqa: SIM115
        with handle:
            write(handle)
    except BaseException:
        target.unlink(missing_ok=True)  # absent, never half written
        raise
    if durable:
        _derived.discard(key)
    else:
        _derived.add(key)
