"""An expert scoring on this PC: signed in with their own account, they score the items assigned to them.

The score is always the engine's (``scoring_engine.score_item``) from the expert's findings, never
a number typed by hand: an item with rules takes a finding per rule, one without takes ``met``.
Only the assigned expert scores (不得代替签名: nobody scores for another, an administrator cannot
score as E02), and only while the 复核人 has not confirmed the item.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import accounts
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.identity import PermissionDenied
from greendesk.core.panel import findings as findings_json
from greendesk.core.panel.merge import panel_standard
from greendesk.core.panel.panels import find_panel, panel_recommendation
from greendesk.core.panel.scores import DIRECT, ExpertItemScore, comment_problem, record_scores
from greendesk.core.review.vocabulary import EXPERT
from greendesk.core.standards import scoring_engine
from greendesk.core.standards.scoring_engine import ItemScore
from greendesk.core.storage.models import (
    Panel,
    PanelAssignment,
    PanelConfirmation,
    PanelExpert,
    Recommendation,
)
from greendesk.core.workspace import Workspace


@dataclass(frozen=True)
class DirectScore:
    """What the engine made of the findings, and whether a new score was recorded (False: unchanged)."""

    expert: str
    code: str
    item: ItemScore
    recorded: bool


def own_expert(session: Session, panel: Panel, username: str) -> PanelExpert:
    """The signed-in account's own place on the panel (an active expert), else refused."""
    expert = session.scalars(
        select(PanelExpert).where(PanelExpert.panel_id == panel.id, PanelExpert.username == username)
    ).first()
    if expert is None or not expert.active:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "'{user}' is not an active expert on panel {panel}."),
            user=username,
            panel=panel.name,
        )
    return expert


def is_assigned(session: Session, expert: PanelExpert, recommendation: Recommendation, item: int) -> bool:
    rows = session.scalars(
        select(PanelAssignment.item_number).where(
            PanelAssignment.expert_id == expert.id, PanelAssignment.recommendation_id == recommendation.id
        )
    ).all()
    return any(number is None or number == item for number in rows)


def _confirmed(session: Session, panel: Panel, recommendation: Recommendation, item: int) -> bool:
    found = session.scalars(
        select(PanelConfirmation.id)
        .where(
            PanelConfirmation.panel_id == panel.id,
            PanelConfirmation.recommendation_id == recommendation.id,
            PanelConfirmation.item_number == item,
        )
        .limit(1)
    ).first()
    return found is not None


def score_item(
    workspace: Workspace,
    panel_ref: int | str,
    code: str,
    item: int,
    findings: str | Mapping[str, Any],
    comment: str = "",
) -> DirectScore:
    """The signed-in expert scores one assigned item from their findings (JSON text or object)."""
    actor = accounts.require(workspace, EXPERT)
    comment = comment.strip()
    problem = comment_problem(comment)
    if problem is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Item {item} of community {code}: {problem}."),
            item=item,
            code=code,
            problem=problem,
        )
    parsed = findings_json.from_json(item, findings)
    with workspace.transaction() as session:
        panel = find_panel(session, panel_ref)
        expert = own_expert(session, panel, actor.username)
        recommendation = panel_recommendation(session, panel, code)
        if not is_assigned(session, expert, recommendation, item):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "Expert {key} is not assigned item {item} of community {code}."),
                key=expert.key,
                item=item,
                code=code,
            )
        if _confirmed(session, panel, recommendation, item):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Item {item} of community {code} is already confirmed by the reviewer (复核人)."
                ),
                item=item,
                code=code,
            )
        result = scoring_engine.score_item(panel_standard(session, panel).item(item), parsed)
        added = record_scores(
            session,
            expert=expert,
            recommendation=recommendation,
            scores=[ExpertItemScore(item, result.score, findings_json.to_json(parsed), comment)],
            source=DIRECT,
            user=actor.username,
        )
        return DirectScore(expert.key, recommendation.community.code, result, bool(added))
