"""A district workspace: one SQLite file and a content-addressed photo store in one folder.

The folder is the platform's user data folder by default, or any folder given with
``--data-dir`` (portable use from a USB stick). Services take a Workspace and do their work in
short transactions; the Workspace itself only knows where things are and how to open them.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from greendesk.core import audit, settings
from greendesk.core.base import jsonfile
from greendesk.core.base.errors import WorkspaceError
from greendesk.core.base.i18n import DEFAULT_LANGUAGE, QT_TRANSLATE_NOOP, SUPPORTED_LANGUAGES
from greendesk.core.city import seed as city_seed
from greendesk.core.identity import (
    Actor,
    PermissionDenied,
    add_account,
    is_proven,
    prove,
    validate_password,
    validate_username,
)
from greendesk.core.progress import plan
from greendesk.core.registry.districts import District, is_city_code, validate_area
from greendesk.core.review.vocabulary import ADMINISTRATOR, APPROVER, REVIEWER
from greendesk.core.safety import anchors, backup, commit_record
from greendesk.core.storage import db, failures
from greendesk.core.storage.layout import Layout

# Storage knows nothing of backups: opening a workspace hands it the verified pre-upgrade backup.
_BACKUP_BEFORE_UPGRADE = partial(backup.backup_database_file, reason=backup.REASON_PRE_MIGRATION)


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
        path = Layout(data_dir).preferences
        try:
            raw = jsonfile.read(path)
        except (OSError, jsonfile.JsonFileError):
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
        path = Layout(data_dir).preferences
        temporary = path.with_suffix(".tmp")
        payload = {"language": self.language, "last_review": self.last_review}
        temporary.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)


ALL_ROLES = (ADMINISTRATOR, REVIEWER, APPROVER)


def _refuse_to_replace(data_dir: Path) -> None:
    """A new workspace never goes over an old one: not over a database file of any kind (an empty or
    damaged one is set aside by the start check, with a backup offered), nor beside restorable backups."""
    db_path = Layout(data_dir).database
    if db_path.exists():
        if anchors.file_state(db_path) is not None:
            raise WorkspaceError(
                QT_TRANSLATE_NOOP("Errors", "A workspace already exists in {folder}."), folder=str(data_dir)
            )
        raise WorkspaceError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is empty or damaged, and it is not overwritten. Start GreenDesk on {folder}: its "
                "start check sets the file aside and offers the newest good backup.",
            ),
            file=str(db_path),
            folder=str(data_dir),
        )
    good = backup.newest_good_backup(data_dir)
    if good is not None:
        raise WorkspaceError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{folder} holds backups of a workspace whose database is missing. Restore the newest one "
                "(greendesk --data-dir {folder} restore {id}) instead of starting a new workspace there, "
                "or choose another folder.",
            ),
            folder=str(data_dir),
            id=good.id,
        )


class Workspace:
    """Paths and database handles of one district workspace."""

    def __init__(self, data_dir: Path, engine: Engine) -> None:
        self.data_dir = data_dir
        self.layout = Layout(data_dir)
        self.engine = engine
        self.sessions: sessionmaker[Session] = db.session_factory(engine)
        self.actor: Actor | None = None  # set only by accounts.sign_in (a matching password)
        self.on_close: list[Callable[[], None]] = []  # e.g. releasing the workspace lock a writer holds

    @property
    def user(self) -> str:
        """The signed-in account every change is recorded under; nobody signed in, nothing is written."""
        if not is_proven(self.actor):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "Sign in first: this action needs a signed-in account.")
            )
        return self.actor.username

    # -- locations -------------------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.layout.database

    @property
    def photos_dir(self) -> Path:
        return self.layout.photos

    @property
    def standards_dir(self) -> Path:
        return self.layout.standards

    # -- lifecycle -------------------------------------------------------------------------
    @staticmethod
    def exists(data_dir: Path) -> bool:
        return Layout(data_dir).database.is_file()

    @staticmethod
    def require(data_dir: Path) -> None:
        """Stop with the next step to take when ``data_dir`` holds no workspace."""
        if not Workspace.exists(data_dir):
            raise WorkspaceError(
                QT_TRANSLATE_NOOP(
                    "Errors", "No workspace in {folder}: create one first (greendesk init --district CODE)."
                ),
                folder=str(data_dir),
            )

    @classmethod
    def create(
        cls,
        data_dir: Path,
        district_code: str,
        district_name: str | None = None,
        *,
        admin: str,
        password: str,
        admin_display_name: str = "",
    ) -> Workspace:
        """A new workspace with its first administrator (all three roles), signed in as that account.

        A city's code (ending in 00) makes a city workspace: its registry lists the city's districts."""
        district = validate_area(district_code, district_name)
        level = city_seed.CITY if is_city_code(district.code) else city_seed.DISTRICT
        admin = validate_username(admin)
        validate_password(password)
        _refuse_to_replace(data_dir)
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            Layout(data_dir).photos.mkdir(exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(
                QT_TRANSLATE_NOOP("Errors", "Cannot create the workspace folder {folder}: {reason}"),
                folder=str(data_dir),
                reason=exc.strerror or str(exc),
            ) from exc
        db_path = Layout(data_dir).database
        engine = db.create_db_engine(db_path)
        db.migrate(engine, db_path, _BACKUP_BEFORE_UPGRADE)
        workspace = cls(data_dir, engine)
        workspace_id = uuid.uuid4().hex
        with workspace.transaction() as session:
            session.add(settings.WORKSPACE_ID.initial_row(workspace_id))
            session.add(settings.DISTRICT_CODE.initial_row(district.code))
            session.add(settings.DISTRICT_NAME.initial_row(district.name))
            session.add(settings.DEFAULT_STANDARD.initial_row(settings.DEFAULT_STANDARD.default))
            session.add(settings.WORKSPACE_LEVEL.initial_row(level))
            audit.record(
                session,
                user=admin,
                action="workspace.create",
                entity="workspace",
                key=district.code,
                new={
                    "district_code": district.code,
                    "district_name": district.name,
                    "workspace_id": workspace_id,
                    "level": level,
                },
            )
            # after the entry naming the workspace id: every workspace's chain starts differently
            add_account(session, admin, ALL_ROLES, password, admin_display_name, creator=admin)
            plan.seed_defaults(session, district.code)
            if level == city_seed.CITY:
                city_seed.seed_districts(session, admin, district.code)
        with workspace.sessions() as session:
            workspace.actor = prove(session, admin, password)
        return workspace

    @classmethod
    def open(cls, data_dir: Path) -> Workspace:
        """The workspace with nobody signed in: reads work, writes need ``accounts.sign_in`` first."""
        cls.require(data_dir)
        db_path = Layout(data_dir).database
        engine = db.create_db_engine(db_path)
        with failures.translated(db_path):  # e.g. the USB stick was pulled
            db.migrate(engine, db_path, _BACKUP_BEFORE_UPGRADE)
        return cls(data_dir, engine)

    def close(self) -> None:
        self.engine.dispose()
        while self.on_close:
            self.on_close.pop()()

    def reconnect(self) -> None:
        """Open the database file afresh (after a restore replaced it); callers keep this object."""
        self.engine.dispose()
        self.engine = db.create_db_engine(self.db_path)
        with failures.translated(self.db_path):
            db.migrate(self.engine, self.db_path, _BACKUP_BEFORE_UPGRADE)
        self.sessions = db.session_factory(self.engine)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- helpers ---------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action; a full disk or vanished file becomes a clear message and nothing is saved.

        Once committed, the audit entries it recorded are anchored outside the workspace folder, and
        the commit record beside the database follows the chain's new end (safety.commit_record).
        """
        with failures.translated(self.db_path), db.transaction(self.sessions) as session:
            yield session
            anchor = anchors.pending(session)
            anchors.append_intent(anchor)  # a kill between the commit and its anchor is no false alarm
        anchors.append_pending(anchor)
        commit_record.after_commit(self.data_dir, anchor)

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """One consistent read for a use case: every query inside sees the same committed state.

        SQLite (WAL) fixes a read transaction's view at its first read, so figures, lists and the
        audit-chain head read here agree with each other even while another process writes.
        """
        with failures.translated(self.db_path), self.sessions() as session, session.begin():
            yield session
            session.rollback()  # nothing to commit: a read never writes

    @property
    def is_city(self) -> bool:
        """A city (municipal) workspace: it imports the districts' packages instead of street workbooks."""
        return settings.WORKSPACE_LEVEL.read(self) == city_seed.CITY

    @property
    def district(self) -> District:
        with self.sessions() as session:
            return District(
                code=settings.DISTRICT_CODE.read(session), name=settings.DISTRICT_NAME.read(session)
            )
