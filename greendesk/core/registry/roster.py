"""The district's official registry: streets and residents' committees with statistical codes.

Loaded in one step from the shipped NBS 2023 edition (``shipped``), or from an Excel workbook in
the same shape (``workbook``). A load is one transaction: a bad row rejects the whole file. Also
the read views, the filter, local edits, and ``find_community``: the one lookup by code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from greendesk.core import accounts, audit, settings
from greendesk.core.base import cells, clock
from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import clean_text, compact, digits_only, short_community_name
from greendesk.core.registry.shipped import (
    SHIPPED_EDITION,
    RegistryRow,
    StreetRow,
    committee_kind,
    read_shipped_committees,
    read_shipped_streets,
    street_kind,
)
from greendesk.core.registry.workbook import read_registry_workbook
from greendesk.core.review.vocabulary import ADMINISTRATOR
from greendesk.core.safety import backup
from greendesk.core.storage.models import Community, Street
from greendesk.core.workspace import Workspace


@dataclass
class LoadSummary:
    edition: str
    source: str
    streets_added: int = 0
    streets_updated: int = 0
    communities_added: int = 0
    communities_updated: int = 0
    communities_unchanged: int = 0
    skipped_other_districts: int = 0
    skipped_not_residents_committees: int = 0
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- loading ---------------------------------------------------------------------------------


def load_official(workspace: Workspace) -> LoadSummary:
    """Load the district's streets and residents' committees from the shipped 2023 edition."""
    accounts.require(workspace, ADMINISTRATOR)
    district = settings.DISTRICT_CODE.read(workspace)
    streets = read_shipped_streets(district)
    committees = read_shipped_committees(district)
    if not streets:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The shipped registry has no streets for district {district}; load an Excel registry instead.",
            ),
            district=district,
        )
    return _apply(workspace, streets, committees, SHIPPED_EDITION, f"NBS {SHIPPED_EDITION}")


def load_workbook(workspace: Workspace, path: Path, edition: str = SHIPPED_EDITION) -> LoadSummary:
    """Load communities from an Excel registry in the shipped shape; all rows or none."""
    accounts.require(workspace, ADMINISTRATOR)
    rows = read_registry_workbook(path)
    district = settings.DISTRICT_CODE.read(workspace)
    summary_skipped = sum(1 for row in rows if row.district_code != district)
    rows = [row for row in rows if row.district_code == district]
    # Villagers' committees (村委会, code bands 200-399 and 500-599) are not urban communities.
    residents = [row for row in rows if committee_kind(row.code) not in ("村委会", "类似村委会")]
    villages, rows = len(rows) - len(residents), residents
    if not rows:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file}: no row belongs to district {district}."),
            file=path.name,
            district=district,
        )
    # A sheet without street names still gets them when the shipped registry knows the street code.
    known = {street.code: street for street in read_shipped_streets(district)}
    streets: dict[str, StreetRow] = {}
    for row in rows:
        if row.street_code not in streets:
            shipped = known.get(row.street_code)
            name = row.street_name or (shipped.name if shipped else row.street_code)
            kind = street_kind(name) if row.street_name or not shipped else shipped.kind
            streets[row.street_code] = StreetRow(row.street_code, name, row.district_code, kind)
    summary = _apply(workspace, list(streets.values()), rows, edition, path.name)
    summary.skipped_other_districts = summary_skipped
    summary.skipped_not_residents_committees = villages
    return summary


def _apply(
    workspace: Workspace, streets: Iterable[StreetRow], rows: list[RegistryRow], edition: str, source: str
) -> LoadSummary:
    summary = LoadSummary(edition=edition, source=source)
    _check_unique_codes(rows)
    if registry_counts(workspace)["communities"]:
        # a reload touches every community: keep the state before
        backup.back_up_before_bulk_step(workspace.data_dir, "import")
    now = clock.now()
    with workspace.transaction() as session:
        by_code = _apply_streets(session, streets, edition, summary)
        communities = {
            c.code: c for c in session.scalars(select(Community).where(Community.edition == edition))
        }
        for row in rows:
            street = by_code.get(row.street_code)
            if street is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{location}: street {street} of community {code} is not in the registry."
                    ),
                    location=row.location,
                    street=row.street_code,
                    code=row.code,
                )
            community = communities.get(row.code)
            if community is None:
                session.add(_new_community(row, street, edition, now))
                summary.communities_added += 1
            elif _refresh_community(community, row, street, now):
                summary.communities_updated += 1
            else:
                summary.communities_unchanged += 1
        audit.record(
            session,
            user=workspace.user,
            action="registry.load",
            entity="registry",
            key=edition,
            new={k: v for k, v in summary.to_dict().items() if k != "warnings"},
        )
    return summary


def _check_unique_codes(rows: list[RegistryRow]) -> None:
    seen_codes: dict[str, str] = {}
    for row in rows:
        if row.code in seen_codes:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{location}: code {code} appears twice (first at {first})."),
                location=row.location,
                code=row.code,
                first=seen_codes[row.code],
            )
        seen_codes[row.code] = row.location


def _apply_streets(
    session: Session, streets: Iterable[StreetRow], edition: str, summary: LoadSummary
) -> dict[str, Street]:
    """Add or rename the edition's streets; returns them by code (flushed, so they have ids)."""
    by_code = {s.code: s for s in session.scalars(select(Street).where(Street.edition == edition))}
    for street in streets:
        existing = by_code.get(street.code)
        if existing is None:
            existing = Street(
                code=street.code,
                name=street.name,
                kind=street.kind,
                district_code=street.district_code,
                edition=edition,
            )
            session.add(existing)
            by_code[street.code] = existing
            summary.streets_added += 1
        elif (existing.name, existing.kind) != (street.name, street.kind):
            existing.name, existing.kind = street.name, street.kind
            summary.streets_updated += 1
    session.flush()
    return by_code


def _new_community(row: RegistryRow, street: Street, edition: str, now: datetime) -> Community:
    return Community(
        code=row.code,
        name=row.name,
        short_name=row.short_name or short_community_name(row.name),
        street_id=street.id,
        kind=row.kind,
        in_scope=True if row.in_scope is None else row.in_scope,
        households=row.households,
        population=row.population,
        property_management_coverage=row.property_management_coverage,
        contact=row.contact or "",
        edition=edition,
        updated_at=now,
    )


def _refresh_community(community: Community, row: RegistryRow, street: Street, now: datetime) -> bool:
    """A reload refreshes the official fields and only overwrites local figures the file provides."""
    before = _snapshot(community)
    community.name = row.name
    community.street_id = street.id
    community.kind = row.kind
    if row.short_name:
        community.short_name = row.short_name
    for attribute in ("in_scope", "households", "population", "property_management_coverage", "contact"):
        value = getattr(row, attribute)
        if value is not None:
            setattr(community, attribute, value)
    if _snapshot(community) == before:
        return False
    community.updated_at = now
    return True


# -- browsing and editing ---------------------------------------------------------------------

EDITABLE_FIELDS = (
    "short_name",
    "in_scope",
    "households",
    "population",
    "property_management_coverage",
    "contact",
)


@dataclass(frozen=True)
class CommunityView:
    """A read-only row for tables, JSON output and reports."""

    id: int
    code: str
    name: str
    short_name: str
    street_code: str
    street_name: str
    street_kind: str
    kind: str
    in_scope: bool
    households: int | None
    population: int | None
    property_management_coverage: float | None
    contact: str
    edition: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class StreetView:
    id: int
    code: str
    name: str
    kind: str
    community_count: int
    in_scope_count: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _view(community: Community) -> CommunityView:
    street = community.street
    return CommunityView(
        id=community.id,
        code=community.code,
        name=community.name,
        short_name=community.short_name,
        street_code=street.code,
        street_name=street.name,
        street_kind=street.kind,
        kind=community.kind,
        in_scope=community.in_scope,
        households=community.households,
        population=community.population,
        property_management_coverage=community.property_management_coverage,
        contact=community.contact,
        edition=community.edition,
    )


def _snapshot(community: Community) -> dict[str, Any]:
    return {name: getattr(community, name) for name in ("name", "street_id", "kind", *EDITABLE_FIELDS)}


def matches(view: CommunityView, query: str) -> bool:
    """Plain substring match on name, short name, code or street (full-width input accepted)."""
    needle = compact(query).lower()
    if not needle:
        return True
    return any(needle in value.lower() for value in (view.name, view.short_name, view.code, view.street_name))


def list_communities(
    workspace: Workspace, query: str = "", street_code: str | None = None
) -> list[CommunityView]:
    with workspace.sessions() as session:
        statement = (
            select(Community)
            .join(Community.street)
            .options(selectinload(Community.street))
            .order_by(Community.code)
        )
        if street_code:
            statement = statement.where(Street.code == street_code)
        needle = compact(query)
        if needle:
            pattern = f"%{needle}%"
            statement = statement.where(
                or_(
                    Community.name.like(pattern),
                    Community.short_name.like(pattern),
                    Community.code.like(pattern),
                    Street.name.like(pattern),
                )
            )
        return [_view(c) for c in session.scalars(statement)]


def list_streets(workspace: Workspace) -> list[StreetView]:
    with workspace.sessions() as session:
        counts = dict(
            session.execute(
                select(Community.street_id, func.count(Community.id)).group_by(Community.street_id)
            ).all()
        )
        in_scope = dict(
            session.execute(
                select(Community.street_id, func.count(Community.id))
                .where(Community.in_scope.is_(True))
                .group_by(Community.street_id)
            ).all()
        )
        return [
            StreetView(s.id, s.code, s.name, s.kind, counts.get(s.id, 0), in_scope.get(s.id, 0))
            for s in session.scalars(select(Street).order_by(Street.code))
        ]


def get_community(workspace: Workspace, code: str) -> CommunityView:
    with workspace.sessions() as session:
        community = find_community(session, code)
        return _view(community)


def find_community(session: Session, code: str) -> Community:
    """The community with ``code`` (newest edition, street loaded); NotFoundError when there is none."""
    code = digits_only(code) or compact(code)
    community = session.scalars(
        select(Community)
        .options(selectinload(Community.street))
        .where(Community.code == code)
        .order_by(Community.edition.desc())
    ).first()
    if community is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "No community with code {code} in the registry."), code=code
        )
    return community


def _coerce(field_name: str, value: Any) -> Any:
    if field_name == "in_scope":
        parsed = value if isinstance(value, bool) else cells.parse_yes_no(value)
        if parsed is None:
            raise ValueError(value)
        return parsed
    if field_name in ("households", "population"):
        return cells.parse_count(value)
    if field_name == "property_management_coverage":
        number = cells.cell_number(value, "%")  # typed by hand: 0.5 is 0.5 %, not a cell's fraction
        if number is not None and not 0 <= number <= 100:
            raise ValueError(value)
        return number
    return clean_text(value)


def update_community(workspace: Workspace, code: str, **changes: Any) -> CommunityView:
    """Edit a community's local fields; saved and audited at once."""
    accounts.require(workspace, ADMINISTRATOR)
    with workspace.transaction() as session:
        community = find_community(session, code)
        old: dict[str, Any] = {}
        new: dict[str, Any] = {}
        for field_name, value in changes.items():
            if field_name not in EDITABLE_FIELDS:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Field '{field}' of a community cannot be edited."),
                    field=field_name,
                )
            try:
                coerced = _coerce(field_name, value)
            except (ValueError, TypeError):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Community {code}: '{value}' is not a valid value for {field}."
                    ),
                    code=community.code,
                    value=value,
                    field=field_name,
                ) from None
            if getattr(community, field_name) != coerced:
                old[field_name] = getattr(community, field_name)
                new[field_name] = coerced
                setattr(community, field_name, coerced)
        if new:
            community.updated_at = clock.now()
            audit.record(
                session,
                user=workspace.user,
                action="community.update",
                entity="community",
                key=community.code,
                old=old,
                new=new,
            )
        session.flush()
        return _view(community)


def registry_counts(workspace: Workspace) -> dict[str, int]:
    with workspace.sessions() as session:
        return {
            "streets": session.scalar(select(func.count(Street.id))) or 0,
            "communities": session.scalar(select(func.count(Community.id))) or 0,
            "in_scope": session.scalar(select(func.count(Community.id)).where(Community.in_scope.is_(True)))
            or 0,
        }
