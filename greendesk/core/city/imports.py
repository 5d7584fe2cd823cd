"""Importing a district's package into the city workspace: verified first, then stored in one action.

The package is checked with the package verifier against the city's trust store (the keys it
registered per district with ``greendesk keys trust``): an unknown key, a key registered for another
district, any tampering, a district outside this city, a format-1 package (no machine-readable data)
and a package already imported are refused with the reason, and nothing is stored. A newer package
for the same district, kind and period supersedes the older one; both are kept.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from greendesk.core import accounts, audit
from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.city import level
from greendesk.core.package import problems, signing, trust, verify
from greendesk.core.package.bag import AUDIT_HEAD_FIELD, DISTRICT_FIELD, LEGACY_FORMAT
from greendesk.core.package.data import period_of, read_package_data
from greendesk.core.review.vocabulary import REVIEWER
from greendesk.core.storage.models_city import CityCommunity, CityDistrict, CityEvidence, CityPackage
from greendesk.core.workspace import Workspace

IMPORT_ACTION = "city.import"
_CHUNK = 1024 * 1024
_PROBLEMS_SHOWN = 5
CLOCK_TOLERANCE = timedelta(days=1)  # offices' clocks differ by minutes, time zones by hours


@dataclass(frozen=True)
class ImportResult:
    """What was stored: the package row and what it superseded (or was superseded by)."""

    package_id: int
    district_code: str
    district_name: str
    kind: str
    period: str
    as_of: datetime
    communities: int
    evidence: int
    sha256: str
    supersedes: tuple[int, ...]
    superseded_by: int | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "package_id": self.package_id,
            "district_code": self.district_code,
            "district_name": self.district_name,
            "kind": self.kind,
            "period": self.period,
            "as_of": self.as_of.isoformat(sep=" "),
            "communities": self.communities,
            "evidence": self.evidence,
            "sha256": self.sha256,
            "supersedes": list(self.supersedes),
            "superseded_by": self.superseded_by,
        }


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _refuse_unverified(path: Path, report: verify.VerifyReport) -> None:
    """The verifier's findings as one refusal: the key's problems by name, any other as tampering."""
    kinds = report.kinds()
    if problems.NEWER_FORMAT in kinds:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} was not imported: {problem}"),
            file=path.name,
            problem=next(p for p in report.problems if p.kind == problems.NEWER_FORMAT).message(),
        )
    if problems.UNTRUSTED in kinds:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is signed by the key {fingerprint}, which is not in this city's trust store: "
                "register the district's key first (greendesk keys trust FINGERPRINT --district CODE).",
            ),
            file=path.name,
            fingerprint=report.fingerprint,
        )
    if problems.WRONG_DISTRICT in kinds:
        problem = next(p for p in report.problems if p.kind == problems.WRONG_DISTRICT)
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} claims to come from district {claimed}, but its signing key is registered for "
                "district {registered}: it was not imported.",
            ),
            file=path.name,
            claimed=report.bag_info.get(DISTRICT_FIELD, "?"),
            registered=problem.detail,
        )
    shown = [problem.message() for problem in report.problems[:_PROBLEMS_SHOWN]]
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} failed verification (altered or damaged), so it was not imported: {problems}"
        ),
        file=path.name,
        problems=" ".join(shown),
    )


def _district_of(session: Session, path: Path, bag_info: dict[str, str], city: str) -> CityDistrict:
    code = (bag_info.get(DISTRICT_FIELD, "").split() or [""])[0]
    district = session.get(CityDistrict, code)
    if district is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} comes from district {code}, which is not a district of this city ({city})."
            ),
            file=path.name,
            code=code or "?",
            city=city,
        )
    return district


def _refuse_legacy(path: Path, report: verify.VerifyReport) -> None:
    """A format-1 package verifies (it is genuine) but carries no figures the city could read."""
    if report.format == LEGACY_FORMAT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is a format-1 package: it carries no machine-readable figures for the city. "
                "Ask the district to re-export it with this version of GreenDesk.",
            ),
            file=path.name,
        )


def _refuse_duplicate(session: Session, path: Path, sha256: str, identifier: str, head: str) -> None:
    same = session.scalar(
        select(CityPackage)
        .where(
            or_(
                CityPackage.sha256 == sha256,
                (CityPackage.external_identifier == identifier) & (CityPackage.audit_head == head),
            )
        )
        .limit(1)
    )
    if same is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} was already imported on {date} by {user} (package {id}); nothing was changed.",
            ),
            file=path.name,
            date=same.imported_at.isoformat(sep=" ", timespec="minutes"),
            user=same.imported_by,
            id=same.id,
        )


def _named_on(named: dict[str, Any] | None) -> date | None:
    if not named or not named.get("date"):
        return None
    return date.fromisoformat(str(named["date"])[:10])


def _add_rows(session: Session, package: CityPackage, data: dict[str, Any]) -> int:
    """The package's communities and their evidence hashes; returns how many evidence rows."""
    evidence = 0
    for row in data.get("communities", []):
        named = row.get("named")
        session.add(
            CityCommunity(
                package_id=package.id,
                district_code=package.district_code,
                code=row["code"],
                name=row.get("name", ""),
                street_code=row.get("street_code", ""),
                street_name=row.get("street_name", ""),
                status=row.get("status", ""),
                passed=bool(row.get("passed")),
                score=row.get("score"),
                named_tier=(named or {}).get("tier", "") or "",
                named_document=(named or {}).get("document_number", "") or "",
                named_on=_named_on(named),
            )
        )
        for item in row.get("evidence", []):
            session.add(
                CityEvidence(
                    package_id=package.id,
                    district_code=package.district_code,
                    community_code=row["code"],
                    item=int(item["item"]),
                    sha256=str(item["sha256"]).lower(),
                )
            )
            evidence += 1
    return evidence


def _supersede(session: Session, package: CityPackage) -> tuple[list[int], int | None]:
    """Among the packages of one district, kind and period, only the newest (by as-of) stays current."""
    current = list(
        session.scalars(
            select(CityPackage).where(
                CityPackage.district_code == package.district_code,
                CityPackage.kind == package.kind,
                CityPackage.period == package.period,
                CityPackage.superseded_by.is_(None),
                CityPackage.id != package.id,
            )
        )
    )
    newer = [other for other in current if other.as_of > package.as_of]
    if newer:
        package.superseded_by = max(newer, key=lambda p: (p.as_of, p.id)).id
        return [], package.superseded_by
    for other in current:
        other.superseded_by = package.id
    return [other.id for other in current], None


def _refuse_future(path: Path, as_of: datetime) -> None:
    """A package dated ahead of this computer would stay "newest" and hide every later one."""
    now = clock.now()
    if as_of > now + CLOCK_TOLERANCE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is dated {as_of}, later than this computer's clock ({now}): check the date "
                "and time on the district's computer and on this one; it was not imported.",
            ),
            file=path.name,
            as_of=as_of.isoformat(sep=" ", timespec="minutes"),
            now=now.isoformat(sep=" ", timespec="minutes"),
        )


def import_package(workspace: Workspace, path: Path | str) -> ImportResult:
    """Verify the district package at ``path`` against the trust store and store it (one audited action)."""
    level.require_city(workspace)
    actor = accounts.require(workspace, REVIEWER)
    path = Path(path)
    report = verify.verify_package(path, trusted=trust.load_keys(workspace.data_dir))
    if not report.valid:
        _refuse_unverified(path, report)
    _refuse_legacy(path, report)
    data = read_package_data(report)  # its shape, and its kind, district and period against bag-info
    as_of = datetime.fromisoformat(data["as_of"])
    _refuse_future(path, as_of)
    bag_info = report.bag_info
    sha256 = file_sha256(path)
    identifier, head = bag_info.get("External-Identifier", ""), bag_info.get(AUDIT_HEAD_FIELD, "")
    city = workspace.district
    with workspace.transaction() as session:
        district = _district_of(session, path, bag_info, f"{city.code} {city.name}")
        _refuse_duplicate(session, path, sha256, identifier, head)
        package = CityPackage(
            district_code=district.code,
            district_name=district.name,
            kind=data["kind"],
            year=int(data["year"]),
            batch=data.get("batch"),
            quarter=data.get("quarter"),
            period=period_of(data["kind"], data["year"], data["batch"], data["quarter"]),
            as_of=as_of,
            fingerprint=signing.normalize_fingerprint(report.fingerprint),
            sha256=sha256,
            bag_name=path.name,
            external_identifier=identifier,
            audit_head=head,
            imported_at=clock.now(),
            imported_by=actor.username,
            data_json=json.dumps(data, ensure_ascii=False, sort_keys=True),
        )
        session.add(package)
        session.flush()
        evidence = _add_rows(session, package, data)
        supersedes, superseded_by = _supersede(session, package)
        result = ImportResult(
            package_id=package.id,
            district_code=district.code,
            district_name=district.name,
            kind=package.kind,
            period=package.period,
            as_of=package.as_of,
            communities=len(data.get("communities", [])),
            evidence=evidence,
            sha256=sha256,
            supersedes=tuple(supersedes),
            superseded_by=superseded_by,
        )
        audit.record(
            session,
            user=actor.username,
            action=IMPORT_ACTION,
            entity="city_package",
            key=str(package.id),
            new={**result.to_dict(), "fingerprint": package.fingerprint, "file": path.name},
        )
    return result
