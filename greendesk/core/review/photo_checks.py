"""Photo trust checks: EXIF time outside the creation period, far-away GPS, the same photo used elsewhere.

Also what the photo's own metadata cannot vouch for: a time that is only the file's modification
time (not a capture time), and EXIF that is damaged or holds invalid values (storage.photo_meta):
the photo was accepted, the reviewer is told.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import settings
from greendesk.core.base.errors import Message
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.storage import photo_meta
from greendesk.core.storage.models import (
    Community,
    Evidence,
    Photo,
    Recommendation,
)
from greendesk.core.storage.photos import original_path

# Photo trust checks.
GPS_FAR_METRES = 2000.0


# Warning kinds (stable identifiers; the text is WARNING_TEXTS[kind]).
WARN_NO_EXIF = "no_exif"


WARN_TIME_OUTSIDE = "time_outside_period"


WARN_GPS_FAR = "gps_far"


WARN_DUPLICATE = "used_by_other_community"


WARN_NOT_CAPTURE_TIME = "time_not_capture"
# Metadata problems found when the photo was read: the kind is photo_meta's problem kind.
WARN_EXIF_UNREADABLE = photo_meta.EXIF_UNREADABLE
WARN_EXIF_BAD_VALUE = photo_meta.EXIF_BAD_VALUE
WARN_GPS_INVALID = photo_meta.GPS_INVALID
WARN_ORIENTATION_INVALID = photo_meta.ORIENTATION_INVALID


WARNING_TEXTS = {
    WARN_NO_EXIF: QT_TRANSLATE_NOOP("Review", "{photo}: no EXIF data (time and place unknown)"),
    WARN_TIME_OUTSIDE: QT_TRANSLATE_NOOP(
        "Review", "{photo}: taken {taken}, outside the creation period {start} to {end}"
    ),
    WARN_GPS_FAR: QT_TRANSLATE_NOOP(
        "Review", "{photo}: taken {distance} km from where the community's other photos were taken"
    ),
    WARN_DUPLICATE: QT_TRANSLATE_NOOP("Review", "{photo}: the same photo is also evidence for {other}"),
    WARN_NOT_CAPTURE_TIME: QT_TRANSLATE_NOOP(
        "Review", "{photo}: {taken} is the file's modification time, not a capture time"
    ),
    WARN_EXIF_UNREADABLE: QT_TRANSLATE_NOOP(
        "Review", "{photo}: its EXIF data is damaged or cut short (what it says may be incomplete)"
    ),
    WARN_EXIF_BAD_VALUE: QT_TRANSLATE_NOOP("Review", "{photo}: its EXIF capture time is not a valid date"),
    WARN_GPS_INVALID: QT_TRANSLATE_NOOP("Review", "{photo}: its GPS position is invalid and was ignored"),
    WARN_ORIENTATION_INVALID: QT_TRANSLATE_NOOP(
        "Review", "{photo}: its orientation value is invalid (shown as stored)"
    ),
}
# Metadata problems per original: originals never change under their hash, so once read is enough.
_PROBLEMS: dict[str, tuple[str, ...]] = {}


class WarningMessage(Message):
    """A photo trust warning (translation context "Review")."""

    context = "Review"


@dataclass(frozen=True)
class PhotoWarning:
    kind: str
    photo_sha256: str
    params: dict[str, Any]

    def message(self) -> Message:
        return WarningMessage(WARNING_TEXTS[self.kind], **self.params)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "photo": self.photo_sha256, "text": str(self.message())}


def photo_period(session: Session, year: int) -> tuple[date, date]:
    margin = settings.PHOTO_PERIOD_MARGIN_YEARS.read(session)  # creation period = year +/- margin
    return date(year - margin, 1, 1), date(year + margin, 12, 31)


def distance_metres(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) — plenty for a 2 km plausibility check."""
    radius = 6_371_000.0
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * radius * math.asin(math.sqrt(a))


def _photo_label(evidence: Evidence) -> str:
    return evidence.original_name or evidence.photo_sha256[:12]


def metadata_problems(photos_dir: Path, photo: Photo) -> tuple[str, ...]:
    """The photo's metadata problems, read from its original's header (cached by hash)."""
    if photo.kind != "image":
        return ()
    if photo.sha256 not in _PROBLEMS:
        path = original_path(photos_dir, photo.sha256, photo.extension)
        _PROBLEMS[photo.sha256] = photo_meta.problems_of(path)
    return _PROBLEMS[photo.sha256]


def _own_warnings(photo: Photo, label: str, photos_dir: Path | None) -> list[PhotoWarning]:
    """What the photo's own metadata cannot vouch for: no EXIF, a file time, damaged values."""
    found = []
    if not photo.has_exif and photo.taken_source != photo_meta.SOURCE_XMP:
        found.append(PhotoWarning(WARN_NO_EXIF, photo.sha256, {"photo": label}))
    if photo.taken_source == photo_meta.SOURCE_MTIME and photo.taken_at is not None:
        taken = photo.taken_at.strftime("%Y-%m-%d %H:%M")
        found.append(PhotoWarning(WARN_NOT_CAPTURE_TIME, photo.sha256, {"photo": label, "taken": taken}))
    if photos_dir is not None:
        for kind in metadata_problems(photos_dir, photo):
            found.append(PhotoWarning(kind, photo.sha256, {"photo": label}))
    return found


def photo_warnings(
    session: Session,
    recommendation: Recommendation,
    evidence_rows: list[Evidence],
    period: tuple[date, date],
    photos_dir: Path | None = None,
) -> dict[int, list[PhotoWarning]]:
    """Trust warnings per item: they inform the reviewer, they never decide.

    With ``photos_dir`` the originals' metadata problems are included (read once per original).
    """
    result: dict[int, list[PhotoWarning]] = {}
    shas = {row.photo_sha256 for row in evidence_rows}
    others: dict[str, set[str]] = {}
    if shas:
        shared = session.execute(
            select(Evidence.photo_sha256, Community.name)
            .join(Recommendation, Evidence.recommendation_id == Recommendation.id)
            .join(Community, Recommendation.community_id == Community.id)
            .where(
                Evidence.photo_sha256.in_(shas), Recommendation.community_id != recommendation.community_id
            )
        )
        for sha, name in shared:
            others.setdefault(sha, set()).add(name)
    located = {
        row.photo_sha256: (row.photo.gps_lat, row.photo.gps_lon)
        for row in evidence_rows
        if row.photo.gps_lat is not None and row.photo.gps_lon is not None
    }
    start, end = period
    for row in evidence_rows:
        photo: Photo = row.photo
        label = _photo_label(row)
        found = result.setdefault(row.item_number, [])
        if photo.kind != "image":  # a document has no capture time or place to check; copies still count
            _note_duplicate(found, photo.sha256, label, others)
            continue
        found.extend(_own_warnings(photo, label, photos_dir))
        captured = photo.taken_at is not None and photo.taken_source != photo_meta.SOURCE_MTIME
        if captured and not start <= photo.taken_at.date() <= end:
            found.append(
                PhotoWarning(
                    WARN_TIME_OUTSIDE,
                    photo.sha256,
                    {
                        "photo": label,
                        "taken": photo.taken_at.strftime("%Y-%m-%d"),
                        "start": start.isoformat(),
                        "end": end.isoformat(),
                    },
                )
            )
        if photo.sha256 in located:
            rest = [where for sha, where in located.items() if sha != photo.sha256]
            if rest:
                centre_lat = statistics.median(lat for lat, _ in rest)
                centre_lon = statistics.median(lon for _, lon in rest)
                lat, lon = located[photo.sha256]
                distance = distance_metres(lat, lon, centre_lat, centre_lon)
                if distance > GPS_FAR_METRES:
                    found.append(
                        PhotoWarning(
                            WARN_GPS_FAR, photo.sha256, {"photo": label, "distance": f"{distance / 1000:.1f}"}
                        )
                    )
        _note_duplicate(found, photo.sha256, label, others)
    return result


def _note_duplicate(found: list[PhotoWarning], sha256: str, label: str, others: dict[str, set[str]]) -> None:
    """The same file is evidence of another community too."""
    if sha256 in others:
        found.append(
            PhotoWarning(WARN_DUPLICATE, sha256, {"photo": label, "other": "、".join(sorted(others[sha256]))})
        )
