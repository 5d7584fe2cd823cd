"""An expert's findings for one item as plain JSON, the form scores are stored, sent and typed in.

``{"rules": {"<rule id>": value, ...}, "met": true|false|null, "vetoed": false, "measured": null}``
is ``scoring_engine.ItemFindings``: a yes/no, a number, or a list of missing sub-points per rule;
``met`` for an item without rules; ``vetoed`` for a gating item's veto; ``measured`` for the
item's figure (item 12's coverage). ``merge.py`` reads ``vetoed`` from the stored JSON, the direct
scoring, the kits and the sheets write it through :func:`to_json`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

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
    Item,
    ScoringRule,
)
from greendesk.core.standards.scoring_engine import FindingValue, ItemFindings, ItemScore, score_item

KEYS = ("rules", "met", "vetoed", "measured")
MAX_TEXT = 20_000  # characters of findings JSON typed in or read from a file

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


def _bad(item: int, problem: str, **params: object) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Findings for item {item}: {problem}"),
        item=item,
        problem=Message(problem, **params),
    )


def _value(item: int, rule: str, value: Any) -> FindingValue:
    """A rule's finding as the engine takes it (the engine then checks it against the rule's kind)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if isinstance(value, list) and all(isinstance(p, int) and not isinstance(p, bool) for p in value):
        return tuple(value)
    raise _bad(
        item,
        QT_TRANSLATE_NOOP("Errors", "rule '{rule}' needs yes/no, a number or a list of sub-point numbers"),
        rule=rule,
    )


def _optional_bool(item: int, data: Mapping[str, Any], key: str) -> bool | None:
    value = data.get(key)
    if value is None or isinstance(value, bool):
        return value
    raise _bad(item, QT_TRANSLATE_NOOP("Errors", "'{key}' must be true or false"), key=key)


def from_json(item: int, data: str | Mapping[str, Any]) -> ItemFindings:
    """Findings from their JSON text or object; anything else is refused, naming the item and the key."""
    if isinstance(data, str):
        if len(data) > MAX_TEXT:
            raise _bad(
                item,
                QT_TRANSLATE_NOOP("Errors", "the text is longer than {limit} characters"),
                limit=MAX_TEXT,
            )
        try:
            data = json.loads(data or "{}")
        except json.JSONDecodeError as error:
            raise _bad(item, QT_TRANSLATE_NOOP("Errors", "not JSON ({reason})"), reason=error.msg) from None
    if not isinstance(data, Mapping):
        raise _bad(item, QT_TRANSLATE_NOOP("Errors", "a JSON object is needed"))
    unknown = [str(key) for key in data if key not in KEYS]
    if unknown:
        raise _bad(
            item,
            QT_TRANSLATE_NOOP("Errors", "unknown key '{key}' (the keys are rules, met, vetoed, measured)"),
            key=unknown[0],
        )
    rules = data.get("rules") or {}
    if not isinstance(rules, Mapping):
        raise _bad(item, QT_TRANSLATE_NOOP("Errors", "'rules' must map rule ids to findings"))
    measured = data.get("measured")
    if measured is not None and (
        isinstance(measured, bool) or not isinstance(measured, (int, float)) or not math.isfinite(measured)
    ):
        raise _bad(item, QT_TRANSLATE_NOOP("Errors", "'measured' must be a number"))
    return ItemFindings(
        rules={str(rule): _value(item, str(rule), value) for rule, value in rules.items()},
        met=_optional_bool(item, data, "met"),
        vetoed=bool(_optional_bool(item, data, "vetoed")),
        measured=None if measured is None else float(measured),
    )


def to_json(findings: ItemFindings) -> dict[str, Any]:
    """The plain form stored with a score (``record_scores`` writes it with sorted keys)."""
    return {
        "rules": {
            rule: (list(value) if isinstance(value, (list, tuple)) else value)
            for rule, value in findings.rules.items()
        },
        "met": findings.met,
        "vetoed": findings.vetoed,
        "measured": findings.measured,
    }


def score_json(item: Item, data: Any) -> ItemScore:
    """The engine's score of findings in JSON form (a ValidationError naming the item and rule)."""
    return score_item(item, from_json(item.number, data))


def stored_text(item: int, data: str | Mapping[str, Any]) -> str:
    """The findings as a decision row keeps them (``decision.findings_json``): checked, normalised,
    sorted keys, so the same findings always give the same text (a repeated decision is no change)."""
    return json.dumps(to_json(from_json(item, data)), sort_keys=True, ensure_ascii=False)


def from_stored(text: str | None) -> dict[str, Any] | None:
    """The stored findings as a JSON object (None: the decision was not made by rules)."""
    return None if text is None else json.loads(text)


def audit_form(text: str | None) -> dict[str, Any]:
    """What a decision's audit entry adds for its findings: ``{"findings": {...}}``, or nothing."""
    return {} if text is None else {"findings": json.loads(text)}
