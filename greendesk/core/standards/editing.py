"""The standard editor's operations on a plain editable document: a standard's JSON dict.

The GUI edits a document only through these functions, and never restates a rule of the format:
``problems`` runs the real reader (``format.py``) over the whole document and over each item
alone, so every item's first problem is listed with its field path (``items[3].scoring[1].max``).
A local edition starts as a copy of its parent (``new_edition``, also behind ``standards new``)
and is saved by ``save_version`` into the workspace's standards folder, one file per version.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from greendesk.core import accounts, audit
from greendesk.core.base import clock
from greendesk.core.base.errors import Message, NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.review.vocabulary import ADMINISTRATOR
from greendesk.core.standards.diff import Change, diff_standards
from greendesk.core.standards.editions import save_edition
from greendesk.core.standards.fields import FieldReader
from greendesk.core.standards.format import (
    ITEM_NUMBERS,
    MAX_ITEM_POINTS,
    load_standard_file,
    parse_standard,
    read_item,
)
from greendesk.core.standards.library import discover_standards, get_standard
from greendesk.core.standards.model import Standard, canonical_json
from greendesk.core.standards.scoring_rules import KIND_FIELDS
from greendesk.core.workspace import Workspace

# What the editor may set, per level (anything else is a programming error, not user input).
STANDARD_FIELDS = (
    "title",
    "description",
    "document_number",
    "issued_by",
    "issued_on",
    "max_points",
    "pass_mark",
)
CATEGORY_FIELDS = ("number", "title")
ITEM_FIELDS = (
    "number",
    "category",
    "text",
    "verification",
    "evidence_hint",
    "gating",
    "points",
    "verification_methods",
    "department",
    "evidence_index",
)
RULE_COMMON_FIELDS = ("id", "label")
# The value a new rule's field starts at (which fields a kind has is KIND_FIELDS' business).
_RULE_DEFAULTS: dict[str, Any] = {
    "points": 1,
    "points_each": 1,
    "min": 1,
    "max": 1,
    "cap": 1,
    "sub_points": [],
}
# A local edition's id becomes its file name: no separators, no leading dot.
EDITION_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")
_ITEM_PATH = re.compile(r"items\[(\d+)\]")


# -- a new local edition ---------------------------------------------------------------------


def check_edition_id(new_id: str) -> None:
    if not EDITION_ID.fullmatch(new_id):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The id '{standard}' cannot name a local edition: use 1-100 letters, digits, '.', '_' or '-'.",
            ),
            standard=new_id,
        )


def fresh_id(parent_id: str, taken: Iterable[str]) -> str:
    """An id no standard has yet: ``<parent>-local``, then ``-local-2`` …"""
    used = set(taken)
    base = re.sub(r"[^A-Za-z0-9_.-]", "-", parent_id).strip("-.")[:80] or "standard"
    candidate, counter = f"{base}-local", 1
    while candidate in used:
        counter += 1
        candidate = f"{base}-local-{counter}"
    return candidate


def new_edition(parent: Standard, new_id: str, title: str | None, taken: Iterable[str]) -> dict[str, Any]:
    """The parent's content under ``new_id`` (version 1, deriving from it, issued today, no document
    number), checked like any standard file."""
    check_edition_id(new_id)
    if new_id == parent.id or new_id in set(taken):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A standard with id '{standard}' exists already; choose another id."),
            standard=new_id,
        )
    data = copy.deepcopy(parent.raw)
    data.update(
        id=new_id,
        derives_from=parent.id,
        document_number="",
        issued_on=clock.today().isoformat(),
        version=1,
    )
    if title is not None:
        data["title"] = title
    parse_standard(data, new_id)  # the same checks as any file: a bad id or title is named here
    return data


def document_of(standard: Standard) -> dict[str, Any]:
    """An editable copy of a standard's content (the standard itself stays as read)."""
    return copy.deepcopy(standard.raw)


# -- finding parts of a document --------------------------------------------------------------


def _listed(doc: dict[str, Any], key: str) -> list[dict[str, Any]]:
    entries = doc.setdefault(key, [])
    return entries if isinstance(entries, list) else []


def item_of(doc: dict[str, Any], number: int) -> dict[str, Any]:
    for raw in _listed(doc, "items"):
        if isinstance(raw, dict) and raw.get("number") == number:
            return raw
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "Standard {standard} has no item {item}."),
        standard=doc.get("id"),
        item=number,
    )


def category_of(doc: dict[str, Any], category_id: str) -> dict[str, Any]:
    for raw in _listed(doc, "categories"):
        if isinstance(raw, dict) and raw.get("id") == category_id:
            return raw
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "Standard {standard} has no category {category}."),
        standard=doc.get("id"),
        category=category_id,
    )


def rule_of(doc: dict[str, Any], number: int, rule_id: str) -> dict[str, Any]:
    for raw in item_of(doc, number).get("scoring") or []:
        if isinstance(raw, dict) and raw.get("id") == rule_id:
            return raw
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "Item {item} has no scoring rule '{rule}'."), item=number, rule=rule_id
    )


def items_in(doc: dict[str, Any], category_id: str) -> list[dict[str, Any]]:
    """The category's items in number order (the order the tree shows)."""
    found = [i for i in _listed(doc, "items") if isinstance(i, dict) and i.get("category") == category_id]
    return sorted(found, key=_number)


def categories(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return sorted((c for c in _listed(doc, "categories") if isinstance(c, dict)), key=_number)


def _number(raw: dict[str, Any]) -> int:
    value = raw.get("number")
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _sort(doc: dict[str, Any]) -> None:
    """Items and categories stay in number order in the file, as the reader sorts them."""
    for key in ("items", "categories"):
        entries = _listed(doc, key)
        entries.sort(key=lambda raw: _number(raw) if isinstance(raw, dict) else 0)


def _next_number(entries: list[dict[str, Any]]) -> int:
    return max((_number(raw) for raw in entries if isinstance(raw, dict)), default=0) + 1


def _set(target: dict[str, Any], key: str, value: Any) -> bool:
    """Set (None removes) and say whether anything changed."""
    if value is None:
        return target.pop(key, None) is not None
    if target.get(key) == value and key in target:
        return False
    target[key] = value
    return True


def _allowed(key: str, allowed: tuple[str, ...]) -> None:
    if key not in allowed:
        raise ValueError(f"{key!r} is not one of {allowed}")


# -- categories, items, fields ------------------------------------------------------------------


def set_standard_field(doc: dict[str, Any], key: str, value: Any) -> bool:
    _allowed(key, STANDARD_FIELDS)
    return _set(doc, key, value)


def add_category(doc: dict[str, Any], title: str) -> str:
    """A new last category; its id is fresh (``category-N``)."""
    entries = _listed(doc, "categories")
    ids = {raw.get("id") for raw in entries if isinstance(raw, dict)}
    counter = len(entries) + 1
    while f"category-{counter}" in ids:
        counter += 1
    new_id = f"category-{counter}"
    entries.append({"id": new_id, "number": _next_number(entries), "title": title})
    return new_id


def remove_category(doc: dict[str, Any], category_id: str) -> None:
    """Only an empty category goes: its items are never removed along with it."""
    category = category_of(doc, category_id)
    held = items_in(doc, category_id)
    if held:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Category '{category}' still holds {count} item(s); move or remove them first."
            ),
            category=category.get("title") or category_id,
            count=len(held),
        )
    _listed(doc, "categories").remove(category)


def _swap_numbers(ordered: list[dict[str, Any]], current: dict[str, Any], offset: int) -> bool:
    index = ordered.index(current)
    other = index + offset
    if not 0 <= other < len(ordered):
        return False
    neighbour = ordered[other]
    current["number"], neighbour["number"] = neighbour.get("number"), current.get("number")
    return True


def move_category(doc: dict[str, Any], category_id: str, offset: int) -> bool:
    """Up (-1) or down (+1) by swapping numbers with the neighbour; False at either end."""
    moved = _swap_numbers(categories(doc), category_of(doc, category_id), offset)
    _sort(doc)
    return moved


def set_category_field(doc: dict[str, Any], category_id: str, key: str, value: Any) -> bool:
    _allowed(key, CATEGORY_FIELDS)
    changed = _set(category_of(doc, category_id), key, value)
    _sort(doc)
    return changed


def add_item(doc: dict[str, Any], category_id: str, text: str) -> int:
    """A new item at the end (the next free number); a scored standard's item starts at 0 points."""
    category_of(doc, category_id)
    entries = _listed(doc, "items")
    number = _next_number(entries)
    raw: dict[str, Any] = {"number": number, "category": category_id, "text": text, "gating": False}
    if doc.get("mode") == "scored":
        raw["points"] = 0
    entries.append(raw)
    return number


def remove_item(doc: dict[str, Any], number: int) -> None:
    _listed(doc, "items").remove(item_of(doc, number))


def move_item(doc: dict[str, Any], number: int, offset: int) -> int:
    """Up or down within its category by swapping numbers with the neighbour; the item's number now."""
    item = item_of(doc, number)
    _swap_numbers(items_in(doc, str(item.get("category"))), item, offset)
    _sort(doc)
    return _number(item)


def set_item_field(doc: dict[str, Any], number: int, key: str, value: Any) -> bool:
    """Set one field of item ``number`` (a new ``number`` renumbers it; a clash is a problem listed)."""
    _allowed(key, ITEM_FIELDS)
    item = item_of(doc, number)
    if key == "number" and value != number and any(_number(raw) == value for raw in _listed(doc, "items")):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Item {item} exists already; choose another number."), item=value
        )
    changed = _set(item, key, value)
    _sort(doc)
    return changed


# -- scoring rules ---------------------------------------------------------------------------------


def _rules(item: dict[str, Any]) -> list[dict[str, Any]]:
    rules = item.setdefault("scoring", [])
    return rules if isinstance(rules, list) else []


def add_rule(doc: dict[str, Any], number: int, kind: str, label: str = "") -> str:
    """A rule of ``kind`` with its kind's fields at their defaults; its id is fresh (``rule-N``)."""
    if kind not in KIND_FIELDS:
        raise ValueError(f"unknown rule kind {kind!r}")
    rules = _rules(item_of(doc, number))
    ids = {raw.get("id") for raw in rules if isinstance(raw, dict)}
    counter = len(rules) + 1
    while f"rule-{counter}" in ids:
        counter += 1
    rule: dict[str, Any] = {"id": f"rule-{counter}", "kind": kind, "label": label}
    rule.update({key: copy.deepcopy(_RULE_DEFAULTS[key]) for key in KIND_FIELDS[kind]})
    rules.append(rule)
    return rule["id"]


def remove_rule(doc: dict[str, Any], number: int, rule_id: str) -> None:
    item = item_of(doc, number)
    _rules(item).remove(rule_of(doc, number, rule_id))
    if not item["scoring"]:
        del item["scoring"]  # a pass/fail standard's items may not even hold an empty list


def move_rule(doc: dict[str, Any], number: int, rule_id: str, offset: int) -> bool:
    rules = _rules(item_of(doc, number))
    index = rules.index(rule_of(doc, number, rule_id))
    other = index + offset
    if not 0 <= other < len(rules):
        return False
    rules[index], rules[other] = rules[other], rules[index]
    return True


def rule_fields(kind: str) -> tuple[str, ...]:
    """The fields a rule of ``kind`` carries besides id and label (the format's KIND_FIELDS)."""
    return KIND_FIELDS.get(kind, ())


def set_rule_field(doc: dict[str, Any], number: int, rule_id: str, key: str, value: Any) -> bool:
    rule = rule_of(doc, number, rule_id)
    _allowed(key, (*RULE_COMMON_FIELDS, *rule_fields(str(rule.get("kind")))))
    if key == "id" and value != rule_id and any(r.get("id") == value for r in _rules(item_of(doc, number))):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Item {item} has a rule '{rule}' already; choose another id."),
            item=number,
            rule=value,
        )
    return _set(rule, key, value)


def set_rule_kind(doc: dict[str, Any], number: int, rule_id: str, kind: str) -> bool:
    """Another kind: the fields both kinds share keep their values, the others go or start at defaults."""
    if kind not in KIND_FIELDS:
        raise ValueError(f"unknown rule kind {kind!r}")
    rule = rule_of(doc, number, rule_id)
    if rule.get("kind") == kind:
        return False
    for key in rule_fields(str(rule.get("kind"))):
        if key not in KIND_FIELDS[kind]:
            rule.pop(key, None)
    for key in KIND_FIELDS[kind]:
        rule.setdefault(key, copy.deepcopy(_RULE_DEFAULTS[key]))
    rule["kind"] = kind
    return True


# -- validation and the diff ----------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One problem the reader found: the field path, the problem alone and the item it lies in."""

    field: str
    problem: Message
    item: int | None
    error: ValidationError

    def text(self) -> str:
        return self.problem.render()


def _problem(doc: dict[str, Any], error: ValidationError) -> Problem:
    field = str(error.params.get("field", ""))
    inner = error.params.get("problem")
    problem = inner if isinstance(inner, Message) else Message(error.template, **error.params)
    item = None
    match = _ITEM_PATH.match(field)
    items = doc.get("items")
    if match and isinstance(items, list) and int(match.group(1)) < len(items):
        raw = items[int(match.group(1))]
        number = raw.get("number") if isinstance(raw, dict) else None
        item = number if isinstance(number, int) and not isinstance(number, bool) else None
    return Problem(field, problem, item, error)


def problems(doc: dict[str, Any]) -> tuple[Problem, ...]:
    """Every problem the reader finds: each item's own first one, then the document's first one
    with each faulty item read as a plain stand-in (so a wrong total is named beside a wrong rule)."""
    source = str(doc.get("id") or "")
    raw_categories = doc.get("categories")
    category_ids = (
        [c.get("id") for c in raw_categories if isinstance(c, dict)]
        if isinstance(raw_categories, list)
        else []
    )
    scored = doc.get("mode") == "scored"
    items = doc.get("items")
    items = list(items) if isinstance(items, list) else []
    found: list[Problem] = []
    stand_ins: set[int] = set()
    for index, raw in enumerate(items):
        if not isinstance(raw, dict):
            continue
        try:
            read_item(FieldReader(source), raw, f"items[{index}]", category_ids, scored)
        except ValidationError as error:
            found.append(_problem(doc, error))
            items[index] = _stand_in(raw, category_ids, scored, 1000 - len(items) + index)
            stand_ins.add(index)
    try:
        parse_standard({**doc, "items": items} if stand_ins else doc, source)
    except ValidationError as error:
        problem = _problem(doc, error)
        index = _ITEM_PATH.match(problem.field)
        if not (index and int(index.group(1)) in stand_ins) and all(p.field != problem.field for p in found):
            found.insert(0, problem)
    return tuple(found)


def _stand_in(raw: dict[str, Any], category_ids: list[Any], scored: bool, spare: int) -> dict[str, Any]:
    """A faulty item as a valid one with the same number and points, for the document's own checks."""
    number = raw.get("number")
    if not (
        isinstance(number, int)
        and not isinstance(number, bool)
        and ITEM_NUMBERS[0] <= number <= ITEM_NUMBERS[1]
    ):
        number = spare  # a number no real item has (the item's own problem names the bad one)
    stand_in: dict[str, Any] = {
        "number": number,
        "category": category_ids[0] if category_ids else "",
        "text": "-",
    }
    if scored:
        points = raw.get("points")
        valid = (
            isinstance(points, (int, float))
            and not isinstance(points, bool)
            and 0 <= points <= MAX_ITEM_POINTS
        )
        stand_in["points"] = points if valid else 0
    return stand_in


def parent_of(doc: dict[str, Any], extra_dirs: Iterable[Path]) -> Standard | None:
    """The standard this edition derives from (None when it names none)."""
    parent = doc.get("derives_from")
    return get_standard(parent, extra_dirs) if isinstance(parent, str) and parent else None


def diff_against_parent(doc: dict[str, Any], extra_dirs: Iterable[Path]) -> tuple[Change, ...]:
    """What the edition changes from its parent; raises the first problem while the document is invalid."""
    edited = parse_standard(doc, str(doc.get("id") or ""))
    parent = parent_of(doc, extra_dirs)
    if parent is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Standard {standard} derives from no other standard."),
            standard=edited.id,
        )
    return diff_standards(parent, edited)


# -- saving versions -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Saved:
    """A saved version: its file, its number, and whether this save wrote it (False: unchanged)."""

    path: Path
    version: int
    written: bool
    standard: Standard


def version_path(folder: Path, standard_id: str, version: int) -> Path:
    return folder / f"{standard_id}.v{version}.json"


def saved_versions(folder: Path, standard_id: str) -> list[Standard]:
    """The readable files of this edition in ``folder``, lowest version first (an unversioned file counts 0)."""
    found = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            standard = load_standard_file(path)
        except ValidationError:
            continue  # the library names bad files; a version it cannot read is no version
        if standard.id == standard_id:
            found.append(standard)
    return sorted(found, key=lambda s: s.version or 0)


def _content(data: dict[str, Any]) -> str:
    return canonical_json({key: value for key, value in data.items() if key != "version"})


def save_version(workspace: Workspace, doc: dict[str, Any]) -> Saved:
    """Save ``doc`` as the next version of its edition in the workspace's standards folder (audited).

    Only an administrator saves; an invalid document is refused with its first problem; an earlier
    version's file is never overwritten; a document equal to the newest version writes nothing."""
    actor = accounts.require(workspace, ADMINISTRATOR)
    standard_id = parse_standard(doc, str(doc.get("id") or "")).id
    check_edition_id(standard_id)
    folder = workspace.standards_dir
    versions = saved_versions(folder, standard_id)
    latest = versions[-1] if versions else None
    if latest is not None and _content(latest.raw) == _content(doc):
        return Saved(Path(latest.source_path), latest.version or 0, False, latest)
    version = (latest.version or 0) + 1 if latest is not None else 1
    while version_path(folder, standard_id, version).exists():  # a file put there by hand
        version += 1
    data = copy.deepcopy(doc)
    data["version"] = version
    path = version_path(folder, standard_id, version)
    written: Standard | None = None
    try:
        with workspace.transaction() as session:
            standard = written = save_edition(data, path)
            audit.record(
                session,
                user=actor.username,
                action="standard.save",
                entity="standard",
                key=standard_id,
                old=None if latest is None else {"version": latest.version, "sha256": latest.sha256},
                new={
                    "version": version,
                    "file": path.name,
                    "sha256": standard.sha256,
                    "derives_from": standard.derives_from,
                },
            )
    except BaseException:
        if written is not None:  # written, but its audit entry did not commit: no unrecorded version
            path.unlink(missing_ok=True)
        raise
    doc["version"] = version  # the editor's document is the saved one now
    return Saved(path, version, True, standard)


def create_edition(workspace: Workspace, parent: Standard, new_id: str, title: str | None) -> Saved:
    """Copy ``parent`` into a local edition of the workspace and save it as version 1."""
    accounts.require(workspace, ADMINISTRATOR)
    taken = discover_standards([workspace.standards_dir]).standards
    return save_version(workspace, new_edition(parent, new_id, title, taken))


def is_local(workspace: Workspace, standard: Standard) -> bool:
    """Whether the standard's file lies in the workspace's standards folder (the editor saves there)."""
    return bool(standard.source_path) and Path(standard.source_path).parent == workspace.standards_dir
