"""The review screen remembers where the reviewer is, written once after a pause rather than on every item."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import recommend, small_workspace

from greendesk.core.workspace import Preferences, Workspace
from greendesk.ui.context import UiContext
from greendesk.ui.screens.review.screen import ReviewScreen

CODE = "110105001001"


@pytest.fixture
def ws(data_dir: Path):
    workspace = small_workspace(data_dir)
    recommend(workspace, CODE)
    yield workspace
    workspace.close()


def test_moving_through_items_writes_the_position_once_after_a_pause(
    qtbot, ws: Workspace, monkeypatch
) -> None:
    saves: list[dict] = []
    real_save = Preferences.save

    def counting_save(self: Preferences, data_dir: Path) -> None:
        saves.append(dict(self.last_review or {}))
        real_save(self, data_dir)

    monkeypatch.setattr(Preferences, "save", counting_save)
    screen = ReviewScreen(UiContext(ws))
    qtbot.addWidget(screen)
    screen.show()
    screen.load(CODE)
    for number in (2, 3, 4, 5, 6):
        screen.select_item(number)
    assert saves == []  # nothing written while moving
    qtbot.waitUntil(lambda: len(saves) == 1, timeout=3000)
    assert saves[0]["code"] == CODE and saves[0]["item"] == 6
    assert Preferences.load(ws.data_dir).last_review["item"] == 6


def test_the_pending_position_is_written_when_the_app_quits(qtbot, ws: Workspace) -> None:
    screen = ReviewScreen(UiContext(ws))
    qtbot.addWidget(screen)
    screen.load(CODE)
    screen.select_item(9)
    screen.controller.save_position()  # what aboutToQuit calls
    assert Preferences.load(ws.data_dir).last_review["item"] == 9
    screen.controller.save_position()  # nothing pending: nothing more written
    assert Preferences.load(ws.data_dir).last_review["item"] == 9
