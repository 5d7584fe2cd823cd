"""Synthetic street packages: realistic workbooks and phone-like photos, for the demo and benchmarks.

Photos are small generated scenes with EXIF like a phone writes: time in the given year, GPS near the
district's seat (Chaoyang's, 39.92 N 116.45 E, for a place GreenDesk has none for), some stored sideways
with orientation 6, a few with no EXIF at all. Everything is driven by the caller's ``random.Random`` so
builds are reproducible; the ``place`` (a district code) draws its own skylines, so two districts' demos
never share a photo (the city flags evidence found in two districts).
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

import openpyxl
from PIL import Image, ImageDraw, ImageFont

from greendesk.core.base import sheets
from greendesk.core.intake.workbook import CLAIM_BASIC, CLAIM_FAILS, CLAIM_MEETS

CHAOYANG_LAT, CHAOYANG_LON = 39.92, 116.45
# Roughly where each Beijing district's government sits (degrees N, E): where its photos are taken.
DISTRICT_SEATS = {
    "110101": (39.93, 116.42),
    "110102": (39.91, 116.37),
    "110105": (CHAOYANG_LAT, CHAOYANG_LON),
    "110106": (39.86, 116.29),
    "110107": (39.91, 116.22),
    "110108": (39.96, 116.30),
    "110109": (39.94, 116.10),
    "110111": (39.75, 116.14),
    "110112": (39.91, 116.66),
    "110113": (40.13, 116.65),
    "110114": (40.22, 116.23),
    "110115": (39.73, 116.34),
    "110116": (40.32, 116.63),
    "110117": (40.14, 117.12),
    "110118": (40.38, 116.84),
    "110119": (40.46, 115.97),
}
ITEM_SUBJECTS = {
    1: "议事会",
    2: "议事平台",
    3: "规划师进社区",
    4: "基础设施",
    5: "垃圾分类",
    6: "节能改造",
    7: "绿地",
    8: "停车秩序",
    9: "无障碍坡道",
    10: "噪声治理",
    11: "智能安防",
    12: "物业服务",
    13: "宣传栏",
    14: "培训",
    15: "绿色公约",
    16: "古树保护",
}


@dataclass(frozen=True)
class CommunityFigures:
    code: str
    name: str
    households: int
    households_managed: int


def _dms(value: float) -> tuple[float, float, float]:
    degrees = int(value)
    minutes_full = (value - degrees) * 60
    minutes = int(minutes_full)
    return float(degrees), float(minutes), round((minutes_full - minutes) * 60, 2)


SCENE_VARIANTS = 6  # distinct street scenes per photo size; each photo adds its own sign and EXIF


@lru_cache(maxsize=4 * SCENE_VARIANTS)
def _scene(width: int, height: int, variant: int, place: str = "") -> tuple[Image.Image, int]:
    """A street scene (sky, buildings with windows, ground) and its ground line, drawn once per build
    (``place``: each district has skylines of its own)."""
    rng = random.Random(f"{place}-{variant}" if place else variant)
    image = Image.new("RGB", (width, height), (rng.randint(120, 170), rng.randint(170, 210), 235))
    draw = ImageDraw.Draw(image)
    ground = int(height * rng.uniform(0.6, 0.75))
    draw.rectangle((0, ground, width, height), fill=(rng.randint(60, 110), rng.randint(120, 160), 70))
    x = 0
    while x < width:
        building_width = rng.randint(width // 8, width // 4)
        top = rng.randint(height // 6, ground - 20)
        shade = rng.randint(150, 220)
        draw.rectangle((x, top, x + building_width - 4, ground), fill=(shade, shade - 20, shade - 40))
        for wy in range(top + 8, ground - 10, 18):
            for wx in range(x + 6, x + building_width - 12, 16):
                draw.rectangle((wx, wy, wx + 7, wy + 9), fill=(90, 110, 140))
        x += building_width
    return image, ground


@lru_cache(maxsize=1)
def _sign_font() -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's default font, loaded once: a new ImageDraw loads it again for every photo otherwise."""
    return ImageFont.load_default()


def photo_bytes(
    rng: random.Random,
    year: int,
    item: int,
    size: tuple[int, int] = (480, 360),
    exif: bool = True,
    place: str = "",
) -> bytes:
    """A JPEG scene (sky, buildings, a coloured sign for the item) with phone-like EXIF.

    The scene comes from a few drawn once (drawing is the slow part); the sign's place and colour,
    the orientation and the EXIF make every photo's bytes its own.
    """
    width, height = size
    upright_portrait = rng.random() < 0.2
    if upright_portrait:
        width, height = height, width
    scene, ground = _scene(width, height, rng.randrange(SCENE_VARIANTS), place)
    image = scene.copy()
    draw = ImageDraw.Draw(image)
    centre = width // 2 + rng.randint(-width // 4, width // 4)
    sign = (centre - 40, ground - 50, centre + 40, ground - 10)
    draw.rectangle(sign, fill=(200, 40 + item * 10, rng.randint(40, 90)), outline=(255, 255, 255), width=2)
    draw.text((sign[0] + 8, sign[1] + 10), f"No.{item}", fill=(255, 255, 255), font=_sign_font())
    orientation = 1
    if upright_portrait and rng.random() < 0.6:
        image = image.rotate(90, expand=True)  # stored sideways, as phones do
        orientation = 6
    buffer = io.BytesIO()
    if not exif:
        image.save(buffer, "JPEG", quality=80)
        return buffer.getvalue()
    taken = datetime(year, 3, 1, 8, 0) + timedelta(days=rng.randint(0, 260), minutes=rng.randint(0, 600))
    tags = Image.Exif()
    tags[0x010F] = rng.choice(["HUAWEI", "Xiaomi", "OPPO", "vivo", "Apple"])
    tags[0x0132] = taken.strftime("%Y:%m:%d %H:%M:%S")
    tags[0x0112] = orientation
    tags.get_ifd(0x8769)[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")
    seat_lat, seat_lon = DISTRICT_SEATS.get(place, (CHAOYANG_LAT, CHAOYANG_LON))
    lat = seat_lat + rng.uniform(-0.06, 0.06)
    lon = seat_lon + rng.uniform(-0.08, 0.08)
    tags[0x8825] = {1: "N", 2: _dms(lat), 3: "E", 4: _dms(lon)}
    image.save(buffer, "JPEG", quality=80, exif=tags)
    return buffer.getvalue()


def write_street_package(
    folder: Path,
    street_name: str,
    communities: list[CommunityFigures],
    rng: random.Random,
    year: int,
    items: list[int],
    photos_per_community: int = 5,
    photo_size: tuple[int, int] = (480, 360),
    place: str = "",
) -> Path:
    """A street's package as a folder: 推荐名单.xlsx (list sheet with per-item claims) + photo folders."""
    folder.mkdir(parents=True, exist_ok=True)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "推荐名单"
    sheet.append(sheets.row_cells(sheet, [f"{year}年度{street_name}绿色社区创建推荐名单"]))
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6 + len(items))
    sheet.append(
        sheets.row_cells(
            sheet,
            [
                "序号",
                "社区代码",
                "社区名称",
                "户数",
                "实行物业管理户数",
                "联系人",
                *[f"第{n}条" for n in items],
            ],
        )
    )
    for number, community in enumerate(communities, start=1):
        claims = [rng.choices((CLAIM_MEETS, CLAIM_BASIC, CLAIM_FAILS), weights=(80, 15, 5))[0] for _ in items]
        sheet.append(
            sheets.row_cells(
                sheet,
                [
                    number,
                    community.code,
                    community.name,
                    community.households,
                    community.households_managed,
                    f"{rng.choice('王李张刘陈杨赵黄周吴')}主任",
                    *claims,
                ],
            )
        )
        for index in range(photos_per_community):
            item = rng.choice(items)
            target = folder / community.name / f"第{item}条"
            target.mkdir(parents=True, exist_ok=True)
            name = f"{item}-{ITEM_SUBJECTS.get(item, '照片')}-{index + 1}.jpg"
            with_exif = rng.random() > 0.08
            (target / name).write_bytes(photo_bytes(rng, year, item, photo_size, with_exif, place))
    table = [list(row) for row in sheet.iter_rows(min_row=2, values_only=True)]
    sheets.finish(sheet, header_rows=(2, 2), widths=sheets.column_widths(table), last_row=sheet.max_row)
    book.save(folder / "推荐名单.xlsx")
    return folder
