"""The workspace database: one SQLite file in WAL mode, versioned by Alembic migrations.

Every connection gets foreign keys on, ``synchronous=FULL`` and a busy timeout, and every
transaction is a real SQLite transaction (DDL included), so an interrupted action or migration
leaves nothing half-applied.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, Table, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from greendesk.core.base.errors import WorkspaceError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.safety import backup

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _on_connect(dbapi_connection, _record) -> None:
    # Let SQLAlchemy emit BEGIN itself (below) instead of pysqlite's partial implicit transactions.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _on_begin(connection) -> None:
    connection.exec_driver_sql("BEGIN")


def create_db_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", future=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
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


def migrate(engine: Engine, db_path: Path, target: str = "head") -> None:
    """Bring the schema to ``target`` in one transaction: a failing migration changes nothing.

    A database with data at an older revision is backed up (verified) before it is touched.
    """
    revision = check_schema_version(engine, db_path)
    if target == "head" and revision is not None and revision == head_revision():
        return  # the usual start: nothing to migrate
    if revision is not None and revision != head_revision():
        backup.backup_database_file(db_path, backup.REASON_PRE_MIGRATION)
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


def insert_rows(session: Session, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Insert plain tuples (values in ``columns`` order) with one executemany; returns the count.

    For thousands of rows (an import's self-assessments) SQLAlchemy's per-row parameter
    handling costs more than SQLite's own work, so the statement is compiled once and the
    column types' bind processors (dates, booleans) are applied here, column by column.
    """
    session.flush()  # rows may refer to pending ORM objects (photos, the import batch)
    dialect = session.get_bind().dialect
    compiled = table.insert().compile(dialect=dialect, column_keys=list(columns))
    order = [list(columns).index(name) for name in compiled.positiontup or ()]
    processors = {
        index: processor
        for index, name in enumerate(columns)
        if (processor := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    }
    if order == list(range(len(columns))):
        prepared = [list(row) for row in rows]
    else:
        prepared = [[row[i] for i in order] for row in rows]
        processors = {order.index(i): processor for i, processor in processors.items()}
    for index, processor in processors.items():
        converted: dict[Any, Any] = {}  # an import stamps every row with the same moment
        for values in prepared:
            value = values[index]
            if value is not None:
                if value not in converted:
                    converted[value] = processor(value)
                values[index] = converted[value]
    if prepared:
        session.connection().exec_driver_sql(str(compiled), [tuple(values) for values in prepared])
    return len(prepared)
