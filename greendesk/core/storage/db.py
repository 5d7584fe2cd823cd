"""The workspace database: one SQLite file in WAL mode, versioned by Alembic migrations.

Every connection gets foreign keys on, ``synchronous=FULL`` (OFF in a scratch folder, see
storage.durable) and a busy timeout, and every transaction is a real SQLite transaction (DDL
included), so an interrupted action or migration leaves nothing half-applied.
"""

from __future__ import annotations

import ast
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session, sessionmaker

from greendesk.core.base.errors import WorkspaceError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.storage import durable, failures

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Called with the database file before an upgrade touches it (the workspace passes a verified backup).
BackupFirst = Callable[[Path], object]


def _on_connect(dbapi_connection, _record, synchronous: str = "FULL") -> None:
    # Let SQLAlchemy emit BEGIN itself (below) instead of pysqlite's partial implicit transactions.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute(f"PRAGMA synchronous = {synchronous}")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _on_begin(connection) -> None:
    connection.exec_driver_sql("BEGIN")


def _on_error(context: ExceptionContext) -> BaseException | None:
    """Every read of every session: text SQLite holds but cannot decode becomes a message naming its row."""
    original = context.original_exception
    if isinstance(original, sqlite3.OperationalError) and "could not decode" in str(original).lower():
        database = context.engine.url.database if context.engine is not None else None
        if database:
            return failures.storage_error(original, Path(database))
    return None


def create_db_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", future=True)
    # A database in a folder being built unseen (durable.scratch) is synced once when that is published.
    synchronous = "OFF" if durable.is_scratch(db_path) else "FULL"
    event.listen(engine, "connect", partial(_on_connect, synchronous=synchronous))
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "handle_error", _on_error)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the migration files' assignments.

    Opening a workspace that is already at the newest schema (every start) then needs no Alembic
    import, which costs more than a tenth of a second; Alembic itself runs only to migrate.
    tests/test_storage.py checks that this agrees with Alembic's own reading.
    """
    return dict(_read_revision_graph(str(MIGRATIONS_DIR)))


@lru_cache(maxsize=4)
def _read_revision_graph(migrations_dir: str) -> tuple[tuple[str, str | None], ...]:
    graph: list[tuple[str, str | None]] = []
    for path in sorted((Path(migrations_dir) / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else []
            names = [target.id for target in targets if isinstance(target, ast.Name)]
            if names in (["revision"], ["down_revision"]):
                values[names[0]] = ast.literal_eval(node.value)
        if isinstance(values.get("revision"), str):
            down = values.get("down_revision")
            graph.append((str(values["revision"]), down if isinstance(down, str) else None))
    return tuple(graph)


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    return min(heads) if len(heads) == 1 else ""


def known_revisions() -> set[str]:
    return set(_revision_graph())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def check_schema_version(engine: Engine, db_path: Path) -> str | None:
    """Refuse a database written by a newer GreenDesk; return its revision (None when empty)."""
    revision = current_revision(engine)
    if revision is not None and revision not in known_revisions():
        raise WorkspaceError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The workspace {file} was created by a newer version of GreenDesk (schema {revision}). "
                "Please install the newer version to open it.",
            ),
            file=str(db_path),
            revision=revision,
        )
    return revision


def migrate(engine: Engine, db_path: Path, backup_first: BackupFirst | None, target: str = "head") -> None:
    """Bring the schema to ``target`` in one transaction: a failing migration changes nothing.

    A database with data at an older revision is handed to ``backup_first`` before it is touched;
    the caller injects it (storage knows nothing of backups), None only for throw-away files.
    """
    revision = check_schema_version(engine, db_path)
    if target == "head" and revision is not None and revision == head_revision():
        return  # the usual start: nothing to migrate
    if revision is not None and revision != head_revision() and backup_first is not None:
        backup_first(db_path)
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        # Batch migrations copy tables; foreign keys are checked once at the end instead. The pragma
        # only takes effect outside a transaction, so it goes straight to the driver connection.
        raw = connection.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, target)
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise WorkspaceError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "Migrating {file} broke {count} references; nothing was changed."
                        ),
                        file=str(db_path),
                        count=len(problems),
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One user action = one committed transaction; an exception rolls everything back."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def integrity_ok(engine: Engine) -> bool:
    with engine.connect() as connection:
        return connection.execute(text("PRAGMA quick_check")).scalar() == "ok"
