"""The backups dialog and the damaged-database question (pytest-qt, offscreen)."""

from __future__ import annotations

from datetime import datetime

import pytest

from greendesk.core.base import clock
from greendesk.core.registry import roster
from greendesk.core.safety import backup, health, startup
from greendesk.core.workspace import Workspace
from greendesk.ui.context import UiContext
from greendesk.ui.screens.backup_dialog import BackupsDialog, DamagedDatabaseDialog, ask_restore_after_damage
from tests.test_backup import corrupt


@pytest.fixture(autouse=True)
def _release_clock():
    yield
    clock.freeze(None)


@pytest.fixture
def dialog(qtbot, chaoyang: Workspace) -> BackupsDialog:
    clock.freeze(datetime(2026, 11, 20, 9, 30, 5))
    backup.ensure_daily_backup(chaoyang.data_dir)
    clock.freeze(datetime(2026, 11, 24, 16, 2, 0))
    backup.create_backup(chaoyang.data_dir, "import")
    clock.freeze(None)
    context = UiContext(chaoyang)
    widget = BackupsDialog(context)
    qtbot.addWidget(widget)
    return widget


def test_lists_backups_with_dates_and_reasons(dialog: BackupsDialog) -> None:
    model = dialog.model
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "2026-11-24 16:02:00"
    assert model.index(0, 1).data() == "before an import"
    assert model.index(1, 1).data() == "daily"
    assert model.index(0, 4).data() == "verified"
    assert dialog.selected_backup() is not None and dialog.restore_button.isEnabled()


def test_back_up_now_adds_a_verified_backup(qtbot, dialog: BackupsDialog) -> None:
    messages: list[str] = []
    dialog.context.status_message.connect(messages.append)
    dialog.back_up_now()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=10000)
    assert dialog.model.backups[0].reason == "manual"
    assert messages and "verified" in messages[0]


def test_restore_asks_first_and_keeps_the_old_database(qtbot, dialog: BackupsDialog, monkeypatch) -> None:
    workspace = dialog.context.workspace
    code = roster.list_communities(workspace)[0].code
    original = roster.get_community(workspace, code).households
    roster.update_community(workspace, code, households=31337)
    monkeypatch.setattr(dialog, "confirm", lambda _title, _text: False)
    assert dialog.restore_selected() is None
    assert roster.get_community(workspace, code).households == 31337

    topics: list[str] = []
    dialog.context.data_changed.connect(topics.append)
    monkeypatch.setattr(dialog, "confirm", lambda _title, _text: True)
    result = dialog.restore_selected()
    assert result is not None and result.set_aside is not None and result.set_aside.exists()
    assert roster.get_community(workspace, code).households == original  # same Workspace object, new data
    assert "registry" in topics and "restored" in dialog.status.text()


def test_damaged_database_dialog_offers_the_backup(qtbot, chaoyang: Workspace, monkeypatch) -> None:
    saved = backup.create_backup(chaoyang.data_dir)
    chaoyang.close()
    corrupt(chaoyang.db_path)
    report = startup.open_safely(chaoyang.data_dir, exclusive=False)
    assert report.damaged is not None and report.workspace is None
    dialog = DamagedDatabaseDialog(report.damaged)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is not None
    assert saved.created_at.strftime("%Y-%m-%d %H:%M") in dialog.restore_button.text()

    monkeypatch.setattr(DamagedDatabaseDialog, "exec", lambda self: DamagedDatabaseDialog.DialogCode.Accepted)
    result = ask_restore_after_damage(report)
    assert result is not None and result.backup.id == saved.id
    assert report.workspace is not None  # opened after the restore
    report.close()
    assert health.check_on_start(chaoyang.data_dir) is None


def test_declining_restores_nothing(qtbot, chaoyang: Workspace, monkeypatch) -> None:
    backup.create_backup(chaoyang.data_dir)
    chaoyang.close()
    corrupt(chaoyang.db_path)
    report = startup.open_safely(chaoyang.data_dir, exclusive=False)
    monkeypatch.setattr(DamagedDatabaseDialog, "exec", lambda self: DamagedDatabaseDialog.DialogCode.Rejected)
    assert ask_restore_after_damage(report) is None
    assert report.damaged is not None and report.damaged.set_aside.exists()
    # No new empty workspace over it: the backup is offered again at the next start.
    assert not chaoyang.db_path.exists() and not report.missing
    again = startup.open_safely(chaoyang.data_dir, exclusive=False)
    assert again.damaged is not None and again.damaged.kind == health.MISSING and again.damaged.backup


def test_prepare_start_takes_the_lock_and_makes_the_daily_backup(
    qtbot, workspace: Workspace, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from greendesk.ui.screens.backup_dialog import prepare_start

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    held = prepare_start(workspace.data_dir)
    assert held.refused is None and held.lock is not None and held.lock.held and shown == []
    assert held.workspace is not None and held.workspace.district.code == "110105"
    assert [b.reason for b in backup.list_backups(workspace.data_dir)] == ["daily"]
    refused = prepare_start(workspace.data_dir)  # a second window on the same workspace
    assert refused.refused is not None and refused.lock is None and refused.workspace is None
    assert "already open" in shown[0]
    held.close()
    assert not held.lock.held


def test_prepare_start_offers_restore_of_a_damaged_database(qtbot, chaoyang: Workspace, monkeypatch) -> None:
    from greendesk.ui.screens.backup_dialog import prepare_start

    saved = backup.create_backup(chaoyang.data_dir)
    chaoyang.close()
    corrupt(chaoyang.db_path)
    monkeypatch.setattr(DamagedDatabaseDialog, "exec", lambda self: DamagedDatabaseDialog.DialogCode.Accepted)
    held = prepare_start(chaoyang.data_dir)
    assert held.refused is None and held.workspace is not None  # restored, then opened
    held.close()
    assert backup.integrity_check(chaoyang.db_path) == "ok"
    assert saved.id in {b.id for b in backup.list_backups(chaoyang.data_dir)}


def test_check_dialog_lists_problems(qtbot, chaoyang: Workspace) -> None:
    import sqlite3

    from greendesk.ui.screens.backup_dialog import WorkspaceCheckDialog

    dialog = WorkspaceCheckDialog(UiContext(chaoyang))
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert dialog.report.ok and dialog.findings.count() == 0 and "No problems" in dialog.panel.status.text()

    with sqlite3.connect(chaoyang.db_path) as connection:
        connection.execute("UPDATE audit_entry SET user = 'someone' WHERE id = 1")
    dialog.report = None
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert dialog.findings.count() == 1 and "entry 1 was edited" in dialog.findings.item(0).text()
    assert dialog.start_button.isEnabled() and not dialog.panel.cancel_button.isEnabled()
