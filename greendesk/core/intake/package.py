"""Reading a street package safely: one workbook, a folder, a zip or a 7z (possibly nested).

Every entry name is checked before anything is read: names made on Chinese Windows (GBK bytes
without the zip UTF-8 flag) are decoded properly (``zip_names``), paths that would escape the
package (``../``, absolute, drive letters) and Windows-reserved names are refused, declared sizes
are checked against zip bombs (``archives``), and system junk (``__MACOSX``, ``Thumbs.db``,
``desktop.ini``) is ignored. Archives inside the package (the whole package zipped once more, or
one zip per community) are read as if unpacked where they lie: ``吉祥社区.zip`` becomes the folder
``吉祥社区/``. They are copied to the workspace's working folder and read entry by entry, to a
depth of ``archives.MAX_DEPTH``; deeper ones and RAR files are warnings on the plan, not read.
Entries are read one at a time so memory stays flat for packages with thousands of photos.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import IO

from greendesk.core.base.errors import Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.item_numbers import item_folder_number
from greendesk.core.intake import archives
from greendesk.core.intake.archives import Archive, Member
from greendesk.core.intake.problems import WARNING, Location, Problem
from greendesk.core.safety import leftovers
from greendesk.core.storage import evidence_files

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv")
# Every kind of file evidence_files knows by its name; other names may still be archives (sniffed).
KNOWN_EVIDENCE_SUFFIXES = frozenset(
    evidence_files.IMAGE_SUFFIXES
    + evidence_files.DOCUMENT_SUFFIXES
    + evidence_files.SPREADSHEET_SUFFIXES
    + evidence_files.VIDEO_SUFFIXES
    + (".pdf",)
)
HASH_CHUNK = 1024 * 1024

JUNK_DIRS = {"__macosx", ".ds_store", "$recycle.bin", ".git", ".svn"}
JUNK_FILES = {"thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db"}
RESERVED_NAMES = (
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(1, 10)} | {f"lpt{i}" for i in range(1, 10)}
)
_DRIVE = re.compile(r"^[A-Za-z]:")

WORKBOOK, EVIDENCE, OTHER = "workbook", "evidence", "other"


@dataclass(frozen=True)
class Entry:
    """One file of the package: its name inside the package (``/``-separated) and declared size."""

    name: str
    size: int
    kind: str

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(PurePosixPath(self.name).parts)

    @property
    def basename(self) -> str:
        return PurePosixPath(self.name).name


def entry_limit(name: str) -> int:
    """The most bytes an entry may expand to: a video's own limit, else the zip-bomb limit."""
    if PurePosixPath(name).suffix.lower() in evidence_files.VIDEO_SUFFIXES:
        return evidence_files.SIZE_LIMITS[evidence_files.VIDEO]
    return archives.MAX_ENTRY_BYTES


def in_item_folder(name: str) -> bool:
    """Whether a folder on the entry's path is an item folder (its files are that item's evidence)."""
    return any(item_folder_number(part) is not None for part in PurePosixPath(name).parts[:-1])


def entry_kind(name: str) -> str:
    """A workbook outside item folders is a recommendation list; every other file is evidence.

    A spreadsheet in an item folder (物业管理户数统计表.xlsx under 第12条/) is that item's evidence,
    not a list of recommendations. Archives are OTHER: their contents are what counts.
    """
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in WORKBOOK_SUFFIXES and not in_item_folder(name):
        return WORKBOOK
    if suffix in archives.ARCHIVE_SUFFIXES:
        return OTHER
    return EVIDENCE


def is_junk(name: str) -> bool:
    parts = [part.lower() for part in name.split("/") if part]
    if not parts:
        return True
    if any(part in JUNK_DIRS for part in parts[:-1]):
        return True
    leaf = parts[-1]
    return leaf in JUNK_FILES or leaf.startswith("._") or leaf.startswith("~$")


def check_entry_name(name: str, package: str) -> str:
    """The entry name with ``/`` separators, or an error naming the package and the entry."""
    normalized = name.replace("\\", "/")
    if normalized.startswith("/") or _DRIVE.match(normalized):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file}: entry '{entry}' has an absolute path; the package was refused."
            ),
            file=package,
            entry=name,
        )
    parts = [part for part in normalized.split("/") if part not in ("", ".")]
    if any(part == ".." for part in parts):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file}: entry '{entry}' points outside the package (..); the package was refused."
            ),
            file=package,
            entry=name,
        )
    for part in parts:
        stem = part.split(".", 1)[0].rstrip(" ").lower()
        if stem in RESERVED_NAMES or ":" in part:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file}: entry '{entry}' uses the name '{name}', which Windows reserves; the package was refused.",
                ),
                file=package,
                entry=name,
                name=part,
            )
    return "/".join(parts)


@dataclass(frozen=True)
class _Source:
    """Where an entry's bytes are: a file on disk, or a member of an opened archive."""

    label: str
    path: Path | None = None
    archive: Archive | None = None
    member: Member | None = None


class Package:
    """A street package opened for reading; use as a context manager.

    ``data_dir`` is the workspace whose working folder holds copies of inner archives and
    workbooks (removed on close, or at the next start after a crash); without it, the system's.
    """

    def __init__(self, path: Path, data_dir: Path | None = None) -> None:
        self.path = path
        self.name = path.name
        self.entries: list[Entry] = []
        self.ignored: list[str] = []
        self.problems: list[Problem] = []  # warnings about files not read (nested too deep, RAR)
        self._sources: dict[str, _Source] = {}
        self._disk_files: dict[str, Path] = {}  # a folder package's files, for its identity
        self._data_dir = data_dir
        self._stack = ExitStack()
        self._work: Path | None = None
        self._spilled = 0
        self._budget = archives.Budget(self.name)
        if not path.exists():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{file} does not exist."), file=str(path))
        try:
            self._open()
        except BaseException:
            self.close()
            raise

    def _open(self) -> None:
        if self.path.is_dir():
            self.kind = "folder"
            self._scan_folder()
            return
        kind = archives.sniff_file(self.path)
        if kind == archives.RAR:
            raise archives.rar_refused(self.name)
        if kind is not None and not archives.is_document_name(self.name):
            archive = self._stack.enter_context(
                _closing(archives.open_archive(self.path, kind, self.name, self._folder))
            )
            if not archive.is_document():
                self.kind = kind
                self._scan_archive(archive, "", 1)
                return
        self.kind = "file"
        entry = Entry(self.name, self.path.stat().st_size, WORKBOOK)  # the file given is read as the workbook
        self._add(entry, _Source(self.name, path=self.path))

    # -- scanning ----------------------------------------------------------------------------
    def _scan_folder(self) -> None:
        root = self.path.resolve()
        for directory, subdirectories, files in os.walk(root, followlinks=False):
            subdirectories.sort()
            for file_name in sorted(files):
                full = Path(directory) / file_name
                relative = full.relative_to(root).as_posix()
                if is_junk(relative):
                    self.ignored.append(relative)
                    continue
                if full.is_symlink() and not _inside(full.resolve(), root):
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{file}: entry '{entry}' points outside the package; the package was refused.",
                        ),
                        file=self.name,
                        entry=relative,
                    )
                name = check_entry_name(relative, self.name)
                self._disk_files[name] = full
                label = f"{self.name}/{name}"
                if _may_be_archive(name) and self._nested(
                    name, label, archives.sniff_file(full), 1, lambda f=full: f
                ):
                    continue
                self._add(Entry(name, full.stat().st_size, entry_kind(name)), _Source(label, path=full))

    def _scan_archive(self, archive: Archive, prefix: str, depth: int) -> None:
        """Every member of ``archive`` as an entry under ``prefix`` (inner archives read in turn)."""
        self._budget.count(archive)
        if archive.kind == archives.SEVEN_ZIP:
            self._budget.check_archive_ratio(archive)
        for member in archive.members:
            raw_name = member.name
            if member.is_dir:
                check_entry_name(raw_name, archive.label)
                continue
            if is_junk(raw_name.replace("\\", "/")):
                self.ignored.append(prefix + raw_name)
                continue
            inner = check_entry_name(raw_name, archive.label)
            if member.encrypted:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{file}: entry '{entry}' is password protected; send the package without a password.",
                    ),
                    file=archive.label,
                    entry=inner,
                )
            name, label = prefix + inner, f"{archive.label}/{inner}"
            if _may_be_archive(inner):
                self._budget.check(archive, member, inner, archives.MAX_PACKAGE_BYTES)
                if self._nested(
                    name, label, _head(archive, member), depth + 1, self._spiller(archive, member, inner)
                ):
                    continue
            else:
                self._budget.check(archive, member, inner, entry_limit(inner))
            if member.size > entry_limit(inner):  # an archive-sized file that turned out not to be one
                raise archives.bomb(archive.label, inner, member.size)
            self._add(
                Entry(name, member.size, entry_kind(name)), _Source(label, archive=archive, member=member)
            )

    def _nested(self, name: str, label: str, kind: str | None, depth: int, local: Callable[[], Path]) -> bool:
        """Read an archive inside the package as the folder its name gives; False when it is none."""
        if kind is None or archives.is_document_name(name):
            return False
        if kind == archives.RAR:
            self._warn(label, archives.rar_warning())
            return True
        if depth > archives.MAX_DEPTH:
            self._warn(
                label,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "an archive inside an archive inside the package (more than {limit} levels); not read. "
                        "Unpack it and send its files in the package.",
                    ),
                    limit=archives.MAX_DEPTH,
                ),
            )
            return True
        archive = self._stack.enter_context(
            _closing(archives.open_archive(local(), kind, label, self._folder))
        )
        if archive.is_document():
            return False
        folder = str(PurePosixPath(name).with_suffix("")) if PurePosixPath(name).suffix else name
        self._scan_archive(archive, f"{folder}/", depth)
        return True

    def _spiller(self, archive: Archive, member: Member, inner: str) -> Callable[[], Path]:
        """Copies the member to the working folder (or finds it there, for a 7z) when called."""

        def spill() -> Path:
            existing = archive.local_file(member)
            if existing is not None:
                return existing
            self._spilled += 1
            target = self._folder() / f"inner-{self._spilled}{PurePosixPath(inner).suffix.lower()}"
            return archives.spill(
                self._open_member(archive, member, inner), target, member.size, archive.label, inner
            )

        return spill

    def _folder(self) -> Path:
        """The package's working folder, made on first use."""
        if self._work is None:
            if self._data_dir is not None:
                self._work = self._stack.enter_context(leftovers.working_folder(self._data_dir, "intake"))
            else:
                self._work = Path(
                    self._stack.enter_context(tempfile.TemporaryDirectory(prefix="greendesk-intake-"))
                )
        return self._work

    def _add(self, entry: Entry, source: _Source) -> None:
        if entry.name in self._sources:  # '吉祥社区/' sent beside '吉祥社区.zip'
            self._warn(
                source.label,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the package holds '{entry}' twice (a folder and an archive of it); this copy was ignored.",
                    ),
                    entry=entry.name,
                ),
            )
            return
        self.entries.append(entry)
        self._sources[entry.name] = source

    def _warn(self, label: str, message: Message) -> None:
        self.problems.append(Problem(WARNING, "archive_not_read", message, Location(label)))

    # -- reading -----------------------------------------------------------------------------
    def _open_member(self, archive: Archive, member: Member, entry: str) -> IO[bytes]:
        try:
            return archive.open(member)
        except ValidationError:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
            raise _damaged_entry(archive.label, entry, exc) from None

    def _stream(self, entry: Entry) -> IO[bytes]:
        source = self._sources[entry.name]
        if source.path is not None:
            return source.path.open("rb")
        assert source.archive is not None and source.member is not None
        return self._open_member(source.archive, source.member, entry.name)

    def read_bytes(self, entry: Entry) -> bytes:
        """The entry's bytes (one entry at a time; sizes were checked when the package was opened)."""
        source = self._sources[entry.name]
        if source.path is not None:
            return source.path.read_bytes()
        try:
            with self._stream(entry) as handle:
                data = handle.read(entry_limit(entry.name) + 1)
        except ValidationError:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise _damaged_entry(self.name, entry.name, exc) from None
        if len(data) > entry_limit(entry.name):
            raise archives.bomb(self.name, entry.name, len(data))
        return data

    def source(self, entry: Entry) -> bytes | Path:
        """A Path for files on disk (read lazily), bytes for zip entries."""
        source = self._sources[entry.name]
        if source.path is not None:
            return source.path
        assert source.archive is not None and source.member is not None
        return source.archive.local_file(source.member) or self.read_bytes(entry)

    def modified(self, entry: Entry) -> datetime | None:
        """The file time an archive states for the entry (None for files on disk: their own mtime counts).

        A photo without a capture time falls back to it, flagged as not a capture time (photo_meta).
        """
        source = self._sources[entry.name]
        return source.member.modified if source.member is not None else None

    @contextmanager
    def local_path(self, entry: Entry) -> Iterator[Path]:
        """A real file for libraries that need one (workbooks); zip entries go to a temporary copy."""
        source = self.source(entry)
        if isinstance(source, Path):
            yield source
            return
        self._spilled += 1
        folder = self._folder() / f"entry-{self._spilled}"
        folder.mkdir()
        target = folder / entry.basename
        try:
            target.write_bytes(source)
            yield target
        finally:
            shutil.rmtree(folder, ignore_errors=True)  # a reader may still hold it open (Windows)

    def entry_sha256(self, entry: Entry) -> str:
        digest = hashlib.sha256()
        try:
            with self._stream(entry) as handle:
                while chunk := handle.read(HASH_CHUNK):
                    digest.update(chunk)
        except ValidationError:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise _damaged_entry(self.name, entry.name, exc) from None
        return digest.hexdigest()

    def content_sha256(self) -> str:
        """The package's identity: the file's hash, or for a folder a hash over names and contents."""
        digest = hashlib.sha256()
        if self.kind != "folder":
            with self.path.open("rb") as handle:
                while chunk := handle.read(HASH_CHUNK):
                    digest.update(chunk)
            return digest.hexdigest()
        for name, path in sorted(self._disk_files.items()):
            digest.update(name.encode("utf-8", "surrogateescape") + b"\0")  # a non-UTF-8 name on Linux
            with path.open("rb") as handle:
                while chunk := handle.read(HASH_CHUNK):
                    digest.update(chunk)
            digest.update(b"\0")
        return digest.hexdigest()

    def label(self, name: str) -> str:
        """An entry as messages name it: the workbook itself when it is the package, else where it lies
        (``package/inner.zip/entry`` for an entry of an inner archive)."""
        if self.kind == "file":
            return name
        source = self._sources.get(name)
        return source.label if source is not None else f"{self.name}/{name}"

    def close(self) -> None:
        self._stack.close()
        self._stack = ExitStack()
        self._work = None

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


@contextmanager
def _closing(archive: Archive) -> Iterator[Archive]:
    try:
        yield archive
    finally:
        archive.close()


def _may_be_archive(name: str) -> bool:
    """Archives are looked for among names that say so and names that say nothing we know."""
    suffix = PurePosixPath(name).suffix.lower()
    return suffix in archives.ARCHIVE_SUFFIXES or (
        suffix not in KNOWN_EVIDENCE_SUFFIXES and suffix not in WORKBOOK_SUFFIXES
    )


def _head(archive: Archive, member: Member) -> str | None:
    """The archive kind the member's first bytes show (None for other files and unreadable ones)."""
    if member.size < 4:
        return None
    try:
        with archive.open(member) as handle:
            return archives.sniff(handle.read(archives.HEAD_BYTES))
    except ValidationError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
        return None


def _damaged_entry(label: str, entry: str, exc: BaseException) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{file}: entry '{entry}' is damaged ({reason})."),
        file=label,
        entry=entry,
        reason=str(exc),
    )


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True
