"""The panel screen's dialogs: a new panel, a new expert, and the 复核人's confirmation with the dissent.

Each dialog calls the core when accepted and stays open with the core's message when it refuses,
so nothing the user typed is lost.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.panel import confirm, panels
from greendesk.core.panel.merge import MergedItem
from greendesk.core.standards.library import discover_standards
from greendesk.core.standards.scoring_engine import EPSILON
from greendesk.core.workspace import Workspace
from greendesk.ui.common.dialogs import dialog_buttons


def _number(value: float | None) -> str:
    return "—" if value is None else f"{round(value, 2):g}"


class NewPanelDialog(QDialog):
    """新建专家组: name, year and batch, a scored standard, the disagreement threshold."""

    def __init__(self, workspace: Workspace, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.created: panels.PanelInfo | None = None
        self.setWindowTitle(self.tr("New expert panel"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 第一评审组"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.batch = QSpinBox()
        self.batch.setRange(1, 99)
        self.standard = QComboBox()
        library = discover_standards([workspace.standards_dir])
        for standard in sorted(library.standards.values(), key=lambda s: s.id):
            if standard.mode == panels.SCORED:
                self.standard.addItem(f"{standard.title}（{standard.id}）", standard.id)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setDecimals(1)
        self.threshold.setValue(panels.DEFAULT_THRESHOLD)
        self.threshold.setSuffix(self.tr(" points"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Year:"), self.year)
        form.addRow(self.tr("&Batch:"), self.batch)
        form.addRow(self.tr("Scored &standard:"), self.standard)
        form.addRow(self.tr("Flag a spread above:"), self.threshold)
        note = QLabel(self.tr("Only a scored standard written for the year can be chosen by a panel."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(dialog_buttons(self))
        self.resize(560, 0)

    def accept(self) -> None:
        try:
            self.created = panels.create_panel(
                self.workspace,
                self.year.value(),
                self.batch.value(),
                self.name.text(),
                self.standard.currentData() or "",
                self.threshold.value(),
            )
        except GreenDeskError as error:
            QMessageBox.warning(self, self.windowTitle(), error.render())
            return
        super().accept()


class AddExpertDialog(QDialog):
    """An account holding the expert role, or an external expert by name, with the organisation."""

    def __init__(self, workspace: Workspace, panel_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.panel_id = panel_id
        self.outcome: panels.Outcome | None = None
        self.setWindowTitle(self.tr("Add an expert"))
        self.by_account = QRadioButton(self.tr("An &account with the expert role"))
        self.external = QRadioButton(self.tr("An e&xternal expert (no account)"))
        group = QButtonGroup(self)
        group.addButton(self.by_account)
        group.addButton(self.external)
        self.account = QComboBox()
        on_panel = {e.username for e in panels.show_panel(workspace, panel_id).experts} if panel_id else set()
        for username, display in panels.expert_accounts(workspace):
            if username in on_panel:
                continue  # an account is on a panel once
            self.account.addItem(f"{display}（{username}）" if display else username, username)
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("e.g. 区园林绿化局"))
        form = QFormLayout()
        form.addRow(self.by_account)
        form.addRow(self.tr("Account:"), self.account)
        form.addRow(self.external)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self))
        self.by_account.toggled.connect(self._switch)
        (self.by_account if self.account.count() else self.external).setChecked(True)
        self.by_account.setEnabled(self.account.count() > 0)
        self._switch()
        self.resize(480, 0)

    def _switch(self) -> None:
        self.account.setEnabled(self.by_account.isChecked())
        self.name.setEnabled(self.external.isChecked())

    def accept(self) -> None:
        account = self.account.currentData() if self.by_account.isChecked() else None
        try:
            self.outcome = panels.add_expert(
                self.workspace,
                self.panel_id,
                username=account,
                name="" if account else self.name.text(),
                organisation=self.organisation.text(),
            )
        except GreenDeskError as error:
            QMessageBox.warning(self, self.windowTitle(), error.render())
            return
        super().accept()


class ConfirmDialog(QDialog):
    """复核: the item's scores, mean and spread; the confirmed score (default the mean) and the reason."""

    def __init__(
        self,
        workspace: Workspace,
        panel_id: int,
        code: str,
        community: str,
        item: MergedItem,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.panel_id = panel_id
        self.code = code
        self.item = item
        self.confirmed: confirm.Confirmed | None = None
        self.setWindowTitle(self.tr("Confirm item {item}").format(item=item.number))
        merge = item.merge
        mean = 0.0 if merge is None else merge.mean
        heading = QLabel(
            self.tr("{community}, item {item} ({points} points): {text}").format(
                community=community, item=item.number, points=_number(item.points), text=item.text
            )
        )
        heading.setWordWrap(True)
        scores = "  ".join(f"{key}: {_number(score)}" for key, score in item.scores.items())
        self.facts = QLabel(
            self.tr("Experts: {scores}\nMean {mean}, spread {spread}").format(
                scores=scores, mean=_number(mean), spread=_number(None if merge is None else merge.spread)
            )
        )
        self.flag = QLabel()
        self.flag.setWordWrap(True)
        if merge is not None and merge.disagreement:
            self.flag.setText(
                self.tr(
                    "⚠ The experts disagree: the spread is above the panel's threshold. Write the reason."
                )
            )
        self.score = QDoubleSpinBox()
        self.score.setRange(0, item.points)
        self.score.setDecimals(2)
        self.score.setValue(item.confirmed if item.confirmed is not None else mean)
        self.reason = QPlainTextEdit(item.dissent)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("Needed when the experts disagree or the score differs from the mean (kept as dissent).")
        )
        comments = "\n".join(f"{key}: {text}" for key, text in item.comments.items())
        form = QFormLayout()
        form.addRow(self.tr("Confirmed &score:"), self.score)
        form.addRow(self.tr("&Reason / dissent:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.facts)
        if comments:
            layout.addWidget(QLabel(self.tr("Experts' comments:\n{comments}").format(comments=comments)))
        layout.addWidget(self.flag)
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self))
        self.resize(560, 0)

    def accept(self) -> None:
        merge = self.item.merge
        value = self.score.value()
        if merge is not None and abs(value - round(merge.mean, 2)) < EPSILON:
            value = merge.mean  # the mean shown with two decimals is the mean itself
        try:
            self.confirmed = confirm.confirm_item(
                self.workspace, self.panel_id, self.code, self.item.number, value, self.reason.toPlainText()
            )
        except GreenDeskError as error:
            QMessageBox.warning(self, self.windowTitle(), error.render())
            return
        super().accept()
