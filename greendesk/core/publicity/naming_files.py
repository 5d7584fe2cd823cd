"""The naming decision (命名) as a 公文 and the plaque list (授牌名单) as Excel and PDF.

Both are Simplified Chinese whatever the interface language and come from the one
``naming.load_naming`` record: the decision carries the 文号 the naming was made under (its 发文字号,
in 六角括号) and its date, and annexes the named communities per tier; the plaque list is what the
office hands the maker of the plaques and reads out at the ceremony.
"""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from greendesk.core.base import fonts, sheets
from greendesk.core.publicity.naming import DEMONSTRATION, STANDARD, TIER_LABELS, NamingRecord, load_naming
from greendesk.core.publicity.notice_files import (
    audit_head,
    audit_note,
    batch_text,
    community_table,
    period_sentence,
)
from greendesk.core.publicity.notices import Notice, load_notice
from greendesk.core.reports import official
from greendesk.core.reports.files import replaced_on_success
from greendesk.core.reports.labels import chinese_date
from greendesk.core.reports.office import read_office, superior_organ
from greendesk.core.workspace import Workspace

PLAQUE_HEADER = ("序号", "街道", "社区", "等级", "命名文号", "命名日期")
TIER_HEADER = ("序号", "街道（乡镇）", "社区", "牌匾编号")
ADDRESSEE = "各街道办事处"
# 朝建发[2022]12号, 朝建发（2022）12号 ...: the 发文字号 as GB/T 9704 writes it, 朝建发〔2022〕12号.
NUMBER = re.compile(r"^(?P<prefix>.*?)\s*[\[［【（(〔]\s*(?P<year>\d{4})\s*[\]］】）)〕]\s*(?P<n>\d+)\s*号?$")


def document_number(text: str) -> str:
    """The 文号 with 六角括号 and 号, whatever brackets it was typed with; anything else as typed."""
    found = NUMBER.match(text.strip())
    if found is None:
        return text.strip()
    return f"{found['prefix']}〔{found['year']}〕{int(found['n'])}号"


def decision_title(notice: Notice) -> str:
    return f"关于命名{batch_text(notice.year, notice.batch)}绿色社区的决定"


def list_title(notice: Notice) -> str:
    return f"{batch_text(notice.year, notice.batch)}绿色社区命名名单"


def tier_heading(tier: str, count: int) -> str:
    return (
        f"一、达到绿色社区创建要求的社区（{count}个）" if tier == STANDARD else f"二、示范社区（{count}个）"
    )


def _decision_body(notice: Notice, record: NamingRecord) -> list[Flowable]:
    """How the communities came to be named, what is named, and what naming binds them to."""
    years = batch_text(notice.year, notice.batch)
    total = len(record.communities)
    shown = sum(1 for c in record.communities if c.tier == DEMONSTRATION)
    period = period_sentence(notice).removeprefix("公示期为").removesuffix("。")
    named = f"经研究，决定命名{total}个社区为{years}绿色社区"
    if shown:
        named += f"，其中{shown}个社区为{years}绿色社区创建示范社区"
    return [
        official.paragraph(
            f"经社区申报、街道推荐、区级审核，并于{period}进行公示，{total}个社区达到{years}绿色社区创建要求。"
        ),
        official.paragraph(f"{named}（名单见附件）。"),
        official.paragraph(
            "希望被命名的社区珍惜荣誉，巩固创建成果。我委将对已命名的绿色社区开展复核，对不再符合创建"
            "要求的，责令限期整改；整改不到位的，撤销其命名。"
        ),
    ]


def _tier_annex(notice: Notice, record: NamingRecord) -> official.Annex:
    """The named communities, a table per tier (those reaching the requirements, then 示范), in one
    annex: a 附件说明 of one line stays with the signature (official.write_official)."""
    story: list[Flowable] = []
    for tier in (STANDARD, DEMONSTRATION):
        named = [c for c in record.communities if c.tier == tier]
        if named:
            rows = [(n, c.street, c.name, c.plaque_number) for n, c in enumerate(named, start=1)]
            heading = official.GridText(tier_heading(tier, len(named)), fonts.HEI, indent=0)
            table = community_table(rows, TIER_HEADER, (0.12, 0.32, 0.34, 0.22))
            # a heading never ends a page alone: it goes on with the table's first rows
            story += [official.blank(0.5), CondPageBreak(4 * official.LINE), heading, table]
    return official.Annex(list_title(notice), story, landscape=False)


def write_decision_pdf(workspace: Workspace, notice_id: int, path: Path) -> Path:
    """The naming decision: 版头 with the naming's 文号, the decision, the tiers' lists annexed."""
    record = load_naming(workspace, notice_id)
    office = read_office(workspace)
    with workspace.sessions() as session:
        notice = load_notice(session, notice_id)
    head = audit_head(workspace)
    number = document_number(record.document_number)
    title = decision_title(notice)
    superior = superior_organ(workspace.district.code)
    document = official.Official(
        office=office.name,
        number=number,
        title=title,
        addressee=ADDRESSEE,
        body=_decision_body(notice, record),
        signed_on=record.named_on,
        filler=None,
        annexes=[_tier_annex(notice, record)],
        copies_to=[superior] if superior else [],
        note=audit_note(head),
        keywords=f"audit-head:{head}",
    )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    official.write_official(path, document)
    return path


def plaque_rows(record: NamingRecord) -> list[tuple[object, ...]]:
    number, day = document_number(record.document_number), chinese_date(record.named_on)
    return [
        (n, c.street, c.name, TIER_LABELS[c.tier], number, day)
        for n, c in enumerate(record.communities, start=1)
    ]


def plaque_title(notice: Notice) -> str:
    return f"{batch_text(notice.year, notice.batch)}绿色社区授牌名单"


def _plaque_xlsx(path: Path, title: str, rows: list[tuple[object, ...]]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "授牌名单"
    sheet.append(sheets.row_cells(sheet, [title]))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(sheets.row_cells(sheet, PLAQUE_HEADER))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    for row in rows:
        sheet.append(sheets.row_cells(sheet, row))
    for column, width in zip("ABCDEF", (8, 22, 26, 16, 22, 18), strict=True):
        sheet.column_dimensions[column].width = width
    with replaced_on_success(path, ".xlsx") as temporary:
        book.save(temporary)


def _plaque_pdf(path: Path, title: str, rows: list[tuple[object, ...]], office: str) -> None:
    """A plain list on the form pages (landscape, no 版头): the title, the table, who issued it."""
    widths = [official.BLOCK_HEIGHT * share for share in (0.07, 0.17, 0.25, 0.14, 0.2, 0.17)]
    story: list[Flowable] = [
        official.GridText(title, fonts.TITLE, size=18, indent=0, align="center", leading=30),
        official.GridText(office, size=12, indent=0, align="center", leading=20),
        Spacer(1, 2 * mm),
        official.table(list(PLAQUE_HEADER), rows, widths, size=12),
    ]
    official.write(path, story, first="form", title=title, author=office, subject=title, keywords="")


def write_plaque_list(workspace: Workspace, notice_id: int, folder: Path) -> tuple[Path, Path]:
    """``授牌名单-<year>-<id>.xlsx`` and ``.pdf`` in ``folder``: one row per named community."""
    record = load_naming(workspace, notice_id)
    with workspace.sessions() as session:
        notice = load_notice(session, notice_id)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem, title, rows = f"授牌名单-{notice.year}-{notice.id}", plaque_title(notice), plaque_rows(record)
    xlsx_path, pdf_path = folder / f"{stem}.xlsx", folder / f"{stem}.pdf"
    _plaque_xlsx(xlsx_path, title, rows)
    _plaque_pdf(pdf_path, title, rows, read_office(workspace).name)
    return xlsx_path, pdf_path


def export_naming(workspace: Workspace, notice_id: int, folder: Path) -> tuple[Path, Path, Path]:
    """The naming's files in ``folder``: ``命名决定-<year>-<id>.pdf`` and the plaque list (.xlsx, .pdf)."""
    record = load_naming(workspace, notice_id)  # not named yet: a clear message before any file
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    decision = write_decision_pdf(
        workspace, notice_id, folder / f"命名决定-{record.named_on.year}-{notice_id}.pdf"
    )
    return (decision, *write_plaque_list(workspace, notice_id, folder))
