"""What a recommendation's status and round were at a past moment, read from the audit log.

A recommendation row holds only its current status, so a report "as of 30 September" cannot be
answered from it once the status moves on (a sign-off made today would count in a Q3 report).
Every status change is audited (``review.status``, key = community code, with the year and the
round), so the log gives each recommendation's timeline:

- from ``created_at`` (recommended or imported) it has the ``old`` status of its first logged change;
- from each logged change's ``at`` it has that change's new status and round.

A recommendation without any logged change (written before the log recorded status changes, or
by hand) falls back on its own row: from ``created_at`` it is "recommended" when that is its
current status, else "under review"; from the moment its current status was reached (the pass:
``updated_at`` or ``signed_off_at``, whichever is earlier; the sign-off: ``signed_off_at``) it has
its current status.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core.review import vocabulary
from greendesk.core.storage.models import AuditEntry, Recommendation

STATUS_ACTION = "review.status"
PASSED_STATUSES = (vocabulary.PASSED, vocabulary.SIGNED_OFF)


@dataclass(frozen=True)
class Change:
    at: datetime
    status: str
    round: int


@dataclass(frozen=True)
class Timeline:
    """One recommendation's statuses over time: ``initial`` from ``created_at``, then ``changes``."""

    created_at: datetime
    initial: str
    changes: tuple[Change, ...]  # oldest first

    def exists_at(self, moment: datetime) -> bool:
        return self.created_at <= moment

    def status_at(self, moment: datetime) -> str | None:
        """The status at ``moment``; None when the recommendation did not exist yet."""
        if not self.exists_at(moment):
            return None
        status = self.initial
        for change in self.changes:
            if change.at > moment:
                break
            status = change.status
        return status

    def round_at(self, moment: datetime) -> int:
        """The round of the last logged change up to ``moment`` (1 before any)."""
        current = 1
        for change in self.changes:
            if change.at > moment:
                break
            current = change.round
        return current

    def moments(self, until: datetime) -> list[datetime]:
        """When the status may have changed, up to ``until`` (creation included)."""
        if not self.exists_at(until):
            return []
        return [self.created_at, *(change.at for change in self.changes if change.at <= until)]


def _fallback(recommendation: Recommendation) -> Timeline:
    """The row's own timestamps, for a recommendation the log has no status change of."""
    status = recommendation.status
    initial = vocabulary.RECOMMENDED if status == vocabulary.RECOMMENDED else vocabulary.UNDER_REVIEW
    changes: list[Change] = []
    current_round = recommendation.current_round
    if status in PASSED_STATUSES:
        moments = [m for m in (recommendation.updated_at, recommendation.signed_off_at) if m is not None]
        passed_at = min(moments) if moments else recommendation.updated_at
        if status == vocabulary.SIGNED_OFF and passed_at < (recommendation.signed_off_at or passed_at):
            changes.append(Change(passed_at, vocabulary.PASSED, current_round))
            passed_at = recommendation.signed_off_at or passed_at
        changes.append(Change(passed_at, status, current_round))
    elif status != initial:
        changes.append(Change(recommendation.updated_at, status, current_round))
    return Timeline(recommendation.created_at, initial, tuple(changes))


def read_timelines(
    session: Session, recommendations: list[Recommendation], codes: dict[int, str]
) -> dict[int, Timeline]:
    """Every recommendation's timeline by id; ``codes`` maps community id to community code."""
    by_key = {(codes[r.community_id], r.year): r for r in recommendations if r.community_id in codes}
    logged: dict[int, list[tuple[datetime, dict, dict]]] = {}
    query = (
        select(AuditEntry.at, AuditEntry.entity_key, AuditEntry.old_json, AuditEntry.new_json)
        .where(AuditEntry.action == STATUS_ACTION, AuditEntry.entity == "recommendation")
        .order_by(AuditEntry.id)
    )
    for at, key, old_json, new_json in session.execute(query):
        new = json.loads(new_json) or {}
        recommendation = by_key.get((key, new.get("year")))
        if recommendation is None or at < recommendation.created_at:
            continue  # another year's, or an earlier recommendation of the same community and year
        logged.setdefault(recommendation.id, []).append((at, json.loads(old_json) or {}, new))
    timelines: dict[int, Timeline] = {}
    for recommendation in recommendations:
        entries = logged.get(recommendation.id)
        if not entries:
            timelines[recommendation.id] = _fallback(recommendation)
            continue
        changes = tuple(Change(at, new["status"], int(new.get("round") or 1)) for at, _old, new in entries)
        initial = entries[0][1].get("status", vocabulary.RECOMMENDED)
        timelines[recommendation.id] = Timeline(recommendation.created_at, initial, changes)
    return timelines
