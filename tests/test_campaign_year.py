"""The campaign year is one core choice every year field opens on; a workbook of another year warns."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from intake_fixtures import communities, list_workbook
from PySide6.QtWidgets import QMessageBox

from greendesk.core import campaign
from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.intake import analysis, year_check
from greendesk.core.intake.template import export_template
from greendesk.core.workspace import Workspace
from greendesk.ui.context import UiContext
from greendesk.ui.screens.dashboard import DashboardScreen
from greendesk.ui.screens.import_wizard import ImportWizard
from greendesk.ui.screens.package_dialogs import ExportPackageDialog


def test_campaign_year_is_configured_then_latest_then_this_year(workspace: Workspace, reviewed) -> None:
    assert campaign.campaign_year(reviewed) == 2022  # the latest year with recommendations
    campaign.set_campaign_year(reviewed, 2024)
    assert campaign.campaign_year(reviewed) == 2024
    campaign.set_campaign_year(reviewed, 0)  # back to automatic
    assert campaign.campaign_year(reviewed) == 2022
    with pytest.raises(ValidationError):
        campaign.set_campaign_year(reviewed, 1800)


def test_an_empty_workspace_uses_this_year(workspace: Workspace) -> None:
    assert campaign.campaign_year(workspace) == clock.today().year


def test_dialogs_open_on_the_campaign_year(qtbot, reviewed: Workspace) -> None:
    campaign.set_campaign_year(reviewed, 2023)
    context = UiContext(reviewed)
    wizard = ImportWizard(context)
    dialog = ExportPackageDialog(context)
    dashboard = DashboardScreen(context)
    for widget in (wizard, dialog, dashboard):
        qtbot.addWidget(widget)
    assert wizard.source_page.year.value() == 2023
    assert dialog.year.value() == 2023
    assert dashboard.year_box.value() == 2023


def test_years_named_in_titles() -> None:
    assert year_check.years_named("2022年度三里屯街道推荐名单") == {2022}
    assert year_check.years_named("年度：2021 推荐") == {2021}
    assert year_check.years_named("三里屯街道推荐名单 2022") == set()  # no 年度: not a claim about the year


def test_a_workbook_of_another_year_warns(chaoyang: Workspace, tmp_path: Path) -> None:
    first, _, _ = communities(chaoyang)
    row = [[1, first.name, first.code, 1200, 600, "王主任", ""]]
    book = list_workbook(tmp_path / "名单.xlsx", row, title="2022年度三里屯街道绿色社区推荐名单")
    plan = analysis.analyse_package(chaoyang, book, 2026)
    warnings = [problem for problem in plan.problems if problem.kind == "year_mismatch"]
    assert len(warnings) == 1 and warnings[0].severity == "warning"
    assert "2022年度" in warnings[0].render() and "2026" in warnings[0].render()
    same = analysis.analyse_package(chaoyang, book, 2022)
    assert not [problem for problem in same.problems if problem.kind == "year_mismatch"]


def test_exported_files_get_normal_permissions(chaoyang: Workspace, tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        path = export_template(chaoyang, tmp_path / "模板.xlsx", 2026)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_esc_in_a_running_import_asks_first(qtbot, chaoyang: Workspace, monkeypatch) -> None:
    wizard = ImportWizard(UiContext(chaoyang))
    qtbot.addWidget(wizard)
    wizard.show()
    monkeypatch.setattr(type(wizard.analysis_page.panel), "running", property(lambda _self: True))
    asked: list[str] = []

    def answer(*args, **_kwargs):
        asked.append(args[1])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    wizard.reject()
    assert asked and wizard.isVisible()  # "No": the import goes on
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    wizard.reject()
    assert not wizard.isVisible()


def test_demo_build_reports_each_step(tmp_path: Path) -> None:
    from greendesk.core.demo.builder import DEMO_STEPS, build_demo

    steps: list[tuple[int, int, str]] = []
    build_demo(tmp_path / "demo", progress=lambda n, total, text: steps.append((n, total, text))).close()
    assert [n for n, _t, _x in steps] == list(range(1, len(DEMO_STEPS) + 2))
    assert steps[0][2] == "Creating the workspace…" and all(text for _n, _t, text in steps)
