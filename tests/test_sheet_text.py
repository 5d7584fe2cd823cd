"""Text in the workbooks the app writes stays text: a name, comment or contact typed as a formula
(``=HYPERLINK(...)``, a DDE ``=cmd|...``) or an error code never becomes one, and characters no cell
can hold are shown escaped instead of failing the export. The app's own formulas still work."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from sqlalchemy import select

from greendesk.core.base import clock, sheets
from greendesk.core.intake.template import export_template
from greendesk.core.package.export import export_package
from greendesk.core.reports import documents, snapshots
from greendesk.core.reports.office import OfficeDetails, read_office, save_office
from greendesk.core.review.queue import queue
from greendesk.core.review.queue_export import export_queue
from greendesk.core.storage.models import Community, Street
from greendesk.core.workspace import Workspace

LINK = '=HYPERLINK("http://evil.example/x","点此查看")'
DDE = "=cmd|' /C calc'!A0"
BELL = "永安\x07里社区"
SHOWN_BELL = "永安\\u0007里社区"


def _cells(path: Path) -> list[openpyxl.cell.cell.Cell]:
    book = openpyxl.load_workbook(path)
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]


def _formulas(path: Path) -> list[str]:
    return [str(cell.value) for cell in _cells(path) if cell.data_type == "f"]


def _texts(path: Path) -> list[str]:
    return [cell.value for cell in _cells(path) if isinstance(cell.value, str) and cell.data_type != "f"]


@pytest.mark.parametrize("write_only", [False, True])
def test_row_cells_keep_text_as_text_on_either_kind_of_sheet(tmp_path: Path, write_only: bool) -> None:
    book = Workbook(write_only=write_only)
    sheet = book.create_sheet("表") if write_only else book.active
    values = [LINK, DDE, "#N/A", BELL, "\ud800孤", "x" * 40000, sheets.Formula("=1+1"), 3, "普通"]
    sheet.append(sheets.row_cells(sheet, values))
    book.save(tmp_path / "t.xlsx")
    (row,) = openpyxl.load_workbook(tmp_path / "t.xlsx").worksheets[0].iter_rows()
    assert [cell.data_type for cell in row] == ["s", "s", "s", "s", "s", "s", "f", "n", "s"]
    assert [cell.value for cell in row[:5]] == [LINK, DDE, "#N/A", SHOWN_BELL, "\\ud800孤"]
    assert len(row[5].value) == sheets.CELL_TEXT_LIMIT and row[5].value.endswith("…")
    assert row[6].value == "=1+1" and row[7].value == 3 and row[8].value == "普通"


def test_put_keeps_text_as_text(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheets.put(sheet, 1, 1, DDE)
    sheets.put(sheet, 1, 2, BELL).font = openpyxl.styles.Font(bold=True)
    sheets.put(sheet, 1, 3, sheets.Formula("=SUM(1,2)"))
    sheets.put(sheet, 1, 4, None)
    book.save(tmp_path / "t.xlsx")
    assert _formulas(tmp_path / "t.xlsx") == ["=SUM(1,2)"]
    assert _texts(tmp_path / "t.xlsx") == [DDE, SHOWN_BELL]


@pytest.fixture
def hostile(reviewed: Workspace) -> Workspace:
    """The reviewed workspace after a registry brought hostile names (as an outside workbook can)."""
    with reviewed.transaction() as session:
        session.scalars(select(Community).where(Community.code == "110105001001")).one().name = LINK
        session.scalars(select(Community).where(Community.code == "110105001002")).one().name = BELL
        session.scalars(select(Street).where(Street.code == "110105002")).one().name = DDE
    return reviewed


def _assert_inert(path: Path, allowed: tuple[str, ...] = ()) -> list[str]:
    """No formula but the app's own; returns the workbook's texts."""
    assert all(formula.startswith(allowed) for formula in _formulas(path)) if allowed else not _formulas(path)
    return _texts(path)


def test_queue_export_keeps_hostile_names_as_text(hostile: Workspace, tmp_path: Path) -> None:
    path = export_queue(queue(hostile), tmp_path / "队列.xlsx")
    texts = _assert_inert(path)
    assert LINK in texts and DDE in texts and SHOWN_BELL in texts


def test_template_keeps_hostile_names_as_text_and_its_own_formula(hostile: Workspace, tmp_path: Path) -> None:
    path = export_template(hostile, tmp_path / "模板.xlsx", 2022)
    texts = _assert_inert(path, allowed=("=IF(AND(ISNUMBER(B3)",))
    assert len(_formulas(path)) == 4  # the coverage formula on each community's sheet
    assert LINK in texts and DDE in texts


def test_package_summary_keeps_hostile_names_as_text(hostile: Workspace, tmp_path: Path) -> None:
    package = export_package(hostile, 2022, tmp_path / "申报材料.zip")
    with zipfile.ZipFile(package.path) as archive:
        name = next(n for n in archive.namelist() if n.endswith("data/汇总表.xlsx"))
        (tmp_path / "s.xlsx").write_bytes(archive.read(name))
    texts = _assert_inert(tmp_path / "s.xlsx")
    assert LINK in texts and DDE in texts and SHOWN_BELL in texts


def test_report_form_keeps_typed_contact_and_narrative_as_text(hostile: Workspace, tmp_path: Path) -> None:
    office = read_office(hostile)
    save_office(hostile, OfficeDetails(office.name, DDE, office.phone, office.prefix))
    clock.freeze(datetime(2022, 12, 20, 9, 0))
    try:
        out = tmp_path / "年报.xlsx"
        documents.export_report(
            hostile, snapshots.ANNUAL, "2022", out, narrative=f"{LINK}\n一、\x1b工作开展情况"
        )
    finally:
        clock.freeze(None)
    texts = _assert_inert(out)
    assert DDE in texts
    assert any(text.startswith(LINK) and "\\u001b工作" in text for text in texts)


def test_panel_summary_keeps_a_typed_dissent_as_text(workspace: Workspace, tmp_path: Path) -> None:
    from greendesk.core.panel.opinion_summary import write_summary
    from tests.panel_sheet_support import build_panel, confirm, score_directly

    world = build_panel(workspace, name=DDE)
    points = {item.number: item.points for item in world.standard.items}
    score_directly(workspace, world, "E01", points, comment=LINK)
    confirm(workspace, world, 1, 4.0, f"{LINK}\x1b")
    path = write_summary(workspace, world.panel_id, tmp_path / "一览表.xlsx")
    texts = _assert_inert(path)
    assert f"{LINK}\\u001b" in texts
