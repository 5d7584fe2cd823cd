"""What makes the demo build cheaper keeps its guarantees: settings read once per transaction yet see
the transaction's own writes; a scratch folder's files written in place, never half; derived files
left out of the publish's sync; an import's analysis checks a photo in full without making renditions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from review_support import jpeg
from sqlalchemy import event

from greendesk.core import settings
from greendesk.core.base.errors import ValidationError
from greendesk.core.storage import durable, photos
from greendesk.core.workspace import Workspace


def _setting_queries(workspace: Workspace) -> list[str]:
    seen: list[str] = []

    def before(_conn, _cursor, statement: str, *_args) -> None:
        if "FROM setting" in statement:
            seen.append(statement)

    event.listen(workspace.engine, "before_cursor_execute", before)
    return seen


def test_a_setting_is_read_once_per_transaction_and_its_own_write_is_seen(workspace: Workspace) -> None:
    margin = settings.PHOTO_PERIOD_MARGIN_YEARS
    queries = _setting_queries(workspace)
    with workspace.transaction() as session:
        assert [margin.read(session) for _ in range(5)] == [1] * 5
        assert len(queries) == 1  # asked once, then remembered for this transaction
        margin.write(session, workspace.user, 3)
        assert margin.read(session) == 3  # the transaction's own write
    with workspace.sessions() as session, workspace.sessions() as other:
        with session.begin():
            assert margin.read(session) == 3
        with other.begin():  # another handle changes it after that transaction ended
            margin.write(other, workspace.user, 2)
        with session.begin():
            assert margin.read(session) == 2  # the same session, a new transaction: asked again
    assert margin.read(workspace) == 2


def test_scratch_files_are_written_in_place_and_never_half(tmp_path: Path) -> None:
    built = tmp_path / ".building-x"
    target = built / "photos" / "ab" / "one.jpg"
    with durable.scratch(built):
        durable.write_atomically(target, lambda handle: handle.write(b"first"))
        durable.write_atomically(target, lambda handle: handle.write(b"second"))

        def failing(handle) -> None:
            handle.write(b"half")
            raise OSError(28, "No space left on device")

        with pytest.raises(OSError):
            durable.write_atomically(built / "photos" / "two.jpg", failing)
    assert target.read_bytes() == b"second"
    assert sorted(path.name for path in built.rglob("*") if path.is_file()) == ["one.jpg"]  # no temporaries


def test_publish_syncs_every_file_but_the_derived_ones(tmp_path: Path, monkeypatch) -> None:
    built, published = tmp_path / ".building-y", tmp_path / "demo"
    with durable.scratch(built):
        durable.write_atomically(built / "db.sqlite", lambda handle: handle.write(b"data"))
        durable.write_atomically(built / "thumbs" / "a.jpg", lambda h: h.write(b"t"), durable=False)
        durable.write_atomically(built / "thumbs" / "b.jpg", lambda h: h.write(b"t"), durable=False)
        durable.write_atomically(built / "thumbs" / "b.jpg", lambda h: h.write(b"kept"))  # now durable
    synced: list[str] = []
    real = durable._fsync_file
    monkeypatch.setattr(durable, "_fsync_file", lambda path: synced.append(path.name) or real(path))
    durable.publish(built, published)
    assert sorted(synced) == ["b.jpg", "db.sqlite"]
    assert (published / "thumbs" / "a.jpg").read_bytes() == b"t"
    assert not durable._derived  # forgotten once published


def test_a_checked_photo_has_the_stored_info_and_no_renditions() -> None:
    data = jpeg(size=(640, 480), orientation=6)
    checked, stored = photos.prepare(data, "a.jpg", renditions=False), photos.prepare(data, "a.jpg")
    assert isinstance(checked, photos.PreparedPhoto) and isinstance(stored, photos.PreparedPhoto)
    assert checked.info == stored.info
    assert checked.thumbnail is None and checked.print_copy is None
    assert stored.thumbnail is not None and stored.print_copy is not None
    with pytest.raises(ValidationError):  # decoded in full all the same: a truncated file is refused
        photos.prepare(data[:3000], "b.jpg", renditions=False)


def test_scratch_recognises_a_path_given_another_way(tmp_path: Path) -> None:
    built = tmp_path / "built"
    built.mkdir()
    link = tmp_path / "link"
    os.symlink(built, link)
    with durable.scratch(built):
        assert durable.is_scratch(built / "a" / "b.txt")
        assert durable.is_scratch(link / "a.txt")  # resolved when the text does not match
        assert durable.is_scratch(tmp_path / "other" / ".." / "built" / "x")
        assert not durable.is_scratch(tmp_path / "built-other" / "x")
    assert not durable.is_scratch(built / "a")
