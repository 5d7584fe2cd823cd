"""Targets per district (the commission gives core districts 70 %, outer ones 50 %): an administrator's
own share for a district and a year replaces the city's yearly share for that district only, in its
required count and in the city's total (the sum of the districts'); clearing it gives the city's back.

Fast: a bare city workspace with package rows written directly, as tests/test_city_quarters.py does.
"""

from __future__ import annotations

import json
from datetime import datetime
from math import ceil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from greendesk.cli import main
from greendesk.core import accounts, audit
from greendesk.core.base.errors import GreenDeskError, ValidationError
from greendesk.core.city import progress, report, targets
from greendesk.core.package.bag import QUARTERLY_REPORT
from greendesk.core.review.vocabulary import REVIEWER
from greendesk.core.storage.models_city import CityDistrictTarget
from greendesk.core.workspace import Workspace
from greendesk.ui.context import UiContext
from greendesk.ui.screens.city import dialogs, screen
from tests.test_city_quarters import _package

YEAR = 2022
ADMIN, PASSWORD = "commission", "city-pass-1"
AS_OF = datetime(2022, 12, 1, 12)
CORE, OUTER = "110101", "110111"  # 东城区, 房山区


@pytest.fixture()
def city(tmp_path: Path) -> Workspace:
    workspace = Workspace.create(tmp_path / "beijing", "110000", admin=ADMIN, password=PASSWORD)
    accounts.sign_in(workspace, ADMIN, PASSWORD)
    with workspace.transaction() as session:  # in scope 100 each in the packages' figures
        _package(session, CORE, QUARTERLY_REPORT, datetime(2022, 10, 1, 9), quarter=3, passed=65)
        _package(session, OUTER, QUARTERLY_REPORT, datetime(2022, 10, 1, 9), quarter=3, passed=55)
    yield workspace
    workspace.close()


def _rows(workspace: Workspace) -> tuple[progress.CityProgress, dict[str, progress.DistrictProgress]]:
    result = progress.city_progress(workspace, YEAR, AS_OF)
    return result, {row.code: row for row in result.districts}


def test_an_own_share_changes_that_district_and_the_city_total(city: Workspace) -> None:
    before, rows = _rows(city)
    assert before.target_share == 60.0 and not before.shares_differ
    assert (rows[CORE].required, rows[CORE].remaining, rows[OUTER].required) == (60, 0, 60)
    assert rows[OUTER].remaining == 5
    targets.set_district_target(city, CORE, YEAR, 70)
    targets.set_district_target(city, OUTER, YEAR, 50)
    after, rows = _rows(city)
    assert (rows[CORE].target_share, rows[CORE].own_target, rows[CORE].required) == (70.0, True, 70)
    assert (rows[OUTER].target_share, rows[OUTER].required, rows[OUTER].remaining) == (50.0, 50, 0)
    assert rows[CORE].remaining == 5  # 65 passed of the 70 its own share requires
    other = next(row for row in after.districts if row.code not in (CORE, OUTER))
    assert (other.target_share, other.own_target) == (60.0, False)
    assert other.required == ceil(other.in_scope * 0.6)
    assert after.required == sum(row.required for row in after.districts)
    assert after.required == before.required + 10 - 10
    assert after.remaining == sum(row.remaining for row in after.districts) == before.remaining + 5 - 5
    assert after.shares_differ and after.target_share == 60.0
    assert targets.district_shares(city, YEAR + 1).share(CORE) == 60.0  # that year only


def test_the_report_says_the_shares_differ(city: Workspace) -> None:
    assert "按年度目标60%计" in report.overall_sentence(progress.city_progress(city, YEAR, AS_OF))
    targets.set_district_target(city, CORE, YEAR, 70)
    sentence = report.overall_sentence(progress.city_progress(city, YEAR, AS_OF))
    assert "按年度目标60%计" not in sentence
    assert "各区目标比例不同：东城区70%，其余各区60%" in sentence


def test_clearing_restores_the_city_share(city: Workspace) -> None:
    before, _rows_before = _rows(city)
    targets.set_district_target(city, CORE, YEAR, 90)
    targets.clear_district_target(city, CORE, YEAR)
    after, rows = _rows(city)
    assert (rows[CORE].target_share, rows[CORE].own_target, rows[CORE].required) == (60.0, False, 60)
    assert after.required == before.required and not after.shares_differ
    with city.snapshot() as session:
        assert session.scalars(select(CityDistrictTarget)).all() == []


def test_setting_and_clearing_are_audited(city: Workspace) -> None:
    targets.set_district_target(city, CORE, YEAR, 70)
    targets.set_district_target(city, CORE, YEAR, 75)
    targets.clear_district_target(city, CORE, YEAR)
    with city.snapshot() as session:
        entries = [row for row in audit.rows(session) if row.action == "city.district_target"]
    assert [(e.entity_key, e.user) for e in entries] == [(f"{CORE}:{YEAR}", ADMIN)] * 3
    assert [json.loads(e.old_json or "null") for e in entries] == [
        None,
        {"target_share": 70.0},
        {"target_share": 75.0},
    ]
    assert [json.loads(e.new_json or "null") for e in entries] == [
        {"target_share": 70.0},
        {"target_share": 75.0},
        None,
    ]


def test_only_an_administrator_sets_a_share(city: Workspace) -> None:
    accounts.create_user(city, "clerk", [REVIEWER], "clerk-pass-1")
    accounts.sign_in(city, "clerk", "clerk-pass-1")
    with pytest.raises(GreenDeskError):
        targets.set_district_target(city, CORE, YEAR, 70)
    with pytest.raises(GreenDeskError):
        targets.clear_district_target(city, CORE, YEAR)
    assert not targets.district_shares(city, YEAR).overrides


@pytest.mark.parametrize(
    ("code", "year", "share", "named"),
    [
        ("110199", YEAR, 70, "110199"),
        (CORE, YEAR, 0, "0"),
        (CORE, YEAR, 100.5, "100.5"),
        (CORE, YEAR, -5, "-5"),
        (CORE, YEAR, float("nan"), "nan"),
        (CORE, 20220, 70, "20220"),
    ],
)
def test_bad_input_is_refused_naming_it(
    city: Workspace, code: str, year: int, share: float, named: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        targets.set_district_target(city, code, year, share)
    assert named in str(caught.value)
    assert not targets.district_shares(city, YEAR).overrides


def test_cli_sets_clears_lists_and_refuses(city: Workspace, capsys, monkeypatch) -> None:
    monkeypatch.setenv("GREENDESK_PASSWORD", PASSWORD)
    city.close()
    base = ["--data-dir", str(city.data_dir), "--lang", "en", "--user", ADMIN, "city"]
    assert main([*base, "target", CORE, "--year", str(YEAR), "--share", "70", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["target_share"] == 70.0
    assert main([*base, "districts", "--year", str(YEAR), "--as-of", "2022-12-01", "--json"]) == 0
    listed = {row["code"]: row for row in json.loads(capsys.readouterr().out)}
    assert (listed[CORE]["target_share"], listed[CORE]["own_target"], listed[CORE]["required"]) == (
        70.0,
        True,
        70,
    )
    assert (listed[OUTER]["target_share"], listed[OUTER]["own_target"]) == (60.0, False)
    assert main([*base, "districts", "--year", str(YEAR)]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith(CORE))
    assert "\t70%\tdistrict's own\t" in line
    for bad in (["110199", "--share", "70"], [CORE, "--share", "0"], [CORE, "--share", "150"]):
        assert main([*base, "target", bad[0], "--year", str(YEAR), *bad[1:]]) == 2
        err = capsys.readouterr().err
        assert bad[0 if bad[0] != CORE else 2] in err and "Traceback" not in err
    with pytest.raises(SystemExit) as refused:  # the one year rule, at the command line
        main([*base, "target", CORE, "--year", "99999", "--share", "70"])
    assert refused.value.code == 2
    assert "99999" in capsys.readouterr().err
    assert main([*base, "target", CORE, "--year", str(YEAR), "--clear"]) == 0
    assert "60%" in capsys.readouterr().out
    with Workspace.open(city.data_dir) as reopened:
        assert not targets.district_shares(reopened, YEAR).overrides


def _screen(city: Workspace, qtbot) -> screen.CityScreen:
    shown = screen.CityScreen(UiContext(city))
    qtbot.addWidget(shown)
    shown.year_box.setValue(YEAR)
    return shown


def test_the_screen_sets_a_districts_share(city: Workspace, qtbot, monkeypatch) -> None:
    shown = _screen(city, qtbot)
    index = next(i for i, row in enumerate(shown.data.districts) if row.code == CORE)
    opened: list[dialogs.DistrictTargetDialog] = []

    def accept(dialog: dialogs.DistrictTargetDialog) -> int:
        opened.append(dialog)
        dialog.city_box.setChecked(False)
        dialog.share_box.setValue(70)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.DistrictTargetDialog, "exec", accept)
    assert shown.edit_target(index)
    assert opened and opened[0].share_box.isEnabled()
    assert targets.district_shares(city, YEAR).share(CORE) == 70.0
    share_column = [
        shown.table.horizontalHeaderItem(c).text() for c in range(shown.table.columnCount())
    ].index("Share %")
    assert shown.table.item(index, share_column).text() == "70"
    assert shown.table.item(index, share_column).font().bold()
    assert "shares differ" in shown.figures_label.text()

    def back_to_city(dialog: dialogs.DistrictTargetDialog) -> int:
        assert not dialog.city_box.isChecked()  # it opens on the district's own share
        dialog.city_box.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.DistrictTargetDialog, "exec", back_to_city)
    assert shown.edit_target(index)
    assert not targets.district_shares(city, YEAR).overrides
    assert shown.table.item(index, share_column).text() == "60"


def test_the_screen_shows_the_cores_refusal(city: Workspace, qtbot, monkeypatch) -> None:
    shown = _screen(city, qtbot)
    accounts.create_user(city, "clerk", [REVIEWER], "clerk-pass-1")
    accounts.sign_in(city, "clerk", "clerk-pass-1")
    messages: list[str] = []
    monkeypatch.setattr(dialogs.QMessageBox, "exec", lambda box: messages.append(box.text()) or 0)
    monkeypatch.setattr(dialogs.DistrictTargetDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    assert not shown.set_target(CORE, 70.0)
    assert messages and not targets.district_shares(city, YEAR).overrides
    messages.clear()
    assert not shown.edit_target(-1)  # nothing selected
    assert messages
