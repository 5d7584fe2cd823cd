"""Account management for administrators: list, create, disable or enable, reset a password.

Each change asks the administrator to re-enter their own password, so an unlocked, unattended
window is not enough to create an approver or take over an account. The core checks the role and
the password again; this dialog only collects them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk.core import accounts
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.review.vocabulary import ADMINISTRATOR, APPROVER, EXPERT, REVIEWER, ROLES
from greendesk.core.workspace import Workspace
from greendesk.ui.common.dialogs import dialog_buttons
from greendesk.ui.signin import NewPasswordForm, error_label, password_edit


def role_label(role: str) -> str:
    """A role as the interface names it."""
    labels = {
        REVIEWER: QCoreApplication.translate("AccountsDialog", "Reviewer"),
        APPROVER: QCoreApplication.translate("AccountsDialog", "Approver"),
        ADMINISTRATOR: QCoreApplication.translate("AccountsDialog", "Administrator"),
        EXPERT: QCoreApplication.translate("AccountsDialog", "Expert"),
    }
    return labels.get(role, role)


def _separator(parent: QWidget) -> QFrame:
    """A line between the change itself and the administrator's own password."""
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class _AdministratorAction(QDialog):
    """A change to accounts: its own fields, then the administrator's own password, then the message."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setMinimumWidth(440)
        self.fields = QFormLayout()
        self.own_password = password_edit(self)
        self.error = error_label(self)
        actor = workspace.actor
        own = QFormLayout()
        own.addRow(
            self.tr("Your password ({account}):").format(account=actor.username if actor else ""),
            self.own_password,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.fields)
        layout.addWidget(_separator(self))
        layout.addLayout(own)
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self))

    def perform(self) -> None:
        """Make the change (raise GreenDeskError to refuse); subclasses say what it is."""
        raise NotImplementedError

    def ready(self) -> bool:
        """Whether the dialog's own fields can be used (showing why not)."""
        return True

    def accept(self) -> None:
        if not self.ready():
            return
        if not self.own_password.text():
            self.error.setText(self.tr("Enter your own password to confirm."))
            return
        try:
            self.perform()
        except GreenDeskError as error:
            self.error.setText(error.render())
            self.own_password.clear()
            return
        super().accept()


class NewAccountDialog(_AdministratorAction):
    """Name, full name, roles (several allowed) and the new account's password, asked twice."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("New account"))
        self.name = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.display_name.setPlaceholderText(self.tr("printed on documents, e.g. 王丽"))
        self.roles = {role: QCheckBox(role_label(role), self) for role in ROLES}
        role_row = QHBoxLayout()
        for box in self.roles.values():
            role_row.addWidget(box)
        role_row.addStretch(1)
        self.roles[REVIEWER].setChecked(True)
        self.fields.addRow(self.tr("Account name:"), self.name)
        self.fields.addRow(self.tr("Full name:"), self.display_name)
        self.fields.addRow(self.tr("Roles:"), role_row)
        self.passwords = NewPasswordForm(self.fields, self, self.error)

    def chosen_roles(self) -> list[str]:
        return [role for role, box in self.roles.items() if box.isChecked()]

    def ready(self) -> bool:
        if not self.name.text().strip():
            self.error.setText(self.tr("Enter an account name."))
            return False
        if not self.chosen_roles():
            self.error.setText(self.tr("Choose at least one role."))
            return False
        self.error.clear()
        return self.passwords.check()

    def perform(self) -> None:
        accounts.create_user(
            self.workspace,
            self.name.text().strip(),
            self.chosen_roles(),
            self.passwords.password.text(),
            display_name=self.display_name.text().strip(),
            own_password=self.own_password.text(),
        )


class ResetPasswordDialog(_AdministratorAction):
    """A new password for another account (it is told to the person, who may not change it here)."""

    def __init__(self, workspace: Workspace, username: str, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Reset the password of {account}").format(account=username))
        self.username = username
        self.passwords = NewPasswordForm(self.fields, self, self.error)

    def ready(self) -> bool:
        return self.passwords.check()

    def perform(self) -> None:
        accounts.reset_password(
            self.workspace, self.username, self.passwords.password.text(), self.own_password.text()
        )


class SetActiveDialog(_AdministratorAction):
    """Disable an account (it can no longer sign in; its past acts stay in the record) or enable it."""

    def __init__(
        self, workspace: Workspace, username: str, active: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace, parent)
        self.username = username
        self.active = active
        if active:
            title = self.tr("Enable the account {account}")
            text = self.tr("{account} can sign in again.")
        else:
            title = self.tr("Disable the account {account}")
            text = self.tr("{account} can no longer sign in. What the account did stays in the record.")
        self.setWindowTitle(title.format(account=username))
        note = QLabel(text.format(account=username), self)
        note.setWordWrap(True)
        self.fields.addRow(note)

    def perform(self) -> None:
        accounts.set_active(self.workspace, self.username, self.active, self.own_password.text())


COLUMNS = ("account", "name", "roles", "state", "password")


class AccountsDialog(QDialog):
    """The workspace's accounts with roles and state, and the administrator's actions on them."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.users: list[accounts.UserInfo] = []
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(760, 420)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Account"),
                self.tr("Full name"),
                self.tr("Roles"),
                self.tr("State"),
                self.tr("Password"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_button = QPushButton(self.tr("New account…"), self)
        self.active_button = QPushButton(self.tr("Disable…"), self)
        self.reset_button = QPushButton(self.tr("Reset password…"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        for button in (self.new_button, self.active_button, self.reset_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.new_button.clicked.connect(self.new_account)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        self.users = accounts.list_users(self.workspace)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            cells = (
                user.username,
                user.display_name,
                ", ".join(role_label(role) for role in user.roles),
                self.tr("active") if user.active else self.tr("disabled"),
                self.tr("set") if user.has_password else self.tr("none"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not user.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        names = [user.username for user in self.users]
        self.table.selectRow(names.index(selected.username) if selected and selected.username in names else 0)
        self._sync_buttons()

    def selected(self) -> accounts.UserInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.users):
            return None
        return self.users[rows[0].row()]

    def _sync_buttons(self) -> None:
        user = self.selected()
        actor = self.workspace.actor
        is_self = user is not None and actor is not None and user.username == actor.username
        self.active_button.setText(self.tr("Enable…") if user and not user.active else self.tr("Disable…"))
        self.active_button.setEnabled(user is not None and not is_self)
        self.reset_button.setEnabled(user is not None)

    def _done(self, dialog: QDialog, message: str) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.message.setText(message)

    def new_account(self) -> None:
        dialog = NewAccountDialog(self.workspace, self)
        self._done(dialog, self.tr("Account created."))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is not None:
            done = self.tr("Account enabled.") if not user.active else self.tr("Account disabled.")
            self._done(SetActiveDialog(self.workspace, user.username, not user.active, self), done)

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None:
            self._done(ResetPasswordDialog(self.workspace, user.username, self), self.tr("Password reset."))
