"""What changed between two standards (a local edition against its parent, or two versions).

Changes are structured (scope, key, field, old and new value) so the CLI prints them as lines, the
editor can list them and ``--json`` gives them to other tools; entries are compared by their
stable keys: categories and tiers by id, items by number, scoring rules by id within their item.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from greendesk.core.standards.model import AppliesTo, Item, NumericRule, ScoringRule, Standard

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
STANDARD_FIELDS = (
    "title",
    "document_number",
    "issued_by",
    "issued_on",
    "derives_from",
    "mode",
    "max_points",
    "pass_mark",
    "description",
    "applies_to",
)
ITEM_FIELDS = tuple(f.name for f in fields(Item) if f.name not in ("number", "scoring"))
RULE_FIELDS = tuple(f.name for f in fields(ScoringRule) if f.name != "id")


@dataclass(frozen=True)
class Change:
    """One difference: ``scope`` standard/tier/category/item/rule, ``key`` its id or number
    (a rule's is ``item/rule``), and for a change the field with its old and new value."""

    change: str
    scope: str
    key: str
    field: str = ""
    old: Any = None
    new: Any = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _plain(value: Any) -> Any:
    """A JSON-ready value: tuples as lists, dates as ISO text, rules as their description."""
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, NumericRule):
        return value.describe()
    if isinstance(value, AppliesTo):
        return {"years": list(value.years), "batch": value.batch}
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _fields(scope: str, key: str, old: object, new: object, names: tuple[str, ...]) -> list[Change]:
    changes = []
    for name in names:
        before, after = _plain(getattr(old, name)), _plain(getattr(new, name))
        if before != after:
            changes.append(Change(CHANGED, scope, key, name, before, after))
    return changes


def _keyed(
    scope: str, old: dict[Any, Any], new: dict[Any, Any], names: tuple[str, ...], name: str
) -> list[Change]:
    """Entries added or removed (with the ``name`` field that says what they are), and changed
    field by field, in key order."""
    changes: list[Change] = []
    for key in sorted(old.keys() | new.keys()):
        label = str(key)
        if key not in new:
            changes.append(Change(REMOVED, scope, label, name, old=getattr(old[key], name)))
        elif key not in old:
            changes.append(Change(ADDED, scope, label, name, new=getattr(new[key], name)))
        else:
            changes += _fields(scope, label, old[key], new[key], names)
    return changes


def diff_standards(old: Standard, new: Standard) -> tuple[Change, ...]:
    """Every difference from ``old`` to ``new``: header, tiers, categories, items, then their rules."""
    changes = _fields("standard", "", old, new, STANDARD_FIELDS)
    changes += _keyed(
        "tier", {t.id: t for t in old.tiers}, {t.id: t for t in new.tiers}, ("name", "min_points"), "name"
    )
    changes += _keyed(
        "category",
        {c.id: c for c in old.categories},
        {c.id: c for c in new.categories},
        ("number", "title"),
        "title",
    )
    old_items = {i.number: i for i in old.items}
    new_items = {i.number: i for i in new.items}
    changes += _keyed("item", old_items, new_items, ITEM_FIELDS, "text")
    for number in sorted(old_items.keys() & new_items.keys()):
        before = {f"{number}/{r.id}": r for r in old_items[number].scoring}
        after = {f"{number}/{r.id}": r for r in new_items[number].scoring}
        changes += _keyed("rule", before, after, RULE_FIELDS, "label")
    return tuple(changes)


def changed_items(changes: tuple[Change, ...]) -> list[int]:
    """The item numbers a diff touches (the item itself or one of its rules)."""
    numbers = {int(c.key.split("/")[0]) for c in changes if c.scope in ("item", "rule")}
    return sorted(numbers)
