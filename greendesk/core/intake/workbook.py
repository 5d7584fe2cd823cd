"""Reading recommendation workbooks the way streets fill them in.

Two sheet shapes are understood, in any mix:

* a list sheet: one row per recommended community (header row found below title rows, merged
  header cells and blank rows; columns recognised by Chinese or English aliases, or by a mapping
  the user saved; optional per-item self-assessment columns such as ``第3条`` or ``自评3``);
* a community sheet (the shape of the exported template): label/value cells for the community
  code, name and figures above an item table (item number, self-assessment, note, photo names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from greendesk.core.base.cells import alias_lookup, header_key, is_yes, match_columns
from greendesk.core.base.item_numbers import item_number
from greendesk.core.base.normalize import clean_text, compact, digits_only

# Canonical list-sheet fields and the headers offices use for them.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "code": (
        "社区代码",
        "统计用区划代码",
        "区划代码",
        "居委会代码",
        "社区编码",
        "代码",
        "编码",
        "code",
        "code12",
        "communitycode",
    ),
    "name": (
        "社区名称",
        "推荐社区名称",
        "推荐社区",
        "社区(居委会)名称",
        "社区(居委会)",
        "居委会名称",
        "社区居委会名称",
        "社区居委会",
        "居委会",
        "社区",
        "名称",
        "name",
        "community",
        "communityname",
    ),
    "street": ("街道", "所属街道", "街道名称", "街道(乡镇)", "街道(地区)", "街乡", "推荐街道", "street"),
    "households": ("户数", "总户数", "社区户数", "社区总户数", "居民户数", "住户数", "households"),
    "households_managed": (
        "实行物业管理户数",
        "物业管理户数",
        "已实行物业管理户数",
        "实行物业管理的户数",
        "物业管理覆盖户数",
        "物业户数",
        "物业服务户数",
        "物业覆盖户数",
        "有物业管理户数",
        "纳入物业管理户数",
        "managedhouseholds",
        "householdsmanaged",
        "households_managed",
    ),
    "coverage": ("物业管理覆盖率", "物业覆盖率", "物业服务覆盖率", "覆盖率", "物业管理覆盖面", "coverage"),
    "contact": ("联系人", "联系方式", "联系人及电话", "联系电话", "contact"),
    "note": ("备注", "说明", "note", "notes", "remarks"),
    "recommend": ("是否推荐", "推荐", "recommend", "recommended"),
}
FIELDS = tuple(FIELD_ALIASES)
ITEM_TABLE_ALIASES: dict[str, tuple[str, ...]] = {
    "item": ("条目编号", "条目序号", "条目", "标准条目编号", "编号", "序号", "item", "itemno", "number"),
    "claim": ("自评结果", "自评", "自评情况", "自评等级", "selfassessment", "claim"),
    "claim_note": ("自评说明", "情况说明", "说明", "note"),
    "evidence": (
        "佐证照片文件名",
        "佐证材料",
        "照片文件名",
        "佐证照片",
        "佐证材料文件名",
        "evidence",
        "photos",
    ),
}
HEADER_SCAN_ROWS = 30
TOTAL_ROW_NAMES = {"合计", "小计", "总计", "total"}

CLAIM_MEETS, CLAIM_BASIC, CLAIM_FAILS = "符合", "基本符合", "不符合"
CLAIMS = (CLAIM_MEETS, CLAIM_BASIC, CLAIM_FAILS)
_CLAIM_WORDS = {
    "符合": CLAIM_MEETS,
    "是": CLAIM_MEETS,
    "√": CLAIM_MEETS,
    "✓": CLAIM_MEETS,
    "y": CLAIM_MEETS,
    "yes": CLAIM_MEETS,
    "meets": CLAIM_MEETS,
    "基本符合": CLAIM_BASIC,
    "partly": CLAIM_BASIC,
    "不符合": CLAIM_FAILS,
    "否": CLAIM_FAILS,
    "×": CLAIM_FAILS,
    "x": CLAIM_FAILS,
    "n": CLAIM_FAILS,
    "no": CLAIM_FAILS,
    "fails": CLAIM_FAILS,
}


FIELD_LOOKUP = alias_lookup(FIELD_ALIASES)
ITEM_TABLE_LOOKUP = alias_lookup(ITEM_TABLE_ALIASES)


# Claims exactly as the template's drop-down writes them: looked up without any normalising.
EXACT_CLAIMS = {claim: claim for claim in CLAIMS}


def normalize_claim(value: object) -> str | None:
    """'符合'/'基本符合'/'不符合' (also √, 是, yes ...), '' when empty, None when unrecognised."""
    if value.__class__ is str:  # a list holds 9,600 claims but only a handful of distinct texts
        return _claim(value)
    return _claim(compact(value))


@lru_cache(maxsize=1024)
def _claim(text: str) -> str | None:
    text = compact(text).lower()
    if not text:
        return ""
    return _CLAIM_WORDS.get(text)


def split_names(value: object) -> list[str]:
    text = clean_text(value)
    return [part.strip() for part in re.split(r"[;；,，、\n]+", text) if part.strip()]


@dataclass
class SheetRow:
    """One community as a sheet describes it, with where it came from."""

    file: str
    sheet: str
    row: int
    code: str = ""
    name: str = ""
    street: str = ""
    households: Any = None
    households_managed: Any = None
    coverage: Any = None
    contact: str = ""
    note: str = ""
    recommend: bool | None = None
    claims: dict[int, Any] = field(default_factory=dict)
    claim_notes: dict[int, str] = field(default_factory=dict)
    evidence_names: dict[int, list[str]] = field(default_factory=dict)
    from_community_sheet: bool = False
    headers: dict[str, str] = field(default_factory=dict)  # field -> the header text it came from


@dataclass
class SheetReport:
    """What was recognised in one sheet (for the mapping page and for problems)."""

    file: str
    sheet: str
    shape: str  # "list", "community" or "unknown"
    header_row: int | None = None
    columns: dict[str, str] = field(default_factory=dict)  # header text -> field (or "item:N")
    unmapped: list[str] = field(default_factory=list)
    title: str = ""  # text above the header, e.g. '三里屯街道绿色社区推荐名单'


def _item_column(key: str) -> int | None:
    """The item a per-item self-assessment header names: 第3条, 自评3, 3自评, 第十五条自评结果, item3.

    A bare number ('3') is no item column: it must say it is one (第, 条/项, 自评 or item)."""
    core = key.removesuffix("自评结果").removesuffix("自评").removeprefix("自评")
    if core == key and not (key.startswith(("第", "item")) or key.endswith(("条", "项"))):
        return None
    return item_number(core, whole=True)


def _map_header(cells: list[Any], parent: list[Any] | None, saved: dict[str, str]) -> dict[int, str]:
    """Column index -> field for one candidate header row (merged parent header cells help)."""
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for index, cell in enumerate(cells):
        candidates = [header_key(cell)]
        if parent is not None and index < len(parent):
            above = header_key(parent[index])
            if above and above != candidates[0]:
                candidates.insert(0, above + candidates[0])
        for key in candidates:
            if not key:
                continue
            target = saved.get(key) or FIELD_LOOKUP.get(key)
            if target is None:
                number = _item_column(key)
                if number is not None:
                    target = f"item:{number}"
            if target and target != "ignore" and target not in used:
                mapping[index] = target
                used.add(target)
                break
    return mapping


def _find_list_header(
    rows: list[tuple[Any, ...]], saved: dict[str, str]
) -> tuple[int, dict[int, str]] | None:
    best: tuple[int, dict[int, str]] | None = None
    for index, cells in enumerate(rows[:HEADER_SCAN_ROWS]):
        parent = list(rows[index - 1]) if index > 0 else None
        mapping = _map_header(list(cells), parent, saved)
        fields = set(mapping.values())
        if not ({"name", "code"} & fields) or len(fields) < 2:
            continue
        if best is None or len(mapping) > len(best[1]):
            best = (index, mapping)
    return best


def _likely_header(rows: list[tuple[Any, ...]]) -> int | None:
    """The first row with two or more text cells (a header nobody's aliases know)."""
    for index, cells in enumerate(rows[:HEADER_SCAN_ROWS]):
        texts = [cell for cell in cells if isinstance(cell, str) and compact(cell)]
        if len(set(texts)) >= 2:
            return index
    return None


def _find_item_table(rows: list[tuple[Any, ...]]) -> tuple[int, dict[str, int]] | None:
    """The item table of a one-community sheet: 条目/序号 + 自评 columns and no community column
    (a list of communities often starts with 序号 and has 自评 columns too, but names its communities)."""
    for index, cells in enumerate(rows[:HEADER_SCAN_ROWS]):
        if any(FIELD_LOOKUP.get(header_key(cell)) in ("name", "code") for cell in cells):
            continue
        mapping = match_columns(cells, ITEM_TABLE_LOOKUP)
        if "item" in mapping and "claim" in mapping:
            return index, mapping
    return None


def _labels_above(rows: list[tuple[Any, ...]], stop: int) -> dict[str, Any]:
    """Label/value pairs such as '社区代码 | 110105001001' written above the item table."""
    found: dict[str, Any] = {}
    for cells in rows[:stop]:
        for column, cell in enumerate(cells):
            field_name = FIELD_LOOKUP.get(header_key(cell))
            if field_name is None or field_name in found:
                continue
            for value in cells[column + 1 :]:
                if compact(value):
                    if FIELD_LOOKUP.get(header_key(value)) is None:
                        found[field_name] = value
                    break
    return found


def read_sheet(
    file: str, sheet: str, rows: list[tuple[Any, ...]], saved: dict[str, str]
) -> tuple[SheetReport, list[SheetRow]]:
    """Recognise one sheet and return its community rows (locations are 1-based Excel rows)."""
    table = _find_item_table(rows)
    if table is not None:
        return _read_community_sheet(file, sheet, rows, *table)
    header = _find_list_header(rows, saved)
    if header is None:
        report = SheetReport(file, sheet, "unknown")
        guess = _likely_header(rows)
        if guess is not None:  # offered on the mapping page so the user can say what the columns mean
            report.header_row = guess + 1
            report.unmapped = [clean_text(cell) for cell in rows[guess] if clean_text(cell)]
        return report, []
    index, mapping = header
    report = SheetReport(file, sheet, "list", header_row=index + 1)
    report.title = " ".join(clean_text(cell) for cells in rows[:index] for cell in cells if compact(cell))[
        :200
    ]
    for column, cell in enumerate(rows[index]):
        text = clean_text(cell)
        if column in mapping:
            report.columns[text or f"#{column + 1}"] = mapping[column]
        elif text:
            report.unmapped.append(text)
    return report, list(_list_rows(file, sheet, rows, index, mapping))


def _list_rows(
    file: str, sheet: str, rows: list[tuple[Any, ...]], header_index: int, mapping: dict[int, str]
):
    header_keys = {header_key(cell) for cell in rows[header_index]}
    header_cells = rows[header_index]
    headers = {
        target: clean_text(header_cells[column]) if column < len(header_cells) else target
        for column, target in mapping.items()
    }
    # Column positions looked up once, not per row (a district list has 600 rows x 20 columns);
    # every row is cut/padded to the mapped width plus one empty cell that absent fields point at.
    blank = max(mapping, default=-1) + 1
    padding = (None,) * (blank + 1)
    fields = {target: column for column, target in mapping.items() if not target.startswith("item:")}
    items = [(column, int(target[5:])) for column, target in mapping.items() if target.startswith("item:")]
    code_at, name_at, street_at = (fields.get(f, blank) for f in ("code", "name", "street"))
    households_at, managed_at, coverage_at = (
        fields.get(f, blank) for f in ("households", "households_managed", "coverage")
    )
    contact_at, note_at = fields.get("contact", blank), fields.get("note", blank)
    recommend_at = fields.get("recommend")
    for offset, raw_cells in enumerate(rows[header_index + 1 :], start=header_index + 2):
        width = len(raw_cells)
        cells = raw_cells[:blank] + padding[min(width, blank) :]
        raw_code, raw_name = cells[code_at], cells[name_at]
        code = digits_only(raw_code)
        name = compact(raw_name)
        if not code and not name:
            continue
        if name.lower() in TOTAL_ROW_NAMES or (not code and header_key(raw_name) in header_keys):
            continue  # totals row, or the header repeated on a printed page
        row = SheetRow(
            file=file,
            sheet=sheet,
            row=offset,
            code=code or compact(raw_code),
            name=name,
            street=compact(cells[street_at]),
            households=cells[households_at],
            households_managed=cells[managed_at],
            coverage=cells[coverage_at],
            contact=clean_text(cells[contact_at]),
            note=clean_text(cells[note_at]),
            headers=headers,
        )
        if recommend_at is not None and recommend_at < width:
            row.recommend = is_yes(cells[recommend_at])
        claims = row.claims
        for column, item in items:
            value = cells[column]
            if value is not None and value != "":  # blank text normalises to no claim later
                claims[item] = value
        yield row


def _read_community_sheet(
    file: str, sheet: str, rows: list[tuple[Any, ...]], header_index: int, columns: dict[str, int]
) -> tuple[SheetReport, list[SheetRow]]:
    labels = _labels_above(rows, header_index)
    report = SheetReport(file, sheet, "community", header_row=header_index + 1)
    report.columns = {clean_text(rows[header_index][c]): target for target, c in columns.items()}
    row = SheetRow(
        file=file,
        sheet=sheet,
        row=header_index + 1,
        code=digits_only(labels.get("code")),
        name=compact(labels.get("name")) or compact(sheet),
        street=compact(labels.get("street")),
        households=labels.get("households"),
        households_managed=labels.get("households_managed"),
        coverage=labels.get("coverage"),
        contact=clean_text(labels.get("contact")),
        from_community_sheet=True,
    )

    def cell(cells: tuple[Any, ...], target: str) -> Any:
        index = columns.get(target)
        return cells[index] if index is not None and index < len(cells) else None

    for cells in rows[header_index + 1 :]:
        number = item_number(cell(cells, "item"))
        if number is None:
            continue
        if compact(cell(cells, "claim")):
            row.claims[number] = cell(cells, "claim")
        note = clean_text(cell(cells, "claim_note"))
        if note:
            row.claim_notes[number] = note
        names = split_names(cell(cells, "evidence"))
        if names:
            row.evidence_names[number] = names
    return report, [row]
