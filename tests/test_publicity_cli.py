"""The publicity CLI: create names the end date in its JSON, objections, close, naming; exit 2 on bad input."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from greendesk.cli import main
from greendesk.core.base import clock
from greendesk.core.workspace import Workspace
from tests.package_fixtures import YEAR

VALID_ID = "11010519491231002X"


def _run(workspace: Workspace, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(workspace.data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_notice_objection_close_and_naming(reviewed: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    reviewed.close()
    code, out, _ = _run(
        reviewed,
        capsys,
        "publicity",
        "create",
        "--year",
        str(YEAR),
        "--start",
        "2022-09-28",
        "--working-days",
        "7",
        "--json",
    )
    assert code == 0
    notice = json.loads(out)
    assert notice["end"] == "2022-10-11" and notice["period_kind"] == "working"
    code, out, _ = _run(
        reviewed,
        capsys,
        "publicity",
        "objection",
        "add",
        str(notice["id"]),
        "--received",
        "2022-10-13",
        "--kind",
        "person",
        "--name",
        "张三",
        "--content",
        "材料不实",
        "--id-number",
        VALID_ID,
        "--contact",
        "13800000000",
        "--community",
        notice["communities"][0],
        "--json",
    )
    assert code == 0 and json.loads(out)["outcome"] == "refused"
    code, _out, err = _run(
        reviewed,
        capsys,
        "publicity",
        "objection",
        "add",
        str(notice["id"]),
        "--received",
        "2022-10-01",
        "--kind",
        "unit",
        "--name",
        "x",
        "--content",
        "y",
        "--community",
        "110105999999",
    )
    assert code == 2 and "110105999999" in err
    previous = clock.frozen()
    clock.freeze(datetime(2022, 10, 12, 9, 0))
    try:
        assert _run(reviewed, capsys, "publicity", "close", str(notice["id"]))[0] == 0
    finally:
        clock.freeze(previous)
    code, out, _ = _run(
        reviewed,
        capsys,
        "naming",
        "create",
        str(notice["id"]),
        "--document-number",
        "朝建发〔2022〕12号",
        "--date",
        "2022-10-20",
        "--json",
    )
    assert code == 0
    named = json.loads(out)
    assert [c["code"] for c in named["communities"]] == notice["communities"]
    code, out, _ = _run(reviewed, capsys, "naming", "show", str(notice["id"]))
    assert code == 0 and "朝建发〔2022〕12号" in out


def test_a_bad_notice_length_exits_2(reviewed: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    reviewed.close()
    code, _out, err = _run(
        reviewed, capsys, "publicity", "create", "--year", str(YEAR), "--start", "2022-09-28", "--days", "0"
    )
    assert code == 2 and "1" in err


def test_recheck_plan_record_and_list(reviewed: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date, timedelta

    from greendesk.core.publicity import naming, notices
    from greendesk.core.publicity.period import CALENDAR_DAYS
    from tests.accounts_support import TEST_PASSWORD

    notice = notices.create_notice(reviewed, year=YEAR, start=date(2022, 9, 28), days=7, kind=CALENDAR_DAYS)
    previous = clock.frozen()
    clock.freeze(datetime(2022, 10, 12, 9, 0))
    try:
        notices.close_notice(reviewed, notice.id)
    finally:
        clock.freeze(previous)
    naming.name_communities(
        reviewed,
        notice.id,
        document_number="朝建发〔2022〕12号",
        named_on=date(2022, 10, 20),
        password=TEST_PASSWORD,
    )
    reviewed.close()
    code, out, _ = _run(
        reviewed, capsys, "recheck", "plan", "--year", "2023", "--size", "1", "--seed", "s1", "--json"
    )
    plan = json.loads(out)
    assert code == 0 and len(plan["sample"]) == 1 and plan["seed"] == "s1"
    deadline = (date.today() + timedelta(days=30)).isoformat()
    code, out, _ = _run(
        reviewed, capsys, "recheck", "record", plan["sample"][0], "rectify", "--deadline", deadline
    )
    assert code == 0 and "限期整改" in out
    code, out, _ = _run(reviewed, capsys, "recheck", "list", "--json")
    assert code == 0 and json.loads(out)[0]["outcome"] == "rectify"
    code, _out, err = _run(reviewed, capsys, "recheck", "record", plan["sample"][0], "rectify")
    assert code == 2 and err


def test_the_notice_as_html_and_excel(
    reviewed: Workspace, tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    import openpyxl

    reviewed.close()
    code, out, _ = _run(
        reviewed,
        capsys,
        "publicity",
        "create",
        "--year",
        str(YEAR),
        "--start",
        "2022-09-28",
        "--working-days",
        "7",
        "--title",
        "关于<朝阳区>绿色社区名单的公示",
        "--json",
    )
    notice = json.loads(out)
    code, out, _ = _run(
        reviewed, capsys, "publicity", "export", str(notice["id"]), "--out", str(tmp_path / "web")
    )
    assert code == 0
    _pdf_path, html_path, xlsx_path = (Path(line) for line in out.splitlines())
    page = html_path.read_text(encoding="utf-8")
    assert "&lt;朝阳区&gt;" in page and "<朝阳区>" not in page  # escaped
    assert "2022年9月28日至2022年10月11日（7个工作日）" in page and "<script" not in page
    for community in notice["communities"]:
        assert community in page
    sheet = openpyxl.load_workbook(xlsx_path).active
    codes = [sheet.cell(row, 4).value for row in range(4, 4 + len(notice["communities"]))]
    assert codes == notice["communities"]
