"""Finding text in the database that cannot be read: bytes that are not UTF-8, or a blob in a text column.

SQLite stores whatever bytes a statement gives it (``CAST(x'ff' AS TEXT)``, a blob written with
SQL); Python's driver refuses them when the row is read, naming only the column. The full check
lists every such value by table, row and column, and a failing read names the first one, so the
user learns where the damage is instead of seeing a traceback.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

NOT_UTF8 = "not_utf8"
BLOB_IN_TEXT = "blob"
_CHUNK = 5000  # rows whose values are concatenated (by SQLite) and decoded at once


@dataclass(frozen=True)
class DamagedText:
    table: str
    row: str  # the row's key, e.g. "id 12" or "key district_code"
    column: str
    kind: str  # NOT_UTF8 or BLOB_IN_TEXT

    def to_dict(self) -> dict[str, str]:
        return {"table": self.table, "row": self.row, "column": self.column, "kind": self.kind}


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _text_affinity(declared: str) -> bool:
    """SQLite's rule: a declared type containing CHAR, CLOB or TEXT has text affinity."""
    upper = declared.upper()
    return any(part in upper for part in ("CHAR", "CLOB", "TEXT"))


def _row_key(connection: sqlite3.Connection, table: str) -> tuple[str, list[str]]:
    """How to name a row: its primary key columns, or the rowid when it has none (a ``rowid`` label)."""
    info = connection.execute(f"PRAGMA table_info({_quoted(table)})").fetchall()
    keys = [row[1] for row in sorted(info, key=lambda row: row[5]) if row[5] > 0]
    return (" ".join(keys) or "rowid"), ([_quoted(name) for name in keys] or ["rowid"])


def _readable(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _looks_clean(connection: sqlite3.Connection, table: str) -> bool:
    """The fast pass: no blob in a text column, and every value's bytes decode, many rows at a time
    (joined with a NUL, which keeps an incomplete sequence at one value's end from pairing with the next).
    """
    connection.text_factory = str
    columns = connection.execute(f"PRAGMA table_info({_quoted(table)})").fetchall()
    text_columns = [_quoted(row[1]) for row in columns if _text_affinity(row[2] or "")]
    if text_columns:
        condition = " OR ".join(f"typeof({name}) = 'blob'" for name in text_columns)
        if connection.execute(f"SELECT 1 FROM {_quoted(table)} WHERE {condition} LIMIT 1").fetchone():
            return False
    connection.text_factory = bytes
    names = [_quoted(row[1]) for row in columns]
    joined = ", ".join(  # only text values, concatenated in SQLite
        f"group_concat(CASE WHEN typeof({name}) = 'text' THEN {name} END, char(0))" for name in names
    )
    try:
        low, high = connection.execute(f"SELECT min(rowid), max(rowid) FROM {_quoted(table)}").fetchone()
    except sqlite3.OperationalError:  # a table without rowid: row by row
        low = high = None
    if low is None or high is None:
        return _rows_decode(connection, table)
    for start in range(int(low), int(high) + 1, _CHUNK):
        query = f"SELECT {joined} FROM {_quoted(table)} WHERE rowid >= ? AND rowid < ?"
        values = connection.execute(query, (start, start + _CHUNK)).fetchone()
        try:
            for value in values:
                if isinstance(value, bytes):
                    value.decode("utf-8")
        except UnicodeDecodeError:
            return False
    return True


def _rows_decode(connection: sqlite3.Connection, table: str) -> bool:
    cursor = connection.execute(f"SELECT * FROM {_quoted(table)}")
    while batch := cursor.fetchmany(2000):
        values = [value for row in batch for value in row if isinstance(value, bytes)]
        try:
            b"\x00".join(values).decode("utf-8")
        except UnicodeDecodeError:
            return False
    return True


def _table_damage(connection: sqlite3.Connection, table: str) -> Iterator[DamagedText]:
    if _looks_clean(connection, table):
        return
    connection.text_factory = str  # names and types are the schema's own text
    columns = [
        (row[1], _text_affinity(row[2] or ""))
        for row in connection.execute(f"PRAGMA table_info({_quoted(table)})").fetchall()
    ]
    if not columns:
        return
    label, key_columns = _row_key(connection, table)
    selected = ", ".join(f"{_quoted(name)}, typeof({_quoted(name)})" for name, _ in columns)
    query = f"SELECT {', '.join(key_columns)}, {selected} FROM {_quoted(table)}"
    width = len(key_columns)
    connection.text_factory = bytes  # the raw bytes, so a bad value is seen instead of raising
    for row in connection.execute(query):
        for index, (name, text_column) in enumerate(columns):
            value, kind = row[width + 2 * index], row[width + 2 * index + 1]
            found = ""
            if kind == b"text":
                try:
                    value.decode("utf-8")
                except UnicodeDecodeError:
                    found = NOT_UTF8
            elif kind == b"blob" and text_column:
                found = BLOB_IN_TEXT
            if found:
                key = ", ".join(_readable(part) for part in row[:width])
                yield DamagedText(table, f"{label} {key}", name, found)


def damaged_text(
    db_path: Path,
    limit: int | None = None,
    cancelled: Callable[[], bool] | None = None,
    skip: frozenset[str] = frozenset(),
) -> list[DamagedText]:
    """Every undecodable text value (at most ``limit``), read-only; raises sqlite3.Error when unreadable.

    ``skip``: tables the caller has just read whole with the strict decoder (nothing to find there).
    """
    connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    found: list[DamagedText] = []
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for table in tables:
            if table in skip:
                continue
            if cancelled and cancelled():
                break
            for damage in _table_damage(connection, table):
                found.append(damage)
                if limit is not None and len(found) >= limit:
                    return found
    finally:
        connection.close()
    return found
