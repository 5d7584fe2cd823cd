"""Append-only, hash-chained audit log: every change records who, when, what, old -> new.

Each entry's hash covers its content and the previous entry's hash, so editing or deleting any
entry breaks the chain from there on; the head hash goes into exports and printed reports.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from greendesk.core.base import clock
from greendesk.core.storage import bulk
from greendesk.core.storage.models import AuditEntry

GENESIS = "0" * 64
_HEAD_KEY = "greendesk.audit_head"


def _to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def entry_hash(
    prev_hash: str, at: str, user: str, action: str, entity: str, key: str, old: str, new: str
) -> str:
    payload = "\x1f".join((prev_hash, at, user, action, entity, key, old, new))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def head(session: Session) -> str:
    last = session.scalars(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    return last or GENESIS


def _chain_end(session: Session) -> tuple[object, str]:
    """The transaction and the hash the next entry links to (pending changes flushed first).

    Within one transaction the head is remembered (bulk actions record hundreds of entries).
    """
    session.flush()
    transaction = session.get_transaction()
    cached = session.info.get(_HEAD_KEY)
    return transaction, cached[1] if cached and cached[0] is transaction else head(session)


_COLUMNS = ("at", "user", "action", "entity", "entity_key", "old_json", "new_json", "prev_hash", "hash")


def record(
    session: Session, *, user: str, action: str, entity: str, key: str, old: Any = None, new: Any = None
) -> AuditEntry:
    """Add one entry in the caller's transaction (so the change and its record commit together)."""
    transaction, prev = _chain_end(session)
    at = clock.now()
    old_json, new_json = _to_json(old), _to_json(new)
    digest = entry_hash(prev, at.isoformat(), user, action, entity, key, old_json, new_json)
    entry = AuditEntry(
        at=at,
        user=user,
        action=action,
        entity=entity,
        entity_key=key,
        old_json=old_json,
        new_json=new_json,
        prev_hash=prev,
        hash=digest,
    )
    session.add(entry)
    session.flush()
    session.info[_HEAD_KEY] = (transaction, digest)
    return entry


@dataclass(frozen=True)
class Change:
    """One entry for :func:`record_many`."""

    action: str
    entity: str
    key: str
    old: Any = None
    new: Any = None


def record_many(session: Session, *, user: str, changes: list[Change]) -> str:
    """Chain many entries in one statement (an import of 600 communities); returns the new head.

    The entries are exactly what as many :func:`record` calls would write, without an ORM
    object and a flush per entry.
    """
    if not changes:
        return head(session)
    transaction, prev = _chain_end(session)
    at = clock.now()
    at_text = at.isoformat()
    rows = []
    for change in changes:
        old_json, new_json = _to_json(change.old), _to_json(change.new)
        digest = entry_hash(prev, at_text, user, change.action, change.entity, change.key, old_json, new_json)
        rows.append((at, user, change.action, change.entity, change.key, old_json, new_json, prev, digest))
        prev = digest
    bulk.insert_rows(session, AuditEntry.__table__, _COLUMNS, rows)
    session.info[_HEAD_KEY] = (transaction, prev)
    return prev


@dataclass(frozen=True)
class ChainProblem:
    entry_id: int
    reason: str


def verify_chain(session: Session) -> list[ChainProblem]:
    """Every entry whose hash or link does not match; empty when the log is intact."""
    problems: list[ChainProblem] = []
    prev = GENESIS
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        if entry.prev_hash != prev:
            problems.append(ChainProblem(entry.id, "link"))
        expected = entry_hash(
            entry.prev_hash,
            entry.at.isoformat(),
            entry.user,
            entry.action,
            entry.entity,
            entry.entity_key,
            entry.old_json,
            entry.new_json,
        )
        if expected != entry.hash:
            problems.append(ChainProblem(entry.id, "content"))
        prev = entry.hash
    return problems


def history(session: Session, key: str) -> list[AuditEntry]:
    return list(
        session.scalars(select(AuditEntry).where(AuditEntry.entity_key == key).order_by(AuditEntry.id))
    )


def entry_count(session: Session) -> int:
    """How many entries the log holds (recorded beside the head in exports)."""
    return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def position_of(session: Session, entry_hash: str) -> int | None:
    """How many entries an intact chain holds up to and including the one with ``entry_hash``.

    0 for the genesis hash; None when no entry has that hash or the chain before it is broken, so a
    head recorded outside the database (in a package) proves the log still holds that exact prefix.
    """
    if entry_hash == GENESIS:
        return 0
    broken = {problem.entry_id for problem in verify_chain(session)}
    rows = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id))
    for position, (entry_id, digest) in enumerate(rows, start=1):
        if entry_id in broken:
            return None
        if digest == entry_hash:
            return position
    return None
