"""The overall result of a review by the standard's mode, and the numeric rules items carry."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from greendesk.core.panel import findings as findings_codec
from greendesk.core.review.vocabulary import (
    FAIL,
    MORE,
    PASS,
)
from greendesk.core.standards import scoring_engine
from greendesk.core.standards.model import Item, Standard
from greendesk.core.standards.scoring_engine import EPSILON, ItemFindings
from greendesk.core.storage.models import (
    Community,
    Recommendation,
)


@dataclass(frozen=True)
class OverallResult:
    mode: str
    complete: bool  # every item has an outcome this round
    passed: bool | None  # None while incomplete (unless already decided by a failed gating item)
    failed_gating: tuple[int, ...]
    failed_items: tuple[int, ...]
    more_items: tuple[int, ...]
    score: float | None = None
    pass_mark: float | None = None
    max_points: float | None = None
    tier: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


OPERATOR_SYMBOLS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "==": "="}


def rule_limit(item: Item) -> str:
    """The rule's threshold as people write it, e.g. "≥ 30%" (empty when the item has no rule)."""
    if item.rule is None:
        return ""
    return f"{OPERATOR_SYMBOLS.get(item.rule.op, item.rule.op)} {item.rule.value:g}{item.rule.unit}"


def coverage_of(recommendation: Recommendation, community: Community) -> float | None:
    """Property-management coverage in percent: as the street reported it when it gave only a percentage,
    else managed / total households, else the registry figure."""
    if recommendation.coverage_reported is not None:
        return recommendation.coverage_reported
    if recommendation.households and recommendation.households_managed is not None:
        return round(100.0 * recommendation.households_managed / recommendation.households, 2)
    return community.property_management_coverage


def measure(item: Item, coverage: float | None) -> tuple[float | None, bool | None]:
    if item.rule is None:
        return None, None
    if item.rule.field == "property_management_coverage":
        return coverage, item.rule.check(coverage)
    return None, None  # pragma: no cover - standards only allow known fields


Findings = Mapping[int, Mapping[str, Any]]  # item -> its per-rule findings (panel.findings JSON)


def engine_findings(
    standard: Standard, outcomes: Mapping[int, str | None], findings: Findings
) -> dict[int, ItemFindings]:
    """What the scoring engine scores: items with findings by their rules, items without rules by
    their outcome (met or not); an item with rules but no findings is left out."""
    chosen: dict[int, ItemFindings] = {}
    for item in standard.items:
        if item.number in findings:
            chosen[item.number] = findings_codec.from_json(item.number, dict(findings[item.number]))
        elif not item.scoring and outcomes.get(item.number) in (PASS, FAIL):
            chosen[item.number] = ItemFindings(met=outcomes[item.number] == PASS)
    return chosen


def _scored_points(
    standard: Standard, outcomes: Mapping[int, str | None], findings: Findings
) -> tuple[float, tuple[int, ...]]:
    """(points, vetoed items): the engine's score for the items it scores (those with findings, and
    then the items without rules), full points for any other met item (decided without findings)."""
    engine: dict[int, float] = {}
    vetoed: tuple[int, ...] = ()
    if findings:
        total = scoring_engine.score_standard(standard, engine_findings(standard, outcomes, findings))
        engine = {score.number: score.score for score in total.items}
        vetoed = total.vetoed_items
    points = sum(
        engine.get(item.number, item.points or 0)
        for item in standard.items
        if item.number in engine or outcomes.get(item.number) == PASS
    )
    return round(points, 6), vetoed


def overall_result(
    standard: Standard, outcomes: dict[int, str | None], findings: Findings | None = None
) -> OverallResult:
    """The result by the standard's mode: gating items first, then all-pass or points vs pass mark.

    ``findings``: the items decided by their scoring rules; a scored standard counts the engine's
    points for them (as ``rule_scoring.running_total`` does) and a veto among them fails."""
    failed = tuple(n for n, o in sorted(outcomes.items()) if o == FAIL)
    more = tuple(n for n, o in sorted(outcomes.items()) if o == MORE)
    complete = all(o is not None for o in outcomes.values())
    failed_gating = tuple(
        item.number for item in standard.items if item.gating and outcomes.get(item.number) == FAIL
    )
    if standard.mode == "scored":
        score, vetoed = _scored_points(standard, outcomes, findings or {})
        tier = None
        for candidate in standard.tiers:
            if score >= candidate.min_points - EPSILON:
                tier = candidate.id
        passed: bool | None
        if failed_gating or vetoed:
            passed = False
        elif not complete:
            passed = None
        else:
            passed = not more and score >= (standard.pass_mark or 0) - EPSILON
        return OverallResult(
            mode="scored",
            complete=complete,
            passed=passed,
            failed_gating=failed_gating,
            failed_items=failed,
            more_items=more,
            score=score,
            pass_mark=standard.pass_mark,
            max_points=standard.max_points,
            tier=tier if passed else None,
        )
    if failed_gating:
        passed = False
    elif not complete:
        passed = None
    else:
        passed = not failed and not more
    return OverallResult(
        mode="pass_fail",
        complete=complete,
        passed=passed,
        failed_gating=failed_gating,
        failed_items=failed,
        more_items=more,
    )
