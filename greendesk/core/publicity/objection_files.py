"""The files an objection comes with (the letter's scan, photos, a Word or OFD document).

They go into the workspace's content-addressed store the way evidence does (storage.photos: kept
byte for byte under their SHA-256, a row per content) and the objection lists them in
``attachments_json``. Only documents and images are taken: a program is refused by its name and by
its content (a renamed ``.exe`` is still one), and every refusal names the file. Everything is
checked before the objection's transaction starts, so a refused file leaves nothing half recorded.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.storage import evidence_files, photos
from greendesk.core.workspace import Workspace

MB = evidence_files.MB
MAX_BYTES = 64 * MB  # a scanned letter of many pages is a few MB; a photo series well under this
MAX_FILES = 20
ACCEPTED_KINDS = {
    evidence_files.IMAGE,
    evidence_files.PDF,
    evidence_files.DOCUMENT,
    evidence_files.SPREADSHEET,
}
# Documents with no signature the store tells apart: taken by their extension once no program is found.
OTHER_DOCUMENTS = {"ofd", "txt", "rtf", "odt", "wps"}
PROGRAM_SUFFIXES = {
    *(".exe", ".dll", ".com", ".scr", ".msi", ".msp", ".bat", ".cmd", ".ps1", ".vbs", ".vbe", ".js", ".jse"),
    *(".wsf", ".hta", ".cpl", ".lnk", ".jar", ".apk", ".deb", ".rpm", ".appimage", ".run", ".sh", ".bin"),
    *(".elf", ".so", ".dylib", ".app", ".pif", ".reg", ".py", ".pl"),
}
PROGRAM_SIGNATURES = (
    b"MZ",  # Windows programs and libraries
    b"\x7fELF",  # Linux programs (统信 UOS, 银河麒麟)
    b"\xfe\xed\xfa\xce",
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",  # macOS programs
    b"#!",  # scripts
)


@dataclass(frozen=True)
class Attachment:
    """One stored file of an objection: its content hash, the name it came with, its size and type."""

    sha256: str
    name: str
    size: int
    media_type: str

    def to_dict(self) -> dict[str, object]:
        return {"sha256": self.sha256, "name": self.name, "size": self.size, "media_type": self.media_type}


def _refuse(message: str, path: Path, **values: object) -> ValidationError:
    return ValidationError(message, file=path.name, **values)


def check_file(path: Path) -> None:
    """Refuse what is not a readable document or image within the size limit, naming the file."""
    path = Path(path)
    try:
        if path.exists() and not path.is_file():  # a folder, a device, a pipe (a read could block)
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "{file} is not a file."), path)
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(evidence_files.HEAD_BYTES)
    except OSError as error:
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {reason}"),
            path,
            reason=error.strerror or str(error),
        ) from None
    if path.suffix.lower() in PROGRAM_SUFFIXES or head.startswith(PROGRAM_SIGNATURES):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is a program; an objection's attachments are documents or images only."
            ),
            path,
        )
    if size > MAX_BYTES:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is {size} MB; an objection's attachment may be at most {limit} MB."
            ),
            path,
            size=-(-size // MB),
            limit=MAX_BYTES // MB,
        )
    kind = evidence_files.classify(path, path.name)
    if kind.kind not in ACCEPTED_KINDS and not (
        kind.kind == evidence_files.OTHER and kind.extension in OTHER_DOCUMENTS
    ):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is neither a document nor an image (PDF, OFD, Word, Excel, text, JPEG, PNG ...); "
                "it cannot be attached to an objection.",
            ),
            path,
        )


def check_files(paths: Sequence[Path]) -> None:
    """Every file checked before anything is written."""
    if len(paths) > MAX_FILES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An objection takes at most {limit} attachments ({count} given)."),
            limit=MAX_FILES,
            count=len(paths),
        )
    for path in paths:
        check_file(Path(path))


def store_files(
    session: Session, workspace: Workspace, paths: Sequence[Path], stage: photos.StagedPhotos
) -> list[Attachment]:
    """Store each file once by its content (the same content twice is one attachment)."""
    stored: dict[str, Attachment] = {}
    for path in paths:
        path = Path(path)
        photo, _added = photos.store(session, workspace.photos_dir, path, path.name, stage)
        if photo.sha256 not in stored:
            media_type = photo.media_type or evidence_files.MEDIA_TYPES.get(photo.extension, "")
            stored[photo.sha256] = Attachment(photo.sha256, path.name[:512], photo.size, media_type)
    return list(stored.values())


def dump(attachments: Sequence[Attachment]) -> str:
    return json.dumps([a.to_dict() for a in attachments], ensure_ascii=False)


def load(text: str | None) -> tuple[Attachment, ...]:
    """The attachments an objection row lists (an empty or unreadable list is none)."""
    try:
        items = json.loads(text or "[]")
    except json.JSONDecodeError:
        return ()
    if not isinstance(items, list):
        return ()
    return tuple(
        Attachment(
            str(i["sha256"]), str(i.get("name", "")), int(i.get("size", 0)), str(i.get("media_type", ""))
        )
        for i in items
        if isinstance(i, dict) and "sha256" in i
    )
