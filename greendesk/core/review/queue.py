"""The review queue: recommendations with progress (items decided / total), filtered and sorted."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.review.decisions import effective_decision
from greendesk.core.review.vocabulary import (
    STATUSES,
)
from greendesk.core.standards import frozen
from greendesk.core.standards.model import Standard
from greendesk.core.storage.models import (
    Community,
    Decision,
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
        latest_by_recommendation: dict[int, dict[tuple[int, int], Decision]] = {}
        latest_ids = select(func.max(Decision.id)).group_by(
            Decision.recommendation_id, Decision.round, Decision.item_number
        )
        if found:
            for decision in session.scalars(select(Decision).where(Decision.id.in_(latest_ids))):
                latest_by_recommendation.setdefault(decision.recommendation_id, {})[
                    (decision.round, decision.item_number)
                ] = decision
        for recommendation, community, street in found:
            key = recommendation.standard_sha256 or recommendation.standard_id
            if key not in standards:
                standards[key] = frozen.for_recommendation(session, recommendation, [workspace.standards_dir])
            standard = standards[key]
            latest = latest_by_recommendation.get(recommendation.id, {})
            decided = sum(
                1
                for item in standard.items
                if effective_decision(latest, item.number, recommendation.current_round)[0] is not None
            )
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
