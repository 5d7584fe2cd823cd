"""Reading the ``greendesk-standard/1`` JSON format, with messages that name the file and the field.

A standard file is checked section by section (header, categories, items with their rules, scoring
and tiers); the first problem found is reported as ``Standard file F: field 'items[3].rule.op' ...``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from greendesk.core.base.errors import Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.standards.model import RULE_OPERATORS, Category, Item, NumericRule, Standard, Tier

FORMAT = "greendesk-standard/1"
MODES = ("pass_fail", "scored")
RULE_FIELDS = ("property_management_coverage",)

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
        if isinstance(value, str) and required and not value.strip():
            raise self.fail(path, QT_TRANSLATE_NOOP("Errors", "is empty"))
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
        for index, raw in enumerate(self.get(data, key, "", list, required=required) or []):
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
    max_points = r.get(data, "max_points", "", float, required=mode == "scored")
    pass_mark = r.get(data, "pass_mark", "", float, required=mode == "scored")
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
            number=r.get(raw, "number", where, int),
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
        points = r.get(raw, "points", where, float, required=False)
        items.append(
            Item(
                number=r.get(raw, "number", where, int),
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
        value=r.get(raw_rule, "value", where, float),
        unit=r.text(raw_rule, "unit", where),
    )


def _tiers(r: _Reader, data: dict[str, Any]) -> list[Tier]:
    return [
        Tier(
            id=r.get(raw, "id", where, str),
            name=r.get(raw, "name", where, str),
            min_points=r.get(raw, "min_points", where, float),
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
    """Read and validate one standard file (UTF-8, a BOM tolerated)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read standard file {file}: {reason}"),
            file=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    except UnicodeDecodeError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Standard file {file} is not UTF-8 text."), file=str(path)
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Standard file {file} is not valid JSON (line {line}, column {column}): {reason}"
            ),
            file=str(path),
            line=exc.lineno,
            column=exc.colno,
            reason=exc.msg,
        ) from None
    return parse_standard(data, str(path))
