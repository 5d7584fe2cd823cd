"""A receiving office's trust store (``keys`` commands, ``verify --trusted``) and ``verify --against``.

Each attack is mounted for real: a self-consistent forgery, a trusted key signing for another
district, a damaged store, and audit logs cut short or rewritten (even re-chained) after an export.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from greendesk.cli import main
from greendesk.core import audit, settings
from greendesk.core.base.errors import GreenDeskError, NotFoundError, ValidationError
from greendesk.core.package import signing, trust, verify
from greendesk.core.package.verify import verify_package
from greendesk.core.storage.models import AuditEntry
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD, TEST_USER
from tests.package_forgery import forge, grouped, problems, set_info

# -- 5. the trust store of a receiving office ---------------------------------------------------


def keys_cli(store: Path, *args: str) -> int:
    return main(["--data-dir", str(store), "keys", *args])


def test_keys_commands_and_verify_trusted(package, tmp_path: Path, capsys) -> None:
    office = tmp_path / "commission"  # no workspace at all: a receiving office
    assert keys_cli(office, "trust", package.fingerprint, "--district", "110105", "--name", "朝阳区") == 0
    assert "Trusted key" in capsys.readouterr().out
    stored = json.loads((office / "trusted-keys.json").read_text(encoding="utf-8"))
    assert stored["format"] == trust.FORMAT
    assert stored["keys"][0]["fingerprint"] == package.fingerprint.replace(" ", "")
    assert not list(office.glob(".trusted-keys-*"))  # written under a temporary name, then renamed

    assert keys_cli(office, "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(k["fingerprint"], k["district_code"], k["district_name"]) for k in listed] == [
        (package.fingerprint, "110105", "朝阳区")
    ]
    assert keys_cli(office, "list") == 0
    assert package.fingerprint in capsys.readouterr().out

    assert main(["--data-dir", str(office), "verify", str(package.path), "--trusted"]) == 0
    capsys.readouterr()

    # The same key typed another way is the same entry, not a second one.
    digits = package.fingerprint.replace(" ", "").upper()
    assert (
        keys_cli(office, "trust", *[digits[i : i + 16] for i in range(0, 64, 16)], "--district", "110105")
        == 0
    )
    assert len(trust.load_keys(office)) == 1

    assert keys_cli(office, "remove", digits) == 0
    assert "Removed" in capsys.readouterr().out and trust.load_keys(office) == []
    assert main(["--data-dir", str(office), "verify", str(package.path), "--trusted"]) == 2
    assert "No signing key is registered as trusted" in capsys.readouterr().err


def test_a_self_consistent_forgery_fails_against_the_trust_store(package, tmp_path: Path, capsys) -> None:
    office = tmp_path / "commission"
    trust.trust_key(office, package.fingerprint, "110105")
    intruder = signing.generate_key()
    forged = forge(
        package.path,
        tmp_path / "forged.zip",
        intruder,
        lambda f: set_info(f, "GreenDesk-Signing-Key-SHA256", grouped(intruder.public_key())),
    )
    assert verify_package(forged).valid  # the key inside the package vouches for itself
    report = verify_package(forged, trusted=trust.load_keys(office))
    assert problems(report) == [(verify.UNTRUSTED, "greendesk-signing-key.pem")]
    assert main(["--data-dir", str(office), "verify", str(forged), "--trusted"]) == 2
    assert "Unknown key" in capsys.readouterr().err


def test_a_trusted_key_cannot_sign_for_another_district(package, tmp_path: Path) -> None:
    """Haidian's registered key signs a package that claims to be Chaoyang's."""
    office = tmp_path / "commission"
    haidian = signing.generate_key()
    trust.trust_key(office, grouped(haidian.public_key()), "110108")
    trust.trust_key(office, package.fingerprint, "110105")
    claimed = forge(
        package.path,
        tmp_path / "claimed.zip",
        haidian,
        lambda f: set_info(f, "GreenDesk-Signing-Key-SHA256", grouped(haidian.public_key())),
    )
    report = verify_package(claimed, trusted=trust.load_keys(office))
    assert problems(report) == [(verify.WRONG_DISTRICT, "bag-info.txt")]
    assert "110108" in report.problems[0].message()
    assert verify_package(package.path, trusted=trust.load_keys(office)).valid


def test_trust_store_refuses_bad_input(package, tmp_path: Path, capsys) -> None:
    office = tmp_path / "commission"
    for args in (
        ("trust", "", "--district", "110105"),
        ("trust", "xyz", "--district", "110105"),
        ("trust", package.fingerprint, "--district", "12"),
        ("trust", package.fingerprint, "--district", "110105", "--name", "海淀区"),  # 110105 is 朝阳区
        ("trust", package.fingerprint, "--district", "990001"),  # unknown code needs a name
        ("remove", package.fingerprint),
    ):
        assert keys_cli(office, *args) == 2, args
        assert "Traceback" not in capsys.readouterr().err
    assert not (office / "trusted-keys.json").exists()
    trust.trust_key(office, package.fingerprint, "990001", "测试区")
    with pytest.raises(ValidationError, match="already trusted for district 990001"):
        trust.trust_key(office, package.fingerprint, "110105")
    with pytest.raises(NotFoundError):
        trust.remove_key(office, "00" * 32)
    with pytest.raises(ValidationError):
        verify_package(package.path, trusted=[])


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        '{"format": "other", "keys": []}',
        '{"format": "greendesk-trusted-keys/1", "keys": [{"fingerprint": "xx"}]}',
    ],
)
def test_a_damaged_trust_store_is_an_error_never_empty(package, tmp_path: Path, capsys, content: str) -> None:
    office = tmp_path / "commission"
    office.mkdir()
    (office / "trusted-keys.json").write_text(content, encoding="utf-8")
    assert keys_cli(office, "list") == 2
    assert main(["--data-dir", str(office), "verify", str(package.path), "--trusted"]) == 2
    err = capsys.readouterr().err
    assert "cannot be read" in err and "Traceback" not in err


def test_a_failed_store_write_keeps_the_previous_store(package, tmp_path: Path, monkeypatch) -> None:
    office = tmp_path / "commission"
    trust.trust_key(office, package.fingerprint, "110105")
    before = (office / "trusted-keys.json").read_bytes()

    def refuse(*_args) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("greendesk.core.package.trust.os.replace", refuse)
    with pytest.raises(GreenDeskError, match="Cannot write the trust store"):
        trust.trust_key(office, "11" * 32, "110108")
    assert (office / "trusted-keys.json").read_bytes() == before
    assert sorted(p.name for p in office.iterdir()) == ["trusted-keys.json"]


# -- 6. verify --against the workspace's audit log ---------------------------------------------


def against(package_path: Path, folder: Path) -> int:
    return main(["verify", str(package_path), "--against", str(folder)])


def sql(workspace: Workspace, statement: str, *params) -> None:
    with sqlite3.connect(workspace.db_path) as connection:
        connection.execute(statement, params)


def test_package_records_the_audit_head_and_count(reviewed: Workspace, package) -> None:
    info = verify_package(package.path).bag_info
    with reviewed.snapshot() as session:
        assert info["GreenDesk-Audit-Head"] == audit.head(session)
        assert info["GreenDesk-Audit-Count"] == str(audit.entry_count(session))
        assert audit.position_of(session, audit.head(session)) == audit.entry_count(session) > 0


def test_against_passes_while_the_log_only_grows(reviewed: Workspace, package, capsys) -> None:
    assert against(package.path, reviewed.data_dir) == 0
    settings.IDLE_LOCK_MINUTES.save(reviewed, 20)  # an audited change appended after the head
    assert against(package.path, reviewed.data_dir) == 0
    assert "Valid" in capsys.readouterr().out


@pytest.mark.parametrize("cut", [1, 2])
def test_against_catches_a_truncated_log(reviewed: Workspace, package, capsys, cut: int) -> None:
    settings.IDLE_LOCK_MINUTES.save(reviewed, 20)
    # Deleting only what came after the head is still a log that holds the package's prefix ...
    sql(reviewed, "DELETE FROM audit_entry WHERE id = (SELECT MAX(id) FROM audit_entry)")
    assert against(package.path, reviewed.data_dir) == 0
    capsys.readouterr()
    # ... deleting the head itself (and more) is not.
    sql(
        reviewed,
        f"DELETE FROM audit_entry WHERE id IN (SELECT id FROM audit_entry ORDER BY id DESC LIMIT {cut})",
    )
    assert against(package.path, reviewed.data_dir) == 2
    assert "not an intact entry" in capsys.readouterr().err


def test_against_catches_a_rewritten_log(reviewed: Workspace, package, capsys) -> None:
    sql(reviewed, "UPDATE audit_entry SET user = 'mallory' WHERE id = (SELECT MIN(id) FROM audit_entry)")
    assert against(package.path, reviewed.data_dir) == 2
    assert "not an intact entry" in capsys.readouterr().err


def test_against_catches_a_rewritten_and_rechained_log(reviewed: Workspace, package, capsys) -> None:
    """Edit an entry and recompute every hash after it: the chain verifies, the head moved."""
    with reviewed.transaction() as session:
        prev = audit.GENESIS
        for index, entry in enumerate(session.scalars(select(AuditEntry).order_by(AuditEntry.id))):
            if index == 0:
                entry.user = "mallory"
            entry.prev_hash = prev
            entry.hash = audit.entry_hash(
                prev,
                entry.at.isoformat(),
                entry.user,
                entry.action,
                entry.entity,
                entry.entity_key,
                entry.old_json,
                entry.new_json,
            )
            prev = entry.hash
    with reviewed.snapshot() as session:
        assert audit.verify_chain(session) == []  # the rewrite is internally consistent
    assert against(package.path, reviewed.data_dir) == 2
    assert "not an intact entry" in capsys.readouterr().err


def test_against_another_workspace_fails(package, tmp_path: Path, capsys) -> None:
    other = Workspace.create(tmp_path / "other", "110105", admin=TEST_USER, password=TEST_PASSWORD)
    other.close()
    assert against(package.path, tmp_path / "other") == 2
    assert "not an intact entry" in capsys.readouterr().err
    assert against(package.path, tmp_path / "nowhere") == 2
    err = capsys.readouterr().err
    assert "No workspace" in err and "Traceback" not in err


def test_against_checks_the_recorded_count_and_a_missing_head(
    reviewed: Workspace, package, tmp_path: Path
) -> None:
    own_key = signing.load_or_create_key(reviewed.data_dir)  # a forger holding the key, or a bug
    wrong_count = forge(
        package.path, tmp_path / "count.zip", own_key, lambda f: set_info(f, "GreenDesk-Audit-Count", "2")
    )
    report = verify_package(wrong_count)
    assert report.valid
    verify.check_against(report, reviewed)
    assert problems(report) == [(verify.AUDIT_COUNT, "bag-info.txt")]  # its head is entry 3

    no_head = forge(
        package.path, tmp_path / "head.zip", own_key, lambda f: set_info(f, "GreenDesk-Audit-Head", None)
    )
    report = verify_package(no_head)
    verify.check_against(report, reviewed)
    assert problems(report) == [(verify.AUDIT_NO_HEAD, "bag-info.txt")]
