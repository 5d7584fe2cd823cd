"""Where GreenDesk finds its shipped resources and the user's workspace."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "GreenDesk"
APP_AUTHOR = "GreenDesk"
DATA_DIR_ENV = "GREENDESK_DATA_DIR"
# The Windows portable zip: GreenDesk-portable\GreenDesk-<version>\portable.txt marks the app folder, and the
# workspace is GreenDesk-portable\GreenDesk-data\, beside it, so the next version's folder finds the same data
# (packaging/windows/launcher.c passes the same folder as --data-dir).
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA_FOLDER = "GreenDesk-data"


# An installed wheel carries resources/ and translations/ inside the package (setup.py copies them there).
SHIPPED_FOLDER = "_shipped"


THIRD_PARTY_NOTICES = "THIRD-PARTY-NOTICES.txt"


def _package_root() -> Path:
    return Path(__file__).resolve().parents[2]


def _source_root() -> Path:
    """The folder above the package: a source checkout, an editable install, the Windows bundle's app folder."""
    return _package_root().parent


def _bundle_root() -> Path | None:
    """A frozen or embedded build keeps resources beside the executable."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return None


def _candidates(name: str) -> list[Path]:
    """Where the shipped folder ``name`` may be, in the order looked at.

    The package's own copy comes before the folder above the package: an installed wheel's folder above is
    site-packages, whose ``resources`` (if any) belongs to some other distribution.
    """
    found: list[Path] = []
    bundle = _bundle_root()
    if bundle is not None:
        found.append(bundle / name)
    found.append(_package_root() / SHIPPED_FOLDER / name)
    found.append(_source_root() / name)
    found.append(Path(sys.prefix) / "share" / "greendesk" / name)
    return found


def _first_existing(name: str) -> Path:
    looked_at = _candidates(name)
    for candidate in looked_at:
        if candidate.is_dir():
            return candidate
    return looked_at[0]


def resources_dir() -> Path:
    return _first_existing("resources")


def translations_dir() -> Path:
    return _first_existing("translations")


def portable_data_dir() -> Path | None:
    """The portable build's workspace folder, or None when this is not a portable build.

    The app folder of the Windows bundle holds ``runtime`` and ``app`` (this package's folder); in the portable
    zip it also holds ``portable.txt``. The data folder is beside the app folder, not inside it, because the app
    folder is named after its version.
    """
    bundle = _source_root().parent
    if (bundle / PORTABLE_MARKER).is_file() and (bundle / "runtime").is_dir():
        return bundle.parent / PORTABLE_DATA_FOLDER
    return None


def third_party_notices() -> Path | None:
    """The bundle's THIRD-PARTY-NOTICES.txt (written by the Windows build beside GreenDesk.exe), if there is one.

    The app folder sits inside the install folder, so the notices are one level above the package's parent.
    """
    candidate = _source_root().parent / THIRD_PARTY_NOTICES
    return candidate if candidate.is_file() else None


def default_data_dir() -> Path:
    """The workspace folder: --data-dir wins, then $GREENDESK_DATA_DIR, then the portable build's folder, then
    the platform's user data folder."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env)
    portable = portable_data_dir()
    if portable is not None:
        return portable
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))
