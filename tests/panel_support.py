"""A small workspace for the panel tests: three communities recommended for 2025, three expert
accounts, a 复核人 (approver) account, and the scored example standard (applies to 2025-2026)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from review_support import COMMUNITIES, recommend, small_workspace

from greendesk.core import accounts
from greendesk.core.panel import direct, panels
from greendesk.core.panel import findings as findings_json
from greendesk.core.panel.merge import panel_standard
from greendesk.core.panel.scores import SHEET, ExpertItemScore, record_scores
from greendesk.core.review.vocabulary import APPROVER, EXPERT
from greendesk.core.standards import scoring_engine
from greendesk.core.standards.model import Item
from greendesk.core.workspace import Workspace

YEAR = 2025
STANDARD = "example-national-100"
CODES = tuple(COMMUNITIES)
EXPERTS = ("wang", "li", "zhang")  # E01, E02, E03 once added in this order
REVIEWER = "fuhe"  # the 复核人
PASSWORD = "panel-pass-1"


def panel_workspace(data_dir: Path) -> Workspace:
    workspace = small_workspace(data_dir)
    for code in CODES:
        recommend(workspace, code, YEAR)
    for username, display in zip(EXPERTS, ("王专家", "李专家", "张专家"), strict=True):
        accounts.create_user(workspace, username, [EXPERT], PASSWORD, display_name=display)
    accounts.create_user(workspace, REVIEWER, [APPROVER], PASSWORD, display_name="复核人")
    return workspace


@contextmanager
def signed_in_as(workspace: Workspace, username: str) -> Iterator[None]:
    """Act as ``username`` (password PASSWORD), then hand the workspace back to whoever had it."""
    previous = workspace.actor
    accounts.sign_in(workspace, username, PASSWORD)
    try:
        yield
    finally:
        workspace.actor = previous


FULL_MARKS = {  # the finding that takes nothing off (or earns everything) for each kind of rule
    "deduct_if_absent": True,
    "deduct_range": 0,
    "deduct_per_missing": [],
    "deduct_per_occurrence": 0,
    "award": True,
    "bonus_per_unit": 0,
    "all_or_nothing": True,
}


def full_marks(item: Item) -> dict:
    """Findings JSON giving ``item`` its best score (a bonus item may still be below its points)."""
    if not item.scoring:
        return {"met": True}
    return {"rules": {rule.id: FULL_MARKS[rule.kind] for rule in item.scoring}}


def score_everything(workspace: Workspace, panel_id: int, code: str, changes: dict | None = None) -> None:
    """Each expert of the panel scores every item of ``code``: full marks, except ``changes``
    ({expert key: {item: findings}}). Account experts score directly as themselves; an external
    expert's scores are recorded as a returned Excel sheet would record them."""
    items = panels.standard_items(workspace, panel_id)
    chosen = {key: {item.number: (changes or {}).get(key, {}).get(item.number) or full_marks(item) for item in items}
              for key in (e.key for e in panels.show_panel(workspace, panel_id).experts)}  # fmt: skip
    for expert in panels.show_panel(workspace, panel_id).experts:
        if expert.username is not None:
            with signed_in_as(workspace, expert.username):
                for number, findings in chosen[expert.key].items():
                    direct.score_item(workspace, panel_id, code, number, findings)
            continue
        with workspace.transaction() as session:
            panel = panels.find_panel(session, panel_id)
            standard = panel_standard(session, panel)
            scores = []
            for number, findings in chosen[expert.key].items():
                parsed = findings_json.from_json(number, findings)
                result = scoring_engine.score_item(standard.item(number), parsed)
                scores.append(ExpertItemScore(number, result.score, findings_json.to_json(parsed)))
            record_scores(
                session,
                expert=panels.find_expert(session, panel, expert.key),
                recommendation=panels.panel_recommendation(session, panel, code),
                scores=scores,
                source=SHEET,
                user=workspace.user,
            )
