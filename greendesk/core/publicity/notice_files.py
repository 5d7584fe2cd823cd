"""The public notice as a 公文 (PDF), as a plain HTML page for the office's website and as an Excel list.

All are Simplified Chinese whatever the interface language (they leave the office), all come from
the one ``notices.load_notice`` record. The PDF is in the office's official form (GB/T 9704-2012,
reports.official): the 版头, 关于…的公示, the period, the objection channel as the notice stores it,
the list as an annex, the office's 署名 and the day the notice starts. The HTML is self-contained (no
script, no external file) with every text escaped, so it can be pasted into any content system.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.platypus import Flowable

from greendesk.core import audit
from greendesk.core.base import sheets
from greendesk.core.publicity.notices import Notice, load_notice
from greendesk.core.publicity.period import WORKING_DAYS
from greendesk.core.reports import official
from greendesk.core.reports.files import replaced_on_success
from greendesk.core.reports.labels import chinese_date
from greendesk.core.reports.office import OfficeDetails, read_office
from greendesk.core.workspace import Workspace

HEADER = ("序号", "街道（乡镇）", "社区名称", "社区代码")
LIST_HEADER = ("序号", "街道（乡镇）", "社区", "结果")
NOTICE_RESULT = "达到创建要求"  # what the review found; the tiers are given at the naming


def period_sentence(notice: Notice) -> str:
    """公示期为2022年9月28日至2022年10月11日（7个工作日）。"""
    unit = "个工作日" if notice.period.kind == WORKING_DAYS else "天"
    return (
        f"公示期为{chinese_date(notice.period.start)}至{chinese_date(notice.period.end)}"
        f"（{notice.period.days}{unit}）。"
    )


def _rows(notice: Notice) -> list[tuple[int, str, str, str]]:
    return [(n, e.street, e.name, e.code) for n, e in enumerate(notice.entries, start=1)]


def notice_html(notice: Notice, office: str) -> str:
    body_rows = "".join(
        "<tr>" + "".join(f"<td>{escape(str(cell))}</td>" for cell in row) + "</tr>\n" for row in _rows(notice)
    )
    head = "".join(f"<th>{escape(h)}</th>" for h in HEADER)
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(notice.title)}</title>\n"
        "<style>body{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.7}"
        "table{border-collapse:collapse;width:100%}th,td{border:1px solid #444;padding:.3em .6em}"
        "th{background:#eee}</style>\n</head>\n<body>\n"
        f"<h1>{escape(notice.title)}</h1>\n"
        f"<p>现将{escape(str(notice.year))}年度绿色社区创建达标社区名单予以公示，共{len(notice.entries)}个社区。"
        f"{escape(period_sentence(notice))}</p>\n"
        f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body_rows}</tbody>\n</table>\n"
        f"<p>{escape(notice.channel_text)}</p>\n"
        f'<p style="text-align:right">{escape(office)}<br>{escape(chinese_date(notice.period.start))}</p>\n'
        "</body>\n</html>\n"
    )


def document_title(title: str) -> str:
    """The notice's title as a 公文 titles it: 2022年度…名单公示（第2批） -> 关于2022年度…名单的公示（第2批）."""
    title = title.strip()
    if title.startswith("关于"):
        return title
    core, bracket, rest = title.partition("（")
    suffix = bracket + rest
    if core.endswith("的公示"):
        return f"关于{core}{suffix}"
    if core.endswith("公示"):
        return f"关于{core[:-2]}的公示{suffix}"
    return f"关于{core}的公示{suffix}"


def batch_text(year: int, batch: int) -> str:
    """2022年度, or 2022年度第2批 for a later batch."""
    return f"{year}年度" if batch == 1 else f"{year}年度第{batch}批"


def audit_note(head: str) -> str:
    """The small line at the end of a document: the audit-chain head when it was written."""
    return f"审计日志链头：{head}"


def audit_head(workspace: Workspace) -> str:
    with workspace.sessions() as session:
        return audit.head(session)


def community_table(rows: list[tuple[object, ...]], header: tuple[str, ...], shares: tuple[float, ...]):
    """An annex's list of communities on the portrait block (序号 first)."""
    widths = [official.BLOCK_WIDTH * share for share in shares]
    return official.table(list(header), rows, widths, size=12)


def _notice_body(notice: Notice, office: OfficeDetails) -> list[Flowable]:
    """What is on notice, for how long, and how an objection reaches the office."""
    opening = (
        f"根据绿色社区创建行动有关要求，经社区申报、街道推荐、区级审核，共有{len(notice.entries)}个社区"
        f"达到{batch_text(notice.year, notice.batch)}绿色社区创建要求。为广泛听取社会各界意见，"
        "现将名单予以公示（见附件）。"
    )
    body = [official.paragraph(opening), official.paragraph(period_sentence(notice))]
    body += [official.paragraph(line.strip()) for line in notice.channel_text.splitlines() if line.strip()]
    contact = "；".join(
        part
        for part in (
            f"联系人：{office.contact}" if office.contact else "",
            f"联系电话：{office.phone}" if office.phone else "",
        )
        if part
    )
    if contact:
        body.append(official.paragraph(f"{contact}。"))
    return body


def write_notice_pdf(workspace: Workspace, notice_id: int, path: Path) -> Path:
    """The notice as a 公文 of the office (no 发文字号: a notice is published, not sent), the list annexed."""
    office = read_office(workspace)
    with workspace.sessions() as session:
        notice = load_notice(session, notice_id)
    head = audit_head(workspace)
    rows = [(n, e.street, e.name, NOTICE_RESULT) for n, e in enumerate(notice.entries, start=1)]
    annex = official.Annex(
        f"{batch_text(notice.year, notice.batch)}绿色社区创建公示名单",
        [community_table(rows, LIST_HEADER, (0.12, 0.32, 0.34, 0.22))],
        landscape=False,
    )
    document = official.Official(
        office=office.name,
        number="",
        title=document_title(notice.title),
        addressee="",
        body=_notice_body(notice, office),
        signed_on=notice.period.start,
        filler=None,
        annexes=[annex],
        note=audit_note(head),
        keywords=f"audit-head:{head}",
    )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    official.write_official(path, document)
    return path


def write_notice_files(workspace: Workspace, notice_id: int, folder: Path) -> tuple[Path, Path, Path]:
    """``公示-<year>-<id>.pdf`` (the 公文), ``公示名单-<year>-<id>.html`` and ``.xlsx`` in ``folder``; each
    appears whole or not at all."""
    office = read_office(workspace).name
    with workspace.sessions() as session:
        notice = load_notice(session, notice_id)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"公示名单-{notice.year}-{notice.id}"  # the title may hold characters no file name takes
    pdf_path = write_notice_pdf(workspace, notice_id, folder / f"公示-{notice.year}-{notice.id}.pdf")
    html_path = folder / f"{stem}.html"
    with replaced_on_success(html_path, ".html") as temporary:
        Path(temporary).write_text(notice_html(notice, office), encoding="utf-8")
    xlsx_path = folder / f"{stem}.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = "公示名单"
    sheet.append(sheets.row_cells(sheet, [notice.title]))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(sheets.row_cells(sheet, [period_sentence(notice)]))
    sheet.append(sheets.row_cells(sheet, HEADER))
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    for row in _rows(notice):
        sheet.append(sheets.row_cells(sheet, row))
    for column, width in zip("ABCD", (8, 24, 28, 18), strict=True):
        sheet.column_dimensions[column].width = width
    with replaced_on_success(xlsx_path, ".xlsx") as temporary:
        book.save(temporary)
    return pdf_path, html_path, xlsx_path
