"""Helpers for packaging/windows/build.sh: version, app layout, trimming the bundle, the portable zip.

Runs on the Linux build host with any Python 3.11+ (standard library only); it never imports GreenDesk.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
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
# Qt plugins kept: the Windows platform, its style, SVG icons, and the image formats Qt itself reads (thumbnails are
# JPEG, the window icon PNG (built into QtGui), GIF/ICO/SVG for icons); photos are decoded by Pillow, not Qt.
KEEP_PLUGINS = {
    "platforms/qwindows.dll",
    "styles/qmodernwindowsstyle.dll",
    "iconengines/qsvgicon.dll",
    "imageformats/qjpeg.dll",
    "imageformats/qgif.dll",
    "imageformats/qico.dll",
    "imageformats/qsvg.dll",
}
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
# Lib\site-packages.zip holds the pure-Python packages (zip_pure_packages), after the folder so a folder wins.
PTH_TEXT = "python312.zip\n.\nLib\\site-packages\nLib\\site-packages.zip\n..\\app\nimport site\n"
SITE_ZIP = "site-packages.zip"  # beside the site-packages folder
# Top-level packages and modules that hold nothing but .pyc go into SITE_ZIP: one compressed file instead of
# hundreds of small ones (about half the bytes, and no part-empty 4 KiB cluster per file). Kept as folders:
# those that find files beside themselves through __file__.
ZIP_KEEP = {"pi_heif"}  # adds its parent folder (libheif's DLLs) to the DLL search path via __file__
ZIP_ALSO = {"py.typed"}  # marker files that may go into the zip with their package
CLUSTER = 4096  # NTFS's default allocation unit (and ext4's block): what a file really occupies on disk


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
    plugins = pyside / "plugins"
    removed = 0
    for entry in list(pyside.iterdir()):
        unused_dir = entry.is_dir() and entry.name in DROP_PYSIDE_DIRS
        unused_file = entry.is_file() and (
            entry.name in DROP_PYSIDE_FILES
            or entry.suffix in DROP_SUFFIXES
            or not _is_kept_qt_binary(entry.name)
        )
        if unused_dir or unused_file:
            removed += _remove(entry)
    for plugin in [path for path in plugins.rglob("*") if path.is_file()]:
        if plugin.relative_to(plugins).as_posix() not in KEEP_PLUGINS:
            removed += _remove(plugin)
    for folder in [path for path in plugins.iterdir() if path.is_dir() and not any(path.iterdir())]:
        folder.rmdir()
    for translation in list((pyside / "translations").iterdir()):
        if translation.name not in KEEP_QT_TRANSLATIONS:
            removed += _remove(translation)
    for folder in ("include", "lib"):
        removed += _remove(site_packages / "shiboken6" / folder)
    for library in site_packages.glob("shiboken6/*.lib"):
        removed += _remove(library)
    return removed


# Relative to site-packages: test suites and their helper modules, C headers and import libraries, Cython
# sources, the AVIF codec (Pillow's _avif bundles the AV1 *encoders*, 7.6 MB; AVIF photos are refused with
# "not a supported image" without it) and tools (f2py) that the app never imports.
DROP_SITE_GLOBS = (
    "**/tests",
    "sqlalchemy/testing",
    "alembic/testing",
    "Cryptodome/SelfTest",
    # numpy/core/_multiarray_tests stays: numpy's _add_newdocs imports it when numpy is imported.
    "numpy/core/_umath_tests.*.pyd",
    "numpy/core/_rational_tests.*.pyd",
    "numpy/core/_struct_ufunc_tests.*.pyd",
    "numpy/core/_operand_flag_tests.*.pyd",
    "numpy/core/_simd.*.pyd",
    "numpy/core/include",
    "numpy/core/lib",
    "numpy/random/lib",
    "numpy/random/_examples",
    "numpy/f2py",
    "numpy/array_api",
    "numpy/_pyinstaller",
    "lxml/includes",
    "lxml/html",  # python-docx and openpyxl use lxml.etree only
    "lxml/isoschematron",
    "lxml/objectify.*.pyd",
    "pyqtgraph/opengl",  # needs PyOpenGL, which is not bundled
    "PIL/_avif.*.pyd",
    "PIL/_imagingft.*.pyd",  # FreeType for ImageFont: GreenDesk draws no text into images (PDFs use reportlab)
    "pyqtgraph/examples",
    "reportlab/fonts/DarkGarden*",  # a demo Type 1 font of reportlab's own documentation, with its FontForge source
    # pip's install records and software bills of materials; the licences stay (and are in THIRD-PARTY-NOTICES).
    "*.dist-info/RECORD",
    "*.dist-info/sboms",
    "**/*.pyi",
    "**/*.pxd",
    "**/*.pyx",
    "**/*.h",
    "**/*.lib",
)
# Relative to the runtime folder: OpenSSL's modules. TLS: the app is offline, nothing imports ssl. _hashlib:
# hashlib's SHA-256 and the others the app uses are built into python312.dll, and Ed25519 and scrypt come
# from pycryptodomex. python.cat is the Windows catalog of the embeddable distribution's signed files; nothing
# reads it at run time (build.sh checks each file's own signature).
DROP_RUNTIME_FILES = ("_ssl.pyd", "libssl-3.dll", "_hashlib.pyd", "python.cat")
# DLLs that ship "just in case" beside PySide6/shiboken6 (the whole MSVC C++ runtime), and OpenSSL's libraries;
# each is kept only if some other bundled executable, DLL or .pyd imports it (see drop_unimported_dlls).
OPTIONAL_DLL = re.compile(
    r"(msvcp140.*|vcruntime140.*|concrt140|vccorlib140|vcamp140|vcomp140|libssl-3|libcrypto-3)\.dll", re.I
)
# .py files kept beside their .pyc: alembic reads the migration scripts as files (it looks for *.py).
KEEP_SOURCE_GLOBS = ("app/greendesk/core/storage/migrations/**/*.py",)


def _remove(path: Path) -> int:
    """Delete a file or folder tree; returns the bytes it held."""
    if path.is_dir():
        size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        shutil.rmtree(path)
        return size
    if path.exists():
        size = path.stat().st_size
        path.unlink()
        return size
    return 0


def prune_bundle(runtime: Path) -> int:
    """Delete tests, headers, the AVIF codec, OpenSSL and install records from RUNTIME; returns bytes removed."""
    site_packages = runtime / "Lib" / "site-packages"
    removed = 0
    for pattern in DROP_SITE_GLOBS:
        # Deepest first, so a folder inside a dropped folder is not visited after its parent is gone.
        for path in sorted(site_packages.glob(pattern), key=lambda p: len(p.parts), reverse=True):
            removed += _remove(path)
    for name in DROP_RUNTIME_FILES:
        removed += _remove(runtime / name)
    return removed


def pe_imports(binary: Path) -> set[str]:
    """The DLL names BINARY's import table names (lower case), read with mingw-w64's objdump."""
    listing = subprocess.run(
        ["x86_64-w64-mingw32-objdump", "-p", str(binary)], capture_output=True, text=True, check=True
    ).stdout
    return {match.lower() for match in re.findall(r"^\s*DLL Name: (\S+)", listing, re.MULTILINE)}


def pe_exports(binary: Path) -> list[str]:
    """The names in BINARY's export table, in table order (mingw-w64's objdump)."""
    listing = subprocess.run(
        ["x86_64-w64-mingw32-objdump", "-p", str(binary)], capture_output=True, text=True, check=True
    ).stdout
    table = listing.partition("[Ordinal/Name Pointer] Table")[2].partition("\n\n")[0]
    return re.findall(r"^\s*\[\s*\d+\]\s+(\S+)", table, re.MULTILINE)


def _has_symbols(binary: Path) -> bool:
    header = subprocess.run(
        ["x86_64-w64-mingw32-objdump", "-f", str(binary)], capture_output=True, text=True, check=True
    ).stdout
    return "HAS_SYMS" in header


def strip_symbols(root: Path) -> list[tuple[str, int]]:
    """Strip the COFF symbol table and debug sections from the binaries under ROOT that carry them.

    Only gcc-built files have them (numpy's OpenBLAS: 4 MiB); Windows loads neither. The code, data and
    export table stay byte for byte; a file whose export list would change is left as it was. Returns the
    stripped files (relative paths) with the bytes saved.
    """
    saved = []
    for binary in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in (".dll", ".pyd")):
        if not _has_symbols(binary):
            continue
        stripped = binary.with_name(binary.name + ".stripped")
        subprocess.run(
            ["x86_64-w64-mingw32-strip", "--strip-unneeded", "-o", str(stripped), str(binary)], check=True
        )
        if pe_exports(stripped) != pe_exports(binary):
            stripped.unlink()
            continue
        saved.append((binary.relative_to(root).as_posix(), binary.stat().st_size - stripped.stat().st_size))
        stripped.replace(binary)
    return saved


def drop_unimported_dlls(root: Path, imports_of=pe_imports) -> list[str]:
    """Delete the OPTIONAL_DLL files under ROOT that no remaining binary imports; returns their relative paths.

    Repeats until nothing changes: a runtime DLL imported only by another unused one goes too.
    """
    binaries = [p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in (".dll", ".pyd", ".exe")]
    imports = {binary: imports_of(binary) for binary in binaries}
    dropped: list[str] = []
    while True:
        wanted = set().union(*imports.values()) if imports else set()
        unused = [b for b in imports if OPTIONAL_DLL.fullmatch(b.name) and b.name.lower() not in wanted]
        if not unused:
            return sorted(dropped)
        for binary in unused:
            del imports[binary]
            dropped.append(binary.relative_to(root).as_posix())
            binary.unlink()


def strip_sources(stage: Path) -> int:
    """Delete each .py that has a .pyc beside it (compileall -b), and every __pycache__; returns bytes removed.

    The bundled Python imports the sourceless .pyc directly; KEEP_SOURCE_GLOBS name the files read as source.
    """
    keep = {path for pattern in KEEP_SOURCE_GLOBS for path in stage.glob(pattern)}
    removed = 0
    for source in list(stage.rglob("*.py")):
        if source not in keep and source.with_suffix(".pyc").is_file():
            removed += _remove(source)
    for cache in sorted(stage.rglob("__pycache__"), key=lambda p: len(p.parts), reverse=True):
        removed += _remove(cache)
    return removed


def _on_disk(size: int) -> int:
    return -(-size // CLUSTER) * CLUSTER


def zippable(site_packages: Path) -> list[Path]:
    """The top-level .pyc modules and the packages of only .pyc files (ZIP_KEEP excepted), sorted."""
    chosen = []
    for entry in sorted(site_packages.iterdir()):
        if entry.name in ZIP_KEEP or entry.suffix == ".dist-info" or entry.name == "__pycache__":
            continue
        if entry.is_file() and entry.suffix == ".pyc":
            chosen.append(entry)
        elif entry.is_dir() and (entry / "__init__.pyc").is_file():
            files = [path for path in entry.rglob("*") if path.is_file()]
            if all(path.suffix == ".pyc" or path.name in ZIP_ALSO for path in files):
                chosen.append(entry)
    return chosen


def zip_pure_packages(site_packages: Path) -> tuple[list[str], int, int]:
    """Move the zippable packages into site-packages.zip; returns their names and on-disk bytes before and after.

    The zip is written beside the folder under a temporary name and renamed; only then are the originals removed.
    """
    chosen = zippable(site_packages)
    archive_path = site_packages.parent / SITE_ZIP
    partial = archive_path.with_suffix(".zip.partial")
    before = 0
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for entry in chosen:
            files = [entry] if entry.is_file() else sorted(p for p in entry.rglob("*") if p.is_file())
            for path in files:
                before += _on_disk(path.stat().st_size)
                archive.write(path, path.relative_to(site_packages).as_posix())
    partial.replace(archive_path)
    for entry in chosen:
        _remove(entry)
    return [entry.name for entry in chosen], before, _on_disk(archive_path.stat().st_size)


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
    prune = commands.add_parser("prune")
    prune.add_argument("runtime", type=Path)
    symbols = commands.add_parser("strip-symbols")
    symbols.add_argument("root", type=Path)
    pure = commands.add_parser("zip-pure")
    pure.add_argument("site_packages", type=Path)
    strip = commands.add_parser("strip-sources")
    strip.add_argument("stage", type=Path)
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
    elif args.command == "prune":
        print(
            f"pruned {prune_bundle(args.runtime) / 1e6:.1f} MB (tests, headers, AVIF codec, OpenSSL, records)"
        )
        dropped = drop_unimported_dlls(args.runtime)
        print(f"dropped {len(dropped)} DLLs nothing imports: {', '.join(dropped) or '-'}")
    elif args.command == "strip-sources":
        print(f"removed {strip_sources(args.stage) / 1e6:.1f} MB of .py sources (their .pyc stay)")
    elif args.command == "strip-symbols":
        saved = strip_symbols(args.root)
        listed = ", ".join(f"{name} ({size / 2**20:.1f} MiB)" for name, size in saved) or "-"
        print(f"stripped symbol tables: {sum(size for _, size in saved) / 2**20:.1f} MiB ({listed})")
    elif args.command == "zip-pure":
        names, before, after = zip_pure_packages(args.site_packages)
        print(
            f"zipped {len(names)} pure-Python packages into {SITE_ZIP}: {before / 2**20:.1f} MiB on disk -> "
            f"{after / 2**20:.1f} MiB ({', '.join(names)})"
        )
    elif args.command == "app":
        copy_app(args.destination)
    elif args.command == "pth":
        write_pth(args.runtime)
    elif args.command == "zip":
        make_zip(args.source, args.destination, args.folder_name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
