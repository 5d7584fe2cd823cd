"""The one counting rule (greendesk.core.review.decisions), tested once, and its consumers agreeing on it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from review_support import recommend, small_workspace
from sqlalchemy import event, select

from greendesk.core.base import clock
from greendesk.core.package.records import signed_off_records
from greendesk.core.progress import figures
from greendesk.core.review import commands, decisions, queue
from greendesk.core.review.vocabulary import FAIL, MORE, PASS, PASSED
from greendesk.core.storage.models import Community, Decision, Recommendation
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD

A, B, C = "110105001001", "110105001002", "110105001003"
START = datetime(2022, 5, 2, 9, 0)


@pytest.fixture(autouse=True)
def _frozen_clock() -> Iterator[None]:
    clock.freeze(START)
    yield
    clock.freeze(None)


@pytest.fixture
def ws(data_dir: Path) -> Iterator[Workspace]:
    workspace = small_workspace(data_dir)
    yield workspace
    workspace.close()


def _recommendation(workspace: Workspace, code: str, current_round: int) -> int:
    """A recommendation of ``code`` put straight into ``current_round`` (rows are added by hand below)."""
    recommend(workspace, code)
    with workspace.transaction() as session:
        rec = session.scalars(select(Recommendation).join(Community).where(Community.code == code)).one()
        rec.current_round = current_round
        return rec.id


def _rows(workspace: Workspace, rec_id: int, *rows: tuple[int, int, str], at: datetime = START) -> None:
    """Append (round, item, outcome) rows in order; each row is one minute *earlier* than the one before,
    so a rule that ordered by time instead of by row would pick the wrong one."""
    with workspace.transaction() as session:
        for index, (round_, item, outcome) in enumerate(rows):
            session.add(
                Decision(
                    recommendation_id=rec_id,
                    round=round_,
                    item_number=item,
                    outcome=outcome,
                    decided_by="tester",
                    decided_at=at - timedelta(minutes=index),
                )
            )


def _rule(workspace: Workspace, rec_id: int) -> decisions.RecommendationDecisions:
    with workspace.sessions() as session:
        return decisions.for_recommendation(session, session.get(Recommendation, rec_id))


def _counted(workspace: Workspace, rec_id: int, item: int) -> tuple[str, int, bool] | None:
    counted = _rule(workspace, rec_id).counted(item)
    return None if counted is None else (counted.outcome, counted.decision.round, counted.carried)


def test_the_own_latest_row_wins_over_an_earlier_round(ws: Workspace) -> None:
    rec = _recommendation(ws, A, current_round=2)
    _rows(ws, rec, (1, 1, PASS), (2, 1, FAIL), (1, 2, FAIL), (2, 2, PASS))
    assert _counted(ws, rec, 1) == (FAIL, 2, False)  # the round-1 pass does not override the own fail
    assert _counted(ws, rec, 2) == (PASS, 2, False)


def test_a_later_row_in_the_same_round_replaces_an_earlier_one(ws: Workspace) -> None:
    rec = _recommendation(ws, A, current_round=1)
    _rows(ws, rec, (1, 3, MORE), (1, 3, PASS), (1, 3, FAIL), (1, 4, PASS), (1, 4, MORE))
    # The last row counts although its decided_at is the earliest: rows, not clock times, order decisions.
    assert _counted(ws, rec, 3) == (FAIL, 1, False)
    assert _counted(ws, rec, 4) == (MORE, 1, False)
    assert _rule(ws, rec).own(3).outcome == FAIL


def test_a_pass_from_an_earlier_round_carries(ws: Workspace) -> None:
    rec = _recommendation(ws, A, current_round=3)
    _rows(ws, rec, (1, 1, PASS), (1, 2, FAIL), (2, 2, PASS))
    assert _counted(ws, rec, 1) == (PASS, 1, True)  # carried over two rounds
    assert _counted(ws, rec, 2) == (PASS, 2, True)  # the nearest earlier round that decided the item
    assert [(r, d.outcome) for r, d in _rule(ws, rec).earlier(2)] == [(1, FAIL), (2, PASS)]


@pytest.mark.parametrize("outcome", [FAIL, MORE])
def test_a_fail_or_more_from_an_earlier_round_does_not_carry(ws: Workspace, outcome: str) -> None:
    rec = _recommendation(ws, A, current_round=3)
    _rows(ws, rec, (1, 1, outcome), (1, 2, PASS), (2, 2, outcome))
    assert _counted(ws, rec, 1) is None
    # Only the nearest earlier round counts: its fail/more hides the older pass.
    assert _counted(ws, rec, 2) is None
    assert _rule(ws, rec).counting() == {}


def test_round_one_has_nothing_to_carry(ws: Workspace) -> None:
    rec = _recommendation(ws, A, current_round=1)
    assert _counted(ws, rec, 1) is None
    _rows(ws, rec, (1, 2, PASS))
    rule = _rule(ws, rec)
    assert list(rule.counting()) == [2] and rule.earlier(2) == []


def test_the_bulk_read_is_one_query_and_agrees_with_the_single_read(ws: Workspace) -> None:
    first, second, third = (_recommendation(ws, code, current_round=2) for code in (A, B, C))
    _rows(ws, first, (1, 1, PASS), (1, 2, FAIL), (2, 2, PASS))
    _rows(ws, second, (1, 1, MORE), (2, 3, FAIL), (2, 3, PASS))
    decision_selects: list[str] = []

    def count(_conn, _cursor, statement: str, *_args: object) -> None:
        if "FROM decision" in statement:
            decision_selects.append(statement)

    with ws.sessions() as session:
        recommendations = list(session.scalars(select(Recommendation).order_by(Recommendation.id)))
        event.listen(ws.engine, "before_cursor_execute", count)
        try:
            bulk = decisions.for_recommendations(session, recommendations)
        finally:
            event.remove(ws.engine, "before_cursor_execute", count)
        assert len(decision_selects) == 1
        for rec in recommendations:
            single = decisions.for_recommendation(session, rec)
            assert bulk[rec.id].counting() == single.counting()
    outcomes = {rid: {i: c.outcome for i, c in rule.counting().items()} for rid, rule in bulk.items()}
    assert outcomes == {first: {1: PASS, 2: PASS}, second: {3: PASS}, third: {}}


def _progress_items(workspace: Workspace) -> dict[int, tuple[int, int, int]]:
    result = figures.compute(workspace, 2022, figures.end_of_day(date(2022, 12, 31)))
    return {row.item: (row.pass_count, row.fail_count, row.more_count) for row in result.items}


def test_queue_progress_and_package_agree_on_a_carried_pass(ws: Workspace) -> None:
    """Before the one rule, progress counted only rows of the current round, so carried passes vanished."""
    code = recommend(ws, A)
    for number in range(1, 17):
        commands.decide(ws, code, number, FAIL if number == 5 else PASS, "note")
    commands.finish_round(ws, code)
    commands.return_for_rework(ws, code)
    assert commands.resubmit(ws, code) == 2

    # Round 2, nothing decided yet: 15 passes carry, the round-1 fail of item 5 does not.
    assert queue.queue(ws, 2022)[0].decided == 15
    items = _progress_items(ws)
    assert items[1] == (1, 0, 0) and items[5] == (0, 0, 0)
    assert sum(passes for passes, _f, _m in items.values()) == 15

    commands.decide(ws, code, 5, PASS)
    assert commands.finish_round(ws, code) == PASSED
    commands.sign_off(ws, code, TEST_PASSWORD)

    assert queue.queue(ws, 2022)[0].decided == 16
    assert set(_progress_items(ws).values()) == {(1, 0, 0)}
    with ws.sessions() as session:
        (record,) = signed_off_records(session, 2022, standards_dirs=[ws.standards_dir])
    by_item = {item.number: (item.outcome, item.round) for item in record.items}
    assert by_item[1] == (PASS, 1) and by_item[5] == (PASS, 2)
    assert {outcome for outcome, _round in by_item.values()} == {PASS} and record.passed
