"""Which of the imported packages count: per district, the newest of the year by its as-of moment."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core.storage.models_city import CityPackage


def current_packages(session: Session, year: int, as_of: datetime) -> dict[str, CityPackage]:
    """Per district, the newest non-superseded package of ``year`` as of ``as_of`` or earlier."""
    return newest_packages(session, year, as_of, superseded_too=False)


def newest_packages(
    session: Session, year: int, as_of: datetime, *, superseded_too: bool
) -> dict[str, CityPackage]:
    query = select(CityPackage).where(CityPackage.year == year, CityPackage.as_of <= as_of)
    if not superseded_too:
        query = query.where(CityPackage.superseded_by.is_(None))
    rows = session.scalars(query.order_by(CityPackage.as_of, CityPackage.id))
    return {row.district_code: row for row in rows}  # the last (newest) per district wins
