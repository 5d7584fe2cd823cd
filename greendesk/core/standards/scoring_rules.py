"""Reading a scored item's typed rules (``scoring``) and the fields panels and site visits need:
how an item is verified, which department owns it, its evidence index, and the years a standard
applies to.

Each rule is checked against its item's points (no single rule may take or give more than the
item holds), so the engine can trust every standard it is given; a problem names the file and
the field (``items[3].scoring[1].max``) like the rest of the format.
"""

from __future__ import annotations

import re
from typing import Any

from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.standards.fields import FieldReader
from greendesk.core.standards.model import (
    ALL_OR_NOTHING,
    AWARD,
    BONUS_PER_UNIT,
    DEDUCT_IF_ABSENT,
    DEDUCT_PER_MISSING,
    DEDUCT_PER_OCCURRENCE,
    DEDUCT_RANGE,
    RULE_KINDS,
    VERIFICATION_METHODS,
    AppliesTo,
    ScoringRule,
)

RULE_ID = re.compile(r"[A-Za-z0-9_.-]{1,40}")
YEARS = (2000, 2100)
# The fields each kind carries besides id, kind and label (anything else is a typo worth naming).
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    DEDUCT_IF_ABSENT: ("points",),
    DEDUCT_RANGE: ("min", "max"),
    DEDUCT_PER_MISSING: ("points_each", "sub_points"),
    DEDUCT_PER_OCCURRENCE: ("points_each",),
    AWARD: ("points",),
    BONUS_PER_UNIT: ("points_each", "cap"),
    ALL_OR_NOTHING: (),
}
_COMMON_FIELDS = ("id", "kind", "label")


def read_scoring(
    r: FieldReader, raw_item: dict[str, Any], where: str, points: float | None, scored: bool
) -> tuple[ScoringRule, ...]:
    """The item's ``scoring`` list (empty when absent); only a scored standard's items may have one."""
    if raw_item.get("scoring") is None:
        return ()
    if not scored:
        raise r.fail(f"{where}.scoring", QT_TRANSLATE_NOOP("Errors", "is only allowed in a scored standard"))
    if points is None:
        raise r.fail(
            f"{where}.points",
            QT_TRANSLATE_NOOP("Errors", "is missing (an item with scoring rules needs its points)"),
        )
    limit = points
    rules = tuple(_rule(r, raw, place, limit) for place, raw in r.objects(raw_item, "scoring", where=where))
    ids = [rule.id for rule in rules]
    if len(set(ids)) != len(ids):
        raise r.fail(f"{where}.scoring", QT_TRANSLATE_NOOP("Errors", "has duplicate rule ids"))
    awarded = sum(rule.points for rule in rules if rule.kind == AWARD)
    if awarded > limit + 1e-9:
        raise r.fail(
            f"{where}.scoring",
            QT_TRANSLATE_NOOP(
                "Errors", "has award parts adding up to {total}, more than the item's {points} points"
            ),
            total=f"{awarded:g}",
            points=f"{limit:g}",
        )
    return rules


def _rule(r: FieldReader, raw: dict[str, Any], where: str, limit: float) -> ScoringRule:
    rule_id = r.get(raw, "id", where, str)
    if not RULE_ID.fullmatch(rule_id):
        raise r.fail(
            f"{where}.id", QT_TRANSLATE_NOOP("Errors", "must be 1-40 letters, digits, '.', '_' or '-'")
        )
    kind = r.choice(raw, "kind", where, RULE_KINDS)
    allowed = (*_COMMON_FIELDS, *KIND_FIELDS[kind])
    for key in raw:
        if key not in allowed:
            raise r.fail(
                f"{where}.{key}",
                QT_TRANSLATE_NOOP("Errors", "is not a field of a '{kind}' rule (it takes {fields})"),
                kind=kind,
                fields=", ".join(KIND_FIELDS[kind]) or "—",
            )
    label = r.get(raw, "label", where, str)
    values: dict[str, Any] = {}
    for key in ("points", "points_each", "cap"):
        if key in KIND_FIELDS[kind]:
            values[key] = _positive(r, raw, key, where, limit)
    if kind == DEDUCT_RANGE:
        values["min"] = r.ranged(raw, "min", where, float, (0, limit))
        values["max"] = r.ranged(raw, "max", where, float, (values["min"], limit))
        if values["max"] <= 0:
            raise r.fail(f"{where}.max", QT_TRANSLATE_NOOP("Errors", "must be more than 0"))
    if kind == DEDUCT_PER_MISSING:
        values["sub_points"] = _sub_points(r, raw, where)
    if kind == BONUS_PER_UNIT and values["cap"] < values["points_each"]:
        raise r.fail(f"{where}.cap", QT_TRANSLATE_NOOP("Errors", "must be at least points_each"))
    return ScoringRule(id=rule_id, kind=kind, label=label, **values)


def _positive(r: FieldReader, raw: dict[str, Any], key: str, where: str, limit: float) -> float:
    """Points a rule takes or gives: more than 0 and at most the item's points."""
    value = r.ranged(raw, key, where, float, (0, limit))
    if value <= 0:
        raise r.fail(f"{where}.{key}", QT_TRANSLATE_NOOP("Errors", "must be more than 0"))
    return value


def _sub_points(r: FieldReader, raw: dict[str, Any], where: str) -> tuple[str, ...]:
    entries = r.listed(raw, "sub_points", where)
    labels: list[str] = []
    for index in range(len(entries)):
        labels.append(r.get(*_entry(entries, index, f"{where}.sub_points"), "", str))
    if not labels:
        raise r.fail(f"{where}.sub_points", QT_TRANSLATE_NOOP("Errors", "must list at least one sub-point"))
    if len(set(labels)) != len(labels):
        raise r.fail(f"{where}.sub_points", QT_TRANSLATE_NOOP("Errors", "lists a sub-point twice"))
    return tuple(labels)


def read_verification_methods(r: FieldReader, raw_item: dict[str, Any], where: str) -> tuple[str, ...]:
    """Which of documents / site / survey verify the item (empty when the file does not say)."""
    methods = r.listed(raw_item, "verification_methods", where, required=False)
    found: list[str] = []
    for index in range(len(methods)):
        found.append(
            r.choice(
                *_entry(methods, index, f"{where}.verification_methods"), "", tuple(VERIFICATION_METHODS)
            )
        )
    if len(set(found)) != len(found):
        raise r.fail(f"{where}.verification_methods", QT_TRANSLATE_NOOP("Errors", "names a method twice"))
    return tuple(found)


def read_applies_to(r: FieldReader, data: dict[str, Any]) -> AppliesTo | None:
    """The campaign years (and batch) a standard is bound to; None when it names none."""
    raw = r.get(data, "applies_to", "", dict, required=False)
    if raw is None:
        return None
    years = r.listed(raw, "years", "applies_to")
    found: list[int] = []
    for index in range(len(years)):
        found.append(r.ranged(*_entry(years, index, "applies_to.years"), "", int, YEARS))
    if not found:
        raise r.fail("applies_to.years", QT_TRANSLATE_NOOP("Errors", "must list at least one year"))
    if len(set(found)) != len(found):
        raise r.fail("applies_to.years", QT_TRANSLATE_NOOP("Errors", "lists a year twice"))
    return AppliesTo(years=tuple(sorted(found)), batch=r.text(raw, "batch", "applies_to"))


def _entry(entries: list[Any], index: int, path: str) -> tuple[dict[str, Any], str]:
    """One entry of a list of plain values, as an object the reader checks under its own path."""
    key = f"{path}[{index}]"
    return {key: entries[index]}, key
