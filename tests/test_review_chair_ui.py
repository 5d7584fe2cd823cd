"""Issue 18 in the review screen: undo, guard rails with a confirmation, notes, navigation, history."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from review_support import recommend, small_workspace
from review_ui_support import shown_review_screen

from greendesk.core.review import commands, notes, views
from greendesk.core.review.vocabulary import FAIL, PASS, RETURNED, UNDER_REVIEW
from greendesk.core.workspace import Workspace
from greendesk.ui.screens.review.dialogs import HistoryDialog
from greendesk.ui.screens.review.screen import ReviewScreen

Button = QMessageBox.StandardButton


@pytest.fixture
def ws(data_dir: Path):
    workspace = small_workspace(data_dir)
    for code in ("110105001001", "110105001002", "110105001003"):
        recommend(workspace, code)
    yield workspace
    workspace.close()


@pytest.fixture
def screen(qtbot, ws: Workspace) -> ReviewScreen:
    return shown_review_screen(qtbot, ws)


class Questions:
    """QMessageBox.question replaced: records each question and gives the prepared answer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: Button) -> None:
        self.asked: list[str] = []
        self.answer = answer
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _question(self, _parent, _title: str, text: str, *_args) -> Button:
        self.asked.append(text)
        return self.answer


def test_ctrl_z_undoes_the_last_decision(qtbot, ws: Workspace, screen: ReviewScreen) -> None:
    code = "110105001001"
    screen.load(code)
    qtbot.keyClick(screen.view.items_list, Qt.Key_1)
    qtbot.keyClick(screen.view.items_list, Qt.Key_1)
    assert views.show(ws, code).decided == 2
    qtbot.keyClick(screen.view.items_list, Qt.Key_Z, Qt.ControlModifier)
    review = views.show(ws, code)
    assert (review.decided, review.item(1).outcome, review.item(4).outcome) == (1, PASS, None)
    assert "1/16" in screen.view.header.text()
    assert "Ctrl+Z" in screen.view.undo_button.text()


def test_fail_without_comment_is_refused_inline(qtbot, ws: Workspace, screen: ReviewScreen) -> None:
    code = "110105001001"
    screen.load(code)
    qtbot.keyClick(screen.view.items_list, Qt.Key_2)
    assert views.show(ws, code).item(1).outcome is None
    assert "Item 1" in screen.view.error_label.text() and "comment" in screen.view.error_label.text()
    assert screen.view.comment.hasFocus()  # straight to where the comment goes


def test_a_pass_without_evidence_warns_on_screen(qtbot, ws: Workspace, screen: ReviewScreen) -> None:
    screen.load("110105001001")
    qtbot.keyClick(screen.view.items_list, Qt.Key_1)
    assert "Item 1 is marked as met, but it has no evidence attached." in screen.view.error_label.text()


def _decide_all(ws: Workspace, code: str, failing: int) -> None:
    for number in range(1, 17):
        commands.decide(
            ws, code, number, FAIL if number == failing else PASS, "缺" if number == failing else ""
        )


@pytest.mark.parametrize("answer", [Button.Cancel, Button.Yes])
def test_return_asks_first_and_says_what_will_happen(
    qtbot, ws: Workspace, screen: ReviewScreen, monkeypatch: pytest.MonkeyPatch, answer: Button
) -> None:
    code = "110105001001"
    _decide_all(ws, code, failing=7)
    screen.load(code)
    questions = Questions(monkeypatch, answer)
    qtbot.mouseClick(screen.view.return_button, Qt.LeftButton)
    assert questions.asked and "Return for rework: 1 item(s) (items 7)" in questions.asked[0]
    expected = RETURNED if answer == Button.Yes else UNDER_REVIEW
    assert views.show(ws, code).status == expected


def test_finish_asks_before_acting(qtbot, ws: Workspace, screen, monkeypatch) -> None:
    code = "110105001001"
    _decide_all(ws, code, failing=0)
    screen.load(code)
    questions = Questions(monkeypatch, Button.Cancel)
    screen.view.finish_button.click()
    assert "meets the standard" in questions.asked[0]
    assert views.show(ws, code).status == UNDER_REVIEW


def test_next_undecided_and_next_community(qtbot, ws: Workspace, screen: ReviewScreen) -> None:
    code = "110105001001"
    commands.decide(ws, code, 4, PASS)
    commands.decide(ws, code, 5, PASS)
    screen.load(code)
    assert screen.controller.current_item() == 1
    screen.select_item(3)
    qtbot.keyClick(screen.view.items_list, Qt.Key_N)
    assert screen.controller.current_item() == 6  # 4 and 5 are decided
    qtbot.keyClick(screen.view.items_list, Qt.Key_PageDown, Qt.ControlModifier)
    assert screen.controller.code == "110105001002"
    screen.view.next_community_button.click()
    assert screen.controller.code == "110105001003"
    screen.view.next_community_button.click()  # the end of the queue: stays
    assert screen.controller.code == "110105001003"
    qtbot.keyClick(screen.view.items_list, Qt.Key_PageUp, Qt.ControlModifier)
    assert screen.controller.code == "110105001002"


def test_notes_box_saves_and_loads(qtbot, ws: Workspace, screen: ReviewScreen, tmp_path: Path) -> None:
    code = "110105001001"
    screen.load(code)
    screen.view.notes.setPlainText("街道说下周补照片")
    screen.view.save_notes_button.click()
    assert notes.note(ws, code).text == "街道说下周补照片"
    screen.load("110105001002")
    assert screen.view.notes.toPlainText() == ""
    screen.load(code)
    assert screen.view.notes.toPlainText() == "街道说下周补照片"
    screen.grab().save(str(tmp_path / "review-1366x768.png"))


def test_history_dialog_shows_sentences(qtbot, ws: Workspace, screen: ReviewScreen) -> None:
    code = "110105001001"
    commands.decide(ws, code, 12, FAIL, "覆盖不足")
    screen.load(code)
    screen.view.history_button.click()
    dialog = screen.view.findChild(HistoryDialog)
    text = dialog.text.toPlainText()
    assert "changed item 12 from “not decided” to “Does not meet”: 覆盖不足" in text
    assert "review.decide" not in text
    dialog.close()
