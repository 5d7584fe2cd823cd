"""The review history's record of the files an import attached: one audit entry per community and item.

An import writes its evidence links in bulk (``apply._attach_photos``); the review history
(``review/history_text``) reads the audit log, keyed by community code. So the import adds, in one
``audit.record_many`` statement, a ``review.import_evidence`` entry for each (community, item) it
attached files to, naming the files — what the history shows as "import 7 attached 3 file(s) to item 12".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import audit
from greendesk.core.storage.models import Community, Recommendation

ACTION = "review.import_evidence"


def _recommendations(session: Session, year: int) -> dict[int, tuple[str, int]]:
    """Recommendation id -> (community code, current round) for the year (one query, no long IN list)."""
    return {
        recommendation_id: (code, current_round)
        for recommendation_id, code, current_round in session.execute(
            select(Recommendation.id, Community.code, Recommendation.current_round)
            .join(Community, Recommendation.community_id == Community.id)
            .where(Recommendation.year == year)
        )
    }


def changes(
    session: Session, year: int, batch_id: int, evidence: Sequence[dict[str, Any]]
) -> list[audit.Change]:
    """One change per (recommendation, item) of the evidence rows the import inserted, files in order."""
    grouped: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for row in evidence:
        grouped.setdefault((row["recommendation_id"], row["item_number"]), []).append(
            {"name": row["original_name"].rsplit("/", 1)[-1], "sha256": row["photo_sha256"], "attached": True}
        )
    if not grouped:
        return []
    known = _recommendations(session, year)
    found = []
    for (recommendation_id, item), files in grouped.items():
        code, current_round = known[recommendation_id]
        new = {"year": year, "round": current_round, "item": item, "import_batch": batch_id, "files": files}
        found.append(audit.Change(ACTION, "recommendation", code, new=new))
    return found


def record(session: Session, user: str, year: int, batch_id: int, evidence: Sequence[dict[str, Any]]) -> None:
    """Write the entries in one statement (an import of 3,000 photos adds one executemany)."""
    audit.record_many(session, user=user, changes=changes(session, year, batch_id, evidence))
