"""The commit record beside the database: a database behind it (lost, rolled-back or damaged -wal) is
damage named with what is missing; zero-byte, foreign and empty files are damage too, never re-created."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from greendesk.cli import main
from greendesk.core import accounts
from greendesk.core.base.errors import WorkspaceError
from greendesk.core.safety import anchors, backup, commit_record, full_check, health, startup
from greendesk.core.storage.layout import Layout
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD, TEST_USER

ROOT = Path(__file__).resolve().parents[1]
WAL_HEADER = 32
FRAME_HEADER = 24
PAGE = 4096

# Creates a workspace, backs it up, commits three more accounts and dies without a checkpoint: the
# last commits live only in the -wal. With "unlink", the -wal is deleted while the workspace is open.
_KILLED_WRITER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from greendesk.core import accounts
    from greendesk.core.safety import backup
    from greendesk.core.workspace import Workspace
    folder, mode = Path(sys.argv[1]), sys.argv[2]
    workspace = Workspace.create(folder, "110105", admin=sys.argv[3], password=sys.argv[4])
    accounts.create_user(workspace, "early", ("reviewer",), "password-early-1")
    backup.create_backup(folder)
    if mode == "keep":  # what came so far is in the database file itself
        import sqlite3
        sqlite3.connect(folder / "greendesk.sqlite3").execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    if mode == "unlink":
        os.unlink(folder / "greendesk.sqlite3-wal")
    for name in ("late-1", "late-2", "late-3"):
        accounts.create_user(workspace, name, ("reviewer",), "password-late-1")
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def _killed_writer(folder: Path, mode: str = "keep") -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_WRITER, str(folder), mode, TEST_USER, TEST_PASSWORD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -9, done.stderr


def _entries(db_path: Path) -> int:
    with sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True) as connection:
        return connection.execute("SELECT count(*) FROM audit_entry").fetchone()[0]


def _frames(wal: Path) -> int:
    return (wal.stat().st_size - WAL_HEADER) // (FRAME_HEADER + PAGE)


def test_every_commit_rewrites_the_record(workspace: Workspace) -> None:
    record = commit_record.read(workspace.data_dir)
    state = anchors.file_state(workspace.db_path)
    assert record is not None and state is not None
    assert (record.workspace_id, record.count, record.head) == (state.workspace_id, state.count, state.head)
    accounts.create_user(workspace, "someone", ("reviewer",), "password-123x")
    after = commit_record.read(workspace.data_dir)
    assert after is not None and after.count == record.count + 1 and after.head != record.head
    assert not Layout(workspace.data_dir).leftovers  # written under a temporary name, renamed


def test_a_missing_record_is_created_and_a_database_ahead_of_it_is_fine(workspace: Workspace) -> None:
    workspace.close()
    layout = Layout(workspace.data_dir)
    layout.commit_record.unlink()  # a workspace from before the record
    assert health.check_on_start(workspace.data_dir) is None
    created = commit_record.read(workspace.data_dir)
    assert created is not None and created.count == _entries(workspace.db_path)
    # a crash after a commit, before its record: the record is one action behind the database
    head = commit_record.hash_at(workspace.db_path, created.count - 1)
    assert head is not None
    behind = commit_record.Record(created.workspace_id, created.count - 1, head, created.at)
    commit_record.write(workspace.data_dir, behind)
    assert health.check_on_start(workspace.data_dir) is None
    refreshed = commit_record.read(workspace.data_dir)
    assert refreshed is not None and refreshed.count == created.count


def test_a_record_of_another_workspace_says_nothing(workspace: Workspace) -> None:
    workspace.close()
    foreign = commit_record.Record("another-workspace", 999, "a" * 64, "2026-01-01T00:00:00")
    commit_record.write(workspace.data_dir, foreign)
    assert health.check_on_start(workspace.data_dir) is None


@pytest.mark.parametrize("damage", ["delete", "flip", "salt"])
def test_a_lost_or_damaged_wal_is_damage_naming_the_missing_changes(tmp_path: Path, damage: str) -> None:
    folder = tmp_path / "ws"
    _killed_writer(folder)
    layout = Layout(folder)
    wal = layout.database_side_files["-wal"]
    assert wal.is_file() and _frames(wal) > 0  # the late commits are only in the WAL
    record = commit_record.read(folder)
    assert record is not None
    if damage == "delete":
        wal.unlink()
        layout.database_side_files["-shm"].unlink(missing_ok=True)
    else:
        data = bytearray(wal.read_bytes())
        # salt: the header's salt-1 no longer matches the frames; flip: one byte of the last frame's page
        offset = 16 if damage == "salt" else len(data) - 100
        data[offset] ^= 0xFF
        wal.write_bytes(bytes(data))
    report = startup.open_safely(folder)
    try:
        damaged = report.damaged
        assert damaged is not None and damaged.kind == health.BEHIND and report.workspace is None
        assert damaged.lag is not None and damaged.lag.recorded == record.count and damaged.lag.missing >= 1
        assert damaged.backup is not None  # the newest good backup is offered
        text = damaged.loss_message().render("en")
        assert f"lost {damaged.lag.missing} of the {record.count} changes" in text
        assert damaged.set_aside is not None and damaged.set_aside.is_file()
        assert not layout.database.exists()  # set aside, never deleted
        if damage != "delete":  # the damaged -wal went with it, untouched
            kept_wal = damaged.set_aside.with_name(damaged.set_aside.name + "-wal")
            assert kept_wal.is_file() and _frames(kept_wal) >= 1
        startup.restore_offered(report)
        assert report.workspace is not None
        assert "early" in [user.username for user in accounts.list_users(report.workspace)]
    finally:
        report.close()
    assert health.check_on_start(folder) is None  # the record now follows the restored content


def test_deleting_the_wal_while_open_does_not_break_the_next_start(tmp_path: Path) -> None:
    """The workspace lost every commit since its last checkpoint: it used to open as a new workspace
    without district or accounts (the app then failed); now it is damage with the backup offered."""
    folder = tmp_path / "ws"
    _killed_writer(folder, mode="unlink")
    report = startup.open_safely(folder)
    try:
        damaged = report.damaged
        assert damaged is not None and damaged.kind == health.EMPTY and damaged.lag is not None
        assert damaged.lag.present == 0 and damaged.lag.missing == damaged.lag.recorded > 0
        assert f"saved {damaged.lag.recorded} changes in it" in damaged.loss_message().render("en")
        assert damaged.backup is not None and report.workspace is None and not report.missing
        startup.restore_offered(report)
        assert report.workspace is not None and report.workspace.district.code == "110105"
    finally:
        report.close()


def test_continuing_with_the_shorter_database_starts_a_new_line_of_history(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    _killed_writer(folder)
    wal = Layout(folder).database_side_files["-wal"]
    data = bytearray(wal.read_bytes())
    data[len(data) - 100] ^= 0xFF  # the last commit's frame: only "late-3" is lost
    wal.write_bytes(bytes(data))
    for info in backup.list_backups(folder):  # the backup is older than what the database still holds
        assert info.audit_count is not None
    report = startup.open_safely(folder)
    try:
        damaged = report.damaged
        assert damaged is not None and damaged.can_continue
        assert "continue with it as it is" in damaged.loss_message().render("en")
        startup.continue_damaged(report)
        assert report.workspace is not None
        names = [user.username for user in accounts.list_users(report.workspace)]
        assert "late-1" in names and "late-3" not in names
        assert damaged.set_aside is not None and damaged.set_aside.is_file()  # still kept
    finally:
        report.close()
    assert health.check_on_start(folder) is None
    state = anchors.file_state(Layout(folder).database)
    assert state is not None
    known = anchors.read(state.workspace_id)
    assert known is not None and known[-1].source == anchors.RESTORE
    found = full_check.check_workspace(folder, verify_hashes=False)
    assert found.anchored.ok, found.anchored


def test_the_cli_names_both_ways_back_and_goes_on_with_the_shorter_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ws"
    _killed_writer(folder)
    wal = Layout(folder).database_side_files["-wal"]
    data = bytearray(wal.read_bytes())
    data[len(data) - 100] ^= 0xFF  # only the last commit is lost; the rest is newer than the backup
    wal.write_bytes(bytes(data))
    assert main(["--data-dir", str(folder), "--lang", "en", "user", "list"]) == 2
    message = capsys.readouterr().err
    assert "restore --set-aside" in message and "to restore the backup instead" in message
    set_aside = message.split("restore --set-aside ", 1)[1].split(";", 1)[0].strip()
    assert Path(set_aside).is_file()
    assert main(["--data-dir", str(folder), "--user", TEST_USER, "restore", "--set-aside", set_aside]) == 0
    assert main(["--data-dir", str(folder), "user", "list"]) == 0
    listed = capsys.readouterr().out
    assert "late-1" in listed and "late-3" not in listed


# -- zero-byte, foreign and empty files ------------------------------------------------------------
def _with_backup(workspace: Workspace) -> backup.BackupInfo:
    saved = backup.create_backup(workspace.data_dir)
    workspace.close()
    return saved


@pytest.mark.parametrize(
    ("content", "kind"),
    [(b"", health.EMPTY), (b"these are not the droids" * 200, health.CORRUPT), (None, health.EMPTY)],
    ids=["zero-byte", "not-a-database", "empty-database"],
)
def test_a_file_without_a_workspace_is_damage_with_the_backup_offered(
    workspace: Workspace, content: bytes | None, kind: str
) -> None:
    saved = _with_backup(workspace)
    layout = Layout(workspace.data_dir)
    for side in layout.database_side_files.values():
        side.unlink(missing_ok=True)
    layout.database.unlink()
    if content is None:
        sqlite3.connect(layout.database).execute("CREATE TABLE unrelated (x)").connection.close()
    else:
        layout.database.write_bytes(content)
    with pytest.raises(WorkspaceError, match="not overwritten"):  # init never goes over it
        Workspace.create(workspace.data_dir, "110105", admin=TEST_USER, password=TEST_PASSWORD)
    report = startup.open_safely(workspace.data_dir)
    try:
        assert report.damaged is not None and report.damaged.kind == kind
        assert report.damaged.backup is not None and report.damaged.backup.id == saved.id
        assert report.workspace is None and not report.missing  # no new empty workspace over it
        assert report.damaged.set_aside is not None and report.damaged.set_aside.is_file()
        startup.restore_offered(report)
        assert report.workspace is not None and report.workspace.district.code == "110105"
    finally:
        report.close()


def test_a_missing_database_beside_its_backups_is_damage_not_a_first_start(workspace: Workspace) -> None:
    saved = _with_backup(workspace)
    layout = Layout(workspace.data_dir)
    for path in (layout.database, *layout.database_side_files.values()):
        path.unlink(missing_ok=True)
    report = startup.open_safely(workspace.data_dir)
    try:
        assert report.damaged is not None and report.damaged.kind == health.MISSING
        assert report.damaged.backup is not None and report.damaged.backup.id == saved.id
        assert not report.missing and "is missing" in report.damaged.loss_message().render("en")
    finally:
        report.close()
    with pytest.raises(WorkspaceError, match="holds backups"):
        Workspace.create(workspace.data_dir, "110105", admin=TEST_USER, password=TEST_PASSWORD)


def test_init_over_a_zero_byte_database_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / "greendesk.sqlite3").write_bytes(b"")
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{TEST_PASSWORD}\n" * 4))
    assert main(["--data-dir", str(folder), "init", "--password-stdin", "--district", "110105"]) == 2
    assert "not overwritten" in capsys.readouterr().err
    assert (folder / "greendesk.sqlite3").stat().st_size == 0  # untouched


def test_the_record_is_json_with_the_chain_end(workspace: Workspace) -> None:
    raw = json.loads(Layout(workspace.data_dir).commit_record.read_text(encoding="utf-8"))
    assert set(raw) == {"workspace_id", "count", "head", "at"} and len(raw["head"]) == 64


def test_the_dialog_offers_going_on_with_the_shorter_database(qtbot, tmp_path: Path) -> None:
    from greendesk.ui.screens.backup_dialog import DamagedDatabaseDialog

    lag = commit_record.Lag(52, 47, "2026-12-01T16:42:10", rewritten=False)
    damaged = health.DamagedDatabase(
        "behind its commit record", tmp_path / "set-aside.sqlite3", None, None, None, health.BEHIND, lag, True
    )
    dialog = DamagedDatabaseDialog(damaged)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None and dialog.continue_button is not None
    assert "lost 5 of the 52 changes" in damaged.loss_message().render("en")
    dialog.continue_button.click()
    assert dialog.result() == DamagedDatabaseDialog.DialogCode.Accepted
    assert dialog.choice == DamagedDatabaseDialog.CONTINUE
