"""Which community and item a photo belongs to, read off its folder and file names.

Accepted shapes (any mix): ``<社区名或代码>/<第3条 | 03 | 3>/xxx.jpg``, ``<社区>/3-门禁.jpg``,
``<社区>/第12条_物业.jpg``, and file names listed in the workbook's evidence column. A package
for a single community needs no community folder. Item numbers in folder and file names are
read by ``core.base.item_numbers`` (第十五条/, 十六、历史文化/, （3）设计师进社区/, ⑫ ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from greendesk.core.base.item_numbers import item_number
from greendesk.core.base.normalize import compact
from greendesk.core.intake.names import community_key, to_simplified

_CODE = re.compile(r"(?<!\d)(\d{12})(?!\d)")

_NAME_SUFFIXES = ("社区", "居委会")
BY_FOLDER, BY_FILE_NAME, BY_WORKBOOK, ONLY_COMMUNITY = "folder", "file name", "workbook", "only community"


@dataclass(frozen=True)
class Target:
    row_key: str | None
    item: int | None
    how: str = ""


def listed_key(file_name: str) -> str:
    """How a photo named in the workbook is looked up: its base name ('照片\\门禁.JPG' -> '门禁.jpg')."""
    return PurePosixPath(compact(file_name).replace("\\", "/")).name.lower()


class PhotoMatcher:
    """Built from the plan's rows: (row key, code, name keys) and the evidence names they list."""

    def __init__(self, items: set[int]) -> None:
        self.items = items
        self.by_code: dict[str, str] = {}
        self.by_key: dict[str, str] = {}
        self.listed: dict[str, list[tuple[str, int]]] = {}
        self.keys: list[str] = []

    def add_row(self, row_key: str, codes: list[str], names: list[str]) -> None:
        self.keys.append(row_key)
        for code in codes:
            if code:
                self.by_code.setdefault(code, row_key)
        for name in names:
            key = community_key(name)
            if key:
                self.by_key.setdefault(key, row_key)

    def add_listed(self, row_key: str, item: int, file_name: str) -> None:
        self.listed.setdefault(listed_key(file_name), []).append((row_key, item))

    def _community(self, component: str) -> str | None:
        code = _CODE.search(compact(component))
        if code and code.group(1) in self.by_code:
            return self.by_code[code.group(1)]
        key = community_key(component)
        if key in self.by_key:
            return self.by_key[key]
        # '吉祥社区-佐证材料', '01 吉祥社区照片': the longest known name followed by a community suffix
        text = community_key(re.split(r"[\s_\-—－（(]", compact(component), maxsplit=1)[0])
        if text in self.by_key:
            return self.by_key[text]
        plain = to_simplified(compact(component)).lower()
        best = None
        for key, row_key in self.by_key.items():
            if any(f"{key}{suffix}" in plain for suffix in _NAME_SUFFIXES) and (
                best is None or len(key) > len(best[0])
            ):
                best = (key, row_key)
        return best[1] if best else None

    def _item(self, component: str) -> int | None:
        return item_number(component, self.items)

    def target(self, name: str) -> Target:
        path = PurePosixPath(name)
        listed = (
            self.listed.get(compact(path.name).lower()) or self.listed.get(compact(path.stem).lower()) or []
        )
        folders = list(path.parts[:-1])
        row_key = None
        community_index = None
        for index in range(len(folders) - 1, -1, -1):
            row_key = self._community(folders[index])
            if row_key is not None:
                community_index = index
                break
        for listed_row, listed_item in listed:
            if (row_key is None and len(listed) == 1) or listed_row == row_key:
                return Target(listed_row, listed_item, BY_WORKBOOK)
        how = BY_FOLDER
        if row_key is None:
            row_key = self._community(path.stem)
            how = BY_FILE_NAME
        if row_key is None and len(self.keys) == 1:
            row_key, how = self.keys[0], ONLY_COMMUNITY
        item = self._item(path.stem)
        if item is None:
            start = (community_index + 1) if community_index is not None else 0
            for folder in reversed(folders[start:]):
                item = self._item(folder)
                if item is not None:
                    break
        return Target(row_key, item, how)
