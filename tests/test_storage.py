"""Storage guarantees: pragmas, migrations, newer schemas refused, nothing lost when killed."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from greendesk.core import audit, settings
from greendesk.core.base.errors import WorkspaceError
from greendesk.core.registry import roster
from greendesk.core.safety import backup
from greendesk.core.safety.lock import WorkspaceLock
from greendesk.core.storage import db
from greendesk.core.storage.layout import Layout
from greendesk.core.storage.models import Setting as SettingRow
from greendesk.core.storage.schema import Base
from greendesk.core.workspace import Workspace
from tests.accounts_support import reopen

ROOT = Path(__file__).resolve().parents[1]


def test_pragmas(workspace: Workspace) -> None:
    with workspace.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_models_and_migrations_agree(workspace: Workspace) -> None:
    with workspace.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_newer_schema_is_refused(workspace: Workspace) -> None:
    workspace.close()
    with sqlite3.connect(workspace.db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(WorkspaceError) as info:
        reopen(workspace.data_dir)
    assert "newer version" in str(info.value)


def test_foreign_keys_are_enforced(chaoyang: Workspace) -> None:
    from sqlalchemy.exc import IntegrityError

    from greendesk.core.storage.models import Community

    with pytest.raises(IntegrityError), chaoyang.transaction() as session:
        community = session.query(Community).first()
        community.street_id = 99999


def test_killing_the_process_right_after_an_edit_loses_nothing(chaoyang: Workspace) -> None:
    code = roster.list_communities(chaoyang)[5].code
    chaoyang.close()
    script = textwrap.dedent(
        f"""
        import os, sys, time
        from pathlib import Path
        from greendesk.core.registry import roster
        from greendesk.core import accounts
        from greendesk.core.workspace import Workspace
        ws = Workspace.open(Path({str(chaoyang.data_dir)!r}))
        accounts.sign_in(ws, "tester", "tester-pass-1")
        roster.update_community(ws, {code!r}, households=3210, contact="kill test")
        print("committed", flush=True)
        time.sleep(60)
        """
    )
    process = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "committed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    reopened = reopen(chaoyang.data_dir)
    try:
        community = roster.get_community(reopened, code)
        assert (community.households, community.contact) == (3210, "kill test")
        assert db.integrity_ok(reopened.engine)
    finally:
        reopened.close()


def test_lookups_by_a_unique_constraints_first_column_still_use_an_index(workspace: Workspace) -> None:
    """Migration 0007 dropped single-column indexes that unique constraints cover: no table scans."""
    from sqlalchemy import text

    lookups = [
        "SELECT * FROM community WHERE code = '110105001001'",
        "SELECT * FROM street WHERE code = '110105001'",
        "SELECT * FROM self_assessment WHERE recommendation_id = 1",
        "SELECT * FROM evidence WHERE recommendation_id = 1",
        "SELECT * FROM recommendation WHERE community_id = 1",
        "SELECT * FROM import_batch WHERE content_sha256 = 'x'",
    ]
    with workspace.sessions() as session:
        for query in lookups:
            plan = " ".join(row[-1] for row in session.execute(text(f"EXPLAIN QUERY PLAN {query}")))
            assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, (query, plan)


def test_revision_graph_read_without_alembic_agrees_with_alembic() -> None:
    """Starts read the migration chain from the files (no Alembic import); it must be Alembic's."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(db.alembic_config())
    assert db.head_revision() == scripts.get_current_head()
    assert db._revision_graph() == {
        script.revision: script.down_revision for script in scripts.walk_revisions()
    }


def test_opening_a_workspace_at_the_newest_schema_does_not_import_alembic(workspace: Workspace) -> None:
    workspace.close()
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from greendesk.core.workspace import Workspace
        Workspace.open(Path({str(workspace.data_dir)!r})).close()
        print(any(name == "alembic" or name.startswith("alembic.") for name in sys.modules))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_registry_version_triggers_exist_and_fire(workspace: Workspace) -> None:
    """Schema 0008's triggers; a later batch migration that rebuilds street/community must recreate them."""
    from sqlalchemy import text

    with workspace.sessions() as session:
        triggers = set(
            session.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
        )
        token = session.execute(text("SELECT token FROM registry_version")).scalar_one()
    assert triggers >= {
        f"registry_version_{table}_{event}"
        for table in ("street", "community")
        for event in ("insert", "update", "delete")
    }
    roster.load_official(workspace)
    with workspace.sessions() as session:
        assert session.execute(text("SELECT token FROM registry_version")).scalar_one() != token


def test_every_workspace_path_comes_from_the_layout(workspace: Workspace) -> None:
    layout = Layout(workspace.data_dir)
    assert workspace.layout == layout and workspace.db_path == layout.database
    assert workspace.photos_dir == layout.photos and layout.photos.is_dir()
    assert workspace.standards_dir == layout.standards
    assert set(layout.database_side_files) == {"-wal", "-shm", "-journal"}
    assert layout.database_side_files["-wal"].name == layout.database.name + "-wal"
    made = backup.create_backup(workspace.data_dir)
    assert made.path.parent == layout.backups and layout.backup_index.is_file()
    with WorkspaceLock(workspace.data_dir):
        assert layout.lock.is_file()


def test_settings_are_typed_with_defaults_and_writes_are_audited(workspace: Workspace) -> None:
    assert settings.DISTRICT_CODE.read(workspace) == "110105"  # written at creation
    assert settings.DEFAULT_STANDARD.read(workspace) == settings.DEFAULT_STANDARD.default
    assert settings.PHOTO_PERIOD_MARGIN_YEARS.read(workspace) == 1  # never set: the default
    settings.PHOTO_PERIOD_MARGIN_YEARS.save(workspace, 3)
    assert settings.PHOTO_PERIOD_MARGIN_YEARS.read(workspace) == 3
    with workspace.transaction() as session:  # inside a use case's own transaction
        settings.IDLE_LOCK_MINUTES.write(session, "wangfang", 5)
        assert settings.IDLE_LOCK_MINUTES.read(session) == 5
        entry = audit.history(session, settings.IDLE_LOCK_MINUTES.key)[-1]
        assert (entry.user, entry.action, json.loads(entry.new_json)) == ("wangfang", "setting.set", "5")
    with pytest.raises(ValueError), workspace.transaction() as session:
        settings.IDLE_LOCK_MINUTES.write(session, "x", "soon")  # type: ignore[arg-type]
    assert settings.IDLE_LOCK_MINUTES.read(workspace) == 5  # refused, nothing written


def test_a_stored_value_of_the_wrong_type_reads_as_the_default(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        session.add(SettingRow(key=settings.IDLE_LOCK_MINUTES.key, value="a quarter of an hour"))
    assert settings.IDLE_LOCK_MINUTES.read(workspace) == settings.IDLE_LOCK_MINUTES.default


def test_each_setting_key_is_declared_once_and_only_settings_touches_the_table() -> None:
    declared = [value.key for value in vars(settings).values() if isinstance(value, settings.Setting)]
    assert len(declared) == len(set(declared)) >= 6
    for path in (ROOT / "greendesk").rglob("*.py"):
        if path.name == "settings.py" or "migrations" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        assert "Setting.key" not in text and "Setting(key" not in text, path  # no bare key lookups
        assert ".setting(" not in text and "put_setting(" not in text, path
