"""A community's history, read from the audit log: its review (review entries use the community code as
key) and what public notice, naming and re-checks did to it (``publicity.history``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from greendesk.core.publicity.history import community_entries
from greendesk.core.storage.models import AuditEntry
from greendesk.core.workspace import Workspace


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    user: str
    action: str
    old: Any
    new: Any
    key: str = ""  # the audit entry's key: the community code, or a notice's, naming's or objection's number


def history(workspace: Workspace, code: str) -> list[HistoryEntry]:
    """The community's history from the audit log, oldest first."""
    with workspace.sessions() as session:
        review = session.scalars(
            select(AuditEntry).where(AuditEntry.entity_key == code, AuditEntry.action.like("review.%"))
        )
        entries = sorted([*review, *community_entries(session, code)], key=lambda entry: entry.id)
        return [
            HistoryEntry(
                entry.at,
                entry.user,
                entry.action,
                json.loads(entry.old_json),
                json.loads(entry.new_json),
                entry.entity_key,
            )
            for entry in entries
        ]
