"""Planning the rows of an import: match each sheet row to the registry, merge, and check it.

A community may appear in a list sheet and again in its own sheet (the template's shape): the
parts are merged into one ``PlannedRow``, list rows first, the first value given for a field
winning. Every doubt becomes a problem on the plan with the row's location.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core.base import cells
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import compact
from greendesk.core.intake import workbook
from greendesk.core.intake.matching import AMBIGUOUS, UNKNOWN, Match, RegistryIndex
from greendesk.core.intake.names import community_key
from greendesk.core.intake.plan import ImportPlan, PlannedRow
from greendesk.core.intake.problems import ERROR, WARNING, Location, problem
from greendesk.core.storage.models import Recommendation

_Parts = tuple[workbook.SheetRow, Match, list[workbook.SheetRow]]


def plan_rows(
    plan: ImportPlan,
    sheet_rows: list[workbook.SheetRow],
    index: RegistryIndex,
    street: str | None,
    titles: str = "",
) -> None:
    """Match, merge (list row + community sheet) and validate the rows of every sheet."""
    streets = index.street_codes(street) if street else set()
    if street and not streets:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Street '{street}' is not in the registry."), street=street
        )
    matches = _match_rows(sheet_rows, index, streets, titles)
    item_numbers = frozenset(plan.item_numbers)
    for number, (first, match, parts) in enumerate(_merge(sheet_rows, matches), start=1):
        plan.rows.append(_build_row(plan, str(number), first, match, parts, item_numbers))


def _match_rows(
    sheet_rows: list[workbook.SheetRow], index: RegistryIndex, streets: set[str], titles: str
) -> list[Match]:
    """One registry match per sheet row; the street of rows matched by code narrows the others."""
    matches = []
    for sheet_row in sheet_rows:
        row_streets = streets or (index.street_codes(sheet_row.street) if sheet_row.street else set())
        matches.append(index.match(sheet_row.code, sheet_row.name, row_streets or None))
    if streets:
        return matches
    by_code = {m.community.street_code for m in matches if m.community is not None and m.status == "code"}
    named = index.streets_named_in(titles)
    if not by_code and len(named) == 1:  # '三里屯街道推荐名单' in a title or the file name
        by_code = named
    if len(by_code) != 1:
        return matches
    return [
        index.match(r.code, r.name, by_code) if m.status in (AMBIGUOUS,) else m
        for r, m in zip(sheet_rows, matches, strict=True)
    ]


def _merge(sheet_rows: list[workbook.SheetRow], matches: list[Match]) -> list[_Parts]:
    """(first part, match, all parts) per recommended community, in the order first seen."""
    choosing = any(r.recommend is not None for r in sheet_rows if not r.from_community_sheet)
    chosen: set[str] = set()
    if choosing:
        for sheet_row, match in zip(sheet_rows, matches, strict=True):
            if not sheet_row.from_community_sheet and sheet_row.recommend:
                chosen.add(_identity(sheet_row, match))
    merged: dict[str, _Parts] = {}
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
    return list(merged.values())


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
    _warn_listed_again(plan, key, first, parts)
    for part in parts:
        _take_part(plan, key, row, part, item_numbers)
    _check_managed(plan, row)
    _check_match(plan, row, first)
    return row


def _warn_listed_again(
    plan: ImportPlan, key: str, first: workbook.SheetRow, parts: list[workbook.SheetRow]
) -> None:
    lists = [p for p in parts if not p.from_community_sheet]
    if len(lists) > 1:
        plan.problems.append(
            problem(
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


def _take_part(
    plan: ImportPlan, key: str, row: PlannedRow, part: workbook.SheetRow, item_numbers: frozenset[int]
) -> None:
    """Add what one sheet row says to the planned row, unless an earlier part said it already."""
    _take_counts(plan, key, row, part)
    if row.households_managed is None and part.households_managed in (None, "") and part.coverage is not None:
        try:
            share = cells.parse_percent(part.coverage)
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


def _take_counts(plan: ImportPlan, key: str, row: PlannedRow, part: workbook.SheetRow) -> None:
    for field_name in ("households", "households_managed"):
        raw = getattr(part, field_name)
        try:
            value = cells.parse_count(raw)
        except (TypeError, ValueError):
            plan.problems.append(
                problem(
                    WARNING,
                    "bad_number",
                    Location(part.file, part.sheet, part.row, part.headers.get(field_name, field_name)),
                    QT_TRANSLATE_NOOP("Errors", "'{value}' is not a whole number; the value was left empty."),
                    key,
                    value=compact(raw),
                )
            )
            continue
        if value is not None and getattr(row, field_name) is None:
            setattr(row, field_name, value)


def _check_managed(plan: ImportPlan, row: PlannedRow) -> None:
    if row.households is None or row.households_managed is None or row.households_managed <= row.households:
        return
    plan.problems.append(
        problem(
            WARNING,
            "managed_over_total",
            row.location,
            QT_TRANSLATE_NOOP(
                "Errors",
                "households under property management ({managed}) exceed all households ({households}).",
            ),
            row.key,
            managed=row.households_managed,
            households=row.households,
        )
    )


def _check_match(plan: ImportPlan, row: PlannedRow, first: workbook.SheetRow) -> None:
    """An ambiguous or unknown community is an error to resolve; a code/name conflict a warning."""
    match, label = row.match, first.name or first.code
    if match.status == AMBIGUOUS:
        plan.problems.append(
            problem(
                ERROR,
                "ambiguous",
                row.location,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "community '{name}' matches {count} communities in the registry ({candidates}); choose one.",
                ),
                row.key,
                name=label,
                count=len(match.candidates),
                candidates=", ".join(f"{c.code} {c.street_name}{c.name}" for c in match.candidates),
            )
        )
    elif match.status == UNKNOWN:
        plan.problems.append(
            problem(
                ERROR,
                "unknown",
                row.location,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "community '{name}' is not in the registry (neither by code nor by name); choose one or skip it.",
                ),
                row.key,
                name=label,
            )
        )
    elif match.code_conflict and match.community is not None:
        plan.problems.append(
            problem(
                WARNING,
                "code_conflict",
                row.location,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "code '{code}' and name '{name}' do not agree; matched to {matched} ({matched_code}).",
                ),
                row.key,
                code=first.code,
                name=first.name,
                matched=match.community.name,
                matched_code=match.community.code,
            )
        )


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
                problem(
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
                problem(
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


def mark_existing(plan: ImportPlan, session: Session) -> None:
    """Note rows whose community is already recommended for the year (warned unless a re-import)."""
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
                problem(
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
