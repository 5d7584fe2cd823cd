"""What the city hands out and shows (issue 22): its summary report (PDF in the GB/T 9704 form and the
Excel tables) and the 全市进展 screen, over the three districts' packages of ``test_city``.

The three demo districts and the municipal workspace are ``test_city``'s module fixtures (built once
here too); every expected figure is read from ``city_progress`` / ``district_detail``, never restated.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from greendesk.cli import main
from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.city import imports, report, sample
from greendesk.core.city.detail import district_detail
from greendesk.core.city.progress import city_progress
from greendesk.core.reports import excel
from greendesk.core.workspace import Workspace
from greendesk.ui.context import UiContext
from greendesk.ui.main_window import MainWindow
from greendesk.ui.screens.city.screen import CityScreen
from tests.test_city import CITY_ADMIN, CITY_PASSWORD, YEAR, _packages, _tampered, city, sent  # noqa: F401 (module fixtures)
from tests.test_official_documents import _assert_official_page, _fonts, _text, _words

pytestmark = pytest.mark.slow
SHOTS = Path("/work/tools/shots/city3")


@pytest.fixture(scope="module")
def written(city: Workspace, tmp_path_factory: pytest.TempPathFactory) -> report.CityReportPaths:  # noqa: F811
    return report.write_city_report(city, YEAR, clock.now(), tmp_path_factory.mktemp("report"))


def test_the_city_report_prints_city_progress_in_the_official_form(
    city: Workspace,  # noqa: F811
    written: report.CityReportPaths,
) -> None:
    result = city_progress(city, YEAR, clock.now())
    fonts = _fonts(written.pdf)
    assert fonts and all(row[-5] == "yes" and "TrueType" in row for row in fonts)  # every font embedded
    flat = _text(written.pdf).replace("\n", "")
    for expected in (
        "北京市住房和城乡建设委员会文件",
        "京建发〔",
        f"关于{YEAR}年度全市绿色社区创建工作情况的报告",
        "住房和城乡建设部：",
        f"全市城市社区{result.in_scope}个，启动试点{result.recommended}个",
        f"参与率{result.participation_rate:g}%",
        f"达到创建要求{result.passed}个",
        f"达标率{result.pass_rate:g}%",
        f"已命名{result.named}个",
        f"全市应达标{result.required}个",
        "各区绿色社区创建进展情况表",
    ):
        assert expected in flat, expected
    for code in result.late:
        assert (
            next(row.name for row in result.districts if row.code == code) in flat.split("逾期未报送的区")[1]
        )
    pages = _words(written.pdf)
    _assert_official_page(pages[0], 1)


def test_the_city_workbook_holds_city_progress(city: Workspace, written: report.CityReportPaths) -> None:  # noqa: F811
    result = city_progress(city, YEAR, clock.now())
    book = load_workbook(written.xlsx)
    assert book.sheetnames == [report.DISTRICT_ANNEX, report.SERIES_ANNEX, report.REUSE_SHEET]
    sheet = book[report.DISTRICT_ANNEX]
    assert [c.value for c in sheet[excel.HEADER_ROW]] == list(report.DISTRICT_HEADERS)
    for offset, row in enumerate([*result.districts, result], start=excel.HEADER_ROW + 1):
        cells = [c.value for c in sheet[offset]]
        assert cells[1:8] == [
            row.in_scope,
            row.recommended,
            pytest.approx(row.participation_rate / 100),
            row.passed,
            pytest.approx(row.pass_rate / 100),
            row.named,
            row.required,
        ]
    assert sheet.cell(row=excel.HEADER_ROW + 1 + len(result.districts), column=1).value == report.CITY_TOTAL
    assert book[report.REUSE_SHEET].max_row >= excel.HEADER_ROW + len(result.reuse)


def test_the_city_screen_shows_city_progress_and_drills_down(city: Workspace, qtbot) -> None:  # noqa: F811
    screen = CityScreen(UiContext(city))
    qtbot.addWidget(screen)
    screen.year_box.setValue(YEAR)
    result = city_progress(city, YEAR, clock.now())
    assert screen.table.rowCount() == len(result.districts)
    for index, row in enumerate(result.districts):
        shown = [screen.table.item(index, column).text() for column in range(10)]
        expected = [row.name, row.in_scope, row.recommended, f"{row.participation_rate:g}", row.passed]
        expected += [f"{row.pass_rate:g}", row.named, row.required, f"{row.target_share:g}", row.remaining]
        assert shown == [str(value) for value in expected]
    assert f"<b>{result.passed}</b> of {result.in_scope}" in screen.figures_label.text()
    assert screen.reuse_list.count() == len(result.reuse) > 0
    if SHOTS.is_dir():  # for looking at, when the folder exists
        screen.resize(1366 - 168, 768 - 60)
        screen.grab().save(str(SHOTS / "city-screen-en.png"))
    index = next(i for i, row in enumerate(result.districts) if row.code == "110101")
    dialog = screen.open_district(index)
    qtbot.addWidget(dialog)
    communities = district_detail(city, "110101", YEAR, clock.now()).communities
    listed = [dialog.communities.item(r, 0).text() for r in range(dialog.communities.rowCount())]
    assert listed == [c.code for c in communities] and listed


def test_the_sample_dialog_draws_and_saves_the_work_list(city: Workspace, qtbot, tmp_path: Path) -> None:  # noqa: F811
    screen = CityScreen(UiContext(city))
    qtbot.addWidget(screen)
    screen.year_box.setValue(YEAR)
    dialog = screen.open_sample()
    qtbot.addWidget(dialog)
    dialog.size_box.setValue(3)
    dialog.seed_edit.setText("城市抽查")
    assert dialog.draw() and dialog.drawn is not None
    again = sample.draw_sample(city, YEAR, 3, "城市抽查", as_of=clock.now())
    assert [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())] == again.codes
    sheet = load_workbook(dialog.save(tmp_path / "list.xlsx")).active
    assert [sheet.cell(row=r, column=4).value for r in range(4, 7)] == again.codes


def test_a_tampered_package_shows_the_core_message_and_changes_nothing(
    city: Workspace,  # noqa: F811
    sent,  # noqa: F811
    qtbot,
    tmp_path: Path,
    monkeypatch,
) -> None:
    tampered = _tampered(sent["110107"].package, tmp_path / "t.zip")
    with pytest.raises(ValidationError) as refused:
        imports.import_package(city, tampered)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    screen = CityScreen(UiContext(city))
    qtbot.addWidget(screen)
    screen.year_box.setValue(YEAR)
    before, table = _packages(city), screen.data
    assert screen.import_file(tampered) is False
    assert shown == [refused.value.render()]
    assert _packages(city) == before and screen.data == table


def test_a_city_workspace_shows_the_city_screens_only(city: Workspace, qtbot) -> None:  # noqa: F811
    window = MainWindow(city)
    qtbot.addWidget(window)
    keys = [window.navigation.item(r).data(256) for r in range(window.navigation.count())]
    assert keys == ["city", "standard", "targets"]
    titles = [action.text() for action in window.menuBar().actions()[0].menu().actions()]
    assert not any("street recommendations" in title for title in titles)


def test_cli_city_report_writes_both_files(city: Workspace, tmp_path: Path, capsys, monkeypatch) -> None:  # noqa: F811
    monkeypatch.setenv("GREENDESK_PASSWORD", CITY_PASSWORD)
    city.close()  # the CLI opens it as another process would (last: the fixture stays closed)
    folder = str(city.data_dir)
    out = tmp_path / "out"
    arguments = ["--data-dir", folder, "--user", CITY_ADMIN, "city", "report", "--year", str(YEAR)]
    assert main([*arguments, "--out", str(out), "--json"]) == 0
    written = json.loads(capsys.readouterr().out)
    assert Path(written["pdf"]).is_file() and Path(written["xlsx"]).is_file()
    assert Path(written["pdf"]).parent == out
