"""Local accounts: scrypt hashes that describe themselves, roles, password checks, CLI."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from review_support import small_workspace

from greendesk.cli import main
from greendesk.core import accounts
from greendesk.core.base.errors import ValidationError
from greendesk.core.storage.models import User


def test_hash_is_self_describing_salted_and_verifies() -> None:
    first, second = accounts.hash_password("green-2022"), accounts.hash_password("green-2022")
    assert first.startswith("scrypt$n=16384,r=8,p=1$")
    assert first != second  # a fresh salt each time
    assert accounts.check_password("green-2022", first) and accounts.check_password("green-2022", second)
    assert not accounts.check_password("green-2023", first)
    for broken in ("", "plain", "md5$x$y$z", first.replace("n=16384", "n=abc"), first[:-6]):
        assert not accounts.check_password("green-2022", broken)


def test_accounts_roles_and_verification(data_dir: Path) -> None:
    workspace = small_workspace(data_dir)
    try:
        accounts.create_user(workspace, "zhang", ["reviewer"], "reviewer-pass", display_name="张老师")
        accounts.create_user(workspace, "wang", ["approver", "reviewer"])
        with pytest.raises(ValidationError):
            accounts.create_user(workspace, "zhang", ["reviewer"])
        with pytest.raises(ValidationError):
            accounts.create_user(workspace, "li", ["boss"])
        with pytest.raises(ValidationError):
            accounts.create_user(workspace, "li", ["reviewer"], "short")
        with pytest.raises(ValidationError):
            accounts.create_user(workspace, "two words", ["reviewer"])
        assert [(u.username, u.roles) for u in accounts.list_users(workspace)] == [
            ("wang", ("approver", "reviewer")),
            ("zhang", ("reviewer",)),
        ]
        assert accounts.verify(workspace, "zhang", "reviewer-pass").display_name == "张老师"
        for name, password in (("zhang", "wrong-pass"), ("nobody", "reviewer-pass"), ("wang", "")):
            with pytest.raises(accounts.PermissionDenied):
                accounts.verify(workspace, name, password)
        accounts.set_password(workspace, "wang", "approver-pass")
        assert accounts.verify(workspace, "wang", "approver-pass").has_role("approver")
        with workspace.sessions() as session:
            stored = session.query(User).filter_by(username="wang").one().password_hash
        assert "approver-pass" not in stored and stored.startswith("scrypt$")
        accounts.require_role(workspace, "wang", "approver")
        with pytest.raises(accounts.PermissionDenied):
            accounts.require_role(workspace, "zhang", "approver")
    finally:
        workspace.close()


def test_cli_user_add_and_list(data_dir: Path, monkeypatch, capsys) -> None:
    small_workspace(data_dir).close()
    monkeypatch.setattr("sys.stdin", io.StringIO("approver-pass\n"))
    folder = str(data_dir)
    assert main(["--data-dir", folder, "user", "add", "wang", "--role", "approver", "--password-stdin"]) == 0
    assert main(["--data-dir", folder, "user", "add", "zhang", "--role", "reviewer"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", folder, "user", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(u["username"], u["roles"], u["has_password"]) for u in listed] == [
        ("wang", ["approver"], True),
        ("zhang", ["reviewer"], False),
    ]
