"""A display-only turn for a photo whose orientation data is wrong: audited, role-checked, and the
original's bytes never change; thumbnails, print copies and the viewer follow it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image
from review_support import jpeg, recommend, small_workspace

from greendesk.cli import main
from greendesk.core import accounts, audit
from greendesk.core.base.errors import ValidationError
from greendesk.core.identity import PermissionDenied
from greendesk.core.review import commands, views
from greendesk.core.storage import images, photos
from greendesk.core.storage.models import Photo
from greendesk.core.workspace import Workspace
from greendesk.ui.widgets.photo_viewer import PhotoViewerDialog


@pytest.fixture
def ws(data_dir: Path):
    workspace = small_workspace(data_dir)
    yield workspace
    workspace.close()


def _attached(ws: Workspace) -> tuple[str, str, Path]:
    code = recommend(ws)
    sha, _ = commands.attach_photo(ws, code, 4, jpeg(size=(400, 300)), "横拍.jpg")
    return code, sha, photos.original_path(ws.photos_dir, sha, "jpg")


def _stored(ws: Workspace, sha: str) -> Photo:
    with ws.sessions() as session:
        photo = session.get(Photo, sha)
        session.expunge(photo)
        return photo


def test_rotate_display_is_audited_and_never_touches_the_original(ws: Workspace) -> None:
    _code, sha, original = _attached(ws)
    before = original.read_bytes()
    with Image.open(photos.ensure_thumbnail(ws.photos_dir, _stored(ws, sha))) as thumb:
        assert thumb.size == (256, 192)
    assert commands.rotate_display(ws, sha, 90) == 90
    assert commands.rotate_display(ws, sha[:10], 180) == 270  # a unique prefix will do; turns add up
    assert original.read_bytes() == before and images.sha256_file(original) == sha
    photo = _stored(ws, sha)
    assert photo.display_rotation == 270
    with Image.open(photos.ensure_thumbnail(ws.photos_dir, photo)) as thumb:
        assert thumb.size == (192, 256)  # re-derived, turned
    with Image.open(photos.ensure_print_copy(ws.photos_dir, photo)) as print_copy:
        assert print_copy.size == (300, 400)
    assert photos.rendition_state(ws.photos_dir, sha, photos.THUMBNAIL, 270) == photos.RENDITION_OK
    with ws.sessions() as session:
        entries = [e for e in audit.rows(session) if e.action == "review.rotate_display"]
    assert [(json.loads(e.old_json), json.loads(e.new_json)) for e in entries] == [
        ({"display_rotation": 0}, {"display_rotation": 90}),
        ({"display_rotation": 90}, {"display_rotation": 270}),
    ]
    assert entries[0].entity == "photo" and entries[0].entity_key == sha
    assert commands.rotate_display(ws, sha, 90) == 0  # back upright
    assert views.show(ws, _code).item(4).photos[0].display_rotation == 0


def test_rotate_display_is_refused_without_the_reviewer_role_or_for_odd_angles(ws: Workspace) -> None:
    _code, sha, _original = _attached(ws)
    with pytest.raises(ValidationError, match="90"):
        commands.rotate_display(ws, sha, 45)
    with pytest.raises(ValidationError, match="0123456789ab"):
        commands.rotate_display(ws, "0123456789ab", 90)
    accounts.create_user(ws, "wang", ["approver"], "approver-pass-1")
    accounts.sign_in(ws, "wang", "approver-pass-1")
    with pytest.raises(PermissionDenied):
        commands.rotate_display(ws, sha, 90)
    assert _stored(ws, sha).display_rotation == 0


def test_cli_review_rotate(ws: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    _code, sha, original = _attached(ws)
    folder = str(ws.data_dir)
    ws.close()
    assert main(["--data-dir", folder, "review", "rotate", sha, "90"]) == 0
    assert "90" in capsys.readouterr().out
    assert main(["--data-dir", folder, "review", "rotate", sha, "33"]) == 2
    assert "33" in capsys.readouterr().err
    with Workspace.open(Path(folder)) as reopened, reopened.sessions() as session:
        assert session.get(Photo, sha).display_rotation == 90
    assert images.sha256_file(original) == sha


def test_the_viewer_turn_button_rotates_for_display(qtbot, ws: Workspace) -> None:
    code, sha, original = _attached(ws)
    evidence = views.show(ws, code).item(4).photos
    viewer = PhotoViewerDialog(
        ws.photos_dir, evidence, 0, rotate=lambda key, degrees: commands.rotate_display(ws, key, degrees)
    )
    qtbot.addWidget(viewer)
    pixmap = viewer.pixmap_item.pixmap()
    assert (pixmap.width(), pixmap.height()) == (400, 300) and "400 × 300" in viewer.info.text()
    with qtbot.waitSignal(viewer.rotated) as turned:
        viewer.rotate_button.click()
    assert turned.args == [sha, 90]
    pixmap = viewer.pixmap_item.pixmap()
    assert (pixmap.width(), pixmap.height()) == (300, 400) and "300 × 400" in viewer.info.text()
    assert _stored(ws, sha).display_rotation == 90 and images.sha256_file(original) == sha
    plain = PhotoViewerDialog(ws.photos_dir, evidence, 0)
    qtbot.addWidget(plain)
    assert not plain.rotate_button.isVisibleTo(plain)  # no way to write without the core command
