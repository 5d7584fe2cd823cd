"""A community's review history, read from the audit log (review entries use the community code as key)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from greendesk.core.storage.models import (
    AuditEntry,
)
from greendesk.core.workspace import Workspace


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    user: str
    action: str
    old: Any
    new: Any


def history(workspace: Workspace, code: str) -> list[HistoryEntry]:
    """The community's review history from the audit log, oldest first."""
    import json

    with workspace.sessions() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_key == code, AuditEntry.action.like("review.%"))
            .order_by(AuditEntry.id)
        )
        return [
            HistoryEntry(
                entry.at, entry.user, entry.action, json.loads(entry.old_json), json.loads(entry.new_json)
            )
            for entry in entries
        ]
