"""What a signed-in expert scores on the district PC: their assignments, each with its evidence.

The GUI's scoring view reads this and writes through ``direct.score_item`` (the one function ``panel
score`` calls), so the view can offer only what the core would accept: an active expert's own
assigned (community, item) pairs. A confirmed item is shown but no longer editable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from greendesk.core import accounts
from greendesk.core.panel.merge import panel_standard
from greendesk.core.panel.scores import latest_scores
from greendesk.core.review.views import EvidencePhoto, _evidence_photo
from greendesk.core.review.vocabulary import EXPERT
from greendesk.core.standards.model import Item
from greendesk.core.storage.models import (
    Evidence,
    Panel,
    PanelAssignment,
    PanelConfirmation,
    PanelExpert,
    Recommendation,
)
from greendesk.core.workspace import Workspace


@dataclass(frozen=True)
class AssignedItem:
    """One item the expert may score, with what they recorded so far (findings JSON, comment, score)."""

    panel_id: int
    panel_name: str
    expert_key: str
    code: str
    community: str
    street: str
    item: Item
    findings: dict[str, Any] = field(default_factory=dict)
    comment: str = ""
    score: float | None = None
    confirmed: bool = False
    photos: tuple[EvidencePhoto, ...] = ()


def _assigned_numbers(session: Session, expert: PanelExpert) -> dict[int, set[int] | None]:
    """Per recommendation id, the item numbers assigned (None: every item)."""
    numbers: dict[int, set[int] | None] = {}
    for row in session.scalars(select(PanelAssignment).where(PanelAssignment.expert_id == expert.id)):
        if row.item_number is None:
            numbers[row.recommendation_id] = None
        elif numbers.get(row.recommendation_id, set()) is not None:
            numbers.setdefault(row.recommendation_id, set()).add(row.item_number)  # type: ignore[union-attr]
    return numbers


def _expert_items(session: Session, panel: Panel, expert: PanelExpert) -> list[AssignedItem]:
    standard = panel_standard(session, panel)
    latest = latest_scores(session, [expert])
    confirmed = set(
        session.execute(
            select(PanelConfirmation.recommendation_id, PanelConfirmation.item_number).where(
                PanelConfirmation.panel_id == panel.id
            )
        )
    )
    result: list[AssignedItem] = []
    assigned = _assigned_numbers(session, expert)
    for recommendation_id, numbers in assigned.items():
        recommendation = session.get(Recommendation, recommendation_id)
        if recommendation is None:
            continue
        community = recommendation.community
        evidence = list(
            session.scalars(
                select(Evidence)
                .options(selectinload(Evidence.photo))
                .where(Evidence.recommendation_id == recommendation_id)
                .order_by(Evidence.item_number, Evidence.id)
            )
        )
        street = community.street.name if community.street is not None else ""
        for item in standard.items:
            if numbers is not None and item.number not in numbers:
                continue
            saved = latest.get((expert.id, recommendation_id, item.number))
            result.append(
                AssignedItem(
                    panel_id=panel.id,
                    panel_name=panel.name,
                    expert_key=expert.key,
                    code=community.code,
                    community=community.name,
                    street=street,
                    item=item,
                    findings=json.loads(saved.findings_json or "{}") if saved else {},
                    comment=saved.comment if saved else "",
                    score=saved.score if saved else None,
                    confirmed=(recommendation_id, item.number) in confirmed,
                    photos=tuple(_evidence_photo(r) for r in evidence if r.item_number == item.number),
                )
            )
    return sorted(result, key=lambda a: (a.panel_id, a.code, a.item.number))


def my_assignments(workspace: Workspace, year: int | None = None) -> list[AssignedItem]:
    """The signed-in expert's assigned items on every panel they are active on (of ``year``, if given)."""
    actor = accounts.require(workspace, EXPERT)
    with workspace.sessions() as session:
        query = (
            select(PanelExpert, Panel)
            .join(Panel, Panel.id == PanelExpert.panel_id)
            .where(PanelExpert.username == actor.username, PanelExpert.active.is_(True))
            .order_by(Panel.year.desc(), Panel.id)
        )
        if year is not None:
            query = query.where(Panel.year == year)
        items: list[AssignedItem] = []
        for expert, panel in session.execute(query):
            items.extend(_expert_items(session, panel, expert))
        return items
