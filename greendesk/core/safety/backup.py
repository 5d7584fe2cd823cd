"""Verified backups of the workspace database, thinned over time (restoring one: safety.restoring).

Backups go through SQLite's online backup API, so they are consistent even while GreenDesk is
writing. Each is written under a temporary name, checked with ``PRAGMA integrity_check`` and only
then renamed to ``backups/greendesk-YYYYmmdd-HHMMSS-<reason>.sqlite3``; ``backups/index.json``
remembers size, schema revision, the check result and the audit chain's head and entry count (an
anchor ``check`` compares the database with; the same pair goes to the anchor file). Backups made at
the same time take turns under ``backups/.lock``.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from greendesk.core.base import clock, jsonfile
from greendesk.core.base.errors import GreenDeskError, NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import escaped
from greendesk.core.safety import anchors
from greendesk.core.storage import durable, failures, file_lock
from greendesk.core.storage.layout import INCOMING_PREFIX, Layout

REASON_DAILY = "daily"
REASON_MANUAL = "manual"
REASON_PRE_MIGRATION = "pre-migration"
REASON_IMPORT = "import"  # before a street package or registry is imported

# Shown in lists; bulk operations pass their own short reason ("import", "round-change", ...).
REASON_LABELS = {
    REASON_DAILY: QT_TRANSLATE_NOOP("Backup", "daily"),
    REASON_MANUAL: QT_TRANSLATE_NOOP("Backup", "manual"),
    REASON_PRE_MIGRATION: QT_TRANSLATE_NOOP("Backup", "before a database upgrade"),
    REASON_IMPORT: QT_TRANSLATE_NOOP("Backup", "before an import"),
    "round-change": QT_TRANSLATE_NOOP("Backup", "before a round change"),
}

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
KEEP_PER_REASON = 10  # newest manual / pre-migration / pre-bulk backups always kept

LOCK_WAIT_SECONDS = 300  # a backup waits this long for one running beside it
LEFTOVER_AGE_SECONDS = 600  # where the disk cannot lock: a younger temporary file may be in use

_STAMP = "%Y%m%d-%H%M%S"
_FILE_PATTERN = re.compile(
    r"^greendesk-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9][a-z0-9-]*?)(?:\.(?P<n>\d+))?\.sqlite3$"
)
_REASON_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


class BackupError(GreenDeskError):
    """A backup could not be made, verified or restored."""


@dataclass(frozen=True)
class BackupInfo:
    id: str
    path: Path
    created_at: datetime
    reason: str
    size: int
    schema_revision: str | None
    integrity: str  # "ok" or SQLite's first complaint
    sequence: int = 1  # orders backups made within the same second (file name suffix .2, .3, ...)
    audit_count: int | None = None  # the chain's end when the backup was made (None: not recorded)
    audit_head: str | None = None
    workspace_id: str = ""
    superseded: bool = False  # a restore went back past it: its history is no longer the current one

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "file": str(self.path),
            "created_at": self.created_at.isoformat(),
            "reason": self.reason,
            "size": self.size,
            "schema_revision": self.schema_revision,
            "integrity": self.integrity,
            "audit_count": self.audit_count,
            "audit_head": self.audit_head,
        }

    @property
    def anchor(self) -> anchors.Anchor | None:
        """What this backup says the log held, for ``check`` (None when unrecorded or superseded)."""
        if self.audit_count is None or not self.audit_head or self.superseded:
            return None
        return anchors.Anchor(self.audit_count, self.audit_head, self.created_at.isoformat(), anchors.BACKUP)


# -- small helpers ------------------------------------------------------------------------------
def _connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """``read_only`` leaves the file and its -wal exactly as they are (set-aside evidence)."""
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    connection = sqlite3.connect(target, isolation_level=None, uri=read_only)
    connection.execute("PRAGMA busy_timeout = 5000")
    return connection


def integrity_check(path: Path, quick: bool = False, read_only: bool = False) -> str:
    """'ok', or SQLite's first complaint about the file ('file is not a database' included).

    A file that is busy, unreadable or gone is not damaged: that raises a StorageError instead, so
    nobody moves a healthy database aside because another program held it for a moment.
    """
    if not path.is_file():
        return "missing"
    try:
        connection = _connect(path, read_only)
        try:
            rows = connection.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        translated = failures.storage_error(error, path)
        if translated is not None:
            raise translated from error
        return str(error)
    except sqlite3.DatabaseError as error:
        return str(error)
    return "ok" if rows == [("ok",)] else str(rows[0][0]) if rows else "no answer"


def schema_revision(path: Path) -> str | None:
    if not path.is_file():  # connecting would create an empty database
        return None
    try:
        connection = _connect(path)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def _read_index(layout: Layout) -> dict[str, dict[str, Any]]:
    try:
        raw = jsonfile.read(layout.backup_index)
    except (OSError, jsonfile.JsonFileError):
        return {}
    return raw if isinstance(raw, dict) else {}


def _write_index(layout: Layout, index: dict[str, dict[str, Any]]) -> None:
    """Replace the index in one rename, from a temporary file of this writer's own."""
    temporary = layout.backup_index.with_name(
        f"{INCOMING_PREFIX}{layout.backup_index.name}.{os.getpid()}-{secrets.token_hex(4)}"
    )
    try:
        with temporary.open("w", encoding="utf-8") as handle:
            handle.write(json.dumps(index, ensure_ascii=False, indent=1, sort_keys=True))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, layout.backup_index)
    finally:
        temporary.unlink(missing_ok=True)


def _info_from_file(path: Path, index: dict[str, dict[str, Any]]) -> BackupInfo | None:
    match = _FILE_PATTERN.match(path.name)
    if match is None:
        return None
    backup_id = path.name.removeprefix("greendesk-").removesuffix(".sqlite3")
    known = index.get(backup_id, {})
    if not isinstance(known, dict):
        known = {}
    try:
        size = path.stat().st_size
    except OSError:
        return None
    count = known.get("audit_count")
    return BackupInfo(
        id=backup_id,
        path=path,
        created_at=datetime.strptime(match["stamp"], _STAMP),
        reason=match["reason"],
        size=size,
        schema_revision=known.get("schema_revision", schema_revision(path)),
        integrity=known.get("integrity", "unchecked"),
        sequence=int(match["n"] or 1),
        audit_count=count if isinstance(count, int) else None,
        audit_head=str(known.get("audit_head") or "") or None,
        workspace_id=str(known.get("workspace_id") or ""),
        superseded=bool(known.get("superseded_at")),
    )


# -- making backups ---------------------------------------------------------------------------------
def backup_database_file(db_path: Path, reason: str, thin_after: bool = True) -> BackupInfo:
    """Copy ``db_path`` into ``<its folder>/backups``, verified; the building block of every trigger.

    Backups made at the same time (threads or processes) take turns under ``backups/.lock``, so each
    gets its own name, its own temporary file and its line in the index.
    """
    if not _REASON_PATTERN.match(reason):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A backup's reason is a short label of lowercase letters, digits and hyphens (at most 40, "
                "like before-import): {reason}",
            ),
            reason=escaped(reason),
        )
    if not db_path.is_file():
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "There is no database to back up in {file}."), file=str(db_path)
        )
    layout = Layout(db_path.parent)
    folder = layout.backups
    with failures.translated(folder, needed=_database_bytes(layout)):
        folder.mkdir(parents=True, exist_ok=True)
        with backups_locked(layout) as locked:
            # Under the lock every temporary file is an interrupted backup's; without one, only old ones.
            _remove_leftovers(folder, older_than=None if locked else LEFTOVER_AGE_SECONDS)
            target = _next_name(layout, reason)
            temporary = folder / f".incoming-{os.getpid()}-{secrets.token_hex(4)}-{target.name}"
            verdict, revision, state = _write_verified_copy(db_path, temporary)
            os.replace(temporary, target)
            durable.fsync_directory(folder)
            info = _record(layout, target, verdict, revision, state)
            if state is not None:
                anchors.append(state.workspace_id, state.count, state.head, anchors.BACKUP)
            if thin_after:
                _thin_locked(db_path.parent)
    return info


def _database_bytes(layout: Layout) -> int:
    """About what a backup takes on disk: the database and its write-ahead log."""
    files = [layout.database, *layout.database_side_files.values()]
    return sum(path.stat().st_size for path in files if path.is_file())


@contextmanager
def backups_locked(layout: Layout) -> Iterator[bool]:
    """One backup (or thinning) of this workspace at a time; yields False where the disk cannot lock."""
    try:
        with file_lock.held(layout.backup_lock, LOCK_WAIT_SECONDS) as locked:
            yield locked
    except file_lock.LockTimeout:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Another backup into {folder} has been running for more than {minutes} minutes. "
                "Nothing was backed up; try again when it has finished.",
            ),
            folder=str(layout.backups),
            minutes=LOCK_WAIT_SECONDS // 60,
        ) from None


def _next_name(layout: Layout, reason: str) -> Path:
    """``greendesk-<now>-<reason>[.<n>].sqlite3``; a later backup always sorts after every earlier one."""
    created = clock.now()
    base = f"greendesk-{created.strftime(_STAMP)}-{reason}"
    taken = [
        info.sequence
        for info in list_backups(layout.data_dir)
        if info.reason == reason and info.created_at == created
    ]
    sequence = max(taken, default=0) + 1  # never reuse a thinned name
    return layout.backups / (f"{base}.sqlite3" if sequence == 1 else f"{base}.{sequence}.sqlite3")


def _write_verified_copy(db_path: Path, temporary: Path) -> tuple[str, str | None, anchors.FileState | None]:
    """Copy into ``temporary`` and check it: (verdict "ok", schema revision, audit state)."""
    _copy_database(db_path, temporary)
    verdict = integrity_check(temporary)
    if verdict != "ok":
        temporary.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup of {file} failed its integrity check ({problem}); the database itself may be "
                "damaged. Run 'greendesk check'.",
            ),
            file=str(db_path),
            problem=verdict,
        )
    return verdict, schema_revision(temporary), anchors.file_state(temporary)


def _record(
    layout: Layout,
    target: Path,
    verdict: str,
    revision: str | None,
    state: anchors.FileState | None,
) -> BackupInfo:
    """Add the new backup's line to the index (read afresh: the lock holder is the only writer)."""
    found = _info_from_file(target, {})
    assert found is not None  # we built the name to match
    info = replace(found, schema_revision=revision, integrity=verdict)
    entry: dict[str, Any] = {
        "created_at": info.created_at.isoformat(),
        "reason": info.reason,
        "size": info.size,
        "schema_revision": revision,
        "integrity": verdict,
    }
    if state is not None:
        info = replace(info, audit_count=state.count, audit_head=state.head, workspace_id=state.workspace_id)
        entry.update(audit_count=state.count, audit_head=state.head, workspace_id=state.workspace_id)
    index = _read_index(layout)
    index[info.id] = entry
    _write_index(layout, index)
    return info


def _copy_database(source: Path, target: Path, read_only: bool = False) -> None:
    """Online backup into a single self-contained file (rollback journal, not WAL)."""
    target.unlink(missing_ok=True)
    reader = _connect(source, read_only)
    try:
        writer = sqlite3.connect(str(target), isolation_level=None)
        try:
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode = DELETE")
        finally:
            writer.close()
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    finally:
        reader.close()
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def _remove_leftovers(folder: Path, older_than: float | None = None) -> None:
    """Temporary files of a backup that was interrupted (power cut, killed process).

    ``older_than`` (seconds): leave younger ones alone, they may belong to a backup still running.
    """
    now = time.time()
    for leftover in folder.glob(".incoming-*"):
        try:
            if older_than is None or now - leftover.stat().st_mtime > older_than:
                leftover.unlink(missing_ok=True)
        except FileNotFoundError:
            continue


def create_backup(data_dir: Path, reason: str = REASON_MANUAL) -> BackupInfo:
    """Back up the workspace in ``data_dir`` now (before a bulk operation: :func:`back_up_before_bulk_step`)."""
    return backup_database_file(Layout(data_dir).database, reason)


def back_up_before_bulk_step(data_dir: Path, reason: str) -> BackupInfo | None:
    """The backup before an import or a round change; none while ``data_dir`` is a scratch folder (the demo
    being built unseen), which has no work to lose: it is published whole or thrown away."""
    if durable.is_scratch(data_dir):
        return None
    return create_backup(data_dir, reason)


def ensure_daily_backup(data_dir: Path, today: date | None = None) -> BackupInfo | None:
    """On start: back up once a day (any backup made today counts). Returns the new backup or None."""
    database = Layout(data_dir).database
    if not database.is_file():
        return None
    day = today or clock.today()
    if any(info.created_at.date() == day for info in list_backups(data_dir)):
        return None
    return backup_database_file(database, REASON_DAILY)


# -- listing and thinning ------------------------------------------------------------------------
def _newest_first_key(info: BackupInfo) -> tuple[datetime, int]:
    return (info.created_at, info.sequence)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """All backups, newest first."""
    layout = Layout(data_dir)
    folder = layout.backups
    if not folder.is_dir():
        return []
    index = _read_index(layout)
    found = (_info_from_file(path, index) for path in folder.glob("greendesk-*.sqlite3"))
    return sorted((info for info in found if info), key=_newest_first_key, reverse=True)


def find_backup(data_dir: Path, backup_id: str) -> BackupInfo:
    for info in list_backups(data_dir):
        if backup_id in (info.id, info.path.name):
            return info
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "No backup with id {id}. 'greendesk backups' lists them."), id=backup_id
    )


def backups_to_keep(
    backups: Iterable[BackupInfo],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
    per_reason: int = KEEP_PER_REASON,
    today: date | None = None,
) -> set[str]:
    """Grandfather-father-son, plus what nobody expects to lose.

    Kept: the newest backup of each of the last N days, weeks and months; on each of those days also
    its daily backup (a "back up now" in the afternoon must not cost the morning's daily one); the
    newest ``per_reason`` of every other reason; the newest backup of every reason, whatever its
    age; and every daily backup made ``today`` (default: the clock's today).
    """
    newest_first = sorted(backups, key=_newest_first_key, reverse=True)
    day = today or clock.today()
    dailies = [info for info in newest_first if info.reason == REASON_DAILY]
    keep = {info.id for info in dailies if info.created_at.date() == day}
    by_day = _newest_per_bucket(newest_first, daily, lambda moment: moment.date())
    recent_days = {info.created_at.date() for info in newest_first if info.id in by_day}
    recent_dailies = [info for info in dailies if info.created_at.date() in recent_days]
    keep |= by_day | _newest_per_bucket(recent_dailies, len(recent_days), lambda moment: moment.date())
    keep |= _newest_per_bucket(newest_first, weekly, lambda moment: moment.isocalendar()[:2])
    keep |= _newest_per_bucket(newest_first, monthly, lambda moment: (moment.year, moment.month))
    by_reason: dict[str, int] = {}
    for info in newest_first:
        by_reason[info.reason] = by_reason.get(info.reason, 0) + 1
        if by_reason[info.reason] <= (1 if info.reason == REASON_DAILY else max(per_reason, 1)):
            keep.add(info.id)
    return keep


def _newest_per_bucket(
    newest_first: list[BackupInfo], count: int, bucket: Callable[[datetime], object]
) -> set[str]:
    """The newest backup in each of the ``count`` newest buckets (days, weeks, months)."""
    seen: set[object] = set()
    keep: set[str] = set()
    for info in newest_first:
        key = bucket(info.created_at)
        if key not in seen and len(seen) < count:
            seen.add(key)
            keep.add(info.id)
    return keep


def thin(data_dir: Path) -> list[BackupInfo]:
    """Delete backups the retention rules no longer need; returns what was deleted."""
    layout = Layout(data_dir)
    if not layout.backups.is_dir():
        return []
    with failures.translated(layout.backups), backups_locked(layout):
        return _thin_locked(data_dir)


def _thin_locked(data_dir: Path) -> list[BackupInfo]:
    """:func:`thin` for a caller that holds the backups lock already."""
    backups = list_backups(data_dir)
    keep = backups_to_keep(backups)
    removed = [info for info in backups if info.id not in keep]
    if not removed:
        return []
    layout = Layout(data_dir)
    index = _read_index(layout)
    for info in removed:
        info.path.unlink(missing_ok=True)
        index.pop(info.id, None)
    _write_index(layout, index)
    return removed


# -- choosing a backup ----------------------------------------------------------------------------
def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    """The newest backup that passes a full integrity check now (files can rot after they were made)."""
    for info in list_backups(data_dir):
        if integrity_check(info.path) == "ok":
            return info
    return None
