"""The district's progress summary PDF (progress against the targets, with charts) for other documents.

The application-package export includes it and prints its own lines (e.g. a key fingerprint) at the
end. It prints figures the caller computed (``figures.compute_in`` in the package's own snapshot),
so the summary, its status table and the package's lines count the same things at the same moment.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from greendesk.core.reports import labels, official, pdf
from greendesk.core.reports.labels import t


def write_district_summary_pdf(
    data: dict[str, Any], path: Path, filler: official.FormFiller, extra_lines: Iterable[str] = ()
) -> None:
    """The progress ``data`` (a ``figures.Progress.to_dict()``) as the district summary form."""
    title = t(labels.SUMMARY_TITLE).format(district=data["district_name"], year=data["year"])
    pdf.write_summary(Path(path), title, data, filler, list(extra_lines))
