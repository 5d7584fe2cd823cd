"""Does the street's workbook speak of the year being imported?

A street that sends last year's workbook again (title '2022年度…汇总表', a '年度 2022' cell above the
header, or a file named '2022年度推荐名单.xlsx') while the import is for 2026 is a mistake worth a
warning before anything is written: the rows would land in the wrong campaign.
"""

from __future__ import annotations

import re

from greendesk.core.base.errors import Message
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.intake.plan import ImportPlan
from greendesk.core.intake.problems import WARNING, Location, Problem

# "2022年度", "2022 年度", "年度：2022", "年度 2022" (the year is a plausible campaign year)
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度|年度\s*[：:]?\s*((?:19|20)\d{2})(?!\d)")


def years_named(text: str) -> set[int]:
    """The campaign years a title or file name names with 年度."""
    return {int(first or second) for first, second in _YEAR.findall(text)}


def year_problems(plan: ImportPlan) -> list[Problem]:
    """One warning per workbook file name and per sheet title that names only other years."""
    problems: list[Problem] = []
    seen_files: set[str] = set()
    for report in plan.sheets:
        places = [(report.title, Location(report.file, report.sheet))]
        if report.file not in seen_files:
            seen_files.add(report.file)
            places.insert(0, (report.file, Location(report.file)))
        for text, location in places:
            named = years_named(text)
            if named and plan.year not in named:
                problems.append(_mismatch(location, sorted(named), plan.year))
    return problems


def _mismatch(location: Location, named: list[int], year: int) -> Problem:
    return Problem(
        WARNING,
        "year_mismatch",
        Message(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The workbook is for {found}, but this import is for {year}: check the year before importing.",
            ),
            found="、".join(f"{value}年度" for value in named),
            year=year,
        ),
        location,
    )
