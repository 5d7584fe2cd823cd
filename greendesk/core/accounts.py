"""Local accounts with roles (reviewer, approver, administrator) and scrypt password hashes.

Passwords are never stored: only ``scrypt$n=16384,r=8,p=1$<salt>$<key>`` (base64), a self-describing
string so the cost can be raised later while old hashes still verify. The audit log names the
account for every change but never records a hash.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select

from greendesk.core import audit
from greendesk.core.base import clock
from greendesk.core.base.errors import GreenDeskError, NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.review.vocabulary import ROLES
from greendesk.core.storage.models import User
from greendesk.core.workspace import Workspace

SCHEME = "scrypt"
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_PASSWORD_LENGTH = 8
USERNAME_MAX = 64


class PermissionDenied(GreenDeskError):
    """The account lacks the role an action needs, or its password did not match."""


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


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """A self-describing scrypt hash of ``password`` with a fresh random salt."""
    salt = salt if salt is not None else os.urandom(SALT_BYTES)
    key = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=KEY_BYTES
    )
    return f"{SCHEME}$n={SCRYPT_N},r={SCRYPT_R},p={SCRYPT_P}${_b64(salt)}${_b64(key)}"


def check_password(password: str, stored: str) -> bool:
    """True when ``password`` matches ``stored``; malformed or empty hashes never match."""
    try:
        scheme, params_text, salt_text, key_text = stored.split("$")
        if scheme != SCHEME:
            return False
        params = dict(part.split("=", 1) for part in params_text.split(","))
        n, r, p = int(params["n"]), int(params["r"]), int(params["p"])
        salt, expected = base64.b64decode(salt_text), base64.b64decode(key_text)
        if n > 2**20 or r > 32 or p > 16:  # refuse absurd costs from a hand-edited database
            return False
        actual = hashlib.scrypt(
            password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=len(expected), maxmem=2**30
        )
    except (ValueError, KeyError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return hash_password("\0", salt=b"\0" * SALT_BYTES)


def _roles(text: str) -> tuple[str, ...]:
    return tuple(role for role in (part.strip() for part in text.split(",")) if role)


def _info(row: User) -> UserInfo:
    return UserInfo(
        username=row.username,
        display_name=row.display_name,
        roles=_roles(row.roles),
        active=row.active,
        has_password=bool(row.password_hash),
    )


def _validate_roles(roles: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    clean = tuple(dict.fromkeys(role.strip() for role in roles if role.strip()))
    if not clean:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An account needs at least one role."))
    for role in clean:
        if role not in ROLES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown role '{role}' (use one of {choices})."),
                role=role,
                choices=", ".join(ROLES),
            )
    return clean


def _validate_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A password needs at least {count} characters."),
            count=MIN_PASSWORD_LENGTH,
        )


def _row(session, username: str) -> User:
    row = session.scalar(select(User).where(User.username == username))
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "No account named '{user}'."), user=username)
    return row


def create_user(
    workspace: Workspace,
    username: str,
    roles: tuple[str, ...] | list[str],
    password: str | None = None,
    display_name: str = "",
) -> UserInfo:
    """Add an account; the password is optional (set later) but must be long enough when given."""
    username = username.strip()
    if not username or len(username) > USERNAME_MAX or any(c.isspace() or c == "," for c in username):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{user}' is not a valid account name (no spaces or commas)."),
            user=username,
        )
    clean_roles = _validate_roles(roles)
    if password is not None:
        _validate_password(password)
    with workspace.transaction() as session:
        if session.scalar(select(User.id).where(User.username == username)) is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "An account named '{user}' already exists."), user=username
            )
        row = User(
            username=username,
            display_name=display_name.strip(),
            roles=",".join(clean_roles),
            password_hash=hash_password(password) if password is not None else "",
            active=True,
            created_at=clock.now(),
        )
        session.add(row)
        audit.record(
            session,
            user=workspace.user,
            action="user.create",
            entity="user",
            key=username,
            new={"roles": list(clean_roles), "display_name": row.display_name},
        )
        return _info(row)


def list_users(workspace: Workspace) -> list[UserInfo]:
    with workspace.sessions() as session:
        return [_info(row) for row in session.scalars(select(User).order_by(User.username))]


def get_user(workspace: Workspace, username: str) -> UserInfo:
    with workspace.sessions() as session:
        return _info(_row(session, username))


def set_password(workspace: Workspace, username: str, password: str) -> None:
    _validate_password(password)
    with workspace.transaction() as session:
        row = _row(session, username)
        row.password_hash = hash_password(password)
        audit.record(session, user=workspace.user, action="user.set_password", entity="user", key=username)


def set_roles(workspace: Workspace, username: str, roles: tuple[str, ...] | list[str]) -> UserInfo:
    clean_roles = _validate_roles(roles)
    with workspace.transaction() as session:
        row = _row(session, username)
        old = list(_roles(row.roles))
        row.roles = ",".join(clean_roles)
        audit.record(
            session,
            user=workspace.user,
            action="user.set_roles",
            entity="user",
            key=username,
            old=old,
            new=list(clean_roles),
        )
        return _info(row)


def verify(workspace: Workspace, username: str, password: str) -> UserInfo:
    """The account when the password matches; otherwise PermissionDenied (same message either way)."""
    with workspace.sessions() as session:
        row = session.scalar(select(User).where(User.username == username))
        stored = row.password_hash if row is not None else ""
    # Spend the same work for unknown names so timing does not reveal which accounts exist.
    matches = check_password(password, stored) if stored else not check_password(password, _dummy_hash())
    matches = matches and bool(stored)
    if row is None or not row.active or not matches:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Wrong account name or password."))
    return _info(row)


def require_role(workspace: Workspace, username: str, role: str) -> UserInfo:
    """The active account ``username`` if it holds ``role``; PermissionDenied otherwise."""
    with workspace.sessions() as session:
        row = session.scalar(select(User).where(User.username == username))
        info = _info(row) if row is not None else None
    if info is None or not info.has_role(role):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "'{user}' needs the {role} role for this action."),
            user=username,
            role=role,
        )
    return info
