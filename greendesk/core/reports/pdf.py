"""The report PDFs: the quarterly and annual reports as 公文 with their annexes, the district summary form.

The body of a report gives the key figures and the work summary; the tables and charts are its
annexes (landscape). The page form is ``official``; every text is in the documents' language.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from greendesk.core.base import fonts
from greendesk.core.reports import charts, labels, official
from greendesk.core.reports.labels import t
from greendesk.core.reports.official import Annex, FormFiller, Official

ANNEX_WIDTH = official.BLOCK_HEIGHT  # a landscape annex is the block turned


def _as_of(data: dict[str, Any]) -> str:
    """截至 the as-of moment: its day when it is the end of that day (or only a day was kept), else with the minute."""
    value = str(data["as_of"])
    moment = datetime.fromisoformat(value)
    text = labels.chinese_date(moment.date())
    if len(value) > 10 and moment.time() != time(23, 59, 59):
        text += moment.strftime(" %H:%M")
    return t(labels.AS_OF).format(date=text)


def _deadline(data: dict[str, Any]) -> str:
    return f"{t(labels.NEXT_DEADLINE)}：{labels.deadline_text(data['next_deadline'])}"


def key_figures_table(data: dict[str, Any], width: float = official.BLOCK_WIDTH) -> Flowable:
    """The key figures, two to a row: label and value, the value right-aligned."""
    rows: list[list[Any]] = [
        [t(label), "" if data[key] is None else data[key]] for key, label in labels.KEY_FIGURES
    ]
    half = (len(rows) + 1) // 2
    left, right = rows[:half], rows[half:] + [["", ""]] * (2 * half - len(rows))
    paired = [[*a, *b] for a, b in zip(left, right, strict=True)]
    return official.table(None, paired, [width * 0.34, width * 0.16, width * 0.34, width * 0.16], size=12)


def street_table(data: dict[str, Any]) -> Flowable:
    columns = labels.STREET_COLUMNS
    rest = (ANNEX_WIDTH - 62 - 96) / (len(columns) - 2)
    return official.table(
        labels.headers(columns),
        labels.table_rows(columns, [*data["streets"], labels.street_totals(data)]),
        [62, 96, *([rest] * (len(columns) - 2))],
        highlight=[row["below_min"] for row in data["streets"]],
        total=True,
    )


def status_table(data: dict[str, Any]) -> Flowable:
    return official.table(
        [t(h) for h in labels.STATUS_HEADER],
        [[labels.status_text(name), count] for name, count in data["by_status"].items()],
        [160, 90],
    )


def progress_annexes(data: dict[str, Any], *, charts_included: bool = True) -> list[Annex]:
    """The annexes of a progress report: streets, the share over time, items and statuses."""
    hei = fonts.font(fonts.HEI)
    streets: list[Flowable] = [street_table(data)]
    items: list[Flowable] = [
        official.table(
            labels.headers(labels.ITEM_COLUMNS),
            labels.table_rows(labels.ITEM_COLUMNS, data["items"]),
            [80, 110, 110, 130],
        ),
        Spacer(1, 4 * mm),
        official.GridText(t(labels.SECTION_STATUS), fonts.HEI, size=12, indent=0, leading=20),
        status_table(data),
    ]
    annexes = [Annex(t(labels.SECTION_STREETS), streets)]
    if charts_included:
        streets.append(KeepTogether([Spacer(1, 4 * mm), charts.street_chart(data, hei, ANNEX_WIDTH)]))
        series = charts.cumulative_share_chart(data, hei, ANNEX_WIDTH, 300)
        annexes.append(Annex(t(labels.SECTION_SERIES), [series]))
        items.insert(0, charts.item_chart(data, hei, ANNEX_WIDTH, 200))
    annexes.append(Annex(t(labels.SECTION_ITEMS), items))
    return annexes


def passed_annex(data: dict[str, Any]) -> Annex:
    rows = labels.table_rows(labels.PASSED_COLUMNS, data["passed_communities"])
    shares = [100, 190, 80, 120, 70, 90, 88]  # within the turned block, clear of its page number
    widths = [ANNEX_WIDTH * share / sum(shares) for share in shares]
    table = official.table(labels.headers(labels.PASSED_COLUMNS), rows, widths)
    return Annex(f"{t(labels.SECTION_PASSED)}（{len(rows)}）", [table])


def report_body(data: dict[str, Any], narrative: str | None) -> list[Flowable]:
    """一、主要指标 (as of, the figures) and, when there is one, 二、工作总结 (the summary's paragraphs)."""
    body: list[Flowable] = [
        official.heading(f"一、{t(labels.SECTION_KEY_FIGURES)}"),
        official.paragraph(f"{_as_of(data)}。"),
        key_figures_table(data),
        official.blank(0.3),
        official.paragraph(_deadline(data)),
    ]
    if narrative is not None:
        text = narrative.strip() or t(labels.NO_NARRATIVE)
        first, *rest = [official.paragraph(line.strip()) for line in text.split("\n") if line.strip()]
        heading = official.heading(f"二、{t(labels.SECTION_NARRATIVE)}")
        body += [official.blank(0.5), KeepTogether([heading, first]), *rest]  # a heading never ends a page
    return body


def write_report(
    path: Path,
    document: Official,
    data: dict[str, Any],
    narrative: str | None,
    passed_list: bool,
) -> None:
    """A quarterly or annual report: ``document`` gives its head; body and annexes come from ``data``."""
    document.body = report_body(data, narrative)
    document.annexes = progress_annexes(data) + ([passed_annex(data)] if passed_list else [])
    official.write_official(Path(path), document)


def write_summary(
    path: Path, title: str, data: dict[str, Any], filler: FormFiller, lines: Iterable[str] = ()
) -> None:
    """The district summary form: key figures, the annex tables and charts, the caller's lines."""
    story: list[Flowable] = [
        official.GridText(_as_of(data), size=12, indent=0, leading=20),
        key_figures_table(data, ANNEX_WIDTH * 0.6),
        official.GridText(_deadline(data), size=12, indent=0, leading=20),
    ]
    for annex in progress_annexes(data):
        heading = official.GridText(annex.title, fonts.HEI, size=12, indent=0, leading=20)
        first, *rest = annex.story  # a heading never ends a page alone
        story += [Spacer(1, 4 * mm), KeepTogether([heading, first]), *rest]
    extra = [line for line in lines if line]
    if extra:
        story.append(Spacer(1, 4 * mm))
        story += [official.GridText(line, size=10.5, indent=0, leading=15) for line in extra]
    head = data.get("audit_head")
    note = t(labels.AUDIT_HEAD).format(head=head) if head else ""
    official.write_form(Path(path), title, filler, story, note=note, keywords=keywords(head))


def keywords(head: str | None) -> str:
    """The PDF metadata keywords: the audit-chain head the figures were read at."""
    return f"audit-head:{head}" if head else ""
