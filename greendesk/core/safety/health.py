"""Is the workspace sound at start? A quick check before the database is opened.

If SQLite's quick check fails, the damaged file is moved aside (never deleted) and the newest good
backup is offered with its date and what would be lost; the user decides (restore). The full check
(``greendesk check``) is safety.full_check.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from greendesk.core import settings
from greendesk.core.base.errors import Message
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.safety import anchors, backup, commit_record, restoring
from greendesk.core.storage.layout import Layout


class HealthMessage(Message):
    context = "Health"


# -- on start -------------------------------------------------------------------------------------
CORRUPT = "corrupt"  # SQLite's quick check failed, or the file is not a database
EMPTY = "empty"  # a zero-byte file, or a database that holds no workspace
BEHIND = "behind"  # fewer (or other) audit entries than the commit record says were committed
MISSING = "missing"  # no database, in a folder that held a workspace (backups, a commit record)

_WAY_BACK_NONE = QT_TRANSLATE_NOOP("Health", "There is no good backup to restore.")
_WAY_BACK_UNCOUNTED = QT_TRANSLATE_NOOP(
    "Health",
    "The newest good backup is from {backup}. Work done after it would be lost and cannot be listed.",
)
_WAY_BACK_COUNTED = QT_TRANSLATE_NOOP(
    "Health",
    "The newest good backup is from {backup}; about {count} recorded changes made after it would be lost.",
)


@dataclass(frozen=True)
class DamagedDatabase:
    """What the user needs to decide after a failed start check."""

    problem: str  # SQLite's complaint, or what else was wrong (English, for logs and --json)
    set_aside: Path | None  # where the damaged file now is (None: there was no file)
    damaged_modified_at: datetime | None  # last write to the damaged file (or its WAL)
    backup: backup.BackupInfo | None  # the newest backup that passes a full check
    audit_entries_after_backup: int | None  # None when the damaged file cannot tell
    kind: str = CORRUPT
    lag: commit_record.Lag | None = None  # BEHIND: what the record says is missing
    can_continue: bool = False  # BEHIND: the set-aside file is sound and newer than every backup

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "problem": self.problem,
            "set_aside": str(self.set_aside) if self.set_aside else None,
            "damaged_modified_at": self.damaged_modified_at.isoformat(timespec="seconds")
            if self.damaged_modified_at
            else None,
            "backup": self.backup.to_dict() if self.backup else None,
            "audit_entries_after_backup": self.audit_entries_after_backup,
            "missing_changes": self.lag.missing if self.lag else None,
            "last_recorded_change_at": self.lag.at if self.lag else None,
            "can_continue": self.can_continue,
        }

    def loss_message(self) -> Message:
        """Plain words for the user: what happened, and what a restore of the offered backup gives up."""
        if self.kind == CORRUPT and self.set_aside is not None and self.damaged_modified_at is not None:
            return self._corrupt_message()
        situation = self._situation()
        if self.backup is None:
            way_back = HealthMessage(_WAY_BACK_NONE)
        elif self.audit_entries_after_backup is None:
            way_back = HealthMessage(_WAY_BACK_UNCOUNTED, backup=_minute(self.backup.created_at))
        else:
            way_back = HealthMessage(
                _WAY_BACK_COUNTED,
                backup=_minute(self.backup.created_at),
                count=self.audit_entries_after_backup,
            )
        parts = [situation, way_back]
        if self.can_continue:
            parts.append(
                HealthMessage(
                    QT_TRANSLATE_NOOP(
                        "Health",
                        "The damaged file still opens and is newer than every backup: you can also continue "
                        "with it as it is (the missing changes stay lost).",
                    )
                )
            )
        joined = " ".join(f"{{part{n}}}" for n in range(len(parts)))  # sentences, each translated
        return HealthMessage(joined, **{f"part{n}": part for n, part in enumerate(parts)})

    def _situation(self) -> Message:
        file = str(self.set_aside or "")
        if self.kind == MISSING:
            return HealthMessage(
                QT_TRANSLATE_NOOP(
                    "Health",
                    "The workspace database is missing from this folder, although the folder holds the "
                    "workspace's backups or its commit record.",
                )
            )
        if self.kind == BEHIND and self.lag is not None:
            params = {"file": file, "recorded": self.lag.recorded, "at": _recorded_time(self.lag.at)}
            if self.lag.rewritten:
                return HealthMessage(
                    QT_TRANSLATE_NOOP(
                        "Health",
                        "The database no longer holds the last of the {recorded} changes GreenDesk saved "
                        "(saved {at}): its write-ahead log (the -wal file) was rolled back or damaged. It has "
                        "been moved to {file}.",
                    ),
                    **params,
                )
            return HealthMessage(
                QT_TRANSLATE_NOOP(
                    "Health",
                    "The database lost {missing} of the {recorded} changes GreenDesk saved (the last one "
                    "saved {at}): its write-ahead log (the -wal file) is missing or damaged. It has been "
                    "moved to {file}.",
                ),
                missing=self.lag.missing,
                **params,
            )
        if self.lag is not None:
            return HealthMessage(
                QT_TRANSLATE_NOOP(
                    "Health",
                    "The database file holds no workspace (it is empty or not a GreenDesk database), although "
                    "GreenDesk saved {recorded} changes in it (the last one saved {at}). It has been moved to "
                    "{file}.",
                ),
                file=file,
                recorded=self.lag.recorded,
                at=_recorded_time(self.lag.at),
            )
        return HealthMessage(
            QT_TRANSLATE_NOOP(
                "Health",
                "The database file held no workspace (it is empty or not a GreenDesk database) and has been "
                "moved to {file}.",
            ),
            file=file,
        )

    def _corrupt_message(self) -> Message:
        assert self.set_aside is not None and self.damaged_modified_at is not None
        if self.backup is None:
            return HealthMessage(
                QT_TRANSLATE_NOOP(
                    "Health",
                    "The database was damaged and has been moved to {file}. There is no good backup to restore.",
                ),
                file=str(self.set_aside),
            )
        params = {
            "file": str(self.set_aside),
            "backup": _minute(self.backup.created_at),
            "modified": _minute(self.damaged_modified_at),
        }
        if self.audit_entries_after_backup is None:
            return HealthMessage(
                QT_TRANSLATE_NOOP(
                    "Health",
                    "The database was damaged and has been moved to {file}. The newest good backup is from "
                    "{backup}; the damaged file was last changed {modified}. Work done between these times "
                    "would be lost and cannot be listed.",
                ),
                **params,
            )
        return HealthMessage(
            QT_TRANSLATE_NOOP(
                "Health",
                "The database was damaged and has been moved to {file}. The newest good backup is from "
                "{backup}; the damaged file was last changed {modified}. About {count} recorded changes "
                "made after the backup would be lost.",
            ),
            count=self.audit_entries_after_backup,
            **params,
        )


def _minute(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _recorded_time(at: str) -> str:
    try:
        return _minute(datetime.fromisoformat(at))
    except ValueError:
        return at


def _last_modified(layout: Layout) -> datetime:
    times = [
        path.stat().st_mtime
        for path in (layout.database, *layout.database_side_files.values())
        if path.exists()
    ]
    return datetime.fromtimestamp(max(times)).replace(microsecond=0)


def _count_changes_after(db_path: Path, moment: datetime) -> int | None:
    """Best effort: a damaged file may still answer for the audit table."""
    try:
        connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute(
                "SELECT count(*) FROM audit_entry WHERE at > ?",
                (moment.strftime("%Y-%m-%d %H:%M:%S.999999"),),
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None
    return int(row[0]) if row else None


def _holds_no_workspace(db_path: Path) -> bool:
    """No tables, or no district: a file SQLite made up, or a creation that never finished."""
    try:
        connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute(
                "SELECT value FROM setting WHERE key = ?", (settings.DISTRICT_CODE.key,)
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        return "no such table" in str(error)
    except sqlite3.DatabaseError:
        return False  # the quick check speaks for damage
    return not (row and row[0])


def _after_record(record: commit_record.Record | None, good: backup.BackupInfo | None) -> int | None:
    """Changes the record vouches for that the backup does not hold (None when either cannot tell)."""
    if record is None or good is None or good.audit_count is None:
        return None
    return max(record.count - good.audit_count, 0)


def _newer_than_backups(state: anchors.FileState, good: backup.BackupInfo | None) -> bool:
    return good is None or (good.audit_count is not None and state.count > good.audit_count)


def check_on_start(data_dir: Path) -> DamagedDatabase | None:
    """The start check; None when the database is fine (or there is none yet, in a new folder).

    First, read-only, the database with its WAL against the commit record (so a damaged -wal is set
    aside as it is); then SQLite's quick check; then whether it holds a workspace at all. A damaged
    database is moved aside at once, so nothing writes to it any more; what it still holds stays
    there for experts. The start (safety.startup) offers ``result.backup`` for a restore.
    """
    layout = Layout(data_dir)
    db_path = layout.database
    record = commit_record.read(data_dir)
    if not db_path.is_file():
        if record is None and not backup.list_backups(data_dir):
            return None
        good = backup.newest_good_backup(data_dir)
        return DamagedDatabase(MISSING, None, None, good, _after_record(record, good), MISSING)
    state = anchors.file_state(db_path)
    lag = commit_record.lag(record, state, db_path) if state is not None and state.workspace_id else None
    if lag is not None:
        assert state is not None
        return _set_aside(layout, BEHIND, "behind its commit record", record, lag, state)
    if db_path.stat().st_size == 0:
        return _set_aside(layout, EMPTY, "zero-byte file", record, _all_lost(record))
    verdict = backup.integrity_check(db_path, quick=True)
    if verdict != "ok":
        return _set_aside(layout, CORRUPT, verdict, record)
    if _holds_no_workspace(db_path):
        return _set_aside(layout, EMPTY, "no workspace in the database", record, _all_lost(record))
    if state is not None and state.workspace_id:
        commit_record.refresh(data_dir, record, state)
    return None


def _all_lost(record: commit_record.Record | None) -> commit_record.Lag | None:
    """A file holding no workspace where the record vouches for committed changes: all of them are lost."""
    if record is None or record.count == 0:
        return None
    return commit_record.Lag(record.count, 0, record.at, rewritten=False)


def _set_aside(
    layout: Layout,
    kind: str,
    problem: str,
    record: commit_record.Record | None,
    lag: commit_record.Lag | None = None,
    state: anchors.FileState | None = None,
) -> DamagedDatabase:
    modified = _last_modified(layout)
    moved = restoring.set_aside(layout.data_dir, "damaged")
    assert moved is not None  # the file existed a moment ago
    good = backup.newest_good_backup(layout.data_dir)
    if kind == CORRUPT:
        lost = _count_changes_after(moved, good.created_at) if good else None
    else:
        lost = _after_record(record, good)
    can_continue = (
        state is not None
        and _newer_than_backups(state, good)
        and backup.integrity_check(moved, quick=True, read_only=True) == "ok"
        and not _holds_no_workspace(moved)
    )
    return DamagedDatabase(problem, moved, modified, good, lost, kind, lag, can_continue)
