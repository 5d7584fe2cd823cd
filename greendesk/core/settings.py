"""Every setting stored in a workspace, declared once with its key, type and default.

Settings are rows of the ``setting`` table (key -> text). Code never spells a key: it reads
``DISTRICT_CODE.read(workspace)`` (or from a session inside a transaction) and writes with
``write(session, user, value)``, which is audited in the caller's transaction. A stored value that
no longer parses as the setting's type reads as its default, as a missing one does.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from greendesk.core import audit
from greendesk.core.standards.library import DEFAULT_STANDARD_ID
from greendesk.core.storage import models

T = TypeVar("T", str, int)


class SettingsSource(Protocol):
    """What a setting needs of a workspace (the Workspace class; no import, it uses this module)."""

    user: str
    sessions: sessionmaker[Session]

    def transaction(self) -> AbstractContextManager[Session]: ...


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One stored setting: ``key`` in the table, values of type ``kind``, ``default`` when unset."""

    key: str
    kind: Callable[[str], T]
    default: T

    def decode(self, stored: str | None) -> T:
        if stored is None:
            return self.default
        try:
            return self.kind(stored)
        except ValueError:
            return self.default

    def read(self, source: Session | SettingsSource) -> T:
        """The value, from an open session (inside a use case's transaction) or a workspace.

        Within one transaction a value is read from the table once (see :func:`_read_once`)."""
        if isinstance(source, Session):
            return self.decode(_read_once(source, self.key))
        with source.sessions() as session:
            return self.read(session)

    def write(self, session: Session, user: str, value: T) -> None:
        """Set the value inside the caller's transaction, audited (old -> new)."""
        text = str(self.kind(str(value)))  # refuse what would not read back as the same type
        row = session.get(models.Setting, self.key)
        old = row.value if row else None
        if row is None:
            session.add(models.Setting(key=self.key, value=text))
        else:
            row.value = text
        _known(session).pop(self.key, None)  # the next read in this transaction sees the new value
        audit.record(
            session, user=user, action="setting.set", entity="setting", key=self.key, old=old, new=text
        )

    def save(self, workspace: SettingsSource, value: T) -> None:
        """Set the value as one user action of its own (its own transaction)."""
        with workspace.transaction() as session:
            self.write(session, workspace.user, value)

    def initial_row(self, value: T) -> models.Setting:
        """The row a new workspace starts with (its creation is audited as one entry)."""
        return models.Setting(key=self.key, value=str(value))


_CACHE_KEY = "greendesk.settings"


def _known(session: Session) -> dict[str, str | None]:
    """The values read in the session's open transaction (empty outside one or in a new one)."""
    transaction = session.get_transaction()
    cached = session.info.get(_CACHE_KEY)
    if transaction is None:
        return {}
    if cached is None or cached[0] is not transaction:
        cached = (transaction, {})
        session.info[_CACHE_KEY] = cached
    return cached[1]


def _read_once(session: Session, key: str) -> str | None:
    """The stored text of ``key``, queried once per transaction: a transaction (BEGIN, SQLite WAL) sees
    one snapshot, so only its own writes could change the answer, and ``write`` forgets the key. A
    review view reads the same two settings for every community; this spares a query each time."""
    known = _known(session)
    if key not in known:
        stored = session.scalar(select(models.Setting.value).where(models.Setting.key == key))
        _known(session)[key] = stored  # the query began the transaction when none was open
        return stored
    return known[key]


# -- the workspace's settings -------------------------------------------------------------------
DISTRICT_CODE = Setting("district_code", str, "")
DISTRICT_NAME = Setting("district_name", str, "")
DEFAULT_STANDARD = Setting("default_standard", str, DEFAULT_STANDARD_ID)
# What the workspace is for: "district" (streets' workbooks, review) or "city" (the districts' packages).
WORKSPACE_LEVEL = Setting("workspace.level", str, "district")
# A random id given at creation (or by the upgrade that introduced it): names the workspace's anchor
# file outside its folder, so two workspaces never share one; ``workspace.create`` records it too.
WORKSPACE_ID = Setting("workspace_id", str, "")
# The creation period photos may be dated in: the recommendation's year +/- this many years.
PHOTO_PERIOD_MARGIN_YEARS = Setting("review.photo_period_margin_years", int, 1)
# Header -> field choices of earlier imports (JSON text), so the next street package maps by itself.
INTAKE_COLUMN_MAPPING = Setting("intake.column_mapping", str, "{}")
# The campaign year every year choice opens on (0: not configured; core/campaign.py says what then).
CAMPAIGN_YEAR = Setting("campaign.year", int, 0)
# Minutes without input before the window locks (0 turns the lock off).
IDLE_LOCK_MINUTES = Setting("ui.idle_lock_minutes", int, 15)
# The office that issues documents (GB/T 9704-2012): 发文机关 full name, contact, the 发文字号 prefix.
# Empty means "derived from the district" (core/reports/office.py says how).
OFFICE_NAME = Setting("office.name", str, "")
OFFICE_CONTACT = Setting("office.contact", str, "")
OFFICE_PHONE = Setting("office.phone", str, "")
OFFICE_SIGNER = Setting("office.signer", str, "")  # 签发人 of the reports sent up (上行文)
DOCUMENT_NUMBER_PREFIX = Setting("office.document_number_prefix", str, "")
# Document numbers issued, per year: JSON {"2022": {"next": 13, "issued": {"notice:...": {"number": 12,
# "prefix": "朝住建发"}}}}. A number once printed is never given to another document.
DOCUMENT_NUMBERS = Setting("office.document_numbers", str, "{}")
