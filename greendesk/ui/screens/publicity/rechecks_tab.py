"""复核: the year's re-check plans (a sample the core draws from a seed, reproducibly) and the outcomes.

``rechecks.plan_recheck`` draws and logs the sample, ``rechecks.record_recheck`` records 保持 /
限期整改 / 撤销 (the core asks the approver's password for a revocation and checks the deadline),
and ``rechecks.rechecks`` gives each community's latest outcome with the core's overdue flag, which
the table shows in words and in colour.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.base import clock, sampling
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.publicity import rechecks
from greendesk.core.publicity import vocabulary as publicity_vocabulary
from greendesk.core.registry import roster
from greendesk.core.review.vocabulary import REVOKED
from greendesk.core.workspace import Workspace
from greendesk.ui.common.dates import date_edit, edited_day
from greendesk.ui.common.dialogs import dialog_buttons
from greendesk.ui.context import TOPIC_RECOMMENDATIONS, UiContext
from greendesk.ui.screens.publicity.notices_tab import fill, table
from greendesk.ui.signin import password_edit

OVERDUE_COLOUR = QColor("#f8d7da")
DEFAULT_RECTIFY_DAYS = 30  # what the deadline field offers first; the user sets the real one
OVERDUE_TEXT = QColor("#b00020")
REVOKED_TEXT = QColor("#6b6b6b")


def outcome_text(outcome: str) -> str:
    """A re-check outcome in the interface's language (the core's labels are for documents)."""
    return publicity_vocabulary.recheck_outcome(outcome)


class RecordRecheckDialog(QDialog):
    """One community's outcome: kept, rectify by a deadline, or revoked (with the password)."""

    def __init__(
        self, workspace: Workspace, code: str, label: str, plan_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.code = code
        self.plan_id = plan_id
        self.recorded: rechecks.Recheck | None = None
        self.setWindowTitle(self.tr("Record a re-check"))
        self.outcome = QComboBox()
        for outcome in rechecks.OUTCOMES:
            self.outcome.addItem(outcome_text(outcome), outcome)
        today = clock.today()
        self.deadline = date_edit(today + timedelta(days=DEFAULT_RECTIFY_DAYS))
        self.effective = date_edit(today)
        self.note = QLineEdit()
        self.password = password_edit(self)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Community:"), QLabel(label))
        self.form.addRow(self.tr("&Outcome:"), self.outcome)
        self.form.addRow(self.tr("Rectify &by:"), self.deadline)
        self.form.addRow(self.tr("&Takes effect on:"), self.effective)
        self.form.addRow(self.tr("&Note:"), self.note)
        self.form.addRow(self.tr("Your &password:"), self.password)
        buttons = dialog_buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.outcome.currentIndexChanged.connect(lambda _index: self._show_outcome())
        self._show_outcome()
        self.setMinimumWidth(480)
        self.adjustSize()

    def _show_outcome(self) -> None:
        """The deadline belongs to a rectification, the password confirms a revocation."""
        outcome = self.outcome.currentData()
        self.form.setRowVisible(self.deadline, outcome == rechecks.RECTIFY)
        self.form.setRowVisible(self.password, outcome == REVOKED)

    def accept(self) -> None:
        outcome = self.outcome.currentData()
        try:
            self.recorded = rechecks.record_recheck(
                self.workspace,
                self.code,
                outcome,
                note=self.note.text(),
                deadline=edited_day(self.deadline) if outcome == rechecks.RECTIFY else None,
                effective_on=edited_day(self.effective),
                password=self.password.text(),
                plan_id=self.plan_id,
            )
        except GreenDeskError as error:
            self.password.clear()
            QMessageBox.warning(self, self.windowTitle(), error.render())
            return
        super().accept()


class RechecksTab(QWidget):
    def __init__(self, context: UiContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plans: list[rechecks.Plan] = []
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.size = QSpinBox()
        self.size.setRange(1, sampling.MAX_SAMPLE)
        self.size.setValue(10)
        self.seed = QLineEdit()
        self.seed.setPlaceholderText(self.tr("random when empty"))
        self.plan_button = QPushButton(self.tr("&Draw the sample"))
        self.plan_choice = QComboBox()
        self.plan_info = QLabel()
        self.plan_info.setWordWrap(True)
        self.sample_table = table(
            [
                self.tr("Code"),
                self.tr("Community"),
                self.tr("Street"),
                self.tr("Latest outcome"),
                self.tr("Rectify by"),
                self.tr("Effective"),
                self.tr("Overdue"),
                self.tr("Note"),
            ],
            7,
        )
        self.record_button = QPushButton(self.tr("&Record outcome…"))
        self._build_layout()
        self.year.valueChanged.connect(lambda _value: self.reload())
        self.plan_choice.currentIndexChanged.connect(lambda _index: self.show_plan())
        self.plan_button.clicked.connect(self.draw)
        self.record_button.clicked.connect(self.record)
        self.sample_table.itemSelectionChanged.connect(self._enable)
        self.sample_table.doubleClicked.connect(lambda _index: self.record())

    def _build_layout(self) -> None:
        draw = QHBoxLayout()
        draw.addWidget(QLabel(self.tr("Re-check &year:"), buddy=self.year))
        draw.addWidget(self.year)
        draw.addSpacing(12)
        draw.addWidget(QLabel(self.tr("Sample &size:"), buddy=self.size))
        draw.addWidget(self.size)
        draw.addSpacing(12)
        draw.addWidget(QLabel(self.tr("S&eed:"), buddy=self.seed))
        draw.addWidget(self.seed, 1)
        draw.addWidget(self.plan_button)
        chosen = QHBoxLayout()
        chosen.addWidget(QLabel(self.tr("&Plan:"), buddy=self.plan_choice))
        chosen.addWidget(self.plan_choice, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(draw)
        layout.addLayout(chosen)
        layout.addWidget(self.plan_info)
        layout.addWidget(self.sample_table, 1)
        layout.addLayout(buttons)
        note = QLabel(
            self.tr(
                "The sample is drawn from the communities named before the year, from the seed: the same "
                "seed over the same communities draws the same sample. A revoked name stops counting in "
                "every figure from the day it takes effect."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)

    def reload(self, select: int | None = None) -> None:
        chosen = select if select is not None else self.current_plan_id()
        self.plans = rechecks.list_plans(self.context.workspace, self.year.value())
        self.plan_choice.blockSignals(True)
        self.plan_choice.clear()
        for plan in self.plans:
            self.plan_choice.addItem(
                self.tr("Plan {id} · seed {seed} · %n sampled", "", len(plan.sample)).format(
                    id=plan.id, seed=plan.seed
                ),
                plan.id,
            )
        ids = [plan.id for plan in self.plans]
        self.plan_choice.setCurrentIndex(ids.index(chosen) if chosen in ids else len(ids) - 1)
        self.plan_choice.blockSignals(False)
        self.show_plan()

    def current_plan_id(self) -> int | None:
        return self.plan_choice.currentData()

    def current_plan(self) -> rechecks.Plan | None:
        return next((plan for plan in self.plans if plan.id == self.current_plan_id()), None)

    def current_code(self) -> str | None:
        rows = self.sample_table.selectionModel().selectedRows()
        plan = self.current_plan()
        if plan is None or not rows or not 0 <= rows[0].row() < len(plan.sample):
            return None
        return plan.sample[rows[0].row()]

    def show_plan(self, select: str | None = None) -> None:
        plan = self.current_plan()
        if plan is None:
            self.plan_info.setText(self.tr("No re-check plan for {year} yet.").format(year=self.year.value()))
            fill(self.sample_table, [])
            self._enable()
            return
        self.plan_info.setText(
            self.tr("Drawn with seed “{seed}” from %n named communities:", "", len(plan.population)).format(
                seed=plan.seed
            )
        )
        latest = {row.code: row for row in rechecks.rechecks(self.context.workspace)}
        rows = []
        for code in plan.sample:
            community = roster.get_community(self.context.workspace, code)
            result = latest.get(code)
            rows.append(
                [
                    code,
                    community.name,
                    community.street_name,
                    outcome_text(result.outcome) if result else self.tr("not re-checked yet"),
                    result.deadline.isoformat() if result and result.deadline else "",
                    result.effective_on.isoformat() if result else "",
                    self.tr("overdue") if result and result.overdue else "",
                    result.note if result else "",
                ]
            )
        fill(self.sample_table, rows)
        for row, code in enumerate(plan.sample):
            result = latest.get(code)
            if result is not None and result.overdue:
                for column in range(self.sample_table.columnCount()):
                    self.sample_table.item(row, column).setBackground(QBrush(OVERDUE_COLOUR))
                flag = self.sample_table.item(row, 6)
                flag.setForeground(QBrush(OVERDUE_TEXT))  # still seen when the row is selected
                bold = flag.font()
                bold.setBold(True)
                flag.setFont(bold)
            if result is not None and result.outcome == REVOKED:  # no longer named: shown faded
                for column in range(self.sample_table.columnCount()):
                    self.sample_table.item(row, column).setForeground(QBrush(REVOKED_TEXT))
            if code == select:
                self.sample_table.selectRow(row)
        self._enable()

    def _enable(self) -> None:
        self.record_button.setEnabled(self.current_code() is not None)

    def draw(self) -> None:
        try:
            plan = rechecks.plan_recheck(
                self.context.workspace, self.year.value(), self.size.value(), self.seed.text()
            )
        except GreenDeskError as error:
            QMessageBox.warning(self, self.tr("Re-checks"), error.render())
            return
        self.reload(select=plan.id)

    def record(self) -> None:
        code = self.current_code()
        if code is None:
            return
        community = roster.get_community(self.context.workspace, code)
        dialog = RecordRecheckDialog(
            self.context.workspace, code, f"{community.name} {code}", self.current_plan_id(), self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_plan(select=code)
            self.context.notify(TOPIC_RECOMMENDATIONS)
