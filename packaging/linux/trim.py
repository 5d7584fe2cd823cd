"""Drop from the .deb's site-packages what a widgets-only, offline GreenDesk never loads at run time.

PySide6-Essentials carries Qt's developer tools (lupdate alone is 53 MB), QML, headers, type stubs and every Qt
translation; numpy and pyqtgraph carry their tests and examples. The Qt libraries and Python modules stay whole:
which of them a module loads is not worth guessing in a package that cannot be patched in the field.
Usage: ``python trim.py SITE_PACKAGES`` (build_deb.sh runs it before byte-compiling).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

# PySide6/<name>: build-time material (headers, type systems, glue code, docs, the pyside6-* tool scripts).
DROP_PYSIDE_DIRS = ("include", "typesystems", "glue", "doc", "scripts")
# PySide6/Qt/<name>: Qt Quick's QML modules, moc's metatypes, helper programs (rcc, uic, ...).
DROP_QT_DIRS = ("qml", "metatypes", "libexec")
KEEP_QT_TRANSLATIONS = ("qt_zh_CN.qm", "qtbase_zh_CN.qm", "qt_en.qm", "qtbase_en.qm")
DROP_TREES = ("numpy/**/tests", "pyqtgraph/examples", "shiboken6/include")


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file())
    return path.lstat().st_size


def unused_paths(site_packages: Path) -> list[Path]:
    """What trim() removes, in the order found (every path exists)."""
    pyside = site_packages / "PySide6"
    found: list[Path] = []
    for entry in sorted(pyside.iterdir()):
        program = entry.is_file() and "." not in entry.name and entry.stat().st_mode & 0o111
        if program or (entry.is_dir() and entry.name in DROP_PYSIDE_DIRS) or entry.suffix == ".pyi":
            found.append(entry)  # designer, lupdate, qmlls, ...: developer tools, not the app
    found += [pyside / "Qt" / name for name in DROP_QT_DIRS if (pyside / "Qt" / name).is_dir()]
    translations = pyside / "Qt" / "translations"
    if translations.is_dir():
        found += [qm for qm in sorted(translations.iterdir()) if qm.name not in KEEP_QT_TRANSLATIONS]
    for pattern in DROP_TREES:
        found += sorted(path for path in site_packages.glob(pattern) if path.is_dir())
    found += sorted(path for path in site_packages.rglob("*.pyi") if path.parent != pyside)
    return found


def trim(site_packages: Path) -> int:
    """Remove the unused paths; returns the bytes removed."""
    removed = 0
    for path in unused_paths(site_packages):
        if not path.exists():  # inside a folder removed before it
            continue
        removed += _size(path)
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    return removed


if __name__ == "__main__":
    print(f"trimmed {trim(Path(sys.argv[1])) / 1e6:.0f} MB from {sys.argv[1]}")
