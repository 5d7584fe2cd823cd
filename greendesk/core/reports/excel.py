"""Excel exports of progress reports, formatted for printing (openpyxl).

Every sheet has a title, styled header row, column widths, a frozen header that also repeats on
each printed page, a print area, landscape orientation and fit-to-width.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from greendesk.core.reports import labels
from greendesk.core.reports.files import replaced_on_success
from greendesk.core.reports.labels import t

TITLE_FONT = Font(name="SimHei", size=14, bold=True)
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2E7D32")
BELOW_MIN_FILL = PatternFill("solid", fgColor="FDE0DC")
TOTAL_FONT = Font(bold=True)
THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_ROW = 4  # title, subtitle, blank line, header


def _setup_print(sheet: Worksheet, columns: int, last_row: int) -> None:
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=1)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.print_area = f"A1:{get_column_letter(columns)}{max(last_row, HEADER_ROW)}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4


def _table_sheet(
    book: Workbook,
    name: str,
    title: str,
    subtitle: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    highlight: Sequence[bool] = (),
    total: Sequence[Any] | None = None,
) -> Worksheet:
    sheet = book.create_sheet(name)
    sheet.cell(row=1, column=1, value=title).font = TITLE_FONT
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    sheet.cell(row=2, column=1, value=subtitle)
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=column, value=header)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row_number = HEADER_ROW
    all_rows = [*rows, *([total] if total is not None else [])]
    for index, values in enumerate(all_rows):
        row_number += 1
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row_number, column=column, value=value)
            cell.border = BORDER
            if index < len(highlight) and highlight[index]:
                cell.fill = BELOW_MIN_FILL
            if total is not None and index == len(all_rows) - 1:
                cell.font = TOTAL_FONT
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.row_dimensions[HEADER_ROW].height = 30
    _setup_print(sheet, len(headers), row_number)
    return sheet


def write_progress_workbook(
    data: dict[str, Any],
    path: Path,
    title: str,
    subtitle: str,
    *,
    passed_list: bool = False,
    narrative: str | None = None,
) -> None:
    """Write the report's figures (a ``Progress.to_dict()``) to ``path`` atomically."""
    book = Workbook()
    book.remove(book.active)

    summary_rows: list[list[Any]] = [
        [t(label), data[key] if data[key] is not None else ""] for key, label in labels.KEY_FIGURES
    ]
    summary_rows.append([t(labels.NEXT_DEADLINE), labels.deadline_text(data["next_deadline"])])
    summary_rows.append([])
    summary_rows.append([t(labels.SECTION_STATUS), ""])
    summary_rows += [[labels.status_text(name), count] for name, count in data["by_status"].items()]
    _table_sheet(
        book,
        t(labels.SHEET_SUMMARY),
        title,
        subtitle,
        [t(labels.SECTION_KEY_FIGURES), ""],
        summary_rows,
        (44, 40),
    )

    def table(
        sheet: str,
        columns: tuple[tuple[str, str], ...],
        rows: list[dict[str, Any]],
        widths: Sequence[float],
        **options: Any,
    ) -> None:
        """A sheet of one of the report's tables, declared by its (data key, label) columns."""
        headers, cells = labels.headers(columns), labels.table_rows(columns, rows)
        _table_sheet(book, t(sheet), title, subtitle, headers, cells, widths, **options)

    streets = data["streets"]
    table(
        labels.SHEET_STREETS,
        labels.STREET_COLUMNS,
        streets,
        (12, 16, *([9] * (len(labels.STREET_COLUMNS) - 2))),
        highlight=[row["below_min"] for row in streets],
        total=labels.table_rows(labels.STREET_COLUMNS, [labels.street_totals(data)])[0],
    )
    table(labels.SHEET_ITEMS, labels.ITEM_COLUMNS, data["items"], (10, 14, 14, 16))
    table(labels.SHEET_SERIES, labels.SERIES_COLUMNS, data["series"], (14, 16, 16))
    if passed_list:
        table(
            labels.SHEET_PASSED,
            labels.PASSED_COLUMNS,
            data["passed_communities"],
            (16, 28, 12, 16, 10, 12, 12),
        )
    if narrative is not None:
        sheet = _table_sheet(
            book,
            t(labels.SHEET_NARRATIVE),
            title,
            subtitle,
            [t(labels.SECTION_NARRATIVE)],
            [[narrative or t(labels.NO_NARRATIVE)]],
            (110,),
        )
        sheet.cell(row=HEADER_ROW + 1, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[HEADER_ROW + 1].height = min(
            409, 15 * (narrative.count("\n") + 2 + len(narrative) // 70)
        )
    _save(book, path)


def _save(book: Workbook, path: Path) -> None:
    with replaced_on_success(Path(path), ".xlsx") as temporary:
        book.save(temporary)
