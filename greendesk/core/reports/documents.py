"""Quarterly progress report (季度进展情况) and annual results and work summary (年度创建成果和总结).

A document prints a snapshot's figures: the snapshot asked for, else the period's latest submitted
snapshot (what was reported stays what is printed), else figures computed now and not stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.progress import figures
from greendesk.core.reports import excel, forms, labels, pdf, snapshots
from greendesk.core.reports.forms import FormDetails
from greendesk.core.reports.labels import t
from greendesk.core.reports.snapshots import ANNUAL, QUARTERLY, SnapshotView
from greendesk.core.workspace import Workspace


@dataclass(frozen=True)
class ReportContent:
    kind: str
    period: str
    data: dict[str, Any]
    narrative: str
    state: str  # translated line: submitted on ... / draft taken on ...

    @property
    def title(self) -> str:
        district = self.data.get("district_name", "")
        if self.kind == QUARTERLY:
            return t(labels.QUARTERLY_TITLE).format(district=district, period=self.period)
        return t(labels.ANNUAL_TITLE).format(district=district, year=self.period)

    @property
    def subtitle(self) -> str:
        as_of = t(labels.AS_OF).format(date=self.data["as_of"])
        return f"{as_of} · {self.state}" if self.state else as_of


def content_from_snapshot(snapshot: SnapshotView) -> ReportContent:
    if snapshot.submitted_at is not None:
        state = t(labels.SUBMITTED_ON).format(date=snapshot.submitted_at.isoformat(sep=" "))
    else:
        state = t(labels.DRAFT).format(date=snapshot.taken_at.isoformat(sep=" "))
    return ReportContent(snapshot.kind, snapshot.period, snapshot.data, snapshot.narrative, state)


def resolve_content(
    workspace: Workspace, kind: str, period: str, snapshot_id: int | None = None, as_of: date | None = None
) -> ReportContent:
    if snapshot_id is not None:
        snapshot = snapshots.get_snapshot(workspace, snapshot_id)
        return content_from_snapshot(snapshot)
    period = snapshots.normalize_period(kind, period)
    submitted = snapshots.latest_snapshot(workspace, kind, period, submitted_only=True)
    if submitted is not None:
        return content_from_snapshot(submitted)
    latest = snapshots.latest_snapshot(workspace, kind, period)
    as_of = as_of or snapshots.default_as_of(kind, period)
    data = figures.compute(workspace, int(period[:4]), as_of).to_dict()
    return ReportContent(kind, period, data, latest.narrative if latest else "", "")


def write_xlsx(content: ReportContent, path: Path, form: FormDetails) -> None:
    annual = content.kind == ANNUAL
    excel.write_progress_workbook(
        content.data,
        Path(path),
        content.title,
        content.subtitle,
        form=form,
        passed_list=annual,
        narrative=content.narrative if annual or content.narrative else None,
    )


def write_pdf(content: ReportContent, path: Path, extra_lines: tuple[str, ...] | list[str] = ()) -> None:
    annual = content.kind == ANNUAL

    def build(styles):
        story = pdf.progress_story(content.data, styles)
        if annual or content.narrative:
            story += pdf.narrative_story(content.narrative, styles)
        if annual:
            story += pdf.passed_story(content.data, styles)
        return story

    head = content.data.get("audit_head")
    if head:  # older snapshots were taken before the head was recorded
        extra_lines = [*extra_lines, t(labels.AUDIT_HEAD).format(head=head)]
    pdf.write_pdf(Path(path), content.title, content.subtitle, build, extra_lines)


def write_file(content: ReportContent, path: Path, form: FormDetails) -> None:
    """Excel or PDF, chosen by the file name's extension; ``form`` fills the Excel form's 填报 block."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(content, path, form)
    elif suffix == ".pdf":
        write_pdf(content, path)
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file}: reports are written as .xlsx or .pdf."), file=Path(path).name
        )


def write_quarterly_xlsx(
    workspace: Workspace, quarter: str, path: Path, snapshot_id: int | None = None
) -> None:
    write_xlsx(
        resolve_content(workspace, QUARTERLY, quarter, snapshot_id), path, forms.form_details(workspace)
    )


def write_quarterly_pdf(
    workspace: Workspace, quarter: str, path: Path, snapshot_id: int | None = None
) -> None:
    write_pdf(resolve_content(workspace, QUARTERLY, quarter, snapshot_id), path)


def write_annual_xlsx(workspace: Workspace, year: int, path: Path, snapshot_id: int | None = None) -> None:
    write_xlsx(
        resolve_content(workspace, ANNUAL, str(year), snapshot_id), path, forms.form_details(workspace)
    )


def write_annual_pdf(workspace: Workspace, year: int, path: Path, snapshot_id: int | None = None) -> None:
    write_pdf(resolve_content(workspace, ANNUAL, str(year), snapshot_id), path)


def export_report(
    workspace: Workspace,
    kind: str,
    period: str,
    path: Path,
    *,
    as_of: date | None = None,
    narrative: str | None = None,
    submit: bool = False,
    new: bool = False,
) -> SnapshotView:
    """Snapshot (or reuse the submitted snapshot), write ``path`` (.xlsx/.pdf), optionally submit.

    A period already submitted prints its submitted snapshot (submitting again is refused). Should
    writing the file fail after submitting, exporting again prints the same submitted snapshot.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file}: reports are written as .xlsx or .pdf."), file=Path(path).name
        )
    snapshot = snapshots.report_snapshot(
        workspace, kind, period, as_of=as_of, narrative=narrative, submit=submit, new=new
    )
    write_file(content_from_snapshot(snapshot), path, forms.snapshot_form(workspace, snapshot))
    return snapshot
