"""新建公示 and 命名: the two dialogs that make a public notice and name its communities.

Both run the core function the CLI runs (``notices.create_notice``, ``naming.name_communities``) and
stay open on its error, so nothing is half done and the user can correct what the message names. The
new-notice dialog shows the period's last day as the core computes it, while the user types.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.base import clock
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.publicity import naming, notices
from greendesk.core.publicity import vocabulary as publicity_vocabulary
from greendesk.core.publicity.period import CALENDAR_DAYS, MAX_DAYS, WORKING_DAYS, notice_period
from greendesk.core.workspace import Workspace
from greendesk.ui.common.dates import date_edit, edited_day
from greendesk.ui.common.dialogs import dialog_buttons
from greendesk.ui.signin import password_edit


class NewNoticeDialog(QDialog):
    """Year, batch, first day, calendar or working days, how objections are taken."""

    def __init__(self, workspace: Workspace, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.created: notices.Notice | None = None
        self.setWindowTitle(self.tr("New public notice"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.batch = QSpinBox()
        self.batch.setRange(1, 99)
        self.start = date_edit(clock.today())
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(7)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("working days"), WORKING_DAYS)
        self.kind.addItem(self.tr("calendar days"), CALENDAR_DAYS)
        length = QHBoxLayout()
        length.addWidget(self.days)
        length.addWidget(self.kind, 1)
        self.end = QLabel()
        self.end.setObjectName("noticeEnd")
        self.end.setWordWrap(True)
        font = self.end.font()
        font.setBold(True)
        self.end.setFont(font)
        for field in (self.year, self.batch, self.start):
            field.setMaximumWidth(160)
        self.title = QLineEdit()
        self.channel = QPlainTextEdit(notices.DEFAULT_CHANNEL)
        self.channel.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Year:"), self.year)
        form.addRow(self.tr("&Batch:"), self.batch)
        form.addRow(self.tr("&First day:"), self.start)
        form.addRow(QLabel(self.tr("&Runs for:"), buddy=self.days), length)
        form.addRow(self.tr("Last day:"), self.end)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Objections are taken:"), self.channel)
        note = QLabel(
            self.tr("The notice lists the year's and batch's signed-off communities not on a notice yet.")
        )
        note.setWordWrap(True)
        buttons = dialog_buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create notice"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        for signal in (self.year.valueChanged, self.batch.valueChanged, self.days.valueChanged):
            signal.connect(lambda _value: self.update_preview())
        self.start.dateChanged.connect(lambda _value: self.update_preview())
        self.kind.currentIndexChanged.connect(lambda _index: self.update_preview())
        self.resize(620, 480)
        self.update_preview()

    def update_preview(self) -> None:
        """The last day objections are taken, from the core's calendar (or why it cannot be given)."""
        self.title.setPlaceholderText(notices.default_title(self.year.value(), self.batch.value()))
        try:
            period = notice_period(edited_day(self.start), self.days.value(), self.kind.currentData())
        except GreenDeskError as error:
            self.end.setText(error.render())
            self.end.setStyleSheet("color: #b00020")
            return
        self.end.setStyleSheet("")
        self.end.setText(
            self.tr("{end} (objections are taken from {start} to {end})").format(
                start=period.start.isoformat(), end=period.end.isoformat()
            )
        )

    def accept(self) -> None:
        try:
            self.created = notices.create_notice(
                self.workspace,
                year=self.year.value(),
                batch=self.batch.value(),
                start=edited_day(self.start),
                days=self.days.value(),
                kind=self.kind.currentData(),
                title=self.title.text(),
                channel_text=self.channel.toPlainText(),
            )
        except GreenDeskError as error:
            QMessageBox.warning(self, self.windowTitle(), error.render())
            return
        super().accept()


class NamingDialog(QDialog):
    """The 文号, the date, each community's tier, and the approver's password."""

    def __init__(
        self,
        workspace: Workspace,
        notice: notices.Notice,
        excluded: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.notice = notice
        self.named: naming.NamingRecord | None = None
        self.setWindowTitle(self.tr("Name the communities"))
        self.document_number = QLineEdit()
        self.document_number.setPlaceholderText(self.tr("e.g. 朝建发〔2022〕12号"))
        self.named_on = date_edit(clock.today())
        self.password = password_edit(self)
        entries = [entry for entry in notice.entries if entry.code not in excluded]
        self.table = QTableWidget(len(entries), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Street"), self.tr("Community"), self.tr("Code"), self.tr("Tier")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tiers: dict[str, QComboBox] = {}
        for row, entry in enumerate(entries):
            for column, text in enumerate((entry.street, entry.name, entry.code)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            tier = QComboBox()
            for value in naming.TIERS:
                tier.addItem(publicity_vocabulary.tier(value), value)
            self.table.setCellWidget(row, 3, tier)
            self.tiers[entry.code] = tier
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        form = QFormLayout()
        form.addRow(self.tr("&Document number (文号):"), self.document_number)
        form.addRow(self.tr("&Named on:"), self.named_on)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(notice.title))
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        if excluded:
            left_out = QLabel(
                self.tr(
                    "Not named from this notice (an upheld objection sent them back to review): {codes}"
                ).format(codes=", ".join(sorted(excluded)))
            )
            left_out.setWordWrap(True)
            layout.addWidget(left_out)
        confirm = QFormLayout()
        confirm.addRow(self.tr("Your &password:"), self.password)
        layout.addLayout(confirm)
        buttons = dialog_buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Name"))
        layout.addWidget(buttons)
        self.resize(760, 460)

    def chosen_tiers(self) -> dict[str, str]:
        return {code: combo.currentData() for code, combo in self.tiers.items()}

    def accept(self) -> None:
        try:
            self.named = naming.name_communities(
                self.workspace,
                self.notice.id,
                document_number=self.document_number.text(),
                named_on=edited_day(self.named_on),
                password=self.password.text(),
                tiers=self.chosen_tiers(),
            )
        except GreenDeskError as error:
            self.password.clear()
            QMessageBox.warning(self, self.windowTitle(), error.render())
            return
        super().accept()
