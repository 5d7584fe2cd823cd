"""Backups: verified copies, thinning, the once-a-day and pre-migration triggers, restore that keeps the old file."""

from __future__ import annotations

import argparse
import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from greendesk.cli import main
from greendesk.core.base import clock
from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.registry import roster
from greendesk.core.safety import backup, full_check, health, restoring, startup
from greendesk.core.safety.lock import WorkspaceLock
from greendesk.core.storage import db
from greendesk.core.workspace import Workspace
from tests.accounts_support import reopen


@pytest.fixture(autouse=True)
def _release_clock():
    yield
    clock.freeze(None)


def _households(data_dir: Path, code: str) -> int | None:
    with reopen(data_dir) as workspace:
        return roster.get_community(workspace, code).households


def corrupt(db_path: Path) -> None:
    """Overwrite the inside of the file (not the header) the way a bad sector or a crashed copy would."""
    size = db_path.stat().st_size
    with db_path.open("r+b") as handle:
        for offset in range(4096, size, 4096 * 3):
            handle.seek(offset + 16)
            handle.write(b"\xde\xad\xbe\xef" * 64)


def test_backup_is_a_verified_consistent_copy(chaoyang: Workspace) -> None:
    code = roster.list_communities(chaoyang)[0].code
    roster.update_community(chaoyang, code, households=1234)
    info = backup.create_backup(chaoyang.data_dir)  # while the workspace is open (WAL not checkpointed)
    assert info.path.parent == chaoyang.data_dir / "backups"
    assert info.path.name == f"greendesk-{info.created_at:%Y%m%d-%H%M%S}-manual.sqlite3"
    assert (
        info.integrity == "ok"
        and info.schema_revision == db.head_revision()
        and info.size == info.path.stat().st_size
    )
    with sqlite3.connect(info.path) as copy:
        assert copy.execute("SELECT households FROM community WHERE code = ?", (code,)).fetchone() == (1234,)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file
    index = json.loads((chaoyang.data_dir / "backups" / "index.json").read_text())
    assert index[info.id]["reason"] == "manual" and index[info.id]["integrity"] == "ok"
    assert [b.id for b in backup.list_backups(chaoyang.data_dir)] == [info.id]


def test_same_second_backups_get_distinct_names_and_leftovers_are_cleaned(workspace: Workspace) -> None:
    clock.freeze(datetime(2026, 3, 1, 9, 0, 0))
    leftover = workspace.data_dir / "backups" / ".incoming-greendesk-20260301-085959-manual.sqlite3"
    leftover.parent.mkdir()
    leftover.write_bytes(b"half a backup")
    first = backup.create_backup(workspace.data_dir, "import")
    second = backup.create_backup(workspace.data_dir, "import")
    assert first.id == "20260301-090000-import" and second.id == "20260301-090000-import.2"
    assert not leftover.exists()
    assert backup.find_backup(workspace.data_dir, second.id).created_at == datetime(2026, 3, 1, 9, 0, 0)


def test_bad_reason_and_unknown_id_are_refused(workspace: Workspace) -> None:
    with pytest.raises(ValidationError, match=r"lowercase letters.*\.\./\.\./etc"):
        backup.create_backup(workspace.data_dir, "../../etc")
    with pytest.raises(NotFoundError):
        backup.find_backup(workspace.data_dir, "20990101-000000-manual")


def test_daily_backup_once_a_day(workspace: Workspace) -> None:
    clock.freeze(datetime(2026, 3, 2, 8, 30))
    first = backup.ensure_daily_backup(workspace.data_dir)
    assert first is not None and first.reason == "daily"
    clock.freeze(datetime(2026, 3, 2, 17, 0))
    assert backup.ensure_daily_backup(workspace.data_dir) is None
    clock.freeze(datetime(2026, 3, 3, 8, 0))
    assert backup.ensure_daily_backup(workspace.data_dir) is not None
    assert len(backup.list_backups(workspace.data_dir)) == 2


def _fake(moment: datetime, reason: str = "daily") -> backup.BackupInfo:
    backup_id = f"{moment:%Y%m%d-%H%M%S}-{reason}"
    return backup.BackupInfo(backup_id, Path(backup_id), moment, reason, 1, "0001", "ok")


def test_thinning_keeps_7_daily_4_weekly_12_monthly_and_recent_special_ones() -> None:
    start = datetime(2025, 1, 1, 8, 0)
    dailies = [_fake(start + timedelta(days=n)) for n in range(400)]  # one per day for 400 days
    manuals = [_fake(start + timedelta(days=n, hours=2), "manual") for n in range(0, 400, 10)]
    keep = backup.backups_to_keep(dailies + manuals)
    kept_daily = sorted(b.created_at for b in dailies if b.id in keep)
    newest = dailies[-1].created_at
    assert kept_daily[-7:] == [newest - timedelta(days=n) for n in range(6, -1, -1)]
    kept_moments = [b.created_at for b in dailies + manuals if b.id in keep]
    # Every one of the 12 newest months is still represented, nothing older than that is left.
    newest_months = sorted({(b.created_at.year, b.created_at.month) for b in dailies})[-12:]
    assert sorted({(m.year, m.month) for m in kept_moments}) == newest_months
    last_weeks = sorted({b.created_at.isocalendar()[:2] for b in dailies})[-4:]
    assert set(last_weeks) <= {m.isocalendar()[:2] for m in kept_moments}
    assert len(kept_daily) <= 7 + 4 + 12
    kept_manual = [b for b in manuals if b.id in keep]
    assert set(manuals[-10:]) <= set(kept_manual)  # some older ones stand for their month


def test_thin_deletes_files_and_index_entries(workspace: Workspace) -> None:
    for day in range(1, 13):
        clock.freeze(datetime(2026, 5, day, 8, 0))
        backup.ensure_daily_backup(workspace.data_dir)
    remaining = backup.list_backups(workspace.data_dir)
    # 7 newest days, plus the newest of each older ISO week and of April's... all within May:
    assert 7 <= len(remaining) < 12
    assert remaining[0].created_at == datetime(2026, 5, 12, 8, 0)
    index = json.loads((workspace.data_dir / "backups" / "index.json").read_text())
    assert set(index) == {b.id for b in remaining}
    assert len(list((workspace.data_dir / "backups").glob("*.sqlite3"))) == len(remaining)


def test_restore_moves_the_current_database_aside(chaoyang: Workspace) -> None:
    code = roster.list_communities(chaoyang)[3].code
    roster.update_community(chaoyang, code, households=1111)
    saved = backup.create_backup(chaoyang.data_dir)
    roster.update_community(chaoyang, code, households=2222)
    chaoyang.close()
    result = restoring.restore(chaoyang.data_dir, saved.id)
    assert result.set_aside is not None and result.set_aside.parent.name == "set-aside"
    assert _households(chaoyang.data_dir, code) == 1111
    with sqlite3.connect(result.set_aside) as old:  # the replaced data is still there
        assert old.execute("SELECT households FROM community WHERE code = ?", (code,)).fetchone() == (2222,)


def test_reconnect_after_restore_sees_restored_data(chaoyang: Workspace) -> None:
    code = roster.list_communities(chaoyang)[4].code
    saved = backup.create_backup(chaoyang.data_dir)
    roster.update_community(chaoyang, code, households=4321)
    chaoyang.engine.dispose()
    restoring.restore(chaoyang.data_dir, saved.id)
    chaoyang.reconnect()
    assert roster.get_community(chaoyang, code).households != 4321


def test_damaged_database_is_moved_aside_and_backup_offered(chaoyang: Workspace) -> None:
    code = roster.list_communities(chaoyang)[7].code
    roster.update_community(chaoyang, code, households=777)
    saved = backup.create_backup(chaoyang.data_dir)
    roster.update_community(chaoyang, code, households=888)
    chaoyang.close()
    db_path = chaoyang.db_path
    corrupt(db_path)

    damaged = health.check_on_start(chaoyang.data_dir)
    assert damaged is not None
    assert not db_path.exists() and damaged.set_aside.exists()  # moved, not deleted
    assert damaged.backup is not None and damaged.backup.id == saved.id
    assert damaged.damaged_modified_at >= saved.created_at
    assert saved.created_at.strftime("%Y-%m-%d %H:%M") in damaged.loss_message().render("en")

    restoring.restore(chaoyang.data_dir, damaged.backup.id)
    assert health.check_on_start(chaoyang.data_dir) is None
    assert _households(chaoyang.data_dir, code) == 777
    assert full_check.check_workspace(chaoyang.data_dir).ok


def test_damaged_backups_are_skipped_when_offering(workspace: Workspace) -> None:
    clock.freeze(datetime(2026, 6, 1, 8, 0))
    good = backup.create_backup(workspace.data_dir)
    clock.freeze(datetime(2026, 6, 2, 8, 0))
    rotten = backup.create_backup(workspace.data_dir)
    rotten.path.write_bytes(b"not a database at all" * 100)
    assert backup.newest_good_backup(workspace.data_dir) == good
    with pytest.raises(backup.BackupError):
        restoring.restore(workspace.data_dir, rotten.id)


def test_healthy_start_makes_the_daily_backup(workspace: Workspace) -> None:
    report = startup.open_safely(workspace.data_dir, exclusive=False)
    assert report.damaged is None and report.backup_error is None and report.workspace is not None
    assert report.daily_backup is not None and report.daily_backup.reason == "daily"
    report.close()


def test_older_schema_is_backed_up_before_migrating(workspace: Workspace, monkeypatch) -> None:
    real_head = db.head_revision()
    workspace.close()
    monkeypatch.setattr(db, "head_revision", lambda: "9999_pretend_newer")  # the file is now "older"
    monkeypatch.setattr("alembic.command.upgrade", lambda config, target: None)
    reopen(workspace.data_dir).close()
    (made,) = backup.list_backups(workspace.data_dir)
    assert made.reason == "pre-migration" and made.schema_revision == real_head
    monkeypatch.undo()
    reopen(workspace.data_dir).close()  # at head: no further backup
    assert len(backup.list_backups(workspace.data_dir)) == 1


def test_cli_backup_backups_restore(chaoyang: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(chaoyang.data_dir)
    code = roster.list_communities(chaoyang)[1].code
    roster.update_community(chaoyang, code, households=505)
    chaoyang.close()
    assert main(["--data-dir", folder, "backup", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    with reopen(chaoyang.data_dir) as workspace:
        roster.update_community(workspace, code, households=606)
    assert main(["--data-dir", folder, "backups"]) == 0
    assert made["id"] in capsys.readouterr().out
    with WorkspaceLock(chaoyang.data_dir):  # the GUI is open: restore is refused
        assert main(["--data-dir", folder, "restore", made["id"]]) == 2
    assert "already open" in capsys.readouterr().err
    assert main(["--data-dir", folder, "restore", made["id"]]) == 0
    assert "moved to" in capsys.readouterr().out
    assert _households(chaoyang.data_dir, code) == 505


def test_daily_backup_needs_no_database(tmp_path: Path) -> None:
    assert backup.ensure_daily_backup(tmp_path, today=date(2026, 1, 1)) is None
    assert health.check_on_start(tmp_path) is None


def test_backup_from_a_newer_version_is_not_restored(workspace: Workspace) -> None:
    made = backup.create_backup(workspace.data_dir)
    with sqlite3.connect(made.path) as copy:
        copy.execute("UPDATE alembic_version SET version_num = '9999_future'")
    index_path = workspace.data_dir / "backups" / "index.json"
    index = json.loads(index_path.read_text())
    index[made.id]["schema_revision"] = "9999_future"
    index_path.write_text(json.dumps(index))
    with pytest.raises(backup.BackupError, match="newer version"):
        restoring.restore(workspace.data_dir, made.id)
    assert workspace.db_path.exists()  # nothing was moved


def test_damaged_file_that_still_answers_tells_how_many_changes_would_be_lost(chaoyang: Workspace) -> None:
    clock.freeze(datetime(2030, 4, 1, 9, 0))  # after the fixture's own entries
    backup.create_backup(chaoyang.data_dir)
    codes = [c.code for c in roster.list_communities(chaoyang)[:3]]
    clock.freeze(datetime(2030, 4, 1, 10, 0))
    for n, code in enumerate(codes):
        roster.update_community(chaoyang, code, households=100 + n)
    clock.freeze(None)
    chaoyang.close()
    with sqlite3.connect(chaoyang.db_path) as connection:  # damage an index only: the table still reads
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_community_name'"
        ).fetchone()[0]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    with chaoyang.db_path.open("r+b") as handle:
        handle.seek((root - 1) * page_size + 8)
        handle.write(b"\xff" * 64)
    damaged = health.check_on_start(chaoyang.data_dir)
    assert damaged is not None and damaged.audit_entries_after_backup == 3
    assert "About 3 recorded changes" in damaged.loss_message().render("en")


def test_cli_start_checks(chaoyang: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    from greendesk.cli.opening import DamagedWorkspaceError, open_workspace

    args = argparse.Namespace(data_dir=str(chaoyang.data_dir), user=None)
    open_workspace(args).close()  # healthy: the daily backup is made, nothing printed
    assert [b.reason for b in backup.list_backups(chaoyang.data_dir)] == ["daily"]
    assert capsys.readouterr().err == ""
    chaoyang.close()
    corrupt(chaoyang.db_path)
    with pytest.raises(DamagedWorkspaceError) as stopped:
        open_workspace(args)
    (offered,) = backup.list_backups(chaoyang.data_dir)
    message = stopped.value.render("en")
    assert f"restore {offered.id}" in message and "moved to" in message
    assert "已损坏" in stopped.value.render("zh_CN")


def test_reloading_the_registry_backs_up_first(chaoyang: Workspace) -> None:
    assert backup.list_backups(chaoyang.data_dir) == []  # the first load had nothing to lose
    roster.load_official(chaoyang)
    (made,) = backup.list_backups(chaoyang.data_dir)
    assert made.reason == "import"


def test_many_backups_in_one_second_keep_their_order_and_the_newest(workspace: Workspace) -> None:
    clock.freeze(datetime(2026, 3, 1, 9, 0, 0))
    made = [backup.create_backup(workspace.data_dir) for _ in range(13)]
    listed = backup.list_backups(workspace.data_dir)
    assert listed[0].id == made[-1].id == "20260301-090000-manual.13"
    assert [b.id for b in listed] == [b.id for b in reversed(made)][: len(listed)]  # thinned from the oldest
    assert len(listed) == backup.KEEP_PER_REASON
    newest = backup.create_backup(workspace.data_dir)
    assert newest.id.endswith(".14") and backup.list_backups(workspace.data_dir)[0].id == newest.id


def test_a_busy_database_is_not_mistaken_for_a_damaged_one(workspace: Workspace, monkeypatch) -> None:
    from greendesk.core.storage.failures import StorageError

    real_connect = backup._connect

    class Busy:
        def execute(self, _sql):
            raise sqlite3.OperationalError("database is locked")

        def close(self) -> None:
            pass

    monkeypatch.setattr(
        backup,
        "_connect",
        lambda path, read_only=False: (
            Busy() if path.name == "greendesk.sqlite3" else real_connect(path, read_only)
        ),
    )
    with pytest.raises(StorageError, match="busy"):
        health.check_on_start(workspace.data_dir)
    assert workspace.db_path.exists()  # not moved aside
