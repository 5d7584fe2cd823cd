"""The city's spot checks (抽查): a reproducible, logged sample of the districts' passed communities,
exported as a work list for the inspectors.

The population is every community the current packages of the year report as passed (达到创建要求);
the sample comes from the one sampler (``base.sampling``), and the seed, the population and the
chosen codes go into the audit entry, so the draw can be repeated and shown to be fair.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from sqlalchemy import select

from greendesk.core import accounts, audit
from greendesk.core.base import sampling, sheets
from greendesk.core.base.errors import GreenDeskError, ValidationError
from greendesk.core.base.i18n import DOCUMENT_LANGUAGE, QT_TRANSLATE_NOOP
from greendesk.core.city import level
from greendesk.core.city.packages import current_packages
from greendesk.core.reports.files import replaced_on_success
from greendesk.core.review.vocabulary import REVIEWER, status_label
from greendesk.core.storage.models_city import CityCommunity
from greendesk.core.workspace import Workspace

SAMPLE_ACTION = "city.sample"
WORK_LIST_HEADER = (
    "序号",
    "区",
    "街道",
    "社区代码",
    "社区名称",
    "审核状态",
    "得分",
    "命名",
    "抽查结果",
    "备注",
)


@dataclass(frozen=True)
class SampledCommunity:
    district_code: str
    district_name: str
    code: str
    name: str
    street_name: str
    status: str
    score: float | None
    named: str


@dataclass(frozen=True)
class SpotCheckSample:
    year: int
    seed: str
    population: tuple[str, ...]
    communities: tuple[SampledCommunity, ...]

    @property
    def codes(self) -> list[str]:
        return [community.code for community in self.communities]

    def to_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "seed": self.seed,
            "population": len(self.population),
            "codes": self.codes,
            "communities": [community.__dict__ for community in self.communities],
        }


def draw_sample(
    workspace: Workspace, year: int, size: int, seed: str = "", *, as_of: datetime
) -> SpotCheckSample:
    """Draw ``size`` of the year's passed communities (the seed and the chosen codes are audited)."""
    level.require_city(workspace)
    actor = accounts.require(workspace, REVIEWER)
    sampling.check_size(size)
    seed = sampling.seed_or_new(seed)
    with workspace.transaction() as session:
        packages = current_packages(session, year, as_of)
        names = {package.id: package.district_name for package in packages.values()}
        rows = {
            row.code: row
            for row in session.scalars(
                select(CityCommunity).where(
                    CityCommunity.package_id.in_(list(names)), CityCommunity.passed.is_(True)
                )
            )
        }
        if not rows:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "No district package of {year} reports a passed community: nothing to sample."
                ),
                year=year,
            )
        population = sorted(rows)
        chosen = sampling.draw(population, size, seed)
        audit.record(
            session,
            user=actor.username,
            action=SAMPLE_ACTION,
            entity="city",
            key=str(year),
            new={"year": year, "seed": seed, "size": size, "population": population, "sample": chosen},
        )
        communities = tuple(_sampled(rows[code], names[rows[code].package_id]) for code in chosen)
    return SpotCheckSample(year, seed, tuple(population), communities)


def _sampled(row: CityCommunity, district_name: str) -> SampledCommunity:
    named = " ".join(part for part in (row.named_tier, row.named_document) if part)
    return SampledCommunity(
        row.district_code, district_name, row.code, row.name, row.street_name, row.status, row.score, named
    )


def write_work_list(sample: SpotCheckSample, path: Path) -> Path:
    """The inspectors' work list (Chinese whatever the UI): one row per sampled community, blanks to fill."""
    book = Workbook()
    sheet = book.active
    sheet.title = "抽查工作清单"
    sheet.append(sheets.row_cells(sheet, [f"{sample.year}年绿色社区创建抽查工作清单"]))
    sheet["A1"].font = Font(bold=True, size=14)
    summary = (
        f"抽样种子：{sample.seed}；从{len(sample.population)}个达标社区中抽取{len(sample.communities)}个"
    )
    sheet.append(sheets.row_cells(sheet, [summary]))
    sheet.append(sheets.row_cells(sheet, WORK_LIST_HEADER))
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    for number, c in enumerate(sample.communities, start=1):
        values = [
            number,
            c.district_name,
            c.street_name,
            c.code,
            c.name,
            status_label(c.status, DOCUMENT_LANGUAGE),
            c.score,
            c.named,
            "",
            "",
        ]
        sheet.append(sheets.row_cells(sheet, values))
    for column, width in zip("ABCDEFGHIJ", (6, 12, 18, 16, 28, 12, 8, 16, 16, 20), strict=True):
        sheet.column_dimensions[column].width = width
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with replaced_on_success(path, ".xlsx") as temporary:
            book.save(temporary)
    except OSError as error:
        raise GreenDeskError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write the work list {file}: {reason}"),
            file=str(path),
            reason=error.strerror or str(error),
        ) from error
    return path
