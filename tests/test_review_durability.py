"""Every decision is committed the moment it is made: a killed review loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from review_support import recommend, small_workspace

from greendesk.core import audit
from greendesk.core.review import commands, views
from greendesk.core.storage import db
from tests.accounts_support import reopen

ROOT = Path(__file__).resolve().parents[1]


def test_killed_mid_review_reopens_with_every_decided_item(data_dir: Path) -> None:
    workspace = small_workspace(data_dir)
    code = recommend(workspace)
    workspace.close()
    script = textwrap.dedent(
        f"""
        import time
        from pathlib import Path
        from greendesk.core.review import commands, views
        from greendesk.core import accounts
        from greendesk.core.workspace import Workspace
        ws = Workspace.open(Path({str(data_dir)!r}))
        accounts.sign_in(ws, "tester", "tester-pass-1")
        for item in range(1, 17):
            commands.decide(ws, {code!r}, item, "fail" if item % 4 == 0 else "pass", f"comment {{item}}")
            print(item, flush=True)
            if item == 9:
                time.sleep(60)  # killed here, mid-review
        """
    )
    process = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    reported = [int(process.stdout.readline()) for _ in range(9)]
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    assert reported == list(range(1, 10))

    reopened = reopen(data_dir)
    try:
        assert db.integrity_ok(reopened.engine)
        view = views.show(reopened, code)
        decided = {item.number: (item.outcome, item.comment) for item in view.items if item.outcome}
        assert decided == {n: ("fail" if n % 4 == 0 else "pass", f"comment {n}") for n in range(1, 10)}
        assert view.status == "under_review"
        with reopened.sessions() as session:
            assert audit.verify_chain(session) == []
        commands.decide(reopened, code, 10, "pass")  # the reviewer carries on where they were
        assert views.show(reopened, code).decided == 10
    finally:
        reopened.close()
