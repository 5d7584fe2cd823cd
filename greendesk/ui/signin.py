"""Who is at the keyboard: the sign-in dialog, and the form that creates the first administrator.

Every GUI session starts here; the core's ``accounts.sign_in`` makes the signed-in account the
actor of every change and the name on every document, so the screens never pass a name.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from greendesk.core import accounts
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.identity import MIN_PASSWORD_LENGTH
from greendesk.core.workspace import Workspace
from greendesk.ui.common.dialogs import dialog_buttons

ERROR_STYLE = "color: #b00020"


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a password is checked (the core slows down repeated failures)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def error_label(parent: QWidget) -> QLabel:
    """The red line under a form where a refused entry is explained (the dialog stays open)."""
    label = QLabel(parent)
    label.setObjectName("formError")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def actor_text(actor: accounts.Actor | None) -> str:
    """How the signed-in account is named on screen: as documents name it (display name and account)."""
    return actor.label if actor is not None else ""


class NewPasswordForm(QObject):
    """A new password asked twice, as two rows of the caller's form (so the labels line up).

    Too short or different is shown inline while typing, in ``error`` (the form's own message line,
    added below the rows when the caller has none).
    """

    def __init__(self, form: QFormLayout, parent: QWidget, error: QLabel | None = None) -> None:
        super().__init__(parent)
        self.password = password_edit(parent)
        self.password.setPlaceholderText(
            self.tr("At least {count} characters").format(count=MIN_PASSWORD_LENGTH)
        )
        self.confirm = password_edit(parent)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Password again:"), self.confirm)
        if error is None:
            error = error_label(parent)
            form.addRow(error)
        self.error = error
        self.password.textChanged.connect(self._live_check)
        self.confirm.textChanged.connect(self._live_check)

    def problem(self) -> str | None:
        """Why the passwords cannot be used, or None."""
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            return self.tr("The password needs at least {count} characters.").format(
                count=MIN_PASSWORD_LENGTH
            )
        if self.password.text() != self.confirm.text():
            return self.tr("The two passwords are not the same.")
        return None

    def _live_check(self) -> None:
        # Judge only what was typed so far: a second box still being filled in is not a mismatch yet.
        text, again = self.password.text(), self.confirm.text()
        too_short = 0 < len(text) < MIN_PASSWORD_LENGTH
        differs = bool(again) and again != text and (len(again) >= len(text) or not text.startswith(again))
        self.error.setText((self.problem() or "") if too_short or differs else "")

    def check(self) -> bool:
        """Show the problem (if any) and say whether the passwords are acceptable."""
        problem = self.problem()
        self.error.setText(problem or "")
        return problem is None


class AdministratorForm(QWidget):
    """Account name (and display name) of the first administrator, with its new password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(
            self.tr(
                "Create the administrator account. It holds all three roles (administrator, reviewer, "
                "approver) and can add accounts for colleagues later. Everything you do is recorded "
                "under this name."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. wangli (no spaces)"))
        self.display_name = QLineEdit(self)
        self.display_name.setPlaceholderText(self.tr("e.g. 王丽 (printed on documents)"))
        form = QFormLayout()
        form.addRow(self.tr("Account name:"), self.name)
        form.addRow(self.tr("Full name:"), self.display_name)
        self.passwords = NewPasswordForm(form, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)

    def check(self) -> bool:
        if not self.name.text().strip():
            self.passwords.error.setText(self.tr("Enter an account name."))
            return False
        return self.passwords.check()

    def show_error(self, text: str) -> None:
        self.passwords.error.setText(text)


class SignInDialog(QDialog):
    """Account name and password; a refusal keeps the dialog open with one message."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, at_start: bool = True) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor: accounts.Actor | None = None
        self.setWindowTitle(self.tr("Sign in to GreenDesk"))
        self.setMinimumWidth(420)
        district = workspace.district
        intro = QLabel(
            self.tr("Workspace of {district} ({code}). Sign in with your account.").format(
                district=district.name, code=district.code
            ),
            self,
        )
        intro.setWordWrap(True)
        self.account = QLineEdit(self)
        self.password = password_edit(self)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Account name:"), self.account)
        form.addRow(self.tr("Password:"), self.password)
        buttons = dialog_buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        if at_start:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.account.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        try:
            with busy():
                self.actor = accounts.sign_in(
                    self.workspace, self.account.text().strip(), self.password.text()
                )
        except GreenDeskError as error:
            self.error.setText(error.render())
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()


class FirstAdministratorDialog(QDialog):
    """An existing workspace without an administrator who has a password: create one (and sign in)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor: accounts.Actor | None = None
        self.setWindowTitle(self.tr("Create the administrator"))
        self.setMinimumWidth(520)
        note = QLabel(
            self.tr("This workspace has no administrator account yet; create it before you start."), self
        )
        note.setWordWrap(True)
        self.form = AdministratorForm(self)
        buttons = dialog_buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create and sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.form.check():
            return
        try:
            self.actor = accounts.create_first_administrator(
                self.workspace,
                self.form.name.text().strip(),
                self.form.passwords.password.text(),
                display_name=self.form.display_name.text().strip(),
            )
        except GreenDeskError as error:
            self.form.show_error(error.render())
            return
        super().accept()


def sign_in_at_start(workspace: Workspace, parent: QWidget | None = None) -> bool:
    """The session's first step: create the first administrator if there is none, else sign in."""
    if workspace.actor is not None:
        return True  # the first-run dialog just created the administrator and signed in
    if accounts.needs_first_administrator(workspace):
        dialog: QDialog = FirstAdministratorDialog(workspace, parent)
    else:
        dialog = SignInDialog(workspace, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
