"""The site-visit screen (days, route in order, move up/down, print) and the record dialog (outcomes or
scores, notes, tally, photos with their place warnings), grabbed at 1366×768."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox

from greendesk.core.panel import visit_checks, visit_records, visits
from greendesk.core.review import commands
from greendesk.core.workspace import Workspace
from greendesk.ui.context import UiContext
from greendesk.ui.screens.visits.record_dialog import VisitRecordDialog
from greendesk.ui.screens.visits.screen import VisitsScreen
from tests.review_support import jpeg, recommend, small_workspace

YEAR = 2022
DAY = date(2022, 9, 6)


@pytest.fixture
def planned(data_dir: Path) -> Workspace:
    workspace = small_workspace(data_dir)
    recommend(workspace, "110105001001", YEAR)
    recommend(workspace, "110105001002", YEAR)
    recommend(workspace, "110105001003", YEAR, standard_id="example-national-100")
    for index in range(3):
        data = jpeg(colour=(30 * index, 120, 60), gps=(39.92 + index * 0.001, 116.45))
        commands.attach_photo(workspace, "110105001001", 1, data, f"门禁{index}.jpg", year=YEAR)
    visits.plan_visits(workspace, YEAR, DAY, streets=["110105001"])
    visits.plan_visits(workspace, YEAR, date(2022, 9, 7), codes=["110105001003"])
    return workspace


def _grab(widget, name: str, tmp_path: Path) -> Path:
    """The widget at 1366×768 (or its own size for a dialog) as PNG, into $GREENDESK_SHOTS when set."""
    folder = Path(os.environ.get("GREENDESK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    for _ in range(3):  # let the layouts settle (a scroll bar appearing narrows the view once more)
        QApplication.processEvents()
    assert widget.grab().save(str(path))
    return path


def test_the_plan_screen_shows_days_and_moves_stops(qtbot, planned: Workspace, tmp_path: Path) -> None:
    screen = VisitsScreen(UiContext(planned))
    qtbot.addWidget(screen)
    screen.year.setValue(YEAR)
    screen.resize(1366, 768)
    screen.show()
    assert screen.days.count() == 2
    assert [screen.route.item(row, 3).text() for row in range(screen.route.rowCount())] == [
        "110105001001",
        "110105001002",
    ]
    screen.route.selectRow(0)
    screen.down_button.click()
    assert [visit.code for visit in screen.current_route()] == ["110105001002", "110105001001"]
    assert screen.current_visit().code == "110105001001"  # the moved stop stays selected
    screen.up_button.click()
    assert [visit.code for visit in screen.current_route()] == ["110105001001", "110105001002"]
    assert screen.up_button.isEnabled() and screen.print_button.isEnabled()
    for widget in (
        screen.year,
        screen.new_day,
        screen.add_button,
        screen.days,
        screen.route,
        screen.record_button,
    ):
        assert widget.focusPolicy() != 0  # every control is reachable from the keyboard
    assert _grab(screen, "visit-plan-screen", tmp_path).stat().st_size > 0


def test_the_record_dialog_saves_and_lists_the_place_warnings(
    qtbot, planned: Workspace, tmp_path: Path
) -> None:
    visit = visits.list_plan(planned, YEAR, DAY)[0].visits[0]
    dialog = VisitRecordDialog(planned, visit.visit_code)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.values[1], QComboBox) and len(dialog.notes) == 5 and len(dialog.tally) == 5
    dialog.values[1].setCurrentIndex(dialog.values[1].findData("pass"))
    dialog.values[4].setCurrentIndex(dialog.values[4].findData("fail"))
    dialog.item_notes[4].setText("道路破损未修复")
    dialog.notes["看"].setPlainText("垃圾分类驿站运行正常")
    dialog.tally["handed_out"].setValue(20)
    dialog.tally["returned"].setValue(18)
    assert "add up to 0, not the 18 returned" in dialog.tally_state.text()
    dialog.tally["satisfied"].setValue(15)
    dialog.tally["basically_satisfied"].setValue(3)
    assert dialog.tally_state.text() == "The tally adds up."
    far = tmp_path / "IMG_0101.jpg"
    far.write_bytes(jpeg(colour=(200, 0, 0), gps=(39.99, 116.45)))
    none = tmp_path / "IMG_0102.jpg"
    none.write_bytes(jpeg(colour=(0, 0, 200), gps=None))
    dialog.add_photo_paths(4, [far, none])
    dialog.save()
    assert dialog.saved
    texts = [dialog.photo_list.item(row).text() for row in range(dialog.photo_list.count())]
    assert any("IMG_0101.jpg: taken 7.7 km from where" in text for text in texts)  # median 39.921
    assert any("IMG_0102.jpg: no GPS position" in text for text in texts)
    report = visit_records.visit_report(planned, visit.visit_code)
    assert {(w.kind, w.item) for w in report.warnings} == {
        (visit_checks.FAR_FROM_EVIDENCE, 4),
        (visit_checks.NO_GPS, 4),
    }
    assert report.notes == {"看": "垃圾分类驿站运行正常"} and report.tally.returned == 18
    assert [(item.number, item.outcome) for item in report.items] == [(1, "pass"), (4, "fail")]
    dialog.resize(1240, 700)
    dialog.show()
    assert _grab(dialog, "visit-record-dialog", tmp_path).stat().st_size > 0
    again = VisitRecordDialog(planned, visit.visit_code)  # opens on what was recorded
    qtbot.addWidget(again)
    assert again.values[4].currentData() == "fail" and again.tally["returned"].value() == 18


def test_a_scored_visit_gets_score_boxes_within_the_points(qtbot, planned: Workspace, tmp_path: Path) -> None:
    visit = visits.list_plan(planned, YEAR, date(2022, 9, 7))[0].visits[0]
    dialog = VisitRecordDialog(planned, visit.visit_code)
    qtbot.addWidget(dialog)
    first = dialog.report.sheet.standard.items[0]
    box = dialog.values[first.number]
    assert isinstance(box, QDoubleSpinBox) and box.maximum() == first.points
    box.setValue(first.points - 1)
    dialog.save()
    assert visit_records.visit_report(planned, visit.visit_code).items[0].score == first.points - 1
    dialog.resize(1240, 700)
    dialog.show()
    _grab(dialog, "visit-record-dialog-scored", tmp_path)


def test_the_main_window_lists_the_screen(qtbot, planned: Workspace) -> None:
    from greendesk.ui.main_window import MainWindow

    window = MainWindow(planned)
    qtbot.addWidget(window)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert "Site visits" in titles
    assert isinstance(window.show_screen("visits"), VisitsScreen)


def test_the_day_list_counts_stops(qtbot, planned: Workspace) -> None:
    screen = VisitsScreen(UiContext(planned))
    qtbot.addWidget(screen)
    screen.year.setValue(YEAR)
    texts = [screen.days.item(row).text() for row in range(screen.days.count())]
    assert texts[0].startswith("2022-09-06: 2 stop") and texts[1].startswith("2022-09-07: 1 stop")


def test_adding_communities_by_street(qtbot, planned: Workspace, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from greendesk.ui.screens.visits.screen import AddCommunitiesDialog

    dialog = AddCommunitiesDialog(visits.candidates(planned, YEAR))
    qtbot.addWidget(dialog)
    street = dialog.tree.topLevelItem(0)
    assert street.text(1) == "110105001" and street.childCount() == 3
    assert street.child(2).text(2) == "2022-09-07"  # the day it is planned for now
    street.setCheckState(0, Qt.CheckState.Checked)  # the whole street
    assert dialog.chosen() == ["110105001001", "110105001002", "110105001003"]
    dialog.show()
    _grab(dialog, "visit-add-communities", tmp_path)
    route = visits.plan_visits(planned, YEAR, date(2022, 9, 8), codes=dialog.chosen())
    assert [row.order for row in route] == [1, 2, 3] and {row.day for row in route} == {date(2022, 9, 8)}
