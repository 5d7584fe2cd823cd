"""The city's summary (全市绿色社区创建工作情况的报告): the municipal commission's 公文 and its Excel tables.

Every figure printed is a figure of ``city_progress`` (the districts' own, summed by the core); this
module only words them. The PDF uses the GB/T 9704 form of ``reports.official`` (版头 of the city's
commission, body, annex tables per district, 版记); the workbook the form sheets of ``reports.excel``,
a sheet per table. Both are in Simplified Chinese whatever the interface language: they leave the
office. The 发文字号 is issued once per year's report (printing again prints the same number).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from reportlab.platypus import Flowable

from greendesk.core import accounts
from greendesk.core.base import clock, sheets
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.city.progress import (
    LATE,
    REPORTED,
    CityProgress,
    DistrictProgress,
    city_progress,
    table_figures,
)
from greendesk.core.reports import excel, forms, labels, office, official, pdf
from greendesk.core.reports.official import Annex, FormFiller, Official
from greendesk.core.review.vocabulary import REVIEWER
from greendesk.core.workspace import Workspace

TITLE = "关于{year}年度全市绿色社区创建工作情况的报告"
FILE_STEM = "{year}年度全市绿色社区创建工作情况报告"
DISTRICT_ANNEX = "各区绿色社区创建进展情况表"
SERIES_ANNEX = "全市累计达标情况"
REUSE_SHEET = "跨区重复使用的证明材料"
DISTRICT_HEADERS = (
    "区",
    "城市社区数",
    "启动试点",
    "参与率",
    "达到创建要求",
    "达标率",
    "命名数",
    "年度目标",
    "是否达标",
    "本季度报送",
)
SERIES_HEADERS = ("日期", "累计达标", "累计命名", "达标率")
REUSE_HEADERS = ("文件SHA-256", "涉及的区", "使用处（区:社区#项）")
QUARTER_STATUS = {REPORTED: "已报送", LATE: "逾期未报送"}
PENDING_TEXT = "未到期"
CITY_TOTAL = "全市合计"


@dataclass(frozen=True)
class CityReportPaths:
    pdf: Path
    xlsx: Path

    def to_dict(self) -> dict[str, str]:
        return {"pdf": str(self.pdf), "xlsx": str(self.xlsx)}


def target_met(row: DistrictProgress | CityProgress) -> bool:
    """Met when the core counts none remaining to the year's target."""
    return row.remaining == 0


def _percent(value: float) -> str:
    return f"{value:g}%"


def _names(result: CityProgress, codes: list[str]) -> str:
    by_code = {row.code: row.name for row in result.districts}
    return "、".join(by_code[code] for code in codes)


def _as_of_text(result: CityProgress) -> str:
    return labels.chinese_date(result.as_of.date())


def _target_basis(result: CityProgress) -> str:
    """按年度目标60%计 while every district has the city's share; else the districts' own, listed."""
    if not result.shares_differ:
        return f"按年度目标{_percent(result.target_share)}计"
    others = [row for row in result.districts if row.target_share != result.target_share]
    listed = "、".join(f"{row.name}{_percent(row.target_share)}" for row in others)
    rest = f"，其余各区{_percent(result.target_share)}" if len(others) < len(result.districts) else ""
    return f"按各区年度目标计（各区目标比例不同：{listed}{rest}）"


def overall_sentence(result: CityProgress) -> str:
    """一、the city's totals against its target."""
    reported = sum(1 for row in result.districts if row.reported)
    text = (
        f"截至{_as_of_text(result)}，全市{len(result.districts)}个区中已有{reported}个区报送了"
        f"{result.year}年度创建材料。全市城市社区{result.in_scope}个，启动试点{result.recommended}个，"
        f"参与率{_percent(result.participation_rate)}；达到创建要求{result.passed}个，"
        f"达标率{_percent(result.pass_rate)}；已命名{result.named}个。"
        f"{_target_basis(result)}，全市应达标{result.required}个，"
    )
    if target_met(result):
        return text + "已完成年度目标。"
    return text + f"尚差{result.remaining}个。"


def districts_sentence(result: CityProgress) -> str:
    """二、which reporting districts meet their targets, which do not yet, and which have not reported."""
    met = [row.code for row in result.districts if row.reported and target_met(row)]
    behind = [row for row in result.districts if row.reported and not target_met(row)]
    silent = [row.code for row in result.districts if not row.reported]
    parts = []
    if met:
        parts.append(f"{len(met)}个区已达到年度目标：{_names(result, met)}")
    if behind:
        listed = "、".join(f"{row.name}尚差{row.remaining}个" for row in behind)
        parts.append(f"{len(behind)}个区尚未达到年度目标：{listed}")
    if silent:
        parts.append(f"{len(silent)}个区尚未报送本年度材料：{_names(result, silent)}")
    return "；".join(parts) + "。"


def quarter_sentence(result: CityProgress) -> str:
    """三、the current quarter: who reported, who is late."""
    period = labels.period_text(result.quarter)
    due = f"应于{labels.chinese_date(result.quarter_due)}前报送" if result.quarter_due else "应按期报送"
    reported = _names(result, result.reported) or "无"
    text = f"{period}进展情况{due}。已报送的区：{reported}。"
    if result.late:
        return text + f"逾期未报送的区：{_names(result, result.late)}，请督促其尽快报送。"
    return text + "无逾期未报送的区。"


def reuse_sentence(result: CityProgress) -> str:
    """四、evidence found in more than one district's package (nothing when there is none)."""
    if not result.reuse:
        return "各区材料包中未发现跨区重复使用的证明材料。"
    codes = sorted({code for flag in result.reuse for code in flag["districts"]})
    return (
        f"发现{len(result.reuse)}份证明材料在两个以上区的材料包中重复出现，涉及{_names(result, codes)}，"
        "已列入抽查核实范围。"
    )


def body(result: CityProgress) -> list[Flowable]:
    sections = (
        ("一、总体情况", overall_sentence(result)),
        ("二、各区进展", districts_sentence(result)),
        ("三、季度报送", quarter_sentence(result)),
        ("四、证明材料核查", reuse_sentence(result)),
    )
    story: list[Flowable] = [
        official.paragraph(
            f"现将{result.year}年度全市绿色社区创建工作情况报告如下（数据来自各区报送的材料包）。"
        )
    ]
    for heading, sentence in sections:
        story += [official.heading(heading), official.paragraph(sentence)]
    return story


def district_rows(result: CityProgress) -> list[list[Any]]:
    """The annex table's rows (percent as text-free numbers), and the city total last."""
    rows: list[list[Any]] = [
        [
            row.name,
            *table_figures(row),
            "是" if target_met(row) else "否",
            QUARTER_STATUS.get(row.quarter_status, PENDING_TEXT),
        ]
        for row in result.districts
    ]
    rows.append(
        [
            CITY_TOTAL,
            *table_figures(result),
            "是" if target_met(result) else "否",
            f"{len(result.reported)}/{len(result.districts)}",
        ]
    )
    return rows


def series_rows(result: CityProgress) -> list[list[Any]]:
    return [[point.day, point.passed, point.named, point.share] for point in result.series]


def _annexes(result: CityProgress) -> list[Annex]:
    width = pdf.ANNEX_WIDTH
    shares = [80, 64, 56, 64, 72, 64, 52, 60, 52, 76]
    widths = [width * share / sum(shares) for share in shares]
    headers = [f"{h}(%)" if h in ("参与率", "达标率") else h for h in DISTRICT_HEADERS]
    table = official.table(  # 9 pt: sixteen districts and the total on one turned page
        headers,
        district_rows(result),
        widths,
        size=9,
        highlight=[not target_met(row) for row in result.districts],
        total=True,
    )
    series = [[labels.chinese_date(day), *rest] for day, *rest in series_rows(result)]
    series_headers = [*SERIES_HEADERS[:-1], "达标率（%）"]
    series_table = official.table(series_headers, series or [["—", "", "", ""]], [width / 4] * 4)
    return [Annex(DISTRICT_ANNEX, [table]), Annex(SERIES_ANNEX, [series_table])]


def _number(workspace: Workspace, year: int, day: date) -> str:
    return office.issue_number(workspace, f"city-report:{year}", day).text


def write_pdf(workspace: Workspace, result: CityProgress, path: Path, filler: FormFiller) -> None:
    details = office.read_office(workspace)
    document = Official(
        office=details.name,
        number=_number(workspace, result.year, filler.day),
        signer=details.signer,
        title=TITLE.format(year=result.year),
        addressee=office.superior_organ(result.city_code),
        body=body(result),
        signed_on=filler.day,
        filler=filler,
        annexes=_annexes(result),
        note=f"数据截至{_as_of_text(result)}，取自各区报送并经验证的材料包。",
    )
    official.write_official(path, document)


def _reuse_rows(result: CityProgress) -> list[list[Any]]:
    names = {row.code: row.name for row in result.districts}
    return [
        [
            flag["sha256"],
            "、".join(names.get(code, code) for code in flag["districts"]),
            "，".join(f"{u['district_code']}:{u['community_code']}#{u['item']}" for u in flag["uses"]),
        ]
        for flag in result.reuse
    ]


def write_xlsx(result: CityProgress, path: Path, filler: FormFiller) -> None:
    """One workbook, a form sheet per table: districts (with the city total), over time, reused files."""
    book = Workbook()
    book.remove(book.active)
    heading = (TITLE.format(year=result.year), f"数据截至{_as_of_text(result)}")
    shares = {3: sheets.SHARE, 5: sheets.SHARE}
    rows = [
        [value / 100 if index in shares else value for index, value in enumerate(row)]
        for row in district_rows(result)
    ]
    excel._table_sheet(
        book,
        DISTRICT_ANNEX,
        heading,
        filler,
        DISTRICT_HEADERS,
        rows,
        shares,
        highlight=[not target_met(row) for row in result.districts],
        total=True,
    )
    series = [[day, passed, named, share / 100] for day, passed, named, share in series_rows(result)]
    excel._table_sheet(
        book, SERIES_ANNEX, heading, filler, SERIES_HEADERS, series, {0: sheets.DATE, 3: sheets.SHARE}
    )
    excel._table_sheet(book, REUSE_SHEET, heading, filler, REUSE_HEADERS, _reuse_rows(result))
    excel._save(book, path)


def write_city_report(
    workspace: Workspace, year: int, as_of: datetime, out_dir: Path | str
) -> CityReportPaths:
    """The city's report of ``year`` at ``as_of`` as PDF and Excel in ``out_dir`` (reviewers and up)."""
    accounts.require(workspace, REVIEWER)
    result = city_progress(workspace, year, as_of)
    folder = Path(out_dir)
    stem = FILE_STEM.format(year=year)
    paths = CityReportPaths(folder / f"{stem}.pdf", folder / f"{stem}.xlsx")
    filler = forms.form_details(workspace, clock.today())
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_pdf(workspace, result, paths.pdf, filler)
        write_xlsx(result, paths.xlsx, filler)
    except OSError as error:
        raise GreenDeskError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write the city report into {folder}: {reason}"),
            folder=str(folder),
            reason=error.strerror or str(error),
        ) from error
    return paths
