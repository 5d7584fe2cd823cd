"""The yearly targets a new workspace starts with (Beijing's 2021 implementation plan), as data.

Kept apart from :mod:`greendesk.core.progress.targets` (which reads and edits targets through a
Workspace) so that creating a workspace can seed them inside its own transaction without the
workspace module depending on the targets service.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core.storage.models import YearlyTarget

# Beijing plan (京建发〔2021〕): 25 % of urban communities by end of 2021, 60 % by end of 2022,
# every street at least 2-3 pilots; results and summary by 10 November; progress every quarter.
BEIJING_DEFAULTS = {2021: 25.0, 2022: 60.0}
DEFAULT_PILOTS_MIN = 2
DEFAULT_PILOTS_MAX = 3
SUMMARY_MONTH_DAY = (11, 10)
QUARTERLY_REPORT_DAY = 10


def seed_defaults(session: Session, district_code: str) -> None:
    """Add the plan's targets for the district in the caller's transaction (only years without a row)."""
    existing = set(
        session.scalars(select(YearlyTarget.year).where(YearlyTarget.district_code == district_code))
    )
    for year, share in BEIJING_DEFAULTS.items():
        if year in existing:
            continue
        session.add(
            YearlyTarget(
                district_code=district_code,
                year=year,
                target_share=share,
                pilots_per_street_min=DEFAULT_PILOTS_MIN,
                pilots_per_street_max=DEFAULT_PILOTS_MAX,
                summary_deadline=date(year, *SUMMARY_MONTH_DAY),
                quarterly_report_day=QUARTERLY_REPORT_DAY,
            )
        )
