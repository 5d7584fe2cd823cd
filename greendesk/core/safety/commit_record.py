"""The commit record: where the audit chain ended after the last committed action, kept beside the database.

SQLite keeps committed changes in the ``-wal`` file until a checkpoint copies them into the database.
A lost, rolled-back or damaged ``-wal`` (deleted by hand or by a sync tool, a copy made without it, one
flipped byte in a frame or in its salt) silently takes those commits with it: the database still opens
and passes its checks, it is just shorter. So after each commit ``greendesk.commit`` is rewritten
(temporary file, fsync, rename, folder fsync) with the workspace id and the chain's length and head,
and at start a database behind its record is damage, named with what is missing.

A database *ahead* of its record is fine (a crash after the commit, before the record): the record
is refreshed. A restore writes the content it is about to put in place into ``restoring`` before its
one rename, so a crash on either side of it reads as a sound database; the next start finishes it.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from greendesk.core import audit
from greendesk.core.base import clock
from greendesk.core.safety import anchors
from greendesk.core.storage import durable, failures
from greendesk.core.storage.layout import Layout

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Restoring:
    """The content a restore is putting in place (between its preparation and its finish)."""

    workspace_id: str
    count: int
    head: str
    backup: str  # the backup's id; "" when a set-aside database is taken back


@dataclass(frozen=True)
class Record:
    workspace_id: str
    count: int  # audit entries after the last committed action
    head: str  # hash of entry ``count`` (the genesis hash for 0)
    at: str  # ISO time the record was written: about when that action was committed
    restoring: Restoring | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "workspace_id": self.workspace_id,
            "count": self.count,
            "head": self.head,
            "at": self.at,
        }
        if self.restoring is not None:
            data["restoring"] = {
                "workspace_id": self.restoring.workspace_id,
                "count": self.restoring.count,
                "head": self.restoring.head,
                "backup": self.restoring.backup,
            }
        return data


@dataclass(frozen=True)
class Lag:
    """The database holds less than its record says was committed."""

    recorded: int  # entries the record vouches for
    present: int  # entries the database holds
    at: str  # when the last recorded change was committed
    rewritten: bool  # the database reaches the count, but with other entries (rolled back, then changed)

    @property
    def missing(self) -> int:
        return max(self.recorded - self.present, 0)


def of_state(state: anchors.FileState) -> Record:
    return Record(state.workspace_id, state.count, state.head, clock.now().isoformat())


# -- reading and writing ---------------------------------------------------------------------------
def _parse(raw: Any) -> Record | None:
    try:
        restoring = raw.get("restoring")
        record = Record(
            str(raw["workspace_id"]),
            int(raw["count"]),
            str(raw["head"]),
            str(raw["at"]),
            None
            if restoring is None
            else Restoring(
                str(restoring["workspace_id"]),
                int(restoring["count"]),
                str(restoring["head"]),
                str(restoring.get("backup", "")),
            ),
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return record if record.count >= 0 and len(record.head) == 64 else None


def read(data_dir: Path) -> Record | None:
    """The record, or None when there is none (an older workspace) or it cannot be read (rewritten)."""
    try:
        raw = json.loads(Layout(data_dir).commit_record.read_bytes())
    except (OSError, ValueError):
        return None
    return _parse(raw)


def write(data_dir: Path, record: Record, strict: bool = False) -> bool:
    """Replace the record durably. Not ``strict``: False when it cannot be written (logged; the action it
    follows still stands, and a database ahead of its record is fine). ``strict`` raises a StorageError."""
    target = Layout(data_dir).commit_record
    data = json.dumps(record.to_dict(), separators=(",", ":")).encode("utf-8")
    try:
        with failures.translated(target):
            durable.write_atomically(target, lambda handle: handle.write(data))
            durable.fsync_directory(target.parent)
    except failures.StorageError:
        if strict:
            raise
        _log.warning("cannot write the commit record %s", target, exc_info=True)
        return False
    return True


def after_commit(data_dir: Path, anchor: anchors.Pending | None) -> None:
    """After a committed action that recorded audit entries: the record follows the chain's new end."""
    if anchor is not None:
        write(data_dir, Record(anchor.workspace_id, anchor.count, anchor.head, clock.now().isoformat()))


# -- comparing -------------------------------------------------------------------------------------
def hash_at(db_path: Path, count: int) -> str | None:
    """The hash of audit entry number ``count`` of a database file (read-only), None when it has fewer."""
    if count == 0:
        return audit.GENESIS
    try:
        connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute(
                "SELECT hash FROM audit_entry ORDER BY id LIMIT 1 OFFSET ?", (count - 1,)
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _reaches(state: anchors.FileState, db_path: Path, count: int, head: str) -> bool:
    if state.count < count:
        return False
    return (state.head if state.count == count else hash_at(db_path, count)) == head


def restore_matches(record: Record, state: anchors.FileState) -> bool:
    """The database is the content the interrupted restore was putting in place."""
    restoring = record.restoring
    return restoring is not None and (restoring.workspace_id, restoring.count, restoring.head) == (
        state.workspace_id,
        state.count,
        state.head,
    )


def lag(record: Record | None, state: anchors.FileState, db_path: Path) -> Lag | None:
    """How far ``db_path`` (whose chain end is ``state``) is behind its record; None when it is not.

    A record of another workspace (a database copied in by hand) says nothing about this one.
    """
    if record is None or restore_matches(record, state):
        return None
    if record.workspace_id != state.workspace_id:
        return None
    if _reaches(state, db_path, record.count, record.head):
        return None
    return Lag(record.count, state.count, record.at, rewritten=state.count >= record.count)


def refresh(data_dir: Path, record: Record | None, state: anchors.FileState) -> None:
    """At start, for a sound database: create a missing record, follow a database that is ahead of it."""
    fresh = of_state(state)
    if record is None or (record.workspace_id, record.count, record.head) != (
        fresh.workspace_id,
        fresh.count,
        fresh.head,
    ):
        write(data_dir, fresh)


def preparing_restore(data_dir: Path, incoming: anchors.FileState, backup_id: str) -> None:
    """Before a restore's rename: either the current or the incoming content is then sound (raises)."""
    current = read(data_dir) or Record(incoming.workspace_id, 0, audit.GENESIS, clock.now().isoformat())
    restoring = Restoring(incoming.workspace_id, incoming.count, incoming.head, backup_id)
    write(data_dir, replace(current, restoring=restoring), strict=True)
