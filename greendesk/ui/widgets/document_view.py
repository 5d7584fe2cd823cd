"""Evidence that is not a photo, in the viewer: PDF pages, .docx text, a sheet preview, or a summary.

Previews come from core/evidence/previews.py and are read in the thread pool (ui/tasks.py); only the
finished result reaches the GUI thread. "Open with the system program" opens a read-only temporary
copy, so no program the office uses can change the stored original.
"""

from __future__ import annotations

import shutil
import stat
import tempfile
from html import escape
from pathlib import Path, PurePosixPath

from PIL.ImageQt import ImageQt
from PySide6.QtCore import QMargins, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from greendesk.core.evidence import previews
from greendesk.core.review.views import EvidencePhoto
from greendesk.core.storage import photos
from greendesk.ui.tasks import BackgroundTask

PAGE_SIDE = 1400  # pixels on a PDF page's longer side as the viewer renders it


def _megabytes(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    return f"{size / (1024 * 1024):.1f} MB" if size >= 100 * 1024 else f"{size / 1024:.0f} KB"


def open_copy(photos_dir: Path, photo: EvidencePhoto) -> Path:
    """A read-only temporary copy of the stored file under its original name, opened by the system."""
    original = photos.original_path(photos_dir, photo.sha256, photo.extension)
    name = (
        PurePosixPath(photo.original_name.replace("\\", "/")).name or f"{photo.sha256[:12]}.{photo.extension}"
    )
    folder = Path(tempfile.mkdtemp(prefix="greendesk-open-"))
    copy = folder / name
    shutil.copyfile(original, copy)
    copy.chmod(stat.S_IREAD)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
    return copy


class DocumentPane(QWidget):
    """One non-photo evidence file: pages with Previous/Next page, text, a sheet, or name, size and type."""

    shown = Signal()  # a preview (or a page of it) is on screen

    def __init__(self, photos_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photos_dir = photos_dir
        self.photo: EvidencePhoto | None = None
        self.page = 0
        self.page_count = 0
        self._tasks: list[BackgroundTask] = []
        self._generation = 0
        self.page_label = QLabel(self)
        self.page_label.setAlignment(Qt.AlignCenter)
        self.page_image = QLabel(self)
        self.page_image.setAlignment(Qt.AlignCenter)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.page_image)
        self.scroll.setWidgetResizable(True)
        self.text = QTextBrowser(self)
        self.previous_page = QPushButton(self.tr("◀ Page"), self)
        self.next_page = QPushButton(self.tr("Page ▶"), self)
        self.open_button = QPushButton(self.tr("Open with the system program"), self)
        self.previous_page.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_page.clicked.connect(lambda: self.show_page(self.page + 1))
        self.open_button.clicked.connect(self.open_externally)
        row = QHBoxLayout()
        for widget in (self.previous_page, self.page_label, self.next_page):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)

    def set_photo(self, photo: EvidencePhoto) -> None:
        """Show ``photo``'s preview once it is read (off the GUI thread)."""
        self.photo, self.page, self.page_count = photo, 0, 0
        self._generation += 1
        self._set_mode(pages=False)
        self.text.setPlainText(self.tr("Reading…"))
        name = photo.original_name or photo.sha256[:12]
        self._run(
            lambda: previews.preview(self.photos_dir, photo, photo.kind, name, photo.media_type),
            self._on_preview,
        )

    def _run(self, function, done) -> None:
        generation = self._generation
        task = BackgroundTask(function, with_progress=False)
        task.signals.finished.connect(lambda result: generation == self._generation and done(result))
        task.signals.failed.connect(lambda error: generation == self._generation and self._on_failed(error))
        self._tasks.append(task)  # kept while the pane lives: the pool holds no reference of its own
        task.start()

    def _set_mode(self, pages: bool) -> None:
        self.scroll.setVisible(pages)
        self.text.setVisible(not pages)
        for widget in (self.previous_page, self.page_label, self.next_page):
            widget.setVisible(pages)

    def _on_preview(self, preview: previews.Preview) -> None:
        if preview.kind == previews.PAGES:
            self.page_count = preview.page_count
            self._set_mode(pages=True)
            self.show_page(0)
            return
        if preview.kind == previews.TEXT:
            body = "".join(f"<p style='white-space:pre-wrap'>{escape(line)}</p>" for line in preview.text)
        elif preview.kind == previews.SHEETS:
            body = "".join(self._sheet_html(sheet) for sheet in preview.sheets)
        else:
            body = self._summary_html(preview)
        if preview.truncated:
            body += f"<p><i>{escape(self.tr('Only the beginning is shown; open the file for all of it.'))}</i></p>"
        self.text.setHtml(body)
        self.shown.emit()

    def _summary_html(self, preview: previews.Preview) -> str:
        photo = self.photo
        kind = photo.extension.upper() if photo else ""
        lines = [
            self.tr("File: {name}").format(name=preview.name),
            self.tr("Size: {size}").format(size=_megabytes(preview.size)),
            self.tr("Type: {kind} ({media})").format(kind=kind, media=preview.media_type or "—"),
        ]
        if photo is not None and photo.kind == "video":
            lines.append(self.tr("A video: open it with the system player."))
        else:
            lines.append(self.tr("No preview for this kind of file: open it with the system program."))
        if preview.problem:
            lines.append(preview.problem)
        return "".join(f"<p>{escape(line)}</p>" for line in lines)

    @staticmethod
    def _sheet_html(sheet: previews.Sheet) -> str:
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(value)}</td>" for value in row) + "</tr>" for row in sheet.rows
        )
        return (
            f"<h3>{escape(sheet.name)}</h3><table border='1' cellspacing='0' cellpadding='3'>{rows}</table>"
        )

    def show_page(self, page: int) -> None:
        if self.photo is None or not self.page_count:
            return
        self.page = max(0, min(page, self.page_count - 1))
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(page=self.page + 1, count=self.page_count)
        )
        self.previous_page.setEnabled(self.page > 0)
        self.next_page.setEnabled(self.page < self.page_count - 1)
        path = photos.original_path(self.photos_dir, self.photo.sha256, self.photo.extension)
        index = self.page
        self._run(lambda: ImageQt(previews.pdf_page(path, index, PAGE_SIDE)).copy(), self._on_page)

    def _on_page(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        room = self.scroll.viewport().size().shrunkBy(QMargins(4, 4, 4, 4)).expandedTo(QSize(200, 200))
        if pixmap.width() > room.width() or pixmap.height() > room.height():  # the whole page in view
            pixmap = pixmap.scaled(room, Qt.KeepAspectRatio, Qt.SmoothTransformation)
        self.page_image.setPixmap(pixmap)
        self.shown.emit()

    def _on_failed(self, error: BaseException) -> None:
        self._set_mode(pages=False)
        self.text.setPlainText(str(error))
        self.shown.emit()

    def open_externally(self) -> None:
        if self.photo is not None:
            try:
                open_copy(self.photos_dir, self.photo)
            except OSError as error:
                self.text.setPlainText(str(error))
