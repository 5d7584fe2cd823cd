"""The import plan: what phase one found in a package, and what phase two writes.

``analyse_package`` (in ``analysis``) fills an ``ImportPlan``: the rows found (with file/sheet/row),
how each was matched to the registry, the photos and their targets, and every problem with its
location. The preview screen and ``greendesk import --dry-run`` show it; ``apply_import`` writes it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from greendesk.core import settings
from greendesk.core.base.cells import header_key
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.intake import workbook
from greendesk.core.intake.matching import Match
from greendesk.core.intake.problems import ERROR, Location, Problem
from greendesk.core.workspace import Workspace


@dataclass
class PlannedRow:
    """One community the package recommends, merged from its list row and its own sheet."""

    key: str
    location: Location
    code: str
    name: str
    street: str
    households: int | None
    households_managed: int | None
    contact: str
    note: str
    claims: dict[int, str]
    claim_notes: dict[int, str]
    evidence_names: dict[int, list[str]]
    match: Match
    existing_recommendation: int | None = None
    coverage_reported: float | None = None  # a % given without a count of managed households

    @property
    def coverage(self) -> float | None:
        if self.coverage_reported is not None:
            return self.coverage_reported
        if not self.households or self.households_managed is None:
            return None
        return round(self.households_managed / self.households * 100, 1)

    def to_dict(self) -> dict[str, Any]:
        community = self.match.community
        return {
            "key": self.key,
            "location": self.location.to_dict(),
            "code": self.code,
            "name": self.name,
            "match": self.match.status,
            "community_code": community.code if community else None,
            "community_name": community.name if community else None,
            "street_name": community.street_name if community else None,
            "candidates": [c.code for c in self.match.candidates],
            "households": self.households,
            "households_managed": self.households_managed,
            "coverage": self.coverage,
            "claims": {str(k): v for k, v in sorted(self.claims.items())},
        }


@dataclass
class PlannedPhoto:
    entry: str
    size: int
    sha256: str
    row_key: str | None
    item: int | None
    how: str
    already_stored: bool
    valid: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "entry": self.entry,
            "sha256": self.sha256,
            "row": self.row_key,
            "item": self.item,
            "how": self.how,
            "already_stored": self.already_stored,
            "valid": self.valid,
        }


@dataclass(frozen=True)
class SupplementTarget:
    """An existing recommendation of the year that files of the package may go to."""

    code: str
    name: str
    recommendation_id: int
    round: int
    status: str
    locked: bool

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ImportPlan:
    """Everything ``apply_import`` needs, and everything the preview shows."""

    source: str
    source_name: str
    kind: str
    content_sha256: str
    year: int
    batch: int
    standard_id: str
    standard_sha256: str
    item_numbers: list[int]
    mapping: dict[str, str]
    rows: list[PlannedRow] = field(default_factory=list)
    photos: list[PlannedPhoto] = field(default_factory=list)
    sheets: list[workbook.SheetReport] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    already_imported: int | None = None  # id of the ImportBatch with the same content
    workbook_sha256: dict[str, str] = field(default_factory=dict)  # entry -> hash, to notice edits
    supplement: bool = False  # no workbook: files go to existing recommendations (``supplement``)
    targets: dict[str, SupplementTarget] = field(default_factory=dict)  # code -> its recommendation

    def row(self, key: str) -> PlannedRow:
        return next(row for row in self.rows if row.key == key)

    @property
    def matched_rows(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.match.matched]

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.severity == ERROR]

    def summary(self) -> dict[str, Any]:
        targeted = [p for p in self.photos if p.valid and p.row_key is not None and p.item is not None]
        return {
            "source": self.source_name,
            "content_sha256": self.content_sha256,
            "year": self.year,
            "batch": self.batch,
            "rows": len(self.rows),
            "communities_matched": len(self.matched_rows),
            "photos": len(self.photos),
            "photos_matched": len(targeted),
            "photos_already_stored": sum(1 for p in self.photos if p.already_stored),
            "errors": len(self.errors),
            "warnings": len(self.problems) - len(self.errors),
            "already_imported": self.already_imported,
            "supplement": self.supplement,
        }

    def to_dict(self, language: str | None = None) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "rows": [row.to_dict() for row in self.rows],
            "photos": [photo.to_dict() for photo in self.photos],
            "problems": [problem.to_dict(language) for problem in self.problems],
            "ignored": self.ignored,
            "targets": {code: target.to_dict() for code, target in sorted(self.targets.items())},
        }


# -- the column mapping the user chose ---------------------------------------------------


def saved_mapping(workspace: Workspace, session: Session | None = None) -> dict[str, str]:
    """Header -> field choices the user made before (so the next package maps by itself)."""
    if session is None:
        stored = settings.INTAKE_COLUMN_MAPPING.read(workspace)
    else:
        stored = settings.INTAKE_COLUMN_MAPPING.read(session)
    try:
        data = json.loads(stored)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def normalize_mapping(mapping: dict[str, str] | None) -> dict[str, str]:
    allowed = {*workbook.FIELDS, "ignore"}
    normalized = {}
    for header, target in (mapping or {}).items():
        if target not in allowed and not str(target).startswith("item:"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Column '{column}' cannot be mapped to unknown field '{field}'."),
                column=header,
                field=target,
            )
        normalized[header_key(header)] = target
    return normalized
