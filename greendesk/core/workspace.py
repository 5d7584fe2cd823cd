"""A district workspace: one SQLite file and a content-addressed photo store in one folder.

The folder is the platform's user data folder by default, or any folder given with
``--data-dir`` (portable use from a USB stick). Services take a Workspace and do their work in
short transactions; the Workspace itself only knows where things are and how to open them.
"""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from greendesk.core import audit
from greendesk.core.base.errors import WorkspaceError
from greendesk.core.base.i18n import DEFAULT_LANGUAGE, QT_TRANSLATE_NOOP, SUPPORTED_LANGUAGES
from greendesk.core.registry.districts import District, validate_district
from greendesk.core.standards.library import DEFAULT_STANDARD_ID
from greendesk.core.storage import db, failures
from greendesk.core.storage.models import Setting

DB_NAME = "greendesk.sqlite3"
PHOTOS_DIR = "photos"
STANDARDS_DIR = "standards"
PREFERENCES_NAME = "preferences.json"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some service accounts)
        return "user"


@dataclass
class Preferences:
    """Per-folder user preferences kept outside the database (readable before a workspace exists).

    ``last_review`` ({"code", "year", "item"}) lets the app reopen where the reviewer was, even after
    it was killed; it is UI state, so it is not written to the audited database.
    """

    language: str = DEFAULT_LANGUAGE
    last_review: dict | None = None

    @classmethod
    def load(cls, data_dir: Path) -> Preferences:
        path = data_dir / PREFERENCES_NAME
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        language = raw.get("language", DEFAULT_LANGUAGE)
        last_review = raw.get("last_review")
        return cls(
            language=language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE,
            last_review=last_review if isinstance(last_review, dict) else None,
        )

    def save(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / PREFERENCES_NAME
        temporary = path.with_suffix(".tmp")
        payload = {"language": self.language, "last_review": self.last_review}
        temporary.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)


class Workspace:
    """Paths and database handles of one district workspace."""

    def __init__(self, data_dir: Path, engine: Engine, user: str | None = None) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.sessions: sessionmaker[Session] = db.session_factory(engine)
        self.user = user or os.environ.get("GREENDESK_USER") or _os_user()

    # -- locations -------------------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def photos_dir(self) -> Path:
        return self.data_dir / PHOTOS_DIR

    @property
    def standards_dir(self) -> Path:
        return self.data_dir / STANDARDS_DIR

    # -- lifecycle -------------------------------------------------------------------------
    @staticmethod
    def exists(data_dir: Path) -> bool:
        return (data_dir / DB_NAME).is_file()

    @classmethod
    def create(
        cls, data_dir: Path, district_code: str, district_name: str | None = None, user: str | None = None
    ) -> Workspace:
        district = validate_district(district_code, district_name)
        if cls.exists(data_dir):
            raise WorkspaceError(
                QT_TRANSLATE_NOOP("Errors", "A workspace already exists in {folder}."), folder=str(data_dir)
            )
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            (data_dir / PHOTOS_DIR).mkdir(exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(
                QT_TRANSLATE_NOOP("Errors", "Cannot create the workspace folder {folder}: {reason}"),
                folder=str(data_dir),
                reason=exc.strerror or str(exc),
            ) from exc
        engine = db.create_db_engine(data_dir / DB_NAME)
        db.migrate(engine, data_dir / DB_NAME)
        workspace = cls(data_dir, engine, user)
        with workspace.transaction() as session:
            for key, value in (
                ("district_code", district.code),
                ("district_name", district.name),
                ("default_standard", DEFAULT_STANDARD_ID),
            ):
                session.add(Setting(key=key, value=value))
            audit.record(
                session,
                user=workspace.user,
                action="workspace.create",
                entity="workspace",
                key=district.code,
                new={"district_code": district.code, "district_name": district.name},
            )
        from greendesk.core.progress import targets  # local import: targets needs a Workspace type only

        targets.ensure_defaults(workspace)
        return workspace

    @classmethod
    def open(cls, data_dir: Path, user: str | None = None) -> Workspace:
        if not cls.exists(data_dir):
            raise WorkspaceError(
                QT_TRANSLATE_NOOP(
                    "Errors", "No workspace in {folder}: create one first (greendesk init --district CODE)."
                ),
                folder=str(data_dir),
            )
        engine = db.create_db_engine(data_dir / DB_NAME)
        with failures.translated(data_dir / DB_NAME):  # e.g. the USB stick was pulled
            db.migrate(engine, data_dir / DB_NAME)
        return cls(data_dir, engine, user)

    def close(self) -> None:
        self.engine.dispose()

    def reconnect(self) -> None:
        """Open the database file afresh (after a restore replaced it); callers keep this object."""
        self.engine.dispose()
        self.engine = db.create_db_engine(self.db_path)
        with failures.translated(self.db_path):
            db.migrate(self.engine, self.db_path)
        self.sessions = db.session_factory(self.engine)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- helpers ---------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action; a full disk or vanished file becomes a clear message and nothing is saved."""
        with failures.translated(self.db_path), db.transaction(self.sessions) as session:
            yield session

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """One consistent read for a use case: every query inside sees the same committed state.

        SQLite (WAL) fixes a read transaction's view at its first read, so figures, lists and the
        audit-chain head read here agree with each other even while another process writes.
        """
        with failures.translated(self.db_path), self.sessions() as session, session.begin():
            yield session
            session.rollback()  # nothing to commit: a read never writes

    def setting(self, key: str, default: str = "") -> str:
        with self.sessions() as session:
            return read_setting(session, key, default)

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as session:
            put_setting(session, self.user, key, value)

    @property
    def district(self) -> District:
        return District(code=self.setting("district_code"), name=self.setting("district_name"))


def read_setting(session: Session, key: str, default: str = "") -> str:
    """One setting read inside the caller's session (so a use case's snapshot covers its settings too)."""
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return default if value is None else value


def put_setting(session: Session, user: str, key: str, value: str) -> None:
    """Set one setting inside the caller's transaction, audited (an import remembers its mapping so)."""
    row = session.get(Setting, key)
    old = row.value if row else None
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    audit.record(session, user=user, action="setting.set", entity="setting", key=key, old=old, new=value)
