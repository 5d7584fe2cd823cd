"""The city's registry of districts: seeded from the shipped registry (Beijing), or entered by hand for
a city GreenDesk ships no registry of (each district's code and its number of urban communities)."""

from __future__ import annotations

from sqlalchemy import select

from greendesk.core import accounts, audit
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.city import level
from greendesk.core.registry.districts import DISTRICT_CODE, belongs_to_city
from greendesk.core.registry.districts import CityDistrict as District
from greendesk.core.review.vocabulary import ADMINISTRATOR
from greendesk.core.storage.models_city import CityDistrict
from greendesk.core.workspace import Workspace

MAX_COMMUNITIES = 100_000


def list_districts(workspace: Workspace) -> list[District]:
    with workspace.sessions() as session:
        rows = session.scalars(select(CityDistrict).order_by(CityDistrict.code))
        return [District(row.code, row.name, row.urban_communities) for row in rows]


def set_district(workspace: Workspace, code: str, name: str, urban_communities: int) -> District:
    """Add a district of this city, or correct its name or urban community count (audited)."""
    level.require_city(workspace)
    actor = accounts.require(workspace, ADMINISTRATOR)
    code, name = (code or "").strip(), (name or "").strip()
    city = workspace.district
    if not DISTRICT_CODE.match(code) or not belongs_to_city(city.code, code):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{code} is not the code of a district of {city} ({city_code})."),
            code=code,
            city=city.name,
            city_code=city.code,
        )
    if not name or not 0 < urban_communities <= MAX_COMMUNITIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "District {code} needs a name and its number of urban communities (1 to {limit})."
            ),
            code=code,
            limit=MAX_COMMUNITIES,
        )
    with workspace.transaction() as session:
        row = session.get(CityDistrict, code)
        old = None if row is None else {"name": row.name, "urban_communities": row.urban_communities}
        if row is None:
            row = CityDistrict(code=code, name=name, urban_communities=urban_communities, source="entered")
            session.add(row)
        else:
            row.name, row.urban_communities, row.source = name, urban_communities, "entered"
        audit.record(
            session,
            user=actor.username,
            action="city.district",
            entity="city_district",
            key=code,
            old=old,
            new={"name": name, "urban_communities": urban_communities},
        )
    return District(code, name, urban_communities)
