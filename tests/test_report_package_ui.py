"""The reports screen sends a submitted report as the signed package the city imports (the core's
export_report_package), and shows the core's refusal when the workspace's audit log is unsound."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from greendesk.core.package.data import read_package_data
from greendesk.core.package.verify import verify_package
from greendesk.core.reports import snapshots
from greendesk.core.workspace import Workspace
from greendesk.ui.context import UiContext
from greendesk.ui.screens.reports_screen import ReportsScreen


@pytest.fixture
def warned(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: shown.append(text))
    return shown


def test_a_submitted_report_goes_out_as_a_signed_package(
    qtbot, reviewed: Workspace, tmp_path: Path, warned: list[str]
) -> None:
    draft = snapshots.take_snapshot(reviewed, snapshots.QUARTERLY, "2022Q3")
    screen = ReportsScreen(UiContext(reviewed))
    qtbot.addWidget(screen)
    screen.reload(select_id=draft.id)
    assert screen.selected().id == draft.id and not screen.package_button.isEnabled()
    assert screen.export_package(tmp_path / "draft") is None  # the core refuses a draft and says why
    assert warned and "draft" in warned[-1]
    snapshots.submit_snapshot(reviewed, draft.id)
    screen.reload(select_id=draft.id)
    assert screen.package_button.isEnabled()
    package = screen.export_package(tmp_path / "to-the-city")
    report = verify_package(package)
    assert report.valid and (report.kind, report.period) == ("quarterly-report", "2022-Q3")
    assert read_package_data(report)["figures"] == snapshots.get_snapshot(reviewed, draft.id).data
