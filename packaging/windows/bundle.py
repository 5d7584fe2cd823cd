"""Helpers for packaging/windows/build.sh: version, app layout, PySide6 trimming, the portable zip.

Runs on the Linux build host with any Python 3.11+ (standard library only); it never imports GreenDesk.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# PySide6 modules a widgets app with pyqtgraph needs (pyqtgraph imports QtSvg and QtOpenGLWidgets on import).
KEEP_QT_MODULES = {
    "Core",
    "Gui",
    "Widgets",
    "Svg",
    "SvgWidgets",
    "OpenGL",
    "OpenGLWidgets",
    "PrintSupport",
    "Network",  # QLocalServer/QLocalSocket: a second start raises the running window (greendesk/ui/single_instance.py)
}
KEEP_PLUGIN_DIRS = {"platforms", "styles", "imageformats", "iconengines"}
DROP_PLUGINS = {"imageformats/qpdf.dll", "platforms/qdirect2d.dll"}
KEEP_QT_TRANSLATIONS = {"qt_zh_CN.qm", "qtbase_zh_CN.qm", "qt_en.qm", "qtbase_en.qm"}
# Tools, QML, headers, import libraries, type stubs, the WebEngine ICU data and the software OpenGL fallback
# (20 MB; only Qt Quick needs it) are not used by a widgets app at run time.
DROP_PYSIDE_DIRS = {
    "qml",
    "include",
    "lib",
    "metatypes",
    "typesystems",
    "glue",
    "doc",
    "scripts",
    "resources",
}
DROP_PYSIDE_FILES = {"opengl32sw.dll", "pyside6qml.abi3.dll"}
DROP_SUFFIXES = {".exe", ".lib", ".pyi"}

APP_PARTS = ("greendesk", "resources", "translations")

# The embeddable Python reads its import path from this file (relative to the runtime folder); "import site"
# makes site-packages importable. The app package sits in ..\app, beside resources\ and translations\, which is
# where greendesk/core/paths.py looks (the folder above the greendesk package).
PTH_TEXT = "python312.zip\n.\nLib\\site-packages\n..\\app\nimport site\n"


def read_version() -> str:
    init = (ROOT / "greendesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', init, re.MULTILINE)
    if match is None:
        raise SystemExit("greendesk/__init__.py has no __version__")
    project = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    declared = re.search(r'^version = "([^"]+)"', project, re.MULTILINE)
    if declared is None or declared.group(1) != match.group(1):
        raise SystemExit("pyproject.toml and greendesk.__version__ disagree")
    return match.group(1)


def _is_kept_qt_binary(name: str) -> bool:
    """Qt6<Module>.dll and Qt<Module>.pyd are kept only for the modules the app uses."""
    match = re.fullmatch(r"Qt6?(\w+?)\.(dll|pyd)", name)
    if match is None:
        return True
    return match.group(1) in KEEP_QT_MODULES


def trim_pyside(site_packages: Path) -> int:
    """Delete what a widgets-only, offline app never loads; returns the bytes removed."""
    pyside = site_packages / "PySide6"
    removed = 0

    def remove(path: Path) -> None:
        nonlocal removed
        if path.is_dir():
            removed += sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
            shutil.rmtree(path)
        elif path.exists():
            removed += path.stat().st_size
            path.unlink()

    for entry in list(pyside.iterdir()):
        unused_dir = entry.is_dir() and entry.name in DROP_PYSIDE_DIRS
        unused_file = entry.is_file() and (
            entry.name in DROP_PYSIDE_FILES
            or entry.suffix in DROP_SUFFIXES
            or not _is_kept_qt_binary(entry.name)
        )
        if unused_dir or unused_file:
            remove(entry)
    for plugin_dir in list((pyside / "plugins").iterdir()):
        if plugin_dir.name not in KEEP_PLUGIN_DIRS:
            remove(plugin_dir)
    for relative in DROP_PLUGINS:
        remove(pyside / "plugins" / relative)
    for translation in list((pyside / "translations").iterdir()):
        if translation.name not in KEEP_QT_TRANSLATIONS:
            remove(translation)
    # Test suites and examples shipped inside wheels are never imported by the app.
    for tests in [*site_packages.glob("numpy/**/tests"), *site_packages.glob("colorama/tests")]:
        remove(tests)
    remove(site_packages / "pyqtgraph" / "examples")
    for stub in site_packages.rglob("*.pyi"):
        remove(stub)
    for folder in ("include", "lib"):
        remove(site_packages / "shiboken6" / folder)
    for library in site_packages.glob("shiboken6/*.lib"):
        remove(library)
    return removed


def copy_app(destination: Path) -> None:
    """The app source, resources and translations, without caches or editor droppings."""
    destination.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo", ".*")
    for part in APP_PARTS:
        target = destination / part
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(ROOT / part, target, ignore=ignore)


def write_pth(runtime: Path) -> None:
    (runtime / "python312._pth").write_bytes(PTH_TEXT.replace("\n", "\r\n").encode("ascii"))
    shutil.copy2(Path(__file__).with_name("sitecustomize.py"), runtime / "sitecustomize.py")


def make_zip(source: Path, destination: Path, folder_name: str) -> None:
    """Zip SOURCE as FOLDER_NAME/... (deflate); written to a temp file and renamed so no half zip remains."""
    partial = destination.with_suffix(".zip.partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(source.rglob("*")):
            if path.is_file():
                archive.write(path, f"{folder_name}/{path.relative_to(source).as_posix()}")
    partial.replace(destination)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("version")
    trim = commands.add_parser("trim")
    trim.add_argument("site_packages", type=Path)
    app = commands.add_parser("app")
    app.add_argument("destination", type=Path)
    pth = commands.add_parser("pth")
    pth.add_argument("runtime", type=Path)
    archive = commands.add_parser("zip")
    archive.add_argument("source", type=Path)
    archive.add_argument("destination", type=Path)
    archive.add_argument("folder_name")
    args = parser.parse_args(argv)

    if args.command == "version":
        print(read_version())
    elif args.command == "trim":
        print(f"trimmed {trim_pyside(args.site_packages) / 1e6:.0f} MB from PySide6")
    elif args.command == "app":
        copy_app(args.destination)
    elif args.command == "pth":
        write_pth(args.runtime)
    elif args.command == "zip":
        make_zip(args.source, args.destination, args.folder_name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
