"""Kill a backup at each of its rename, fsync and unlink points (SIGKILL), then start as the app does.

Whatever the kill point: the live database is untouched and opens without damage, the next start
leaves no temporary file in backups/, every backup listed passes a full integrity check, and the
index names only files that exist. N grows until the backup completes.
"""

from __future__ import annotations

import json
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from greendesk.core.safety import anchors, backup, startup
from greendesk.core.storage.layout import INCOMING_PREFIX, Layout
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD, TEST_USER
from tests.kill_harness import KillChild

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

MAX_KILL_POINTS = 40

# Each forked run hooks the file calls and backs up, dying just before the Nth call.
RUN = """
from pathlib import Path
from greendesk.core.safety import backup


def run(fields, kill_before):
    data_dir, limit = fields
    kill_before(int(limit))
    backup.create_backup(Path(data_dir), "manual")
"""


@pytest.fixture(scope="module")
def child() -> Iterator[KillChild]:
    process = KillChild(RUN, ("replace", "rename", "fsync", "unlink"))
    yield process
    process.close()


def _index(layout: Layout) -> dict:
    return json.loads(layout.backup_index.read_text(encoding="utf-8")) if layout.backup_index.exists() else {}


def test_a_backup_killed_anywhere_leaves_good_backups_and_no_file_behind(
    child: KillChild, tmp_path: Path
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
        outcome = child.run_once((str(data_dir), str(limit)))
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
