"""Planning the evidence files of an import: check each one, and say which community and item it is for.

Files (photos decoded, PDFs opened: storage.photos.prepare) are checked a few ahead in worker
threads, within a budget of decoded pixels (``photos.decode_ahead``); a damaged file is an error on
the plan, a file without a target a warning, and a photo the workbook lists but the package lacks a warning on its row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path, PurePosixPath

from sqlalchemy.orm import Session

from greendesk.core.base.errors import Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.intake.package import EVIDENCE, Entry, Package
from greendesk.core.intake.photo_targets import PhotoMatcher, listed_key
from greendesk.core.intake.plan import ImportPlan, PlannedPhoto
from greendesk.core.intake.problems import ERROR, WARNING, Location, Problem, problem
from greendesk.core.storage import photos as photo_store
from greendesk.core.storage.evidence_files import FileInfo
from greendesk.core.storage.models import Photo


def plan_photos(
    plan: ImportPlan,
    package: Package,
    session: Session,
    step: Callable[[], None],
    matcher: PhotoMatcher | None = None,
) -> None:
    """Add every photo of the package to the plan (``step`` after each: progress and cancel).

    ``matcher`` defaults to the plan's rows; a supplementary package brings its own.
    """
    _warn_listed_missing(plan, package)
    photo_entries = [entry for entry in package.entries if entry.kind == EVIDENCE]
    if not photo_entries:  # a workbook alone has no photos to place
        return
    matcher = matcher or _matcher(plan)
    for entry, outcome in _checked_photos(package, photo_entries):
        plan.photos.append(_plan_photo(plan, package, entry, outcome, matcher, session))
        step()


def _matcher(plan: ImportPlan) -> PhotoMatcher:
    """Each row by the code and names it was written with and matched to, and the photos it lists."""
    matcher = PhotoMatcher(set(plan.item_numbers))
    for row in plan.rows:
        names = [row.name]
        codes = [row.code]
        if row.match.community is not None:
            names.append(row.match.community.name)
            codes.append(row.match.community.code)
        names.extend(c.name for c in row.match.candidates)
        matcher.add_row(row.key, codes, names)
        for item, file_names in row.evidence_names.items():
            for file_name in file_names:
                matcher.add_listed(row.key, item, file_name)
    return matcher


def _warn_listed_missing(plan: ImportPlan, package: Package) -> None:
    photos = [entry for entry in package.entries if entry.kind == EVIDENCE]
    present = {listed_key(entry.name) for entry in photos}
    present |= {listed_key(PurePosixPath(entry.name).stem) for entry in photos}
    for row in plan.rows:
        for item, file_names in sorted(row.evidence_names.items()):
            for file_name in file_names:
                if listed_key(file_name) not in present:
                    plan.problems.append(
                        problem(
                            WARNING,
                            "listed_photo_missing",
                            row.location,
                            QT_TRANSLATE_NOOP(
                                "Errors", "photo '{photo}' listed for item {item} is not in the package."
                            ),
                            row.key,
                            photo=file_name,
                            item=item,
                        )
                    )


def _check_photo(
    source: bytes | Path, label: str, modified: datetime | None
) -> photo_store.PhotoInfo | FileInfo | ValidationError:
    """Check any evidence file as the store will (runs in worker threads; decoders release the GIL).

    A photo is decoded and checked in full, without the thumbnail and print copy the import makes."""
    try:
        return photo_store.prepare(source, label, modified, renditions=False).info
    except ValidationError as error:
        return error


def _checked_photos(
    package: Package, entries: list[Entry]
) -> Iterator[tuple[Entry, photo_store.PhotoInfo | FileInfo | ValidationError]]:
    """(entry, info or error) in order, decoding ahead in threads within the import's pixel budget."""
    # Zip entries are read here, in this thread: one thread touches the zip.
    times = {package.label(entry.name): package.modified(entry) for entry in entries}
    jobs = ((entry, package.source(entry), package.label(entry.name)) for entry in entries)

    def check(source: bytes | Path, label: str) -> photo_store.PhotoInfo | FileInfo | ValidationError:
        return _check_photo(source, label, times.get(label))

    for entry, future in photo_store.decode_ahead(jobs, check):
        yield entry, future.result()


def _plan_photo(
    plan: ImportPlan,
    package: Package,
    entry: Entry,
    outcome: photo_store.PhotoInfo | FileInfo | ValidationError,
    matcher: PhotoMatcher,
    session: Session,
) -> PlannedPhoto:
    label = package.label(entry.name)
    target = matcher.target(entry.name)
    if isinstance(outcome, ValidationError):
        params = {**outcome.params, "file": entry.basename}  # the location already gives the full path
        plan.problems.append(
            Problem(ERROR, "bad_photo", Message(outcome.template, **params), Location(label))
        )
        return PlannedPhoto(
            entry.name, entry.size, "", target.row_key, target.item, target.how, False, valid=False
        )
    info = outcome
    already = session.get(Photo, info.sha256) is not None
    photo = PlannedPhoto(
        entry.name, entry.size, info.sha256, target.row_key, target.item, target.how, already
    )
    if target.row_key is None or target.item is None:
        plan.problems.append(
            problem(
                WARNING,
                "unmatched_photo",
                Location(label),
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "no community or item could be read from the folder or file name (e.g. 吉祥社区/第3条/门禁.jpg); not attached.",
                )
                if target.row_key is None
                else QT_TRANSLATE_NOOP(
                    "Errors",
                    "no item number could be read from the folder or file name (e.g. 第3条/门禁.jpg or 3-门禁.jpg); not attached.",
                ),
            )
        )
    return photo
