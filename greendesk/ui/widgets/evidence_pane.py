"""The evidence pane beside the standard: the selected file large enough to judge, the thumbnails below.

A photo shows upright at screen size (decoded in the background by ``ScreenImages``, the cache the
full viewer shares, so opening it there costs nothing more); a PDF shows its page, a .docx its text,
a sheet its first rows (``DocumentPane``). Picking a thumbnail shows it here; double-click or Enter
opens the full viewer. The split between the large view and the thumbnails is the reviewer's to drag.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from greendesk.core.review.views import EvidencePhoto
from greendesk.ui.widgets.document_view import DocumentPane
from greendesk.ui.widgets.photo_viewer import PhotoGrid
from greendesk.ui.widgets.screen_images import Key, ScreenImages, screen_side

BACKGROUND = QColor("#202624")
TEXT_COLOUR = QColor("#c9d3ce")


class FittedImage(QWidget):
    """One image scaled to fit the widget (aspect kept, centred), or a line of text while there is none."""

    double_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.text = ""
        self._scaled: QPixmap | None = None
        self.setMinimumSize(160, 120)

    def set_image(self, image: QImage) -> None:
        self.image, self.text, self._scaled = image, "", None
        self.update()

    def set_text(self, text: str) -> None:
        self.image, self.text, self._scaled = QImage(), text, None
        self.update()

    def shown_rect(self) -> QRect:
        """Where the image is drawn: as large as fits, centred (empty without an image)."""
        if self.image.isNull():
            return QRect()
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(self.rect().center())
        return rect

    def resizeEvent(self, event) -> None:
        self._scaled = None  # scaled again once, at the new size
        super().resizeEvent(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        target = self.shown_rect()
        if target.isEmpty():
            painter.setPen(TEXT_COLOUR)
            painter.drawText(self.rect().adjusted(8, 8, -8, -8), Qt.AlignCenter | Qt.TextWordWrap, self.text)
            return
        if self._scaled is None or self._scaled.size() != target.size():
            self._scaled = QPixmap.fromImage(
                self.image.scaled(target.size(), Qt.KeepAspectRatio, Qt.SmoothTransformation)
            )
        painter.drawPixmap(target.topLeft(), self._scaled)

    def mouseDoubleClickEvent(self, event) -> None:
        self.double_clicked.emit()
        super().mouseDoubleClickEvent(event)


class EvidencePane(QWidget):
    """The item's evidence: the current file large (``photo`` or ``document``), the thumbnails ``grid`` below."""

    shown = Signal(int)  # row of the grid whose file is now on screen

    def __init__(self, photos_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images = ScreenImages(photos_dir, self)
        self.images.ready.connect(self._on_ready)
        self.images.failed.connect(self._on_failed)
        self.grid = PhotoGrid(photos_dir, self)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.photo = FittedImage(self)
        self.document = DocumentPane(photos_dir, self)
        self.large = QStackedWidget(self)
        self.large.addWidget(self.photo)
        self.large.addWidget(self.document)
        strip = QWidget(self)
        strip_layout = QVBoxLayout(strip)
        strip_layout.setContentsMargins(0, 0, 0, 0)
        strip_layout.addWidget(self.caption)
        strip_layout.addWidget(self.grid, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.large)
        self.splitter.addWidget(strip)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([440, 200])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.row = -1
        self._waiting: Key | None = None
        self.grid.photos_changed.connect(self._on_photos_changed)
        self.grid.currentRowChanged.connect(self.show_row)
        self.photo.double_clicked.connect(lambda: self.row >= 0 and self.grid.photo_activated.emit(self.row))
        self.photo.set_text(self.tr("No evidence for this item."))

    def side(self) -> int:
        return screen_side(self)

    def _on_photos_changed(self) -> None:
        self.row = -1
        if self.grid.count():
            self.grid.setCurrentRow(0)  # shows the first file (currentRowChanged)
            self.show_row(0)
        else:
            self._waiting = None
            self.large.setCurrentWidget(self.photo)
            self.photo.set_text(self.tr("No evidence for this item."))

    def show_row(self, row: int) -> None:
        """Show the grid's file at ``row`` large: a photo from the cache (decoded in the background)."""
        evidence = self.grid.photos()
        if not 0 <= row < len(evidence) or row == self.row:
            return
        self.row = row
        photo = evidence[row]
        if photo.kind != "image":
            self._waiting = None
            self.large.setCurrentWidget(self.document)
            self.document.set_photo(photo)
            self.shown.emit(row)
            return
        self.large.setCurrentWidget(self.photo)
        if row + 1 < len(evidence):
            self.images.request(evidence[row + 1], self.side())  # the next thumbnail shows at once too
        key = self.images.request(photo, self.side())  # asked last, so decoded first
        image = self.images.get(key)
        if image is None:
            self._waiting = key
            self.photo.set_text(self.tr("Loading…"))
        else:
            self._show_image(image)

    def current(self) -> EvidencePhoto | None:
        evidence = self.grid.photos()
        return evidence[self.row] if 0 <= self.row < len(evidence) else None

    def _show_image(self, image: QImage) -> None:
        self._waiting = None
        self.photo.set_image(image)
        self.shown.emit(self.row)

    def _on_ready(self, key: Key) -> None:
        if key == self._waiting:
            image = self.images.get(key)
            if image is not None:
                self._show_image(image)

    def _on_failed(self, key: Key, reason: str) -> None:
        if key == self._waiting:
            self._waiting = None
            self.photo.set_text(reason)
