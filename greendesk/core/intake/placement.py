"""Where each file of an import goes, and the user's assignments of the files nothing matched.

``choices`` is what a file can be assigned to (the plan's rows and the year's open
recommendations); ``photo_resolutions`` turns "PATH=CODE:ITEM" assignments (CLI ``--assign``,
a mapping CSV, or the wizard's table) into the ``Resolutions.photos`` that ``apply_import`` uses;
``placements`` says which file goes to which community and item, for the dry run and the wizard.
"""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import compact, digits_only, whole_number
from greendesk.core.intake.plan import ImportPlan, PlannedPhoto
from greendesk.core.intake.supplement import year_recommendations
from greendesk.core.workspace import Workspace


@dataclass(frozen=True)
class Choice:
    """Something a file can be attached to: a row of the package, or a recommendation of the year."""

    key: str  # the plan's row key, or the community code for an existing recommendation
    code: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.name} {self.code}".strip()


@dataclass(frozen=True)
class Placement:
    """One file and where the import puts it (``code`` empty: not attached)."""

    entry: str
    code: str
    name: str
    item: int | None
    how: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def unmatched(plan: ImportPlan) -> list[PlannedPhoto]:
    """Readable files without a community or an item: the ones a user may assign."""
    return [p for p in plan.photos if p.valid and (p.row_key is None or p.item is None)]


def choices(workspace: Workspace, plan: ImportPlan) -> list[Choice]:
    """The plan's matched rows, then the year's open recommendations not among them."""
    found: list[Choice] = []
    codes: set[str] = set()
    for row in plan.rows:
        community = row.match.community
        if community is None:  # ambiguous or unknown: offered as written, for once it is resolved
            found.append(Choice(row.key, "", row.name))
        elif community.code not in codes:
            codes.add(community.code)
            found.append(Choice(row.key, community.code, community.name))
    with workspace.sessions() as session:
        existing = year_recommendations(session, plan.year)
    for code, target in existing.items():
        if code not in codes and not target.locked:
            found.append(Choice(code, code, target.name))
    return found


def parse_assignment(text: str) -> tuple[str, str, int]:
    """'PATH=CODE:ITEM' -> (path, code, item); a clear message for anything else."""
    path, separator, target = text.rpartition("=")
    code, colon, item = target.rpartition(":")
    number = whole_number(item)
    if not separator or not colon or not path.strip() or number is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "'{text}' is not PATH=CODE:ITEM (e.g. 照片/a.jpg=110105001001:3)."),
            text=text,
        )
    return path.strip(), code.strip(), number


def read_assignment_file(path: Path) -> list[tuple[str, str, int]]:
    """A CSV of path, code, item (a header row is allowed), in UTF-8 or GBK."""
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} cannot be read: {reason}"),
            file=str(path),
            reason=error.strerror,
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030", errors="replace")
    assignments = []
    for number, cells in enumerate(csv.reader(text.splitlines()), start=1):
        cells = [cell.strip() for cell in cells]
        if not any(cells) or (number == 1 and not digits_only(cells[-1])):
            continue  # blank line or header
        item = whole_number(cells[2]) if len(cells) == 3 else None
        if item is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{file} row {row}: expected path, community code, item number."),
                file=str(path),
                row=number,
            )
        assignments.append((cells[0], cells[1], item))
    return assignments


def photo_resolutions(
    workspace: Workspace, plan: ImportPlan, assignments: list[tuple[str, str, int]]
) -> dict[str, tuple[str, int]]:
    """Entry -> (row key or code, item) for ``Resolutions.photos``; unknown file, code or item refused."""
    offered = choices(workspace, plan)
    keys = {choice.code: choice.key for choice in offered if choice.code}
    keys |= {choice.key: choice.key for choice in offered}
    entries = {_path_key(photo.entry): photo.entry for photo in plan.photos if photo.valid}
    resolved: dict[str, tuple[str, int]] = {}
    for path, code, item in assignments:
        entry = entries.get(_path_key(path))
        if entry is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{file} is not a readable file of {source}."),
                file=path,
                source=plan.source_name,
            )
        key = keys.get(digits_only(code) or code)
        if key is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file}: community {code} is neither in the package nor an open recommendation of {year}.",
                ),
                file=path,
                code=code,
                year=plan.year,
            )
        if item not in plan.item_numbers:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{file}: the standard has no item {item}."), file=path, item=item
            )
        resolved[entry] = (key, item)
    return resolved


def _path_key(path: str) -> str:
    return compact(path).replace("\\", "/").strip("/")


def placements(
    workspace: Workspace, plan: ImportPlan, photos: dict[str, tuple[str, int]] | None = None
) -> list[Placement]:
    """Every file of the plan and where it goes, with the user's assignments (``photos``) applied."""
    names = {choice.key: (choice.code, choice.name) for choice in choices(workspace, plan)}
    placed = []
    for photo in plan.photos:
        key, item, how = photo.row_key, photo.item, photo.how
        if photo.entry in (photos or {}):
            (key, item), how = (photos or {})[photo.entry], "assigned"
        code, name = names.get(key or "", ("", ""))
        if not photo.valid or not code or item is None:
            code, name = "", ""
        placed.append(Placement(photo.entry, code, name, item if photo.valid else None, how))
    return placed
