"""Every workbook the app writes prints as an office form: typed cells, A4, repeated header, page
numbers, frozen header, widths from the content; report forms carry 填报单位 ... 填报日期; all in
Simplified Chinese while the interface is in English (the tests' language)."""

from __future__ import annotations

import random
import shutil
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from progress_world import build_world

from greendesk.core.base import clock, i18n, sheets
from greendesk.core.demo.synthetic import CommunityFigures, write_street_package
from greendesk.core.intake.template import export_template
from greendesk.core.registry import roster
from greendesk.core.reports import documents, forms, labels, snapshots
from greendesk.core.workspace import Workspace

TODAY = datetime(2022, 10, 8, 9, 30)


@pytest.fixture(autouse=True)
def _frozen_clock():
    clock.freeze(TODAY)
    yield
    clock.freeze(None)


def _zh(text: str) -> str:
    return i18n.translate("Reports", text, "zh_CN")


def _assert_printable(sheet: Worksheet, header_row: int) -> None:
    """A4 fitted to the width, the header repeated and frozen, page numbers, every used column sized."""
    assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4), sheet.title  # "9" when written, 9 read
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == f"${header_row}:${header_row}", sheet.title
    assert sheet.freeze_panes is not None and sheet.freeze_panes.endswith(str(header_row + 1)), sheet.title
    footer = sheet.oddFooter.center.text
    assert "&P" in footer and "&N" in footer
    assert footer == i18n.translate("Documents", sheets.PAGE_NUMBERS, "zh_CN")
    for column in range(1, sheet.max_column + 1):
        letter = get_column_letter(column)
        assert sheet.column_dimensions[letter].width >= sheets.MIN_WIDTH, (sheet.title, letter)
    widths = sum(sheet.column_dimensions[get_column_letter(c)].width for c in range(1, sheet.max_column + 1))
    expected = "landscape" if widths > sheets.PORTRAIT_UNITS else "portrait"
    assert sheet.page_setup.orientation == expected, sheet.title


def _fits(sheet: Worksheet, column: int, first_row: int) -> None:
    """The column is at least as wide as its widest cell, counting a CJK character twice."""
    width = sheet.column_dimensions[get_column_letter(column)].width
    for (cell,) in sheet.iter_rows(min_row=first_row, min_col=column, max_col=column):
        if isinstance(cell.value, str):
            assert width >= min(sheets.MAX_WIDTH, sheets.display_width(cell.value)), (sheet.title, cell.value)


def test_display_width_counts_cjk_twice() -> None:
    assert sheets.display_width("朝阳区") == 6
    assert sheets.display_width("abc") == 3
    assert sheets.display_width("第1条\n很长很长的一行") == 14
    assert sheets.column_widths([["朝阳区", 1], ["建外街道", 12345]]) == [10, 7]  # 5 digits + 2


@pytest.fixture
def world(workspace: Workspace, tmp_path: Path) -> Workspace:
    return build_world(workspace, tmp_path)


def test_quarterly_report_workbook(world: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "q3.xlsx"
    documents.export_report(world, snapshots.QUARTERLY, "2022Q3", out)
    book = openpyxl.load_workbook(out)
    assert (
        book.sheetnames[0] == _zh(labels.SHEET_SUMMARY) != labels.SHEET_SUMMARY
    )  # Chinese under an English UI
    for sheet in book.worksheets:
        _assert_printable(sheet, header_row=4)
        # The form block: 填报单位 above the table, 填报人 / 联系电话 / 填报日期 (a real date) below it.
        assert (sheet["A3"].value, sheet["B3"].value) == (_zh(forms.UNIT), "北京市朝阳区住房和城乡建设委员会")
        labels_below = {sheet.cell(row, 1).value: sheet.cell(row, 2) for row in range(5, sheet.max_row + 1)}
        assert labels_below[_zh(forms.PERSON)].value is None  # a blank line to fill in by hand
        assert labels_below[_zh(forms.PHONE)].value is None
        filled_on = labels_below[_zh(forms.FILLED_ON)]
        assert filled_on.value == datetime(2022, 10, 8) and filled_on.number_format == sheets.DATE
    summary = book[_zh(labels.SHEET_SUMMARY)]
    assert summary.page_setup.orientation == "portrait"
    figures = {summary.cell(row, 1).value: summary.cell(row, 2) for row in range(5, summary.max_row + 1)}
    share = figures[_zh("Share passed (%)")]
    assert share.value == pytest.approx(0.375) and share.number_format == sheets.SHARE
    in_scope = figures[_zh("In-scope communities")]
    assert in_scope.value == 8 and in_scope.number_format == sheets.INTEGER
    deadline = next(
        cell for label, cell in figures.items() if str(label).startswith(_zh(labels.NEXT_DEADLINE))
    )
    assert isinstance(deadline.value, datetime) and deadline.number_format == sheets.DATE
    streets = book[_zh(labels.SHEET_STREETS)]
    assert streets.page_setup.orientation == "landscape"  # twelve columns do not fit a portrait page
    assert streets["C5"].number_format == sheets.INTEGER and isinstance(streets["C5"].value, int)
    _fits(streets, 2, 4)
    series = book[_zh(labels.SHEET_SERIES)]
    day, passed, share = (series.cell(5, column) for column in (1, 2, 3))
    assert isinstance(day.value, datetime) and day.number_format == sheets.DATE
    assert isinstance(passed.value, int) and passed.number_format == sheets.INTEGER
    assert 0 <= share.value <= 1 and share.number_format == sheets.SHARE


def test_annual_report_workbook(world: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "2022.xlsx"
    documents.export_report(world, snapshots.ANNUAL, "2022", out, narrative="一、工作开展情况")
    book = openpyxl.load_workbook(out)
    for sheet in book.worksheets:
        _assert_printable(sheet, header_row=4)
    passed = book[_zh(labels.SHEET_PASSED)]
    passed_on = passed.cell(5, 6)
    assert isinstance(passed_on.value, datetime) and passed_on.number_format == sheets.DATE
    assert passed.cell(5, 5).value == 2021 and passed.cell(5, 5).number_format == sheets.INTEGER
    _fits(passed, 2, 4)
    narrative = book[_zh(labels.SHEET_NARRATIVE)]
    assert narrative["A5"].value == "一、工作开展情况" and narrative["A5"].alignment.wrap_text
    assert narrative.page_setup.orientation == "portrait"


def test_package_summary_workbook(package, tmp_path: Path) -> None:
    with zipfile.ZipFile(package.path) as archive:
        name = next(n for n in archive.namelist() if n.endswith("data/汇总表.xlsx"))
        (tmp_path / "s.xlsx").write_bytes(archive.read(name))
    book = openpyxl.load_workbook(tmp_path / "s.xlsx")
    for sheet in book.worksheets:
        _assert_printable(sheet, header_row=1)
        for column in range(1, sheet.max_column + 1):
            _fits(sheet, column, 1)
    overview = book["全部社区"]
    assert overview.freeze_panes == "C2"  # code and name stay in view
    header = [cell.value for cell in overview[1]]
    signed = overview.cell(2, header.index("签发时间") + 1)
    assert isinstance(signed.value, datetime) and signed.number_format == sheets.DATE_TIME
    households = overview.cell(2, header.index("户数") + 1)
    assert isinstance(households.value, int) and households.number_format == sheets.INTEGER
    totals = book["合计"]
    assert totals.freeze_panes == "A2" and totals.page_setup.orientation == "portrait"


def test_blank_template_workbook(chaoyang: Workspace, tmp_path: Path) -> None:
    path = export_template(chaoyang, tmp_path / "模板.xlsx", 2022, "110105004")
    book = openpyxl.load_workbook(path)
    notes, summary, community = book.worksheets[0], book.worksheets[1], book.worksheets[2]
    _assert_printable(notes, header_row=1)
    _assert_printable(summary, header_row=2)
    _assert_printable(community, header_row=5)
    assert summary.freeze_panes == "A3" and community.freeze_panes == "A6"
    for column in range(1, 5):
        _fits(summary, column, 2)
    assert summary["A3"].value == 1 and summary["A3"].number_format == sheets.INTEGER
    assert community["F3"].number_format == sheets.DECIMAL  # the coverage formula's result
    assert community.column_dimensions["F"].width < 40  # sized to what it shows, not the formula text


def test_demo_street_workbook(chaoyang: Workspace, tmp_path: Path) -> None:
    communities = roster.list_communities(chaoyang)[:3]
    figures = [CommunityFigures(c.code, c.name, 1000, 400) for c in communities]
    folder = write_street_package(
        tmp_path / "street", "建外街道", figures, random.Random(1), 2022, [1, 2], photos_per_community=1
    )
    sheet = openpyxl.load_workbook(folder / "推荐名单.xlsx").worksheets[0]
    _assert_printable(sheet, header_row=2)
    _fits(sheet, 3, 2)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_report_workbook_renders_to_a4_pdf(world: Workspace, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "q3.xlsx"
    documents.export_report(world, snapshots.QUARTERLY, "2022Q3", out)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        check=True,
        timeout=120,
    )
    reader = pypdf.PdfReader(tmp_path / "q3.pdf")
    first = reader.pages[0].mediabox
    assert round(float(min(first.width, first.height)) / 72 * 25.4) == 210  # A4
    footer = i18n.translate("Documents", sheets.PAGE_NUMBERS, "zh_CN")
    assert footer.split("&N")[0].replace("&P", "1").strip() in reader.pages[0].extract_text()


def test_a_submitted_report_keeps_its_filling_date(world: Workspace, tmp_path: Path) -> None:
    first = tmp_path / "first.xlsx"
    documents.export_report(world, snapshots.QUARTERLY, "2022Q3", first, submit=True)
    clock.freeze(datetime(2023, 3, 1, 8, 0))  # printed again months later
    again = tmp_path / "again.xlsx"
    documents.export_report(world, snapshots.QUARTERLY, "2022Q3", again)
    for path in (first, again):
        sheet = openpyxl.load_workbook(path).worksheets[0]
        assert sheet.cell(sheet.max_row, 1).value == _zh(forms.FILLED_ON)
        assert sheet.cell(sheet.max_row, 2).value == datetime(2022, 10, 8)  # the day it was submitted
