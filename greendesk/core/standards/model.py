"""What a creation standard is, once read: categories, items, numeric rules, scoring rules, score tiers.

Plain frozen dataclasses with no file handling, so review, scoring and documents can depend on the
shape of a standard without knowing how it is stored (``format.py`` reads it, ``library.py`` finds it).
"""

from __future__ import annotations

import hashlib
import json
import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from greendesk.core.base.errors import NotFoundError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP

RULE_OPERATORS: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
}


@dataclass(frozen=True)
class NumericRule:
    """A measurable condition, e.g. property-management coverage >= 30 %."""

    field: str
    op: str
    value: float
    unit: str = ""

    def check(self, measured: float | None) -> bool | None:
        """True/False when measured, None when the figure is missing."""
        if measured is None:
            return None
        return RULE_OPERATORS[self.op](measured, self.value)

    def describe(self) -> str:
        value = f"{self.value:g}"
        return f"{self.field} {self.op} {value}{self.unit}"


# How an item's points are given (``scoring_rules.py`` reads them, ``scoring_engine.py`` applies them):
DEDUCT_IF_ABSENT = "deduct_if_absent"  # 未成立扣4分: ``points`` off when the thing is absent
DEDUCT_RANGE = "deduct_range"  # 档案不全依程度扣1-3分: the reviewer chooses within ``min``..``max``
DEDUCT_PER_MISSING = "deduct_per_missing"  # 缺一项扣2分: ``points_each`` per missing ``sub_points`` entry
DEDUCT_PER_OCCURRENCE = "deduct_per_occurrence"  # 发现一处扣2分，扣完为止: ``points_each`` per occurrence
AWARD = "award"  # one of the parts that add up to the item's points: ``points`` when met
BONUS_PER_UNIT = "bonus_per_unit"  # 每增加一座加5分: ``points_each`` per unit, at most ``cap``
ALL_OR_NOTHING = "all_or_nothing"  # 没有…不得分: the item scores 0 unless met
RULE_KINDS = (
    DEDUCT_IF_ABSENT,
    DEDUCT_RANGE,
    DEDUCT_PER_MISSING,
    DEDUCT_PER_OCCURRENCE,
    AWARD,
    BONUS_PER_UNIT,
    ALL_OR_NOTHING,
)
# Kinds that earn points: an item with one of them starts at 0, any other item at its full points.
EARNING_KINDS = (AWARD, BONUS_PER_UNIT)

# How a reviewer verifies an item, with the words score tables use.
VERIFICATION_METHODS = {
    "documents": QT_TRANSLATE_NOOP("Standards", "Document review"),  # 查阅资料
    "site": QT_TRANSLATE_NOOP("Standards", "Site visit"),  # 实地查看
    "survey": QT_TRANSLATE_NOOP("Standards", "Questionnaire"),  # 问卷
}


@dataclass(frozen=True)
class ScoringRule:
    """One typed line of a score table; ``id`` keys the reviewer's finding and the deduction it gives.

    Only the fields of its kind are set (the others stay 0 / empty / None)."""

    id: str
    kind: str
    label: str
    points: float = 0.0
    points_each: float = 0.0
    min: float = 0.0
    max: float = 0.0
    sub_points: tuple[str, ...] = ()
    cap: float | None = None


@dataclass(frozen=True)
class AppliesTo:
    """The campaign years (and optionally the batch) a standard is written for."""

    years: tuple[int, ...]
    batch: str = ""


@dataclass(frozen=True)
class Category:
    id: str
    number: int
    title: str


@dataclass(frozen=True)
class Item:
    number: int
    category: str
    text: str
    verification: str = ""
    evidence_hint: str = ""
    gating: bool = False
    points: float | None = None
    rule: NumericRule | None = None
    scoring: tuple[ScoringRule, ...] = ()
    verification_methods: tuple[str, ...] = ()
    department: str = ""
    evidence_index: str = ""

    def scoring_rule(self, rule_id: str) -> ScoringRule | None:
        return next((rule for rule in self.scoring if rule.id == rule_id), None)


@dataclass(frozen=True)
class Tier:
    id: str
    name: str
    min_points: float


@dataclass(frozen=True)
class Standard:
    id: str
    title: str
    document_number: str
    issued_by: str
    issued_on: date
    mode: str
    categories: tuple[Category, ...]
    items: tuple[Item, ...]
    derives_from: str | None = None
    max_points: float | None = None
    pass_mark: float | None = None
    tiers: tuple[Tier, ...] = ()
    description: str = ""
    applies_to: AppliesTo | None = None
    version: int | None = None  # a local edition's save count (the editor bumps it on every save)
    source_path: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def sha256(self) -> str:
        """The identity of this exact version: reviews keep it, so an edited file never rewrites the past."""
        return hashlib.sha256(canonical_json(self.raw).encode("utf-8")).hexdigest()

    def applies_in(self, year: int) -> bool:
        """Whether the standard is written for this campaign year (one without ``applies_to`` is for any)."""
        return self.applies_to is None or year in self.applies_to.years

    def item(self, number: int) -> Item:
        for candidate in self.items:
            if candidate.number == number:
                return candidate
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Standard {standard} has no item {item}."),
            standard=self.id,
            item=number,
        )

    def category(self, category_id: str) -> Category:
        for candidate in self.categories:
            if candidate.id == category_id:
                return candidate
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Standard {standard} has no category {category}."),
            standard=self.id,
            category=category_id,
        )

    def items_in(self, category_id: str) -> list[Item]:
        return [item for item in self.items if item.category == category_id]


def canonical_json(data: Any) -> str:
    """One text per content (sorted keys, no spaces), so equal standards hash alike."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
