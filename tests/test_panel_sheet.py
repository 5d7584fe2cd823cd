"""The expert's Excel scoring sheet: its layout and guard rails, filling it in as an expert would, the
import's checks (typos normalised or refused by sheet/row/item, nothing half written), tampered and
foreign sheets refused, and a re-import that adds nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from greendesk.core import accounts
from greendesk.core.base.errors import ValidationError
from greendesk.core.identity import PermissionDenied
from greendesk.core.panel.scores import SHEET
from greendesk.core.panel.sheet import IDENTITY_SHEET, export_sheet, rule_lines
from greendesk.core.panel.sheet_import import import_sheet, parse_score
from greendesk.core.storage.models import ExpertScore, PanelAssignment, PanelExpert
from greendesk.core.workspace import Workspace
from tests.evidence_fixtures import compound_file
from tests.panel_sheet_support import build_panel, fill, item_rows

COMMUNITY = "永安里社区"


def _scores(workspace: Workspace) -> list[ExpertScore]:
    with workspace.sessions() as session:
        return list(session.scalars(select(ExpertScore).order_by(ExpertScore.id)))


def test_the_sheet_lists_the_assigned_items_with_rules_validation_and_locks(
    workspace: Workspace, tmp_path: Path
) -> None:
    world = build_panel(workspace)
    path = export_sheet(workspace, world.panel_id, "e01", tmp_path / "E01.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["封面及填表说明", COMMUNITY, "建华社区", IDENTITY_SHEET]
    assert book[IDENTITY_SHEET].sheet_state == "veryHidden"
    assert book.security.lockStructure
    cover = [cell for row in book["封面及填表说明"].iter_rows(values_only=True) for cell in row if cell]
    assert "王建国" in cover and "区住房和城乡建设委员会" in cover and "复核人（签名）" in cover
    sheet = book[COMMUNITY]
    assert sheet.protection.sheet and not sheet.protection.password
    rows = item_rows(path, COMMUNITY)
    assert sorted(rows) == list(range(1, 17))
    first = rows[1]
    assert sheet.cell(first, 4).value == "①未建立共同缔造工作机制扣4分；②居民参与记录不全依程度扣1-2分"
    assert sheet.cell(first, 3).value == 6
    assert sheet.cell(first, 7).value == "1.1"  # the evidence index
    assert not sheet.cell(first, 8).protection.locked and not sheet.cell(first, 10).protection.locked
    assert sheet.cell(first, 2).protection.locked and sheet.cell(first, 9).protection.locked
    assert not sheet.cell(rows[8], 9).protection.locked  # a gating item takes a veto
    score_rules = [v for v in sheet.data_validations.dataValidation if v.type == "decimal"]
    six = next(v for v in score_rules if v.formula2 == "6")
    assert f"H{first}" in str(six.sqref) and six.formula1 == "0"
    assert "满分6分" in six.prompt and "0至6" in six.error and six.showErrorMessage
    with workspace.sessions() as session:  # signed with the workspace's key: no per-expert secret made
        expert = session.scalars(select(PanelExpert).where(PanelExpert.key == "E01")).one()
        assert expert.kit_key == ""


def test_rule_lines_read_like_a_score_table(workspace: Workspace) -> None:
    standard = build_panel(workspace).standard
    assert rule_lines(standard.item(4)) == "①基础设施缺一项扣2分（①供水排水、②供电照明、③道路、④消防设施）"
    assert rule_lines(standard.item(8)).endswith("扣完为止；一票否决项")
    assert "最多加4分" in rule_lines(standard.item(7))


@pytest.mark.parametrize(
    ("typed", "score"),
    [(7, 7.0), (4.5, 4.5), ("8分", 8.0), ("８", 8.0), ("４．５分", 4.5), (" 3 ", 3.0), ("", None)],
)
def test_unambiguous_scores_are_normalised(typed: object, score: float | None) -> None:
    assert parse_score(typed) == score


@pytest.mark.parametrize("typed", ["8-9", "八", "8,5", "约8分", "-1", True, "8分5"])
def test_ambiguous_scores_are_refused(typed: object) -> None:
    with pytest.raises(ValueError):
        parse_score(typed)


def test_a_filled_sheet_is_checked_whole_then_imported_once(workspace: Workspace, tmp_path: Path) -> None:
    world = build_panel(workspace)
    path = export_sheet(workspace, world.panel_id, "E01", tmp_path / "E01.xlsx")
    values = {1: (5, None, "居民参与记录不全"), 2: (6,), 3: ("8分",), 4: ("７",), 8: (9, "否"), 9: (7.5,)}
    fill(path, COMMUNITY, {number: values.get(number, (4,)) for number in range(1, 17) if number != 6})
    rows = item_rows(path, COMMUNITY)
    with pytest.raises(ValidationError) as refused:
        import_sheet(workspace, path)
    text = refused.value.render("en")
    # item 3 has 5 points ("8分" is read as 8), item 9 has 6: both named by sheet, row and item
    assert f"sheet '{COMMUNITY}', row {rows[3]}, item 3: 8 is outside 0 to 5" in text
    assert f"sheet '{COMMUNITY}', row {rows[9]}, item 9: 7.5 is outside 0 to 6" in text
    assert _scores(workspace) == []  # nothing half written
    fill(path, COMMUNITY, {3: ("4.5分",), 9: ("５",)})
    fill(path, "建华社区", {1: ("五分",)})
    with pytest.raises(ValidationError, match=r"sheet '建华社区', row \d+, item 1: '五分' is not a score"):
        import_sheet(workspace, path)
    fill(path, "建华社区", {1: (None,)})
    result = import_sheet(workspace, path)
    assert (result.recorded, result.scored, result.already_imported) == (15, 15, False)
    assert {(cell.sheet, cell.item) for cell in result.empty} == {(COMMUNITY, 6)} | {
        ("建华社区", number) for number in range(1, 17)
    }
    stored = {row.item_number: row for row in _scores(workspace)}
    assert stored[3].score == 4.5 and stored[4].score == 7.0 and stored[9].score == 5.0
    assert stored[1].comment == "居民参与记录不全" and stored[8].findings_json == '{"vetoed": false}'
    assert {row.source for row in stored.values()} == {SHEET} and len(
        {r.source_sha256 for r in stored.values()}
    ) == 1
    again = import_sheet(workspace, path)
    assert (again.recorded, again.already_imported) == (0, True)
    assert len(_scores(workspace)) == 15


def test_a_comment_or_veto_without_a_score_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    world = build_panel(workspace)
    path = export_sheet(workspace, world.panel_id, "E02", tmp_path / "E02.xlsx")
    fill(path, COMMUNITY, {8: (None, "是", "占压消防通道"), 12: (10, "可能")})
    with pytest.raises(ValidationError) as refused:
        import_sheet(workspace, path)
    text = refused.value.render("en")
    assert (
        "item 8: a comment or veto without a score" in text and "item 12: veto '可能' is not 是 or 否" in text
    )


def _identity(path: Path, field: str, value: object, out: Path) -> Path:
    book = openpyxl.load_workbook(path)
    for row in book[IDENTITY_SHEET].iter_rows():
        if row[0].value == field:
            row[1].value = value
    book.save(out)
    return out


def test_tampered_or_foreign_sheets_are_refused(workspace: Workspace, tmp_path: Path) -> None:
    world = build_panel(workspace)
    other = build_panel(workspace, name="第二组")
    path = export_sheet(workspace, world.panel_id, "E01", tmp_path / "E01.xlsx")
    export_sheet(workspace, world.panel_id, "E02", tmp_path / "E02.xlsx")  # E02 has a secret too
    export_sheet(workspace, other.panel_id, "E01", tmp_path / "other.xlsx")
    fill(path, COMMUNITY, {1: (5,)})
    as_e02 = _identity(path, "expert", "E02", tmp_path / "as-e02.xlsx")
    as_other = _identity(path, "panel", other.panel_id, tmp_path / "as-other.xlsx")
    for forged in (as_e02, as_other):
        with pytest.raises(ValidationError, match="does not match its check code"):
            import_sheet(workspace, forged)
    elsewhere = _identity(path, "workspace", "0" * 32, tmp_path / "elsewhere.xlsx")
    with pytest.raises(ValidationError, match="another workspace"):
        import_sheet(workspace, elsewhere)
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    with pytest.raises(ValidationError, match="not a GreenDesk scoring sheet"):
        import_sheet(workspace, plain)
    assert _scores(workspace) == []


def _damaged(path: Path, sheet: Path) -> None:
    path.write_bytes(sheet.read_bytes()[:2000])


def _password(path: Path, sheet: Path) -> None:
    path.write_bytes(
        compound_file({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b"\x01" * 5000})
    )


def _text(path: Path, sheet: Path) -> None:
    path.write_text("条目,评分\n1,5\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (_damaged, "评分表.xlsx is damaged"),
        (_password, "File 评分表.xlsx is password protected"),
        (_text, "评分表.xlsx is not an Excel workbook"),
    ],
)
def test_unreadable_files_get_the_intakes_messages(
    workspace: Workspace, tmp_path: Path, spoil: Callable[[Path, Path], None], message: str
) -> None:
    world = build_panel(workspace)
    sheet = export_sheet(workspace, world.panel_id, "E01", tmp_path / "E01.xlsx")
    spoilt = tmp_path / "评分表.xlsx"
    spoil(spoilt, sheet)
    with pytest.raises(ValidationError) as refused:
        import_sheet(workspace, spoilt)
    assert refused.value.render("en").startswith(message)


def test_items_no_longer_assigned_are_refused(workspace: Workspace, tmp_path: Path) -> None:
    world = build_panel(workspace, items_for_e03=(1, 2))
    path = export_sheet(workspace, world.panel_id, "E03", tmp_path / "E03.xlsx")
    assert openpyxl.load_workbook(path).sheetnames == ["封面及填表说明", COMMUNITY, IDENTITY_SHEET]
    assert sorted(item_rows(path, COMMUNITY)) == [1, 2]
    fill(path, COMMUNITY, {1: (5,), 2: (4,)})
    with workspace.transaction() as session:
        expert = session.scalars(select(PanelExpert).where(PanelExpert.key == "E03")).one()
        session.delete(
            session.scalars(
                select(PanelAssignment).where(
                    PanelAssignment.expert_id == expert.id, PanelAssignment.item_number == 2
                )
            ).one()
        )
    with pytest.raises(ValidationError, match=r"item 2 is not assigned to E03"):
        import_sheet(workspace, path)
    assert _scores(workspace) == []


def test_only_an_administrator_or_approver_handles_sheets(workspace: Workspace, tmp_path: Path) -> None:
    world = build_panel(workspace)
    path = export_sheet(workspace, world.panel_id, "E01", tmp_path / "E01.xlsx")
    accounts.create_user(workspace, "reader", ["reviewer"], "reader-pass-1")
    accounts.sign_in(workspace, "reader", "reader-pass-1")
    with pytest.raises(PermissionDenied, match="administrator or approver"):
        import_sheet(workspace, path)
    with pytest.raises(PermissionDenied):
        export_sheet(workspace, world.panel_id, "E02", tmp_path / "E02.xlsx")
