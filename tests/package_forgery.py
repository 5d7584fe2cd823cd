"""Forging application packages the way an attacker would, for the verification tests."""

from __future__ import annotations

import base64
import hashlib
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

from Cryptodome.PublicKey.ECC import EccKey

from greendesk.core.package import signing
from greendesk.core.package.bag import BAGIT_DECLARATION, format_manifest

TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "greendesk-signing-key.pem")


def grouped(key: EccKey) -> str:
    return signing.fingerprint(key)


def read_all(path: Path) -> tuple[list[str], dict[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        return names, {name: archive.read(name) for name in names}


def forge(
    source: Path,
    target: Path,
    signer: EccKey,
    edit: Callable[[dict[str, bytes]], None] | None = None,
    tag_extra: dict[str, str] | None = None,
) -> Path:
    """What a forger with a key does: change files, rebuild both manifests, sign the tag manifest.

    ``edit`` changes the files (paths relative to the bag); ``tag_extra`` adds tag-manifest lines.
    """
    names, raw = read_all(source)
    root = names[0].split("/", 1)[0]
    files = {name[len(root) + 1 :]: data for name, data in raw.items()}
    if edit is not None:
        edit(files)
    payload = {
        name: hashlib.sha256(data).hexdigest() for name, data in files.items() if name.startswith("data/")
    }
    files["manifest-sha256.txt"] = format_manifest(dict(sorted(payload.items())))
    files["greendesk-signing-key.pem"] = signing.public_key_pem(signer.public_key())
    tags = {name: hashlib.sha256(files[name]).hexdigest() for name in TAG_FILES}
    tags.update(tag_extra or {})
    files["tagmanifest-sha256.txt"] = format_manifest(tags)
    files["tagmanifest-sha256.txt.sig"] = (
        base64.b64encode(signing.sign(signer, files["tagmanifest-sha256.txt"])) + b"\n"
    )
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in files.items():
            archive.writestr(f"{root}/{name}", data)
    return target


def set_info(files: dict[str, bytes], label: str, value: str | None) -> None:
    """Replace (or drop, with None) one bag-info line."""
    lines = files["bag-info.txt"].decode("utf-8").splitlines()
    kept = [line for line in lines if not line.startswith(f"{label}:")]
    if value is not None:
        kept.append(f"{label}: {value}")
    files["bag-info.txt"] = ("\n".join(kept) + "\n").encode("utf-8")


def patch_central(path: Path, match: Callable[[str], bool], *, size=None, flags=None, method=None) -> None:
    """Rewrite fields of central-directory records (what zipfile believes), leaving the data as it is."""
    data = bytearray(path.read_bytes())
    offset = data.find(b"PK\x01\x02")
    hits = 0
    while offset != -1:
        name_length = struct.unpack_from("<H", data, offset + 28)[0]
        name = data[offset + 46 : offset + 46 + name_length].decode("utf-8")
        if match(name):
            hits += 1
            if size is not None:
                struct.pack_into("<I", data, offset + 24, size)
            if flags is not None:
                struct.pack_into("<H", data, offset + 8, flags)
            if method is not None:
                struct.pack_into("<H", data, offset + 10, method)
        offset = data.find(b"PK\x01\x02", offset + 46 + name_length)
    assert hits
    path.write_bytes(bytes(data))


def small_bag(
    path: Path, payload: dict[str, bytes], oxum: str, compression: int = zipfile.ZIP_STORED
) -> Path:
    """A complete little bag signed by a fresh key, whose payload entries tests then lie about."""
    key = signing.generate_key()
    files = {
        "bagit.txt": BAGIT_DECLARATION,
        "bag-info.txt": f"Payload-Oxum: {oxum}\nGreenDesk-Signing-Key-SHA256: {grouped(key.public_key())}\n".encode(),
        "manifest-sha256.txt": format_manifest(
            {name: hashlib.sha256(data).hexdigest() for name, data in payload.items()}
        ),
        "greendesk-signing-key.pem": signing.public_key_pem(key.public_key()),
    }
    files["tagmanifest-sha256.txt"] = format_manifest(
        {name: hashlib.sha256(files[name]).hexdigest() for name in TAG_FILES}
    )
    files["tagmanifest-sha256.txt.sig"] = base64.b64encode(signing.sign(key, files["tagmanifest-sha256.txt"]))
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in {**files, **payload}.items():
            archive.writestr(f"bag/{name}", data)
    return path


def problems(report) -> list[tuple[str, str]]:
    return [(p.kind, p.file) for p in report.problems]
