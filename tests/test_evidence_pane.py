"""The evidence pane beside the standard and the full viewer: screen-size decode, not modal, fitted, prefetched."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from review_support import jpeg, recommend, small_workspace

from greendesk.core.evidence import screen_image
from greendesk.core.review import commands, views
from greendesk.core.review.vocabulary import PASS
from greendesk.core.workspace import Workspace
from greendesk.ui.common import layout_memory
from greendesk.ui.context import UiContext
from greendesk.ui.screens.review.screen import ReviewScreen
from greendesk.ui.screens.review.view import COLUMNS_KEY, EVIDENCE_KEY
from greendesk.ui.widgets.photo_viewer import PhotoViewerDialog
from greendesk.ui.widgets.screen_images import key_of
from tests.evidence_fixtures import scanned_pdf


def big_jpeg(
    size: tuple[int, int] = (4000, 3000), colour=(60, 120, 200), orientation: int | None = None
) -> bytes:
    image = Image.new("RGB", size, colour)
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70, exif=exif)
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def no_remembered_layout():
    for key in (COLUMNS_KEY, EVIDENCE_KEY):
        layout_memory.forget(key)
    yield
    for key in (COLUMNS_KEY, EVIDENCE_KEY):
        layout_memory.forget(key)


@pytest.fixture
def ws(data_dir: Path):
    workspace = small_workspace(data_dir)
    yield workspace
    workspace.close()


def _screen(qtbot, ws: Workspace) -> ReviewScreen:
    widget = ReviewScreen(UiContext(ws))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_screen_image_decodes_at_reduced_scale_and_upright(tmp_path: Path) -> None:
    path = tmp_path / "p.jpg"
    path.write_bytes(big_jpeg())
    shown = screen_image.decode(path, 1366)
    assert shown.size == (2000, 1500)  # the DCT's 1/2 scale: covers 1366 px, a quarter of the pixels
    assert screen_image.decode(path, 900).size == (1000, 750)
    path.write_bytes(big_jpeg(orientation=6))
    assert screen_image.decode(path, 1366).size == (1500, 2000)  # EXIF 6: turned upright
    assert screen_image.decode(path, 1366, rotation=90).size == (2000, 1500)  # display rotation on top
    png = tmp_path / "p.png"
    Image.new("RGB", (5000, 3000)).save(png)
    assert screen_image.decode(png, 1366).size == (1667, 1000)  # no DCT scaling: reduced by whole steps
    assert screen_image.draft_size(4000, 3000, 1366) == (1366, 1024)


def test_the_viewer_is_not_modal_and_the_main_window_still_decides(qtbot, ws: Workspace) -> None:
    code = recommend(ws)
    for colour in ((200, 0, 0), (0, 200, 0)):
        commands.attach_photo(ws, code, 1, jpeg(colour, size=(800, 600)), f"{colour}.jpg")
    commands.attach_photo(ws, code, 2, jpeg((0, 0, 200), size=(800, 600)), "第2条.jpg")
    screen = _screen(qtbot, ws)
    screen.load(code)
    screen.select_item(1)
    screen.controller.open_viewer(1)
    viewer = screen.controller.viewer
    qtbot.waitExposed(viewer)
    assert viewer.isVisible() and not viewer.isModal()
    assert QApplication.activeModalWidget() is None
    screen.view.items_list.setFocus()
    qtbot.keyClick(screen.view.items_list, Qt.Key_1)  # decided in the main window while the viewer is open
    assert views.show(ws, code).item(1).outcome == PASS and viewer.isVisible()
    screen.select_item(1)
    screen.controller.open_viewer(1)
    assert screen.controller.viewer is viewer and viewer.index == 1  # one viewer, reused
    with qtbot.waitSignal(viewer.rotated):
        viewer.rotate_button.click()
    assert viewer.index == 1 and viewer.current().display_rotation == 90  # the turned photo stays in view
    assert screen.view.photo_grid.photos()[1].display_rotation == 90  # and the screen's thumbnails follow


def test_the_viewer_opens_fitted_to_its_window(qtbot, ws: Workspace) -> None:
    code = recommend(ws)
    commands.attach_photo(ws, code, 1, big_jpeg(), "大图.jpg")
    viewer = PhotoViewerDialog(ws.photos_dir, views.show(ws, code).item(1).photos, 0)
    qtbot.addWidget(viewer)
    viewer.resize(1366, 700)
    viewer.show()
    qtbot.waitExposed(viewer)
    qtbot.wait(50)
    viewport = viewer.view.viewport().rect()
    shown = viewer.view.mapFromScene(viewer.pixmap_item.sceneBoundingRect()).boundingRect()
    assert viewport.contains(shown.adjusted(1, 1, -1, -1))  # the whole photo is in view
    assert shown.width() >= 0.95 * viewport.width() or shown.height() >= 0.95 * viewport.height()
    assert shown.width() / 4000 > 0.2  # not a sliver in a dark field: about a third of the original
    viewer.view.zoom(1.25)
    viewer.resize(1200, 700)
    qtbot.wait(20)
    assert not viewer.view.fitted  # a zoom the reviewer chose survives a resize; 0 fits again
    qtbot.keyClick(viewer.view, Qt.Key_0)
    assert viewer.view.fitted


def test_next_and_previous_use_the_prefetched_neighbours(qtbot, ws: Workspace, monkeypatch) -> None:
    code = recommend(ws)
    for index, colour in enumerate(((200, 0, 0), (0, 200, 0), (0, 0, 200))):
        commands.attach_photo(ws, code, 1, big_jpeg((2400, 1800), colour), f"p{index}.jpg")
    evidence = views.show(ws, code).item(1).photos
    decoded: list[str] = []
    real = screen_image.screen_image

    def counting(photos_dir, photo, side):
        decoded.append(photo.sha256)
        return real(photos_dir, photo, side)

    monkeypatch.setattr(screen_image, "screen_image", counting)
    viewer = PhotoViewerDialog(ws.photos_dir, evidence, 0)
    qtbot.addWidget(viewer)
    viewer.show()
    side = viewer.side()
    neighbours = [key_of(evidence[1], side), key_of(evidence[2], side)]  # next, and previous (wrapping)
    qtbot.waitUntil(lambda: all(viewer.images.get(key) is not None for key in neighbours), timeout=20_000)
    assert decoded.count(evidence[0].sha256) == 1
    qtbot.keyClick(viewer.view, Qt.Key_Right)
    assert viewer.index == 1 and not viewer.pixmap_item.pixmap().isNull()  # shown at once, nothing awaited
    assert viewer.pixmap_item.pixmap().toImage().pixelColor(10, 10).green() > 150
    qtbot.keyClick(viewer.view, Qt.Key_Right)
    qtbot.keyClick(viewer.view, Qt.Key_Right)
    viewer.images.wait()
    assert viewer.index == 0
    assert {sha: decoded.count(sha) for sha in decoded} == {photo.sha256: 1 for photo in evidence}


def test_the_pane_shows_the_selected_file_large(qtbot, ws: Workspace) -> None:
    code = recommend(ws)
    commands.attach_photo(ws, code, 2, big_jpeg((1800, 2400), (0, 180, 0)), "竖拍.jpg")
    commands.attach_photo(ws, code, 2, scanned_pdf(2), "方案.pdf")
    screen = _screen(qtbot, ws)
    screen.load(code)
    screen.select_item(2)
    pane = screen.view.evidence_pane
    qtbot.waitUntil(lambda: not pane.photo.image.isNull(), timeout=20_000)
    shown = pane.photo.shown_rect()
    assert (
        shown.height() > shown.width() and shown.height() >= pane.photo.height() - 2
    )  # portrait, full height
    assert pane.photo.width() > 400 and pane.photo.height() > 300  # large enough to judge
    with qtbot.waitSignal(pane.document.shown, timeout=20_000):
        screen.view.photo_grid.setCurrentRow(1)
    assert pane.large.currentWidget() is pane.document and pane.document.page_count == 2
    screen.select_item(3)
    assert "No evidence" in pane.photo.text


def test_the_splitter_sizes_persist_across_a_reopened_screen(qtbot, ws: Workspace) -> None:
    screen = _screen(qtbot, ws)
    splitter = screen.view.splitter
    before = splitter.sizes()
    handle = splitter.handle(2)  # between the decision column and the evidence pane
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.LeftButton, pos=start)
    qtbot.mouseMove(handle, start + QPoint(-120, 0))
    qtbot.mouseRelease(handle, Qt.LeftButton, pos=start + QPoint(-120, 0))
    dragged = splitter.sizes()
    assert dragged[2] >= before[2] + 100  # the pane grew
    screen.close()
    again = _screen(qtbot, ws)
    assert again.view.splitter.sizes() == pytest.approx(dragged, abs=3)


def test_tab_reaches_every_viewer_button_and_a_click_gives_the_keys_back_to_the_photo(
    qtbot, ws: Workspace
) -> None:
    code = recommend(ws)
    commands.attach_photo(ws, code, 1, big_jpeg(), "大图.jpg")
    viewer = PhotoViewerDialog(ws.photos_dir, views.show(ws, code).item(1).photos, 0)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    buttons = [button for button in viewer.findChildren(QPushButton) if button.isVisibleTo(viewer)]
    assert buttons and all(button.focusPolicy() & Qt.FocusPolicy.TabFocus for button in buttons)
    viewer.fit_button.setFocus()
    qtbot.mouseClick(viewer.fit_button, Qt.MouseButton.LeftButton)
    assert viewer.focusWidget() is viewer.view  # the arrows page through the photos again
