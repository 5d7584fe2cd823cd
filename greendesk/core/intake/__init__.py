"""Importing street recommendation packages (Excel + photos, folders or zip), in two phases.

``analyse_package`` reads and plans without writing; ``apply_import`` writes the plan in one
transaction; ``export_template`` writes the workbook streets fill in.
"""

from greendesk.core.intake.analysis import analyse_package
from greendesk.core.intake.apply import ImportResult, Resolutions, apply_import
from greendesk.core.intake.plan import ImportPlan, PlannedPhoto, PlannedRow
from greendesk.core.intake.problems import ImportCancelled, Location, Problem

__all__ = [
    "ImportCancelled",
    "ImportPlan",
    "ImportResult",
    "Location",
    "PlannedPhoto",
    "PlannedRow",
    "Problem",
    "Resolutions",
    "analyse_package",
    "apply_import",
]
