"""Exporting the district application package (申报材料) of a year/batch as a signed BagIt zip.

The zip is written under a temporary name beside the target and renamed only when complete, so
a failure or a cancel never leaves a half-written package under the final name. That name is noted
in the workspace first and the working files go to the workspace's ``tmp/``, so what a killed export
leaves is removed at the next start or export (safety.leftovers).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from PIL import Image as PILImage

from greendesk.core import accounts
from greendesk.core.base import clock
from greendesk.core.base.errors import GreenDeskError, ValidationError
from greendesk.core.base.i18n import DOCUMENT_LANGUAGE, QT_TRANSLATE_NOOP
from greendesk.core.package import documents, signing
from greendesk.core.package.bag import (
    APPLICATION,
    BATCH_FIELD,
    PACKAGE_DATA,
    YEAR_FIELD,
    BagZipWriter,
    ExportCancelled,
    application_period,
)
from greendesk.core.package.data import build_package_data, encode_package_data, record_entry
from greendesk.core.package.naming import item_folder, photo_name, safe_component
from greendesk.core.package.records import CommunityRecord, PhotoRecord, signed_off_records
from greendesk.core.package.signed_bag import LogState, common_bag_info, require_sound_log, write_signed_zip
from greendesk.core.package.workbook import tr, write_summary_workbook
from greendesk.core.progress import figures
from greendesk.core.publicity.naming import namings_by_recommendation
from greendesk.core.reports import forms
from greendesk.core.reports.summary import write_district_summary_pdf
from greendesk.core.review.vocabulary import APPROVER
from greendesk.core.storage import photos
from greendesk.core.workspace import Workspace

SUMMARY_WORKBOOK = "汇总表.xlsx"
SUMMARY_PDF = "区级汇总.pdf"
RECORDS_DIR = "审核记录"
PHOTOS_DIR = "photos"

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bag_name: str
    communities: int
    passed: int
    photos: int
    fingerprint: str
    size: int

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "path": str(self.path)}


def record_pdf_name(record: CommunityRecord) -> str:
    return safe_component(f"{record.code}_{record.name}.pdf")


def bag_name(district_code: str, year: int, batch: int | None) -> str:
    return f"greendesk_{district_code}_{year}_" + (f"batch{batch}" if batch is not None else "all")


def _summary_lines(
    records: Sequence[CommunityRecord],
    progress: figures.Progress,
    fingerprint: str,
    audit_head: str,
    batch: int | None,
    language: str,
) -> list[tuple[str, str]]:
    """The package's own lines under the summary's figures (which count the same moment's data).

    The package holds the year's signed-off communities: with every batch and all of them in scope,
    exactly the "signed off" row of the summary's status table. Out-of-scope ones are named apart,
    since no figure above counts them.
    """
    counted = {community.code for community in progress.passed_communities}
    lines = [
        (
            tr(QT_TRANSLATE_NOOP("Package", "Batch"), language),
            str(batch) if batch is not None else tr(QT_TRANSLATE_NOOP("Package", "all"), language),
        ),
        (tr(QT_TRANSLATE_NOOP("Package", "Communities in this package"), language), str(len(records))),
    ]
    outside = [record.code for record in records if record.code not in counted]
    if outside:
        lines.append(
            (
                tr(QT_TRANSLATE_NOOP("Package", "Of them out of scope (not counted above)"), language),
                f"{len(outside)}: " + ", ".join(outside),
            )
        )
    return [
        *lines,
        (
            tr(QT_TRANSLATE_NOOP("Package", "Streets"), language),
            str(len({record.street_code for record in records})),
        ),
        (
            tr(QT_TRANSLATE_NOOP("Package", "Photos"), language),
            str(sum(record.photo_count for record in records)),
        ),
        (tr(QT_TRANSLATE_NOOP("Package", "Signing key fingerprint (SHA-256)"), language), fingerprint),
        (tr(QT_TRANSLATE_NOOP("Package", "Audit log head"), language), audit_head),
    ]


def write_summary_pdf(
    workspace: Workspace, progress: figures.Progress, path: Path, lines: list[tuple[str, str]]
) -> None:
    """The district's progress summary, with the package's own lines (fingerprint, audit head) at the end."""
    filler = forms.form_details(workspace)
    write_district_summary_pdf(
        progress.to_dict(), path, filler, extra_lines=[f"{label}: {value}" for label, value in lines]
    )


def _bag_info(
    workspace: Workspace,
    records: Sequence[CommunityRecord],
    year: int,
    batch: int | None,
    log: LogState,
    fingerprint: str,
) -> list[tuple[str, str]]:
    district = workspace.district
    standards = sorted({f"{r.standard.id} {r.standard.title} sha256:{r.standard.sha256}" for r in records})
    editions = sorted({record.edition for record in records})
    head, tail = common_bag_info(
        workspace,
        bag_name(district.code, year, batch),
        f"绿色社区创建申报材料 {district.name} {year}",
        APPLICATION,
        application_period(year, batch),
        log,
        fingerprint,
    )
    own = [
        (YEAR_FIELD, str(year)),
        (BATCH_FIELD, str(batch) if batch is not None else "all"),
        ("GreenDesk-Standard", "; ".join(standards)),
        ("GreenDesk-Registry-Edition", ", ".join(editions)),
        ("GreenDesk-Communities", str(len(records))),
    ]
    return [*head, *own, *tail]


class _Steps:
    """Progress over all steps, and the cancel check between (and inside) them."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.done = 0
        self.total = total
        self.progress = progress
        self.is_cancelled = cancelled or (lambda: False)

    def check(self) -> None:
        if self.is_cancelled():
            raise ExportCancelled()

    def step(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total)
        self.check()


def _check_photos_present(workspace: Workspace, records: Sequence[CommunityRecord]) -> None:
    """Refuse before writing anything when a photo the records name is gone from the store."""
    for record in records:
        for item in record.items:
            for photo in item.photos:
                if not photos.original_path(workspace.photos_dir, photo.sha256, photo.extension).is_file():
                    raise GreenDeskError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The photo {sha256} of {community} item {item} is missing from the store.",
                        ),
                        sha256=photo.sha256,
                        community=record.code,
                        item=item.number,
                    )


def export_package(
    workspace: Workspace,
    year: int,
    out_path: Path | str,
    batch: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    language: str = DOCUMENT_LANGUAGE,
) -> ExportResult:
    """Write the signed package of the signed-off communities of ``year`` (and ``batch``) to ``out_path``."""
    accounts.require(workspace, APPROVER)
    out_path = Path(out_path)
    as_of = clock.now()
    with workspace.snapshot() as session:  # the records, the figures and the namings: one read, one moment
        records = signed_off_records(session, year, batch, [workspace.standards_dir])
        summary_figures = figures.compute_in(session, [workspace.standards_dir], year, as_of)
        named = namings_by_recommendation(session, as_of)
        log = require_sound_log(session, workspace.data_dir)
    if not records:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "No signed-off community in {year} (batch {batch}): nothing to export."
            ),
            year=year,
            batch=batch if batch is not None else "*",
        )
    _check_photos_present(workspace, records)
    fingerprint = signing.fingerprint(signing.load_or_create_key(workspace.data_dir).public_key())
    district = workspace.district
    package_data = build_package_data(
        kind=APPLICATION,
        district_code=district.code,
        district_name=district.name,
        year=year,
        batch=batch,
        as_of=as_of,
        figures=summary_figures.to_dict(),
        communities=[record_entry(record, named.get(record.recommendation_id)) for record in records],
    )
    photo_total = sum(record.photo_count for record in records)
    steps = _Steps(2 * len(records) + photo_total + 2, progress, cancelled)
    steps.check()

    root = bag_name(district.code, year, batch)
    lines = _summary_lines(records, summary_figures, fingerprint, log.head, batch, language)

    def fill(writer: BagZipWriter, staging: Path) -> None:
        writer.add_bytes(PACKAGE_DATA, encode_package_data(package_data))
        _write_bag(workspace, writer, records, staging, summary_figures, lines, language, steps)

    size = write_signed_zip(
        workspace, out_path, root, _bag_info(workspace, records, year, batch, log, fingerprint), fill, log
    )
    if progress is not None:
        progress(steps.total, steps.total)
    return ExportResult(
        path=out_path,
        bag_name=root,
        communities=len(records),
        passed=sum(1 for record in records if record.passed),
        photos=photo_total,
        fingerprint=fingerprint,
        size=size,
    )


def _write_bag(
    workspace: Workspace,
    writer: BagZipWriter,
    records: Sequence[CommunityRecord],
    staging: Path,
    summary_figures: figures.Progress,
    lines: list[tuple[str, str]],
    language: str,
    steps: _Steps,
) -> None:
    """The payload: the summary workbook and PDF, then each community's record and photos."""
    workbook_path = staging / SUMMARY_WORKBOOK
    write_summary_workbook(records, workbook_path, language)
    writer.add_file(SUMMARY_WORKBOOK, workbook_path, stored=False, cancelled=steps.is_cancelled)
    steps.step()

    summary_path = staging / SUMMARY_PDF
    write_summary_pdf(workspace, summary_figures, summary_path, lines)
    writer.add_file(SUMMARY_PDF, summary_path, stored=False, cancelled=steps.is_cancelled)
    steps.step()

    district_name = workspace.district.name
    for record in records:
        _add_record(workspace, writer, record, staging, district_name, language, steps)


def _add_record(
    workspace: Workspace,
    writer: BagZipWriter,
    record: CommunityRecord,
    staging: Path,
    district_name: str,
    language: str,
    steps: _Steps,
) -> None:
    """One community: its review record PDF, then its original photos (stored, not deflated)."""
    folder = staging / record.code
    folder.mkdir()
    copies: dict[str, tuple[Path, tuple[int, int]]] = {}

    def print_copy(photo: PhotoRecord) -> tuple[Path, tuple[int, int]]:
        """The store's cached upright print rendition (made at ingest; rebuilt only if missing)."""
        if photo.sha256 not in copies:
            steps.check()
            cached = photos.ensure_print_copy(workspace.photos_dir, photo)
            with PILImage.open(cached) as image:
                copies[photo.sha256] = (cached, image.size)
        return copies[photo.sha256]

    pdf_path = folder / "record.pdf"
    documents.write_record_pdf(record, pdf_path, print_copy, district_name, language)
    writer.add_file(
        # Record PDFs are mostly JPEG photo data already: deflating them costs time and saves nothing.
        f"{RECORDS_DIR}/{record_pdf_name(record)}",
        pdf_path,
        stored=True,
        cancelled=steps.is_cancelled,
    )
    pdf_path.unlink()
    steps.step()

    code = safe_component(record.code)
    for item in record.items:
        for index, photo in enumerate(item.photos, start=1):
            original = photos.original_path(workspace.photos_dir, photo.sha256, photo.extension)
            relative = "/".join(
                (
                    PHOTOS_DIR,
                    code,
                    item_folder(item.number),
                    photo_name(record.code, item.number, index, photo.sha256, photo.extension),
                )
            )
            digest = writer.add_file(relative, original, stored=True, cancelled=steps.is_cancelled)
            if digest != photo.sha256:
                raise GreenDeskError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The stored photo {sha256} was altered on disk (its content has another hash).",
                    ),
                    sha256=photo.sha256,
                )
            steps.step()
    steps.step()
    folder.rmdir()
