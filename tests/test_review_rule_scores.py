"""The district's review of a scored standard by rules: findings per rule, the engine's item points,
the decision that follows from them, and the running total against the pass mark (70) and tier (85).
Hand-computed on the shipped example (item 1: 6 points, 未成立扣4分; item 8 is a veto item)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from panel_support import CODES, STANDARD, YEAR, full_marks
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from review_support import recommend, small_workspace
from sqlalchemy import select

from greendesk.core.review import commands, rule_scoring, undo, views
from greendesk.core.review.vocabulary import FAIL, PASS, PASSED
from greendesk.core.storage import db
from greendesk.core.storage.models import AuditEntry, Decision
from greendesk.core.workspace import Workspace
from greendesk.ui.main_window import MainWindow

SHOTS = Path("/work/tools/shots/panelgaps")
CODE = CODES[0]


@pytest.fixture
def ws(data_dir: Path) -> Workspace:
    workspace = small_workspace(data_dir)
    for code in CODES:
        recommend(workspace, code, YEAR, standard_id=STANDARD)  # the shipped 100-point example
    yield workspace
    workspace.close()


def test_the_decision_follows_from_the_engines_score(ws: Workspace) -> None:
    standard = rule_scoring.review_standard(ws, CODE, YEAR)
    assert rule_scoring.scored_by_rules(standard) and standard.pass_mark == 70
    kept = rule_scoring.decide_by_findings(ws, CODE, 1, {"rules": {"mechanism": False, "records": 0}})
    assert (kept.score.score, kept.outcome) == (2, PASS)  # 6 - 4
    assert "4" in kept.state.comment  # the breakdown line stands in for an empty comment
    vetoed = rule_scoring.decide_by_findings(ws, CODE, 8, {"rules": {"blocked": 0}, "vetoed": True})
    assert vetoed.outcome == FAIL and vetoed.score.vetoed
    assert views.show(ws, CODE, YEAR).item(8).outcome == FAIL


def test_the_running_total_passes_fails_and_reaches_the_tier(ws: Workspace) -> None:
    standard = rule_scoring.review_standard(ws, CODE, YEAR)
    best = {item.number: full_marks(item) for item in standard.items}
    total = rule_scoring.running_total(standard, {}, best)
    assert total.passed and total.tier == "higher" and total.total >= 85
    partial = dict(best)
    partial.pop(3)
    assert rule_scoring.running_total(standard, {}, partial).passed is None  # item 3 missing
    vetoed = {**best, 8: {"rules": {"blocked": 0}, "vetoed": True}}
    assert rule_scoring.running_total(standard, {}, vetoed).passed is False  # a veto fails whatever the total


def test_the_review_screen_records_per_rule_findings(qtbot, ws: Workspace) -> None:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(QSize(1366, 768))
    window.show()
    qtbot.waitExposed(window)
    window.open_review(CODE, YEAR)
    screen = window.screens["review"]
    screen.select_item(1)
    box = screen.view.rule_scores
    assert box.isVisible() and box.editor.item is not None and box.editor.item.number == 1
    mechanism = next(c for c in box.editor.controls if c.rule.id == "mechanism")
    mechanism.boxes[0].setChecked(True)
    QApplication.processEvents()
    assert box.editor.score_label.text() == "Score: 2 of 6"
    box.record_button.click()
    QApplication.processEvents()
    state = views.show(ws, CODE, YEAR).item(1)
    assert state.outcome == PASS and "4" in state.comment
    assert screen.controller.current_item() == 2  # moved on
    assert "Running total 2 of 100" in box.total.text() and "not scored yet" in box.total.text()
    if SHOTS.is_dir():
        window.grab().save(str(SHOTS / "review-scored-en.png"))
    window.close()


MECHANISM_MISSING = {"rules": {"mechanism": False, "records": 0}}  # item 1: 6 - 4 = 2 points


def _stored(ws: Workspace, item: int) -> list[str | None]:
    with ws.sessions() as session:
        return list(
            session.scalars(
                select(Decision.findings_json).where(Decision.item_number == item).order_by(Decision.id)
            )
        )


def _decide_all(ws: Workspace, changes: dict[int, dict] | None = None) -> None:
    standard = rule_scoring.review_standard(ws, CODE, YEAR)
    for item in standard.items:
        findings = (changes or {}).get(item.number) or full_marks(item)
        rule_scoring.decide_by_findings(ws, CODE, item.number, findings, year=YEAR)


def test_findings_are_stored_audited_and_survive_reopening(data_dir: Path, ws: Workspace) -> None:
    rule_scoring.decide_by_findings(ws, CODE, 1, MECHANISM_MISSING, year=YEAR)
    commands.decide(ws, CODE, 2, PASS, "", YEAR)  # a plain decision keeps no findings
    expected = {"rules": {"mechanism": False, "records": 0}, "met": None, "vetoed": False, "measured": None}
    with ws.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "review.decide").order_by(AuditEntry.id)
        ).first()
    assert json.loads(entry.new_json)["findings"] == expected  # the audit entry carries them
    ws.close()
    reopened = Workspace.open(data_dir)
    try:
        review = views.show(reopened, CODE, YEAR)
        assert review.item(1).findings == expected and review.item(2).findings is None
        assert _stored(reopened, 2) == [None]
        standard = rule_scoring.review_standard(reopened, CODE, YEAR)
        saved = {state.number: state.findings for state in review.items if state.findings is not None}
        total = rule_scoring.running_total(standard, {s.number: s.outcome for s in review.items}, saved)
        assert total.items[0].number == 1 and total.items[0].score == 2  # the engine's score, not 6
    finally:
        reopened.close()


def test_the_overall_result_counts_the_engines_points(ws: Workspace) -> None:
    _decide_all(ws, {1: MECHANISM_MISSING})
    review = views.show(ws, CODE, YEAR)
    standard = rule_scoring.review_standard(ws, CODE, YEAR)
    saved = {state.number: state.findings for state in review.items}
    running = rule_scoring.running_total(standard, {s.number: s.outcome for s in review.items}, saved)
    assert running.complete and review.result.complete
    assert review.result.score == pytest.approx(running.total)
    assert review.result.score <= standard.max_points - 4  # item 1 lost 4 points, not counted at 6
    assert (review.result.passed, review.result.tier) == (running.passed, running.tier)
    assert review.result.passed is True
    assert commands.finish_round(ws, CODE, YEAR) == PASSED  # the workflow (and so the figures) agree
    with ws.sessions() as session:
        finish = session.scalars(select(AuditEntry).where(AuditEntry.action == "review.finish_round")).one()
    assert json.loads(finish.new_json)["result"]["score"] == pytest.approx(running.total)


def test_a_veto_finding_fails_the_overall_result(ws: Workspace) -> None:
    _decide_all(ws, {8: {"rules": {"blocked": 0}, "vetoed": True}})
    result = views.show(ws, CODE, YEAR).result
    assert result.complete and result.passed is False and result.tier is None
    assert result.score >= 70  # above the pass mark, failed by the veto alone


def test_undo_restores_the_earlier_findings(ws: Workspace) -> None:
    standard = rule_scoring.review_standard(ws, CODE, YEAR)
    rule_scoring.decide_by_findings(ws, CODE, 1, MECHANISM_MISSING, year=YEAR)
    first = views.show(ws, CODE, YEAR).item(1).findings
    rule_scoring.decide_by_findings(ws, CODE, 1, full_marks(standard.item(1)), year=YEAR)
    assert views.show(ws, CODE, YEAR).item(1).findings != first
    restored = undo.undo_last(ws, CODE, YEAR)
    assert restored.findings == first and "4" in restored.comment
    commands.decide(ws, CODE, 1, FAIL, "材料不全", YEAR)  # plain: no findings on the new row
    assert views.show(ws, CODE, YEAR).item(1).findings is None
    assert undo.undo_last(ws, CODE, YEAR).findings == first
    assert _stored(ws, 1)[-1] == _stored(ws, 1)[0]  # the undo row copies the earlier findings text


def test_upgrading_from_0014_keeps_old_decisions_without_findings(data_dir: Path, ws: Workspace) -> None:
    commands.decide(ws, CODE, 1, PASS, "", YEAR)
    commands.decide(ws, CODE, 2, FAIL, "未见台账", YEAR)
    ws.close()
    with sqlite3.connect(ws.db_path) as connection:  # as version 0014 left it
        connection.execute("DROP TABLE city_district_target")  # 0016's
        connection.execute("ALTER TABLE decision DROP COLUMN findings_json")
        connection.execute("UPDATE alembic_version SET version_num = '0014_city'")
    reopened = Workspace.open(data_dir)
    try:
        assert db.current_revision(reopened.engine) == db.head_revision()
        review = views.show(reopened, CODE, YEAR)
        assert (review.item(1).outcome, review.item(2).outcome, review.item(2).comment) == (
            PASS,
            FAIL,
            "未见台账",
        )
        assert review.item(1).findings is None and _stored(reopened, 2) == [None]
    finally:
        reopened.close()


def test_a_report_package_carries_the_points_the_review_had_then(ws: Workspace) -> None:
    """The communities of a quarterly report package carry a scored review's points once it has a
    result, as the review screen computes them; a review still running has none."""
    from datetime import timedelta

    from greendesk.core.base import clock
    from greendesk.core.package.report_package import communities_at

    recommended = clock.now()
    previous = clock.frozen()
    clock.freeze(recommended + timedelta(hours=1))  # the review, an hour after the recommendation
    try:
        _decide_all(ws, {1: MECHANISM_MISSING})
        assert commands.finish_round(ws, CODE, YEAR) == PASSED
    finally:
        clock.freeze(previous)
    score = views.show(ws, CODE, YEAR).result.score
    with ws.sessions() as session:
        later = recommended + timedelta(hours=2)
        now = {c["code"]: c for c in communities_at(session, YEAR, later, [ws.standards_dir])}
        before = {c["code"]: c for c in communities_at(session, YEAR, recommended + timedelta(minutes=30))}
    assert now[CODE]["status"] == PASSED and now[CODE]["score"] == pytest.approx(score)
    assert score <= rule_scoring.review_standard(ws, CODE, YEAR).max_points - 4
    assert before[CODE]["score"] is None  # under review then: no final points
    assert all(now[code]["score"] is None for code in CODES[1:])  # not reviewed yet
