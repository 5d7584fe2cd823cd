"""The district's progress summary PDF (progress against the targets, with charts) for other documents.

The application-package export includes it and prints its own lines (e.g. a key fingerprint) at the end.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from greendesk.core.progress import figures
from greendesk.core.reports import labels, office, official, pdf
from greendesk.core.reports.labels import t
from greendesk.core.workspace import Workspace


def write_district_summary_pdf(
    workspace: Workspace, year: int, path: Path, extra_lines: Iterable[str] = ()
) -> None:
    """Progress of ``year`` computed now (as of today, or 31 December for a past year)."""
    from datetime import date

    from greendesk.core.base import clock

    as_of = min(clock.today(), date(year, 12, 31))
    data = figures.compute(workspace, year, as_of).to_dict()
    title = t(labels.SUMMARY_TITLE).format(district=data["district_name"], year=year)
    details = office.read_office(workspace)
    filler = official.FormFiller(details.name, details.contact, details.phone, clock.today())
    pdf.write_summary(Path(path), title, data, filler, list(extra_lines))
