"""Undo and clear a decision: both are NEW audited decision rows, never a deleted or edited one.

Clearing writes a row with outcome ``clear`` (``vocabulary.CLEARED``): the counting rule reads it as
"this round did not decide the item" (an earlier round's pass may carry again). Undo restores what
the item was just before the community's last decision that is neither an undo nor undone already:
the previous row's outcome, comment and findings (scored by rules), or a clear when there was none.
Its ``review.decide`` entry names the row it undid (``undoes``) and the row it wrote (``row``), so
pressing undo again walks further back instead of undoing the undo.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.review import decisions, guards, workflow
from greendesk.core.review.commands import write_decision
from greendesk.core.review.views import ItemState, build_view, find_recommendation
from greendesk.core.review.vocabulary import CLEARED, REVIEWER
from greendesk.core.standards import frozen
from greendesk.core.storage.models import AuditEntry, Decision, Recommendation
from greendesk.core.workspace import Workspace


def _undo_marks(session: Session, code: str, year: int) -> tuple[set[int], set[int]]:
    """(rows undone, rows written by an undo) of one recommendation, from its decide entries."""
    undone: set[int] = set()
    written: set[int] = set()
    entries = session.scalars(
        select(AuditEntry.new_json).where(
            AuditEntry.entity_key == code,
            AuditEntry.action == "review.decide",
            AuditEntry.new_json.like('%"undoes"%'),
        )
    )
    for text in entries:
        new = json.loads(text)
        if new.get("year") == year:
            undone.add(int(new["undoes"]))
            written.add(int(new.get("row", 0)))
    return undone, written


def _round_rows(session: Session, recommendation: Recommendation) -> list[Decision]:
    return list(
        session.scalars(
            select(Decision)
            .where(
                Decision.recommendation_id == recommendation.id,
                Decision.round == recommendation.current_round,
            )
            .order_by(Decision.id)
        )
    )


def undo_last(workspace: Workspace, code: str, year: int | None = None) -> ItemState:
    """Undo the community's last decision in the current round; returns the item's state afterwards."""
    guards.reviewer(workspace, REVIEWER)
    with workspace.transaction() as session:
        recommendation = find_recommendation(session, code, year)
        workflow.require(workflow.DECIDE, recommendation, code)
        undone, written = _undo_marks(session, code, recommendation.year)
        rows = _round_rows(session, recommendation)
        candidates = [row for row in rows if row.id not in undone and row.id not in written]
        if not candidates:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{code}: there is no decision of round {round} to undo."),
                code=code,
                round=recommendation.current_round,
            )
        target = candidates[-1]
        before = [row for row in rows if row.item_number == target.item_number and row.id < target.id]
        earlier = before[-1] if before else None
        outcome, comment = (earlier.outcome, earlier.comment) if earlier else (CLEARED, "")
        write_decision(
            session,
            workspace,
            recommendation,
            code,
            target.item_number,
            outcome,
            comment,
            target.measured_value,
            {"undoes": target.id},
            findings=earlier.findings_json if earlier else None,
        )
        return build_view(workspace, session, recommendation).item(target.item_number)


def clear_decision(workspace: Workspace, code: str, item: int, year: int | None = None) -> ItemState:
    """Take back the item's decision of the current round: it is undecided again (a new audited row)."""
    guards.reviewer(workspace, REVIEWER)
    with workspace.transaction() as session:
        recommendation = find_recommendation(session, code, year)
        workflow.require(workflow.DECIDE, recommendation, code)
        frozen.for_recommendation(session, recommendation, [workspace.standards_dir]).item(item)
        own = decisions.for_recommendation(session, recommendation).own(item)
        if own is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{code}: item {item} has no decision of round {round} to clear."),
                code=code,
                item=item,
                round=recommendation.current_round,
            )
        write_decision(session, workspace, recommendation, code, item, CLEARED, "", own.measured_value)
        return build_view(workspace, session, recommendation).item(item)
