"""Phase two of an import: write a plan in one transaction, photos staged, all or nothing.

A failure or a cancel rolls the database back and removes exactly the photo files this import
added, so the workspace is as it was; a killed import leaves its staging journal, by which the next
start removes those files. A package already imported (same content hash, year and
batch) writes nothing; photos already in the store are not copied again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from greendesk.core import audit, settings
from greendesk.core.base import clock
from greendesk.core.base.errors import GreenDeskError, Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import digits_only
from greendesk.core.intake import evidence_audit, supplement
from greendesk.core.intake.matching import RESOLVED, CommunityRef, Match
from greendesk.core.intake.package import EVIDENCE, Package
from greendesk.core.intake.plan import ImportPlan, PlannedPhoto, PlannedRow, saved_mapping
from greendesk.core.intake.problems import Cancelled, Progress, check_cancelled
from greendesk.core.registry.roster import find_community
from greendesk.core.review import guards
from greendesk.core.review.recommendations import NewRecommendation, Submission, insert_recommendations
from greendesk.core.review.vocabulary import REVIEWER
from greendesk.core.safety import backup
from greendesk.core.standards import frozen
from greendesk.core.standards.library import get_standard
from greendesk.core.storage import bulk
from greendesk.core.storage import photos as photo_store
from greendesk.core.storage.models import Evidence, ImportBatch, Recommendation, SelfAssessment
from greendesk.core.workspace import Workspace

SKIP = ""


@dataclass
class Resolutions:
    """The user's answers to the preview's questions.

    ``communities``: row key -> 12-digit community code, or "" to skip that row.
    ``photos``: package entry name -> (row key or 12-digit code of a recommendation of the year,
    item number) for files matched by hand (``placement.photo_resolutions`` builds it).
    ``skip_bad_photos``: import the rest when some photos are damaged (else the import stops).
    """

    communities: dict[str, str] = field(default_factory=dict)
    photos: dict[str, tuple[str, int]] = field(default_factory=dict)
    skip_bad_photos: bool = False
    remember_mapping: bool = True


@dataclass
class ImportResult:
    batch_id: int | None
    already_imported: bool = False
    recommendations_created: int = 0
    recommendations_updated: int = 0
    rows_skipped: int = 0
    self_assessments: int = 0
    photos_attached: int = 0
    photos_added_to_store: int = 0
    photos_skipped: int = 0
    skipped_rows: list[str] = field(default_factory=list)
    rounds: dict[str, int] = field(
        default_factory=dict
    )  # code -> round its existing recommendation got files in

    @property
    def imported_anything(self) -> bool:
        written = self.recommendations_created + self.recommendations_updated + self.photos_attached
        return self.already_imported or written > 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Run:
    """One call of ``apply_import``: what every step needs, and the result it builds."""

    workspace: Workspace
    plan: ImportPlan
    resolutions: Resolutions
    package: Package
    session: Session
    now: datetime
    result: ImportResult
    progress: Progress | None
    cancelled: Cancelled | None


@dataclass(frozen=True)
class _PhotoJob:
    planned: PlannedPhoto
    recommendation_id: int
    item: int
    label: str


def _resolve(
    session: Session, plan: ImportPlan, resolutions: Resolutions
) -> dict[str, tuple[PlannedRow, CommunityRef]]:
    """Row key -> (row, community) for every row that will be imported."""
    chosen: dict[str, tuple[PlannedRow, CommunityRef]] = {}
    for row in plan.rows:
        community = row.match.community
        if row.key in resolutions.communities:
            code = digits_only(resolutions.communities[row.key])
            if code == SKIP:
                continue
            found = find_community(session, code)
            community = CommunityRef(found.id, found.code, found.name, found.street.code, found.street.name)
            row.match = Match(RESOLVED, community)
        if community is not None:
            chosen[row.key] = (row, community)
    return chosen


def apply_import(
    workspace: Workspace,
    plan: ImportPlan,
    resolutions: Resolutions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Write ``plan`` (as resolved) in one transaction; photos are streamed one at a time."""
    guards.reviewer(workspace, REVIEWER)  # a city workspace takes no street's workbook
    resolutions = resolutions or Resolutions()
    _refuse_bad_photos(plan, resolutions)
    _back_up_first(workspace, plan)
    now = clock.now()
    with (
        Package(Path(plan.source), workspace.data_dir) as package,
        photo_store.staged(workspace.layout.photo_staging) as stage,  # left after the commit below
        workspace.transaction() as session,
    ):
        existing_batch = session.scalar(_same_batch(plan))
        if existing_batch is not None:
            return ImportResult(batch_id=existing_batch, already_imported=True)
        _check_workbooks_unchanged(plan, package)
        chosen = _resolve(session, plan, resolutions)
        result = ImportResult(batch_id=None)
        run = _Run(workspace, plan, resolutions, package, session, now, result, progress, cancelled)
        result.skipped_rows = [row.key for row in plan.rows if row.key not in chosen]
        result.rows_skipped = len(result.skipped_rows)
        targets = _existing_targets(run)
        if not chosen and not targets:  # nothing to record: a later, corrected import must not be refused
            return result
        batch = _new_batch(session, workspace, plan, now)
        standard = get_standard(plan.standard_id, [workspace.standards_dir])
        if standard.sha256 != plan.standard_sha256:  # the standard file was edited since the preview
            raise _changed(plan)
        frozen.remember(session, standard)
        recommendations = _write_recommendations(
            run, chosen, Submission.of(plan.year, plan.batch, standard, now, batch.id)
        )
        recommendations.update(targets)
        attached = _attach_photos(run, stage, recommendations)
        evidence_audit.record(session, workspace.user, plan.year, batch.id, attached)  # the review history
        _record_batch(run, batch)
        check_cancelled(cancelled)
        if progress is not None:
            total = len(plan.photos) or 1
            progress(total, total)
    return result


def rehearse(workspace: Workspace, plan: ImportPlan, resolutions: Resolutions | None = None) -> list[str]:
    """What a dry run checks: the refusals ``apply_import`` would raise before writing, the same way.

    Returns the keys of the rows the import would record and the codes of the existing
    recommendations files would go to ([] when it would record nothing); writes nothing and needs
    no sign-in.
    """
    resolutions = resolutions or Resolutions()
    _refuse_bad_photos(plan, resolutions)
    with workspace.snapshot() as session:
        if session.scalar(_same_batch(plan)) is not None:
            return []
        rows = list(_resolve(session, plan, resolutions))
        wanted = {photo.row_key for photo in plan.photos if photo.row_key and photo.valid and photo.item}
        wanted |= {row_key for row_key, _item in resolutions.photos.values()}
        return rows + sorted(supplement.attachable(session, plan.year, wanted))


def _back_up_first(workspace: Workspace, plan: ImportPlan) -> None:
    """A verified "import" backup before anything is written, when the workspace has work to lose.

    A backup that cannot be made refuses the import (nothing is written), with the backup's reason.
    """
    with workspace.snapshot() as session:
        if session.scalar(_same_batch(plan)) is not None:
            return  # already imported: nothing will be written
        if session.scalar(select(Recommendation.id).limit(1)) is None:
            return  # nothing an import could overwrite yet
    try:
        backup.back_up_before_bulk_step(workspace.data_dir, backup.REASON_IMPORT)
    except GreenDeskError as error:
        raise backup.BackupError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The import of {source} was not started because the backup before it could not be made; "
                "nothing was imported. {reason}",
            ),
            source=plan.source_name,
            reason=Message(error.template, **error.params),
        ) from error


def _same_batch(plan: ImportPlan) -> Select[tuple[int]]:
    return select(ImportBatch.id).where(
        ImportBatch.content_sha256 == plan.content_sha256,
        ImportBatch.year == plan.year,
        ImportBatch.batch == plan.batch,
    )


def _check_workbooks_unchanged(plan: ImportPlan, package: Package) -> None:
    for entry in package.entries:
        if (
            entry.name in plan.workbook_sha256
            and package.entry_sha256(entry) != plan.workbook_sha256[entry.name]
        ):
            raise _changed(plan)


def _new_batch(session: Session, workspace: Workspace, plan: ImportPlan, now: datetime) -> ImportBatch:
    batch = ImportBatch(
        content_sha256=plan.content_sha256,
        source_name=plan.source_name,
        year=plan.year,
        batch=plan.batch,
        imported_at=now,
        imported_by=workspace.user,
    )
    session.add(batch)
    session.flush()  # the recommendations refer to its id
    return batch


def _refuse_bad_photos(plan: ImportPlan, resolutions: Resolutions) -> None:
    bad = [p for p in plan.photos if not p.valid]
    if bad and not resolutions.skip_bad_photos:
        first = next(problem for problem in plan.problems if problem.kind == "bad_photo")
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{count} photo(s) cannot be imported; first {entry}: {problem} Fix or remove them, or choose to skip them.",
            ),
            count=len(bad),
            entry=first.location.file,
            problem=first.message,
        )


def _changed(plan: ImportPlan) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{file} changed since the preview; analyse it again."),
        file=plan.source_name,
    )


def _write_recommendations(
    run: _Run, chosen: dict[str, tuple[PlannedRow, CommunityRef]], submission: Submission
) -> dict[str, int]:
    """Row key -> recommendation id: new ones written in bulk, existing ones completed.

    An existing recommendation gets only the values and self-assessments it lacks; a signed-off
    one is left alone (its row is skipped).
    """
    session, plan, result = run.session, run.plan, run.result
    existing = {
        r.community_id: r
        for r in session.scalars(select(Recommendation).where(Recommendation.year == plan.year))
    }
    present = _present_claims(session, plan.year) if existing else {}
    new: dict[int, NewRecommendation] = {}  # community id -> what to insert
    new_keys: dict[str, int] = {}  # row key -> community id, for rows whose recommendation is new
    ids: dict[str, int] = {}
    claims: list[tuple[int, int, str, str]] = []
    for key, (row, community) in chosen.items():
        check_cancelled(run.cancelled)
        recommendation = existing.get(community.id)
        if recommendation is None:
            if community.id in new:  # a second row resolved to a community this import adds: merge
                _merge_row(new[community.id], row)
                result.recommendations_updated += 1
            else:
                new[community.id] = _new_recommendation(row, community)
                result.recommendations_created += 1
            new_keys[key] = community.id
        elif recommendation.locked:
            result.rows_skipped += 1
            result.skipped_rows.append(row.key)
        else:
            _complete(recommendation, row, run.now)
            result.recommendations_updated += 1
            ids[key] = recommendation.id
            have = present.setdefault(recommendation.id, set())
            for item, claim in sorted(row.claims.items()):
                if item not in have:
                    have.add(item)
                    claims.append((recommendation.id, item, claim, row.claim_notes.get(item, "")))
    new_ids = insert_recommendations(session, run.workspace.user, submission, list(new.values()))
    ids.update({key: new_ids[community_id] for key, community_id in new_keys.items()})
    result.self_assessments += sum(len(n.claims) for n in new.values())
    result.self_assessments += bulk.insert_rows(
        session, SelfAssessment.__table__, ("recommendation_id", "item_number", "claim", "note"), claims
    )
    return ids


def _present_claims(session: Session, year: int) -> dict[int, set[int]]:
    """Recommendation id -> items it has a self-assessment for, over the year's recommendations."""
    present: dict[int, set[int]] = {}
    for recommendation_id, item in session.execute(
        select(SelfAssessment.recommendation_id, SelfAssessment.item_number)
        .join(Recommendation, SelfAssessment.recommendation_id == Recommendation.id)
        .where(Recommendation.year == year)
    ):
        present.setdefault(recommendation_id, set()).add(item)
    return present


def _new_recommendation(row: PlannedRow, community: CommunityRef) -> NewRecommendation:
    return NewRecommendation(
        community_id=community.id,
        code=community.code,
        households=row.households,
        households_managed=row.households_managed,
        coverage_reported=row.coverage_reported,
        contact=row.contact,
        note=row.note,
        claims={item: (claim, row.claim_notes.get(item, "")) for item, claim in sorted(row.claims.items())},
    )


def _merge_row(pending: NewRecommendation, row: PlannedRow) -> None:
    """A later row for the same new recommendation fills only what the first left empty."""
    for field_name in ("households", "households_managed", "coverage_reported"):
        if getattr(pending, field_name) is None and getattr(row, field_name) is not None:
            setattr(pending, field_name, getattr(row, field_name))
    pending.contact = pending.contact or row.contact
    for item, claim in sorted(row.claims.items()):
        pending.claims.setdefault(item, (claim, row.claim_notes.get(item, "")))


def _complete(recommendation: Recommendation, row: PlannedRow, now: datetime) -> None:
    """Fill the figures an existing recommendation lacks (a later package may give them)."""
    changed = False
    for field_name in ("households", "households_managed", "coverage_reported"):
        if getattr(recommendation, field_name) is None and getattr(row, field_name) is not None:
            setattr(recommendation, field_name, getattr(row, field_name))
            changed = True
    if not recommendation.contact and row.contact:
        recommendation.contact, changed = row.contact[:128], True
    if changed:
        recommendation.updated_at = now


def _existing_targets(run: _Run) -> dict[str, int]:
    """Code -> id of the open recommendations of the year that files go to by code, not by row.

    A supplementary package's files (and files assigned by code) attach to the recommendation as it
    is now, in its current round; one signed off since the preview gets nothing.
    """
    wanted = {photo.row_key for photo in run.plan.photos if photo.row_key}
    wanted |= {row_key for row_key, _item in run.resolutions.photos.values()}
    targets = supplement.attachable(run.session, run.plan.year, wanted)  # row keys are never codes
    run.result.rounds = {code: target.round for code, target in sorted(targets.items())}
    return {code: target.recommendation_id for code, target in targets.items()}


def _photo_jobs(run: _Run, recommendations: dict[str, int]) -> list[_PhotoJob]:
    """The photos to store and attach (as resolved); the rest are counted as skipped."""
    plan, package, result = run.plan, run.package, run.result
    entries = {entry.name for entry in package.entries if entry.kind == EVIDENCE}
    jobs: list[_PhotoJob] = []
    for planned in plan.photos:
        row_key, item = planned.row_key, planned.item
        if planned.entry in run.resolutions.photos:
            row_key, item = run.resolutions.photos[planned.entry]
        recommendation = recommendations.get(row_key or "")
        if not planned.valid or recommendation is None or item is None or item not in plan.item_numbers:
            result.photos_skipped += 1
            continue
        if planned.entry not in entries:
            raise _changed(plan)
        jobs.append(_PhotoJob(planned, recommendation, item, package.label(planned.entry)))
    return jobs


def _attach_photos(
    run: _Run, stage: photo_store.StagedPhotos, recommendations: dict[str, int]
) -> list[dict[str, Any]]:
    """Store the photos (decoded ahead in worker threads) and attach each once to its item.

    Returns the evidence rows inserted (the links this import made).
    """
    plan, package, session, result = run.plan, run.package, run.session, run.result
    jobs = _photo_jobs(run, recommendations)
    stage.expect(job.planned.sha256 for job in jobs)  # one journal write before the first new file
    entries = {entry.name: entry for entry in package.entries if entry.kind == EVIDENCE}

    def sources() -> Iterator[tuple[bytes | Path, str]]:
        for job in jobs:
            check_cancelled(run.cancelled)
            yield package.source(entries[job.planned.entry]), job.label

    attached = _attached(session, plan.year)
    times = {
        job.label: package.modified(entries[job.planned.entry])
        for job in jobs
        if job.planned.entry in entries
    }
    stored = photo_store.store_many(
        session,
        run.workspace.photos_dir,
        sources(),
        stage,
        keep_going=run.resolutions.skip_bad_photos,
        file_times=times,
    )
    total = len(plan.photos) or 1
    evidence: list[dict[str, Any]] = []
    for done, (job, (_name, photo, added)) in enumerate(zip(jobs, stored, strict=True), start=1):
        if run.progress is not None:
            run.progress(done + result.photos_skipped, total)
        if photo is None:  # a bad photo the user chose to skip
            result.photos_skipped += 1
            continue
        if photo.sha256 != job.planned.sha256:
            raise _changed(plan)
        result.photos_added_to_store += int(added)
        link = (job.recommendation_id, job.item, photo.sha256)
        if link not in attached:
            attached.add(link)
            evidence.append(_evidence_row(run, job, photo.sha256))
            result.photos_attached += 1
    if evidence:
        bulk.insert_rows(
            session, Evidence.__table__, list(evidence[0]), [tuple(e.values()) for e in evidence]
        )
    return evidence


def _attached(session: Session, year: int) -> set[tuple[int, int, str]]:
    """(recommendation, item, photo) links of the year: a re-import does not attach a photo twice."""
    return {
        (recommendation_id, item, sha256)
        for recommendation_id, item, sha256 in session.execute(
            select(Evidence.recommendation_id, Evidence.item_number, Evidence.photo_sha256)
            .join(Recommendation, Evidence.recommendation_id == Recommendation.id)
            .where(Recommendation.year == year)
        )
    }


def _evidence_row(run: _Run, job: _PhotoJob, sha256: str) -> dict[str, Any]:
    return {
        "recommendation_id": job.recommendation_id,
        "item_number": job.item,
        "photo_sha256": sha256,
        "original_name": job.planned.entry[:512],
        "caption": "",
        "source": "import",
        "added_at": run.now,
        "added_by": run.workspace.user,
    }


def _record_batch(run: _Run, batch: ImportBatch) -> None:
    """The batch's summary, the remembered column mapping, and the import's audit entry."""
    plan, result = run.plan, run.result
    result.batch_id = batch.id
    summary = {**plan.summary(), **result.to_dict()}
    batch.summary_json = json.dumps(summary, ensure_ascii=False, sort_keys=True)
    if plan.mapping and run.resolutions.remember_mapping:
        _remember_mapping(run.session, run.workspace, plan.mapping)
    audit.record(
        run.session,
        user=run.workspace.user,
        action="intake.import",
        entity="import_batch",
        key=plan.content_sha256[:16],
        new={"batch_id": batch.id, **summary},
    )


def _remember_mapping(session, workspace: Workspace, mapping: dict[str, str]) -> None:
    merged = {**saved_mapping(workspace, session), **mapping}
    settings.INTAKE_COLUMN_MAPPING.write(
        session, workspace.user, json.dumps(merged, ensure_ascii=False, sort_keys=True)
    )
