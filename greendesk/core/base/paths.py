"""Where GreenDesk finds its shipped resources and the user's workspace."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "GreenDesk"
APP_AUTHOR = "GreenDesk"
DATA_DIR_ENV = "GREENDESK_DATA_DIR"


def _source_root() -> Path:
    return Path(__file__).resolve().parents[3]


def _bundle_root() -> Path | None:
    """A frozen or embedded build keeps resources beside the executable."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return None


def _first_existing(name: str) -> Path:
    candidates: list[Path] = []
    bundle = _bundle_root()
    if bundle is not None:
        candidates.append(bundle / name)
    candidates.append(_source_root() / name)
    candidates.append(Path(sys.prefix) / "share" / "greendesk" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def resources_dir() -> Path:
    return _first_existing("resources")


def translations_dir() -> Path:
    return _first_existing("translations")


def default_data_dir() -> Path:
    """The workspace folder: --data-dir wins, then $GREENDESK_DATA_DIR, then the platform's user data folder."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))
