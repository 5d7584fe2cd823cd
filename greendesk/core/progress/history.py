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

Targets and the in-scope flag are read the same way (:func:`targets_at`, :func:`in_scope_at`): a
year's target share and pilot bounds from its ``target.set`` entries (a later change's ``old``
values are what stood before it; a year first set after the moment did not exist then), a
community's flag from its ``community.update`` entries. A registry reload logs no per-community
change, so a flag it changed counts from the start; deadlines (not logged) are read as they are.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core.progress.targets import TargetTable
from greendesk.core.review import vocabulary
from greendesk.core.storage.models import AuditEntry, Community, Recommendation

STATUS_ACTION = "review.status"
TARGET_ACTION = "target.set"
COMMUNITY_ACTION = "community.update"
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
        changes = tuple(
            Change(_effective(at, new), new["status"], int(new.get("round") or 1))
            for at, _old, new in entries
        )
        initial = entries[0][1].get("status", vocabulary.RECOMMENDED)
        timelines[recommendation.id] = Timeline(recommendation.created_at, initial, changes)
    return timelines


def _effective(at: datetime, new: dict) -> datetime:
    """When a status change takes effect: when it was recorded, or the later day its entry names
    (a revocation decided now that takes effect on a given date; never earlier than recorded)."""
    try:
        effective = datetime.fromisoformat(str(new["effective"]))
    except (KeyError, ValueError):
        return at
    return max(at, effective)


def _logged(session: Session, action: str, entity: str) -> dict[str, list[tuple[datetime, dict, dict]]]:
    """Every (at, old, new) of ``action`` on ``entity``, by entity key, oldest first."""
    query = (
        select(AuditEntry.at, AuditEntry.entity_key, AuditEntry.old_json, AuditEntry.new_json)
        .where(AuditEntry.action == action, AuditEntry.entity == entity)
        .order_by(AuditEntry.id)
    )
    logged: dict[str, list[tuple[datetime, dict, dict]]] = {}
    for at, key, old_json, new_json in session.execute(query):
        logged.setdefault(key, []).append((at, json.loads(old_json) or {}, json.loads(new_json) or {}))
    return logged


def _value_at(
    entries: list[tuple[datetime, dict, dict]], field: str, moment: datetime, current: Any
) -> tuple[bool, Any]:
    """(existed, value) of ``field`` at ``moment``: the last change by then, else what the next one replaced."""
    changes = [(at, old, new) for at, old, new in entries if field in new]
    before = [new[field] for at, _old, new in changes if at <= moment]
    if before:
        return True, before[-1]
    after = [old for at, old, _new in changes if at > moment]
    if not after:
        return True, current
    return field in after[0], after[0].get(field)


def targets_at(session: Session, table: TargetTable, moment: datetime) -> TargetTable:
    """The stored targets as they stood at ``moment`` (rows set only later are left out)."""
    logged = _logged(session, TARGET_ACTION, "target")
    rows = []
    for target in table.rows:
        entries = logged.get(str(target.year), [])
        existed, share = _value_at(entries, "target_share", moment, target.target_share)
        if not existed:
            continue
        _e, pmin = _value_at(entries, "pilots_min", moment, target.pilots_per_street_min)
        _e, pmax = _value_at(entries, "pilots_max", moment, target.pilots_per_street_max)
        rows.append(
            replace(target, target_share=float(share), pilots_per_street_min=pmin, pilots_per_street_max=pmax)
        )
    return TargetTable(tuple(rows))


def in_scope_at(session: Session, communities: list[Community], moment: datetime) -> dict[int, bool]:
    """Each community's in-scope flag at ``moment`` by id (its ``community.update`` entries)."""
    logged = _logged(session, COMMUNITY_ACTION, "community")
    flags = {}
    for community in communities:
        _existed, flag = _value_at(logged.get(community.code, []), "in_scope", moment, community.in_scope)
        flags[community.id] = bool(flag)
    return flags
