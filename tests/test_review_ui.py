"""The review screens under pytest-qt: keyboard-only review, thumbnails off the GUI thread, viewer, queue."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QTextCursor
from PySide6.QtWidgets import QMessageBox
from review_support import jpeg, recommend, small_workspace
from review_ui_support import shown_review_screen

from greendesk.core import accounts
from greendesk.core.base import clock
from greendesk.core.review import commands, views
from greendesk.core.review.vocabulary import FAIL, MORE, PASS, SIGNED_OFF
from greendesk.core.storage import photos
from greendesk.core.storage.models import Evidence, Recommendation
from greendesk.core.workspace import Workspace
from greendesk.ui.context import TOPIC_REVIEW, UiContext
from greendesk.ui.screens.review.screen import ReviewScreen
from greendesk.ui.screens.review_queue import ReviewQueueScreen
from greendesk.ui.widgets.photo_viewer import PhotoViewerDialog
from tests.accounts_support import TEST_PASSWORD, TEST_USER

KEYS = {PASS: Qt.Key_1, FAIL: Qt.Key_2, MORE: Qt.Key_3}


@pytest.fixture
def ws(data_dir: Path):
    workspace = small_workspace(data_dir)
    yield workspace
    workspace.close()


@pytest.fixture
def screen(qtbot, ws: Workspace) -> ReviewScreen:
    return shown_review_screen(qtbot, ws, (1280, 800))


def test_keyboard_review_of_all_16_items(qtbot, ws: Workspace, screen: ReviewScreen) -> None:
    code = recommend(ws)
    screen.load(code)
    assert screen.controller.current_item() == 1
    wanted = {n: PASS for n in range(1, 17)} | {3: FAIL, 7: MORE, 15: FAIL}
    notified: list[str] = []
    screen.controller.context.data_changed.connect(notified.append)
    for number in range(1, 17):
        assert screen.controller.current_item() == number  # each decision moves on to the next item
        if wanted[number] != PASS:
            screen.view.comment.setPlainText(f"第{number}条意见")  # 不符合 / 需补充材料 need a comment
        qtbot.keyClick(screen.view.items_list, KEYS[wanted[number]])
    stored = {item.number: item.outcome for item in views.show(ws, code).items}
    assert stored == wanted
    assert notified.count(TOPIC_REVIEW) == 16
    assert "3" in screen.view.result_label.text() or "not meet" in screen.view.result_label.text()


def test_enter_and_arrows_move_without_deciding_and_ctrl_f_finds(qtbot, ws, screen) -> None:
    code = recommend(ws)
    screen.load(code)
    qtbot.keyClick(screen.view.items_list, Qt.Key_Return)
    assert screen.controller.current_item() == 2
    qtbot.keyClick(screen.view.items_list, Qt.Key_Down)  # the category header below item 3 is skipped later
    assert screen.controller.current_item() == 3
    qtbot.keyClick(screen.view.items_list, Qt.Key_Down)
    assert screen.controller.current_item() == 4  # "推进社区基础设施绿色化" header skipped
    assert views.show(ws, code).decided == 0
    qtbot.keyClick(screen, Qt.Key_F, Qt.ControlModifier)
    assert screen.view.find_box.hasFocus()
    screen.view.find_box.setText("物业管理")  # QTest can only type ASCII
    qtbot.keyClick(screen.view.find_box, Qt.Key_Return)
    assert screen.controller.current_item() == 12
    assert "50%" in screen.view.coverage.text() and "500" in screen.view.coverage.text()


def test_comment_typed_then_alt_key_decides_with_it(qtbot, ws, screen) -> None:
    code = recommend(ws)
    screen.load(code)
    screen.select_item(5)
    screen.view.comment.setFocus()
    screen.view.comment.setPlainText("投放站未全覆盖")
    screen.view.comment.moveCursor(QTextCursor.End)
    qtbot.keyClicks(screen.view.comment, " 2")  # a digit typed in the comment is just text
    qtbot.keyClick(screen.view.comment, Qt.Key_2, Qt.AltModifier)
    state = views.show(ws, code).item(5)
    assert (state.outcome, state.comment) == (FAIL, "投放站未全覆盖 2")
    assert views.show(ws, code).decided == 1


def test_signed_off_review_is_locked_in_the_screen(qtbot, ws, screen) -> None:
    code = recommend(ws)
    accounts.create_user(ws, "wang", ["approver"], "approver-pass")
    for number in range(1, 17):
        commands.decide(ws, code, number, PASS)
    commands.finish_round(ws, code)
    accounts.sign_in(ws, "wang", "approver-pass")  # the approver signs off as themself
    screen.load(code)
    screen.controller.sign_off("wrong-password")
    assert "password" in screen.view.error_label.text().lower()
    assert views.show(ws, code).status != SIGNED_OFF
    screen.controller.sign_off("approver-pass")
    assert views.show(ws, code).status == SIGNED_OFF
    assert not screen.view.pass_button.isEnabled() and screen.view.unlock_button.isEnabled()
    assert screen.view.lock_banner.isVisible()
    accounts.sign_in(ws, TEST_USER, TEST_PASSWORD)  # a reviewer cannot change the locked review
    screen.select_item(2)
    qtbot.keyClick(screen.view.items_list, Qt.Key_2)
    assert "locked" in screen.view.error_label.text()
    assert views.show(ws, code).item(2).outcome == PASS
    accounts.sign_in(ws, "wang", "approver-pass")
    screen.controller.unlock("correction from the street", "approver-pass")
    assert screen.view.pass_button.isEnabled()


def test_dropped_and_pasted_photos_are_attached_to_the_current_item(qtbot, ws, screen, tmp_path) -> None:
    code = recommend(ws)
    screen.load(code)
    screen.select_item(6)
    source = tmp_path / "节能灯.jpg"
    source.write_bytes(jpeg((200, 180, 20)))
    screen.view.photo_grid.files_dropped.emit([source])
    assert [p.original_name for p in views.show(ws, code).item(6).photos] == ["节能灯.jpg"]
    image = QImage(64, 48, QImage.Format_RGB32)
    image.fill(Qt.darkGreen)
    QGuiApplication.clipboard().setImage(image)
    screen.view.photo_grid.paste_from_clipboard()
    assert len(views.show(ws, code).item(6).photos) == 2
    qtbot.waitUntil(lambda: screen.view.photo_grid.count() == 2 and screen.view.photo_grid.pending() == 0)


def _add_many_photos(ws: Workspace, code: str, count: int) -> None:
    with photos.staged() as stage, ws.transaction() as session:
        recommendation = session.query(Recommendation).one()
        for index in range(count):
            data = jpeg((index, 255 - index, (index * 7) % 256), size=(640, 480))
            photo, _ = photos.store(session, ws.photos_dir, data, f"p{index}.jpg", stage)
            session.add(
                Evidence(
                    recommendation_id=recommendation.id,
                    item_number=1,
                    photo_sha256=photo.sha256,
                    original_name=f"p{index}.jpg",
                    added_at=clock.now(),
                )
            )


def test_100_thumbnails_load_without_blocking_the_event_loop(qtbot, ws, screen, monkeypatch) -> None:
    code = recommend(ws)
    _add_many_photos(ws, code, 100)
    gate = threading.Event()
    worker_threads: set[str] = set()
    real_thumbnail = photos.ensure_thumbnail

    def slow_thumbnail(photos_dir, photo):
        worker_threads.add(threading.current_thread().name)
        assert gate.wait(20), "thumbnails were loaded on the GUI thread"
        return real_thumbnail(photos_dir, photo)

    monkeypatch.setattr(photos, "ensure_thumbnail", slow_thumbnail)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(screen.view.photo_grid.pending()))
    timer.start()
    screen.load(code)  # returns at once: 100 placeholders, thumbnails still pending
    grid = screen.view.photo_grid
    assert grid.count() == 100 and grid.pending() == 100
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=10_000)  # the GUI keeps processing events
    assert all(pending == 100 for pending in ticks)
    gate.set()
    qtbot.waitUntil(lambda: grid.pending() == 0, timeout=30_000)
    timer.stop()
    assert threading.main_thread().name not in worker_threads
    sizes = {grid.item(row).icon().availableSizes()[0].toTuple() for row in range(grid.count())}
    assert sizes == {(128, 96)}  # real 4:3 thumbnails everywhere, no square placeholder left
    colours = {grid.item(row).icon().pixmap(128, 96).toImage().pixelColor(64, 48).green() for row in range(3)}
    assert len(colours) == 3  # each row shows its own photo


def test_viewer_shows_upright_photo_with_exif_time_and_gps(qtbot, ws: Workspace) -> None:
    code = recommend(ws)
    commands.attach_photo(ws, code, 4, jpeg(size=(400, 300), orientation=6, gps=(39.91, 116.44)), "竖拍.jpg")
    commands.attach_photo(ws, code, 4, jpeg((200, 10, 10), taken=None), "无信息.jpg")
    evidence = views.show(ws, code).item(4).photos
    viewer = PhotoViewerDialog(ws.photos_dir, evidence, 0)
    qtbot.addWidget(viewer)
    pixmap = viewer.pixmap_item.pixmap()
    assert (pixmap.width(), pixmap.height()) == (300, 400)  # EXIF orientation 6 turned upright
    assert "2022-05-06 10:11:12" in viewer.info.text() and "39.91000" in viewer.info.text()
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.activateWindow()
    qtbot.keyClick(viewer.view, Qt.Key_Right)
    assert viewer.index == 1 and "No EXIF" in viewer.info.text()
    qtbot.keyClick(viewer.view, Qt.Key_Right)
    assert viewer.index == 0  # wraps around
    scale = viewer.view.transform().m11()
    qtbot.keyClick(viewer.view, Qt.Key_Plus)
    assert viewer.view.transform().m11() == pytest.approx(scale * 1.25)


def test_queue_screen_filters_sorts_and_opens(qtbot, ws: Workspace) -> None:
    a, b = recommend(ws, "110105001001"), recommend(ws, "110105001002")
    recommend(ws, "110105001003", batch=2)
    for number in range(1, 6):
        commands.decide(ws, b, number, PASS)
    queue = ReviewQueueScreen(UiContext(ws))
    qtbot.addWidget(queue)
    assert queue.model.rowCount() == 3
    queue.batch_box.setCurrentIndex(queue.batch_box.findData(1))
    assert queue.model.rowCount() == 2
    queue.table.sortByColumn(6, Qt.DescendingOrder)  # progress, numerically
    assert queue.proxy.index(0, 0).data() == b and queue.proxy.index(0, 6).data() == "5/16"
    queue.status_box.setCurrentIndex(queue.status_box.findData("recommended"))
    assert queue.model.rowCount() == 1 and queue.model.row_at(0).code == a
    queue.status_box.setCurrentIndex(0)
    queue.search.setText("花园")
    assert [queue.model.row_at(r).code for r in range(queue.model.rowCount())] == [b]
    with qtbot.waitSignal(queue.open_review) as opened:
        queue.table.doubleClicked.emit(queue.proxy.index(0, 1))
    assert opened.args == [b, 2022]
    commands.decide(ws, b, 6, PASS)
    queue.context.notify(TOPIC_REVIEW)
    assert queue.model.row_at(0).decided == 6


def test_a_real_drop_event_attaches_and_the_notice_exports(qtbot, ws, screen, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    code = recommend(ws)
    screen.load(code)
    screen.select_item(9)
    source = tmp_path / "无障碍坡道.jpg"
    source.write_bytes(jpeg((90, 90, 200)))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    drop = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    screen.view.photo_grid.dropEvent(drop)
    assert [p.original_name for p in views.show(ws, code).item(9).photos] == ["无障碍坡道.jpg"]
    screen.view.comment.setPlainText("坡道照片不清")
    qtbot.keyClick(screen.view.items_list, Qt.Key_2)  # item 9 does not meet
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    screen.controller.return_for_rework()
    assert views.show(ws, code).status == "returned"
    notice = tmp_path / "notice.pdf"
    screen.controller.export_notice(notice)
    assert notice.read_bytes().startswith(b"%PDF") and screen.view.error_label.text() == ""
