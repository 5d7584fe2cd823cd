"""The standard editor in the GUI: copy the example into a local edition, edit an item's points and
a rule, see the problem listed with its field, fix it, save version 2, and read the diff tab."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from greendesk.core import accounts
from greendesk.core.standards import editing, library
from greendesk.core.workspace import Workspace
from greendesk.ui.common import screen_fit
from greendesk.ui.common.screen_fit import FRAME_ALLOWANCE, SMALL_SCREEN
from greendesk.ui.context import UiContext
from greendesk.ui.screens.standard_screen import StandardScreen
from greendesk.ui.standards_editor.editor import StandardsEditor

SHOTS = os.environ.get("GREENDESK_EDITOR_SHOTS")  # a folder: the test also grabs its screenshots there


def _screen(qtbot, workspace: Workspace) -> StandardScreen:
    screen = StandardScreen(UiContext(workspace))
    qtbot.addWidget(screen)
    screen.picker.setCurrentIndex(screen.picker.findData("example-national-100"))
    assert screen.current is not None and screen.current.id == "example-national-100"
    return screen


def _copy(qtbot, screen: StandardScreen) -> StandardsEditor:
    assert screen.copy_button.isEnabled() and not screen.edit_button.isEnabled()  # shipped: copy, not edit
    dialog = screen.copy_standard()
    assert dialog is not None and dialog.id_edit.text() == "example-national-100-local"
    dialog.id_edit.setText("qingyuan-2026")
    dialog.accept()
    editor = screen.editor
    assert editor is not None
    assert (
        screen.current is not None and screen.current.id == "qingyuan-2026" and screen.edit_button.isEnabled()
    )
    return editor


def _shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()
        widget.grab().save(str(Path(SHOTS) / name))


def test_edit_validate_fix_save_and_diff(qtbot, workspace: Workspace) -> None:
    screen = _screen(qtbot, workspace)
    editor = _copy(qtbot, screen)
    folder = workspace.standards_dir
    assert sorted(p.name for p in folder.iterdir()) == ["qingyuan-2026.v1.json"]
    screen.show()
    editor.resize(1366 - 16, 768 - 40 - 40)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.save_button.isEnabled() and editor.problems == ()
    # item 2 holds three rules: select it, give it 7 points and make a rule deduct 9 of them
    editor.select(("item", 2))
    form = editor.item_form
    assert form.number == 2 and form.rules.table.rowCount() == 3
    form.points.setValue(7)
    form.rules.table.setCurrentCell(1, 0)
    assert form.rules.current_rule()["id"] == "plan"
    form.rules.value_widgets["points"].setValue(9)
    _shot(editor, "editor-item-with-rules.png")
    editor.refresh()
    fields = {p.field: p for p in editor.problems}
    assert set(fields) == {"max_points", "items[1].scoring[1].points"}
    assert not editor.save_button.isEnabled() and editor.reason.text()
    assert editor.problem_list.count() == 2
    texts = [editor.problem_list.item(i).text() for i in range(2)]
    assert any(
        text.startswith("items[1].scoring[1].points:") and "between 0 and 7" in text for text in texts
    ), texts
    # clicking the rule's problem selects item 2 and that rule again
    editor.select(("item", 1))
    row = next(i for i in range(2) if texts[i].startswith("items[1]"))
    editor._go_to_problem(editor.problem_list.item(row))
    assert editor.current_key() == ("item", 2) and form.rules.table.currentRow() == 1
    _shot(editor, "editor-validation-error.png")
    # fix: the rule deducts 2 again, item 6 gives up the point item 2 gained
    form.rules.value_widgets["points"].setValue(2)
    editor.select(("item", 6))
    form.points.setValue(4)
    editor.refresh()
    assert editor.problems == () and editor.save_button.isEnabled()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClick(editor.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # 保存新版本 (Ctrl+S)
    assert sorted(p.name for p in folder.iterdir()) == ["qingyuan-2026.v1.json", "qingyuan-2026.v2.json"]
    saved = json.loads((folder / "qingyuan-2026.v2.json").read_text(encoding="utf-8"))
    assert saved["version"] == 2 and saved["items"][1]["points"] == 7 and saved["items"][5]["points"] == 4
    assert not editor.has_unsaved_changes()
    assert screen.current is not None and screen.current.version == 2  # the screen shows the newest version
    # the diff tab lists the changes against the parent
    editor.tabs.setCurrentWidget(editor.diff_view)
    rows = editor.diff_view.rows()
    assert ["changed", "Item 2", "points", "6", "7"] in rows, rows
    assert ["changed", "Item 6", "points", "5", "4"] in rows
    assert "example-national-100" in editor.diff_view.summary.text()
    _shot(editor, "editor-diff.png")


def test_the_tree_and_rules_are_edited_and_closing_asks_first(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = _screen(qtbot, workspace)
    editor = _copy(qtbot, screen)
    editor.select(("item", 16))
    editor._add_item()
    assert editor.current_key() == ("item", 17) and editor.doc["items"][-1]["category"] == "culture"
    form = editor.item_form
    form.rules.new_kind.setCurrentIndex(form.rules.new_kind.findData("deduct_per_missing"))
    form.rules.add_button.click()
    # the kind's own fields come from the core: points each and the sub-points
    assert set(form.rules.value_widgets) == {"points_each", "sub_points"}
    form.rules.kind.setCurrentIndex(form.rules.kind.findData("bonus_per_unit"))
    form.rules.kind.activated.emit(
        form.rules.kind.currentIndex()
    )  # the row stays, its fields follow the kind
    assert set(form.rules.value_widgets) == {"points_each", "cap"}
    form.rules.kind.setCurrentIndex(form.rules.kind.findData("deduct_per_missing"))
    form.rules.kind.activated.emit(form.rules.kind.currentIndex())
    assert set(form.rules.value_widgets) == {"points_each", "sub_points"}
    editor.select(("item", 1))  # row 0 of item 1's rules: its own fields, not the last item's
    assert form.rules.rule_id.text() == "mechanism" and set(form.rules.value_widgets) == {"points"}
    editor.select(("item", 17))

    def item_17() -> list[str]:
        editor.refresh()
        return [p.field for p in editor.problems if p.item == 17]

    assert item_17() == ["items[16].scoring[0].label"]  # a new rule's text is still empty
    form.rules.label.setText("缺一项")
    form.rules.label.textEdited.emit("缺一项")
    assert item_17() == ["items[16].scoring[0].points_each"]  # 1 point each of an item of 0 points
    form.points.setValue(4)
    assert item_17() == ["items[16].scoring[0].sub_points"]
    assert "max_points" in {p.field for p in editor.problems}  # 104 points now
    form.rules.value_widgets["sub_points"].setPlainText("①台账\n②制度")
    assert item_17() == []
    assert editor.doc["items"][-1]["scoring"][0]["sub_points"] == ["①台账", "②制度"]
    editor._remove()  # item 17 goes again
    editor.refresh()
    assert editor.problems == () and editor.has_unsaved_changes() is False
    form.department.setText("区文明办")
    form.department.textEdited.emit("区文明办")
    asked: list[bool] = []

    def answer(*_args) -> QMessageBox.StandardButton:
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(editor, "ask_unsaved", answer)
    editor.show()
    editor.reject()
    assert asked and editor.isVisible()  # Cancel: the editor stays with its changes
    assert not screen.may_leave() and len(asked) == 2  # the main window closing asks the same
    monkeypatch.setattr(editor, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    editor.reject()
    assert not editor.isVisible()
    assert sorted(p.name for p in workspace.standards_dir.iterdir()) == ["qingyuan-2026.v1.json"]


def test_only_an_administrator_saves(qtbot, workspace: Workspace) -> None:
    example = editing.create_edition(workspace, library.get_standard("example-national-100"), "qy", None)
    accounts.create_user(workspace, "li", ["reviewer"], "reviewer-pass-1")
    accounts.sign_in(workspace, "li", "reviewer-pass-1")
    screen = StandardScreen(UiContext(workspace))
    qtbot.addWidget(screen)
    screen.picker.setCurrentIndex(screen.picker.findData("qy"))
    assert not screen.copy_button.isEnabled() and "administrator" in screen.copy_button.toolTip()
    editor = screen.edit_standard()
    assert editor is not None
    assert editor.problems == () and not editor.save_button.isEnabled()
    assert "administrator" in editor.reason.text() and "li" in editor.reason.text()
    assert example.version == 1


def test_the_editor_fits_a_1366_by_768_laptop(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = QSize(
        SMALL_SCREEN.width() - FRAME_ALLOWANCE.width(), SMALL_SCREEN.height() - FRAME_ALLOWANCE.height()
    )
    monkeypatch.setattr(screen_fit, "available_size", lambda _widget: QSize(room))
    screen = _screen(qtbot, workspace)
    editor = _copy(qtbot, screen)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.width() <= room.width() and editor.height() <= room.height()
    hint = editor.minimumSizeHint()
    assert hint.width() <= room.width() and hint.height() <= room.height()
    # Enter in a field adds nothing: no button of the editor is a default button
    categories = len(editor.doc["categories"])
    qtbot.keyClick(editor.item_form.department, Qt.Key.Key_Return)
    assert len(editor.doc["categories"]) == categories and editor.isVisible()
    # every control of the form is reachable by Tab (none refuses the focus)
    for widget in (editor.tree, editor.item_form.text, editor.item_form.points, editor.item_form.rules.table):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
