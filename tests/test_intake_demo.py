"""Synthetic packages for the demo and benchmarks go through the real import path."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from greendesk.core.demo import builder
from greendesk.core.demo.synthetic import photo_bytes
from greendesk.core.storage import images
from greendesk.core.storage.models import Evidence, Photo, Recommendation, SelfAssessment
from greendesk.core.workspace import Workspace


def test_synthetic_photo_has_phone_exif_and_sideways_storage(tmp_path: Path) -> None:
    rng = random.Random(3)
    found_sideways = False
    for _ in range(40):
        info, thumb = images.inspect(photo_bytes(rng, 2022, 3), "p.jpg")[:2]
        assert info.taken_at is not None and info.taken_at.year == 2022
        assert info.gps_lat == pytest.approx(39.92, abs=0.1) and info.gps_lon == pytest.approx(
            116.45, abs=0.1
        )
        if info.orientation == 6:
            found_sideways = True
            assert info.width > info.height and thumb.height > thumb.width  # shown upright
    assert found_sideways
    bare = photo_bytes(rng, 2022, 3, exif=False)
    assert not Image.open(io.BytesIO(bare)).getexif()


def test_demo_step_imports_recommendations(chaoyang: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(builder, "DEMO_STREETS_RECOMMENDING", 2)
    assert builder._recommend_communities in builder.DEMO_STEPS
    builder._recommend_communities(chaoyang, random.Random(1))
    with chaoyang.sessions() as session:
        recommendations = session.scalars(select(Recommendation)).all()
        assert 4 <= len(recommendations) <= 8
        assert {(r.year, r.batch, r.status) for r in recommendations} == {(2022, 1, "recommended")}
        assert session.scalar(select(func.count()).select_from(SelfAssessment)) == 16 * len(recommendations)
        assert session.scalar(select(func.count()).select_from(Evidence)) == 5 * len(recommendations)
        assert session.scalar(select(func.count()).select_from(Photo).where(Photo.gps_lat.is_not(None))) > 0
