"""The workspace's Ed25519 package-signing key, and fingerprints a person can compare by eye.

The private key is created on first use in ``<data_dir>/keys/`` with owner-only permissions; the
public key travels inside every package, and its fingerprint is printed in the district summary.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from greendesk.core.base.errors import GreenDeskError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.storage.layout import NEW_KEY_PREFIX, Layout

PRIVATE_KEY_NAME = "package-signing-ed25519.pem"


def key_path(data_dir: Path) -> Path:
    return Layout(data_dir).keys / PRIVATE_KEY_NAME


def _write_private_key(path: Path, key: Ed25519PrivateKey) -> None:
    """Write the key to ``keys/.new-key-*`` (owner-only from its creation), then install it by a link.

    The key never exists outside ``keys/``; a temporary one a killed process leaves is removed at the
    next start (safety.leftovers).
    """
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = path.parent / f"{NEW_KEY_PREFIX}{secrets.token_hex(8)}"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(temporary, flags, 0o600)  # owner-only before any secret is written
    try:
        with os.fdopen(descriptor, "wb") as writer:
            writer.write(pem)
            writer.flush()
            os.fsync(writer.fileno())
        try:
            os.link(temporary, path)  # never replaces a key another process created meanwhile
        except FileExistsError:
            pass
        except OSError:  # file systems without hard links (FAT on a USB stick)
            if not path.exists():
                os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def load_or_create_key(data_dir: Path) -> Ed25519PrivateKey:
    """The workspace's signing key, created (0600) the first time a package is exported."""
    path = key_path(data_dir)
    if not path.exists():
        _write_private_key(path, Ed25519PrivateKey.generate())
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as exc:
        raise GreenDeskError(
            QT_TRANSLATE_NOOP("Errors", "The package signing key {file} cannot be read: {reason}"),
            file=str(path),
            reason=str(exc),
        ) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise GreenDeskError(
            QT_TRANSLATE_NOOP("Errors", "The package signing key {file} is not an Ed25519 key."),
            file=str(path),
        )
    return key


def public_key_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def load_public_key(pem: bytes) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The public key is not a valid PEM key.")) from exc
    if not isinstance(key, Ed25519PublicKey):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The public key is not an Ed25519 key."))
    return key


def fingerprint(key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw 32-byte public key, in 16 groups of 4 hex digits."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return format_fingerprint(hashlib.sha256(raw).hexdigest())


def format_fingerprint(digits: str) -> str:
    """64 hex digits as people read them aloud: 16 groups of 4."""
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


_SEPARATORS = re.compile(r"[\s:\-]+")
_HEX_64 = re.compile(r"^[0-9a-f]{64}$")


def normalize_fingerprint(text: str) -> str:
    """The one comparable form of a fingerprint however it was typed (spaces, colons, dashes, case).

    Anything but 64 hex digits is refused, an empty text included: a check the caller asked for must
    never silently become no check.
    """
    digits = _SEPARATORS.sub("", (text or "").lower())
    if not _HEX_64.match(digits):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "'{text}' is not a key fingerprint: give the 64 hex digits of the SHA-256 fingerprint "
                "(spaces or colons between them are fine).",
            ),
            text=text or "",
        )
    return digits


def sign_bytes(key: Ed25519PrivateKey, data: bytes) -> bytes:
    """The detached Ed25519 signature of ``data`` (packages, scoring kits)."""
    return key.sign(data)


def verify_signature(key: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        key.verify(signature, data)
    except InvalidSignature:
        return False
    return True
