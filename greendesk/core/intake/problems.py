"""What an analysis reports: each problem with where it is, and the progress and cancel hooks.

An error blocks its row or photo until the user resolves (or skips) it; a warning only informs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from greendesk.core.base.errors import GreenDeskError, Message
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
ERROR, WARNING = "error", "warning"


class ImportCancelled(GreenDeskError):
    """The user cancelled; nothing was written."""


def check_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled(QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was changed."))


@dataclass(frozen=True)
class Location:
    """Where a problem is: file, and when known sheet, row, column or package entry."""

    file: str
    sheet: str = ""
    row: int | None = None
    column: str = ""

    def message(self) -> Message:
        if self.sheet and self.row is not None and self.column:
            return Message(
                QT_TRANSLATE_NOOP("Errors", "{file}, sheet {sheet}, row {row}, column {column}"),
                file=self.file,
                sheet=self.sheet,
                row=self.row,
                column=self.column,
            )
        if self.sheet and self.row is not None:
            return Message(
                QT_TRANSLATE_NOOP("Errors", "{file}, sheet {sheet}, row {row}"),
                file=self.file,
                sheet=self.sheet,
                row=self.row,
            )
        if self.sheet:
            return Message(
                QT_TRANSLATE_NOOP("Errors", "{file}, sheet {sheet}"), file=self.file, sheet=self.sheet
            )
        return Message("{file}", file=self.file)

    def render(self, language: str | None = None) -> str:
        return self.message().render(language)

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "sheet": self.sheet, "row": self.row, "column": self.column}


@dataclass
class Problem:
    """An error blocks its row or photo until resolved (or skipped); a warning only informs."""

    severity: str
    kind: str
    message: Message
    location: Location
    row_key: str | None = None

    def render(self, language: str | None = None) -> str:
        return f"{self.location.render(language)}: {self.message.render(language)}"

    def to_dict(self, language: str | None = None) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "kind": self.kind,
            "location": self.location.to_dict(),
            "message": self.message.render(language),
            "text": self.render(language),
        }


def problem(
    severity: str, kind: str, location: Location, template: str, row_key: str | None = None, **params: Any
) -> Problem:
    return Problem(severity, kind, Message(template, **params), location, row_key)
