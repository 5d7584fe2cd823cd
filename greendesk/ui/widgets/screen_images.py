"""Photos decoded at screen size, shared by the evidence pane and the viewer: a small LRU cache.

Decoding runs in a thread pool (core/evidence/screen_image.py, Qt-free); only the finished QImage
crosses to the GUI thread. Keys are (sha256, display rotation, side), so a turned photo is decoded
again and a photo shown in the pane opens in the viewer without a second decode. A handful of
screen-size images (about 12 MB each) is all the viewer's neighbours need.
"""

from __future__ import annotations

from collections import OrderedDict
from contextlib import suppress
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QWidget

from greendesk.core.evidence import screen_image
from greendesk.core.review.views import EvidencePhoto

CAPACITY = 8  # decoded images kept: the shown one, its neighbours and the pane's
MIN_SIDE = 1280  # never decode below this, whatever the screen reports
Key = tuple[str, int, int]


def screen_side(widget: QWidget | None = None) -> int:
    """The longer side, in device pixels, of the screen ``widget`` is on (else the primary screen)."""
    screen = widget.screen() if widget is not None else QGuiApplication.primaryScreen()
    if screen is None:
        return MIN_SIDE
    size = screen.size()
    return max(MIN_SIDE, round(max(size.width(), size.height()) * screen.devicePixelRatio()))


def to_qimage(image: Image.Image) -> QImage:
    """A deep-copied QImage of an RGB or L Pillow image (safe to hand to another thread)."""
    if image.mode == "L":
        return QImage(
            image.tobytes(), image.width, image.height, image.width, QImage.Format_Grayscale8
        ).copy()
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    # Four bytes a pixel, as the screen's pixmaps are: QPixmap.fromImage then converts nothing.
    data = rgb.tobytes("raw", "BGRX")
    return QImage(data, rgb.width, rgb.height, rgb.width * 4, QImage.Format_RGB32).copy()


def key_of(photo: EvidencePhoto, side: int) -> Key:
    return (photo.sha256, photo.display_rotation, side)


class _Signals(QObject):
    decoded = Signal(object, QImage)  # key, image
    failed = Signal(object, str)  # key, reason


class _DecodeJob(QRunnable):
    def __init__(self, photos_dir: Path, photo: EvidencePhoto, side: int, signals: _Signals) -> None:
        super().__init__()
        self.photos_dir, self.photo, self.side, self.signals = photos_dir, photo, side, signals

    def run(self) -> None:
        key = key_of(self.photo, self.side)
        try:
            image = to_qimage(screen_image.screen_image(self.photos_dir, self.photo, self.side))
        except Exception as error:  # a damaged file shows its reason, never a crash
            with suppress(RuntimeError):  # the cache was deleted while this job ran
                self.signals.failed.emit(key, str(error) or type(error).__name__)
            return
        with suppress(RuntimeError):
            self.signals.decoded.emit(key, image)


class ScreenImages(QObject):
    """Screen-size QImages by key; :meth:`request` decodes in the background, :meth:`load` at once."""

    ready = Signal(object)  # key: its image is now in the cache
    failed = Signal(object, str)

    def __init__(self, photos_dir: Path, parent: QObject | None = None, capacity: int = CAPACITY) -> None:
        super().__init__(parent)
        self.photos_dir = photos_dir
        self.capacity = capacity
        self._images: OrderedDict[Key, QImage] = OrderedDict()
        self._pending: set[Key] = set()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one core at most: the thumbnails and the window keep the other
        self._requests = 0  # the newest request runs first (a higher priority than every older one)
        self._signals = _Signals(self)
        self._signals.decoded.connect(self._on_decoded)
        self._signals.failed.connect(self._on_failed)

    def get(self, key: Key) -> QImage | None:
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def is_pending(self, key: Key) -> bool:
        return key in self._pending

    def request(self, photo: EvidencePhoto, side: int) -> Key:
        """Decode ``photo`` in the pool unless it is cached or on its way; ``ready`` tells when."""
        key = key_of(photo, side)
        if key not in self._images and key not in self._pending and photo.kind == "image":
            self._pending.add(key)
            self._requests += 1
            self.pool.start(_DecodeJob(self.photos_dir, photo, side, self._signals), self._requests)
        return key

    def load(self, photo: EvidencePhoto, side: int) -> QImage:
        """The image now: from the cache, else decoded on this thread (the one the user waits for)."""
        key = key_of(photo, side)
        cached = self.get(key)
        if cached is not None:
            return cached
        image = to_qimage(screen_image.screen_image(self.photos_dir, photo, side))
        self._store(key, image)
        return image

    def wait(self) -> None:
        """Let every running decode finish (tests, benchmarks, closing)."""
        self.pool.waitForDone()

    def _store(self, key: Key, image: QImage) -> None:
        self._images[key] = image
        self._images.move_to_end(key)
        while len(self._images) > self.capacity:
            self._images.popitem(last=False)

    def _on_decoded(self, key: Key, image: QImage) -> None:
        self._pending.discard(key)
        self._store(key, image)
        self.ready.emit(key)

    def _on_failed(self, key: Key, reason: str) -> None:
        self._pending.discard(key)
        self.failed.emit(key, reason)
