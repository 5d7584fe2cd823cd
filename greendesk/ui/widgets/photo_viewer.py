"""Evidence: a thumbnail grid that loads off the GUI thread, and a zoomable viewer.

A PDF shows its first page as its thumbnail (cached in the store like a photo's); other documents,
spreadsheets and videos show their type; the viewer shows those in a DocumentPane (document_view).

Thumbnails come from the store's cached 256 px JPEGs (rebuilt from the original when missing) and
are decoded into QImage in the thread pool; only the finished QImage crosses to the GUI thread,
so a community with hundreds of photos never freezes the window.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.base.errors import GreenDeskError
from greendesk.core.review.views import EvidencePhoto
from greendesk.core.storage import images, photo_meta, photos
from greendesk.ui.common.screen_fit import resize_to_fit
from greendesk.ui.widgets.document_view import DocumentPane
from greendesk.ui.widgets.screen_images import ScreenImages, key_of, screen_side

THUMB_SIZE = 128
WITH_THUMBNAIL = ("image", "pdf")  # kinds whose thumbnail is a picture of the file


class _ThumbnailSignals(QObject):
    loaded = Signal(int, str, QImage)  # generation, sha256, image
    failed = Signal(int, str)


class _ThumbnailJob(QRunnable):
    """Decode one thumbnail in the pool; the generation number lets stale results be dropped."""

    def __init__(self, photos_dir: Path, photo: EvidencePhoto, generation: int, signals: _ThumbnailSignals):
        super().__init__()
        self.photos_dir = photos_dir
        self.photo = photo
        self.generation = generation
        self.signals = signals

    def run(self) -> None:
        try:
            path = photos.ensure_thumbnail(self.photos_dir, self.photo)  # type: ignore[arg-type]
            image = QImage(str(path))
            if image.isNull():
                raise OSError(str(path))
            image = image.scaled(THUMB_SIZE, THUMB_SIZE, Qt.KeepAspectRatio, Qt.SmoothTransformation)
        except Exception:  # a damaged file shows as a placeholder, never as a crash
            self._emit(self.signals.failed, self.generation, self.photo.sha256)
            return
        self._emit(self.signals.loaded, self.generation, self.photo.sha256, image)

    @staticmethod
    def _emit(signal, *args) -> None:
        with suppress(RuntimeError):  # the grid was closed while this job ran
            signal.emit(*args)


def _placeholder(text: str = "…") -> QIcon:
    pixmap = QPixmap(THUMB_SIZE, THUMB_SIZE)
    pixmap.fill(QColor("#e8ece9"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#7a8a80"))
    painter.drawText(pixmap.rect(), Qt.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class PhotoGrid(QListWidget):
    """The item's photos as thumbnails; accepts dropped or pasted image files to attach."""

    files_dropped = Signal(list)  # list[Path]
    image_pasted = Signal(bytes)  # PNG bytes of a pasted bitmap
    photo_activated = Signal(int)  # index into photos()
    all_loaded = Signal()
    photos_changed = Signal()  # set_photos showed another list (the evidence pane shows its first)

    def __init__(self, photos_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photos_dir = photos_dir
        self.setViewMode(QListView.IconMode)
        self.setIconSize(QSize(THUMB_SIZE, THUMB_SIZE))
        self.setGridSize(QSize(THUMB_SIZE + 16, THUMB_SIZE + 34))
        self.setResizeMode(QListView.Adjust)
        self.setMovement(QListView.Static)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QListWidget.DropOnly)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount() // 2))
        self._signals = _ThumbnailSignals(self)
        self._signals.loaded.connect(self._on_loaded)
        self._signals.failed.connect(self._on_failed)
        self._generation = 0
        self._photos: list[EvidencePhoto] = []
        self._rows: dict[str, list[int]] = {}
        self._pending = 0
        self.itemActivated.connect(lambda item: self.photo_activated.emit(self.row(item)))
        paste = QShortcut(QKeySequence.Paste, self, context=Qt.WidgetShortcut)
        paste.activated.connect(self.paste_from_clipboard)

    # -- content -------------------------------------------------------------------------
    def photos(self) -> list[EvidencePhoto]:
        return list(self._photos)

    def pending(self) -> int:
        return self._pending

    def set_photos(self, evidence: Sequence[EvidencePhoto]) -> None:
        """Show placeholders at once, then fill in thumbnails as the pool decodes them."""
        self._generation += 1
        self.pool.clear()  # queued jobs of the previous item are not needed any more
        self.clear()
        self._photos = list(evidence)
        self._rows = {}
        placeholder = _placeholder()
        for row, photo in enumerate(self._photos):
            label = photo.original_name or photo.sha256[:10]
            icon = placeholder if photo.kind in WITH_THUMBNAIL else _placeholder(photo.extension.upper())
            item = QListWidgetItem(icon, label.rsplit("/", 1)[-1])
            item.setToolTip(label)
            self.addItem(item)
            if photo.kind in WITH_THUMBNAIL:
                self._rows.setdefault(photo.sha256, []).append(row)
        self._pending = len(self._rows)
        self.photos_changed.emit()
        for sha in self._rows:
            photo = self._photos[self._rows[sha][0]]
            self.pool.start(_ThumbnailJob(self.photos_dir, photo, self._generation, self._signals))
        if not self._pending:
            self.all_loaded.emit()

    def _finish_one(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.all_loaded.emit()

    def _on_loaded(self, generation: int, sha: str, image: QImage) -> None:
        if generation != self._generation:
            return
        icon = QIcon(QPixmap.fromImage(image))
        for row in self._rows.get(sha, []):
            self.item(row).setIcon(icon)
        self._finish_one()

    def _on_failed(self, generation: int, sha: str) -> None:
        if generation != self._generation:
            return
        icon = _placeholder("✕")
        for row in self._rows.get(sha, []):
            self.item(row).setIcon(icon)
        self._finish_one()

    # -- attaching -----------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            super().dropEvent(event)

    def paste_from_clipboard(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return
        if mime.hasUrls():
            paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
            if paths:
                self.files_dropped.emit(paths)
                return
        if mime.hasImage():
            from PySide6.QtCore import QBuffer, QByteArray, QIODevice

            image = QImage(mime.imageData())
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.WriteOnly)
            image.save(buffer, "PNG")
            self.image_pasted.emit(bytes(data.data()))


class _ZoomView(QGraphicsView):
    """Wheel zooms around the cursor, dragging pans; arrows page through photos, +/−/0 zoom.

    While nobody has zoomed, the photo stays fitted: every resize (the first show included, when the
    view gets its real size at last) fits it again, so it never opens as a sliver in a dark field.
    """

    step_requested = Signal(int)  # +1 next, -1 previous

    def __init__(self, item: QGraphicsPixmapItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.fitted = True
        self.setDragMode(QGraphicsView.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setRenderHint(QPainter.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor("#202624"))

    def wheelEvent(self, event) -> None:
        self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key_Right, Qt.Key_PageDown, Qt.Key_Space):
            self.step_requested.emit(1)
        elif key in (Qt.Key_Left, Qt.Key_PageUp, Qt.Key_Backspace):
            self.step_requested.emit(-1)
        elif key in (Qt.Key_Plus, Qt.Key_Equal):
            self.zoom(1.25)
        elif key == Qt.Key_Minus:
            self.zoom(0.8)
        elif key == Qt.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.02 <= scale <= 40:
            self.fitted = False
            self.scale(factor, factor)

    def fit(self) -> None:
        """The whole photo in the view, as large as it fits; kept so until the reviewer zooms."""
        self.fitted = True
        if not self.item.pixmap().isNull() and self.viewport().width() > 1:
            self.fitInView(self.item, Qt.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.fitted:
            self.fit()


class PhotoViewerDialog(QDialog):
    """One evidence file at a time, photos upright as EXIF and the display rotation say, with time and place.

    Not modal: the reviewer decides in the main window while it is open, and the screen reuses one
    viewer (:meth:`set_evidence`). Photos come at screen size from ``images`` (shared with the
    evidence pane); the neighbours of the shown one are decoded in the background, so Next and
    Previous show at once. With ``rotate`` (the core's ``rotate_display`` for this workspace: sha256,
    degrees -> new rotation) a button turns a photo whose orientation data is wrong, for display only;
    ``rotated`` tells the screen, whose thumbnails then follow.
    """

    rotated = Signal(str, int)  # sha256, new display rotation
    photo_shown = Signal(int)  # index: its pixels (or its document pane) are on screen

    def __init__(
        self,
        photos_dir: Path,
        evidence: Sequence[EvidencePhoto],
        index: int = 0,
        parent: QWidget | None = None,
        rotate: Callable[[str, int], int] | None = None,
        images: ScreenImages | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.photos_dir = photos_dir
        self.rotate = rotate
        self.images = images if images is not None else ScreenImages(photos_dir, self)
        self.images.ready.connect(self._on_ready)
        self.images.failed.connect(self._on_failed)
        self._waiting: tuple | None = None  # the key of the shown photo while its decode is on its way
        self.evidence = list(evidence)
        self.index = index
        resize_to_fit(self, 1000, 760)
        self.scene = QGraphicsScene(self)
        self.pixmap_item = QGraphicsPixmapItem()
        self.pixmap_item.setTransformationMode(Qt.SmoothTransformation)
        self.scene.addItem(self.pixmap_item)
        self.view = _ZoomView(self.pixmap_item, self)
        self.view.setScene(self.scene)
        self.info = QLabel(self)
        self.info.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.info.setWordWrap(True)
        self.document = DocumentPane(photos_dir, self)
        self.document.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.document, 1)
        layout.addWidget(self.info)
        layout.addLayout(self._build_buttons())
        self.view.step_requested.connect(lambda step: self.show_photo(self.index + step))
        self.view.setFocus()
        self.show_photo(index)

    def _build_buttons(self) -> QHBoxLayout:
        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.fit_button = QPushButton(self.tr("Fit"), self)
        zoom_in = QPushButton("+", self)
        zoom_out = QPushButton("−", self)
        self.previous_button.clicked.connect(self.show_previous)
        self.next_button.clicked.connect(self.show_next)
        self.fit_button.clicked.connect(self.fit)
        zoom_in.clicked.connect(lambda: self.view.zoom(1.25))
        zoom_out.clicked.connect(lambda: self.view.zoom(0.8))
        self.rotate_button = QPushButton(self.tr("Turn 90° ↻"), self)
        self.rotate_button.setToolTip(
            self.tr("The photo's orientation data is wrong: show it turned (the original is not changed)")
        )
        self.rotate_button.clicked.connect(self.turn)
        self.rotate_button.setVisible(self.rotate is not None)
        self.zoom_buttons = (zoom_out, zoom_in)
        buttons = QHBoxLayout()
        controls = (
            self.previous_button,
            self.next_button,
            self.fit_button,
            zoom_out,
            zoom_in,
            self.rotate_button,
        )
        for widget in controls:
            # Tab reaches every button (Space presses it); after a click the keys go back to the photo.
            widget.setFocusPolicy(Qt.TabFocus)
            widget.clicked.connect(lambda _checked=False: self.view.setFocus())
            buttons.addWidget(widget)
        buttons.addStretch(1)
        return buttons

    def current(self) -> EvidencePhoto:
        return self.evidence[self.index]

    def side(self) -> int:
        return screen_side(self)

    def set_evidence(self, evidence: Sequence[EvidencePhoto], index: int = 0) -> None:
        """Show another item's files in this same window (the screen keeps one viewer)."""
        self.evidence = list(evidence)
        self.show_photo(index)

    def show_photo(self, index: int) -> None:
        if not self.evidence:
            return
        self.index = index % len(self.evidence)
        photo = self.current()
        is_photo = photo.kind == "image"
        self.view.setVisible(is_photo)
        self.document.setVisible(not is_photo)
        for button in (self.fit_button, *self.zoom_buttons, self.rotate_button):
            button.setEnabled(is_photo)
        self.setWindowTitle(self._title(photo))
        if not is_photo:
            self._waiting = None
            self.document.set_photo(photo)
            self.info.setText(photo.caption)
            self._prefetch_neighbours()
            self.photo_shown.emit(self.index)
            return
        self.info.setText(self.describe(photo))
        key = key_of(photo, self.side())
        if self.images.get(key) is None and self.images.is_pending(key):
            self._waiting = key  # a neighbour on its way: shown the moment it arrives
            self.pixmap_item.setPixmap(QPixmap())
            return
        try:
            image = self.images.load(photo, self.side())
        except (OSError, GreenDeskError, ValueError, SyntaxError):
            image = QImage()
        self._display(image)

    def _display(self, image: QImage) -> None:
        self._waiting = None
        self.pixmap_item.setPixmap(QPixmap.fromImage(image))
        self.scene.setSceneRect(self.pixmap_item.boundingRect())
        self.fit()
        self._prefetch_neighbours()  # after the shown one: a newer request is decoded first
        self.photo_shown.emit(self.index)

    def _on_ready(self, key: tuple) -> None:
        if key == self._waiting:
            image = self.images.get(key)
            self._display(image if image is not None else QImage())

    def _on_failed(self, key: tuple, reason: str) -> None:
        if key == self._waiting:
            self._display(QImage())
            self.info.setText(reason)

    def _prefetch_neighbours(self) -> None:
        """The next and the previous photo, decoded in the background while this one is looked at."""
        count = len(self.evidence)
        for step in (1, -1):
            neighbour = self.evidence[(self.index + step) % count]
            if count > 1 and neighbour.kind == "image":
                self.images.request(neighbour, self.side())

    def turn(self) -> None:
        """Turn the shown photo 90° clockwise for display (audited by the core), then show it so."""
        if self.rotate is None or not self.evidence:
            return
        photo = self.current()
        try:
            rotation = self.rotate(photo.sha256, 90)
        except GreenDeskError as error:
            self.info.setText(error.render())
            return
        self.evidence[self.index] = dataclasses.replace(photo, display_rotation=rotation)
        self.show_photo(self.index)
        self.rotated.emit(photo.sha256, rotation)

    def _title(self, photo: EvidencePhoto) -> str:
        return self.tr("Photo {index} of {count}: {name}").format(
            index=self.index + 1, count=len(self.evidence), name=photo.original_name or photo.sha256[:12]
        )

    def describe(self, photo: EvidencePhoto) -> str:
        taken = photo.taken_at.strftime("%Y-%m-%d %H:%M:%S") if photo.taken_at else self.tr("unknown")
        if photo.taken_at and photo.taken_source == photo_meta.SOURCE_MTIME:
            taken = self.tr("{time} (file time, not a capture time)").format(time=taken)
        width, height = images.upright_size(
            photo.width, photo.height, photo.orientation, photo.display_rotation
        )
        if photo.gps_lat is not None and photo.gps_lon is not None:
            place = f"{photo.gps_lat:.5f}, {photo.gps_lon:.5f}"
        else:
            place = self.tr("unknown")
        parts = [
            self.tr("Taken: {time}").format(time=taken),
            self.tr("GPS: {place}").format(place=place),
            self.tr("Size: {width} × {height}").format(width=width, height=height),
        ]
        if not photo.has_exif:
            parts.append(self.tr("No EXIF data"))
        if photo.caption:
            parts.append(photo.caption)
        return "  ·  ".join(parts)

    def fit(self) -> None:
        self.view.fit()

    def show_next(self) -> None:
        self.show_photo(self.index + 1)

    def show_previous(self) -> None:
        self.show_photo(self.index - 1)
