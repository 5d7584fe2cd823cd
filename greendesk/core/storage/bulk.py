"""Bulk inserts: thousands of plain rows in one statement, for imports and the audit chain."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Insert plain tuples (values in ``columns`` order) with one executemany; returns the count.

    For thousands of rows (an import's self-assessments) SQLAlchemy's per-row parameter
    handling costs more than SQLite's own work, so the statement is compiled once and the
    column types' bind processors (dates, booleans) are applied here, column by column.
    """
    session.flush()  # rows may refer to pending ORM objects (photos, the import batch)
    dialect = session.get_bind().dialect
    compiled = table.insert().compile(dialect=dialect, column_keys=list(columns))
    order = [list(columns).index(name) for name in compiled.positiontup or ()]
    processors = {
        index: processor
        for index, name in enumerate(columns)
        if (processor := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    }
    if order == list(range(len(columns))):
        prepared = [list(row) for row in rows]
    else:
        prepared = [[row[i] for i in order] for row in rows]
        processors = {order.index(i): processor for i, processor in processors.items()}
    for index, processor in processors.items():
        converted: dict[Any, Any] = {}  # an import stamps every row with the same moment
        for values in prepared:
            value = values[index]
            if value is not None:
                if value not in converted:
                    converted[value] = processor(value)
                values[index] = converted[value]
    if prepared:
        session.connection().exec_driver_sql(str(compiled), [tuple(values) for values in prepared])
    return len(prepared)
