"""The review screen shows document evidence: PDF first pages in the grid, pages, text and sheets in the viewer."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from evidence_fixtures import docx_bytes, mp4_bytes, scanned_pdf, xlsx_bytes
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from review_support import jpeg, recommend, small_workspace

from greendesk.core.review import commands, views
from greendesk.core.storage import photos
from greendesk.core.workspace import Workspace
from greendesk.ui.widgets import document_view
from greendesk.ui.widgets.photo_viewer import PhotoGrid, PhotoViewerDialog


@pytest.fixture
def ws(data_dir: Path):
    workspace = small_workspace(data_dir)
    yield workspace
    workspace.close()


def _evidence(ws: Workspace) -> list[views.EvidencePhoto]:
    code = recommend(ws)
    files = [
        (jpeg(size=(400, 300)), "门禁.jpg"),
        (scanned_pdf(3, (300, 420)), "工作方案.pdf"),
        (docx_bytes(["会议纪要", "参会人员：王芳"], [["议题", "结论"]]), "会议纪要.docx"),
        (xlsx_bytes([["楼号", "户数"], [1, 120]]), "户数统计表.xlsx"),
        (mp4_bytes(), "宣传视频.mp4"),
    ]
    for data, name in files:
        commands.attach_photo(ws, code, 4, data, name)
    return views.show(ws, code).item(4).photos


def test_grid_shows_pdf_first_pages_and_types(qtbot, ws: Workspace, tmp_path: Path) -> None:
    evidence = _evidence(ws)
    assert [photo.kind for photo in evidence] == ["image", "pdf", "document", "spreadsheet", "video"]
    grid = PhotoGrid(ws.photos_dir)
    qtbot.addWidget(grid)
    grid.resize(760, 220)
    with qtbot.waitSignal(grid.all_loaded, timeout=10_000):
        grid.set_photos(evidence)
    pdf_icon = grid.item(1).icon().pixmap(128, 128).toImage()
    assert pdf_icon.width() < pdf_icon.height()  # the portrait first page, not a square placeholder
    assert grid.item(2).text() == "会议纪要.docx"
    grid.show()
    qtbot.waitExposed(grid)
    grid.grab().save(str(tmp_path / "grid.png"))
    if os.environ.get("GREENDESK_GRAB_DIR"):
        grid.grab().save(str(Path(os.environ["GREENDESK_GRAB_DIR"]) / "evidence-grid.png"))


def test_viewer_pages_through_a_pdf_and_shows_text_and_sheets(qtbot, ws: Workspace, monkeypatch) -> None:
    evidence = _evidence(ws)
    viewer = PhotoViewerDialog(ws.photos_dir, evidence, 1)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    pane = viewer.document
    qtbot.waitUntil(lambda: pane.page_image.pixmap() is not None and not pane.page_image.pixmap().isNull())
    assert pane.page_count == 3 and "1" in pane.page_label.text() and not viewer.view.isVisible()
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        pane.next_page.click()
    assert pane.page == 1 and pane.previous_page.isEnabled()
    grab = os.environ.get("GREENDESK_GRAB_DIR")
    if grab:
        viewer.grab().save(str(Path(grab) / "evidence-pdf.png"))
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        viewer.show_photo(2)
    assert "参会人员：王芳" in pane.text.toPlainText() and "议题\t结论" in pane.text.toPlainText()
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        viewer.show_photo(3)
    assert "楼号" in pane.text.toPlainText() and "120" in pane.text.toPlainText()
    if grab:
        viewer.grab().save(str(Path(grab) / "evidence-sheet.png"))
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        viewer.show_photo(4)
    assert "宣传视频.mp4" in pane.text.toPlainText() and "system player" in pane.text.toPlainText()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    pane.open_externally()
    copy = Path(opened[0].toLocalFile())
    original = photos.original_path(ws.photos_dir, evidence[4].sha256, "mp4")
    assert copy.name == "宣传视频.mp4" and copy != original and copy.read_bytes() == original.read_bytes()
    assert not copy.stat().st_mode & stat.S_IWUSR  # a read-only copy, never the stored original
    if grab:
        viewer.grab().save(str(Path(grab) / "evidence-video.png"))
    viewer.show_photo(0)
    assert viewer.view.isVisible() and not pane.isVisible()
    assert document_view.PAGE_SIDE > 0
