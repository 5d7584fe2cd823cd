"""Draw the GreenDesk app icon (a white house holding a green leaf on a green tile) with Pillow.

Run ``python packaging/make_icons.py``; it rewrites resources/icons/greendesk.png and greendesk.ico.
The outputs are committed so builds do not depend on this script; rerun it only to change the mark.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
CANVAS = 1024  # drawn large, then downsampled for smooth edges
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]

TILE_GREEN = (46, 125, 50, 255)
LEAF_GREEN = (102, 187, 106, 255)
VEIN_GREEN = (46, 125, 50, 255)
WHITE = (255, 255, 255, 255)


def _scaled(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    return [(x * CANVAS, y * CANVAS) for x, y in points]


def draw_mark() -> Image.Image:
    image = Image.new("RGBA", (CANVAS, CANVAS), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, CANVAS - 1, CANVAS - 1), radius=int(CANVAS * 0.2), fill=TILE_GREEN)
    # House: roof triangle plus body, in white.
    draw.polygon(_scaled([(0.5, 0.14), (0.88, 0.48), (0.12, 0.48)]), fill=WHITE)
    draw.rectangle((0.22 * CANVAS, 0.44 * CANVAS, 0.78 * CANVAS, 0.86 * CANVAS), fill=WHITE)
    # Leaf: two arcs meeting at the tips, inside the house body, with a midrib vein.
    leaf_box = _scaled([(0.30, 0.46), (0.70, 0.86)])
    (x0, y0), (x1, y1) = leaf_box
    leaf = Image.new("L", (CANVAS, CANVAS), 0)
    leaf_draw = ImageDraw.Draw(leaf)
    shift = (x1 - x0) * 0.30
    leaf_draw.ellipse((x0 - shift, y0, x1 - shift, y1), fill=255)
    other = Image.new("L", (CANVAS, CANVAS), 0)
    ImageDraw.Draw(other).ellipse((x0 + shift, y0, x1 + shift, y1), fill=255)
    lens = Image.composite(leaf, Image.new("L", (CANVAS, CANVAS), 0), other)
    lens = lens.rotate(-35, center=((x0 + x1) / 2, (y0 + y1) / 2), resample=Image.Resampling.BICUBIC)
    image.paste(Image.new("RGBA", (CANVAS, CANVAS), LEAF_GREEN), (0, 0), lens)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half = (y1 - y0) * 0.40
    draw.line(
        (cx - half * 0.57, cy + half * 0.82, cx + half * 0.57, cy - half * 0.82),
        fill=VEIN_GREEN,
        width=CANVAS // 64,
    )
    return image


def main() -> None:
    ICONS_DIR.mkdir(parents=True, exist_ok=True)
    mark = draw_mark()
    mark.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS_DIR / "greendesk.png", optimize=True)
    mark.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS_DIR / "greendesk.ico", sizes=ICO_SIZES)


if __name__ == "__main__":
    main()
