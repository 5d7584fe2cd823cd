"""Expert panels: creating one, its experts (accounts or external), and who scores which community.

Roles: composing a panel (creating it, adding and deactivating experts, assigning them) is the
administrator's. The approver's acts are the official confirmations (a review's sign-off in
``review.commands``, and a panel's 复核 in ``confirm.py``); composing the panel decides which
accounts act on which communities, as managing accounts and targets does, so it stays with the
administrator and the 复核人 is not the person who chose the scorers. An office separates the
duties by giving accounts single roles (a one-person office's first administrator holds both).

Offices run panels of three to seven experts: outside that, the functions warn (``warnings`` of
their result) but do not refuse, since a panel is composed one expert at a time.
Every write is one transaction with its audit entry.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import accounts, audit
from greendesk.core.base import clock
from greendesk.core.base.errors import Message, NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import whole_number
from greendesk.core.identity import parse_roles
from greendesk.core.panel.merge import PanelTable, merged_table, panel_standard
from greendesk.core.review.vocabulary import ADMINISTRATOR, EXPERT
from greendesk.core.standards import frozen
from greendesk.core.standards.library import get_standard
from greendesk.core.standards.model import Item
from greendesk.core.storage.models import (
    Community,
    Panel,
    PanelAssignment,
    PanelExpert,
    Recommendation,
    StandardSnapshot,
    User,
)
from greendesk.core.workspace import Workspace

PANEL_ROLE = ADMINISTRATOR  # see the module docstring
FEWEST_EXPERTS, MOST_EXPERTS = 3, 7  # as offices run panels: a warning outside, never a refusal
DEFAULT_THRESHOLD = 2.0  # points of spread per item above which the 复核人 looks again
SCORED = "scored"
NAME_LIMIT, ORGANISATION_LIMIT, PANEL_NAME_LIMIT = 64, 128, 128
EXPERT_NAME = QT_TRANSLATE_NOOP("Panels", "expert's name")


class PanelMessage(Message):
    """A warning about a panel, translated in the ``Panels`` context."""

    context = "Panels"


@dataclass(frozen=True)
class ExpertInfo:
    key: str
    name: str
    organisation: str
    username: str | None  # None: an external expert without an account
    active: bool
    communities: int  # how many communities the expert is assigned (some or all items)

    @property
    def external(self) -> bool:
        return self.username is None


@dataclass(frozen=True)
class AssignmentInfo:
    expert: str  # the expert's key
    code: str
    community: str
    items: tuple[int, ...] | None  # None: every item


@dataclass(frozen=True)
class PanelSummary:
    id: int
    year: int
    batch: int
    name: str
    standard_id: str
    threshold: float
    experts: int  # active experts
    communities: int


@dataclass(frozen=True)
class PanelInfo:
    id: int
    year: int
    batch: int
    name: str
    standard_id: str
    standard_sha256: str
    threshold: float
    created_by: str
    created_at: datetime
    experts: tuple[ExpertInfo, ...]
    assignments: tuple[AssignmentInfo, ...]
    warnings: tuple[Message, ...] = ()

    def expert(self, key: str) -> ExpertInfo:
        for candidate in self.experts:
            if candidate.key == key:
                return candidate
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "The panel has no expert {key}."), key=key)

    def assigned(self, key: str, code: str) -> tuple[int, ...] | None:
        """The items ``key`` scores for ``code``: None for every item, () when not assigned."""
        for row in self.assignments:
            if row.expert == key and row.code == code:
                return row.items
        return ()


@dataclass(frozen=True)
class Outcome:
    """What a write changed and the warnings it leaves (a panel outside 3-7 experts)."""

    panel: PanelInfo
    changed: int = 0
    warnings: tuple[Message, ...] = field(default=())


# -- finding things --------------------------------------------------------------------------------


def find_panel(session: Session, reference: int | str) -> Panel:
    """A panel by id, or by its exact name when the name is unique."""
    text = str(reference).strip()
    number = whole_number(text)
    if number is not None:
        row = session.get(Panel, number)
        if row is not None:
            return row
    rows = session.scalars(select(Panel).where(Panel.name == text)).all()
    if len(rows) == 1:
        return rows[0]
    if len(rows) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Several panels are named '{panel}': give the panel's number."),
            panel=text,
        )
    raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "Panel {panel} is not in this workspace."), panel=text)


def find_expert(session: Session, panel: Panel, key: str) -> PanelExpert:
    row = session.scalars(
        select(PanelExpert).where(PanelExpert.panel_id == panel.id, PanelExpert.key == key.strip().upper())
    ).first()
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Panel {panel} has no expert {key}."), panel=panel.name, key=key
        )
    return row


def panel_recommendation(session: Session, panel: Panel, code: str) -> Recommendation:
    """The recommendation of ``code`` in the panel's year and batch (a panel scores only those)."""
    row = session.scalars(
        select(Recommendation)
        .join(Community, Recommendation.community_id == Community.id)
        .where(Community.code == code.strip(), Recommendation.year == panel.year)
    ).first()
    if row is None or row.batch != panel.batch:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Community {code} has no recommendation in {year}, batch {batch}, that panel {panel} scores.",
            ),
            code=code,
            year=panel.year,
            batch=panel.batch,
            panel=panel.name,
        )
    return row


def _standard_id(session: Session, panel: Panel) -> str:
    row = session.get(StandardSnapshot, panel.standard_sha256)
    return "" if row is None else row.standard_id


def _experts(session: Session, panel: Panel) -> list[PanelExpert]:
    return list(
        session.scalars(select(PanelExpert).where(PanelExpert.panel_id == panel.id).order_by(PanelExpert.key))
    )


def size_warnings(panel_name: str, active: int) -> tuple[Message, ...]:
    """A warning when the panel has fewer than three or more than seven active experts."""
    if FEWEST_EXPERTS <= active <= MOST_EXPERTS:
        return ()
    return (
        PanelMessage(
            QT_TRANSLATE_NOOP(
                "Panels", "Active experts on panel {panel}: {count}; panels usually have {low} to {high}."
            ),
            panel=panel_name,
            count=active,
            low=FEWEST_EXPERTS,
            high=MOST_EXPERTS,
        ),
    )


def panel_info(session: Session, panel: Panel) -> PanelInfo:
    experts = _experts(session, panel)
    keys = {expert.id: expert.key for expert in experts}
    rows = session.execute(
        select(PanelAssignment.expert_id, PanelAssignment.item_number, Community.code, Community.name)
        .join(Recommendation, PanelAssignment.recommendation_id == Recommendation.id)
        .join(Community, Recommendation.community_id == Community.id)
        .where(PanelAssignment.expert_id.in_(list(keys)))
    ).all()
    grouped: dict[tuple[str, str], tuple[str, set[int] | None]] = {}
    for expert_id, item, code, name in rows:
        _name, items = grouped.get((keys[expert_id], code), (name, set()))
        grouped[(keys[expert_id], code)] = (name, None if item is None or items is None else items | {item})
    assignments = tuple(
        AssignmentInfo(key, code, name, None if items is None else tuple(sorted(items)))
        for (key, code), (name, items) in sorted(grouped.items())
    )
    counts = {expert.key: sum(1 for row in assignments if row.expert == expert.key) for expert in experts}
    infos = tuple(
        ExpertInfo(e.key, e.name, e.organisation, e.username, e.active, counts[e.key]) for e in experts
    )
    return PanelInfo(
        id=panel.id,
        year=panel.year,
        batch=panel.batch,
        name=panel.name,
        standard_id=_standard_id(session, panel),
        standard_sha256=panel.standard_sha256,
        threshold=panel.disagreement_threshold,
        created_by=panel.created_by,
        created_at=panel.created_at,
        experts=infos,
        assignments=assignments,
        warnings=size_warnings(panel.name, sum(1 for e in experts if e.active)),
    )


def list_panels(workspace: Workspace, year: int | None = None) -> list[PanelSummary]:
    """The panels (of ``year``, or all), newest year first, then by number."""
    with workspace.snapshot() as session:
        query = select(Panel).order_by(Panel.year.desc(), Panel.id)
        if year is not None:
            query = query.where(Panel.year == year)
        summaries = []
        for panel in session.scalars(query):
            info = panel_info(session, panel)
            summaries.append(
                PanelSummary(
                    panel.id,
                    panel.year,
                    panel.batch,
                    panel.name,
                    info.standard_id,
                    panel.disagreement_threshold,
                    sum(1 for e in info.experts if e.active),
                    len({row.code for row in info.assignments}),
                )
            )
        return summaries


def show_panel(workspace: Workspace, reference: int | str) -> PanelInfo:
    with workspace.snapshot() as session:
        return panel_info(session, find_panel(session, reference))


def standard_items(workspace: Workspace, reference: int | str) -> tuple[Item, ...]:
    """The items of the standard the panel scores against (the kept version)."""
    with workspace.snapshot() as session:
        return panel_standard(session, find_panel(session, reference)).items


def merged(workspace: Workspace, reference: int | str) -> PanelTable:
    """``merge.merged_table`` read in one snapshot, its panel row detached so screens can read it after."""
    with workspace.snapshot() as session:
        table = merged_table(session, find_panel(session, reference))
        session.expunge(table.panel)
        return table


# -- creating a panel and its experts ---------------------------------------------------------------


def _clean_text(value: str, limit: int, what: str, required: bool) -> str:
    """Spaces collapsed; ``what`` is the field's name, marked in the ``Panels`` context."""
    text = " ".join((value or "").split())
    if required and not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The {field} must not be empty."), field=PanelMessage(what)
        )
    if len(text) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The {field} is longer than {limit} characters."),
            field=PanelMessage(what),
            limit=limit,
        )
    return text


def _check_threshold(threshold: float) -> float:
    if isinstance(threshold, bool) or not math.isfinite(threshold) or not 0 <= threshold <= 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The disagreement threshold must be a number of points from 0 to 100."
            )
        )
    return float(threshold)


def create_panel(
    workspace: Workspace,
    year: int,
    batch: int,
    name: str,
    standard_id: str,
    threshold: float = DEFAULT_THRESHOLD,
) -> PanelInfo:
    """A panel scoring ``year``/``batch`` against a scored standard, kept by content hash."""
    actor = accounts.require(workspace, PANEL_ROLE)
    name = _clean_text(name, PANEL_NAME_LIMIT, QT_TRANSLATE_NOOP("Panels", "panel name"), required=True)
    threshold = _check_threshold(threshold)
    if not 2000 <= year <= 2100 or batch < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Year {year}, batch {batch} is not a campaign year and batch."),
            year=year,
            batch=batch,
        )
    standard = get_standard(standard_id, [workspace.standards_dir])
    if standard.mode != SCORED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Standard {standard} gives no points: a panel needs a scored standard."
            ),
            standard=standard.id,
        )
    if not standard.applies_in(year):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Standard {standard} is not written for {year}."),
            standard=standard.id,
            year=year,
        )
    with workspace.transaction() as session:
        clash = session.scalars(select(Panel.id).where(Panel.name == name, Panel.year == year)).first()
        if clash is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A panel named '{panel}' already exists for {year}."),
                panel=name,
                year=year,
            )
        frozen.remember(session, standard)
        panel = Panel(
            year=year,
            batch=batch,
            name=name,
            standard_sha256=standard.sha256,
            disagreement_threshold=threshold,
            created_by=actor.username,
            created_at=clock.now(),
        )
        session.add(panel)
        session.flush()
        audit.record(
            session,
            user=actor.username,
            action="panel.create",
            entity="panel",
            key=str(panel.id),
            new={
                "year": year,
                "batch": batch,
                "name": name,
                "standard": standard.id,
                "sha256": standard.sha256,
                "threshold": threshold,
            },
        )
        return panel_info(session, panel)


def _next_key(experts: Sequence[PanelExpert]) -> str:
    numbers = [int(e.key[1:]) for e in experts if e.key[:1] == "E" and e.key[1:].isdigit()]
    return f"E{max(numbers, default=0) + 1:02d}"


def _account_expert(session: Session, panel: Panel, username: str) -> tuple[str, str]:
    """(username, name) of an active account holding the expert role and not yet on the panel."""
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None or not user.active:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "No active account named '{user}'."), user=username)
    if EXPERT not in parse_roles(user.roles):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "'{user}' does not hold the expert role: give it first (user add/roles)."
            ),
            user=user.username,
        )
    on_panel = session.scalars(
        select(PanelExpert.key).where(PanelExpert.panel_id == panel.id, PanelExpert.username == user.username)
    ).first()
    if on_panel is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{user}' is already on panel {panel} as {key}."),
            user=user.username,
            panel=panel.name,
            key=on_panel,
        )
    return user.username, user.display_name or user.username


def add_expert(
    workspace: Workspace,
    panel_ref: int | str,
    *,
    username: str | None = None,
    name: str = "",
    organisation: str = "",
) -> Outcome:
    """An account with the expert role (``username``) or an external expert (``name``); keys E01, E02… in order."""
    actor = accounts.require(workspace, PANEL_ROLE)
    organisation = _clean_text(
        organisation, ORGANISATION_LIMIT, QT_TRANSLATE_NOOP("Panels", "organisation"), required=False
    )
    with workspace.transaction() as session:
        panel = find_panel(session, panel_ref)
        if username:
            username, default_name = _account_expert(session, panel, username)
            name = _clean_text(name, NAME_LIMIT, EXPERT_NAME, required=False) or default_name
        else:
            username = None
            name = _clean_text(name, NAME_LIMIT, EXPERT_NAME, required=True)
        experts = _experts(session, panel)
        expert = PanelExpert(
            panel_id=panel.id,
            key=_next_key(experts),
            name=name[:NAME_LIMIT],
            organisation=organisation,
            username=username,
            added_by=actor.username,
            added_at=clock.now(),
        )
        session.add(expert)
        session.flush()
        audit.record(
            session,
            user=actor.username,
            action="panel.expert_add",
            entity="panel_expert",
            key=f"{panel.id}/{expert.key}",
            new={"name": name, "organisation": organisation, "username": username},
        )
        info = panel_info(session, panel)
        return Outcome(info, 1, info.warnings)


def set_expert_active(workspace: Workspace, panel_ref: int | str, key: str, active: bool) -> Outcome:
    """Deactivate an expert (who left the panel: their scores no longer count in the merge) or bring them back."""
    actor = accounts.require(workspace, PANEL_ROLE)
    with workspace.transaction() as session:
        panel = find_panel(session, panel_ref)
        expert = find_expert(session, panel, key)
        changed = int(expert.active != active)
        if changed:
            expert.active = active
            audit.record(
                session,
                user=actor.username,
                action="panel.expert_active",
                entity="panel_expert",
                key=f"{panel.id}/{expert.key}",
                old={"active": not active},
                new={"active": active},
            )
            session.flush()
        info = panel_info(session, panel)
        return Outcome(info, changed, info.warnings)


def expert_accounts(workspace: Workspace) -> list[tuple[str, str]]:
    """(username, display name) of the active accounts holding the expert role."""
    with workspace.snapshot() as session:
        users = session.scalars(select(User).where(User.active.is_(True)).order_by(User.username))
        return [(u.username, u.display_name) for u in users if EXPERT in parse_roles(u.roles)]
