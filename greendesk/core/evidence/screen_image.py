"""A stored photo decoded at about the size of a screen, upright, for the viewer and the evidence pane.

A 12-megapixel JPEG is decoded with Pillow's DCT scaling (``draft``) at the smallest scale that still
covers the asked size, so showing it costs a fraction of a full decode; other formats are decoded in
full and reduced by whole steps. The result is turned as the file's EXIF orientation says, then by the reviewer's
audited display rotation (``Photo.display_rotation``). Qt-free, so the benchmark and the thread pool
call the same function; the stored original is only read.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from greendesk.core.storage import images, photos
from greendesk.core.storage.photo_meta import read_meta


def draft_size(width: int, height: int, max_side: int) -> tuple[int, int]:
    """The stored-pixel size to ask ``draft`` for: the image scaled so its longer side is ``max_side``.

    Asking for a square box would make the shorter side decide and keep a 4:3 photo at full scale.
    """
    longer = max(width, height, 1)
    if longer <= max_side:
        return width, height
    return max(1, width * max_side // longer), max(1, height * max_side // longer)


def decode(path: Path, max_side: int, rotation: int = 0) -> Image.Image:
    """The image at ``path``, upright, RGB, its longer side from ``max_side`` to twice that (or smaller).

    Not resampled to the exact size: the view scales it to its window anyway, and resampling a
    decoded 2000 × 1500 image costs as much as decoding it.
    """
    with Image.open(path) as image:
        orientation = read_meta(image).orientation
        if image.format in ("JPEG", "MPO"):
            image.draft("RGB", draft_size(image.width, image.height, max_side))
        image.load()
        shown = images.upright(image, orientation, rotation)
        if shown.mode not in ("RGB", "L"):
            shown = shown.convert("RGBA").convert("RGB") if "A" in shown.mode else shown.convert("RGB")
        factor = max(shown.size) // max_side
        if factor >= 2:  # only formats without DCT scaling get here: a box reduction by whole steps
            shown = shown.reduce(factor)
        return shown


def screen_image(photos_dir: Path, photo: photos.StoredPhoto, max_side: int) -> Image.Image:
    """A stored photo as the viewer shows it: upright (EXIF, then display rotation), about screen size."""
    path = photos.original_path(photos_dir, photo.sha256, photo.extension)
    return decode(path, max_side, photo.display_rotation)
