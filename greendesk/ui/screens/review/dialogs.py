"""The review screen's history dialog (the approver's password dialog is in ui/common/approver_dialog.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.review.history import HistoryEntry


class HistoryDialog(QDialog):
    """The community's review history, one audited change a line, read-only."""

    def __init__(self, entries: list[HistoryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review history"))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(
            "\n".join(f"{e.at:%Y-%m-%d %H:%M:%S}  {e.user}  {e.action}  {e.old} → {e.new}" for e in entries)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        self.resize(900, 500)
