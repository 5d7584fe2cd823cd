"""Quarterly progress report (季度进展情况) and annual results and work summary (年度创建成果和总结).

A document prints a snapshot's figures: the snapshot asked for, else the period's latest submitted
snapshot (what was reported stays what is printed), else figures computed now (by the one figures
engine, at the period's default as-of moment) and not stored. The as-of moment is in the subtitle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.progress import figures
from greendesk.core.reports import excel, forms, labels, office, official, pdf, snapshots
from greendesk.core.reports.labels import t
from greendesk.core.reports.official import FormFiller
from greendesk.core.reports.snapshots import ANNUAL, QUARTERLY, SnapshotView
from greendesk.core.workspace import Workspace

# Figures added after snapshots were first stored, printed empty for an older snapshot.
STORED_BEFORE: dict[str, Any] = {"passed_in_year": None}


@dataclass(frozen=True)
class ReportContent:
    kind: str
    period: str
    data: dict[str, Any]
    narrative: str
    state: str  # translated line: submitted on ... / draft taken on ...
    issued_on: date | None = None  # the 成文日期: the day it was submitted (None: not submitted)

    @property
    def title(self) -> str:
        district = self.data.get("district_name", "")
        if self.kind == QUARTERLY:
            period = labels.period_text(self.period)
            return t(labels.QUARTERLY_TITLE).format(district=district, period=period)
        return t(labels.ANNUAL_TITLE).format(district=district, year=self.period)

    @property
    def subtitle(self) -> str:
        as_of = t(labels.AS_OF).format(date=labels.as_of_text(self.data["as_of"]))
        return f"{as_of} · {self.state}" if self.state else as_of


def content_from_snapshot(snapshot: SnapshotView) -> ReportContent:
    submitted = snapshot.submitted_at
    if submitted is not None:
        state = t(labels.SUBMITTED_ON).format(date=submitted.isoformat(sep=" ", timespec="minutes"))
    else:
        state = t(labels.DRAFT).format(
            date=labels.as_of_text(snapshot.taken_at.isoformat(sep=" ", timespec="seconds"))
        )
    issued_on = submitted.date() if submitted is not None else None
    data = {**STORED_BEFORE, **snapshot.data}  # a snapshot from an older version lacks later figures
    return ReportContent(snapshot.kind, snapshot.period, data, snapshot.narrative, state, issued_on)


def resolve_content(
    workspace: Workspace,
    kind: str,
    period: str,
    snapshot_id: int | None = None,
    as_of: datetime | None = None,
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


def write_xlsx(content: ReportContent, path: Path, form: FormFiller) -> None:
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


@dataclass(frozen=True)
class Letterhead:
    """Who issues a report and under which 发文字号 (a draft prints its state in the number's place)."""

    office: office.OfficeDetails
    number: str
    addressee: str


def letterhead(workspace: Workspace, content: ReportContent) -> Letterhead:
    """The report's head: a submitted report gets its number (issued once, the same when printed again)."""
    details = office.read_office(workspace)
    if content.issued_on is not None:
        key = f"{content.kind}:{content.period}"
        number = office.issue_number(workspace, key, content.issued_on).text
    else:
        number = content.state or t(labels.DRAFT).format(date=labels.chinese_date(clock.today()))
    return Letterhead(details, number, office.superior_organ(workspace.district.code))


def write_pdf(content: ReportContent, path: Path, head: Letterhead) -> None:
    """The report as a 公文 to the municipal commission, its tables and charts as annexes."""
    annual = content.kind == ANNUAL
    data = content.data
    signed_on = content.issued_on or clock.today()
    audit_head = data.get("audit_head")  # older snapshots were taken before the head was recorded
    note = " ".join(
        part
        for part in (content.state, t(labels.AUDIT_HEAD).format(head=audit_head) if audit_head else "")
        if part
    )
    document = official.Official(
        office=head.office.name,
        number=head.number,
        signer=head.office.signer if content.issued_on is not None else "",  # 上行文, once issued
        title=content.title,
        addressee=head.addressee,
        body=[],
        signed_on=signed_on,
        filler=official.FormFiller(head.office.name, head.office.contact, head.office.phone, signed_on),
        note=note,
        keywords=pdf.keywords(audit_head),
    )
    narrative = content.narrative if annual or content.narrative else None
    pdf.write_report(Path(path), document, data, narrative, passed_list=annual)


def write_file(content: ReportContent, path: Path, form: FormFiller, head: Letterhead | None = None) -> None:
    """Excel or PDF, chosen by the file name's extension: ``form`` fills the Excel form's 填报 block, a PDF
    needs its ``letterhead``."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(content, path, form)
    elif suffix == ".pdf":
        if head is None:
            raise TypeError("a PDF report is written with its letterhead (documents.letterhead)")
        write_pdf(content, path, head)
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
    content = resolve_content(workspace, QUARTERLY, quarter, snapshot_id)
    write_pdf(content, path, letterhead(workspace, content))


def write_annual_xlsx(workspace: Workspace, year: int, path: Path, snapshot_id: int | None = None) -> None:
    write_xlsx(
        resolve_content(workspace, ANNUAL, str(year), snapshot_id), path, forms.form_details(workspace)
    )


def write_annual_pdf(workspace: Workspace, year: int, path: Path, snapshot_id: int | None = None) -> None:
    content = resolve_content(workspace, ANNUAL, str(year), snapshot_id)
    write_pdf(content, path, letterhead(workspace, content))


def export_report(
    workspace: Workspace,
    kind: str,
    period: str,
    path: Path,
    *,
    as_of: datetime | None = None,
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
    content = content_from_snapshot(snapshot)
    head = letterhead(workspace, content) if suffix == ".pdf" else None
    write_file(content, path, forms.snapshot_form(workspace, snapshot), head)
    return snapshot
