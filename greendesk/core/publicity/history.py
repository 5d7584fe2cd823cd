"""The audit entries of public notice, objections, naming and re-checks that concern one community.

A community's history (``review.history``) shows them beside its review: the notice that listed it, the
objections about it and how they were decided, its naming and every re-check with its note. Notices,
objections and namings are keyed by their own number in the audit log, so they are found by the
communities they name.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core.publicity.naming import NAME_ACTION
from greendesk.core.publicity.notices import CREATE_ACTION
from greendesk.core.publicity.objections import ADD_ACTION, DECIDE_ACTION
from greendesk.core.publicity.rechecks import RESULT_ACTION
from greendesk.core.storage.models import AuditEntry

# The actions a community's history shows, under names its reader knows.
LISTED, NAMED, OBJECTION, OBJECTION_DECISION, RECHECK = (
    CREATE_ACTION,
    NAME_ACTION,
    ADD_ACTION,
    DECIDE_ACTION,
    RESULT_ACTION,
)


def _names(entry: AuditEntry, code: str) -> bool:
    """Whether a notice, naming or objection entry concerns ``code``."""
    new = json.loads(entry.new_json)
    if not isinstance(new, dict):
        return False
    return new.get("community") == code or code in (new.get("communities") or ())


def community_entries(session: Session, code: str) -> list[AuditEntry]:
    """Every publicity entry about ``code``, in the log's order."""
    found = list(
        session.scalars(
            select(AuditEntry).where(AuditEntry.entity_key == code, AuditEntry.action == RESULT_ACTION)
        )
    )
    listing = session.scalars(
        select(AuditEntry).where(AuditEntry.action.in_((CREATE_ACTION, NAME_ACTION, ADD_ACTION)))
    )
    about = [entry for entry in listing if _names(entry, code)]
    found += about
    objections = [entry.entity_key for entry in about if entry.action == ADD_ACTION]
    if objections:
        found += session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == DECIDE_ACTION, AuditEntry.entity_key.in_(objections)
            )
        )
    return sorted(found, key=lambda entry: entry.id)
