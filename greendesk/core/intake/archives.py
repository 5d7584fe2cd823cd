"""The archives a street package may be or hold: zip and 7z read, RAR refused, bombs refused.

An archive is recognised by its first bytes, never by its suffix (a 7z renamed ``.zip``, a zip
saved without a suffix); zip-based documents (.xlsx, .docx, .ods) are documents, not archives.
Each archive is listed as :class:`Member` rows and read member by member: zip members stream
from the file, a 7z (solid, so no cheap random access) is extracted once, on first read, into
the package's working folder, each file capped at its declared size. The limits apply to all
levels of nesting together (:class:`Budget`): declared size per entry, compression ratio, total
bytes and entry count.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import IO

import py7zr
import py7zr.io

from greendesk.core.base.errors import Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.intake.zip_names import decode_names

ZIP, SEVEN_ZIP, RAR = "zip", "7z", "rar"
_MAGIC = (
    (b"PK\x03\x04", ZIP),
    (b"PK\x05\x06", ZIP),
    (b"7z\xbc\xaf\x27\x1c", SEVEN_ZIP),
    (b"Rar!\x1a\x07", RAR),
)
HEAD_BYTES = 8
ARCHIVE_SUFFIXES = (".zip", ".7z", ".rar")
# Zip containers that are documents in their own right; never opened as a folder.
DOCUMENT_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".docx", ".docm", ".pptx", ".ods", ".odt", ".odp", ".ofd")
_DOCUMENT_MARKERS = ("[Content_Types].xml", "mimetype")
# A photo of a 200-megapixel phone is far below this; anything above is refused unread.
MAX_ENTRY_BYTES = 256 * 1024 * 1024
MAX_PACKAGE_BYTES = 32 * 1024 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
RATIO_CHECK_FROM_BYTES = 8 * 1024 * 1024
MAX_ENTRIES = 50_000
MAX_DEPTH = 2  # the package and one level of archives inside it
COPY_CHUNK = 1024 * 1024


def sniff(head: bytes) -> str | None:
    """ZIP, SEVEN_ZIP or RAR from an archive's first bytes; None for anything else."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return None


def sniff_file(path: Path) -> str | None:
    try:
        with path.open("rb") as handle:
            return sniff(handle.read(HEAD_BYTES))
    except OSError:
        return None


def is_document_name(name: str) -> bool:
    return PurePosixPath(name).suffix.lower() in DOCUMENT_SUFFIXES


def rar_refused(label: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is a RAR archive, which GreenDesk cannot read; extract it with 7-Zip or WinRAR "
            "and compress it again as a zip.",
        ),
        file=label,
    )


def rar_warning() -> Message:
    """The same refusal for a RAR file inside the package (the location names it)."""
    return Message(
        QT_TRANSLATE_NOOP(
            "Errors",
            "a RAR archive, which GreenDesk cannot read; not read. Extract it with 7-Zip or WinRAR "
            "and compress it again as a zip.",
        )
    )


def _damaged(label: str, kind: str) -> ValidationError:
    if kind == SEVEN_ZIP:
        return ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} is a damaged 7z file and cannot be opened."), file=label
        )
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{file} is a damaged zip file and cannot be opened."), file=label
    )


def _password(label: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{file} is password-protected; send the package without a password."),
        file=label,
    )


def bomb(label: str, entry: str, size: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "{file}: entry '{entry}' would expand to {size} MB; refused as a possible zip bomb."
        ),
        file=label,
        entry=entry,
        size=size // (1024 * 1024),
    )


@dataclass(frozen=True)
class Member:
    """One entry of an archive as listed: decoded name, declared sizes, and how to find it again."""

    name: str
    size: int
    compressed: int | None
    is_dir: bool
    encrypted: bool
    key: int
    modified: datetime | None = None  # the entry's own file time (local wall clock), when stated


def _zip_time(stamp: tuple[int, int, int, int, int, int]) -> datetime | None:
    """A zip entry's DOS date and time (the packer's wall clock); None when it is no valid date."""
    try:
        return datetime(*stamp)
    except (TypeError, ValueError):
        return None


def _local_time(moment: datetime | None) -> datetime | None:
    """A 7z entry's last-write time (UTC) on this machine's wall clock, like a loose file's mtime."""
    if moment is None:
        return None
    try:
        return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
    except (OverflowError, OSError, ValueError):
        return None


class Archive:
    """An opened archive (zip or 7z); ``label`` names it in messages (``package/inner.zip``)."""

    kind = ""

    def __init__(self, path: Path, label: str) -> None:
        self.path, self.label = path, label
        self.members: list[Member] = []

    def is_document(self) -> bool:
        """A zip-based document (OOXML, ODF) rather than a folder of files."""
        return False

    def open(self, member: Member) -> IO[bytes]:
        raise NotImplementedError

    def local_file(self, member: Member) -> Path | None:
        """The member as a file on disk when the archive keeps one (7z), else None."""
        return None

    def close(self) -> None:
        """Release the file (extracted copies go with the working folder)."""


class ZipArchive(Archive):
    kind = ZIP

    def __init__(self, path: Path, label: str) -> None:
        super().__init__(path, label)
        try:
            self._zip = zipfile.ZipFile(path)
            self._infos = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            raise _damaged(label, ZIP) from None
        names = decode_names(self._infos)
        for index, (info, name) in enumerate(zip(self._infos, names, strict=True)):
            self.members.append(
                Member(
                    name=name,
                    size=info.file_size,
                    compressed=info.compress_size,
                    is_dir=info.is_dir() or name.endswith(("/", "\\")),
                    encrypted=bool(info.flag_bits & 0x1),
                    key=index,
                    modified=_zip_time(info.date_time),
                )
            )

    def is_document(self) -> bool:
        names = {info.filename for info in self._infos}
        return any(marker in names for marker in _DOCUMENT_MARKERS)

    def open(self, member: Member) -> IO[bytes]:
        return self._zip.open(self._infos[member.key])

    def close(self) -> None:
        self._zip.close()


class SevenZipArchive(Archive):
    """A 7z, listed from its header; extracted whole into ``folder`` the first time a member is read."""

    kind = SEVEN_ZIP

    def __init__(self, path: Path, label: str, folder: Callable[[], Path]) -> None:
        super().__init__(path, label)
        self._folder = folder
        self._extracted: dict[str, Path] | None = None
        try:
            with py7zr.SevenZipFile(path) as archive:
                if archive.needs_password():
                    raise _password(label)
                infos = archive.list()
        except py7zr.PasswordRequired:  # encrypted header: not even the names can be read
            raise _password(label) from None
        except ValidationError:
            raise
        except Exception:  # a pure-Python parser of untrusted bytes fails in many ways
            raise _damaged(label, SEVEN_ZIP) from None
        self._names = [info.filename for info in infos]
        for index, info in enumerate(infos):
            self.members.append(
                Member(
                    name=info.filename,
                    size=int(info.uncompressed or 0),
                    compressed=info.compressed,
                    is_dir=bool(info.is_directory),
                    encrypted=False,
                    key=index,
                    modified=_local_time(info.creationtime),
                )
            )

    def local_file(self, member: Member) -> Path | None:
        if self._extracted is None:
            self._extracted = self._extract()
        path = self._extracted.get(self._names[member.key])
        if path is None:
            raise _damaged(self.label, SEVEN_ZIP)
        return path

    def open(self, member: Member) -> IO[bytes]:
        path = self.local_file(member)
        assert path is not None
        return path.open("rb")

    def _extract(self) -> dict[str, Path]:
        """Every file of the archive under a numbered name (never the archive's own names)."""
        folder = self._folder()
        limits = {member.name: member.size for member in self.members if not member.is_dir}
        factory = _CappedFactory(folder, limits, self.label)
        try:
            with py7zr.SevenZipFile(self.path) as archive:
                archive.extractall(factory=factory)
        except ValidationError:
            raise
        except Exception:  # see __init__
            raise _damaged(self.label, SEVEN_ZIP) from None
        finally:
            factory.close_all()
        return factory.paths


class _CappedWriter(py7zr.io.Py7zIO):
    """One extracted 7z member, refused when it grows past its declared size."""

    def __init__(self, path: Path, limit: int, label: str, name: str) -> None:
        self.path, self.limit, self.label, self.name = path, limit, label, name
        self.handle: IO[bytes] | None = path.open("wb")
        self.written = 0

    def write(self, s: bytes | bytearray) -> int:
        self.written += len(s)
        if self.written > self.limit or self.handle is None:
            raise bomb(self.label, self.name, self.written)
        return self.handle.write(s)

    def read(self, size: int | None = None) -> bytes:
        return b""

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.written

    def flush(self) -> None:
        if self.handle is not None:
            self.handle.flush()

    def size(self) -> int:
        return self.written

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


class _CappedFactory(py7zr.io.WriterFactory):
    def __init__(self, folder: Path, limits: dict[str, int], label: str) -> None:
        self.folder, self.limits, self.label = folder, limits, label
        self.paths: dict[str, Path] = {}
        self.writers: list[_CappedWriter] = []

    def create(self, filename: str) -> py7zr.io.Py7zIO:
        path = self.folder / f"7z-{len(self.writers)}.bin"
        writer = _CappedWriter(path, self.limits.get(filename, 0), self.label, filename)
        self.writers.append(writer)
        self.paths[filename] = path
        return writer

    def close_all(self) -> None:
        for writer in self.writers:
            writer.close()


def open_archive(path: Path, kind: str, label: str, folder: Callable[[], Path]) -> Archive:
    """The archive at ``path`` (``kind`` from :func:`sniff`); RAR is refused."""
    if kind == RAR:
        raise rar_refused(label)
    if kind == SEVEN_ZIP:
        return SevenZipArchive(path, label, folder)
    return ZipArchive(path, label)


class Budget:
    """What all levels of one package may expand to together: entries and bytes."""

    def __init__(self, package: str) -> None:
        self.package = package
        self.entries = 0
        self.total = 0

    def count(self, archive: Archive) -> None:
        self.entries += len(archive.members)
        if self.entries > MAX_ENTRIES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{file} holds {count} entries, more than the {limit} allowed."),
                file=archive.label,
                count=self.entries,
                limit=MAX_ENTRIES,
            )

    def check(self, archive: Archive, member: Member, name: str, limit: int) -> None:
        """Refuse a member above ``limit``, too highly compressed, or past the package's total."""
        ratio = member.size / max(member.compressed or 0, 1) if member.compressed is not None else 0
        if member.size > limit or (member.size > RATIO_CHECK_FROM_BYTES and ratio > MAX_COMPRESSION_RATIO):
            raise bomb(archive.label, name, member.size)
        self.total += member.size
        if self.total > MAX_PACKAGE_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file} would expand to more than {limit} GB; refused as a possible zip bomb."
                ),
                file=self.package,
                limit=MAX_PACKAGE_BYTES // (1024**3),
            )

    def check_archive_ratio(self, archive: Archive) -> None:
        """A 7z's solid blocks give no per-file compressed size: check the whole archive instead."""
        declared = sum(member.size for member in archive.members)
        size = archive.path.stat().st_size
        if declared > RATIO_CHECK_FROM_BYTES and declared / max(size, 1) > MAX_COMPRESSION_RATIO:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file} would expand to {size} MB; refused as a possible zip bomb."
                ),
                file=archive.label,
                size=declared // (1024 * 1024),
            )


def spill(source: IO[bytes], target: Path, declared: int, label: str, name: str) -> Path:
    """Copy a member to ``target`` in chunks, refusing it when it outgrows its declared size."""
    written = 0
    with source, target.open("wb") as handle:
        while chunk := source.read(COPY_CHUNK):
            written += len(chunk)
            if written > declared:
                raise bomb(label, name, written)
            handle.write(chunk)
    return target
