"""Which backups exist: retention properties over random backup sets, the morning's daily backup surviving
"back up now", and the verified backup before an import (core, CLI, wizard)."""

from __future__ import annotations

import errno
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from intake_fixtures import communities, list_workbook, snapshot
from sqlalchemy import func, select

from greendesk.cli import main
from greendesk.core.base import clock
from greendesk.core.intake import apply
from greendesk.core.intake.analysis import analyse_package
from greendesk.core.safety import backup
from greendesk.core.storage.models import Recommendation
from greendesk.core.workspace import Workspace
from tests.accounts_support import reopen

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


# -- the backup before an import -------------------------------------------------------------------
def _street_list(workspace: Workspace, folder: Path, index: int, name: str) -> Path:
    """A one-row street list naming the ``index``-th community of a street."""
    community = communities(workspace, count=3)[index]
    return list_workbook(folder / name, [[1, community.name, community.code, 1200, 600, "王主任", ""]])


def _import(workspace: Workspace, path: Path) -> apply.ImportResult:
    return apply.apply_import(workspace, analyse_package(workspace, path, 2022, 1))


def _import_backups(data_dir: Path) -> list[backup.BackupInfo]:
    return [info for info in backup.list_backups(data_dir) if info.reason == backup.REASON_IMPORT]


def _recommendation_count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT count(*) FROM recommendation").fetchone()[0]


def test_an_import_into_a_workspace_with_data_makes_a_verified_import_backup_first(
    chaoyang: Workspace, tmp_path: Path
) -> None:
    assert backup.REASON_LABELS[backup.REASON_IMPORT] == "before an import"
    assert _import(chaoyang, _street_list(chaoyang, tmp_path, 0, "a.xlsx")).recommendations_created == 1
    assert _import_backups(chaoyang.data_dir) == []  # nothing to lose before the first one
    second = _street_list(chaoyang, tmp_path, 1, "b.xlsx")
    assert _import(chaoyang, second).recommendations_created == 1
    (made,) = _import_backups(chaoyang.data_dir)
    assert made.integrity == "ok" and backup.integrity_check(made.path) == "ok"
    assert _recommendation_count(made.path) == 1  # the state just before the second import
    assert _import(chaoyang, second).already_imported  # writes nothing, so needs no backup
    assert len(_import_backups(chaoyang.data_dir)) == 1


def test_an_import_whose_backup_fails_is_refused_and_writes_nothing(
    chaoyang: Workspace, tmp_path: Path, monkeypatch
) -> None:
    _import(chaoyang, _street_list(chaoyang, tmp_path, 0, "a.xlsx"))
    before = snapshot(chaoyang)
    plan = analyse_package(chaoyang, _street_list(chaoyang, tmp_path, 1, "b.xlsx"), 2022, 1)

    def full(_source: Path, target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(backup, "_copy_database", full)
    with pytest.raises(backup.BackupError) as failure:
        apply.apply_import(chaoyang, plan)
    message = failure.value.render("en")
    assert "b.xlsx" in message and "was not started" in message and "nothing was imported" in message
    assert "is full" in message  # the backup's own reason
    assert snapshot(chaoyang) == before


def test_cli_import_makes_the_backup_and_refuses_without_it(
    chaoyang: Workspace, tmp_path: Path, monkeypatch, capsys
) -> None:
    _import(chaoyang, _street_list(chaoyang, tmp_path, 0, "a.xlsx"))
    chaoyang.close()
    folder = str(chaoyang.data_dir)
    second, third = (
        _street_list(chaoyang, tmp_path, 1, "b.xlsx"),
        _street_list(chaoyang, tmp_path, 2, "c.xlsx"),
    )
    assert main(["--data-dir", folder, "--lang", "en", "import", str(second), "--year", "2022"]) == 0
    assert len(_import_backups(chaoyang.data_dir)) == 1
    monkeypatch.setattr(
        backup, "_copy_database", lambda _s, t: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full"))
    )
    capsys.readouterr()
    assert main(["--data-dir", folder, "--lang", "en", "import", str(third), "--year", "2022"]) == 2
    captured = capsys.readouterr()
    assert "was not started" in captured.err and "Traceback" not in captured.err
    with reopen(chaoyang.data_dir) as workspace, workspace.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Recommendation)) == 2


def test_wizard_import_makes_the_backup(qtbot, chaoyang: Workspace, tmp_path: Path) -> None:
    from greendesk.ui.context import UiContext
    from greendesk.ui.screens.import_wizard import ImportWizard

    _import(chaoyang, _street_list(chaoyang, tmp_path, 0, "a.xlsx"))
    context = UiContext(chaoyang)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source_page.path_edit.setText(str(_street_list(chaoyang, tmp_path, 1, "b.xlsx")))
    wizard.source_page.year.setValue(2022)
    wizard.next()
    qtbot.waitUntil(wizard.analysis_page.isComplete, timeout=20000)
    wizard.next()
    assert wizard.preview_page.isComplete()
    with qtbot.waitSignal(context.data_changed, timeout=20000):
        wizard.next()
    assert wizard.import_page.result is not None and wizard.import_page.result.recommendations_created == 1
    (made,) = _import_backups(chaoyang.data_dir)
    assert _recommendation_count(made.path) == 1
