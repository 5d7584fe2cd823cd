"""The shared progress-and-cancel panel (import wizard, package export, workspace check)."""

from __future__ import annotations

import threading

from greendesk.core.base.errors import GreenDeskError
from greendesk.ui.common.task_panel import TaskPanel


def test_progress_then_finish_leaves_a_full_bar_and_the_result(qtbot) -> None:
    panel = TaskPanel()
    qtbot.addWidget(panel)
    states: list[bool] = []
    panel.running_changed.connect(states.append)

    def work(progress, cancelled):
        for done in range(1, 6):
            progress(done, 5)
        return "done"

    with qtbot.waitSignal(panel.finished, timeout=10000) as finished:
        panel.run(work, "Working…")
        assert panel.running and panel.cancel_button.isEnabled() and panel.status.text() == "Working…"
    assert finished.args == ["done"]
    assert not panel.running and not panel.cancel_button.isEnabled()
    assert (panel.bar.value(), panel.bar.maximum()) == (5, 5)
    assert states == [True, False]


def test_a_core_error_is_shown_rendered_and_the_bar_emptied(qtbot) -> None:
    panel = TaskPanel()
    qtbot.addWidget(panel)

    def work(progress, cancelled):
        progress(1, 4)
        raise GreenDeskError("Disk {name} is full.", name="E:")

    with qtbot.waitSignal(panel.failed, timeout=10000) as failed:
        panel.run(work, "Working…")
    assert failed.args == ["Disk E: is full."]
    assert panel.status.text() == "Disk E: is full."
    assert panel.bar.value() == 0 and not panel.running


def test_cancel_stops_the_task_and_says_nothing_changed(qtbot) -> None:
    panel = TaskPanel()
    qtbot.addWidget(panel)
    started = threading.Event()

    def work(progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise InterruptedError

    panel.run(work, "Working…")
    assert started.wait(10)
    with qtbot.waitSignal(panel.cancelled, timeout=10000):
        panel.cancel_button.click()
    assert "nothing was changed" in panel.status.text()
    assert not panel.running and not panel.cancel_button.isEnabled()


def test_without_progress_the_task_cannot_be_cancelled_and_the_button_can_be_hidden(qtbot) -> None:
    panel = TaskPanel(cancel_button=False)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.finished, timeout=10000) as finished:
        panel.run(lambda: 42, "Working…", with_progress=False)
        assert not panel.cancel_button.isEnabled()
    assert finished.args == [42] and not panel.cancel_button.isVisible()
