"""Storage failures (disk full, read-only media, a vanished file) as clear, translated messages.

SQLite and the operating system report these as ``sqlite3.OperationalError`` or ``OSError`` with
terse English texts. ``translated(file)`` wraps a unit of work (one transaction, one file copy) and
re-raises them as a ``StorageError`` naming the file. The unit of work itself rolls back (SQLite
transaction, temporary file + rename), so the message can honestly say nothing was half-saved.
"""

from __future__ import annotations

import errno
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.storage import text_scan


class StorageError(GreenDeskError):
    """Writing or reading the workspace failed for a reason outside GreenDesk (disk, media, files)."""


DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors",
    "The disk holding {file} is full. The last action was not saved; nothing else was lost. "
    "Free some space and try again.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} is on read-only or write-protected media. The last action was not saved; nothing else was "
    "lost. Copy the workspace to a writable folder or remove the write protection.",
)
NO_PERMISSION = QT_TRANSLATE_NOOP(
    "Errors",
    "GreenDesk is not allowed to write {file}. The last action was not saved; nothing else was lost. "
    "Check the folder's permissions.",
)
VANISHED = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} can no longer be found (was the USB stick removed or the folder moved?). "
    "The last action was not saved. Reconnect the drive and open the workspace again.",
)
IO_FAILED = QT_TRANSLATE_NOOP(
    "Errors",
    "Reading or writing {file} failed (disk error). The last action was not saved. "
    "Check the drive, then run 'greendesk check'.",
)
BUSY = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} is busy in another program. The last action was not saved; try again in a moment.",
)

DAMAGED_TEXT = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {file} holds damaged text in table {table}, row {row}, column {column} (its bytes are "
    "not valid UTF-8). Nothing was changed. Run 'greendesk check' to list all damage, then restore a backup.",
)
DAMAGED_TEXT_UNLOCATED = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {file} holds damaged text in column {column} (its bytes are not valid UTF-8). Nothing "
    "was changed. Run 'greendesk check' to list all damage, then restore a backup.",
)
_UNDECODABLE = re.compile(r"could not decode to utf-8 column '(.*?)'", re.IGNORECASE | re.DOTALL)

NEARLY_FULL_BYTES = 4 * 1024 * 1024

_SQLITE_MESSAGES = (
    ("database or disk is full", DISK_FULL),
    ("readonly database", READ_ONLY),
    ("read-only", READ_ONLY),
    ("unable to open database file", VANISHED),
    ("disk i/o error", IO_FAILED),
    ("database is locked", BUSY),
)
_ERRNO_MESSAGES = {
    errno.ENOSPC: DISK_FULL,
    errno.EFBIG: DISK_FULL,  # file-size limit reached: to the user the same as a full disk
    errno.EDQUOT: DISK_FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: NO_PERMISSION,
    errno.EPERM: NO_PERMISSION,
    errno.ENOENT: VANISHED,
    errno.ENODEV: VANISHED,
    errno.ENXIO: VANISHED,
    errno.EIO: IO_FAILED,
}


def _nearly_full(file: Path) -> bool:
    try:
        return shutil.disk_usage(file.parent).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def storage_error(error: BaseException, file: Path | str) -> StorageError | None:
    """The user-facing error for a low-level storage failure, or None when it is something else."""
    if isinstance(error, DBAPIError) and error.orig is not None:
        error = error.orig
    if isinstance(error, sqlite3.OperationalError):
        undecodable = _UNDECODABLE.search(str(error))
        if undecodable is not None:
            return damaged_text_error(Path(file), undecodable.group(1))
        text = str(error).lower()
        for fragment, template in _SQLITE_MESSAGES:
            if fragment in text:
                if template is IO_FAILED and _nearly_full(Path(file)):
                    template = DISK_FULL  # SQLite says "I/O error" when a write stops short of a full disk
                return StorageError(template, file=str(file))
        return None
    if isinstance(error, OSError) and error.errno in _ERRNO_MESSAGES:
        named = error.filename if isinstance(error.filename, str) and error.filename else file
        return StorageError(_ERRNO_MESSAGES[error.errno], file=str(named))
    return None


def damaged_text_error(db_path: Path, column: str) -> StorageError:
    """A read met undecodable text: name the first damaged row (found by a read-only scan)."""
    try:
        found = text_scan.damaged_text(db_path, limit=1) if db_path.is_file() else []
    except sqlite3.Error:
        found = []
    if not found:
        return StorageError(DAMAGED_TEXT_UNLOCATED, file=str(db_path), column=column)
    first = found[0]
    return StorageError(
        DAMAGED_TEXT, file=str(db_path), table=first.table, row=first.row, column=first.column
    )


@contextmanager
def translated(file: Path | str) -> Iterator[None]:
    """Re-raise storage failures inside the block as a StorageError naming ``file``."""
    try:
        yield
    except GreenDeskError:
        raise
    except (DBAPIError, sqlite3.Error, OSError) as error:
        replacement = storage_error(error, file)
        if replacement is None:
            raise
        raise replacement from error
