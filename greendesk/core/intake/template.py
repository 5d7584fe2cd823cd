"""The blank recommendation workbook the district sends to streets (and reads back unchanged).

Sheets: instructions in Chinese; a summary listing the street's communities with a 是否推荐
column; one sheet per community with its figures (户数, 实行物业管理户数 -> coverage formula) and
the standard's items with a self-assessment drop-down and a photo file-name column.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from greendesk.core import settings
from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import short_community_name
from greendesk.core.intake.workbook import CLAIMS
from greendesk.core.reports.files import output_file, replaced_on_success
from greendesk.core.standards.library import Standard, get_standard
from greendesk.core.storage.models import Community, Street
from greendesk.core.workspace import Workspace

SUMMARY_SHEET = "推荐社区汇总"
INSTRUCTIONS_SHEET = "填表说明"

INSTRUCTIONS = (
    "绿色社区创建推荐材料填报说明",
    "",
    "1. 在“推荐社区汇总”表中，对本年度推荐的社区在“是否推荐”一栏选择“是”，并填写联系人及电话。",
    "2. 每个推荐社区在以其名称命名的工作表中填写：户数、实行物业管理户数（物业管理覆盖率自动计算），"
    "以及每一条创建标准的自评结果（符合 / 基本符合 / 不符合）和自评说明。",
    "3. 佐证照片按“社区名称/第N条/照片.jpg”的文件夹结构整理，或将照片文件名填入对应条目的“佐证照片文件名”一栏"
    "（多个文件名用分号分隔），也可将照片命名为“3-门禁.jpg”“第12条_物业.jpg”。",
    "4. 照片格式为 JPEG、PNG 或 HEIC，请保留原始照片（含拍摄时间和位置信息），不要截图或压缩。",
    "5. 请勿修改社区代码、条目编号和表头；不推荐的社区工作表可以保留空白。",
    "6. 将本工作簿和照片文件夹一起压缩为一个 zip 文件报送区住建委。",
)


class _Look:
    """openpyxl's styles, validation type and the sheet finish, imported when a template is written
    (a heavy import the command line and the window do not pay at start)."""

    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.worksheet.datavalidation import DataValidation

        from greendesk.core.base import sheets

        self.bold = Font(bold=True)
        self.title = Font(bold=True, size=14)
        self.header_fill = PatternFill("solid", fgColor="DDEBD5")
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.wrap_only = Alignment(wrap_text=True)
        self.validation = DataValidation
        self.sheets = sheets

    def finish(self, sheet: Any, header_row: int, rows: list[Any], room: tuple[float, ...]) -> None:
        """Widths from ``rows`` (no narrower than ``room``, space to write by hand), numbers, print setup."""
        fitted = self.sheets.column_widths(rows)
        widths = [max(a, b) for a, b in zip(fitted + [0.0] * len(room), room, strict=False)]
        self.sheets.apply_formats(sheet, header_row + 1, sheet.max_row)
        self.sheets.finish(sheet, header_rows=(header_row, header_row), widths=widths, last_row=sheet.max_row)


def export_template(workspace: Workspace, path: Path, year: int, street: str | None = None) -> Path:
    """Write the template for ``street`` (9-digit code or name; all streets when None) to ``path``."""
    import openpyxl

    standard = get_standard(settings.DEFAULT_STANDARD.read(workspace), [workspace.standards_dir])
    streets, communities = _template_communities(workspace, street)
    look = _Look()
    book = openpyxl.Workbook()
    _instructions_sheet(book.active, look)
    _summary_sheet(book.create_sheet(SUMMARY_SHEET), look, year, streets, communities)
    used = {INSTRUCTIONS_SHEET.lower(), SUMMARY_SHEET.lower()}
    categories = {category.id: category.title for category in standard.categories}
    for street_row, community in communities:
        sheet = book.create_sheet(look.sheets.sheet_title(short_community_name(community.name), used, "社区"))
        _community_sheet(sheet, look, year, street_row, community, standard, categories)
    return _save(book, Path(path))


def _template_communities(
    workspace: Workspace, street: str | None
) -> tuple[list[Street], list[tuple[Street, Community]]]:
    """The streets asked for and their in-scope communities; an error when there are none."""
    with workspace.sessions() as session:
        statement = select(Street).options(selectinload(Street.communities)).order_by(Street.code)
        streets = list(session.scalars(statement))
        if street:
            streets = [s for s in streets if street in (s.code, s.name)]
            if not streets:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "Street '{street}' is not in the registry."), street=street
                )
        communities: list[tuple[Street, Community]] = [
            (s, c) for s in streets for c in s.communities if c.in_scope
        ]
    if not communities:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The registry has no communities to put in a template; load it first."
            )
        )
    return streets, communities


def _instructions_sheet(notes: Any, look: _Look) -> None:
    notes.title = INSTRUCTIONS_SHEET
    for line in INSTRUCTIONS:
        notes.append(look.sheets.row_cells(notes, [line]))
    notes["A1"].font = look.title
    for cell in notes["A"]:
        cell.alignment = look.wrap_only
    look.finish(notes, 1, [], (look.sheets.PORTRAIT_UNITS - 4,))


def _summary_sheet(
    summary: Any, look: _Look, year: int, streets: list[Street], communities: list[tuple[Street, Community]]
) -> None:
    """The street's communities, one row each, with the 是否推荐 drop-down."""
    street_label = streets[0].name if len(streets) == 1 else ""
    summary.append(look.sheets.row_cells(summary, [f"{year}年度{street_label}绿色社区创建推荐社区汇总表"]))
    summary.merge_cells("A1:G1")
    summary["A1"].font = look.title
    summary.append(
        look.sheets.row_cells(
            summary, ["序号", "社区代码", "社区名称", "所属街道", "是否推荐", "联系人及电话", "备注"]
        )
    )
    for cell in summary[2]:
        cell.font, cell.fill = look.bold, look.header_fill
    yes_no = look.validation(type="list", formula1='"是,否"', allow_blank=True)
    summary.add_data_validation(yes_no)
    for number, (street_row, community) in enumerate(communities, start=1):
        summary.append(
            look.sheets.row_cells(
                summary, [number, community.code, community.name, street_row.name, None, None, None]
            )
        )
        yes_no.add(f"E{number + 2}")
    rows = [list(row) for row in summary.iter_rows(min_row=2, values_only=True)]
    look.finish(summary, 2, rows, (6, 16, 26, 18, 10, 26, 30))


def _community_sheet(
    sheet: Any,
    look: _Look,
    year: int,
    street_row: Street,
    community: Community,
    standard: Standard,
    categories: dict[str, str],
) -> None:
    """One community: its figures (coverage by formula) above the items with a self-assessment drop-down."""
    sheet.append(look.sheets.row_cells(sheet, [f"{community.name} 绿色社区创建自评表（{year}年度）"]))
    sheet.merge_cells("A1:F1")
    sheet["A1"].font = look.title
    sheet.append(
        look.sheets.row_cells(
            sheet, ["社区代码", community.code, "社区名称", community.name, "所属街道", street_row.name]
        )
    )
    sheet.append(
        look.sheets.row_cells(
            sheet,
            [
                "户数",
                None,
                "实行物业管理户数",
                None,
                "物业管理覆盖率(%)",
                look.sheets.Formula('=IF(AND(ISNUMBER(B3),B3>0),ROUND(D3/B3*100,1),"")'),
            ],
        )
    )
    sheet.append(look.sheets.row_cells(sheet, []))
    sheet.append(
        look.sheets.row_cells(
            sheet, ["条目编号", "类别", "标准条目", "自评结果", "自评说明", "佐证照片文件名"]
        )
    )
    for cell in sheet[5]:
        cell.font, cell.fill = look.bold, look.header_fill
    for label in ("A2", "C2", "E2", "A3", "C3", "E3"):
        sheet[label].font = look.bold
    whole = look.validation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
    sheet.add_data_validation(whole)
    whole.add("B3")
    whole.add("D3")
    choice = look.validation(type="list", formula1='"' + ",".join(CLAIMS) + '"', allow_blank=True)
    sheet.add_data_validation(choice)
    for item in standard.items:
        sheet.append(
            look.sheets.row_cells(
                sheet, [item.number, categories.get(item.category, ""), item.text, None, None, None]
            )
        )
        choice.add(f"D{sheet.max_row}")
        sheet.cell(sheet.max_row, 3).alignment = look.wrap
    sheet["F3"].number_format = look.sheets.DECIMAL
    rows = [list(row) for row in sheet.iter_rows(min_row=2, max_row=3, values_only=True)]
    rows[1][5] = None  # the coverage formula's text is not what the cell shows
    rows += [[number, category] for number, category, *_rest in sheet.iter_rows(min_row=5, values_only=True)]
    look.finish(sheet, 5, rows, (10, 18, 60, 12, 30, 30))


def _save(book: Any, path: Path) -> Path:
    """Written to a temporary file and renamed, so a failed save leaves no half template."""
    output_file(path).parent.mkdir(parents=True, exist_ok=True)
    with replaced_on_success(path, ".xlsx") as temporary:
        book.save(temporary)
    return path
