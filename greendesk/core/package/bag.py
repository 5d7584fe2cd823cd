"""Writing a BagIt bag (RFC 8493, SHA-256) straight into a zip, signed with Ed25519.

Layout inside the zip: one top-level folder (the bag) holding ``bagit.txt``, ``bag-info.txt``,
``manifest-sha256.txt``, the public key, ``tagmanifest-sha256.txt``, its detached signature and the
payload under ``data/``. Payload files are streamed through the hash into the zip, so memory stays
flat however many photos there are.
"""

from __future__ import annotations

import base64
import hashlib
import zipfile
from collections.abc import Callable
from pathlib import Path

from Cryptodome.PublicKey.ECC import EccKey

from greendesk.core.base import clock
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.package import signing

BAGIT_TXT = "bagit.txt"
BAG_INFO = "bag-info.txt"
MANIFEST = "manifest-sha256.txt"
TAG_MANIFEST = "tagmanifest-sha256.txt"
PUBLIC_KEY = "greendesk-signing-key.pem"
SIGNATURE = "tagmanifest-sha256.txt.sig"
PAYLOAD_DIR = "data"
PACKAGE_DATA = "greendesk-data.json"  # format 2: the machine-readable figures and results (package.data)
# bag-info.txt labels that verification reads (export writes them).
OXUM_FIELD = "Payload-Oxum"
DISTRICT_FIELD = "GreenDesk-District"
SIGNING_KEY_FIELD = "GreenDesk-Signing-Key-SHA256"
AUDIT_HEAD_FIELD = "GreenDesk-Audit-Head"
AUDIT_COUNT_FIELD = "GreenDesk-Audit-Count"
YEAR_FIELD = "GreenDesk-Year"
BATCH_FIELD = "GreenDesk-Batch"
# Package format 2 (issue 22): the format, what the package is, and the period it reports on. A bag
# without FORMAT_FIELD is format 1 (an application package with PDFs and workbooks only).
FORMAT_FIELD = "GreenDesk-Package-Format"
KIND_FIELD = "GreenDesk-Package-Kind"
PERIOD_FIELD = "GreenDesk-Period"
PACKAGE_FORMAT = 2
LEGACY_FORMAT = 1
APPLICATION = "application"
QUARTERLY_REPORT = "quarterly-report"
ANNUAL_REPORT = "annual-report"
PACKAGE_KINDS = (APPLICATION, QUARTERLY_REPORT, ANNUAL_REPORT)
BAGIT_DECLARATION = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
CHUNK = 1024 * 1024


def encode_manifest_path(path: str) -> str:
    """RFC 8493 2.1.3: percent-encode %, CR and LF in manifest paths."""
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def decode_manifest_path(path: str) -> str:
    return (
        path.replace("%0A", "\n")
        .replace("%0a", "\n")
        .replace("%0D", "\r")
        .replace("%0d", "\r")
        .replace("%25", "%")
    )


def format_bag_info(fields: list[tuple[str, str]]) -> bytes:
    lines = []
    for label, value in fields:
        single_line = " ".join(str(value).split())
        lines.append(f"{label}: {single_line}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def parse_bag_info(text: str) -> dict[str, str]:
    """Labels to values (continuation lines folded in; the last of repeated labels wins)."""
    fields: dict[str, str] = {}
    label = None
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and label:
            fields[label] += " " + line.strip()
            continue
        name, sep, value = line.partition(":")
        if sep:
            label = name.strip()
            fields[label] = value.strip()
    return fields


def application_period(year: int, batch: int | None) -> str:
    """GreenDesk-Period of an application package: ``2022``, or ``2022-B1`` for one batch."""
    return f"{year}-B{batch}" if batch is not None else str(year)


def format_fields(kind: str, period: str) -> list[tuple[str, str]]:
    """The bag-info lines every format-2 package carries."""
    return [(FORMAT_FIELD, str(PACKAGE_FORMAT)), (KIND_FIELD, kind), (PERIOD_FIELD, period)]


def format_manifest(entries: dict[str, str]) -> bytes:
    return "".join(f"{digest}  {encode_manifest_path(path)}\n" for path, digest in entries.items()).encode(
        "utf-8"
    )


class BagZipWriter:
    """Adds payload files to an open zip under ``<root>/data/`` and closes the bag with signed tag files."""

    def __init__(self, archive: zipfile.ZipFile, root: str) -> None:
        self.archive = archive
        self.date_time = clock.now().timetuple()[:6]
        self.root = root
        self.payload: dict[str, str] = {}  # "data/..." -> sha256
        self.payload_octets = 0

    def _info(self, name: str, stored: bool, size: int) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(f"{self.root}/{name}", date_time=self.date_time)
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        info.file_size = size  # lets zipfile choose zip64 up front for huge files
        info.external_attr = 0o644 << 16
        return info

    def add_file(self, relative: str, source: Path, stored: bool, cancelled: Callable[[], bool]) -> str:
        """Stream ``source`` into ``data/<relative>``; returns its SHA-256."""
        name = f"{PAYLOAD_DIR}/{relative}"
        digest = hashlib.sha256()
        size = source.stat().st_size
        with source.open("rb") as reader, self.archive.open(self._info(name, stored, size), "w") as writer:
            while chunk := reader.read(CHUNK):
                if cancelled():
                    raise ExportCancelled()
                digest.update(chunk)
                writer.write(chunk)
        self.payload[name] = digest.hexdigest()
        self.payload_octets += size
        return self.payload[name]

    def add_bytes(self, relative: str, data: bytes) -> str:
        """A small payload file made in memory (``data/<relative>``); returns its SHA-256."""
        name = f"{PAYLOAD_DIR}/{relative}"
        with self.archive.open(self._info(name, False, len(data)), "w") as writer:
            writer.write(data)
        self.payload[name] = hashlib.sha256(data).hexdigest()
        self.payload_octets += len(data)
        return self.payload[name]

    def _add_tag(self, name: str, data: bytes) -> str:
        with self.archive.open(self._info(name, False, len(data)), "w") as writer:
            writer.write(data)
        return hashlib.sha256(data).hexdigest()

    def close(self, bag_info: list[tuple[str, str]], key: EccKey) -> None:
        """Write the tag files: declaration, bag-info (with Payload-Oxum), manifests, key, signature."""
        info = [*bag_info, (OXUM_FIELD, f"{self.payload_octets}.{len(self.payload)}")]
        tags: dict[str, str] = {}
        tags[BAGIT_TXT] = self._add_tag(BAGIT_TXT, BAGIT_DECLARATION)
        tags[BAG_INFO] = self._add_tag(BAG_INFO, format_bag_info(info))
        tags[MANIFEST] = self._add_tag(MANIFEST, format_manifest(dict(sorted(self.payload.items()))))
        tags[PUBLIC_KEY] = self._add_tag(PUBLIC_KEY, signing.public_key_pem(key.public_key()))
        tag_manifest = format_manifest(tags)
        self._add_tag(TAG_MANIFEST, tag_manifest)
        self._add_tag(SIGNATURE, base64.b64encode(signing.sign(key, tag_manifest)) + b"\n")


class ExportCancelled(GreenDeskError):
    """The user cancelled; nothing was left under the package's name."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "The export was cancelled; no package was written."))
