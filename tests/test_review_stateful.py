"""A Hypothesis state machine drives decide / finish / return / resubmit / sign-off / unlock / reopen / crash
against a plain model of the workflow, checking the stored state and the audit chain after each step."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from review_support import recommend, small_workspace

from greendesk.core import accounts, audit
from greendesk.core.base.errors import GreenDeskError, ValidationError
from greendesk.core.identity import PermissionDenied
from greendesk.core.review import commands, views, workflow
from greendesk.core.review.vocabulary import (
    FAIL,
    FAILED,
    MORE,
    PASS,
    PASSED,
    RECOMMENDED,
    RESUBMITTED,
    RETURNED,
    SIGNED_OFF,
    UNDER_REVIEW,
)
from greendesk.core.workspace import Workspace
from tests.accounts_support import reopen

ITEMS = 16
GATING = {8, 12}


class ReviewModel:
    """What the workflow should do, written as plainly as possible."""

    def __init__(self) -> None:
        self.status = RECOMMENDED
        self.round = 1
        self.locked = False
        self.signed_by = ""
        self.decisions: dict[tuple[int, int], tuple[str, str]] = {}

    def effective(self, item: int) -> str | None:
        if (self.round, item) in self.decisions:
            return self.decisions[(self.round, item)][0]
        for earlier in range(self.round - 1, 0, -1):
            if (earlier, item) in self.decisions:
                outcome = self.decisions[(earlier, item)][0]
                return outcome if outcome == PASS else None
        return None

    def outcomes(self) -> dict[int, str | None]:
        return {item: self.effective(item) for item in range(1, ITEMS + 1)}


PASSWORDS = {"approver": "approver-pass-1", "reviewer": "reviewer-pass-1"}


@contextmanager
def acting_as(workspace: Workspace, user: str) -> Iterator[None]:
    """Sign in as ``user`` for one step, then hand the workspace back to the administrator."""
    previous = workspace.actor
    accounts.sign_in(workspace, user, PASSWORDS[user])
    try:
        yield
    finally:
        workspace.actor = previous


class ReviewMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        # RAM-backed when available: many short examples, each commit fsynced (same semantics, less waiting).
        ram = Path("/dev/shm")
        self.folder = Path(tempfile.mkdtemp(prefix="gd-stateful-", dir=ram if ram.is_dir() else None))
        self.workspace = small_workspace(self.folder / "ws")
        self.code = recommend(self.workspace)
        accounts.create_user(self.workspace, "approver", ["approver"], PASSWORDS["approver"])
        accounts.create_user(self.workspace, "reviewer", ["reviewer"], PASSWORDS["reviewer"])
        self.model = ReviewModel()
        self.crashes = 0
        self.abandoned: list[Workspace] = []

    def teardown(self) -> None:
        self.workspace.close()
        for abandoned in self.abandoned:
            abandoned.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @rule(
        item=st.integers(1, ITEMS),
        outcome=st.sampled_from([PASS, PASS, PASS, FAIL, MORE]),
        comment=st.sampled_from(["", "ok", "照片不清"]),
    )
    def decide(self, item: int, outcome: str, comment: str) -> None:
        model = self.model
        try:
            commands.decide(self.workspace, self.code, item, outcome, comment)
        except workflow.LockedError:
            assert model.locked
            return
        except workflow.WorkflowError:
            assert model.status == RETURNED
            return
        except ValidationError:
            assert outcome in (FAIL, MORE) and not comment  # a fail or "more" needs its comment
            return
        assert not model.locked and model.status != RETURNED
        assert outcome == PASS or comment
        if model.decisions.get((model.round, item)) == (outcome, comment):
            return  # saving the same decision again changes nothing
        model.decisions[(model.round, item)] = (outcome, comment)
        model.signed_by = ""
        model.status = UNDER_REVIEW

    @rule(first=st.sampled_from([PASS, PASS, FAIL, MORE]))
    def complete_round(self, first: str) -> None:
        """Decide every open item (the first one as drawn, the rest as met) so rounds really finish."""
        open_items = [n for n, o in self.model.outcomes().items() if o is None]
        for index, item in enumerate(open_items):
            self.decide(item, first if index == 0 else PASS, "" if index else "照片不清")

    @rule()
    def finish(self) -> None:
        model = self.model
        outcomes = model.outcomes()
        try:
            status = commands.finish_round(self.workspace, self.code)
        except workflow.LockedError:
            assert model.locked
            return
        except workflow.WorkflowError:
            incomplete = any(o is None for o in outcomes.values()) and not any(
                outcomes[g] == FAIL for g in GATING
            )
            assert model.status not in (UNDER_REVIEW, RECOMMENDED, RESUBMITTED) or incomplete
            return
        assert not model.locked and model.status in (UNDER_REVIEW, RECOMMENDED, RESUBMITTED)
        gating_failed = any(outcomes[g] == FAIL for g in GATING)
        if not gating_failed and all(o == PASS for o in outcomes.values()):
            expected = PASSED
        elif not gating_failed and MORE in outcomes.values():
            expected = RETURNED
        else:
            expected = FAILED
        assert status == expected
        model.status = expected

    @rule()
    def return_for_rework(self) -> None:
        model = self.model
        try:
            items = commands.return_for_rework(self.workspace, self.code)
        except workflow.LockedError:
            assert model.locked
            return
        except workflow.WorkflowError:
            failing = [n for n, o in model.outcomes().items() if o in (FAIL, MORE)]
            assert model.status not in (UNDER_REVIEW, FAILED, RESUBMITTED) or not failing
            return
        assert [i.number for i in items] == [n for n, o in model.outcomes().items() if o in (FAIL, MORE)]
        model.status = RETURNED

    @rule()
    def resubmit(self) -> None:
        model = self.model
        try:
            round_number = commands.resubmit(self.workspace, self.code)
        except workflow.LockedError:
            assert model.locked
            return
        except workflow.WorkflowError:
            assert model.status != RETURNED
            return
        model.round += 1
        event("new round")
        assert round_number == model.round
        model.status = RESUBMITTED

    @rule(user=st.sampled_from(["approver", "reviewer"]))
    def sign_off(self, user: str) -> None:
        model = self.model
        try:
            with acting_as(self.workspace, user):
                commands.sign_off(self.workspace, self.code, PASSWORDS[user])
        except PermissionDenied:
            assert user == "reviewer"
            return
        except workflow.LockedError:
            assert model.locked
            return
        except workflow.WorkflowError:
            assert model.status not in (PASSED, SIGNED_OFF)
            return
        assert user == "approver" and not model.locked
        model.status, model.locked, model.signed_by = SIGNED_OFF, True, user
        event("signed off")

    @rule()
    def unlock(self) -> None:
        model = self.model
        try:
            with acting_as(self.workspace, "approver"):
                commands.unlock(self.workspace, self.code, "correction", PASSWORDS["approver"])
        except workflow.WorkflowError:
            assert not model.locked
            return
        assert model.locked
        model.locked = False

    @rule()
    def reopen(self) -> None:
        """Close and reopen the workspace (a normal restart)."""
        data_dir = self.workspace.data_dir
        self.workspace.close()
        self.workspace = reopen(data_dir)

    @rule()
    def crash(self) -> None:
        """The process dies: the files are taken exactly as they are on disk right now (database, WAL and
        shared-memory index, nothing closed or checkpointed) and a new process goes on with that copy."""
        self.crashes += 1
        target = self.folder / f"after-crash-{self.crashes}"
        target.mkdir()
        for path in self.workspace.data_dir.iterdir():
            if path.is_file() and path.name.startswith("greendesk.sqlite3"):
                shutil.copy2(path, target / path.name)
        (target / "photos").mkdir()
        abandoned = self.workspace  # never closed cleanly: its connections simply stop being used
        self.abandoned.append(abandoned)
        self.workspace = reopen(target)

    @invariant()
    def stored_state_matches_the_model(self) -> None:
        view = views.show(self.workspace, self.code)
        model = self.model
        assert (view.status, view.round, view.locked, view.signed_off_by) == (
            model.status,
            model.round,
            model.locked,
            model.signed_by,
        )
        assert {item.number: item.outcome for item in view.items} == model.outcomes()
        for (round_number, item), (outcome, comment) in model.decisions.items():
            if round_number < model.round:
                earlier = {d.round: (d.outcome, d.comment) for d in view.item(item).earlier}
                assert earlier[round_number] == (outcome, comment)

    @invariant()
    def audit_chain_is_intact(self) -> None:
        with self.workspace.sessions() as session:
            assert audit.verify_chain(session) == []


ReviewMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestReviewWorkflow = ReviewMachine.TestCase


def test_model_errors_are_greendesk_errors() -> None:
    assert issubclass(workflow.LockedError, GreenDeskError) and issubclass(
        workflow.WorkflowError, GreenDeskError
    )
