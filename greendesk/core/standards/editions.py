"""Local editions: a standard copied under a fresh id that names its parent (``derives_from``).

The copy starts as the parent's exact content (so its diff against the parent is empty but for
the header) and is checked by the same reader as any standard before it is written; the file is
written under a temporary name and renamed, so a failed save leaves nothing half written.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from greendesk.core.base import clock
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


def derive_edition(parent: Standard, new_id: str, title: str | None, taken: Iterable[str]) -> dict[str, Any]:
    """The parent's content under ``new_id``, deriving from it, issued today without a document number."""
    if new_id == parent.id or new_id in set(taken):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A standard with id '{standard}' exists already; choose another id."),
            standard=new_id,
        )
    data = copy.deepcopy(parent.raw)
    data.update(id=new_id, derives_from=parent.id, document_number="", issued_on=clock.today().isoformat())
    if title is not None:
        data["title"] = title
    parse_standard(data, new_id)  # the same checks as any file: a bad id or title is named here
    return data


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
