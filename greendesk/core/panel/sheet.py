"""The Excel scoring sheet for an expert without GreenDesk: one workbook per expert, read back by
``sheet_import``.

Layout: a cover sheet (panel, year and batch, the standard, the expert, how to fill it in, the
填写人 / 复核人 lines), then one sheet per assigned community. One sheet per community rather than
blocks on one sheet: each prints as that community's own score table, an expert may be assigned
different items in different communities, and a score is found by (sheet, row) without scanning
for block headers. Each item row shows number, text, points, the typed rules as readable lines
("①未建立共同缔造工作机制扣4分；②…"), verification, department and evidence index; the expert
fills in 评分 (decimal validation 0..points with an input and an error message), 一票否决 (gating
items only) and 扣分说明/意见.

Every other cell is locked and the sheets and the workbook's structure are protected without a
password: a guard rail against typing in the wrong place or moving rows, not security (anyone can
lift it). What secures the sheet is the hidden sheet's check code: the workspace's Ed25519
signature (the package key) over the canonical identity (workspace, panel, expert) and layout
(sheet, row, item, points), so a sheet made for another panel, expert or workspace, or with its
identity edited, is refused on import. It needs no per-expert secret, so exporting a scoring kit
for the same expert later (which renews the kit's secret) leaves the sheets already sent valid. The workbook's texts are Chinese whatever the interface language: it is a
document handed to an expert.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from Cryptodome.PublicKey.ECC import EccKey
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import settings
from greendesk.core.base import sheets
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import short_community_name
from greendesk.core.package import signing
from greendesk.core.panel.access import require_manager
from greendesk.core.panel.merge import panel_standard
from greendesk.core.panel.panels import find_expert, find_panel
from greendesk.core.reports.excel import BORDER
from greendesk.core.reports.files import replaced_on_success
from greendesk.core.standards.model import (
    ALL_OR_NOTHING,
    AWARD,
    BONUS_PER_UNIT,
    DEDUCT_IF_ABSENT,
    DEDUCT_PER_MISSING,
    DEDUCT_PER_OCCURRENCE,
    DEDUCT_RANGE,
    Item,
    ScoringRule,
    Standard,
)
from greendesk.core.storage.models import Panel, PanelAssignment, PanelExpert, Recommendation
from greendesk.core.workspace import Workspace

FORMAT = "greendesk-score-sheet/1"
COVER_SHEET = "封面及填表说明"
IDENTITY_SHEET = "_greendesk"
HEADER_ROW = 4
FIRST_ITEM_ROW = 5
# Columns of a community sheet (1-based): what the import reads is named.
NUMBER_COLUMN, SCORE_COLUMN, VETO_COLUMN, COMMENT_COLUMN = 1, 8, 9, 10
HEADERS = (
    "条目",
    "标准条目",
    "分值",
    "评分规则",
    "核查方式",
    "责任部门",
    "佐证索引",
    "评分",
    "一票否决",
    "扣分说明/意见",
)
WIDTHS = (6.0, 40.0, 6.0, 38.0, 30.0, 14.0, 9.0, 8.0, 9.0, 32.0)
METHODS = {"documents": "查阅资料", "site": "实地查看", "survey": "问卷"}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_STATED = re.compile(r"[扣加得]\s*\d|不得分")  # a label that already says what it gives or takes

INSTRUCTIONS = (
    "1. 每个社区一张工作表。在“评分”栏填写本条得分：0至本条分值之间的数字，可带小数（如 4.5），不要写“分”字。",
    "2. 在“扣分说明/意见”栏写明扣分理由或评审意见；与其他专家或复核结果的不同意见也写在此栏，将原样载入专家意见表。",
    "3. 一票否决项在“一票否决”栏选择“是”（发现否决情形）或“否”；其他条目此栏不可填写。",
    "4. 未评分的条目请留空，不要填 0（0 表示本条不得分）。",
    "5. 工作表已保护（无密码），只有评分、一票否决和意见栏可以填写。保护只为防止误改，不是安全措施；"
    "请勿增删行列、改动工作表名称或把内容复制到其他工作簿，否则评分表无法导入。",
    "6. 填写完成后保存为 .xlsx（Excel 或 WPS 均可），交回区住建委；纸质评分表由专家本人签字，不得代签。",
)

LABEL_FONT = Font(bold=True)
TITLE_FONT = Font(name="SimHei", size=14, bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBD5")
INPUT_FILL = PatternFill("solid", fgColor="FFF7D6")  # where the expert types
WRAP = Alignment(wrap_text=True, vertical="top")
UNLOCKED = Protection(locked=False)
LINE_POINTS = 14.5  # one line of 11 pt text
COVER_WIDTHS = (22.0, 56.0, 6.0, 16.0)  # 100 units: a portrait page


@dataclass(frozen=True)
class SheetLayout:
    """Where one community's items stand: (row, item number, points) per item."""

    sheet: str
    recommendation_id: int
    code: str
    rows: tuple[tuple[int, int, float], ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "recommendation": self.recommendation_id,
            "code": self.code,
            "rows": [list(row) for row in self.rows],
        }


@dataclass(frozen=True)
class SheetIdentity:
    """What the hidden sheet holds: whose sheet it is and how it is laid out."""

    workspace_id: str
    panel_id: int
    expert_key: str
    layouts: tuple[SheetLayout, ...]

    def canonical(self) -> bytes:
        data = {
            "format": FORMAT,
            "workspace": self.workspace_id,
            "panel": self.panel_id,
            "expert": self.expert_key,
            "sheets": [layout.to_json() for layout in self.layouts],
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def check_code(key: EccKey, identity: SheetIdentity) -> str:
    """The workspace's signature of the canonical identity and layout, as hex."""
    return signing.sign(key, identity.canonical()).hex()


def code_matches(key: EccKey, identity: SheetIdentity, code: str) -> bool:
    """Whether ``code`` is this workspace's signature of the identity and layout."""
    try:
        signature = bytes.fromhex(code)
    except ValueError:
        return False
    return signing.verify_signature(key.public_key(), signature, identity.canonical())


def rule_lines(item: Item) -> str:
    """The item's typed rules as a score table prints them: ①未成立扣4分；②计划不完整扣1分."""
    if not item.scoring:
        return f"符合得{item.points or 0:g}分，不符合不得分"
    lines = [
        f"{CIRCLED[i] if i < len(CIRCLED) else f'({i + 1})'}{_rule_text(r)}"
        for i, r in enumerate(item.scoring)
    ]
    text = "；".join(lines)
    return f"{text}；一票否决项" if item.gating else text


def _rule_text(rule: ScoringRule) -> str:
    label, stated = rule.label, bool(_STATED.search(rule.label))
    if rule.kind == DEDUCT_IF_ABSENT:
        return label if stated else f"{label}扣{rule.points:g}分"
    if rule.kind == DEDUCT_RANGE:
        span = f"{rule.max:g}" if rule.min == rule.max else f"{rule.min:g}-{rule.max:g}"
        return label if stated else f"{label}依程度扣{span}分"
    if rule.kind == DEDUCT_PER_MISSING:
        return f"{label}扣{rule.points_each:g}分（{'、'.join(rule.sub_points)}）"
    if rule.kind == DEDUCT_PER_OCCURRENCE:
        return label if stated else f"{label}，每处扣{rule.points_each:g}分，扣完为止"
    if rule.kind == AWARD:
        return label if stated else f"{label}得{rule.points:g}分"
    if rule.kind == BONUS_PER_UNIT:
        each = "" if stated else f"，每项加{rule.points_each:g}分"
        return f"{label}{each}，最多加{rule.cap or 0:g}分"
    if rule.kind == ALL_OR_NOTHING:
        return label if stated else f"{label}，本条不得分"
    return label


def verification_text(item: Item) -> str:
    methods = "、".join(METHODS.get(method, method) for method in item.verification_methods)
    if methods and item.verification:
        return f"{methods}：{item.verification}"
    return methods or item.verification


@dataclass(frozen=True)
class _Community:
    recommendation_id: int
    code: str
    name: str
    street: str
    items: tuple[Item, ...]


def assigned_communities(session: Session, expert: PanelExpert, standard: Standard) -> list[_Community]:
    """The expert's assigned communities in code order, each with its assigned items in standard order."""
    numbers: dict[int, set[int] | None] = {}
    for row in session.scalars(select(PanelAssignment).where(PanelAssignment.expert_id == expert.id)):
        if row.item_number is None or numbers.get(row.recommendation_id, set()) is None:
            numbers[row.recommendation_id] = None
        else:
            numbers.setdefault(row.recommendation_id, set()).add(row.item_number)  # type: ignore[union-attr]
    found = []
    for recommendation in session.scalars(select(Recommendation).where(Recommendation.id.in_(list(numbers)))):
        wanted = numbers[recommendation.id]
        items = tuple(item for item in standard.items if wanted is None or item.number in wanted)
        community = recommendation.community
        found.append(
            _Community(recommendation.id, community.code, community.name, community.street.name, items)
        )
    return sorted(found, key=lambda community: community.code)


def export_sheet(workspace: Workspace, panel_id: int, expert_key: str, path: Path) -> Path:
    """Write the expert's scoring workbook to ``path`` (one piece: nothing half written on failure)."""
    require_manager(workspace)
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file}: a scoring sheet is written as .xlsx."), file=path.name
        )
    with workspace.transaction() as session:
        panel = find_panel(session, panel_id)
        expert = find_expert(session, panel, expert_key)
        standard = panel_standard(session, panel)
        communities = assigned_communities(session, expert, standard)
        if not communities:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Expert {expert} of panel {panel} has no community assigned: no sheet to export.",
                ),
                expert=expert.key,
                panel=panel.name or panel.id,
            )
        workspace_id = settings.WORKSPACE_ID.read(session)
        key = signing.load_or_create_key(workspace.data_dir)
        book = _workbook(panel, expert, standard, communities, workspace_id, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        with replaced_on_success(path, ".xlsx") as temporary:
            book.save(temporary)
    return path


def _workbook(
    panel: Panel,
    expert: PanelExpert,
    standard: Standard,
    communities: Sequence[_Community],
    workspace_id: str,
    key: EccKey,
) -> Workbook:
    book = Workbook()
    _cover(book.active, panel, expert, standard, communities)
    used = {COVER_SHEET, IDENTITY_SHEET}
    layouts = []
    for community in communities:
        title = sheets.sheet_title(short_community_name(community.name), used, "社区")
        layouts.append(_community_sheet(book.create_sheet(title), panel, expert, standard, community))
    identity = SheetIdentity(workspace_id, panel.id, expert.key, tuple(layouts))
    _identity_sheet(book.create_sheet(IDENTITY_SHEET), identity, check_code(key, identity))
    book.security = WorkbookProtection(lockStructure=True)  # no password: a guard rail (see above)
    return book


def fit_row_heights(sheet: Any, widths: Sequence[float], first_row: int, last_row: int | None = None) -> None:
    """Row heights for wrapped text: Excel grows such a row when it opens the file, LibreOffice and
    WPS keep the default height and overlap the lines, so the height is written."""
    for row in sheet.iter_rows(min_row=first_row, max_row=last_row or sheet.max_row):
        lines = 1
        for cell in row:
            if not isinstance(cell.value, str) or cell.value.startswith("=") or cell.column > len(widths):
                continue
            room = max(widths[cell.column - 1] - 1.5, 1.0)
            parts = cell.value.split("\n")
            lines = max(lines, sum(max(1, math.ceil(sheets.display_width(part) / room)) for part in parts))
        if lines > 1:
            sheet.row_dimensions[row[0].row].height = LINE_POINTS * lines


def panel_heading(panel: Panel) -> str:
    """2025年度第1批 (and the panel's name)."""
    name = f"（{panel.name}）" if panel.name else ""
    return f"{panel.year}年度第{panel.batch}批{name}"


def _protect(sheet: Any) -> None:
    """Locked cells stay as they are; columns and rows may still be resized. No password."""
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def _cover(
    sheet: Any, panel: Panel, expert: PanelExpert, standard: Standard, communities: Sequence[_Community]
) -> None:
    sheet.title = COVER_SHEET
    sheet.append(sheets.row_cells(sheet, [f"{panel_heading(panel)}绿色社区创建专家评分表"]))
    sheet["A1"].font = TITLE_FONT
    sheet.append(sheets.row_cells(sheet, []))
    names = "、".join(community.name for community in communities)
    facts = (
        ("年度批次", f"{panel.year}年度 第{panel.batch}批"),
        ("评审组", panel.name or f"第{panel.id}组"),
        ("评分标准", standard.title),
        ("专家编号", expert.key),
        ("专家姓名", expert.name),
        ("工作单位", expert.organisation),
        ("评分社区", f"{len(communities)}个：{names}"),
    )
    for label, value in facts:
        sheet.append(sheets.row_cells(sheet, [label, value]))
        sheet.cell(sheet.max_row, 1).font = LABEL_FONT
        sheet.cell(sheet.max_row, 2).alignment = WRAP
    sheet.append(sheets.row_cells(sheet, []))
    sheet.append(sheets.row_cells(sheet, ["填表说明"]))
    sheet.cell(sheet.max_row, 1).font = LABEL_FONT
    for line in INSTRUCTIONS:
        sheet.append(sheets.row_cells(sheet, ["", line]))
        sheet.cell(sheet.max_row, 2).alignment = WRAP
    sheet.append(sheets.row_cells(sheet, []))
    for role in ("填写人（专家本人签名）", "复核人（签名）"):
        sheet.append(sheets.row_cells(sheet, [role, None, "日期", None]))
        sheet.cell(sheet.max_row, 1).font = LABEL_FONT
        sheet.row_dimensions[sheet.max_row].height = 30  # room to sign by hand
        for column in (2, 4):
            cell = sheet.cell(sheet.max_row, column)
            cell.protection, cell.fill = UNLOCKED, INPUT_FILL
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COVER_WIDTHS))
    fit_row_heights(sheet, COVER_WIDTHS, 2)
    sheets.finish(sheet, header_rows=(1, 1), widths=COVER_WIDTHS, last_row=sheet.max_row)
    sheet.freeze_panes = None
    _protect(sheet)


def _community_sheet(
    sheet: Any, panel: Panel, expert: PanelExpert, standard: Standard, community: _Community
) -> SheetLayout:
    last_column = len(HEADERS)
    sheet.append(
        sheets.row_cells(sheet, [f"{community.name} 绿色社区创建专家评分表（{panel_heading(panel)}）"])
    )
    sheet.append(
        sheets.row_cells(
            sheet,
            [
                f"社区代码：{community.code}　　所属街道：{community.street}　　专家：{expert.key} {expert.name}"
            ],
        )
    )
    pass_mark = f"，{standard.pass_mark:g}分达到创建要求" if standard.pass_mark is not None else ""
    full = f"满分{standard.max_points:g}分" if standard.max_points is not None else ""
    sheet.append(sheets.row_cells(sheet, [f"评分标准：{standard.title}（{full}{pass_mark}）"]))
    for row in (1, 2, 3):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_column)
    sheet["A1"].font = TITLE_FONT
    sheet.append(sheets.row_cells(sheet, HEADERS))
    for cell in sheet[HEADER_ROW]:
        cell.font, cell.fill, cell.alignment = (
            LABEL_FONT,
            HEADER_FILL,
            Alignment(horizontal="center", wrap_text=True),
        )
    rows = []
    validations: dict[float, DataValidation] = {}
    veto = DataValidation(type="list", formula1='"是,否"', allow_blank=True, showErrorMessage=True)
    veto.error, veto.errorTitle = "请选择“是”或“否”。", "一票否决"
    sheet.add_data_validation(veto)
    for item in community.items:
        points = item.points or 0.0
        sheet.append(
            sheets.row_cells(
                sheet,
                [
                    item.number,
                    item.text,
                    points,
                    rule_lines(item),
                    verification_text(item),
                    item.department,
                    item.evidence_index,
                    None,
                    None if item.gating else "—",
                    None,
                ],
            )
        )
        row = sheet.max_row
        rows.append((row, item.number, points))
        for column in range(1, len(HEADERS) + 1):
            sheet.cell(row, column).alignment, sheet.cell(row, column).border = WRAP, BORDER
        if points not in validations:
            validations[points] = _score_validation(points)
            sheet.add_data_validation(validations[points])
        validations[points].add(sheet.cell(row, SCORE_COLUMN).coordinate)
        inputs = [SCORE_COLUMN, COMMENT_COLUMN] + ([VETO_COLUMN] if item.gating else [])
        for column in inputs:
            cell = sheet.cell(row, column)
            cell.protection, cell.fill = UNLOCKED, INPUT_FILL
        if item.gating:
            veto.add(sheet.cell(row, VETO_COLUMN).coordinate)
    _totals(sheet, rows)
    fit_row_heights(sheet, WIDTHS, FIRST_ITEM_ROW)
    sheets.apply_formats(sheet, FIRST_ITEM_ROW, sheet.max_row, {2: sheets.DECIMAL, 7: sheets.DECIMAL})
    sheets.finish(sheet, header_rows=(HEADER_ROW, HEADER_ROW), widths=WIDTHS, last_row=sheet.max_row)
    _protect(sheet)
    return SheetLayout(sheet.title, community.recommendation_id, community.code, tuple(rows))


def _score_validation(points: float) -> DataValidation:
    """A decimal from 0 to the item's points, said as the cell is entered and again when it is wrong."""
    validation = DataValidation(
        type="decimal", operator="between", formula1="0", formula2=f"{points:g}", allow_blank=True
    )
    validation.showInputMessage = validation.showErrorMessage = True
    validation.promptTitle, validation.prompt = (
        "评分",
        f"本条满分{points:g}分：填写0至{points:g}之间的数字，可带小数。",
    )
    validation.errorTitle = "评分超出范围"
    validation.error = f"请填写0至{points:g}之间的数字（本条满分{points:g}分），不要写“分”字。"
    return validation


def _totals(sheet: Any, rows: Sequence[tuple[int, int, float]]) -> None:
    """合计 (a formula the import never reads) and the expert's signature line under the table."""
    first, last = rows[0][0], rows[-1][0]
    sheet.append(
        sheets.row_cells(
            sheet,
            [
                "合计",
                None,
                sheets.Formula(f"=SUM(C{first}:C{last})"),
                None,
                None,
                None,
                None,
                sheets.Formula(f"=SUM(H{first}:H{last})"),
            ],
        )
    )
    sheet.cell(sheet.max_row, 1).font = LABEL_FONT
    sheet.append(sheets.row_cells(sheet, []))
    sheet.append(sheets.row_cells(sheet, ["专家签名：", None, None, None, "日期：    年    月    日"]))


def _identity_sheet(sheet: Any, identity: SheetIdentity, code: str) -> None:
    """Key/value rows the import reads: never shown (very hidden), protected like the others."""
    sheet.append(sheets.row_cells(sheet, ["format", FORMAT]))
    sheet.append(sheets.row_cells(sheet, ["workspace", identity.workspace_id]))
    sheet.append(sheets.row_cells(sheet, ["panel", identity.panel_id]))
    sheet.append(sheets.row_cells(sheet, ["expert", identity.expert_key]))
    for layout in identity.layouts:
        sheet.append(sheets.row_cells(sheet, ["sheet", json.dumps(layout.to_json(), sort_keys=True)]))
    sheet.append(sheets.row_cells(sheet, ["check", code]))
    sheet.sheet_state = "veryHidden"
    _protect(sheet)
