"""Issue 18, the keyboard: Tab order, reachable buttons, F1's list, the printed queue, colours, plurals."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QPushButton
from review_support import recommend, small_workspace
from review_ui_support import shown_review_screen

from greendesk.core.review import views
from greendesk.core.workspace import Workspace
from greendesk.ui import shortcuts
from greendesk.ui.context import UiContext
from greendesk.ui.i18n import install_translators
from greendesk.ui.screens.review.screen import ReviewScreen
from greendesk.ui.screens.review.texts import ReviewTexts
from greendesk.ui.screens.review.view import COVERAGE_STYLES
from greendesk.ui.screens.review_queue import ReviewQueueScreen
from greendesk.ui.style import FOCUS_COLOUR, STYLE_SHEET

CODE = "110105001001"
SHOTS = Path(os.environ.get("GREENDESK_SHOTS_DIR", "/nonexistent")) / "h18keys"


@pytest.fixture
def ws(data_dir: Path):
    workspace = small_workspace(data_dir)
    recommend(workspace, CODE)
    recommend(workspace, "110105001002", households_managed=100)  # 10 %: below the 30 % rule
    yield workspace
    workspace.close()


@pytest.fixture
def screen(qtbot, ws: Workspace) -> ReviewScreen:
    widget = shown_review_screen(qtbot, ws)
    widget.load(CODE)
    return widget


def _grab(widget, name: str) -> None:
    """Screenshots for looking at, when $GREENDESK_SHOTS_DIR names a folder (never required by the test)."""
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        widget.grab().save(str(SHOTS / name))


def test_tab_leaves_the_comment_for_the_next_control(qtbot, screen: ReviewScreen) -> None:
    view = screen.view
    view.comment.setFocus()
    qtbot.waitUntil(view.comment.hasFocus)
    qtbot.keyClick(view.comment, Qt.Key.Key_Tab)
    assert view.comment.toPlainText() == ""  # no tab character typed
    assert view.undo_button.hasFocus()  # the control after the comment in the chain


def test_tab_visits_every_control_of_the_chain_in_order(qtbot, screen: ReviewScreen) -> None:
    view = screen.view
    chain = [w for w in view.focus_chain() if w.isEnabled() and w.isVisible()]
    chain[0].setFocus()
    qtbot.waitUntil(chain[0].hasFocus)
    reached = [QApplication.focusWidget()]
    for _ in chain[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == chain
    assert view.photo_grid in reached and view.history_button in reached


def test_every_button_of_the_review_screen_takes_the_tab_focus(screen: ReviewScreen) -> None:
    buttons = screen.view.findChildren(QPushButton)
    assert len(buttons) >= 15
    for button in buttons:
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.text()


def test_buttons_name_their_keys_from_the_one_table(screen: ReviewScreen) -> None:
    view = screen.view
    assert view.fail_button.toolTip() == "Decide: does not meet (Alt+2)"
    assert view.undo_button.toolTip().endswith("(Ctrl+Z)")
    assert view.next_community_button.toolTip() == "Next community (Ctrl+PgDown)"


def test_a_key_from_the_table_decides(qtbot, ws: Workspace, screen: ReviewScreen) -> None:
    first = screen.controller.current_item()
    screen.view.comment.setFocus()
    qtbot.keyClick(screen.view.comment, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert views.show(ws, CODE).item(first).outcome == "pass"


def test_enter_on_the_evidence_grid_opens_the_file(qtbot, screen: ReviewScreen, monkeypatch) -> None:
    grid = screen.view.photo_grid
    opened: list[int] = []
    grid.photo_activated.connect(opened.append)
    grid.addItem("站点.jpg")  # a row to select (the grid's own model; what a photo looks like to the keys)
    grid.setCurrentRow(0)
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert opened == [0]


def test_f1_lists_every_shortcut(qtbot, ws: Workspace) -> None:
    from greendesk.ui.main_window import MainWindow

    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.shortcuts_action.shortcut().toString() == "F1"
    window.shortcuts_action.trigger()
    qtbot.waitUntil(lambda: _shortcuts_dialog(window) is not None)
    dialog = _shortcuts_dialog(window)
    assert dialog.isVisible() and not dialog.isModal()  # look the keys up while working
    listed = dialog.listed()
    assert ("Alt+1", "Decide: meets") in listed
    assert ("Ctrl+PgDown", "Next community") in listed
    assert {keys for keys, _ in listed} >= {row.native_keys() for row in shortcuts.SHORTCUTS}
    _grab(dialog, "shortcuts-dialog-en.png")


def _shortcuts_dialog(window):
    from greendesk.ui.common.shortcuts_dialog import ShortcutsDialog

    found = window.findChildren(ShortcutsDialog)
    return found[0] if found else None


def test_the_table_binds_no_key_twice_in_one_place() -> None:
    seen = {(row.area, row.keys) for row in shortcuts.SHORTCUTS}
    assert len(seen) == len(shortcuts.SHORTCUTS)


def test_a_failing_coverage_is_shown_in_red(screen: ReviewScreen) -> None:
    view = screen.view
    screen.load("110105001002")
    screen.select_item(12)
    assert "below the rule" in view.coverage.text()
    assert view.coverage.styleSheet() == COVERAGE_STYLES[False]
    assert "#8e1b10" in view.coverage.styleSheet()
    screen.load(CODE)
    screen.select_item(12)
    assert "meets the rule" in view.coverage.text()
    assert view.coverage.styleSheet() == COVERAGE_STYLES[True]


class _EnglishPlurals(QTranslator):
    """What the English catalogue does for "(s)" sources: the singular for one, else the plural."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if "(s)" not in source or n < 0:
            return ""
        return source.replace("(s)", "" if n == 1 else "s")


def test_the_photo_caption_is_a_qt_plural(qapp) -> None:
    translator = _EnglishPlurals()
    QCoreApplication.installTranslator(translator)
    try:
        texts = ReviewTexts()

        class State:
            number = 12
            photos = ("a",)

        assert texts.photo_caption(State()).startswith("1 photo for item 12 —")
        State.photos = ("a", "b")
        assert texts.photo_caption(State()).startswith("2 photos for item 12 —")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_shipped_english_catalogue_renders_plurals(qapp) -> None:
    install_translators(qapp, "en")
    assert QCoreApplication.translate("ReviewQueueScreen", "%n communities", "", 1) == "1 community"


def test_the_queue_prints_to_pdf_with_chinese_headers(qtbot, ws: Workspace, qapp, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    from greendesk.core.base import i18n

    install_translators(qapp, "zh_CN")
    i18n.set_language("zh_CN")
    try:
        queue = ReviewQueueScreen(UiContext(ws))
        qtbot.addWidget(queue)
        queue.search.setText("花园")
        path = queue.print_to_pdf(tmp_path / "queue.pdf")
    finally:
        install_translators(qapp, "en")
        i18n.set_language("en")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    if not text.strip():  # some pypdf builds cannot map CID fonts: poppler reads them
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    compact = "".join(text.split())
    assert "审核队列" in compact  # the title, in the core's words
    for header in ("代码", "社区", "街道", "状态", "已审核条数"):
        assert header in compact
    assert "110105001002" in compact and "花园社区居委会" in compact
    assert CODE not in compact  # the queue as shown: the search hid the other community


def test_ctrl_p_is_the_queue_print(qtbot, ws: Workspace, monkeypatch) -> None:
    printed: list[bool] = []
    monkeypatch.setattr(ReviewQueueScreen, "ask_print", lambda _self: printed.append(True))
    queue = ReviewQueueScreen(UiContext(ws))
    qtbot.addWidget(queue)
    queue.show()
    qtbot.waitExposed(queue)
    queue.table.setFocus()
    qtbot.waitUntil(queue.table.hasFocus)
    qtbot.keyClick(queue.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed
    assert queue.print_button.toolTip() == "Print the queue as shown (Ctrl+P)"


def test_tab_leaves_the_queue_table(qtbot, ws: Workspace) -> None:
    queue = ReviewQueueScreen(UiContext(ws))
    qtbot.addWidget(queue)
    queue.show()
    qtbot.waitExposed(queue)
    queue.print_button.setFocus()
    qtbot.waitUntil(queue.print_button.hasFocus)
    qtbot.keyClick(queue.print_button, Qt.Key.Key_Tab)
    assert queue.table.hasFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_Tab)
    assert not queue.table.hasFocus()  # not trapped going from cell to cell


def test_the_focus_frame_is_two_pixels_in_the_focus_colour(qtbot, qapp, ws: Workspace) -> None:
    assert f"QPushButton:focus {{ border: 2px solid {FOCUS_COLOUR};" in STYLE_SHEET
    previous = qapp.styleSheet()
    qapp.setStyleSheet(STYLE_SHEET)  # as the app starts: the sheet before the first window
    try:
        screen = ReviewScreen(UiContext(ws))
        qtbot.addWidget(screen)
        screen.resize(1366, 768)
        screen.show()
        qtbot.waitExposed(screen)
        screen.load("110105001002")
        screen.select_item(12)
        button = screen.view.history_button
        button.setFocus()
        qtbot.waitUntil(button.hasFocus)
        image = button.grab().toImage()
        edge = image.pixelColor(image.width() // 2, 1)
        assert edge.name() == FOCUS_COLOUR
        undo = screen.view.undo_button
        assert undo.width() >= undo.sizeHint().width()  # the sheet's padding does not clip a label
        _grab(screen, "review-focused-button-en.png")
    finally:
        qapp.setStyleSheet(previous)
