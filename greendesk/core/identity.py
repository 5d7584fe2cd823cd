"""Proof of identity: password hashes, and the signed-in ``Actor`` that only a matching password yields.

Every write in the core is done by an Actor, and an Actor exists only where :func:`prove` checked a
password against the stored scrypt hash: code cannot make one up from a name (``is_proven``), so
no command can act for an account that did not prove itself. Passwords are never stored, only
``scrypt$n=16384,r=8,p=1$<salt>$<key>`` (base64), a self-describing string so the cost can be raised
later while old hashes still verify. scrypt (RFC 7914) comes from pycryptodomex, not hashlib: hashlib.scrypt
exists only with OpenSSL, which the Windows bundle leaves out; the same parameters give the same key.
"""

from __future__ import annotations

import base64
import hmac
import os
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import audit
from greendesk.core.base import clock
from greendesk.core.base.errors import GreenDeskError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.review.vocabulary import ROLES
from greendesk.core.storage.models import User

SCHEME = "scrypt"
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
SCRYPT_MAX_MEMORY = 2**30  # a hand-edited cost beyond this is refused, not attempted (hashlib's maxmem)
MIN_PASSWORD_LENGTH = 8
USERNAME_MAX = 64
WRONG_CREDENTIALS = QT_TRANSLATE_NOOP("Errors", "Wrong account name or password.")

_PROOF = object()  # only this module hands it out, inside Actors it made after a password matched


class PermissionDenied(GreenDeskError):
    """Nobody proved who they are, the password did not match, or the account lacks the role."""


@dataclass(frozen=True)
class Actor:
    """An account that proved its password in this session: the one name every change records."""

    username: str
    display_name: str
    roles: tuple[str, ...]
    _proof: object = field(default=None, repr=False, compare=False)

    def has_role(self, role: str) -> bool:
        return role in self.roles

    @property
    def label(self) -> str:
        """How documents name the person: display name with the account, or the account alone."""
        return f"{self.display_name}（{self.username}）" if self.display_name else self.username


def is_proven(actor: object) -> bool:
    return isinstance(actor, Actor) and actor._proof is _PROOF


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    """The scrypt key of the UTF-8 password; ValueError for parameters scrypt refuses (n not a power of 2)."""
    # Imported at the first password check, not at start: pycryptodomex's KDF module loads a dozen native
    # libraries (about 0.5 s on a busy machine), and the sign-in window must appear before anyone types.
    from Cryptodome.Protocol.KDF import scrypt

    return scrypt(password.encode("utf-8"), salt, length, n, r, p)  # type: ignore[return-value]


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """A self-describing scrypt hash of ``password`` with a fresh random salt."""
    salt = salt if salt is not None else os.urandom(SALT_BYTES)
    key = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_BYTES)
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
        if not expected or n < 2 or r < 1 or p < 1 or 128 * r * (n + p) > SCRYPT_MAX_MEMORY:
            return False
        actual = _scrypt(password, salt, n, r, p, len(expected))
    except (ValueError, KeyError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return hash_password("\0", salt=b"\0" * SALT_BYTES)


def parse_roles(text: str) -> tuple[str, ...]:
    return tuple(role for role in (part.strip() for part in text.split(",")) if role)


def validate_roles(roles: tuple[str, ...] | list[str]) -> tuple[str, ...]:
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


def validate_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A password needs at least {count} characters."),
            count=MIN_PASSWORD_LENGTH,
        )


def validate_username(username: str) -> str:
    username = username.strip()
    if not username or len(username) > USERNAME_MAX or any(c.isspace() or c == "," for c in username):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{user}' is not a valid account name (no spaces or commas)."),
            user=username,
        )
    return username


def prove(session: Session, username: str, password: str) -> Actor:
    """The Actor for ``username`` when ``password`` matches and the account is active.

    Unknown names cost the same scrypt work and get the same message, so neither timing nor
    wording tells which accounts exist.
    """
    row = session.scalar(select(User).where(User.username == username.strip()))
    stored = row.password_hash if row is not None else ""
    matches = check_password(password, stored) if stored else not check_password(password, _dummy_hash())
    if row is None or not row.active or not stored or not matches:
        raise PermissionDenied(WRONG_CREDENTIALS)
    return Actor(row.username, row.display_name, parse_roles(row.roles), _PROOF)


def refreshed(session: Session, actor: Actor) -> Actor:
    """The proven actor with its current roles (an administrator may have changed or disabled it)."""
    row = session.scalar(select(User).where(User.username == actor.username))
    if row is None or not row.active:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "The account '{user}' is disabled; sign in with another account."),
            user=actor.username,
        )
    return Actor(row.username, row.display_name, parse_roles(row.roles), _PROOF)


def add_account(
    session: Session,
    username: str,
    roles: tuple[str, ...],
    password: str,
    display_name: str,
    *,
    creator: str,
) -> User:
    """The account row and its audit entry, in the caller's transaction (workspace creation uses it too)."""
    existing = session.scalar(select(User).where(User.username == username))
    if existing is not None and existing.password_hash:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An account named '{user}' already exists."), user=username
        )
    row = existing or User(username=username, created_at=clock.now())
    row.display_name = display_name.strip()
    row.roles = ",".join(roles)
    row.password_hash = hash_password(password)
    row.active = True
    session.add(row)
    audit.record(
        session,
        user=creator,
        action="user.create",
        entity="user",
        key=username,
        new={"roles": list(roles), "display_name": row.display_name},
    )
    return row
