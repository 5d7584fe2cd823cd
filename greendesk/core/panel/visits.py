"""Site visits (现场核验): the plan by day and route, re-planning and cancelling.

A day's route lists the communities to visit in order, grouped by street (default: street code
order, then community code; or the order the planner gave). Planning a community that already has
a planned visit moves that visit (audited as a move); cancelling takes it out of the route. A
recorded or cancelled visit stays as it is: planning the community again makes a new visit. Every
visit gets a random ``visit_code`` (8 characters from an alphabet without look-alikes) that the
printed form's QR code carries, so the paper comes back to the right visit.

Planning needs an administrator or approver; recording what was found (``visit_records``) a
reviewer, approver or expert. Each action is one transaction with its audit entries. What a visit
finds is recorded beside the review: it never changes the review's decisions.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import accounts, audit
from greendesk.core.base import clock
from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.identity import Actor, PermissionDenied
from greendesk.core.panel.merge import panel_standard
from greendesk.core.review.views import find_recommendation
from greendesk.core.review.vocabulary import ADMINISTRATOR, APPROVER, EXPERT, REVIEWER
from greendesk.core.review.workflow import WorkflowError
from greendesk.core.standards import frozen
from greendesk.core.standards.model import Standard
from greendesk.core.storage.models import Community, Panel, PanelExpert, Recommendation, SiteVisit, Street
from greendesk.core.workspace import Workspace

PLANNED, RECORDED, CANCELLED = "planned", "recorded", "cancelled"
VISIT_STATUSES = (PLANNED, RECORDED, CANCELLED)
PLANNERS = (ADMINISTRATOR, APPROVER)
RECORDERS = (REVIEWER, APPROVER, EXPERT)
# No 0/O, 1/I/L: a code read off paper or typed from the form is not misread.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8
QR_PREFIX = "GDV1"


@dataclass(frozen=True)
class VisitRow:
    """One visit as plans, forms and screens show it."""

    visit_code: str
    day: date
    order: int
    status: str
    year: int
    batch: int
    code: str
    name: str
    street_code: str
    street_name: str
    contact: str
    recommendation_id: int
    panel_id: int | None

    @property
    def qr_payload(self) -> str:
        """What the form's QR code holds: format tag, community code, visit code."""
        return f"{QR_PREFIX};{self.code};{self.visit_code}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "visit": self.visit_code,
            "day": self.day.isoformat(),
            "order": self.order,
            "status": self.status,
            "year": self.year,
            "batch": self.batch,
            "code": self.code,
            "name": self.name,
            "street_code": self.street_code,
            "street": self.street_name,
            "contact": self.contact,
            "panel": self.panel_id,
        }


@dataclass(frozen=True)
class PlanDay:
    day: date
    visits: tuple[VisitRow, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"day": self.day.isoformat(), "visits": [visit.to_dict() for visit in self.visits]}


@dataclass(frozen=True)
class VisitSheet:
    """What a visit's form and record dialog need: the visit, the standard, who visits."""

    visit: VisitRow
    standard: Standard
    experts: tuple[str, ...]  # the panel's experts' names (none: blank signature lines)

    @property
    def scored(self) -> bool:
        return self.standard.mode == "scored"


def parse_qr(payload: str) -> tuple[str, str]:
    """(community code, visit code) from a scanned form's QR text, or a message saying it is not one."""
    parts = payload.strip().split(";")
    if len(parts) != 3 or parts[0] != QR_PREFIX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{text}' is not the QR code of a GreenDesk site-visit form."),
            text=payload[:40],
        )
    return parts[1], parts[2].upper()


def require_any(workspace: Workspace, roles: Sequence[str]) -> Actor:
    """The signed-in actor holding at least one of ``roles``."""
    actor = accounts.require(workspace)
    if not any(actor.has_role(role) for role in roles):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "'{user}' needs one of the roles {roles} for this action."),
            user=actor.username,
            roles=", ".join(roles),
        )
    return actor


def new_visit_code(session: Session) -> str:
    """A random code not yet used (``secrets``: a code on paper must not be guessable from another)."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if session.scalar(select(SiteVisit.id).where(SiteVisit.visit_code == code)) is None:
            return code


def visit_row(session: Session, visit: SiteVisit) -> VisitRow:
    recommendation = session.get(Recommendation, visit.recommendation_id)
    community = recommendation.community
    return VisitRow(
        visit_code=visit.visit_code,
        day=visit.planned_on,
        order=visit.route_order,
        status=visit.status,
        year=recommendation.year,
        batch=recommendation.batch,
        code=community.code,
        name=community.name,
        street_code=community.street.code,
        street_name=community.street.name,
        contact=recommendation.contact or community.contact,
        recommendation_id=recommendation.id,
        panel_id=visit.panel_id,
    )


def find_visit(session: Session, visit_code: str) -> SiteVisit:
    visit = session.scalars(
        select(SiteVisit).where(SiteVisit.visit_code == visit_code.strip().upper())
    ).first()
    if visit is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "No site visit has the code {visit}."), visit=visit_code
        )
    return visit


def _day_route(session: Session, day: date) -> list[SiteVisit]:
    """The day's visits that are not cancelled, in route order."""
    query = (
        select(SiteVisit)
        .where(SiteVisit.planned_on == day, SiteVisit.status != CANCELLED)
        .order_by(SiteVisit.route_order, SiteVisit.id)
    )
    return list(session.scalars(query))


def _renumber(route: Iterable[SiteVisit]) -> None:
    for order, visit in enumerate(route, start=1):
        visit.route_order = order


def _street_recommendations(
    session: Session, year: int, batch: int | None, street: str
) -> list[Recommendation]:
    query = (
        select(Recommendation)
        .join(Community, Recommendation.community_id == Community.id)
        .join(Street, Community.street_id == Street.id)
        .where(Street.code == street, Recommendation.year == year)
        .order_by(Community.code)
    )
    if batch is not None:
        query = query.where(Recommendation.batch == batch)
    found = list(session.scalars(query))
    if not found:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Street {street} has no recommended community for {year}."),
            street=street,
            year=year,
        )
    return found


def _chosen(
    session: Session,
    year: int,
    batch: int | None,
    codes: Sequence[str],
    streets: Sequence[str],
    keep_order: bool,
) -> list[Recommendation]:
    """The recommendations to visit, grouped by street: in street and community code order, or with
    ``keep_order`` the streets in the order they first appear and the communities as given."""
    chosen: dict[int, Recommendation] = {}
    for code in codes:
        recommendation = find_recommendation(session, code.strip(), year)
        if batch is not None and recommendation.batch != batch:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Community {code} is recommended in batch {actual} of {year}, not {batch}."
                ),
                code=code,
                actual=recommendation.batch,
                year=year,
                batch=batch,
            )
        chosen.setdefault(recommendation.id, recommendation)
    for street in streets:
        for recommendation in _street_recommendations(session, year, batch, street.strip()):
            chosen.setdefault(recommendation.id, recommendation)
    listed = list(chosen.values())
    if not keep_order:
        return sorted(listed, key=lambda r: (r.community.street.code, r.community.code))
    first_seen: dict[str, int] = {}
    for recommendation in listed:
        first_seen.setdefault(recommendation.community.street.code, len(first_seen))
    return sorted(listed, key=lambda r: first_seen[r.community.street.code])  # stable: given order kept


def _check_panel(session: Session, panel_id: int | None, year: int) -> None:
    if panel_id is None:
        return
    panel = session.get(Panel, panel_id)
    if panel is None or panel.year != year:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no panel {panel} for {year}."), panel=panel_id, year=year
        )


def _place(day: date, order: int) -> dict[str, Any]:
    return {"day": day.isoformat(), "order": order}


def plan_visits(
    workspace: Workspace,
    year: int,
    day: date,
    *,
    codes: Sequence[str] = (),
    streets: Sequence[str] = (),
    batch: int | None = None,
    start: int | None = None,
    keep_order: bool = False,
    panel_id: int | None = None,
) -> list[VisitRow]:
    """Put communities (by code, or whole streets) on the day's route from position ``start`` (default:
    the end); a community with a planned visit on another day is moved here. Returns the day's route."""
    actor = require_any(workspace, PLANNERS)
    if not codes and not streets:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Name the communities or streets to visit."))
    with workspace.transaction() as session:
        _check_panel(session, panel_id, year)
        chosen = _chosen(session, year, batch, codes, streets, keep_order)
        route = _day_route(session, day)
        before = {visit.id: (visit.planned_on, visit.route_order) for visit in route}
        position = len(route) if start is None else max(0, min(start - 1, len(route)))
        arriving: list[SiteVisit] = []
        moved_from: set[date] = set()
        now = clock.now()
        for recommendation in chosen:
            visit = session.scalars(
                select(SiteVisit).where(
                    SiteVisit.recommendation_id == recommendation.id, SiteVisit.status == PLANNED
                )
            ).first()
            if visit is not None and visit.planned_on == day:
                continue  # already on this day's route: it keeps its place
            if visit is None:
                visit = SiteVisit(
                    visit_code=new_visit_code(session),
                    panel_id=panel_id,
                    recommendation_id=recommendation.id,
                    planned_on=day,
                    route_order=0,
                    status=PLANNED,
                    created_by=actor.username,
                    created_at=now,
                )
                session.add(visit)
            else:
                before[visit.id] = (visit.planned_on, visit.route_order)
                moved_from.add(visit.planned_on)
                visit.planned_on = day
                if panel_id is not None:
                    visit.panel_id = panel_id
            arriving.append(visit)
        route[position:position] = arriving
        _renumber(route)
        session.flush()
        for old_day in moved_from:
            _renumber(_day_route(session, old_day))
        changes = [_plan_change(session, visit, before.get(visit.id)) for visit in route]
        audit.record_many(session, user=actor.username, changes=[c for c in changes if c is not None])
        return [visit_row(session, visit) for visit in route]


def _plan_change(session: Session, visit: SiteVisit, before: tuple[date, int] | None) -> audit.Change | None:
    """The audit entry for a visit the plan created or moved (None: it kept its day and place)."""
    row = visit_row(session, visit)
    if before == (visit.planned_on, visit.route_order):
        return None
    action = "visit.plan" if before is None else "visit.move"
    return audit.Change(
        action=action,
        entity="site_visit",
        key=visit.visit_code,
        old=None if before is None else _place(*before),
        new={**_place(visit.planned_on, visit.route_order), "code": row.code, "year": row.year},
    )


def move_visit(
    workspace: Workspace, visit_code: str, *, day: date | None = None, position: int | None = None
) -> VisitRow:
    """Re-plan one planned visit: another day and/or another place in the route (default: the end)."""
    actor = require_any(workspace, PLANNERS)
    with workspace.transaction() as session:
        visit = find_visit(session, visit_code)
        if visit.status != PLANNED:
            raise WorkflowError(
                QT_TRANSLATE_NOOP("Errors", "Visit {visit} is {status}: only a planned visit can be moved."),
                visit=visit.visit_code,
                status=visit.status,
            )
        old_day, old_order = visit.planned_on, visit.route_order
        target = day or old_day
        route = [other for other in _day_route(session, target) if other.id != visit.id]
        index = len(route) if position is None else max(0, min(position - 1, len(route)))
        route.insert(index, visit)
        visit.planned_on = target
        _renumber(route)
        session.flush()
        if target != old_day:
            _renumber(_day_route(session, old_day))
        change = _plan_change(session, visit, (old_day, old_order))
        if change is not None:
            audit.record_many(session, user=actor.username, changes=[change])
        return visit_row(session, visit)


def cancel_visit(workspace: Workspace, visit_code: str, reason: str = "") -> VisitRow:
    """Take a planned visit off its route (kept, marked cancelled; the route closes the gap)."""
    actor = require_any(workspace, PLANNERS)
    with workspace.transaction() as session:
        visit = find_visit(session, visit_code)
        if visit.status != PLANNED:
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Visit {visit} is {status}: only a planned visit can be cancelled."
                ),
                visit=visit.visit_code,
                status=visit.status,
            )
        visit.status = CANCELLED
        session.flush()
        _renumber(_day_route(session, visit.planned_on))
        row = visit_row(session, visit)
        audit.record(
            session,
            user=actor.username,
            action="visit.cancel",
            entity="site_visit",
            key=visit.visit_code,
            old={**_place(visit.planned_on, visit.route_order), "status": PLANNED},
            new={"status": CANCELLED, "reason": reason, "code": row.code, "year": row.year},
        )
        return row


def list_plan(
    workspace: Workspace, year: int, day: date | None = None, *, cancelled: bool = False
) -> list[PlanDay]:
    """The year's visits by day, each day's route in order (cancelled ones only when asked)."""
    with workspace.snapshot() as session:
        query = (
            select(SiteVisit)
            .join(Recommendation, SiteVisit.recommendation_id == Recommendation.id)
            .where(Recommendation.year == year)
            .order_by(
                SiteVisit.planned_on, SiteVisit.status == CANCELLED, SiteVisit.route_order, SiteVisit.id
            )
        )
        if day is not None:
            query = query.where(SiteVisit.planned_on == day)
        if not cancelled:
            query = query.where(SiteVisit.status != CANCELLED)
        days: dict[date, list[VisitRow]] = {}
        for visit in session.scalars(query):
            days.setdefault(visit.planned_on, []).append(visit_row(session, visit))
        return [PlanDay(key, tuple(rows)) for key, rows in days.items()]


def sheet_in(session: Session, workspace: Workspace, visit: SiteVisit) -> VisitSheet:
    """The visit with its standard (the panel's when it belongs to one, else the recommendation's)."""
    row = visit_row(session, visit)
    experts: tuple[str, ...] = ()
    if visit.panel_id is not None and (panel := session.get(Panel, visit.panel_id)) is not None:
        standard = panel_standard(session, panel)
        experts = tuple(
            session.scalars(
                select(PanelExpert.name)
                .where(PanelExpert.panel_id == panel.id, PanelExpert.active.is_(True))
                .order_by(PanelExpert.key)
            )
        )
    else:
        recommendation = session.get(Recommendation, visit.recommendation_id)
        standard = frozen.for_recommendation(session, recommendation, [workspace.standards_dir])
    return VisitSheet(row, standard, experts)


def visit_sheet(workspace: Workspace, visit_code: str) -> VisitSheet:
    with workspace.snapshot() as session:
        return sheet_in(session, workspace, find_visit(session, visit_code))


def day_sheets(workspace: Workspace, year: int, day: date) -> list[VisitSheet]:
    """Every visit of the day's route (not cancelled), in order, with its standard."""
    with workspace.snapshot() as session:
        visits = [
            visit
            for visit in _day_route(session, day)
            if session.get(Recommendation, visit.recommendation_id).year == year
        ]
        if not visits:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "No site visit is planned for {day} ({year})."),
                day=day.isoformat(),
                year=year,
            )
        return [sheet_in(session, workspace, visit) for visit in visits]


@dataclass(frozen=True)
class Candidate:
    """A recommended community that may be put on a route, with the day it is planned for if any."""

    street_code: str
    street_name: str
    code: str
    name: str
    planned_on: date | None


def candidates(workspace: Workspace, year: int) -> list[Candidate]:
    """The year's recommended communities by street and code (the screen's "add communities")."""
    with workspace.snapshot() as session:
        planned = {
            visit.recommendation_id: visit.planned_on
            for visit in session.scalars(select(SiteVisit).where(SiteVisit.status == PLANNED))
        }
        query = (
            select(Recommendation)
            .join(Community, Recommendation.community_id == Community.id)
            .join(Street, Community.street_id == Street.id)
            .where(Recommendation.year == year)
            .order_by(Street.code, Community.code)
        )
        return [
            Candidate(
                r.community.street.code,
                r.community.street.name,
                r.community.code,
                r.community.name,
                planned.get(r.id),
            )
            for r in session.scalars(query)
        ]
