"""Which decision counts: the one counting rule of the review, used by the queue, views, progress and packages.

Decisions are append-only rows; per (round, item) the row with the highest id is the latest. In the
current round an item's counting decision is its own latest row; without one, a *pass* from the
nearest earlier round that decided the item carries over. A fail or "more material" from an earlier
round never carries: the item must be decided again.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from greendesk.core.review.vocabulary import (
    PASS,
)
from greendesk.core.storage.models import (
    Decision,
    Recommendation,
)


def latest_decisions(session: Session, recommendation_id: int) -> dict[tuple[int, int], Decision]:
    """The counting decision per (round, item): the row with the highest id."""
    latest_ids = (
        select(func.max(Decision.id))
        .where(Decision.recommendation_id == recommendation_id)
        .group_by(Decision.round, Decision.item_number)
    )
    rows = session.scalars(select(Decision).where(Decision.id.in_(latest_ids)))
    return {(row.round, row.item_number): row for row in rows}


def effective_decision(
    latest: dict[tuple[int, int], Decision], item: int, current_round: int
) -> tuple[Decision | None, bool]:
    """(decision that counts this round, carried?) — a pass from an earlier round carries over."""
    own = latest.get((current_round, item))
    if own is not None:
        return own, False
    for earlier_round in range(current_round - 1, 0, -1):
        earlier = latest.get((earlier_round, item))
        if earlier is not None:
            return (earlier, True) if earlier.outcome == PASS else (None, False)
    return None, False


def counting_decisions(session: Session, recommendation: Recommendation) -> dict[int, Decision]:
    """Per item, the decision that counts in the current round (a pass from an earlier round carries)."""
    latest = latest_decisions(session, recommendation.id)
    counting: dict[int, Decision] = {}
    for item in sorted({number for _round, number in latest}):
        decision, _carried = effective_decision(latest, item, recommendation.current_round)
        if decision is not None:
            counting[item] = decision
    return counting
