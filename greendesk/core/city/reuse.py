"""Evidence reused across districts: the same file (by SHA-256) in the packages of two districts.

A street photographing its own plaque twice is the district's concern; one file turning up in two
districts' packages is the city's: one of them did not take it. Only the current packages count
(per district, the newest non-superseded one of the year), so a corrected package clears its flag.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core.city import level
from greendesk.core.city.packages import current_packages
from greendesk.core.storage.models_city import CityEvidence
from greendesk.core.workspace import Workspace


@dataclass(frozen=True)
class Use:
    district_code: str
    community_code: str
    item: int
    package_id: int


@dataclass(frozen=True)
class ReuseFlag:
    """One file found in the packages of more than one district, with every place it is used."""

    sha256: str
    districts: tuple[str, ...]
    uses: tuple[Use, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "districts": list(self.districts),
            "uses": [use.__dict__ for use in self.uses],
        }


def reused_in(session: Session, year: int, as_of: datetime) -> list[ReuseFlag]:
    """The flags among the current packages of ``year`` at ``as_of`` (in the caller's snapshot)."""
    package_ids = [package.id for package in current_packages(session, year, as_of).values()]
    if not package_ids:
        return []
    uses: dict[str, list[Use]] = {}
    rows = session.scalars(
        select(CityEvidence)
        .where(CityEvidence.package_id.in_(package_ids))
        .order_by(CityEvidence.sha256, CityEvidence.district_code, CityEvidence.community_code)
    )
    for row in rows:
        uses.setdefault(row.sha256, []).append(
            Use(row.district_code, row.community_code, row.item, row.package_id)
        )
    flags = []
    for sha256, found in uses.items():
        districts = tuple(sorted({use.district_code for use in found}))
        if len(districts) > 1:
            flags.append(ReuseFlag(sha256, districts, tuple(found)))
    return flags


def reused_evidence(workspace: Workspace, year: int, as_of: datetime) -> list[ReuseFlag]:
    level.require_city(workspace)
    with workspace.snapshot() as session:
        return reused_in(session, year, as_of)
