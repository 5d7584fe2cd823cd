"""Dashboard and reports screen over the hand-counted district (pytest-qt, offscreen)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from progress_world import build_world

from greendesk.core.base import clock, i18n
from greendesk.core.reports import labels, snapshots
from greendesk.core.review import vocabulary
from greendesk.core.storage.models import Recommendation
from greendesk.core.workspace import Workspace
from greendesk.ui.context import TOPIC_REVIEW, UiContext
from greendesk.ui.screens.dashboard import DashboardScreen
from greendesk.ui.screens.reports_screen import ReportsScreen


@pytest.fixture(autouse=True)
def _frozen_clock():
    clock.freeze(datetime(2022, 9, 30, 17, 0))
    yield
    clock.freeze(None)


@pytest.fixture
def context(workspace: Workspace, tmp_path: Path, qtbot) -> UiContext:
    build_world(workspace, tmp_path)
    return UiContext(workspace)


def test_dashboard_shows_the_core_figures_and_refreshes(context: UiContext, qtbot, tmp_path: Path) -> None:
    screen = DashboardScreen(context)
    qtbot.addWidget(screen)
    assert screen.year_box.value() == 2022
    assert "<b>3</b> of 8" in screen.figures_label.text()
    assert "<b>10</b>" in screen.deadline_label.text()  # 2022Q3 report due 10 October
    assert [s.name for s in screen.street_chart.streets] == ["建外街道", "朝外街道", "呼家楼街道"]
    hover = screen.street_chart.hover_text(3.0, 1.1)  # row 1 = 朝外街道
    assert hover.startswith("朝外街道: 2 recommended") and "0 passed in all (minimum 2)" in hover
    assert screen.item_chart.hover_text(12.1, 0) == "Item 12: 0 meet, 1 do not meet, 0 need more material"
    assert screen.status_chart.hover_text(0, 2.0).endswith(": 1")  # returned (one row per status)
    share = screen.share_chart.hover_text(datetime(2022, 9, 1).timestamp(), 10)
    assert share.startswith("2022-09-01: 2 passed (25.0%)")
    assert screen.street_chart.hover_text(0, 7) == ""

    with context.workspace.transaction() as session:  # a reviewer passes A4
        rec = session.query(Recommendation).filter_by(status=vocabulary.UNDER_REVIEW).one()
        rec.status, rec.updated_at = vocabulary.PASSED, datetime(2022, 9, 30, 16, 0)
    context.notify(TOPIC_REVIEW)
    assert "<b>4</b> of 8" in screen.figures_label.text()
    assert screen.data is not None and screen.data.streets[0].pilots == 4

    png = tmp_path / "chart.png"
    assert screen.street_chart.save_png(str(png)) and png.stat().st_size > 1000
    screen.share_chart.copy_to_clipboard()
    from PySide6.QtGui import QGuiApplication

    assert not QGuiApplication.clipboard().pixmap().isNull()


def test_dashboard_renders_at_window_size(context: UiContext, qtbot, tmp_path: Path) -> None:
    screen = DashboardScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    image = screen.grab().toImage()
    assert image.width() == 1280 and image.height() == 800


def test_reports_screen_take_edit_submit_export(context: UiContext, qtbot, tmp_path: Path) -> None:
    screen = ReportsScreen(context)
    qtbot.addWidget(screen)
    assert screen.table.rowCount() == 0
    screen.quarter_box.setCurrentIndex(2)
    snapshot = screen.take_snapshot(snapshots.QUARTERLY)
    assert snapshot is not None and snapshot.period == "2022Q3" and snapshot.as_of == date(2022, 9, 30)
    assert screen.table.rowCount() == 1 and screen.selected().id == snapshot.id
    screen.narrative_edit.setPlainText("三季度新增通过 2 个社区。")
    screen.save_narrative()
    assert snapshots.get_snapshot(context.workspace, snapshot.id).narrative == "三季度新增通过 2 个社区。"
    assert not screen.package_button.isEnabled()  # a draft is not sent
    screen.submit_selected()
    assert snapshots.get_snapshot(context.workspace, snapshot.id).submitted
    assert screen.narrative_edit.isReadOnly() and not screen.submit_button.isEnabled()
    assert screen.package_button.isEnabled()

    out = tmp_path / "q3.xlsx"
    task = screen.export_selected(out)
    assert task is not None
    with qtbot.waitSignal(task.signals.finished, timeout=20000):
        pass
    book = openpyxl.load_workbook(out)
    summary = book[i18n.translate("Reports", labels.SHEET_SUMMARY, "zh_CN")]  # documents are in Chinese
    figures = {row[0]: row[1] for row in summary.iter_rows(min_row=5, values_only=True) if row[0]}
    assert figures[i18n.translate("Reports", "Communities passed (cumulative)", "zh_CN")] == 3
