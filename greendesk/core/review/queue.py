"""The review queue: recommendations with progress (items decided / total), filtered and sorted."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.review import decisions, rework_deadlines
from greendesk.core.review.vocabulary import (
    STATUSES,
)
from greendesk.core.standards import frozen
from greendesk.core.standards.model import Standard
from greendesk.core.storage.models import (
    Community,
    Recommendation,
    Street,
)
from greendesk.core.workspace import Workspace


@dataclass(frozen=True)
class QueueRow:
    code: str
    name: str
    street_code: str
    street_name: str
    year: int
    batch: int
    status: str
    round: int
    decided: int
    total: int
    locked: bool
    updated_at: datetime
    rework_due: date | None = None  # a returned community's deadline (整改期限) for this round
    overdue: bool = False  # still returned after its deadline

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def queue(
    workspace: Workspace,
    year: int | None = None,
    *,
    batch: int | None = None,
    status: str | None = None,
    street_code: str | None = None,
    search: str = "",
    sort: str = "code",
    descending: bool = False,
) -> list[QueueRow]:
    """The review queue with progress (items decided / total) per recommendation, filtered and sorted."""
    if status is not None and status not in STATUSES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown status '{status}' (use one of {choices})."),
            status=status,
            choices=", ".join(STATUSES),
        )
    query = (
        select(Recommendation, Community, Street)
        .join(Community, Recommendation.community_id == Community.id)
        .join(Street, Community.street_id == Street.id)
    )
    if year is not None:
        query = query.where(Recommendation.year == year)
    if batch is not None:
        query = query.where(Recommendation.batch == batch)
    if status is not None:
        query = query.where(Recommendation.status == status)
    if street_code:
        query = query.where(Street.code == street_code)
    needle = search.strip()
    standards: dict[str, Standard] = {}
    rows: list[QueueRow] = []
    with workspace.sessions() as session:
        found = [
            (recommendation, community, street)
            for recommendation, community, street in session.execute(query)
            if not needle or any(needle in text for text in (community.name, community.code, street.name))
        ]
        # One query for the counting decisions of every listed recommendation (the queue refreshes often).
        counting = decisions.for_recommendations(
            session, [recommendation for recommendation, _c, _s in found]
        )
        due = rework_deadlines.deadlines(session, [recommendation for recommendation, _c, _s in found])
        today = clock.today()
        for recommendation, community, street in found:
            key = recommendation.standard_sha256 or recommendation.standard_id
            if key not in standards:
                standards[key] = frozen.for_recommendation(session, recommendation, [workspace.standards_dir])
            standard = standards[key]
            rule = counting[recommendation.id]
            decided = sum(1 for item in standard.items if rule.counted(item.number) is not None)
            rows.append(
                QueueRow(
                    code=community.code,
                    name=community.name,
                    street_code=street.code,
                    street_name=street.name,
                    year=recommendation.year,
                    batch=recommendation.batch,
                    status=recommendation.status,
                    round=recommendation.current_round,
                    decided=decided,
                    total=len(standard.items),
                    locked=recommendation.locked,
                    updated_at=recommendation.updated_at,
                    rework_due=due.get(recommendation.id),
                    overdue=rework_deadlines.is_overdue(due.get(recommendation.id), today),
                )
            )
    keys = {
        "code": lambda r: (r.code, r.year),
        "name": lambda r: (r.name, r.code),
        "street": lambda r: (r.street_name, r.code),
        "status": lambda r: (STATUSES.index(r.status) if r.status in STATUSES else 99, r.code),
        "progress": lambda r: (r.decided / r.total if r.total else 0, r.code),
        "updated": lambda r: (r.updated_at, r.code),
        "year": lambda r: (r.year, r.code),
    }
    if sort not in keys:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Cannot sort by '{key}' (use one of {choices})."),
            key=sort,
            choices=", ".join(keys),
        )
    rows.sort(key=keys[sort], reverse=descending)
    return rows


def adjacent(rows: list[QueueRow], code: str, year: int | None, step: int) -> QueueRow | None:
    """The row ``step`` places after (negative: before) the community in the queue's order, if any.

    The review screen's next/previous community: the queue decides the order, the screen follows it.
    A community not in ``rows`` has the first row after it (or the last before it) by code.
    """
    position = next(
        (i for i, row in enumerate(rows) if row.code == code and (year is None or row.year == year)), None
    )
    if position is None:
        later = [i for i, row in enumerate(rows) if row.code > code]
        position = (
            (later[0] - 1 if later else len(rows) - 1) if step > 0 else (later[0] if later else len(rows))
        )
    target = position + step
    return rows[target] if 0 <= target < len(rows) else None
