"""The wheel carries the top-level resources/ and translations/ inside the package, at greendesk/_shipped/.

The repository keeps them once, at the top level, where a source checkout, an editable install and the
Windows bundle (packaging/windows/bundle.py copies them beside the package) read them. An installed wheel has
no such folder above the package, so this build step copies them into the package as it is built;
greendesk/core/base/paths.py looks there first. Everything else is declared in pyproject.toml.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
PACKAGE_FOLDER = Path("greendesk", "_shipped")  # keep in step with paths.SHIPPED_FOLDER
# What the app reads at run time: every resource, and the compiled (.qm, the UI) and source (.ts, the CLI)
# catalogues. translations/zh_CN/*.tsv are inputs of packaging/update_translations.py only.
SHIPPED_PATTERNS = {"resources": ("**/*",), "translations": ("greendesk_*.qm", "greendesk_*.ts")}


def shipped_files() -> list[Path]:
    """The files the wheel carries, relative to the repository."""
    found: set[Path] = set()
    for folder, patterns in SHIPPED_PATTERNS.items():
        for pattern in patterns:
            found.update(path.relative_to(ROOT) for path in (ROOT / folder).glob(pattern) if path.is_file())
    return sorted(path for path in found if "__pycache__" not in path.parts and not path.name.startswith("."))


class BuildWithResources(build_py):
    """build_py, then the shipped files copied into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads them from the checkout itself
        for relative in shipped_files():
            target = Path(self.build_lib) / PACKAGE_FOLDER / relative
            self.mkpath(str(target.parent))
            self.copy_file(str(ROOT / relative), str(target))


setup(cmdclass={"build_py": BuildWithResources})
