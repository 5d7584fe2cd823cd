"""Export throughput against ``zip -0`` of the same photos, in the same run (issue 9).

Run: ``python tests/benchmarks/bench_export.py [--communities 10] [--photos 20]``. Not collected by
pytest (no ``test_`` prefix): timings belong here, not in the test suite.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from greendesk.core.package.export import export_package  # noqa: E402
from greendesk.core.review import vocabulary  # noqa: E402
from greendesk.core.storage import photos  # noqa: E402
from greendesk.core.storage.models import Community, Decision, Evidence, Recommendation, Street  # noqa: E402
from greendesk.core.workspace import Workspace  # noqa: E402

YEAR = 2022


def noise_jpeg(width: int, height: int) -> bytes:
    """Camera-like incompressible content, so zip and export move the same real bytes."""
    image = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def build(folder: Path, communities: int, photos_each: int, size: tuple[int, int]) -> Workspace:
    workspace = Workspace.create(folder, "110105", admin="bench", password="bench-pass-1")
    now = datetime(2022, 9, 1, 9, 0)
    with workspace.transaction() as session:
        street = Street(code="110105001", name="建外街道", district_code="110105")
        session.add(street)
        session.flush()
        for index in range(communities):
            community = Community(code=f"110105001{index:03d}", name=f"测试{index}社区", street_id=street.id)
            session.add(community)
            session.flush()
            recommendation = Recommendation(
                community_id=community.id,
                year=YEAR,
                standard_id="national-2020-trial",
                status=vocabulary.SIGNED_OFF,
                households=2000,
                households_managed=1500,
                created_at=now,
                updated_at=now,
                signed_off_by="bench",
                signed_off_at=now,
            )
            session.add(recommendation)
            session.flush()
            for number in range(1, 17):
                session.add(
                    Decision(
                        recommendation_id=recommendation.id,
                        round=1,
                        item_number=number,
                        outcome=vocabulary.PASS,
                        decided_by="bench",
                        decided_at=now,
                    )
                )
            for photo_index in range(photos_each):
                row, _ = photos.store(session, workspace.photos_dir, noise_jpeg(*size), f"{photo_index}.jpg")
                session.add(
                    Evidence(
                        recommendation_id=recommendation.id,
                        item_number=photo_index % 16 + 1,
                        photo_sha256=row.sha256,
                        added_at=now,
                    )
                )
    return workspace


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--communities", type=int, default=10)
    parser.add_argument("--photos", type=int, default=20, help="photos per community")
    parser.add_argument("--width", type=int, default=2000)
    parser.add_argument("--height", type=int, default=1500)
    args = parser.parse_args()
    if not shutil.which("zip"):
        print("zip not found (apt-get install zip)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="greendesk-bench-") as temporary:
        folder = Path(temporary)
        workspace = build(folder / "ws", args.communities, args.photos, (args.width, args.height))
        originals = sorted(p for p in workspace.photos_dir.glob("??/*") if p.is_file())
        photo_bytes = sum(p.stat().st_size for p in originals)
        list_file = folder / "photos.txt"
        list_file.write_text("\n".join(str(p) for p in originals) + "\n", encoding="utf-8")

        zip_seconds = timed(
            lambda: subprocess.run(
                ["zip", "-0", "-q", "-j", str(folder / "plain.zip"), "-@"],
                input=list_file.read_bytes(),
                check=True,
            )
        )
        package_path = folder / "package.zip"
        export_seconds = timed(lambda: export_package(workspace, YEAR, package_path))
        workspace.close()

        megabytes = photo_bytes / 1e6
        rows = [
            ("zip -0 (photos only)", zip_seconds, (folder / "plain.zip").stat().st_size),
            ("export_package", export_seconds, package_path.stat().st_size),
        ]
        print(f"{len(originals)} photos, {megabytes:.1f} MB of originals")
        print(f"{'method':<22}{'seconds':>10}{'output MB':>12}{'photo MB/s':>12}{'x zip -0':>10}")
        for name, seconds, size in rows:
            print(
                f"{name:<22}{seconds:>10.2f}{size / 1e6:>12.1f}{megabytes / seconds:>12.1f}"
                f"{seconds / zip_seconds:>10.1f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
