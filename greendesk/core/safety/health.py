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

from greendesk.core.base.errors import Message
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.safety import backup
from greendesk.core.storage.layout import Layout


class HealthMessage(Message):
    context = "Health"


# -- on start -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DamagedDatabase:
    """What the user needs to decide after a failed start check."""

    problem: str  # SQLite's complaint
    set_aside: Path  # where the damaged file now is
    damaged_modified_at: datetime  # last write to the damaged file (or its WAL)
    backup: backup.BackupInfo | None  # the newest backup that passes a full check
    audit_entries_after_backup: int | None  # None when the damaged file cannot tell

    def to_dict(self) -> dict[str, Any]:
        return {
            "problem": self.problem,
            "set_aside": str(self.set_aside),
            "damaged_modified_at": self.damaged_modified_at.isoformat(timespec="seconds"),
            "backup": self.backup.to_dict() if self.backup else None,
            "audit_entries_after_backup": self.audit_entries_after_backup,
        }

    def loss_message(self) -> Message:
        """Plain words for the user: what a restore of the offered backup gives up."""
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
            "backup": self.backup.created_at.strftime("%Y-%m-%d %H:%M"),
            "modified": self.damaged_modified_at.strftime("%Y-%m-%d %H:%M"),
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


def check_on_start(data_dir: Path) -> DamagedDatabase | None:
    """Quick check before opening; None when the database is fine (or there is none yet).

    A damaged database is moved aside at once, so nothing writes to it any more; what it still
    holds stays there for experts. The start (safety.startup) offers ``result.backup`` for a restore.
    """
    layout = Layout(data_dir)
    db_path = layout.database
    if not db_path.is_file():
        return None
    verdict = backup.integrity_check(db_path, quick=True)
    if verdict == "ok":
        return None
    modified = _last_modified(layout)
    moved = backup.set_aside(data_dir, "damaged")
    assert moved is not None  # the file existed a moment ago
    good = backup.newest_good_backup(data_dir)
    lost = _count_changes_after(moved, good.created_at) if good else None
    return DamagedDatabase(
        problem=verdict,
        set_aside=moved,
        damaged_modified_at=modified,
        backup=good,
        audit_entries_after_backup=lost,
    )
