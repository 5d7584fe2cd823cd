"""The city's figures: each district's own figures as its latest package sent them, and their sums.

Nothing of a district is recomputed: its in-scope total, its pilots started (启动试点, the sum of its
per-street column) and its passed communities are read from the ``figures`` of the package's data
file (the district's own figures engine); only a package without figures falls back to counting its
community rows. The city's totals are the sums of the districts' counts, and its rates are those sums'
shares, by the same rounding as a district's. Each district's target applies its share of the year
(``city.targets.DistrictShares.share``, the one rule: the share the commission set for that district,
else the city's yearly share of ``progress.targets``) to the district's in-scope total, or to its
registry count while it has not reported. The city's required count is always the sum of the
districts' required counts (each rounded up on its own), never the city's share of the summed total:
with per-district shares that is the only total the districts' targets add up to. The city's
``target_share`` stays the city's yearly share; ``shares_differ`` tells when some district's share is
another, so no text claims one share for all.

Which package counts: per district, the newest (by its as-of moment) non-superseded package of the
year recorded by the as-of moment. A district has reported for a quarter when its quarterly-report
package of that quarter (period 2022-Q3) is among them, or for Q4 its annual-report package; an
application package, however recent, is no quarterly report. It is late once the quarter's deadline
(``progress.targets``, the one rule) has passed without one.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core.city import level, reuse
from greendesk.core.city.packages import current_packages, newest_packages
from greendesk.core.city.targets import DistrictShares, read_shares
from greendesk.core.package.bag import ANNUAL_REPORT, QUARTERLY_REPORT
from greendesk.core.progress import targets
from greendesk.core.storage.models_city import CityCommunity, CityDistrict, CityPackage
from greendesk.core.workspace import Workspace

REPORTED, PENDING, LATE = "reported", "pending", "late"


def share(count: int, total: int) -> float:
    """Percent to 2 decimals, as the district's figures engine rounds its shares."""
    return round(count * 100 / total, 2) if total else 0.0


@dataclass(frozen=True)
class DistrictProgress:
    code: str
    name: str
    urban_communities: int  # the city registry's count
    reported: bool  # a package of the year counts
    package_id: int | None
    kind: str
    period: str
    as_of: datetime | None
    figures_source: str  # "figures" (the district's own), "communities" (counted rows) or ""
    in_scope: int  # the district's own in-scope total (the registry count while unreported)
    recommended: int  # 启动试点: the year's pilots started, as the district counted them
    passed: int  # 达到创建要求, cumulative, as the district counted it
    named: int  # communities the package lists as named (命名)
    participation_rate: float  # 参与率: recommended / in scope, percent
    pass_rate: float  # 达标率: passed / in scope, percent (the district's own share)
    target_share: float  # the share that applies to the district (its own, else the city's)
    own_target: bool  # the commission set this district's share for the year
    required: int
    remaining: int
    quarter_status: str  # reported / pending / late for the current quarter


@dataclass(frozen=True)
class CityPoint:
    day: date
    passed: int
    named: int
    share: float


@dataclass(frozen=True)
class CityProgress:
    year: int
    as_of: datetime
    city_code: str
    city_name: str
    districts: list[DistrictProgress]
    urban_communities: int
    in_scope: int
    recommended: int
    passed: int
    named: int
    participation_rate: float
    pass_rate: float
    target_share: float  # the city's yearly share
    shares_differ: bool  # some district's share is not the city's (its required is then theirs summed)
    required: int  # the sum of the districts' required counts
    remaining: int
    quarter: str  # the current quarter ("2022Q3"): the last one ended by the as-of day
    quarter_due: date | None
    reported: list[str]
    late: list[str]
    series: list[CityPoint]
    reuse: list[dict[str, Any]] = field(default_factory=list)  # evidence shared across districts

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types (dates as ISO text): what the CLI, the dashboard and the city report read."""
        data = asdict(self)
        data["as_of"] = self.as_of.isoformat(sep=" ")
        data["quarter_due"] = self.quarter_due.isoformat() if self.quarter_due else None
        for row in data["districts"]:
            row["as_of"] = row["as_of"].isoformat(sep=" ") if row["as_of"] else None
        for point in data["series"]:
            point["day"] = point["day"].isoformat()
        return data


def table_figures(row: DistrictProgress | CityProgress) -> list[Any]:
    """The figures a district table shows after the name, in its columns' order (the city report's annex
    and the dashboard's table): in scope, pilots, 参与率, passed, 达标率, named, required."""
    return [
        row.in_scope,
        row.recommended,
        row.participation_rate,
        row.passed,
        row.pass_rate,
        row.named,
        row.required,
    ]


@dataclass(frozen=True)
class _Counts:
    source: str
    in_scope: int
    recommended: int
    passed: int
    named: int


def package_counts(session: Session, package: CityPackage, registry_count: int) -> _Counts:
    """The district's own counts from its package (its figures; its community rows only without them)."""
    data = json.loads(package.data_json)
    figures = data.get("figures") or None
    named = sum(1 for row in data.get("communities", []) if row.get("named"))
    if figures is not None:
        return _Counts(
            "figures",
            int(figures["in_scope_total"]),
            sum(int(street["recommended"]) for street in figures.get("streets", [])),
            int(figures["passed"]),
            named,
        )
    rows = list(session.scalars(select(CityCommunity).where(CityCommunity.package_id == package.id)))
    return _Counts("communities", registry_count, len(rows), sum(1 for row in rows if row.passed), named)


def _quarter(table: targets.TargetTable, year: int, day: date) -> tuple[str, date | None, date | None]:
    """The last quarter of ``year`` ended by ``day`` (else its first): period, its end, its report's due day."""
    ended = [(period, due) for period, due in table.target(year).quarterly_deadlines() if _end(period) < day]
    if not ended:
        period, due = table.target(year).quarterly_deadlines()[0]
        return period, _end(period), due
    period, due = ended[-1]
    return period, _end(period), due


def _end(period: str) -> date:
    """The last day of a quarter like 2022Q3."""
    year, quarter = int(period[:4]), int(period[-1])
    month = quarter * 3
    return date(year, month, 30 if month in (6, 9) else 31)


def _district_row(
    district: CityDistrict,
    package: CityPackage | None,
    counts: _Counts | None,
    shares: DistrictShares,
    quarter_status: str,
) -> DistrictProgress:
    in_scope = counts.in_scope if counts else district.urban_communities
    recommended = counts.recommended if counts else 0
    passed = counts.passed if counts else 0
    required = shares.required_count(district.code, in_scope)
    return DistrictProgress(
        code=district.code,
        name=district.name,
        urban_communities=district.urban_communities,
        reported=package is not None,
        package_id=package.id if package else None,
        kind=package.kind if package else "",
        period=package.period if package else "",
        as_of=package.as_of if package else None,
        figures_source=counts.source if counts else "",
        in_scope=in_scope,
        recommended=recommended,
        passed=passed,
        named=counts.named if counts else 0,
        participation_rate=share(recommended, in_scope),
        pass_rate=share(passed, in_scope),
        target_share=shares.share(district.code),
        own_target=shares.is_own(district.code),
        required=required,
        remaining=max(0, required - passed),
        quarter_status=quarter_status,
    )


def quarter_reporters(session: Session, period: str, as_of: datetime) -> set[str]:
    """The districts whose report for ``period`` (2022Q3) was sent: its quarterly-report package, or
    for the fourth quarter the year's annual-report package, as of ``as_of`` or earlier."""
    year, quarter = int(period[:4]), int(period[-1])
    kinds = [QUARTERLY_REPORT, ANNUAL_REPORT] if quarter == 4 else [QUARTERLY_REPORT]
    rows = session.execute(
        select(CityPackage.district_code, CityPackage.kind, CityPackage.quarter).where(
            CityPackage.year == year, CityPackage.kind.in_(kinds), CityPackage.as_of <= as_of
        )
    )
    return {code for code, kind, number in rows if kind == ANNUAL_REPORT or number == quarter}


def _quarter_status(reported: bool, due: date | None, day: date) -> str:
    if reported:
        return REPORTED
    return LATE if due is not None and due < day else PENDING


def city_progress(workspace: Workspace, year: int, as_of: datetime) -> CityProgress:
    """The city's progress in campaign ``year`` at ``as_of``, from one snapshot."""
    level.require_city(workspace)
    with workspace.snapshot() as session:
        city = workspace.district
        table = targets.read_targets(session)
        shares = read_shares(session, year, table)
        districts = list(session.scalars(select(CityDistrict).order_by(CityDistrict.code)))
        packages = current_packages(session, year, as_of)
        period, _quarter_end, due = _quarter(table, year, as_of.date())
        reporters = quarter_reporters(session, period, as_of)
        rows = []
        for district in districts:
            package = packages.get(district.code)
            counts = package_counts(session, package, district.urban_communities) if package else None
            status = _quarter_status(district.code in reporters, due, as_of.date())
            rows.append(_district_row(district, package, counts, shares, status))
        series = _series(session, districts, year, as_of)
        flags = [flag.to_dict() for flag in reuse.reused_in(session, year, as_of)]
    return _totals(year, as_of, city.code, city.name, rows, shares, period, due, series, flags)


def _totals(
    year: int,
    as_of: datetime,
    code: str,
    name: str,
    rows: list[DistrictProgress],
    shares: DistrictShares,
    quarter: str,
    due: date | None,
    series: list[CityPoint],
    flags: list[dict[str, Any]],
) -> CityProgress:
    in_scope = sum(row.in_scope for row in rows)
    recommended = sum(row.recommended for row in rows)
    passed = sum(row.passed for row in rows)
    required = sum(row.required for row in rows)
    return CityProgress(
        year=year,
        as_of=as_of,
        city_code=code,
        city_name=name,
        districts=rows,
        urban_communities=sum(row.urban_communities for row in rows),
        in_scope=in_scope,
        recommended=recommended,
        passed=passed,
        named=sum(row.named for row in rows),
        participation_rate=share(recommended, in_scope),
        pass_rate=share(passed, in_scope),
        target_share=shares.city_share,
        shares_differ=shares.differ([row.code for row in rows]),
        required=required,
        remaining=sum(row.remaining for row in rows),
        quarter=quarter,
        quarter_due=due,
        reported=[row.code for row in rows if row.quarter_status == REPORTED],
        late=[row.code for row in rows if row.quarter_status == LATE],
        series=series,
        reuse=flags,
    )


def _series(session: Session, districts: list[CityDistrict], year: int, as_of: datetime) -> list[CityPoint]:
    """The city's passed and named totals at the end of each day a package of the year is as of.

    Each point counts, per district, its newest package as of that day (superseded ones included: a
    package replaced later was the district's word then); districts not reported yet count their
    registry communities in the base of the share.
    """
    moments = session.scalars(
        select(CityPackage.as_of).where(CityPackage.year == year, CityPackage.as_of <= as_of)
    )
    points: list[CityPoint] = []
    for day in sorted({moment.date() for moment in moments}):
        then = min(datetime.combine(day, time(23, 59, 59)), as_of)
        packages = newest_packages(session, year, then, superseded_too=True)
        counts = {
            d.code: package_counts(session, packages[d.code], d.urban_communities)
            for d in districts
            if d.code in packages
        }
        passed = sum(c.passed for c in counts.values())
        base = sum(counts[d.code].in_scope if d.code in counts else d.urban_communities for d in districts)
        points.append(CityPoint(day, passed, sum(c.named for c in counts.values()), share(passed, base)))
    return points
