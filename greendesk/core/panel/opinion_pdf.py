"""The 绿色社区创建专家意见表: per community one PDF in the office's document form (GB/T 9704 page,
fonts and page numbers of ``reports.official``), built from the one merged table.

One file per community in a folder rather than one PDF with a page per community: each community's
form is signed by the panel and filed with that community's material, and printing one again
leaves the others' signed copies alone. A form carries no 版头 and no 文号. It holds the community,
street, year and batch, the standard; a table per item (number, short text, points, each expert's
score in columns E01…, the mean 评价得分, the 复核人's confirmed score), the total with pass and
tier by the standard's thresholds; the experts' comments and the 复核人's dissent verbatim; and a
signature line per person (each expert, 填写人, 复核人): nobody signs for another.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from greendesk.core import audit
from greendesk.core.base import fonts
from greendesk.core.base.errors import NotFoundError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.panel.access import require_manager
from greendesk.core.panel.merge import MergedCommunity, PanelTable, merged_table
from greendesk.core.panel.opinion_figures import expert_total, mean_total, number_text, result_text, tier_name
from greendesk.core.panel.panels import find_panel
from greendesk.core.panel.sheet import panel_heading
from greendesk.core.reports import office, official
from greendesk.core.workspace import Workspace

TITLE = "绿色社区创建专家意见表"
SHORT_TEXT = 22  # characters of an item's text in the table
_FILE_FORBIDDEN = re.compile(r'[\\/:*?"<>|\s]+')
SIGNATURE_ROW = 11 * mm


def write_opinions(
    workspace: Workspace, panel_id: int, folder: Path, community: str | None = None
) -> list[Path]:
    """One 专家意见表 per community of the panel (or the one ``community`` code) in ``folder``."""
    require_manager(workspace)
    details = office.read_office(workspace)
    with workspace.snapshot() as session:  # the table's panel is read while the session is open
        table = merged_table(session, find_panel(session, panel_id))
        head = audit.head(session)
        chosen = [c for c in table.communities if community is None or c.code == community.strip()]
        if not chosen:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "Panel {panel} has no community {code} to print."),
                panel=table.panel.name or table.panel.id,
                code=community or "—",
            )
        heading = panel_heading(table.panel)
        forms = [(merged, opinion_story(table, merged)) for merged in chosen]
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for merged, story in forms:
        path = folder / f"{_FILE_FORBIDDEN.sub('_', f'{merged.code}_{merged.name}')}_专家意见表.pdf"
        official.write(
            path,
            story,
            title=f"{merged.name}{TITLE}",
            author=details.name,
            subject=f"{heading} {merged.code} {merged.name}",
            keywords=f"audit-head:{head}",
        )
        written.append(path)
    return written


def _style(size: float = official.TABLE_SIZE, role: str = fonts.BODY, align: int = 0) -> ParagraphStyle:
    return ParagraphStyle(
        f"opinion-{role}-{size}-{align}",
        fontName=fonts.font(role),
        fontSize=size,
        leading=size * 1.4,
        wordWrap="CJK",
        alignment=align,
    )


def _grid(rows: list[list[Any]], widths: Sequence[float], heights: Sequence[float] | None = None) -> Table:
    result = Table(rows, colWidths=widths, rowHeights=heights, hAlign="CENTER")
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.font(fonts.BODY)),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return result


def _text(value: str, size: float = official.TABLE_SIZE, role: str = fonts.BODY, align: int = 0) -> Paragraph:
    return Paragraph(escape(value), _style(size, role, align))


def _heading(text: str) -> official.GridText:
    return official.GridText(text, fonts.HEI, size=14, indent=0, leading=24)


def _line(text: str) -> official.GridText:
    return official.GridText(text, size=12, indent=0, leading=19)


def opinion_story(table: PanelTable, community: MergedCommunity) -> list[Flowable]:
    """The form of one community, in print order."""
    standard = table.standard
    width = official.BLOCK_WIDTH
    head = _grid(
        [
            [
                _text("社区名称", role=fonts.HEI),
                _text(community.name),
                _text("社区代码", role=fonts.HEI),
                _text(community.code),
            ],
            [
                _text("所属街道", role=fonts.HEI),
                _text(community.street),
                _text("年度批次", role=fonts.HEI),
                _text(panel_heading(table.panel)),
            ],
            [_text("评分标准", role=fonts.HEI), _text(standard.title), "", ""],
        ],
        [width * 0.14, width * 0.38, width * 0.14, width * 0.34],
    )
    head.setStyle(TableStyle([("SPAN", (1, 2), (3, 2))]))
    story: list[Flowable] = [
        *official.title_block(TITLE),
        head,
        Spacer(1, 3 * mm),
        _heading("一、评分情况"),
        _scores_table(table, community),
        Spacer(1, 2 * mm),
        _conclusion(table, community),
        Spacer(1, 3 * mm),
        _heading("二、专家意见"),
        *[_line(text) for text in _comments(table, community)],
        Spacer(1, 3 * mm),
        _heading("三、复核意见"),
        *[_line(text) for text in _confirmations(community)],
        Spacer(1, 3 * mm),
    ]
    story.append(KeepTogether([_heading("四、签字"), _signatures(table)]))
    return story


def _short(text: str) -> str:
    return text if len(text) <= SHORT_TEXT else f"{text[: SHORT_TEXT - 1]}…"


def _scores_table(table: PanelTable, community: MergedCommunity) -> Table:
    keys = [expert.key for expert in table.experts]
    right, centre = 2, 1
    header = ["条目", "标准条目（摘要）", "分值", *keys, "评价得分", "确认得分"]
    rows: list[list[Any]] = [[_text(h, role=fonts.HEI, align=centre) for h in header]]
    for item in community.items:
        marks = "（否决项）" if item.gating else ""
        scores = [_text(number_text(item.scores[k]) if k in item.scores else "", align=right) for k in keys]
        mean = None if item.merge is None else item.merge.mean
        flag = "※" if item.merge is not None and item.merge.disagreement and item.confirmed is None else ""
        rows.append(
            [
                _text(str(item.number), align=centre),
                _text(_short(item.text) + marks),
                _text(number_text(item.points), align=right),
                *scores,
                _text(flag + number_text(mean), align=right),
                _text(number_text(item.confirmed), align=right),
            ]
        )
    totals = [_text(number_text(expert_total(community, k)), role=fonts.HEI, align=right) for k in keys]
    max_points = sum(item.points for item in community.items)
    rows.append(
        [
            _text("合计", role=fonts.HEI, align=centre),
            _text(""),
            _text(number_text(max_points), role=fonts.HEI, align=right),
            *totals,
            _text(number_text(mean_total(community)), role=fonts.HEI, align=right),
            _text(number_text(community.total), role=fonts.HEI, align=right),
        ]
    )
    width = official.BLOCK_WIDTH
    fixed = [13 * mm, 12.5 * mm]
    score_width = 12 * mm if len(keys) <= 5 else 10 * mm
    rest = width - sum(fixed) - score_width * len(keys) - 2 * 14 * mm
    widths = [fixed[0], rest, fixed[1], *([score_width] * len(keys)), 14 * mm, 14 * mm]
    result = Table(rows, colWidths=widths, repeatRows=1, hAlign="CENTER")
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.font(fonts.BODY)),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
            ]
        )
    )
    return result


def _conclusion(table: PanelTable, community: MergedCommunity) -> Table:
    """总分, 评定标准, 结论 (and the items still to confirm) as rows of a small table."""
    standard = table.standard
    rows = [
        (
            "总分",
            f"{number_text(community.total)}分（以复核确认得分为准，未经复核确认的条目取评价得分；"
            "评价得分=(专家1+专家2+…)/专家人数）",
        )
    ]
    marks = []
    if standard.max_points is not None:
        marks.append(f"满分{standard.max_points:g}分")
    if standard.pass_mark is not None:
        marks.append(f"{standard.pass_mark:g}分及以上达到创建要求")
    marks += [
        f"{tier.min_points:g}分及以上为{tier.name}"
        for tier in standard.tiers
        if tier.min_points != standard.pass_mark
    ]
    if marks:
        rows.append(("评定标准", "，".join(marks)))
    tier = tier_name(table, community)
    rows.append(("结论", f"{result_text(table, community)}{f'；等次：{tier}' if tier else ''}"))
    if community.flagged:
        numbers = "、".join(f"第{number}条" for number in community.flagged)
        rows.append(
            ("待复核", f"专家评分分差超过{table.panel.disagreement_threshold:g}分的条目（※）：{numbers}")
        )
    width = official.BLOCK_WIDTH
    cells = [[_text(label, role=fonts.HEI), _text(text)] for label, text in rows]
    return _grid(cells, [width * 0.14, width * 0.86])


def _comments(table: PanelTable, community: MergedCommunity) -> list[str]:
    names = {expert.key: expert.name for expert in table.experts}
    lines = [
        f"第{item.number}条　{key} {names.get(key, '')}：{comment}"
        for item in community.items
        for key, comment in item.comments.items()
    ]
    return lines or ["无。"]


def _confirmations(community: MergedCommunity) -> list[str]:
    lines = []
    for item in community.items:
        if item.confirmed is None:
            continue
        line = (
            f"第{item.number}条　复核确认{number_text(item.confirmed)}分（复核人账户：{item.confirmed_by}）"
        )
        lines.append(f"{line}；不同意见：{item.dissent}" if item.dissent else f"{line}。")
    return lines or ["无。"]


def _signatures(table: PanelTable) -> Table:
    """One line per person: each expert by name, then 填写人 and 复核人; a box to sign and a date."""
    width = official.BLOCK_WIDTH
    header = [_text(h, role=fonts.HEI, align=1) for h in ("身份", "姓名", "工作单位", "签名", "日期")]
    date_text = "年　　月　　日"
    rows: list[list[Any]] = [header]
    for expert in table.experts:
        rows.append(
            [
                _text(f"评审专家{expert.key}"),
                _text(expert.name),
                _text(expert.organisation),
                "",
                _text(date_text, align=2),
            ]
        )
    for role in ("填写人", "复核人"):
        rows.append([_text(role), "", "", "", _text(date_text, align=2)])
    heights = [8 * mm] + [SIGNATURE_ROW] * (len(rows) - 1)
    return _grid(rows, [width * 0.19, width * 0.13, width * 0.28, width * 0.18, width * 0.22], heights)
