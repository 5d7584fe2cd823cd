"""A small workspace for the panel tests: three communities recommended for 2025, three expert
accounts, a 复核人 (approver) account, and the scored example standard (applies to 2025-2026)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from review_support import COMMUNITIES, recommend, small_workspace

from greendesk.core import accounts
from greendesk.core.review.vocabulary import APPROVER, EXPERT
from greendesk.core.workspace import Workspace

YEAR = 2025
STANDARD = "example-national-100"
CODES = tuple(COMMUNITIES)
EXPERTS = ("wang", "li", "zhang")  # E01, E02, E03 once added in this order
REVIEWER = "fuhe"  # the 复核人
PASSWORD = "panel-pass-1"


def panel_workspace(data_dir: Path) -> Workspace:
    workspace = small_workspace(data_dir)
    for code in CODES:
        recommend(workspace, code, YEAR)
    for username, display in zip(EXPERTS, ("王专家", "李专家", "张专家"), strict=True):
        accounts.create_user(workspace, username, [EXPERT], PASSWORD, display_name=display)
    accounts.create_user(workspace, REVIEWER, [APPROVER], PASSWORD, display_name="复核人")
    return workspace


@contextmanager
def signed_in_as(workspace: Workspace, username: str) -> Iterator[None]:
    """Act as ``username`` (password PASSWORD), then hand the workspace back to whoever had it."""
    previous = workspace.actor
    accounts.sign_in(workspace, username, PASSWORD)
    try:
        yield
    finally:
        workspace.actor = previous
