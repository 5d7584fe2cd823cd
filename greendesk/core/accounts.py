"""Accounts, sign-in and roles: who may do what, checked here for the GUI and the CLI alike.

Roles: administrator (accounts, targets, registry, standards, restore), reviewer (decisions,
rounds, notices, imports) and approver (sign-off, unlock, the application package, submitting
reports). An account may hold several; the first administrator holds all three, so a one-person
office works, and separation of duties comes from giving accounts single roles.

Every write function in the core calls :func:`require` with its role first; the signed-in
:class:`~greendesk.core.identity.Actor` (made only by a matching password) is the name every audit
entry and document carries. Repeated failed sign-ins are slowed down (a few seconds, growing).
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import audit, identity
from greendesk.core.base import clock, jsonfile
from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.identity import (
    Actor,
    PermissionDenied,
    hash_password,
    is_proven,
    parse_roles,
    prove,
    refreshed,
    validate_password,
    validate_roles,
    validate_username,
)
from greendesk.core.review.vocabulary import ADMINISTRATOR
from greendesk.core.storage.models import User
from greendesk.core.workspace import ALL_ROLES, Workspace

FREE_ATTEMPTS = 3  # failures within the window before each attempt waits
FAILURE_WINDOW = timedelta(minutes=15)
MAX_DELAY_SECONDS = 30.0
NOT_SIGNED_IN = QT_TRANSLATE_NOOP("Errors", "Sign in first: this action needs a signed-in account.")
_sleep = time.sleep  # tests replace it


@dataclass(frozen=True)
class UserInfo:
    username: str
    display_name: str
    roles: tuple[str, ...]
    active: bool
    has_password: bool

    def has_role(self, role: str) -> bool:
        return self.active and role in self.roles

    def to_dict(self) -> dict[str, object]:
        return {
            "username": self.username,
            "display_name": self.display_name,
            "roles": list(self.roles),
            "active": self.active,
            "has_password": self.has_password,
        }


def _info(row: User) -> UserInfo:
    return UserInfo(
        row.username, row.display_name, parse_roles(row.roles), row.active, bool(row.password_hash)
    )


def _row(session: Session, username: str) -> User:
    row = session.scalar(select(User).where(User.username == username))
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "No account named '{user}'."), user=username)
    return row


# -- failed sign-ins -----------------------------------------------------------------------------


def _failures(workspace: Workspace) -> dict[str, list[str]]:
    """Recent failure moments per account name; a missing or damaged file counts as none."""
    try:
        raw = jsonfile.read(workspace.layout.sign_in_failures)
    except (OSError, jsonfile.JsonFileError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {
        str(name): [str(moment) for moment in moments][-20:]
        for name, moments in raw.items()
        if isinstance(moments, list)
    }


def _recent(moments: list[str]) -> list[str]:
    cutoff = clock.now() - FAILURE_WINDOW
    recent = []
    for moment in moments:
        try:
            if datetime.fromisoformat(moment) >= cutoff:
                recent.append(moment)
        except ValueError:
            continue
    return recent


def _save_failures(workspace: Workspace, failures: dict[str, list[str]]) -> None:
    path = workspace.layout.sign_in_failures
    try:
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(failures), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:  # a read-only folder must not block signing in
        pass


def delay_before_attempt(workspace: Workspace, username: str) -> float:
    """Seconds to wait before checking a password for ``username`` (0 until failures pile up)."""
    count = len(_recent(_failures(workspace).get(username.strip(), [])))
    if count < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_SECONDS, 2.0 ** (count - FREE_ATTEMPTS + 1))


def authenticate(workspace: Workspace, username: str, password: str) -> Actor:
    """The Actor when the password matches an active account; one message for every failure."""
    name = username.strip()
    delay = delay_before_attempt(workspace, name)
    if delay:
        _sleep(delay)
    try:
        with workspace.sessions() as session:
            actor = prove(session, name, password)
    except PermissionDenied:
        failures = _failures(workspace)
        failures[name] = [*_recent(failures.get(name, [])), clock.now().isoformat()]
        _save_failures(workspace, failures)
        raise
    failures = _failures(workspace)
    if failures.pop(name, None) is not None:
        _save_failures(workspace, failures)
    return actor


def sign_in(workspace: Workspace, username: str, password: str) -> Actor:
    """Prove the account and make it the actor of everything this workspace handle does next."""
    actor = authenticate(workspace, username, password)
    workspace.actor = actor
    return actor


def sign_out(workspace: Workspace) -> None:
    workspace.actor = None


def require(workspace: Workspace, role: str | None = None) -> Actor:
    """The signed-in actor (re-read: disabled accounts and removed roles take effect at once) with ``role``."""
    actor = workspace.actor
    if not is_proven(actor):
        raise PermissionDenied(NOT_SIGNED_IN)
    with workspace.sessions() as session:
        current = refreshed(session, actor)
    if role is not None and not current.has_role(role):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "'{user}' needs the {role} role for this action."),
            user=current.username,
            role=role,
        )
    workspace.actor = current
    return current


def confirm_password(workspace: Workspace, password: str, role: str | None = None) -> Actor:
    """The signed-in account (holding ``role``) re-enters its password before an official act."""
    actor = require(workspace, role)
    authenticate(workspace, actor.username, password)
    return actor


def may(workspace: Workspace, role: str) -> bool:
    """Whether the signed-in account may act in ``role`` now (screens enable their actions by it)."""
    try:
        require(workspace, role)
    except PermissionDenied:
        return False
    return True


# -- the first administrator ---------------------------------------------------------------------


def needs_first_administrator(workspace: Workspace) -> bool:
    """No active administrator with a password exists (a new or pre-sign-in workspace)."""
    with workspace.sessions() as session:
        rows = session.scalars(select(User).where(User.active.is_(True)))
        return not any(ADMINISTRATOR in parse_roles(row.roles) and row.password_hash for row in rows)


def create_first_administrator(
    workspace: Workspace, username: str, password: str, display_name: str = ""
) -> Actor:
    """Create the administrator (holding all three roles) while the workspace has none, and sign in."""
    if not needs_first_administrator(workspace):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Errors", "This workspace already has an administrator; sign in as one to manage accounts."
            )
        )
    username = validate_username(username)
    validate_password(password)
    with workspace.transaction() as session:
        identity.add_account(session, username, ALL_ROLES, password, display_name, creator=username)
    return sign_in(workspace, username, password)


# -- account management (administrators) ---------------------------------------------------------


def create_user(
    workspace: Workspace,
    username: str,
    roles: tuple[str, ...] | list[str],
    password: str,
    display_name: str = "",
    own_password: str | None = None,
) -> UserInfo:
    """An administrator adds an account; it needs a password of at least 8 characters."""
    if own_password is None:  # the CLI: the administrator proved the password when signing in
        admin = require(workspace, ADMINISTRATOR)
    else:  # the GUI asks for it again, as for every account change
        admin = confirm_password(workspace, own_password, ADMINISTRATOR)
    username = validate_username(username)
    clean_roles = validate_roles(roles)
    validate_password(password)
    with workspace.transaction() as session:
        return _info(
            identity.add_account(
                session, username, clean_roles, password, display_name, creator=admin.username
            )
        )


def list_users(workspace: Workspace) -> list[UserInfo]:
    with workspace.sessions() as session:
        return [_info(row) for row in session.scalars(select(User).order_by(User.username))]


def get_user(workspace: Workspace, username: str) -> UserInfo:
    with workspace.sessions() as session:
        return _info(_row(session, username))


def reset_password(workspace: Workspace, username: str, new_password: str, own_password: str) -> None:
    """An administrator sets another account's password (re-entering their own)."""
    admin = confirm_password(workspace, own_password, ADMINISTRATOR)
    validate_password(new_password)
    with workspace.transaction() as session:
        _row(session, username).password_hash = hash_password(new_password)
        audit.record(session, user=admin.username, action="user.set_password", entity="user", key=username)


def change_own_password(workspace: Workspace, old_password: str, new_password: str) -> None:
    actor = confirm_password(workspace, old_password)
    validate_password(new_password)
    with workspace.transaction() as session:
        _row(session, actor.username).password_hash = hash_password(new_password)
        audit.record(
            session, user=actor.username, action="user.set_password", entity="user", key=actor.username
        )


def _keeps_an_administrator(session: Session, username: str, roles: tuple[str, ...], active: bool) -> bool:
    for row in session.scalars(select(User).where(User.active.is_(True), User.password_hash != "")):
        row_roles = roles if row.username == username else parse_roles(row.roles)
        if ADMINISTRATOR in row_roles and (active or row.username != username):
            return True
    return False


def _last_administrator() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "This would leave the workspace without an active administrator.")
    )


def set_active(workspace: Workspace, username: str, active: bool, own_password: str) -> UserInfo:
    """An administrator disables or enables an account (never the last administrator)."""
    admin = confirm_password(workspace, own_password, ADMINISTRATOR)
    with workspace.transaction() as session:
        row = _row(session, username)
        if not active and not _keeps_an_administrator(session, username, parse_roles(row.roles), False):
            raise _last_administrator()
        old, row.active = row.active, active
        audit.record(
            session,
            user=admin.username,
            action="user.set_active",
            entity="user",
            key=username,
            old={"active": old},
            new={"active": active},
        )
        return _info(row)


def set_roles(
    workspace: Workspace, username: str, roles: tuple[str, ...] | list[str], own_password: str
) -> UserInfo:
    admin = confirm_password(workspace, own_password, ADMINISTRATOR)
    clean_roles = validate_roles(roles)
    with workspace.transaction() as session:
        row = _row(session, username)
        if not _keeps_an_administrator(session, username, clean_roles, row.active):
            raise _last_administrator()
        old = list(parse_roles(row.roles))
        row.roles = ",".join(clean_roles)
        audit.record(
            session,
            user=admin.username,
            action="user.set_roles",
            entity="user",
            key=username,
            old=old,
            new=list(clean_roles),
        )
        return _info(row)
