"""The GUI's accounts: first administrator, sign-in at start, switching, account management, idle lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from greendesk.core import accounts, audit
from greendesk.core.review.vocabulary import ADMINISTRATOR, APPROVER, REVIEWER
from greendesk.core.storage.models import User
from greendesk.core.workspace import Workspace
from greendesk.ui.context import UiContext
from tests.accounts_support import TEST_PASSWORD, TEST_USER
from tests.review_support import recommend, small_workspace

ADMIN_PASSWORD = "admin-pass-1"
OTHER_PASSWORD = "other-pass-1"


@pytest.fixture
def ws(tmp_path: Path):
    workspace = Workspace.create(tmp_path / "ws", "110105", admin="admin", password=ADMIN_PASSWORD)
    yield workspace
    workspace.close()


def _window(qtbot, workspace: Workspace):
    from greendesk.ui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_first_run_asks_for_the_administrator_after_the_district(qtbot, tmp_path: Path) -> None:
    from greendesk.ui.first_run import ADMINISTRATOR_STEP, FirstRunDialog

    folder = tmp_path / "new"
    dialog = FirstRunDialog(folder)
    qtbot.addWidget(dialog)
    dialog.load_registry.setChecked(False)
    dialog.accept()  # "Next": nothing is created yet
    assert dialog.steps.currentIndex() == ADMINISTRATOR_STEP and not Workspace.exists(folder)
    form = dialog.administrator
    form.name.setText("wangli")
    form.passwords.password.setText("short")
    assert "8" in form.passwords.error.text()  # too short, shown while typing
    form.passwords.password.setText("long enough 1")
    form.passwords.confirm.setText("long enough 2")
    assert "not the same" in form.passwords.error.text()
    dialog.accept()
    assert dialog.workspace is None and not Workspace.exists(folder) and dialog.result() == 0
    form.passwords.confirm.setText("long enough 1")
    dialog.accept()
    workspace = dialog.workspace
    assert workspace is not None and workspace.actor is not None
    assert workspace.actor.username == "wangli"
    assert {ADMINISTRATOR, REVIEWER, APPROVER} <= set(workspace.actor.roles)
    assert accounts.authenticate(workspace, "wangli", "long enough 1").username == "wangli"
    workspace.close()


def test_sign_in_keeps_the_dialog_open_with_one_message(qtbot, ws: Workspace) -> None:
    from greendesk.ui.signin import SignInDialog

    accounts.sign_out(ws)
    dialog = SignInDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.account.setText("admin")
    dialog.password.setText("wrong password")
    dialog.accept()
    wrong_password = dialog.error.text()
    assert dialog.isVisible() and wrong_password and ws.actor is None and not dialog.password.text()
    dialog.account.setText("nobody")
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text() == wrong_password  # no hint which part was wrong
    dialog.account.setText("admin")
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert ws.actor is not None and ws.actor.username == "admin"


def test_cancelling_the_sign_in_quits_with_exit_code_0(qtbot, ws: Workspace, monkeypatch) -> None:
    from greendesk.core.safety import lock
    from greendesk.ui import app, signin

    data_dir = ws.data_dir
    ws.close()
    shown: list[str] = []

    def cancel(dialog: QDialog) -> int:
        shown.append(type(dialog).__name__)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(signin.SignInDialog, "exec", cancel)
    monkeypatch.setattr("greendesk.ui.main_window.MainWindow.show", lambda self: pytest.fail("window shown"))
    assert app.run_gui(data_dir) == 0
    assert shown == ["SignInDialog"]
    lock.WorkspaceLock(data_dir).acquire().release()  # the workspace lock was released


def test_a_workspace_without_administrator_asks_for_one(qtbot, ws: Workspace) -> None:
    from greendesk.ui.signin import FirstAdministratorDialog

    with ws.transaction() as session:  # e.g. a workspace from before accounts had passwords
        session.query(User).update({User.password_hash: ""})
    accounts.sign_out(ws)
    assert accounts.needs_first_administrator(ws)
    dialog = FirstAdministratorDialog(ws)
    qtbot.addWidget(dialog)
    dialog.form.name.setText("chief")
    dialog.form.display_name.setText("张主任")
    dialog.form.passwords.password.setText(OTHER_PASSWORD)
    dialog.form.passwords.confirm.setText("different-pass")
    dialog.accept()
    assert ws.actor is None and dialog.form.passwords.error.text()
    dialog.form.passwords.confirm.setText(OTHER_PASSWORD)
    dialog.accept()
    assert ws.actor is not None and ws.actor.username == "chief" and ws.actor.has_role(ADMINISTRATOR)
    assert not accounts.needs_first_administrator(ws)


def test_window_names_the_account_and_switching_changes_it(qtbot, ws: Workspace, monkeypatch) -> None:
    from greendesk.ui import signin

    accounts.create_user(ws, "li", [REVIEWER], OTHER_PASSWORD, display_name="李审核")
    window = _window(qtbot, ws)
    assert "admin" in window.account_label.text()
    assert window.accounts_action.isVisible() and window.accounts_action.isEnabled()

    def sign_in_as_li(dialog: signin.SignInDialog) -> int:
        dialog.account.setText("li")
        dialog.password.setText(OTHER_PASSWORD)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(signin.SignInDialog, "exec", sign_in_as_li)
    window.switch_account()
    assert ws.actor is not None and ws.actor.username == "li"
    assert "李审核" in window.account_label.text()
    assert not window.accounts_action.isVisible() and not window.accounts_action.isEnabled()
    assert ws.user == "li"


def _answer(dialog_class: type, fill) -> None:
    """Fill in the next ``dialog_class`` that opens and press OK (as a person would)."""

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, dialog_class) and widget.isVisible():
                fill(widget)
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def test_administrator_creates_disables_and_resets_accounts(qtbot, ws: Workspace) -> None:
    from greendesk.ui.accounts_dialog import (
        AccountsDialog,
        NewAccountDialog,
        ResetPasswordDialog,
        SetActiveDialog,
    )

    dialog = NewAccountDialog(ws)
    qtbot.addWidget(dialog)
    dialog.name.setText("zhao")
    dialog.display_name.setText("赵签发")
    dialog.roles[REVIEWER].setChecked(False)
    dialog.roles[APPROVER].setChecked(True)
    dialog.passwords.password.setText(OTHER_PASSWORD)
    dialog.passwords.confirm.setText(OTHER_PASSWORD)
    dialog.own_password.setText("not my password")
    dialog.accept()
    assert dialog.error.text() and "zhao" not in [u.username for u in accounts.list_users(ws)]
    dialog.own_password.setText(ADMIN_PASSWORD)
    dialog.accept()
    zhao = {u.username: u for u in accounts.list_users(ws)}["zhao"]
    assert zhao.roles == (APPROVER,) and zhao.display_name == "赵签发" and zhao.active

    manager = AccountsDialog(ws)
    qtbot.addWidget(manager)
    assert [manager.table.item(row, 0).text() for row in range(manager.table.rowCount())] == ["admin", "zhao"]
    manager.table.selectRow(0)
    assert not manager.active_button.isEnabled()  # an administrator does not disable themself here
    manager.table.selectRow(1)
    assert "Approver" in manager.table.item(1, 2).text() and manager.table.item(1, 3).text() == "active"

    def disable(widget: SetActiveDialog) -> None:
        widget.own_password.setText(ADMIN_PASSWORD)
        widget.accept()

    _answer(SetActiveDialog, disable)
    manager.toggle_active()
    assert manager.table.item(1, 3).text() == "disabled"
    with pytest.raises(accounts.PermissionDenied):
        accounts.authenticate(ws, "zhao", OTHER_PASSWORD)

    reset = ResetPasswordDialog(ws, "zhao")
    qtbot.addWidget(reset)
    reset.passwords.password.setText("brand-new-pass")
    reset.passwords.confirm.setText("brand-new-pass")
    reset.own_password.setText("wrong")
    reset.accept()
    assert reset.error.text() and reset.result() == 0
    reset.own_password.setText(ADMIN_PASSWORD)
    reset.accept()
    assert reset.result() == QDialog.DialogCode.Accepted
    accounts.set_active(ws, "zhao", True, ADMIN_PASSWORD)
    assert accounts.authenticate(ws, "zhao", "brand-new-pass").username == "zhao"


def test_idle_lock_hides_the_content_and_needs_the_password(qtbot, ws: Workspace) -> None:
    from greendesk.ui.idle_lock import IdleLock, LockPage

    window = _window(qtbot, ws)
    content = window.centralWidget()
    queue = window.show_screen("queue")
    lock = IdleLock(window, window.context, minutes=1)
    lock.lock()  # as the timer would after a minute without input
    assert lock.locked and isinstance(window.centralWidget(), LockPage)
    assert not content.isVisible() and not queue.isVisible()  # nothing of the work shows
    assert not any(action.isEnabled() for action in window.menuBar().actions())
    lock.page.password.setText("wrong password")
    lock.page.try_unlock()
    assert lock.locked and lock.page.error.text()
    lock.page.password.setText(ADMIN_PASSWORD)
    lock.page.try_unlock()
    assert not lock.locked and window.centralWidget() is content and queue.isVisible()
    assert all(action.isEnabled() for action in window.menuBar().actions())


def test_another_account_signs_in_at_the_lock_and_input_is_kept(qtbot, tmp_path: Path) -> None:
    from greendesk.core.review import commands
    from greendesk.core.review.vocabulary import PASS
    from greendesk.ui.idle_lock import IdleLock

    workspace = small_workspace(tmp_path / "w")
    code = recommend(workspace)
    for number in range(1, 17):
        commands.decide(workspace, code, number, PASS)
    commands.finish_round(workspace, code)
    accounts.create_user(workspace, "li", [REVIEWER], OTHER_PASSWORD)
    window = _window(qtbot, workspace)
    window.open_review(code, 2022)
    review = window.screens["review"]
    assert review.view.signoff_button.isEnabled()
    review.view.comment.setPlainText("半写的审核意见")
    lock = IdleLock(window, window.context, minutes=1)
    lock.lock()
    other = lock.page
    other.account.setText("li")
    other.password.setText(OTHER_PASSWORD)
    other.try_unlock()
    assert not lock.locked and workspace.actor.username == "li"
    assert review.view.comment.toPlainText() == "半写的审核意见"  # unsaved input survives
    assert "li" in window.account_label.text()
    assert not review.view.signoff_button.isEnabled()  # li is no approver
    assert "approver" in review.view.signoff_button.toolTip()
    commands.decide(workspace, code, 1, PASS, "li's note")
    with workspace.sessions() as session:
        assert audit.history(session, code)[-1].user == "li"
    workspace.close()


def test_sign_off_dialog_asks_the_signed_in_approver_and_stays_open(qtbot, tmp_path: Path) -> None:
    from greendesk.core.review import commands, views
    from greendesk.core.review.vocabulary import PASS, SIGNED_OFF
    from greendesk.ui.screens.review.screen import ReviewScreen

    ws = small_workspace(tmp_path / "w")
    code = recommend(ws)
    for number in range(1, 17):
        commands.decide(ws, code, number, PASS)
    commands.finish_round(ws, code)
    screen = ReviewScreen(UiContext(ws))
    qtbot.addWidget(screen)
    screen.load(code)
    dialog = screen.controller.sign_off_dialog()
    qtbot.addWidget(dialog)
    assert TEST_USER in dialog.findChild(type(screen.view.error_label)).text()
    dialog.show()
    dialog.password.setText("wrong password")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text() and views.show(ws, code).status != SIGNED_OFF
    dialog.password.setText(TEST_PASSWORD)
    dialog.accept()
    assert not dialog.isVisible() and views.show(ws, code).status == SIGNED_OFF
    unlock = screen.controller.unlock_dialog()
    qtbot.addWidget(unlock)
    unlock.password.setText(TEST_PASSWORD)
    unlock.accept()  # no reason given: refused, stays open
    assert unlock.error.text() and views.show(ws, code).locked
    assert not unlock.password.text()  # a refused attempt asks for the password again
    unlock.reason.setText("street corrected the figures")
    unlock.password.setText(TEST_PASSWORD)
    unlock.accept()
    assert not views.show(ws, code).locked
    ws.close()


def test_idle_lock_covers_open_dialogs_too(qtbot, ws: Workspace) -> None:
    from greendesk.ui.accounts_dialog import AccountsDialog
    from greendesk.ui.idle_lock import IdleLock, LockPage

    window = _window(qtbot, ws)
    dialog = AccountsDialog(ws, window)
    dialog.show()  # e.g. left open when the person walked away
    lock = IdleLock(window, window.context, minutes=1)
    lock.lock()
    cover = dialog.findChild(LockPage)
    assert cover is not None and cover.isVisible() and cover.geometry() == dialog.rect()
    assert not dialog.table.isEnabled() and not dialog.new_button.isEnabled()
    cover.password.setText(ADMIN_PASSWORD)
    cover.try_unlock()  # unlocking from the dialog's cover unlocks everything
    qtbot.waitUntil(lambda: dialog.findChild(LockPage) is None)
    assert not lock.locked and dialog.table.isEnabled() and dialog.new_button.isEnabled()
    assert not isinstance(window.centralWidget(), LockPage)
