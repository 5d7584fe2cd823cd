"""The 专家评审 screen: a panel created, three experts added, assigned in the matrix and the side list,
scores recorded through the core, the merge view's numbers, and a flagged row confirmed with a reason.
Screenshots of the 分配 and 汇总 tabs at 1366 × 768 go to /work/tools/shots/h20panel when that folder exists."""

from __future__ import annotations

from pathlib import Path

import pytest
from panel_support import CODES, STANDARD, YEAR, panel_workspace, score_everything
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from greendesk.core.panel import panels
from greendesk.core.workspace import Workspace
from greendesk.ui import app as ui_app
from greendesk.ui.main_window import MainWindow
from greendesk.ui.screens.panel.dialogs import AddExpertDialog, ConfirmDialog, NewPanelDialog
from greendesk.ui.screens.panel.merge_tab import FLAGGED_BACKGROUND, MergeTab
from greendesk.ui.screens.panel.screen import PanelScreen

SHOTS = Path("/work/tools/shots/h20panel")
CODE = CODES[0]
# Item 1 (6 points): E01 full marks 6, E02 records incomplete 6-2 = 4, E03 no mechanism 6-4-1 = 1.
CHANGES = {
    "E02": {1: {"rules": {"mechanism": True, "records": 2}}},
    "E03": {
        1: {"rules": {"mechanism": False, "records": 1}},
        2: {"rules": {"platform": True, "plan": True, "plan_incomplete": False}},
    },
}


@pytest.fixture
def ws(data_dir: Path) -> Workspace:
    workspace = panel_workspace(data_dir)
    yield workspace
    workspace.close()


@pytest.fixture
def cjk_font(qapp: QApplication):
    """The app's CJK interface font, for the Chinese names in the screenshots (the interface stays
    English: the new strings' Chinese is compiled into the .qm files only at the merge)."""
    font = qapp.font()
    ui_app._ensure_cjk_font(qapp)
    yield
    qapp.setFont(font)


def _screen(qtbot, ws: Workspace) -> tuple[MainWindow, PanelScreen]:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(QSize(1366, 728))
    window.show()
    qtbot.waitExposed(window)
    screen = window.show_screen("panel")
    assert isinstance(screen, PanelScreen)
    return window, screen


def _answer(monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog], fill) -> None:
    def run(dialog: QDialog) -> int:
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", run)


def _build(qtbot, monkeypatch: pytest.MonkeyPatch, ws: Workspace) -> tuple[MainWindow, PanelScreen]:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    window, screen = _screen(qtbot, ws)
    screen.year.setValue(YEAR)
    assert screen.panel_list.count() == 0 and not screen.tabs.isEnabled()

    def new_panel(dialog: NewPanelDialog) -> None:
        dialog.name.setText("第一评审组")
        dialog.standard.setCurrentIndex(dialog.standard.findData(STANDARD))

    _answer(monkeypatch, NewPanelDialog, new_panel)
    screen.new_button.click()
    assert screen.panel_list.count() == 1 and screen.title.text() == "第一评审组" and screen.tabs.isEnabled()

    for account in ("wang", "li", None):

        def add(dialog: AddExpertDialog, account=account) -> None:
            if account is None:
                dialog.external.setChecked(True)
                dialog.name.setText("赵工")
            else:
                dialog.account.setCurrentIndex(dialog.account.findData(account))
            dialog.organisation.setText("区住建委" if account else "区园林绿化局")

        _answer(monkeypatch, AddExpertDialog, add)
        screen.experts_tab.add_button.click()
    table = screen.experts_tab.table
    keys = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert keys == ["E01", "E02", "E03"] and table.item(2, 3).text() == "external"
    assert not screen.experts_tab.warning.isVisible()  # three experts: no size warning
    assert warnings == []

    screen.tabs.setCurrentWidget(screen.assign_tab)
    matrix = screen.assign_tab.matrix
    assert (matrix.rowCount(), matrix.columnCount()) == (3, 3)
    for column in range(2):
        matrix.item(0, column).setCheckState(Qt.CheckState.Checked)  # all items of the first community
        QApplication.processEvents()
    matrix = screen.assign_tab.matrix
    matrix.setFocus()
    matrix.setCurrentCell(0, 2)
    qtbot.keyClick(matrix.viewport(), Qt.Key.Key_Space)  # by keyboard: E03 too
    qtbot.waitUntil(lambda: screen.assign_tab.matrix.item(0, 2).checkState() == Qt.CheckState.Checked)
    matrix = screen.assign_tab.matrix
    matrix.setCurrentCell(1, 2)  # E03 scores items 1 and 2 of the second
    side = screen.assign_tab
    side.none_button.click()
    for index in (0, 1):
        side.item_list.item(index).setCheckState(Qt.CheckState.Checked)
    side.save_button.click()
    QApplication.processEvents()
    info = panels.show_panel(ws, screen.current_panel())
    assert [info.assigned(key, CODE) for key in ("E01", "E02", "E03")] == [None, None, None]
    assert info.assigned("E03", CODES[1]) == (1, 2)
    assert screen.assign_tab.matrix.item(1, 2).checkState() == Qt.CheckState.PartiallyChecked
    return window, screen


def test_the_panel_screen_from_creation_to_a_confirmed_flagged_row(
    qtbot, monkeypatch: pytest.MonkeyPatch, ws: Workspace
) -> None:
    window, screen = _build(qtbot, monkeypatch, ws)
    score_everything(ws, screen.current_panel(), CODE, CHANGES)
    screen.reload()
    screen.tabs.setCurrentWidget(screen.merge_tab)
    merge = screen.merge_tab
    assert merge.community.currentData() == CODE
    grid = merge.grid
    headers = [grid.horizontalHeaderItem(c).text() for c in range(grid.columnCount())]
    assert headers[:8] == [
        "Item",
        "Points",
        "E01\n王专家",
        "E02\n李专家",
        "E03\n赵工",
        "Mean",
        "Spread",
        "Status",
    ]
    first = [grid.item(0, c).text() for c in range(1, 7)]
    assert first == ["6", "6", "4", "1", "3.67", "5"]
    assert grid.item(0, 7).text() == "Disagreement: spread 5 > 2" and not grid.item(0, 7).icon().isNull()
    assert grid.item(0, 3).background().color() == FLAGGED_BACKGROUND
    second = [grid.item(1, c).text() for c in range(2, 8)]
    assert second == ["6", "6", "5", "5.67", "1", "Agreed"] and grid.item(1, 7).icon().isNull()
    assert "flagged: 1" in merge.summary.text() and "Total 9" in merge.summary.text()

    def confirm(dialog: ConfirmDialog) -> None:
        assert abs(dialog.score.value() - 3.67) < 0.01  # the mean by default
        dialog.score.setValue(4)
        dialog.reason.setPlainText("E03 认为未建立机制；现场核验已建立")

    _answer(monkeypatch, ConfirmDialog, confirm)
    button = grid.cellWidget(0, grid.columnCount() - 1)
    assert isinstance(button, QPushButton) and button.isEnabled()
    button.click()
    grid = merge.grid
    assert grid.item(0, 7).text() == "Confirmed by tester" and grid.item(0, 8).text() == "4"
    assert grid.item(0, 3).background().color() != FLAGGED_BACKGROUND
    assert "flagged" not in merge.summary.text()

    monkeypatch.setattr(MergeTab, "ask", lambda self, text: True)
    merge.confirm_all_button.click()
    texts = [merge.grid.item(row, 7).text() for row in range(merge.grid.rowCount())]
    assert texts == ["Confirmed by tester"] * 16
    assert "passed (pass mark 70)" in merge.summary.text()
    window.close()


def test_screenshots_of_the_assignment_and_merge_tabs(
    qtbot, monkeypatch: pytest.MonkeyPatch, ws: Workspace, cjk_font
) -> None:
    window, screen = _build(qtbot, monkeypatch, ws)
    screen.assign_tab.matrix.setCurrentCell(1, 2)
    QApplication.processEvents()
    if SHOTS.is_dir():
        window.grab().save(str(SHOTS / "assign.png"))
        screen.tabs.setCurrentWidget(screen.experts_tab)
        QApplication.processEvents()
        window.grab().save(str(SHOTS / "experts.png"))
    score_everything(ws, screen.current_panel(), CODE, CHANGES)
    screen.reload()
    screen.tabs.setCurrentWidget(screen.merge_tab)
    screen.merge_tab.grid.setCurrentCell(1, 0)
    QApplication.processEvents()
    assert "Disagreement" in screen.merge_tab.grid.item(0, 7).text()
    if SHOTS.is_dir():
        window.grab().save(str(SHOTS / "merge.png"))
        community = screen.merge_tab.current()
        dialog = ConfirmDialog(ws, screen.current_panel(), CODE, community.name, community.items[0], window)
        dialog.reason.setPlainText("E03 认为未建立机制；现场核验已建立")
        _grab(qtbot, dialog, "confirm-dialog.png")
        _grab(qtbot, NewPanelDialog(ws, YEAR, window), "new-panel-dialog.png")
        _grab(qtbot, AddExpertDialog(ws, screen.current_panel(), window), "add-expert-dialog.png")
    window.close()


def _grab(qtbot, dialog: QDialog, name: str) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(SHOTS / name))
    dialog.close()
