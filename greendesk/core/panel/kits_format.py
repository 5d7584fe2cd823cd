"""What a scoring kit and its returned kit are made of, shared by the export, the expert mode and the import.

A kit (``<year>-<panel>-<E01>-评分包.gdkit``) is a zip: ``manifest.json`` (format ``greendesk-kit/1``:
workspace, district, panel, expert, the frozen scored standard, the assigned communities and items,
one entry per evidence file), ``evidence/<sha256>.<ext>`` (only the assigned items' files, never an
executable), ``manifest-sha256.txt`` (the SHA-256 of every other member), the district's Ed25519
public key and its signature over ``manifest-sha256.txt``. The signature shows the kit unaltered; the
評分码 binds it to the district: the kit carries the expert's ``kit_key`` encrypted (AES-GCM) under a
key derived from the 评分码 (scrypt), with the signing key's fingerprint and the kit's identity as
associated data, so a kit re-signed by anyone else does not open with the code the office gave.

A returned kit (``…-评分回执.gdret``) is a small zip: ``return.json`` (the expert's findings, comments and
the engine's scores per community and item, the identities above, the kit's manifest hash and a
timestamp) and ``return.hmac``, HMAC-SHA256 of ``return.json`` under ``kit_key``. Only the office (it
keeps ``kit_key``) and the expert holding the kit and its code can make one.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from typing import Any

from Cryptodome.Cipher import AES
from Cryptodome.Protocol.KDF import scrypt

from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP

KIT_FORMAT = "greendesk-kit/1"
RETURN_FORMAT = "greendesk-kit-return/1"
KIT_SUFFIX = ".gdkit"
RETURN_SUFFIX = ".gdret"
KIT_LABEL = "评分包"
RETURN_LABEL = "评分回执"
CHECKSUM_LABEL = "校验"
MANIFEST = "manifest.json"
MEMBER_SUMS = "manifest-sha256.txt"
PUBLIC_KEY = "signing-key.pem"
SIGNATURE = "manifest-sha256.txt.sig"
EVIDENCE_DIR = "evidence"
RETURN_JSON = "return.json"
RETURN_HMAC = "return.hmac"
# Never packed, whatever the evidence store holds: a kit goes by mail and IM, where these are blocked
# (and where they must not be opened by accident).
EXECUTABLE_EXTENSIONS = frozenset(
    {"exe", "bat", "cmd", "js", "vbs", "ps1", "msi", "scr", "com", "dll", "lnk"}
)
# The 评分码: 12 characters in three groups, without 0/O, 1/I/L or U/V look-alikes.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
CODE_LENGTH = 12
CODE_GROUP = 4
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MAX_MANIFEST_BYTES = 32 * 1024 * 1024
MAX_RETURN_BYTES = 16 * 1024 * 1024


class KitError(ValidationError):
    """A kit or returned kit that cannot be used: the message names the file and what is wrong."""


def canonical(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def new_scoring_code() -> str:
    """A fresh 评分码, e.g. ``7KQM-2XHT-9BRC`` (about 58 bits), shown once to the administrator."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + CODE_GROUP] for i in range(0, CODE_LENGTH, CODE_GROUP))


def normalize_code(text: str) -> str:
    """The code as typed (spaces, dashes, lower case) in its one comparable form."""
    return re.sub(r"[\s\-_.]+", "", (text or "").upper())


def new_kit_key() -> str:
    return secrets.token_hex(32)


def key_id(kit_key: str) -> str:
    """A public name of a kit_key (it tells a superseded kit from a forged one, and reveals nothing)."""
    return hashlib.sha256(b"greendesk-kit-key-id\x00" + kit_key.encode("ascii")).hexdigest()[:16]


def _derived(code: str, salt: bytes) -> bytes:
    return scrypt(normalize_code(code), salt, 32, N=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)  # type: ignore[return-value]


def seal_kit_key(kit_key: str, code: str, associated: bytes) -> dict[str, str]:
    """``kit_key`` encrypted under the 评分码 (scrypt + AES-GCM), bound to ``associated``."""
    salt = secrets.token_bytes(16)
    cipher = AES.new(_derived(code, salt), AES.MODE_GCM, nonce=secrets.token_bytes(12))
    cipher.update(associated)
    sealed, tag = cipher.encrypt_and_digest(kit_key.encode("ascii"))
    return {
        "kdf": "scrypt",
        "n": str(SCRYPT_N),
        "salt": salt.hex(),
        "nonce": cipher.nonce.hex(),
        "sealed": sealed.hex(),
        "tag": tag.hex(),
    }


def open_kit_key(sealed: dict[str, str], code: str, associated: bytes) -> str | None:
    """The kit_key, or None when the code is wrong (or the kit was re-signed by someone else)."""
    try:
        cipher = AES.new(
            _derived(code, bytes.fromhex(sealed["salt"])), AES.MODE_GCM, nonce=bytes.fromhex(sealed["nonce"])
        )
        cipher.update(associated)
        plain = cipher.decrypt_and_verify(bytes.fromhex(sealed["sealed"]), bytes.fromhex(sealed["tag"]))
        return plain.decode("ascii")
    except (KeyError, ValueError, TypeError, UnicodeDecodeError):
        return None


def associated_data(manifest: dict[str, Any], fingerprint: str) -> bytes:
    """What the sealed kit_key is bound to: the signer and the kit's identity."""
    return canonical(
        {
            "fingerprint": fingerprint,
            "workspace_id": manifest.get("workspace_id"),
            "panel": manifest.get("panel", {}).get("id"),
            "expert": manifest.get("expert", {}).get("key"),
            "kit_id": manifest.get("kit_id"),
        }
    )


def return_mac(kit_key: str, body: bytes) -> str:
    return hmac.new(bytes.fromhex(kit_key), body, hashlib.sha256).hexdigest()


def mac_matches(kit_key: str, body: bytes, mac: str) -> bool:
    try:
        return hmac.compare_digest(return_mac(kit_key, body), mac.strip().lower())
    except ValueError:
        return False


def refuse(template: str, **params: Any) -> KitError:
    return KitError(template, **params)


NOT_A_KIT = QT_TRANSLATE_NOOP("Errors", "{file} is not a GreenDesk scoring kit: {reason}")
NOT_A_RETURN = QT_TRANSLATE_NOOP("Errors", "{file} is not a returned scoring kit (评分回执): {reason}")
