"""Where a site-visit photo was taken, checked against what else is known: the community's other
evidence photos and the district's area.

Both checks only warn (a phone's GPS drifts, a visitor may photograph a notice board elsewhere);
a photo without GPS gets a note, never an error. The district boxes in
``resources/registry/district_bounds.csv`` are approximate and larger than the districts.
"""

from __future__ import annotations

import csv
import statistics
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from greendesk.core.base.errors import Message
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.paths import resources_dir
from greendesk.core.review.photo_checks import GPS_FAR_METRES, distance_metres

BOUNDS_FILE = "registry/district_bounds.csv"

NO_GPS = "no_gps"
FAR_FROM_EVIDENCE = "far_from_evidence"
OUTSIDE_DISTRICT = "outside_district"
KINDS = (NO_GPS, FAR_FROM_EVIDENCE, OUTSIDE_DISTRICT)
TEXTS = {
    NO_GPS: QT_TRANSLATE_NOOP("Visits", "{photo}: no GPS position (where it was taken is not checked)"),
    FAR_FROM_EVIDENCE: QT_TRANSLATE_NOOP(
        "Visits", "{photo}: taken {distance} km from where the community's other evidence photos were taken"
    ),
    OUTSIDE_DISTRICT: QT_TRANSLATE_NOOP(
        "Visits", "{photo}: taken at {lat}, {lon}, outside the area of {district}"
    ),
}


class VisitMessage(Message):
    """A site-visit photo note or warning (translation context "Visits")."""

    context = "Visits"


@dataclass(frozen=True)
class PlaceWarning:
    """One finding about a photo's place; ``NO_GPS`` is a note, the others are warnings."""

    kind: str
    item: int
    photo_sha256: str
    params: dict[str, Any]

    @property
    def is_note(self) -> bool:
        return self.kind == NO_GPS

    def message(self) -> Message:
        return VisitMessage(TEXTS[self.kind], **self.params)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "item": self.item,
            "photo": self.photo_sha256,
            "note": self.is_note,
            "text": str(self.message()),
        }


@dataclass(frozen=True)
class DistrictBox:
    code: str
    name: str
    lat_min: float
    lat_max: float
    lon_min: float
    lon_max: float

    def contains(self, lat: float, lon: float) -> bool:
        return self.lat_min <= lat <= self.lat_max and self.lon_min <= lon <= self.lon_max


@lru_cache(maxsize=1)
def district_boxes() -> dict[str, DistrictBox]:
    """The shipped approximate boxes by district code (comment lines start with '#')."""
    path = resources_dir() / BOUNDS_FILE
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    boxes = {}
    for row in csv.DictReader(lines):
        box = DistrictBox(
            row["code"],
            row["name"],
            float(row["lat_min"]),
            float(row["lat_max"]),
            float(row["lon_min"]),
            float(row["lon_max"]),
        )
        boxes[box.code] = box
    return boxes


def median_position(positions: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The median latitude and longitude (robust against one stray photo); None without positions."""
    if not positions:
        return None
    return statistics.median(lat for lat, _ in positions), statistics.median(lon for _, lon in positions)


def check_place(
    *,
    item: int,
    sha256: str,
    label: str,
    position: tuple[float, float] | None,
    centre: tuple[float, float] | None,
    district_code: str,
) -> list[PlaceWarning]:
    """The note or warnings for one photo: no GPS; far from ``centre``; outside the district's box."""
    if position is None:
        return [PlaceWarning(NO_GPS, item, sha256, {"photo": label})]
    found = []
    lat, lon = position
    if centre is not None:
        distance = distance_metres(lat, lon, *centre)
        if distance > GPS_FAR_METRES:
            params = {"photo": label, "distance": f"{distance / 1000:.1f}"}
            found.append(PlaceWarning(FAR_FROM_EVIDENCE, item, sha256, params))
    box = district_boxes().get(district_code)
    if box is not None and not box.contains(lat, lon):
        params = {"photo": label, "lat": f"{lat:.5f}", "lon": f"{lon:.5f}", "district": box.name}
        found.append(PlaceWarning(OUTSIDE_DISTRICT, item, sha256, params))
    return found
