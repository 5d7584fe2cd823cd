"""Restore is atomic: a process killed at any rename or fsync of a restore leaves the old or the new
database in place (never none, never a stale WAL paired with the new file), and the next start opens
it with nothing acknowledged lost, nothing reading as damage and no stray file left."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from greendesk.core import accounts
from greendesk.core.safety import backup, commit_record, full_check, health, lock, restoring, startup
from greendesk.core.storage.layout import Layout
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD, TEST_USER

ROOT = Path(__file__).resolve().parents[1]
OLD = {TEST_USER, "early", "late"}  # the database when the restore starts (``late`` only in its -wal)
NEW = {TEST_USER, "early"}  # the backup being restored

# Builds the workspace: a backup holding "early", then "late" committed and left in the -wal (killed).
_BUILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from greendesk.core import accounts
    from greendesk.core.safety import backup
    from greendesk.core.workspace import Workspace
    folder = Path(sys.argv[1])
    workspace = Workspace.create(folder, "110105", admin=sys.argv[2], password=sys.argv[3])
    accounts.create_user(workspace, "early", ("reviewer",), "password-early-1")
    print(backup.create_backup(folder).id, flush=True)
    accounts.create_user(workspace, "late", ("reviewer",), "password-late-1")
    os.kill(os.getpid(), signal.SIGKILL)
    """
)

# Restores the backup, dying (os._exit) at the Nth call of os.replace or os.fsync, before or after it.
_RESTORE = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    folder, backup_id, kill_at, when = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
    calls = [0]
    def deadly(real):
        def call(*args, **kwargs):
            calls[0] += 1
            if calls[0] == kill_at and when == "before":
                os._exit(9)
            result = real(*args, **kwargs)
            if calls[0] == kill_at:
                os._exit(9)
            return result
        return call
    os.replace, os.fsync = deadly(os.replace), deadly(os.fsync)
    from greendesk.core.safety import restoring
    restoring.restore(folder, backup_id)
    print(calls[0])
    """
)


def _python(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A workspace folder, its anchor folder and the backup id (built once, copied per case)."""
    root = tmp_path_factory.mktemp("restore-template")
    folder, anchor_dir = root / "ws", root / "anchors"
    env_before = os.environ.get("GREENDESK_ANCHOR_DIR")
    os.environ["GREENDESK_ANCHOR_DIR"] = str(anchor_dir)
    try:
        built = _python(_BUILD, str(folder), TEST_USER, TEST_PASSWORD)
    finally:
        if env_before is not None:
            os.environ["GREENDESK_ANCHOR_DIR"] = env_before
    assert built.returncode == -9, built.stderr
    assert Layout(folder).database_side_files["-wal"].stat().st_size > 0  # a live WAL to keep or retire
    return folder, anchor_dir, built.stdout.strip()


def _case(template: tuple[Path, Path, str], where: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    folder, anchor_dir, backup_id = template
    shutil.copytree(folder, where / "ws")
    shutil.copytree(anchor_dir, where / "anchors")
    monkeypatch.setenv("GREENDESK_ANCHOR_DIR", str(where / "anchors"))
    return where / "ws", backup_id


def _users(workspace: Workspace) -> set[str]:
    return {user.username for user in accounts.list_users(workspace)}


def _opens_sound(folder: Path) -> set[str]:
    """The next start: no damage, no leftovers, the record plain; returns who is in the workspace."""
    report = startup.open_safely(folder)
    try:
        assert report.damaged is None and report.error is None, report.damaged or report.error
        assert report.workspace is not None
        users = _users(report.workspace)
    finally:
        report.close()
    layout = Layout(folder)
    assert not layout.leftovers and not layout.incoming_database.exists()
    record = commit_record.read(folder)
    assert record is not None and record.restoring is None
    found = full_check.check_workspace(folder, verify_hashes=False)
    assert found.anchored.ok and not found.integrity, found.anchored  # nothing reads as damage
    return users


@pytest.mark.parametrize("when", ["before", "after"])
def test_a_restore_killed_at_any_rename_or_fsync_leaves_one_sound_database(
    template: tuple[Path, Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    outcomes: list[str] = []
    kill_at = 1
    while True:
        folder, backup_id = _case(template, tmp_path / f"{when}-{kill_at}", monkeypatch)
        done = _python(_RESTORE, str(folder), backup_id, str(kill_at), when)
        finished = done.returncode == 0
        assert finished or done.returncode == 9, done.stderr
        assert Layout(folder).database.is_file()  # never no database, not even right after the kill
        users = _opens_sound(folder)
        assert users in (OLD, NEW), (kill_at, users)
        if finished:
            assert users == NEW
            break
        outcomes.append("old" if users == OLD else "new")
        kill_at += 1
        assert kill_at < 60  # the restore makes a bounded number of renames and fsyncs
    assert "old" in outcomes and "new" in outcomes  # the kills fell on both sides of the one rename


def test_restore_keeps_the_old_database_with_its_wal_and_pairs_no_side_file(
    template: tuple[Path, Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, backup_id = _case(template, tmp_path, monkeypatch)
    layout = Layout(folder)
    renames: list[Path] = []
    real_replace = os.replace

    def watched(source, target) -> None:
        if Path(target) == layout.database:
            renames.append(Path(source))
            # the moment of the rename: no side file of the old database is left to pair with the new
            assert not any(side.exists() for side in layout.database_side_files.values())
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", watched)
    result = restoring.restore(folder, backup_id)
    assert renames == [layout.incoming_database]  # one rename puts the backup in place
    assert result.set_aside is not None and result.set_aside.is_file()
    monkeypatch.setattr(os, "replace", real_replace)
    # the kept copy holds everything, "late" from the old database's WAL included
    probe = tmp_path / "probe"
    probe.mkdir()
    shutil.copy(result.set_aside, probe / "greendesk.sqlite3")
    with Workspace.open(probe) as opened:
        assert _users(opened) == OLD
    assert _opens_sound(folder) == NEW


def test_restore_is_refused_while_another_greendesk_holds_the_workspace(
    template: tuple[Path, Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, backup_id = _case(template, tmp_path, monkeypatch)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        holder = lock.WorkspaceLock(folder)
        holder.holder = lock.LockHolder(holder.holder.host, other.pid, "someone", holder.holder.started_at)
        holder.acquire()
        before = Layout(folder).database.read_bytes()
        with pytest.raises(lock.WorkspaceLockedError, match="already open"):
            restoring.restore(folder, backup_id)
        assert Layout(folder).database.read_bytes() == before and not Layout(folder).leftovers
    finally:
        other.kill()
        other.wait()
    Layout(folder).lock.unlink()
    assert _opens_sound(folder) == OLD


def test_a_leftover_incoming_database_is_removed_at_the_next_start(workspace: Workspace) -> None:
    workspace.close()
    layout = Layout(workspace.data_dir)
    layout.incoming_database.write_bytes(b"half a copy")
    (workspace.data_dir / ".incoming-greendesk.commit.abc").write_bytes(b"{")
    report = startup.open_safely(workspace.data_dir, exclusive=False)  # a reader, nobody holds the lock
    report.close()
    assert not layout.leftovers


def test_restore_in_workspace_updates_the_record(chaoyang: Workspace) -> None:
    saved = backup.create_backup(chaoyang.data_dir)
    accounts.create_user(chaoyang, "after", ("reviewer",), "password-after-1")
    result = startup.restore_in_workspace(chaoyang, saved.id)
    assert result.backup.id == saved.id and "after" not in _users(chaoyang)
    record = commit_record.read(chaoyang.data_dir)
    assert record is not None and record.count == saved.audit_count and record.restoring is None
    chaoyang.close()
    assert health.check_on_start(chaoyang.data_dir) is None  # restored on purpose: not behind
