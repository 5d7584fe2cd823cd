"""Who scores what: an expert assigned to communities of the panel's year and batch, all items or some.

An expert's assignment to one community is stored as one row with no item (every item) or one row
per item; assigning and unassigning add to or take from what the expert had, and the rows are
rewritten to the shortest form. Composing the panel is the administrator's (see ``panels.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import accounts, audit
from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.panel.merge import panel_standard
from greendesk.core.panel.panels import (
    PANEL_ROLE,
    Outcome,
    find_expert,
    find_panel,
    panel_info,
    panel_recommendation,
)
from greendesk.core.storage.models import (
    Community,
    Panel,
    PanelAssignment,
    PanelExpert,
    Recommendation,
)
from greendesk.core.workspace import Workspace

# An expert's items of one community: None every item, an empty set none (not assigned).
Items = frozenset[int] | None
NOTHING: Items = frozenset()


def _chosen(
    session: Session, panel: Panel, items: Iterable[int] | None, allow_none: bool = False
) -> frozenset[int]:
    """The items asked for (None: all), each checked against the panel's standard."""
    numbers = frozenset(item.number for item in panel_standard(session, panel).items)
    if items is None:
        return numbers
    chosen = frozenset(items)
    unknown = sorted(chosen - numbers)
    if unknown:
        panel_standard(session, panel).item(unknown[0])  # NotFoundError naming the standard and the item
    if not chosen and not allow_none:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Name at least one item, or none for every item."))
    return chosen


def _rows(session: Session, expert: PanelExpert, recommendation: Recommendation) -> list[PanelAssignment]:
    return list(
        session.scalars(
            select(PanelAssignment).where(
                PanelAssignment.expert_id == expert.id, PanelAssignment.recommendation_id == recommendation.id
            )
        )
    )


def _current(rows: list[PanelAssignment]) -> Items:
    if any(row.item_number is None for row in rows):
        return None
    return frozenset(row.item_number for row in rows if row.item_number is not None)


def _plain(items: Items) -> object:
    """How the audit entry writes an assignment."""
    return "all" if items is None else sorted(items)


def _write(
    session: Session, expert: PanelExpert, recommendation: Recommendation, items: Items, user: str
) -> None:
    """Replace the expert's rows for the recommendation with ``items``."""
    for row in _rows(session, expert, recommendation):
        session.delete(row)
    session.flush()
    numbers: Iterable[int | None] = [None] if items is None else sorted(items)
    now = clock.now()
    for number in numbers:
        session.add(
            PanelAssignment(
                expert_id=expert.id,
                recommendation_id=recommendation.id,
                item_number=number,
                assigned_by=user,
                assigned_at=now,
            )
        )


ADD, REMOVE, REPLACE = "add", "remove", "replace"


def _combined(before: Items, chosen: frozenset[int], every: frozenset[int], mode: str) -> Items:
    """The items after adding, removing or replacing by ``chosen``, in the shortest form (None: every item)."""
    have = every if before is None else before
    result = {ADD: have | chosen, REMOVE: have - chosen, REPLACE: chosen}[mode]
    return None if result == every else result


def _change(
    workspace: Workspace,
    panel_ref: int | str,
    key: str,
    codes: Sequence[str],
    items: Iterable[int] | None,
    mode: str,
) -> Outcome:
    actor = accounts.require(workspace, PANEL_ROLE)
    if not codes:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Name at least one community."))
    with workspace.transaction() as session:
        panel = find_panel(session, panel_ref)
        expert = find_expert(session, panel, key)
        if mode != REMOVE and not expert.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Expert {key} is not active on panel {panel}."),
                key=expert.key,
                panel=panel.name,
            )
        chosen = _chosen(session, panel, items, allow_none=mode == REPLACE)
        every = frozenset(item.number for item in panel_standard(session, panel).items)
        changes = []
        for code in dict.fromkeys(code.strip() for code in codes):
            recommendation = panel_recommendation(session, panel, code)
            before = _current(_rows(session, expert, recommendation))
            after = _combined(before, chosen, every, mode)
            if after == before:
                continue
            _write(session, expert, recommendation, after, actor.username)
            changes.append(
                audit.Change(
                    action="panel.assign",
                    entity="panel_assignment",
                    key=f"{panel.id}/{expert.key}/{code}",
                    old={"items": _plain(before)},
                    new={"items": _plain(after)},
                )
            )
        session.flush()
        audit.record_many(session, user=actor.username, changes=changes)
        info = panel_info(session, panel)
        return Outcome(info, len(changes), info.warnings)


def assign(
    workspace: Workspace,
    panel_ref: int | str,
    key: str,
    codes: Sequence[str],
    items: Iterable[int] | None = None,
) -> Outcome:
    """Assign the expert to score ``items`` (None: every item) of each community, added to what it had."""
    return _change(workspace, panel_ref, key, codes, items, ADD)


def unassign(
    workspace: Workspace,
    panel_ref: int | str,
    key: str,
    codes: Sequence[str],
    items: Iterable[int] | None = None,
) -> Outcome:
    """Take ``items`` (None: every item) of each community away from the expert. Scores already given
    stay recorded (append-only) and count again if the expert is assigned again."""
    return _change(workspace, panel_ref, key, codes, items, REMOVE)


def set_items(
    workspace: Workspace, panel_ref: int | str, key: str, code: str, items: Iterable[int] | None
) -> Outcome:
    """The expert scores exactly ``items`` of the community (None: every item, none: not assigned):
    the screen's per-item list saved as one action."""
    return _change(workspace, panel_ref, key, [code], items, REPLACE)


def candidates(workspace: Workspace, panel_ref: int | str) -> list[tuple[str, str, str]]:
    """(code, name, street) of every recommendation the panel may score: its year and batch."""
    with workspace.snapshot() as session:
        panel = find_panel(session, panel_ref)
        rows = session.scalars(
            select(Recommendation)
            .join(Community, Recommendation.community_id == Community.id)
            .where(Recommendation.year == panel.year, Recommendation.batch == panel.batch)
            .order_by(Community.code)
        ).all()
        return [(r.community.code, r.community.name, r.community.street.name) for r in rows]
