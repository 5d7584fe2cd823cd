"""Splitter sizes the reviewer set, kept across screens and restarts in QSettings (as save_paths keeps folders)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter

_GROUP = "layout"


def _key(name: str) -> str:
    return f"{_GROUP}/{name}"


def restore(splitter: QSplitter, name: str) -> bool:
    """Give ``splitter`` the sizes last remembered under ``name``; False when none (or unreadable)."""
    state = QSettings().value(_key(name))
    if isinstance(state, QByteArray) and not state.isEmpty():
        return splitter.restoreState(state)
    return False


def remember(splitter: QSplitter, name: str) -> None:
    QSettings().setValue(_key(name), splitter.saveState())


def keep(splitter: QSplitter, name: str) -> None:
    """Restore ``splitter``'s remembered sizes now, and remember them whenever the reviewer drags a handle."""
    restore(splitter, name)
    splitter.splitterMoved.connect(lambda _position, _index: remember(splitter, name))


def forget(name: str) -> None:
    QSettings().remove(_key(name))
