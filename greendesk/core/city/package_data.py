"""TEMPORARY adapter until the district side's package format 2 (branch pkgv2) is merged: the bag-info
labels and a bare reader of ``data/greendesk-data.json``. Removed at that merge in favour of
``greendesk.core.package.bag`` and ``greendesk.core.package.data.read_package_data``."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

FORMAT_FIELD = "GreenDesk-Package-Format"
KIND_FIELD = "GreenDesk-Package-Kind"
PERIOD_FIELD = "GreenDesk-Period"
_DATA = "data/greendesk-data.json"


def read_package_data(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n == _DATA or n.endswith("/" + _DATA))
        return json.loads(archive.read(name).decode("utf-8"))
