"""Content-addressed photo store: originals kept byte for byte under their SHA-256, plus thumbnails
(decoding and its limits: storage.images).

Layout inside the workspace: ``photos/<first two hex>/<sha256>.<ext>`` for originals,
``photos/thumbs/<first two hex>/<sha256>.jpg`` (256 px, EXIF orientation applied) for thumbnails and
``photos/print/...`` for print copies, each rendition with a record ``<sha256>.jpg.json`` of what it
was derived from and its own SHA-256.
Files are written to a temporary name and renamed when complete, so a crash never leaves a
half-written photo under its final name. ``StagedPhotos`` removes files an aborted import added; a
killed one cannot, so before its first new file it leaves a journal of the hashes it may store
(``layout.photo_staging``), removed after the commit: the next start (safety.leftovers) removes the
listed files no photo row references.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol, TypeVar

from PIL import Image
from sqlalchemy import inspect as orm_state
from sqlalchemy.orm import Session

from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.storage import durable, evidence_files
from greendesk.core.storage.failures import StorageError
from greendesk.core.storage.images import (
    HASH_CHUNK,
    PhotoInfo,
    bad_image,
    decode_cost,
    inspect,
    open_verified,
    sha256_file,
)
from greendesk.core.storage.models import Photo

# The estimated memory of the photos one import decodes at once: with the app itself, peak memory
# stays under about 1.5 GB however many large photos a package holds.
DECODE_BUDGET_BYTES = 1024 * 1024 * 1024
PRINT_QUALITY = 85
THUMBNAIL_QUALITY = 85
THUMBNAIL = "thumbnail"
PRINT = "print"
# Each rendition has a record beside it (<sha256>.jpg.json): the original it was derived from and its
# own SHA-256, so ``check`` and a package export can tell a replaced rendition from a true one.
RECORD_SUFFIX = ".json"
RECORD_FORMAT = "greendesk-rendition/1"
RENDITION_OK = "ok"
RENDITION_MISSING = "missing"
RENDITION_UNRECORDED = "unrecorded"
RENDITION_ALTERED = "altered"
Key = TypeVar("Key")
Result = TypeVar("Result")


class StoredPhoto(Protocol):
    """What locating a stored photo needs (a Photo row, or a read model such as the package's)."""

    sha256: str
    extension: str
    display_rotation: int  # degrees clockwise the renditions are turned (display only)


def original_path(photos_dir: Path, sha256: str, extension: str) -> Path:
    return photos_dir / sha256[:2] / f"{sha256}.{extension}"


def thumbnail_path(photos_dir: Path, sha256: str) -> Path:
    return photos_dir / "thumbs" / sha256[:2] / f"{sha256}.jpg"


def print_path(photos_dir: Path, sha256: str) -> Path:
    return photos_dir / "print" / sha256[:2] / f"{sha256}.jpg"


class StagedPhotos:
    """Tracks store files written during one action so an aborted action can remove exactly those.

    With a ``journal`` (a file in ``layout.photo_staging``), every hash is noted there, durably,
    before the first file of it is written, and the journal is removed once the action is over
    (committed, or rolled back): a journal left behind names what a killed action may have added.
    """

    def __init__(self, journal: Path | None = None) -> None:
        self.created: list[Path] = []
        self.journal = journal
        self._expected: set[str] = set()
        self._journaled: set[str] = set()

    def expect(self, hashes: Iterable[str]) -> None:
        """Hashes this action is about to store: noted together in the first journal write."""
        self._expected.update(hashes)

    def before_write(self, sha256: str) -> None:
        """Note ``sha256`` in the journal (once, fsynced) before any file of it is written."""
        if self.journal is None or sha256 in self._journaled:
            return
        self._journaled |= self._expected | {sha256}
        payload = json.dumps({"sha256": sorted(self._journaled)}).encode("ascii")
        durable.write_atomically(self.journal, lambda handle: handle.write(payload))

    def finish(self) -> None:
        """The action committed: its files are referenced now, so the journal has done its job."""
        if self.journal is not None:
            self.journal.unlink(missing_ok=True)

    def rollback(self) -> None:
        for path in reversed(self.created):
            path.unlink(missing_ok=True)
        self.created.clear()
        self.finish()  # only once every file is gone: a failed unlink keeps the journal for the start


@contextmanager
def staged(journal_dir: Path | None = None) -> Iterator[StagedPhotos]:
    """Stage the store files of one action; with ``journal_dir`` a journal survives a killed process.

    Leave the block only after the action's transaction has committed (open the transaction inside it).
    """
    journal = journal_dir / f"{uuid.uuid4().hex}.json" if journal_dir is not None else None
    stage = StagedPhotos(journal)
    try:
        yield stage
    except BaseException:
        stage.rollback()
        raise
    stage.finish()


# Photos up to this size are read once into memory (hash, decode and copy from the same bytes);
# larger files are streamed so memory stays flat.
READ_ONCE_LIMIT = 64 * 1024 * 1024


@dataclass
class PreparedPhoto:
    """A validated photo ready to be written: its bytes (or path, when large), info and thumbnail."""

    name: str
    data: bytes | Path
    info: PhotoInfo
    thumbnail: Image.Image | None  # None when prepared without renditions
    print_copy: Image.Image | None
    media_type: str = ""
    page_count: int | None = None  # a multi-page TIFF scan's pages


def prepare(
    data: bytes | Path, name: str, modified: datetime | None = None, renditions: bool = True
) -> PreparedPhoto | evidence_files.PreparedFile:
    """Read, hash and check any evidence file (no writes): the part that can run in worker threads.

    Not ``renditions``: an image is checked in full but gets no thumbnail or print copy (an import's
    analysis only needs its info; the import makes them).

    What the content is decides the path: images are decoded and thumbnailed here, every other
    kind (PDF, documents, spreadsheets, videos, any attachment) is prepared by storage.evidence_files.
    ``modified`` is the file time when the caller knows it (an archive entry's date); a Path's own
    mtime is used otherwise. It is the capture time of last resort, flagged as not one (photo_meta).
    """
    if isinstance(data, Path):
        try:
            status = data.stat()
            if modified is None:
                modified = datetime.fromtimestamp(status.st_mtime)
            if status.st_size <= READ_ONCE_LIMIT:
                data = data.read_bytes()
        except OSError as exc:
            raise bad_image(
                name,
                QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {reason}"),
                reason=exc.strerror or str(exc),
            ) from exc
    kind = evidence_files.classify(data, name)
    if kind.kind != evidence_files.IMAGE:
        return evidence_files.prepare_file(data, name, kind)
    evidence_files.check_size(kind.kind, evidence_files.size_of(data), name)
    info, thumb, print_copy = inspect(data, name, modified, renditions)
    pages = evidence_files.frame_count(data) if info.format == "TIFF" else None
    return PreparedPhoto(name, data, info, thumb, print_copy, kind.media_type, pages)


def store(
    session: Session, photos_dir: Path, data: bytes | Path, name: str, stage: StagedPhotos | None = None
) -> tuple[Photo, bool]:
    """Put a photo in the store (once per content) and its row in ``session``; returns (row, newly_added)."""
    return store_prepared(session, photos_dir, prepare(data, name), stage)


def decode_ahead(
    jobs: Iterable[tuple[Key, bytes | Path, str]],
    work: Callable[[bytes | Path, str], Result],
    workers: int | None = None,
    budget: int = DECODE_BUDGET_BYTES,
) -> Iterator[tuple[Key, Future[Result]]]:
    """Run ``work(data, name)`` for each (key, data, name) in worker threads; (key, finished future) in order.

    A photo starts only while the estimated memory of those decoding (``decode_cost``) fits in
    ``budget`` (a photo larger than the budget runs alone), and at most ``2 * workers`` are in
    flight, so peak memory stays bounded by pixels, not only by count.
    """
    workers = workers or max(1, min(4, os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="photo-decode") as pool:
        pending: deque[tuple[Key, Future[Result], int]] = deque()
        in_flight = 0
        try:
            for key, data, name in jobs:
                cost = decode_cost(data)
                while pending and (len(pending) >= 2 * workers or in_flight + cost > budget):
                    done_key, future, done_cost = pending.popleft()
                    wait([future])
                    in_flight -= done_cost
                    yield done_key, future
                pending.append((key, pool.submit(work, data, name), cost))
                in_flight += cost
            while pending:
                done_key, future, _cost = pending.popleft()
                wait([future])
                yield done_key, future
        finally:
            for _key, future, _cost in pending:
                future.cancel()


def store_many(
    session: Session,
    photos_dir: Path,
    sources: Iterable[tuple[bytes | Path, str]],
    stage: StagedPhotos | None = None,
    workers: int | None = None,
    keep_going: bool = False,
    file_times: Mapping[str, datetime | None] | None = None,
) -> Iterator[tuple[str, Photo | None, bool | ValidationError]]:
    """Store many photos, decoding ahead in worker threads (Pillow releases the GIL while decoding).

    Yields (name, row, newly_added) in input order. Decoding ahead is bounded by ``decode_ahead``
    (pixels and count), so memory stays flat however many photos a package holds. The first bad
    photo raises, unless ``keep_going``: then it is yielded as (name, None, error) and the rest continue.
    ``file_times`` gives, by name, the file time of sources that are no file of their own (archive
    entries): see :func:`prepare`.
    """
    times = file_times or {}
    jobs = ((name, data, name) for data, name in sources)

    def work(data: bytes | Path, name: str) -> PreparedPhoto | evidence_files.PreparedFile:
        return prepare(data, name, times.get(name))

    for name, future in decode_ahead(jobs, work, workers):
        try:
            outcome: tuple[str, Photo | None, bool | ValidationError] = (
                name,
                *store_prepared(session, photos_dir, future.result(), stage),
            )
        except ValidationError as error:
            if not keep_going:
                raise
            outcome = (name, None, error)
        yield outcome


def store_prepared(
    session: Session,
    photos_dir: Path,
    prepared: PreparedPhoto | evidence_files.PreparedFile,
    stage: StagedPhotos | None = None,
) -> tuple[Photo, bool]:
    info, data, name = prepared.info, prepared.data, prepared.name
    existing = _stored_row(session, info.sha256)
    target = original_path(photos_dir, info.sha256, info.extension)
    if not target.exists():
        if stage is not None:
            stage.before_write(info.sha256)
        if isinstance(data, bytes):
            durable.write_atomically(target, lambda handle: handle.write(data))
        else:

            def copy(handle, source=data):
                with source.open("rb") as reader:
                    while chunk := reader.read(HASH_CHUNK):
                        handle.write(chunk)

            durable.write_atomically(target, copy)
            if sha256_file(target) != info.sha256:  # the source changed while we copied it
                target.unlink(missing_ok=True)
                raise bad_image(
                    name,
                    QT_TRANSLATE_NOOP(
                        "Errors", "{file} changed while it was being copied; please try again."
                    ),
                )
        if stage is not None:
            stage.created.append(target)
    for kind, rendition in ((THUMBNAIL, prepared.thumbnail), (PRINT, prepared.print_copy)):
        if rendition is not None and not rendition_path(photos_dir, info.sha256, kind).exists():
            if stage is not None:
                stage.before_write(info.sha256)
            written = write_rendition(photos_dir, info.sha256, kind, rendition)
            if stage is not None:
                stage.created.extend(written)
    if existing is not None:
        return existing, False
    if isinstance(prepared, evidence_files.PreparedFile):
        row = evidence_files.new_row(prepared.info, clock.now())
    else:
        row = _photo_row(prepared)
    session.add(row)
    session.info.setdefault(_PENDING_ROWS, {})[info.sha256] = row
    return row, True


_PENDING_ROWS = "greendesk.photos.pending"  # session.info key: rows this session added, by SHA-256


def _stored_row(session: Session, sha256: str) -> Photo | None:
    """The store's row for ``sha256``, also one added earlier in this session and not yet flushed.

    Looked up without an autoflush: flushing the rows added so far before every photo cost an
    import of 230 photos about 1.5 s; the pending rows are found in the session's own note instead.
    """
    pending = session.info.get(_PENDING_ROWS, {}).get(sha256)
    if pending is not None and orm_state(pending).pending:  # added, not flushed (nor expunged by a rollback)
        return pending
    with session.no_autoflush:
        return session.get(Photo, sha256)


def _photo_row(prepared: PreparedPhoto) -> Photo:
    info = prepared.info
    return Photo(
        sha256=info.sha256,
        size=info.size,
        format=info.format,
        extension=info.extension,
        width=info.width,
        height=info.height,
        orientation=info.orientation,
        taken_at=info.taken_at,
        taken_source=info.taken_source,
        gps_lat=info.gps_lat,
        gps_lon=info.gps_lon,
        has_exif=info.has_exif,
        added_at=clock.now(),
        media_type=prepared.media_type,
        page_count=prepared.page_count,
    )


def rendition_path(photos_dir: Path, sha256: str, kind: str) -> Path:
    return thumbnail_path(photos_dir, sha256) if kind == THUMBNAIL else print_path(photos_dir, sha256)


def record_path(rendition: Path) -> Path:
    """The rendition's record beside it: what it was derived from and its own SHA-256."""
    return rendition.with_name(rendition.name + RECORD_SUFFIX)


def write_rendition(
    photos_dir: Path, sha256: str, kind: str, image: Image.Image, rotation: int = 0
) -> list[Path]:
    """Write a rendition and then its record (each by rename); returns both paths.

    The record notes the display ``rotation`` the rendition was turned by, so a rendition made
    before the reviewer turned the photo is re-derived (``ensure_thumbnail``, ``ensure_print_copy``).

    Derived data, rebuilt on demand, so no fsync: a crash leaves at worst a rendition without a
    record, which is re-derived before it is used.
    """
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=THUMBNAIL_QUALITY if kind == THUMBNAIL else PRINT_QUALITY)
    data = buffer.getvalue()
    target = rendition_path(photos_dir, sha256, kind)
    record = {
        "format": RECORD_FORMAT,
        "kind": kind,
        "original": sha256,
        "rotation": rotation,
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": len(data),
    }
    text = json.dumps(record, sort_keys=True).encode("utf-8")
    durable.write_atomically(target, lambda handle: handle.write(data), durable=False)
    durable.write_atomically(record_path(target), lambda handle: handle.write(text), durable=False)
    return [target, record_path(target)]


def read_record(rendition: Path) -> dict[str, object] | None:
    """The rendition's record, or None when it has none or it cannot be read."""
    try:
        record = json.loads(record_path(rendition).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return record if isinstance(record, dict) else None


def rendition_state(photos_dir: Path, sha256: str, kind: str, rotation: int | None = None) -> str:
    """RENDITION_OK, _MISSING, _UNRECORDED (made before records existed) or _ALTERED.

    With ``rotation``, a rendition turned otherwise (or made before rotations were recorded, 0) is stale.
    """
    path = rendition_path(photos_dir, sha256, kind)
    if not path.is_file():
        return RENDITION_MISSING
    record = read_record(path)
    if record is None:
        return RENDITION_UNRECORDED
    try:
        actual = sha256_file(path)
    except OSError:
        return RENDITION_ALTERED
    expected = {"format": RECORD_FORMAT, "kind": kind, "original": sha256, "sha256": actual}
    if rotation is not None and record.get("rotation", 0) != rotation:
        return RENDITION_ALTERED
    return (
        RENDITION_OK
        if all(record.get(key) == value for key, value in expected.items())
        else RENDITION_ALTERED
    )


def ensure_thumbnail(photos_dir: Path, photo: StoredPhoto) -> Path:
    """The cached 256 px thumbnail, re-derived from the verified original unless it matches its record."""
    if rendition_state(photos_dir, photo.sha256, THUMBNAIL, photo.display_rotation) != RENDITION_OK:
        rebuild_renditions(photos_dir, photo)
    return thumbnail_path(photos_dir, photo.sha256)


def ensure_print_copy(photos_dir: Path, photo: StoredPhoto) -> Path:
    """The upright print rendition (<= 1200 px), verified against its record before use.

    A print copy that is missing, has no record or does not match it (replaced, damaged) is
    re-derived from the original, after the original was checked against its own SHA-256: a
    package never shows a substitute picture under the original's hash.
    """
    if rendition_state(photos_dir, photo.sha256, PRINT, photo.display_rotation) != RENDITION_OK:
        rebuild_renditions(photos_dir, photo)
    return print_path(photos_dir, photo.sha256)


def rebuild_renditions(photos_dir: Path, photo: StoredPhoto) -> None:
    """Re-derive both renditions from the verified original, turned by ``photo.display_rotation``."""
    original = original_path(photos_dir, photo.sha256, photo.extension)
    try:
        actual = sha256_file(original)
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "The stored photo {sha256} cannot be read ({reason}); run 'greendesk check'."
            ),
            sha256=photo.sha256,
            reason=error.strerror or str(error),
        ) from error
    if actual != photo.sha256:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The stored photo {sha256} was altered on disk (its content has another hash); run "
                "'greendesk check'.",
            ),
            sha256=photo.sha256,
        )
    document = evidence_files.pdf_renditions(original)
    if document is not None:
        thumb, print_copy = document
    else:
        decoded = open_verified(original, original.name, photo.display_rotation)
        decoded.image.close()
        thumb, print_copy = decoded.thumbnail, decoded.print_copy
    write_rendition(photos_dir, photo.sha256, THUMBNAIL, thumb, photo.display_rotation)
    write_rendition(photos_dir, photo.sha256, PRINT, print_copy, photo.display_rotation)
