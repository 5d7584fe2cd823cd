"""What an attacker with SQL access to the database file does (plain sqlite3, no GreenDesk code but the
published hash rule): cut the log short, edit an entry and recompute the chain, forge a sign-off."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

from greendesk.core import audit

_COLUMNS = "id, at, user, action, entity, entity_key, old_json, new_json"


def _digest(prev: str, row: tuple) -> str:
    _id, at, user, action, entity, key, old, new = row
    return audit.entry_hash(prev, datetime.fromisoformat(at).isoformat(), user, action, entity, key, old, new)


def delete_last(db_path: Path, count: int) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "DELETE FROM audit_entry WHERE id IN (SELECT id FROM audit_entry ORDER BY id DESC LIMIT ?)",
            (count,),
        )


def rechain(connection: sqlite3.Connection) -> None:
    """Recompute every hash so the chain verifies again."""
    prev = audit.GENESIS
    for row in connection.execute(f"SELECT {_COLUMNS} FROM audit_entry ORDER BY id").fetchall():
        digest = _digest(prev, row)
        connection.execute(
            "UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row[0])
        )
        prev = digest


def edit_and_rechain(db_path: Path, entry_id: int, new_json: str) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE audit_entry SET new_json = ? WHERE id = ?", (new_json, entry_id))
        rechain(connection)


def append_entry(
    connection: sqlite3.Connection, user: str, action: str, key: str, new: dict, old: object = None
) -> None:
    """One entry linked to the current head, exactly as GreenDesk would chain it."""
    prev = connection.execute("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()[0]
    at = datetime.now().replace(microsecond=0)
    old_json = json.dumps(old, ensure_ascii=False, sort_keys=True)
    new_json = json.dumps(new, ensure_ascii=False, sort_keys=True)
    digest = audit.entry_hash(prev, at.isoformat(), user, action, "recommendation", key, old_json, new_json)
    connection.execute(
        "INSERT INTO audit_entry (at, user, action, entity, entity_key, old_json, new_json, prev_hash, hash) "
        "VALUES (?, ?, ?, 'recommendation', ?, ?, ?, ?, ?)",
        (at.strftime("%Y-%m-%d %H:%M:%S.%f"), user, action, key, old_json, new_json, prev, digest),
    )


def forge_sign_off(db_path: Path, code: str, year: int, *, with_status_entry: bool = True) -> None:
    """status='signed_off', locked=1, signed_off_by='x', plus correctly chained audit rows."""
    with sqlite3.connect(db_path) as connection:
        (status,) = connection.execute(
            "SELECT r.status FROM recommendation r JOIN community c ON c.id = r.community_id "
            "WHERE c.code = ? AND r.year = ?",
            (code, year),
        ).fetchone()
        connection.execute(
            "UPDATE recommendation SET status = 'signed_off', locked = 1, signed_off_by = 'x' "
            "WHERE year = ? AND community_id = (SELECT id FROM community WHERE code = ?)",
            (year, code),
        )
        new = {"year": year, "round": 1, "at": "2022-09-01T09:00:00", "signed_off_by": "x"}
        append_entry(connection, "x", "review.sign_off", code, new)
        if with_status_entry:
            status_new = {"status": "signed_off", "year": year, "round": 1}
            append_entry(connection, "x", "review.status", code, status_new, old={"status": status})
