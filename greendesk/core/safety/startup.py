"""Opening a workspace safely: the one start-up sequence the app and the command line both follow.

In order: take the lock (the app holds it for its session; a command does not), finish a restore a
crash interrupted, the start check (the database against its commit record, SQLite's quick check,
whether it holds a workspace at all; a damaged or missing database is moved aside at once and the
newest good backup offered), the once-a-day
backup, the warning about network drives and cloud-synced folders, and finally opening the
database, which migrates an older schema only after a verified backup. The result is a
:class:`StartReport`; the GUI and the CLI only present it (and ask or tell about a restore).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from greendesk.core import accounts
from greendesk.core.base.errors import GreenDeskError, Message
from greendesk.core.review.vocabulary import ADMINISTRATOR
from greendesk.core.safety import backup, health, leftovers, restoring
from greendesk.core.safety.backup import BackupInfo
from greendesk.core.safety.health import DamagedDatabase
from greendesk.core.safety.lock import (
    LockHolder,
    WorkspaceLock,
    WorkspaceLockedError,
    location_warning,
    read_holder,
)
from greendesk.core.safety.restoring import RestoreResult
from greendesk.core.workspace import Workspace


@dataclass
class StartReport:
    """What happened on the way to an open workspace, and why it is not open if it is not."""

    data_dir: Path
    lock: WorkspaceLock | None = None  # held until close() (only when asked for an exclusive start)
    refused: GreenDeskError | None = None  # the lock could not be taken: nothing else was done
    locked_by: LockHolder | None = None  # who holds the workspace, when another GreenDesk does
    damaged: DamagedDatabase | None = None  # set aside; damaged.backup is the one to offer
    daily_backup: BackupInfo | None = None
    backup_error: GreenDeskError | None = None  # the daily backup failed (e.g. disk full): warn, go on
    location_warning: Message | None = None  # network drive or cloud-synced folder
    workspace: Workspace | None = None
    error: GreenDeskError | None = None  # checking or opening failed (busy file, failed migration, ...)

    @property
    def missing(self) -> bool:
        """No database in the folder and none to bring back: a first start (or a damaged one set aside
        with no good backup). A declined restore is not missing: the backup is offered again next time."""
        return (
            self.workspace is None
            and self.refused is None
            and self.error is None
            and (self.damaged is None or self.damaged.backup is None)
            and not Workspace.exists(self.data_dir)
        )

    @property
    def warnings(self) -> list[Message | GreenDeskError]:
        """What to tell the user even though the start went on, in the order to tell it."""
        return [warning for warning in (self.location_warning, self.backup_error) if warning is not None]

    def close(self) -> None:
        """Close the workspace and release the lock (when the window closes, or on giving up)."""
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        if self.lock is not None:
            self.lock.release()


def open_safely(data_dir: Path, *, user: str | None = None, exclusive: bool = True) -> StartReport:
    """Lock (when ``exclusive``), check, back up and open the workspace in ``data_dir``.

    Nothing is raised for what the user must be told (locked, damaged, a failed backup or open):
    it is in the report. A missing database is not an error either: the caller creates one.
    """
    report = StartReport(data_dir)
    if exclusive:
        lock = WorkspaceLock(data_dir, user)
        try:
            lock.acquire()
        except WorkspaceLockedError as error:
            report.refused, report.locked_by = error, read_holder(data_dir)
            return report
        except GreenDeskError as error:  # e.g. a read-only folder
            report.refused = error
            return report
        report.lock = lock
    try:
        _recover(report.data_dir, report.lock)
        _check(report)
        if report.damaged is None and report.error is None:
            _open(report, user)
    except BaseException:
        report.close()
        raise
    return report


def restore_offered(report: StartReport, user: str | None = None) -> RestoreResult:
    """The user chose to restore the backup offered after damage: restore it, then open the workspace.

    Raises the BackupError of a restore that failed; the database then stays missing.
    """
    offered = report.damaged.backup if report.damaged else None
    if offered is None:
        raise ValueError("no backup was offered")
    result = restoring.restore(report.data_dir, offered.id)
    _open(report, user)
    return result


def continue_damaged(report: StartReport, user: str | None = None) -> None:
    """The user chose to go on with the database found behind its record, as it is (``can_continue``):
    it becomes the workspace again as a new line of history; the missing changes stay lost."""
    damaged = report.damaged
    if damaged is None or not damaged.can_continue or damaged.set_aside is None:
        raise ValueError("the damaged database cannot be taken back")
    restoring.take_back(report.data_dir, damaged.set_aside)
    _open(report, user)


def _recover(data_dir: Path, lock: WorkspaceLock | None) -> None:
    """Finish what a crash interrupted (a restore), under the lock: ours, or taken for a moment when
    nobody holds the workspace (a command that only reads). When another GreenDesk holds it, that one
    has done so at its start."""
    if lock is not None:
        restoring.finish_interrupted(data_dir)
        return
    if not restoring.interrupted(data_dir):  # the usual start: do not contend for the lock
        return
    try:
        with WorkspaceLock(data_dir):
            restoring.finish_interrupted(data_dir)
    except GreenDeskError:  # held by another GreenDesk, or a read-only folder: nothing to take over
        return


def _check(report: StartReport) -> None:
    """Quick check (damaged file moved aside), the once-a-day backup, the location warning."""
    try:
        report.damaged = health.check_on_start(report.data_dir)
    except GreenDeskError as error:  # busy or unreadable: not damaged, but not safe to open either
        report.error = error
        return
    if report.damaged is None:
        if report.lock is not None:  # only while no other GreenDesk can be in the middle of an operation
            leftovers.remove_leftovers(report.data_dir)
        try:
            report.daily_backup = backup.ensure_daily_backup(report.data_dir)
        except GreenDeskError as error:
            report.backup_error = error
    report.location_warning = location_warning(report.data_dir)


def _open(report: StartReport, user: str | None) -> None:
    if not Workspace.exists(report.data_dir):
        return
    try:
        report.workspace = Workspace.open(report.data_dir)
    except GreenDeskError as error:
        report.error = error


def restore_in_workspace(workspace: Workspace, backup_id: str) -> RestoreResult:
    """An administrator replaces the open workspace's database with a backup (the GUI's and CLI's restore).

    The current database is kept in set-aside/, never deleted; the handle reconnects to the restored file
    either way, so the caller keeps using the same Workspace (its actor must exist there to write).
    """
    accounts.require(workspace, ADMINISTRATOR)
    workspace.engine.dispose()  # no open handles on the file about to be moved
    try:
        return restoring.restore(workspace.data_dir, backup_id)
    finally:
        workspace.reconnect()
