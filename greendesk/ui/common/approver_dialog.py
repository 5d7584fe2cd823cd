"""The signed-in approver re-enters their password: sign off and unlock, in the review screen and the queue."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from greendesk.ui.common.dialogs import dialog_buttons
from greendesk.ui.signin import error_label, password_edit


class ApproverDialog(QDialog):
    """The signed-in approver re-enters their password (and, to unlock, gives the reason).

    ``attempt(password, reason)`` runs the command and returns its error message or None; the dialog
    closes only when it succeeded, so a mistyped password can simply be typed again.
    """

    def __init__(
        self,
        title: str,
        account: str,
        attempt: Callable[[str, str], str | None],
        *,
        with_reason: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.attempt = attempt
        self.setWindowTitle(title)
        self.setMinimumWidth(400)
        note = QLabel(
            self.tr("You act as {account}. Enter your password to confirm.").format(account=account), self
        )
        note.setWordWrap(True)
        self.password = password_edit(self)
        self.reason = QLineEdit(self) if with_reason else None
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password)
        if self.reason is not None:
            form.addRow(self.tr("Reason"), self.reason)
        buttons = dialog_buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(title)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        reason = self.reason.text() if self.reason is not None else ""
        problem = self.attempt(self.password.text(), reason)
        if problem is not None:
            self.error.setText(problem)
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()
