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

from greendesk.core.base.shareable import make_shareable


@contextmanager
def replaced_on_success(path: Path, suffix: str) -> Iterator[str]:
    """Yield a temporary file name in ``path``'s folder; it becomes ``path`` when the block succeeds."""
    handle, temporary = tempfile.mkstemp(prefix=".greendesk-", suffix=suffix, dir=Path(path).parent)
    os.close(handle)
    try:
        yield temporary
        make_shareable(temporary)  # mkstemp made it private; a report is for handing on
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
