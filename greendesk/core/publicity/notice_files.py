"""The public-notice list as a plain HTML page for the office's website and as an Excel list.

Both are Simplified Chinese whatever the interface language (they leave the office), both come from
the one ``notices.load_notice`` record, and the HTML is self-contained (no script, no external file)
with every text escaped, so it can be pasted into any content system.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from greendesk.core.publicity.notices import Notice, load_notice
from greendesk.core.publicity.period import WORKING_DAYS
from greendesk.core.reports.files import replaced_on_success
from greendesk.core.reports.labels import chinese_date
from greendesk.core.reports.office import read_office
from greendesk.core.workspace import Workspace

HEADER = ("序号", "街道（乡镇）", "社区名称", "社区代码")


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


def write_notice_files(workspace: Workspace, notice_id: int, folder: Path) -> tuple[Path, Path]:
    """``公示名单-<year>-<id>.html`` and ``.xlsx`` in ``folder``; each appears whole or not at all."""
    office = read_office(workspace).name
    with workspace.sessions() as session:
        notice = load_notice(session, notice_id)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"公示名单-{notice.year}-{notice.id}"  # the title may hold characters no file name takes
    html_path = folder / f"{stem}.html"
    with replaced_on_success(html_path, ".html") as temporary:
        Path(temporary).write_text(notice_html(notice, office), encoding="utf-8")
    xlsx_path = folder / f"{stem}.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = "公示名单"
    sheet.append([notice.title])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([period_sentence(notice)])
    sheet.append(list(HEADER))
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    for row in _rows(notice):
        sheet.append(list(row))
    for column, width in zip("ABCD", (8, 24, 28, 18), strict=True):
        sheet.column_dimensions[column].width = width
    with replaced_on_success(xlsx_path, ".xlsx") as temporary:
        book.save(temporary)
    return html_path, xlsx_path
