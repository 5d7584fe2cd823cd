"""An item's findings as the plain JSON kits, returned kits and ``ExpertScore.findings_json`` hold.

``{"rules": {rule id: value}, "met": bool | null, "vetoed": bool}``: one value per typed rule (see
``scoring_engine.ItemFindings``), ``met`` for an item without rules, ``vetoed`` for a gating item's
veto. Reading checks only the shape; the engine (``score_item``) judges the values, so the expert's
PC and the office's import accept exactly the same findings.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.standards.model import (
    ALL_OR_NOTHING,
    AWARD,
    BONUS_PER_UNIT,
    DEDUCT_IF_ABSENT,
    DEDUCT_PER_MISSING,
    DEDUCT_PER_OCCURRENCE,
    DEDUCT_RANGE,
    Item,
    ScoringRule,
)
from greendesk.core.standards.scoring_engine import FindingValue, ItemFindings, ItemScore, score_item

# The finding that means "nothing wrong was found, nothing earned yet", per rule kind: where an
# expert's editor starts before anything is ticked.
_NEUTRAL: dict[str, FindingValue] = {
    DEDUCT_IF_ABSENT: True,
    DEDUCT_RANGE: 0.0,
    DEDUCT_PER_MISSING: (),
    DEDUCT_PER_OCCURRENCE: 0,
    AWARD: False,
    BONUS_PER_UNIT: 0,
    ALL_OR_NOTHING: True,
}


def neutral_value(rule: ScoringRule) -> FindingValue:
    return _NEUTRAL[rule.kind]


def neutral_findings(item: Item) -> ItemFindings:
    """Findings with nothing noted: no deduction taken, no part awarded, no veto."""
    return ItemFindings(
        rules={rule.id: neutral_value(rule) for rule in item.scoring},
        met=None if item.scoring else True,
    )


def findings_to_json(findings: ItemFindings) -> dict[str, Any]:
    rules = {
        rule_id: (sorted(value) if isinstance(value, (list, tuple)) else value)
        for rule_id, value in findings.rules.items()
    }
    data: dict[str, Any] = {"rules": rules, "met": findings.met, "vetoed": findings.vetoed}
    if findings.measured is not None:
        data["measured"] = findings.measured
    return data


def _bad(item: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Item {item}: the findings are not in the expected form."), item=item
    )


def findings_from_json(item: int, data: Any) -> ItemFindings:
    """The findings of ``item`` from their JSON form (lists become tuples); a wrong shape is refused."""
    if not isinstance(data, Mapping):
        raise _bad(item)
    rules = data.get("rules", {})
    met = data.get("met")
    vetoed = data.get("vetoed", False)
    measured = data.get("measured")
    if not isinstance(rules, Mapping) or not isinstance(vetoed, bool) or met not in (None, True, False):
        raise _bad(item)
    if measured is not None and (isinstance(measured, bool) or not isinstance(measured, (int, float))):
        raise _bad(item)
    values: dict[str, FindingValue] = {}
    for rule_id, value in rules.items():
        if not isinstance(rule_id, str) or isinstance(value, (str, dict)) or value is None:
            raise _bad(item)
        values[rule_id] = tuple(value) if isinstance(value, list) else value
    return ItemFindings(rules=values, met=met, vetoed=vetoed, measured=measured)


def score_json(item: Item, data: Any) -> ItemScore:
    """The engine's score of findings in JSON form (a ValidationError naming the item and rule)."""
    return score_item(item, findings_from_json(item.number, data))
