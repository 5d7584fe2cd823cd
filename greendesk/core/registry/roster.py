"""The district's official registry: streets and residents' committees with statistical codes.

Loaded in one step from the shipped NBS 2023 edition, or from an Excel workbook in the same shape
(header names in English or Chinese). A load is one transaction: a bad row rejects the whole file.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from greendesk.core import audit, settings
from greendesk.core.base import clock
from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import clean_text, compact, digits_only, short_community_name
from greendesk.core.base.paths import resources_dir
from greendesk.core.safety import backup
from greendesk.core.storage.models import Community, Street
from greendesk.core.workspace import Workspace

SHIPPED_EDITION = "2023"
RESIDENTS_COMMITTEE = "居委会"

# Street kinds read off the name (Beijing's 地区办事处 use street-range codes, so the code cannot tell).
STREET_KINDS = ("街道", "地区", "镇", "乡")


def street_kind(name: str) -> str:
    for kind in STREET_KINDS:
        if name.endswith(kind) or (kind == "地区" and name.endswith("地区办事处")):
            return kind
    return "其他"


def committee_kind(code12: str) -> str:
    """Kind by the village-level band of the code (001-199 居委会, 200-399 村委会, 400-499 类似居委会, ...)."""
    band = int(code12[9:12])
    if 1 <= band <= 199:
        return "居委会"
    if 200 <= band <= 399:
        return "村委会"
    if 400 <= band <= 499:
        return "类似居委会"
    return "类似村委会"


@dataclass
class RegistryRow:
    """One residents' committee as read from a source, before it touches the database."""

    code: str
    name: str
    street_code: str
    street_name: str
    district_code: str
    short_name: str = ""
    kind: str = RESIDENTS_COMMITTEE
    in_scope: bool | None = None
    households: int | None = None
    population: int | None = None
    property_management_coverage: float | None = None
    contact: str | None = None
    street_kind: str = ""
    location: str = ""  # file and row, for error messages


@dataclass
class StreetRow:
    code: str
    name: str
    district_code: str
    kind: str


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


# -- sources ---------------------------------------------------------------------------------


def shipped_registry_dir() -> Path:
    return resources_dir() / "registry"


def read_shipped_streets(district_code: str) -> list[StreetRow]:
    path = shipped_registry_dir() / f"beijing_streets_{SHIPPED_EDITION}.csv"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [
            StreetRow(
                code=row["street_code9"],
                name=row["name"],
                district_code=row["district_code"],
                kind=row["kind_by_name"],
            )
            for row in csv.DictReader(handle)
            if row["district_code"] == district_code
        ]


def read_shipped_committees(district_code: str) -> list[RegistryRow]:
    path = shipped_registry_dir() / f"beijing_committees_{SHIPPED_EDITION}.csv"
    rows: list[RegistryRow] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for line_number, row in enumerate(csv.DictReader(handle), start=2):
            if row["district_code"] != district_code or row["kind_by_code"] != RESIDENTS_COMMITTEE:
                continue
            rows.append(
                RegistryRow(
                    code=row["code12"],
                    name=row["name"],
                    street_code=row["street_code9"],
                    street_name=row["street_name"],
                    district_code=row["district_code"],
                    kind=row["kind_by_code"],
                    location=f"{path.name}:{line_number}",
                )
            )
    return rows


# Header aliases for Excel registries (English names of the shipped CSV, or what offices write).
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "code": ("code12", "code", "统计用区划代码", "区划代码", "社区代码", "居委会代码", "代码", "编码"),
    "name": ("name", "社区名称", "居委会名称", "名称", "社区"),
    "street_code": ("street_code9", "street_code", "街道代码", "乡级代码"),
    "street_name": ("street_name", "街道", "街道名称", "所属街道", "街道(乡镇)", "街乡"),
    "district_code": ("district_code", "区代码"),
    "district_name": ("district_name", "区", "区名", "所属区"),
    "kind": ("kind_by_code", "kind", "类型", "城乡分类"),
    "short_name": ("short_name", "简称"),
    "in_scope": ("in_scope", "纳入创建范围", "城市社区"),
    "households": ("households", "户数", "总户数"),
    "population": ("population", "人口", "常住人口"),
    "property_management_coverage": ("property_management_coverage", "物业管理覆盖率", "物业覆盖率"),
    "contact": ("contact", "联系人", "联系方式"),
}
REQUIRED_COLUMNS = ("code", "name")


def _match_header(cells: list[Any]) -> dict[str, int]:
    lookup = {}
    for canonical, aliases in HEADER_ALIASES.items():
        for alias in aliases:
            lookup.setdefault(compact(alias).lower(), canonical)
    mapping: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = compact(cell).lower().replace("(%)", "").replace("%", "")
        if key in lookup and lookup[key] not in mapping:
            mapping[lookup[key]] = index
    return mapping


def _parse_bool(value: Any) -> bool | None:
    text = compact(value).lower()
    if text in ("", "none"):
        return None
    if text in ("1", "true", "yes", "y", "是", "√", "✓", "纳入"):
        return True
    if text in ("0", "false", "no", "n", "否", "×", "不纳入"):
        return False
    raise ValueError(text)


def _parse_number(value: Any, integer: bool) -> int | float | None:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    else:
        text = compact(value).replace(",", "").rstrip("%")
        if not text:
            return None
        number = float(text)
    if integer:
        if number != int(number) or number < 0:
            raise ValueError(value)
        return int(number)
    return number


def read_registry_workbook(path: Path) -> list[RegistryRow]:
    """Rows of the first sheet that has a recognisable header (code and name columns)."""
    from greendesk.core.base.spreadsheet import iter_sheets  # heavy import only when used

    for sheet_name, rows in iter_sheets(path):
        header_index = None
        mapping: dict[str, int] = {}
        for index, cells in enumerate(rows[:30]):
            candidate = _match_header(list(cells))
            if all(column in candidate for column in REQUIRED_COLUMNS):
                header_index, mapping = index, candidate
                break
        if header_index is None:
            continue
        return list(_rows_from_sheet(path, sheet_name, rows, header_index, mapping))
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: no sheet has a header row with a code column and a name column (e.g. 'code12' and 'name').",
        ),
        file=path.name,
    )


def _rows_from_sheet(
    path: Path, sheet: str, rows: list[tuple[Any, ...]], header_index: int, mapping: dict[str, int]
) -> Iterator[RegistryRow]:
    def cell(cells: tuple[Any, ...], column: str) -> Any:
        index = mapping.get(column)
        return cells[index] if index is not None and index < len(cells) else None

    for offset, cells in enumerate(rows[header_index + 1 :], start=header_index + 2):
        if not any(compact(value) for value in cells):
            continue
        location = f"{path.name} [{sheet}] row {offset}"
        code = digits_only(cell(cells, "code"))
        name = compact(cell(cells, "name"))
        if len(code) != 12:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file}, sheet {sheet}, row {row}: code '{code}' must have 12 digits."
                ),
                file=path.name,
                sheet=sheet,
                row=offset,
                code=clean_text(cell(cells, "code")),
            )
        if not name:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{file}, sheet {sheet}, row {row}: the name is empty."),
                file=path.name,
                sheet=sheet,
                row=offset,
            )
        parsed: dict[str, Any] = {}
        for column, integer in (
            ("households", True),
            ("population", True),
            ("property_management_coverage", False),
        ):
            try:
                parsed[column] = _parse_number(cell(cells, column), integer)
            except ValueError:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{file}, sheet {sheet}, row {row}, column {column}: '{value}' is not a valid number.",
                    ),
                    file=path.name,
                    sheet=sheet,
                    row=offset,
                    column=column,
                    value=clean_text(cell(cells, column)),
                ) from None
        coverage = parsed["property_management_coverage"]
        if (
            coverage is not None
            and 0 < coverage <= 1
            and isinstance(cell(cells, "property_management_coverage"), float)
        ):
            coverage *= 100  # an Excel percentage cell stores 0.35 for 35 %
        if coverage is not None and not 0 <= coverage <= 100:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file}, sheet {sheet}, row {row}: coverage {value} is not between 0 and 100 %."
                ),
                file=path.name,
                sheet=sheet,
                row=offset,
                value=coverage,
            )
        try:
            in_scope = _parse_bool(cell(cells, "in_scope"))
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file}, sheet {sheet}, row {row}: in-scope value '{value}' should be 是 or 否."
                ),
                file=path.name,
                sheet=sheet,
                row=offset,
                value=clean_text(cell(cells, "in_scope")),
            ) from None
        street_code = digits_only(cell(cells, "street_code"))[:9] or code[:9]
        kind_text = compact(cell(cells, "kind"))
        if not kind_text or kind_text.isdigit():  # empty, or an NBS urban-rural class code such as 111
            kind_text = committee_kind(code)
        contact = cell(cells, "contact")
        yield RegistryRow(
            code=code,
            name=name,
            street_code=street_code,
            street_name=compact(cell(cells, "street_name")),
            district_code=digits_only(cell(cells, "district_code"))[:6] or code[:6],
            short_name=compact(cell(cells, "short_name")),
            kind=kind_text,
            in_scope=in_scope,
            households=parsed["households"],
            population=parsed["population"],
            property_management_coverage=coverage,
            contact=None if contact is None else clean_text(contact),
            location=location,
        )


# -- loading ---------------------------------------------------------------------------------


def load_official(workspace: Workspace) -> LoadSummary:
    """Load the district's streets and residents' committees from the shipped 2023 edition."""
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
    if registry_counts(workspace)["communities"]:
        backup.create_backup(
            workspace.data_dir, "import"
        )  # a reload touches every community: keep the state before
    now = clock.now()
    with workspace.transaction() as session:
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
                community = Community(
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
                session.add(community)
                summary.communities_added += 1
                continue
            # A reload refreshes the official fields and only overwrites local figures the file provides.
            before = _snapshot(community)
            community.name = row.name
            community.street_id = street.id
            community.kind = row.kind
            if row.short_name:
                community.short_name = row.short_name
            for attribute in (
                "in_scope",
                "households",
                "population",
                "property_management_coverage",
                "contact",
            ):
                value = getattr(row, attribute)
                if value is not None:
                    setattr(community, attribute, value)
            if _snapshot(community) != before:
                community.updated_at = now
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
        community = _find(session, code)
        return _view(community)


def _find(session: Session, code: str) -> Community:
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
        parsed = value if isinstance(value, bool) else _parse_bool(value)
        if parsed is None:
            raise ValueError(value)
        return parsed
    if field_name in ("households", "population"):
        return _parse_number(value, integer=True)
    if field_name == "property_management_coverage":
        number = _parse_number(value, integer=False)
        if number is not None and not 0 <= number <= 100:
            raise ValueError(value)
        return number
    return clean_text(value)


def update_community(workspace: Workspace, code: str, **changes: Any) -> CommunityView:
    """Edit a community's local fields; saved and audited at once."""
    with workspace.transaction() as session:
        community = _find(session, code)
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
