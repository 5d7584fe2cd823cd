"""What a creation standard is, once read: categories, items, numeric rules, score tiers.

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
    source_path: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def sha256(self) -> str:
        """The identity of this exact version: reviews keep it, so an edited file never rewrites the past."""
        return hashlib.sha256(canonical_json(self.raw).encode("utf-8")).hexdigest()

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
