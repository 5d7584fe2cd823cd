"""What the 专家意见表 and the 考核评分情况一览表 print beyond an item's numbers, read from the one
merged table (``merge.merged_table``): nothing here scores or averages anything again.

An expert's total and the sum of the means are sums of the table's per-item values, given only
when every item they cover has one; the community's total, pass and tier are the table's own.
The texts are Chinese: they are printed in documents.
"""

from __future__ import annotations

from greendesk.core.panel.merge import MergedCommunity, PanelTable


def expert_total(community: MergedCommunity, key: str) -> float | None:
    """The sum of the expert's scores over the items assigned to them; None while one is unscored."""
    scores = [item.scores[key] for item in community.items if key in item.scores]
    if not scores or any(score is None for score in scores):
        return None
    return round(sum(score or 0.0 for score in scores), 6)


def mean_total(community: MergedCommunity) -> float | None:
    """The sum of the items' 评价得分 (the experts' means, before any confirmation)."""
    if any(item.merge is None for item in community.items):
        return None
    return round(sum(item.merge.mean for item in community.items if item.merge is not None), 6)


def tier_name(table: PanelTable, community: MergedCommunity) -> str:
    tier = table.tier(community)
    return next((candidate.name for candidate in table.standard.tiers if candidate.id == tier), "")


def result_text(table: PanelTable, community: MergedCommunity) -> str:
    """达到创建要求 / 未达到创建要求 / 一票否决 / 评分未完成, by the standard's thresholds."""
    passed = table.passed(community)
    if community.vetoed:
        numbers = "、".join(f"第{number}条" for number in community.vetoed)
        return f"未达到创建要求（{numbers}一票否决）"
    if passed is None:
        return "评分未完成"
    return "达到创建要求" if passed else "未达到创建要求"


def number_text(value: float | None) -> str:
    """A score as printed: 4.5, 6; a dash where there is none."""
    if value is None:
        return "—"
    return f"{round(value, 2):g}"
