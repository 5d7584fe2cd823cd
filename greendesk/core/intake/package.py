"""Reading a street package safely: one workbook, a folder, or a zip (possibly holding both).

Every entry name is checked before anything is read: names made on Chinese Windows (GBK bytes
without the zip UTF-8 flag) are decoded properly, paths that would escape the package (``../``,
absolute, drive letters) and Windows-reserved names are refused, declared sizes are checked
against zip bombs, and system junk (``__MACOSX``, ``Thumbs.db``, ``desktop.ini``) is ignored.
Entries are read one at a time so memory stays flat for packages with thousands of photos.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.storage import evidence_files

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv")
ZIP_SUFFIXES = (".zip",)
# Archives inside a package are not evidence files themselves (their contents are).
ARCHIVE_SUFFIXES = (".zip", ".7z", ".rar")
# An item folder: 第3条, 03, 3, 第十二条, 十二、物业, 12-物业, （3）... (a community folder such as
# '01 吉祥社区' has no item marker after its number).
_ITEM_FOLDER = re.compile(
    r"^(?:第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[条项]|[0-9０-９]{1,2}\s*[条项]?$|"
    r"[0-9０-９一二三四五六七八九十]{1,3}\s*[、.．\-_—]|[（(]\s*[0-9０-９]{1,2}\s*[)）]|[①-⑳])"
)
UTF8_FLAG = 0x800
# A photo of a 200-megapixel phone is far below this; anything above is refused unread (videos may
# be larger: evidence_files.SIZE_LIMITS).
MAX_ENTRY_BYTES = 256 * 1024 * 1024
MAX_PACKAGE_BYTES = 32 * 1024 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
RATIO_CHECK_FROM_BYTES = 8 * 1024 * 1024
MAX_ENTRIES = 50_000
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
    return MAX_ENTRY_BYTES


def in_item_folder(name: str) -> bool:
    """Whether a folder on the entry's path is an item folder (its files are that item's evidence)."""
    return any(_ITEM_FOLDER.match(part.strip()) for part in PurePosixPath(name).parts[:-1])


def entry_kind(name: str) -> str:
    """A workbook outside item folders is a recommendation list; every other file is evidence.

    A spreadsheet in an item folder (物业管理户数统计表.xlsx under 第12条/) is that item's evidence,
    not a list of recommendations. Archives are OTHER: their contents are what counts.
    """
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in WORKBOOK_SUFFIXES and not in_item_folder(name):
        return WORKBOOK
    if suffix in ARCHIVE_SUFFIXES:
        return OTHER
    return EVIDENCE


def decode_zip_name(info: zipfile.ZipInfo) -> str:
    """The entry's real name: UTF-8 when flagged, else GBK (Chinese Windows), else UTF-8, else CP437."""
    if info.flag_bits & UTF8_FLAG:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:  # already decoded another way (zipfile metadata_encoding)
        return info.filename
    if raw.isascii():
        return info.filename
    try:
        return raw.decode("utf-8")  # UTF-8 names without the flag (macOS, 7-Zip settings); GBK rarely fits
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")  # GBK and its superset
    except UnicodeDecodeError:
        return info.filename


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


class Package:
    """A street package opened for reading; use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        self.entries: list[Entry] = []
        self.ignored: list[str] = []
        self._zip: zipfile.ZipFile | None = None
        self._zip_infos: dict[str, zipfile.ZipInfo] = {}
        self._files: dict[str, Path] = {}
        if not path.exists():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{file} does not exist."), file=str(path))
        if path.is_dir():
            self.kind = "folder"
            self._scan_folder()
        elif _looks_like_zip(path) and path.suffix.lower() not in (".xlsx", ".xlsm"):
            self.kind = "zip"
            self._scan_zip()
        else:
            self.kind = "file"
            self.entries.append(Entry(path.name, path.stat().st_size, entry_kind(path.name)))
            self._files[path.name] = path
            if self.entries[0].kind != WORKBOOK:  # the file given is read as the workbook
                self.entries[0] = Entry(path.name, self.entries[0].size, WORKBOOK)

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
                self._add(Entry(name, full.stat().st_size, entry_kind(name)))
                self._files[name] = full

    def _scan_zip(self) -> None:
        try:
            self._zip = zipfile.ZipFile(self.path)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{file} is a damaged zip file and cannot be opened."),
                file=self.name,
            ) from None
        if len(infos) > MAX_ENTRIES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{file} holds {count} entries, more than the {limit} allowed."),
                file=self.name,
                count=len(infos),
                limit=MAX_ENTRIES,
            )
        total = 0
        for info in infos:
            raw_name = decode_zip_name(info)
            if info.is_dir() or raw_name.endswith(("/", "\\")):
                check_entry_name(raw_name, self.name)
                continue
            if is_junk(raw_name.replace("\\", "/")):
                self.ignored.append(raw_name)
                continue
            name = check_entry_name(raw_name, self.name)
            if info.flag_bits & 0x1:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{file}: entry '{entry}' is password protected; send the package without a password.",
                    ),
                    file=self.name,
                    entry=name,
                )
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > entry_limit(name) or (
                info.file_size > RATIO_CHECK_FROM_BYTES and ratio > MAX_COMPRESSION_RATIO
            ):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{file}: entry '{entry}' would expand to {size} MB; refused as a possible zip bomb.",
                    ),
                    file=self.name,
                    entry=name,
                    size=info.file_size // (1024 * 1024),
                )
            total += info.file_size
            if total > MAX_PACKAGE_BYTES:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{file} would expand to more than {limit} GB; refused as a possible zip bomb.",
                    ),
                    file=self.name,
                    limit=MAX_PACKAGE_BYTES // (1024**3),
                )
            self._add(Entry(name, info.file_size, entry_kind(name)))
            self._zip_infos[name] = info

    def _add(self, entry: Entry) -> None:
        self.entries.append(entry)

    # -- reading -----------------------------------------------------------------------------
    def read_bytes(self, entry: Entry) -> bytes:
        """The entry's bytes (one entry at a time; sizes were checked when the package was opened)."""
        if self._zip is not None:
            info = self._zip_infos[entry.name]
            try:
                with self._zip.open(info) as handle:
                    data = handle.read(entry_limit(entry.name) + 1)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{file}: entry '{entry}' is damaged ({reason})."),
                    file=self.name,
                    entry=entry.name,
                    reason=str(exc),
                ) from None
            if len(data) > entry_limit(entry.name):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{file}: entry '{entry}' would expand to {size} MB; refused as a possible zip bomb.",
                    ),
                    file=self.name,
                    entry=entry.name,
                    size=len(data) // (1024 * 1024),
                )
            return data
        return self._files[entry.name].read_bytes()

    def source(self, entry: Entry) -> bytes | Path:
        """A Path for files on disk (read lazily), bytes for zip entries."""
        if self._zip is None:
            return self._files[entry.name]
        return self.read_bytes(entry)

    @contextmanager
    def local_path(self, entry: Entry) -> Iterator[Path]:
        """A real file for libraries that need one (workbooks); zip entries go to a temporary copy."""
        if self._zip is None:
            yield self._files[entry.name]
            return
        folder = Path(tempfile.mkdtemp(prefix="greendesk-intake-"))
        try:
            target = folder / PurePosixPath(entry.name).name
            target.write_bytes(self.read_bytes(entry))
            yield target
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def entry_sha256(self, entry: Entry) -> str:
        if self._zip is not None:
            return hashlib.sha256(self.read_bytes(entry)).hexdigest()
        digest = hashlib.sha256()
        with self._files[entry.name].open("rb") as handle:
            while chunk := handle.read(HASH_CHUNK):
                digest.update(chunk)
        return digest.hexdigest()

    def content_sha256(self) -> str:
        """The package's identity: the file's hash, or for a folder a hash over names and contents."""
        digest = hashlib.sha256()
        if self.kind != "folder":
            with self.path.open("rb") as handle:
                while chunk := handle.read(HASH_CHUNK):
                    digest.update(chunk)
            return digest.hexdigest()
        for entry in sorted(self.entries, key=lambda e: e.name):
            digest.update(entry.name.encode("utf-8") + b"\0")
            with self._files[entry.name].open("rb") as handle:
                while chunk := handle.read(HASH_CHUNK):
                    digest.update(chunk)
            digest.update(b"\0")
        return digest.hexdigest()

    def label(self, name: str) -> str:
        """An entry as messages name it: the workbook itself when it is the package, else package/entry."""
        return name if self.kind == "file" else f"{self.name}/{name}"

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _looks_like_zip(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True
