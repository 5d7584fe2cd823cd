"""Reading what offices type into spreadsheet cells: headers, yes/no, counts and percentages.

One copy for every reader of office workbooks (the registry workbook and street packages), so a
header such as '户数（户）', a yes written as '√' or a share typed as 0.35 is read the same way
everywhere. Values arrive as the spreadsheet layer gives them: text, int (whole numbers) or float.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from greendesk.core.base.normalize import compact

_BRACKETED = re.compile(r"[(\[【][^)\]】]*[)\]】]")
_BRACKETS = re.compile(r"[()\[\]【】]")

# Yes and no as offices write them (是否推荐, 纳入创建范围 ...); anything else is not a yes/no.
YES_WORDS = frozenset({"1", "true", "yes", "y", "是", "√", "✓", "纳入", "推荐"})
NO_WORDS = frozenset({"0", "false", "no", "n", "否", "×", "不纳入", "不推荐"})


def header_key(value: object) -> str:
    """A header cell reduced for comparison: no spaces, no bracketed asides, no '%' or ':', lower case."""
    return _header_key(compact(value))


@lru_cache(maxsize=8192)
def _header_key(text: str) -> str:
    # Units and asides in brackets say nothing about the field: '总户数（户）', '覆盖率(%)', '社区(居委会)名称'.
    text = text.lower().replace("（", "(").replace("）", ")")
    text = _BRACKETED.sub("", text) or _BRACKETS.sub("", text)  # '【备注】' is just 备注
    return text.replace("%", "").replace("：", "").replace(":", "").replace("*", "")


def alias_lookup(aliases: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Header key -> canonical field, from field -> accepted header names (the first field wins)."""
    lookup: dict[str, str] = {}
    for canonical, names in aliases.items():
        for name in names:
            lookup.setdefault(header_key(name), canonical)
    return lookup


def match_columns(cells: Iterable[Any], lookup: Mapping[str, str]) -> dict[str, int]:
    """Field -> column index of a header row; a field named twice keeps its first column."""
    mapping: dict[str, int] = {}
    for index, cell in enumerate(cells):
        target = lookup.get(header_key(cell))
        if target is not None and target not in mapping:
            mapping[target] = index
    return mapping


def parse_yes_no(value: Any) -> bool | None:
    """True for a yes (是, √, yes, 1 ...), False for a no, None when blank; ValueError otherwise."""
    text = compact(value).lower()
    if text in ("", "none"):
        return None
    if text in YES_WORDS:
        return True
    if text in NO_WORDS:
        return False
    raise ValueError(value)


def is_yes(value: Any) -> bool:
    """Only an explicit yes counts (a blank or an unreadable cell is not a yes)."""
    return compact(value).lower() in YES_WORDS


def cell_number(value: Any, *dropped: str) -> float | None:
    """A cell as a float (text: full width folded, ``dropped`` marks removed); None when blank."""
    if value is None or (isinstance(value, str) and not compact(value)):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        return float(value)
    text = compact(value)
    for mark in dropped:
        text = text.replace(mark, "")
    return float(text)


def parse_count(value: Any) -> int | None:
    """A whole, non-negative number ('1,200', '１２００户'); None when blank, ValueError otherwise."""
    number = cell_number(value, ",", "户")
    if number is None:
        return None
    if number < 0 or number != int(number):
        raise ValueError(value)
    return int(number)


def parse_percent(value: Any) -> float | None:
    """35, '35%', '３５％' or 0.35 -> 35.0; None when blank, ValueError when not a share of 0-100.

    A number cell between 0 and 1 is a cell formatted as percent, which holds the fraction (a
    whole 100 % arrives as the number 1); text is read as written ('0.35' stays 0.35 %). A share
    has no thousands separator, so '0,35' is refused rather than read as 35.
    """
    number = cell_number(value, "%")
    if number is None:
        return None
    if not isinstance(value, str) and 0 < number <= 1:
        number *= 100
    if not 0 <= number <= 100:
        raise ValueError(value)
    return number
