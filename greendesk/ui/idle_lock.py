"""Lock the window after a period without input; unlocking keeps everything the reviewer had typed.

The lock is a modal dialog over the untouched window (comments being written stay in their boxes).
When the workspace user has a local account with a password, unlocking asks for it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from greendesk.core import accounts, settings
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.workspace import Workspace

ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def idle_minutes(workspace: Workspace) -> int:
    """Minutes without input before the lock (0 turns it off); a workspace setting."""
    return max(0, settings.IDLE_LOCK_MINUTES.read(workspace))


class LockDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("GreenDesk is locked"))
        self.setModal(True)
        self.account = self._account()
        message = QLabel(
            self.tr("The window was locked after a period without use. Your unsaved input is kept.")
        )
        message.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password of {user}").format(user=workspace.user))
        self.password.setVisible(self.account is not None)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _account(self) -> accounts.UserInfo | None:
        try:
            account = accounts.get_user(self.workspace, self.workspace.user)
        except GreenDeskError:
            return None
        return account if account.has_password else None

    def accept(self) -> None:
        if self.account is not None:
            try:
                accounts.verify(self.workspace, self.workspace.user, self.password.text())
            except GreenDeskError as error:
                self.error.setText(error.render())
                self.password.clear()
                return
        super().accept()

    def reject(self) -> None:  # Escape must not unlock
        return


class IdleLock(QObject):
    """Watches the application's input events; shows the LockDialog after the idle period."""

    def __init__(self, window: QWidget, workspace: Workspace, minutes: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.dialog: LockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        minutes = idle_minutes(workspace) if minutes is None else minutes
        if minutes > 0:
            self.timer.setInterval(minutes * 60_000)
            QApplication.instance().installEventFilter(self)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and self.dialog is None:
            self.timer.start()  # restart the countdown
        return False

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def lock(self) -> None:
        if self.dialog is not None or not self.window.isVisible():
            return
        self.dialog = LockDialog(self.workspace, self.window)
        self.dialog.finished.connect(self._unlocked)
        self.dialog.open()

    def _unlocked(self) -> None:
        self.dialog = None
        self.timer.start()
