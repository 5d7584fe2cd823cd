"""The .deb's own files (packaging/linux/debian_files.py) and its site-packages trim (packaging/linux/trim.py).

The real build (build_deb.sh, several minutes) and its proof in a Debian 12 chroot (smoke_deb.sh) are not run
here; these tests read what the build writes around the venv.
"""

from __future__ import annotations

import configparser
import importlib
import importlib.util
import re
import subprocess
from email.parser import HeaderParser
from pathlib import Path

import pytest
from PIL import Image

import greendesk

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"deb_{name}", LINUX / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def files():
    return _load("debian_files")


@pytest.fixture
def stage(tmp_path: Path, files) -> Path:
    files.write_tree(tmp_path, files.project_version(), "amd64")
    return tmp_path


def _control(stage: Path):
    return HeaderParser().parsestr((stage / "DEBIAN" / "control").read_text(encoding="utf-8"))


def _ci_qt_packages() -> set[str]:
    """The Qt and xcb libraries .ci/run installs for the tests (its first two apt groups)."""
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    block = text.split("apt_packages=(", 1)[1].split("# a CJK font", 1)[0]
    return {word for line in block.splitlines() if not line.strip().startswith("#") for word in line.split()}


def test_control_names_the_package_its_version_and_what_qt_needs(stage: Path, files):
    control = _control(stage)
    assert control["Package"] == "greendesk"
    assert control["Version"] == greendesk.__version__
    assert control["Architecture"] == "amd64"
    depends = [item.strip() for item in control["Depends"].split(",")]
    assert depends[0] == "python3.11"  # the venv's interpreter, /usr/bin/python3.11
    missing = _ci_qt_packages() - set(depends)
    assert not missing, f"Depends lacks what .ci/run installs for Qt: {sorted(missing)}"
    assert any("fonts-wqy-microhei" in item.split(" | ") for item in depends)
    assert "fonts-arphic-gbsn00lp" in control["Recommends"]
    assert int(control["Installed-Size"]) == files.installed_size_kib(stage) > 0


def test_control_text_is_well_formed(files):
    text = files.control_text("1.2.3", "arm64", 4096)
    lines = text.splitlines()
    assert text.endswith("\n") and "" not in lines  # a blank line would end the stanza
    description = lines.index(next(line for line in lines if line.startswith("Description: ")))
    assert all(line.startswith(" ") for line in lines[description + 1 :])
    assert "Architecture: arm64" in lines and "Installed-Size: 4096" in lines


def test_desktop_entry_has_the_chinese_name_the_command_and_the_icon(stage: Path, files):
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(stage / "usr/share/applications/greendesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name[zh_CN]"] == "绿色社区审核台"
    assert desktop["Exec"] == "greendesk-gui" and (stage / "usr/bin/greendesk-gui").is_symlink()
    icon = stage / f"usr/share/icons/hicolor/256x256/apps/{desktop['Icon']}.png"
    assert icon.is_file()
    for size in files.ICON_SIZES:
        with Image.open(stage / f"usr/share/icons/hicolor/{size}x{size}/apps/greendesk.png") as image:
            assert image.size == (size, size)
    assert desktop["Categories"].endswith(";")


def test_commands_link_to_launchers_on_the_packages_own_python(stage: Path, files):
    for name, (module, function) in files.LAUNCHERS.items():
        link = stage / "usr/bin" / name
        assert link.is_symlink() and str(link.readlink()) == f"/opt/greendesk/bin/{name}"
        launcher = stage / "opt/greendesk/bin" / name
        text = launcher.read_text(encoding="utf-8")
        assert text.startswith("#!/opt/greendesk/venv/bin/python3.11 -sE\n")
        assert launcher.stat().st_mode & 0o111
        compile(text, str(launcher), "exec")
        assert callable(getattr(importlib.import_module(module), function))


def test_maintainer_scripts_never_touch_the_users_data(stage: Path):
    scripts = sorted((stage / "DEBIAN").glob("post*"))
    assert [path.name for path in scripts] == ["postinst", "postrm"]
    for script in scripts:
        assert script.stat().st_mode & 0o755 == 0o755
        subprocess.run(["sh", "-n", str(script)], check=True)
        code = [line for line in script.read_text().splitlines() if not line.lstrip().startswith("#")]
        assert not [line for line in code if re.search(r"home|HOME|~|\.local|GreenDesk", line)], script.name
        removals = [line.strip() for line in code if re.search(r"\brm\b", line)]
        assert removals == (["rm -rf /opt/greendesk"] if script.name == "postrm" else [])
    postrm = (stage / "DEBIAN/postrm").read_text()
    assert "remove|purge)" in postrm  # not on upgrade: the new version's files are already unpacked


def test_dry_run_writes_the_staging_tree(tmp_path: Path):
    """build_deb.sh --dry-run: the launchers, entry, icons and DEBIAN/ without the (slow) venv."""
    build = LINUX / "build_deb.sh"
    result = subprocess.run(
        ["bash", str(build), "--dry-run", "--work", str(tmp_path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    stage = tmp_path / "stage"
    assert _control(stage)["Version"] == greendesk.__version__
    assert (stage / "usr/share/applications/greendesk.desktop").is_file()
    assert not (stage / "opt/greendesk/venv").exists()  # a dry run leaves the venv out
    refused = subprocess.run(["bash", str(build), "--bogus"], capture_output=True, text=True)
    assert refused.returncode == 2 and "usage" in refused.stderr


def test_bundled_python_depends_on_glibc_not_python311(tmp_path: Path, files):
    """--bundled-python: the venv runs on /opt/greendesk/python, so apt must not ask for python3.11."""
    files.write_tree(tmp_path, files.project_version(), "amd64", bundled_python=True)
    control = _control(tmp_path)
    depends = [item.strip() for item in control["Depends"].split(",")]
    assert depends[0] == "libc6 (>= 2.28)"  # what build_python.sh links against, as PySide6's x86_64 wheels
    assert not [item for item in depends if "python" in item]
    assert {"libsqlite3-0", "zlib1g", "liblzma5", "libbz2-1.0"} <= set(depends)  # sqlite3, zlib, lzma, bz2
    assert not (_ci_qt_packages() - set(depends))  # Qt's xcb plugin still needs the system's libraries
    assert "/opt/greendesk/python" in control["Description"]
    copyright_text = (tmp_path / "usr/share/doc/greendesk/copyright").read_text(encoding="utf-8")
    assert "Files: /opt/greendesk/python/*\nLicense: PSF-2.0" in copyright_text
    plain = files.copyright_text()
    assert "PSF" not in plain and "python3.11" in files.control_text("1", "amd64", 1)


def test_dry_run_bundled_python_and_the_scripts_refuse_unknown_choices(tmp_path: Path):
    build = LINUX / "build_deb.sh"
    result = subprocess.run(
        ["bash", str(build), "--dry-run", "--bundled-python", "--arch", "arm64", "--work", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    control = _control(tmp_path / "stage")
    assert control["Architecture"] == "arm64"
    assert control["Depends"].startswith("libc6 (>= 2.31), ")  # PySide6's aarch64 wheels
    depends = {item.strip() for item in control["Depends"].split(",")}
    assert {"libsm6", "libice6"} <= depends  # the aarch64 libqxcb.so links them
    # Both refuse before they need root, a chroot or the network.
    for script, args, said in [
        ("smoke_deb.sh", ["--suite", "buster"], "unknown --suite buster"),
        ("build_python.sh", ["--arch", "i386"], "usage"),
    ]:
        refused = subprocess.run(["bash", str(LINUX / script), *args], capture_output=True, text=True)
        assert refused.returncode == 2 and said in refused.stderr, script


def test_trim_keeps_what_the_app_loads(tmp_path: Path):
    trim = _load("trim")
    kept = [
        "PySide6/QtCore.abi3.so",
        "PySide6/__init__.py",
        "PySide6/support/signature/loader.py",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "numpy/_core/multiarray.py",
    ]
    dropped = [
        "PySide6/lupdate",
        "PySide6/QtCore.pyi",
        "PySide6/include/pyside.h",
        "PySide6/Qt/qml/QtQuick/qmldir",
        "PySide6/Qt/libexec/rcc",
        "PySide6/Qt/translations/qtbase_de.qm",
        "numpy/_core/tests/test_x.py",
        "pyqtgraph/examples/demo.py",
        "sqlalchemy/ext/x.pyi",
    ]
    for relative in kept + dropped:
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_bytes(b"x" * 10)
    (tmp_path / "PySide6/lupdate").chmod(0o755)
    assert trim.trim(tmp_path) == 10 * len(dropped)
    assert [path for path in kept if not (tmp_path / path).exists()] == []
    assert [path for path in dropped if (tmp_path / path).exists()] == []
