"""Export what you see: the reports screen saves typed work-summary text with an export, and leaving
a report with unsaved text (another row, closing the window) asks Save / Discard / Cancel."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from progress_world import build_world
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from greendesk.core.base import clock, i18n
from greendesk.core.reports import labels, snapshots
from greendesk.core.storage.models import AuditEntry
from greendesk.core.workspace import Workspace
from greendesk.ui.context import UiContext
from greendesk.ui.screens.reports_screen import ReportsScreen

Button = QMessageBox.StandardButton
TYPED = "一、工作开展情况：全年新增通过 2 个社区。"


@pytest.fixture(autouse=True)
def _frozen_clock():
    clock.freeze(datetime(2022, 12, 20, 10, 0))
    yield
    clock.freeze(None)


@pytest.fixture
def world(workspace: Workspace, tmp_path: Path) -> Workspace:
    build_world(workspace, tmp_path)
    snapshots.take_snapshot(workspace, snapshots.QUARTERLY, "2022Q3", narrative="三季度")
    snapshots.take_snapshot(workspace, snapshots.ANNUAL, "2022", narrative="已保存的总结")
    return workspace


class Answers:
    """QMessageBox.question replaced: records each question and gives the prepared answer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: Button) -> None:
        self.answer = answer
        self.asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _question(self, _parent, _title: str, text: str, *_args) -> Button:
        self.asked.append(text)
        return self.answer


@pytest.fixture
def screen(world: Workspace, qtbot) -> ReportsScreen:
    screen = ReportsScreen(UiContext(world))
    qtbot.addWidget(screen)
    screen.table.selectRow(0)  # newest first: the annual report
    assert screen.selected().kind == snapshots.ANNUAL
    return screen


def _narratives(workspace: Workspace) -> list[tuple[str, str, str]]:
    """The audited work-summary changes: (report key, user, new text)."""
    statement = select(AuditEntry).where(AuditEntry.action == "report.narrative").order_by(AuditEntry.id)
    with workspace.sessions() as session:
        return [(e.entity_key, e.user, json.loads(e.new_json)) for e in session.scalars(statement)]


def test_export_writes_and_saves_the_typed_text(
    screen: ReportsScreen, world: Workspace, qtbot, tmp_path
) -> None:
    annual = screen.selected()
    screen.narrative_edit.setPlainText(TYPED)  # typed, not saved
    out = tmp_path / "2022.xlsx"
    task = screen.export_selected(out)
    assert task is not None
    with qtbot.waitSignal(task.signals.finished, timeout=20000):
        pass
    sheet = openpyxl.load_workbook(out)[i18n.translate("Reports", labels.SHEET_NARRATIVE, "zh_CN")]
    assert sheet["A5"].value == TYPED  # what the box showed, not the saved "已保存的总结"
    assert snapshots.get_snapshot(world, annual.id).narrative == TYPED  # saved with the export
    assert not screen.has_unsaved_narrative() and screen.selected().id == annual.id


def test_leaving_a_row_with_unsaved_text_cancel_keeps_row_and_text(
    screen: ReportsScreen, world: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch, Button.Cancel)
    annual = screen.selected()
    screen.narrative_edit.setPlainText(TYPED)
    screen.table.selectRow(1)  # the quarterly report
    assert len(answers.asked) == 1 and annual.period in answers.asked[0]
    assert screen.selected().id == annual.id  # still on the annual report
    assert screen.narrative_edit.toPlainText() == TYPED  # the typed text is kept
    assert snapshots.get_snapshot(world, annual.id).narrative == "已保存的总结"  # and nothing stored
    screen.narrative_edit.setPlainText(annual.narrative)  # back to clean: leaving asks nothing
    screen.table.selectRow(1)
    assert len(answers.asked) == 1 and screen.selected().kind == snapshots.QUARTERLY


def test_leaving_a_row_save_stores_discard_drops(
    screen: ReportsScreen, world: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    annual = screen.selected()
    answers = Answers(monkeypatch, Button.Save)
    screen.narrative_edit.setPlainText(TYPED)
    screen.table.selectRow(1)
    assert screen.selected().kind == snapshots.QUARTERLY and screen.narrative_edit.toPlainText() == "三季度"
    assert snapshots.get_snapshot(world, annual.id).narrative == TYPED
    assert _narratives(world)[-1] == (
        f"report:{annual.id}",
        world.user,
        TYPED,
    )  # audited, by the signed-in account

    answers.answer = Button.Discard
    quarterly = screen.selected()
    screen.narrative_edit.setPlainText("不要的文字")
    screen.table.selectRow(0)
    assert len(answers.asked) == 2 and screen.selected().id == annual.id
    assert screen.narrative_edit.toPlainText() == TYPED
    assert snapshots.get_snapshot(world, quarterly.id).narrative == "三季度"


def test_closing_the_window_with_unsaved_text_asks(
    world: Workspace, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from greendesk.ui.main_window import MainWindow

    answers = Answers(monkeypatch, Button.Cancel)
    window = MainWindow(world)
    qtbot.addWidget(window)
    window.show()
    screen = window.show_screen("reports")
    screen.table.selectRow(0)
    screen.narrative_edit.setPlainText(TYPED)
    assert not window.close()  # Cancel: the window stays open, the text too
    assert window.isVisible() and screen.narrative_edit.toPlainText() == TYPED and answers.asked
    answers.answer = Button.Discard
    assert window.close()
    assert snapshots.get_snapshot(world, screen.selected().id).narrative == "已保存的总结"


def test_a_viewer_cannot_type_into_the_summary(
    screen: ReportsScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    from greendesk.ui.screens import reports_screen

    monkeypatch.setattr(reports_screen.accounts, "may", lambda _workspace, _role: False)
    screen.reload()
    assert screen.narrative_edit.isReadOnly() and not screen.save_narrative_button.isEnabled()
