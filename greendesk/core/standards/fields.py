"""Reading fields of a standard file: each one checked for its kind, length and range, and every
problem reported as ``Standard file F: field 'items[3].rule.op' ...``.

Shared by the file format (``format.py``) and the scoring rules (``scoring_rules.py``), so both
name fields alike and stay within the same bounds.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from typing import Any

from greendesk.core.base.errors import Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP

# Longest text per field name (the shipped standard's longest is 55); others get DEFAULT_TEXT_LIMIT.
TEXT_LIMITS = {
    "id": 100,
    "derives_from": 100,
    "category": 100,
    "unit": 20,
    "text": 500,
    "verification": 2000,
    "evidence_hint": 2000,
    "description": 5000,
    "label": 200,
    "department": 200,
    "evidence_index": 20,
    "batch": 100,
}
DEFAULT_TEXT_LIMIT = 200
LIST_LIMITS = {
    "categories": 50,
    "items": 500,
    "tiers": 20,
    "scoring": 20,
    "sub_points": 20,
    "verification_methods": 3,
    "years": 50,
}

_KIND_NAMES = {
    str: QT_TRANSLATE_NOOP("Errors", "text"),
    int: QT_TRANSLATE_NOOP("Errors", "a whole number"),
    float: QT_TRANSLATE_NOOP("Errors", "a number"),
    bool: QT_TRANSLATE_NOOP("Errors", "true/false"),
    list: QT_TRANSLATE_NOOP("Errors", "a list"),
    dict: QT_TRANSLATE_NOOP("Errors", "an object"),
}


def _kind_name(kind: type | tuple[type, ...]) -> Message:
    first = kind[0] if isinstance(kind, tuple) else kind
    return Message(_KIND_NAMES.get(first, first.__name__))


class FieldReader:
    """Reads fields from parsed JSON, raising errors that name the file and the field path."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str, **params: Any) -> ValidationError:
        """``problem`` is a translatable template (marked by the caller) filled with ``params``."""
        return ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Standard file {file}: field '{field}' {problem}"),
            file=self.source,
            field=where,
            problem=Message(problem, **params),
        )

    def get(
        self, obj: dict[str, Any], key: str, where: str, kind: type | tuple[type, ...], required: bool = True
    ):
        path = f"{where}.{key}" if where else key
        if key not in obj or obj[key] is None:
            if required:
                raise self.fail(path, QT_TRANSLATE_NOOP("Errors", "is missing"))
            return None
        value = obj[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        # JSON true/false are Python ints: never accept them where a number is asked for.
        boolean_for_number = isinstance(value, bool) and kind in (int, float, (int, float))
        if boolean_for_number or not isinstance(value, kind):
            raise self.fail(
                path,
                QT_TRANSLATE_NOOP("Errors", "must be {expected}, not {actual}"),
                expected=_kind_name(kind),
                actual=type(value).__name__,
            )
        if isinstance(value, str):
            self._check_text(path, key, value, required)
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail(path, QT_TRANSLATE_NOOP("Errors", "must be a finite number"))
        return value

    def _check_text(self, path: str, key: str, value: str, required: bool) -> None:
        if required and not value.strip():
            raise self.fail(path, QT_TRANSLATE_NOOP("Errors", "is empty"))
        limit = TEXT_LIMITS.get(key, DEFAULT_TEXT_LIMIT)
        if len(value) > limit:
            raise self.fail(
                path,
                QT_TRANSLATE_NOOP("Errors", "is {length} characters long; at most {limit} are allowed"),
                length=len(value),
                limit=limit,
            )

    def ranged(
        self,
        obj: dict[str, Any],
        key: str,
        where: str,
        kind: type,
        bounds: tuple[float, float],
        required: bool = True,
    ):
        """A number (``kind`` int or float) that must lie within ``bounds`` (both included)."""
        value = self.get(obj, key, where, kind, required=required)
        low, high = bounds
        if value is not None and not low <= value <= high:
            raise self.fail(
                f"{where}.{key}" if where else key,
                QT_TRANSLATE_NOOP("Errors", "is {value}; it must be between {low} and {high}"),
                value=f"{value:g}",
                low=f"{low:g}",
                high=f"{high:g}",
            )
        return value

    def text(self, obj: dict[str, Any], key: str, where: str = "") -> str:
        """An optional text field, '' when absent."""
        return self.get(obj, key, where, str, required=False) or ""

    def choice(
        self, obj: dict[str, Any], key: str, where: str, choices: Sequence[str], separator: str = ", "
    ) -> str:
        """A required text field that must be one of ``choices``."""
        value = self.get(obj, key, where, str)
        if value not in choices:
            raise self.fail(
                f"{where}.{key}" if where else key,
                QT_TRANSLATE_NOOP("Errors", "must be one of {choices}"),
                choices=separator.join(choices),
            )
        return value

    def listed(self, obj: dict[str, Any], key: str, where: str = "", required: bool = True) -> list[Any]:
        """A list field of at most ``LIST_LIMITS[key]`` entries ([] when absent and optional)."""
        entries = self.get(obj, key, where, list, required=required) or []
        if len(entries) > LIST_LIMITS[key]:
            raise self.fail(
                f"{where}.{key}" if where else key,
                QT_TRANSLATE_NOOP("Errors", "lists {count} entries; at most {limit} are allowed"),
                count=len(entries),
                limit=LIST_LIMITS[key],
            )
        return entries

    def objects(
        self, data: dict[str, Any], key: str, required: bool = True, where: str = ""
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        """The entries of a list of objects, each with its field path (``items[3]``)."""
        prefix = f"{where}.{key}" if where else key
        for index, raw in enumerate(self.listed(data, key, where, required)):
            place = f"{prefix}[{index}]"
            if not isinstance(raw, dict):
                raise self.fail(place, QT_TRANSLATE_NOOP("Errors", "must be an object"))
            yield place, raw
