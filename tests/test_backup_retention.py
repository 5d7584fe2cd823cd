"""Backup retention: properties over random backup sets, and the morning's daily backup surviving "back up now"."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from greendesk.core.base import clock
from greendesk.core.safety import backup
from greendesk.core.workspace import Workspace

REASONS = ("daily", "manual", "import", "pre-migration", "round-change")
START = datetime(2024, 1, 1, 0, 0, 0)


def _info(moment: datetime, reason: str, sequence: int = 1) -> backup.BackupInfo:
    backup_id = f"{moment:%Y%m%d-%H%M%S}-{reason}" + (f".{sequence}" if sequence > 1 else "")
    return backup.BackupInfo(backup_id, Path(backup_id), moment, reason, 1, "0001", "ok", sequence=sequence)


@st.composite
def backup_sets(draw) -> list[backup.BackupInfo]:
    """Up to 120 backups over about two years, bunched so that days often hold several reasons."""
    entries = draw(
        st.lists(
            st.tuples(
                st.integers(min_value=0, max_value=800),  # day
                st.integers(min_value=0, max_value=86399),  # second of the day
                st.sampled_from(REASONS),
            ),
            max_size=120,
        )
    )
    made: dict[str, backup.BackupInfo] = {}
    for day, second, reason in entries:
        moment = START + timedelta(days=day, seconds=second)
        info = _info(moment, reason)
        while info.id in made:  # same second and reason: the next sequence number, as the real namer does
            info = _info(moment, reason, info.sequence + 1)
        made[info.id] = info
    return list(made.values())


def _newest(infos: list[backup.BackupInfo]) -> backup.BackupInfo:
    return max(infos, key=lambda info: (info.created_at, info.sequence))


def _today_of(backups: list[backup.BackupInfo], offset: int) -> date:
    newest = max((info.created_at.date() for info in backups), default=START.date())
    return newest + timedelta(days=offset)


@settings(max_examples=300, deadline=None)
@given(backups=backup_sets(), offset=st.integers(min_value=-3, max_value=2))
def test_newest_of_every_reason_and_todays_daily_are_always_kept(
    backups: list[backup.BackupInfo], offset: int
) -> None:
    today = _today_of(backups, offset)
    keep = backup.backups_to_keep(backups, today=today)
    assert keep <= {info.id for info in backups}
    for reason in {info.reason for info in backups}:
        assert _newest([info for info in backups if info.reason == reason]).id in keep, reason
    for info in backups:
        if info.reason == "daily" and info.created_at.date() == today:
            assert info.id in keep


@settings(max_examples=300, deadline=None)
@given(backups=backup_sets())
def test_each_of_the_last_seven_days_keeps_its_newest_and_its_daily_backup(
    backups: list[backup.BackupInfo],
) -> None:
    keep = backup.backups_to_keep(backups, today=_today_of(backups, 0))
    days = sorted({info.created_at.date() for info in backups}, reverse=True)[: backup.KEEP_DAILY]
    for day in days:
        that_day = [info for info in backups if info.created_at.date() == day]
        assert _newest(that_day).id in keep
        dailies = [info for info in that_day if info.reason == "daily"]
        if dailies:
            assert _newest(dailies).id in keep, f"the daily backup of {day}"


@settings(max_examples=200, deadline=None)
@given(backups=backup_sets(), offset=st.integers(min_value=0, max_value=2))
def test_thinning_twice_removes_nothing_more_and_stays_bounded(
    backups: list[backup.BackupInfo], offset: int
) -> None:
    today = _today_of(backups, offset)
    keep = backup.backups_to_keep(backups, today=today)
    survivors = [info for info in backups if info.id in keep]
    assert backup.backups_to_keep(survivors, today=today) == keep
    reasons = {info.reason for info in backups}
    todays = sum(1 for info in backups if info.reason == "daily" and info.created_at.date() == today)
    bound = (
        2 * backup.KEEP_DAILY
        + backup.KEEP_WEEKLY
        + backup.KEEP_MONTHLY
        + (backup.KEEP_PER_REASON + 1) * len(reasons)
        + todays
    )
    assert len(keep) <= bound


@settings(max_examples=60, deadline=None)
@given(
    steps=st.lists(
        st.tuples(st.integers(min_value=0, max_value=3), st.sampled_from(REASONS)), min_size=1, max_size=80
    )
)
def test_thinning_after_every_backup_never_loses_the_newest_of_a_reason(steps: list[tuple[int, str]]) -> None:
    """Life as it happens: a backup, then thinning, day after day; every step keeps the promises."""
    moment = START
    present: list[backup.BackupInfo] = []
    newest: dict[str, backup.BackupInfo] = {}
    for days_later, reason in steps:
        moment += timedelta(days=days_later, minutes=7)
        info = _info(moment, reason)
        present.append(info)
        newest[reason] = info
        keep = backup.backups_to_keep(present, today=moment.date())
        present = [kept for kept in present if kept.id in keep]
        assert {kept.id for kept in newest.values()} <= keep
        assert all(
            kept.id in keep
            for kept in present
            if kept.reason == "daily" and kept.created_at.date() == moment.date()
        )


def test_back_up_now_keeps_the_mornings_daily_backup(workspace: Workspace) -> None:
    """The reported case: the daily backup at 08:00, 立即备份 at 14:00, and the daily one was gone."""
    try:
        for day in range(1, 10):  # a week and more of dailies, so thinning has work to do
            clock.freeze(datetime(2026, 5, day, 8, 0))
            backup.ensure_daily_backup(workspace.data_dir)
        clock.freeze(datetime(2026, 5, 9, 14, 0))
        manual = backup.create_backup(workspace.data_dir, backup.REASON_MANUAL)
        clock.freeze(datetime(2026, 5, 10, 8, 0))
        backup.ensure_daily_backup(workspace.data_dir)
        clock.freeze(datetime(2026, 5, 10, 15, 0))
        backup.create_backup(workspace.data_dir, backup.REASON_MANUAL)
        ids = {info.id for info in backup.list_backups(workspace.data_dir)}
    finally:
        clock.freeze(None)
    assert "20260510-080000-daily" in ids  # today's daily
    assert "20260509-080000-daily" in ids and manual.id in ids  # yesterday's, and the manual one of that day
