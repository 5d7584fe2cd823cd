"""The review screen's two small dialogs: an approver's account (sign off, unlock) and the history."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from greendesk.core.review.history import HistoryEntry
from greendesk.ui.common.dialogs import dialog_buttons


class AccountDialog(QDialog):
    """Asks for an approver account, its password and (for unlocking) a reason."""

    def __init__(self, title: str, with_reason: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.account = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QLineEdit(self) if with_reason else None
        form = QFormLayout(self)
        form.addRow(self.tr("Approver account"), self.account)
        form.addRow(self.tr("Password"), self.password)
        if self.reason is not None:
            form.addRow(self.tr("Reason"), self.reason)
        form.addRow(dialog_buttons(self))


class HistoryDialog(QDialog):
    """The community's review history, one audited change a line, read-only."""

    def __init__(self, entries: list[HistoryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review history"))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(
            "\n".join(f"{e.at:%Y-%m-%d %H:%M:%S}  {e.user}  {e.action}  {e.old} → {e.new}" for e in entries)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        self.resize(900, 500)
