"""The Windows bundle's layout rules (packaging/windows/bundle.py) and its pinned dependency list."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path

import greendesk

ROOT = Path(__file__).resolve().parents[1]
WINDOWS = ROOT / "packaging" / "windows"


def _bundle():
    spec = importlib.util.spec_from_file_location("windows_bundle", WINDOWS / "bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_version_comes_from_the_package():
    assert _bundle().read_version() == greendesk.__version__


def test_every_runtime_dependency_is_pinned_with_a_hash_for_windows():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    needed = {
        _normalize(re.split(r"[<>=!~;\s\[]", spec, maxsplit=1)[0])
        for spec in project["project"]["dependencies"]
    }
    text = (WINDOWS / "requirements-win.txt").read_text(encoding="utf-8")
    pins = dict(
        re.findall(r"^([A-Za-z0-9_.-]+)==(\S+) \\\n\s+--hash=sha256:[0-9a-f]{64}$", text, re.MULTILINE)
    )
    pinned = {_normalize(name) for name in pins}
    assert needed <= pinned, f"missing from requirements-win.txt: {sorted(needed - pinned)}"
    assert pins["numpy"] == "1.26.4"  # numpy 2 aborts on import under Wine; shipped bytes = tested bytes


def test_trim_keeps_widgets_and_chinese_and_drops_quick(tmp_path: Path):
    site = tmp_path / "site-packages"
    pyside = site / "PySide6"
    for name in (
        "Qt6Core.dll",
        "Qt6Widgets.dll",
        "QtWidgets.pyd",
        "Qt6Quick.dll",
        "QtQml.pyd",
        "Qt6LabsAnimation.dll",
        "designer.exe",
        "QtCore.pyi",
        "pyside6.abi3.dll",
        "msvcp140.dll",
        "translations/qtbase_zh_CN.qm",
        "translations/qt_zh_CN.qm",
        "translations/qtbase_de.qm",
        "translations/designer_zh_CN.qm",
        "plugins/platforms/qwindows.dll",
        "plugins/qmltooling/qmldbg_tcp.dll",
        "qml/QtQuick/qmldir",
    ):
        path = pyside / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 10)

    removed = _bundle().trim_pyside(site)

    left = {p.relative_to(pyside).as_posix() for p in pyside.rglob("*") if p.is_file()}
    assert left == {
        "Qt6Core.dll",
        "Qt6Widgets.dll",
        "QtWidgets.pyd",
        "pyside6.abi3.dll",
        "msvcp140.dll",
        "translations/qtbase_zh_CN.qm",
        "translations/qt_zh_CN.qm",
        "plugins/platforms/qwindows.dll",
    }
    assert removed == 9 * 10


def test_app_layout_lets_paths_find_resources(tmp_path: Path):
    bundle = _bundle()
    app = tmp_path / "app"
    bundle.copy_app(app)
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    bundle.write_pth(runtime)

    # greendesk/core/base/paths.py looks three folders above itself: app\ must hold resources\ and translations\.
    paths_module = app / "greendesk" / "core" / "base" / "paths.py"
    assert paths_module.is_file()
    assert (paths_module.resolve().parents[3] / "resources" / "standards").is_dir()
    assert (paths_module.resolve().parents[3] / "translations" / "greendesk_zh_CN.qm").is_file()
    assert not list(app.rglob("__pycache__"))
    pth = (runtime / "python312._pth").read_bytes().decode("ascii").split("\r\n")
    assert "..\\app" in pth and "Lib\\site-packages" in pth and "import site" in pth
    assert (runtime / "sitecustomize.py").is_file()
