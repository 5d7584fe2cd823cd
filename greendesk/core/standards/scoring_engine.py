"""Scoring a community against a scored standard from one reviewer's findings, and merging experts.

An item with earning rules (``award`` parts, ``bonus_per_unit``) starts at 0 and earns; any other
item starts at its full points. Every deduction rule then takes its share independently, an
``all_or_nothing`` rule not met sets the item to 0, and the result is kept within [0, the item's
points] ("扣完为止"; a bonus never lifts an item past its points). A vetoed gating item (一票否决)
fails the community whatever its total. Findings are keyed by item number and rule id, the same
keys panels, kits and site visits use; every line of the breakdown names its rule, so documents
can print "未定计划扣2分".
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from greendesk.core.base.errors import Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.standards.model import (
    ALL_OR_NOTHING,
    AWARD,
    BONUS_PER_UNIT,
    DEDUCT_IF_ABSENT,
    DEDUCT_PER_MISSING,
    DEDUCT_PER_OCCURRENCE,
    DEDUCT_RANGE,
    EARNING_KINDS,
    Item,
    ScoringRule,
    Standard,
)

# A finding per rule, by kind: present (deduct_if_absent), met (award, all_or_nothing) as bool;
# the chosen deduction (deduct_range, 0 when nothing is wrong) as a number; occurrences or units
# as a whole number; the missing sub-points (1-based positions, ① = 1) as a sequence.
FindingValue = bool | int | float | Sequence[int]
MAX_COUNT = 10_000  # occurrences or units a reviewer can enter for one rule
EPSILON = 1e-9


class ScoringMessage(Message):
    """A line of a score sheet, translated in the ``Scoring`` context."""

    context = "Scoring"


@dataclass(frozen=True)
class ItemFindings:
    """One reviewer's findings for one item: a value per rule id; ``met`` for an item without rules
    (all its points or none); ``vetoed`` when a gating item's veto condition was found (a gating
    item whose numeric rule fails on ``measured`` is vetoed too)."""

    rules: Mapping[str, FindingValue] = field(default_factory=dict)
    met: bool | None = None
    vetoed: bool = False
    measured: float | None = None  # the figure of the item's numeric rule (item 12's coverage), if any


@dataclass(frozen=True)
class RuleOutcome:
    """What one rule did to the item: ``delta`` < 0 for a deduction, > 0 for points earned."""

    rule_id: str
    kind: str
    label: str
    delta: float
    zeroed: bool = False  # an all_or_nothing rule not met

    def describe(self) -> ScoringMessage:
        """The line a score sheet prints, e.g. "未定计划扣2分"."""
        if self.zeroed:
            return ScoringMessage(QT_TRANSLATE_NOOP("Scoring", "{label}: no points"), label=self.label)
        if abs(self.delta) < EPSILON:
            if self.kind in EARNING_KINDS:
                return ScoringMessage(
                    QT_TRANSLATE_NOOP("Scoring", "{label}: no points earned"), label=self.label
                )
            return ScoringMessage(QT_TRANSLATE_NOOP("Scoring", "{label}: nothing deducted"), label=self.label)
        if self.delta < 0:
            return ScoringMessage(
                QT_TRANSLATE_NOOP("Scoring", "{label}: minus {points} points"),
                label=self.label,
                points=f"{-self.delta:g}",
            )
        return ScoringMessage(
            QT_TRANSLATE_NOOP("Scoring", "{label}: plus {points} points"),
            label=self.label,
            points=f"{self.delta:g}",
        )


@dataclass(frozen=True)
class ItemScore:
    number: int
    points: float
    score: float
    breakdown: tuple[RuleOutcome, ...]
    vetoed: bool = False


@dataclass(frozen=True)
class StandardScore:
    """The total of the scored items; ``passed`` is None while items are missing (unless vetoed)."""

    total: float
    max_points: float
    complete: bool
    passed: bool | None
    tier: str | None
    vetoed_items: tuple[int, ...]
    items: tuple[ItemScore, ...]
    missing_items: tuple[int, ...] = ()


@dataclass(frozen=True)
class ExpertMerge:
    """Several experts' scores for one item: mean (评价得分=(专家1+专家2+…)/专家人数) and spread."""

    scores: tuple[float, ...]
    mean: float
    spread: float
    disagreement: bool


def _invalid(item: Item, rule: ScoringRule | None, template: str, **params: object) -> ValidationError:
    """An invalid finding, naming the item and (when it is about one) the rule."""
    if rule is None:
        return ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Item {item}: {problem}"),
            item=item.number,
            problem=Message(template, **params),
        )
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Item {item}, rule {rule}: {problem}"),
        item=item.number,
        rule=rule.id,
        problem=Message(template, **params),
    )


def _flag(item: Item, rule: ScoringRule, value: FindingValue) -> bool:
    if not isinstance(value, bool):
        raise _invalid(item, rule, QT_TRANSLATE_NOOP("Errors", "the finding must be yes or no"))
    return value


def _count(item: Item, rule: ScoringRule, value: FindingValue) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise _invalid(
            item,
            rule,
            QT_TRANSLATE_NOOP("Errors", "the count must be a whole number from 0 to {limit}"),
            limit=MAX_COUNT,
        )
    return value


def _chosen(item: Item, rule: ScoringRule, value: FindingValue) -> float:
    """A deduction within the rule's range, or 0 when nothing is wrong."""
    valid = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if valid and (abs(value) < EPSILON or rule.min - EPSILON <= value <= rule.max + EPSILON):
        return float(value)
    raise _invalid(
        item,
        rule,
        QT_TRANSLATE_NOOP("Errors", "the deduction must be 0 or between {low} and {high}"),
        low=f"{rule.min:g}",
        high=f"{rule.max:g}",
    )


def _missing(item: Item, rule: ScoringRule, value: FindingValue) -> int:
    if isinstance(value, (bool, int, float, str)) or not all(
        isinstance(p, int) and not isinstance(p, bool) and 1 <= p <= len(rule.sub_points) for p in value
    ):
        raise _invalid(
            item,
            rule,
            QT_TRANSLATE_NOOP("Errors", "missing sub-points must be numbers from 1 to {count}"),
            count=len(rule.sub_points),
        )
    return len(set(value))


def _apply(item: Item, rule: ScoringRule, value: FindingValue) -> RuleOutcome:
    """The effect of one rule given its finding (validated by kind)."""
    delta = 0.0
    zeroed = False
    if rule.kind == DEDUCT_IF_ABSENT:
        delta = 0.0 if _flag(item, rule, value) else -rule.points
    elif rule.kind == DEDUCT_RANGE:
        delta = -_chosen(item, rule, value)
    elif rule.kind == DEDUCT_PER_MISSING:
        delta = -rule.points_each * _missing(item, rule, value)
    elif rule.kind == DEDUCT_PER_OCCURRENCE:
        delta = -rule.points_each * _count(item, rule, value)
    elif rule.kind == AWARD:
        delta = rule.points if _flag(item, rule, value) else 0.0
    elif rule.kind == BONUS_PER_UNIT:
        delta = min(rule.cap or 0.0, rule.points_each * _count(item, rule, value))
    elif rule.kind == ALL_OR_NOTHING:
        zeroed = not _flag(item, rule, value)
    return RuleOutcome(rule.id, rule.kind, rule.label, delta, zeroed)


def score_item(item: Item, findings: ItemFindings) -> ItemScore:
    """The item's score in [0, points] with one breakdown line per rule (findings for every rule)."""
    points = item.points or 0.0
    if findings.vetoed and not item.gating:
        raise _invalid(item, None, QT_TRANSLATE_NOOP("Errors", "only a gating item can be vetoed"))
    for rule_id in findings.rules:
        if item.scoring_rule(rule_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Item {item} has no scoring rule '{rule}'."),
                item=item.number,
                rule=rule_id,
            )
    vetoed = findings.vetoed or (
        item.gating and item.rule is not None and item.rule.check(findings.measured) is False
    )
    if not item.scoring:
        if findings.met is None:
            raise _invalid(item, None, QT_TRANSLATE_NOOP("Errors", "say whether the item is met"))
        return ItemScore(item.number, points, points if findings.met else 0.0, (), vetoed)
    breakdown: list[RuleOutcome] = []
    for rule in item.scoring:
        if rule.id not in findings.rules:
            raise _invalid(item, rule, QT_TRANSLATE_NOOP("Errors", "no finding was given"))
        breakdown.append(_apply(item, rule, findings.rules[rule.id]))
    earns = any(rule.kind in EARNING_KINDS for rule in item.scoring)
    raw = (0.0 if earns else points) + sum(outcome.delta for outcome in breakdown)
    score = 0.0 if any(outcome.zeroed for outcome in breakdown) else min(points, max(0.0, raw))
    return ItemScore(item.number, points, round(score, 6), tuple(breakdown), vetoed)


def score_standard(standard: Standard, findings: Mapping[int, ItemFindings]) -> StandardScore:
    """Item scores, total, pass by the pass mark, the highest tier reached, and the veto over all."""
    known = {item.number for item in standard.items}
    for number in findings:
        if number not in known:
            standard.item(number)  # raises NotFoundError naming the standard and the item
    scores = tuple(
        score_item(item, findings[item.number]) for item in standard.items if item.number in findings
    )
    missing = tuple(item.number for item in standard.items if item.number not in findings)
    vetoed = tuple(score.number for score in scores if score.vetoed)
    total = round(sum(score.score for score in scores), 6)
    passed: bool | None
    if vetoed:
        passed = False
    elif missing:
        passed = None
    else:
        passed = total >= (standard.pass_mark or 0.0) - EPSILON
    tier = None
    if passed:
        for candidate in standard.tiers:  # sorted by min_points
            if total >= candidate.min_points - EPSILON:
                tier = candidate.id
    return StandardScore(
        total=total,
        max_points=standard.max_points or sum(item.points or 0.0 for item in standard.items),
        complete=not missing,
        passed=passed,
        tier=tier,
        vetoed_items=vetoed,
        items=scores,
        missing_items=missing,
    )


def merge_experts(scores: Sequence[float], threshold: float) -> ExpertMerge:
    """Mean and spread (max - min) of several experts' scores for one item; a spread above
    ``threshold`` is flagged for the 复核人."""
    if not scores:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "No expert has scored this item yet."))
    values = tuple(float(score) for score in scores)
    spread = max(values) - min(values)
    return ExpertMerge(values, sum(values) / len(values), spread, spread > threshold + EPSILON)


def merge_panel(by_expert: Mapping[str, Mapping[int, float]], threshold: float) -> dict[int, ExpertMerge]:
    """Per item number, the merge of the experts who scored it (experts keyed by any stable id)."""
    numbers = sorted({number for scores in by_expert.values() for number in scores})
    return {
        number: merge_experts(
            [scores[number] for scores in by_expert.values() if number in scores], threshold
        )
        for number in numbers
    }
