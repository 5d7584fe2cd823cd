"""Storage failures (disk full, read-only media, a vanished file) as clear, translated messages.

SQLite and the operating system report these as ``sqlite3.OperationalError`` or ``OSError`` with
terse English texts. ``translated(file)`` wraps a unit of work (one transaction, one file copy) and
re-raises them as a ``StorageError`` naming the file. The unit of work itself rolls back (SQLite
transaction, temporary file + rename), so the message can honestly say nothing was half-saved.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from greendesk.core.base.errors import GreenDeskError, Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import escaped
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

SPACE_FREE = QT_TRANSLATE_NOOP("Errors", "{free} is free there.")
SPACE_FREE_AND_NEEDED = QT_TRANSLATE_NOOP("Errors", "{free} is free there; about {needed} is needed.")
_WITH_SPACE = "{message} {space}"  # two translated sentences; nothing to translate in the joint
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
UNSTORABLE_TEXT = QT_TRANSLATE_NOOP(
    "Errors",
    'A text to be saved holds a character no record can keep ({character} in "{text}"): often a file '
    "name or text in another encoding, or pasted from another program. Nothing was saved; remove the "
    "character and try again.",
)
_UNDECODABLE = re.compile(r"could not decode to utf-8 column '(.*?)'", re.IGNORECASE | re.DOTALL)

NEARLY_FULL_BYTES = 4 * 1024 * 1024

# Primary result codes (an extended code's low byte): what SQLite itself knows about the failure.
_SQLITE_FULL, _SQLITE_READONLY, _SQLITE_PERM = (
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_PERM,
)
_SQLITE_CANTOPEN, _SQLITE_IOERR = sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR
_SQLITE_CODES = {
    _SQLITE_FULL: DISK_FULL,
    _SQLITE_READONLY: READ_ONLY,
    _SQLITE_PERM: NO_PERMISSION,
    _SQLITE_CANTOPEN: VANISHED,  # unless the folder is there: then see _diagnosed
    _SQLITE_IOERR: IO_FAILED,  # likewise: a full disk or a read-only folder often shows as an I/O error
    sqlite3.SQLITE_BUSY: BUSY,
    sqlite3.SQLITE_LOCKED: BUSY,
}
# Errors made without a code (older drivers, tests): the English text says the same.
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
    errno.EACCES: NO_PERMISSION,  # write-protected media report this on some systems: see _diagnosed
    errno.EPERM: NO_PERMISSION,
    errno.ENOENT: VANISHED,
    errno.ENODEV: VANISHED,
    errno.ENXIO: VANISHED,
    errno.EIO: IO_FAILED,  # a pulled drive reports this while its folder is already gone: see _diagnosed
}
# Generic answers that may hide a more precise one; the place itself is asked before they are given.
_VAGUE = (VANISHED, IO_FAILED, NO_PERMISSION)


def size_text(size: int) -> str:
    """Bytes as people read them on a disk ("16 KB", "2.5 MB", "1.2 GB")."""
    if size >= 1024**3:
        return f"{size / 1024**3:.1f} GB"
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{size // 1024} KB" if size >= 1024 else f"{size} B"


def _folder(file: Path) -> Path:
    return file if file.is_dir() else file.parent


def _free_bytes(file: Path) -> int | None:
    try:
        return shutil.disk_usage(_folder(file)).free
    except OSError:
        return None


def _read_only(folder: Path) -> bool:
    """The file system holding ``folder`` is mounted read-only (or the medium is write-protected)."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is not None:
        try:
            return bool(statvfs(folder).f_flag & os.ST_RDONLY)
        except OSError:
            return False
    return not os.access(folder, os.W_OK)  # pragma: no cover - Windows: a write-protected drive


def _diagnosed(template: str, file: Path, needed: int | None) -> str:
    """Replace a vague answer by what the place shows: gone, read-only, not writable or full."""
    if template not in _VAGUE:
        return template
    folder = _folder(file)
    if not folder.exists():
        return VANISHED
    if _read_only(folder):
        return READ_ONLY
    if template is NO_PERMISSION or not os.access(folder, os.W_OK):
        return NO_PERMISSION
    free = _free_bytes(file)
    if free is not None and free < max(needed or 0, NEARLY_FULL_BYTES):
        return DISK_FULL  # SQLite says "I/O error" when a write stops short of a full disk
    return template


def _sqlite_template(error: sqlite3.Error) -> str | None:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
        return _SQLITE_CODES[code & 0xFF]
    text = str(error).lower()
    return next((template for fragment, template in _SQLITE_MESSAGES if fragment in text), None)


def _error(template: str, file: Path, needed: int | None) -> StorageError:
    if template is not DISK_FULL:
        return StorageError(template, file=str(file))
    free = _free_bytes(file)
    if free is None:
        return StorageError(DISK_FULL, file=str(file))
    space = (
        Message(SPACE_FREE_AND_NEEDED, free=size_text(free), needed=size_text(needed))
        if needed
        else Message(SPACE_FREE, free=size_text(free))
    )
    return StorageError(_WITH_SPACE, message=Message(DISK_FULL, file=str(file)), space=space)


def storage_error(error: BaseException, file: Path | str, needed: int | None = None) -> StorageError | None:
    """The user-facing error for a low-level storage failure, or None when it is something else.

    ``needed``: bytes the failed work needed (a backup: the database's size), said when the disk is full.
    """
    if isinstance(error, DBAPIError) and error.orig is not None:
        error = error.orig
    if isinstance(error, sqlite3.OperationalError):
        undecodable = _UNDECODABLE.search(str(error))
        if undecodable is not None:
            return damaged_text_error(Path(file), undecodable.group(1))
    if isinstance(error, sqlite3.Error):
        template = _sqlite_template(error)
        if template is None:
            return None
        return _error(_diagnosed(template, Path(file), needed), Path(file), needed)
    if isinstance(error, OSError) and error.errno in _ERRNO_MESSAGES:
        named = Path(error.filename if isinstance(error.filename, str) and error.filename else file)
        if named.name.startswith(
            "."
        ):  # a working file (lock, temporary copy): name the folder the user knows
            named = named.parent
        return _error(_diagnosed(_ERRNO_MESSAGES[error.errno], named, needed), named, needed)
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


def unstorable_text_error(error: UnicodeEncodeError) -> ValidationError:
    """Name the text SQLite could not encode, escaped, with a little of what surrounds the character."""
    text = error.object if isinstance(error.object, str) else ""
    start = max(0, error.start - 20)
    return ValidationError(
        UNSTORABLE_TEXT,
        character=escaped(text[error.start : error.end] or "?"),
        text=escaped(text[start : error.end + 20], limit=None),
    )


@contextmanager
def translated(file: Path | str, needed: int | None = None) -> Iterator[None]:
    """Re-raise storage failures inside the block as a StorageError naming ``file``."""
    try:
        yield
    except GreenDeskError:
        raise
    except UnicodeEncodeError as error:  # a lone surrogate (an undecodable argument or file name): no UTF-8
        raise unstorable_text_error(error) from error
    except (DBAPIError, sqlite3.Error, OSError) as error:
        replacement = storage_error(error, file, needed)
        if replacement is None:
            raise
        raise replacement from error
