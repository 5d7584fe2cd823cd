"""The queue's context menu and batch actions, its Excel export and the empty-queue guidance."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from accounts_support import TEST_PASSWORD
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox
from review_support import recommend, small_workspace

from greendesk.core.base import clock
from greendesk.core.review import commands, rework_deadlines
from greendesk.core.review.vocabulary import PASS, PASSED, SIGNED_OFF
from greendesk.core.workspace import Workspace
from greendesk.ui.common.deadline_dialog import DeadlineDialog
from greendesk.ui.context import UiContext
from greendesk.ui.screens.review_queue import ReviewQueueScreen


@pytest.fixture
def ws(data_dir: Path) -> Workspace:
    workspace = small_workspace(data_dir)
    yield workspace
    workspace.close()


@pytest.fixture
def summaries(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    return shown


def _select_all(queue: ReviewQueueScreen) -> None:
    selection = queue.table.selectionModel()
    for row in range(queue.proxy.rowCount()):
        selection.select(queue.proxy.index(row, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)


def test_batch_finish_and_sign_off_with_one_summary(qtbot, ws: Workspace, summaries: list[str]) -> None:
    codes = [recommend(ws, code) for code in ("110105001001", "110105001002", "110105001003")]
    for code in codes[:2]:
        for number in range(1, 17):
            commands.decide(ws, code, number, PASS)
    queue = ReviewQueueScreen(UiContext(ws))
    qtbot.addWidget(queue)
    _select_all(queue)
    assert len(queue.selected_rows()) == 3
    menu = queue.context_menu()
    assert any("(3)" in action.text() for action in menu.actions())
    queue.finish_selected()
    assert summaries[-1].startswith("2 done, 1 refused:") and "110105001003" in summaries[-1]
    assert [row.status for row in queue.model._rows[:2]] == [PASSED, PASSED]

    _select_all(queue)
    dialog = queue.sign_off_dialog()
    qtbot.addWidget(dialog)
    dialog.password.setText("wrong password")
    dialog.accept()
    assert dialog.error.text() and len(summaries) == 1  # a wrong password runs nothing
    dialog.password.setText(TEST_PASSWORD)
    dialog.accept()
    assert summaries[-1].startswith("2 done, 1 refused:")
    assert [row.status for row in queue.model._rows][:2] == [SIGNED_OFF, SIGNED_OFF]


def test_queue_exports_as_shown(qtbot, ws: Workspace, tmp_path: Path) -> None:
    recommend(ws, "110105001001")
    recommend(ws, "110105001002")
    queue = ReviewQueueScreen(UiContext(ws))
    qtbot.addWidget(queue)
    queue.search.setText("花园")
    assert queue.export_to(tmp_path / "queue.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "queue.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Code", "Community", "Street")
    assert [row[0] for row in rows[1:]] == ["110105001002"]


def test_an_empty_queue_says_what_to_do_first(qtbot, ws: Workspace, monkeypatch) -> None:
    queue = ReviewQueueScreen(UiContext(ws))
    qtbot.addWidget(queue)
    queue.resize(1366, 768)
    queue.show()
    assert queue.import_button.isVisible() and queue.empty_note.isVisible() and not queue.table.isVisible()
    queue.grab().save("/tmp/h18b_queue_empty.png")
    with qtbot.waitSignal(queue.import_requested, timeout=1000):
        queue.import_button.click()
    recommend(ws, "110105001001")
    from greendesk.ui.context import TOPIC_RECOMMENDATIONS

    queue.context.notify(TOPIC_RECOMMENDATIONS)
    assert not queue.import_button.isVisible() and queue.table.isVisible()
    queue.grab().save("/tmp/h18b_queue.png")


def test_rework_deadline_from_the_queue(qtbot, ws: Workspace, summaries: list[str]) -> None:
    """Set for several at once: the returned ones get it, the core refuses the others, the queue shows it."""
    returned, untouched = recommend(ws, "110105001001"), recommend(ws, "110105001002")
    commands.decide(ws, returned, 1, "more", "缺少照片")
    commands.return_for_rework(ws, returned)
    queue = ReviewQueueScreen(UiContext(ws))
    qtbot.addWidget(queue)
    _select_all(queue)
    assert any("Set rework deadline (2)" in action.text() for action in queue.context_menu().actions())
    dialog = DeadlineDialog(queue.selected_rows())
    qtbot.addWidget(dialog)
    due = clock.today() + timedelta(days=20)
    dialog.day.setDate(due)
    queue.set_deadline_selected(dialog.due_on())
    assert summaries[-1].startswith("1 done, 1 refused:") and untouched in summaries[-1]
    assert rework_deadlines.current_deadline(ws, returned) == due
    by_code = {row.code: row for row in queue.model._rows}
    assert by_code[returned].rework_due == due and by_code[untouched].rework_due is None
    assert DeadlineDialog([by_code[returned]]).due_on() == due  # the recorded day is offered again
