"""The blank recommendation workbook the district sends to streets (and reads back unchanged).

Sheets: instructions in Chinese; a summary listing the street's communities with a 是否推荐
column; one sheet per community with its figures (户数, 实行物业管理户数 -> coverage formula) and
the standard's items with a self-assessment drop-down and a photo file-name column.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from greendesk.core import settings
from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import short_community_name
from greendesk.core.intake.workbook import CLAIMS
from greendesk.core.standards.library import get_standard
from greendesk.core.storage.models import Community, Street
from greendesk.core.workspace import Workspace

SUMMARY_SHEET = "推荐社区汇总"
INSTRUCTIONS_SHEET = "填表说明"
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

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


def _sheet_title(name: str, used: set[str]) -> str:
    base = _SHEET_FORBIDDEN.sub("", name)[:28] or "社区"
    title, number = base, 2
    while title.lower() in used:
        title = f"{base[:26]}{number}"
        number += 1
    used.add(title.lower())
    return title


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def export_template(workspace: Workspace, path: Path, year: int, street: str | None = None) -> Path:
    """Write the template for ``street`` (9-digit code or name; all streets when None) to ``path``."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    standard = get_standard(settings.DEFAULT_STANDARD.read(workspace), [workspace.standards_dir])
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
    bold = Font(bold=True)
    title_font = Font(bold=True, size=14)
    header_fill = PatternFill("solid", fgColor="DDEBD5")
    wrap = Alignment(wrap_text=True, vertical="top")

    book = openpyxl.Workbook()
    notes = book.active
    notes.title = INSTRUCTIONS_SHEET
    for line in INSTRUCTIONS:
        notes.append([line])
    notes["A1"].font = title_font
    notes.column_dimensions["A"].width = 120
    for cell in notes["A"]:
        cell.alignment = Alignment(wrap_text=True)

    street_label = streets[0].name if len(streets) == 1 else ""
    summary = book.create_sheet(SUMMARY_SHEET)
    summary.append([f"{year}年度{street_label}绿色社区创建推荐社区汇总表"])
    summary.merge_cells("A1:G1")
    summary["A1"].font = title_font
    summary.append(["序号", "社区代码", "社区名称", "所属街道", "是否推荐", "联系人及电话", "备注"])
    for cell in summary[2]:
        cell.font, cell.fill = bold, header_fill
    yes_no = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
    summary.add_data_validation(yes_no)
    for number, (street_row, community) in enumerate(communities, start=1):
        summary.append([number, community.code, community.name, street_row.name, None, None, None])
        yes_no.add(f"E{number + 2}")
    summary.freeze_panes = "A3"
    for column, width in zip("ABCDEFG", (6, 16, 26, 18, 10, 26, 30), strict=True):
        summary.column_dimensions[column].width = width

    used = {INSTRUCTIONS_SHEET.lower(), SUMMARY_SHEET.lower()}
    claims = '"' + ",".join(CLAIMS) + '"'
    categories = {category.id: category.title for category in standard.categories}
    for street_row, community in communities:
        sheet = book.create_sheet(_sheet_title(short_community_name(community.name), used))
        sheet.append([f"{community.name} 绿色社区创建自评表（{year}年度）"])
        sheet.merge_cells("A1:F1")
        sheet["A1"].font = title_font
        sheet.append(["社区代码", community.code, "社区名称", community.name, "所属街道", street_row.name])
        sheet.append(
            [
                "户数",
                None,
                "实行物业管理户数",
                None,
                "物业管理覆盖率(%)",
                '=IF(AND(ISNUMBER(B3),B3>0),ROUND(D3/B3*100,1),"")',
            ]
        )
        sheet.append([])
        sheet.append(["条目编号", "类别", "标准条目", "自评结果", "自评说明", "佐证照片文件名"])
        for cell in sheet[5]:
            cell.font, cell.fill = bold, header_fill
        for label in ("A2", "C2", "E2", "A3", "C3", "E3"):
            sheet[label].font = bold
        whole = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
        sheet.add_data_validation(whole)
        whole.add("B3")
        whole.add("D3")
        choice = DataValidation(type="list", formula1=claims, allow_blank=True)
        sheet.add_data_validation(choice)
        for item in standard.items:
            sheet.append([item.number, categories.get(item.category, ""), item.text, None, None, None])
            choice.add(f"D{sheet.max_row}")
            sheet.cell(sheet.max_row, 3).alignment = wrap
        for column, width in zip("ABCDEF", (10, 18, 60, 12, 30, 30), strict=True):
            sheet.column_dimensions[column].width = width
        sheet.freeze_panes = "A6"

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=".template-", suffix=".xlsx", dir=path.parent)
    os.close(descriptor)
    try:
        book.save(temporary)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; the template is for sharing
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
