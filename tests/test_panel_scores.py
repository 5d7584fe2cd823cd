"""Experts' scores: append-only, the latest counts, an unchanged score or a re-imported file adds nothing."""

from __future__ import annotations

from sqlalchemy import select

from greendesk.core.base import clock
from greendesk.core.panel.scores import KIT, ExpertItemScore, imported_before, latest_scores, record_scores
from greendesk.core.storage.models import AuditEntry, ExpertScore, Panel, PanelExpert, Recommendation
from greendesk.core.workspace import Workspace


def _expert(session) -> PanelExpert:
    panel = Panel(year=2022, batch=1, name="第一组", created_at=clock.now())
    session.add(panel)
    session.flush()
    expert = PanelExpert(panel_id=panel.id, key="E01", name="王专家", added_at=clock.now())
    session.add(expert)
    session.flush()
    return expert


def test_scores_append_and_the_latest_counts(reviewed: Workspace) -> None:
    with reviewed.transaction() as session:
        expert = _expert(session)
        recommendation = session.scalars(select(Recommendation)).first()
        first = [ExpertItemScore(1, 4.0, {"r1": True}), ExpertItemScore(2, 3.0)]
        assert (
            record_scores(
                session,
                expert=expert,
                recommendation=recommendation,
                scores=first,
                source=KIT,
                user="admin",
                source_sha256="a" * 64,
            )
            == 2
        )
        assert imported_before(session, expert, "a" * 64)
        assert not imported_before(session, expert, "b" * 64)
        again = [ExpertItemScore(1, 4.0, {"r1": True}), ExpertItemScore(2, 2.5, comment="档案不全")]
        assert (
            record_scores(
                session,
                expert=expert,
                recommendation=recommendation,
                scores=again,
                source=KIT,
                user="admin",
                source_sha256="b" * 64,
            )
            == 1
        )
        latest = latest_scores(session, [expert])
        assert latest[(expert.id, recommendation.id, 1)].score == 4.0
        assert latest[(expert.id, recommendation.id, 2)].score == 2.5
        assert latest[(expert.id, recommendation.id, 2)].comment == "档案不全"
        assert len(session.scalars(select(ExpertScore)).all()) == 3
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.action == "panel.score")).all()
        assert len(actions) == 3
