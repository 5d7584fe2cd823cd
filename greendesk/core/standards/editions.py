"""Local editions' files: a standard named by id or path, and writing one checked file.

A local edition (made by ``editing.new_edition``) is checked by the same reader as any standard
before it is written; the file is written under a temporary name and renamed, so a failed save
leaves nothing half written, and an existing file is never written over.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.standards.format import load_standard_file, parse_standard
from greendesk.core.standards.library import get_standard
from greendesk.core.standards.model import Standard
from greendesk.core.storage.durable import write_atomically
from greendesk.core.storage.failures import translated


def resolve(reference: str, extra_dirs: Iterable[Path] = ()) -> Standard:
    """A standard named by id (shipped or in ``extra_dirs``) or by the path of its file."""
    path = Path(reference)
    if reference.lower().endswith(".json") or path.is_file():
        return load_standard_file(path)
    return get_standard(reference, extra_dirs)


def save_edition(data: dict[str, Any], out: Path) -> Standard:
    """Validate and write ``data`` to ``out`` (never over an existing file); the standard as read back."""
    standard = parse_standard(data, str(out))
    if out.exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} exists already; give another file name."), file=str(out)
        )
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    with translated(out):
        write_atomically(out, lambda handle: handle.write(text.encode("utf-8")))
    return standard
