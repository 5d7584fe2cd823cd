"""The full check (``greendesk check``, the GUI's 检查工作区): green exactly when the workspace is sound.

It reads, never writes: SQLite's full integrity check (indexes included) and its foreign-key check,
every text value of every table decoded, the audit chain, the chain against its anchors and the
review tables against a replay of the log (safety.audit_check), and every stored file against its
hash, renditions included (safety.store_check). Problems and information are kept apart: files a
backup still references are information, true orphans are problems. ``repair`` removes the files
a check found removable, by an administrator holding the lock, with an audit entry of what went.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from greendesk.core import accounts, audit
from greendesk.core.base.errors import Message
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.review.vocabulary import ADMINISTRATOR
from greendesk.core.safety import audit_check, backup, store_check
from greendesk.core.storage import text_scan
from greendesk.core.storage.layout import Layout
from greendesk.core.storage.models import AuditEntry, Photo
from greendesk.core.workspace import Workspace

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
REPAIR_ACTION = "workspace.repair"


class HealthMessage(Message):
    context = "Health"


@dataclass
class CheckReport(store_check.StoreFindings):
    """Everything ``greendesk check`` found; ``ok`` when no problem (information does not count)."""

    integrity: list[str] = field(default_factory=list)  # SQLite's complaints
    foreign_keys: list[str] = field(default_factory=list)  # "table row id -> parent"
    damaged_text: list[text_scan.DamagedText] = field(default_factory=list)
    audit_problems: list[audit.ChainProblem] = field(default_factory=list)
    audit_entries: int = 0
    anchored: audit_check.AuditFindings = field(default_factory=audit_check.AuditFindings)

    @property
    def ok(self) -> bool:
        database_sound = not (self.integrity or self.foreign_keys or self.damaged_text or self.audit_problems)
        return database_sound and self.anchored.ok and super().ok

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "integrity": self.integrity or ["ok"],
            "foreign_keys": self.foreign_keys,
            "damaged_text": [damage.to_dict() for damage in self.damaged_text],
            "audit_entries": self.audit_entries,
            "audit_problems": [{"entry_id": p.entry_id, "reason": p.reason} for p in self.audit_problems],
            **self.anchored.to_dict(),
            "photo_count": self.photo_count,
            "photos_checked": self.photos_checked,
            "missing_photos": self.missing_photos,
            "extra_files": self.extra_files,
            "mismatched_photos": self.mismatched_photos,
            "altered_renditions": self.altered_renditions,
            "kept_from_later": self.kept_from_later,
            "unrecorded_renditions": self.unrecorded_renditions,
        }


def _database_problems(db_path: Path) -> tuple[list[str], list[str]]:
    """SQLite's full integrity check (every index against its table) and the foreign-key check."""
    if not db_path.is_file():  # connecting would create an empty database
        return [backup.integrity_check(db_path)], []
    try:
        connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
            keys = [
                f"{table} row {rowid} -> {parent}"
                for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check")
            ]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return [str(error)], []
    return ([] if rows == ["ok"] else rows), keys


def check_workspace(
    data_dir: Path,
    verify_hashes: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> CheckReport:
    """The full check; reads every photo when ``verify_hashes`` (can take a while: progress/cancel)."""
    db_path = Layout(data_dir).database
    integrity, foreign_keys = _database_problems(db_path)
    report = CheckReport(integrity=integrity, foreign_keys=foreign_keys)
    if not db_path.is_file():
        return report
    read_whole: frozenset[str] = frozenset()
    engine = create_engine(f"sqlite:///{db_path.resolve().as_uri()}?mode=ro&uri=true")  # reads only
    try:
        with Session(engine) as session:
            try:
                entries = audit.rows(session)  # the one pass over the log (every column, decoded)
                read_whole = frozenset({AuditEntry.__tablename__})
                report.audit_problems = audit.chain_problems(entries)
                report.audit_entries = len(entries)
                report.anchored = audit_check.check(session, data_dir, entries)
                rows = [
                    (p.sha256, p.extension) for p in session.scalars(select(Photo).order_by(Photo.sha256))
                ]
            except Exception as error:  # a damaged file may fail anywhere: integrity or the text scan says so
                rows = None
                if not (report.integrity or "could not decode" in str(error).lower()):
                    report.integrity.append(str(error))
    finally:
        engine.dispose()
    try:  # every text value of every table the reads above did not decode whole
        report.damaged_text = text_scan.damaged_text(db_path, cancelled=cancelled, skip=read_whole)
    except sqlite3.DatabaseError as error:
        report.integrity = report.integrity or [str(error)]
    if rows is None:
        return report
    found = store_check.check_store(data_dir, rows, verify_hashes, progress, cancelled)
    for name in store_check.StoreFindings.__dataclass_fields__:
        setattr(report, name, getattr(found, name))
    return report


def _audit_lines(report: CheckReport) -> list[Message]:
    lines: list[Message] = []
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
    return lines


def _line(template: str, **params: object) -> Message:
    return HealthMessage(template, **params)


def problem_lines(report: CheckReport) -> list[Message]:
    """The problems as translatable lines, one per finding (for the CLI and the GUI)."""
    lines = [
        _line(QT_TRANSLATE_NOOP("Health", "Database integrity: {problem}"), problem=complaint)
        for complaint in report.integrity
    ]
    lines += [
        _line(QT_TRANSLATE_NOOP("Health", "Broken reference: {reference} does not exist."), reference=ref)
        for ref in report.foreign_keys
    ]
    lines += [
        _line(
            QT_TRANSLATE_NOOP(
                "Health",
                "Damaged text in table {table}, row {row}, column {column}: its bytes are not valid UTF-8.",
            )
            if damage.kind == text_scan.NOT_UTF8
            else QT_TRANSLATE_NOOP(
                "Health", "Damaged text in table {table}, row {row}, column {column}: it holds binary data."
            ),
            table=damage.table,
            row=damage.row,
            column=damage.column,
        )
        for damage in report.damaged_text
    ]
    lines += _audit_lines(report)
    lines += audit_check.lines(report.anchored)
    lines += [
        _line(QT_TRANSLATE_NOOP("Health", "Photo {sha} is missing from the store."), sha=sha)
        for sha in report.missing_photos
    ]
    lines += [
        _line(QT_TRANSLATE_NOOP("Health", "File photos/{file} belongs to no photo."), file=relative)
        for relative in report.extra_files
    ]
    lines += [
        _line(
            QT_TRANSLATE_NOOP("Health", "Photo {sha} was altered: its bytes no longer match its hash."),
            sha=sha,
        )
        for sha in report.mismatched_photos
    ]
    lines += [
        _line(
            QT_TRANSLATE_NOOP(
                "Health",
                "Rendition photos/{file} was replaced or damaged: it no longer matches the record of what "
                "it was derived from (it is re-derived before use; 'greendesk check --repair' removes it).",
            ),
            file=relative,
        )
        for relative in report.altered_renditions
    ]
    return lines


def info_lines(report: CheckReport) -> list[Message]:
    """Information, not problems: what the check could not compare, and files kept on purpose."""
    lines = audit_check.notes(report.anchored)
    if report.kept_from_later:
        lines.append(
            _line(
                QT_TRANSLATE_NOOP(
                    "Health",
                    "{count} unreferenced files in the photo store are kept from a later state (a backup or "
                    "a set-aside database references them, as after a restore to an older backup).",
                ),
                count=len(report.kept_from_later),
            )
        )
    if report.unrecorded_renditions:
        lines.append(
            _line(
                QT_TRANSLATE_NOOP(
                    "Health",
                    "{count} thumbnails and print copies were made before GreenDesk recorded their hashes; "
                    "they are re-derived from the originals before use.",
                ),
                count=report.unrecorded_renditions,
            )
        )
    return lines


@dataclass(frozen=True)
class RepairResult:
    removed: list[str]  # relative paths inside photos/

    def to_dict(self) -> dict[str, Any]:
        return {"removed": self.removed}


def repair(workspace: Workspace, report: CheckReport) -> RepairResult:
    """Remove the true orphans and altered renditions ``report`` found (an administrator; holding the lock).

    The store is checked again inside the transaction that records the removal, so a photo added
    since the report was made is never removed; what was removed is recorded in the audit log.
    """
    accounts.require(workspace, ADMINISTRATOR)
    wanted = set(report.removable())
    with workspace.transaction() as session:
        rows = [(p.sha256, p.extension) for p in session.scalars(select(Photo))]
        again = store_check.check_store(
            workspace.data_dir, rows, verify_hashes=bool(report.altered_renditions)
        )
        removable = sorted(wanted & set(again.removable()))
        removed = store_check.remove_files(workspace.photos_dir, removable)
        if removed:
            audit.record(
                session,
                user=workspace.user,
                action=REPAIR_ACTION,
                entity="workspace",
                key="photos",
                new={"removed": removed},
            )
    return RepairResult(removed)
