"""公示与命名: from signed-off to named, and kept honest later — the notices tab and the re-checks tab.

A thin view over core/publicity: ``notices_tab.py`` (notices, objections register, naming) and
``rechecks_tab.py`` (re-check plans and outcomes). Writes act as the signed-in account; the core
checks its role and the screen shows the core's message when it is refused.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from greendesk.core import campaign
from greendesk.ui.context import TOPIC_ACCOUNT, TOPIC_RECOMMENDATIONS, UiContext
from greendesk.ui.screens.publicity.notices_tab import NoticesTab
from greendesk.ui.screens.publicity.rechecks_tab import RechecksTab


class PublicityScreen(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        year = campaign.campaign_year(context.workspace)
        self.notices_tab = NoticesTab(context, year)
        self.rechecks_tab = RechecksTab(context, year + 1)  # re-checks look at earlier years' names
        self.tabs = QTabWidget()
        self.tabs.addTab(self.notices_tab, self.tr("Public notices and naming"))
        self.tabs.addTab(self.rechecks_tab, self.tr("Re-checks (复核)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.notices_tab.changed.connect(self.rechecks_tab.reload)
        context.data_changed.connect(self._on_data_changed)
        self.reload()

    def _on_data_changed(self, topic: str) -> None:
        if topic in (TOPIC_ACCOUNT, TOPIC_RECOMMENDATIONS):
            self.reload()

    def reload(self) -> None:
        self.notices_tab.reload()
        self.rechecks_tab.reload()
