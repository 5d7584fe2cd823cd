"""The machine-readable document of a format-2 package: ``data/greendesk-data.json``.

A package's PDFs and workbooks are for people; this document is for the receiving office's GreenDesk
(the municipal workspace imports it, so nobody retypes a table). It holds the figures engine's own
figures (``figures.compute(...).to_dict()`` at the package's as-of moment, or a submitted report's
frozen ones) and one entry per community. It is a payload file like any other, so the signed
manifest covers it. Writing and reading it live here only; reading validates every field it relies on
and names the package and the field when something is wrong.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from datetime import datetime
from pathlib import Path
from typing import Any

from greendesk.core.base.errors import Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import escaped, unstorable_character
from greendesk.core.package.bag import (
    APPLICATION,
    DISTRICT_FIELD,
    PACKAGE_DATA,
    QUARTERLY_REPORT,
    application_period,
)
from greendesk.core.package.data_schema import (
    BAD_VALUE,
    DATA_FORMAT,
    MAX_DEPTH,
    NOT_JSON,
    NOT_UTF8,
    TOO_DEEP,
    InvalidField,
    check_document,
    require,
)
from greendesk.core.package.records import CommunityRecord
from greendesk.core.package.verify import VerifyReport, entry_names, verify_package
from greendesk.core.publicity.naming import NamingOf
from greendesk.core.review import vocabulary

__all__ = ["DATA_FORMAT", "PACKAGE_DATA", "build_package_data", "read_package_data"]

MAX_DATA_BYTES = 32 * 1024**2  # a district's year is well under 1 MiB
_READ_ERRORS = (OSError, KeyError, zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError)


def period_of(kind: str, year: int, batch: int | None, quarter: int | None) -> str:
    """The GreenDesk-Period a package of this kind carries: 2022, 2022-B1, 2022-Q3."""
    if kind == QUARTERLY_REPORT:
        return f"{year}-Q{quarter}"
    if kind == APPLICATION:
        return application_period(year, batch)
    return str(year)


def community_entry(
    *,
    code: str,
    name: str,
    street_code: str,
    street_name: str,
    status: str,
    passed: bool,
    score: float | None,
    round: int,
    signed_off_at: datetime | None,
    named: NamingOf | None,
    evidence: list[dict[str, Any]],
) -> dict[str, Any]:
    """One community's entry, in the document's plain JSON types."""
    return {
        "code": code,
        "name": name,
        "street_code": street_code,
        "street_name": street_name,
        "status": status,
        "passed": passed,
        "score": score,
        "round": round,
        "signed_off_at": signed_off_at.isoformat() if signed_off_at is not None else None,
        "named": named.to_dict() if named is not None else None,
        "evidence": evidence,
    }


def record_entry(record: CommunityRecord, named: NamingOf | None) -> dict[str, Any]:
    """A signed-off record of an application package, with the hash of every evidence file per item."""
    return community_entry(
        code=record.code,
        name=record.name,
        street_code=record.street_code,
        street_name=record.street_name,
        status=vocabulary.SIGNED_OFF,
        passed=record.passed,
        score=record.score,
        round=record.round,
        signed_off_at=record.signed_off_at,
        named=named,
        evidence=[
            {"item": item.number, "sha256": photo.sha256} for item in record.items for photo in item.photos
        ],
    )


def build_package_data(
    *,
    kind: str,
    district_code: str,
    district_name: str,
    year: int,
    as_of: datetime,
    figures: dict[str, Any],
    communities: list[dict[str, Any]],
    batch: int | None = None,
    quarter: int | None = None,
) -> dict[str, Any]:
    """The whole document (validated, so a package never carries one its importer would refuse).

    Text holding characters no importer stores (a control character typed or read into a name) goes
    out escaped as ``\\uXXXX``, as in the workbooks, rather than stopping the district's package.
    """
    data = {
        "format": DATA_FORMAT,
        "kind": kind,
        "district": {"code": district_code, "name": district_name},
        "year": year,
        "batch": batch,
        "quarter": quarter,
        "as_of": as_of.isoformat(),
        "figures": figures,
        "communities": communities,
    }
    data = _storable(data)
    try:
        check_document(data)
    except InvalidField as invalid:
        raise ValidationError(UNPACKABLE, field=invalid.field, reason=invalid.reason) from None
    return data


UNPACKABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "The workspace's figures cannot be packaged: {field}: {reason}. Nothing was written; run 'greendesk "
    "check', and report this if the workspace is sound.",
)


def _storable(value: Any) -> Any:
    """A copy of ``value`` whose texts are storable (escaped where needed)."""
    if isinstance(value, str):
        return escaped(value, limit=None) if unstorable_character(value) is not None else value
    if isinstance(value, dict):
        return {key: _storable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_storable(item) for item in value]
    return value


def encode_package_data(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


# -- reading -------------------------------------------------------------------------------------


def _invalid(package: str, field: str, reason: Message) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "The package {package} carries an invalid {file}: {field}: {reason}."),
        package=package,
        file=PACKAGE_DATA,
        field=field,
        reason=reason,
    )


def validate_package_data(data: Any, package: str) -> dict[str, Any]:
    """``data`` if it has the document's shape; else a ValidationError naming ``package`` and the field."""
    try:
        check_document(data)
    except InvalidField as invalid:
        raise _invalid(package, invalid.field, invalid.reason) from None
    return data


def _check_bag_info(data: dict[str, Any], report: VerifyReport, package: str) -> None:
    """What the signed bag-info says the package is must be what the document says."""
    district = (report.bag_info.get(DISTRICT_FIELD, "").split() or [""])[0]
    period = period_of(data["kind"], data["year"], data["batch"], data["quarter"])
    try:
        require(data["kind"] == report.kind, "kind", data["kind"])
        require(data["district"]["code"] == district, "district.code", data["district"]["code"])
        require(period == report.period, "year, batch, quarter", period)
    except InvalidField as invalid:
        raise _invalid(package, invalid.field, invalid.reason) from None


def _read_entry(report: VerifyReport, package: str) -> bytes:
    """The document's bytes, bounded, and still the ones the verified manifest lists."""
    try:
        with zipfile.ZipFile(report.path) as archive:
            infos = archive.infolist()
            info = infos[entry_names(infos).index(report.data_entry)]
            if info.file_size > MAX_DATA_BYTES:
                raise _invalid(package, "(size)", Message(BAD_VALUE, value=info.file_size))
            with archive.open(info) as handle:
                raw = handle.read(MAX_DATA_BYTES + 1)
    except _READ_ERRORS as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {file} in the package {package}: {reason}"),
            file=PACKAGE_DATA,
            package=package,
            reason=str(error),
        ) from error
    if len(raw) > MAX_DATA_BYTES or hashlib.sha256(raw).hexdigest() != report.data_sha256:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The package {package} changed after it was verified; verify it again."
            ),
            package=package,
        )
    return raw


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def read_package_data(source: Path | str | VerifyReport) -> dict[str, Any]:
    """The validated document of a package (verified here first when given a path, not a report).

    Refused with a clear ValidationError: a package that does not verify, a format-1 package (it has
    no such document), a document that is not UTF-8 JSON of the expected shape, or one that says
    another kind, district or period than the package's signed bag-info.
    """
    report = source if isinstance(source, VerifyReport) else verify_package(source)
    package = Path(report.path).name
    if not report.valid:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The package {package} did not verify: {problem}"),
            package=package,
            problem=report.problems[0].message(),
        )
    if not report.data_entry:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The package {package} is format {format}, made by an older GreenDesk: it carries no "
                "machine-readable figures; ask the district to export it again.",
            ),
            package=package,
            format=report.format,
        )
    raw = _read_entry(report, package)
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except RecursionError as error:
        raise _invalid(package, "(document)", Message(TOO_DEEP, depth=MAX_DEPTH)) from error
    except UnicodeDecodeError as error:
        raise _invalid(package, "(document)", Message(NOT_UTF8, offset=error.start)) from error
    except json.JSONDecodeError as error:
        reason = Message(NOT_JSON, line=error.lineno, column=error.colno)
        raise _invalid(package, "(document)", reason) from error
    except ValueError as error:  # NaN, Infinity, or a whole number of thousands of digits
        raise _invalid(package, "(document)", Message(BAD_VALUE, value=str(error)[:80])) from error
    validate_package_data(data, package)
    _check_bag_info(data, report, package)
    return data
