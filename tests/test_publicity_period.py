"""Notice periods counted by hand against the State Council's holiday notices."""

from __future__ import annotations

from datetime import date

import pytest

from greendesk.core.base.errors import ValidationError
from greendesk.core.publicity.period import CALENDAR_DAYS, WORKING_DAYS, notice_period


def test_seven_working_days_across_national_day_2022() -> None:
    # 2022: 10-01..10-07 off; Saturday 10-08 and Sunday 10-09 are adjusted working days.
    # Counted: 9-28, 9-29, 9-30, 10-08, 10-09, 10-10, 10-11.
    period = notice_period(date(2022, 9, 28), 7, WORKING_DAYS)
    assert period.end == date(2022, 10, 11)
    assert period.accepts(date(2022, 10, 11))
    assert not period.accepts(date(2022, 10, 12))
    assert not period.accepts(date(2022, 9, 27))


def test_seven_calendar_days_count_the_start_day() -> None:
    assert notice_period(date(2022, 9, 28), 7, CALENDAR_DAYS).end == date(2022, 10, 4)


def test_a_notice_published_on_a_holiday_counts_from_the_next_working_day() -> None:
    # Spring Festival 2023: 01-21..01-27 off, 01-28 (Sat) and 01-29 (Sun) adjusted working days.
    # Counted: 1-28, 1-29, 1-30, 1-31, 2-1, 2-2, 2-3, 2-6 (2-4/2-5 weekend).
    assert notice_period(date(2023, 1, 24), 8, WORKING_DAYS).end == date(2023, 2, 6)


def test_an_unknown_year_is_refused_not_guessed() -> None:
    with pytest.raises(ValidationError, match="2099"):
        notice_period(date(2099, 12, 28), 7, WORKING_DAYS)
    assert notice_period(date(2099, 12, 28), 7, CALENDAR_DAYS).end == date(2100, 1, 3)


@pytest.mark.parametrize("days", [0, -1, 61])
def test_days_out_of_range_are_refused(days: int) -> None:
    with pytest.raises(ValidationError):
        notice_period(date(2022, 9, 28), days, CALENDAR_DAYS)
