"""Is the workspace sound? A quick check on start, and a full check on demand (``greendesk check``).

On start: if SQLite's quick check fails, the damaged file is moved aside (never deleted) and the
newest good backup is offered with its date and what would be lost; the user decides (restore).
The full check covers the database's integrity, the audit chain (an edited or deleted entry), the
chain against its anchors outside the database and the review tables against a replay of the log
(safety.audit_check), and the photo store: originals missing, files that do not belong, bytes that
no longer match their hash.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from greendesk.core import audit
from greendesk.core.base.errors import Message
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.safety import audit_check, backup
from greendesk.core.storage import photos
from greendesk.core.storage.layout import Layout
from greendesk.core.storage.models import Photo

_SHARD = re.compile(r"^[0-9a-f]{2}$")  # originals live in photos/<two hex digits>/

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


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


# -- full check -----------------------------------------------------------------------------------
@dataclass
class CheckReport:
    """Everything ``greendesk check`` found; ``ok`` when nothing."""

    integrity: list[str] = field(default_factory=list)  # SQLite's complaints
    audit_problems: list[audit.ChainProblem] = field(default_factory=list)
    audit_entries: int = 0
    anchored: audit_check.AuditFindings = field(default_factory=audit_check.AuditFindings)
    missing_photos: list[str] = field(default_factory=list)  # sha256 of originals not in the store
    extra_files: list[str] = field(default_factory=list)  # store paths (relative) that belong to no photo
    mismatched_photos: list[str] = field(default_factory=list)  # sha256 whose bytes changed
    photo_count: int = 0
    photos_checked: int = 0  # re-hashed

    @property
    def ok(self) -> bool:
        return self.anchored.ok and not (
            self.integrity
            or self.audit_problems
            or self.missing_photos
            or self.extra_files
            or self.mismatched_photos
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "integrity": self.integrity or ["ok"],
            "audit_entries": self.audit_entries,
            "audit_problems": [{"entry_id": p.entry_id, "reason": p.reason} for p in self.audit_problems],
            **self.anchored.to_dict(),
            "photo_count": self.photo_count,
            "photos_checked": self.photos_checked,
            "missing_photos": self.missing_photos,
            "extra_files": self.extra_files,
            "mismatched_photos": self.mismatched_photos,
        }


def _integrity_problems(db_path: Path) -> list[str]:
    if not db_path.is_file():  # connecting would create an empty database
        return [backup.integrity_check(db_path)]
    try:
        connection = sqlite3.connect(str(db_path))
        try:
            rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [] if rows == ["ok"] else rows


def _store_files(photos_dir: Path) -> set[str]:
    """Relative POSIX paths of the files where originals belong: the shard folders and the store's root.

    Other folders (thumbs/, print/) hold renditions derived from the originals and rebuilt on demand,
    so they are neither counted nor reported.
    """
    found: set[str] = set()
    if not photos_dir.is_dir():
        return found
    for root, dirs, files in os.walk(photos_dir):
        if Path(root) == photos_dir:
            dirs[:] = [name for name in dirs if _SHARD.match(name)]
        for name in files:
            found.add((Path(root) / name).relative_to(photos_dir).as_posix())
    return found


def check_workspace(
    data_dir: Path,
    verify_hashes: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> CheckReport:
    """The full check; reads every photo when ``verify_hashes`` (can take a while: progress/cancel)."""
    layout = Layout(data_dir)
    db_path, photos_dir = layout.database, layout.photos
    report = CheckReport(integrity=_integrity_problems(db_path))
    if not db_path.is_file():
        return report
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with Session(engine) as session:
            try:
                entries = audit.rows(session)  # the one pass over the log
                report.audit_problems = audit.chain_problems(entries)
                report.audit_entries = len(entries)
                report.anchored = audit_check.check(session, data_dir, entries)
                rows = [
                    (p.sha256, p.extension) for p in session.scalars(select(Photo).order_by(Photo.sha256))
                ]
            except Exception as error:  # a damaged file may fail anywhere; integrity already says so
                if not report.integrity:
                    report.integrity.append(str(error))
                return report
    finally:
        engine.dispose()
    expected = {
        photos.original_path(photos_dir, sha, ext).relative_to(photos_dir).as_posix(): sha
        for sha, ext in rows
    }
    present = _store_files(photos_dir)
    report.photo_count = len(expected)
    report.missing_photos = sorted(sha for relative, sha in expected.items() if relative not in present)
    report.extra_files = sorted(present - expected.keys())
    if verify_hashes:
        to_hash = [(relative, sha) for relative, sha in expected.items() if relative in present]
        for done, (relative, sha) in enumerate(to_hash, start=1):
            if cancelled and cancelled():
                break
            try:
                actual = photos.sha256_file(photos_dir / relative)
            except OSError:
                actual = ""
            if actual != sha:
                report.mismatched_photos.append(sha)
            report.photos_checked = done
            if progress:
                progress(done, len(to_hash))
    return report


def problem_lines(report: CheckReport) -> list[Message]:
    """The report as translatable lines, one per finding (for the CLI and the GUI)."""
    lines: list[Message] = []
    for complaint in report.integrity:
        lines.append(
            HealthMessage(QT_TRANSLATE_NOOP("Health", "Database integrity: {problem}"), problem=complaint)
        )
    for problem in report.audit_problems:
        template = (
            QT_TRANSLATE_NOOP(
                "Health", "Audit log entry {id} was edited (its content no longer matches its hash)."
            )
            if problem.reason == "content"
            else QT_TRANSLATE_NOOP(
                "Health",
                "Audit log entry {id} does not follow its predecessor: an entry was deleted or inserted.",
            )
        )
        lines.append(HealthMessage(template, id=problem.entry_id))
    lines.extend(audit_check.lines(report.anchored))
    for sha in report.missing_photos:
        lines.append(
            HealthMessage(QT_TRANSLATE_NOOP("Health", "Photo {sha} is missing from the store."), sha=sha)
        )
    for relative in report.extra_files:
        lines.append(
            HealthMessage(
                QT_TRANSLATE_NOOP("Health", "File photos/{file} belongs to no photo."), file=relative
            )
        )
    for sha in report.mismatched_photos:
        lines.append(
            HealthMessage(
                QT_TRANSLATE_NOOP("Health", "Photo {sha} was altered: its bytes no longer match its hash."),
                sha=sha,
            )
        )
    return lines
