"""Creation standards as data: loading, validation and the rules they carry.

A standard version is a JSON file (``resources/standards/*.json`` shipped with the app, or
``<workspace>/standards/*.json`` for localized versions). Historic reviews keep a copy of the exact
standard they were made under, so editing a file never rewrites the past.
"""

from __future__ import annotations

import hashlib
import json
import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from greendesk.core.base.errors import Message, NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.paths import resources_dir

FORMAT = "greendesk-standard/1"
MODES = ("pass_fail", "scored")
RULE_OPERATORS: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
}
RULE_FIELDS = ("property_management_coverage",)


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
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


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
        if isinstance(value, bool) and kind in (int, float, (int, float)):
            raise self.fail(
                path,
                QT_TRANSLATE_NOOP("Errors", "must be {expected}, not {actual}"),
                expected=_kind_name(kind),
                actual=type(value).__name__,
            )
        if not isinstance(value, kind):
            raise self.fail(
                path,
                QT_TRANSLATE_NOOP("Errors", "must be {expected}, not {actual}"),
                expected=_kind_name(kind),
                actual=type(value).__name__,
            )
        if isinstance(value, str) and required and not value.strip():
            raise self.fail(path, QT_TRANSLATE_NOOP("Errors", "is empty"))
        return value


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


def parse_standard(data: Any, source: str = "<memory>") -> Standard:
    """Validate parsed JSON and build a Standard; every problem names ``source`` and the field."""
    r = _Reader(source)
    if not isinstance(data, dict):
        raise r.fail("(top level)", QT_TRANSLATE_NOOP("Errors", "must be an object"))
    fmt = r.get(data, "format", "", str)
    if fmt != FORMAT:
        raise r.fail("format", QT_TRANSLATE_NOOP("Errors", "must be '{expected}'"), expected=FORMAT)
    standard_id = r.get(data, "id", "", str)
    mode = r.get(data, "mode", "", str)
    if mode not in MODES:
        raise r.fail(
            "mode", QT_TRANSLATE_NOOP("Errors", "must be one of {choices}"), choices=", ".join(MODES)
        )
    issued_text = r.get(data, "issued_on", "", str)
    try:
        issued_on = date.fromisoformat(issued_text)
    except ValueError:
        raise r.fail("issued_on", QT_TRANSLATE_NOOP("Errors", "must be a date like 2020-07-22")) from None

    categories: list[Category] = []
    for index, raw in enumerate(r.get(data, "categories", "", list)):
        where = f"categories[{index}]"
        if not isinstance(raw, dict):
            raise r.fail(where, QT_TRANSLATE_NOOP("Errors", "must be an object"))
        categories.append(
            Category(
                id=r.get(raw, "id", where, str),
                number=r.get(raw, "number", where, int),
                title=r.get(raw, "title", where, str),
            )
        )
    if not categories:
        raise r.fail("categories", QT_TRANSLATE_NOOP("Errors", "must list at least one category"))
    category_ids = [c.id for c in categories]
    if len(set(category_ids)) != len(category_ids):
        raise r.fail("categories", QT_TRANSLATE_NOOP("Errors", "has duplicate ids"))

    items: list[Item] = []
    for index, raw in enumerate(r.get(data, "items", "", list)):
        where = f"items[{index}]"
        if not isinstance(raw, dict):
            raise r.fail(where, QT_TRANSLATE_NOOP("Errors", "must be an object"))
        category = r.get(raw, "category", where, str)
        if category not in category_ids:
            raise r.fail(
                f"{where}.category",
                QT_TRANSLATE_NOOP("Errors", "names unknown category '{category}'"),
                category=category,
            )
        rule = None
        raw_rule = r.get(raw, "rule", where, dict, required=False)
        if raw_rule is not None:
            rwhere = f"{where}.rule"
            op = r.get(raw_rule, "op", rwhere, str)
            if op not in RULE_OPERATORS:
                raise r.fail(
                    f"{rwhere}.op",
                    QT_TRANSLATE_NOOP("Errors", "must be one of {choices}"),
                    choices=" ".join(RULE_OPERATORS),
                )
            rule_field = r.get(raw_rule, "field", rwhere, str)
            if rule_field not in RULE_FIELDS:
                raise r.fail(
                    f"{rwhere}.field",
                    QT_TRANSLATE_NOOP("Errors", "must be one of {choices}"),
                    choices=", ".join(RULE_FIELDS),
                )
            rule = NumericRule(
                field=rule_field,
                op=op,
                value=r.get(raw_rule, "value", rwhere, float),
                unit=r.get(raw_rule, "unit", rwhere, str, required=False) or "",
            )
        points = r.get(raw, "points", where, float, required=False)
        items.append(
            Item(
                number=r.get(raw, "number", where, int),
                category=category,
                text=r.get(raw, "text", where, str),
                verification=r.get(raw, "verification", where, str, required=False) or "",
                evidence_hint=r.get(raw, "evidence_hint", where, str, required=False) or "",
                gating=bool(r.get(raw, "gating", where, bool, required=False) or False),
                points=points,
                rule=rule,
            )
        )
    if not items:
        raise r.fail("items", QT_TRANSLATE_NOOP("Errors", "must list at least one item"))
    numbers = [i.number for i in items]
    if len(set(numbers)) != len(numbers):
        raise r.fail("items", QT_TRANSLATE_NOOP("Errors", "has duplicate item numbers"))

    max_points = r.get(data, "max_points", "", float, required=mode == "scored")
    pass_mark = r.get(data, "pass_mark", "", float, required=mode == "scored")
    tiers: list[Tier] = []
    for index, raw in enumerate(r.get(data, "tiers", "", list, required=False) or []):
        where = f"tiers[{index}]"
        if not isinstance(raw, dict):
            raise r.fail(where, QT_TRANSLATE_NOOP("Errors", "must be an object"))
        tiers.append(
            Tier(
                id=r.get(raw, "id", where, str),
                name=r.get(raw, "name", where, str),
                min_points=r.get(raw, "min_points", where, float),
            )
        )
    if mode == "scored":
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

    return Standard(
        id=standard_id,
        title=r.get(data, "title", "", str),
        document_number=r.get(data, "document_number", "", str, required=False) or "",
        issued_by=r.get(data, "issued_by", "", str, required=False) or "",
        issued_on=issued_on,
        mode=mode,
        categories=tuple(sorted(categories, key=lambda c: c.number)),
        items=tuple(sorted(items, key=lambda i: i.number)),
        derives_from=r.get(data, "derives_from", "", str, required=False),
        max_points=max_points,
        pass_mark=pass_mark,
        tiers=tuple(sorted(tiers, key=lambda t: t.min_points)),
        description=r.get(data, "description", "", str, required=False) or "",
        source_path=source,
        raw=data,
    )


def load_standard_file(path: Path) -> Standard:
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


def shipped_standards_dir() -> Path:
    return resources_dir() / "standards"


def discover_standards(extra_dirs: Iterable[Path] = ()) -> dict[str, Standard]:
    """All standards shipped with the app plus those in ``extra_dirs``; later folders may add versions."""
    found: dict[str, Standard] = {}
    for directory in (shipped_standards_dir(), *extra_dirs):
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.json")):
            standard = load_standard_file(path)
            found[standard.id] = standard
    for standard in found.values():
        if standard.derives_from and standard.derives_from not in found:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Standard file {file}: field 'derives_from' names unknown standard '{parent}'"
                ),
                file=standard.source_path,
                parent=standard.derives_from,
            )
    return found


DEFAULT_STANDARD_ID = "national-2020-trial"


def get_standard(standard_id: str, extra_dirs: Iterable[Path] = ()) -> Standard:
    standards = discover_standards(extra_dirs)
    if standard_id not in standards:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Unknown standard '{standard}'."), standard=standard_id
        )
    return standards[standard_id]
