"""A small workspace with signed-off reviews, built row by row (the review services are not needed)."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

from PIL import Image

from greendesk.core import audit, settings
from greendesk.core.review import vocabulary
from greendesk.core.safety import replay
from greendesk.core.storage import photos
from greendesk.core.storage.models import Community, Decision, Evidence, Recommendation, Street
from greendesk.core.workspace import Workspace

YEAR = 2022


def jpeg_bytes(
    width: int, height: int, colour: tuple[int, int, int], orientation: int | None = None
) -> bytes:
    image = Image.new("RGB", (width, height), colour)
    # A stripe at the top of the sensor image: after rotation by orientation 6 it sits on the right.
    for x in range(width):
        for y in range(min(20, height)):
            image.putpixel((x, y), (250, 20, 20))
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    exif[0x0132] = "2022:05:06 10:11:12"
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, quality=90)
    return buffer.getvalue()


def build_signed_off_workspace(
    workspace: Workspace, *, comment_item_3: str = "台账齐全，机制运行良好"
) -> dict:
    """Two streets, three signed-off communities (one failing item 12), one merely passed community."""
    now = datetime(2022, 9, 1, 9, 0)
    created: dict = {"photos": {}}
    with workspace.transaction() as session:
        street_a = Street(code="110105001", name="建外街道", district_code="110105")
        street_b = Street(code="110105002", name="朝外街道", district_code="110105")
        session.add_all([street_a, street_b])
        session.flush()
        communities = [
            Community(code="110105001001", name="永安里社区", street_id=street_a.id, households=2100),
            Community(code="110105001002", name="建华社区", street_id=street_a.id, households=1500),
            Community(code="110105002001", name="雅宝里社区", street_id=street_b.id, households=1800),
            Community(code="110105002002", name="吉祥社区", street_id=street_b.id, households=900),
        ]
        session.add_all(communities)
        session.flush()
        portrait = jpeg_bytes(480, 320, (40, 140, 60), orientation=6)  # stored landscape, shown portrait
        landscape = jpeg_bytes(640, 400, (60, 90, 160))
        second = jpeg_bytes(300, 300, (200, 180, 40))
        portrait_row, _ = photos.store(session, workspace.photos_dir, portrait, "门禁-竖拍.jpg")
        landscape_row, _ = photos.store(session, workspace.photos_dir, landscape, "垃圾分类.jpg")
        second_row, _ = photos.store(session, workspace.photos_dir, second, "宣传栏.jpg")
        created["photos"] = {"portrait": portrait_row.sha256, "landscape": landscape_row.sha256}
        for index, community in enumerate(communities):
            signed = index < 3
            recommendation = Recommendation(
                community_id=community.id,
                year=YEAR,
                batch=1 if index != 2 else 2,
                standard_id="national-2020-trial",
                status=vocabulary.SIGNED_OFF if signed else vocabulary.PASSED,
                current_round=2 if index == 1 else 1,
                households=community.households,
                households_managed=int(community.households * (0.2 if index == 2 else 0.8)),
                recommended_on=date(2022, 6, 1),
                created_at=now,
                updated_at=now,
                signed_off_by="李审批" if signed else "",
                signed_off_at=now + timedelta(days=20) if signed else None,
                locked=signed,
            )
            session.add(recommendation)
            session.flush()
            for number in range(1, 17):
                outcome = vocabulary.FAIL if (index == 2 and number == 12) else vocabulary.PASS
                if index == 1 and number == 5:  # returned in round 1, passed in round 2
                    session.add(
                        Decision(
                            recommendation_id=recommendation.id,
                            round=1,
                            item_number=number,
                            outcome=vocabulary.MORE,
                            comment="缺少节能改造照片",
                            decided_by="王审核",
                            decided_at=now,
                        )
                    )
                session.add(
                    Decision(
                        recommendation_id=recommendation.id,
                        round=2 if index == 1 else 1,
                        item_number=number,
                        outcome=outcome,
                        comment=comment_item_3 if number == 3 else "",
                        measured_value=80.0
                        if number == 12 and index != 2
                        else (20.0 if number == 12 else None),
                        decided_by="王审核" if number % 2 else "张审核",
                        decided_at=now + timedelta(days=index, minutes=number),
                    )
                )
            evidence = [(3, portrait_row), (3, landscape_row), (7, second_row)]
            for item_number, photo in evidence:
                session.add(
                    Evidence(
                        recommendation_id=recommendation.id,
                        item_number=item_number,
                        photo_sha256=photo.sha256,
                        original_name=f"{item_number}.jpg",
                        added_at=now,
                    )
                )
        _record_as_upgraded(session, workspace)
    return created


def _record_as_upgraded(session, workspace: Workspace) -> None:
    """The rows above were written directly, as an earlier GreenDesk left them; record them the way
    the upgrade to anchored logs does (migration 0009's baseline), so the replay starts from here."""
    session.flush()
    audit.record(
        session,
        user=workspace.user,
        action="workspace.assign_id",
        entity="workspace",
        key="110105",
        new={
            "workspace_id": settings.WORKSPACE_ID.read(session),
            "review": replay.review_state(session),
        },
    )
