"""A bounded SIGKILL loop: a reviewer deciding items is killed at random moments, over and over.

Every decision the process reported as saved (it printed the item after ``decide`` returned) must
be there after the kill, the next start must find nothing damaged and leave no stray file, and the
full check must be clean. Seeded, so a failure replays.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from review_support import recommend, small_workspace

from greendesk.core import accounts
from greendesk.core.review import views
from greendesk.core.safety import full_check, startup
from tests.accounts_support import TEST_PASSWORD, TEST_USER

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 8

_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from greendesk.core import accounts
    from greendesk.core.review import commands
    from greendesk.core.workspace import Workspace
    data_dir, code, first = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    ws = Workspace.open(data_dir)
    accounts.sign_in(ws, sys.argv[4], sys.argv[5])
    print("ready", flush=True)
    for n in range(first, first + 400):
        item = (n % 16) + 1
        commands.decide(ws, code, item, "pass" if n % 3 else "fail", f"round comment {n}")
        print(n, item, flush=True)
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_acknowledged_decisions_survive_random_kills(data_dir: Path) -> None:
    workspace = small_workspace(data_dir)
    code = recommend(workspace)
    workspace.close()
    rng = random.Random(15)
    acknowledged: dict[int, str] = {}  # item -> comment of the last decision the process reported
    first = 0
    for _round in range(ROUNDS):
        process = subprocess.Popen(
            [sys.executable, "-c", _SCRIPT, str(data_dir), code, str(first), TEST_USER, TEST_PASSWORD],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.6))
        os.kill(process.pid, signal.SIGKILL)
        output, _ = process.communicate(timeout=20)
        for line in output.splitlines():
            parts = line.split()
            if len(parts) == 2:  # a torn last line was never acknowledged
                n, item = int(parts[0]), int(parts[1])
                acknowledged[item] = f"round comment {n}"
                first = n + 1

        report = startup.open_safely(data_dir)
        try:
            assert report.damaged is None and report.error is None, report
            assert report.workspace is not None
            accounts.sign_in(report.workspace, TEST_USER, TEST_PASSWORD)
            view = views.show(report.workspace, code)
            saved = {item.number: item.comment for item in view.items if item.outcome}
            for item, comment in acknowledged.items():
                assert saved.get(item) in (
                    comment,
                    *[f"round comment {m}" for m in range(first, first + 400)],
                )
        finally:
            report.close()
        leftovers = [p.name for p in data_dir.rglob("*") if p.name.startswith((".incoming", ".new-key"))]
        assert leftovers == []
    assert first > 2 * ROUNDS  # the kills landed mid-work: decisions were acknowledged in the rounds
    final = full_check.check_workspace(data_dir)
    assert final.ok, full_check.problem_lines(final)
