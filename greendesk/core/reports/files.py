"""Writing a report file in one piece: under a temporary name beside it, renamed only when complete.

A failed or cancelled export therefore never leaves a half-written file under the requested name,
and a file the reader already has open is replaced, not truncated.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.shareable import make_shareable

OUTPUT_IS_FOLDER = QT_TRANSLATE_NOOP(
    "Errors", "{file} is a folder. Give the name of the file to write (in that folder or elsewhere)."
)


def output_file(path: Path | str) -> Path:
    """``path`` as a file to write; an existing folder (or an empty name, the current folder) is refused
    before anything is written, instead of failing at the final rename with the operating system's words."""
    target = Path(path)
    if str(path).strip() == "" or target.is_dir():
        raise ValidationError(OUTPUT_IS_FOLDER, file=str(target.resolve()))
    return target


@contextmanager
def replaced_on_success(path: Path, suffix: str) -> Iterator[str]:
    """Yield a temporary file name in ``path``'s folder; it becomes ``path`` when the block succeeds."""
    path = output_file(path)
    handle, temporary = tempfile.mkstemp(prefix=".greendesk-", suffix=suffix, dir=Path(path).parent)
    os.close(handle)
    try:
        yield temporary
        make_shareable(temporary)  # mkstemp made it private; a report is for handing on
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
