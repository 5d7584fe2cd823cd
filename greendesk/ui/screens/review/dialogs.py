"""The review screen's history dialog (the approver's password dialog is in ui/common/approver_dialog.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.review.history_text import HistoryLine


class HistoryDialog(QDialog):
    """The community's review history, one sentence per audited change (the core's wording), read-only."""

    def __init__(self, entries: list[HistoryLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review history"))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText("\n".join(entry.text for entry in entries))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        self.resize(900, 500)
