"""登记异议 and 裁定: recording an objection as received, and deciding an accepted one.

Whether an objection is admissible (in time, sealed, a valid ID number, a contact) is the core's
judgement (``objections.add_objection``): an inadmissible one is kept as refused with its reason,
and the dialog says so plainly. Deciding runs ``objections.decide_objection``, which reopens the
review of the community an upheld objection concerns; the dialog says that before it is confirmed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.base import clock
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.publicity import notices, objections
from greendesk.core.workspace import Workspace
from greendesk.ui.common.dates import date_edit, edited_day
from greendesk.ui.common.dialogs import dialog_buttons
from greendesk.ui.signin import password_edit


class ObjectionDialog(QDialog):
    """Who objects (a unit with its seal, or a named person with ID number and contact), when, about what."""

    def __init__(self, workspace: Workspace, notice: notices.Notice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.notice = notice
        self.recorded: objections.ObjectionState | None = None
        self.setWindowTitle(self.tr("Register an objection"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("A unit (with its seal)"), objections.UNIT)
        self.kind.addItem(self.tr("A named person"), objections.PERSON)
        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(18)
        self.contact = QLineEdit()
        self.sealed = QCheckBox(self.tr("The written objection carries the unit's seal"))
        self.community = QComboBox()
        self.community.addItem(self.tr("The list as a whole"), "")
        for entry in notice.entries:
            self.community.addItem(f"{entry.name} {entry.code}", entry.code)
        self.received = date_edit(clock.today())
        self.content = QPlainTextEdit()
        self.content.setTabChangesFocus(True)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Objector:"), self.kind)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow("", self.sealed)
        self.form.addRow(self.tr("&ID number:"), self.id_number)
        self.form.addRow(self.tr("C&ontact:"), self.contact)
        self.form.addRow(self.tr("&Concerns:"), self.community)
        self.form.addRow(self.tr("&Received on:"), self.received)
        self.form.addRow(self.tr("Con&tent:"), self.content)
        self.form.addRow(self.tr("&Attachments:"), self._attachments_row())
        buttons = dialog_buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("{title}: objections taken from {start} to {end}").format(
                    title=notice.title,
                    start=notice.period.start.isoformat(),
                    end=notice.period.end.isoformat(),
                )
            )
        )
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _index: self._show_kind())
        self._show_kind()
        self.resize(600, 460)

    def _attachments_row(self) -> QWidget:
        """The files received with the objection (scans, photos): stored by content hash by the core."""
        self.attachments = QListWidget()
        self.attachments.setMaximumHeight(72)
        add = QPushButton(self.tr("Add &files…"))
        remove = QPushButton(self.tr("Re&move"))
        add.clicked.connect(self._add_files)
        remove.clicked.connect(self._remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.attachments, 1)
        layout.addLayout(buttons)
        return row

    def _add_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Files received with the objection"))
        shown = set(self.attached_files())
        for name in names:
            if Path(name) not in shown:
                self.attachments.addItem(name)

    def _remove_selected(self) -> None:
        for item in self.attachments.selectedItems():
            self.attachments.takeItem(self.attachments.row(item))

    def attached_files(self) -> list[Path]:
        return [Path(self.attachments.item(row).text()) for row in range(self.attachments.count())]

    def _show_kind(self) -> None:
        """A unit's objection asks for the seal, a person's for the ID number and contact."""
        person = self.kind.currentData() == objections.PERSON
        self.form.setRowVisible(self.sealed, not person)
        self.form.setRowVisible(self.id_number, person)
        self.form.setRowVisible(self.contact, person)

    def accept(self) -> None:
        person = self.kind.currentData() == objections.PERSON
        try:
            self.recorded = objections.add_objection(
                self.workspace,
                self.notice.id,
                received_on=edited_day(self.received),
                objector_kind=self.kind.currentData(),
                objector_name=self.name.text(),
                content=self.content.toPlainText(),
                code=self.community.currentData(),
                id_number=self.id_number.text() if person else "",
                contact=self.contact.text() if person else "",
                sealed=self.sealed.isChecked() and not person,
                attachments=self.attached_files(),
            )
        except GreenDeskError as error:
            QMessageBox.warning(self, self.windowTitle(), error.render())
            return
        if self.recorded.outcome == objections.REFUSED:
            QMessageBox.warning(
                self,
                self.tr("Objection not accepted"),
                self.tr(
                    "The objection is not accepted: {reason}.\n\nIt is kept in the register as refused, "
                    "with this reason; it cannot be decided and changes nothing on the notice."
                ).format(reason=self.recorded.reason),
            )
        super().accept()


class DecideDialog(QDialog):
    """Upheld or not upheld, the reason, and the approver's password."""

    def __init__(
        self,
        workspace: Workspace,
        objection: objections.ObjectionState,
        community: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.objection = objection
        self.community = community
        self.decided: objections.ObjectionState | None = None
        self.setWindowTitle(self.tr("Decide the objection"))
        self.upheld = QRadioButton(self.tr("&Upheld"))
        self.dismissed = QRadioButton(self.tr("&Not upheld"))
        self.dismissed.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.upheld)
        group.addButton(self.dismissed)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.password = password_edit(self)
        self.consequence = QLabel()
        self.consequence.setObjectName("decisionConsequence")
        self.consequence.setWordWrap(True)
        emphasis = self.consequence.font()
        emphasis.setBold(True)
        self.consequence.setFont(emphasis)
        summary = QLabel(
            self.tr("{name}, received {day}: {content}").format(
                name=objection.objector_name, day=objection.received_on.isoformat(), content=objection.content
            )
        )
        summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Decision:"), self.upheld)
        form.addRow("", self.dismissed)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("Your &password:"), self.password)
        self.buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.consequence)
        layout.addWidget(self.buttons)
        self.upheld.toggled.connect(lambda _on: self._show_consequence())
        self._show_consequence()
        self.setMinimumWidth(560)
        self.adjustSize()

    def outcome(self) -> str:
        return objections.UPHELD if self.upheld.isChecked() else objections.DISMISSED

    def _show_consequence(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.outcome() == objections.DISMISSED:
            self.consequence.setText(self.tr("Not upheld: the community stays on the notice."))
            ok.setText(self.tr("Not upheld"))
            return
        ok.setText(self.tr("Uphold"))
        if self.objection.code:
            self.consequence.setText(
                self.tr(
                    "Upholding sends {community} back to review: its sign-off is withdrawn and a new review "
                    "round starts. It is not named from this notice; once signed off again it goes on a "
                    "later notice."
                ).format(community=self.community)
            )
        else:
            self.consequence.setText(
                self.tr(
                    "This objection concerns the list as a whole: no community is sent back to review, but "
                    "nothing can be named from this notice (a corrected list is a new notice)."
                )
            )

    def accept(self) -> None:
        try:
            self.decided = objections.decide_objection(
                self.workspace,
                self.objection.id,
                self.outcome(),
                self.reason.toPlainText(),
                self.password.text(),
            )
        except GreenDeskError as error:
            self.password.clear()
            QMessageBox.warning(self, self.windowTitle(), error.render())
            return
        super().accept()
