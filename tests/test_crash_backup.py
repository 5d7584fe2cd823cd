"""Kill a backup at each of its rename, fsync and unlink points (SIGKILL), then start as the app does.

Whatever the kill point: the live database is untouched and opens without damage, the next start
leaves no temporary file in backups/, every backup listed passes a full integrity check, and the
index names only files that exist. N grows until the backup completes.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from greendesk.core.safety import anchors, backup, startup
from greendesk.core.storage.layout import INCOMING_PREFIX, Layout
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD, TEST_USER

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

MAX_KILL_POINTS = 40

# Imports GreenDesk once, then forks one run per line: hook the file calls, back up, die at the Nth.
CHILD = """
import os, signal, sys, traceback
from pathlib import Path
from greendesk.core.safety import backup

for line in sys.stdin:
    data_dir, limit = line.rstrip("\\n").split("\\t")
    pid = os.fork()
    if pid == 0:
        calls = [0]

        def hooked(real):
            def call(*args, **kwargs):
                calls[0] += 1
                if calls[0] == int(limit):
                    os.kill(os.getpid(), signal.SIGKILL)
                return real(*args, **kwargs)

            return call

        for name in ("replace", "rename", "fsync", "unlink"):
            setattr(os, name, hooked(getattr(os, name)))
        try:
            backup.create_backup(Path(data_dir), "manual")
        except BaseException:
            traceback.print_exc()
            os._exit(1)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    print("killed" if killed else f"exit {os.waitstatus_to_exitcode(status)}", flush=True)
"""


@pytest.fixture(scope="module")
def child() -> Iterator[subprocess.Popen]:
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    yield process
    process.stdin.close()
    process.wait(timeout=30)


def _index(layout: Layout) -> dict:
    return json.loads(layout.backup_index.read_text(encoding="utf-8")) if layout.backup_index.exists() else {}


def test_a_backup_killed_anywhere_leaves_good_backups_and_no_file_behind(
    child: subprocess.Popen, tmp_path: Path
) -> None:
    prepared = tmp_path / "prepared"
    workspace = Workspace.create(prepared, "110105", admin=TEST_USER, password=TEST_PASSWORD)
    backup.create_backup(prepared, "manual")  # an earlier backup that must survive every kill
    state = anchors.file_state(workspace.db_path)
    workspace.close()
    outcomes: list[str] = []
    for limit in range(1, MAX_KILL_POINTS + 1):
        data_dir = tmp_path / f"run-{limit}"
        shutil.copytree(prepared, data_dir)
        child.stdin.write(f"{data_dir}\t{limit}\n")
        child.stdin.flush()
        outcome = child.stdout.readline().strip()
        assert outcome in ("killed", "exit 0"), f"kill point {limit}: {outcome}"
        outcomes.append(outcome)

        report = startup.open_safely(data_dir)
        try:
            assert report.damaged is None and report.error is None, f"kill point {limit}"
            assert anchors.file_state(Layout(data_dir).database) == state  # the live database untouched
        finally:
            report.close()
        layout = Layout(data_dir)
        assert [p.name for p in layout.backups.iterdir() if p.name.startswith(INCOMING_PREFIX)] == []
        listed = backup.list_backups(data_dir)
        assert len(listed) >= 1
        assert all(backup.integrity_check(info.path) == "ok" for info in listed), f"kill point {limit}"
        assert all((layout.backups / f"greendesk-{key}.sqlite3").is_file() for key in _index(layout))
        if outcome == "exit 0":
            break
    assert outcomes[-1] == "exit 0" and outcomes.count("killed") >= 3, outcomes  # killed at several points
