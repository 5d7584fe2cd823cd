"""Rework deadlines (整改期限): the day a returned community must resubmit by, and overdue flags.

A deadline belongs to the round the community was returned in; setting it again is a new row (the
latest counts) with its audit entry, never an edit. A community is overdue while it is still
returned after its deadline; resubmitting ends the round and with it the deadline.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import audit
from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.review import guards
from greendesk.core.review.views import find_recommendation
from greendesk.core.review.vocabulary import RETURNED, REVIEWER
from greendesk.core.review.workflow import WorkflowError
from greendesk.core.storage.models import Recommendation
from greendesk.core.storage.models_publicity import ReworkDeadline
from greendesk.core.workspace import Workspace

DEADLINE_ACTION = "review.rework_deadline"


def set_deadline(workspace: Workspace, code: str, due_on: date, year: int | None = None) -> date:
    """Give a returned community its deadline for this round (today or later)."""
    actor = guards.reviewer(workspace, REVIEWER)
    if due_on < clock.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A rework deadline is today or later, not {day}."),
            day=due_on.isoformat(),
        )
    with workspace.transaction() as session:
        recommendation = find_recommendation(session, code, year)
        if recommendation.status != RETURNED:
            raise WorkflowError(
                QT_TRANSLATE_NOOP("Errors", "{code} is not returned for rework: it has no rework deadline."),
                code=code,
            )
        session.add(
            ReworkDeadline(
                recommendation_id=recommendation.id,
                round=recommendation.current_round,
                due_on=due_on,
                set_by=actor.username,
                set_at=clock.now(),
            )
        )
        audit.record(
            session,
            user=actor.username,
            action=DEADLINE_ACTION,
            entity="recommendation",
            key=code,
            new={
                "year": recommendation.year,
                "round": recommendation.current_round,
                "due_on": due_on.isoformat(),
            },
        )
        return due_on


def deadlines(session: Session, recommendations: Sequence[Recommendation]) -> dict[int, date]:
    """The deadline of each returned recommendation's current round (one query for a whole queue)."""
    returned = {r.id: r.current_round for r in recommendations if r.status == RETURNED}
    found: dict[int, date] = {}
    if not returned:
        return found
    rows = session.execute(
        select(ReworkDeadline.recommendation_id, ReworkDeadline.round, ReworkDeadline.due_on)
        .where(ReworkDeadline.recommendation_id.in_(list(returned)))
        .order_by(ReworkDeadline.id)
    )
    for rec_id, round_number, due_on in rows:
        if returned[rec_id] == round_number:
            found[rec_id] = due_on
    return found


def is_overdue(due_on: date | None, today: date) -> bool:
    return due_on is not None and due_on < today


def current_deadline(workspace: Workspace, code: str, year: int | None = None) -> date | None:
    """The recorded deadline of a returned community's current round (what its rework notice prints)."""
    with workspace.sessions() as session:
        recommendation = find_recommendation(session, code, year)
        return deadlines(session, [recommendation]).get(recommendation.id)
