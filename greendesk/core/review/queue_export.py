"""The review queue as a table: one rule for the columns of the workbook and of the printed queue."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from greendesk.core.base import sheets
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP, translate
from greendesk.core.reports.files import replaced_on_success
from greendesk.core.review.queue import QueueRow
from greendesk.core.review.vocabulary import status_label

COLUMNS = (
    QT_TRANSLATE_NOOP("Queue", "Code"),
    QT_TRANSLATE_NOOP("Queue", "Community"),
    QT_TRANSLATE_NOOP("Queue", "Street"),
    QT_TRANSLATE_NOOP("Queue", "Year"),
    QT_TRANSLATE_NOOP("Queue", "Batch"),
    QT_TRANSLATE_NOOP("Queue", "Status"),
    QT_TRANSLATE_NOOP("Queue", "Round"),
    QT_TRANSLATE_NOOP("Queue", "Items decided"),
    QT_TRANSLATE_NOOP("Queue", "Items"),
    QT_TRANSLATE_NOOP("Queue", "Last change"),
)
TITLE = QT_TRANSLATE_NOOP("Queue", "Review queue")


def title(language: str | None = None) -> str:
    return translate("Queue", TITLE, language)


def header(language: str | None = None) -> list[str]:
    """The column titles, shared by the workbook and the printed queue."""
    return [translate("Queue", text, language) for text in COLUMNS]


def table_rows(rows: list[QueueRow], language: str | None = None) -> list[list[Any]]:
    """One row of values per community, in ``COLUMNS`` order (the workbook keeps numbers and times)."""
    return [
        [
            row.code,
            row.name,
            row.street_name,
            row.year,
            row.batch,
            status_label(row.status, language),
            row.round,
            row.decided,
            row.total,
            row.updated_at,
        ]
        for row in rows
    ]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    return str(value)


def printable_rows(rows: list[QueueRow], language: str | None = None) -> list[list[str]]:
    """The same rows as text, for the printed queue (times to the minute, nothing empty as "None")."""
    return [[_text(value) for value in values] for values in table_rows(rows, language)]


def export_queue(rows: list[QueueRow], path: Path, language: str | None = None) -> Path:
    """Write ``rows`` (as filtered and sorted on screen) to ``path`` (.xlsx), replaced only when complete."""
    from openpyxl import Workbook  # heavy; only when a queue is exported

    book = Workbook()
    sheet = book.active
    sheet.title = title(language)[:31]
    titles = header(language)
    sheet.append(sheets.row_cells(sheet, titles))
    body = table_rows(rows, language)
    for values in body:
        sheet.append(sheets.row_cells(sheet, values))
    sheets.apply_formats(sheet, 2, len(rows) + 1)
    widths = sheets.column_widths([titles, *body])
    sheets.finish(sheet, header_rows=(1, 1), widths=widths, freeze_columns=2, last_row=len(rows) + 1)
    with replaced_on_success(Path(path), ".xlsx") as temporary:
        book.save(temporary)
    return Path(path)
