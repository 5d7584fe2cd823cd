"""考核评分情况一览表.xlsx: the panel's results, one row per community, and every item's scores on a
second sheet, both written from the one merged table (``merge.merged_table``).

Sheet 1: code, name, street, each expert's total, the sum of the means, the confirmed total, pass,
tier, vetoed and flagged items, with the 填写人 / 复核人 lines under it. Sheet 2: per community and
item each expert's score, the mean, the spread, the disagreement flag, the confirmed score and the
复核人's dissent. Chinese whatever the interface language (a document); numbers are number cells.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment

from greendesk.core.base import sheets
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.panel.access import require_manager
from greendesk.core.panel.merge import PanelTable, merged_table
from greendesk.core.panel.opinion_figures import expert_total, mean_total, result_text, tier_name
from greendesk.core.panel.panels import find_panel
from greendesk.core.panel.sheet import fit_row_heights, panel_heading
from greendesk.core.reports import office
from greendesk.core.reports.excel import BLANK_LINE, BORDER, HEADER_FILL, HEADER_FONT, TITLE_FONT
from greendesk.core.reports.files import replaced_on_success
from greendesk.core.workspace import Workspace

SUMMARY_SHEET = "考核评分情况一览表"
ITEMS_SHEET = "条目评分明细"
SCORE = "0.0#"  # 6.0, 5.5, 4.67
HEADER_ROW = 3
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_summary(workspace: Workspace, panel_id: int, path: Path) -> Path:
    """Write the 一览表 to ``path`` (.xlsx, in one piece)."""
    require_manager(workspace)
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file}: the score summary is written as .xlsx."), file=path.name
        )
    details = office.read_office(workspace)
    with workspace.snapshot() as session:  # the table's panel is read while the session is open
        table = merged_table(session, find_panel(session, panel_id))
        book = Workbook()
        _summary_sheet(book.active, table, details.name)
        _items_sheet(book.create_sheet(ITEMS_SHEET), table)
    path.parent.mkdir(parents=True, exist_ok=True)
    with replaced_on_success(path, ".xlsx") as temporary:
        book.save(temporary)
    return path


def _head(sheet: Any, title: str, subtitle: str, header: list[str]) -> None:
    sheet.append(sheets.row_cells(sheet, [title]))
    sheet["A1"].font = TITLE_FONT
    sheet.append(sheets.row_cells(sheet, [subtitle]))
    sheet.append(sheets.row_cells(sheet, header))
    for cell in sheet[HEADER_ROW]:
        cell.font, cell.fill, cell.alignment, cell.border = HEADER_FONT, HEADER_FILL, CENTRE, BORDER
    last = len(header)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)


def _body(sheet: Any, first: int, numeric: set[int]) -> None:
    """Borders on the table; score formats on the numeric columns (0-based)."""
    for row in sheet.iter_rows(min_row=first, max_row=sheet.max_row):
        for cell in row:
            cell.border, cell.alignment = BORDER, WRAP
            if cell.column - 1 in numeric:
                cell.number_format = SCORE


def _summary_sheet(sheet: Any, table: PanelTable, office_name: str) -> None:
    sheet.title = SUMMARY_SHEET
    experts = [f"{expert.key} {expert.name}" for expert in table.experts]
    header = [
        "序号",
        "社区代码",
        "社区名称",
        "所属街道",
        *experts,
        "评价得分合计",
        "确认总分",
        "评定结果",
        "等次",
        "一票否决条目",
        "分歧待复核条目",
    ]
    standard = table.standard
    _head(
        sheet,
        f"{panel_heading(table.panel)}绿色社区创建考核评分情况一览表",
        f"填报单位：{office_name}　　评分标准：{standard.title}"
        + (f"（{standard.pass_mark:g}分达到创建要求）" if standard.pass_mark is not None else ""),
        header,
    )
    for number, community in enumerate(table.communities, start=1):
        sheet.append(
            sheets.row_cells(
                sheet,
                [
                    number,
                    community.code,
                    community.name,
                    community.street,
                    *[expert_total(community, expert.key) for expert in table.experts],
                    mean_total(community),
                    community.total,
                    result_text(table, community),
                    tier_name(table, community) or None,
                    "、".join(str(n) for n in community.vetoed) or None,
                    "、".join(str(n) for n in community.flagged) or None,
                ],
            )
        )
    last = sheet.max_row
    numeric = set(range(4, 4 + len(experts) + 2))
    _body(sheet, HEADER_ROW + 1, numeric)
    sheet.append(sheets.row_cells(sheet, []))
    for label in ("填写人：", "复核人：", "日期："):
        sheet.append(sheets.row_cells(sheet, [None, label]))
        sheet.cell(sheet.max_row, 2).alignment = Alignment(horizontal="right")
        sheet.cell(sheet.max_row, 3).border = BLANK_LINE
    rows = [list(row) for row in sheet.iter_rows(min_row=HEADER_ROW, max_row=last, values_only=True)]
    widths = sheets.column_widths(rows, maximum=28)
    fit_row_heights(sheet, widths, HEADER_ROW, last)
    sheets.finish(
        sheet, header_rows=(HEADER_ROW, HEADER_ROW), widths=widths, freeze_columns=3, last_row=sheet.max_row
    )


def _items_sheet(sheet: Any, table: PanelTable) -> None:
    keys = [expert.key for expert in table.experts]
    header = [
        "社区代码",
        "社区名称",
        "条目",
        "标准条目",
        "分值",
        *keys,
        "评价得分",
        "分差",
        "分歧",
        "确认得分",
        "不同意见",
    ]
    _head(
        sheet,
        f"{panel_heading(table.panel)}条目评分明细",
        f"评价得分=(专家1+专家2+…)/专家人数；分差=最高分-最低分，超过{table.panel.disagreement_threshold:g}分为分歧",
        header,
    )
    for community in table.communities:
        for item in community.items:
            merge = item.merge
            sheet.append(
                sheets.row_cells(
                    sheet,
                    [
                        community.code,
                        community.name,
                        item.number,
                        item.text,
                        item.points,
                        *[item.scores.get(key) for key in keys],
                        None if merge is None else merge.mean,
                        None if merge is None else merge.spread,
                        None if merge is None else ("是" if merge.disagreement else "否"),
                        item.confirmed,
                        item.dissent or None,
                    ],
                )
            )
    numeric = {4, *range(5, 5 + len(keys) + 2), 5 + len(keys) + 3}
    _body(sheet, HEADER_ROW + 1, numeric)
    rows = [list(row) for row in sheet.iter_rows(min_row=HEADER_ROW, values_only=True)]
    widths = sheets.column_widths(rows, maximum=40)
    fit_row_heights(sheet, widths, HEADER_ROW)
    sheets.finish(
        sheet, header_rows=(HEADER_ROW, HEADER_ROW), widths=widths, freeze_columns=3, last_row=sheet.max_row
    )
