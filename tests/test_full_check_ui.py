"""The full check in the GUI: in the background after start, problems warned about, information not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from review_support import jpeg

from greendesk.core.registry import roster
from greendesk.core.safety import backup, restoring
from greendesk.core.storage import photos
from greendesk.core.workspace import Workspace
from greendesk.ui.context import UiContext
from tests.accounts_support import reopen


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(_parent, _title, text, *_args, **_kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def _window(qtbot, workspace: Workspace):
    from greendesk.ui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    return window


def test_the_background_check_runs_after_start_and_warns_only_about_problems(
    qtbot, chaoyang: Workspace, warnings: list[str]
) -> None:
    window = _window(qtbot, chaoyang)
    with qtbot.waitSignal(window.background_check_done, timeout=20000) as done:
        window.start_background_check()
        assert window.check_progress.isVisibleTo(window)  # progress in the status bar meanwhile
        assert chaoyang.transaction  # the window stays usable: nothing waits for the check
    assert done.args[0].ok and warnings == []
    assert not window.check_progress.isVisibleTo(window)
    assert "no problems" in window.statusBar().currentMessage()

    stray = chaoyang.photos_dir / "ab" / f"{'ab' * 32}.jpg"
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(jpeg())
    with qtbot.waitSignal(window.background_check_done, timeout=20000) as done:
        window.start_background_check()
    assert not done.args[0].ok
    assert len(warnings) == 1 and "found 1 problem" in warnings[0]  # a Qt plural ("1 problem")


def test_information_is_no_warning(qtbot, chaoyang: Workspace, warnings: list[str]) -> None:
    """Files a backup still references (after a restore to an older backup) are said, not warned about."""
    older = backup.create_backup(chaoyang.data_dir)
    with chaoyang.transaction() as session:
        photos.store(session, chaoyang.photos_dir, jpeg((1, 200, 3)), "later.jpg")
    backup.create_backup(chaoyang.data_dir)
    folder = chaoyang.data_dir
    chaoyang.close()
    restoring.restore(folder, older.id)
    workspace = reopen(folder)
    try:
        window = _window(qtbot, workspace)
        with qtbot.waitSignal(window.background_check_done, timeout=20000) as done:
            window.start_background_check()
        report = done.args[0]
        assert report.kept_from_later and report.extra_files == [] and warnings == []

        from greendesk.ui.screens.backup_dialog import WorkspaceCheckDialog

        dialog = WorkspaceCheckDialog(UiContext(workspace))
        qtbot.addWidget(dialog)
        dialog.show_report(report)
        texts = [dialog.findings.item(row).text() for row in range(dialog.findings.count())]
        assert any(text.startswith("Information:") and "kept from a later state" in text for text in texts)
        dialog.show()
        dialog.grab().save(str(Path(workspace.data_dir).parent / "check-dialog.png"))
    finally:
        workspace.close()


def test_damaged_text_shows_a_message_instead_of_the_screen(qtbot, chaoyang: Workspace) -> None:
    roster.update_community(chaoyang, roster.list_communities(chaoyang)[0].code, households=10)
    with sqlite3.connect(chaoyang.db_path) as connection:
        connection.execute("UPDATE community SET name = CAST(x'ff' AS TEXT) WHERE id = 7")
    window = _window(qtbot, chaoyang)
    window.show_screen("registry")
    screen = window.stack.currentWidget()
    assert isinstance(screen, QLabel) and screen.objectName() == "screenUnavailable"
    assert "table community, row id 7, column name" in screen.text()
