"""整改期限: the day by which returned communities must hand in their rework, for one or several at once."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Protocol

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from greendesk.core.base import clock
from greendesk.core.review.views import REWORK_DAYS_DEFAULT
from greendesk.ui.common.dates import date_edit, edited_day
from greendesk.ui.common.dialogs import dialog_buttons


class _Named(Protocol):
    code: str
    name: str
    rework_due: date | None


class DeadlineDialog(QDialog):
    """Asks for the deadline; whether a community can have one (it is returned, the day is not past) is the
    core's judgement, reported per community afterwards."""

    def __init__(self, rows: list[_Named], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rework deadline"))
        known = [row.rework_due for row in rows if row.rework_due is not None]
        default = max(known) if known else clock.today() + timedelta(days=REWORK_DAYS_DEFAULT)
        self.day = date_edit(default)
        names = "、".join(f"{row.name} {row.code}" for row in rows[:5])
        more = len(rows) - 5
        if more > 0:
            names = self.tr("{names} and %n more", "", more).format(names=names)
        listed = QLabel(names)
        listed.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Communities:"), listed)
        form.addRow(self.tr("Rework &due by:"), self.day)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The rework notice prints this day, and the queue flags the community once it passes."
                )
            )
        )
        layout.addWidget(dialog_buttons(self))

    def due_on(self) -> date:
        return edited_day(self.day)
