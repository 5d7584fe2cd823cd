"""The panel's outputs from the one merged table: the 专家意见表 per community (PDF: every expert's
score, the mean, comments and dissent verbatim, a signature line per person, fonts embedded) and the
考核评分情况一览表.xlsx (its cells are merged_table's numbers); and the CLI over the sheet and both.
A round trip: two experts score directly, the third on the Excel sheet."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from greendesk.cli import main
from greendesk.core.base.errors import NotFoundError
from greendesk.core.panel.merge import merged_table
from greendesk.core.panel.opinion_figures import expert_total, mean_total
from greendesk.core.panel.opinion_pdf import write_opinions
from greendesk.core.panel.opinion_summary import ITEMS_SHEET, SUMMARY_SHEET, write_summary
from greendesk.core.panel.sheet import export_sheet
from greendesk.core.panel.sheet_import import import_sheet
from greendesk.core.storage.models import Panel
from greendesk.core.workspace import Workspace
from tests.panel_sheet_support import CODES, EXPERTS, PanelWorld, build_panel, confirm, fill, score_directly

COMMUNITY = "永安里社区"
COMMENT = "居民参与记录不全，机制文件未见原件"
DISSENT = "E03认为机制文件缺失，扣分过重；复核组按台账补充情况确认4分"


def _round_trip(workspace: Workspace, tmp_path: Path) -> PanelWorld:
    """E01 and E02 score on this PC, E03 on the Excel sheet; item 1 is confirmed with a dissent."""
    world = build_panel(workspace)
    points = {item.number: item.points for item in world.standard.items}
    score_directly(workspace, world, "E01", points)
    score_directly(workspace, world, "E02", {number: value - 1 for number, value in points.items()})
    sheet = export_sheet(workspace, world.panel_id, "E03", tmp_path / "E03.xlsx")
    e03 = {number: (value - 0.5,) for number, value in points.items()}
    e03[1] = (3, None, COMMENT)
    fill(sheet, COMMUNITY, e03)
    assert import_sheet(workspace, sheet).recorded == 16
    confirm(workspace, world, 1, 4.0, DISSENT)
    return world


def _table(workspace: Workspace, world: PanelWorld):
    with workspace.sessions() as session:
        table = merged_table(session, session.get(Panel, world.panel_id))
        table.panel.name  # noqa: B018 - loaded while the session is open
        return table


def test_the_opinion_form_prints_every_score_the_mean_comments_and_signature_lines(
    workspace: Workspace, tmp_path: Path
) -> None:
    world = _round_trip(workspace, tmp_path)
    paths = write_opinions(workspace, world.panel_id, tmp_path / "意见表")
    assert [path.name for path in paths] == [
        f"{CODES[0]}_永安里社区_专家意见表.pdf",
        f"{CODES[1]}_建华社区_专家意见表.pdf",
    ]
    reader = PdfReader(paths[0])
    text = "".join(page.extract_text() for page in reader.pages).replace(" ", "").replace("\n", "")
    assert (
        "绿色社区创建专家意见表" in text
        and "永安里社区" in text
        and "建外街道" in text
        and "2025年度第1批" in text
    )
    community = _table(workspace, world).communities[0]
    first = community.items[0]
    assert first.scores == {"E01": 6.0, "E02": 5.0, "E03": 3.0}
    assert "1坚持美好环境" in text and "主体…6653" in text  # item 1: points 6, then E01 6, E02 5, E03 3
    assert "4.67" in text  # the mean (6 + 5 + 3) / 3, before the confirmation
    for key, name, organisation in EXPERTS:
        assert f"评审专家{key}{name}" in text and organisation in text
    assert text.count("填写人") == 1 and text.count("复核人") >= 2  # one line each, plus the 复核意见
    assert COMMENT in text and DISSENT.replace(" ", "") in text
    totals = [expert_total(community, key) for key in ("E01", "E02", "E03")]
    assert totals == [100.0, 84.0, 89.5] and "合计1001008489.591.1790.5" in text
    assert f"{community.total:g}" in text and "达到创建要求" in text
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font)[
                "/FontDescriptor"
            ]
            assert "/FontFile2" in descriptor, font["/BaseFont"]
    only = write_opinions(workspace, world.panel_id, tmp_path / "one", community=CODES[1])
    assert [path.name for path in only] == [paths[1].name]
    with pytest.raises(NotFoundError):
        write_opinions(workspace, world.panel_id, tmp_path / "none", community="110105999999")


def test_the_summary_workbook_holds_the_merged_tables_numbers(workspace: Workspace, tmp_path: Path) -> None:
    world = _round_trip(workspace, tmp_path)
    path = write_summary(workspace, world.panel_id, tmp_path / "考核评分情况一览表.xlsx")
    table = _table(workspace, world)
    book = openpyxl.load_workbook(path)
    summary = list(book[SUMMARY_SHEET].iter_rows(min_row=4, max_row=5, values_only=True))
    for row, community in zip(summary, table.communities, strict=True):
        assert row[1:4] == (community.code, community.name, community.street)
        assert list(row[4:7]) == [expert_total(community, key) for key in ("E01", "E02", "E03")]
        assert (row[7], row[8]) == (mean_total(community), community.total)
    assert summary[0][9] == "达到创建要求" and summary[0][10] == "较高等次（示例）"
    assert summary[1][9] == "评分未完成" and summary[1][8] is None
    items = list(book[ITEMS_SHEET].iter_rows(min_row=4, values_only=True))
    assert len(items) == 32
    for row, item in zip(items, table.communities[0].items, strict=False):
        assert row[2] == item.number and row[4] == item.points
        assert list(row[5:8]) == [item.scores["E01"], item.scores["E02"], item.scores["E03"]]
        assert (row[8], row[9], row[11]) == (item.merge.mean, item.merge.spread, item.confirmed)
        assert row[10] == ("是" if item.merge.disagreement else "否")
    assert items[0][12] == DISSENT and items[0][11] == 4.0


def test_the_cli_exports_imports_and_prints(
    workspace: Workspace, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    world = build_panel(workspace)
    workspace.close()
    folder = str(data_dir)
    sheet = tmp_path / "E02.xlsx"
    assert (
        main(
            [
                "--data-dir",
                folder,
                "panel",
                "sheet",
                "export",
                str(world.panel_id),
                "--expert",
                "E02",
                "--out",
                str(sheet),
            ]
        )
        == 0
    )
    fill(sheet, COMMUNITY, {1: ("5分",), 2: (7,)})
    capsys.readouterr()
    assert main(["--data-dir", folder, "panel", "sheet", "import", str(sheet), "--json"]) == 2
    assert "item 2: 7 is outside 0 to 6" in capsys.readouterr().err
    fill(sheet, COMMUNITY, {2: (6,)})
    assert main(["--data-dir", folder, "panel", "sheet", "import", str(sheet), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["recorded"], result["expert"], len(result["empty"])) == (2, "E02", 30)
    assert main(["--data-dir", folder, "panel", "sheet", "import", str(sheet)]) == 0
    assert "imported before" in capsys.readouterr().out
    out = tmp_path / "opinions"
    assert (
        main(
            [
                "--data-dir",
                folder,
                "panel",
                "opinion",
                str(world.panel_id),
                "--out",
                str(out),
                "--community",
                CODES[0],
            ]
        )
        == 0
    )
    assert len(list(out.glob("*.pdf"))) == 1
    summary = tmp_path / "一览表.xlsx"
    assert main(["--data-dir", folder, "panel", "summary", str(world.panel_id), "--out", str(summary)]) == 0
    assert summary.is_file()
    assert main(["--data-dir", folder, "panel", "summary", "99", "--out", str(summary)]) == 2
    assert "Panel 99 is not in this workspace" in capsys.readouterr().err
