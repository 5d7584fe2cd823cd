"""Opening a test workspace again as its administrator (the fixtures' account ``tester``)."""

from __future__ import annotations

from pathlib import Path

from greendesk.core import accounts
from greendesk.core.workspace import Workspace

TEST_USER = "tester"
TEST_PASSWORD = "tester-pass-1"


def reopen(data_dir: Path) -> Workspace:
    """``Workspace.open`` plus the sign-in every write needs."""
    workspace = Workspace.open(data_dir)
    accounts.sign_in(workspace, TEST_USER, TEST_PASSWORD)
    return workspace
