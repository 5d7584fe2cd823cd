"""Each district's target share for a year: the one the commission gave it, else the city's.

The municipal commission (市住建委) often gives districts different shares (core districts 70 %, outer
districts 50 %). A share set here for a district and a year overrides the city's yearly share
(``progress.targets``) for that district only; clearing it gives the city's share back. Which share
applies is :meth:`DistrictShares.share`, the one rule ``city_progress`` (and so the dashboard, the
city report and ``city districts``) reads.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from math import isfinite

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import accounts, audit, campaign
from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.city import level
from greendesk.core.progress import targets
from greendesk.core.review.vocabulary import ADMINISTRATOR
from greendesk.core.storage.models_city import CityDistrict, CityDistrictTarget
from greendesk.core.workspace import Workspace

LARGEST_SHARE = 100.0  # a share is a percentage above 0 and at most 100
SMALLEST_SHARE = 0.1  # what a form offers first above 0 (one decimal)


@dataclass(frozen=True)
class DistrictShares:
    """The shares of one year: the city's, and the districts' own where the commission set one."""

    city: targets.Target  # the city's target of the year (``progress.targets``)
    overrides: dict[str, float]  # district code -> its own share (percent)

    @property
    def year(self) -> int:
        return self.city.year

    @property
    def city_share(self) -> float:
        return self.city.target_share

    def share(self, code: str) -> float:
        """The share that applies to district ``code``: its own for the year, else the city's."""
        return self.overrides.get(code, self.city_share)

    def target(self, code: str) -> targets.Target:
        """The city's target of the year with the district's share in it."""
        return replace(self.city, target_share=self.share(code))

    def is_own(self, code: str) -> bool:
        return code in self.overrides

    def required_count(self, code: str, in_scope_total: int) -> int:
        """Communities the district must have passed: its share of its in-scope total, rounded up."""
        return self.target(code).required_count(in_scope_total)

    def differ(self, codes: list[str]) -> bool:
        """Whether any of the districts ``codes`` has a share other than the city's."""
        return any(self.share(code) != self.city_share for code in codes)


def read_shares(session: Session, year: int, table: targets.TargetTable | None = None) -> DistrictShares:
    """The year's shares, read inside the caller's session (one snapshot for a use case)."""
    city = (table or targets.read_targets(session)).target(year)
    rows = session.execute(
        select(CityDistrictTarget.district_code, CityDistrictTarget.target_share).where(
            CityDistrictTarget.year == year
        )
    )
    return DistrictShares(city, {code: share for code, share in rows})


def district_shares(workspace: Workspace, year: int) -> DistrictShares:
    level.require_city(workspace)
    with workspace.snapshot() as session:
        return read_shares(session, year)


def _checked(session: Session, code: str, year: int) -> CityDistrict:
    if not campaign.FIRST_YEAR <= year <= campaign.LAST_YEAR:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The campaign year {year} is not between {first} and {last}."),
            year=year,
            first=campaign.FIRST_YEAR,
            last=campaign.LAST_YEAR,
        )
    district = session.get(CityDistrict, code)
    if district is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{code} is not a district in this city's registry."), code=code
        )
    return district


def _audit(session: Session, user: str, code: str, year: int, old: object, new: object) -> None:
    audit.record(
        session,
        user=user,
        action="city.district_target",
        entity="city_district_target",
        key=f"{code}:{year}",
        old=old,
        new=new,
    )


def set_district_target(workspace: Workspace, code: str, year: int, share: float) -> DistrictShares:
    """Give district ``code`` its own target share for ``year`` (administrators; audited)."""
    level.require_city(workspace)
    actor = accounts.require(workspace, ADMINISTRATOR)
    code = (code or "").strip()
    share = float(share)
    if not (isfinite(share) and 0 < share <= LARGEST_SHARE):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The target share {share} for district {code} must be above 0 and at most 100 %."
            ),
            share=f"{share:g}",
            code=code,
        )
    with workspace.transaction() as session:
        _checked(session, code, year)
        row = session.get(CityDistrictTarget, (code, year))
        old = None if row is None else {"target_share": row.target_share}
        if row is None:
            row = CityDistrictTarget(district_code=code, year=year)
            session.add(row)
        row.target_share, row.set_by, row.set_at = share, actor.username, clock.now()
        _audit(session, actor.username, code, year, old, {"target_share": share})
    return district_shares(workspace, year)


def clear_district_target(workspace: Workspace, code: str, year: int) -> DistrictShares:
    """Give district ``code`` the city's share for ``year`` again (administrators; audited)."""
    level.require_city(workspace)
    actor = accounts.require(workspace, ADMINISTRATOR)
    code = (code or "").strip()
    with workspace.transaction() as session:
        _checked(session, code, year)
        row = session.get(CityDistrictTarget, (code, year))
        if row is not None:
            _audit(session, actor.username, code, year, {"target_share": row.target_share}, None)
            session.delete(row)
    return district_shares(workspace, year)
