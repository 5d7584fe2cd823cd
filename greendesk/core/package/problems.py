"""What verification can find wrong with a package: the problem kinds and their translatable messages."""

from __future__ import annotations

from dataclasses import dataclass

from greendesk.core.base.errors import Message
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP

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
NAMED_KEY = "named_key"
UNNAMED_KEY = "unnamed_key"
DIR_DATA = "dir_data"
NO_OXUM = "no_oxum"
OVERSIZE = "oversize"
READ_LIMIT = "read_limit"
UNTRUSTED = "untrusted"
WRONG_DISTRICT = "wrong_district"
AUDIT_NO_HEAD = "audit_no_head"
AUDIT_NOT_IN_LOG = "audit_not_in_log"
AUDIT_COUNT = "audit_count"
NEWER_FORMAT = "newer_format"
BAD_FORMAT = "bad_format"
NO_DATA = "no_data"

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
    NAMED_KEY: QT_TRANSLATE_NOOP(
        "Package",
        "Different key: {file} names the signing key {detail}, but the package was signed by another key "
        "(re-signed).",
    ),
    UNNAMED_KEY: QT_TRANSLATE_NOOP(
        "Package", "{file} does not name the signing key (GreenDesk-Signing-Key-SHA256)."
    ),
    DIR_DATA: QT_TRANSLATE_NOOP(
        "Package", "Refused: the folder entry {file} carries data ({detail} bytes); folder entries are empty."
    ),
    NO_OXUM: QT_TRANSLATE_NOOP(
        "Package",
        "{file} gives no valid Payload-Oxum, so the package's size cannot be bounded: its files were not "
        "checked.",
    ),
    OVERSIZE: QT_TRANSLATE_NOOP(
        "Package",
        "Refused without unpacking: the entries of {file} declare {detail} bytes, more than the "
        "Payload-Oxum in bag-info.txt allows.",
    ),
    READ_LIMIT: QT_TRANSLATE_NOOP(
        "Package", "Refused: reading {file} went past the size the package declares; checking stopped."
    ),
    UNTRUSTED: QT_TRANSLATE_NOOP(
        "Package", "Unknown key: the package was signed by {detail}, which is not in the trust store."
    ),
    WRONG_DISTRICT: QT_TRANSLATE_NOOP(
        "Package",
        "Wrong district: the signing key is registered for district {detail}, but {file} names another "
        "district.",
    ),
    AUDIT_NO_HEAD: QT_TRANSLATE_NOOP(
        "Package", "{file} records no audit log head (GreenDesk-Audit-Head) to compare with the workspace."
    ),
    AUDIT_NOT_IN_LOG: QT_TRANSLATE_NOOP(
        "Package",
        "The audit log head {detail} recorded in the package is not an intact entry of the workspace's "
        "audit log: the log was cut short or rewritten since the export, or the package is from another "
        "workspace.",
    ),
    AUDIT_COUNT: QT_TRANSLATE_NOOP(
        "Package",
        "The package records {detail} audit entries up to its head, but the workspace's log holds a "
        "different number up to that entry.",
    ),
    NEWER_FORMAT: QT_TRANSLATE_NOOP(
        "Package",
        "{file}: the package was made by a newer GreenDesk (format {detail}); update GreenDesk to read it.",
    ),
    BAD_FORMAT: QT_TRANSLATE_NOOP("Package", "{file} names an unknown package format or kind: {detail}."),
    NO_DATA: QT_TRANSLATE_NOOP(
        "Package", "Missing: {file} is not listed in the manifest of a format 2 package."
    ),
}


class _ProblemMessage(Message):
    context = "Package"


@dataclass(frozen=True)
class Problem:
    kind: str
    file: str
    detail: str = ""

    def message(self, language: str | None = None) -> str:
        return _ProblemMessage(TEMPLATES[self.kind], file=self.file, detail=self.detail).render(language)

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "file": self.file, "detail": self.detail, "message": self.message()}
