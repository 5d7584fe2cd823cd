"""Trimming the Windows bundle (packaging/windows/bundle.py) on fake trees: what goes, and what must stay."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WINDOWS = ROOT / "packaging" / "windows"


def _bundle():
    spec = importlib.util.spec_from_file_location("windows_bundle", WINDOWS / "bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tree(root: Path, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 10)


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_prune_drops_tests_headers_avif_and_tls_but_keeps_what_runs(tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    kept = [
        "python312.dll",
        "_hashlib.pyd",  # hashlib.scrypt (account passwords) needs OpenSSL
        "libcrypto-3.dll",
        "Lib/site-packages/sqlalchemy/orm/session.pyc",
        "Lib/site-packages/numpy/core/_multiarray_umath.cp312-win_amd64.pyd",
        "Lib/site-packages/numpy/core/_multiarray_tests.cp312-win_amd64.pyd",  # imported by numpy itself
        "Lib/site-packages/numpy/testing/__init__.pyc",  # numpy imports it lazily; small
        "Lib/site-packages/PIL/_imaging.cp312-win_amd64.pyd",
        "Lib/site-packages/PIL/_webp.cp312-win_amd64.pyd",
        "Lib/site-packages/pi_heif/__init__.pyc",
        "Lib/site-packages/lxml/etree.cp312-win_amd64.pyd",
        "Lib/site-packages/Cryptodome/Cipher/_raw_aes.pyd",
    ]
    dropped = [
        "_ssl.pyd",
        "libssl-3.dll",
        "Lib/site-packages/sqlalchemy/testing/fixtures.pyc",
        "Lib/site-packages/alembic/testing/env.pyc",
        "Lib/site-packages/numpy/linalg/tests/test_linalg.pyc",
        "Lib/site-packages/numpy/core/tests/data/umath-validation-set-README.txt",
        "Lib/site-packages/numpy/core/include/numpy/ndarraytypes.h",
        "Lib/site-packages/numpy/core/lib/npymath.lib",
        "Lib/site-packages/numpy/core/_simd.cp312-win_amd64.pyd",
        "Lib/site-packages/numpy/core/_rational_tests.cp312-win_amd64.pyd",
        "Lib/site-packages/numpy/f2py/__init__.pyc",
        "Lib/site-packages/numpy/random/_bounded_integers.pxd",
        "Lib/site-packages/PIL/_avif.cp312-win_amd64.pyd",
        "Lib/site-packages/PIL/_imagingft.cp312-win_amd64.pyd",
        "Lib/site-packages/Cryptodome/SelfTest/__init__.pyc",
        "Lib/site-packages/lxml/includes/tree.h",
        "Lib/site-packages/lxml/html/__init__.pyc",
        "Lib/site-packages/lxml/objectify.cp312-win_amd64.pyd",
        "Lib/site-packages/psutil/tests/test_misc.pyc",
        "Lib/site-packages/pyqtgraph/opengl/GLViewWidget.pyc",
        "Lib/site-packages/pyqtgraph/__init__.pyi",
    ]
    _tree(runtime, kept + dropped)

    removed = _bundle().prune_bundle(runtime)

    assert _files(runtime) == set(kept)
    assert removed == 10 * len(dropped)
    assert not (runtime / "Lib/site-packages/numpy/linalg/tests").exists()


def test_qt_plugins_are_only_those_in_use(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    plugins = [f"PySide6/plugins/{name}" for name in ("platforms/qwindows.dll", "imageformats/qjpeg.dll")]
    plugins += [
        f"PySide6/plugins/{name}" for name in ("imageformats/qsvg.dll", "styles/qmodernwindowsstyle.dll")
    ]
    unused = [
        f"PySide6/plugins/{name}"
        for name in (
            "platforms/qminimal.dll",
            "platforms/qoffscreen.dll",
            "imageformats/qtiff.dll",
            "imageformats/qwebp.dll",
            "imageformats/qpdf.dll",
            "platforminputcontexts/qtvirtualkeyboardplugin.dll",
            "tls/qschannelbackend.dll",
        )
    ]
    _tree(site, [*plugins, *unused, "PySide6/translations/qtbase_zh_CN.qm"])

    _bundle().trim_pyside(site)

    assert _files(site / "PySide6" / "plugins") == {p.removeprefix("PySide6/plugins/") for p in plugins}
    assert not (site / "PySide6" / "plugins" / "tls").exists()  # emptied folders go too


def test_runtime_dlls_stay_only_while_something_imports_them(tmp_path: Path) -> None:
    imports = {
        "QtCore.pyd": {"qt6core.dll", "msvcp140.dll", "vcruntime140.dll"},
        "Qt6Core.dll": {"msvcp140_1.dll", "vcruntime140_1.dll"},
        "Qt6Unused.dll": set(),  # not a runtime DLL: never judged here
        "vcamp140.dll": {"msvcp140_2.dll"},  # imported by nobody, and the only user of msvcp140_2
        "msvcp140.dll": {"vcruntime140.dll"},
        "msvcp140_1.dll": set(),
        "msvcp140_2.dll": set(),
        "concrt140.dll": {"msvcp140.dll"},
        "vcruntime140.dll": set(),
        "vcruntime140_1.dll": set(),
        "libssl-3.dll": {"libcrypto-3.dll"},
        "libcrypto-3.dll": set(),
    }
    folder = tmp_path / "PySide6"
    _tree(folder, list(imports))

    dropped = _bundle().drop_unimported_dlls(tmp_path, lambda binary: imports[binary.name])

    gone = {"vcamp140.dll", "msvcp140_2.dll", "concrt140.dll", "libssl-3.dll"}
    assert dropped == sorted(f"PySide6/{name}" for name in gone)
    assert _files(folder) == set(imports) - gone


@pytest.mark.skipif(shutil.which("x86_64-w64-mingw32-gcc") is None, reason="mingw-w64 is not installed")
def test_pe_imports_reads_a_real_import_table(tmp_path: Path) -> None:
    source = tmp_path / "probe.c"
    source.write_text(
        "#include <windows.h>\n__declspec(dllexport) DWORD probe(void) { return GetTickCount(); }\n",
        encoding="ascii",
    )
    dll = tmp_path / "probe.dll"
    subprocess.run(["x86_64-w64-mingw32-gcc", "-shared", "-o", str(dll), str(source)], check=True)

    assert "kernel32.dll" in _bundle().pe_imports(dll)


def test_strip_sources_keeps_pyc_migrations_and_uncompiled_files(tmp_path: Path) -> None:
    migrations = "app/greendesk/core/storage/migrations"
    kept = [
        "app/greendesk/__main__.pyc",
        f"{migrations}/env.py",  # alembic reads the migration scripts as .py files
        f"{migrations}/env.pyc",
        f"{migrations}/versions/0001_initial.py",
        f"{migrations}/versions/0001_initial.pyc",
        "runtime/Lib/site-packages/sqlalchemy/__init__.pyc",
        "runtime/Lib/site-packages/pkg/py2_only.py",  # did not compile: stays as source
        "runtime/sitecustomize.py",
    ]
    stripped = [
        "app/greendesk/__main__.py",
        "runtime/Lib/site-packages/sqlalchemy/__init__.py",
        "runtime/Lib/site-packages/sqlalchemy/__pycache__/__init__.cpython-312.pyc",
    ]
    _tree(tmp_path, kept + stripped)

    removed = _bundle().strip_sources(tmp_path)

    assert _files(tmp_path) == set(kept)
    assert removed == 10 * len(stripped)
    assert not list(tmp_path.rglob("__pycache__"))
