"""The review queue as a workbook: what the reviewer sees, to print or to hand to a colleague."""

from __future__ import annotations

from pathlib import Path

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


def export_queue(rows: list[QueueRow], path: Path, language: str | None = None) -> Path:
    """Write ``rows`` (as filtered and sorted on screen) to ``path`` (.xlsx), replaced only when complete."""
    from openpyxl import Workbook  # heavy; only when a queue is exported

    book = Workbook()
    sheet = book.active
    sheet.title = translate("Queue", TITLE, language)[:31]
    header = [translate("Queue", text, language) for text in COLUMNS]
    sheet.append(header)
    body = []
    for row in rows:
        values = [
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
        sheet.append(values)
        body.append(values)
    sheets.apply_formats(sheet, 2, len(rows) + 1)
    widths = sheets.column_widths([header, *body])
    sheets.finish(sheet, header_rows=(1, 1), widths=widths, freeze_columns=2, last_row=len(rows) + 1)
    with replaced_on_success(Path(path), ".xlsx") as temporary:
        book.save(temporary)
    return Path(path)
