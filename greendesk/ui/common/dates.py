"""Date fields as every dialog shows them: ISO format, a calendar to pick from, Python dates in and out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget


def date_edit(day: date, parent: QWidget | None = None) -> QDateEdit:
    """A ``yyyy-MM-dd`` field with a calendar pop-up, set to ``day``."""
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def edited_day(edit: QDateEdit) -> date:
    """The field's day as a Python date."""
    value = edit.date()
    return date(value.year(), value.month(), value.day())
