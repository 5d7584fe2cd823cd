"""Lock the window after a period without input, hiding the work until a password is given.

Locking takes the main window's content out of the window (it is kept, with everything typed in it)
and shows a lock page instead; the menus are switched off and every other open window (dialogs, the
photo viewer) is covered by a lock page of its own, so nothing of the work is visible or reachable.
The signed-in account unlocks with its password. Another account may sign in instead: that ends the
first session, and the next change is recorded under the new account.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greendesk.core import accounts, settings
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.workspace import Workspace
from greendesk.ui.context import TOPIC_ACCOUNT, UiContext
from greendesk.ui.signin import actor_text, busy, error_label, password_edit

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


class LockPage(QWidget):
    """What a locked window shows: no work, only who is signed in and a password box."""

    unlocked = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        self.setAutoFillBackground(True)  # a cover must not let the work shine through
        self.workspace = workspace
        current = workspace.actor
        title = QLabel(self.tr("GreenDesk is locked"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        message = QLabel(
            self.tr(
                "The window was locked after a period without use. Your unsaved input is kept. "
                "Enter the password of {account} to continue."
            ).format(account=actor_text(current) or "—"),
            self,
        )
        message.setWordWrap(True)
        self.account = QLineEdit(current.username if current is not None else "", self)
        self.password = password_edit(self)
        self.error = error_label(self)
        hint = QLabel(
            self.tr("Someone else? Enter your own account name and password: the current session then ends."),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        self.account.returnPressed.connect(self.password.setFocus)

        form = QFormLayout()
        form.addRow(self.tr("Account name:"), self.account)
        form.addRow(self.tr("Password:"), self.password)
        box = QWidget(self)
        box.setFixedWidth(480)  # wrapped texts need a width to compute their height from
        inner = QVBoxLayout(box)
        for widget in (title, message):
            inner.addWidget(widget)
        inner.addLayout(form)
        for widget in (self.error, self.unlock_button, hint):
            inner.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def try_unlock(self) -> None:
        """Sign in again (the same or another account); a refusal stays locked with the message."""
        try:
            with busy():
                accounts.sign_in(self.workspace, self.account.text().strip(), self.password.text())
        except GreenDeskError as error:
            self.error.setText(error.render())
            self.password.clear()
            self.password.setFocus()
            return
        self.unlocked.emit()


class _Cover(QObject):
    """A lock page laid over another open window (a dialog): its inputs are switched off meanwhile."""

    def __init__(self, target: QWidget, page: LockPage) -> None:
        super().__init__(target)
        self.target = target
        self.page = page
        self.switched_off = [
            child
            for child in target.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if child is not page and child.isEnabled()
        ]
        for child in self.switched_off:
            child.setEnabled(False)
        page.setGeometry(target.rect())
        page.raise_()
        page.show()
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.Resize:
            self.page.setGeometry(self.target.rect())
        return False

    def remove(self) -> None:
        self.target.removeEventFilter(self)
        for child in self.switched_off:
            child.setEnabled(True)
        self.page.hide()
        self.page.deleteLater()
        self.deleteLater()


class IdleLock(QObject):
    """Watches the application's input events; locks the window after the idle period."""

    def __init__(self, window: QMainWindow, context: UiContext, minutes: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.workspace = context.workspace
        self.page: LockPage | None = None
        self._content: QWidget | None = None
        self._focus: QWidget | None = None
        self._actions: list[QAction] = []
        self._covers: list[_Cover] = []
        self._locked_actor: accounts.Actor | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        minutes = idle_minutes(self.workspace) if minutes is None else minutes
        if minutes > 0:
            self.timer.setInterval(minutes * 60_000)
            QApplication.instance().installEventFilter(self)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and self.page is None:
            self.timer.start()  # restart the countdown
        return False

    @property
    def locked(self) -> bool:
        return self.page is not None

    def lock(self) -> None:
        """Swap the window's content for the lock page; cover every other open window."""
        if self.page is not None or not self.window.isVisible():
            return
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()  # an open menu or list would stay in view
        self._locked_actor = self.workspace.actor
        focus = QApplication.focusWidget()
        self._content = self.window.takeCentralWidget()  # kept whole, with unsaved input
        inside = focus is not None and self._content is not None and self._content.isAncestorOf(focus)
        self._focus = focus if inside else None
        self._actions = [action for action in self.window.findChildren(QAction) if action.isEnabled()]
        for action in self._actions:
            action.setEnabled(False)  # no menu entry or shortcut works behind the lock
        self.page = self._new_page()
        self.window.setCentralWidget(self.page)
        for other in QApplication.topLevelWidgets():
            if other is not self.window and other.isVisible() and other is not self._content:
                self._covers.append(_Cover(other, self._new_page(other)))
        self.page.password.setFocus()

    def _new_page(self, parent: QWidget | None = None) -> LockPage:
        page = LockPage(self.workspace, parent)
        page.unlocked.connect(self.unlock)
        return page

    def unlock(self) -> None:
        """Put the content back as it was; announce it when another account took over."""
        if self.page is None:
            return
        changed = self.workspace.actor != self._locked_actor
        for cover in self._covers:
            cover.remove()
        self._covers.clear()
        if self._content is not None:
            self.window.setCentralWidget(self._content)  # the lock page is deleted by Qt
            self._content.show()
        for action in self._actions:
            action.setEnabled(True)
        self._actions.clear()
        self.page = None
        if self._focus is not None:
            self._focus.setFocus()
        self._content = self._focus = None
        self.timer.start()
        if changed:
            self.context.notify(TOPIC_ACCOUNT)
