"""Anchors of the audit chain kept outside the workspace folder, so truncating or rewriting the log is seen.

The audit log is hash-chained, but someone holding the database file can delete its last entries,
or edit one and recompute every hash after it, or append entries of their own. Each committed
action therefore also appends ``(entries before, entries after, chain head)`` to a small
append-only file in the user's profile, outside the workspace folder; backups and exported packages
add the pair they recorded. ``check`` compares the database's chain with every anchor:

- an anchor whose count the log no longer reaches: entries were removed (truncated);
- an anchor whose head differs from the log's entry at that count: history was rewritten;
- entries no commit anchor vouches for: they were written past GreenDesk (or on another computer).

A restore starts a new line of history: only anchors from the last ``restore`` line on count.
An anchor that cannot be written never fails the user's action (the next one covers it again).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from greendesk.core import audit, settings
from greendesk.core.base import clock
from greendesk.core.base.paths import APP_AUTHOR, APP_NAME
from greendesk.core.storage import durable

ANCHOR_DIR_ENV = "GREENDESK_ANCHOR_DIR"
SUFFIX = ".anchors"
MAX_LINE_BYTES = 512

COMMIT = "commit"  # a committed action: vouches for the entries it wrote
BASELINE = "baseline"  # the upgrade that gave an existing workspace its id: vouches for what was there
RESTORE = "restore"  # a backup was restored: history starts again from its content
BACKUP = "backup"
PACKAGE = "package"
# Written just before a commit: should the process die between the commit and its ``commit`` line, the
# intent still vouches for the entries, but only where the log holds exactly that head at that count
# (an intent whose commit never happened matches nothing and is ignored).
INTENT = "intent"
COVERING = frozenset({COMMIT, BASELINE, RESTORE, INTENT})

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Anchor:
    count: int  # entries in the log at that moment
    head: str  # hash of entry ``count`` (the genesis hash for 0)
    at: str  # ISO time the anchor was written
    source: str
    start: int | None = None  # covering sources: entries start+1 .. count were written by GreenDesk

    @property
    def moment(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.at)
        except ValueError:
            return None


@dataclass(frozen=True)
class AnchorProblem:
    """One way the log disagrees with its anchors (the earliest or largest, not one per anchor)."""

    kind: str  # "truncated", "rewritten" or "unanchored"
    first: int  # truncated: entries now; rewritten: first entry that may differ; unanchored: first entry
    last: int  # truncated: entries the log had; rewritten: the anchored entry that differs; unanchored: last
    at: str  # when the contradicted anchor was written ("" for unanchored)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "first": self.first, "last": self.last, "at": self.at}


@dataclass(frozen=True)
class Pending:
    """What to append after a commit: computed inside the transaction, written once it committed."""

    workspace_id: str
    start: int
    count: int
    head: str


@dataclass(frozen=True)
class FileState:
    """A database file's id and chain end, read with plain sqlite3 (backups, restores)."""

    workspace_id: str
    count: int
    head: str


# -- where anchors live ---------------------------------------------------------------------------
def anchors_dir() -> Path:
    """Beside the default workspace folder, never inside it (a copied workspace carries no anchors)."""
    configured = os.environ.get(ANCHOR_DIR_ENV)
    if configured:
        return Path(configured)
    data = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))
    return data.parent / f"{data.name}-anchors"


def anchor_file(workspace_id: str) -> Path:
    safe = "".join(c for c in workspace_id if c.isalnum() or c == "-")[:64] or "unknown"
    return anchors_dir() / f"{safe}{SUFFIX}"


# -- writing ----------------------------------------------------------------------------------------
def append(workspace_id: str, count: int, head: str, source: str, start: int | None = None) -> bool:
    """Append one anchor durably; False when it cannot be written (the action it follows still stands)."""
    if not workspace_id:
        return False
    record: dict[str, Any] = {"count": count, "head": head, "at": clock.now().isoformat(), "source": source}
    if start is not None:
        record["from"] = start
    line = json.dumps(record, separators=(",", ":"))
    try:
        path = anchor_file(workspace_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")
            handle.flush()
            if not durable.is_scratch(path):  # a workspace being built: synced once when published
                os.fsync(handle.fileno())
    except OSError as error:
        _log.warning("cannot append an audit anchor of workspace %s: %s", workspace_id, error)
        return False
    return True


def pending(session: Session) -> Pending | None:
    """Inside a transaction about to commit: the anchor its audit entries call for (None: no entries)."""
    recorded = audit.recorded(session)
    if recorded is None:
        return None
    try:
        workspace_id = settings.WORKSPACE_ID.read(session)
    except SQLAlchemyError:  # never fail the user's action over an anchor
        return None
    start, count, head = recorded
    return Pending(workspace_id, start, count, head) if workspace_id else None


def append_intent(anchor: Pending | None) -> None:
    """Before the commit: note what it is about to write (see INTENT)."""
    if anchor is not None:
        append(anchor.workspace_id, anchor.count, anchor.head, INTENT, anchor.start)


def append_pending(anchor: Pending | None) -> None:
    """After the commit: write what :func:`pending` computed."""
    if anchor is not None:
        append(anchor.workspace_id, anchor.count, anchor.head, COMMIT, anchor.start)


# -- reading ----------------------------------------------------------------------------------------
def _anchor(data: Any) -> Anchor | None:
    try:
        start = data.get("from")
        anchor = Anchor(
            int(data["count"]),
            str(data["head"]),
            str(data["at"]),
            str(data["source"]),
            None if start is None else int(start),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if anchor.count < 0 or len(anchor.head) != 64 or (anchor.start is not None and anchor.start < 0):
        return None
    return anchor


def _parse(line: bytes) -> Any:
    if len(line) > MAX_LINE_BYTES:
        return None
    try:
        return json.loads(line)
    except ValueError:
        return None


def read(workspace_id: str) -> list[Anchor] | None:
    """Every readable anchor, oldest first; None when this computer has no anchor file for the workspace.

    A torn or foreign line is skipped (the whole file is parsed at once when every line is sound).
    """
    try:
        raw = anchor_file(workspace_id).read_bytes()
    except OSError:
        return None
    lines = [line for line in raw.splitlines() if line.strip()]
    try:
        if any(len(line) > MAX_LINE_BYTES for line in lines):
            raise ValueError("an overlong line")
        records: list[Any] = json.loads(b"[" + b",".join(lines) + b"]")
    except ValueError:
        records = [_parse(line) for line in lines]
    return [anchor for anchor in map(_anchor, records) if anchor is not None]


def since_last_restore(anchors: Sequence[Anchor]) -> list[Anchor]:
    """The anchors of the current line of history (a restore went back on purpose)."""
    starts = [index for index, anchor in enumerate(anchors) if anchor.source == RESTORE]
    return list(anchors[starts[-1] :]) if starts else list(anchors)


def file_state(db_path: Path) -> FileState | None:
    """The id and chain end of a database file, or None when it cannot tell (old schema, damaged)."""
    try:
        connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute(
                "SELECT value FROM setting WHERE key = ?", (settings.WORKSPACE_ID.key,)
            ).fetchone()
            count = connection.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
            last = connection.execute("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return FileState(row[0] if row else "", int(count), last[0] if last else audit.GENESIS)


def file_hashes(db_path: Path) -> list[str] | None:
    """The chain of a database file (a backup offered as the way back), or None when unreadable."""
    try:
        connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return [row[0] for row in connection.execute("SELECT hash FROM audit_entry ORDER BY id")]
        finally:
            connection.close()
    except sqlite3.Error:
        return None


# -- comparing --------------------------------------------------------------------------------------
def _uncovered(anchors: Sequence[Anchor], length: int) -> tuple[int, int] | None:
    """The first run of entries (1-based, inclusive) no covering anchor vouches for."""
    ranges = sorted(
        (anchor.start, min(anchor.count, length))
        for anchor in anchors
        if anchor.source in COVERING and anchor.start is not None and anchor.start < anchor.count
    )
    covered = 0
    for start, end in ranges:
        if start > covered:
            return covered + 1, min(start, length)
        covered = max(covered, end)
        if covered >= length:
            return None
    return (covered + 1, length) if covered < length else None


def _holds(hashes: Sequence[str], anchor: Anchor) -> bool:
    """The log has exactly the anchor's head at the anchor's count (an intent that was committed)."""
    if anchor.count > len(hashes):
        return False
    return (hashes[anchor.count - 1] if anchor.count else audit.GENESIS) == anchor.head


def compare(anchors: Sequence[Anchor], hashes: Sequence[str]) -> list[AnchorProblem]:
    """Problems of the chain ``hashes`` (entry hashes in log order) against ``anchors``."""
    problems: list[AnchorProblem] = []
    anchors = [anchor for anchor in anchors if anchor.source != INTENT or _holds(hashes, anchor)]
    beyond = [anchor for anchor in anchors if anchor.count > len(hashes)]
    if beyond:
        longest = max(beyond, key=lambda anchor: anchor.count)
        problems.append(AnchorProblem("truncated", len(hashes), longest.count, longest.at))
    within = sorted((a for a in anchors if a.count <= len(hashes)), key=lambda a: a.count)
    good = 0
    for anchor in within:
        actual = hashes[anchor.count - 1] if anchor.count else audit.GENESIS
        if actual == anchor.head:
            good = anchor.count
        else:
            problems.append(AnchorProblem("rewritten", good + 1, anchor.count, anchor.at))
            break
    if any(anchor.source in COVERING for anchor in anchors):
        gap = _uncovered(anchors, len(hashes))
        if gap is not None:
            problems.append(AnchorProblem("unanchored", gap[0], gap[1], ""))
    return problems
