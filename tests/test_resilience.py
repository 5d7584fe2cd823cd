"""Crashes, full disks, read-only media, failing and old migrations: nothing half-saved, nothing lost."""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from greendesk.core import audit
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.registry import roster
from greendesk.core.safety import backup, full_check
from greendesk.core.storage import db, durable, failures, photos
from greendesk.core.storage.failures import StorageError
from greendesk.core.storage.models import Photo
from greendesk.core.workspace import Workspace
from tests.accounts_support import reopen

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "schema"
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="SIGKILL / RLIMIT_FSIZE are POSIX")


def _assert_consistent(data_dir: Path, codes: list[str]) -> dict[str, tuple[int | None, str]]:
    """Integrity ok, audit chain intact, every community equal to what its last audit entry says."""
    assert backup.integrity_check(data_dir / "greendesk.sqlite3") == "ok"
    current: dict[str, tuple[int | None, str]] = {}
    with reopen(data_dir) as workspace, workspace.sessions() as session:
        assert audit.verify_chain(session) == []
        for code in codes:
            community = roster.get_community(workspace, code)
            current[code] = (community.households, community.contact)
            entries = [e for e in audit.history(session, code) if e.action == "community.update"]
            if entries:
                last = json.loads(entries[-1].new_json)
                assert (last["households"], last["contact"]) == current[code]
                # Both fields of one action land together or not at all.
                assert community.contact == f"write {community.households}"
    return current


# Imports once, then forks a fresh writer per round, so many kill points cost little time.
WRITER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from greendesk.core import accounts
    from greendesk.core.registry import roster
    from greendesk.core.workspace import Workspace

    folder, codes = Path(sys.argv[1]), sys.argv[2].split(",")
    print("loaded", flush=True)
    while line := sys.stdin.readline():
        value = int(line)
        pid = os.fork()
        if pid == 0:
            workspace = Workspace.open(folder)
            accounts.sign_in(workspace, "tester", "tester-pass-1")
            while True:
                roster.update_community(
                    workspace, codes[value % len(codes)], households=value, contact=f"write {value}"
                )
                if value % 100_000 == 0:  # the first write of the round is committed: kill any time now
                    print("writing", os.getpid(), flush=True)
                value += 1
        os.waitpid(pid, 0)
        print("reaped", flush=True)
    """
)


@POSIX_ONLY
def test_killed_at_random_points_never_half_applies(chaoyang: Workspace) -> None:
    codes = [c.code for c in roster.list_communities(chaoyang)[:5]]
    chaoyang.close()
    rng = random.Random(20261125)
    server = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(chaoyang.data_dir), ",".join(codes)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdin is not None and server.stdout is not None
    try:
        assert server.stdout.readline().strip() == "loaded"
        rounds_with_writes = 0
        for round_number in range(1, 21):
            base = round_number * 100_000
            server.stdin.write(f"{base}\n")
            server.stdin.flush()
            word, pid = server.stdout.readline().split()
            assert word == "writing"
            time.sleep(rng.uniform(0.0, 0.15))
            os.kill(int(pid), signal.SIGKILL)
            assert server.stdout.readline().strip() == "reaped"
            current = _assert_consistent(chaoyang.data_dir, codes)
            rounds_with_writes += any((households or 0) >= base for households, _ in current.values())
        assert rounds_with_writes == 20  # every writer committed before it was killed
    finally:
        server.stdin.close()
        server.wait(timeout=30)
        server.stdout.close()


DISK_FILLER = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from greendesk.core import accounts
    from greendesk.core.registry import roster
    from greendesk.core.storage.failures import StorageError
    from greendesk.core.workspace import Workspace

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() fails with EFBIG instead of killing us
    folder = Path(sys.argv[1])
    codes = sys.argv[2].split(",")
    workspace = Workspace.open(folder)
    accounts.sign_in(workspace, "tester", "tester-pass-1")
    sizes = [p.stat().st_size for p in folder.glob("greendesk.sqlite3*")]
    limit = max(sizes) + 48 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    value = 1
    while value < 5000:
        try:
            roster.update_community(workspace, codes[value % len(codes)], households=value, contact=f"write {value}")
        except StorageError as error:
            print("full", value, error.render("en"), flush=True)
            break
        print("ok", value, flush=True)
        value += 1
    # Space freed again: work continues, nothing lost.
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    roster.update_community(workspace, codes[0], households=99999, contact="write 99999")
    print("after", flush=True)
    workspace.close()
    """
)


@POSIX_ONLY
def test_disk_full_leaves_everything_consistent(chaoyang: Workspace) -> None:
    codes = [c.code for c in roster.list_communities(chaoyang)[:3]]
    chaoyang.close()
    result = subprocess.run(
        [sys.executable, "-c", DISK_FILLER, str(chaoyang.data_dir), ",".join(codes)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stderr
    full = [line for line in lines if line.startswith("full")]
    assert len(full) == 1, lines[-3:]
    failed_value = int(full[0].split()[1])
    assert "greendesk.sqlite3" in full[0] and "not saved" in full[0]
    committed = [int(line.split()[1]) for line in lines if line.startswith("ok")]
    assert committed == list(range(1, failed_value)) and lines[-1] == "after"

    current = _assert_consistent(chaoyang.data_dir, codes)
    for offset, code in enumerate(codes):
        values = [v for v in committed if v % len(codes) == offset]
        expected = 99999 if offset == 0 else (values[-1] if values else None)
        assert current[code][0] == expected  # the failed write is absent, every earlier one present
    with reopen(chaoyang.data_dir) as workspace, workspace.sessions() as session:
        news = [
            json.loads(e.new_json)
            for e in session.query(audit.AuditEntry).filter_by(action="community.update")
        ]
    assert failed_value not in [n["households"] for n in news]


def test_injected_enospc_while_storing_a_photo_leaves_nothing(workspace: Workspace, monkeypatch) -> None:
    from tests.test_health import _jpeg

    real_write = durable.write_atomically

    def disk_full_at_the_thumbnail(target: Path, write, *args, **kwargs) -> None:
        """The original fits on the disk, the thumbnail written after it does not (half a file, then ENOSPC)."""
        if "thumbs" not in target.parts:
            return real_write(target, write, *args, **kwargs)

        def half_then_full(handle) -> None:
            handle.write(b"\xff\xd8\xff\xe0 half a thumbnail")
            raise OSError(errno.ENOSPC, "No space left on device")

        return real_write(target, half_then_full, *args, **kwargs)

    monkeypatch.setattr(durable, "write_atomically", disk_full_at_the_thumbnail)
    with pytest.raises(StorageError) as failure, photos.staged() as stage, workspace.transaction() as session:
        photos.store(session, workspace.photos_dir, _jpeg((1, 2, 3)), "a.jpg", stage=stage)
    monkeypatch.undo()
    assert "is full" in failure.value.render("en") and "not saved" in failure.value.render("en")
    assert "磁盘已满" in failure.value.render("zh_CN")
    with workspace.sessions() as session:
        assert session.query(Photo).count() == 0
    assert [p for p in workspace.photos_dir.rglob("*") if p.is_file()] == []  # no original, no temp file
    assert full_check.check_workspace(workspace.data_dir).ok


def test_read_only_database_gives_a_clear_message(chaoyang: Workspace) -> None:
    code = roster.list_communities(chaoyang)[0].code
    before = roster.get_community(chaoyang, code).households
    chaoyang.engine.dispose()

    @event.listens_for(chaoyang.engine, "connect")
    def _read_only(dbapi_connection, _record) -> None:
        dbapi_connection.execute("PRAGMA query_only = 1")  # what SQLite reports for write-protected media

    with pytest.raises(StorageError) as failure:
        roster.update_community(chaoyang, code, households=4242)
    message = failure.value.render("en")
    assert str(chaoyang.db_path) in message and "read-only" in message
    event.remove(chaoyang.engine, "connect", _read_only)
    chaoyang.engine.dispose()
    assert roster.get_community(chaoyang, code).households == before
    with chaoyang.sessions() as session:
        assert audit.verify_chain(session) == []


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (sqlite3.OperationalError("database or disk is full"), "is full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
        (sqlite3.OperationalError("unable to open database file"), "can no longer be found"),
        (sqlite3.OperationalError("disk I/O error"), "disk error"),
        (OSError(errno.ENOSPC, "No space left on device"), "is full"),
        (
            OSError(errno.EROFS, "Read-only file system", "/media/usb/ws/photos/ab/x.jpg"),
            "/media/usb/ws/photos/ab",
        ),
        (OSError(errno.EACCES, "Permission denied"), "not allowed"),
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), "can no longer be found"),
    ],
)
def test_storage_failures_are_translated(error: BaseException, expected: str, tmp_path: Path) -> None:
    # A folder that exists: where it is gone, every failure is reported as a vanished drive.
    translated = failures.storage_error(error, tmp_path / "greendesk.sqlite3")
    assert isinstance(translated, StorageError) and expected in translated.render("en")
    assert translated.render("zh_CN") != translated.render("en")


def test_other_errors_pass_through_untouched() -> None:
    assert failures.storage_error(sqlite3.OperationalError("no such table: x"), "f") is None
    assert failures.storage_error(ValueError("x"), "f") is None
    with pytest.raises(sqlite3.OperationalError), failures.translated("f"):
        raise sqlite3.OperationalError("no such column: y")


# -- migrations -------------------------------------------------------------------------------------
def _tables_and_columns(db_path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(db_path) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: [c[1] for c in connection.execute(f'PRAGMA table_info("{t}")')] for t in sorted(tables)}


def _dump(db_path: Path) -> dict[str, list[dict[str, object]]]:
    with sqlite3.connect(db_path) as connection:
        connection.row_factory = sqlite3.Row
        result = {}
        for table in _tables_and_columns(db_path):
            if table == "alembic_version":
                continue
            rows = connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            result[table] = [dict(row) for row in rows]
        return result


FAILING_MIGRATIONS = {
    "9001_adds_things.py": """
revision = "9001"
down_revision = {head!r}
branch_labels = None
depends_on = None

import sqlalchemy as sa
from alembic import op


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("community") as batch:
        batch.add_column(sa.Column("extra", sa.Text(), nullable=True))
    op.execute("UPDATE community SET contact = 'migrated', extra = 'x'")
""",
    "9002_fails.py": """
revision = "9002"
down_revision = "9001"
branch_labels = None
depends_on = None

from alembic import op


def upgrade():
    op.execute("DELETE FROM audit_entry")
    raise RuntimeError("step two of the upgrade failed")
""",
}


def test_a_migration_failing_halfway_rolls_back_completely(
    chaoyang: Workspace, tmp_path: Path, monkeypatch
) -> None:
    roster.update_community(chaoyang, roster.list_communities(chaoyang)[0].code, contact="before")
    chaoyang.close()
    schema_before = _tables_and_columns(chaoyang.db_path)
    data_before = _dump(chaoyang.db_path)
    head = db.head_revision()

    scripts = tmp_path / "migrations"
    shutil.copytree(db.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    for name, text in FAILING_MIGRATIONS.items():
        (scripts / "versions" / name).write_text(text.format(head=head), encoding="utf-8")
    monkeypatch.setattr(db, "MIGRATIONS_DIR", scripts)
    assert db.head_revision() == "9002"

    with pytest.raises(RuntimeError, match="step two"):
        reopen(chaoyang.data_dir)
    monkeypatch.undo()

    assert _tables_and_columns(chaoyang.db_path) == schema_before
    assert _dump(chaoyang.db_path) == data_before
    with sqlite3.connect(chaoyang.db_path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
    assert backup.integrity_check(chaoyang.db_path) == "ok"
    (made,) = backup.list_backups(chaoyang.data_dir)  # taken before the attempt
    assert made.reason == "pre-migration"
    reopen(chaoyang.data_dir).close()  # the real code still opens it


def test_every_schema_revision_has_a_fixture() -> None:
    missing = sorted(rev for rev in db.known_revisions() if not (FIXTURES / f"{rev}.sqlite3").exists())
    assert missing == [], (
        f"no populated fixture for revision(s) {missing}: run python tests/fixtures/make_schema_fixtures.py "
        "and commit tests/fixtures/schema/"
    )


APPENDED_BY_MIGRATIONS = {"audit_entry", "setting"}


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.sqlite3")), ids=lambda path: path.stem)
def test_populated_database_from_an_earlier_schema_migrates_with_its_data(
    fixture: Path, tmp_path: Path
) -> None:
    data_dir = tmp_path / "ws"
    data_dir.mkdir()
    db_path = data_dir / "greendesk.sqlite3"
    shutil.copyfile(fixture, db_path)
    before = _dump(db_path)
    assert sum(len(rows) for rows in before.values()) > 30  # the fixture really is populated

    with Workspace.open(data_dir) as workspace:  # reading: its accounts predate sign-in
        assert db.current_revision(workspace.engine) == db.head_revision()
        with Session(workspace.engine) as session:
            assert audit.verify_chain(session) == []
        assert workspace.district.code == "110105"
    after = _dump(db_path)
    for table, rows in before.items():
        assert table in after, f"table {table} vanished"
        kept = [{column: row[column] for column in rows[0]} for row in after[table]] if rows else []
        if (
            table in APPENDED_BY_MIGRATIONS
        ):  # a data step may add rows (0009: the workspace id), never change one
            kept = kept[: len(rows)]
        assert kept == rows, f"rows of {table} changed"
    assert backup.integrity_check(db_path) == "ok"


def test_storage_error_is_a_greendesk_error() -> None:
    assert issubclass(StorageError, GreenDeskError)


def test_io_error_on_a_nearly_full_disk_says_disk_full(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(
        failures.shutil, "disk_usage", lambda _path: shutil._ntuple_diskusage(10**9, 10**9, 1000)
    )
    translated = failures.storage_error(
        sqlite3.OperationalError("disk I/O error"), tmp_path / "greendesk.sqlite3"
    )
    assert translated is not None and "is full" in translated.render("en")


def test_opening_a_workspace_whose_drive_vanished_says_so(
    workspace: Workspace, monkeypatch, tmp_path: Path
) -> None:
    workspace.close()
    real_engine = db.create_db_engine
    gone = tmp_path / "unplugged-usb" / "greendesk.sqlite3"  # its folder no longer exists
    monkeypatch.setattr(db, "create_db_engine", lambda _path: real_engine(gone))
    with pytest.raises(StorageError) as failure:
        reopen(workspace.data_dir)
    assert "can no longer be found" in failure.value.render("en")
