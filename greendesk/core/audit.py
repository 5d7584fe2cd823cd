"""Append-only, hash-chained audit log: every change records who, when, what, old -> new.

Each entry's hash covers its content and the previous entry's hash, so editing or deleting any
entry breaks the chain from there on; the head hash goes into exports and printed reports.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

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


def _chain_end(session: Session) -> tuple[object, str, int]:
    """The transaction, the hash the next entry links to and how many entries precede it.

    Within one transaction head and count are remembered (bulk actions record hundreds of
    entries), together with the count the transaction started from, so the anchor appended after
    the commit (safety.anchors) can say which entries this action wrote.
    """
    session.flush()
    transaction = session.get_transaction()
    cached = session.info.get(_HEAD_KEY)
    if cached and cached[0] is transaction:
        return transaction, cached[1], cached[2]
    count, last = entry_count(session), head(session)
    session.info[_HEAD_KEY] = (transaction, last, count, count)
    return transaction, last, count


def _remember(session: Session, transaction: object, digest: str, count: int) -> None:
    start = session.info[_HEAD_KEY][3]
    session.info[_HEAD_KEY] = (transaction, digest, count, start)


def recorded(session: Session) -> tuple[int, int, str] | None:
    """(entries before, entries after, head) of what the open transaction recorded; None if nothing."""
    cached = session.info.get(_HEAD_KEY)
    if not cached or cached[0] is not session.get_transaction():
        return None
    return cached[3], cached[2], cached[1]


_COLUMNS = ("at", "user", "action", "entity", "entity_key", "old_json", "new_json", "prev_hash", "hash")


def record(
    session: Session, *, user: str, action: str, entity: str, key: str, old: Any = None, new: Any = None
) -> AuditEntry:
    """Add one entry in the caller's transaction (so the change and its record commit together)."""
    transaction, prev, count = _chain_end(session)
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
    _remember(session, transaction, digest, count + 1)
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
    transaction, prev, count = _chain_end(session)
    at = clock.now()
    at_text = at.isoformat()
    rows = []
    for change in changes:
        old_json, new_json = _to_json(change.old), _to_json(change.new)
        digest = entry_hash(prev, at_text, user, change.action, change.entity, change.key, old_json, new_json)
        rows.append((at, user, change.action, change.entity, change.key, old_json, new_json, prev, digest))
        prev = digest
    bulk.insert_rows(session, AuditEntry.__table__, _COLUMNS, rows)
    _remember(session, transaction, prev, count + len(rows))
    return prev


@dataclass(frozen=True)
class ChainProblem:
    entry_id: int
    reason: str


class Row(NamedTuple):
    """One entry as a plain tuple: the full check reads every entry, ORM objects would cost more."""

    id: int
    at: datetime
    user: str
    action: str
    entity: str
    entity_key: str
    old_json: str
    new_json: str
    prev_hash: str
    hash: str


def rows(session: Session) -> list[Row]:
    """Every entry in log order, in one query."""
    statement = select(
        AuditEntry.id,
        AuditEntry.at,
        AuditEntry.user,
        AuditEntry.action,
        AuditEntry.entity,
        AuditEntry.entity_key,
        AuditEntry.old_json,
        AuditEntry.new_json,
        AuditEntry.prev_hash,
        AuditEntry.hash,
    ).order_by(AuditEntry.id)
    return [Row(*row) for row in session.execute(statement)]


def chain_problems(entries: Iterable[Row]) -> list[ChainProblem]:
    """Every entry whose hash or link does not match; empty when the log is intact."""
    problems: list[ChainProblem] = []
    prev = GENESIS
    for entry in entries:
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


def verify_chain(session: Session) -> list[ChainProblem]:
    return chain_problems(rows(session))


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
    entries = rows(session)
    broken = {problem.entry_id for problem in chain_problems(entries)}
    for position, entry in enumerate(entries, start=1):
        if entry.id in broken:
            return None
        if entry.hash == entry_hash:
            return position
    return None
