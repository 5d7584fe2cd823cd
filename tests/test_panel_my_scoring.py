"""An expert account scores on the district PC: the 我的评分 screen offers only its assignments, the
findings editor scores by the standard's rules, and the score lands in the merge table through the
same core function as ``greendesk panel score``. Office accounts never see the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from panel_support import CODES, PASSWORD, STANDARD, YEAR, panel_workspace
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from greendesk.core import accounts
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.panel import assignments, my_scoring, panels
from greendesk.core.workspace import Workspace
from greendesk.ui.main_window import MainWindow
from greendesk.ui.screens.my_scoring import ExpertScoringScreen

SHOTS = Path("/work/tools/shots/panelgaps")


@pytest.fixture
def ws(data_dir: Path) -> Workspace:
    workspace = panel_workspace(data_dir)
    panel = panels.create_panel(workspace, YEAR, 1, "第一评审组", STANDARD)
    panels.add_expert(workspace, panel.id, username="wang", organisation="区住建委")
    panels.add_expert(workspace, panel.id, username="li", organisation="区园林绿化局")
    assignments.assign(workspace, panel.id, "E01", [CODES[0]], [1, 2])  # wang: items 1 and 2 of the first
    assignments.assign(workspace, panel.id, "E02", [CODES[1]])  # li: all of the second
    workspace.panel_id = panel.id  # type: ignore[attr-defined]
    yield workspace
    workspace.close()


def _visible_keys(window: MainWindow) -> list[str]:
    nav = window.navigation
    return [nav.item(r).data(0x0100) for r in range(nav.count()) if not nav.item(r).isHidden()]


def test_the_core_lists_only_the_signed_in_experts_assignments(ws: Workspace) -> None:
    accounts.sign_in(ws, "wang", PASSWORD)
    mine = my_scoring.my_assignments(ws)
    assert [(a.code, a.item.number, a.expert_key) for a in mine] == [
        (CODES[0], 1, "E01"),
        (CODES[0], 2, "E01"),
    ]
    accounts.sign_in(ws, "fuhe", PASSWORD)  # the 复核人 is no expert
    with pytest.raises(GreenDeskError):
        my_scoring.my_assignments(ws)


def test_an_expert_signs_in_and_scores_an_assigned_item_into_the_merge_table(qtbot, ws: Workspace) -> None:
    window = MainWindow(ws)  # the administrator: no scoring screen
    qtbot.addWidget(window)
    assert "scoring" not in _visible_keys(window) and "panel" in _visible_keys(window)
    window.close()

    accounts.sign_in(ws, "wang", PASSWORD)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(QSize(1366, 768))
    window.show()
    qtbot.waitExposed(window)
    assert _visible_keys(window) == ["scoring"]  # nothing else that writes
    assert not any(action.isVisible() for action in window.office_actions)
    screen = window.stack.currentWidget()
    assert isinstance(screen, ExpertScoringScreen)
    offered = [(a.code, a.item.number) for a in screen.assigned]
    assert offered == [(CODES[0], 1), (CODES[0], 2)]  # item 3 and the other communities are not offered
    assert screen.items.count() == 2

    screen.items.setCurrentRow(0)
    editor = screen.editor
    assert editor.item is not None and editor.item.number == 1 and editor.controls
    mechanism = next(c for c in editor.controls if c.rule.id == "mechanism")
    mechanism.boxes[0].setChecked(True)  # 未成立: the fixed deduction
    QApplication.processEvents()
    assert screen.save_button.isEnabled()
    expected = 6 - mechanism.rule.points
    assert editor.score_label.text() == f"Score: {expected:g} of 6"
    if SHOTS.is_dir():
        window.grab().save(str(SHOTS / "expert-scoring-en.png"))
    assert screen.save()
    assert "scores" in screen.status.text() and "[" + f"{expected:g}" + " / 6]" in screen.items.item(0).text()

    table = panels.merged(ws, ws.panel_id)  # type: ignore[attr-defined]
    community = next(c for c in table.communities if c.code == CODES[0])
    row = next(i for i in community.items if i.number == 1)
    assert row.scores == {"E01": expected}
    window.close()


def test_a_switch_to_an_office_account_hides_the_scoring_screen(qtbot, ws: Workspace) -> None:
    accounts.sign_in(ws, "li", PASSWORD)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    assert _visible_keys(window) == ["scoring"]
    assert len(window.screens["scoring"].assigned) == 16  # every item of the second community
    accounts.sign_in(ws, "fuhe", PASSWORD)
    window.context.notify("account")
    keys = _visible_keys(window)
    assert "scoring" not in keys and "queue" in keys
    assert window.stack.currentWidget() is not window.screens["scoring"]
    window.close()
