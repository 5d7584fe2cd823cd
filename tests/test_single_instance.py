"""The second start: the running window comes forward, the second process ends with EXIT_ALREADY_OPEN, and the
Windows launcher treats that code as a normal end (no false "stopped unexpectedly" box)."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from greendesk.core.safety.lock import WorkspaceLock
from greendesk.core.workspace import Workspace
from greendesk.ui import app, single_instance

LAUNCHER = Path(__file__).resolve().parents[1] / "packaging" / "windows" / "launcher.c"


class _Window(QWidget):
    """Counts how often it was asked to come forward."""

    def __init__(self) -> None:
        super().__init__()
        self.raised = 0

    def raise_(self) -> None:
        self.raised += 1
        super().raise_()


def test_a_second_start_raises_the_open_window_and_exits_quietly(qtbot, workspace: Workspace) -> None:
    window = _Window()
    qtbot.addWidget(window)
    window.show()
    server = single_instance.RaiseServer(window, workspace.data_dir)
    assert server.listening
    # The second start is another process (its ask blocks until this one answers), running the real start.
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from greendesk.ui import app
        sys.exit(app.run_gui(Path({str(workspace.data_dir)!r})))
        """
    )
    second = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
    finally:
        if second.poll() is None:
            second.kill()
    assert second.returncode == app.EXIT_ALREADY_OPEN, second.stderr.read().decode()
    assert window.raised == 1


def test_with_nobody_listening_the_ask_is_answered_no_at_once(workspace: Workspace) -> None:
    assert single_instance.ask_running_to_raise(workspace.data_dir) is False


def test_the_server_name_is_per_workspace_folder(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert single_instance.server_name(first) == single_instance.server_name(tmp_path / "x" / ".." / "a")
    assert single_instance.server_name(first) != single_instance.server_name(second)


def test_a_workspace_locked_elsewhere_is_told_and_ends_with_the_already_open_code(
    qtbot, workspace: Workspace, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    data_dir = workspace.data_dir
    workspace.close()
    other = WorkspaceLock(data_dir, "wangfang").acquire()  # a GreenDesk still at its sign-in: no window yet
    try:
        assert app.run_gui(data_dir) == app.EXIT_ALREADY_OPEN
    finally:
        other.release()
    assert len(shown) == 1 and "already open" in shown[0] and "wangfang" in shown[0]


def test_the_launcher_knows_the_already_open_code_and_shows_no_crash_box_for_it() -> None:
    source = LAUNCHER.read_text(encoding="utf-8")
    defined = re.search(r"#define GREENDESK_EXIT_ALREADY_OPEN (\d+)", source)
    assert defined is not None and int(defined.group(1)) == app.EXIT_ALREADY_OPEN
    assert "if (exit_code != 0 && exit_code != GREENDESK_EXIT_ALREADY_OPEN) {" in source
    # The launcher's own failures (3) and Python's (1) stay distinct from it.
    assert app.EXIT_ALREADY_OPEN not in (0, 1, 2, 3)
