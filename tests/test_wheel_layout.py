"""Resources in both layouts: a source checkout (and the Windows bundle) and an installed wheel.

The wheel itself is built, installed into a fresh venv and run by packaging/wheel_check.sh (part of .ci/run):
that needs the package index for the build backend and the dependencies, so it is not a pytest test. Here the
build step (setup.py's build_py) runs offline on a copy of the sources, and paths.py is loaded from the trees
it would sit in.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
PATHS_MODULE = Path("greendesk", "core", "base", "paths.py")
BUILD_INPUTS = ("setup.py", "pyproject.toml", "MANIFEST.in", "README.md")


def _load_paths(package_parent: Path) -> ModuleType:
    """paths.py as imported from PACKAGE_PARENT/greendesk/... (its location decides what it finds)."""
    location = package_parent / PATHS_MODULE
    spec = importlib.util.spec_from_file_location(f"paths_under_test_{abs(hash(location))}", location)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _place_paths_module(package_parent: Path) -> None:
    target = package_parent / PATHS_MODULE
    target.parent.mkdir(parents=True)
    shutil.copy2(ROOT / PATHS_MODULE, target)


def test_an_installed_package_reads_its_own_copy_not_site_packages_resources(tmp_path: Path):
    site_packages = tmp_path / "site-packages"
    _place_paths_module(site_packages)
    shipped = site_packages / "greendesk" / "_shipped"
    (shipped / "resources" / "registry").mkdir(parents=True)
    (shipped / "translations").mkdir(parents=True)
    # Another distribution's top-level folders beside the package must not be taken for ours.
    (site_packages / "resources" / "registry").mkdir(parents=True)
    (site_packages / "translations").mkdir()

    paths = _load_paths(site_packages)

    assert paths.resources_dir() == (shipped / "resources").resolve()
    assert paths.translations_dir() == (shipped / "translations").resolve()


def test_a_source_checkout_reads_the_top_level_folders(tmp_path: Path):
    checkout = tmp_path / "checkout"
    _place_paths_module(checkout)
    (checkout / "resources").mkdir()
    (checkout / "translations").mkdir()

    paths = _load_paths(checkout)

    assert paths.resources_dir() == (checkout / "resources").resolve()
    assert paths.translations_dir() == (checkout / "translations").resolve()


def test_the_build_step_puts_every_runtime_file_into_the_package(tmp_path: Path):
    sources = tmp_path / "sources"
    sources.mkdir()
    for name in BUILD_INPUTS:
        shutil.copy2(ROOT / name, sources / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("greendesk", "resources", "translations"):
        shutil.copytree(ROOT / folder, sources / folder, ignore=ignore)
    built = tmp_path / "lib"

    result = subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(built)],
        cwd=sources,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr

    shipped = built / "greendesk" / "_shipped"
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file():
            relative = path.relative_to(ROOT)
            assert (shipped / relative).read_bytes() == path.read_bytes(), relative
    for language in ("zh_CN", "en"):
        for suffix in (".qm", ".ts"):  # the UI loads the .qm, the CLI reads the .ts
            assert (shipped / "translations" / f"greendesk_{language}{suffix}").is_file()
    assert not (shipped / "translations" / "zh_CN").exists()  # the .tsv are translation inputs only
    assert (built / "greendesk" / "core" / "storage" / "migrations" / "versions").is_dir()
    # The built tree has no resources/ above the package: paths.py finds the copy inside it.
    paths = _load_paths(built)
    assert paths.resources_dir() == (shipped / "resources").resolve()
    assert (paths.resources_dir() / "registry" / "beijing_counts_2023.csv").is_file()
    assert paths.translations_dir() == (shipped / "translations").resolve()
