from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from greendesk.core import audit
from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.registry import roster
from greendesk.core.workspace import Workspace


def test_official_registry_for_chaoyang(chaoyang: Workspace) -> None:
    counts = roster.registry_counts(chaoyang)
    assert counts == {"streets": 43, "communities": 622, "in_scope": 622}
    communities = roster.list_communities(chaoyang)
    assert all(len(c.code) == 12 and c.code.startswith("110105") for c in communities)
    assert all(c.kind == "居委会" and c.edition == "2023" for c in communities)
    kinds = {s.kind for s in roster.list_streets(chaoyang)}
    assert kinds == {"街道", "地区"}


def test_reload_keeps_local_edits(chaoyang: Workspace) -> None:
    code = roster.list_communities(chaoyang)[0].code
    roster.update_community(
        chaoyang, code, households=2400, in_scope="否", property_management_coverage="45%"
    )
    summary = roster.load_official(chaoyang)
    assert summary.communities_added == 0
    again = roster.get_community(chaoyang, code)
    assert (again.households, again.in_scope, again.property_management_coverage) == (2400, False, 45.0)


def test_filter_by_name_code_street_and_fullwidth(chaoyang: Workspace) -> None:
    by_name = roster.list_communities(chaoyang, "三里屯")
    assert by_name and all("三里屯" in c.name or "三里屯" in c.street_name for c in by_name)
    code = by_name[0].code
    assert [c.code for c in roster.list_communities(chaoyang, code)] == [code]
    fullwidth = code.translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})
    assert [c.code for c in roster.list_communities(chaoyang, fullwidth)] == [code]


def test_edit_is_audited_and_validated(chaoyang: Workspace) -> None:
    code = roster.list_communities(chaoyang)[0].code
    roster.update_community(chaoyang, code, contact="王主任 010-12345678")
    with chaoyang.sessions() as session:
        entries = audit.history(session, code)
        assert entries[-1].action == "community.update" and "王主任" in entries[-1].new_json
        assert audit.verify_chain(session) == []
    with pytest.raises(ValidationError) as info:
        roster.update_community(chaoyang, code, property_management_coverage="130")
    assert code in str(info.value)
    assert roster.get_community(chaoyang, code).property_management_coverage is None


def _registry_workbook(path: Path, rows: list[list[object]], title: bool = True) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "名单"
    if title:
        sheet.append(["朝阳区社区名单（2023版）"])
        sheet.merge_cells("A1:F1")
        sheet.append([])
    sheet.append(["统计用区划代码", "社区名称", "所属街道", "户数", "物业管理覆盖率", "纳入创建范围"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_excel_registry_with_title_row_and_chinese_headers(workspace: Workspace, tmp_path: Path) -> None:
    path = _registry_workbook(
        tmp_path / "名单.xlsx",
        [
            ["１１０１０５００１０２４", "南郎家园社区居委会", "建外街道", 1800, 0.35, "是"],
            ["110105001025", "北郎家园社区居委会", "建外街道", "2,100", "28%", "否"],
        ],
    )
    summary = roster.load_workbook(workspace, path)
    assert summary.communities_added == 2
    first = roster.get_community(workspace, "110105001024")
    assert (first.households, first.property_management_coverage, first.in_scope) == (1800, 35.0, True)
    second = roster.get_community(workspace, "110105001025")
    assert (second.households, second.property_management_coverage, second.in_scope) == (2100, 28.0, False)


def test_bad_excel_row_is_named_and_nothing_is_written(workspace: Workspace, tmp_path: Path) -> None:
    path = _registry_workbook(
        tmp_path / "bad.xlsx",
        [
            ["110105001024", "南郎家园社区居委会", "建外街道", 1800, 35, "是"],
            ["11010500102", "短码社区", "建外街道", 1, 1, "是"],
        ],
    )
    with pytest.raises(ValidationError) as info:
        roster.load_workbook(workspace, path)
    message = str(info.value)
    assert "bad.xlsx" in message and "row 5" in message and "11010500102" in message
    assert roster.registry_counts(workspace)["communities"] == 0


def test_not_an_excel_file(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"this is not a workbook")
    with pytest.raises(ValidationError) as info:
        roster.load_workbook(workspace, path)
    assert "fake.xlsx" in str(info.value) and "not an Excel workbook" in str(info.value)


def test_nbs_style_sheet_without_streets_skips_villages(workspace: Workspace, tmp_path: Path) -> None:
    """An NBS-like export: numeric codes, 城乡分类代码, no street column, villages mixed in."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["统计用区划代码", "城乡分类代码", "名称"])
    sheet.append([110105001024, 111, "南郎家园社区居委会"])
    sheet.append([110105043201, 220, "某某村委会"])  # a villagers' committee: not a community
    book.save(tmp_path / "nbs.xlsx")
    summary = roster.load_workbook(workspace, tmp_path / "nbs.xlsx")
    assert (summary.communities_added, summary.skipped_not_residents_committees) == (1, 1)
    community = roster.get_community(workspace, "110105001024")
    assert (community.street_name, community.kind) == ("建外街道", "居委会")


def test_excel_registry_reads_cells_as_street_packages_do(workspace: Workspace, tmp_path: Path) -> None:
    """Units in headers, '户' after a count and a whole 100 % cell (the number 1) read as intake reads them."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["统计用区划代码", "社区名称", "户数（户）", "物业管理覆盖率（%）", "纳入创建范围"])
    sheet.append(["110105001024", "南郎家园社区居委会", "1,200户", 1, "纳入"])
    sheet.append(["110105001025", "北郎家园社区居委会", 900, 0.5, "不纳入"])
    sheet["D2"].number_format = sheet["D3"].number_format = "0%"
    book.save(tmp_path / "名单.xlsx")
    roster.load_workbook(workspace, tmp_path / "名单.xlsx")
    first = roster.get_community(workspace, "110105001024")
    assert (first.households, first.property_management_coverage, first.in_scope) == (1200, 100.0, True)
    second = roster.get_community(workspace, "110105001025")
    assert (second.households, second.property_management_coverage, second.in_scope) == (900, 50.0, False)


def test_find_community_accepts_full_width_codes_and_names_the_missing_one(chaoyang: Workspace) -> None:
    code = roster.list_communities(chaoyang)[0].code
    fullwidth = code.translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})
    with chaoyang.sessions() as session:
        assert roster.find_community(session, fullwidth).code == code
        assert roster.find_community(session, code).street.code == code[:9]
        with pytest.raises(NotFoundError) as info:
            roster.find_community(session, "110105999999")
    assert "110105999999" in str(info.value) and "registry" in str(info.value)
