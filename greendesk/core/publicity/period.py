"""How long a public notice (公示) runs: calendar days, or working days by China's official calendar.

Offices write "公示期为7个工作日" or "公示7天". Working days follow the State Council's holiday notices,
including the adjusted working weekends (调休), which the chinesecalendar package keeps year by year.
A year it does not know yet is refused with a clear message rather than guessed: a notice that ends a
day early can invalidate a naming.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import chinese_calendar

from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.years import check_year

CALENDAR_DAYS = "calendar"
WORKING_DAYS = "working"
KINDS = (CALENDAR_DAYS, WORKING_DAYS)
MAX_DAYS = 60  # no notice runs two months; a typo like 70 instead of 7 is caught


@dataclass(frozen=True)
class NoticePeriod:
    start: date
    end: date  # the last day objections are accepted (inclusive)
    days: int
    kind: str

    def accepts(self, received: date) -> bool:
        """Whether an objection received on that day is in time."""
        return self.start <= received <= self.end


def is_working_day(day: date) -> bool:
    """A working day by China's official calendar (weekends off unless adjusted, holidays off)."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "China's official holidays for {year} are not known to this version of GreenDesk: "
                "give the notice period in calendar days, or update GreenDesk.",
            ),
            year=day.year,
        ) from None


def notice_period(start: date, days: int, kind: str) -> NoticePeriod:
    """The period of a notice that starts on ``start`` and runs ``days`` calendar or working days.

    The start day counts as the first day when it is one of the days counted; a working-day notice
    published on a holiday starts counting on the next working day.
    """
    if kind not in KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown kind of notice period '{kind}' (use {choices})."),
            kind=kind,
            choices=", ".join(KINDS),
        )
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A notice period must be 1 to {limit} days ({days} given)."),
            limit=MAX_DAYS,
            days=days,
        )
    check_year(start.year)
    if kind == CALENDAR_DAYS:
        return NoticePeriod(start, start + timedelta(days=days - 1), days, kind)
    day, counted = start, 0
    while True:
        if is_working_day(day):
            counted += 1
            if counted == days:
                return NoticePeriod(start, day, days, kind)
        day += timedelta(days=1)
