"""One place for "now", so tests can pin time and every stored timestamp has the same form."""

from __future__ import annotations

from datetime import date, datetime

_frozen: datetime | None = None


def now() -> datetime:
    """Local wall-clock time to the second (what an office reads on its clock)."""
    return _frozen if _frozen is not None else datetime.now().replace(microsecond=0)


def today() -> date:
    return now().date()


def freeze(moment: datetime | None) -> None:
    """Pin ``now()`` (tests and demo builds); ``None`` releases it."""
    global _frozen
    _frozen = moment


def frozen() -> datetime | None:
    """The pinned moment, if any (so a caller that pins time can put back what was there)."""
    return _frozen
