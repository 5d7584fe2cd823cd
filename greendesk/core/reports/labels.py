"""The texts printed in reports (context "Reports"), always in the documents' language (Simplified Chinese)."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from greendesk.core.base import i18n
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.review.vocabulary import status_label


def t(text: str, language: str = i18n.DOCUMENT_LANGUAGE) -> str:
    """A report label marked with QT_TRANSLATE_NOOP("Reports", ...), in the documents' language."""
    return i18n.translate("Reports", text, language)


def status_text(status: str) -> str:
    """A review status as a document prints it."""
    return status_label(status, i18n.DOCUMENT_LANGUAGE)


_QUARTERS = "一二三四"


def period_text(period: str, language: str = i18n.DOCUMENT_LANGUAGE) -> str:
    """A report period as people read it: ``2022Q3`` as 2022年第三季度, ``2022`` as 2022年度 (Chinese).

    Every document, the dashboard and the reports screen write a period through this one function;
    in English the quarter reads "2022 Q3".
    """
    quarterly = len(period) == 6 and period[4] == "Q" and period[5] in "1234"
    if language != i18n.DOCUMENT_LANGUAGE:
        return f"{period[:4]} {period[4:]}" if quarterly else period
    if quarterly:
        return f"{period[:4]}年第{_QUARTERS[int(period[5]) - 1]}季度"
    return f"{period}年度" if period.isdigit() else period


QUARTERLY_TITLE = QT_TRANSLATE_NOOP(
    "Reports", "{district} green community creation: quarterly progress ({period})"
)
ANNUAL_TITLE = QT_TRANSLATE_NOOP(
    "Reports", "{district} green community creation: results and work summary {year}"
)
SUMMARY_TITLE = QT_TRANSLATE_NOOP(
    "Reports", "{district} green community creation: progress against the targets {year}"
)
AS_OF = QT_TRANSLATE_NOOP("Reports", "As of {date}")
SUBMITTED_ON = QT_TRANSLATE_NOOP("Reports", "Submitted on {date}")
DRAFT = QT_TRANSLATE_NOOP("Reports", "Draft (not submitted), taken on {date}")
AUDIT_HEAD = QT_TRANSLATE_NOOP("Reports", "Audit log chain head at the time of these figures: {head}")

# Key figures, in print order: (data key, label).
KEY_FIGURES: tuple[tuple[str, str], ...] = (
    ("in_scope_total", QT_TRANSLATE_NOOP("Reports", "In-scope communities")),
    ("out_of_scope", QT_TRANSLATE_NOOP("Reports", "Communities out of scope (not counted)")),
    ("passed", QT_TRANSLATE_NOOP("Reports", "Communities passed (cumulative)")),
    ("passed_in_year", QT_TRANSLATE_NOOP("Reports", "Of the year's recommendations passed")),
    ("passed_share", QT_TRANSLATE_NOOP("Reports", "Share passed (%)")),
    ("target_share", QT_TRANSLATE_NOOP("Reports", "Year's target share (%)")),
    ("required", QT_TRANSLATE_NOOP("Reports", "Communities required by the target")),
    ("remaining", QT_TRANSLATE_NOOP("Reports", "Still to pass to reach the target")),
    ("pilots_min", QT_TRANSLATE_NOOP("Reports", "Pilots required per street (minimum)")),
    ("streets_below_min", QT_TRANSLATE_NOOP("Reports", "Streets below the pilot minimum")),
    ("days_left", QT_TRANSLATE_NOOP("Reports", "Days left to the next deadline")),
)
NEXT_DEADLINE = QT_TRANSLATE_NOOP("Reports", "Next deadline")
DEADLINE_QUARTERLY = QT_TRANSLATE_NOOP("Reports", "Quarterly progress report {period}")
DEADLINE_SUMMARY = QT_TRANSLATE_NOOP("Reports", "Annual results and work summary {period}")

# Per-street table: (data key, label).
PILOTS_STARTED = QT_TRANSLATE_NOOP("Reports", "Pilots started")  # 启动试点: figures.py names the rule
PASSED_CUMULATIVE = QT_TRANSLATE_NOOP("Reports", "Passed (cumulative)")
# Pilots started stand next to the passed columns (the year's, then cumulative); then the statuses.
STREET_COLUMNS: tuple[tuple[str, str], ...] = (
    ("code", QT_TRANSLATE_NOOP("Reports", "Street code")),
    ("name", QT_TRANSLATE_NOOP("Reports", "Street")),
    ("in_scope", QT_TRANSLATE_NOOP("Reports", "In scope")),
    ("required", QT_TRANSLATE_NOOP("Reports", "Required by target")),
    ("recommended", PILOTS_STARTED),
    ("passed", QT_TRANSLATE_NOOP("Reports", "Passed this year")),
    ("pilots", PASSED_CUMULATIVE),
    ("not_started", QT_TRANSLATE_NOOP("Reports", "Not started")),
    ("under_review", QT_TRANSLATE_NOOP("Reports", "Under review")),
    ("returned", QT_TRANSLATE_NOOP("Reports", "Returned")),
    ("failed", QT_TRANSLATE_NOOP("Reports", "Failed")),
    ("below_min", QT_TRANSLATE_NOOP("Reports", "Below pilot minimum")),
)
ITEM_COLUMNS: tuple[tuple[str, str], ...] = (
    ("item", QT_TRANSLATE_NOOP("Reports", "Item")),
    ("pass_count", QT_TRANSLATE_NOOP("Reports", "Meets")),
    ("fail_count", QT_TRANSLATE_NOOP("Reports", "Does not meet")),
    ("more_count", QT_TRANSLATE_NOOP("Reports", "More material needed")),
)
SERIES_COLUMNS: tuple[tuple[str, str], ...] = (
    ("day", QT_TRANSLATE_NOOP("Reports", "Date")),
    ("passed", QT_TRANSLATE_NOOP("Reports", "Passed (cumulative)")),
    ("share", QT_TRANSLATE_NOOP("Reports", "Share passed (%)")),
)
PASSED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("code", QT_TRANSLATE_NOOP("Reports", "Community code")),
    ("name", QT_TRANSLATE_NOOP("Reports", "Community")),
    ("street_code", QT_TRANSLATE_NOOP("Reports", "Street code")),
    ("street_name", QT_TRANSLATE_NOOP("Reports", "Street")),
    ("year", QT_TRANSLATE_NOOP("Reports", "Year recommended")),
    ("passed_on", QT_TRANSLATE_NOOP("Reports", "Passed on")),
    ("status", QT_TRANSLATE_NOOP("Reports", "Status")),
)
STATUS_HEADER = (QT_TRANSLATE_NOOP("Reports", "Status"), QT_TRANSLATE_NOOP("Reports", "Recommendations"))

SHEET_SUMMARY = QT_TRANSLATE_NOOP("Reports", "Summary")
SHEET_STREETS = QT_TRANSLATE_NOOP("Reports", "Streets")
SHEET_ITEMS = QT_TRANSLATE_NOOP("Reports", "Items")
SHEET_SERIES = QT_TRANSLATE_NOOP("Reports", "Over time")
SHEET_PASSED = QT_TRANSLATE_NOOP("Reports", "Passed communities")
SHEET_NARRATIVE = QT_TRANSLATE_NOOP("Reports", "Work summary")

SECTION_KEY_FIGURES = QT_TRANSLATE_NOOP("Reports", "Key figures")
SECTION_STATUS = QT_TRANSLATE_NOOP("Reports", "Recommendations of the year by status")
SECTION_STREETS = QT_TRANSLATE_NOOP("Reports", "Progress by street")
SECTION_ITEMS = QT_TRANSLATE_NOOP("Reports", "Outcome by item (current round)")
SECTION_SERIES = QT_TRANSLATE_NOOP("Reports", "Share of in-scope communities passed over time")
SECTION_PASSED = QT_TRANSLATE_NOOP("Reports", "Communities passed")
SECTION_NARRATIVE = QT_TRANSLATE_NOOP("Reports", "Work summary")
TOTAL = QT_TRANSLATE_NOOP("Reports", "District total")
YES = QT_TRANSLATE_NOOP("Reports", "Yes")
NO = QT_TRANSLATE_NOOP("Reports", "No")
ITEM_NAME = QT_TRANSLATE_NOOP("Reports", "Item {number}")
TARGET_LINE = QT_TRANSLATE_NOOP("Reports", "{year} target {share}%")
PILOT_MINIMUM = QT_TRANSLATE_NOOP("Reports", "Pilot minimum ({count})")
NO_NARRATIVE = QT_TRANSLATE_NOOP("Reports", "(no work summary written yet)")


def as_of_text(value: str, language: str = i18n.DOCUMENT_LANGUAGE) -> str:
    """The as-of moment as printed: its day when it is the end of that day, else day and minute.

    Chinese writes the day as documents do (2022年9月30日), other languages as ISO.
    """
    moment = datetime.fromisoformat(value)  # snapshots taken before the moment was kept hold only the day
    chinese = language.startswith("zh")
    if len(value) <= 10 or moment.time() == time(23, 59, 59):
        return chinese_date(moment.date()) if chinese else moment.date().isoformat()
    if chinese:
        return f"{chinese_date(moment.date())} {moment.strftime('%H:%M')}"
    return moment.strftime("%Y-%m-%d %H:%M")


def chinese_date(day: date) -> str:
    """A date as Chinese documents write it: Arabic numerals, the year in full, no leading zeros (2022年11月8日)."""
    return f"{day.year}年{day.month}月{day.day}日"


def deadline_text(deadline: dict[str, Any] | None, language: str = i18n.DOCUMENT_LANGUAGE) -> str:
    """The next deadline as a document prints it (the CLI passes the interface language)."""
    if not deadline:
        return ""
    due = str(deadline["due"])
    if language == i18n.DOCUMENT_LANGUAGE:  # a document writes the date the Chinese way: 2023年1月10日
        due = chinese_date(date.fromisoformat(due[:10]))
    return f"{deadline_report(deadline['kind'], deadline['period'], language)} · {due}"


def deadline_report(kind: str, period: str, language: str = i18n.DOCUMENT_LANGUAGE) -> str:
    """The report a deadline is for, its period written by ``period_text`` (2022年第四季度进展情况)."""
    template = DEADLINE_QUARTERLY if kind == "quarterly" else DEADLINE_SUMMARY
    return t(template, language).format(period=period_text(period, language))


def cell_value(key: str, value: Any) -> Any:
    """How a figure is shown in a table cell (booleans and statuses in words)."""
    if isinstance(value, bool):
        return t(YES) if value else t(NO)
    if key == "status":
        return status_text(value)
    return value


def headers(columns: tuple[tuple[str, str], ...]) -> list[str]:
    """The translated header row of a table declared as (data key, label) pairs."""
    return [t(label) for _key, label in columns]


def table_rows(columns: tuple[tuple[str, str], ...], rows: list[dict[str, Any]]) -> list[list[Any]]:
    """A document table's cells of ``rows`` in the order of ``columns``: as ``cell_value`` shows
    them, dates written the Chinese way (workbooks keep them as real dates instead)."""
    return [[_document_cell(key, row[key]) for key, _label in columns] for row in rows]


# Keys whose values are ISO dates in the figures: real dates in workbooks, 2022年9月30日 in documents.
DATE_KEYS = frozenset({"day", "passed_on", "due"})


def _document_cell(key: str, value: Any) -> Any:
    if key in DATE_KEYS and isinstance(value, str) and len(value) == 10:
        try:
            return chinese_date(date.fromisoformat(value))
        except ValueError:
            return value
    return cell_value(key, value)


def street_totals(data: dict[str, Any]) -> dict[str, Any]:
    """The district total row of the per-street table (sums; pilots below minimum = street count)."""
    totals: dict[str, Any] = {"code": "", "name": t(TOTAL)}
    for key, _label in STREET_COLUMNS[2:]:
        if key == "below_min":
            totals[key] = data["streets_below_min"]
        elif key == "required":
            totals[key] = data["required"]
        else:
            totals[key] = sum(row[key] for row in data["streets"])
    return totals
