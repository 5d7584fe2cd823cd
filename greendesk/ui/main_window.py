"""The main window composes the screens (navigation + stack); each screen runs itself."""

from __future__ import annotations

import html
import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from greendesk import __version__
from greendesk.core import accounts, settings
from greendesk.core.base import fonts, paths
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.reports import office
from greendesk.core.review.vocabulary import ADMINISTRATOR, APPROVER, EXPERT, REVIEWER
from greendesk.core.safety import full_check
from greendesk.core.workspace import Preferences, Workspace
from greendesk.ui import shortcuts
from greendesk.ui.common.errors import error_text
from greendesk.ui.common.screen_fit import resize_to_fit
from greendesk.ui.context import TOPIC_ACCOUNT, UiContext
from greendesk.ui.i18n import install_translators
from greendesk.ui.idle_lock import IdleLock
from greendesk.ui.signin import SignInDialog, actor_text
from greendesk.ui.tasks import BackgroundTask


@dataclass(frozen=True)
class ScreenEntry:
    key: str
    title: str
    factory: Callable[[UiContext], QWidget]


def _lazy(module: str, class_name: str) -> Callable[[UiContext], QWidget]:
    """A screen factory that imports ``greendesk.ui.screens.<module>`` only when called."""

    def build(context: UiContext) -> QWidget:
        screen_class = getattr(importlib.import_module(f"greendesk.ui.screens.{module}"), class_name)
        return screen_class(context)

    return build


class _Screens(Mapping[str, QWidget]):
    """The window's screens by key, each built the first time it is asked for (a fast start)."""

    def __init__(self, window: MainWindow, entries: list[ScreenEntry]) -> None:
        self._window = window
        self._entries = {entry.key: (index, entry) for index, entry in enumerate(entries)}
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            index, entry = self._entries[key]
            self._built[key] = self._window._build_screen(entry, index)
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def built(self) -> list[QWidget]:
        """The screens built so far (only they can hold input)."""
        return list(self._built.values())

    def built_one(self, key: str) -> QWidget | None:
        """The screen ``key`` if it has been built, without building it."""
        return self._built.get(key)


class MainWindow(QMainWindow):
    # The background check after start has ended: its report (None when it failed or was stopped).
    background_check_done = Signal(object)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.background_check: BackgroundTask | None = None
        self.context = UiContext(workspace, self)
        district = workspace.district
        self.setWindowTitle(
            self.tr("GreenDesk — {district} ({code})").format(district=district.name, code=district.code)
        )
        resize_to_fit(self, 1280, 800)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(168)
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget()
        entries = self.screen_entries()
        self.screens = _Screens(self, entries)
        for entry in entries:
            self.stack.addWidget(QWidget())  # placeholder until the screen is first shown
            item = QListWidgetItem(entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.setCurrentRow(0)
        self._reopen_last_review()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.workspace_label = QLabel(self.tr("Workspace: {folder}").format(folder=workspace.data_dir))
        self.account_label = QLabel()
        self.account_label.setObjectName("signedInAccount")
        self.check_progress = QProgressBar()
        self.check_progress.setObjectName("backgroundCheck")
        self.check_progress.setMaximumWidth(220)
        self.check_progress.setFormat(self.tr("Checking the workspace… %p%"))
        self.check_progress.setVisible(False)
        self.statusBar().addPermanentWidget(self.check_progress)
        self.statusBar().addPermanentWidget(self.account_label)
        self.statusBar().addPermanentWidget(self.workspace_label)
        self.context.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.context.data_changed.connect(self._on_data_changed)
        self._build_menus()
        self._show_account()
        self.idle_lock = IdleLock(self, self.context)

    def screen_entries(self) -> list[ScreenEntry]:
        """The screens, in navigation order. Adding a feature = one entry here.

        Each screen's module is imported when the screen is first shown: the charts (pyqtgraph)
        and report writers (reportlab, openpyxl) would otherwise cost most of a second at start.
        A city workspace shows the city's progress instead of the district's screens (review
        queue, review, panels, street registry, reports, visits): it imports packages, not workbooks.
        """
        if self.workspace.is_city:
            return [
                ScreenEntry("city", self.tr("City progress"), _lazy("city.screen", "CityScreen")),
                ScreenEntry(
                    "standard", self.tr("Creation standard"), _lazy("standard_screen", "StandardScreen")
                ),
                ScreenEntry("targets", self.tr("Yearly targets"), _lazy("targets_screen", "TargetsScreen")),
            ]
        return [
            ScreenEntry("queue", self.tr("Review queue"), _lazy("review_queue", "ReviewQueueScreen")),
            ScreenEntry("review", self.tr("Review"), _lazy("review.screen", "ReviewScreen")),
            ScreenEntry("panel", self.tr("Expert review"), _lazy("panel.screen", "PanelScreen")),
            ScreenEntry("dashboard", self.tr("Progress"), _lazy("dashboard", "DashboardScreen")),
            ScreenEntry("registry", self.tr("Registry"), _lazy("registry_screen", "RegistryScreen")),
            ScreenEntry("standard", self.tr("Creation standard"), _lazy("standard_screen", "StandardScreen")),
            ScreenEntry("targets", self.tr("Yearly targets"), _lazy("targets_screen", "TargetsScreen")),
            ScreenEntry("reports", self.tr("Reports"), _lazy("reports_screen", "ReportsScreen")),
            ScreenEntry("visits", self.tr("Site visits"), _lazy("visits.screen", "VisitsScreen")),
            ScreenEntry(
                "publicity", self.tr("Publicity & naming"), _lazy("publicity.screen", "PublicityScreen")
            ),
            ScreenEntry("scoring", self.tr("My scoring"), _lazy("my_scoring", "ExpertScoringScreen")),
        ]

    def _expert_only(self) -> bool:
        """An account that is an expert and nothing else: it sees its scoring and no screen that writes."""
        office_roles = (REVIEWER, APPROVER, ADMINISTRATOR)
        return accounts.may(self.workspace, EXPERT) and not any(
            accounts.may(self.workspace, role) for role in office_roles
        )

    def _show_screens_for_account(self) -> None:
        """My scoring only for experts; an expert-only account sees only it, and the office's file actions hide."""
        expert, expert_only = accounts.may(self.workspace, EXPERT), self._expert_only()
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setHidden(not expert if key == "scoring" else expert_only)
        for action in self.office_actions:
            action.setVisible(not expert_only)
            action.setEnabled(not expert_only)  # no shortcut either
        current = self.navigation.currentItem()
        if current is None or current.isHidden():
            first = self.navigation.item(0).data(Qt.ItemDataRole.UserRole)
            self.show_screen("scoring" if expert_only else first)

    def _show_row(self, row: int) -> None:
        key = self.navigation.item(row).data(Qt.ItemDataRole.UserRole)
        self.stack.setCurrentWidget(self.screens[key])

    def _build_screen(self, entry: ScreenEntry, index: int) -> QWidget:
        """Create a screen in place of its placeholder (screens are built when first needed)."""
        try:
            widget = entry.factory(self.context)
        except GreenDeskError as error:  # e.g. damaged text in the database: say where, never crash
            widget = QLabel(
                self.tr("{screen} cannot be shown: {reason}").format(
                    screen=entry.title, reason=error.render()
                )
            )
            widget.setObjectName("screenUnavailable")
            widget.setWordWrap(True)
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if entry.key == "queue" and hasattr(widget, "open_review"):
            widget.open_review.connect(self.open_review)
            widget.import_requested.connect(self.import_recommendations)
        return widget

    def _reopen_last_review(self) -> None:
        """Back where the reviewer was when the app last closed (or was killed)."""
        last = Preferences.load(self.workspace.data_dir).last_review
        if not last or self.workspace.is_city:
            return
        try:
            self.open_review(str(last["code"]), int(last["year"]))
            self.screens["review"].select_item(int(last["item"]))
        except (GreenDeskError, KeyError, TypeError, ValueError):
            self.show_screen("queue")  # that community is gone or the note is stale: start at the queue

    def open_review(self, code: str, year: int) -> None:
        """From the queue to the review screen on one community."""
        self.screens["review"].load(code, year)
        self.show_screen("review")

    def show_screen(self, key: str) -> QWidget:
        keys = [
            self.navigation.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.navigation.count())
        ]
        self.navigation.setCurrentRow(keys.index(key))
        return self.screens[key]

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.office_actions: list[QAction] = []  # the office's work: hidden from an expert-only account
        if not self.workspace.is_city:  # a city imports packages on its screen, not streets' workbooks
            self.office_actions += [
                self._add_action(
                    file_menu,
                    self.tr("&Import street recommendations…"),
                    self.import_recommendations,
                    shortcuts.sequence("import"),
                ),
                self._add_action(
                    file_menu, self.tr("Export recommendation &template…"), self.export_template
                ),
            ]
            file_menu.addSeparator()
            self.office_actions.append(
                self._add_action(file_menu, self.tr("&Export application package…"), self.export_package)
            )
        self._add_action(file_menu, self.tr("&Verify application package…"), self.verify_package)
        if not self.workspace.is_city:
            self._add_action(file_menu, self.tr("Open &scoring kit (expert mode)…"), self.open_scoring_kit)
        file_menu.addSeparator()
        self.office_actions.append(
            self._add_action(file_menu, self.tr("&Backups and restore…"), self.open_backups)
        )
        self._add_action(file_menu, self.tr("&Check workspace…"), self.check_workspace)
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("&Quit"), self.close, shortcuts.sequence("quit"))
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self._add_action(settings_menu, self.tr("&Preferences…"), self.open_settings)
        account_menu = self.menuBar().addMenu(self.tr("&Account"))
        self.switch_action = self._add_action(account_menu, self.tr("&Switch account…"), self.switch_account)
        self.accounts_action = self._add_action(
            account_menu, self.tr("&Manage accounts…"), self.manage_accounts
        )
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = self._add_action(
            help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, shortcuts.sequence("shortcuts")
        )
        self._add_action(help_menu, self.tr("&About GreenDesk"), self.show_about)

    def _add_action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _on_data_changed(self, topic: str) -> None:
        if topic == TOPIC_ACCOUNT:
            self._show_account()

    def _show_account(self) -> None:
        """The signed-in account in the status bar; account management only for administrators."""
        actor = self.workspace.actor
        if actor is None:
            self.account_label.setText(self.tr("Not signed in"))
        else:
            self.account_label.setText(self.tr("Signed in: {account}").format(account=actor_text(actor)))
        administrator = accounts.may(self.workspace, ADMINISTRATOR)
        self.accounts_action.setVisible(administrator)
        self.accounts_action.setEnabled(administrator)
        self._show_screens_for_account()

    def switch_account(self) -> None:
        """Another person takes over: their sign-in ends the current session (open input stays)."""
        previous = self.workspace.actor
        dialog = SignInDialog(self.workspace, self, at_start=False)
        if dialog.exec() and dialog.actor != previous:
            self.context.notify(TOPIC_ACCOUNT)

    def manage_accounts(self) -> None:
        from greendesk.ui.accounts_dialog import AccountsDialog

        AccountsDialog(self.workspace, self).exec()

    def import_recommendations(self) -> None:
        from greendesk.ui.screens.import_wizard import ImportWizard

        ImportWizard(self.context, self).exec()

    def export_template(self) -> None:
        from greendesk.ui.screens.template_dialog import TemplateDialog

        TemplateDialog(self.context, self).exec()

    def export_package(self) -> None:
        from greendesk.ui.screens.package_dialogs import ExportPackageDialog

        ExportPackageDialog(self.context, self).exec()

    def verify_package(self) -> None:
        from greendesk.ui.screens.package_dialogs import VerifyPackageDialog

        VerifyPackageDialog(self.context, self).exec()

    def open_scoring_kit(self) -> None:
        """Expert mode for a kit, beside this workspace (it reads nothing from it)."""
        from greendesk.ui.expert.app import open_kit_window  # lazy: first use only

        open_kit_window(self)

    def open_backups(self) -> None:
        from greendesk.ui.screens.backup_dialog import BackupsDialog

        BackupsDialog(self.context, self).exec()

    def check_workspace(self, report: full_check.CheckReport | None = None) -> None:
        from greendesk.ui.screens.backup_dialog import WorkspaceCheckDialog

        dialog = WorkspaceCheckDialog(self.context, self)
        if report is not None:
            dialog.show_report(report)
        dialog.exec()

    def start_background_check(self) -> None:
        """The full check after start, off the GUI thread (it only reads): progress in the status bar.

        The start itself ran only SQLite's quick check; this one reads every index, text and file,
        and warns when it finds a problem (information is no warning).
        """
        data_dir = self.workspace.data_dir

        def run(progress, cancelled) -> full_check.CheckReport:
            report = full_check.check_workspace(data_dir, progress=progress, cancelled=cancelled)
            if cancelled():
                raise InterruptedError
            return report

        task = BackgroundTask(run)
        task.signals.progress.connect(self._check_progress)
        task.signals.finished.connect(self._check_finished)
        task.signals.failed.connect(self._check_failed)
        task.signals.cancelled.connect(lambda: self._check_ended(None))
        self.check_progress.setRange(0, 0)
        self.check_progress.setVisible(True)
        self.statusBar().showMessage(self.tr("Checking the workspace in the background…"), 8000)
        self.background_check = task.start()

    def _check_progress(self, done: int, total: int) -> None:
        self.check_progress.setRange(0, max(total, 1))
        self.check_progress.setValue(done)

    def _check_ended(self, report: full_check.CheckReport | None) -> None:
        self.background_check = None
        self.check_progress.setVisible(False)
        self.background_check_done.emit(report)

    def _check_failed(self, error: BaseException) -> None:
        self._check_ended(None)
        QMessageBox.warning(self, self.tr("Check workspace"), error_text(error))

    def _check_finished(self, report: full_check.CheckReport) -> None:
        self._check_ended(report)
        if report.ok:
            self.statusBar().showMessage(self.tr("Workspace checked: no problems found."), 8000)
            return
        count = len(full_check.problem_lines(report))
        answer = QMessageBox.warning(
            self,
            self.tr("Check workspace"),
            self.tr("The check after start found %n problem(s) in this workspace. Show them now?", "", count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.check_workspace(report)

    def open_settings(self) -> None:
        from greendesk.ui.idle_lock import idle_minutes
        from greendesk.ui.settings_dialog import SettingsDialog

        preferences = Preferences.load(self.workspace.data_dir)
        current_idle = idle_minutes(self.workspace)
        try:
            font_rows = fonts.font_report()
        except GreenDeskError as error:  # no Chinese font at all: say so in place of the list
            font_rows = [("", "", error.render())]
        dialog = SettingsDialog(
            preferences.language,
            current_idle,
            self,
            office=office.read_office(self.workspace),
            office_editable=accounts.may(self.workspace, ADMINISTRATOR),
            fonts=font_rows,
        )
        if not dialog.exec():
            return
        if dialog.office_changed():
            try:
                office.save_office(self.workspace, dialog.office())
            except GreenDeskError as error:
                QMessageBox.warning(self, self.tr("Settings"), error.render())
        if dialog.idle_minutes() != current_idle:
            settings.IDLE_LOCK_MINUTES.save(self.workspace, dialog.idle_minutes())
            self.idle_lock.deleteLater()
            self.idle_lock = IdleLock(self, self.context)
        if dialog.language() != preferences.language:
            self.switch_language(dialog.language())

    def may_close(self) -> bool:
        """Ask each screen holding unsaved input (its ``may_leave`` offers Save / Discard / Cancel)."""
        for screen in self.screens.built():
            may_leave = getattr(screen, "may_leave", None)
            if may_leave is not None and not may_leave():
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_close():  # unsaved text: the user chose to stay
            event.ignore()
            return
        if self.background_check is not None:
            self.background_check.cancel()
        self._save_review_position()
        super().closeEvent(event)

    def _save_review_position(self) -> None:
        """The review screen writes its position after a pause; a window closing now writes it at once."""
        review = self.screens.built_one("review")
        if review is not None:
            review.controller.save_position()

    def switch_language(self, language: str) -> MainWindow:
        """Remember the language and rebuild the window in it (the workspace stays open)."""
        if not self.may_close():
            return self
        self._save_review_position()
        preferences = Preferences.load(self.workspace.data_dir)
        preferences.language = language
        preferences.save(self.workspace.data_dir)
        app = QApplication.instance()
        install_translators(app, language)
        replacement = MainWindow(self.workspace)
        replacement.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        replacement.setGeometry(self.geometry())
        replacement.show()
        self.close()
        return replacement

    def show_shortcuts(self) -> QDialog:
        """Help → Keyboard shortcuts: the one table every binding reads (not modal: keep working)."""
        from greendesk.ui.common.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About GreenDesk"), self.about_text())

    def about_text(self) -> str:
        """The version, and in an installed bundle a link to the third-party licences it ships."""
        text = self.tr(
            "GreenDesk {version}<br>Offline review desk for the Green Community Creation Action."
        ).format(version=html.escape(__version__))
        notices = paths.third_party_notices()
        if notices is not None:
            link = QUrl.fromLocalFile(str(notices)).toString()
            text += "<br><br>" + self.tr(
                'Third-party components and their licences: <a href="{link}">{name}</a>'
            ).format(link=html.escape(link), name=html.escape(notices.name))
        return text
