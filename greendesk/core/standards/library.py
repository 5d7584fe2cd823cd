"""Which creation standards exist: the ones shipped with the app and the workspace's own.

A standard version is a JSON file (``resources/standards/*.json`` shipped with the app, or
``<workspace>/standards/*.json`` for localized versions). Historic reviews keep a copy of the exact
standard they were made under (``frozen.py``), so editing a file never rewrites the past.
Of several files with one id (the saved versions of a local edition), the highest ``version`` is used.
A file that cannot be read or is not a valid standard disables only itself: the others are used,
and the bad one comes back as a warning naming the file and why (``standards list``, the GUI).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from greendesk.core.base.errors import Message, NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.paths import resources_dir
from greendesk.core.standards.format import load_standard_file
from greendesk.core.standards.model import Standard

DEFAULT_STANDARD_ID = "national-2020-trial"


@dataclass(frozen=True)
class Library:
    """The usable standards by id, and one warning per standard file that was skipped."""

    standards: dict[str, Standard]
    skipped: tuple[ValidationError, ...] = ()


def shipped_standards_dir() -> Path:
    return resources_dir() / "standards"


def discover_standards(extra_dirs: Iterable[Path] = ()) -> Library:
    """All standards shipped with the app plus those in ``extra_dirs``; later folders may add versions."""
    found: dict[str, Standard] = {}
    skipped: list[ValidationError] = []
    for directory in (shipped_standards_dir(), *extra_dirs):
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.json")):
            try:
                standard = load_standard_file(path)
            except ValidationError as error:
                skipped.append(error)
                continue
            if _newer(standard, found.get(standard.id)):
                found[standard.id] = standard
    orphans = [s for s in found.values() if s.derives_from and s.derives_from not in found]
    for standard in orphans:
        del found[standard.id]
        skipped.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Standard file {file}: field 'derives_from' names unknown standard '{parent}'"
                ),
                file=standard.source_path,
                parent=standard.derives_from,
            )
        )
    return Library(found, tuple(skipped))


def _newer(standard: Standard, known: Standard | None) -> bool:
    """A later folder's file replaces an earlier one; within a folder a local edition's higher
    ``version`` wins (the editor keeps every saved version as its own file)."""
    return known is None or (standard.version or 0) >= (known.version or 0)


def get_standard(standard_id: str, extra_dirs: Iterable[Path] = ()) -> Standard:
    """The standard with this id; when it is missing, the skipped files are named (one may be it)."""
    library = discover_standards(extra_dirs)
    if standard_id in library.standards:
        return library.standards[standard_id]
    if library.skipped:
        first = library.skipped[0]
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Unknown standard '{standard}'; {count} standard file(s) were skipped, first: {problem}",
            ),
            standard=standard_id,
            count=len(library.skipped),
            problem=Message(first.template, **first.params),
        )
    raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "Unknown standard '{standard}'."), standard=standard_id)
