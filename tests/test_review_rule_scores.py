"""The district's review of a scored standard by rules: findings per rule, the engine's item points,
the decision that follows from them, and the running total against the pass mark (70) and tier (85).
Hand-computed on the shipped example (item 1: 6 points, 未成立扣4分; item 8 is a veto item)."""

from __future__ import annotations

from pathlib import Path

import pytest
from panel_support import CODES, STANDARD, YEAR, full_marks
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from review_support import recommend, small_workspace

from greendesk.core.review import rule_scoring, views
from greendesk.core.review.vocabulary import FAIL, PASS
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
