"""Exporting a scoring kit (评分包) for one expert of a panel, to score on another PC.

The kit holds only what the expert was assigned: the communities, their items, and those items'
evidence files (never an executable, whatever the evidence store holds; the export names what it left
out), the frozen scored standard and the identities an import checks (workspace, panel, expert). Its
format is in ``kits_format``. Each export gives the expert a fresh random ``kit_key`` (kept in
``PanelExpert.kit_key``, its public id audited) and a 评分码 shown once to the administrator, who
gives it to the expert separately (phone, in person): the kit opens only with it, and a kit exported
earlier for the same expert is superseded (its returned kits are refused).

For OA/IM size limits the kit can be split into parts ``….gdkit.001``, ``.002`` … with a small
``…-校验.txt`` beside them listing each part's SHA-256; the expert opens part 001 (``kits_open``).
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import accounts, audit, settings
from greendesk.core.base import clock
from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.package import signing
from greendesk.core.package.naming import safe_component
from greendesk.core.panel import kits_format as fmt
from greendesk.core.panel import panels
from greendesk.core.review.vocabulary import ADMINISTRATOR
from greendesk.core.storage import durable, failures, photos
from greendesk.core.storage.models import (
    Evidence,
    Panel,
    PanelAssignment,
    PanelExpert,
    Recommendation,
    StandardSnapshot,
)
from greendesk.core.workspace import Workspace

EXPORT_ACTION = "panel.kit_export"
MEGABYTE = 1024 * 1024
MAX_PARTS = 999


@dataclass(frozen=True)
class LeftOut:
    """An evidence file the kit does not carry (an executable), named for the administrator."""

    community: str
    item: int
    name: str


@dataclass
class KitExport:
    path: Path  # the kit, or its part 001 when split
    code: str  # the 评分码: shown once, never stored
    parts: list[Path] = field(default_factory=list)
    checksum_file: Path | None = None
    communities: int = 0
    files: int = 0
    left_out: list[LeftOut] = field(default_factory=list)
    fingerprint: str = ""
    size: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "code": self.code,
            "parts": [str(p) for p in self.parts],
            "checksum_file": None if self.checksum_file is None else str(self.checksum_file),
            "communities": self.communities,
            "files": self.files,
            "left_out": [vars(entry) for entry in self.left_out],
            "fingerprint": self.fingerprint,
            "size": self.size,
        }


def find_expert(session: Session, panel_id: int, expert_key: str) -> tuple[Panel, PanelExpert]:
    panel = panels.find_panel(session, panel_id)
    return panel, panels.find_expert(session, panel, expert_key)


def is_executable(name: str) -> bool:
    return PurePosixPath(name.replace("\\", "/").lower()).suffix.lstrip(".") in fmt.EXECUTABLE_EXTENSIONS


def kit_file_name(panel: Panel, expert: PanelExpert) -> str:
    stem = f"{panel.year}-{panel.name or panel.id}-{expert.key}-{fmt.KIT_LABEL}"
    return safe_component(stem) + fmt.KIT_SUFFIX


def _assigned(session: Session, expert: PanelExpert, numbers: list[int]) -> dict[int, list[int]]:
    """Recommendation id -> the item numbers assigned to the expert (NULL: all the standard's items)."""
    found: dict[int, set[int]] = {}
    for row in session.scalars(select(PanelAssignment).where(PanelAssignment.expert_id == expert.id)):
        found.setdefault(row.recommendation_id, set()).update(
            numbers if row.item_number is None else [row.item_number]
        )
    return {rec: sorted(items) for rec, items in found.items()}


def _communities(
    session: Session, workspace: Workspace, assigned: dict[int, list[int]], left_out: list[LeftOut]
) -> tuple[list[dict[str, Any]], list[tuple[dict[str, Any], Path]]]:
    """The manifest's communities and evidence entries (with their stored files) for the assignment."""
    communities: list[dict[str, Any]] = []
    files: dict[str, tuple[dict[str, Any], Path]] = {}
    entries: list[dict[str, Any]] = []
    for recommendation in sorted(
        session.scalars(select(Recommendation).where(Recommendation.id.in_(list(assigned)))),
        key=lambda r: r.community.code,
    ):
        community = recommendation.community
        items = assigned[recommendation.id]
        communities.append(
            {"code": community.code, "name": community.name, "street": community.street.name, "items": items}
        )
        rows = session.scalars(
            select(Evidence)
            .where(Evidence.recommendation_id == recommendation.id, Evidence.item_number.in_(items))
            .order_by(Evidence.item_number, Evidence.id)
        )
        for row in rows:
            photo = row.photo
            if is_executable(row.original_name) or photo.extension.lower() in fmt.EXECUTABLE_EXTENSIONS:
                left_out.append(LeftOut(community.code, row.item_number, row.original_name or photo.sha256))
                continue
            member = f"{fmt.EVIDENCE_DIR}/{photo.sha256}.{photo.extension}"
            entries.append(
                {
                    "community": community.code,
                    "item": row.item_number,
                    "sha256": photo.sha256,
                    "size": photo.size,
                    "original_name": row.original_name,
                    "caption": row.caption,
                    "member": member,
                    "extension": photo.extension,
                    "kind": photo.kind,
                    "media_type": photo.media_type,
                    "width": photo.width,
                    "height": photo.height,
                    "orientation": photo.orientation,
                    "display_rotation": photo.display_rotation,
                    "page_count": photo.page_count,
                    "taken_at": None if photo.taken_at is None else photo.taken_at.isoformat(),
                }
            )
            files[member] = (
                entries[-1],
                photos.original_path(workspace.photos_dir, photo.sha256, photo.extension),
            )
    for community in communities:
        community["evidence"] = [e for e in entries if e["community"] == community["code"]]
    return communities, list(files.values())


def _manifest(
    session: Session, workspace: Workspace, panel: Panel, expert: PanelExpert, left_out: list[LeftOut]
) -> tuple[dict[str, Any], list[tuple[dict[str, Any], Path]]]:
    snapshot = session.get(StandardSnapshot, panel.standard_sha256)
    if snapshot is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Panel {panel}: its standard ({sha}) is not in this workspace."),
            panel=panel.name or panel.id,
            sha=panel.standard_sha256[:12],
        )
    standard = json.loads(snapshot.content_json)
    numbers = [int(item["number"]) for item in standard.get("items", [])]
    assigned = _assigned(session, expert, numbers)
    if not assigned:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Expert {expert} has no communities assigned: nothing to put in a kit."
            ),
            expert=expert.key,
        )
    communities, files = _communities(session, workspace, assigned, left_out)
    manifest = {
        "format": fmt.KIT_FORMAT,
        "kit_id": "",
        "created_at": clock.now().isoformat(timespec="seconds"),
        "workspace_id": settings.WORKSPACE_ID.read(session),
        "district": {
            "code": settings.DISTRICT_CODE.read(session),
            "name": settings.DISTRICT_NAME.read(session),
        },
        "panel": {"id": panel.id, "name": panel.name, "year": panel.year, "batch": panel.batch},
        "expert": {"key": expert.key, "name": expert.name, "organisation": expert.organisation},
        "standard": {"sha256": snapshot.sha256, "id": snapshot.standard_id, "content": standard},
        "communities": communities,
        "left_out": [vars(entry) for entry in left_out],
    }
    return manifest, files


def _write_kit(
    handle: io.BufferedIOBase, manifest: dict[str, Any], files: list[tuple[dict[str, Any], Path]], key: Any
) -> None:
    """The zip: evidence streamed through its hash, then manifest, member sums, key and signature."""
    sums: dict[str, str] = {}
    with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry, source in files:
            digest = hashlib.sha256()
            stored = entry["kind"] in ("image", "video")  # already compressed
            info = zipfile.ZipInfo(entry["member"], date_time=clock.now().timetuple()[:6])
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            info.file_size = source.stat().st_size
            with failures.translated(source), source.open("rb") as reader, archive.open(info, "w") as writer:
                while chunk := reader.read(MEGABYTE):
                    digest.update(chunk)
                    writer.write(chunk)
            if digest.hexdigest() != entry["sha256"]:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The stored evidence file {file} does not match its hash: run the full check.",
                    ),
                    file=str(source),
                )
            sums[entry["member"]] = entry["sha256"]
        body = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        archive.writestr(fmt.MANIFEST, body)
        sums[fmt.MANIFEST] = hashlib.sha256(body).hexdigest()
        pem = signing.public_key_pem(key.public_key())
        archive.writestr(fmt.PUBLIC_KEY, pem)
        sums[fmt.PUBLIC_KEY] = hashlib.sha256(pem).hexdigest()
        listing = "".join(f"{digest}  {name}\n" for name, digest in sorted(sums.items())).encode("utf-8")
        archive.writestr(fmt.MEMBER_SUMS, listing)
        archive.writestr(fmt.SIGNATURE, signing.sign(key, listing).hex() + "\n")


def _split(kit: Path, part_bytes: int) -> tuple[list[Path], Path]:
    """Cut the finished kit into numbered parts with a checksum file beside them; the whole is removed."""
    size = kit.stat().st_size
    count = max(1, -(-size // part_bytes))
    if count > MAX_PARTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A part size of {size} MB would make more than {limit} parts."),
            size=part_bytes // MEGABYTE,
            limit=MAX_PARTS,
        )
    parts: list[Path] = []
    lines: list[str] = []
    with kit.open("rb") as reader:
        for index in range(1, count + 1):
            part = kit.with_name(f"{kit.name}.{index:03d}")
            data = reader.read(part_bytes)
            durable.write_atomically(part, lambda handle, data=data: handle.write(data))
            parts.append(part)
            lines.append(f"{hashlib.sha256(data).hexdigest()}  {part.name}\n")
    checksum = _checksum_path(kit)
    text = f"# {kit.name}: {count} parts, {size} bytes, SHA-256 per part\n" + "".join(lines)
    durable.write_atomically(checksum, lambda handle: handle.write(text.encode("utf-8")))
    kit.unlink()
    return parts, checksum


def _checksum_path(kit: Path) -> Path:
    return kit.with_name(f"{kit.name[: -len(fmt.KIT_SUFFIX)]}-{fmt.CHECKSUM_LABEL}.txt")


def _remove_earlier_parts(kit: Path) -> None:
    """Parts and checksums an earlier export left under this kit's name (they would be mixed up)."""
    with failures.translated(kit):
        for part in kit.parent.glob(f"{kit.name}.[0-9][0-9][0-9]") if kit.parent.is_dir() else ():
            part.unlink()
        _checksum_path(kit).unlink(missing_ok=True)


def export_kit(
    workspace: Workspace, panel_id: int, expert_key: str, out_dir: Path, split_mb: int | None = None
) -> KitExport:
    """Write the expert's kit into ``out_dir`` and give the expert a fresh kit_key (the old kit is
    superseded); returns the 评分码 to show once."""
    actor = accounts.require(workspace, ADMINISTRATOR)
    if split_mb is not None and split_mb < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The part size must be at least 1 MB."))
    key = signing.load_or_create_key(workspace.data_dir)
    fingerprint = signing.fingerprint(key.public_key())
    left_out: list[LeftOut] = []
    kit_key, code = fmt.new_kit_key(), fmt.new_scoring_code()
    written: list[Path] = []
    try:
        with workspace.transaction() as session:
            panel, expert = find_expert(session, panel_id, expert_key)
            if not expert.active:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Expert {expert} is deactivated: no kit can be exported."),
                    expert=expert.key,
                )
            manifest, files = _manifest(session, workspace, panel, expert, left_out)
            manifest["kit_id"] = fmt.key_id(kit_key)
            manifest["sealed_kit_key"] = fmt.seal_kit_key(
                kit_key, code, fmt.associated_data(manifest, fingerprint.replace(" ", ""))
            )
            target = out_dir / kit_file_name(panel, expert)
            _remove_earlier_parts(target)
            with failures.translated(target):
                durable.write_atomically(target, lambda handle: _write_kit(handle, manifest, files, key))
            written.append(target)  # removed again if the new kit_key is not committed
            previous = expert.kit_key
            expert.kit_key = kit_key
            audit.record(
                session,
                user=actor.username,
                action=EXPORT_ACTION,
                entity="panel_expert",
                key=f"{panel.id}/{expert.key}",
                old=None if not previous else {"kit_id": fmt.key_id(previous)},
                new={
                    "kit_id": manifest["kit_id"],
                    "expert": expert.name,
                    "communities": len(manifest["communities"]),
                    "files": len(files),
                    "left_out": len(left_out),
                    "fingerprint": fingerprint,
                },
            )
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    result = KitExport(
        path=target,
        code=code,
        communities=len(manifest["communities"]),
        files=len(files),
        left_out=left_out,
        fingerprint=fingerprint,
        size=target.stat().st_size,
    )
    if split_mb is not None and result.size > split_mb * MEGABYTE:
        with failures.translated(target):
            result.parts, result.checksum_file = _split(target, split_mb * MEGABYTE)
        result.path = result.parts[0]
    return result
