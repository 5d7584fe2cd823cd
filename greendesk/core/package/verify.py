"""Checking a package offline: every file against the signed manifests, nothing more, nothing less.

Needs no workspace: the public key travels inside the package (compare its fingerprint with the one
printed in the district summary, or pass the expected fingerprint). Entries whose paths would land
outside the bag, and archives that would expand beyond sane limits, are refused without being read.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from greendesk.core.base.errors import Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.package import signing
from greendesk.core.package.bag import (
    BAG_INFO,
    BAGIT_TXT,
    CHUNK,
    MANIFEST,
    PAYLOAD_DIR,
    PUBLIC_KEY,
    SIGNATURE,
    TAG_MANIFEST,
    decode_manifest_path,
    parse_bag_info,
)

# Zip-bomb limits: far above any real package (a district year is a few thousand photos).
MAX_ENTRIES = 200_000
MAX_TOTAL_BYTES = 256 * 1024**3
MAX_TAG_FILE_BYTES = 64 * 1024**2
MAX_RATIO = 200  # deflate ratio allowed for entries above RATIO_FLOOR
RATIO_FLOOR = 16 * 1024**2

MISSING = "missing"
EXTRA = "extra"
ALTERED = "altered"
DAMAGED = "damaged"
TAG_MISSING = "tag_missing"
TAG_ALTERED = "tag_altered"
UNSAFE_PATH = "unsafe_path"
DUPLICATE = "duplicate"
ZIP_BOMB = "zip_bomb"
NOT_A_ZIP = "not_a_zip"
NOT_A_BAG = "not_a_bag"
BAD_MANIFEST_LINE = "bad_manifest_line"
OXUM = "payload_oxum"
UNSIGNED = "unsigned"
BAD_KEY = "bad_key"
BAD_SIGNATURE = "bad_signature"
KEY_MISMATCH = "key_mismatch"

TEMPLATES = {
    MISSING: QT_TRANSLATE_NOOP(
        "Package", "Missing: {file} is listed in the manifest but not in the package."
    ),
    EXTRA: QT_TRANSLATE_NOOP("Package", "Extra: {file} is in the package but in no manifest."),
    ALTERED: QT_TRANSLATE_NOOP("Package", "Altered: the SHA-256 of {file} does not match the manifest."),
    DAMAGED: QT_TRANSLATE_NOOP("Package", "Altered: {file} is damaged inside the zip ({detail})."),
    TAG_MISSING: QT_TRANSLATE_NOOP("Package", "Missing tag file: {file}."),
    TAG_ALTERED: QT_TRANSLATE_NOOP(
        "Package", "Altered tag file: the SHA-256 of {file} does not match the tag manifest."
    ),
    UNSAFE_PATH: QT_TRANSLATE_NOOP(
        "Package", "Refused: the path {file} would escape the package folder; it was not read."
    ),
    DUPLICATE: QT_TRANSLATE_NOOP("Package", "Refused: {file} appears more than once in the zip."),
    ZIP_BOMB: QT_TRANSLATE_NOOP("Package", "Refused: {file} would expand beyond safe limits ({detail})."),
    NOT_A_ZIP: QT_TRANSLATE_NOOP("Package", "{file} is not a readable zip file ({detail})."),
    NOT_A_BAG: QT_TRANSLATE_NOOP("Package", "{file} is not a BagIt package: no bagit.txt found."),
    BAD_MANIFEST_LINE: QT_TRANSLATE_NOOP("Package", "Line {detail} of {file} is not '<sha256>  <path>'."),
    OXUM: QT_TRANSLATE_NOOP(
        "Package", "{file}: Payload-Oxum says {detail} but the payload holds a different size or count."
    ),
    UNSIGNED: QT_TRANSLATE_NOOP("Package", "Not signed: {file} is missing."),
    BAD_KEY: QT_TRANSLATE_NOOP("Package", "The public key {file} cannot be read ({detail})."),
    BAD_SIGNATURE: QT_TRANSLATE_NOOP(
        "Package",
        "Signature does not match: {file} was not signed by the key in the package (changed or re-signed).",
    ),
    KEY_MISMATCH: QT_TRANSLATE_NOOP(
        "Package", "Different key: the package was signed by {detail}, not by the expected key."
    ),
}


class _ProblemMessage(Message):
    context = "Package"


_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class Problem:
    kind: str
    file: str
    detail: str = ""

    def message(self, language: str | None = None) -> str:
        return _ProblemMessage(TEMPLATES[self.kind], file=self.file, detail=self.detail).render(language)

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "file": self.file, "detail": self.detail, "message": self.message()}


@dataclass
class VerifyReport:
    """Valid when no problem was found; otherwise each problem names the file and what is wrong."""

    path: str
    problems: list[Problem] = field(default_factory=list)
    bag_info: dict[str, str] = field(default_factory=dict)
    fingerprint: str = ""
    payload_files: int = 0

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
            "bag_info": self.bag_info,
            "problems": [p.to_dict() for p in self.problems],
        }


def is_unsafe(name: str) -> bool:
    """Absolute, drive-lettered, backslashed or dot-dot paths would write outside an extraction folder."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name or _DRIVE.match(name):
        return True
    return any(part in ("..",) for part in name.split("/"))


class _Budget:
    """Bytes actually read may never exceed what the entries declared (a second line against bombs)."""

    def __init__(self, limit: int) -> None:
        self.left = limit


class _Reader:
    def __init__(self, archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], root: str) -> None:
        self.archive = archive
        self.entries = entries
        self.root = root

    def has(self, name: str) -> bool:
        return self.root + name in self.entries

    def sha256(self, name: str) -> str:
        """Hash of an entry; raises zipfile.BadZipFile/zlib.error/EOFError on damage."""
        info = self.entries[self.root + name]
        digest = hashlib.sha256()
        read = 0
        with self.archive.open(info) as handle:
            while chunk := handle.read(CHUNK):
                read += len(chunk)
                if read > info.file_size:
                    raise zipfile.BadZipFile("more data than declared")
                digest.update(chunk)
        return digest.hexdigest()

    def read_small(self, name: str) -> bytes:
        info = self.entries[self.root + name]
        if info.file_size > MAX_TAG_FILE_BYTES:
            raise zipfile.LargeZipFile(name)
        with self.archive.open(info) as handle:
            return handle.read(MAX_TAG_FILE_BYTES + 1)[:MAX_TAG_FILE_BYTES]


def _check_entries(archive: zipfile.ZipFile, report: VerifyReport) -> dict[str, zipfile.ZipInfo]:
    """Safe, unique file entries by name; unsafe ones and bombs become problems."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        report.problems.append(Problem(ZIP_BOMB, Path(report.path).name, f"{len(infos)} entries"))
        return {}
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if is_unsafe(name) or stat.S_ISLNK(info.external_attr >> 16):  # a symlink can point anywhere
            report.problems.append(Problem(UNSAFE_PATH, name))
            continue
        if info.is_dir():
            continue
        if name in entries:
            report.problems.append(Problem(DUPLICATE, name))
            continue
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            report.problems.append(Problem(ZIP_BOMB, name, f"1:{ratio:.0f}"))
            continue
        entries[name] = info
    if total > MAX_TOTAL_BYTES:
        report.problems.append(Problem(ZIP_BOMB, Path(report.path).name, f"{total} bytes"))
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


def _check_signature(
    reader: _Reader, tag_manifest: bytes | None, report: VerifyReport, expected_fingerprint: str | None
) -> None:
    if not reader.has(SIGNATURE):
        report.problems.append(Problem(UNSIGNED, SIGNATURE))
        return
    if not reader.has(PUBLIC_KEY):
        report.problems.append(Problem(UNSIGNED, PUBLIC_KEY))
        return
    try:
        key = signing.load_public_key(reader.read_small(PUBLIC_KEY))
    except (ValidationError, zipfile.BadZipFile, zlib.error, zipfile.LargeZipFile, EOFError) as exc:
        report.problems.append(Problem(BAD_KEY, PUBLIC_KEY, str(exc)))
        return
    report.fingerprint = signing.fingerprint(key)
    try:
        signature = base64.b64decode(reader.read_small(SIGNATURE).strip(), validate=True)
    except (binascii.Error, ValueError, zipfile.BadZipFile, zlib.error, zipfile.LargeZipFile, EOFError):
        signature = b""
    if tag_manifest is None or not signing.verify_signature(key, signature, tag_manifest):
        report.problems.append(Problem(BAD_SIGNATURE, TAG_MANIFEST))
    if expected_fingerprint and signing.normalize_fingerprint(
        expected_fingerprint
    ) != signing.normalize_fingerprint(report.fingerprint):
        report.problems.append(Problem(KEY_MISMATCH, PUBLIC_KEY, report.fingerprint))


def _check_listed(
    reader: _Reader, listed: dict[str, str], missing: str, altered: str, report: VerifyReport
) -> None:
    for path, expected in listed.items():
        if not reader.has(path):
            report.problems.append(Problem(missing, path))
            continue
        try:
            actual = reader.sha256(path)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            report.problems.append(Problem(DAMAGED, path, str(exc)))
            continue
        if actual != expected:
            report.problems.append(Problem(altered, path))


def verify_package(path: Path | str, expected_fingerprint: str | None = None) -> VerifyReport:
    """Check a package zip: structure, every payload and tag file, and the Ed25519 signature."""
    path = Path(path)
    report = VerifyReport(path=str(path))
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        report.problems.append(Problem(NOT_A_ZIP, path.name, str(exc)))
        return report
    with archive:
        entries = _check_entries(archive, report)
        root = _find_root(entries)
        if root is None:
            if entries or not report.problems:
                report.problems.append(Problem(NOT_A_BAG, path.name))
            return report
        reader = _Reader(archive, entries, root)
        in_bag = {name[len(root) :] for name in entries if name.startswith(root)}
        report.problems.extend(Problem(EXTRA, name) for name in sorted(entries) if not name.startswith(root))

        def small_text(name: str) -> bytes | None:
            if not reader.has(name):
                return None
            try:
                return reader.read_small(name)
            except (zipfile.BadZipFile, zlib.error, zipfile.LargeZipFile, EOFError) as exc:
                report.problems.append(Problem(DAMAGED, name, str(exc)))
                return None

        tag_manifest_bytes = small_text(TAG_MANIFEST)
        _check_signature(reader, tag_manifest_bytes, report, expected_fingerprint)

        tag_listed: dict[str, str] = {}
        if tag_manifest_bytes is None:
            report.problems.append(Problem(TAG_MISSING, TAG_MANIFEST))
        else:
            tag_listed = _parse_manifest(
                tag_manifest_bytes.decode("utf-8", "replace"), TAG_MANIFEST, report, None
            )
            for required in (BAGIT_TXT, BAG_INFO, MANIFEST, PUBLIC_KEY):
                if required not in tag_listed and not reader.has(required):
                    report.problems.append(Problem(TAG_MISSING, required))
            _check_listed(reader, tag_listed, TAG_MISSING, TAG_ALTERED, report)

        manifest_bytes = small_text(MANIFEST)
        payload_listed: dict[str, str] = {}
        if manifest_bytes is not None:
            payload_listed = _parse_manifest(
                manifest_bytes.decode("utf-8", "replace"), MANIFEST, report, f"{PAYLOAD_DIR}/"
            )
            _check_listed(reader, payload_listed, MISSING, ALTERED, report)
        report.payload_files = len(payload_listed)

        known = set(payload_listed) | set(tag_listed) | {TAG_MANIFEST, SIGNATURE}
        report.problems.extend(Problem(EXTRA, name) for name in sorted(in_bag - known))

        info_bytes = small_text(BAG_INFO)
        if info_bytes is not None:
            report.bag_info = parse_bag_info(info_bytes.decode("utf-8", "replace"))
            oxum = report.bag_info.get("Payload-Oxum")
            payload_present = [name for name in in_bag if name.startswith(f"{PAYLOAD_DIR}/")]
            actual = f"{sum(entries[root + n].file_size for n in payload_present)}.{len(payload_present)}"
            if oxum and oxum != actual:
                report.problems.append(Problem(OXUM, BAG_INFO, oxum))
    return report
