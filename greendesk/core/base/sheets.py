"""Finishing the worksheets the app writes so that they print as office forms.

One place for what every workbook needs: real date and number cells (with their formats), column
widths sized to the content (a CJK character is about twice as wide as a Latin one), frozen header
rows, A4 paper fitted to the page width in the orientation the table needs, header rows repeated on
each printed page and page numbers in the footer. Works for normal and write-only worksheets (for
a write-only sheet, finish it before appending rows: columns cannot change after the first row).

Every value goes into a cell through ``row_cells`` or ``put``: text stays text. openpyxl makes any text
starting with "=" a live formula and "#N/A" an error, so a community name, an expert's comment or
an office's contact typed as ``=HYPERLINK(...)`` would otherwise run in the district's workbook;
characters no cell can hold (control characters, lone surrogates) are shown as ``\\uXXXX``
instead of failing the whole export. The app's own formulas are marked with ``Formula``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from greendesk.core.base.i18n import DOCUMENT_LANGUAGE, QT_TRANSLATE_NOOP, translate
from greendesk.core.base.normalize import escaped, unstorable_character, without_unstorable

DATE = 'yyyy"年"m"月"d"日"'
DATE_TIME = 'yyyy"年"m"月"d"日" hh:mm'
INTEGER = "0"
DECIMAL = "0.0"
SHARE = "0.0%"
PAGE_NUMBERS = QT_TRANSLATE_NOOP("Documents", "Page &P of &N")

MIN_WIDTH = 6.0
MAX_WIDTH = 60.0
CELL_TEXT_LIMIT = 32767  # Excel's limit; openpyxl would cut longer text silently
# A4 minus 1 cm margins is about 100 column-width units across in portrait (about 150 in landscape).
PORTRAIT_UNITS = 100.0
_MARGIN_INCHES = 0.4


def number_format(value: Any) -> str | None:
    """The format a cell with ``value`` is shown in (None: leave Excel's General)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return DATE_TIME
    if isinstance(value, date):
        return DATE
    if isinstance(value, int):
        return INTEGER
    if isinstance(value, float):
        return DECIMAL
    return None


def display_width(value: Any) -> float:
    """How many column-width units ``value`` needs on its longest line (wide characters count two)."""
    if value is None:
        return 0.0
    if isinstance(value, datetime):
        return 17.0  # 2022年11月8日 09:30
    if isinstance(value, date):
        return 12.0  # 2022年11月8日
    text = str(value) if not isinstance(value, float) else f"{value:.1f}"
    return float(
        max(
            (
                sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
                for line in text.split("\n")
            ),
            default=0,
        )
    )


def column_widths(
    rows: Iterable[Sequence[Any]], minimum: float = MIN_WIDTH, maximum: float = MAX_WIDTH
) -> list[float]:
    """Widths fitting the widest cell of each column (plus a little padding), kept within bounds."""
    widest: list[float] = []
    for row in rows:
        for index, value in enumerate(row):
            if index == len(widest):
                widest.append(0.0)
            widest[index] = max(widest[index], display_width(value))
    return [min(maximum, max(minimum, width + 2)) for width in widest]


def set_widths(sheet: Any, widths: Sequence[float]) -> None:
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width


class Formula(str):
    """A formula the app itself writes (``=SUM(C5:C20)``); any other text is written as text."""


def cell_text(text: str) -> str:
    """``text`` as a cell can hold it: unstorable characters escaped, over-long text visibly cut."""
    if unstorable_character(text) is not None:
        text = escaped(text, limit=None)
    if len(text) > CELL_TEXT_LIMIT:
        text = text[: CELL_TEXT_LIMIT - 1] + "…"
    return text


def _needs_text_type(text: str) -> bool:
    """Whether openpyxl would take ``text`` for something other than text (a formula or an error)."""
    return text.startswith("=") or text in ERROR_CODES


def _set_value(cell: Any, value: Any) -> Any:
    """The one rule: ``Formula`` as a formula, other text as text (cleaned), anything else as itself."""
    if isinstance(value, Formula):
        cell.value = str(value)
    elif isinstance(value, str):
        cell.value = cell_text(value)
        cell.data_type = "s"
    else:
        cell.value = value
    return cell


def new_cell(sheet: Any, value: Any, shown: str | None = None) -> Any:
    """One cell for ``sheet`` (to style it, or for a row), text kept as text; ``shown``: its number format."""
    cell = _set_value(WriteOnlyCell(sheet), value)
    if shown is not None:
        cell.number_format = shown
    return cell


def row_cells(sheet: Any, values: Sequence[Any], formats: dict[int, str] | None = None) -> list[Any]:
    """A row for ``sheet.append`` (normal or write-only): text kept as text, numbers and dates formatted.

    ``formats`` gives number formats by column index; other dates and numbers get ``number_format``'s.
    Plain values stay plain (a write-only sheet streams them without a cell object each).
    """
    cells: list[Any] = []
    for index, value in enumerate(values):
        shown = (formats or {}).get(index) or number_format(value)
        if isinstance(value, str) and not isinstance(value, Formula) and shown is None:
            value = cell_text(value)
            cells.append(new_cell(sheet, value) if _needs_text_type(value) else value)
        elif shown is None and not isinstance(value, Formula):
            cells.append(value)
        else:
            cells.append(new_cell(sheet, value, shown))
    return cells


def put(sheet: Any, row_number: int, column: int, value: Any) -> Any:
    """Set one cell of a normal sheet, by the same rule as ``row_cells``; returns the cell (to style it)."""
    return _set_value(sheet.cell(row=row_number, column=column), value)


_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
TITLE_LIMIT = 31


def sheet_title(text: str, taken: set[str], fallback: str = "Sheet") -> str:
    """A sheet title Excel takes (≤ 31 characters, none of []:*?/\\ or control characters, no quote at
    either end), unique in the workbook regardless of case; ``taken`` gets it added."""
    base = _TITLE_FORBIDDEN.sub("_", without_unstorable(text))
    base = base.strip("' ")[:TITLE_LIMIT].strip("' ") or fallback
    used = {title.lower() for title in taken}
    title, counter = base, 2
    while title.lower() in used:
        suffix = f"~{counter}"
        title = base[: TITLE_LIMIT - len(suffix)] + suffix
        counter += 1
    taken.add(title)
    return title


def apply_formats(sheet: Any, first_row: int, last_row: int, formats: dict[int, str] | None = None) -> None:
    """Give the cells of rows ``first_row``..``last_row`` of a normal sheet their number formats."""
    for row in sheet.iter_rows(min_row=first_row, max_row=last_row):
        for cell in row:
            shown = (formats or {}).get(cell.column - 1) or number_format(cell.value)
            if shown is not None:
                cell.number_format = shown


def finish(
    sheet: Any,
    *,
    header_rows: tuple[int, int],
    widths: Sequence[float],
    freeze_columns: int = 0,
    last_row: int | None = None,
) -> None:
    """Widths, frozen headers, A4 print setup fitted to the width, repeated headers and page numbers.

    ``header_rows`` (first, last) repeat on every printed page and everything above the row after
    them stays in view; ``freeze_columns`` columns on the left stay in view too. The orientation is
    the one the table fits: landscape only when it is wider than a portrait page.
    """
    first, last = header_rows
    set_widths(sheet, widths)
    sheet.freeze_panes = f"{get_column_letter(freeze_columns + 1)}{last + 1}"
    sheet.print_title_rows = f"{first}:{last}"
    if last_row is not None:
        sheet.print_area = f"A1:{get_column_letter(max(len(widths), 1))}{max(last_row, last)}"
    setup = sheet.page_setup
    setup.paperSize = Worksheet.PAPERSIZE_A4  # write-only sheets lack the constant
    setup.orientation = "landscape" if sum(widths) > PORTRAIT_UNITS else "portrait"
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = _MARGIN_INCHES
    sheet.oddFooter.center.text = translate("Documents", PAGE_NUMBERS, DOCUMENT_LANGUAGE)
    sheet.oddFooter.center.size = 10
