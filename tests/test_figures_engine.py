"""The one figures engine: the same figures everywhere, at an explicit as-of moment, frozen once submitted.

The district is reviewed through the real commands (so every status change is in the audit log):

- street 110105001: N1 passed 2022-05-20 and signed off 2022-06-01; N2 passed 2022-09-10 and signed
  off 2022-10-05 (after the Q3 as-of moment); N3 failed 2022-07-01; N4 passed 2022-10-06.
- street 110105002: S1 recommended 2022-10-07 (after Q3) and passed 2023-01-15 (after the year);
  S2 out of scope.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from accounts_support import TEST_PASSWORD

from greendesk.cli import main
from greendesk.core.base import clock, i18n
from greendesk.core.package.export import SUMMARY_PDF, export_package
from greendesk.core.progress import figures
from greendesk.core.registry import roster
from greendesk.core.reports import documents, forms, labels, snapshots
from greendesk.core.review import commands, recommendations, vocabulary
from greendesk.core.workspace import Workspace
from greendesk.ui.context import UiContext
from greendesk.ui.screens.dashboard import DashboardScreen

N1, N2, N3, N4 = (f"11010500100{i}" for i in range(1, 5))
S1, S2 = "110105002001", "110105002002"
STREETS = ("110105001", "110105002")
END_OF_Q3 = figures.end_of_day(date(2022, 9, 30))
LATER = datetime(2023, 2, 1, 10, 0)  # after every event

pdf_tools = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def _registry(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["统计用区划代码", "社区名称", "所属街道", "户数", "物业管理覆盖率", "纳入创建范围"])
    rows = [
        (N1, "南郎家园社区居委会", "建外街道", "是"),
        (N2, "北郎家园社区居委会", "建外街道", "是"),
        (N3, "永安里社区居委会", "建外街道", "是"),
        (N4, "建国里社区居委会", "建外街道", "是"),
        (S1, "吉祥里社区居委会", "朝外街道", "是"),
        (S2, "新建小区社区居委会", "朝外街道", "否"),
    ]
    for code, name, street, in_scope in rows:
        sheet.append([code, name, street, 2000, 0.5, in_scope])
    book.save(path)
    return path


def _at(moment: datetime) -> None:
    clock.freeze(moment)


def _review(ws: Workspace, code: str, year: int, fail: int | None = None) -> str:
    for item in range(1, 17):
        commands.decide(
            ws, code, item, vocabulary.FAIL if item == fail else vocabulary.PASS, "note", year=year
        )
    return commands.finish_round(ws, code, year)


@pytest.fixture
def district(workspace: Workspace, tmp_path: Path) -> Workspace:
    _at(datetime(2022, 3, 1, 9, 0))
    roster.load_workbook(workspace, _registry(tmp_path / "registry.xlsx"))
    for code in (N1, N2, N3, N4):
        recommendations.create_recommendation(workspace, code, 2022)
    steps = [
        (datetime(2022, 5, 20, 10, 0), lambda: _review(workspace, N1, 2022)),
        (datetime(2022, 6, 1, 10, 0), lambda: commands.sign_off(workspace, N1, TEST_PASSWORD, 2022)),
        (datetime(2022, 7, 1, 10, 0), lambda: _review(workspace, N3, 2022, fail=5)),
        (datetime(2022, 9, 10, 10, 0), lambda: _review(workspace, N2, 2022)),
        (datetime(2022, 10, 5, 10, 0), lambda: commands.sign_off(workspace, N2, TEST_PASSWORD, 2022)),
        (datetime(2022, 10, 6, 10, 0), lambda: _review(workspace, N4, 2022)),
        (datetime(2022, 10, 7, 10, 0), lambda: recommendations.create_recommendation(workspace, S1, 2022)),
        (datetime(2023, 1, 15, 10, 0), lambda: _review(workspace, S1, 2022)),
    ]
    for moment, step in steps:
        _at(moment)
        step()
    _at(LATER)
    yield workspace
    clock.freeze(None)


def test_an_event_after_the_as_of_moment_is_not_counted(district: Workspace) -> None:
    q3 = figures.compute(district, 2022, END_OF_Q3)
    assert (q3.in_scope_total, q3.out_of_scope, q3.passed, q3.passed_in_year) == (5, 1, 2, 2)
    # N2's sign-off (5 October) and N4's pass (6 October) came later; S1 was recommended later.
    assert q3.by_status[vocabulary.SIGNED_OFF] == 1 and q3.by_status[vocabulary.PASSED] == 1
    assert q3.by_status[vocabulary.FAILED] == 1 and q3.by_status[vocabulary.RECOMMENDED] == 1  # N4
    north, south = q3.streets
    assert (north.recommended, north.passed, north.pilots, north.not_started) == (4, 2, 2, 1)
    assert (south.recommended, south.passed, south.pilots) == (0, 0, 0)
    # Outcome by item: N4's decisions of 6 October do not count yet.
    assert {row.item: row.pass_count for row in q3.items}[1] == 3
    assert [(p.code, p.passed_on, p.status) for p in q3.passed_communities] == [
        (N1, date(2022, 5, 20), vocabulary.SIGNED_OFF),
        (N2, date(2022, 9, 10), vocabulary.PASSED),  # signed off only after the as-of moment
    ]
    assert [(p.day, p.passed) for p in q3.series] == [
        (date(2022, 5, 20), 1),
        (date(2022, 9, 10), 2),
        (date(2022, 9, 30), 2),
    ]


def test_what_happened_after_31_december_counts_for_the_year(district: Workspace) -> None:
    """S1 was recommended for 2022 in October and passed in January 2023: it counts in 2022's figures."""
    now = figures.compute(district, 2022, clock.now())
    assert (now.passed, now.passed_in_year, now.passed_share) == (4, 4, 80.0)
    assert [s.passed for s in now.streets] == [3, 1]
    assert figures.compute(district, 2022, figures.end_of_day(date(2022, 12, 31))).passed == 3


def _street_cells(text: str, code: str) -> list[int]:
    """The numbers of a street's row in a table read from a PDF (pdftotext -layout)."""
    line = next(line for line in text.splitlines() if line.strip().startswith(code))
    return [int(n) for n in re.findall(r"(?<![\d.])\d+(?![\d.])", line.split(code, 1)[1])]


def _pdf_figures(path: Path) -> dict:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout

    def after(label: str) -> str:
        return re.search(re.escape(labels.t(label)) + r"\s+([\d.]+)", text).group(1)

    keys = dict(labels.KEY_FIGURES)
    streets = {code: _street_cells(text, code) for code in STREETS}
    return {
        "in_scope": int(after(keys["in_scope_total"])),
        "passed": int(after(keys["passed"])),
        "share": float(after(keys["passed_share"])),
        # Street columns: in scope, required, pilots started, passed this year, passed cumulatively,
        # not started, under review, returned, failed.
        "streets": {code: (cells[3], cells[4]) for code, cells in streets.items()},
    }


def _xlsx_figures(path: Path) -> dict:
    book = openpyxl.load_workbook(path)
    summary = {row[0]: row[1] for row in book.worksheets[0].iter_rows(min_row=5, values_only=True)}
    keys = dict(labels.KEY_FIGURES)
    streets = {
        row[0]: (row[5], row[6])
        for row in book.worksheets[1].iter_rows(min_row=5, values_only=True)
        if row[0] in STREETS
    }
    return {
        "in_scope": summary[labels.t(keys["in_scope_total"])],
        "passed": summary[labels.t(keys["passed"])],
        "share": round(summary[labels.t(keys["passed_share"])] * 100, 6),  # a percentage cell holds 0.8
        "streets": streets,
    }


def _engine_figures(data: figures.Progress) -> dict:
    return {
        "in_scope": data.in_scope_total,
        "passed": data.passed,
        "share": data.passed_share,
        "streets": {s.code: (s.passed, s.pilots) for s in data.streets},
    }


@pdf_tools
def test_the_same_figures_everywhere_for_one_as_of_moment(
    district: Workspace, tmp_path: Path, qtbot, capsys: pytest.CaptureFixture
) -> None:
    i18n.set_language("zh_CN")
    as_of = clock.now()  # the dashboard and the package count up to now: the reports are asked for it
    screen = DashboardScreen(UiContext(district))
    qtbot.addWidget(screen)
    screen.year_box.setValue(2022)
    assert screen.data is not None and screen.data.as_of == as_of
    expected = _engine_figures(screen.data)
    assert expected == {
        "in_scope": 5,
        "passed": 4,
        "share": 80.0,
        "streets": {STREETS[0]: (3, 3), STREETS[1]: (1, 1)},
    }

    assert main(["--data-dir", str(district.data_dir), "progress", "--year", "2022", "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    assert cli["as_of"] == as_of.isoformat(sep=" ")
    assert {
        "in_scope": cli["in_scope_total"],
        "passed": cli["passed"],
        "share": cli["passed_share"],
        "streets": {s["code"]: (s["passed"], s["pilots"]) for s in cli["streets"]},
    } == expected

    for kind, period in ((snapshots.QUARTERLY, "2022Q4"), (snapshots.ANNUAL, "2022")):
        for suffix, read in ((".pdf", _pdf_figures), (".xlsx", _xlsx_figures)):
            out = tmp_path / f"{kind}{suffix}"
            documents.export_report(district, kind, period, out, as_of=as_of, new=True)
            assert read(out) == expected, (kind, suffix)

    package = export_package(district, 2022, tmp_path / "package.zip")
    with zipfile.ZipFile(package.path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(SUMMARY_PDF))
        (tmp_path / SUMMARY_PDF).write_bytes(archive.read(name))
    assert _pdf_figures(tmp_path / SUMMARY_PDF) == expected


@pdf_tools
def test_the_package_summary_its_status_table_and_its_lines_agree(
    district: Workspace, tmp_path: Path
) -> None:
    """Was: 54 passed cumulatively, 5 signed off in the status table, "passed: 15" in the package's lines."""
    i18n.set_language("zh_CN")
    package = export_package(district, 2022, tmp_path / "package.zip")
    with zipfile.ZipFile(package.path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(SUMMARY_PDF))
        (tmp_path / SUMMARY_PDF).write_bytes(archive.read(name))
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / SUMMARY_PDF), "-"], capture_output=True, text=True, check=True
    ).stdout
    signed_off = re.search(vocabulary.status_label(vocabulary.SIGNED_OFF) + r"\s+(\d+)", text).group(1)
    in_package = re.search(r"本次申报材料所含社区:\s*(\d+)", text).group(1)
    assert int(signed_off) == int(in_package) == package.communities == 2  # N1, N2
    assert "通过数" not in text  # the package's own third count of "passed" is gone


def test_a_submitted_snapshot_regenerates_identically(district: Workspace, tmp_path: Path) -> None:
    _at(datetime(2022, 10, 1, 9, 0))  # Q3 has ended; N2's sign-off and N4's review are still ahead
    draft = snapshots.take_snapshot(district, snapshots.QUARTERLY, "2022Q3")
    submitted = snapshots.submit_snapshot(district, draft.id)
    assert submitted.data["as_of"] == "2022-09-30 23:59:59" and submitted.data["passed"] == 2
    _at(LATER)  # the fixture's later sign-offs and passes are all in the log by now
    commands.unlock(district, N1, "复核材料", TEST_PASSWORD, 2022)
    regenerated = documents.resolve_content(district, snapshots.QUARTERLY, "2022Q3")
    assert regenerated.data == submitted.data
    again = snapshots.take_snapshot(district, snapshots.QUARTERLY, "2022Q3", as_of=END_OF_Q3)
    assert {k: v for k, v in again.data.items() if k != "audit_head"} == {
        k: v for k, v in submitted.data.items() if k != "audit_head"
    }
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    form = forms.snapshot_form(district, submitted)  # the same 填报 block: the day it was submitted
    documents.write_file(documents.content_from_snapshot(submitted), first, form)
    documents.write_file(documents.resolve_content(district, snapshots.QUARTERLY, "2022Q3"), second, form)
    rows = [
        [list(sheet.iter_rows(values_only=True)) for sheet in openpyxl.load_workbook(path).worksheets]
        for path in (first, second)
    ]
    assert rows[0] == rows[1]


def test_the_dashboard_shows_the_next_real_deadline_and_the_chosen_year(district: Workspace, qtbot) -> None:
    """Was "截止 2023-01-10：还剩 10 天" on 2026-12-01: the year's own deadlines, counted from 31 December."""
    _at(datetime(2026, 12, 1, 9, 0))
    screen = DashboardScreen(UiContext(district))
    qtbot.addWidget(screen)
    assert screen.year_box.value() == 2022  # the latest campaign year with recommendations
    assert screen.data is not None and screen.data.next_deadline is not None
    due = screen.data.next_deadline.due
    assert due > clock.today() and (due, screen.data.days_left) == (date(2027, 1, 10), 40)  # 2026Q4
    text = screen.deadline_label.text()
    assert "2027-01-10" in text and "<b>40</b>" in text and "2023-01-10" not in text
    assert "<b>4</b> of 5" in screen.figures_label.text()
    screen.year_box.setValue(2023)  # another campaign year: its target, the same deadline
    assert screen.data.year == 2023 and screen.data.next_deadline.due == date(2027, 1, 10)
    _at(datetime(2026, 11, 10, 18, 0))  # on the day itself the summary is still ahead
    screen.refresh()
    assert screen.data.next_deadline.kind == "summary" and screen.data.days_left == 0
