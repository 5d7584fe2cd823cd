"""Progress figures checked against a hand count of a small district (see progress_world.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from progress_world import AS_OF, build_world
from sqlalchemy import event

from greendesk.cli import main
from greendesk.core import audit
from greendesk.core.base import clock, i18n
from greendesk.core.progress import figures, targets
from greendesk.core.reports import documents, forms, labels, official, snapshots, summary
from greendesk.core.reports.snapshots import SnapshotFrozenError
from greendesk.core.review import vocabulary
from greendesk.core.storage.models import Recommendation
from greendesk.core.workspace import Workspace

STREET_A, STREET_B, STREET_C = "110105001", "110105002", "110105003"
END_OF_Q3 = datetime(2022, 9, 30, 23, 59, 59)


@pytest.fixture
def world(workspace: Workspace, tmp_path: Path) -> Workspace:
    return build_world(workspace, tmp_path)


@pytest.fixture(autouse=True)
def _frozen_clock():
    clock.freeze(datetime(2022, 10, 8, 9, 30))
    yield
    clock.freeze(None)


def _street(result: figures.Progress, code: str) -> figures.StreetProgress:
    return next(s for s in result.streets if s.code == code)


def test_district_figures_by_hand(world: Workspace) -> None:
    result = figures.compute(world, 2022, END_OF_Q3)
    # 9 committees, B3 out of scope -> 8; passed: A1 (2021), A2, A3 (failed 2021, passed 2022) = 3.
    assert (result.in_scope_total, result.out_of_scope, result.passed) == (8, 1, 3)
    assert result.passed_share == 37.5
    assert (result.target_share, result.required, result.remaining) == (60.0, 5, 2)  # ceil(4.8) = 5
    assert (result.pilots_min, result.pilots_max, result.streets_below_min) == (2, 3, 2)
    # 2022 recommendations in scope: A2 passed, A3 signed off, A4 under review, B1 returned, B2 recommended.
    assert result.by_status == {
        vocabulary.RECOMMENDED: 1,
        vocabulary.UNDER_REVIEW: 1,
        vocabulary.RETURNED: 1,
        vocabulary.RESUBMITTED: 0,
        vocabulary.PASSED: 1,
        vocabulary.FAILED: 0,
        vocabulary.SIGNED_OFF: 1,
        vocabulary.REVOKED: 0,
    }
    assert result.next_deadline == targets.Deadline("quarterly", "2022Q3", date(2022, 10, 10))
    assert result.days_left == 10
    assert ("summary", "2022", date(2022, 11, 10)) in [(d.kind, d.period, d.due) for d in result.deadlines]
    assert result.target_lines == [(2021, 25.0), (2022, 60.0)]
    assert [(p.day, p.passed, p.share) for p in result.series] == [
        (date(2021, 11, 5), 1, 12.5),  # A1 signed off before its last update: the earlier moment counts
        (date(2022, 8, 15), 2, 25.0),
        (date(2022, 9, 20), 3, 37.5),
        (AS_OF, 3, 37.5),
    ]
    assert [(p.code, p.year, p.passed_on, p.status) for p in result.passed_communities] == [
        ("110105001001", 2021, date(2021, 11, 5), vocabulary.SIGNED_OFF),
        ("110105001002", 2022, date(2022, 8, 15), vocabulary.PASSED),
        ("110105001003", 2022, date(2022, 9, 20), vocabulary.SIGNED_OFF),
    ]


def test_street_figures_by_hand(world: Workspace) -> None:
    result = figures.compute(world, 2022, END_OF_Q3)
    assert [s.code for s in result.streets] == [STREET_A, STREET_B, STREET_C]
    a, b, c = (_street(result, code) for code in (STREET_A, STREET_B, STREET_C))
    fields = (
        "in_scope",
        "required",
        "recommended",
        "not_started",
        "under_review",
        "returned",
        "passed",
        "failed",
        "pilots",
        "below_min",
    )
    assert [getattr(a, f) for f in fields] == [4, 3, 3, 0, 1, 0, 2, 0, 3, False]
    # B3 is out of scope: its passed recommendation counts nowhere.
    assert [getattr(b, f) for f in fields] == [2, 2, 2, 1, 0, 1, 0, 0, 0, True]
    # A street with no recommendation at all is still listed (and below the pilot minimum).
    assert [getattr(c, f) for f in fields] == [2, 2, 0, 0, 0, 0, 0, 0, 0, True]


def test_outcome_by_item_uses_the_latest_decision_of_the_current_round(world: Workspace) -> None:
    items = {
        row.item: (row.pass_count, row.fail_count, row.more_count)
        for row in figures.compute(world, 2022, END_OF_Q3).items
    }
    assert sorted(items) == list(range(1, 17))  # every item of the standard, decided or not
    # Item 1: A2 round 2 pass (its round-1 fail is history), B1 pass, A4 fail.
    assert items[1] == (2, 1, 0)
    assert items[2] == (1, 0, 0)
    assert items[3] == (1, 0, 0)  # "more" then "pass" in the same round: the latest counts
    assert items[5] == (0, 0, 1)
    assert items[12] == (0, 1, 0)
    assert items[7] == (0, 0, 0)  # B3's fail: out of scope
    assert sum(sum(v) for v in items.values()) == 7


def test_compute_reads_one_snapshot(world: Workspace) -> None:
    """Figures and the audit-chain head printed beside them come from one read transaction (was 17)."""
    begins: list[object] = []

    def count(connection: object) -> None:
        begins.append(connection)

    event.listen(world.engine, "begin", count)
    try:
        result = figures.compute(world, 2022, END_OF_Q3)
    finally:
        event.remove(world.engine, "begin", count)
    assert 1 <= len(begins) <= 2
    with world.sessions() as session:
        assert result.audit_head == audit.head(session) != audit.GENESIS


def test_as_of_counts_only_what_had_happened(world: Workspace) -> None:
    result = figures.compute(world, 2022, figures.end_of_day(date(2022, 9, 1)))
    assert result.passed == 2  # A3 passes on 20 September
    a = _street(result, STREET_A)
    assert (a.passed, a.under_review, a.pilots, a.below_min) == (1, 2, 2, False)
    # Statuses as they were on 1 September (was: today's, so A3's later sign-off counted).
    assert result.by_status[vocabulary.SIGNED_OFF] == 0
    assert result.by_status[vocabulary.UNDER_REVIEW] == 2  # A3 (signed off on 20 September), A4
    assert (result.next_deadline.period, result.days_left) == ("2022Q3", 39)
    assert result.series[-1] == figures.SeriesPoint(date(2022, 9, 1), 2, 25.0)
    before_any = figures.compute(world, 2021, figures.end_of_day(date(2021, 6, 30)))
    assert (before_any.passed, before_any.target_share, before_any.required) == (0, 25.0, 2)
    assert before_any.series == [figures.SeriesPoint(date(2021, 6, 30), 0, 0.0)]


def test_a_past_year_counts_what_was_recorded_after_31_december(world: Workspace) -> None:
    """Was: a past year was measured on 31 December, so a January sign-off of its review was lost."""
    with world.transaction() as session:  # A4 (2022) passes on 20 January 2023
        rec = session.query(Recommendation).filter_by(status=vocabulary.UNDER_REVIEW).one()
        rec.status, rec.updated_at = vocabulary.PASSED, datetime(2023, 1, 20, 10, 0)
    clock.freeze(datetime(2023, 3, 1, 9, 0))
    result = figures.compute(world, 2022, clock.now())
    assert result.as_of == datetime(2023, 3, 1, 9, 0) and result.passed == 4
    assert result.passed_in_year == 3 and _street(result, STREET_A).passed == 3
    assert (result.next_deadline.period, result.days_left) == ("2023Q1", 40)  # due 10 April 2023
    assert figures.compute(world, 2022, figures.end_of_day(date(2022, 12, 31))).passed == 3


def test_community_passing_twice_counts_once(world: Workspace) -> None:
    with world.transaction() as session:
        a1_2021 = session.query(Recommendation).filter_by(year=2021, status=vocabulary.SIGNED_OFF).one()
        session.add(
            Recommendation(
                community_id=a1_2021.community_id,
                year=2022,
                standard_id="national-2020-trial",
                status=vocabulary.PASSED,
                created_at=datetime(2022, 3, 1),
                updated_at=datetime(2022, 5, 1),
            )
        )
    result = figures.compute(world, 2022, END_OF_Q3)
    assert result.passed == 3
    assert result.passed_communities[0].passed_on == date(2021, 11, 5)
    assert _street(result, STREET_A).pilots == 3
    assert _street(result, STREET_A).passed == 3  # three 2022 recommendations of street A passed


def test_out_of_scope_change_moves_the_totals(world: Workspace) -> None:
    from greendesk.core.registry import roster

    roster.update_community(world, "110105002003", in_scope="是")
    result = figures.compute(world, 2022, clock.now())  # the change counts from the moment it was made
    assert (result.in_scope_total, result.out_of_scope, result.passed) == (9, 0, 4)
    assert _street(result, STREET_B).pilots == 1
    before = figures.compute(world, 2022, END_OF_Q3)  # not in figures as of an earlier moment
    assert (before.in_scope_total, before.out_of_scope, before.passed) == (8, 1, 3)


def test_snapshot_is_frozen_once_submitted(world: Workspace) -> None:
    snapshot = snapshots.take_snapshot(world, snapshots.QUARTERLY, "2022Q3")
    assert snapshot.as_of == AS_OF  # the quarter has ended by the (frozen) today
    snapshots.set_narrative(world, snapshot.id, "第三季度进展顺利。")
    submitted = snapshots.submit_snapshot(world, snapshot.id)
    assert submitted.submitted_at == datetime(2022, 10, 8, 9, 30)
    with world.transaction() as session:  # A4 passes after the report went out
        rec = session.query(Recommendation).filter_by(status=vocabulary.UNDER_REVIEW).one()
        rec.status, rec.updated_at = vocabulary.PASSED, datetime(2022, 9, 29, 10, 0)
    assert figures.compute(world, 2022, END_OF_Q3).passed == 4
    again = snapshots.get_snapshot(world, snapshot.id)
    assert again.data == submitted.data and again.data["passed"] == 3
    assert again.narrative == "第三季度进展顺利。"
    with pytest.raises(SnapshotFrozenError):
        snapshots.submit_snapshot(world, snapshot.id)
    with pytest.raises(SnapshotFrozenError) as info:
        snapshots.set_narrative(world, snapshot.id, "改写")
    assert "submitted" in str(info.value)
    # Exports of the period print the submitted figures, not today's.
    content = documents.resolve_content(world, snapshots.QUARTERLY, "2022Q3")
    assert content.data["passed"] == 3
    newer = snapshots.take_snapshot(world, snapshots.QUARTERLY, "2022Q3")
    assert newer.id != snapshot.id and newer.data["passed"] == 4 and not newer.submitted
    assert newer.narrative == "第三季度进展顺利。"  # carried over as a starting point
    assert [s.id for s in snapshots.list_snapshots(world)] == [newer.id, snapshot.id]


def test_bad_periods_are_refused(world: Workspace) -> None:
    from greendesk.core.base.errors import ValidationError

    with pytest.raises(ValidationError, match="2022Q5"):
        snapshots.take_snapshot(world, snapshots.QUARTERLY, "2022Q5")
    with pytest.raises(ValidationError):
        documents.export_report(world, snapshots.ANNUAL, "2022", Path("report.docx"))
    assert snapshots.list_snapshots(world) == []


def _zh(text: str) -> str:
    """A report label as the workbook prints it: in Simplified Chinese, whatever the interface language."""
    return i18n.translate("Reports", text, "zh_CN")


def _sheet_rows(path: Path, sheet: str) -> list[tuple]:
    """The table rows of a report sheet (below the header; not the 填报人 block under the table)."""
    book = openpyxl.load_workbook(path)
    form = {_zh(forms.PERSON), _zh(forms.PHONE), _zh(forms.FILLED_ON)}
    rows = book[sheet].iter_rows(min_row=5, values_only=True)
    return [row for row in rows if any(v is not None for v in row) and row[0] not in form]


def test_excel_matches_progress_json(world: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    args = ["--data-dir", str(world.data_dir), "--lang", "en"]
    assert main([*args, "progress", "--year", "2022", "--as-of", "2022-09-30", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    out = tmp_path / "q3.xlsx"
    assert main([*args, "report", "quarterly", "--quarter", "2022Q3", "--out", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    # The interface is in English; the workbook leaving the office is in Chinese.
    names = [labels.SHEET_SUMMARY, labels.SHEET_STREETS, labels.SHEET_ITEMS, labels.SHEET_SERIES]
    assert book.sheetnames == [_zh(name) for name in names]
    figures = {row[0]: row[1] for row in _sheet_rows(out, _zh(labels.SHEET_SUMMARY)) if row[0]}
    assert figures[_zh("In-scope communities")] == data["in_scope_total"] == 8
    assert figures[_zh("Communities passed (cumulative)")] == data["passed"] == 3
    assert figures[_zh("Share passed (%)")] == pytest.approx(data["passed_share"] / 100)  # a percentage cell
    assert figures[_zh("Communities required by the target")] == data["required"]
    assert figures[_zh("Days left to the next deadline")] == data["days_left"]
    assert (
        figures[vocabulary.status_label(vocabulary.UNDER_REVIEW, "zh_CN")]
        == data["by_status"]["under_review"]
    )
    streets = _sheet_rows(out, _zh(labels.SHEET_STREETS))
    for row, street in zip(streets, data["streets"], strict=False):
        assert row[:11] == (
            street["code"],
            street["name"],
            street["in_scope"],
            street["required"],
            street["recommended"],  # pilots started, beside the passed columns
            street["passed"],
            street["pilots"],
            street["not_started"],
            street["under_review"],
            street["returned"],
            street["failed"],
        )
        assert row[11] == _zh("Yes" if street["below_min"] else "No")
    assert streets[-1][1:11] == (_zh("District total"), 8, 5, 5, 2, 3, 1, 1, 1, 0)
    items = _sheet_rows(out, _zh(labels.SHEET_ITEMS))
    assert [list(r) for r in items] == [
        [i["item"], i["pass_count"], i["fail_count"], i["more_count"]] for i in data["items"]
    ]
    sheet = book[_zh(labels.SHEET_STREETS)]
    assert sheet.freeze_panes == "A5"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.print_title_rows == "$4:$4"
    assert "$A$1:$L$" in sheet.print_area
    assert sheet["A4"].font.bold and sheet.column_dimensions["B"].width >= 10


def test_annual_excel_lists_passed_communities_and_narrative(world: Workspace, tmp_path: Path) -> None:
    text = tmp_path / "summary.txt"
    text.write_text("一、工作开展情况\n二、存在问题", encoding="utf-8")
    out = tmp_path / "annual.xlsx"
    args = ["--data-dir", str(world.data_dir), "--lang", "en"]
    assert (
        main([*args, "report", "annual", "--year", "2022", "--out", str(out), "--narrative-file", str(text)])
        == 0
    )
    passed = _sheet_rows(out, _zh(labels.SHEET_PASSED))
    assert [(r[0], r[3], r[4]) for r in passed] == [
        ("110105001001", "建外街道", 2021),
        ("110105001002", "建外街道", 2022),
        ("110105001003", "建外街道", 2022),
    ]
    assert _sheet_rows(out, _zh(labels.SHEET_NARRATIVE))[0][0] == "一、工作开展情况\n二、存在问题"


def test_cli_submit_twice_is_refused(world: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    args = ["--data-dir", str(world.data_dir), "--lang", "en"]
    report = [*args, "report", "quarterly", "--quarter", "2022Q3", "--out"]
    assert main([*report, str(tmp_path / "a.xlsx"), "--submit"]) == 0
    assert main([*report, str(tmp_path / "b.xlsx"), "--submit"]) == 2
    assert "cannot be changed" in capsys.readouterr().err
    assert main([*report, str(tmp_path / "c.xlsx"), "--submit", "--new"]) == 0
    assert main([*args, "report", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert [(r["period"], r["submitted_at"] is not None) for r in rows] == [
        ("2022Q3", True),
        ("2022Q3", True),
    ]


pdf_tools = pytest.mark.skipif(
    shutil.which("pdffonts") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils not installed",
)


def _pdf_fonts(path: Path) -> list[list[str]]:
    output = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in output.splitlines()[2:]]


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pdf_tools
def test_pdfs_embed_the_cjk_font_and_extract_as_chinese(world: Workspace, tmp_path: Path) -> None:
    i18n.set_language("zh_CN")
    quarterly, annual, district = tmp_path / "q.pdf", tmp_path / "a.pdf", tmp_path / "s.pdf"
    documents.write_quarterly_pdf(world, "2022Q3", quarterly)
    snapshot = snapshots.take_snapshot(world, snapshots.ANNUAL, "2022", narrative="全年创建工作稳步推进。")
    documents.write_annual_pdf(world, 2022, annual, snapshot_id=snapshot.id)
    filler = official.FormFiller("北京市朝阳区住房和城乡建设委员会", "", "", END_OF_Q3.date())
    summary.write_district_summary_pdf(
        figures.compute(world, 2022, END_OF_Q3).to_dict(), district, filler, ["密钥指纹 AB:CD:EF"]
    )
    for path in (quarterly, annual, district):
        fonts = _pdf_fonts(path)
        assert fonts and all(row[1] == "TrueType" for row in fonts if row)
        assert all(row[-5] == "yes" for row in fonts)  # the emb column: nothing left unembedded
    text = _pdf_text(quarterly)
    assert "朝阳区绿色社区创建季度进展情况（2022年第三季度）" in text.replace("\n", "")
    for phrase in ("建外街道", "呼家楼街道", "纳入创建范围的社区", "37.5", "低于试点最低数"):
        assert phrase in text
    annual_text = _pdf_text(annual)
    for phrase in (
        "2022年度绿色社区创建成果和总结",
        "工作总结",
        "全年创建工作稳步推进。",
        "110105001003",
        "永安里社区居委会",
    ):
        assert phrase in annual_text
    assert "密钥指纹 AB:CD:EF" in _pdf_text(district)
