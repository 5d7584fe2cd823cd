"""Trimming the Windows bundle (packaging/windows/bundle.py) on fake trees: what goes, and what must stay."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import zipfile
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


def test_prune_drops_tests_headers_avif_and_openssl_but_keeps_what_runs(tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    kept = [
        "python312.dll",
        "libcrypto-3.dll",  # judged by drop_unimported_dlls (it goes when nothing imports it)
        "Lib/site-packages/numpy-1.26.4.dist-info/METADATA",  # importlib.metadata reads versions
        "Lib/site-packages/numpy-1.26.4.dist-info/LICENSE.txt",
        "Lib/site-packages/reportlab/fonts/Vera.ttf",
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
        "_hashlib.pyd",  # hashlib's digests are built in; Ed25519 and scrypt come from pycryptodomex
        "python.cat",
        "Lib/site-packages/numpy-1.26.4.dist-info/RECORD",
        "Lib/site-packages/platformdirs-4.14.8.dist-info/sboms/platformdirs.cdx.json",
        "Lib/site-packages/reportlab/fonts/DarkGarden.sfd",
        "Lib/site-packages/reportlab/fonts/DarkGardenMK.pfb",
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
        "libssl-3.dll": {"libcrypto-3.dll"},  # and with libssl gone, libcrypto has no importer left
        "libcrypto-3.dll": set(),
    }
    folder = tmp_path / "PySide6"
    _tree(folder, list(imports))

    dropped = _bundle().drop_unimported_dlls(tmp_path, lambda binary: imports[binary.name])

    gone = {"vcamp140.dll", "msvcp140_2.dll", "concrt140.dll", "libssl-3.dll", "libcrypto-3.dll"}
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


def test_pure_packages_go_into_one_zip_that_python_imports(tmp_path: Path) -> None:
    site = tmp_path / "Lib" / "site-packages"
    pure = [
        "openpyxl/__init__.pyc",
        "openpyxl/cell/cell.pyc",
        "platformdirs/py.typed",
        "platformdirs/__init__.pyc",
    ]
    pure += ["typing_extensions.pyc"]
    folders = [
        "numpy/__init__.pyc",
        "numpy/core/_multiarray_umath.cp312-win_amd64.pyd",  # extension modules cannot load from a zip
        "reportlab/__init__.pyc",
        "reportlab/fonts/Vera.ttf",  # data read beside the package
        "pi_heif/__init__.pyc",  # finds its DLLs through __file__
        "pi_heif-1.4.0.dist-info/METADATA",
        "_pi_heif.cp312-win_amd64.pyd",
        "namespace_only/module.pyc",  # no __init__: not a package zipimport would find the same way
    ]
    _tree(site, pure + folders)

    names, before, after = _bundle().zip_pure_packages(site)

    assert names == ["openpyxl", "platformdirs", "typing_extensions.pyc"]
    assert _files(site) == set(folders)
    with zipfile.ZipFile(tmp_path / "Lib" / "site-packages.zip") as archive:
        assert sorted(archive.namelist()) == sorted(pure)
    assert before == 5 * 4096 and 0 < after < before
    assert not list(tmp_path.rglob("*.partial"))


def test_a_zipped_sourceless_package_imports(tmp_path: Path) -> None:
    """Sourceless, unchecked-hash .pyc as build.sh makes them (here with this Python) import from the zip."""
    site = tmp_path / "Lib" / "site-packages"
    (site / "zpkg").mkdir(parents=True)
    (site / "zpkg" / "__init__.py").write_text("from .inner import VALUE\n", encoding="utf-8")
    (site / "zpkg" / "inner.py").write_text("VALUE = 42\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "-b", "--invalidation-mode", "unchecked-hash", str(site)],
        check=True,
    )
    for source in site.rglob("*.py"):
        source.unlink()
    _bundle().zip_pure_packages(site)
    assert not (site / "zpkg").exists()
    archive = str(tmp_path / "Lib" / "site-packages.zip")
    script = f"import sys; sys.path[:0] = [{archive!r}]; import zpkg; print(zpkg.VALUE, zpkg.__file__)"
    out = subprocess.run(
        [sys.executable, "-I", "-c", script],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out[0] == "42" and "site-packages.zip" in out[1]


@pytest.mark.skipif(shutil.which("x86_64-w64-mingw32-gcc") is None, reason="mingw-w64 is not installed")
def test_strip_symbols_drops_symbol_tables_and_keeps_exports(tmp_path: Path) -> None:
    source = tmp_path / "probe.c"
    source.write_text(
        "__declspec(dllexport) int probe_one(int x) { return x + 1; }\n"
        "__declspec(dllexport) int probe_two(int x) { return x * 2; }\n",
        encoding="ascii",
    )
    with_symbols = tmp_path / "lib" / "openblas_like.dll"
    already_bare = tmp_path / "lib" / "msvc_like.pyd"
    with_symbols.parent.mkdir()
    gcc = ["x86_64-w64-mingw32-gcc", "-shared", "-O2", str(source), "-o"]
    subprocess.run([*gcc, str(with_symbols), "-g"], check=True)
    subprocess.run([*gcc, str(already_bare), "-s"], check=True)
    bundle = _bundle()
    exports = bundle.pe_exports(with_symbols)
    bare_bytes = already_bare.read_bytes()
    size = with_symbols.stat().st_size

    saved = bundle.strip_symbols(tmp_path)

    assert exports == ["probe_one", "probe_two"]
    assert [name for name, _ in saved] == ["lib/openblas_like.dll"]
    assert saved[0][1] == size - with_symbols.stat().st_size > 0
    assert bundle.pe_exports(with_symbols) == exports
    assert already_bare.read_bytes() == bare_bytes  # nothing to strip: untouched
    assert _files(tmp_path / "lib") == {"openblas_like.dll", "msvc_like.pyd"}
