"""Where a save dialog opens: the folder last used for that kind of file, else the user's Documents.

The process's working directory (on Windows the program folder) is never a sensible place for a
report; each kind ("template", "package", "queue", ...) remembers its own last folder in QSettings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_GROUP = "save_folders"


def documents_folder() -> Path:
    """The user's Documents folder (their home when the platform names none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def start_folder(kind: str) -> Path:
    """The last folder a file of ``kind`` was saved in, while it still exists; else Documents."""
    remembered = QSettings().value(f"{_GROUP}/{kind}", "", str)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return documents_folder()


def remember(kind: str, path: Path | str) -> None:
    """Keep ``path``'s folder as where the next file of ``kind`` is offered."""
    QSettings().setValue(f"{_GROUP}/{kind}", str(Path(path).parent))


def suggested_path(kind: str, file_name: str) -> Path:
    return start_folder(kind) / file_name


def ask_save_path(parent: QWidget, kind: str, caption: str, file_name: str, filters: str) -> Path | None:
    """The save dialog opened in the kind's folder; the chosen folder is remembered."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, caption, str(suggested_path(kind, file_name)), filters
    )
    if not path:
        return None
    remember(kind, path)
    return Path(path)


def ask_folder(parent: QWidget, kind: str, caption: str) -> Path | None:
    """A folder chosen for files the core names itself (packages, document sets), remembered per kind."""
    folder = QFileDialog.getExistingDirectory(parent, caption, str(start_folder(kind)))
    if not folder:
        return None
    QSettings().setValue(f"{_GROUP}/{kind}", folder)
    return Path(folder)
