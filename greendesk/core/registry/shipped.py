"""The registry edition shipped with GreenDesk (NBS 2023 codes for Beijing) and the shape of its rows.

Streets and residents' committees are read from the CSV files in ``resources/registry``; the
row types and the NBS code conventions (kinds by name and by code band) are shared with the
Excel registry reader.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from greendesk.core.base.paths import resources_dir

SHIPPED_EDITION = "2023"
RESIDENTS_COMMITTEE = "居委会"

# Street kinds read off the name (Beijing's 地区办事处 use street-range codes, so the code cannot tell).
STREET_KINDS = ("街道", "地区", "镇", "乡")


def street_kind(name: str) -> str:
    for kind in STREET_KINDS:
        if name.endswith(kind) or (kind == "地区" and name.endswith("地区办事处")):
            return kind
    return "其他"


def committee_kind(code12: str) -> str:
    """Kind by the village-level band of the code (001-199 居委会, 200-399 村委会, 400-499 类似居委会, ...)."""
    band = int(code12[9:12])
    if 1 <= band <= 199:
        return "居委会"
    if 200 <= band <= 399:
        return "村委会"
    if 400 <= band <= 499:
        return "类似居委会"
    return "类似村委会"


@dataclass
class RegistryRow:
    """One residents' committee as read from a source, before it touches the database."""

    code: str
    name: str
    street_code: str
    street_name: str
    district_code: str
    short_name: str = ""
    kind: str = RESIDENTS_COMMITTEE
    in_scope: bool | None = None
    households: int | None = None
    population: int | None = None
    property_management_coverage: float | None = None
    contact: str | None = None
    street_kind: str = ""
    location: str = ""  # file and row, for error messages


@dataclass
class StreetRow:
    code: str
    name: str
    district_code: str
    kind: str


def shipped_registry_dir() -> Path:
    return resources_dir() / "registry"


def read_shipped_streets(district_code: str) -> list[StreetRow]:
    path = shipped_registry_dir() / f"beijing_streets_{SHIPPED_EDITION}.csv"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [
            StreetRow(
                code=row["street_code9"],
                name=row["name"],
                district_code=row["district_code"],
                kind=row["kind_by_name"],
            )
            for row in csv.DictReader(handle)
            if row["district_code"] == district_code
        ]


def read_shipped_committees(district_code: str) -> list[RegistryRow]:
    path = shipped_registry_dir() / f"beijing_committees_{SHIPPED_EDITION}.csv"
    rows: list[RegistryRow] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for line_number, row in enumerate(csv.DictReader(handle), start=2):
            if row["district_code"] != district_code or row["kind_by_code"] != RESIDENTS_COMMITTEE:
                continue
            rows.append(
                RegistryRow(
                    code=row["code12"],
                    name=row["name"],
                    street_code=row["street_code9"],
                    street_name=row["street_name"],
                    district_code=row["district_code"],
                    kind=row["kind_by_code"],
                    location=f"{path.name}:{line_number}",
                )
            )
    return rows
