"""Which decision counts: the one counting rule of the review, used by the queue, views, progress and packages.

The rule
--------
Decisions are append-only rows. Per (round, item) of a recommendation the row with the highest id is
that round's *latest* decision: a later row in the same round replaces an earlier one (ids order the
rows, not ``decided_at``, so a clock set back never reorders decisions).

In the recommendation's current round, an item's *counting* decision is:

1. its own latest row in the current round, when there is one;
2. otherwise the latest row of the nearest earlier round that decided the item, but only when that
   row is a *pass*: the pass carries over and the item need not be decided again;
3. otherwise nothing. A fail or "more material" from an earlier round never carries: the item must
   be decided again. Round 1 has no earlier round, so only its own rows count.

A latest row whose outcome is ``clear`` (a cleared or undone decision) means the round did not decide
the item: step 1 finds nothing (step 2 may still carry an earlier pass), and an earlier round whose
latest row is a clear is skipped when looking for a pass to carry.

Everything that counts decisions (the queue's "decided", the review screen and its overall result,
the dashboard's outcome by item, reports, the package records) reads them through this module:
``for_recommendation`` for one recommendation, ``for_recommendations`` for many in one query.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from greendesk.core.review.vocabulary import CLEARED, PASS
from greendesk.core.storage.models import Decision, Recommendation

# Recommendation ids per bulk query: far below SQLite's bound-parameter limit (32,766).
_IDS_PER_QUERY = 10_000


@dataclass(frozen=True)
class Counted:
    """The decision that counts for an item this round, and whether it was carried from an earlier round."""

    decision: Decision
    carried: bool

    @property
    def outcome(self) -> str:
        return self.decision.outcome


class RecommendationDecisions:
    """One recommendation's latest row per (round, item), read by the counting rule above."""

    def __init__(self, current_round: int, latest: dict[tuple[int, int], Decision]) -> None:
        self.current_round = current_round
        self.latest = latest

    def _decided(self, round_: int, item: int) -> Decision | None:
        """The latest row of ``round_`` for ``item`` unless that round has none or it was cleared."""
        row = self.latest.get((round_, item))
        return None if row is None or row.outcome == CLEARED else row

    def own(self, item: int) -> Decision | None:
        """The item's own latest row in the current round (what a new decision replaces)."""
        return self._decided(self.current_round, item)

    def counted(self, item: int) -> Counted | None:
        """The decision that counts for ``item`` in the current round (rule steps 1-3)."""
        own = self.own(item)
        if own is not None:
            return Counted(own, carried=False)
        for earlier_round in range(self.current_round - 1, 0, -1):
            earlier = self._decided(earlier_round, item)
            if earlier is not None:
                return Counted(earlier, carried=True) if earlier.outcome == PASS else None
        return None

    def counting(self) -> dict[int, Counted]:
        """Every item with a counting decision, by item number."""
        items = sorted({item for _round, item in self.latest})
        return {item: counted for item in items if (counted := self.counted(item)) is not None}

    def earlier(self, item: int) -> list[tuple[int, Decision]]:
        """(round, latest row) of each earlier round that decided the item, oldest first (history)."""
        return [
            (round_, row)
            for round_ in range(1, self.current_round)
            if (row := self._decided(round_, item)) is not None
        ]


def _latest_rows(
    session: Session, recommendation_ids: list[int], until: datetime | None = None
) -> dict[int, dict[tuple[int, int], Decision]]:
    """Latest row per (recommendation, round, item) of the given recommendations (decided by ``until``)."""
    by_recommendation: dict[int, dict[tuple[int, int], Decision]] = {}
    for start in range(0, len(recommendation_ids), _IDS_PER_QUERY):
        chunk = recommendation_ids[start : start + _IDS_PER_QUERY]
        latest_ids = select(func.max(Decision.id)).where(Decision.recommendation_id.in_(chunk))
        if until is not None:
            latest_ids = latest_ids.where(Decision.decided_at <= until)
        latest_ids = latest_ids.group_by(Decision.recommendation_id, Decision.round, Decision.item_number)
        for row in session.scalars(select(Decision).where(Decision.id.in_(latest_ids))):
            by_recommendation.setdefault(row.recommendation_id, {})[(row.round, row.item_number)] = row
    return by_recommendation


def for_recommendations(
    session: Session,
    recommendations: Iterable[Recommendation],
    *,
    until: datetime | None = None,
    rounds_then: dict[int, int] | None = None,
) -> dict[int, RecommendationDecisions]:
    """The rule for many recommendations at once (one query), by recommendation id.

    With ``until``, the rule as it stood then: only rows decided by that moment, in the round each
    recommendation was in then (``rounds_then`` by id, else its current round).
    """
    rounds = {recommendation.id: recommendation.current_round for recommendation in recommendations}
    rounds.update({rid: number for rid, number in (rounds_then or {}).items() if rid in rounds})
    latest = _latest_rows(session, list(rounds), until)
    return {rid: RecommendationDecisions(current, latest.get(rid, {})) for rid, current in rounds.items()}


def for_recommendation(session: Session, recommendation: Recommendation) -> RecommendationDecisions:
    """The rule for one recommendation."""
    return for_recommendations(session, [recommendation])[recommendation.id]
