"""The workflow transition table agrees with the commands: for every action, status and lock state,
``workflow.allowed`` says yes exactly when the command runs without a workflow or lock refusal."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from review_support import jpeg, recommend, small_workspace
from sqlalchemy import select

from greendesk.core import accounts
from greendesk.core.review import commands, workflow
from greendesk.core.review.vocabulary import (
    FAIL,
    FAILED,
    PASS,
    PASSED,
    RECOMMENDED,
    RESUBMITTED,
    RETURNED,
    REVOKED,
    SIGNED_OFF,
    STATUSES,
    UNDER_REVIEW,
)
from greendesk.core.storage.models import Decision, Recommendation
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD, reopen

CODE = "110105001001"
APPROVER = "wang"
APPROVER_PASSWORD = "approver-pass-1"

# The review's workflow as the office runs it (the table must say exactly this, unlocked).
EXPECTED_FROM = {
    workflow.DECIDE: set(STATUSES) - {RETURNED, REVOKED},  # a returned community waits for the street
    workflow.ATTACH: set(STATUSES) - {REVOKED},  # a revoked name is final
    workflow.FINISH: {RECOMMENDED, UNDER_REVIEW, RESUBMITTED},
    workflow.RETURN: {UNDER_REVIEW, FAILED, RESUBMITTED},
    workflow.RESUBMIT: {RETURNED},
    workflow.SIGN_OFF: {PASSED, SIGNED_OFF},
    workflow.UNLOCK: set(),  # only a locked recommendation can be unlocked
}

COMMANDS: dict[str, Callable[[Workspace], object]] = {
    workflow.DECIDE: lambda ws: commands.decide(ws, CODE, 5, PASS),  # item 5 was failed: a new row
    workflow.ATTACH: lambda ws: commands.attach_photo(ws, CODE, 1, jpeg(), "门禁.jpg"),
    workflow.FINISH: lambda ws: commands.finish_round(ws, CODE),
    workflow.RETURN: lambda ws: commands.return_for_rework(ws, CODE),
    workflow.RESUBMIT: lambda ws: commands.resubmit(ws, CODE),
    workflow.SIGN_OFF: lambda ws: commands.sign_off(ws, CODE, TEST_PASSWORD),
    workflow.UNLOCK: lambda ws: commands.unlock(ws, CODE, "street sent a corrected photo", TEST_PASSWORD),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One recommendation whose round is fully decided (item 5 failed), and an approver account.

    Every item is decided so that finishing has a result and returning has an item to return: an
    allowed action then has no other reason to refuse.
    """
    folder = tmp_path_factory.mktemp("workflow") / "template"
    workspace = small_workspace(folder)
    try:
        recommend(workspace, CODE)
        accounts.create_user(workspace, APPROVER, ["approver"], APPROVER_PASSWORD)
        for number in range(1, 17):
            commands.decide(workspace, CODE, number, FAIL if number == 5 else PASS, "note")
    finally:
        workspace.close()
    return folder


@pytest.fixture
def copy_of(template: Path, tmp_path: Path) -> Iterator[Callable[[str, bool], Workspace]]:
    opened: list[Workspace] = []

    def make(status: str, locked: bool) -> Workspace:
        folder = tmp_path / f"{status}-{locked}"
        shutil.copytree(template, folder)
        workspace = reopen(folder)
        opened.append(workspace)
        with workspace.transaction() as session:
            rec = session.scalars(select(Recommendation)).one()
            rec.status, rec.locked = status, locked
            rec.signed_off_by = APPROVER if locked else ""
        return workspace

    yield make
    for workspace in opened:
        workspace.close()


State = tuple[str, bool, int, int]  # status, locked, round, decision rows


def _after(action: str, before: State) -> State:
    """What an allowed action leaves behind (item 5 failed, so finishing fails the round)."""
    status, locked, round_, rows = before
    return {
        workflow.DECIDE: (UNDER_REVIEW, locked, round_, rows + 1),
        workflow.ATTACH: (UNDER_REVIEW if status == SIGNED_OFF else status, locked, round_, rows),
        workflow.FINISH: (FAILED, locked, round_, rows),
        workflow.RETURN: (RETURNED, locked, round_, rows),
        workflow.RESUBMIT: (RESUBMITTED, locked, round_ + 1, rows),
        workflow.SIGN_OFF: (SIGNED_OFF, True, round_, rows),
        workflow.UNLOCK: (status, False, round_, rows),
    }[action]


def _state(workspace: Workspace) -> State:
    with workspace.sessions() as session:
        rec = session.scalars(select(Recommendation)).one()
        rows = len(session.scalars(select(Decision.id)).all())
        return rec.status, rec.locked, rec.current_round, rows


@pytest.mark.parametrize("locked", [False, True], ids=["unlocked", "locked"])
@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("action", list(workflow.TRANSITIONS))
def test_the_table_agrees_with_the_command(copy_of, action: str, status: str, locked: bool) -> None:
    workspace = copy_of(status, locked)
    before = _state(workspace)
    if workflow.allowed(action, status, locked):
        COMMANDS[action](workspace)  # any refusal (or other error) fails the test
        assert _state(workspace) == _after(action, before)
        return
    expected = workflow.LockedError if locked and action != workflow.UNLOCK else workflow.WorkflowError
    if status == REVOKED:  # a revoked name is final: its own refusal, whatever the lock
        expected = workflow.WorkflowError
    with pytest.raises(expected):
        COMMANDS[action](workspace)
    assert _state(workspace) == before  # a refused action changes nothing


def test_every_action_has_a_command_under_test() -> None:
    assert set(COMMANDS) == set(workflow.TRANSITIONS) == set(EXPECTED_FROM)


@pytest.mark.parametrize("action", list(workflow.TRANSITIONS))
def test_the_table_says_what_the_office_does(action: str) -> None:
    unlocked = {status for status in STATUSES if workflow.allowed(action, status, False)}
    assert unlocked == EXPECTED_FROM[action]


def test_a_locked_recommendation_only_allows_unlocking() -> None:
    for status in STATUSES:
        allowed = {action for action in workflow.TRANSITIONS if workflow.allowed(action, status, True)}
        assert allowed == (set() if status == REVOKED else {workflow.UNLOCK})  # a revoked name is final


def test_available_adds_what_the_current_result_allows() -> None:
    everything = workflow.available(UNDER_REVIEW, False, result_known=True, has_rework_items=True)
    assert {workflow.DECIDE, workflow.FINISH, workflow.RETURN} <= everything
    assert workflow.SIGN_OFF not in everything and workflow.RESUBMIT not in everything
    unknown = workflow.available(UNDER_REVIEW, False, result_known=False, has_rework_items=False)
    assert everything - unknown == {workflow.FINISH, workflow.RETURN}
    assert workflow.available(RETURNED, False, result_known=True, has_rework_items=True) >= {
        workflow.RESUBMIT
    }
    assert workflow.available(SIGNED_OFF, True, result_known=True, has_rework_items=True) == {workflow.UNLOCK}
