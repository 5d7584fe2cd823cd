"""Opening a kit in expert mode: from ``greendesk expert KIT`` (ui.app.run_expert), 文件 → 打开评分包…
and the first-run screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from greendesk.ui.expert.open_dialog import OpenKitDialog, choose_kit_file
from greendesk.ui.expert.window import ExpertWindow

_open_windows: list[ExpertWindow] = []  # kept alive while shown


def open_kit_window(parent: QWidget | None, path: Path | None = None) -> ExpertWindow | None:
    """Ask for the kit (unless given) and its 评分码, then show the expert window (None if cancelled)."""
    path = path or choose_kit_file(parent)
    if path is None:
        return None
    dialog = OpenKitDialog(path, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.kit is None:
        return None
    window = ExpertWindow(dialog.kit)
    _open_windows.append(window)
    window.destroyed.connect(lambda *_: _open_windows.remove(window) if window in _open_windows else None)
    window.show()
    return window
