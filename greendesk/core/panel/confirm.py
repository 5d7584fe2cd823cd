"""The 复核人's confirmation of the merged scores: per community and item, after every assigned expert scored.

The 复核人 holds the approver role and is none of the panel's experts (nobody reviews their own
score). The confirmed value defaults to the experts' mean and may be any value in [0, the item's
points]; a value other than the mean, or any item whose spread is flagged, needs the reason (the
dissent) written down, and it is kept. Confirmations are appended (the latest counts), never edited,
each with its audit entry; the numbers come from ``merge.merged_table``, the one computation.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import accounts, audit
from greendesk.core.base import clock
from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.identity import Actor, PermissionDenied
from greendesk.core.panel.merge import MergedCommunity, MergedItem, merged_table
from greendesk.core.panel.panels import find_panel
from greendesk.core.review.vocabulary import APPROVER
from greendesk.core.standards.scoring_engine import EPSILON
from greendesk.core.storage.models import Panel, PanelConfirmation, PanelExpert
from greendesk.core.workspace import Workspace

CONFIRM_ACTION = "panel.confirm"
REASON_LIMIT = 2000


@dataclass(frozen=True)
class Confirmed:
    code: str
    item: int
    score: float
    mean: float
    dissent: str


def _reviewer(session: Session, panel: Panel, actor: Actor) -> None:
    """Refuse an account that is one of the panel's experts (active or not)."""
    key = session.scalars(
        select(PanelExpert.key).where(
            PanelExpert.panel_id == panel.id, PanelExpert.username == actor.username
        )
    ).first()
    if key is not None:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Errors", "'{user}' is expert {key} on panel {panel} and cannot confirm its scores (复核)."
            ),
            user=actor.username,
            key=key,
            panel=panel.name,
        )


def _community(communities: tuple[MergedCommunity, ...], panel: Panel, code: str) -> MergedCommunity:
    for community in communities:
        if community.code == code.strip():
            return community
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "Panel {panel} has no expert assigned to community {code}."),
        panel=panel.name,
        code=code,
    )


def _item(community: MergedCommunity, number: int) -> MergedItem:
    for item in community.items:
        if item.number == number:
            return item
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "Item {item} is not in the panel's standard."), item=number
    )


def _ready(community: MergedCommunity, item: MergedItem) -> float:
    """The experts' mean once every assigned expert has scored the item, else refused."""
    if item.merge is None or item.awaiting:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Item {item} of community {code}: {experts} have not scored it yet."),
            item=item.number,
            code=community.code,
            experts=", ".join(item.awaiting) or "—",
        )
    return item.merge.mean


def _check(community: MergedCommunity, item: MergedItem, score: float, reason: str) -> None:
    if isinstance(score, bool) or not math.isfinite(score) or not -EPSILON <= score <= item.points + EPSILON:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Item {item} of community {code}: the score must be from 0 to {points}."
            ),
            item=item.number,
            code=community.code,
            points=f"{item.points:g}",
        )
    assert item.merge is not None  # _ready checked it
    if not reason and item.merge.disagreement:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Item {item} of community {code}: the experts disagree (spread {spread}); write the reason "
                "for the confirmed score.",
            ),
            item=item.number,
            code=community.code,
            spread=f"{item.merge.spread:g}",
        )
    if not reason and abs(score - item.merge.mean) > EPSILON:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Item {item} of community {code}: {score} differs from the experts' mean {mean}; write the "
                "reason (dissent).",
            ),
            item=item.number,
            code=community.code,
            score=f"{score:g}",
            mean=f"{item.merge.mean:.2f}",
        )


def _append(
    session: Session,
    panel: Panel,
    community: MergedCommunity,
    item: MergedItem,
    score: float,
    reason: str,
    user: str,
) -> tuple[Confirmed, audit.Change]:
    assert item.merge is not None
    session.add(
        PanelConfirmation(
            panel_id=panel.id,
            recommendation_id=community.recommendation_id,
            item_number=item.number,
            score=score,
            dissent=reason,
            confirmed_by=user,
            confirmed_at=clock.now(),
        )
    )
    old = None if item.confirmed is None else {"score": item.confirmed, "dissent": item.dissent}
    change = audit.Change(
        action=CONFIRM_ACTION,
        entity="panel_confirmation",
        key=f"{panel.id}/{community.code}/{item.number}",
        old=old,
        new={
            "score": score,
            "mean": item.merge.mean,
            "spread": item.merge.spread,
            "flagged": item.merge.disagreement,
            "dissent": reason,
            "experts": dict(item.scores),
        },
    )
    return Confirmed(community.code, item.number, score, item.merge.mean, reason), change


def _clean_reason(reason: str) -> str:
    reason = reason.strip()
    if len(reason) > REASON_LIMIT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The reason is longer than {limit} characters."), limit=REASON_LIMIT
        )
    return reason


def confirm_item(
    workspace: Workspace,
    panel_ref: int | str,
    code: str,
    item: int,
    score: float | None = None,
    reason: str = "",
) -> Confirmed:
    """Confirm one item of one community: ``score`` (default the experts' mean), with the reason when needed."""
    actor = accounts.require(workspace, APPROVER)
    reason = _clean_reason(reason)
    with workspace.transaction() as session:
        panel = find_panel(session, panel_ref)
        _reviewer(session, panel, actor)
        community = _community(merged_table(session, panel).communities, panel, code)
        merged = _item(community, item)
        mean = _ready(community, merged)
        value = mean if score is None else float(score)
        _check(community, merged, value, reason)
        confirmed, change = _append(session, panel, community, merged, value, reason, actor.username)
        session.flush()
        audit.record_many(session, user=actor.username, changes=[change])
        return confirmed


def confirm_all_unflagged(
    workspace: Workspace, panel_ref: int | str, code: str | None = None
) -> list[Confirmed]:
    """Confirm at the mean every item not yet confirmed whose experts all scored and agree (spread within
    the threshold), for one community or (``code`` None) all of them, as one action."""
    actor = accounts.require(workspace, APPROVER)
    with workspace.transaction() as session:
        panel = find_panel(session, panel_ref)
        _reviewer(session, panel, actor)
        communities = merged_table(session, panel).communities
        chosen = communities if code is None else (_community(communities, panel, code),)
        done: list[Confirmed] = []
        changes: list[audit.Change] = []
        for community in chosen:
            for item in community.items:
                if (
                    item.confirmed is not None
                    or item.merge is None
                    or item.awaiting
                    or item.merge.disagreement
                ):
                    continue
                confirmed, change = _append(
                    session, panel, community, item, item.merge.mean, "", actor.username
                )
                done.append(confirmed)
                changes.append(change)
        session.flush()
        audit.record_many(session, user=actor.username, changes=changes)
        return done
