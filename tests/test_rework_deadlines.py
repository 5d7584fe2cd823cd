"""Rework deadlines: only on a returned community, never in the past, overdue in the queue after the day,
gone once the street resubmits (the next round)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from accounts_support import reopen
from review_support import recommend, small_workspace

from greendesk.cli import main
from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.review import commands, queue, rework_deadlines
from greendesk.core.review.workflow import WorkflowError


def test_a_deadline_flags_the_queue_when_it_runs_over(data_dir, capsys: pytest.CaptureFixture[str]) -> None:
    previous = clock.frozen()
    clock.freeze(datetime(2022, 8, 1, 9, 0))
    try:
        workspace = small_workspace(data_dir)
        code = recommend(workspace)
        with pytest.raises(WorkflowError):
            rework_deadlines.set_deadline(workspace, code, date(2022, 8, 31))  # not returned yet
        commands.decide(workspace, code, 1, "more", "缺少照片")
        commands.return_for_rework(workspace, code)
        with pytest.raises(ValidationError):
            rework_deadlines.set_deadline(workspace, code, date(2022, 7, 31))
        rework_deadlines.set_deadline(workspace, code, date(2022, 8, 31))
        (row,) = queue.queue(workspace)
        assert (row.rework_due, row.overdue) == (date(2022, 8, 31), False)
        clock.freeze(datetime(2022, 9, 1, 9, 0))
        (row,) = queue.queue(workspace)
        assert row.overdue
        workspace.close()
        assert main(["--data-dir", str(data_dir), "review", "queue"]) == 0
        line = capsys.readouterr().out.splitlines()[0]
        assert "2022-08-31" in line and "overdue" in line
        workspace = reopen(data_dir)
        commands.resubmit(workspace, code)
        (row,) = queue.queue(workspace)
        assert (row.rework_due, row.overdue) == (None, False)
        workspace.close()
    finally:
        clock.freeze(previous)
