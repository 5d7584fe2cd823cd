"""Phase two of an import: write a plan in one transaction, photos staged, all or nothing.

A failure or a cancel rolls the database back and removes exactly the photo files this import
added, so the workspace is as it was. A package already imported (same content hash, year and
batch) writes nothing; photos already in the store are not copied again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from greendesk.core import audit
from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import digits_only
from greendesk.core.intake.matching import RESOLVED, CommunityRef, Match
from greendesk.core.intake.package import PHOTO, Package
from greendesk.core.intake.plan import MAPPING_SETTING, ImportPlan, PlannedPhoto, PlannedRow, saved_mapping
from greendesk.core.intake.problems import Cancelled, Progress, check_cancelled
from greendesk.core.review import vocabulary
from greendesk.core.standards import frozen
from greendesk.core.standards.library import get_standard
from greendesk.core.storage import db
from greendesk.core.storage import photos as photo_store
from greendesk.core.storage.models import Community, Evidence, ImportBatch, Recommendation, SelfAssessment
from greendesk.core.workspace import Workspace, put_setting

SKIP = ""


@dataclass
class Resolutions:
    """The user's answers to the preview's questions.

    ``communities``: row key -> 12-digit community code, or "" to skip that row.
    ``photos``: package entry name -> (row key, item number) for photos matched by hand.
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

    @property
    def imported_anything(self) -> bool:
        return self.already_imported or self.recommendations_created + self.recommendations_updated > 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _resolve(
    session, plan: ImportPlan, resolutions: Resolutions
) -> dict[str, tuple[PlannedRow, CommunityRef]]:
    """Row key -> (row, community) for every row that will be imported."""
    chosen: dict[str, tuple[PlannedRow, CommunityRef]] = {}
    for row in plan.rows:
        community = row.match.community
        if row.key in resolutions.communities:
            code = digits_only(resolutions.communities[row.key])
            if code == SKIP:
                continue
            found = session.scalars(
                select(Community).where(Community.code == code).order_by(Community.edition.desc())
            ).first()
            if found is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "No community with code {code} in the registry."), code=code
                )
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
    resolutions = resolutions or Resolutions()
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
    photos_dir = workspace.photos_dir
    now = clock.now()
    with (
        Package(Path(plan.source)) as package,
        photo_store.staged() as stage,
        workspace.transaction() as session,
    ):
        existing_batch = session.scalar(
            select(ImportBatch).where(
                ImportBatch.content_sha256 == plan.content_sha256,
                ImportBatch.year == plan.year,
                ImportBatch.batch == plan.batch,
            )
        )
        if existing_batch is not None:
            return ImportResult(batch_id=existing_batch.id, already_imported=True)
        for entry in package.entries:
            if (
                entry.name in plan.workbook_sha256
                and package.entry_sha256(entry) != plan.workbook_sha256[entry.name]
            ):
                raise _changed(plan)
        chosen = _resolve(session, plan, resolutions)
        result = ImportResult(batch_id=None)
        result.skipped_rows = [row.key for row in plan.rows if row.key not in chosen]
        result.rows_skipped = len(result.skipped_rows)
        if not chosen:  # nothing to record: a later, corrected import of the same package must not be refused
            return result
        batch = ImportBatch(
            content_sha256=plan.content_sha256,
            source_name=plan.source_name,
            year=plan.year,
            batch=plan.batch,
            imported_at=now,
            imported_by=workspace.user,
        )
        session.add(batch)
        session.flush()
        standard = get_standard(plan.standard_id, [workspace.standards_dir])
        if standard.sha256 != plan.standard_sha256:  # the standard file was edited since the preview
            raise _changed(plan)
        frozen.remember(session, standard)
        recommendations = _write_recommendations(session, workspace, plan, chosen, batch, result, cancelled)
        entries = {entry.name: entry for entry in package.entries if entry.kind == PHOTO}
        total = len(plan.photos) or 1
        to_store: list[tuple[PlannedPhoto, int, int, str]] = []
        for planned in plan.photos:
            row_key, item = planned.row_key, planned.item
            if planned.entry in resolutions.photos:
                row_key, item = resolutions.photos[planned.entry]
            recommendation = recommendations.get(row_key or "")
            if not planned.valid or recommendation is None or item is None or item not in plan.item_numbers:
                result.photos_skipped += 1
                continue
            if planned.entry not in entries:
                raise _changed(plan)
            label = planned.entry if package.kind == "file" else f"{package.name}/{planned.entry}"
            to_store.append((planned, recommendation, item, label))

        def sources() -> Iterator[tuple[bytes | Path, str]]:
            for planned, _recommendation, _item, label in to_store:
                check_cancelled(cancelled)
                yield package.source(entries[planned.entry]), label

        # Photos are decoded ahead in worker threads; writes and rows stay in this transaction.
        attached = {  # photos a re-import finds already attached are not attached twice
            (recommendation_id, item, sha256)
            for recommendation_id, item, sha256 in session.execute(
                select(Evidence.recommendation_id, Evidence.item_number, Evidence.photo_sha256)
                .join(Recommendation, Evidence.recommendation_id == Recommendation.id)
                .where(Recommendation.year == plan.year)
            )
        }
        evidence: list[dict[str, Any]] = []
        stored = photo_store.store_many(
            session, photos_dir, sources(), stage, keep_going=resolutions.skip_bad_photos
        )
        for done, ((planned, recommendation, item, _label), (_name, photo, added)) in enumerate(
            zip(to_store, stored, strict=True), start=1
        ):
            if progress is not None:
                progress(done + result.photos_skipped, total)
            if photo is None:  # a bad photo the user chose to skip
                result.photos_skipped += 1
                continue
            if photo.sha256 != planned.sha256:
                raise _changed(plan)
            result.photos_added_to_store += int(added)
            link = (recommendation, item, photo.sha256)
            if link not in attached:
                attached.add(link)
                evidence.append(
                    {
                        "recommendation_id": recommendation,
                        "item_number": item,
                        "photo_sha256": photo.sha256,
                        "original_name": planned.entry[:512],
                        "caption": "",
                        "source": "import",
                        "added_at": now,
                        "added_by": workspace.user,
                    }
                )
                result.photos_attached += 1
        if evidence:
            db.insert_rows(
                session, Evidence.__table__, list(evidence[0]), [tuple(e.values()) for e in evidence]
            )
        result.batch_id = batch.id
        summary = {**plan.summary(), **result.to_dict()}
        batch.summary_json = json.dumps(summary, ensure_ascii=False, sort_keys=True)
        if plan.mapping and resolutions.remember_mapping:
            _remember_mapping(session, workspace, plan.mapping)
        audit.record(
            session,
            user=workspace.user,
            action="intake.import",
            entity="import_batch",
            key=plan.content_sha256[:16],
            new={"batch_id": batch.id, **summary},
        )
        check_cancelled(cancelled)
        if progress is not None:
            progress(total, total)
    return result


def _changed(plan: ImportPlan) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{file} changed since the preview; analyse it again."),
        file=plan.source_name,
    )


def _write_recommendations(
    session,
    workspace: Workspace,
    plan: ImportPlan,
    chosen: dict[str, tuple[PlannedRow, CommunityRef]],
    batch: ImportBatch,
    result: ImportResult,
    cancelled: Cancelled | None,
) -> dict[str, int]:
    """Row key -> recommendation id; new rows, claims and audit entries each go in one statement.

    A district's 600 recommendations with 9,600 self-assessments are written with three
    executemany calls instead of an ORM object, a flush and an audit query per row.
    """
    now = batch.imported_at
    existing = {
        r.community_id: r
        for r in session.scalars(select(Recommendation).where(Recommendation.year == plan.year))
    }
    present: dict[int, set[int]] = {}
    if existing:
        for recommendation_id, item in session.execute(
            select(SelfAssessment.recommendation_id, SelfAssessment.item_number)
            .join(Recommendation, SelfAssessment.recommendation_id == Recommendation.id)
            .where(Recommendation.year == plan.year)
        ):
            present.setdefault(recommendation_id, set()).add(item)
    new: dict[int, dict[str, Any]] = {}  # community id -> row to insert
    new_claims: dict[int, dict[int, tuple[str, str]]] = {}  # community id -> item -> (claim, note)
    new_keys: dict[str, int] = {}  # row key -> community id, for rows whose recommendation is new
    ids: dict[str, int] = {}
    claims: list[tuple[int, int, str, str]] = []
    changes: list[audit.Change] = []
    for key, (row, community) in chosen.items():
        check_cancelled(cancelled)
        recommendation = existing.get(community.id)
        if recommendation is None and community.id not in new:
            new[community.id] = {
                "community_id": community.id,
                "year": plan.year,
                "batch": plan.batch,
                "standard_id": plan.standard_id,
                "standard_sha256": plan.standard_sha256,
                "status": vocabulary.RECOMMENDED,
                "current_round": 1,
                "households": row.households,
                "households_managed": row.households_managed,
                "coverage_reported": row.coverage_reported,
                "contact": row.contact[:128],
                "note": row.note,
                "import_batch_id": batch.id,
                "recommended_on": now.date(),
                "created_at": now,
                "updated_at": now,
                "signed_off_by": "",
                "locked": False,
            }
            new_claims[community.id] = {
                item: (claim, row.claim_notes.get(item, "")) for item, claim in sorted(row.claims.items())
            }
            new_keys[key] = community.id
            result.recommendations_created += 1
            changes.append(
                audit.Change(
                    "recommendation.import",
                    "recommendation",
                    community.code,
                    new={
                        "year": plan.year,
                        "batch": plan.batch,
                        "households": row.households,
                        "households_managed": row.households_managed,
                        "import_batch": batch.id,
                    },
                )
            )
            continue
        if recommendation is None:  # a second row resolved to a community this import adds: merge
            pending = new[community.id]
            for field_name in ("households", "households_managed", "coverage_reported"):
                if pending[field_name] is None and getattr(row, field_name) is not None:
                    pending[field_name] = getattr(row, field_name)
            pending["contact"] = pending["contact"] or row.contact[:128]
            for item, claim in sorted(row.claims.items()):
                new_claims[community.id].setdefault(item, (claim, row.claim_notes.get(item, "")))
            new_keys[key] = community.id
            result.recommendations_updated += 1
            continue
        if recommendation.locked:
            result.rows_skipped += 1
            result.skipped_rows.append(row.key)
            continue
        changed = False
        for field_name in ("households", "households_managed", "coverage_reported"):
            if getattr(recommendation, field_name) is None and getattr(row, field_name) is not None:
                setattr(recommendation, field_name, getattr(row, field_name))
                changed = True
        if not recommendation.contact and row.contact:
            recommendation.contact, changed = row.contact[:128], True
        if changed:
            recommendation.updated_at = now
        result.recommendations_updated += 1
        ids[key] = recommendation.id
        have = present.setdefault(recommendation.id, set())
        for item, claim in sorted(row.claims.items()):
            if item not in have:
                have.add(item)
                claims.append((recommendation.id, item, claim, row.claim_notes.get(item, "")))
    if new:
        # Core statements: the ORM's bulk path would spend more time than SQLite on these rows.
        columns = list(next(iter(new.values())))
        db.insert_rows(session, Recommendation.__table__, columns, [tuple(r.values()) for r in new.values()])
        new_ids = {
            community_id: recommendation_id
            for community_id, recommendation_id in session.execute(
                select(Recommendation.community_id, Recommendation.id).where(
                    Recommendation.import_batch_id == batch.id
                )
            )
        }
        for key, community_id in new_keys.items():
            ids[key] = new_ids[community_id]
        for community_id, items in new_claims.items():
            recommendation_id = new_ids[community_id]
            claims.extend((recommendation_id, item, claim, note) for item, (claim, note) in items.items())
    result.self_assessments += db.insert_rows(
        session, SelfAssessment.__table__, ("recommendation_id", "item_number", "claim", "note"), claims
    )
    audit.record_many(session, user=workspace.user, changes=changes)
    return ids


def _remember_mapping(session, workspace: Workspace, mapping: dict[str, str]) -> None:
    merged = {**saved_mapping(workspace, session), **mapping}
    put_setting(
        session, workspace.user, MAPPING_SETTING, json.dumps(merged, ensure_ascii=False, sort_keys=True)
    )
