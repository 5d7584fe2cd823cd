from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import event

from greendesk.core.base.errors import ValidationError
from greendesk.core.storage import images, photos
from greendesk.core.storage.models import Photo
from greendesk.core.workspace import Workspace


def jpeg_bytes(
    width: int = 640, height: int = 480, orientation: int | None = None, gps: bool = False
) -> bytes:
    image = Image.new("RGB", (width, height), (40, 140, 60))
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    exif[0x0132] = "2022:05:06 10:11:12"
    if gps:
        exif[0x8825] = {1: "N", 2: (39.0, 55.0, 12.0), 3: "E", 4: (116.0, 27.0, 0.0)}
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def test_store_keeps_original_bytes_and_reads_exif(workspace: Workspace) -> None:
    data = jpeg_bytes(orientation=6, gps=True)
    with workspace.transaction() as session:
        row, added = photos.store(session, workspace.photos_dir, data, "门禁.jpg")
    assert added
    stored = photos.original_path(workspace.photos_dir, row.sha256, "jpg")
    assert stored.read_bytes() == data
    assert row.orientation == 6 and row.has_exif
    assert row.taken_at is not None and row.taken_at.year == 2022
    assert row.gps_lat == pytest.approx(39.92, abs=0.01) and row.gps_lon == pytest.approx(116.45, abs=0.01)
    thumb = Image.open(photos.thumbnail_path(workspace.photos_dir, row.sha256))
    assert max(thumb.size) == 256 and thumb.size[1] > thumb.size[0]  # rotated upright: portrait


def test_same_content_is_stored_once(workspace: Workspace) -> None:
    data = jpeg_bytes()
    with workspace.transaction() as session:
        photos.store(session, workspace.photos_dir, data, "a.jpg")
    with workspace.transaction() as session:
        _, added = photos.store(session, workspace.photos_dir, data, "copy of a.jpg")
        assert not added
        assert session.query(Photo).count() == 1


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (b"PK\x03\x04 not an image", "not an image"),
        (jpeg_bytes()[:3000], "truncated"),
    ],
)
def test_bad_images_are_refused_by_name(workspace: Workspace, payload: bytes, expected: str) -> None:
    with pytest.raises(ValidationError) as info, workspace.transaction() as session:
        photos.store(session, workspace.photos_dir, payload, "第3条/照片.jpg")
    assert "第3条/照片.jpg" in str(info.value) and expected in str(info.value)
    assert not any(p.is_file() for p in workspace.photos_dir.rglob("*"))


def test_staged_files_are_removed_when_the_action_fails(workspace: Workspace, tmp_path: Path) -> None:
    source = tmp_path / "p.jpg"
    source.write_bytes(jpeg_bytes())
    with pytest.raises(RuntimeError), photos.staged() as stage, workspace.transaction() as session:
        photos.store(session, workspace.photos_dir, source, source.name, stage)
        raise RuntimeError("cancelled")
    assert not any(p.is_file() for p in workspace.photos_dir.rglob("*"))
    with workspace.sessions() as session:
        assert session.query(Photo).count() == 0


def test_large_phone_photos_are_allowed_but_bombs_are_not() -> None:
    assert images.MAX_PIXELS >= 200_000_000
    buffer = io.BytesIO()
    Image.new("L", (20000, 15000)).save(buffer, "PNG")  # 300 MP of zeros: tiny file, huge image
    with pytest.raises(ValidationError) as info:
        images.inspect(buffer.getvalue(), "bomb.png")
    assert "bomb.png" in str(info.value)


def test_store_many_keeps_order_and_deduplicates(workspace: Workspace, tmp_path: Path) -> None:
    sources = []
    for index in range(6):
        path = tmp_path / f"p{index}.jpg"
        path.write_bytes(jpeg_bytes(200 + index, 100))
        sources.append((path, path.name))
    sources.append((sources[0][0], "again.jpg"))
    with workspace.transaction() as session:
        results = list(photos.store_many(session, workspace.photos_dir, sources, workers=2))
    assert [name for name, _, _ in results] == [name for _, name in sources]
    assert [added for _, _, added in results] == [True] * 6 + [False]
    with workspace.sessions() as session:
        assert session.query(Photo).count() == 6


def test_store_many_does_not_flush_per_photo_yet_finds_its_own_pending_rows(
    workspace: Workspace, tmp_path: Path
) -> None:
    sources = []
    for index in range(4):
        path = tmp_path / f"p{index}.jpg"
        path.write_bytes(jpeg_bytes(220 + index, 100))
        sources.append((path, path.name))
    sources.append((sources[2][0], "the same as p2.jpg"))
    flushes = []
    with workspace.transaction() as session:
        event.listen(session, "before_flush", lambda *_args: flushes.append(1))
        results = list(photos.store_many(session, workspace.photos_dir, sources, workers=2))
        assert flushes == []  # the rows go to the database in one flush, at the commit
        assert results[4][1] is results[2][1] and results[4][2] is False
    with workspace.sessions() as session:
        assert session.query(Photo).count() == 4


def test_store_many_stops_at_the_first_bad_photo(workspace: Workspace, tmp_path: Path) -> None:
    good = tmp_path / "good.jpg"
    good.write_bytes(jpeg_bytes())
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"not a photo at all")
    with pytest.raises(ValidationError) as info, photos.staged() as stage, workspace.transaction() as session:
        list(photos.store_many(session, workspace.photos_dir, [(good, "good.jpg"), (bad, "bad.jpg")], stage))
    assert "bad.jpg" in str(info.value)
    assert not any(p.is_file() for p in workspace.photos_dir.rglob("*"))


def test_a_large_jpeg_is_recorded_at_its_full_size_not_its_reduced_decode() -> None:
    """A 4000 × 3000 camera JPEG is decoded at reduced scale; its record keeps what the camera took."""
    buffer = io.BytesIO()
    Image.new("RGB", (4000, 3000), (30, 120, 60)).save(buffer, "JPEG", quality=60)
    info, thumb, print_copy = images.inspect(buffer.getvalue(), "camera.jpg")
    assert (info.width, info.height) == (4000, 3000)
    assert max(print_copy.size) <= images.PRINT_SIZE and max(thumb.size) <= images.THUMBNAIL_SIZE
