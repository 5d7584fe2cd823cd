"""The workspace's Ed25519 package-signing key, and fingerprints a person can compare by eye.

The private key is created on first use in ``<data_dir>/keys/`` with owner-only permissions; the
public key travels inside every package, and its fingerprint is printed in the district summary.
Ed25519 (RFC 8032) comes from pycryptodomex, which py7zr needs anyway, so the Windows bundle carries no
OpenSSL; keys are written as before (PKCS#8 and SubjectPublicKeyInfo PEM), so old keys and packages verify.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from pathlib import Path

from Cryptodome.PublicKey import ECC
from Cryptodome.PublicKey.ECC import EccKey
from Cryptodome.Signature import eddsa

from greendesk.core.base.errors import GreenDeskError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.storage.layout import NEW_KEY_PREFIX, Layout

PRIVATE_KEY_NAME = "package-signing-ed25519.pem"
CURVE = "Ed25519"
PUBLIC_PEM_HEADER = b"-----BEGIN PUBLIC KEY-----"
# What a damaged or foreign PEM makes pycryptodomex raise (binascii.Error is a ValueError).
_KEY_ERRORS = (ValueError, IndexError, TypeError)


def key_path(data_dir: Path) -> Path:
    return Layout(data_dir).keys / PRIVATE_KEY_NAME


def generate_key() -> EccKey:
    """A fresh Ed25519 private key."""
    return ECC.generate(curve=CURVE)


def sign(key: EccKey, data: bytes) -> bytes:
    """The 64-byte RFC 8032 (pure Ed25519) signature of ``data``: deterministic, as before."""
    return eddsa.new(key, "rfc8032").sign(data)


def _pem(key: EccKey) -> bytes:
    """PEM as the earlier versions wrote it (PKCS#8 or SubjectPublicKeyInfo, ending in a newline)."""
    return key.export_key(format="PEM").encode("ascii") + b"\n"


def _write_private_key(path: Path, key: EccKey) -> None:
    """Write the key to ``keys/.new-key-*`` (owner-only from its creation), then install it by a link.

    The key never exists outside ``keys/``; a temporary one a killed process leaves is removed at the
    next start (safety.leftovers).
    """
    pem = _pem(key)
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


def load_or_create_key(data_dir: Path) -> EccKey:
    """The workspace's signing key, created (0600) the first time a package is exported."""
    path = key_path(data_dir)
    if not path.exists():
        _write_private_key(path, generate_key())
    try:
        key = ECC.import_key(path.read_bytes())
    except (OSError, *_KEY_ERRORS) as exc:
        raise GreenDeskError(
            QT_TRANSLATE_NOOP("Errors", "The package signing key {file} cannot be read: {reason}"),
            file=str(path),
            reason=str(exc),
        ) from exc
    if key.curve != CURVE or not key.has_private():
        raise GreenDeskError(
            QT_TRANSLATE_NOOP("Errors", "The package signing key {file} is not an Ed25519 key."),
            file=str(path),
        )
    return key


def public_key_pem(key: EccKey) -> bytes:
    return _pem(key.public_key())


def load_public_key(pem: bytes) -> EccKey:
    """The Ed25519 public key of a PEM public-key block (anything else, a private key included, is refused)."""
    invalid = ValidationError(QT_TRANSLATE_NOOP("Errors", "The public key is not a valid PEM key."))
    if not pem.lstrip().startswith(PUBLIC_PEM_HEADER):
        raise invalid
    try:
        key = ECC.import_key(pem)
    except _KEY_ERRORS as exc:
        raise invalid from exc
    if key.has_private():
        raise invalid
    if key.curve != CURVE:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The public key is not an Ed25519 key."))
    return key


def fingerprint(key: EccKey) -> str:
    """SHA-256 of the raw 32-byte public key, in 16 groups of 4 hex digits."""
    raw = key.public_key().export_key(format="raw")
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


def verify_signature(key: EccKey, signature: bytes, data: bytes) -> bool:
    try:
        eddsa.new(key, "rfc8032").verify(data, signature)
    except ValueError:  # a wrong signature, or one of the wrong length
        return False
    return True
