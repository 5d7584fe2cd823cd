"""The safe start as one core use case (startup.open_safely), which the app and the CLI present."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from greendesk.core.safety import backup, lock, startup
from greendesk.core.storage import db
from greendesk.core.workspace import Workspace
from tests.test_backup import corrupt


def test_exclusive_start_locks_backs_up_and_opens(workspace: Workspace) -> None:
    workspace.close()
    report = startup.open_safely(workspace.data_dir)
    try:
        assert report.lock is not None and report.lock.held
        assert report.workspace is not None and report.workspace.district.code == "110105"
        assert report.daily_backup is not None and report.error is None and not report.missing
        second = startup.open_safely(workspace.data_dir)  # another window on the same folder
        assert second.refused is not None and "already open" in second.refused.render("en")
        assert second.locked_by == report.lock.holder and second.workspace is None
        assert len(backup.list_backups(workspace.data_dir)) == 1  # the refused start did nothing
    finally:
        report.close()
    assert lock.read_holder(workspace.data_dir) is None and report.workspace is None


def test_a_command_does_not_take_the_lock(workspace: Workspace) -> None:
    with lock.WorkspaceLock(workspace.data_dir):  # the app is open
        report = startup.open_safely(workspace.data_dir, exclusive=False)
        assert report.lock is None and report.workspace is not None
        assert report.workspace.actor is None  # opened for reading: writes need a sign-in
        report.close()
        assert lock.read_holder(workspace.data_dir) is not None  # the app's lock is untouched


def test_first_start_reports_missing_and_keeps_the_lock(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    report = startup.open_safely(folder)
    assert report.missing and report.workspace is None and report.error is None
    assert report.lock is not None and report.lock.held  # the first-run dialog creates under it
    report.close()


def test_damaged_start_sets_aside_offers_and_restores_under_the_same_lock(chaoyang: Workspace) -> None:
    saved = backup.create_backup(chaoyang.data_dir)
    chaoyang.close()
    corrupt(chaoyang.db_path)
    report = startup.open_safely(chaoyang.data_dir)
    assert report.damaged is not None and report.damaged.backup is not None
    assert report.damaged.backup.id == saved.id and report.workspace is None
    assert report.daily_backup is None  # a damaged file is never backed up as "daily"
    result = startup.restore_offered(report)
    assert result.backup.id == saved.id and report.workspace is not None
    assert report.lock is not None and report.lock.held
    report.close()


def test_a_file_from_a_newer_version_is_reported_not_raised(workspace: Workspace) -> None:
    workspace.close()
    with sqlite3.connect(workspace.db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    report = startup.open_safely(workspace.data_dir)
    assert report.workspace is None and report.error is not None
    assert "newer version" in report.error.render("en") and not report.missing
    report.close()
    assert lock.read_holder(workspace.data_dir) is None


def test_an_older_schema_is_backed_up_before_the_start_migrates_it(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.close()
    monkeypatch.setattr(db, "head_revision", lambda: "9999_pretend_newer")  # the file is now "older"
    monkeypatch.setattr("alembic.command.upgrade", lambda config, target: None)
    report = startup.open_safely(workspace.data_dir, exclusive=False)
    assert report.workspace is not None
    reasons = [info.reason for info in backup.list_backups(workspace.data_dir)]
    assert report.daily_backup is not None and "pre-migration" in reasons
    report.close()
