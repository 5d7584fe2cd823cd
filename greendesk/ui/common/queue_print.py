"""Printing the review queue as shown: the core's printable rows (``queue_export``) laid out as a table.

The columns are the workbook's (one rule in ``core/review/queue_export.py``); this module only
turns them into a ``QTextDocument`` and hands it to a printer — the print dialog's, or a PDF file.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from greendesk.core.review import queue_export
from greendesk.core.review.queue import QueueRow

TABLE_STYLE = (
    "table { border-collapse: collapse; } "
    "th { background: #e8efe9; font-weight: bold; } "
    "th, td { border: 1px solid #7a8a80; padding: 3px 5px; }"
)


def title() -> str:
    """The printed queue's heading: the workbook's sheet title."""
    return queue_export.title()


def queue_html(title: str, subtitle: str, rows: list[QueueRow]) -> str:
    """The queue as an HTML table: a heading, the filter summary, the header row and one row per community."""
    head = "".join(f"<th>{escape(text)}</th>" for text in queue_export.header())
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(value)}</td>" for value in values) + "</tr>"
        for values in queue_export.printable_rows(rows)
    )
    return (
        f"<html><head><style>{TABLE_STYLE}</style></head><body>"
        f"<h2>{escape(title)}</h2><p>{escape(subtitle)}</p>"
        f'<table width="100%" cellspacing="0"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
        "</body></html>"
    )


def queue_document(title: str, subtitle: str, rows: list[QueueRow]) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(queue_html(title, subtitle, rows))
    return document


def _landscape_a4(printer: QPrinter) -> None:
    """Ten columns read best across an A4 page on its side, with office margins."""
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )


def print_document(document: QTextDocument, printer: QPrinter) -> None:
    """Lay the document out on the printer's page (the header row repeats on every page)."""
    document.setPageSize(QSizeF(printer.pageRect(QPrinter.Unit.Point).size()))
    document.print_(printer)


def print_to_pdf(document: QTextDocument, path: Path) -> Path:
    """The printed queue as a PDF file (what "Print to file" gives; the tests read it back)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _landscape_a4(printer)
    print_document(document, printer)
    return path


def ask_print(parent: QWidget, document: QTextDocument, caption: str) -> bool:
    """The system's print dialog (printer, pages, copies, or a PDF file); False when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _landscape_a4(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(caption)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_document(document, printer)
    return True
