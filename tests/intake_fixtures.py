"""Builders for street packages used by the intake tests (everything is made by the tests themselves)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from PIL import Image
from sqlalchemy import func, select

from greendesk.core.registry import roster
from greendesk.core.storage.models import (
    AuditEntry,
    Evidence,
    ImportBatch,
    Photo,
    Recommendation,
    SelfAssessment,
    Setting,
)
from greendesk.core.workspace import Workspace

HEADER = ["序号", "社区名称", "社区代码", "户数", "实行物业管理户数", "联系人", "备注"]


def jpeg_bytes(color: tuple[int, int, int] = (40, 140, 60), size: tuple[int, int] = (320, 240)) -> bytes:
    image = Image.new("RGB", size, color)
    exif = Image.Exif()
    exif[0x0132] = "2022:05:06 10:11:12"
    exif[0x010E] = f"photo {color}"  # ImageDescription: distinct content for distinct colours
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def fullwidth(text: str) -> str:
    return text.translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})


def communities(workspace: Workspace, street_index: int = 3, count: int = 3) -> list[roster.CommunityView]:
    street = roster.list_streets(workspace)[street_index]
    return roster.list_communities(workspace, street_code=street.code)[:count]


def list_workbook(path: Path, rows: list[list[Any]], title: str = "三里屯街道绿色社区推荐名单") -> Path:
    """A list-shaped workbook as offices make it: title row, a blank row, then the header."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "推荐名单"
    sheet.append([title])
    sheet.merge_cells("A1:G1")
    sheet.append([])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_zip(path: Path, members: dict[str, bytes], name_encoding: str | None = None) -> Path:
    """A zip; with ``name_encoding`` the names are written as raw bytes in that encoding, UTF-8 flag clear."""
    placeholders: dict[bytes, bytes] = {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (name, data) in enumerate(members.items()):
            if name_encoding is None or name.isascii():
                archive.writestr(name, data)
                continue
            raw = name.encode(name_encoding)
            placeholder = f"N{index:04d}".encode().ljust(len(raw), b"_")
            placeholders[placeholder] = raw
            archive.writestr(placeholder.decode("ascii"), data)
    if placeholders:
        blob = path.read_bytes()
        for placeholder, raw in placeholders.items():
            assert blob.count(placeholder) == 2  # local header and central directory
            blob = blob.replace(placeholder, raw)
        path.write_bytes(blob)
    return path


def snapshot(workspace: Workspace) -> dict[str, Any]:
    """Everything an import may touch: table counts, settings, and the files of the photo store."""
    with workspace.sessions() as session:
        counts = {
            model.__name__: session.scalar(select(func.count()).select_from(model))
            for model in (Recommendation, SelfAssessment, Evidence, Photo, ImportBatch, AuditEntry)
        }
        settings = dict(session.execute(select(Setting.key, Setting.value)).all())
    files = sorted(
        str(p.relative_to(workspace.photos_dir)) for p in workspace.photos_dir.rglob("*") if p.is_file()
    )
    return {"counts": counts, "settings": settings, "files": files}


def zip_bytes(folder: Path, members: dict[str, bytes], name_encoding: str | None = None) -> bytes:
    """The bytes of a zip made by :func:`write_zip` (for zips inside zips)."""
    path = write_zip(folder / f".inner-{len(list(folder.glob('.inner-*')))}.zip", members, name_encoding)
    data = path.read_bytes()
    path.unlink()
    return data


def community_zips_package(
    workspace: Workspace, folder: Path
) -> tuple[Path, list[roster.CommunityView], dict[tuple[str, int], bytes]]:
    """A package as streets send it: the workbook beside one zip per community, each zip holding its
    item folders ('<社区>.zip' with '第3条/门禁.jpg'; the second community's zip written on Chinese
    Windows, GBK names without the UTF-8 flag). Returns (package, communities, {(code, item): photo})."""
    first, second = communities(workspace, count=2)
    book = list_workbook(
        folder / "b.xlsx",
        [[1, first.name, None, 100, 40, "", ""], [2, second.name, None, 200, 80, "", ""]],
    )
    photos = {
        (first.code, 3): jpeg_bytes((10, 200, 30)),
        (first.code, 12): jpeg_bytes((10, 30, 200)),
        (second.code, 4): jpeg_bytes((200, 30, 10)),
    }
    first_zip = zip_bytes(
        folder, {"第3条/门禁.jpg": photos[(first.code, 3)], "12-物业.jpg": photos[(first.code, 12)]}
    )
    second_zip = zip_bytes(folder, {f"{second.name}/第4条/公约.jpg": photos[(second.code, 4)]}, "gbk")
    package = write_zip(
        folder / "街道回传.zip",
        {
            "推荐名单.xlsx": book.read_bytes(),
            f"{first.name}.zip": first_zip,
            f"{second.name}.zip": second_zip,
        },
    )
    return package, [first, second], photos
