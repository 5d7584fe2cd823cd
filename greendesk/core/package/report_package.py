"""A submitted quarterly or annual report as a signed package (季度进展 / 年度总结 材料包).

The same BagIt form and package key as the application package (written through ``signed_bag``),
holding the report's own PDF and Excel, printed from the submitted snapshot, and
``greendesk-data.json`` with the snapshot's frozen figures and every community of the year in the
status it had at the report's as-of moment, so the municipal workspace imports what was reported.
Only a submitted report leaves the office this way: a draft may still change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import accounts
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.package import signing
from greendesk.core.package.bag import (
    ANNUAL_REPORT,
    PACKAGE_DATA,
    QUARTERLY_REPORT,
    YEAR_FIELD,
    BagZipWriter,
)
from greendesk.core.package.data import build_package_data, community_entry, encode_package_data, period_of
from greendesk.core.package.naming import safe_component
from greendesk.core.package.signed_bag import LogState, common_bag_info, require_sound_log, write_signed_zip
from greendesk.core.progress import figures, history
from greendesk.core.publicity.naming import namings_by_recommendation
from greendesk.core.reports import documents, forms, snapshots
from greendesk.core.reports.snapshots import SnapshotView
from greendesk.core.review import decisions, vocabulary
from greendesk.core.review.views import result_by_rule
from greendesk.core.review.vocabulary import APPROVER
from greendesk.core.standards import frozen
from greendesk.core.storage.models import Community, Recommendation, Street
from greendesk.core.workspace import Workspace

PACKAGE_KINDS = {snapshots.QUARTERLY: QUARTERLY_REPORT, snapshots.ANNUAL: ANNUAL_REPORT}
SNAPSHOT_FIELD = "GreenDesk-Report-Snapshot"
SUBMITTED_FIELD = "GreenDesk-Report-Submitted"
# A review with a result: its points are final (under review or returned, they are a running total).
SCORED_STATUSES = (vocabulary.PASSED, vocabulary.FAILED, vocabulary.SIGNED_OFF, vocabulary.REVOKED)


@dataclass(frozen=True)
class ReportPackageResult:
    path: Path
    bag_name: str
    kind: str
    period: str
    communities: int
    fingerprint: str
    size: int

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "path": str(self.path)}


def _quarter(snapshot: SnapshotView) -> int | None:
    return snapshots.parse_quarter(snapshot.period)[1] if snapshot.kind == snapshots.QUARTERLY else None


def _as_of(snapshot: SnapshotView) -> datetime:
    """The snapshot's exact as-of moment (older snapshots kept only its day: its end)."""
    try:
        return datetime.fromisoformat(str(snapshot.data["as_of"]))
    except (KeyError, ValueError):
        return figures.end_of_day(snapshot.as_of)


def communities_at(
    session: Session, year: int, as_of: datetime, standards_dirs: Iterable[Path] = ()
) -> list[dict[str, Any]]:
    """Every community recommended for ``year`` by ``as_of``, in the status and round it had then.

    Statuses come from the same audit-log timelines the figures engine reads (``progress.history``);
    namings count once recorded by then; a scored standard's points are those of the decisions that
    counted then, once the review had a result (``SCORED_STATUSES``). No evidence lists: the report
    packages stay small.
    """
    rows = list(
        session.execute(
            select(Recommendation, Community, Street)
            .join(Community, Community.id == Recommendation.community_id)
            .join(Street, Street.id == Community.street_id)
            .where(Recommendation.year == year)
            .order_by(Street.code, Community.code, Recommendation.id)
        )
    )
    recommendations = [recommendation for recommendation, _c, _s in rows]
    codes = {community.id: community.code for _r, community, _s in rows}
    timelines = history.read_timelines(session, recommendations, codes)
    rounds = {r.id: timelines[r.id].round_at(as_of) for r in recommendations}
    rules = decisions.for_recommendations(session, recommendations, until=as_of, rounds_then=rounds)
    named = namings_by_recommendation(session, as_of)
    entries: dict[str, dict[str, Any]] = {}  # by code: a later recommendation of the year replaces one
    for recommendation, community, street in rows:
        timeline = timelines[recommendation.id]
        status = timeline.status_at(as_of)
        if status is None:
            continue
        signed = recommendation.signed_off_at if status == vocabulary.SIGNED_OFF else None
        entries[community.code] = community_entry(
            code=community.code,
            name=community.name,
            street_code=street.code,
            street_name=street.name,
            status=status,
            passed=status in history.PASSED_STATUSES,
            score=_score(session, recommendation, rules[recommendation.id], standards_dirs)
            if status in SCORED_STATUSES
            else None,
            round=rounds[recommendation.id],
            signed_off_at=signed,
            named=named.get(recommendation.id),
            evidence=[],
        )
    return list(entries.values())


def _score(
    session: Session,
    recommendation: Recommendation,
    rule: decisions.RecommendationDecisions,
    standards_dirs: Iterable[Path],
) -> float | None:
    """The points of a scored standard's review under ``rule`` (the review screen's own computation)."""
    standard = frozen.for_recommendation(session, recommendation, standards_dirs)
    if standard.mode != "scored":
        return None
    return result_by_rule(standard, rule)[0].score


def _submitted(workspace: Workspace, snapshot_id: int) -> SnapshotView:
    snapshot = snapshots.get_snapshot(workspace, snapshot_id)
    if not snapshot.submitted:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Report snapshot {id} ({period}) is a draft: only a submitted report is packaged "
                "(greendesk report submit {id}).",
            ),
            id=snapshot.id,
            period=snapshot.period,
        )
    return snapshot


def _bag_info(
    workspace: Workspace, snapshot: SnapshotView, root: str, period: str, log: LogState, fingerprint: str
) -> list[tuple[str, str]]:
    district = workspace.district
    title = "季度进展情况" if snapshot.kind == snapshots.QUARTERLY else "年度创建成果和总结"
    head, tail = common_bag_info(
        workspace,
        root,
        f"绿色社区创建{title} {district.name} {period}",
        PACKAGE_KINDS[snapshot.kind],
        period,
        log,
        fingerprint,
    )
    submitted = snapshot.submitted_at.isoformat() if snapshot.submitted_at else ""
    own = [(YEAR_FIELD, str(snapshot.year)), (SNAPSHOT_FIELD, str(snapshot.id)), (SUBMITTED_FIELD, submitted)]
    return [*head, *own, *tail]


def export_report_package(workspace: Workspace, snapshot_id: int, out_dir: Path | str) -> ReportPackageResult:
    """Write the signed package of submitted report ``snapshot_id`` into ``out_dir`` (named by its bag)."""
    accounts.require(workspace, APPROVER)
    snapshot = _submitted(workspace, snapshot_id)
    content = documents.content_from_snapshot(snapshot)
    letterhead = documents.letterhead(workspace, content)  # issues the 发文字号 once: before the log is read
    form = forms.snapshot_form(workspace, snapshot)
    as_of, quarter, kind = _as_of(snapshot), _quarter(snapshot), PACKAGE_KINDS[snapshot.kind]
    with workspace.snapshot() as session:
        communities = communities_at(session, snapshot.year, as_of, [workspace.standards_dir])
        log = require_sound_log(session, workspace.data_dir)
    district = workspace.district
    package_data = build_package_data(
        kind=kind,
        district_code=district.code,
        district_name=district.name,
        year=snapshot.year,
        quarter=quarter,
        as_of=as_of,
        figures=snapshot.data,  # frozen when submitted: what was reported, whatever changed since
        communities=communities,
    )
    period = period_of(kind, snapshot.year, None, quarter)
    root = f"greendesk_{district.code}_{period}_{kind}"
    fingerprint = signing.fingerprint(signing.load_or_create_key(workspace.data_dir).public_key())
    out_path = Path(out_dir) / f"{root}.zip"
    name = safe_component(content.title)

    def fill(writer: BagZipWriter, staging: Path) -> None:
        writer.add_bytes(PACKAGE_DATA, encode_package_data(package_data))
        pdf_path, xlsx_path = staging / f"{name}.pdf", staging / f"{name}.xlsx"
        documents.write_pdf(content, pdf_path, letterhead)
        documents.write_xlsx(content, xlsx_path, form)
        writer.add_file(pdf_path.name, pdf_path, stored=False, cancelled=lambda: False)
        writer.add_file(xlsx_path.name, xlsx_path, stored=False, cancelled=lambda: False)

    info = _bag_info(workspace, snapshot, root, period, log, fingerprint)
    size = write_signed_zip(workspace, out_path, root, info, fill, log)
    return ReportPackageResult(out_path, root, kind, period, len(communities), fingerprint, size)
