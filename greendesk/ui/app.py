"""Starting the desktop application: translators, first run, sign-in, the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from greendesk import __version__
from greendesk.core.base import i18n
from greendesk.core.base.paths import default_data_dir, resources_dir
from greendesk.core.safety.lock import WorkspaceLockedError
from greendesk.core.workspace import Preferences, Workspace
from greendesk.ui import crash
from greendesk.ui.i18n import install_translators
from greendesk.ui.style import apply_style

# How the GUI process ends; packaging/windows/launcher.c reads these (README, "Installing on Windows").
EXIT_OK = 0  # closed by the user (also: the first run or the sign-in cancelled)
EXIT_START_FAILED = 2  # the start gave up and a dialog said why (disk full, read-only folder, ...)
# The workspace is open in another GreenDesk: its window was brought forward, or a dialog said who has it.
# Not a failure: the launcher shows nothing. (1 is Python's own exit after an uncaught error; 3 the launcher's.)
EXIT_ALREADY_OPEN = 4


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("GreenDesk")
    app.setOrganizationName("GreenDesk")
    app.setApplicationVersion(__version__)
    icon = resources_dir() / "icons" / "greendesk.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    _ensure_cjk_font(app)
    apply_style(app)  # the focus frame a keyboard user can see
    return app


# Sans-serif CJK families for the interface, first found wins (Qt's own fallback picks a serif 宋体
# such as AR PL Sung when the arphic fonts are installed, which reads poorly at UI sizes).
UI_CJK_FAMILIES = ("Microsoft YaHei", "Microsoft YaHei UI", "Noto Sans CJK SC", "WenQuanYi Micro Hei")


def _ensure_cjk_font(app: QApplication) -> None:
    """Pin the interface font to a sans CJK family; the shipped one when the system has none."""
    installed = set(QFontDatabase.families())
    chosen = next((family for family in UI_CJK_FAMILIES if family in installed), None)
    font_file = resources_dir() / "fonts" / "wqy-microhei.ttc"
    if chosen is None and font_file.is_file():
        families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(font_file)))
        chosen = families[0] if families else None
    if chosen is not None:
        font = QFont(app.font())
        font.setFamily(chosen)  # its Latin glyphs are sans too
        app.setFont(font)


def language_for(data_dir: Path) -> str:
    return os.environ.get(i18n.LANGUAGE_ENV) or Preferences.load(data_dir).language


def create_workspace(data_dir: Path, parent=None) -> Workspace | None:
    """The first-run dialog's new workspace (None when the user cancels or opens a scoring kit instead)."""
    from greendesk.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(data_dir, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        if dialog.kit_path is not None:  # an expert without a workspace: expert mode only
            run_expert(dialog.kit_path)
        return None
    return dialog.workspace


def run_expert(kit: Path | None) -> int:
    """Expert mode alone (``greendesk expert KIT``): the kit's window, no workspace opened."""
    from greendesk.ui.expert.app import open_kit_window  # lazy: first use only, like the first-run dialog

    app = _application()
    install_translators(app, language_for(default_data_dir()))
    window = open_kit_window(None, kit)
    if window is None:
        return EXIT_OK
    return app.exec()


def run_gui(data_dir: Path | None = None) -> int:
    """The app from start to close; whatever goes wrong is shown in a dialog, never as a traceback."""
    data_dir = data_dir or default_data_dir()
    app = _application()
    previous_hook, sys.excepthook = sys.excepthook, crash.excepthook
    try:
        install_translators(app, language_for(data_dir))
        return _start(app, data_dir)
    except Exception as error:  # start-up gave up (disk full, read-only, ...): say why, end cleanly
        crash.start_failed(error)
        return EXIT_START_FAILED
    finally:
        sys.excepthook = previous_hook


def _start(app: QApplication, data_dir: Path) -> int:
    """Lock, check, back up and open (the core's safe start), then sign in and show the window."""
    from greendesk.ui.screens.backup_dialog import prepare_start

    if _raise_running(data_dir):  # the window of the GreenDesk that has this workspace came forward
        return EXIT_ALREADY_OPEN
    # One GreenDesk per workspace; quick check (offers a backup if damaged), daily backup, warnings, open.
    report = prepare_start(data_dir)
    if report.refused is not None:  # the user was told who has the workspace, or why it cannot be locked
        return EXIT_ALREADY_OPEN if isinstance(report.refused, WorkspaceLockedError) else EXIT_START_FAILED
    try:
        if report.lock is not None:
            app.aboutToQuit.connect(report.lock.release)
        if report.error is not None:
            QMessageBox.critical(None, "GreenDesk", report.error.render())
            return EXIT_START_FAILED
        if report.workspace is None and not report.missing:  # a restore declined: asked again next start
            return EXIT_OK
        workspace = report.workspace if report.workspace is not None else create_workspace(data_dir)
        if workspace is None:
            return EXIT_OK
        try:
            return _session(app, workspace)
        finally:
            workspace.close()
    finally:
        report.close()  # the workspace closed and the lock released, however the session ended


def _raise_running(data_dir: Path) -> bool:
    """Ask a GreenDesk already showing this workspace to bring its window forward (False: none answered)."""
    try:
        from greendesk.ui import single_instance  # QtNetwork: loaded only here, and optional
    except ImportError:  # a bundle without Qt's network module: the lock refusal still explains
        return False
    return single_instance.ask_running_to_raise(data_dir)


def _listen_for_second_starts(window: QWidget, data_dir: Path) -> None:
    try:
        from greendesk.ui import single_instance
    except ImportError:
        return
    single_instance.RaiseServer(window, data_dir)  # lives as long as the window (its parent)


def _session(app: QApplication, workspace: Workspace) -> int:
    from greendesk.ui.signin import sign_in_at_start

    # Every session starts with a proven account (the first run has just signed in its administrator).
    if not sign_in_at_start(workspace):
        return EXIT_OK
    from greendesk.ui.main_window import MainWindow

    window = MainWindow(workspace)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    _listen_for_second_starts(window, workspace.data_dir)
    # The start ran the quick check; the full one runs in the background once the window is painted
    # (started before, its thread would hold the interpreter while the first window is drawn).
    after_first_paint(window, window.start_background_check)
    return app.exec()


class _FirstPaint(QObject):
    """Calls back once, on the next turn of the event loop after ``window`` was first painted."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.callback)  # not after the window is gone
        return False


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Run ``callback`` once ``window`` has been drawn for the first time."""
    _FirstPaint(window, callback)


def main() -> int:
    """Entry point of the ``greendesk-gui`` script: optional ``--data-dir``."""
    from greendesk.cli import main as cli_main

    return cli_main([*sys.argv[1:3], "gui"] if sys.argv[1:2] == ["--data-dir"] else ["gui"])
