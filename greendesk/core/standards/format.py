"""Reading the ``greendesk-standard/1`` JSON format, with messages that name the file and the field.

A standard file is checked section by section (header, categories, items with their rules, scoring
and tiers); the first problem found is reported as ``Standard file F: field 'items[3].rule.op' ...``.
Everything is bounded: the file's size and nesting (``core/base/jsonfile``), each text's length,
each list's length, and every number (finite, in its range), so a standard cannot make the
library, an import or a review slow or huge.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from greendesk.core.base.errors import Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.jsonfile import JsonFileError, read
from greendesk.core.standards.model import RULE_OPERATORS, Category, Item, NumericRule, Standard, Tier

FORMAT = "greendesk-standard/1"
MODES = ("pass_fail", "scored")
RULE_FIELDS = ("property_management_coverage",)
RULE_RANGES = {"property_management_coverage": (0.0, 100.0)}  # a percentage

# 500 items of the longest texts in Chinese (3 bytes a character) stay below this.
MAX_FILE_BYTES = 8 * 1024 * 1024
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
}
DEFAULT_TEXT_LIMIT = 200
LIST_LIMITS = {"categories": 50, "items": 500, "tiers": 20}
ITEM_NUMBERS = (1, 999)
CATEGORY_NUMBERS = (1, 99)
MAX_ITEM_POINTS = 1000.0
MAX_TOTAL_POINTS = 100_000.0

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


class _Reader:
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

    def objects(
        self, data: dict[str, Any], key: str, required: bool = True
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        """The entries of a top-level list of objects, each with its field path (``items[3]``)."""
        entries = self.get(data, key, "", list, required=required) or []
        if len(entries) > LIST_LIMITS[key]:
            raise self.fail(
                key,
                QT_TRANSLATE_NOOP("Errors", "lists {count} entries; at most {limit} are allowed"),
                count=len(entries),
                limit=LIST_LIMITS[key],
            )
        for index, raw in enumerate(entries):
            where = f"{key}[{index}]"
            if not isinstance(raw, dict):
                raise self.fail(where, QT_TRANSLATE_NOOP("Errors", "must be an object"))
            yield where, raw


def parse_standard(data: Any, source: str = "<memory>") -> Standard:
    """Validate parsed JSON and build a Standard; every problem names ``source`` and the field."""
    r = _Reader(source)
    if not isinstance(data, dict):
        raise r.fail("(top level)", QT_TRANSLATE_NOOP("Errors", "must be an object"))
    standard_id, mode, issued_on = _header(r, data)
    categories = _categories(r, data)
    items = _items(r, data, [c.id for c in categories])
    scored = mode == "scored"
    max_points = r.ranged(data, "max_points", "", float, (0, MAX_TOTAL_POINTS), required=scored)
    pass_mark = r.ranged(data, "pass_mark", "", float, (0, MAX_TOTAL_POINTS), required=scored)
    tiers = _tiers(r, data)
    if mode == "scored":
        _check_scoring(r, items, max_points, pass_mark)
    return Standard(
        id=standard_id,
        title=r.get(data, "title", "", str),
        document_number=r.text(data, "document_number"),
        issued_by=r.text(data, "issued_by"),
        issued_on=issued_on,
        mode=mode,
        categories=tuple(sorted(categories, key=lambda c: c.number)),
        items=tuple(sorted(items, key=lambda i: i.number)),
        derives_from=r.get(data, "derives_from", "", str, required=False),
        max_points=max_points,
        pass_mark=pass_mark,
        tiers=tuple(sorted(tiers, key=lambda t: t.min_points)),
        description=r.text(data, "description"),
        source_path=source,
        raw=data,
    )


def _header(r: _Reader, data: dict[str, Any]) -> tuple[str, str, date]:
    """Format tag, id, mode and issue date: the fields every other check depends on."""
    if r.get(data, "format", "", str) != FORMAT:
        raise r.fail("format", QT_TRANSLATE_NOOP("Errors", "must be '{expected}'"), expected=FORMAT)
    standard_id = r.get(data, "id", "", str)
    mode = r.choice(data, "mode", "", MODES)
    issued_text = r.get(data, "issued_on", "", str)
    try:
        issued_on = date.fromisoformat(issued_text)
    except ValueError:
        raise r.fail("issued_on", QT_TRANSLATE_NOOP("Errors", "must be a date like 2020-07-22")) from None
    return standard_id, mode, issued_on


def _check_listed(r: _Reader, key: str, keys: list[Any], empty: str, duplicate: str) -> None:
    """A list section must name at least one entry, and no entry twice."""
    if not keys:
        raise r.fail(key, empty)
    if len(set(keys)) != len(keys):
        raise r.fail(key, duplicate)


def _categories(r: _Reader, data: dict[str, Any]) -> list[Category]:
    categories = [
        Category(
            id=r.get(raw, "id", where, str),
            number=r.ranged(raw, "number", where, int, CATEGORY_NUMBERS),
            title=r.get(raw, "title", where, str),
        )
        for where, raw in r.objects(data, "categories")
    ]
    _check_listed(
        r,
        "categories",
        [c.id for c in categories],
        QT_TRANSLATE_NOOP("Errors", "must list at least one category"),
        QT_TRANSLATE_NOOP("Errors", "has duplicate ids"),
    )
    return categories


def _items(r: _Reader, data: dict[str, Any], category_ids: list[str]) -> list[Item]:
    items: list[Item] = []
    for where, raw in r.objects(data, "items"):
        category = r.get(raw, "category", where, str)
        if category not in category_ids:
            raise r.fail(
                f"{where}.category",
                QT_TRANSLATE_NOOP("Errors", "names unknown category '{category}'"),
                category=category,
            )
        raw_rule = r.get(raw, "rule", where, dict, required=False)
        rule = None if raw_rule is None else _rule(r, raw_rule, f"{where}.rule")
        points = r.ranged(raw, "points", where, float, (0, MAX_ITEM_POINTS), required=False)
        items.append(
            Item(
                number=r.ranged(raw, "number", where, int, ITEM_NUMBERS),
                category=category,
                text=r.get(raw, "text", where, str),
                verification=r.text(raw, "verification", where),
                evidence_hint=r.text(raw, "evidence_hint", where),
                gating=bool(r.get(raw, "gating", where, bool, required=False) or False),
                points=points,
                rule=rule,
            )
        )
    _check_listed(
        r,
        "items",
        [i.number for i in items],
        QT_TRANSLATE_NOOP("Errors", "must list at least one item"),
        QT_TRANSLATE_NOOP("Errors", "has duplicate item numbers"),
    )
    return items


def _rule(r: _Reader, raw_rule: dict[str, Any], where: str) -> NumericRule:
    op = r.choice(raw_rule, "op", where, tuple(RULE_OPERATORS), separator=" ")
    rule_field = r.choice(raw_rule, "field", where, RULE_FIELDS)
    return NumericRule(
        field=rule_field,
        op=op,
        value=r.ranged(raw_rule, "value", where, float, RULE_RANGES[rule_field]),
        unit=r.text(raw_rule, "unit", where),
    )


def _tiers(r: _Reader, data: dict[str, Any]) -> list[Tier]:
    return [
        Tier(
            id=r.get(raw, "id", where, str),
            name=r.get(raw, "name", where, str),
            min_points=r.ranged(raw, "min_points", where, float, (0, MAX_TOTAL_POINTS)),
        )
        for where, raw in r.objects(data, "tiers", required=False)
    ]


def _check_scoring(r: _Reader, items: list[Item], max_points: float | None, pass_mark: float | None) -> None:
    """A scored standard gives every item points that add up to max_points, and a reachable pass mark."""
    for index, item in enumerate(items):
        if item.points is None:
            raise r.fail(
                f"items[{index}].points",
                QT_TRANSLATE_NOOP("Errors", "is missing (a scored standard gives every item its points)"),
            )
    total = sum(item.points or 0 for item in items)
    if max_points is not None and abs(total - max_points) > 1e-6:
        raise r.fail(
            "max_points",
            QT_TRANSLATE_NOOP("Errors", "is {declared} but the items' points add up to {total}"),
            declared=f"{max_points:g}",
            total=f"{total:g}",
        )
    if pass_mark is not None and max_points is not None and not 0 < pass_mark <= max_points:
        raise r.fail("pass_mark", QT_TRANSLATE_NOOP("Errors", "must be between 0 and max_points"))


def load_standard_file(path: Path) -> Standard:
    """Read and validate one standard file (UTF-8, a BOM tolerated, at most MAX_FILE_BYTES)."""
    try:
        data = read(path, max_bytes=MAX_FILE_BYTES)
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read standard file {file}: {reason}"),
            file=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    except JsonFileError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Standard file {problem}"),
            problem=Message(error.template, **error.params),
        ) from None
    return parse_standard(data, str(path))
