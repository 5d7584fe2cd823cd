"""汇总表.xlsx: one row per community, a sheet per street, and the totals.

An annex of the package (not a form): typed cells (dates are dates), and the shared print finish
of core.base.sheets (widths from the content, frozen and repeated header, A4, page numbers).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from greendesk.core.base import sheets
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP, translate
from greendesk.core.package.records import CommunityRecord
from greendesk.core.review import vocabulary

CONTEXT = "Package"


def tr(text: str, language: str) -> str:
    return translate(CONTEXT, text, language)


def outcome_label(outcome: str | None, language: str) -> str:
    return vocabulary.outcome_label(
        outcome, language, tr(QT_TRANSLATE_NOOP("Package", "Not decided"), language)
    )


def result_label(record: CommunityRecord, language: str) -> str:
    return vocabulary.status_label(vocabulary.PASSED if record.passed else vocabulary.FAILED, language)


def _when(value: datetime | date | None) -> datetime | date | None:
    """A moment as the sheet stores it: a date cell, to the minute (no seconds, no time zone)."""
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    return value


def item_numbers(records: Sequence[CommunityRecord]) -> list[int]:
    return sorted({item.number for record in records for item in record.items})


def _translated(language: str, *texts: str) -> list[str]:
    """Column headers in the document's language."""
    return [tr(text, language) for text in texts]


def _headers(numbers: list[int], scored: bool, language: str) -> list[str]:
    headers = _translated(
        language,
        QT_TRANSLATE_NOOP("Package", "Community code"),
        QT_TRANSLATE_NOOP("Package", "Community"),
        QT_TRANSLATE_NOOP("Package", "Street"),
        QT_TRANSLATE_NOOP("Package", "Households"),
        QT_TRANSLATE_NOOP("Package", "Property-management coverage (%)"),
    )
    headers += [tr(QT_TRANSLATE_NOOP("Package", "Item {number}"), language).format(number=n) for n in numbers]
    headers.append(tr(QT_TRANSLATE_NOOP("Package", "Overall result"), language))
    if scored:
        headers.append(tr(QT_TRANSLATE_NOOP("Package", "Score"), language))
    headers += _translated(
        language,
        QT_TRANSLATE_NOOP("Package", "Round"),
        QT_TRANSLATE_NOOP("Package", "Reviewers"),
        QT_TRANSLATE_NOOP("Package", "Signed off by"),
        QT_TRANSLATE_NOOP("Package", "Recommended on"),
        QT_TRANSLATE_NOOP("Package", "First decision"),
        QT_TRANSLATE_NOOP("Package", "Last decision"),
        QT_TRANSLATE_NOOP("Package", "Signed off at"),
    )
    return headers


def _row(record: CommunityRecord, numbers: list[int], scored: bool, language: str) -> list[object]:
    outcomes = {item.number: item.outcome for item in record.items}
    row: list[object] = [
        record.code,
        record.name,
        record.street_name,
        record.households,
        record.coverage_percent,
    ]
    row += [outcome_label(outcomes[n], language) if n in outcomes else "" for n in numbers]
    row.append(result_label(record, language))
    if scored:
        row.append(record.score)
    row += [
        record.round,
        "、".join(record.reviewers),
        record.signed_off_by,
        _when(record.recommended_on),
        _when(record.first_decided_at),
        _when(record.last_decided_at),
        _when(record.signed_off_at),
    ]
    return row


def _totals_row(code: str, name: str, records: Sequence[CommunityRecord]) -> list[object]:
    """A line of the totals sheet: communities, passed and households of a street (or the district)."""
    return [
        code,
        name,
        len(records),
        sum(1 for r in records if r.passed),
        sum(r.households or 0 for r in records),
    ]


def write_summary_workbook(records: Sequence[CommunityRecord], path: Path, language: str) -> None:
    """Write-only workbook (streams rows) so a whole district stays small in memory."""
    workbook = Workbook(write_only=True)
    numbers = item_numbers(records)
    scored = any(record.standard.mode == "scored" for record in records)
    headers = _headers(numbers, scored, language)
    taken: set[str] = set()

    def sheet(title: str, header: list[str], rows: list[list[object]], freeze_columns: int) -> None:
        """A finished sheet: widths from its rows (set before streaming them), then the rows."""
        worksheet = workbook.create_sheet(sheets.sheet_title(title, taken))
        sheets.finish(
            worksheet,
            header_rows=(1, 1),
            widths=sheets.column_widths([header, *rows], maximum=40),
            freeze_columns=freeze_columns,
        )
        cells = []
        for text in header:
            cell = sheets.new_cell(worksheet, text)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cells.append(cell)
        worksheet.append(sheets.row_cells(worksheet, cells))  # made by new_cell: pass as they are
        for row in rows:
            worksheet.append(sheets.row_cells(worksheet, row))

    sheet(
        tr(QT_TRANSLATE_NOOP("Package", "All communities"), language),
        headers,
        [_row(record, numbers, scored, language) for record in records],
        2,
    )
    streets: dict[str, list[CommunityRecord]] = {}
    for record in records:
        streets.setdefault(record.street_code, []).append(record)
    for street_records in streets.values():
        rows = [_row(record, numbers, scored, language) for record in street_records]
        sheet(street_records[0].street_name, headers, rows, 2)

    totals = [_totals_row(code, rows[0].street_name, rows) for code, rows in streets.items()]
    totals.append(_totals_row("", tr(QT_TRANSLATE_NOOP("Package", "Total"), language), records))
    sheet(
        tr(QT_TRANSLATE_NOOP("Package", "Totals"), language),
        _translated(
            language,
            QT_TRANSLATE_NOOP("Package", "Street code"),
            QT_TRANSLATE_NOOP("Package", "Street"),
            QT_TRANSLATE_NOOP("Package", "Communities"),
            QT_TRANSLATE_NOOP("Package", "Passed"),
            QT_TRANSLATE_NOOP("Package", "Households"),
        ),
        totals,
        0,
    )
    workbook.save(path)
