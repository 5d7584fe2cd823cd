"""A panel with experts and assignments, inserted row by row for the kit tests (the panel services
of core/panel/panels.py are not needed)."""

from __future__ import annotations

from sqlalchemy import select

from greendesk.core.base import clock
from greendesk.core.standards import frozen
from greendesk.core.standards.library import get_standard
from greendesk.core.standards.model import Standard
from greendesk.core.storage.models import Panel, PanelAssignment, PanelExpert, Recommendation
from greendesk.core.workspace import Workspace

STANDARD_ID = "example-national-100"


def scored_standard() -> Standard:
    return get_standard(STANDARD_ID)


def make_panel(
    workspace: Workspace,
    experts: tuple[tuple[str, str], ...] = (("E01", "王专家"), ("E02", "李专家"), ("E03", "张专家")),
    items: dict[str, list[int] | None] | None = None,
    name: str = "第一组",
) -> int:
    """A panel on the example 100-point standard; each expert scores the first two recommendations
    (``items`` per expert key: the item numbers, None or absent for all items). Returns the panel id."""
    standard = scored_standard()
    with workspace.transaction() as session:
        frozen.remember(session, standard)
        panel = Panel(year=2022, batch=1, name=name, standard_sha256=standard.sha256, created_at=clock.now())
        session.add(panel)
        session.flush()
        recommendations = session.scalars(select(Recommendation).order_by(Recommendation.id)).all()[:2]
        for key, expert_name in experts:
            expert = PanelExpert(panel_id=panel.id, key=key, name=expert_name, added_at=clock.now())
            session.add(expert)
            session.flush()
            numbers = (items or {}).get(key)
            for recommendation in recommendations:
                for number in [None] if numbers is None else numbers:
                    session.add(
                        PanelAssignment(
                            expert_id=expert.id,
                            recommendation_id=recommendation.id,
                            item_number=number,
                            assigned_at=clock.now(),
                        )
                    )
        return panel.id
