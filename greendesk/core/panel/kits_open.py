"""The expert's side of a scoring kit: open it with the 评分码, keep the progress, write the returned kit.

Opening checks everything before anything is shown: the parts of a split kit against the checksum
file beside them (a missing or damaged part is named), every member against ``manifest-sha256.txt``,
that listing against the district's signature, no executable inside, and the 评分码 against the sealed
kit_key (``kits_format``). The evidence is then copied, verified, into a folder of the user's data
folder laid out like a workspace's photo store, so the viewers of the review screen show it as they
are. Progress (findings and comments per community and item) is saved there too, atomically, on
every change, so reopening the kit resumes; the kit_key itself is never written down.

Nothing here needs a workspace: an expert without one opens a kit from the first-run screen.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from greendesk.core.base import clock, jsonfile
from greendesk.core.base.errors import GreenDeskError, Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.paths import APP_AUTHOR, APP_NAME
from greendesk.core.package import signing
from greendesk.core.package.naming import safe_component
from greendesk.core.panel import kits_format as fmt
from greendesk.core.panel.findings import score_json
from greendesk.core.standards.format import parse_standard
from greendesk.core.standards.model import Item, Standard
from greendesk.core.storage import durable, failures, photos

WORK_DIR_ENV = "GREENDESK_EXPERT_DIR"
PROGRESS_NAME = "progress.json"
_PART = re.compile(r"^(?P<kit>.+\.gdkit)\.(?P<number>\d{3})$")
_SUM_LINE = re.compile(r"^([0-9a-f]{64})  (.+)$")
_EVIDENCE_MEMBER = re.compile(r"^evidence/[0-9a-f]{64}\.[A-Za-z0-9]{1,8}$")
Key = tuple[str, int]  # (community code, item number)


def work_dir() -> Path:
    """Where expert mode keeps each kit's evidence and progress (the user's data folder)."""
    configured = os.environ.get(WORK_DIR_ENV)
    if configured:
        return Path(configured)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False)) / "expert-kits"


@dataclass(frozen=True)
class Kit:
    """An opened kit: its manifest, the standard it scores against, the kit_key (memory only)."""

    source: Path
    manifest: dict[str, Any]
    manifest_sha256: str
    standard: Standard
    fingerprint: str
    kit_key: str
    folder: Path  # this kit's folder under work_dir()

    @property
    def kit_id(self) -> str:
        return str(self.manifest["kit_id"])

    @property
    def photos_dir(self) -> Path:
        return self.folder / "photos"

    @property
    def communities(self) -> list[dict[str, Any]]:
        return list(self.manifest["communities"])

    def community(self, code: str) -> dict[str, Any] | None:
        return next((c for c in self.manifest["communities"] if c["code"] == code), None)

    def items(self, code: str) -> list[Item]:
        """The standard's items assigned for one community, in the standard's order."""
        community = self.community(code)
        numbers = set(community["items"]) if community else set()
        return [item for item in self.standard.items if item.number in numbers]

    def evidence(self, code: str, item: int) -> list[dict[str, Any]]:
        community = self.community(code) or {"evidence": []}
        return [entry for entry in community["evidence"] if entry["item"] == item]


def _damaged(file: Path, reason: str, **params: Any) -> fmt.KitError:
    return fmt.refuse(fmt.NOT_A_KIT, file=str(file), reason=Message(reason, **params))


def _read_checksums(checksum: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in checksum.read_text("utf-8").splitlines():
        match = _SUM_LINE.match(line.strip())
        if match:
            found[match.group(2)] = match.group(1)
    return found


def _parts_listed(first: Path, kit_name: str) -> list[str]:
    """The part names to join: those the checksum file lists, else the consecutive ones found."""
    checksum = first.with_name(f"{kit_name[: -len(fmt.KIT_SUFFIX)]}-{fmt.CHECKSUM_LABEL}.txt")
    if checksum.is_file():
        return sorted(_read_checksums(checksum))
    names, number = [], 1
    while first.with_name(f"{kit_name}.{number:03d}").is_file():
        names.append(f"{kit_name}.{number:03d}")
        number += 1
    return names


def join_parts(first: Path, target: Path) -> None:
    """Join the parts of a split kit into ``target``, each checked against the checksum file."""
    match = _PART.match(first.name)
    if match is None or match.group("number") != "001":
        raise fmt.refuse(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is not part 001 of a split kit: open the part ending in .001."
            ),
            file=str(first),
        )
    kit_name = match.group("kit")
    checksum = first.with_name(f"{kit_name[: -len(fmt.KIT_SUFFIX)]}-{fmt.CHECKSUM_LABEL}.txt")
    sums = _read_checksums(checksum) if checksum.is_file() else {}
    names = _parts_listed(first, kit_name)

    def write(handle) -> None:
        for name in names:
            part = first.with_name(name)
            if not part.is_file():
                raise fmt.refuse(
                    QT_TRANSLATE_NOOP("Errors", "Part {part} of the kit is missing: copy it beside {file}."),
                    part=name,
                    file=str(first),
                )
            data = part.read_bytes()
            if sums and hashlib.sha256(data).hexdigest() != sums.get(name):
                raise fmt.refuse(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Part {part} of the kit is damaged (its SHA-256 differs from {checksum})."
                    ),
                    part=name,
                    checksum=checksum.name,
                )
            handle.write(data)

    with failures.translated(target):
        durable.write_atomically(target, write, durable=False)


def _verified_members(archive: zipfile.ZipFile, file: Path) -> tuple[dict[str, str], str]:
    """The signed member listing (name -> SHA-256) and the signer's fingerprint, or a refusal."""
    names = set(archive.namelist())
    for required in (fmt.MANIFEST, fmt.MEMBER_SUMS, fmt.PUBLIC_KEY, fmt.SIGNATURE):
        if required not in names:
            raise _damaged(file, QT_TRANSLATE_NOOP("Errors", "{member} is missing"), member=required)
    listing = archive.read(fmt.MEMBER_SUMS)
    key = signing.load_public_key(archive.read(fmt.PUBLIC_KEY))
    try:
        signature = bytes.fromhex(archive.read(fmt.SIGNATURE).decode("ascii").strip())
    except ValueError as exc:
        raise _damaged(file, QT_TRANSLATE_NOOP("Errors", "the signature is unreadable")) from exc
    if not signing.verify_signature(key, signature, listing):
        raise fmt.refuse(
            QT_TRANSLATE_NOOP(
                "Errors", "The kit {file} was altered: its signature does not match its contents."
            ),
            file=str(file),
        )
    sums: dict[str, str] = {}
    for line in listing.decode("utf-8").splitlines():
        match = _SUM_LINE.match(line)
        if match is None:
            raise _damaged(file, QT_TRANSLATE_NOOP("Errors", "the member listing is unreadable"))
        sums[match.group(2)] = match.group(1)
    for name in names - set(sums) - {fmt.MEMBER_SUMS, fmt.SIGNATURE}:
        raise fmt.refuse(
            QT_TRANSLATE_NOOP(
                "Errors", "The kit {file} holds {member}, which its signed listing does not name."
            ),
            file=str(file),
            member=name,
        )
    for name in sums:
        if name not in (fmt.MANIFEST, fmt.PUBLIC_KEY) and not _EVIDENCE_MEMBER.match(name):
            raise _damaged(
                file, QT_TRANSLATE_NOOP("Errors", "it holds an unexpected member {member}"), member=name
            )
        if _suffix(name) in fmt.EXECUTABLE_EXTENSIONS:
            raise fmt.refuse(
                QT_TRANSLATE_NOOP("Errors", "The kit {file} holds a program ({member}): it is not opened."),
                file=str(file),
                member=name,
            )
    return sums, signing.fingerprint(key).replace(" ", "")


def _suffix(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _member_sha(archive: zipfile.ZipFile, name: str) -> str:
    digest = hashlib.sha256()
    with archive.open(name) as reader:
        while chunk := reader.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _check_and_extract(archive: zipfile.ZipFile, file: Path, sums: dict[str, str], folder: Path) -> None:
    """Every member against its signed hash (each time: a kit altered after an earlier opening is
    refused too); evidence not yet in the kit's photo store is copied there and checked again."""
    for name, expected in sorted(sums.items()):
        if _member_sha(archive, name) != expected:
            raise fmt.refuse(
                QT_TRANSLATE_NOOP(
                    "Errors", "The kit {file} was altered: {member} differs from its signed checksum."
                ),
                file=str(file),
                member=name,
            )
        if not name.startswith(f"{fmt.EVIDENCE_DIR}/"):
            continue
        stored = photos.original_path(folder / "photos", expected, name.rsplit(".", 1)[-1])
        if stored.is_file() and _file_sha(stored) == expected:
            continue

        def copy(handle, member: str = name) -> None:
            with archive.open(member) as reader:
                shutil.copyfileobj(reader, handle)

        with failures.translated(stored):
            durable.write_atomically(stored, copy, durable=False)


def _file_sha(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as reader:
        while chunk := reader.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _manifest(archive: zipfile.ZipFile, file: Path) -> tuple[dict[str, Any], str]:
    info = archive.getinfo(fmt.MANIFEST)
    if info.file_size > fmt.MAX_MANIFEST_BYTES:
        raise _damaged(file, QT_TRANSLATE_NOOP("Errors", "the manifest is too large"))
    body = archive.read(fmt.MANIFEST)
    try:
        manifest = jsonfile.parse(body, fmt.MANIFEST)
    except jsonfile.JsonFileError as exc:
        raise _damaged(file, exc.template, **exc.params) from None
    if not isinstance(manifest, dict) or manifest.get("format") != fmt.KIT_FORMAT:
        raise _damaged(
            file, QT_TRANSLATE_NOOP("Errors", "the manifest is not {format}"), format=fmt.KIT_FORMAT
        )
    return manifest, hashlib.sha256(body).hexdigest()


def open_kit(path: Path, code: str) -> Kit:
    """The verified kit opened with the 评分码; a damaged, altered, foreign kit or a wrong code is refused."""
    if not path.is_file():
        raise fmt.refuse(QT_TRANSLATE_NOOP("Errors", "The kit {file} does not exist."), file=str(path))
    joined: Path | None = None
    if _PART.match(path.name):
        joined = work_dir() / f".joining-{secrets.token_hex(6)}{fmt.KIT_SUFFIX}"
        join_parts(path, joined)
    try:
        return _open_whole(joined or path, path, code)
    finally:
        if joined is not None:
            joined.unlink(missing_ok=True)


def _open_whole(whole: Path, shown: Path, code: str) -> Kit:
    try:
        with failures.translated(whole), zipfile.ZipFile(whole) as archive:
            sums, fingerprint = _verified_members(archive, shown)
            manifest, manifest_sha = _manifest(archive, shown)
            if sums.get(fmt.MANIFEST) != manifest_sha:
                raise fmt.refuse(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The kit {file} was altered: {member} differs from its signed checksum."
                    ),
                    file=str(shown),
                    member=fmt.MANIFEST,
                )
            kit_key = fmt.open_kit_key(
                manifest.get("sealed_kit_key", {}), code, fmt.associated_data(manifest, fingerprint)
            )
            if kit_key is None or fmt.key_id(kit_key) != manifest.get("kit_id"):
                raise fmt.refuse(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This 评分码 does not open the kit {file}: check the code the office gave you "
                        "(12 characters; the kit must come from that office).",
                    ),
                    file=str(shown),
                )
            folder = work_dir() / safe_component(str(manifest["kit_id"]))
            _check_and_extract(archive, shown, sums, folder)
    except (zipfile.BadZipFile, KeyError, EOFError) as exc:
        raise _damaged(shown, QT_TRANSLATE_NOOP("Errors", "it is not a complete zip file")) from exc
    content = manifest["standard"]["content"]
    standard = parse_standard(content, f"{manifest['standard'].get('id', '')} (kit)")
    return Kit(shown, manifest, manifest_sha, standard, fingerprint, kit_key, folder)


# -- progress ----------------------------------------------------------------------------------


def load_progress(kit: Kit) -> dict[Key, dict[str, Any]]:
    """The findings and comments saved so far for this kit (empty for a new one or an unreadable file)."""
    path = kit.folder / PROGRESS_NAME
    try:
        data = jsonfile.read(path, max_bytes=fmt.MAX_RETURN_BYTES)
    except (OSError, jsonfile.JsonFileError):
        return {}
    found: dict[Key, dict[str, Any]] = {}
    for entry in data.get("entries", []) if isinstance(data, dict) else []:
        try:
            found[(str(entry["community"]), int(entry["item"]))] = {
                "findings": entry["findings"],
                "comment": str(entry.get("comment", "")),
            }
        except (KeyError, TypeError, ValueError):
            continue
    return found


def save_progress(kit: Kit, progress: Mapping[Key, Mapping[str, Any]]) -> None:
    """Write the progress file in one rename (a crash keeps the previous one)."""
    entries = [
        {"community": code, "item": item, "findings": value["findings"], "comment": value.get("comment", "")}
        for (code, item), value in sorted(progress.items())
    ]
    body = json.dumps({"kit_id": kit.kit_id, "entries": entries}, ensure_ascii=False, indent=1).encode(
        "utf-8"
    )
    path = kit.folder / PROGRESS_NAME
    with failures.translated(path):
        durable.write_atomically(path, lambda handle: handle.write(body))


# -- the returned kit --------------------------------------------------------------------------


def return_file_name(kit: Kit) -> str:
    panel, expert = kit.manifest["panel"], kit.manifest["expert"]
    stem = f"{panel['year']}-{panel['name'] or panel['id']}-{expert['key']}-{fmt.RETURN_LABEL}"
    return safe_component(stem) + fmt.RETURN_SUFFIX


def return_body(kit: Kit, progress: Mapping[Key, Mapping[str, Any]]) -> bytes:
    """``return.json``: the engine's score of every scored item (an unassigned one or bad findings refused)."""
    communities: dict[str, list[dict[str, Any]]] = {}
    for (code, number), value in sorted(progress.items()):
        item = next((i for i in kit.items(code) if i.number == number), None)
        if item is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Item {item} of community {community} is not assigned in this kit."
                ),
                item=number,
                community=code,
            )
        score = score_json(item, value["findings"])
        communities.setdefault(code, []).append(
            {
                "number": number,
                "score": score.score,
                "findings": value["findings"],
                "comment": value.get("comment", ""),
            }
        )
    data = {
        "format": fmt.RETURN_FORMAT,
        "workspace_id": kit.manifest["workspace_id"],
        "panel_id": kit.manifest["panel"]["id"],
        "expert_key": kit.manifest["expert"]["key"],
        "expert_name": kit.manifest["expert"]["name"],
        "kit_id": kit.kit_id,
        "kit_manifest_sha256": kit.manifest_sha256,
        "created_at": clock.now().isoformat(timespec="seconds"),
        "communities": [{"code": code, "items": items} for code, items in communities.items()],
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def write_return(kit: Kit, progress: Mapping[Key, Mapping[str, Any]], target: Path) -> Path:
    """The returned kit (``.gdret``) at ``target`` (a folder: under its usual name), written in one rename."""
    if not progress:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Nothing is scored yet: there is nothing to return.")
        )
    if target.is_dir():
        target = target / return_file_name(kit)
    body = return_body(kit, progress)
    mac = fmt.return_mac(kit.kit_key, body)

    def write(handle) -> None:
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(fmt.RETURN_JSON, body)
            archive.writestr(fmt.RETURN_HMAC, mac + "\n")

    with failures.translated(target):
        durable.write_atomically(target, write)
    return target


def fill_kit(path: Path, code: str, scores: Mapping[str, Any], target: Path) -> Path:
    """``panel kit fill``: a returned kit from given findings, ``{code: {item: {findings, comment}}}``."""
    kit = open_kit(path, code)
    progress: dict[Key, dict[str, Any]] = {}
    try:
        for community, items in scores.items():
            for number, value in items.items():
                progress[(str(community), int(number))] = {
                    "findings": value["findings"],
                    "comment": str(value.get("comment", "")),
                }
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise GreenDeskError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The scores must map each community code to its items, each with findings and a comment.",
            )
        ) from exc
    return write_return(kit, progress, target)
