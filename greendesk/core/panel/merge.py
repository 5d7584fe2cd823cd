"""The panel's merged table: per community and item, each expert's score, the mean, the spread,
the disagreement flag, and the 复核人's confirmed score with any dissent.

This is the one computation behind the merge view, the CLI's ``panel merge``, the 专家意见表 and
the 考核评分情况一览表: an item's value is the confirmed score when there is one, else the experts'
mean (评价得分=(专家1+专家2+…)/专家人数, ``scoring_engine.merge_experts``). A gating item is vetoed
when most of the experts who scored it recorded the veto in their findings. A deactivated expert
(who left the panel) is not a column: their recorded scores stay, but no longer count.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core.base.errors import NotFoundError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.panel.scores import latest_scores
from greendesk.core.standards.format import parse_standard
from greendesk.core.standards.model import Standard
from greendesk.core.standards.scoring_engine import EPSILON, ExpertMerge, merge_experts
from greendesk.core.storage.models import (
    Panel,
    PanelAssignment,
    PanelConfirmation,
    PanelExpert,
    Recommendation,
    StandardSnapshot,
)


@dataclass(frozen=True)
class ExpertColumn:
    key: str  # "E01": how kits, sheets and documents name the expert
    name: str
    organisation: str


@dataclass(frozen=True)
class MergedItem:
    number: int
    text: str
    points: float
    gating: bool
    scores: dict[str, float | None]  # expert key -> latest score (None: assigned, not scored yet)
    comments: dict[str, str]  # expert key -> comment (dissent included), only where one was written
    merge: ExpertMerge | None  # None until some expert has scored the item
    vetoed: bool
    confirmed: float | None
    dissent: str
    confirmed_by: str

    @property
    def awaiting(self) -> tuple[str, ...]:
        """The assigned experts who have not scored the item yet (the 复核人 waits for them)."""
        return tuple(key for key, score in self.scores.items() if score is None)

    @property
    def value(self) -> float | None:
        """The score that counts: the confirmed one, else the experts' mean."""
        if self.confirmed is not None:
            return self.confirmed
        return None if self.merge is None else self.merge.mean


@dataclass(frozen=True)
class MergedCommunity:
    recommendation_id: int
    code: str
    name: str
    street: str
    items: tuple[MergedItem, ...]

    @property
    def complete(self) -> bool:
        return all(item.value is not None for item in self.items)

    @property
    def total(self) -> float | None:
        """The sum of the items' values once every item has one."""
        if not self.complete:
            return None
        return round(sum(item.value or 0.0 for item in self.items), 6)

    @property
    def flagged(self) -> tuple[int, ...]:
        """Items whose spread is above the panel's threshold and not yet confirmed."""
        return tuple(
            item.number
            for item in self.items
            if item.merge is not None and item.merge.disagreement and item.confirmed is None
        )

    @property
    def vetoed(self) -> tuple[int, ...]:
        return tuple(item.number for item in self.items if item.vetoed)


@dataclass(frozen=True)
class PanelTable:
    panel: Panel
    standard: Standard
    experts: tuple[ExpertColumn, ...]
    communities: tuple[MergedCommunity, ...]

    def passed(self, community: MergedCommunity) -> bool | None:
        """By the standard's pass mark; a veto fails whatever the total; None while incomplete."""
        if community.vetoed:
            return False
        total = community.total
        if total is None:
            return None
        return total >= (self.standard.pass_mark or 0.0) - EPSILON

    def tier(self, community: MergedCommunity) -> str | None:
        """The highest tier reached by a community that passed."""
        if not self.passed(community):
            return None
        reached = None
        for candidate in self.standard.tiers:  # sorted by min_points
            if (community.total or 0.0) >= candidate.min_points - EPSILON:
                reached = candidate.id
        return reached


def panel_standard(session: Session, panel: Panel) -> Standard:
    """The exact scored standard the panel scores against (kept by content hash)."""
    row = session.get(StandardSnapshot, panel.standard_sha256)
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Panel {panel}: its standard ({sha}) is not in this workspace."),
            panel=panel.name or panel.id,
            sha=panel.standard_sha256[:12],
        )
    return parse_standard(json.loads(row.content_json), f"{row.standard_id} ({row.sha256[:12]})")


def _vetoed(findings: list[str]) -> bool:
    votes = [bool(json.loads(text or "{}").get("vetoed")) for text in findings]
    return bool(votes) and sum(votes) * 2 > len(votes)


def merged_table(session: Session, panel: Panel) -> PanelTable:
    """Every assigned community of the panel, in code order, with its merged items."""
    standard = panel_standard(session, panel)
    experts = session.scalars(
        select(PanelExpert)
        .where(PanelExpert.panel_id == panel.id, PanelExpert.active.is_(True))
        .order_by(PanelExpert.key)
    ).all()
    by_id = {expert.id: expert for expert in experts}
    assignments = session.scalars(
        select(PanelAssignment).where(PanelAssignment.expert_id.in_(list(by_id)))
    ).all()
    assigned: dict[int, dict[int, set[int]]] = {}  # recommendation -> item -> expert ids
    numbers = [item.number for item in standard.items]
    for row in assignments:
        for number in numbers if row.item_number is None else [row.item_number]:
            assigned.setdefault(row.recommendation_id, {}).setdefault(number, set()).add(row.expert_id)
    latest = latest_scores(session, experts)
    confirmations: dict[tuple[int, int], PanelConfirmation] = {}
    for row in session.scalars(
        select(PanelConfirmation).where(PanelConfirmation.panel_id == panel.id).order_by(PanelConfirmation.id)
    ):
        confirmations[(row.recommendation_id, row.item_number)] = row
    recommendations = session.scalars(
        select(Recommendation).where(Recommendation.id.in_(list(assigned)))
    ).all()
    communities = []
    for recommendation in sorted(recommendations, key=lambda r: r.community.code):
        items = []
        for item in standard.items:
            expert_ids = sorted(assigned[recommendation.id].get(item.number, ()), key=lambda i: by_id[i].key)
            rows = [latest.get((i, recommendation.id, item.number)) for i in expert_ids]
            scored = [row for row in rows if row is not None and row.score is not None]
            confirmation = confirmations.get((recommendation.id, item.number))
            items.append(
                MergedItem(
                    number=item.number,
                    text=item.text,
                    points=item.points or 0.0,
                    gating=item.gating,
                    scores={
                        by_id[i].key: (None if row is None else row.score)
                        for i, row in zip(expert_ids, rows, strict=True)
                    },
                    comments={by_id[row.expert_id].key: row.comment for row in scored if row.comment},
                    merge=(
                        merge_experts([row.score for row in scored], panel.disagreement_threshold)
                        if scored
                        else None
                    ),
                    vetoed=item.gating and _vetoed([row.findings_json for row in scored]),
                    confirmed=None if confirmation is None else confirmation.score,
                    dissent="" if confirmation is None else confirmation.dissent,
                    confirmed_by="" if confirmation is None else confirmation.confirmed_by,
                )
            )
        community = recommendation.community
        communities.append(
            MergedCommunity(
                recommendation.id, community.code, community.name, community.street.name, tuple(items)
            )
        )
    columns = tuple(ExpertColumn(e.key, e.name, e.organisation) for e in experts)
    return PanelTable(panel, standard, columns, tuple(communities))
