"""Start time: ``greendesk --version`` loads nothing heavy, and the first window only what it shows."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# What `--version` must not load: the commands, the storage stack, Qt and the document libraries.
NOT_FOR_VERSION = (
    "greendesk.cli.dispatch",
    "greendesk.cli.opening",
    "greendesk.cli.workspace_cmds",
    "greendesk.core.workspace",
    "sqlalchemy",
    "PySide6",
    "reportlab",
    "openpyxl",
    "PIL",
    "numpy",
    "pypdfium2",
)


def _python(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, *args, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=env,
        cwd=REPO,
    )


def test_version_answers_without_the_commands_or_heavy_libraries(tmp_path: Path) -> None:
    script = f"""
        import contextlib, io, sys
        from greendesk.cli import main
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["--data-dir", {str(tmp_path)!r}, "--version"])
        print(code, out.getvalue().strip())
        print(sorted(name for name in {NOT_FOR_VERSION!r} if name in sys.modules))
        """
    lines = _python(script).stdout.splitlines()
    assert lines == ["0 GreenDesk 0.1.0", "[]"]


def test_python_m_greendesk_version_imports_little() -> None:
    """The module entry too, checked by Python's own import log (every module it imported)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "greendesk", "--version"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
    )
    assert result.stdout.strip() == "GreenDesk 0.1.0"
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "greendesk.cli" in imported  # the log is read right
    heavy_packages = {name for name in NOT_FOR_VERSION if not name.startswith("greendesk")}
    assert not {name for name in imported if name.split(".")[0] in heavy_packages}
    assert not {name for name in imported if name in NOT_FOR_VERSION}


def test_a_command_after_the_version_check_still_runs(tmp_path: Path) -> None:
    """The fast path answers only --version: a command (here one that fails cleanly) goes to the parser."""
    from greendesk.cli import asks_version, main

    assert asks_version(["--data-dir", "D", "--version"]) and asks_version(["--lang=en", "--version"])
    assert not asks_version(["demo", "--version"]) and not asks_version(["--data-dir", "--version"])
    assert main(["--data-dir", str(tmp_path / "none"), "review", "queue"]) == 2


def test_the_background_check_waits_for_the_first_paint(qtbot) -> None:
    """The full check's thread starts only once the first window is drawn (it would slow the drawing)."""
    from PySide6.QtWidgets import QLabel

    from greendesk.ui.app import after_first_paint

    calls: list[bool] = []
    window = QLabel("GreenDesk")
    qtbot.addWidget(window)
    after_first_paint(window, lambda: calls.append(window.isVisible()))
    qtbot.wait(50)
    assert calls == []  # not shown, not painted: nothing started
    window.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=5000)
    window.update()
    qtbot.wait(50)
    assert calls == [True]  # once only


def test_gui_command_parses_alone(tmp_path: Path) -> None:
    """``greendesk gui`` (the Windows launcher's command) loads no other command and none of their libraries."""
    script = f"""
        import sys
        from greendesk.ui import app
        app.run_gui = lambda folder: print("window for", folder) or 0
        from greendesk.cli import main
        code = main(["--data-dir", {str(tmp_path)!r}, "gui"])
        heavy = (
            "greendesk.cli.workspace_cmds", "greendesk.cli.package_cmds", "greendesk.core.demo.builder",
            "reportlab", "openpyxl", "numpy", "py7zr", "Cryptodome", "pyqtgraph", "xlrd", "docx",
        )
        print(code, sorted(name for name in heavy if name in sys.modules))
        """
    lines = _python(script).stdout.splitlines()
    assert lines == [f"window for {tmp_path}", "0 []"]


def test_demo_command_parses_with_the_workspace_commands_alone() -> None:
    """``greendesk demo`` (the README's run command) loads no report, package or chart library to parse."""
    script = """
        import sys
        from greendesk.cli import dispatch
        parser = dispatch.build_parser(dispatch.ALONE["demo"])
        arguments = parser.parse_args(["--data-dir", "d", "demo", "--open"])
        heavy = ("greendesk.cli.package_cmds", "greendesk.core.reports.documents", "reportlab", "pyqtgraph")
        print(arguments.command, sorted(name for name in heavy if name in sys.modules))
        """
    assert _python(script).stdout.splitlines() == ["demo []"]
