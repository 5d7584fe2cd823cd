"""Several decisions saved as one action chain the same audit entries, in the same order, as saving them
one by one: the decisions, the withdrawn sign-off after an unlock and the status change included."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from review_support import recommend, small_workspace

from greendesk.core import audit
from greendesk.core.base import clock
from greendesk.core.review import commands
from greendesk.core.safety import audit_check
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD

# Decided again after the unlock: item 1 twice in the same sitting, an unchanged item 3 (no entry).
AFTER_UNLOCK = [(1, "fail", "照片不清"), (2, "more", "请补充记录"), (1, "pass", ""), (3, "pass", "")]


def _signed_off_and_unlocked(folder: Path) -> tuple[Workspace, str]:
    workspace = small_workspace(folder)
    code = recommend(workspace)
    commands.decide_many(workspace, code, [(item, "pass", "") for item in range(1, 17)])
    assert commands.finish_round(workspace, code) == "passed"
    commands.sign_off(workspace, code, TEST_PASSWORD)
    commands.unlock(workspace, code, "材料更正", TEST_PASSWORD)
    return workspace, code


def _entries(workspace: Workspace) -> list[audit.Row]:
    with workspace.sessions() as session:
        return audit.rows(session)


def _content(rows: list[audit.Row]) -> list[tuple[str, str, str, str, object, object]]:
    return [
        (row.user, row.action, row.entity, row.entity_key, json.loads(row.old_json), json.loads(row.new_json))
        for row in rows
    ]


def _chain_is_sound(workspace: Workspace) -> None:
    entries = _entries(workspace)
    with workspace.sessions() as session:
        assert audit.chain_problems(entries) == []
        findings = audit_check.check(session, workspace.data_dir, entries)
    assert findings.ok, findings.to_dict()


def test_batched_decisions_record_what_one_by_one_records(tmp_path: Path) -> None:
    previous = clock.frozen()
    clock.freeze(datetime(2022, 6, 1, 9, 30))
    batched, code = _signed_off_and_unlocked(tmp_path / "batched")
    single, _code = _signed_off_and_unlocked(tmp_path / "single")
    try:
        start = len(_entries(batched))
        assert start == len(_entries(single))
        commands.decide_many(batched, code, AFTER_UNLOCK)
        for item, outcome, comment in AFTER_UNLOCK:
            commands.decide(single, code, item, outcome, comment)
        ours, theirs = _entries(batched)[start:], _entries(single)[start:]
        assert _content(ours) == _content(theirs)
        assert [row.action for row in ours] == [
            "review.decide",
            "review.approval_reset",
            "review.status",
            "review.decide",
            "review.decide",
        ]
        assert json.loads(ours[2].new_json)["status"] == "under_review"
        assert json.loads(ours[1].old_json)["signed_off_by"]  # the sign-off it withdrew
        for workspace in (batched, single):
            _chain_is_sound(workspace)
    finally:
        clock.freeze(previous)
        batched.close()
        single.close()


def test_a_batch_read_back_or_not_saves_the_same(tmp_path: Path) -> None:
    shown, code = _signed_off_and_unlocked(tmp_path / "shown")
    unseen, _code = _signed_off_and_unlocked(tmp_path / "unseen")
    try:
        states = commands.decide_many(shown, code, AFTER_UNLOCK)
        assert [state.outcome for state in states] == ["pass", "more", "pass", "pass"]
        assert commands.decide_many(unseen, code, AFTER_UNLOCK, read_back=False) == []
        start = len(_entries(shown)) - 5
        assert [row[1:4] for row in _content(_entries(unseen)[start:])] == [
            row[1:4] for row in _content(_entries(shown)[start:])
        ]
        _chain_is_sound(unseen)
    finally:
        shown.close()
        unseen.close()
