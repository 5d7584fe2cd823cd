"""Districts GreenDesk knows by official code (Beijing's 16, from the shipped registry), and the cities
above them: a code ending in 00 names a city (110000 Beijing, 320100 Nanjing), whose districts share its
leading digits. A district workspace takes a district's code, a city workspace a city's."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.paths import resources_dir

DISTRICT_CODE = re.compile(r"^\d{6}$")


@dataclass(frozen=True)
class District:
    code: str
    name: str


@lru_cache(maxsize=1)
def known_districts() -> tuple[District, ...]:
    path = resources_dir() / "registry" / "beijing_counts_2023.csv"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    # Skip the city total row (110000): a district code never ends in 0000.
    return tuple(
        District(code=row[0], name=row[1])
        for row in rows[1:]
        if row and DISTRICT_CODE.match(row[0]) and not row[0].endswith("0000")
    )


@dataclass(frozen=True)
class CityDistrict:
    """A district as its city's registry lists it: with its number of urban residents' committees."""

    code: str
    name: str
    urban_communities: int


_COUNTS_FILE = "beijing_counts_2023.csv"
_COMMITTEES_COLUMN = 8  # 居委会(村级码001-199): the urban residents' committees


@lru_cache(maxsize=1)
def _count_rows() -> tuple[tuple[str, str, int], ...]:
    path = resources_dir() / "registry" / _COUNTS_FILE
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    return tuple(
        (row[0], row[1], int(row[_COMMITTEES_COLUMN]))
        for row in rows[1:]
        if row and DISTRICT_CODE.match(row[0])
    )


def is_city_code(code: str) -> bool:
    """A city or province-level code (ends in 00): 110000 Beijing; a district code never does."""
    return bool(DISTRICT_CODE.match(code or "")) and code.endswith("00")


def belongs_to_city(city_code: str, district_code: str) -> bool:
    """Whether the district code lies under the city code (110105 under 110000, 320102 under 320100)."""
    prefix = city_code[:2] if city_code.endswith("0000") else city_code[:4]
    return not is_city_code(district_code) and district_code.startswith(prefix)


def shipped_city_districts(city_code: str) -> tuple[CityDistrict, ...]:
    """The city's districts in the shipped registry, with their urban community counts (none elsewhere)."""
    return tuple(
        CityDistrict(code, name, count)
        for code, name, count in _count_rows()
        if belongs_to_city(city_code, code)
    )


def _shipped_city_name(code: str) -> str | None:
    """The shipped registry's total row names the city (110000 北京市合计 -> 北京市)."""
    return next((name.removesuffix("合计") for row_code, name, _n in _count_rows() if row_code == code), None)


def validate_city(code: str, name: str | None = None) -> District:
    """A city by its code (ending in 00): the shipped name, else the name the user typed."""
    code = (code or "").strip()
    if not is_city_code(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "City code '{code}' must be 6 digits ending in 00 (e.g. 110000)."),
            code=code,
        )
    known = _shipped_city_name(code)
    if known is not None:
        return District(code=code, name=known)
    if not (name or "").strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "City {code} is not in the shipped registry: please give its name."),
            code=code,
        )
    return District(code=code, name=name.strip())


def validate_area(code: str, name: str | None = None) -> District:
    """What a new workspace is for: a city (a code ending in 00) or a district."""
    code = (code or "").strip()
    return validate_city(code, name) if is_city_code(code) else validate_district(code, name)


def find_district(code: str) -> District | None:
    return next((d for d in known_districts() if d.code == code), None)


def validate_district(code: str, name: str | None = None) -> District:
    """A known district by code, or any other 6-digit code with the name the user typed."""
    code = (code or "").strip()
    if not DISTRICT_CODE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "District code '{code}' must be 6 digits (e.g. 110105 for Chaoyang)."
            ),
            code=code,
        )
    if is_city_code(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{code} is a city's code (it ends in 00), not a district's: a district workspace needs its "
                "district's code, and 'greendesk init --district {code}' creates the city's workspace.",
            ),
            code=code,
        )
    known = find_district(code)
    if known is not None:
        return known
    if not (name or "").strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "District {code} is not in the shipped registry: please give its name."
            ),
            code=code,
        )
    return District(code=code, name=name.strip())
