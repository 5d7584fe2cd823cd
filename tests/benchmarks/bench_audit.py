"""The full check of a 50,000-entry audit log against its anchors, against the floor it cannot beat.

The floor, measured in the same run on the same rows: reading every audit row with plain sqlite3 and
hashing its text once with hashlib (the chain check must do at least that). The goal is a ratio, not
a time, so the result means the same on a slow office PC and a fast one. Used by run.py (``--only
audit``); not collected by pytest.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path


def bench_audit_check(work: Path, entries: int = 50_000) -> list:
    from greendesk.core import accounts, audit, settings
    from greendesk.core.safety import anchors, full_check
    from greendesk.core.workspace import Workspace
    from tests.benchmarks.run import Result, median_time

    os.environ.setdefault(anchors.ANCHOR_DIR_ENV, str(work / "anchors"))
    workspace = Workspace.create(work / "audit-ws", "110105", admin="bench", password="bench-pass-1")
    accounts.sign_in(workspace, "bench", "bench-pass-1")
    changes = [audit.Change("note", "note", f"n{n}", new={"n": n}) for n in range(entries)]
    with workspace.transaction() as session:
        audit.record_many(session, user="bench", changes=changes)
    with workspace.sessions() as session:
        rows = audit.rows(session)
    workspace_id = settings.WORKSPACE_ID.read(workspace)
    with anchors.anchor_file(workspace_id).open("a", encoding="utf-8") as handle:  # one anchor per commit
        for position, entry in enumerate(rows, start=1):
            line = {"count": position, "head": entry.hash, "at": "2026-01-01T00:00:00", "source": "commit"}
            handle.write(json.dumps({**line, "from": position - 1}) + "\n")
    data_dir, db_path = workspace.data_dir, workspace.db_path
    workspace.close()

    def check() -> None:
        assert full_check.check_workspace(data_dir, verify_hashes=False).ok

    def floor() -> None:
        connection = sqlite3.connect(db_path)
        try:
            for row in connection.execute("SELECT * FROM audit_entry ORDER BY id"):
                hashlib.sha256(repr(row).encode()).digest()
        finally:
            connection.close()

    ours, base = median_time(check, 3), median_time(floor, 3)
    ratio = ours / base
    return [
        Result(
            f"full check, {entries:,} audit entries (no photo hashing)",
            "s",
            ours,
            "read + hash every audit row (sqlite3, hashlib)",
            base,
            "≤ 8× the floor",
            ratio <= 8,
        )
    ]
