"""What every screen receives: the open workspace and the app-wide change notifications."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from greendesk.core.workspace import Workspace

# Topics announced through UiContext.data_changed, so screens refresh only what concerns them.
TOPIC_REGISTRY = "registry"
TOPIC_RECOMMENDATIONS = "recommendations"
TOPIC_REVIEW = "review"
TOPIC_TARGETS = "targets"
TOPIC_REPORTS = "reports"
TOPIC_ACCOUNT = "account"  # another account signed in: role-dependent controls change


class UiContext(QObject):
    """Shared by the main window and its screens; screens never reach into each other."""

    data_changed = Signal(str)  # a TOPIC_* constant
    status_message = Signal(str)  # a translated text for the status bar

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

    def notify(self, topic: str) -> None:
        self.data_changed.emit(topic)
