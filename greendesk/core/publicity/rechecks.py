"""Re-checks of named communities in later years (复核, 动态管理): a reproducible random sample,
outcomes 保持 / 限期整改 / 撤销, and overdue rectifications.

The sample is drawn with ``random.Random(seed)`` over the sorted codes of the population, and both
the seed and the population are kept with the plan (and in its audit entry): anyone can redraw it
and get the same communities. A revocation is final for that recommendation: its status becomes
``revoked`` from its effective day (never earlier than it is recorded, so no figure already
printed changes), and every figure stops counting it from then (the figures engine reads the
status timeline). Revoking needs the approver's password, like a sign-off.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import accounts, audit
from greendesk.core.base import clock, sampling
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.sampling import draw
from greendesk.core.base.years import check_year
from greendesk.core.publicity.vocabulary import KEPT, RECTIFY
from greendesk.core.review.views import find_recommendation
from greendesk.core.review.vocabulary import APPROVER, REVIEWER, REVOKED
from greendesk.core.storage.models import Community, Recommendation
from greendesk.core.storage.models_publicity import Naming, NamingEntry, RecheckPlan, RecheckResult
from greendesk.core.workspace import Workspace

OUTCOMES = (KEPT, RECTIFY, REVOKED)
OUTCOME_LABELS = {KEPT: "保持", RECTIFY: "限期整改", REVOKED: "撤销"}  # documents are Chinese
PLAN_ACTION = "publicity.recheck_plan"
RESULT_ACTION = "publicity.recheck"
MAX_TEXT = 2000  # a note
AHEAD = timedelta(days=3 * 366)  # a rectification deadline or a revocation date is set within three years


@dataclass(frozen=True)
class Plan:
    id: int
    year: int
    seed: str
    population: tuple[str, ...]
    sample: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "year": self.year,
            "seed": self.seed,
            "population": list(self.population),
            "sample": list(self.sample),
        }


@dataclass(frozen=True)
class Recheck:
    code: str
    outcome: str
    deadline: date | None
    effective_on: date
    note: str
    overdue: bool


def named_population(session: Session, year: int) -> list[str]:
    """Codes of communities named before ``year`` whose name has not been revoked."""
    rows = session.execute(
        select(Community.code, Recommendation.status)
        .join(Recommendation, Recommendation.community_id == Community.id)
        .join(NamingEntry, NamingEntry.recommendation_id == Recommendation.id)
        .join(Naming, Naming.id == NamingEntry.naming_id)
        .where(Naming.named_on < date(year, 1, 1))
    )
    return sorted({code for code, status in rows if status != REVOKED})


def plan_recheck(workspace: Workspace, year: int, size: int, seed: str = "") -> Plan:
    """Draw the year's re-check sample from the named communities, keeping seed and population."""
    actor = accounts.require(workspace, APPROVER)
    check_year(year)
    sampling.check_size(size)
    seed = sampling.seed_or_new(seed)
    with workspace.transaction() as session:
        population = named_population(session, year)
        if not population:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "No community was named before {year}: there is nothing to re-check."
                ),
                year=year,
            )
        sample = draw(population, size, seed)
        row = RecheckPlan(
            year=year,
            seed=seed,
            sample_size=size,
            population_json=json.dumps(population),
            sample_json=json.dumps(sample),
            created_by=actor.username,
            created_at=clock.now(),
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            user=actor.username,
            action=PLAN_ACTION,
            entity="recheck_plan",
            key=str(row.id),
            new={"year": year, "seed": seed, "size": size, "population": population, "sample": sample},
        )
        return Plan(row.id, year, seed, tuple(population), tuple(sample))


def record_recheck(
    workspace: Workspace,
    code: str,
    outcome: str,
    *,
    note: str = "",
    deadline: date | None = None,
    effective_on: date | None = None,
    password: str = "",
    plan_id: int | None = None,
) -> Recheck:
    """Record a re-check's outcome for a named community (a new row; the latest counts)."""
    if outcome not in OUTCOMES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A re-check outcome is one of {choices}."),
            choices=", ".join(OUTCOMES),
        )
    today = clock.today()
    if outcome == RECTIFY and (deadline is None or not today < deadline <= today + AHEAD):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "限期整改 needs a deadline after today and by {last}."),
            last=(today + AHEAD).isoformat(),
        )
    effective_on = effective_on or today
    if not today <= effective_on <= today + AHEAD:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A re-check takes effect from today to {last}, not on {day}."),
            last=(today + AHEAD).isoformat(),
            day=effective_on.isoformat(),
        )
    if len(note) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A re-check note may hold at most {limit} characters."),
            limit=MAX_TEXT,
        )
    actor = (
        accounts.confirm_password(workspace, password, APPROVER)
        if outcome == REVOKED
        else accounts.require(workspace, REVIEWER)
    )
    with workspace.transaction() as session:
        recommendation = _named(session, code)
        _check_plan(session, plan_id, code)
        session.add(
            RecheckResult(
                plan_id=plan_id,
                recommendation_id=recommendation.id,
                outcome=outcome,
                deadline=deadline if outcome == RECTIFY else None,
                effective_on=effective_on,
                note=note.strip(),
                recorded_by=actor.username,
                recorded_at=clock.now(),
            )
        )
        audit.record(
            session,
            user=actor.username,
            action=RESULT_ACTION,
            entity="recommendation",
            key=code,
            new={
                "year": recommendation.year,
                "outcome": outcome,
                "deadline": deadline.isoformat() if deadline and outcome == RECTIFY else None,
                "effective_on": effective_on.isoformat(),
                "note": note.strip(),
            },
        )
        if outcome == REVOKED:
            _revoke(session, actor.username, recommendation, code, effective_on)
        return Recheck(code, outcome, deadline, effective_on, note.strip(), False)


def _check_plan(session: Session, plan_id: int | None, code: str) -> None:
    """The plan a result is recorded under exists and sampled that community."""
    if plan_id is None:
        return
    plan = session.get(RecheckPlan, plan_id)
    if plan is None or code not in json.loads(plan.sample_json):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{code} is not in the sample of re-check plan {id}."),
            code=code,
            id=plan_id,
        )


def _named(session: Session, code: str) -> Recommendation:
    """The community's named recommendation (the latest naming), refused when it was never named."""
    rows = session.execute(
        select(Recommendation)
        .join(Community, Community.id == Recommendation.community_id)
        .join(NamingEntry, NamingEntry.recommendation_id == Recommendation.id)
        .where(Community.code == code)
        .order_by(NamingEntry.id.desc())
    ).scalars()
    recommendation = rows.first()
    if recommendation is None:
        find_recommendation(session, code, None)  # names an unknown code
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{code} has not been named: nothing to re-check."), code=code
        )
    if recommendation.status == REVOKED:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{code}'s name is revoked already."), code=code)
    return recommendation


def _revoke(session: Session, user: str, recommendation: Recommendation, code: str, day: date) -> None:
    """The status change the figures read, taking effect at the start of ``day``."""
    old = recommendation.status
    recommendation.status = REVOKED
    recommendation.updated_at = clock.now()
    audit.record(
        session,
        user=user,
        action="review.status",
        entity="recommendation",
        key=code,
        old={"status": old},
        new={
            "status": REVOKED,
            "year": recommendation.year,
            "round": recommendation.current_round,
            "effective": datetime.combine(day, time.min).isoformat(),
        },
    )


def rechecks(workspace: Workspace, today: date | None = None) -> list[Recheck]:
    """Every named community's latest re-check, with rectifications past their deadline flagged."""
    today = today or clock.today()
    with workspace.sessions() as session:
        latest: dict[int, RecheckResult] = {}
        for row in session.scalars(select(RecheckResult).order_by(RecheckResult.id)):
            latest[row.recommendation_id] = row
        found = []
        for rec_id, row in latest.items():
            recommendation = session.get(Recommendation, rec_id)
            assert recommendation is not None  # a foreign key
            overdue = row.outcome == RECTIFY and row.deadline is not None and row.deadline < today
            found.append(
                Recheck(
                    recommendation.community.code,
                    row.outcome,
                    row.deadline,
                    row.effective_on,
                    row.note,
                    overdue,
                )
            )
        return sorted(found, key=lambda r: r.code)


def list_plans(workspace: Workspace, year: int | None = None) -> list[Plan]:
    """The re-check plans drawn so far (of ``year`` when given), oldest first, as they were drawn."""
    with workspace.sessions() as session:
        query = select(RecheckPlan).order_by(RecheckPlan.id)
        if year is not None:
            query = query.where(RecheckPlan.year == year)
        return [
            Plan(
                row.id,
                row.year,
                row.seed,
                tuple(json.loads(row.population_json)),
                tuple(json.loads(row.sample_json)),
            )
            for row in session.scalars(query)
        ]
