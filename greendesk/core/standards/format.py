"""Reading the ``greendesk-standard/1`` JSON format, with messages that name the file and the field.

A standard file is checked section by section (header, categories, items with their rules, scoring
and tiers); the first problem found is reported as ``Standard file F: field 'items[3].rule.op' ...``.
Everything is bounded: the file's size and nesting (``core/base/jsonfile``), each text's length,
each list's length, and every number (finite, in its range), so a standard cannot make the
library, an import or a review slow or huge.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

from greendesk.core.base.errors import Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.jsonfile import JsonFileError, parse, read_bytes
from greendesk.core.standards.fields import FieldReader
from greendesk.core.standards.model import RULE_OPERATORS, Category, Item, NumericRule, Standard, Tier
from greendesk.core.standards.scoring_rules import read_applies_to, read_scoring, read_verification_methods

FORMAT = "greendesk-standard/1"
MODES = ("pass_fail", "scored")
RULE_FIELDS = ("property_management_coverage",)
RULE_RANGES = {"property_management_coverage": (0.0, 100.0)}  # a percentage

# 500 items of the longest texts in Chinese (3 bytes a character) stay below this.
MAX_FILE_BYTES = 8 * 1024 * 1024
ITEM_NUMBERS = (1, 999)
CATEGORY_NUMBERS = (1, 99)
MAX_ITEM_POINTS = 1000.0
MAX_TOTAL_POINTS = 100_000.0
VERSIONS = (1, 1_000_000)


def parse_standard(data: Any, source: str = "<memory>") -> Standard:
    """Validate parsed JSON and build a Standard; every problem names ``source`` and the field."""
    r = FieldReader(source)
    if not isinstance(data, dict):
        raise r.fail("(top level)", QT_TRANSLATE_NOOP("Errors", "must be an object"))
    standard_id, mode, issued_on = _header(r, data)
    categories = _categories(r, data)
    scored = mode == "scored"
    items = _items(r, data, [c.id for c in categories], scored)
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
        applies_to=read_applies_to(r, data),
        version=r.ranged(data, "version", "", int, VERSIONS, required=False),
        source_path=source,
        raw=data,
    )


def _header(r: FieldReader, data: dict[str, Any]) -> tuple[str, str, date]:
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


def _check_listed(r: FieldReader, key: str, keys: list[Any], empty: str, duplicate: str) -> None:
    """A list section must name at least one entry, and no entry twice."""
    if not keys:
        raise r.fail(key, empty)
    if len(set(keys)) != len(keys):
        raise r.fail(key, duplicate)


def _categories(r: FieldReader, data: dict[str, Any]) -> list[Category]:
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


def _items(r: FieldReader, data: dict[str, Any], category_ids: list[str], scored: bool) -> list[Item]:
    items = [read_item(r, raw, where, category_ids, scored) for where, raw in r.objects(data, "items")]
    _check_listed(
        r,
        "items",
        [i.number for i in items],
        QT_TRANSLATE_NOOP("Errors", "must list at least one item"),
        QT_TRANSLATE_NOOP("Errors", "has duplicate item numbers"),
    )
    return items


def read_item(r: FieldReader, raw: dict[str, Any], where: str, category_ids: list[str], scored: bool) -> Item:
    """One item at ``where`` (``items[3]``); the editor reads each item alone to list every item's problem."""
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
    return Item(
        number=r.ranged(raw, "number", where, int, ITEM_NUMBERS),
        category=category,
        text=r.get(raw, "text", where, str),
        verification=r.text(raw, "verification", where),
        evidence_hint=r.text(raw, "evidence_hint", where),
        gating=bool(r.get(raw, "gating", where, bool, required=False) or False),
        points=points,
        rule=rule,
        scoring=read_scoring(r, raw, where, points, scored),
        verification_methods=read_verification_methods(r, raw, where),
        department=r.text(raw, "department", where),
        evidence_index=r.text(raw, "evidence_index", where),
    )


def _rule(r: FieldReader, raw_rule: dict[str, Any], where: str) -> NumericRule:
    op = r.choice(raw_rule, "op", where, tuple(RULE_OPERATORS), separator=" ")
    rule_field = r.choice(raw_rule, "field", where, RULE_FIELDS)
    return NumericRule(
        field=rule_field,
        op=op,
        value=r.ranged(raw_rule, "value", where, float, RULE_RANGES[rule_field]),
        unit=r.text(raw_rule, "unit", where),
    )


def _tiers(r: FieldReader, data: dict[str, Any]) -> list[Tier]:
    return [
        Tier(
            id=r.get(raw, "id", where, str),
            name=r.get(raw, "name", where, str),
            min_points=r.ranged(raw, "min_points", where, float, (0, MAX_TOTAL_POINTS)),
        )
        for where, raw in r.objects(data, "tiers", required=False)
    ]


def _check_scoring(
    r: FieldReader, items: list[Item], max_points: float | None, pass_mark: float | None
) -> None:
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
    """Read and validate one standard file (UTF-8, a BOM tolerated, at most MAX_FILE_BYTES).

    The file is read every time, but parsed once per content: the library is consulted by every
    import and recommendation (the demo build read both shipped files 56 times). The cache is keyed
    by the path and the SHA-256 of the bytes just read, so an edited file is parsed anew; a file
    that is refused is not remembered.
    """
    try:
        data = read_bytes(path, max_bytes=MAX_FILE_BYTES)
        key = (str(path), hashlib.sha256(data).hexdigest())
        if key in _PARSED_FILES:
            return _PARSED_FILES[key]
        standard = parse_standard(parse(data, str(path)), str(path))
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
    if len(_PARSED_FILES) >= _PARSED_FILES_KEPT:
        del _PARSED_FILES[next(iter(_PARSED_FILES))]  # the oldest: a long session edits many versions
    _PARSED_FILES[key] = standard
    return standard


_PARSED_FILES: dict[tuple[str, str], Standard] = {}  # (path, SHA-256 of its bytes) -> the standard
_PARSED_FILES_KEPT = 64
