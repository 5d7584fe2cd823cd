"""Bulk writes (imports) must store exactly what the ORM would: same text for dates, same audit chain."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, text

from greendesk.core import audit
from greendesk.core.base import clock
from greendesk.core.settings import Setting
from greendesk.core.storage import bulk
from greendesk.core.storage.models import AuditEntry
from greendesk.core.storage.models import Setting as SettingRow
from greendesk.core.workspace import Workspace


def test_bulk_audit_entries_match_single_ones_and_keep_the_chain(workspace: Workspace) -> None:
    clock.freeze(datetime(2022, 5, 6, 7, 8, 9))
    try:
        with workspace.transaction() as session:
            audit.record(session, user="a", action="x.one", entity="thing", key="k1", new={"n": 1})
            head = audit.record_many(
                session,
                user="a",
                changes=[audit.Change("x.many", "thing", f"k{i}", old=None, new={"n": i}) for i in (2, 3)],
            )
            audit.record(session, user="a", action="x.after", entity="thing", key="k4")
    finally:
        clock.freeze(None)
    with workspace.sessions() as session:
        stamps = (
            session.execute(text("SELECT at FROM audit_entry WHERE entity = 'thing' ORDER BY id"))
            .scalars()
            .all()
        )
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "thing").order_by(AuditEntry.id)
        ).all()
        assert audit.verify_chain(session) == []
    assert len(set(stamps)) == 1 and stamps[0] == "2022-05-06 07:08:09.000000"  # ORM and bulk alike
    assert [e.entity_key for e in entries] == ["k1", "k2", "k3", "k4"]
    assert entries[2].hash == head and entries[3].prev_hash == head
    assert entries[1].at == datetime(2022, 5, 6, 7, 8, 9)


def test_insert_rows_orders_columns_and_converts_types(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        count = bulk.insert_rows(
            session, SettingRow.__table__, ("value", "key"), [("v1", "bulk.a"), ("v2", "bulk.b")]
        )
        assert bulk.insert_rows(session, SettingRow.__table__, ("key", "value"), []) == 0
    assert count == 2
    assert (
        Setting("bulk.a", str, "").read(workspace) == "v1"
        and Setting("bulk.b", str, "").read(workspace) == "v2"
    )
