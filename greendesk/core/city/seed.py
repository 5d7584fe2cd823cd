"""A new city workspace's registry of districts, seeded in the creating transaction.

Kept free of the Workspace (like ``progress.plan``), so creating a workspace can call it.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from greendesk.core import audit
from greendesk.core.registry.districts import shipped_city_districts
from greendesk.core.registry.shipped import SHIPPED_EDITION
from greendesk.core.storage.models_city import CityDistrict

CITY = "city"
DISTRICT = "district"


def seed_districts(session: Session, user: str, city_code: str) -> int:
    """The city's districts from the shipped registry (none for a city it does not hold), audited."""
    districts = shipped_city_districts(city_code)
    source = f"registry {SHIPPED_EDITION}"
    for district in districts:
        session.add(
            CityDistrict(
                code=district.code,
                name=district.name,
                urban_communities=district.urban_communities,
                source=source,
            )
        )
    audit.record(
        session,
        user=user,
        action="city.districts",
        entity="city",
        key=city_code,
        new={"source": source, "districts": [[d.code, d.name, d.urban_communities] for d in districts]},
    )
    return len(districts)
