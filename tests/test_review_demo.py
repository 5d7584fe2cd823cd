"""The demo step leaves a mix of review states and copes with an empty workspace."""

from __future__ import annotations

import random
from pathlib import Path

from review_support import recommend, small_workspace

from greendesk.core.demo import builder
from greendesk.core.demo.reviews import review_demo_recommendations
from greendesk.core.review import queue
from greendesk.core.review.vocabulary import RECOMMENDED, RESUBMITTED, RETURNED, SIGNED_OFF, UNDER_REVIEW
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD, TEST_USER


def test_the_step_is_registered() -> None:
    assert "_demo_review" in [step.__name__ for step in builder.DEMO_STEPS]


def test_mix_of_states_on_existing_recommendations(data_dir: Path) -> None:
    workspace = small_workspace(data_dir)
    try:
        codes = ["110105001001", "110105001002", "110105001003"]
        for code in codes:
            recommend(workspace, code)
        for code in codes:  # more recommendations: the same communities in later years
            recommend(workspace, code, year=2023)
            recommend(workspace, code, year=2024)
        review_demo_recommendations(workspace, random.Random(1), with_photos_max=1)
        statuses = {row.status for row in queue.queue(workspace)}
        assert {SIGNED_OFF, RETURNED, UNDER_REVIEW, RECOMMENDED} <= statuses
        assert RESUBMITTED in statuses or any(row.round == 2 for row in queue.queue(workspace))
    finally:
        workspace.close()


def test_runs_on_a_workspace_without_communities(tmp_path: Path) -> None:
    workspace = Workspace.create(tmp_path / "empty", "110105", admin=TEST_USER, password=TEST_PASSWORD)
    try:
        review_demo_recommendations(workspace, random.Random(1))
        assert queue.queue(workspace) == []
    finally:
        workspace.close()


def test_the_demo_names_last_years_pilots_after_their_notice(tmp_path: Path) -> None:
    """The demo's 公示与命名 is not empty: 2021's pilots on a closed notice (7 working days across the
    National Day holiday), one objection not upheld, all named, two of them 示范, and the history says so."""
    from greendesk.core.publicity import naming, notices, objections
    from greendesk.core.publicity.vocabulary import DEMONSTRATION
    from greendesk.core.review import history_text

    workspace = builder.build_demo(tmp_path / "demo")
    try:
        (notice,) = notices.list_notices(workspace)
        assert (notice.year, notice.closed, notice.period.end.isoformat()) == (2021, True, "2021-10-12")
        record = naming.load_naming(workspace, notice.id)
        assert record.document_number == builder.DEMO_NAMING_NUMBER
        assert sorted(c.code for c in record.communities) == sorted(e.code for e in notice.entries)
        assert sum(c.tier == DEMONSTRATION for c in record.communities) == 2
        (objection,) = objections.list_objections(workspace, notice.id)
        assert objection.outcome == objections.DISMISSED
        lines = [line.action for line in history_text.lines(workspace, notice.entries[0].code)]
        assert (
            lines.index("publicity.create")
            < lines.index("publicity.objection")
            < lines.index("publicity.name")
        )
        assert "publicity.objection_decision" in lines
    finally:
        workspace.close()
