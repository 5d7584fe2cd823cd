"""Creating recommendations: the one place a recommendation, its self-assessments and its audit
entry ("review.recommend", so the review history starts with it) are written.

``insert_recommendations`` writes any number in the caller's transaction with one statement per
table (an import of 600 communities with 9,600 self-assessments); ``create_recommendation`` is
the single-community use case (the demo, tests) on top of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import audit, settings
from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.registry.roster import find_community
from greendesk.core.review import guards
from greendesk.core.review.vocabulary import RECOMMENDED, REVIEWER
from greendesk.core.standards import frozen
from greendesk.core.standards.library import Standard, get_standard
from greendesk.core.storage import bulk
from greendesk.core.storage.models import Recommendation, SelfAssessment
from greendesk.core.workspace import Workspace

RECOMMEND_ACTION = "review.recommend"
CONTACT_LENGTH = 128


@dataclass
class NewRecommendation:
    """What a street says about one community it recommends."""

    community_id: int
    code: str
    households: int | None = None
    households_managed: int | None = None
    coverage_reported: float | None = None
    contact: str = ""
    note: str = ""
    claims: dict[int, tuple[str, str]] = field(default_factory=dict)  # item -> (claim, note)


@dataclass(frozen=True)
class Submission:
    """What recommendations submitted together share: year, batch, standard, import batch, moment."""

    year: int
    batch: int
    standard_id: str
    standard_sha256: str  # the version reviewed against (kept by ``frozen.remember``)
    at: datetime
    import_batch_id: int | None = None

    @classmethod
    def of(
        cls, year: int, batch: int, standard: Standard, at: datetime, import_batch_id: int | None = None
    ) -> Submission:
        return cls(year, batch, standard.id, standard.sha256, at, import_batch_id)  # sha256 is computed: once


def _row(new: NewRecommendation, submission: Submission) -> dict[str, Any]:
    return {
        "community_id": new.community_id,
        "year": submission.year,
        "batch": submission.batch,
        "standard_id": submission.standard_id,
        "standard_sha256": submission.standard_sha256,
        "status": RECOMMENDED,
        "current_round": 1,
        "households": new.households,
        "households_managed": new.households_managed,
        "coverage_reported": new.coverage_reported,
        "contact": new.contact[:CONTACT_LENGTH],
        "note": new.note,
        "import_batch_id": submission.import_batch_id,
        "recommended_on": submission.at.date(),
        "created_at": submission.at,
        "updated_at": submission.at,
        "signed_off_by": "",
        "locked": False,
    }


def _change(new: NewRecommendation, submission: Submission) -> audit.Change:
    record: dict[str, Any] = {
        "year": submission.year,
        "batch": submission.batch,
        "standard": submission.standard_id,
        "households": new.households,
        "households_managed": new.households_managed,
    }
    if submission.import_batch_id is not None:
        record["import_batch"] = submission.import_batch_id
    return audit.Change(RECOMMEND_ACTION, "recommendation", new.code, new=record)


def insert_recommendations(
    session: Session, user: str, submission: Submission, recommendations: list[NewRecommendation]
) -> dict[int, int]:
    """Write new recommendations (none may exist for the year yet); community id -> recommendation id.

    Core statements, not ORM objects: the ORM's per-row work would cost more than SQLite's.
    The caller keeps the standard's version (``frozen.remember``) in the same transaction.
    """
    if not recommendations:
        return {}
    rows = [_row(new, submission) for new in recommendations]
    bulk.insert_rows(session, Recommendation.__table__, list(rows[0]), [tuple(row.values()) for row in rows])
    wanted = {new.community_id for new in recommendations}
    ids = {
        community_id: recommendation_id
        for community_id, recommendation_id in session.execute(  # the year's rows: no 600-value IN list
            select(Recommendation.community_id, Recommendation.id).where(
                Recommendation.year == submission.year
            )
        )
        if community_id in wanted
    }
    claims = [
        (ids[new.community_id], item, claim, note)
        for new in recommendations
        for item, (claim, note) in new.claims.items()
    ]
    bulk.insert_rows(
        session, SelfAssessment.__table__, ("recommendation_id", "item_number", "claim", "note"), claims
    )
    audit.record_many(session, user=user, changes=[_change(new, submission) for new in recommendations])
    return ids


def create_recommendation(
    workspace: Workspace,
    code: str,
    year: int,
    *,
    batch: int = 1,
    standard_id: str | None = None,
    households: int | None = None,
    households_managed: int | None = None,
    self_assessment: dict[int, tuple[str, str]] | None = None,
) -> None:
    """Record a street's recommendation of one community (the demo and tests; imports go in bulk)."""
    guards.reviewer(workspace, REVIEWER)
    standard = get_standard(
        standard_id or settings.DEFAULT_STANDARD.read(workspace), [workspace.standards_dir]
    )
    with workspace.transaction() as session:
        community = find_community(session, code)
        exists = session.scalar(
            select(Recommendation.id).where(
                Recommendation.community_id == community.id, Recommendation.year == year
            )
        )
        if exists is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Community {code} is already recommended for {year}."),
                code=code,
                year=year,
            )
        frozen.remember(session, standard)
        new = NewRecommendation(
            community.id,
            community.code,
            households=households,
            households_managed=households_managed,
            claims=dict(self_assessment or {}),
        )
        insert_recommendations(
            session, workspace.user, Submission.of(year, batch, standard, clock.now()), [new]
        )
