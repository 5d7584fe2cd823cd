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


def test_merged_table_means_spreads_flags_and_confirmations(reviewed: Workspace) -> None:
    from greendesk.core.panel.merge import merged_table
    from greendesk.core.standards import frozen
    from greendesk.core.standards.library import get_standard
    from greendesk.core.storage.models import PanelAssignment, PanelConfirmation

    standard = get_standard("example-national-100")
    with reviewed.transaction() as session:
        frozen.remember(session, standard)
        panel = Panel(
            year=2022,
            batch=1,
            name="第一组",
            standard_sha256=standard.sha256,
            disagreement_threshold=2.0,
            created_at=clock.now(),
        )
        session.add(panel)
        session.flush()
        recommendation = session.scalars(select(Recommendation).order_by(Recommendation.id)).first()
        experts = []
        for key, name in (("E01", "王"), ("E02", "李"), ("E03", "张")):
            expert = PanelExpert(panel_id=panel.id, key=key, name=name, added_at=clock.now())
            session.add(expert)
            session.flush()
            session.add(
                PanelAssignment(
                    expert_id=expert.id, recommendation_id=recommendation.id, assigned_at=clock.now()
                )
            )
            experts.append(expert)
        first = standard.items[0]
        for expert, score in zip(experts, (6.0, 5.0, 1.0), strict=True):
            record_scores(
                session,
                expert=expert,
                recommendation=recommendation,
                scores=[ExpertItemScore(first.number, score)],
                source=KIT,
                user="admin",
            )
        table = merged_table(session, panel)
        (community,) = table.communities
        item = community.items[0]
        assert item.scores == {"E01": 6.0, "E02": 5.0, "E03": 1.0}
        assert item.merge.mean == 4.0 and item.merge.spread == 5.0
        assert community.flagged == (first.number,)
        assert community.total is None and table.passed(community) is None
        session.add(
            PanelConfirmation(
                panel_id=panel.id,
                recommendation_id=recommendation.id,
                item_number=first.number,
                score=5.0,
                dissent="E03 认为台账不全",
                confirmed_by="admin",
                confirmed_at=clock.now(),
            )
        )
        session.flush()
        item = merged_table(session, panel).communities[0].items[0]
        assert item.value == 5.0 and item.dissent == "E03 认为台账不全"
        assert merged_table(session, panel).communities[0].flagged == ()
