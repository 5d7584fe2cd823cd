"""Issue 16, second round: periods written the Chinese way, pilots started beside passed, figures as
they stood at the as-of moment, and the GB/T 9704 closing block, annex page numbers and last page."""

from __future__ import annotations

import re
import shutil
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from greendesk.core.base import clock, i18n
from greendesk.core.progress import figures, targets
from greendesk.core.registry import roster
from greendesk.core.reports import documents, labels, office, official, snapshots, summary
from greendesk.core.workspace import Workspace
from tests.progress_world import build_world
from tests.test_official_documents import _text, _words

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

RAW_PERIOD = re.compile(r"\d{4}Q\d")


@pytest.fixture(autouse=True)
def _english_interface_and_a_fixed_day():
    i18n.set_language("en")
    clock.freeze(datetime(2022, 10, 8, 9, 30))
    yield
    clock.freeze(None)


@pytest.fixture
def world(workspace: Workspace, tmp_path: Path) -> Workspace:
    return build_world(workspace, tmp_path)


def test_a_period_is_written_the_chinese_way() -> None:
    assert labels.period_text("2022Q4") == "2022年第四季度"
    assert labels.period_text("2022") == "2022年度"
    assert labels.period_text("2022Q4", "en") == "2022 Q4"
    deadline = {"kind": "quarterly", "period": "2022Q4", "due": "2023-01-10"}
    assert "2022年第四季度" in labels.deadline_text(deadline) and "Q4" not in labels.deadline_text(deadline)
    annual = labels.deadline_report("summary", "2022")
    assert "2022年度" in annual and "2022 " not in annual


def test_no_document_writes_a_period_as_2022q3(world: Workspace, tmp_path: Path) -> None:
    quarterly, workbook = tmp_path / "q.pdf", tmp_path / "q.xlsx"
    documents.export_report(world, snapshots.QUARTERLY, "2022Q3", quarterly)
    documents.export_report(world, snapshots.QUARTERLY, "2022Q3", workbook)
    text = _text(quarterly).replace("\n", "")
    assert "2022年第三季度" in text and not RAW_PERIOD.search(text)  # the title and the next deadline
    cells = [
        str(cell)
        for sheet in openpyxl.load_workbook(workbook).worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    ]
    assert not [cell for cell in cells if RAW_PERIOD.search(cell)]
    assert any("2022年第三季度" in cell for cell in cells)


def _street_header(sheet) -> list[str]:
    for row in sheet.iter_rows(values_only=True):
        if row and row[0] == labels.t("Street code"):
            return [str(cell) for cell in row if cell is not None]
    raise AssertionError("no street header")


def test_pilots_started_stand_next_to_the_passed_columns(world: Workspace, tmp_path: Path) -> None:
    """启动试点 (the year's recommendations, figures.py's rule) then 本年 and 累计 passed, in every document."""
    workbook, annual = tmp_path / "q.xlsx", tmp_path / "a.pdf"
    documents.export_report(world, snapshots.QUARTERLY, "2022Q3", workbook)
    header = _street_header(openpyxl.load_workbook(workbook)[labels.t(labels.SHEET_STREETS)])
    started = header.index("启动试点")
    assert header[started + 1 : started + 3] == ["本年通过", "累计通过"] and "推荐" not in header
    documents.write_annual_pdf(world, 2022, annual)
    summary_pdf = tmp_path / "s.pdf"
    details = office.read_office(world)
    filler = official.FormFiller(details.name, details.contact, details.phone, clock.today())
    data = figures.compute(world, 2022, figures.end_of_day(clock.today())).to_dict()
    summary.write_district_summary_pdf(data, summary_pdf, filler)
    for pdf in (annual, summary_pdf):  # the header cells wrap: 启动试/点, 本年通/过, 累计通/过
        heads = [
            {
                word[:3]: left
                for word, left, *_rest in page
                if word[:3] in ("启动试", "本年通", "累计通", "未开始")
            }
            for page in _words(pdf)
        ]
        (head,) = [h for h in heads if "本年通" in h]
        assert head["启动试"] < head["本年通"] < head["累计通"] < head["未开始"], pdf.name


def test_a_snapshot_regenerates_identically_after_a_target_and_scope_change(world: Workspace) -> None:
    """Targets and the in-scope flag count as they stood at the as-of moment (from the audit log)."""
    clock.freeze(datetime(2022, 9, 1, 9, 0))
    targets.set_target(
        world, 2022, target_share=40, pilots_per_street_min=2, pilots_per_street_max=9
    )  # stood on 30 September
    clock.freeze(datetime(2022, 10, 8, 9, 30))
    frozen = snapshots.take_snapshot(world, snapshots.QUARTERLY, "2022Q3")
    clock.freeze(datetime(2022, 10, 9, 10, 0))
    targets.set_target(world, 2022, target_share=60, pilots_per_street_min=4)
    targets.set_target(world, 2021, target_share=15)  # a year first set after the moment
    roster.update_community(world, "110105001001", in_scope=False)
    now = figures.compute(world, 2022, clock.now())
    assert (now.target_share, now.pilots_min) == (60, 4)
    assert now.in_scope_total == frozen.data["in_scope_total"] - 1  # the changes count from now on
    again = snapshots.take_snapshot(world, snapshots.QUARTERLY, "2022Q3")
    assert again.data["as_of"] == frozen.data["as_of"]
    assert (again.data["target_share"], again.data["pilots_min"]) == (40, 2)
    assert {k: v for k, v in again.data.items() if k != "audit_head"} == {
        k: v for k, v in frozen.data.items() if k != "audit_head"
    }


def test_the_signature_keeps_a_line_of_text_and_leaves_no_gap_before_it(
    world: Workspace, tmp_path: Path
) -> None:
    """Only the last line before 发文机关署名 moves with it: the page before ends near the block's foot."""
    annual = tmp_path / "annual.pdf"
    for lines in range(1, 12):  # narratives of several lengths move the closing across the page's foot
        narrative = "\n".join(f"第{n}段：本年度绿色社区创建工作稳步推进。" for n in range(1, lines + 1))
        snapshot = snapshots.take_snapshot(world, snapshots.ANNUAL, "2022", narrative=narrative)
        documents.write_annual_pdf(world, 2022, annual, snapshot_id=snapshot.id)
        pages = _words(annual)
        office_name = office.read_office(world).name
        (at,) = [i for i, page in enumerate(pages) if any(w[0] == office_name for w in page)][:1]
        signature_top = min(w[2] for w in pages[at] if w[0] == office_name)
        above = [w for w in pages[at] if w[4] < signature_top - 1 and w[0] not in ("—",)]
        assert above, (lines, "signature alone on its page")
        if at > 0:  # the closing went over: the page before is full to within two lines of the foot
            body = [w for w in pages[at - 1] if w[0] != "—" and not w[0].isdigit()]
            assert max(w[4] for w in body) > 37 + 225 - 2 * 10.3, (lines, max(w[4] for w in body))
