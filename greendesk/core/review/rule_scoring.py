"""The district's own review of a scored standard: findings per rule, the item's points and the total.

A reviewer of a standard whose items carry typed scoring rules records per-rule findings (the
panel's findings codec, ``panel.findings``) instead of a bare 符合/不符合. The scoring engine
computes the item's points and, over the community's items, the total against the pass mark and
the higher tiers; the item's decision follows from the engine: a veto fails, an item that keeps
no points fails, any other keeps its points and is met. The decision row keeps the findings
(``decision.findings_json``, the codec's normalised text) and its audit entry carries them; the
engine's breakdown lines go into the comment when the reviewer writes none. The round's overall
result (``scoring.overall_result``) counts the engine's points of such an item.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from greendesk.core.base.i18n import QT_TRANSLATE_NOOP, translate
from greendesk.core.panel import findings as findings_codec
from greendesk.core.review import commands
from greendesk.core.review.scoring import engine_findings
from greendesk.core.review.views import ItemState, find_recommendation
from greendesk.core.review.vocabulary import FAIL, PASS
from greendesk.core.standards import frozen, scoring_engine
from greendesk.core.standards.model import Item, Standard
from greendesk.core.standards.scoring_engine import ItemScore, StandardScore
from greendesk.core.workspace import Workspace

VETOED = QT_TRANSLATE_NOOP("Scoring", "Vetoed (一票否决)")
NO_POINTS = QT_TRANSLATE_NOOP("Scoring", "The item keeps no points.")


@dataclass(frozen=True)
class ScoredDecision:
    state: ItemState
    score: ItemScore
    outcome: str


def review_standard(workspace: Workspace, code: str, year: int | None = None) -> Standard:
    """The exact standard the community's recommendation is reviewed against."""
    with workspace.sessions() as session:
        recommendation = find_recommendation(session, code, year)
        return frozen.for_recommendation(session, recommendation, [workspace.standards_dir])


def scored_by_rules(standard: Standard) -> bool:
    """Whether the review takes findings per rule (a scored standard with typed rules)."""
    return standard.mode == "scored" and any(item.scoring for item in standard.items)


def outcome_for(score: ItemScore) -> str:
    """The decision the engine's score implies: a veto or no points left fails, else the item is met."""
    if score.vetoed or (score.points > 0 and score.score <= scoring_engine.EPSILON):
        return FAIL
    return PASS


def breakdown_text(score: ItemScore, language: str = "zh_CN") -> str:
    """The score table's lines for the item, e.g. "未定计划：扣2分" (Chinese: the street reads it)."""
    lines = [
        outcome.describe().render(language)
        for outcome in score.breakdown
        if outcome.zeroed or abs(outcome.delta) > scoring_engine.EPSILON
    ]
    return "；".join(lines)


def running_total(
    standard: Standard, outcomes: Mapping[int, str | None], findings: Mapping[int, Mapping[str, Any]]
) -> StandardScore:
    """The engine's total: items with findings scored by their rules, items without rules by their
    outcome (met or not); an item with rules but no findings, or needing more material, is missing."""
    return scoring_engine.score_standard(standard, engine_findings(standard, outcomes, findings))


def score_item(item: Item, findings: Mapping[str, Any]) -> ItemScore:
    return findings_codec.score_json(item, dict(findings))


def decide_by_findings(
    workspace: Workspace,
    code: str,
    item: int,
    findings: Mapping[str, Any],
    comment: str = "",
    year: int | None = None,
) -> ScoredDecision:
    """Score the item from the reviewer's findings and record the decision that follows (one action)."""
    standard = review_standard(workspace, code, year)
    score = score_item(standard.item(item), findings)
    outcome = outcome_for(score)
    text = comment.strip() or breakdown_text(score)
    if outcome == FAIL and not text:
        text = translate("Scoring", VETOED if score.vetoed else NO_POINTS, "zh_CN")
    stored = {item: findings_codec.stored_text(item, findings)}  # what the decision row keeps
    state = commands.decide_many(workspace, code, [(item, outcome, text)], year, findings=stored)[0]
    return ScoredDecision(state, score, outcome)
