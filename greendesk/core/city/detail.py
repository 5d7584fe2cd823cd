"""Drill-down to one district: its row of the city's figures, its communities as its current package
lists them, and every package it sent (superseded ones marked).

The current package is the district's newest of any kind by its as-of moment (``city_progress``
counts the same one): a quarterly or annual report lists every community of the year with its
status, an application package only the signed-off ones, so the newest is the most informative list
the city holds. ``source`` names it (kind, period, as-of) so the screen and the CLI say where the
list and the figures come from; both are that package's own, never recomputed."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from greendesk.core.base.errors import NotFoundError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.city import level
from greendesk.core.city.progress import DistrictProgress, city_progress
from greendesk.core.package.bag import ANNUAL_REPORT, APPLICATION, QUARTERLY_REPORT
from greendesk.core.storage.models_city import CityCommunity, CityDistrict, CityPackage
from greendesk.core.workspace import Workspace

KIND_LABELS = {  # context "City": the screen and the CLI translate them
    APPLICATION: QT_TRANSLATE_NOOP("City", "application package (signed-off communities)"),
    QUARTERLY_REPORT: QT_TRANSLATE_NOOP("City", "quarterly report (every community, with its status)"),
    ANNUAL_REPORT: QT_TRANSLATE_NOOP("City", "annual report (every community, with its status)"),
}


@dataclass(frozen=True)
class CommunityResult:
    code: str
    name: str
    street_code: str
    street_name: str
    status: str
    passed: bool
    score: float | None
    named_tier: str
    named_document: str
    named_on: str | None


@dataclass(frozen=True)
class PackageEntry:
    id: int
    kind: str
    period: str
    as_of: str
    imported_at: str
    imported_by: str
    bag_name: str
    superseded_by: int | None


@dataclass(frozen=True)
class DistrictDetail:
    progress: DistrictProgress
    communities: list[CommunityResult]
    packages: list[PackageEntry]
    source: PackageEntry | None  # the package the figures and the communities come from

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        as_of = self.progress.as_of
        data["progress"]["as_of"] = as_of.isoformat(sep=" ") if as_of else None
        return data


def _community(row: CityCommunity) -> CommunityResult:
    return CommunityResult(
        code=row.code,
        name=row.name,
        street_code=row.street_code,
        street_name=row.street_name,
        status=row.status,
        passed=row.passed,
        score=row.score,
        named_tier=row.named_tier,
        named_document=row.named_document,
        named_on=row.named_on.isoformat() if row.named_on else None,
    )


def _entry(row: CityPackage) -> PackageEntry:
    return PackageEntry(
        id=row.id,
        kind=row.kind,
        period=row.period,
        as_of=row.as_of.isoformat(sep=" "),
        imported_at=row.imported_at.isoformat(sep=" ", timespec="seconds"),
        imported_by=row.imported_by,
        bag_name=row.bag_name,
        superseded_by=row.superseded_by,
    )


def district_detail(workspace: Workspace, code: str, year: int, as_of: datetime) -> DistrictDetail:
    """One district of the city: figures as in ``city_progress``, communities of the counting package."""
    level.require_city(workspace)
    with workspace.sessions() as session:
        if session.get(CityDistrict, code) is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "District {code} is not a district of this city."), code=code
            )
    row = next(d for d in city_progress(workspace, year, as_of).districts if d.code == code)
    with workspace.snapshot() as session:
        communities = []
        if row.package_id is not None:
            query = select(CityCommunity).where(CityCommunity.package_id == row.package_id)
            communities = [
                _community(c)
                for c in session.scalars(query.order_by(CityCommunity.street_code, CityCommunity.code))
            ]
        sent = session.scalars(
            select(CityPackage)
            .where(CityPackage.district_code == code)
            .order_by(CityPackage.as_of, CityPackage.id)
        )
        packages = [_entry(p) for p in sent]
    source = next((p for p in packages if p.id == row.package_id), None)
    return DistrictDetail(row, communities, packages, source)
