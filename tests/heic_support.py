"""HEIC test photos: the app only decodes HEIF (pi-heif), so the tests encode with pillow-heif directly."""

from __future__ import annotations

import io

import pillow_heif
from PIL import Image


def encode_heic(image: Image.Image, **params: object) -> bytes:
    """IMAGE as HEIC bytes; PARAMS as Pillow's save() takes them (xmp=, exif=, quality=)."""
    buffer = io.BytesIO()
    pillow_heif.from_pillow(image).save(buffer, **params)
    return buffer.getvalue()
