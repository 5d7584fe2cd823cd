"""Checking a package offline: every file against the signed manifests, nothing more, nothing less.

Needs no workspace: the public key travels inside the package (compare its fingerprint with the one
printed in the district summary, pass the expected fingerprint, or check it against the trust store of
keys the receiving office registered). Entries whose paths would land outside the bag, and archives
that would expand beyond sane limits or beyond their own Payload-Oxum, are refused without being read;
hashing stops at the first file that does not match.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import stat
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from greendesk.core import audit
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import whole_number
from greendesk.core.intake.zip_names import decode_names
from greendesk.core.package import signing, trust
from greendesk.core.package.bag import (
    APPLICATION,
    AUDIT_COUNT_FIELD,
    AUDIT_HEAD_FIELD,
    BAG_INFO,
    BAGIT_TXT,
    BATCH_FIELD,
    CHUNK,
    DISTRICT_FIELD,
    FORMAT_FIELD,
    KIND_FIELD,
    LEGACY_FORMAT,
    MANIFEST,
    OXUM_FIELD,
    PACKAGE_DATA,
    PACKAGE_FORMAT,
    PACKAGE_KINDS,
    PAYLOAD_DIR,
    PERIOD_FIELD,
    PUBLIC_KEY,
    SIGNATURE,
    SIGNING_KEY_FIELD,
    TAG_MANIFEST,
    YEAR_FIELD,
    application_period,
    decode_manifest_path,
    parse_bag_info,
)
from greendesk.core.package.problems import (
    ALTERED,
    AUDIT_COUNT,
    AUDIT_NO_HEAD,
    AUDIT_NOT_IN_LOG,
    BAD_FORMAT,
    BAD_KEY,
    BAD_MANIFEST_LINE,
    BAD_SIGNATURE,
    DAMAGED,
    DIR_DATA,
    DUPLICATE,
    EXTRA,
    KEY_MISMATCH,
    MISSING,
    NAMED_KEY,
    NEWER_FORMAT,
    NO_DATA,
    NO_OXUM,
    NOT_A_BAG,
    NOT_A_ZIP,
    OVERSIZE,
    OXUM,
    READ_LIMIT,
    TAG_ALTERED,
    TAG_MISSING,
    UNNAMED_KEY,
    UNSAFE_PATH,
    UNSIGNED,
    UNTRUSTED,
    WRONG_DISTRICT,
    ZIP_BOMB,
    Problem,
)
from greendesk.core.workspace import Workspace

# Zip-bomb limits: far above any real package (a district year is a few thousand photos).
MAX_ENTRIES = 200_000
MAX_TOTAL_BYTES = 256 * 1024**3
MAX_TAG_FILE_BYTES = 64 * 1024**2
MAX_RATIO = 200  # deflate ratio allowed for entries above RATIO_FLOOR
RATIO_FLOOR = 16 * 1024**2
SIZE_MARGIN = 64 * 1024**2  # tag files and rounding on top of Payload-Oxum; honest tag files are < 1 MiB

_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass
class VerifyReport:
    """Valid when no problem was found; otherwise each problem names the file and what is wrong."""

    path: str
    problems: list[Problem] = field(default_factory=list)
    bag_info: dict[str, str] = field(default_factory=dict)
    fingerprint: str = ""
    payload_files: int = 0
    format: int | None = None  # None: no bag-info to tell; 1: made before formats were numbered
    kind: str | None = None
    period: str | None = None
    data_entry: str = ""  # zip entry of data/greendesk-data.json (format 2) and its manifest SHA-256
    data_sha256: str = ""

    @property
    def valid(self) -> bool:
        return not self.problems

    def kinds(self, file: str | None = None) -> set[str]:
        return {p.kind for p in self.problems if file is None or p.file == file}

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "valid": self.valid,
            "fingerprint": self.fingerprint,
            "payload_files": self.payload_files,
            "format": self.format,
            "kind": self.kind,
            "period": self.period,
            "bag_info": self.bag_info,
            "problems": [p.to_dict() for p in self.problems],
        }


def is_unsafe(name: str) -> bool:
    """Absolute, drive-lettered, backslashed or dot-dot paths would write outside an extraction folder."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name or _DRIVE.match(name):
        return True
    return any(part in ("..",) for part in name.split("/"))


class _OverBudget(Exception):
    """More bytes came out of the zip than the package declares (a lying header, or files read twice)."""


# Anything a crafted zip can make zipfile raise while an entry is opened or inflated.
_READ_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    ValueError,
)
_EMPTY_DEFLATE = 2  # an empty folder entry may still hold an empty deflate stream
_OXUM = re.compile(r"^(\d{1,20})\.(\d{1,12})$")


class _Reader:
    """Entries of the bag, never inflating more bytes in all than ``budget``."""

    def __init__(self, archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], root: str) -> None:
        self.archive = archive
        self.entries = entries
        self.root = root
        self.budget = SIZE_MARGIN  # the tag files; Payload-Oxum adds the payload once it is read

    def has(self, name: str) -> bool:
        return self.root + name in self.entries

    def _take(self, size: int) -> None:
        self.budget -= size
        if self.budget < 0:
            raise _OverBudget()

    def sha256(self, name: str) -> str:
        """Hash of an entry; raises one of _READ_ERRORS on damage, _OverBudget past the budget."""
        info = self.entries[self.root + name]
        digest = hashlib.sha256()
        read = 0
        with self.archive.open(info) as handle:
            while chunk := handle.read(CHUNK):
                read += len(chunk)
                if read > info.file_size:
                    raise zipfile.BadZipFile("more data than declared")
                self._take(len(chunk))
                digest.update(chunk)
        return digest.hexdigest()

    def read_small(self, name: str) -> bytes:
        info = self.entries[self.root + name]
        if info.file_size > MAX_TAG_FILE_BYTES:
            raise zipfile.LargeZipFile(name)
        with self.archive.open(info) as handle:
            data = handle.read(MAX_TAG_FILE_BYTES + 1)[:MAX_TAG_FILE_BYTES]
        self._take(len(data))
        return data

    def small_text(self, name: str, report: VerifyReport) -> bytes | None:
        """A tag file's bytes; None when absent or damaged (damage becomes a problem)."""
        if not self.has(name):
            return None
        try:
            return self.read_small(name)
        except _READ_ERRORS as exc:
            report.problems.append(Problem(DAMAGED, name, str(exc)))
            return None


MSDOS_HOST = 0  # a zip entry's "made by" system: MS-DOS / Windows tools


def entry_names(infos: list[zipfile.ZipInfo]) -> list[str]:
    """Each entry's name as the tool that zipped it meant it, the same on every platform.

    A package unpacked and zipped again on Chinese Windows (the built-in compressor, 好压, 360压缩)
    has GBK names without the UTF-8 flag: decoded by the rule street packages use (``zip_names``).
    Some Windows tools (PowerShell 5's Compress-Archive) write backslashes, which zipfile turns into
    separators only on Windows: from a Windows tool they are separators here too. The names' safety
    is checked after this (``is_unsafe``); the manifests' hashes say whether the contents are the
    signed ones.
    """
    names = decode_names(infos)
    return [
        name.replace("\\", "/") if info.create_system == MSDOS_HOST else name
        for info, name in zip(infos, names, strict=True)
    ]


def _check_entries(archive: zipfile.ZipFile, report: VerifyReport) -> dict[str, zipfile.ZipInfo]:
    """Safe, unique file entries by name; unsafe ones, folders with data and bombs become problems."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        report.problems.append(Problem(ZIP_BOMB, Path(report.path).name, f"{len(infos)} entries"))
        return {}
    entries: dict[str, zipfile.ZipInfo] = {}
    total = compressed = 0
    for info, name in zip(infos, entry_names(infos), strict=True):
        if is_unsafe(name) or stat.S_ISLNK(info.external_attr >> 16):  # a symlink can point anywhere
            report.problems.append(Problem(UNSAFE_PATH, name))
            continue
        if info.is_dir() or name.endswith("/"):
            if info.file_size or info.compress_size > _EMPTY_DEFLATE:
                size = max(info.file_size, info.compress_size)
                report.problems.append(Problem(DIR_DATA, name, str(size)))
            continue
        if name in entries:
            report.problems.append(Problem(DUPLICATE, name))
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            report.problems.append(Problem(ZIP_BOMB, name, f"1:{ratio:.0f}"))
            continue
        total += info.file_size
        compressed += info.compress_size
        entries[name] = info
    ratio = total / max(compressed, 1)
    if total > MAX_TOTAL_BYTES or (total > RATIO_FLOOR and ratio > MAX_RATIO):  # many small bombs
        report.problems.append(Problem(ZIP_BOMB, Path(report.path).name, f"{total} bytes, 1:{ratio:.0f}"))
        return {}
    return entries


def _find_root(entries: dict[str, zipfile.ZipInfo]) -> str | None:
    """The bag is the zip's root, or its single top-level folder."""
    if BAGIT_TXT in entries:
        return ""
    tops = {name.split("/", 1)[0] for name in entries if "/" in name}
    for top in sorted(tops):
        if f"{top}/{BAGIT_TXT}" in entries:
            return f"{top}/"
    return None


def _parse_manifest(
    text: str, manifest_name: str, report: VerifyReport, safe_prefix: str | None
) -> dict[str, str]:
    """Path -> expected SHA-256; unparseable lines and unsafe paths become problems."""
    entries: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        digest, _, path = line.partition(" ")
        path = decode_manifest_path(path.lstrip(" \t"))
        if not _SHA256.match(digest) or not path:
            report.problems.append(Problem(BAD_MANIFEST_LINE, manifest_name, str(number)))
            continue
        if path.startswith("./"):
            path = path[2:]
        if is_unsafe(path) or (safe_prefix is not None and not path.startswith(safe_prefix)):
            report.problems.append(Problem(UNSAFE_PATH, path))
            continue
        entries[path] = digest.lower()
    return entries


def _payload_allowance(report: VerifyReport, entries: dict[str, zipfile.ZipInfo]) -> int | None:
    """Bytes the payload may inflate to (its Payload-Oxum); None refuses hashing anything.

    Decided from the sizes the zip declares, before any entry is inflated.
    """
    oxum = _OXUM.match(report.bag_info.get(OXUM_FIELD, ""))
    if oxum is None:
        report.problems.append(Problem(NO_OXUM, BAG_INFO))
        return None
    allowance = int(oxum.group(1))
    declared = sum(info.file_size for info in entries.values())
    if declared > allowance + SIZE_MARGIN:
        report.problems.append(Problem(OVERSIZE, Path(report.path).name, str(declared)))
        return None
    return allowance


def _check_signature(reader: _Reader, tag_manifest: bytes | None, report: VerifyReport) -> None:
    """The tag manifest is signed by the key inside the package (whose fingerprint is noted)."""
    if not reader.has(SIGNATURE):
        report.problems.append(Problem(UNSIGNED, SIGNATURE))
        return
    if not reader.has(PUBLIC_KEY):
        report.problems.append(Problem(UNSIGNED, PUBLIC_KEY))
        return
    try:
        key = signing.load_public_key(reader.read_small(PUBLIC_KEY))
    except (ValidationError, *_READ_ERRORS) as exc:
        report.problems.append(Problem(BAD_KEY, PUBLIC_KEY, str(exc)))
        return
    report.fingerprint = signing.fingerprint(key)
    try:
        signature = base64.b64decode(reader.read_small(SIGNATURE).strip(), validate=True)
    except (binascii.Error, *_READ_ERRORS):
        signature = b""
    if tag_manifest is None or not signing.verify_signature(key, signature, tag_manifest):
        report.problems.append(Problem(BAD_SIGNATURE, TAG_MANIFEST))


def _same_key(text: str, signer: str) -> bool:
    try:
        return signing.normalize_fingerprint(text) == signer
    except ValidationError:
        return False


def _check_key(
    report: VerifyReport, expected: str | None, trusted: Sequence[trust.TrustedKey] | None
) -> None:
    """The signing key is the one bag-info names, the one expected, and one trusted for the district."""
    signer = signing.normalize_fingerprint(report.fingerprint)
    if report.bag_info:
        named = report.bag_info.get(SIGNING_KEY_FIELD, "")
        if not named:
            report.problems.append(Problem(UNNAMED_KEY, BAG_INFO))
        elif not _same_key(named, signer):
            report.problems.append(Problem(NAMED_KEY, BAG_INFO, named))
    if expected is not None and expected != signer:
        report.problems.append(Problem(KEY_MISMATCH, PUBLIC_KEY, report.fingerprint))
    if trusted is not None:
        known = trust.find_key(trusted, signer)
        district = (report.bag_info.get(DISTRICT_FIELD, "").split() or [""])[0]
        if known is None:
            report.problems.append(Problem(UNTRUSTED, PUBLIC_KEY, report.fingerprint))
        elif known.district_code != district:
            report.problems.append(Problem(WRONG_DISTRICT, BAG_INFO, known.district_code))


def _check_listed(
    reader: _Reader,
    listed: dict[str, str],
    missing: str,
    altered: str,
    report: VerifyReport,
    hash_files: bool,
) -> bool:
    """Every listed file present, then (if allowed) hashed in order up to the first mismatch only."""
    absent = [path for path in listed if not reader.has(path)]
    report.problems.extend(Problem(missing, path) for path in absent)
    if absent or not hash_files:
        return not absent
    for path, expected in listed.items():
        try:
            actual = reader.sha256(path)
        except _READ_ERRORS as exc:
            report.problems.append(Problem(DAMAGED, path, str(exc)))
            return False
        if actual != expected:
            report.problems.append(Problem(altered, path))
            return False
    return True


def _read_format(report: VerifyReport) -> bool:
    """The package's format, kind and period from bag-info; False for a format this GreenDesk cannot read.

    No format line is format 1 (an application package; its period from year and batch).
    """
    info = report.bag_info
    raw = info.get(FORMAT_FIELD)
    if raw is None:
        report.format, report.kind = LEGACY_FORMAT, APPLICATION
        year, batch = info.get(YEAR_FIELD, ""), info.get(BATCH_FIELD, "all")
        year_number = whole_number(year)
        if year_number is not None:
            report.period = application_period(year_number, whole_number(batch))
        return True
    if not (raw.isascii() and raw.isdigit()) or int(raw) < LEGACY_FORMAT:
        report.problems.append(Problem(BAD_FORMAT, BAG_INFO, f"{FORMAT_FIELD}: {raw}"))
        return False
    if int(raw) > PACKAGE_FORMAT:
        report.problems.append(Problem(NEWER_FORMAT, BAG_INFO, raw))
        return False
    report.format, report.kind, report.period = int(raw), info.get(KIND_FIELD), info.get(PERIOD_FIELD)
    if report.format >= PACKAGE_FORMAT and (report.kind not in PACKAGE_KINDS or not report.period):
        report.problems.append(Problem(BAD_FORMAT, BAG_INFO, f"{KIND_FIELD}: {report.kind}"))
    return True


def _note_data(reader: _Reader, report: VerifyReport, payload_listed: dict[str, str]) -> None:
    """A format-2 package lists its machine-readable document (read by package.data)."""
    name = f"{PAYLOAD_DIR}/{PACKAGE_DATA}"
    if name in payload_listed:
        report.data_entry, report.data_sha256 = reader.root + name, payload_listed[name]
    elif (report.format or 0) >= PACKAGE_FORMAT:
        report.problems.append(Problem(NO_DATA, name))


def _check_bag(
    reader: _Reader, report: VerifyReport, expected: str | None, trusted: Sequence[trust.TrustedKey] | None
) -> None:
    """Size first, then the signature and key, then the tag files, then the payload (if the tags held)."""
    entries, root = reader.entries, reader.root
    in_bag = {name[len(root) :] for name in entries if name.startswith(root)}
    report.problems.extend(Problem(EXTRA, name) for name in sorted(entries) if not name.startswith(root))
    info_bytes = reader.small_text(BAG_INFO, report)
    if info_bytes is not None:
        report.bag_info = parse_bag_info(info_bytes.decode("utf-8", "replace"))
        if not _read_format(report):
            return
    allowance = _payload_allowance(report, entries)
    bounded = allowance is not None
    if allowance is not None:
        reader.budget += allowance

    tag_manifest_bytes = reader.small_text(TAG_MANIFEST, report)
    _check_signature(reader, tag_manifest_bytes, report)
    if report.fingerprint:  # the key could be read
        _check_key(report, expected, trusted)

    tag_listed: dict[str, str] = {}
    tags_intact = False
    if tag_manifest_bytes is None:
        report.problems.append(Problem(TAG_MISSING, TAG_MANIFEST))
    else:
        tag_listed = _parse_manifest(
            tag_manifest_bytes.decode("utf-8", "replace"), TAG_MANIFEST, report, None
        )
        required = [name for name in (BAGIT_TXT, BAG_INFO, MANIFEST, PUBLIC_KEY) if name not in tag_listed]
        report.problems.extend(Problem(TAG_MISSING, name) for name in required if not reader.has(name))
        tags_intact = (
            _check_listed(reader, tag_listed, TAG_MISSING, TAG_ALTERED, report, bounded) and not required
        )

    manifest_bytes = reader.small_text(MANIFEST, report)
    payload_listed: dict[str, str] = {}
    if manifest_bytes is not None:
        text = manifest_bytes.decode("utf-8", "replace")
        payload_listed = _parse_manifest(text, MANIFEST, report, f"{PAYLOAD_DIR}/")
        _check_listed(reader, payload_listed, MISSING, ALTERED, report, bounded and tags_intact)
        _note_data(reader, report, payload_listed)
    report.payload_files = len(payload_listed)

    known = set(payload_listed) | set(tag_listed) | {TAG_MANIFEST, SIGNATURE}
    report.problems.extend(Problem(EXTRA, name) for name in sorted(in_bag - known))

    oxum = report.bag_info.get(OXUM_FIELD)
    payload_present = [name for name in in_bag if name.startswith(f"{PAYLOAD_DIR}/")]
    actual = f"{sum(entries[root + n].file_size for n in payload_present)}.{len(payload_present)}"
    if oxum and oxum != actual:
        report.problems.append(Problem(OXUM, BAG_INFO, oxum))


def verify_package(
    path: Path | str,
    expected_fingerprint: str | None = None,
    trusted: Sequence[trust.TrustedKey] | None = None,
) -> VerifyReport:
    """Check a package zip: structure, size, every tag and payload file, the Ed25519 signature and its key.

    ``expected_fingerprint`` (if not None) must be a fingerprint, never empty; ``trusted`` (if not
    None) lists the keys the receiving office registered: the signer must be one, for its district.
    """
    expected = None if expected_fingerprint is None else signing.normalize_fingerprint(expected_fingerprint)
    if trusted is not None and not trusted:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No signing key is registered as trusted yet: add the district's key first "
                "(greendesk keys trust FINGERPRINT --district CODE).",
            )
        )
    path = Path(path)
    report = VerifyReport(path=str(path))
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, *_READ_ERRORS) as exc:
        report.problems.append(Problem(NOT_A_ZIP, path.name, str(exc)))
        return report
    with archive:
        entries = _check_entries(archive, report)
        root = _find_root(entries)
        if root is None:
            if entries or not report.problems:
                report.problems.append(Problem(NOT_A_BAG, path.name))
            return report
        try:
            _check_bag(_Reader(archive, entries, root), report, expected, trusted)
        except _OverBudget:
            report.problems.append(Problem(READ_LIMIT, path.name))
    return report


def check_against(report: VerifyReport, workspace: Workspace) -> None:
    """The package's recorded audit head (and count) is an intact prefix of the workspace's audit log.

    Adds problems to ``report``; run it on the report of :func:`verify_package`.
    """
    head = report.bag_info.get(AUDIT_HEAD_FIELD, "")
    if not head:
        report.problems.append(Problem(AUDIT_NO_HEAD, BAG_INFO))
        return
    with workspace.snapshot() as session:
        position = audit.position_of(session, head)
    if position is None:
        report.problems.append(Problem(AUDIT_NOT_IN_LOG, BAG_INFO, head))
        return
    count = report.bag_info.get(AUDIT_COUNT_FIELD)  # packages made before the count was recorded lack it
    if count is not None and count != str(position):
        report.problems.append(Problem(AUDIT_COUNT, BAG_INFO, count))
