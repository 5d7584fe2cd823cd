"""Where an error nobody expected is written with its details, for the GUI's dialog and the CLI alike.

A traceback means nothing to an office worker; the log keeps it for whoever supports them. The log
lives in the user's log folder (not the workspace: a workspace on a full or removed drive is often
the very problem).
"""

from __future__ import annotations

import logging
import traceback
from datetime import datetime
from pathlib import Path

import platformdirs

from greendesk.core.base.paths import APP_AUTHOR, APP_NAME

_log = logging.getLogger("greendesk")


def log_file() -> Path:
    """The file uncaught errors are appended to."""
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)) / "greendesk-errors.log"


def record(error: BaseException, path: Path | None = None) -> Path | None:
    """Append ``error`` with its traceback to ``path`` (default: ``log_file()``); None if that failed."""
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    _log.debug("uncaught error\n%s", details)
    path = path or log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{details}\n")
    except OSError:  # the disk may be the very problem: the message still tells the user
        return None
    return path


def problem_name(error: BaseException) -> str:
    """What the user is told of an unexpected error: its kind and text (both say more than nothing)."""
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
