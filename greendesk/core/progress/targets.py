"""Yearly targets and deadlines as editable data (defaults from Beijing's 2021 implementation plan).

The real deadlines (Beijing: progress every quarter, results and work summary by 10 November): the
report on a quarter is due on the year's ``quarterly_report_day`` of the month after the quarter
(2022Q3 on 10 October 2022, 2022Q4 on 10 January 2023); the year's summary on its
``summary_deadline``. :func:`next_deadline` is the first of them on or after a given day, whatever
campaign year is being looked at, so a screen never shows a deadline already past.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from math import ceil

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import accounts, audit, settings
from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.progress.plan import (
    BEIJING_DEFAULTS,
    DEFAULT_PILOTS_MAX,
    DEFAULT_PILOTS_MIN,
    QUARTERLY_REPORT_DAY,
    SUMMARY_MONTH_DAY,
)
from greendesk.core.review.vocabulary import ADMINISTRATOR
from greendesk.core.storage.models import YearlyTarget
from greendesk.core.workspace import Workspace

DEADLINE_QUARTERLY = "quarterly"
DEADLINE_SUMMARY = "summary"


@dataclass(frozen=True)
class Deadline:
    kind: str  # DEADLINE_QUARTERLY or DEADLINE_SUMMARY
    period: str  # "2022Q3" or "2022"
    due: date


@dataclass(frozen=True)
class Target:
    year: int
    target_share: float
    pilots_per_street_min: int
    pilots_per_street_max: int
    summary_deadline: date
    quarterly_report_day: int
    carried_from: int | None = None  # the year whose row this value was carried over from
    note: str = ""

    def required_count(self, in_scope_total: int) -> int:
        """Communities that must have passed: the share rounded up (25 % of 3,701 is 926)."""
        return ceil(in_scope_total * self.target_share / 100 - 1e-9)

    def quarterly_deadlines(self) -> list[tuple[str, date]]:
        """(period, deadline): the report for a quarter is due on the set day of the following month."""
        result = []
        for quarter in range(1, 5):
            month = quarter * 3 + 1
            year = self.year + (1 if month > 12 else 0)
            month = month - 12 if month > 12 else month
            result.append((f"{self.year}Q{quarter}", date(year, month, self.quarterly_report_day)))
        return result


def _own_target(row: YearlyTarget) -> Target:
    return Target(
        year=row.year,
        target_share=row.target_share,
        pilots_per_street_min=row.pilots_per_street_min,
        pilots_per_street_max=row.pilots_per_street_max,
        summary_deadline=row.summary_deadline,
        quarterly_report_day=row.quarterly_report_day,
        note=row.note,
    )


@dataclass(frozen=True)
class TargetTable:
    """The district's stored yearly targets (plain values, usable after the session that read them closed)."""

    rows: tuple[Target, ...]  # one per stored year, oldest first

    def target(self, year: int) -> Target:
        """The year's own row, else the latest earlier year's values carried forward, else the first year's."""
        if not self.rows:
            return Target(
                year=year,
                target_share=BEIJING_DEFAULTS[2022],
                pilots_per_street_min=DEFAULT_PILOTS_MIN,
                pilots_per_street_max=DEFAULT_PILOTS_MAX,
                summary_deadline=date(year, *SUMMARY_MONTH_DAY),
                quarterly_report_day=QUARTERLY_REPORT_DAY,
            )
        earlier = [row for row in self.rows if row.year <= year]
        base = earlier[-1] if earlier else self.rows[0]
        if base.year == year:
            return base
        return replace(
            base, year=year, summary_deadline=date(year, *SUMMARY_MONTH_DAY), carried_from=base.year
        )

    def targets(self, first_year: int, last_year: int) -> list[Target]:
        return [self.target(year) for year in range(first_year, last_year + 1)]

    def deadlines(self, year: int) -> list[Deadline]:
        """The reports on ``year``: its four quarterly reports and its summary, by due date."""
        target = self.target(year)
        result = [Deadline(DEADLINE_QUARTERLY, period, due) for period, due in target.quarterly_deadlines()]
        result.append(Deadline(DEADLINE_SUMMARY, str(year), target.summary_deadline))
        return sorted(result, key=lambda d: (d.due, d.kind))

    def next_deadline(self, day: date) -> Deadline | None:
        """The first report due on or after ``day`` (the reports on last year, this year and next)."""
        upcoming = [
            d for y in (day.year - 1, day.year, day.year + 1) for d in self.deadlines(y) if d.due >= day
        ]
        return min(upcoming, key=lambda d: (d.due, d.kind), default=None)


def read_targets(session: Session) -> TargetTable:
    """The workspace district's targets, read inside the caller's session (one snapshot for a use case)."""
    district = settings.DISTRICT_CODE.read(session)
    rows = session.scalars(
        select(YearlyTarget).where(YearlyTarget.district_code == district).order_by(YearlyTarget.year)
    )
    return TargetTable(tuple(_own_target(row) for row in rows))


def target_for(workspace: Workspace, year: int) -> Target:
    """The year's own row, else the latest earlier year's values carried forward, else the first year's."""
    with workspace.sessions() as session:
        return read_targets(session).target(year)


def list_targets(workspace: Workspace, first_year: int = 2021, last_year: int | None = None) -> list[Target]:
    last = last_year or max(clock.today().year, first_year)
    with workspace.sessions() as session:
        return read_targets(session).targets(first_year, last)


def set_target(
    workspace: Workspace,
    year: int,
    *,
    target_share: float | None = None,
    pilots_per_street_min: int | None = None,
    pilots_per_street_max: int | None = None,
    summary_deadline: date | None = None,
    quarterly_report_day: int | None = None,
    note: str | None = None,
) -> Target:
    accounts.require(workspace, ADMINISTRATOR)
    current = target_for(workspace, year)
    share = current.target_share if target_share is None else float(target_share)
    pmin = current.pilots_per_street_min if pilots_per_street_min is None else int(pilots_per_street_min)
    pmax = current.pilots_per_street_max if pilots_per_street_max is None else int(pilots_per_street_max)
    day = current.quarterly_report_day if quarterly_report_day is None else int(quarterly_report_day)
    if not 0 < share <= 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Target share for {year} must be between 0 and 100 %."), year=year
        )
    if pmin < 0 or pmax < pmin:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Pilots per street for {year}: the minimum must not exceed the maximum."
            ),
            year=year,
        )
    if not 1 <= day <= 28:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The quarterly report day for {year} must be between 1 and 28."),
            year=year,
        )
    district = settings.DISTRICT_CODE.read(workspace)
    with workspace.transaction() as session:
        row = session.scalar(
            select(YearlyTarget).where(YearlyTarget.district_code == district, YearlyTarget.year == year)
        )
        old = None
        if row is None:
            row = YearlyTarget(district_code=district, year=year)
            session.add(row)
        else:
            old = {
                "target_share": row.target_share,
                "pilots_min": row.pilots_per_street_min,
                "pilots_max": row.pilots_per_street_max,
            }
        row.target_share = share
        row.pilots_per_street_min = pmin
        row.pilots_per_street_max = pmax
        row.summary_deadline = summary_deadline or current.summary_deadline
        row.quarterly_report_day = day
        row.note = current.note if note is None else note
        audit.record(
            session,
            user=workspace.user,
            action="target.set",
            entity="target",
            key=str(year),
            old=old,
            new={"target_share": share, "pilots_min": pmin, "pilots_max": pmax},
        )
    return target_for(workspace, year)
