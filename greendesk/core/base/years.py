"""The years GreenDesk accepts wherever one is typed: the one rule, so 10**20 or 0 is a clear refusal
everywhere instead of an overflow in SQLite or ``date()`` somewhere later."""

from __future__ import annotations

from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP

FIRST_YEAR, LAST_YEAR = 2000, 2100


def check_year(year: int) -> int:
    """``year`` when GreenDesk handles it, else a ValidationError saying the range."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A campaign year is between {first} and {last} ({year} given)."),
            first=FIRST_YEAR,
            last=LAST_YEAR,
            year=year,
        )
    return year
