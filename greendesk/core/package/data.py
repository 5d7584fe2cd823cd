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
import re
import zipfile
import zlib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from greendesk.core.base.errors import Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.package.bag import (
    APPLICATION,
    DISTRICT_FIELD,
    PACKAGE_DATA,
    PACKAGE_KINDS,
    QUARTERLY_REPORT,
    application_period,
)
from greendesk.core.package.records import CommunityRecord
from greendesk.core.package.verify import VerifyReport, entry_names, verify_package
from greendesk.core.publicity.naming import NamingOf
from greendesk.core.review import vocabulary

__all__ = ["PACKAGE_DATA", "build_package_data", "read_package_data"]

DATA_FORMAT = "greendesk-package-data/2"
MAX_DATA_BYTES = 32 * 1024**2  # a district's year is well under 1 MiB
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
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
    """The whole document (validated, so a package never carries one its importer would refuse)."""
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
    return validate_package_data(data, PACKAGE_DATA)


def encode_package_data(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


# -- reading -------------------------------------------------------------------------------------

WRONG_TYPE = QT_TRANSLATE_NOOP("Errors", "missing, or not {expected}")
BAD_VALUE = QT_TRANSLATE_NOOP("Errors", "the value {value} is not allowed here")
_TYPE_NAMES = {
    str: QT_TRANSLATE_NOOP("Errors", "a text"),
    int: QT_TRANSLATE_NOOP("Errors", "a whole number"),
    float: QT_TRANSLATE_NOOP("Errors", "a number"),
    bool: QT_TRANSLATE_NOOP("Errors", "true or false"),
    list: QT_TRANSLATE_NOOP("Errors", "a list"),
    dict: QT_TRANSLATE_NOOP("Errors", "an object"),
}


class _Invalid(Exception):
    def __init__(self, field: str, reason: Message) -> None:
        super().__init__(field)
        self.field = field
        self.reason = reason


def _invalid(package: str, field: str, reason: Message) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "The package {package} carries an invalid {file}: {field}: {reason}."),
        package=package,
        file=PACKAGE_DATA,
        field=field,
        reason=reason,
    )


def _get(obj: dict[str, Any], key: str, kind: type, where: str, nullable: bool = False) -> Any:
    """``obj[key]`` of JSON type ``kind`` (float accepts whole numbers; bool is never a number)."""
    value = obj.get(key)
    if value is None and nullable:
        return None
    accepted = (int, float) if kind is float else kind
    if not isinstance(value, accepted) or (kind is not bool and isinstance(value, bool)):
        raise _Invalid(f"{where}{key}", Message(WRONG_TYPE, expected=Message(_TYPE_NAMES[kind])))
    return value


def _require(condition: bool, field: str, value: Any) -> None:
    if not condition:
        raise _Invalid(field, Message(BAD_VALUE, value=json.dumps(value, ensure_ascii=False)[:80]))


def _moment(
    obj: dict[str, Any], key: str, where: str, parse: Callable[[str], Any], nullable: bool = False
) -> None:
    text = _get(obj, key, str, where, nullable)
    if text is None:
        return
    try:
        parse(text)
    except ValueError:
        _require(False, f"{where}{key}", text)


def _check_named(named: dict[str, Any], where: str) -> None:
    _get(named, "tier", str, where)
    _get(named, "document_number", str, where)
    _moment(named, "date", where, date.fromisoformat)


def _check_community(entry: Any, where: str) -> None:
    _require(isinstance(entry, dict), where.rstrip("."), "…")
    code = _get(entry, "code", str, where)
    _require(bool(code.strip()), f"{where}code", code)
    for key in ("name", "street_code", "street_name", "status"):
        _get(entry, key, str, where)
    _get(entry, "passed", bool, where)
    _get(entry, "score", float, where, nullable=True)
    _get(entry, "round", int, where)
    _moment(entry, "signed_off_at", where, datetime.fromisoformat, nullable=True)
    named = _get(entry, "named", dict, where, nullable=True)
    if named is not None:
        _check_named(named, f"{where}named.")
    for index, evidence in enumerate(_get(entry, "evidence", list, where)):
        at = f"{where}evidence[{index}]"
        _require(isinstance(evidence, dict), at, "…")
        _get(evidence, "item", int, f"{at}.")
        digest = _get(evidence, "sha256", str, f"{at}.")
        _require(bool(_SHA256.match(digest)), f"{at}.sha256", digest)


def _check_figures(figures: dict[str, Any], year: int, district_code: str) -> None:
    where = "figures."
    _require(_get(figures, "year", int, where) == year, "figures.year", figures["year"])
    code = _get(figures, "district_code", str, where)
    _require(code == district_code, "figures.district_code", code)
    for key in ("passed", "in_scope_total", "out_of_scope", "required", "remaining"):
        _get(figures, key, int, where)
    _get(figures, "passed_in_year", int, where, nullable=True)  # snapshots frozen before it lack it
    for key in ("passed_share", "target_share"):
        _get(figures, key, float, where)
    _get(figures, "as_of", str, where)
    _get(figures, "by_status", dict, where)
    _get(figures, "streets", list, where)


def _check_document(data: Any) -> None:
    _require(isinstance(data, dict), "(document)", "…")
    _require(data.get("format") == DATA_FORMAT, "format", data.get("format"))
    kind = _get(data, "kind", str, "")
    _require(kind in PACKAGE_KINDS, "kind", kind)
    district = _get(data, "district", dict, "")
    code = _get(district, "code", str, "district.")
    _require(code.isascii() and code.isdigit(), "district.code", code)
    _get(district, "name", str, "district.")
    year = _get(data, "year", int, "")
    _require(1990 <= year <= 2200, "year", year)
    batch = _get(data, "batch", int, "", nullable=True)
    _require(batch is None or (kind == APPLICATION and batch >= 1), "batch", batch)
    quarter = _get(data, "quarter", int, "", nullable=True)
    _require((quarter is not None) == (kind == QUARTERLY_REPORT), "quarter", quarter)
    _require(quarter is None or 1 <= quarter <= 4, "quarter", quarter)
    _moment(data, "as_of", "", datetime.fromisoformat)
    _check_figures(_get(data, "figures", dict, ""), year, code)
    for index, entry in enumerate(_get(data, "communities", list, "")):
        _check_community(entry, f"communities[{index}].")


def validate_package_data(data: Any, package: str) -> dict[str, Any]:
    """``data`` if it has the document's shape; else a ValidationError naming ``package`` and the field."""
    try:
        _check_document(data)
    except _Invalid as invalid:
        raise _invalid(package, invalid.field, invalid.reason) from None
    return data


def _check_bag_info(data: dict[str, Any], report: VerifyReport, package: str) -> None:
    """What the signed bag-info says the package is must be what the document says."""
    district = (report.bag_info.get(DISTRICT_FIELD, "").split() or [""])[0]
    period = period_of(data["kind"], data["year"], data["batch"], data["quarter"])
    try:
        _require(data["kind"] == report.kind, "kind", data["kind"])
        _require(data["district"]["code"] == district, "district.code", data["district"]["code"])
        _require(period == report.period, "year, batch, quarter", period)
    except _Invalid as invalid:
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
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise _invalid(package, "(document)", Message(BAD_VALUE, value=str(error)[:80])) from error
    validate_package_data(data, package)
    _check_bag_info(data, report, package)
    return data
