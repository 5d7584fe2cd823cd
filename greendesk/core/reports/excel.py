"""Excel exports of progress reports, formatted as the office's report forms (openpyxl).

Every sheet has a title, the 填报单位 line, a styled header row, typed cells (dates are dates,
shares are percentages, counts are whole numbers), the 填报人 / 联系电话 / 填报日期 block under the
table, and the shared print finish (core.base.sheets): widths from the content, frozen and repeated
header, A4 fitted to the width, page numbers. Whatever the interface language, the workbook is in
Simplified Chinese: it goes to the municipal commission.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from greendesk.core.base import sheets
from greendesk.core.reports import forms, labels
from greendesk.core.reports.files import replaced_on_success
from greendesk.core.reports.labels import t
from greendesk.core.reports.official import FormFiller

TITLE_FONT = Font(name="SimHei", size=14, bold=True)
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2E7D32")
BELOW_MIN_FILL = PatternFill("solid", fgColor="FDE0DC")
TOTAL_FONT = Font(bold=True)
THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BLANK_LINE = Border(bottom=Side(style="thin", color="000000"))  # a line to write on by hand
UNIT_ROW = 3  # title, subtitle, 填报单位, header
HEADER_ROW = 4
DATE_KEYS = labels.DATE_KEYS  # ISO text in the figures, dates in the sheet
SHARE_KEYS = frozenset({"passed_share", "target_share", "share"})  # percent in the figures
NARRATIVE_WIDTH = 90.0  # fits a portrait page


def cell_value(key: str, value: Any) -> Any:
    """A figure as the sheet stores it: a date, a share as a fraction, a word for yes/no and statuses."""
    if value is None:
        return None
    if isinstance(value, bool):
        return t(labels.YES) if value else t(labels.NO)
    if key == "status":
        return labels.status_text(value)
    if key in DATE_KEYS and isinstance(value, str):
        return date.fromisoformat(value[:10])
    if key in SHARE_KEYS and isinstance(value, int | float):
        return value / 100
    return value


def _formats(keys: Sequence[str]) -> dict[int, str]:
    """Columns shown as percentages."""
    return {index: sheets.SHARE for index, key in enumerate(keys) if key in SHARE_KEYS}


def _form_top(sheet: Worksheet, form: FormFiller) -> None:
    sheets.put(sheet, UNIT_ROW, 1, t(forms.UNIT))
    sheets.put(sheet, UNIT_ROW, 2, form.office or None).border = BLANK_LINE


def _form_bottom(sheet: Worksheet, row: int, form: FormFiller) -> int:
    """填报人, 联系电话, 填报日期 under the table from ``row``; returns the last row written."""
    values: tuple[tuple[str, Any], ...] = (
        (forms.PERSON, form.contact or None),
        (forms.PHONE, form.phone or None),
        (forms.FILLED_ON, form.day),
    )
    for offset, (label, value) in enumerate(values):
        sheets.put(sheet, row + offset, 1, t(label)).alignment = Alignment(horizontal="right")
        cell = sheets.put(sheet, row + offset, 2, value)
        cell.border = BLANK_LINE
        if isinstance(value, date):
            cell.number_format = sheets.DATE
            cell.alignment = Alignment(horizontal="left")
    return row + len(values) - 1


def _table_sheet(
    book: Workbook,
    name: str,
    heading: tuple[str, str],
    form: FormFiller,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    formats: dict[int, str] | None = None,
    highlight: Sequence[bool] = (),
    widths: Sequence[float] | None = None,
    total: bool = False,
) -> Worksheet:
    """One form sheet: heading (title, subtitle), 填报单位, the table, and the 填报人 block."""
    sheet = book.create_sheet(name)
    title, subtitle = heading
    sheets.put(sheet, 1, 1, title).font = TITLE_FONT
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(len(headers), 2))
    sheets.put(sheet, 2, 1, subtitle)
    _form_top(sheet, form)
    for column, header in enumerate(headers, start=1):
        cell = sheets.put(sheet, HEADER_ROW, column, header)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for index, values in enumerate(rows):
        for column, value in enumerate(values, start=1):
            cell = sheets.put(sheet, HEADER_ROW + 1 + index, column, value)
            cell.border = BORDER
            if index < len(highlight) and highlight[index]:
                cell.fill = BELOW_MIN_FILL
            if total and index == len(rows) - 1:
                cell.font = TOTAL_FONT
    last_row = HEADER_ROW + len(rows)
    sheets.apply_formats(sheet, HEADER_ROW + 1, last_row, formats)
    sheet.row_dimensions[HEADER_ROW].height = 30
    last_row = _form_bottom(sheet, last_row + 2, form)
    # The form labels sit in the first two columns: they count for the widths, the long title does not.
    form_cells = [(t(forms.FILLED_ON), form.day), (t(forms.UNIT), "")]
    sheets.finish(
        sheet,
        header_rows=(HEADER_ROW, HEADER_ROW),
        widths=widths or sheets.column_widths([headers, *rows, *form_cells]),
        last_row=last_row,
    )
    return sheet


def _summary_rows(data: dict[str, Any]) -> list[list[Any]]:
    """Key figures, the next deadline (a date) and the recommendations by status."""
    rows: list[list[Any]] = [[t(label), cell_value(key, data.get(key))] for key, label in labels.KEY_FIGURES]
    deadline = data.get("next_deadline")
    if deadline:
        what = labels.deadline_report(deadline["kind"], deadline["period"])
        rows.append([f"{t(labels.NEXT_DEADLINE)}（{what}）", cell_value("due", deadline["due"])])
    else:
        rows.append([t(labels.NEXT_DEADLINE), None])
    rows.append([])
    rows.append([t(labels.SECTION_STATUS), None])
    rows += [[labels.status_text(name), count] for name, count in data["by_status"].items()]
    return rows


def write_progress_workbook(
    data: dict[str, Any],
    path: Path,
    title: str,
    subtitle: str,
    *,
    form: FormFiller,
    passed_list: bool = False,
    narrative: str | None = None,
) -> None:
    """Write the report's figures (a ``Progress.to_dict()``) to ``path`` atomically."""
    book = Workbook()
    book.remove(book.active)
    heading = (title, subtitle)
    summary_rows = _summary_rows(data)
    shares = {
        index
        for index, (key, _label) in enumerate(labels.KEY_FIGURES, start=HEADER_ROW + 1)
        if key in SHARE_KEYS
    }
    sheet = _table_sheet(
        book, t(labels.SHEET_SUMMARY), heading, form, [t(labels.SECTION_KEY_FIGURES), ""], summary_rows
    )
    for row in shares:
        sheet.cell(row=row, column=2).number_format = sheets.SHARE

    def table(
        name: str, columns: tuple[tuple[str, str], ...], rows: list[dict[str, Any]], **options: Any
    ) -> None:
        """A sheet of one of the report's tables, declared by its (data key, label) columns."""
        headers = [t(label) for _key, label in columns]
        cells = [[cell_value(key, row[key]) for key, _label in columns] for row in rows]
        keys = [key for key, _label in columns]
        _table_sheet(book, t(name), heading, form, headers, cells, _formats(keys), **options)

    streets = data["streets"]
    totals = labels.street_totals(data)
    totals["name"] = t(labels.TOTAL)
    table(
        labels.SHEET_STREETS,
        labels.STREET_COLUMNS,
        [*streets, totals],
        highlight=[row["below_min"] for row in streets],
        total=True,
    )
    table(labels.SHEET_ITEMS, labels.ITEM_COLUMNS, data["items"])
    table(labels.SHEET_SERIES, labels.SERIES_COLUMNS, data["series"])
    if passed_list:
        table(labels.SHEET_PASSED, labels.PASSED_COLUMNS, data["passed_communities"])
    if narrative is not None:
        _narrative_sheet(book, heading, form, narrative)
    _save(book, path)


def _narrative_sheet(book: Workbook, heading: tuple[str, str], form: FormFiller, narrative: str) -> None:
    """The work summary in one wrapped cell as wide as a portrait page."""
    text = narrative or t(labels.NO_NARRATIVE)
    sheet = _table_sheet(
        book,
        t(labels.SHEET_NARRATIVE),
        heading,
        form,
        [t(labels.SECTION_NARRATIVE), ""],
        [[text, None]],
        widths=(NARRATIVE_WIDTH - 14, 14),
    )
    sheet.merge_cells(start_row=HEADER_ROW, start_column=1, end_row=HEADER_ROW, end_column=2)
    sheet.merge_cells(start_row=HEADER_ROW + 1, start_column=1, end_row=HEADER_ROW + 1, end_column=2)
    sheet.cell(row=HEADER_ROW + 1, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    lines = sum(1 + int(sheets.display_width(line) // (NARRATIVE_WIDTH - 2)) for line in text.split("\n"))
    sheet.row_dimensions[HEADER_ROW + 1].height = min(409, 15 * (lines + 1))


def _save(book: Workbook, path: Path) -> None:
    with replaced_on_success(Path(path), ".xlsx") as temporary:
        book.save(temporary)
