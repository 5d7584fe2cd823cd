"""The demo builds unseen and fast: a scratch folder without per-action fsync, published in one rename;
batch sign-off with one password re-entry; several decisions on one community read the decisions once."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from review_support import recommend, small_workspace

from greendesk.core import identity
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.demo import builder
from greendesk.core.review import commands, decisions, queue
from greendesk.core.review.vocabulary import SIGNED_OFF
from greendesk.core.safety import backup
from greendesk.core.storage import durable
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD


def _count_fsyncs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = os.fsync

    def counting(descriptor: int) -> None:
        calls.append(descriptor)
        real(descriptor)

    monkeypatch.setattr(os, "fsync", counting)
    return calls


def test_scratch_writes_skip_fsync_and_publish_syncs_once(tmp_path: Path, monkeypatch) -> None:
    fsyncs = _count_fsyncs(monkeypatch)
    built, elsewhere = tmp_path / ".building-x", tmp_path / "other"
    with durable.scratch(built):
        durable.write_atomically(built / "a" / "one.bin", lambda handle: handle.write(b"1"))
        durable.fsync_directory(built / "a")
        assert fsyncs == []  # nothing under the scratch root reached the disk one by one
        durable.write_atomically(elsewhere / "two.bin", lambda handle: handle.write(b"2"))
        assert len(fsyncs) == 1  # every other path keeps its fsync
    assert not durable.is_scratch(built / "a" / "one.bin")
    target = tmp_path / "demo"
    target.mkdir()  # an empty folder may be replaced
    durable.publish(built, target)
    assert (target / "a" / "one.bin").read_bytes() == b"1" and not built.exists()
    assert len(fsyncs) > 2  # the file and its folders, once, before the rename


def test_publish_refuses_a_folder_with_files(tmp_path: Path) -> None:
    built, target = tmp_path / "built", tmp_path / "target"
    built.mkdir()
    target.mkdir()
    (target / "mine.txt").write_text("kept")
    with pytest.raises(OSError):
        durable.publish(built, target)
    assert (target / "mine.txt").read_text() == "kept"


def test_demo_is_published_in_one_rename_and_signed_in(tmp_path: Path, monkeypatch) -> None:
    seen: list[tuple[Path, bool]] = []

    def step(workspace: Workspace, _rng: random.Random) -> None:
        seen.append((workspace.data_dir, durable.is_scratch(workspace.db_path)))

    monkeypatch.setattr(builder, "DEMO_STEPS", [step])
    folder = tmp_path / "demo"
    workspace = builder.build_demo(folder)
    try:
        ((built_in, unsynced),) = seen
        assert built_in != folder and built_in.name.startswith(builder.BUILDING_PREFIX) and unsynced
        assert workspace.data_dir == folder and Workspace.exists(folder) and not built_in.exists()
        assert workspace.user == builder.DEMO_ADMIN  # returned signed in, as before
        assert backup.ensure_daily_backup(folder) is None  # the first open finds today's backup made
    finally:
        workspace.close()
    assert not list(tmp_path.glob(f"{builder.BUILDING_PREFIX}*"))


def test_a_failed_demo_build_leaves_nothing(tmp_path: Path, monkeypatch) -> None:
    def broken(_workspace: Workspace, _rng: random.Random) -> None:
        raise GreenDeskError("disk full")

    monkeypatch.setattr(builder, "DEMO_STEPS", [broken])
    with pytest.raises(GreenDeskError):
        builder.build_demo(tmp_path / "demo")
    assert not (tmp_path / "demo").exists()
    assert not list(tmp_path.glob(f"{builder.BUILDING_PREFIX}*"))  # the half-built folder is gone


def test_a_folder_with_other_files_is_built_in_place_durably(tmp_path: Path, monkeypatch) -> None:
    seen: list[bool] = []
    monkeypatch.setattr(builder, "DEMO_STEPS", [lambda ws, _rng: seen.append(durable.is_scratch(ws.db_path))])
    folder = tmp_path / "demo"
    folder.mkdir()
    (folder / "preferences.json").write_text('{"language": "en"}')
    builder.build_demo(folder).close()
    assert seen == [False] and Workspace.exists(folder)
    assert (folder / "preferences.json").exists()


def test_sign_off_many_asks_the_password_once_and_checks_each(data_dir: Path, monkeypatch) -> None:
    workspace = small_workspace(data_dir)
    try:
        codes = [recommend(workspace, code) for code in ("110105001001", "110105001002", "110105001003")]
        for code in codes[:2]:
            commands.decide_many(workspace, code, [(item, "pass", "") for item in range(1, 17)])
            commands.finish_round(workspace, code)
        proofs: list[str] = []
        real = identity.check_password
        monkeypatch.setattr(identity, "check_password", lambda p, s: proofs.append(p) or real(p, s))
        outcomes = commands.sign_off_many(workspace, [(code, 2022) for code in codes], TEST_PASSWORD)
        assert len(proofs) == 1
        assert outcomes[:2] == [None, None] and isinstance(outcomes[2], GreenDeskError)  # not reviewed
        statuses = {row.code: row.status for row in queue.queue(workspace)}
        assert [statuses[code] for code in codes[:2]] == [SIGNED_OFF, SIGNED_OFF]
        assert statuses[codes[2]] != SIGNED_OFF
        with pytest.raises(GreenDeskError):  # a wrong password signs off nothing
            commands.sign_off_many(workspace, [(codes[2], 2022)], "wrong password")
    finally:
        workspace.close()


def test_one_sitting_deciding_an_item_twice_keeps_the_last(data_dir: Path) -> None:
    workspace = small_workspace(data_dir)
    try:
        code = recommend(workspace)
        states = commands.decide_many(
            workspace, code, [(1, "pass", ""), (1, "fail", "照片不清"), (2, "pass", ""), (2, "pass", "")]
        )
        assert [state.outcome for state in states] == ["fail", "fail", "pass", "pass"]
        with workspace.sessions() as session:
            from greendesk.core.review.views import find_recommendation

            state = decisions.for_recommendation(session, find_recommendation(session, code, 2022))
            assert state.own(1).outcome == "fail" and state.own(1).comment == "照片不清"
            rows = [row for key, row in state.latest.items() if key[1] == 2]
            assert len(rows) == 1  # the same decision twice is written once
    finally:
        workspace.close()


def test_no_bulk_step_backup_in_a_scratch_folder_but_one_everywhere_else(workspace: Workspace) -> None:
    """The demo, built unseen, skips the backups before its imports and rounds; a real workspace never does."""
    data_dir = workspace.data_dir
    before = len(backup.list_backups(data_dir))
    with durable.scratch(data_dir):
        assert backup.back_up_before_bulk_step(data_dir, backup.REASON_IMPORT) is None
    assert len(backup.list_backups(data_dir)) == before
    made = backup.back_up_before_bulk_step(data_dir, backup.REASON_IMPORT)
    assert made is not None and len(backup.list_backups(data_dir)) == before + 1
