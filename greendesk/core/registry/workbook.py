"""Reading a registry from an Excel workbook in the shipped shape (headers in English or Chinese).

The first sheet with a code column and a name column is read; every bad cell is an error naming
file, sheet and row, because a registry load is all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from greendesk.core.base import cells
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import clean_text, compact, digits_only
from greendesk.core.base.spreadsheet import iter_sheets
from greendesk.core.registry.shipped import RegistryRow, committee_kind

# Header aliases for Excel registries (English names of the shipped CSV, or what offices write).
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "code": ("code12", "code", "统计用区划代码", "区划代码", "社区代码", "居委会代码", "代码", "编码"),
    "name": ("name", "社区名称", "居委会名称", "名称", "社区"),
    "street_code": ("street_code9", "street_code", "街道代码", "乡级代码"),
    "street_name": ("street_name", "街道", "街道名称", "所属街道", "街道(乡镇)", "街乡"),
    "district_code": ("district_code", "区代码"),
    "district_name": ("district_name", "区", "区名", "所属区"),
    "kind": ("kind_by_code", "kind", "类型", "城乡分类"),
    "short_name": ("short_name", "简称"),
    "in_scope": ("in_scope", "纳入创建范围", "城市社区"),
    "households": ("households", "户数", "总户数"),
    "population": ("population", "人口", "常住人口"),
    "property_management_coverage": ("property_management_coverage", "物业管理覆盖率", "物业覆盖率"),
    "contact": ("contact", "联系人", "联系方式"),
}
HEADER_LOOKUP = cells.alias_lookup(HEADER_ALIASES)
REQUIRED_COLUMNS = ("code", "name")
HEADER_SCAN_ROWS = 30


def read_registry_workbook(path: Path) -> list[RegistryRow]:
    """Rows of the first sheet that has a recognisable header (code and name columns)."""
    for sheet_name, rows in iter_sheets(path):
        for index, header in enumerate(rows[:HEADER_SCAN_ROWS]):
            mapping = cells.match_columns(header, HEADER_LOOKUP)
            if all(column in mapping for column in REQUIRED_COLUMNS):
                return list(_rows_from_sheet(_Sheet(path, sheet_name, mapping), rows, index))
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: no sheet has a header row with a code column and a name column (e.g. 'code12' and 'name').",
        ),
        file=path.name,
    )


class _Sheet:
    """The sheet being read: where it is (for messages) and which column holds which field."""

    def __init__(self, path: Path, name: str, mapping: dict[str, int]) -> None:
        self.path, self.name, self.mapping = path, name, mapping

    def cell(self, values: tuple[Any, ...], column: str) -> Any:
        index = self.mapping.get(column)
        return values[index] if index is not None and index < len(values) else None

    def error(self, template: str, row: int, **params: Any) -> ValidationError:
        return ValidationError(template, file=self.path.name, sheet=self.name, row=row, **params)


def _rows_from_sheet(sheet: _Sheet, rows: list[tuple[Any, ...]], header_index: int) -> Iterator[RegistryRow]:
    for offset, values in enumerate(rows[header_index + 1 :], start=header_index + 2):
        if any(compact(value) for value in values):
            yield _read_row(sheet, values, offset)


def _read_row(sheet: _Sheet, values: tuple[Any, ...], row: int) -> RegistryRow:
    def cell(column: str) -> Any:
        return sheet.cell(values, column)

    code = digits_only(cell("code"))
    name = compact(cell("name"))
    if len(code) != 12:
        raise sheet.error(
            QT_TRANSLATE_NOOP(
                "Errors", "{file}, sheet {sheet}, row {row}: code '{code}' must have 12 digits."
            ),
            row,
            code=clean_text(cell("code")),
        )
    if not name:
        raise sheet.error(
            QT_TRANSLATE_NOOP("Errors", "{file}, sheet {sheet}, row {row}: the name is empty."), row
        )
    households = _count(sheet, cell("households"), row, "households")
    population = _count(sheet, cell("population"), row, "population")
    coverage = _coverage(sheet, cell("property_management_coverage"), row)
    in_scope = _in_scope(sheet, cell("in_scope"), row)
    kind_text = compact(cell("kind"))
    if not kind_text or kind_text.isdigit():  # empty, or an NBS urban-rural class code such as 111
        kind_text = committee_kind(code)
    contact = cell("contact")
    return RegistryRow(
        code=code,
        name=name,
        street_code=digits_only(cell("street_code"))[:9] or code[:9],
        street_name=compact(cell("street_name")),
        district_code=digits_only(cell("district_code"))[:6] or code[:6],
        short_name=compact(cell("short_name")),
        kind=kind_text,
        in_scope=in_scope,
        households=households,
        population=population,
        property_management_coverage=coverage,
        contact=None if contact is None else clean_text(contact),
        location=f"{sheet.path.name} [{sheet.name}] row {row}",
    )


def _not_a_number(sheet: _Sheet, raw: Any, row: int, column: str) -> ValidationError:
    return sheet.error(
        QT_TRANSLATE_NOOP(
            "Errors", "{file}, sheet {sheet}, row {row}, column {column}: '{value}' is not a valid number."
        ),
        row,
        column=column,
        value=clean_text(raw),
    )


def _count(sheet: _Sheet, raw: Any, row: int, column: str) -> int | None:
    try:
        return cells.parse_count(raw)
    except ValueError:
        raise _not_a_number(sheet, raw, row, column) from None


def _coverage(sheet: _Sheet, raw: Any, row: int) -> float | None:
    """The coverage in %, a percent-formatted cell's fraction (0.35) read as 35 %."""
    try:
        number = cells.cell_number(raw, "%")
    except ValueError:
        raise _not_a_number(sheet, raw, row, "property_management_coverage") from None
    try:
        return cells.parse_percent(raw)
    except ValueError:
        raise sheet.error(
            QT_TRANSLATE_NOOP(
                "Errors", "{file}, sheet {sheet}, row {row}: coverage {value} is not between 0 and 100 %."
            ),
            row,
            value=number,
        ) from None


def _in_scope(sheet: _Sheet, raw: Any, row: int) -> bool | None:
    try:
        return cells.parse_yes_no(raw)
    except ValueError:
        raise sheet.error(
            QT_TRANSLATE_NOOP(
                "Errors", "{file}, sheet {sheet}, row {row}: in-scope value '{value}' should be 是 or 否."
            ),
            row,
            value=clean_text(raw),
        ) from None
