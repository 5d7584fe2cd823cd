"""Phase one of an import: read a package and say what would happen, without writing anything.

``analyse_package`` returns an ``ImportPlan``: the rows found (with file/sheet/row), how each was
matched to the registry, the photos and their targets, and every problem with its location.
The preview screen and ``greendesk import --dry-run`` show it; ``apply_import`` writes it.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import settings
from greendesk.core.base import spreadsheet
from greendesk.core.base.errors import GreenDeskError, Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import compact
from greendesk.core.intake import workbook
from greendesk.core.intake.matching import AMBIGUOUS, UNKNOWN, Match, RegistryIndex, registry_index
from greendesk.core.intake.names import community_key
from greendesk.core.intake.package import OTHER, PHOTO, WORKBOOK, Entry, Package
from greendesk.core.intake.photo_targets import PhotoMatcher, listed_key
from greendesk.core.standards.library import get_standard
from greendesk.core.storage import photos as photo_store
from greendesk.core.storage.models import ImportBatch, Photo, Recommendation
from greendesk.core.workspace import Workspace

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
ERROR, WARNING = "error", "warning"


class ImportCancelled(GreenDeskError):
    """The user cancelled; nothing was written."""


def check_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled(QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was changed."))


@dataclass(frozen=True)
class Location:
    """Where a problem is: file, and when known sheet, row, column or package entry."""

    file: str
    sheet: str = ""
    row: int | None = None
    column: str = ""

    def message(self) -> Message:
        if self.sheet and self.row is not None and self.column:
            return Message(
                QT_TRANSLATE_NOOP("Errors", "{file}, sheet {sheet}, row {row}, column {column}"),
                file=self.file,
                sheet=self.sheet,
                row=self.row,
                column=self.column,
            )
        if self.sheet and self.row is not None:
            return Message(
                QT_TRANSLATE_NOOP("Errors", "{file}, sheet {sheet}, row {row}"),
                file=self.file,
                sheet=self.sheet,
                row=self.row,
            )
        if self.sheet:
            return Message(
                QT_TRANSLATE_NOOP("Errors", "{file}, sheet {sheet}"), file=self.file, sheet=self.sheet
            )
        return Message("{file}", file=self.file)

    def render(self, language: str | None = None) -> str:
        return self.message().render(language)

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "sheet": self.sheet, "row": self.row, "column": self.column}


@dataclass
class Problem:
    """An error blocks its row or photo until resolved (or skipped); a warning only informs."""

    severity: str
    kind: str
    message: Message
    location: Location
    row_key: str | None = None

    def render(self, language: str | None = None) -> str:
        return f"{self.location.render(language)}: {self.message.render(language)}"

    def to_dict(self, language: str | None = None) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "kind": self.kind,
            "location": self.location.to_dict(),
            "message": self.message.render(language),
            "text": self.render(language),
        }


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
        }

    def to_dict(self, language: str | None = None) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "rows": [row.to_dict() for row in self.rows],
            "photos": [photo.to_dict() for photo in self.photos],
            "problems": [problem.to_dict(language) for problem in self.problems],
            "ignored": self.ignored,
        }


# -- the analysis ----------------------------------------------------------------------------


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
        normalized[workbook.header_key(header)] = target
    return normalized


def analyse_package(
    workspace: Workspace,
    path: Path,
    year: int,
    batch: int = 1,
    mapping: dict[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    street: str | None = None,
) -> ImportPlan:
    """Read the package at ``path`` and plan its import for ``year``/``batch``; writes nothing."""
    path = Path(path)
    user_mapping = normalize_mapping(mapping)
    with Package(path) as package, workspace.sessions() as session:
        standard_id = settings.DEFAULT_STANDARD.read(session)
        standard = get_standard(standard_id, [workspace.standards_dir])
        columns = {**saved_mapping(workspace, session), **user_mapping}
        total = len(package.entries) + 1
        done = 0

        def step() -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(min(done, total), total)
            check_cancelled(cancelled)

        plan = ImportPlan(
            source=str(path),
            source_name=package.name,
            kind=package.kind,
            content_sha256=package.content_sha256(),
            year=year,
            batch=batch,
            standard_id=standard.id,
            standard_sha256=standard.sha256,
            item_numbers=[item.number for item in standard.items],
            mapping=user_mapping,
            ignored=list(package.ignored),
        )
        step()
        plan.already_imported = session.scalar(
            select(ImportBatch.id).where(
                ImportBatch.content_sha256 == plan.content_sha256,
                ImportBatch.year == year,
                ImportBatch.batch == batch,
            )
        )
        sheet_rows: list[workbook.SheetRow] = []
        workbooks = [entry for entry in package.entries if entry.kind == WORKBOOK]
        if not workbooks:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} holds no recommendation workbook (.xlsx or .xls); nothing can be imported.",
                ),
                file=package.name,
            )
        for entry in workbooks:
            label = _entry_label(package, entry)
            plan.workbook_sha256[entry.name] = package.entry_sha256(entry)
            for report, rows in _read_workbook(package, entry, label, columns):
                plan.sheets.append(report)
                sheet_rows.extend(rows)
            step()
        index = registry_index(session)
        _plan_rows(plan, sheet_rows, index, street, " ".join([package.name, *(r.title for r in plan.sheets)]))
        _mark_existing(plan, session)
        photo_entries = [entry for entry in package.entries if entry.kind == PHOTO]
        matcher = PhotoMatcher(set(plan.item_numbers))
        for row in plan.rows if photo_entries else ():  # a workbook alone has no photos to place
            names = [row.name]
            codes = [row.code]
            if row.match.community is not None:
                names.append(row.match.community.name)
                codes.append(row.match.community.code)
            names.extend(c.name for c in row.match.candidates)
            matcher.add_row(row.key, codes, names)
            for item, file_names in row.evidence_names.items():
                for file_name in file_names:
                    matcher.add_listed(row.key, item, file_name)
        present = {listed_key(entry.name) for entry in package.entries if entry.kind == PHOTO}
        present |= {
            listed_key(PurePosixPath(entry.name).stem) for entry in package.entries if entry.kind == PHOTO
        }
        for row in plan.rows:
            for item, file_names in sorted(row.evidence_names.items()):
                for file_name in file_names:
                    if listed_key(file_name) not in present:
                        plan.problems.append(
                            _problem(
                                WARNING,
                                "listed_photo_missing",
                                row.location,
                                QT_TRANSLATE_NOOP(
                                    "Errors", "photo '{photo}' listed for item {item} is not in the package."
                                ),
                                row.key,
                                photo=file_name,
                                item=item,
                            )
                        )
        for entry, outcome in _checked_photos(package, photo_entries):
            plan.photos.append(_plan_photo(plan, package, entry, outcome, matcher, session))
            step()
        for entry in package.entries:
            if entry.kind == OTHER:
                plan.problems.append(
                    Problem(
                        WARNING,
                        "ignored_file",
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Errors", "not a workbook or a photo (JPEG, PNG, HEIC); ignored."
                            )
                        ),
                        Location(_entry_label(package, entry)),
                    )
                )
                step()
        if not plan.rows:
            offered = any(row.recommend is not None for row in sheet_rows)
            plan.problems.append(
                Problem(
                    ERROR,
                    "no_rows",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Errors", "no community is marked 是 in the 是否推荐 (recommended) column."
                        )
                        if offered
                        else QT_TRANSLATE_NOOP(
                            "Errors",
                            "no recommended community found (no sheet has a header with a community name or code column).",
                        )
                    ),
                    Location(package.name),
                )
            )
        if progress is not None:
            progress(total, total)
    return plan


def _entry_label(package: Package, entry: Entry) -> str:
    return entry.name if package.kind == "file" else f"{package.name}/{entry.name}"


def _read_workbook(package: Package, entry: Entry, label: str, columns: dict[str, str]):
    try:
        with package.local_path(entry) as local:
            sheets = spreadsheet.iter_sheets(local)
    except ValidationError as error:  # name the entry inside the package, not the temporary copy
        raise ValidationError(error.template, **{**error.params, "file": label}) from None
    for sheet_name, rows in sheets:
        yield workbook.read_sheet(label, sheet_name, rows, columns)


def _problem(
    severity: str, kind: str, location: Location, template: str, row_key: str | None = None, **params: Any
) -> Problem:
    return Problem(severity, kind, Message(template, **params), location, row_key)


def _plan_rows(
    plan: ImportPlan,
    sheet_rows: list[workbook.SheetRow],
    index: RegistryIndex,
    street: str | None,
    titles: str = "",
):
    """Match, merge (list row + community sheet) and validate the rows of every sheet."""
    streets = index.street_codes(street) if street else set()
    if street and not streets:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Street '{street}' is not in the registry."), street=street
        )
    # The street of rows matched by code narrows name matches of the others.
    matches = []
    for sheet_row in sheet_rows:
        row_streets = streets or (index.street_codes(sheet_row.street) if sheet_row.street else set())
        matches.append(index.match(sheet_row.code, sheet_row.name, row_streets or None))
    if not streets:
        by_code = {m.community.street_code for m in matches if m.community is not None and m.status == "code"}
        named = index.streets_named_in(titles)
        if not by_code and len(named) == 1:  # '三里屯街道推荐名单' in a title or the file name
            by_code = named
        if len(by_code) == 1:
            matches = [
                index.match(r.code, r.name, by_code) if m.status in (AMBIGUOUS,) else m
                for r, m in zip(sheet_rows, matches, strict=True)
            ]
    choosing = any(r.recommend is not None for r in sheet_rows if not r.from_community_sheet)
    chosen: set[str] = set()
    if choosing:
        for sheet_row, match in zip(sheet_rows, matches, strict=True):
            if not sheet_row.from_community_sheet and sheet_row.recommend:
                chosen.add(_identity(sheet_row, match))
    merged: dict[str, tuple[workbook.SheetRow, Match, list[workbook.SheetRow]]] = {}
    order = sorted(
        zip(sheet_rows, matches, strict=True), key=lambda pair: pair[0].from_community_sheet
    )  # list rows first, then community sheets add to them
    for sheet_row, match in order:
        identity = _identity(sheet_row, match)
        if choosing and identity not in chosen:
            continue
        if sheet_row.recommend is False and not choosing:
            continue
        if identity in merged:
            merged[identity][2].append(sheet_row)
        else:
            merged[identity] = (sheet_row, match, [sheet_row])
    item_numbers = frozenset(plan.item_numbers)
    for number, (first, match, parts) in enumerate(merged.values(), start=1):
        plan.rows.append(_build_row(plan, str(number), first, match, parts, item_numbers))


def _identity(sheet_row: workbook.SheetRow, match: Match) -> str:
    if match.community is not None:
        return match.community.code
    return "name:" + (community_key(sheet_row.name) or sheet_row.code)


def _build_row(
    plan: ImportPlan,
    key: str,
    first: workbook.SheetRow,
    match: Match,
    parts: list[workbook.SheetRow],
    item_numbers: frozenset[int],
) -> PlannedRow:
    location = Location(first.file, first.sheet, first.row)
    row = PlannedRow(
        key=key,
        location=location,
        code=first.code,
        name=first.name,
        street=first.street,
        households=None,
        households_managed=None,
        contact=first.contact,
        note=first.note,
        claims={},
        claim_notes={},
        evidence_names={},
        match=match,
    )
    lists = [p for p in parts if not p.from_community_sheet]
    if len(lists) > 1:
        plan.problems.append(
            _problem(
                WARNING,
                "duplicate_row",
                Location(lists[1].file, lists[1].sheet, lists[1].row),
                QT_TRANSLATE_NOOP(
                    "Errors", "community '{name}' is listed again (first at row {row}); merged."
                ),
                key,
                name=first.name or first.code,
                row=first.row,
            )
        )
    for part in parts:
        for field_name in ("households", "households_managed"):
            raw = getattr(part, field_name)
            try:
                value = workbook.parse_count(raw)
            except (TypeError, ValueError):
                plan.problems.append(
                    _problem(
                        WARNING,
                        "bad_number",
                        Location(part.file, part.sheet, part.row, part.headers.get(field_name, field_name)),
                        QT_TRANSLATE_NOOP(
                            "Errors", "'{value}' is not a whole number; the value was left empty."
                        ),
                        key,
                        value=compact(raw),
                    )
                )
                continue
            if value is not None and getattr(row, field_name) is None:
                setattr(row, field_name, value)
        if (
            row.households_managed is None
            and part.households_managed in (None, "")
            and part.coverage is not None
        ):
            try:
                share = workbook.parse_percent(part.coverage)
            except (TypeError, ValueError):
                share = None
            if share is not None:
                row.coverage_reported = share  # item 12 reads the share as reported, count or not
                if row.households:
                    row.households_managed = round(row.households * share / 100)  # for display only
        row.contact = row.contact or part.contact
        row.note = row.note or part.note
        _add_claims(plan, key, row, part, item_numbers)
        for item, note in part.claim_notes.items():
            row.claim_notes.setdefault(item, note)
        for item, names in part.evidence_names.items():
            row.evidence_names.setdefault(item, []).extend(names)
    if (
        row.households is not None
        and row.households_managed is not None
        and row.households_managed > row.households
    ):
        plan.problems.append(
            _problem(
                WARNING,
                "managed_over_total",
                location,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "households under property management ({managed}) exceed all households ({households}).",
                ),
                key,
                managed=row.households_managed,
                households=row.households,
            )
        )
    label = first.name or first.code
    if match.status == AMBIGUOUS:
        plan.problems.append(
            _problem(
                ERROR,
                "ambiguous",
                location,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "community '{name}' matches {count} communities in the registry ({candidates}); choose one.",
                ),
                key,
                name=label,
                count=len(match.candidates),
                candidates=", ".join(f"{c.code} {c.street_name}{c.name}" for c in match.candidates),
            )
        )
    elif match.status == UNKNOWN:
        plan.problems.append(
            _problem(
                ERROR,
                "unknown",
                location,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "community '{name}' is not in the registry (neither by code nor by name); choose one or skip it.",
                ),
                key,
                name=label,
            )
        )
    elif match.code_conflict and match.community is not None:
        plan.problems.append(
            _problem(
                WARNING,
                "code_conflict",
                location,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "code '{code}' and name '{name}' do not agree; matched to {matched} ({matched_code}).",
                ),
                key,
                code=first.code,
                name=first.name,
                matched=match.community.name,
                matched_code=match.community.code,
            )
        )
    return row


def _add_claims(
    plan: ImportPlan, key: str, row: PlannedRow, part: workbook.SheetRow, item_numbers: frozenset[int]
) -> None:
    """The part's self-assessments, normalised, unless an earlier part gave that item already."""
    claims = row.claims
    exact = workbook.EXACT_CLAIMS
    if not claims and part.claims.keys() <= item_numbers:  # one list row, as the template writes it
        normalized = {item: exact.get(raw) for item, raw in part.claims.items()}
        if None not in normalized.values():
            claims.update(normalized)
            return
    for item, raw in part.claims.items():
        claim = exact.get(raw)
        if claim is not None and item in item_numbers:  # the usual case: 符合 etc. as the template writes it
            if item not in claims:
                claims[item] = claim
            continue
        if item not in item_numbers:
            plan.problems.append(
                _problem(
                    WARNING,
                    "unknown_item",
                    Location(part.file, part.sheet, part.row),
                    QT_TRANSLATE_NOOP("Errors", "the standard has no item {item}; ignored."),
                    key,
                    item=item,
                )
            )
            continue
        claim = workbook.normalize_claim(raw)
        if claim is None:
            plan.problems.append(
                _problem(
                    WARNING,
                    "bad_claim",
                    Location(part.file, part.sheet, part.row, part.headers.get(f"item:{item}", "")),
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "self-assessment '{value}' for item {item} is not 符合, 基本符合 or 不符合; kept as written.",
                    ),
                    key,
                    value=compact(raw),
                    item=item,
                )
            )
            claim = compact(raw)[:32]
        if claim and item not in claims:
            claims[item] = claim


def _mark_existing(plan: ImportPlan, session) -> None:
    ids = {row.match.community.id: row for row in plan.rows if row.match.community is not None}
    if not ids:
        return
    existing = session.execute(  # the year's recommendations, filtered here: no 600-value IN list
        select(
            Recommendation.community_id, Recommendation.id, Recommendation.batch, Recommendation.locked
        ).where(Recommendation.year == plan.year)
    ).all()
    for community_id, recommendation_id, batch, locked in existing:
        row = ids.get(community_id)
        if row is None:
            continue
        row.existing_recommendation = recommendation_id
        if plan.already_imported is None:
            plan.problems.append(
                _problem(
                    WARNING,
                    "already_recommended",
                    row.location,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} is already recommended for {year} (batch {batch}); only new photos and missing values are added.",
                    )
                    if not locked
                    else QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} is already recommended for {year} (batch {batch}) and signed off; skipped.",
                    ),
                    row.key,
                    name=row.match.community.name if row.match.community else row.name,
                    year=plan.year,
                    batch=batch,
                )
            )


def _check_photo(source: bytes | Path, label: str) -> photo_store.PhotoInfo | ValidationError:
    """Decode and read a photo (runs in worker threads; Pillow releases the GIL while decoding)."""
    try:
        return photo_store.inspect(source, label)[0]  # (info, renditions...)
    except ValidationError as error:
        return error


def _checked_photos(package: Package, entries: list[Entry]):
    """(entry, info or error) in order, decoding a few ahead in threads; at most 2 x workers in memory."""
    workers = max(1, min(4, os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="intake-check") as pool:
        pending: deque[tuple[Entry, Future]] = deque()
        try:
            for entry in entries:
                source = package.source(entry)  # zip entries are read here, one thread touches the zip
                pending.append((entry, pool.submit(_check_photo, source, _entry_label(package, entry))))
                if len(pending) >= 2 * workers:
                    done_entry, future = pending.popleft()
                    yield done_entry, future.result()
            while pending:
                done_entry, future = pending.popleft()
                yield done_entry, future.result()
        finally:
            for _entry, future in pending:
                future.cancel()


def _plan_photo(
    plan: ImportPlan,
    package: Package,
    entry: Entry,
    outcome: photo_store.PhotoInfo | ValidationError,
    matcher: PhotoMatcher,
    session,
) -> PlannedPhoto:
    label = _entry_label(package, entry)
    target = matcher.target(entry.name)
    if isinstance(outcome, ValidationError):
        params = {**outcome.params, "file": entry.basename}  # the location already gives the full path
        plan.problems.append(
            Problem(ERROR, "bad_photo", Message(outcome.template, **params), Location(label))
        )
        return PlannedPhoto(
            entry.name, entry.size, "", target.row_key, target.item, target.how, False, valid=False
        )
    info = outcome
    already = session.get(Photo, info.sha256) is not None
    photo = PlannedPhoto(
        entry.name, entry.size, info.sha256, target.row_key, target.item, target.how, already
    )
    if target.row_key is None or target.item is None:
        plan.problems.append(
            _problem(
                WARNING,
                "unmatched_photo",
                Location(label),
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "no community or item could be read from the folder or file name (e.g. 吉祥社区/第3条/门禁.jpg); not attached.",
                )
                if target.row_key is None
                else QT_TRANSLATE_NOOP(
                    "Errors",
                    "no item number could be read from the folder or file name (e.g. 第3条/门禁.jpg or 3-门禁.jpg); not attached.",
                ),
            )
        )
    return photo
