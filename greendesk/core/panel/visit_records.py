"""What a site visit found, entered back from the paper form (现场核验记录), and read back.

Per item an outcome (pass / fail / more) for a pass/fail standard or a score within [0, points]
for a scored one, with a note; the visit's notes under 听 / 查 / 看 / 问 / 议; the residents'
questionnaire tally (returned ≤ handed out, the three answers add up to the returned); phone
photos, each stored by content hash like all evidence and attached to its item with
``source='site_visit'``. Rows are append-only (the latest per visit and item counts); item 0 holds
the notes and the tally. The photos' places are checked (``visit_checks``) when the results are
shown. Nothing here touches the review's decisions: a visit records what was found, the reviewer
still decides.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import audit, settings
from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.panel import visit_checks
from greendesk.core.panel.visits import (
    CANCELLED,
    RECORDED,
    RECORDERS,
    VisitRow,
    VisitSheet,
    find_visit,
    require_any,
    sheet_in,
)
from greendesk.core.review.vocabulary import OUTCOMES
from greendesk.core.review.workflow import WorkflowError
from greendesk.core.storage import photos
from greendesk.core.storage.models import Evidence, Photo, Recommendation, SiteVisit, SiteVisitRecord
from greendesk.core.workspace import Workspace

EVIDENCE_SOURCE = "site_visit"
VISIT_NOTES_ITEM = 0
HEADINGS = (
    "听",
    "查",
    "看",
    "问",
    "议",
)  # hear the report, check records, look on site, ask residents, discuss
HEADING_NAMES = {"listen": "听", "check": "查", "look": "看", "ask": "问", "discuss": "议"}
TALLY_FIELDS = ("handed_out", "returned", "satisfied", "basically_satisfied", "dissatisfied")
ANSWERS = TALLY_FIELDS[2:]


@dataclass(frozen=True)
class ItemResult:
    number: int
    outcome: str | None = None
    score: float | None = None
    note: str = ""


@dataclass(frozen=True)
class Tally:
    """The residents' questionnaire: 发放, 回收, 满意, 基本满意, 不满意."""

    handed_out: int
    returned: int
    satisfied: int
    basically_satisfied: int
    dissatisfied: int

    def to_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in TALLY_FIELDS}


@dataclass(frozen=True)
class VisitResults:
    items: tuple[ItemResult, ...] = ()
    notes: Mapping[str, str] = field(default_factory=dict)  # heading (听 ...) -> text
    tally: Tally | None = None


@dataclass(frozen=True)
class ItemRecord:
    number: int
    outcome: str | None
    score: float | None
    note: str
    photos: tuple[tuple[str, str], ...]  # (sha256, file name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "item": self.number,
            "outcome": self.outcome,
            "score": self.score,
            "note": self.note,
            "photos": [{"sha256": sha, "name": name} for sha, name in self.photos],
        }


@dataclass(frozen=True)
class VisitReport:
    """A visit with what was recorded and the photos' place notes and warnings."""

    sheet: VisitSheet
    items: tuple[ItemRecord, ...]
    notes: dict[str, str]
    tally: Tally | None
    warnings: tuple[visit_checks.PlaceWarning, ...]
    recorded_by: str

    @property
    def visit(self) -> VisitRow:
        return self.sheet.visit

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.visit.to_dict(),
            "scored": self.sheet.scored,
            "items": [item.to_dict() for item in self.items],
            "notes": self.notes,
            "tally": None if self.tally is None else self.tally.to_dict(),
            "warnings": [warning.to_dict() for warning in self.warnings],
            "recorded_by": self.recorded_by,
        }


def _error(template: str, **params: Any) -> ValidationError:
    return ValidationError(template, **params)


def _number(visit: str, where: str, name: str, value: Any, whole: bool) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "Visit {visit}, {where}: {field} must be a number, not '{value}'."),
            visit=visit,
            where=where,
            field=name,
            value=value,
        )
    if whole and (value < 0 or value != int(value)):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Errors", "Visit {visit}, {where}: {field} must be a whole number of 0 or more."
            ),
            visit=visit,
            where=where,
            field=name,
        )
    return float(value)


def tally_from(visit: str, data: Mapping[str, Any]) -> Tally:
    """A tally from its five counts, checked: returned ≤ handed out, the answers add up to the returned."""
    where = "questionnaire"
    unknown = sorted(set(data) - set(TALLY_FIELDS))
    if unknown:
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "Visit {visit}, {where}: unknown field '{field}' ({expected})."),
            visit=visit,
            where=where,
            field=unknown[0],
            expected=", ".join(TALLY_FIELDS),
        )
    counts = {name: int(_number(visit, where, name, data.get(name, 0), True)) for name in TALLY_FIELDS}
    tally = Tally(**counts)
    if tally.returned > tally.handed_out:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Visit {visit}, questionnaire: {returned} returned is more than the {handed_out} handed out.",
            ),
            visit=visit,
            returned=tally.returned,
            handed_out=tally.handed_out,
        )
    answered = tally.satisfied + tally.basically_satisfied + tally.dissatisfied
    if answered != tally.returned:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Visit {visit}, questionnaire: satisfied, basically satisfied and dissatisfied add up to "
                "{answered}, not the {returned} returned.",
            ),
            visit=visit,
            answered=answered,
            returned=tally.returned,
        )
    return tally


def notes_from(visit: str, data: Mapping[str, Any]) -> dict[str, str]:
    """Notes by heading; a heading may be given as 听 or as its English name (listen ...)."""
    notes: dict[str, str] = {}
    for key, text in data.items():
        heading = HEADING_NAMES.get(str(key).strip().lower(), str(key).strip())
        if heading not in HEADINGS:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Errors", "Visit {visit}, notes: unknown heading '{heading}' ({expected})."
                ),
                visit=visit,
                heading=key,
                expected="、".join(HEADINGS),
            )
        if not isinstance(text, str):
            raise _error(
                QT_TRANSLATE_NOOP("Errors", "Visit {visit}, notes: the text under {heading} must be text."),
                visit=visit,
                heading=heading,
            )
        if text.strip():
            notes[heading] = text.strip()
    return notes


def _check_item(sheet: VisitSheet, result: ItemResult) -> None:
    """The item exists and carries what its standard asks: a score in range, or an outcome."""
    visit = sheet.visit.visit_code
    numbers = {item.number: item for item in sheet.standard.items}
    if result.number not in numbers:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Errors", "Visit {visit}, item {item}: the standard {standard} has no such item."
            ),
            visit=visit,
            item=result.number,
            standard=sheet.standard.id,
        )
    if sheet.scored:
        points = numbers[result.number].points or 0.0
        if result.outcome is not None:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Visit {visit}, item {item}: the standard is scored; give a score, not an outcome.",
                ),
                visit=visit,
                item=result.number,
            )
        if result.score is not None and not 0 <= result.score <= points:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Errors", "Visit {visit}, item {item}: score {score} is outside 0 to {points}."
                ),
                visit=visit,
                item=result.number,
                score=f"{result.score:g}",
                points=f"{points:g}",
            )
        return
    if result.score is not None:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Visit {visit}, item {item}: the standard is pass/fail; give an outcome, not a score.",
            ),
            visit=visit,
            item=result.number,
        )
    if result.outcome is not None and result.outcome not in OUTCOMES:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Errors", "Visit {visit}, item {item}: outcome '{outcome}' is not one of {expected}."
            ),
            visit=visit,
            item=result.number,
            outcome=result.outcome,
            expected=", ".join(OUTCOMES),
        )


def results_from_json(visit: str, data: Any) -> VisitResults:
    """The results file's content (schema in ``cli/visit_cmds.py``), checked for shape and values."""
    if not isinstance(data, dict) or not isinstance(data.get("items", []), list):
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "Visit {visit}: the results must be an object with a list 'items'."),
            visit=visit,
        )
    items = []
    for entry in data.get("items", []):
        if (
            not isinstance(entry, dict)
            or isinstance(entry.get("item"), bool)
            or not isinstance(entry.get("item"), int)
        ):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Errors", "Visit {visit}: every entry of 'items' needs a whole-number 'item'."
                ),
                visit=visit,
            )
        where = f"item {entry['item']}"
        score = entry.get("score")
        outcome = entry.get("outcome")
        items.append(
            ItemResult(
                number=entry["item"],
                outcome=None if outcome in (None, "") else str(outcome),
                score=None if score is None else _number(visit, where, "score", score, False),
                note=str(entry.get("note", "") or ""),
            )
        )
    notes = data.get("notes", {}) or {}
    tally = data.get("questionnaire")
    if not isinstance(notes, dict) or not isinstance(tally, dict | None):
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "Visit {visit}: 'notes' and 'questionnaire' must be objects."),
            visit=visit,
        )
    return VisitResults(
        tuple(items), notes_from(visit, notes), None if tally is None else tally_from(visit, tally)
    )


def _latest(session: Session, visit: SiteVisit) -> dict[int, SiteVisitRecord]:
    rows = session.scalars(
        select(SiteVisitRecord).where(SiteVisitRecord.visit_id == visit.id).order_by(SiteVisitRecord.id)
    )
    return {row.item_number: row for row in rows}


def _readable(visit: str, photo_paths: Sequence[tuple[int, Path]]) -> None:
    for item, path in photo_paths:
        try:
            with open(path, "rb") as handle:
                handle.read(1)
        except OSError as error:
            raise _error(
                QT_TRANSLATE_NOOP("Errors", "Visit {visit}, item {item}: {file} cannot be read: {reason}"),
                visit=visit,
                item=item,
                file=str(path),
                reason=error.strerror or str(error),
            ) from error


def _attach(
    session: Session,
    workspace: Workspace,
    recommendation: Recommendation,
    item: int,
    path: Path,
    stage: Any,
    user: str,
) -> tuple[str, str]:
    """Store one photo (by content hash) and attach it to the item as site-visit evidence."""
    photo, _ = photos.store(session, workspace.photos_dir, Path(path), Path(path).name, stage)
    session.flush()
    exists = session.scalar(
        select(Evidence.id).where(
            Evidence.recommendation_id == recommendation.id,
            Evidence.item_number == item,
            Evidence.photo_sha256 == photo.sha256,
        )
    )
    if exists is None:
        session.add(
            Evidence(
                recommendation_id=recommendation.id,
                item_number=item,
                photo_sha256=photo.sha256,
                original_name=Path(path).name[:512],
                caption="",
                source=EVIDENCE_SOURCE,
                added_at=clock.now(),
                added_by=user,
            )
        )
    return photo.sha256, Path(path).name


def record_visit(
    workspace: Workspace,
    visit_code: str,
    results: VisitResults,
    photo_paths: Sequence[tuple[int, Path]] = (),
) -> VisitReport:
    """Enter what the visit found (one transaction, one audit entry) and return it with its warnings."""
    actor = require_any(workspace, RECORDERS)
    _readable(visit_code, photo_paths)
    with photos.staged(workspace.layout.photo_staging) as stage, workspace.transaction() as session:
        visit = find_visit(session, visit_code)
        code = visit.visit_code
        if visit.status == CANCELLED:
            raise WorkflowError(
                QT_TRANSLATE_NOOP("Errors", "Visit {visit} is cancelled: it cannot be recorded."), visit=code
            )
        sheet = sheet_in(session, workspace, visit)
        for result in results.items:
            _check_item(sheet, result)
        for item, _path in photo_paths:
            _check_item(sheet, ItemResult(item))
        recommendation = session.get(Recommendation, visit.recommendation_id)
        if photo_paths and recommendation.locked:
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{code} is signed off for {year}; unlock it before attaching the visit's photos.",
                ),
                code=sheet.visit.code,
                year=recommendation.year,
            )
        latest = _latest(session, visit)
        given = {result.number: result for result in results.items}
        attached: dict[int, list[tuple[str, str]]] = {}
        for item, path in photo_paths:
            attached.setdefault(item, []).append(
                _attach(session, workspace, recommendation, item, path, stage, actor.username)
            )
        now = clock.now()
        for number in sorted(set(given) | set(attached)):
            before = latest.get(number)
            kept = json.loads(before.notes_json) if before is not None else {}
            result = given.get(number) or ItemResult(
                number,
                before.outcome if before else None,
                before.score if before else None,
                kept.get("note", ""),
            )
            shown = [tuple(pair) for pair in kept.get("photos", [])]
            shown += [pair for pair in attached.get(number, []) if pair not in shown]
            session.add(
                SiteVisitRecord(
                    visit_id=visit.id,
                    item_number=number,
                    outcome=result.outcome,
                    score=result.score,
                    notes_json=json.dumps({"note": result.note, "photos": shown}, ensure_ascii=False),
                    recorded_by=actor.username,
                    recorded_at=now,
                )
            )
        if results.notes or results.tally is not None:
            own = {
                "notes": dict(results.notes),
                "tally": None if results.tally is None else results.tally.to_dict(),
            }
            session.add(
                SiteVisitRecord(
                    visit_id=visit.id,
                    item_number=VISIT_NOTES_ITEM,
                    notes_json=json.dumps(own, ensure_ascii=False, sort_keys=True),
                    recorded_by=actor.username,
                    recorded_at=now,
                )
            )
        old_status = visit.status
        visit.status = RECORDED
        audit.record(
            session,
            user=actor.username,
            action="visit.record",
            entity="site_visit",
            key=code,
            old={"status": old_status},
            new={
                "status": RECORDED,
                "code": sheet.visit.code,
                "year": sheet.visit.year,
                "items": {str(r.number): r.score if sheet.scored else r.outcome for r in results.items},
                "photos": {str(item): [sha for sha, _ in pairs] for item, pairs in attached.items()},
                "notes": sorted(results.notes),
                "tally": None if results.tally is None else results.tally.to_dict(),
            },
        )
        session.flush()
        return report_in(session, workspace, visit)


def _warnings(
    session: Session, recommendation_id: int, items: Sequence[ItemRecord]
) -> list[visit_checks.PlaceWarning]:
    """Each visit photo's place against the community's other evidence photos and the district."""
    own = {sha for item in items for sha, _ in item.photos}
    rows = session.execute(
        select(Photo.sha256, Photo.gps_lat, Photo.gps_lon)
        .join(Evidence, Evidence.photo_sha256 == Photo.sha256)
        .where(Evidence.recommendation_id == recommendation_id)
    ).all()
    positions = {sha: (lat, lon) for sha, lat, lon in rows if lat is not None and lon is not None}
    centre = visit_checks.median_position([where for sha, where in positions.items() if sha not in own])
    district = settings.DISTRICT_CODE.read(session)
    found: list[visit_checks.PlaceWarning] = []
    for item in items:
        for sha, name in item.photos:
            found += visit_checks.check_place(
                item=item.number,
                sha256=sha,
                label=name or sha[:12],
                position=positions.get(sha),
                centre=centre,
                district_code=district,
            )
    return found


def report_in(session: Session, workspace: Workspace, visit: SiteVisit) -> VisitReport:
    sheet = sheet_in(session, workspace, visit)
    latest = _latest(session, visit)
    own = json.loads(latest[VISIT_NOTES_ITEM].notes_json) if VISIT_NOTES_ITEM in latest else {}
    items = []
    for number, row in sorted(latest.items()):
        if number == VISIT_NOTES_ITEM:
            continue
        data = json.loads(row.notes_json or "{}")
        pairs = tuple((str(sha), str(name)) for sha, name in data.get("photos", []))
        items.append(ItemRecord(number, row.outcome, row.score, data.get("note", ""), pairs))
    tally = own.get("tally")
    recorded_by = max(latest.values(), key=lambda row: row.id).recorded_by if latest else ""
    return VisitReport(
        sheet=sheet,
        items=tuple(items),
        notes=dict(own.get("notes", {})),
        tally=None if tally is None else Tally(**tally),
        warnings=tuple(_warnings(session, visit.recommendation_id, items)),
        recorded_by=recorded_by,
    )


def visit_report(workspace: Workspace, visit_code: str) -> VisitReport:
    """What the visit recorded, with the place notes and warnings of its photos."""
    with workspace.snapshot() as session:
        return report_in(session, workspace, find_visit(session, visit_code))
