"""Review commands: decisions, rounds, return, resubmission, sign-off, unlock, evidence.

Every command is one committed transaction with its audit record, so the app can be killed at any
moment without losing a decision.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import audit
from greendesk.core.base import clock
from greendesk.core.base.errors import GreenDeskError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.panel import findings as findings_codec
from greendesk.core.review import decisions, guards, workflow
from greendesk.core.review.scoring import coverage_of, measure, rule_limit
from greendesk.core.review.views import ItemState, build_view, current_result, find_recommendation
from greendesk.core.review.vocabulary import (
    APPROVER,
    FAIL,
    MORE,
    OUTCOMES,
    PASS,
    RESUBMITTED,
    RETURNED,
    REVIEWER,
    SIGNED_OFF,
    UNDER_REVIEW,
)
from greendesk.core.review.workflow import WorkflowError
from greendesk.core.safety import backup
from greendesk.core.standards import frozen
from greendesk.core.standards.model import Item
from greendesk.core.storage import photos
from greendesk.core.storage.images import DISPLAY_ROTATIONS
from greendesk.core.storage.models import Decision, Evidence, Photo, Recommendation
from greendesk.core.workspace import Workspace


def set_status(
    session: Session, workspace: Workspace, recommendation: Recommendation, code: str, new: str
) -> None:
    _record(session, workspace, status_change(recommendation, code, new))


def status_change(recommendation: Recommendation, code: str, new: str) -> audit.Change | None:
    """Set the status; returns the entry that records it (None: it had that status already)."""
    old = recommendation.status
    if old == new:
        return None
    recommendation.status = new
    recommendation.updated_at = clock.now()
    return audit.Change(
        "review.status",
        "recommendation",
        code,
        old={"status": old},
        new={"status": new, "year": recommendation.year, "round": recommendation.current_round},
    )


def reset_approval(session: Session, workspace: Workspace, recommendation: Recommendation, code: str) -> None:
    """A change after an unlock withdraws the earlier sign-off."""
    _record(session, workspace, approval_reset_change(recommendation, code))


def approval_reset_change(recommendation: Recommendation, code: str) -> audit.Change | None:
    """Withdraw the sign-off; returns the entry that records it (None: there was none to withdraw)."""
    if not recommendation.signed_off_by and recommendation.status != SIGNED_OFF:
        return None
    old = {
        "signed_off_by": recommendation.signed_off_by,
        "signed_off_at": recommendation.signed_off_at,
    }
    recommendation.signed_off_by = ""
    recommendation.signed_off_at = None
    return audit.Change(
        "review.approval_reset", "recommendation", code, old=old, new={"year": recommendation.year}
    )


def _record(session: Session, workspace: Workspace, change: audit.Change | None) -> None:
    if change is not None:
        audit.record_many(session, user=workspace.user, changes=[change])


def decide(
    workspace: Workspace, code: str, item: int, outcome: str, comment: str = "", year: int | None = None
) -> ItemState:
    """Save one decision at once (new row + audit), opening the review if it was not opened yet."""
    return decide_many(workspace, code, [(item, outcome, comment)], year)[0]


def decide_many(
    workspace: Workspace,
    code: str,
    choices: Sequence[tuple[int, str, str]],
    year: int | None = None,
    read_back: bool = True,
    findings: Mapping[int, str] | None = None,
) -> list[ItemState]:
    """Save several decisions on one community as one action (one transaction): all or none.

    ``choices`` are (item, outcome, comment), ``findings`` the items' findings text (scored by rules);
    returns the items' states afterwards, in that order
    (nothing when not ``read_back``: a batch that shows nothing spares building the read model).
    The rows are flushed and their audit entries chained once for the whole action: the entries are
    those (and in the order) one decision after another would record.
    """
    guards.reviewer(workspace, REVIEWER)
    for _item, outcome, _comment in choices:
        _check_outcome(outcome)
    with workspace.transaction() as session:
        recommendation = find_recommendation(session, code, year)
        workflow.require(workflow.DECIDE, recommendation, code)
        standard = frozen.for_recommendation(session, recommendation, [workspace.standards_dir])
        state = decisions.for_recommendation(session, recommendation)  # read once, kept current below
        changes: list[audit.Change] = []
        for item, outcome, comment in choices:
            choice = (standard.item(item), outcome, comment.strip(), (findings or {}).get(item))
            _record_decision(session, workspace, recommendation, code, choice, state, changes)
        if changes:
            audit.record_many(session, user=workspace.user, changes=changes)
        session.flush()
        if not read_back:
            return []
        view = build_view(workspace, session, recommendation)
        return [view.item(item) for item, _outcome, _comment in choices]


def _check_outcome(outcome: str) -> None:
    if outcome not in OUTCOMES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown outcome '{outcome}' (use one of {choices})."),
            outcome=outcome,
            choices=", ".join(OUTCOMES),
        )


def _record_decision(
    session: Session,
    workspace: Workspace,
    recommendation: Recommendation,
    code: str,
    choice: tuple[Item, str, str, str | None],
    state: decisions.RecommendationDecisions,
    changes: list[audit.Change],
) -> None:
    """One decision row and its audit entries (added to ``changes``); nothing when the item already has
    this outcome, comment and findings. ``state``: the decisions as of now; the new row is added to it."""
    standard_item, outcome, comment, found = choice
    item = standard_item.number
    measured, rule_ok = measure(standard_item, coverage_of(recommendation, recommendation.community))
    if outcome == PASS and rule_ok is False and standard_item.rule is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Item {item} requires {rule}; the measured value is {value}, so it cannot be marked as met.",
            ),
            item=item,
            rule=rule_limit(standard_item),
            value=f"{measured:g}{standard_item.rule.unit}",
        )
    guards.check_comment(item, outcome, comment)
    previous = state.own(item)
    if previous is not None and (previous.outcome, previous.comment, previous.findings_json) == choice[1:]:
        return  # nothing changed
    row_choice = (item, outcome, comment, measured, found)
    row = _append_decision(session, workspace, recommendation, code, row_choice, previous, None, changes)
    state.latest[(row.round, item)] = row


def write_decision(
    session: Session,
    workspace: Workspace,
    recommendation: Recommendation,
    code: str,
    item: int,
    outcome: str,
    comment: str,
    measured: float | None,
    extra: dict[str, Any] | None = None,
    findings: str | None = None,
) -> Decision:
    """Append one decision row with its ``review.decide`` entry (``extra`` adds to the entry), no checks:
    the checked path is ``decide``; undo and clear (``core.review.undo``) write through here too."""
    previous = decisions.for_recommendation(session, recommendation).own(item)
    changes: list[audit.Change] = []
    choice = (item, outcome, comment, measured, findings)
    row = _append_decision(session, workspace, recommendation, code, choice, previous, extra, changes)
    audit.record_many(session, user=workspace.user, changes=changes)
    return row


def _append_decision(
    session: Session,
    workspace: Workspace,
    recommendation: Recommendation,
    code: str,
    choice: tuple[int, str, str, float | None, str | None],
    previous: Decision | None,
    extra: dict[str, Any] | None,
    changes: list[audit.Change],
) -> Decision:
    """The row, its entries added to ``changes`` (the caller records them), ``previous`` being the item's
    own latest row this round (what it replaces)."""
    item, outcome, comment, measured, findings = choice
    now = clock.now()
    row = Decision(
        recommendation_id=recommendation.id,
        round=recommendation.current_round,
        item_number=item,
        outcome=outcome,
        comment=comment,
        measured_value=measured,
        findings_json=findings,
        decided_by=workspace.user,
        decided_at=now,
    )
    session.add(row)
    if extra:
        session.flush()  # an undo's entry names its own row
    new = {
        "year": recommendation.year,
        "round": recommendation.current_round,
        "item": item,
        "outcome": outcome,
        "comment": comment,
        "measured_value": measured,
        **findings_codec.audit_form(findings),
        **({"row": row.id, **extra} if extra else {}),
    }
    old = None
    if previous is not None:
        found = findings_codec.audit_form(previous.findings_json)
        old = {"outcome": previous.outcome, "comment": previous.comment, **found}
    changes.append(audit.Change("review.decide", "recommendation", code, old=old, new=new))
    for change in (
        approval_reset_change(recommendation, code),
        status_change(recommendation, code, UNDER_REVIEW),
    ):
        if change is not None:
            changes.append(change)
    recommendation.updated_at = now
    return row


def finish_round(workspace: Workspace, code: str, year: int | None = None) -> str:
    """Close the round by the standard's result: passed, failed, or returned when material is missing."""
    guards.reviewer(workspace, REVIEWER)
    with workspace.transaction() as session:
        recommendation = find_recommendation(session, code, year)
        workflow.require(workflow.FINISH, recommendation, code)
        result, outcomes = current_result(workspace, session, recommendation)
        if result.passed is None:
            undecided = [str(number) for number, outcome in outcomes.items() if outcome is None]
            raise WorkflowError(
                QT_TRANSLATE_NOOP("Errors", "{code}: items {items} are not decided yet."),
                code=code,
                items=", ".join(undecided),
            )
        new_status = guards.finish_status(result)
        audit.record(
            session,
            user=workspace.user,
            action="review.finish_round",
            entity="recommendation",
            key=code,
            new={
                "year": recommendation.year,
                "round": recommendation.current_round,
                "result": result.to_dict(),
            },
        )
        set_status(session, workspace, recommendation, code, new_status)
        return new_status


def return_for_rework(workspace: Workspace, code: str, year: int | None = None) -> list[ItemState]:
    """Send the community back to its street; returns the items that failed or need more material."""
    guards.reviewer(workspace, REVIEWER)
    with workspace.transaction() as session:
        recommendation = find_recommendation(session, code, year)
        workflow.require(workflow.RETURN, recommendation, code)
        view = build_view(workspace, session, recommendation)
        to_rework = [item for item in view.items if item.outcome in (FAIL, MORE)]
        if not to_rework:
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{code} has no failed item and no item needing more material to return."
                ),
                code=code,
            )
        audit.record(
            session,
            user=workspace.user,
            action="review.return",
            entity="recommendation",
            key=code,
            new={
                "year": recommendation.year,
                "round": recommendation.current_round,
                "items": [item.number for item in to_rework],
            },
        )
        set_status(session, workspace, recommendation, code, RETURNED)
        return to_rework


def resubmit(workspace: Workspace, code: str, year: int | None = None) -> int:
    """The street handed in reworked material: the next round starts; returns its number."""
    guards.reviewer(workspace, REVIEWER)
    backup.back_up_before_bulk_step(
        workspace.data_dir, "round-change"
    )  # a round change is a bulk step: back up first
    with workspace.transaction() as session:
        recommendation = find_recommendation(session, code, year)
        workflow.require(workflow.RESUBMIT, recommendation, code)
        recommendation.current_round += 1
        audit.record(
            session,
            user=workspace.user,
            action="review.resubmit",
            entity="recommendation",
            key=code,
            new={"year": recommendation.year, "round": recommendation.current_round},
        )
        set_status(session, workspace, recommendation, code, RESUBMITTED)
        return recommendation.current_round


def sign_off(workspace: Workspace, code: str, password: str, year: int | None = None) -> None:
    """The signed-in approver confirms a passed review (re-entering their password); it is then locked."""
    guards.confirmed_reviewer(workspace, password, APPROVER)
    _sign_off_confirmed(workspace, code, year)


def sign_off_many(
    workspace: Workspace, targets: Sequence[tuple[str, int | None]], password: str
) -> list[GreenDeskError | None]:
    """Several sign-offs after one password re-entry (a batch the approver chose); each is its own
    action with its own checks. Returns, per target in order, what stopped it (None: signed off)."""
    guards.confirmed_reviewer(workspace, password, APPROVER)
    outcomes: list[GreenDeskError | None] = []
    for code, year in targets:
        try:
            _sign_off_confirmed(workspace, code, year)
        except GreenDeskError as error:
            outcomes.append(error)
        else:
            outcomes.append(None)
    return outcomes


def _sign_off_confirmed(workspace: Workspace, code: str, year: int | None) -> None:
    approver = guards.reviewer(workspace, APPROVER)  # the role is checked again for each one
    with workspace.transaction() as session:
        recommendation = find_recommendation(session, code, year)
        workflow.require(workflow.SIGN_OFF, recommendation, code)
        now = clock.now()
        recommendation.signed_off_by = approver.username
        recommendation.signed_off_at = now
        recommendation.locked = True
        audit.record(
            session,
            user=approver.username,
            action="review.sign_off",
            entity="recommendation",
            key=code,
            new={
                "year": recommendation.year,
                "round": recommendation.current_round,
                "at": now,
                "signed_off_by": recommendation.signed_off_by,  # what check's replay compares
            },
        )
        set_status(session, workspace, recommendation, code, SIGNED_OFF)


def unlock(workspace: Workspace, code: str, reason: str, password: str, year: int | None = None) -> None:
    """Open a signed-off recommendation for changes again; who and why go into the audit log."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unlocking needs a reason."))
    approver = guards.confirmed_reviewer(workspace, password, APPROVER)
    with workspace.transaction() as session:
        recommendation = find_recommendation(session, code, year)
        workflow.require(workflow.UNLOCK, recommendation, code)
        recommendation.locked = False
        recommendation.updated_at = clock.now()
        audit.record(
            session,
            user=approver.username,
            action="review.unlock",
            entity="recommendation",
            key=code,
            old={"locked": True, "signed_off_by": recommendation.signed_off_by},
            new={"locked": False, "reason": reason, "year": recommendation.year},
        )


def attach_photo(
    workspace: Workspace,
    code: str,
    item: int,
    source: Path | bytes,
    name: str,
    caption: str = "",
    year: int | None = None,
) -> tuple[str, bool]:
    """Store a photo and attach it to an item; returns (sha256, newly attached)."""
    guards.reviewer(workspace, REVIEWER)
    with photos.staged(workspace.layout.photo_staging) as stage, workspace.transaction() as session:
        recommendation = find_recommendation(session, code, year)
        workflow.require(workflow.ATTACH, recommendation, code)
        frozen.for_recommendation(session, recommendation, [workspace.standards_dir]).item(item)
        photo, _ = photos.store(session, workspace.photos_dir, source, name, stage)
        session.flush()
        exists = session.scalar(
            select(Evidence.id).where(
                Evidence.recommendation_id == recommendation.id,
                Evidence.item_number == item,
                Evidence.photo_sha256 == photo.sha256,
            )
        )
        if exists is not None:
            return photo.sha256, False
        session.add(
            Evidence(
                recommendation_id=recommendation.id,
                item_number=item,
                photo_sha256=photo.sha256,
                original_name=Path(name).name,
                caption=caption,
                source="review",
                added_at=clock.now(),
                added_by=workspace.user,
            )
        )
        audit.record(
            session,
            user=workspace.user,
            action="review.attach_photo",
            entity="recommendation",
            key=code,
            new={"year": recommendation.year, "item": item, "photo": photo.sha256, "name": Path(name).name},
        )
        reset_approval(session, workspace, recommendation, code)
        if recommendation.status == SIGNED_OFF:
            set_status(session, workspace, recommendation, code, UNDER_REVIEW)
        return photo.sha256, True


def attach_evidence(
    workspace: Workspace, code: str, year: int | None, item: int, paths: list[Path]
) -> list[tuple[str, str, bool]]:
    """Attach files to an item of an existing recommendation, all in one transaction.

    Returns (file name, sha256, newly attached) per file; a file already on the item is not
    attached twice. A signed-off (locked) recommendation is refused: unlock it first. Every file
    is read before anything is written, so an unreadable one leaves the workspace unchanged.
    """
    guards.reviewer(workspace, REVIEWER)
    _check_readable(paths)
    attached: list[tuple[str, str, bool]] = []
    with photos.staged(workspace.layout.photo_staging) as stage, workspace.transaction() as session:
        recommendation = find_recommendation(session, code, year)
        workflow.require(workflow.ATTACH, recommendation, code)
        if recommendation.locked:
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{code} is signed off for {year}; unlock it before attaching files."
                ),
                code=code,
                year=recommendation.year,
            )
        frozen.for_recommendation(session, recommendation, [workspace.standards_dir]).item(item)
        present = set(
            session.scalars(
                select(Evidence.photo_sha256).where(
                    Evidence.recommendation_id == recommendation.id, Evidence.item_number == item
                )
            )
        )
        now = clock.now()
        for path in paths:
            photo, _added = photos.store(session, workspace.photos_dir, Path(path), Path(path).name, stage)
            new = photo.sha256 not in present
            attached.append((Path(path).name, photo.sha256, new))
            if new:
                present.add(photo.sha256)
                session.add(
                    Evidence(
                        recommendation_id=recommendation.id,
                        item_number=item,
                        photo_sha256=photo.sha256,
                        original_name=Path(path).name[:512],
                        caption="",
                        source="review",
                        added_at=now,
                        added_by=workspace.user,
                    )
                )
        session.flush()
        audit.record(
            session,
            user=workspace.user,
            action="review.attach_evidence",
            entity="recommendation",
            key=code,
            new={
                "year": recommendation.year,
                "round": recommendation.current_round,
                "item": item,
                "files": [{"name": name, "sha256": sha, "attached": new} for name, sha, new in attached],
            },
        )
        return attached


def _check_readable(paths: list[Path]) -> None:
    """Every file exists and can be opened, or a message naming the first that cannot."""
    if not paths:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "No file to attach was given."))
    for path in paths:
        try:
            with open(path, "rb") as handle:
                handle.read(1)
        except OSError as error:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{file} cannot be read: {reason}"),
                file=str(path),
                reason=error.strerror or str(error),
            ) from None


# A hash prefix this long or longer may stand for the full SHA-256 when it names one stored file.
MIN_HASH_PREFIX = 8


def find_photo(session: Session, sha256: str) -> Photo:
    """The stored file by its SHA-256 (or a unique prefix of at least 8 hex digits)."""
    key = sha256.strip().lower()
    photo = session.get(Photo, key)
    if photo is None and len(key) >= MIN_HASH_PREFIX:
        found = list(session.scalars(select(Photo).where(Photo.sha256.startswith(key)).limit(2)))
        photo = found[0] if len(found) == 1 else None
    if photo is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "No stored photo has the hash {sha256}."), sha256=sha256
        )
    return photo


def rotate_display(workspace: Workspace, sha256: str, degrees: int) -> int:
    """Turn a photo whose orientation data is wrong by ``degrees`` clockwise, for display only.

    The original's bytes never change (its hash is its identity); thumbnails, print copies and the
    viewer honour ``Photo.display_rotation`` (renditions are re-derived when next used, as their
    records name the rotation they were made with). One transaction with its audit entry; returns
    the new rotation (0, 90, 180 or 270). A display change, not an evidence change, so it neither
    withdraws a sign-off nor is refused by a lock.
    """
    guards.reviewer(workspace, REVIEWER)
    if degrees % 90:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A photo turns in steps of 90 degrees, not {degrees}."),
            degrees=degrees,
        )
    with workspace.transaction() as session:
        photo = find_photo(session, sha256)
        if photo.kind != "image":
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{sha256} is not an image; only images can be turned."),
                sha256=photo.sha256,
            )
        old = photo.display_rotation if photo.display_rotation in DISPLAY_ROTATIONS else 0
        new = (old + degrees) % 360
        if new == photo.display_rotation:
            return new
        photo.display_rotation = new
        audit.record(
            session,
            user=workspace.user,
            action="review.rotate_display",
            entity="photo",
            key=photo.sha256,
            old={"display_rotation": old},
            new={"display_rotation": new},
        )
        return new
