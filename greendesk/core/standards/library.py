"""Which creation standards exist: the ones shipped with the app and the workspace's own.

A standard version is a JSON file (``resources/standards/*.json`` shipped with the app, or
``<workspace>/standards/*.json`` for localized versions). Historic reviews keep a copy of the exact
standard they were made under (``frozen.py``), so editing a file never rewrites the past.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.paths import resources_dir
from greendesk.core.standards.format import load_standard_file
from greendesk.core.standards.model import Standard

DEFAULT_STANDARD_ID = "national-2020-trial"


def shipped_standards_dir() -> Path:
    return resources_dir() / "standards"


def discover_standards(extra_dirs: Iterable[Path] = ()) -> dict[str, Standard]:
    """All standards shipped with the app plus those in ``extra_dirs``; later folders may add versions."""
    found: dict[str, Standard] = {}
    for directory in (shipped_standards_dir(), *extra_dirs):
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.json")):
            standard = load_standard_file(path)
            found[standard.id] = standard
    for standard in found.values():
        if standard.derives_from and standard.derives_from not in found:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Standard file {file}: field 'derives_from' names unknown standard '{parent}'"
                ),
                file=standard.source_path,
                parent=standard.derives_from,
            )
    return found


def get_standard(standard_id: str, extra_dirs: Iterable[Path] = ()) -> Standard:
    standards = discover_standards(extra_dirs)
    if standard_id not in standards:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Unknown standard '{standard}'."), standard=standard_id
        )
    return standards[standard_id]
