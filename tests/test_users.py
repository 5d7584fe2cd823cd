"""Accounts and sign-in: proven identities only, roles checked in the core, the CLI's credentials.

Each attack an office PC's keyboard allows is mounted here and must fail; the honest paths work.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from review_support import recommend, small_workspace
from sqlalchemy import select

from greendesk.cli import main
from greendesk.core import accounts, identity
from greendesk.core.base.errors import ValidationError
from greendesk.core.identity import Actor, PermissionDenied
from greendesk.core.progress import targets
from greendesk.core.registry import roster
from greendesk.core.review import commands, views
from greendesk.core.storage.models import AuditEntry, User
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD, TEST_USER, reopen

REVIEWER_PASSWORD = "reviewer-pass-1"
APPROVER_PASSWORD = "approver-pass-1"


@pytest.fixture
def office(data_dir: Path) -> Path:
    """A workspace with the administrator ``tester``, a reviewer ``li`` and an approver ``wang``; one passed review."""
    workspace = small_workspace(data_dir)
    accounts.create_user(workspace, "li", ["reviewer"], REVIEWER_PASSWORD, display_name="李明")
    accounts.create_user(workspace, "wang", ["approver"], APPROVER_PASSWORD, display_name="王芳")
    code = recommend(workspace)
    for number in range(1, 17):
        commands.decide(workspace, code, number, "pass")
    commands.finish_round(workspace, code)
    workspace.close()
    return data_dir


def cli(folder: Path, *args: str, user: str | None = None, password: str | None = None) -> int:
    """Run the CLI as an attacker at the keyboard would: only what is given here is known."""
    argv = ["--data-dir", str(folder), *(["--user", user] if user else []), *args]
    return main(argv)


@pytest.fixture
def no_credentials(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv("GREENDESK_USER", raising=False)
    monkeypatch.delenv("GREENDESK_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: nobody to ask
    return monkeypatch


def test_hash_is_self_describing_salted_and_verifies() -> None:
    first, second = identity.hash_password("green-2022"), identity.hash_password("green-2022")
    assert first.startswith("scrypt$n=16384,r=8,p=1$")
    assert first != second  # a fresh salt each time
    assert identity.check_password("green-2022", first) and identity.check_password("green-2022", second)
    assert not identity.check_password("green-2023", first)
    for broken in ("", "plain", "md5$x$y$z", first.replace("n=16384", "n=abc"), first[:-6]):
        assert not identity.check_password("green-2022", broken)


def test_nothing_is_written_without_a_proven_account(office: Path) -> None:
    with Workspace.open(office) as workspace:
        code = views.show(workspace, "110105001001").code  # reading needs nobody
        with pytest.raises(PermissionDenied):
            commands.decide(workspace, code, 1, "fail", "forged")
        workspace.actor = Actor(
            TEST_USER, "", ("administrator", "reviewer", "approver")
        )  # made up, not proven
        with pytest.raises(PermissionDenied):
            commands.decide(workspace, code, 1, "fail", "forged")
        with pytest.raises(PermissionDenied):
            targets.set_target(workspace, 2023, target_share=90)
        assert views.show(workspace, code).item(1).outcome == "pass"


def test_roles_are_checked_in_the_core(office: Path) -> None:
    with Workspace.open(office) as workspace:
        accounts.sign_in(workspace, "li", REVIEWER_PASSWORD)
        code = "110105001001"
        with pytest.raises(PermissionDenied):
            commands.sign_off(workspace, code, REVIEWER_PASSWORD)
        with pytest.raises(PermissionDenied):
            targets.set_target(workspace, 2023, target_share=90)
        with pytest.raises(PermissionDenied):
            roster.update_community(workspace, code, households=1)
        with pytest.raises(PermissionDenied):
            accounts.create_user(workspace, "mallory", ["approver"], "mallory-pass")
        with pytest.raises(PermissionDenied):
            accounts.reset_password(workspace, "wang", "taken-over-1", REVIEWER_PASSWORD)
        accounts.sign_in(workspace, "wang", APPROVER_PASSWORD)
        with pytest.raises(PermissionDenied):
            commands.decide(workspace, code, 2, "fail", "note")  # an approver-only account does not review
        commands.sign_off(workspace, code, APPROVER_PASSWORD)
        assert views.show(workspace, code).signed_off_by == "wang"


def test_a_disabled_account_stops_at_once_and_the_last_administrator_stays(office: Path) -> None:
    with reopen(office) as admin_ws, Workspace.open(office) as li_ws:
        accounts.sign_in(li_ws, "li", REVIEWER_PASSWORD)
        accounts.set_active(admin_ws, "li", False, TEST_PASSWORD)
        with pytest.raises(PermissionDenied):
            commands.decide(li_ws, "110105001001", 2, "fail", "note")  # signed in before, disabled now
        with pytest.raises(PermissionDenied):
            accounts.sign_in(li_ws, "li", REVIEWER_PASSWORD)
        with pytest.raises(ValidationError):
            accounts.set_active(admin_ws, TEST_USER, False, TEST_PASSWORD)
        with pytest.raises(PermissionDenied):  # account changes need the administrator's own password
            accounts.set_active(admin_ws, "li", True, "not-my-password")


def test_one_message_for_unknown_names_and_wrong_passwords(office: Path) -> None:
    with Workspace.open(office) as workspace:
        messages = set()
        for name, password in (("wang", "wrong-pass"), ("nobody", APPROVER_PASSWORD), ("wang", "")):
            with pytest.raises(PermissionDenied) as info:
                accounts.authenticate(workspace, name, password)
            messages.add(info.value.render())
        assert messages == {"Wrong account name or password."}


def test_repeated_failures_are_slowed_down(office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    monkeypatch.setattr(accounts, "_sleep", waits.append)
    with Workspace.open(office) as workspace:
        for _ in range(5):
            with pytest.raises(PermissionDenied):
                accounts.authenticate(workspace, "wang", "guess-guess")
        assert waits and waits == sorted(waits) and max(waits) <= accounts.MAX_DELAY_SECONDS
        waits.clear()
        accounts.authenticate(workspace, "li", REVIEWER_PASSWORD)  # another name is not slowed
        assert waits == []


def test_cli_writes_need_the_password(office: Path, no_credentials, capsys) -> None:
    # An approver that has a password cannot sign off without giving it.
    assert cli(office, "review", "signoff", "110105001001", user="wang") == 2
    assert "GREENDESK_PASSWORD" in capsys.readouterr().err
    no_credentials.setenv("GREENDESK_PASSWORD", "wrong-pass-1")
    assert cli(office, "review", "signoff", "110105001001", user="wang") == 2
    assert "Wrong account name or password" in capsys.readouterr().err
    # --user with any name is not an identity.
    assert (
        cli(office, "review", "set", "110105001001", "1", "fail", "--comment", "note", user="the-director")
        == 2
    )
    with Workspace.open(office) as workspace:
        assert views.show(workspace, "110105001001").status == "passed"
    no_credentials.setenv("GREENDESK_PASSWORD", APPROVER_PASSWORD)
    assert cli(office, "review", "signoff", "110105001001", user="wang") == 0
    assert "Signed off by wang" in capsys.readouterr().out
    assert cli(office, "review", "queue", "--json") == 0  # reading needs no account


def test_cli_account_management_is_for_administrators(office: Path, no_credentials, capsys) -> None:
    no_credentials.setenv("GREENDESK_PASSWORD", REVIEWER_PASSWORD)
    no_credentials.setattr("sys.stdin", io.StringIO("mallory-pass-1\n"))
    assert cli(office, "user", "add", "mallory", "--role", "approver", "--password-stdin", user="li") == 2
    no_credentials.setattr("sys.stdin", io.StringIO("taken-over-1\n"))
    assert cli(office, "user", "passwd", "wang", "--password-stdin", user="li") == 2
    assert cli(office, "targets", "set", "2023", "--share", "90", user="li") == 2
    assert cli(office, "registry", "set", "110105001001", "households=1", user="li") == 2
    assert "needs the administrator role" in capsys.readouterr().err
    no_credentials.setenv("GREENDESK_PASSWORD", TEST_PASSWORD)
    no_credentials.setattr("sys.stdin", io.StringIO("zhang-pass-1\n"))
    assert cli(office, "user", "add", "zhang", "--role", "reviewer", "--password-stdin", user=TEST_USER) == 0
    capsys.readouterr()
    assert cli(office, "user", "list", "--json") == 0
    listed = {u["username"]: u["roles"] for u in json.loads(capsys.readouterr().out)}
    assert listed["zhang"] == ["reviewer"] and "mallory" not in listed
    with Workspace.open(office) as workspace:
        accounts.authenticate(workspace, "wang", APPROVER_PASSWORD)  # not taken over
        accounts.authenticate(workspace, "zhang", "zhang-pass-1")
        with workspace.sessions() as session:
            actors = set(session.scalars(select(AuditEntry.user)))
            stored = session.scalar(select(User.password_hash).where(User.username == "zhang"))
    assert actors <= {TEST_USER, "li", "wang"}  # only proven accounts ever appear in the log
    assert stored.startswith("scrypt$") and "zhang-pass-1" not in stored


def test_cli_init_creates_the_administrator(tmp_path: Path, no_credentials, capsys) -> None:
    folder = tmp_path / "new"
    no_credentials.setattr("sys.stdin", io.StringIO("short\n"))
    assert (
        main(
            ["--data-dir", str(folder), "init", "--district", "110105", "--admin", "chen", "--password-stdin"]
        )
        == 2
    )
    assert "at least 8 characters" in capsys.readouterr().err and not Workspace.exists(folder)
    no_credentials.setattr("sys.stdin", io.StringIO("chen-pass-1\n"))
    assert (
        main(
            ["--data-dir", str(folder), "init", "--district", "110105", "--admin", "chen", "--password-stdin"]
        )
        == 0
    )
    with Workspace.open(folder) as workspace:
        actor = accounts.sign_in(workspace, "chen", "chen-pass-1")
        assert set(actor.roles) == {"administrator", "reviewer", "approver"}
        assert not accounts.needs_first_administrator(workspace)
        with pytest.raises(PermissionDenied):  # the first-administrator path is closed now
            accounts.create_first_administrator(workspace, "mallory", "mallory-pass-1")


def test_a_workspace_without_an_administrator_gets_one_first(office: Path) -> None:
    import sqlite3

    connection = sqlite3.connect(office / "greendesk.sqlite3")
    connection.execute("UPDATE app_user SET roles = 'reviewer' WHERE username = ?", (TEST_USER,))
    connection.commit()
    connection.close()
    with Workspace.open(office) as workspace:
        assert accounts.needs_first_administrator(workspace)
        actor = accounts.create_first_administrator(workspace, "chen", "chen-pass-1", "陈主任")
        assert actor.has_role("administrator") and workspace.user == "chen"


def test_cli_writers_are_refused_while_the_app_has_the_workspace_open(office: Path, capsys) -> None:
    from greendesk.core.safety.lock import WorkspaceLock

    with WorkspaceLock(office):  # the GUI holds the workspace
        assert (
            cli(office, "review", "set", "110105001001", "1", "fail", "--comment", "note", user=TEST_USER)
            == 2
        )
        assert "already open" in capsys.readouterr().err
        assert cli(office, "review", "queue", "--json") == 0  # reading beside the app is fine
    with Workspace.open(office) as workspace:
        assert views.show(workspace, "110105001001").item(1).outcome == "pass"
    assert cli(office, "review", "set", "110105001001", "1", "fail", "--comment", "note", user=TEST_USER) == 0
    WorkspaceLock(office).acquire().release()  # the command released the lock again


def test_screens_ask_the_core_what_the_account_may_do(office: Path) -> None:
    with Workspace.open(office) as workspace:
        assert not accounts.may(workspace, "approver")  # nobody signed in
        accounts.sign_in(workspace, "li", REVIEWER_PASSWORD)
        assert accounts.may(workspace, "reviewer") and not accounts.may(workspace, "approver")
    with reopen(office) as workspace:
        with pytest.raises(PermissionDenied):  # the GUI's own-password check is the core's
            accounts.create_user(workspace, "zhao", ["reviewer"], "zhao-pass-1", own_password="not-mine")
        accounts.create_user(workspace, "zhao", ["reviewer"], "zhao-pass-1", own_password=TEST_PASSWORD)
