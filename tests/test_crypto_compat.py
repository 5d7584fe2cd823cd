"""Keys, signatures and password hashes made before the move to pycryptodomex still work.

The literal values below were made by the earlier code (``cryptography`` for Ed25519, ``hashlib.scrypt``
for passwords) from a fixed seed and salt, and are pinned here so that a change of library can never
silently make old key files, exported packages or accounts unusable.
"""

from __future__ import annotations

import base64
import subprocess
import sys
from pathlib import Path

import pytest
from Cryptodome.PublicKey import ECC

from greendesk.core import identity
from greendesk.core.base.errors import GreenDeskError, ValidationError
from greendesk.core.package import signing

# Ed25519 key from the seed bytes 0..31, as cryptography wrote it (PKCS#8 / SubjectPublicKeyInfo PEM).
OLD_PRIVATE_PEM = (
    b"-----BEGIN PRIVATE KEY-----\n"
    b"MC4CAQAwBQYDK2VwBCIEIAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f\n"
    b"-----END PRIVATE KEY-----\n"
)
OLD_PUBLIC_PEM = (
    b"-----BEGIN PUBLIC KEY-----\n"
    b"MCowBQYDK2VwAyEAA6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=\n"
    b"-----END PUBLIC KEY-----\n"
)
OLD_FINGERPRINT = "5647 5aa7 5463 474c 0285 df5d bf2b cab7 3da6 5135 8839 e9b7 7481 b2ea b107 708c"
SIGNED_MESSAGE = b"0123abcd  bagit.txt\n"
OLD_SIGNATURE = base64.b64decode(
    "2vJECrynEkSLKLZl0lZD63i4ZmJCDVPaEdtz0HEoEnJtUpEUlunEQ7ZQFBRbcgmVlffCh6ljMv4oXfAhujqGAQ=="
)
# hashlib.scrypt("old-pass-1", salt=bytes 0..15, n=2**14, r=8, p=1, dklen=32).
ROOT = Path(__file__).resolve().parents[1]
OLD_PASSWORD = "old-pass-1"
OLD_SALT = bytes(range(16))
OLD_HASH = "scrypt$n=16384,r=8,p=1$AAECAwQFBgcICQoLDA0ODw==$WHqbPBds5IlWoLjbL+tEeR6PzJwaFIZD5GsIEsPmhR0="


def _old_key_file(data_dir: Path) -> Path:
    path = signing.key_path(data_dir)
    path.parent.mkdir(parents=True)
    path.write_bytes(OLD_PRIVATE_PEM)
    return path


def test_an_old_key_file_signs_exactly_as_before(tmp_path: Path) -> None:
    _old_key_file(tmp_path)
    key = signing.load_or_create_key(tmp_path)
    assert signing.sign(key, SIGNED_MESSAGE) == OLD_SIGNATURE  # Ed25519 is deterministic
    assert signing.public_key_pem(key) == OLD_PUBLIC_PEM  # the same bytes go into new packages
    assert signing.fingerprint(key.public_key()) == OLD_FINGERPRINT


def test_an_old_signature_verifies_and_a_changed_one_does_not() -> None:
    public = signing.load_public_key(OLD_PUBLIC_PEM)
    assert signing.fingerprint(public) == OLD_FINGERPRINT
    assert signing.verify_signature(public, OLD_SIGNATURE, SIGNED_MESSAGE)
    assert not signing.verify_signature(public, OLD_SIGNATURE, SIGNED_MESSAGE + b" ")
    tampered = bytes([OLD_SIGNATURE[0] ^ 1]) + OLD_SIGNATURE[1:]
    assert not signing.verify_signature(public, tampered, SIGNED_MESSAGE)
    assert not signing.verify_signature(public, OLD_SIGNATURE[:-1], SIGNED_MESSAGE)
    assert not signing.verify_signature(public, b"", SIGNED_MESSAGE)


def test_a_new_key_file_has_the_old_format_and_stays_the_same_key(tmp_path: Path) -> None:
    key = signing.load_or_create_key(tmp_path)
    pem = signing.key_path(tmp_path).read_bytes()
    assert pem.startswith(b"-----BEGIN PRIVATE KEY-----\n") and pem.endswith(b"-----END PRIVATE KEY-----\n")
    again = signing.load_or_create_key(tmp_path)
    assert signing.fingerprint(again) == signing.fingerprint(key)
    signature = signing.sign(again, SIGNED_MESSAGE)
    assert signing.verify_signature(
        signing.load_public_key(signing.public_key_pem(key)), signature, SIGNED_MESSAGE
    )


@pytest.mark.parametrize(
    "pem",
    [
        b"",
        b"not a key",
        OLD_PRIVATE_PEM,  # a private key where the package's public key belongs
        OLD_PUBLIC_PEM.replace(b"MCow", b"MCox"),  # damaged DER
        OLD_PUBLIC_PEM[:40],
    ],
)
def test_anything_but_an_ed25519_public_pem_is_refused(pem: bytes) -> None:
    with pytest.raises(ValidationError):
        signing.load_public_key(pem)


def test_a_key_of_another_curve_is_refused(tmp_path: Path) -> None:
    p256 = ECC.generate(curve="P-256")
    with pytest.raises(ValidationError, match="not an Ed25519 key"):
        signing.load_public_key(p256.public_key().export_key(format="PEM").encode())
    path = _old_key_file(tmp_path)
    path.write_bytes(p256.export_key(format="PEM").encode())
    with pytest.raises(GreenDeskError, match="not an Ed25519 key"):
        signing.load_or_create_key(tmp_path)
    path.write_bytes(b"-----BEGIN PRIVATE KEY-----\ngarbage\n-----END PRIVATE KEY-----\n")
    with pytest.raises(GreenDeskError, match="cannot be read"):
        signing.load_or_create_key(tmp_path)


def test_an_old_password_hash_still_matches() -> None:
    assert identity.check_password(OLD_PASSWORD, OLD_HASH)
    assert not identity.check_password("old-pass-2", OLD_HASH)
    assert identity.hash_password(OLD_PASSWORD, salt=OLD_SALT) == OLD_HASH


@pytest.mark.parametrize(
    "stored",
    [
        "scrypt$n=16384,r=8,p=1$AAECAwQFBgcICQoLDA0ODw==$",  # no key: must never match
        "scrypt$n=1,r=8,p=1$AAECAwQFBgcICQoLDA0ODw==$WHqbPBds5IlWoLjbL+tEeR6PzJwaFIZD5GsIEsPmhR0=",
        "scrypt$n=16383,r=8,p=1$AAECAwQFBgcICQoLDA0ODw==$WHqbPBds5IlWoLjbL+tEeR6PzJwaFIZD5GsIEsPmhR0=",
        "scrypt$n=16384,r=0,p=1$AAECAwQFBgcICQoLDA0ODw==$WHqbPBds5IlWoLjbL+tEeR6PzJwaFIZD5GsIEsPmhR0=",
        "scrypt$n=1048576,r=32,p=1$AAECAwQFBgcICQoLDA0ODw==$WHqbPBds5IlWoLjbL+tEeR6PzJwaFIZD5GsIEsPmhR0=",
    ],
)
def test_malformed_or_too_costly_hashes_never_match(stored: str) -> None:
    assert not identity.check_password(OLD_PASSWORD, stored)


_WITHOUT_OPENSSL = """
import sys
sys.modules["_hashlib"] = None  # as in a Python built without OpenSSL: hashlib falls back to its own code
sys.modules["ssl"] = None
sys.modules["_ssl"] = None
import hashlib
assert not hasattr(hashlib, "scrypt")
from greendesk.core import identity
from greendesk.core.package import signing
from greendesk.core.panel import kits_format
stored = identity.hash_password("offline-pass-1")
assert identity.check_password("offline-pass-1", stored) and not identity.check_password("x", stored)
assert identity.check_password({password!r}, {stored!r})
key = signing.generate_key()
assert signing.verify_signature(key, signing.sign(key, b"data"), b"data")
kit_key = kits_format.new_kit_key()
assert kits_format.return_mac(kit_key, b"body") and kits_format.key_id(kit_key)
print("ok")
"""


def test_passwords_signatures_and_kits_work_in_a_python_without_openssl() -> None:
    """The bundled Python of the .deb and the Windows bundle may lack OpenSSL: nothing may need it."""
    code = _WITHOUT_OPENSSL.format(password=OLD_PASSWORD, stored=OLD_HASH)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
