"""The reviewer's day (issue 18): a 12-MP photo at screen size, the next item, the next community.

Each against a baseline measured in the same run on the same files:
- the viewer's decode (core/evidence/screen_image.py and the QImage the viewer shows) against a bare
  Pillow ``draft`` decode of the same JPEG at the same size;
- the next item of the review screen (six photos each, thumbnails cached: until every thumbnail is
  on screen) against a bare QListWidget filled with the same six cached thumbnails;
- the next community's review screen (Ctrl+PgDown: queue order, the core's read model, the list,
  the first item's six thumbnails) against the core's read model of that community alone
  (``views.show``), the least any screen must do.
Used by run.py (``--only viewer,next_item,next_community``); not collected by pytest.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from tests.benchmarks import synthetic

SCREEN_SIDE = 1920  # a 1920 × 1080 screen
PHOTOS_PER_ITEM = 6


def _workspace_with_photos(work: Path, name: str, items: dict[str, list[int]]):
    """A small workspace whose communities (code -> item numbers) each have six 12-MP photos per item."""
    from greendesk.core.base import clock
    from greendesk.core.storage import photos
    from greendesk.core.storage.models import Community, Evidence, Recommendation
    from tests.review_support import recommend, small_workspace

    workspace = small_workspace(work / name)
    count = sum(len(numbers) for numbers in items.values()) * PHOTOS_PER_ITEM
    sources = iter(list(synthetic.write_photos(work / f"{name}-photos", count)))
    for code, numbers in items.items():
        recommend(workspace, code)
        with workspace.transaction() as session:
            recommendation = (
                session.query(Recommendation).join(Community).filter(Community.code == code).one()
            )
            for number in numbers:
                batch = [next(sources) for _ in range(PHOTOS_PER_ITEM)]
                stored = photos.store_many(session, workspace.photos_dir, ((p, p.name) for p in batch))
                for stored_name, photo, _added in stored:
                    session.add(
                        Evidence(
                            recommendation_id=recommendation.id,
                            item_number=number,
                            photo_sha256=photo.sha256,
                            original_name=stored_name,
                            added_at=clock.now(),
                        )
                    )
    return workspace


def bench_viewer(work: Path) -> list:
    """One 12-MP JPEG as the viewer gets it (upright, screen size, a QImage) vs a Pillow draft decode."""
    from PIL import Image

    from greendesk.core.evidence import screen_image
    from greendesk.core.review import views
    from greendesk.core.storage import photos
    from greendesk.ui.widgets.screen_images import to_qimage
    from tests.benchmarks.run import Result, paired_median_times

    workspace = _workspace_with_photos(work, "viewer-ws", {"110105001001": [1]})
    evidence = views.show(workspace, "110105001001").item(1).photos
    files = [photos.original_path(workspace.photos_dir, p.sha256, p.extension) for p in evidence]

    def ours(index: int) -> None:
        to_qimage(
            screen_image.screen_image(workspace.photos_dir, evidence[index % len(evidence)], SCREEN_SIDE)
        )

    def draft(index: int) -> None:
        with Image.open(files[index % len(files)]) as image:
            image.draft("RGB", screen_image.draft_size(image.width, image.height, SCREEN_SIDE))
            image.load()

    value, base = paired_median_times(ours, draft, 24)
    workspace.close()
    return [
        Result(
            "viewer: 12-MP photo at screen size",
            "ms",
            value * 1000,
            "Pillow draft decode of the same file",
            base * 1000,
            "≤ 150 ms",
            value <= 0.150,
            note=f"{SCREEN_SIDE} px screen; ours = draft decode + EXIF orientation + display rotation + QImage",
        )
    ]


def _wait_for_thumbnails(app, screen) -> None:
    grid = screen.view.photo_grid
    while grid.pending():
        app.processEvents()
        time.sleep(0.0005)


def _open_screen(app, workspace):
    from greendesk.ui.context import UiContext
    from greendesk.ui.screens.review.screen import ReviewScreen

    screen = ReviewScreen(UiContext(workspace))
    screen.resize(1366, 768)
    screen.show()
    app.processEvents()
    return screen


def bench_next_item(work: Path) -> list:
    """Enter in the review screen: the next item with its six thumbnails (cached) vs a bare list of them."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QIcon, QImage, QPixmap
    from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem

    from greendesk.core.review import views
    from greendesk.core.storage import photos
    from tests.benchmarks.run import Result

    app = QApplication.instance() or QApplication([])
    code = "110105001001"
    workspace = _workspace_with_photos(work, "next-item-ws", {code: list(range(1, 17))})
    screen = _open_screen(app, workspace)
    screen.load(code)
    for number in range(1, 17):  # every thumbnail cached (and in the OS's file cache) before timing
        screen.select_item(number)
        _wait_for_thumbnails(app, screen)
    review = views.show(workspace, code)
    thumbnails = [
        [photos.ensure_thumbnail(workspace.photos_dir, photo) for photo in review.item(number).photos]
        for number in range(1, 17)
    ]
    bare = QListWidget()
    bare.show()

    def fill(number: int) -> None:
        bare.clear()
        for path in thumbnails[number - 1]:
            image = QImage(str(path)).scaled(128, 128, Qt.KeepAspectRatio, Qt.SmoothTransformation)
            bare.addItem(QListWidgetItem(QIcon(QPixmap.fromImage(image)), path.name))
        app.processEvents()

    ours_samples, base_samples, preview_samples = [], [], []
    for _round in range(3):
        screen.select_item(1)
        _wait_for_thumbnails(app, screen)
        screen.view.evidence_pane.images.wait()
        app.processEvents()
        for number in range(2, 17):
            start = time.perf_counter()
            screen.controller.next_item()
            _wait_for_thumbnails(app, screen)
            ours_samples.append(time.perf_counter() - start)
            pane = screen.view.evidence_pane
            while pane.photo.image.isNull():
                app.processEvents()
                time.sleep(0.0005)
            preview_samples.append(time.perf_counter() - start)
            start = time.perf_counter()
            fill(number)
            base_samples.append(time.perf_counter() - start)
    value, base = statistics.median(ours_samples), statistics.median(base_samples)
    preview = statistics.median(preview_samples)
    screen.close()
    bare.close()
    app.processEvents()
    workspace.close()
    return [
        Result(
            f"next item ({PHOTOS_PER_ITEM} photos)",
            "ms",
            value * 1000,
            f"bare QListWidget fill of {PHOTOS_PER_ITEM} cached thumbnails",
            base * 1000,
            "≤ 50 ms",
            value <= 0.050,
            note=f"until every thumbnail is shown; the pane's large first photo (decoded in the background) "
            f"follows at {preview * 1000:.0f} ms",
        )
    ]


def bench_next_community(work: Path) -> list:
    """Ctrl+PgDown: the next community's review screen (first item with six photos) vs its read model alone."""
    from PySide6.QtWidgets import QApplication

    from greendesk.core.review import views
    from tests.benchmarks.run import Result
    from tests.review_support import COMMUNITIES

    app = QApplication.instance() or QApplication([])
    codes = sorted(COMMUNITIES)
    workspace = _workspace_with_photos(work, "next-community-ws", {code: [1] for code in codes})
    screen = _open_screen(app, workspace)
    screen.load(codes[0])
    _wait_for_thumbnails(app, screen)
    ours_samples, base_samples = [], []
    steps = [+1, +1, -1, -1] * 4  # there and back through the queue: a different community each time
    for step in steps:
        start = time.perf_counter()
        screen.controller.step_community(step)
        _wait_for_thumbnails(app, screen)
        ours_samples.append(time.perf_counter() - start)
        start = time.perf_counter()
        views.show(workspace, screen.controller.code)
        base_samples.append(time.perf_counter() - start)
    value, base = statistics.median(ours_samples), statistics.median(base_samples)
    screen.close()
    app.processEvents()
    workspace.close()
    return [
        Result(
            "next community",
            "ms",
            value * 1000,
            "the core's read model of that community (views.show)",
            base * 1000,
            "≤ 300 ms",
            value <= 0.300,
            note="queue order, read model, item list, notes and the first item's six cached thumbnails",
        )
    ]
