"""Stateful property test: edits, interrupted edits, backups, restores and reopening against a model.

Whatever sequence happens, the workspace shows exactly the committed edits since the last restore
(or the backed-up state a restore went back to), the audit chain verifies, and the newest backup is
never thinned away.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from greendesk.core import audit
from greendesk.core.registry import roster
from greendesk.core.safety import backup, restoring
from greendesk.core.storage.models import Community
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD, TEST_USER, reopen


class Interrupted(Exception):
    """Stands for a crash or an error in the middle of an action."""


class WorkspaceSafety(RuleBasedStateMachine):
    template: Path
    codes: list[str]

    def __init__(self) -> None:
        super().__init__()
        self.scratch = Path(tempfile.mkdtemp(prefix="greendesk-state-"))
        self.folder = self.scratch / "ws"
        shutil.copytree(self.template, self.folder)
        self.workspace = reopen(self.folder)
        self.model = {code: roster.get_community(self.workspace, code).households for code in self.codes}
        self.snapshots: dict[str, dict[str, int | None]] = {}

    @rule(index=st.integers(0, 3), households=st.integers(0, 99_999))
    def edit(self, index: int, households: int) -> None:
        roster.update_community(self.workspace, self.codes[index], households=households)
        self.model[self.codes[index]] = households

    @rule(index=st.integers(0, 3), households=st.integers(0, 99_999))
    def interrupted_edit(self, index: int, households: int) -> None:
        with pytest.raises(Interrupted), self.workspace.transaction() as session:
            community = session.query(Community).filter_by(code=self.codes[index]).one()
            community.households = households
            audit.record(session, user="t", action="community.update", entity="community", key=community.code)
            raise Interrupted

    @rule()
    def make_backup(self) -> None:
        info = backup.create_backup(self.folder)
        self.snapshots[info.id] = dict(self.model)
        present = {b.id for b in backup.list_backups(self.folder)}
        assert info.id in present  # thinning never removes the newest
        self.snapshots = {key: value for key, value in self.snapshots.items() if key in present}

    @precondition(lambda self: bool(self.snapshots))
    @rule(data=st.data())
    def restore(self, data: st.DataObject) -> None:
        chosen = data.draw(st.sampled_from(sorted(self.snapshots)))
        self.workspace.close()
        result = restoring.restore(self.folder, chosen)
        assert result.set_aside is not None and result.set_aside.exists()
        self.workspace = reopen(self.folder)
        self.model = dict(self.snapshots[chosen])

    @rule()
    def reopen(self) -> None:
        self.workspace.close()
        self.workspace = reopen(self.folder)

    @invariant()
    def matches_the_model(self) -> None:
        for code, households in self.model.items():
            assert roster.get_community(self.workspace, code).households == households
        with self.workspace.sessions() as session:
            assert audit.verify_chain(session) == []

    def teardown(self) -> None:
        self.workspace.close()
        assert backup.integrity_check(self.folder / "greendesk.sqlite3") == "ok"
        shutil.rmtree(self.scratch, ignore_errors=True)


def test_backups_restores_and_interruptions_against_a_model(tmp_path: Path) -> None:
    template = tmp_path / "template"
    with Workspace.create(template, "110105", admin=TEST_USER, password=TEST_PASSWORD) as workspace:
        roster.load_official(workspace)
        WorkspaceSafety.codes = [c.code for c in roster.list_communities(workspace)[:4]]
    WorkspaceSafety.template = template
    run_state_machine_as_test(
        WorkspaceSafety,
        settings=settings(
            max_examples=10,
            stateful_step_count=12,
            deadline=None,
            derandomize=True,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
