"""A panel set up directly through the models (the panel services are another module's): two
communities recommended under the 100-point example standard, three experts assigned, and a
helper that fills in an exported sheet as an expert would (openpyxl, cells by position)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl

from greendesk.core.base import clock
from greendesk.core.panel.scores import DIRECT, ExpertItemScore, record_scores
from greendesk.core.standards import frozen
from greendesk.core.standards.library import get_standard
from greendesk.core.standards.model import Standard
from greendesk.core.storage.models import (
    Community,
    Panel,
    PanelAssignment,
    PanelConfirmation,
    PanelExpert,
    Recommendation,
    Street,
)
from greendesk.core.workspace import Workspace

YEAR = 2025
STANDARD_ID = "example-national-100"
CODES = ("110105001001", "110105001002")
EXPERTS = (
    ("E01", "王建国", "区住房和城乡建设委员会"),
    ("E02", "李梅", "区城市管理委员会"),
    ("E03", "张伟", "区规划和自然资源分局"),
)


@dataclass(frozen=True)
class PanelWorld:
    panel_id: int
    recommendation_ids: tuple[int, ...]
    standard: Standard


def build_panel(
    workspace: Workspace, *, name: str = "第一组", items_for_e03: tuple[int, ...] = ()
) -> PanelWorld:
    """Streets, two communities, their recommendations and a panel of three experts assigned to both
    (E03 only to ``items_for_e03`` of the first community when given)."""
    standard = get_standard(STANDARD_ID)
    now = datetime(2025, 9, 1, 9, 0)
    with workspace.transaction() as session:
        frozen.remember(session, standard)
        street = session.query(Street).filter_by(code="110105001").one_or_none()
        if street is None:
            street = Street(code="110105001", name="建外街道", district_code="110105")
            session.add(street)
            session.flush()
            for code, community_name in zip(CODES, ("永安里社区", "建华社区"), strict=True):
                session.add(Community(code=code, name=community_name, street_id=street.id, households=1500))
            session.flush()
            for community in session.query(Community).order_by(Community.code):
                session.add(
                    Recommendation(
                        community_id=community.id,
                        year=YEAR,
                        batch=1,
                        standard_id=standard.id,
                        standard_sha256=standard.sha256,
                        recommended_on=date(2025, 6, 1),
                        created_at=now,
                        updated_at=now,
                    )
                )
            session.flush()
        recommendations = [r.id for r in session.query(Recommendation).order_by(Recommendation.id)]
        panel = Panel(
            year=YEAR,
            batch=1,
            name=name,
            standard_sha256=standard.sha256,
            disagreement_threshold=2.0,
            created_by="tester",
            created_at=clock.now(),
        )
        session.add(panel)
        session.flush()
        for key, expert_name, organisation in EXPERTS:
            expert = PanelExpert(
                panel_id=panel.id, key=key, name=expert_name, organisation=organisation, added_at=clock.now()
            )
            session.add(expert)
            session.flush()
            if key == "E03" and items_for_e03:
                for number in items_for_e03:
                    session.add(
                        PanelAssignment(
                            expert_id=expert.id,
                            recommendation_id=recommendations[0],
                            item_number=number,
                            assigned_at=clock.now(),
                        )
                    )
                continue
            for recommendation_id in recommendations:
                session.add(
                    PanelAssignment(
                        expert_id=expert.id, recommendation_id=recommendation_id, assigned_at=clock.now()
                    )
                )
        session.flush()
        return PanelWorld(panel.id, tuple(recommendations), standard)


def score_directly(
    workspace: Workspace, world: PanelWorld, key: str, scores: dict[int, float], comment: str = ""
) -> None:
    """An expert's scores for the first community as if entered on this PC (the direct path)."""
    with workspace.transaction() as session:
        expert = session.query(PanelExpert).filter_by(panel_id=world.panel_id, key=key).one()
        record_scores(
            session,
            expert=expert,
            recommendation=session.get(Recommendation, world.recommendation_ids[0]),
            scores=[ExpertItemScore(number, value, comment=comment) for number, value in scores.items()],
            source=DIRECT,
            user="tester",
        )


def confirm(workspace: Workspace, world: PanelWorld, number: int, score: float, dissent: str) -> None:
    with workspace.transaction() as session:
        session.add(
            PanelConfirmation(
                panel_id=world.panel_id,
                recommendation_id=world.recommendation_ids[0],
                item_number=number,
                score=score,
                dissent=dissent,
                confirmed_by="tester",
                confirmed_at=clock.now(),
            )
        )


def item_rows(path: Path, sheet: str) -> dict[int, int]:
    """Item number -> row of a community sheet."""
    book = openpyxl.load_workbook(path)
    rows = {}
    for row in book[sheet].iter_rows(min_row=5):
        if isinstance(row[0].value, int):
            rows[row[0].value] = row[0].row
    return rows


def fill(path: Path, sheet: str, values: dict[int, tuple[Any, ...]], out: Path | None = None) -> Path:
    """Type (score, veto, comment) per item number into ``sheet`` as an expert would, and save."""
    book = openpyxl.load_workbook(path)
    rows = item_rows(path, sheet)
    for number, entry in values.items():
        score, veto, comment = (*entry, None, None)[:3]
        row = rows[number]
        book[sheet].cell(row, 8).value = score
        if veto is not None:
            book[sheet].cell(row, 9).value = veto
        book[sheet].cell(row, 10).value = comment
    target = out or path
    book.save(target)
    return target
