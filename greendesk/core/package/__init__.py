"""The district application package (申报材料): export as a signed BagIt zip, and verify offline."""

from greendesk.core.package.bag import ExportCancelled
from greendesk.core.package.export import ExportResult, export_package
from greendesk.core.package.verify import Problem, VerifyReport, verify_package

__all__ = ["ExportCancelled", "ExportResult", "Problem", "VerifyReport", "export_package", "verify_package"]
