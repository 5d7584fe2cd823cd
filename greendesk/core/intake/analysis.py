"""Phase one of an import: read a package and say what would happen, without writing anything.

``analyse_package`` opens the package, reads every workbook (``workbook``), plans the rows
(``rows``) and the photos (``photo_plan``), and returns the ``ImportPlan`` the preview shows and
``apply_import`` writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import settings
from greendesk.core.base import spreadsheet
from greendesk.core.base.errors import Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.city import level
from greendesk.core.intake import supplement, workbook, year_check
from greendesk.core.intake.matching import registry_index
from greendesk.core.intake.package import OTHER, WORKBOOK, Entry, Package
from greendesk.core.intake.photo_plan import plan_photos
from greendesk.core.intake.plan import ImportPlan, normalize_mapping, saved_mapping
from greendesk.core.intake.problems import (
    ERROR,
    WARNING,
    Cancelled,
    Location,
    Problem,
    Progress,
    check_cancelled,
)
from greendesk.core.intake.rows import mark_existing, plan_rows
from greendesk.core.standards.library import get_standard
from greendesk.core.storage.models import ImportBatch
from greendesk.core.workspace import Workspace


class _Steps:
    """Progress over the package's entries (plus one), checking for a cancel at every step."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.total, self.done = total, 0
        self.progress, self.cancelled = progress, cancelled

    def __call__(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)
        check_cancelled(self.cancelled)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)


def analyse_package(
    workspace: Workspace,
    path: Path,
    year: int,
    batch: int = 1,
    mapping: dict[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    street: str | None = None,
) -> ImportPlan:
    """Read the package at ``path`` and plan its import for ``year``/``batch``; writes nothing."""
    level.require_district(workspace)
    path = Path(path)
    user_mapping = normalize_mapping(mapping)
    with Package(path, workspace.data_dir) as package, workspace.sessions() as session:
        step = _Steps(len(package.entries) + 1, progress, cancelled)
        columns = {**saved_mapping(workspace, session), **user_mapping}
        plan = _new_plan(workspace, session, package, year, batch, user_mapping)
        plan.problems.extend(package.problems)  # archives inside it that were not read
        step()
        if supplement.is_supplement(package):  # files only: for the year's existing recommendations
            supplement.plan_supplement(plan, package, session, step)
            _note_other_files(plan, package, step)
            step.finish()
            return plan
        sheet_rows = _read_workbooks(plan, package, columns, step)
        titles = " ".join([package.name, *(report.title for report in plan.sheets)])
        plan_rows(plan, sheet_rows, registry_index(session), street, titles)
        plan.problems.extend(year_check.year_problems(plan))
        mark_existing(plan, session)
        plan_photos(plan, package, session, step)
        _note_other_files(plan, package, step)
        if not plan.rows:
            plan.problems.append(_no_rows(package, sheet_rows))
        step.finish()
    return plan


def _new_plan(
    workspace: Workspace,
    session: Session,
    package: Package,
    year: int,
    batch: int,
    user_mapping: dict[str, str],
) -> ImportPlan:
    """An empty plan for the package, with the standard it is read against and any earlier import."""
    standard_id = settings.DEFAULT_STANDARD.read(session)
    standard = get_standard(standard_id, [workspace.standards_dir])
    plan = ImportPlan(
        source=str(package.path),
        source_name=package.name,
        kind=package.kind,
        content_sha256=package.content_sha256(),
        year=year,
        batch=batch,
        standard_id=standard.id,
        standard_sha256=standard.sha256,
        item_numbers=[item.number for item in standard.items],
        mapping=user_mapping,
        ignored=list(package.ignored),
    )
    plan.already_imported = session.scalar(
        select(ImportBatch.id).where(
            ImportBatch.content_sha256 == plan.content_sha256,
            ImportBatch.year == year,
            ImportBatch.batch == batch,
        )
    )
    return plan


def _read_workbooks(
    plan: ImportPlan, package: Package, columns: dict[str, str], step: _Steps
) -> list[workbook.SheetRow]:
    """Every sheet of every workbook in the package; the sheets' reports go on the plan."""
    workbooks = [entry for entry in package.entries if entry.kind == WORKBOOK]
    sheet_rows: list[workbook.SheetRow] = []
    for entry in workbooks:
        plan.workbook_sha256[entry.name] = package.entry_sha256(entry)
        for report, rows in _read_workbook(package, entry, package.label(entry.name), columns):
            plan.sheets.append(report)
            sheet_rows.extend(rows)
        step()
    return sheet_rows


def _read_workbook(
    package: Package, entry: Entry, label: str, columns: dict[str, str]
) -> Iterator[tuple[workbook.SheetReport, list[workbook.SheetRow]]]:
    try:
        with package.local_path(entry) as local:
            sheets = spreadsheet.iter_sheets(local)
    except ValidationError as error:  # name the entry inside the package, not the temporary copy
        raise ValidationError(error.template, **{**error.params, "file": label}) from None
    for sheet_name, rows in sheets:
        try:
            yield workbook.read_sheet(label, sheet_name, rows, columns)
        except spreadsheet.PASS_THROUGH:
            raise
        except BaseException as exc:  # a sheet nobody foresaw must not become a traceback
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file}: sheet '{sheet}' is damaged and cannot be read ({reason})."
                ),
                file=label,
                sheet=sheet_name,
                reason=type(exc).__name__,
            ) from None


def _note_other_files(plan: ImportPlan, package: Package, step: _Steps) -> None:
    for entry in package.entries:
        if entry.kind == OTHER:
            plan.problems.append(
                Problem(
                    WARNING,
                    "ignored_file",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "named as an archive but not a zip or 7z archive GreenDesk can read; ignored.",
                        )
                    ),
                    Location(package.label(entry.name)),
                )
            )
            step()


def _no_rows(package: Package, sheet_rows: list[workbook.SheetRow]) -> Problem:
    offered = any(row.recommend is not None for row in sheet_rows)
    return Problem(
        ERROR,
        "no_rows",
        Message(
            QT_TRANSLATE_NOOP("Errors", "no community is marked 是 in the 是否推荐 (recommended) column.")
            if offered
            else QT_TRANSLATE_NOOP(
                "Errors",
                "no recommended community found (no sheet has a header with a community name or code column).",
            )
        ),
        Location(package.name),
    )
