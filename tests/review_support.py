"""Small workspaces and photos for the review tests (built fast, without the full registry)."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from PIL import Image

from greendesk.core.base import clock
from greendesk.core.review import recommendations
from greendesk.core.storage.models import Community, Street
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD, TEST_USER

STREET_CODE = "110105001"
COMMUNITIES = {
    "110105001001": "绿园社区居委会",
    "110105001002": "花园社区居委会",
    "110105001003": "松林社区居委会",
}


def small_workspace(data_dir: Path) -> Workspace:
    """A Chaoyang workspace with one street and three communities, signed in as its administrator."""
    workspace = Workspace.create(data_dir, "110105", admin=TEST_USER, password=TEST_PASSWORD)
    with workspace.transaction() as session:
        street = Street(code=STREET_CODE, name="建外街道", kind="街道", district_code="110105")
        session.add(street)
        session.flush()
        for code, name in COMMUNITIES.items():
            session.add(
                Community(
                    code=code,
                    name=name,
                    street_id=street.id,
                    households=1200,
                    property_management_coverage=45.0,
                    updated_at=clock.now(),
                )
            )
    return workspace


def recommend(workspace: Workspace, code: str = "110105001001", year: int = 2022, **kwargs) -> str:
    kwargs.setdefault("households", 1000)
    kwargs.setdefault("households_managed", 500)
    recommendations.create_recommendation(workspace, code, year, **kwargs)
    return code


def jpeg(
    colour: tuple[int, int, int] = (40, 140, 60),
    taken: datetime | None = datetime(2022, 5, 6, 10, 11, 12),
    gps: tuple[float, float] | None = None,
    size: tuple[int, int] = (320, 240),
    orientation: int | None = None,
) -> bytes:
    """A small JPEG; EXIF only when a time, place or orientation is given."""
    image = Image.new("RGB", size, colour)
    exif = Image.Exif()
    if taken is not None:
        exif[0x0132] = taken.strftime("%Y:%m:%d %H:%M:%S")
    if orientation:
        exif[0x0112] = orientation
    if gps is not None:
        lat, lon = gps

        def dms(value: float) -> tuple[float, float, float]:
            degrees = int(value)
            minutes_full = (value - degrees) * 60
            minutes = int(minutes_full)
            return (float(degrees), float(minutes), round((minutes_full - minutes) * 60, 4))

        exif[0x8825] = {1: "N", 2: dms(lat), 3: "E", 4: dms(lon)}
    buffer = io.BytesIO()
    if len(exif):
        image.save(buffer, "JPEG", exif=exif)
    else:
        image.save(buffer, "JPEG")
    return buffer.getvalue()


def recommended_folder(data_dir: Path) -> str:
    """A closed small workspace with one recommendation (coverage 20 %), for CLI tests by folder."""
    workspace = small_workspace(data_dir)
    recommend(workspace, households=1000, households_managed=200)
    workspace.close()
    return str(data_dir)
