"""Districts GreenDesk knows by official code (Beijing's 16, from the shipped registry)."""

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
