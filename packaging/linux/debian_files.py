"""The .deb's own files: control, maintainer scripts, launchers, desktop entry, icons, copyright.

``build_deb.sh`` fills ``/opt/greendesk/venv`` (a venv on Debian's ``python3.11``, or with ``--bundled-python`` on
the CPython 3.11 that ``build_python.sh`` compiled, under ``/opt/greendesk/python``, with the vendored wheels) and
then calls ``python debian_files.py STAGE --arch ARCH [--bundled-python]`` to write everything else into the
staging tree. The text is rendered here, in plain functions, so a test can read it without building the (slow)
package.

The maintainer scripts only refresh the menu caches and remove what is left of ``/opt/greendesk``; they never
read or write a user's data (``~/.local/share/GreenDesk``, its ``-anchors`` folder beside it,
``~/.local/state/GreenDesk``), so removing or purging the package keeps every workspace.
"""

from __future__ import annotations

import argparse
import ast
import os
import stat
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "greendesk"
INSTALL_DIR = "/opt/greendesk"  # the package's only folder outside /usr; postrm removes what is left of it
VENV_DIR = f"{INSTALL_DIR}/venv"
PYTHON = "python3.11"  # the venv's interpreter: Debian's /usr/bin/python3.11 (the wheels are cp311)
BUNDLED_PYTHON_DIR = f"{INSTALL_DIR}/python"  # --bundled-python: build_python.sh's CPython 3.11 instead
# The bundled variant's glibc: its Python is linked against 2.28's symbol versions (build_python.sh), as are
# PySide6's x86_64 wheels; PySide6's aarch64 wheels need 2.31.
BUNDLED_LIBC = {"amd64": "libc6 (>= 2.28)", "arm64": "libc6 (>= 2.31)"}
# What its standard library's modules load from the system (zlib, bz2, lzma, sqlite3, uuid): the same sonames
# on every Debian since 8. libffi and OpenSSL, which differ, ship beside the interpreter.
BUNDLED_PYTHON_LIBRARIES = ("zlib1g", "libbz2-1.0", "liblzma5", "libsqlite3-0", "libuuid1")
ICON_SIZES = (32, 48, 64, 128, 256)
MAINTAINER = "GreenDesk maintainers <greendesk@example.invalid>"

# Qt 6's platform plugins (xcb on a desktop, offscreen for checks) and what PySide6's wheel does not carry;
# the same list as .ci/run and the README. python3.11 brings sqlite3, ssl and the rest of the standard library.
QT_LIBRARIES = (
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0",
    "libx11-xcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-randr0",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libsm6",  # PySide6's aarch64 libqxcb.so links libSM and libICE (smoke_deb.sh --arch arm64 found it)
    "libice6",
)
# Any sans CJK font draws the interface; the first is the one the app also ships and prefers.
CJK_FONTS = "fonts-wqy-microhei | fonts-noto-cjk | fonts-wqy-zenhei"
# The documents' TrueType stand-ins for 宋体 and 楷体 (README, "Documents"); without them a fallback font is used.
RECOMMENDS = ("fonts-arphic-gbsn00lp", "fonts-arphic-gkai00mp")

LAUNCHERS = {  # /opt/greendesk/bin/NAME -> (module, function); /usr/bin/NAME links to it
    "greendesk": ("greendesk.cli", "main"),
    "greendesk-gui": ("greendesk.ui.app", "main"),
}


def project_version(root: Path = ROOT) -> str:
    """``greendesk.__version__``, read without importing the package (the build host needs no Qt)."""
    tree = ast.parse((root / "greendesk" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            getattr(t, "id", None) == "__version__" for t in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise ValueError("greendesk/__init__.py has no __version__")


def depends(arch: str = "amd64", bundled_python: bool = False) -> list[str]:
    """Debian's python3.11, or with our own Python glibc and a few base libraries; Qt's and a CJK font always."""
    python = [BUNDLED_LIBC[arch], *BUNDLED_PYTHON_LIBRARIES] if bundled_python else [PYTHON]
    return [*python, *QT_LIBRARIES, CJK_FONTS]


def _python_sentence(bundled_python: bool) -> str:
    if bundled_python:
        return f"its own CPython 3.11 ({BUNDLED_PYTHON_DIR}) and vendored"
    return f"Debian's {PYTHON} and vendored"


def control_text(version: str, arch: str, installed_size_kib: int, bundled_python: bool = False) -> str:
    """DEBIAN/control. ``Installed-Size`` is in KiB, as dpkg counts it."""
    fields = [
        ("Package", PACKAGE),
        ("Version", version),
        ("Architecture", arch),
        ("Maintainer", MAINTAINER),
        ("Installed-Size", str(installed_size_kib)),
        ("Depends", ", ".join(depends(arch, bundled_python))),
        ("Recommends", ", ".join(RECOMMENDS)),
        ("Section", "misc"),
        ("Priority", "optional"),
        ("Description", "GreenDesk (绿色社区审核台): offline review desk for green communities"),
    ]
    lines = [f"{name}: {value}" for name, value in fields]
    lines += [
        " District review offices of the Green Community Creation Action (绿色社区创建行动) review the",
        " communities that street offices recommend, with photo evidence, track progress and export the",
        " district application package. Works without network access.",
        " .",
        f" Installs under {INSTALL_DIR} with its own Python environment ({_python_sentence(bundled_python)}",
        " wheels, PySide6 included). Removing the package keeps the workspaces in ~/.local/share/GreenDesk.",
    ]
    return "\n".join(lines) + "\n"


def desktop_text() -> str:
    """/usr/share/applications/greendesk.desktop (freedesktop Desktop Entry 1.5)."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.5\n"
        "Name=GreenDesk\n"
        "Name[zh_CN]=绿色社区审核台\n"
        "GenericName=Green community review desk\n"
        "GenericName[zh_CN]=绿色社区创建审核\n"
        "Comment=Review the communities of the Green Community Creation Action, offline\n"
        "Comment[zh_CN]=绿色社区创建行动离线审核：审核、进度、申报材料\n"
        "Exec=greendesk-gui\n"
        "TryExec=greendesk-gui\n"
        f"Icon={PACKAGE}\n"
        "Terminal=false\n"
        "Categories=Office;\n"
        "Keywords=green;community;review;绿色社区;审核;\n"
        "StartupNotify=true\n"
    )


def launcher_text(module: str, function: str) -> str:
    """A console-script style launcher: -s and -E keep the user's site-packages and PYTHON* variables out."""
    return (
        f"#!{VENV_DIR}/bin/{PYTHON} -sE\n"
        '"""GreenDesk, run from the .deb\'s own Python environment."""\n'
        "import sys\n\n"
        f"from {module} import {function}\n\n"
        f"sys.exit({function}())\n"
    )


def postinst_text() -> str:
    return (
        "#!/bin/sh\n"
        "# Refreshes the menus' desktop and icon caches. Touches no user's data (~/.local/share/GreenDesk).\n"
        "set -e\n"
        'if [ "$1" = configure ]; then\n'
        "  if command -v update-desktop-database >/dev/null 2>&1; then\n"
        "    update-desktop-database -q /usr/share/applications || true\n"
        "  fi\n"
        "  if command -v gtk-update-icon-cache >/dev/null 2>&1; then\n"
        "    gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true\n"
        "  fi\n"
        "fi\n"
        "exit 0\n"
    )


def postrm_text() -> str:
    """After dpkg removed the package's files: what Python left under /opt/greendesk (byte code) goes too."""
    return (
        "#!/bin/sh\n"
        f"# Removes what is left of {INSTALL_DIR} (byte code written after the install). Never touches a\n"
        "# user's data: the workspaces in ~/.local/share/GreenDesk stay, on remove and on purge.\n"
        "set -e\n"
        'case "$1" in\n'
        "  remove|purge)\n"
        f"    rm -rf {INSTALL_DIR}\n"
        "    if command -v update-desktop-database >/dev/null 2>&1; then\n"
        "      update-desktop-database -q /usr/share/applications || true\n"
        "    fi\n"
        "    ;;\n"
        "esac\n"
        "exit 0\n"
    )


def copyright_text(bundled_python: bool = False) -> str:
    text = (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: GreenDesk\n\n"
        "Files: *\n"
        "License: Proprietary\n\n"
        f"Files: {VENV_DIR}/lib/{PYTHON}/site-packages/*\n"
        "License: various\n"
        " Each vendored distribution carries its licence in its *.dist-info folder (PySide6 and Qt: LGPL-3.0;\n"
        " the rest: BSD, MIT, Apache-2.0, HPND, LGPL-2.1+ for py7zr).\n"
    )
    if bundled_python:
        text += (
            f"\nFiles: {BUNDLED_PYTHON_DIR}/*\n"
            "License: PSF-2.0\n"
            f" CPython 3.11.2; its licence: {BUNDLED_PYTHON_DIR}/lib/{PYTHON}/LICENSE.txt. Beside it\n"
            " Debian 11's libffi (MIT) and OpenSSL 1.1.1 (OpenSSL and SSLeay licences).\n"
        )
    return text


def installed_size_kib(stage: Path) -> int:
    """What dpkg-gencontrol counts: each file's size rounded up to KiB, one KiB per folder and link."""
    total = 0
    for folder, folders, files in os.walk(stage):
        here = Path(folder)
        if here == stage / "DEBIAN":
            folders.clear()
            continue
        for name in files + folders:
            path = here / name
            info = path.lstat()
            total += -(-info.st_size // 1024) if stat.S_ISREG(info.st_mode) else 1
    return total


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def _link(path: Path, target: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_symlink() or path.exists():
        path.unlink()
    path.symlink_to(target)


def write_icons(stage: Path, source: Path = ROOT / "resources" / "icons" / "greendesk.png") -> None:
    with Image.open(source) as image:
        mark = image.convert("RGBA")
    for size in ICON_SIZES:
        target = stage / f"usr/share/icons/hicolor/{size}x{size}/apps/{PACKAGE}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        mark.resize((size, size), Image.Resampling.LANCZOS).save(target, optimize=True)
        target.chmod(0o644)


def write_tree(stage: Path, version: str, arch: str, bundled_python: bool = False) -> None:
    """Everything but the venv: launchers and their /usr/bin links, desktop entry, icons, docs, DEBIAN/."""
    for name, (module, function) in LAUNCHERS.items():
        _write(stage / INSTALL_DIR.lstrip("/") / "bin" / name, launcher_text(module, function), 0o755)
        _link(stage / "usr/bin" / name, f"{INSTALL_DIR}/bin/{name}")
    _write(stage / f"usr/share/applications/{PACKAGE}.desktop", desktop_text())
    write_icons(stage)
    _write(stage / f"usr/share/doc/{PACKAGE}/copyright", copyright_text(bundled_python))
    _write(stage / "DEBIAN/postinst", postinst_text(), 0o755)
    _write(stage / "DEBIAN/postrm", postrm_text(), 0o755)
    size = installed_size_kib(stage)
    _write(stage / "DEBIAN/control", control_text(version, arch, size, bundled_python))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stage", type=Path, nargs="?", help="the staging tree (its venv already filled)")
    parser.add_argument("--arch", default="amd64", choices=["amd64", "arm64"])
    parser.add_argument("--version", default=None, help="default: greendesk.__version__")
    parser.add_argument(
        "--bundled-python", action="store_true", help=f"the venv runs on {BUNDLED_PYTHON_DIR}, not python3.11"
    )
    parser.add_argument("--print-version", action="store_true", help="print greendesk.__version__ and stop")
    args = parser.parse_args()
    if args.print_version or args.stage is None:
        print(project_version())
        return
    write_tree(args.stage, args.version or project_version(), args.arch, args.bundled_python)


if __name__ == "__main__":
    main()
