"""The keys a receiving office knows: which signing key speaks for which district.

Kept in ``<data dir>/trusted-keys.json``, beside the workspace and outside its database, so a
receiving office needs no workspace and a restored or replaced database cannot change whom it trusts.
A package checked against this store is judged by the keys registered here, not by the key it
carries. Each change is one function (``trust_key``, ``remove_key``): the place for a role check.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from greendesk.core.base import clock, jsonfile
from greendesk.core.base.errors import GreenDeskError, Message, NotFoundError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.package import signing
from greendesk.core.registry.districts import validate_district

STORE_NAME = "trusted-keys.json"
FORMAT = "greendesk-trusted-keys/1"


@dataclass(frozen=True)
class TrustedKey:
    """One registered key: its fingerprint (64 hex digits) and the district it signs for."""

    fingerprint: str
    district_code: str
    district_name: str
    added_at: str

    @property
    def grouped(self) -> str:
        return signing.format_fingerprint(self.fingerprint)

    def to_dict(self) -> dict[str, str]:
        return {**asdict(self), "fingerprint": self.grouped}


def store_path(data_dir: Path) -> Path:
    return Path(data_dir) / STORE_NAME


def _unreadable(path: Path, reason: str | Message) -> GreenDeskError:
    return GreenDeskError(
        QT_TRANSLATE_NOOP("Errors", "The trust store {file} cannot be read: {reason}"),
        file=str(path),
        reason=reason,
    )


def _parse_entry(raw: object) -> TrustedKey:
    if not isinstance(raw, dict):
        raise ValueError("an entry is not an object")
    fields = {name: raw.get(name) for name in ("fingerprint", "district_code", "district_name", "added_at")}
    if not all(isinstance(value, str) for value in fields.values()):
        raise ValueError("an entry lacks a field")
    try:
        fields["fingerprint"] = signing.normalize_fingerprint(str(fields["fingerprint"]))
    except ValidationError as exc:
        raise ValueError(exc.render("en")) from exc
    return TrustedKey(**fields)  # type: ignore[arg-type]


def load_keys(data_dir: Path) -> list[TrustedKey]:
    """The registered keys (none when no store exists yet); a damaged store is an error, never empty."""
    path = store_path(data_dir)
    try:
        data = jsonfile.read(path)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise _unreadable(path, exc.strerror or str(exc)) from exc
    except jsonfile.JsonFileError as error:
        raise _unreadable(path, Message(error.template, **error.params)) from None
    try:
        if (
            not isinstance(data, dict)
            or data.get("format") != FORMAT
            or not isinstance(data.get("keys"), list)
        ):
            raise ValueError(f"not a {FORMAT} file")
        return [_parse_entry(raw) for raw in data["keys"]]
    except ValueError as exc:
        raise _unreadable(path, str(exc)) from exc


def find_key(keys: Sequence[TrustedKey], fingerprint: str) -> TrustedKey | None:
    """The registered key with this fingerprint (typed in any accepted form)."""
    wanted = signing.normalize_fingerprint(fingerprint)
    return next((key for key in keys if key.fingerprint == wanted), None)


def _save(data_dir: Path, keys: Sequence[TrustedKey]) -> None:
    """Write the whole store under a temporary name and rename it: readers see the old or the new file."""
    path = store_path(data_dir)
    body = {"format": FORMAT, "keys": [asdict(key) for key in keys]}
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=".trusted-keys-", suffix=".tmp", delete=False
        ) as handle:
            temporary = Path(handle.name)
            json.dump(body, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
        raise GreenDeskError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write the trust store {file}: {reason}"),
            file=str(path),
            reason=exc.strerror or str(exc),
        ) from exc


def trust_key(
    data_dir: Path, fingerprint: str, district_code: str, district_name: str | None = None
) -> TrustedKey:
    """Register a district's signing key (read out by that district, e.g. from its summary PDF)."""
    digits = signing.normalize_fingerprint(fingerprint)
    district = validate_district(district_code, district_name)
    if district_name and district_name.strip() != district.name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "District {code} is {name}, not {given}."),
            code=district.code,
            name=district.name,
            given=district_name.strip(),
        )
    keys = load_keys(data_dir)
    existing = find_key(keys, digits)
    if existing is not None and existing.district_code != district.code:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The key {fingerprint} is already trusted for district {code}: remove it first.",
            ),
            fingerprint=existing.grouped,
            code=existing.district_code,
        )
    added = TrustedKey(digits, district.code, district.name, clock.now().isoformat(timespec="seconds"))
    _save(data_dir, [key for key in keys if key.fingerprint != digits] + [added])
    return added


def remove_key(data_dir: Path, fingerprint: str) -> TrustedKey:
    """Forget a key (lost or replaced); packages signed by it no longer pass a trusted check."""
    keys = load_keys(data_dir)
    existing = find_key(keys, fingerprint)
    if existing is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "The key {fingerprint} is not in the trust store."),
            fingerprint=signing.format_fingerprint(signing.normalize_fingerprint(fingerprint)),
        )
    _save(data_dir, [key for key in keys if key is not existing])
    return existing
