"""Street-package import at district scale (issue 3 / issue 9): 600 communities, 3,000 photos.

Run: ``python tests/benchmarks/bench_intake.py [--communities 600] [--photos 3000] [--size 1600x1200] [--zip]``.
Not collected by pytest (no ``test_`` prefix): timings belong here, not in the test suite.

Measures analyse (preview) and apply (one transaction) per photo, the peak memory growth during
each (flat means photos are streamed one at a time), and a baseline measured in the same run on the
same files: copying them and hashing them with hashlib (what any import must at least do).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from greendesk.core.demo.synthetic import CommunityFigures, write_street_package  # noqa: E402
from greendesk.core.intake.analysis import analyse_package  # noqa: E402
from greendesk.core.intake.apply import apply_import  # noqa: E402
from greendesk.core.registry import roster  # noqa: E402
from greendesk.core.workspace import Workspace  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


class PeakMemory:
    def __enter__(self) -> PeakMemory:
        self.start = self.peak = rss_mb()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, rss_mb())

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def growth(self) -> float:
        return self.peak - self.start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--communities", type=int, default=600)
    parser.add_argument("--photos", type=int, default=3000)
    parser.add_argument("--size", default="1600x1200", help="photo size WxH")
    parser.add_argument(
        "--zip", action="store_true", help="import the package as one zip instead of a folder"
    )
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.lower().split("x"))
    per_community = max(1, args.photos // args.communities)
    work = Path(tempfile.mkdtemp(prefix="greendesk-bench-intake-"))
    try:
        workspace = Workspace.create(work / "ws", "110105", admin="bench", password="bench-pass-1")
        roster.load_official(workspace)
        communities = roster.list_communities(workspace)[: args.communities]
        figures = [CommunityFigures(c.code, c.name, 1000, 400) for c in communities]
        started = time.perf_counter()
        package = write_street_package(
            work / "package",
            "朝阳区",
            figures,
            random.Random(9),
            2022,
            list(range(1, 17)),
            photos_per_community=per_community,
            photo_size=(width, height),
        )
        print(
            f"generated {len(figures)} communities, {len(figures) * per_community} photos in "
            f"{time.perf_counter() - started:.1f} s"
        )
        if args.zip:
            archive = work / "package.zip"
            with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as handle:
                for path in sorted(package.rglob("*")):
                    if path.is_file():
                        handle.write(path, path.relative_to(package).as_posix())
            package = archive
        photos = sorted(p for p in (work / "package").rglob("*.jpg"))

        started = time.perf_counter()
        copies = work / "baseline"
        copies.mkdir()
        for index, path in enumerate(photos):
            hashlib.sha256(path.read_bytes()).hexdigest()
            shutil.copyfile(path, copies / f"{index}.jpg")
        baseline = (time.perf_counter() - started) / len(photos)
        shutil.rmtree(copies)

        with PeakMemory() as analyse_memory:
            started = time.perf_counter()
            plan = analyse_package(workspace, package, 2022, 1)
            analyse_time = time.perf_counter() - started
        with PeakMemory() as apply_memory:
            started = time.perf_counter()
            result = apply_import(workspace, plan)
            apply_time = time.perf_counter() - started
        count = len(plan.photos)
        print(
            f"photos: {count}, rows: {len(plan.rows)}, attached: {result.photos_attached}, "
            f"problems: {len(plan.problems)}"
        )
        print(f"baseline copy+sha256:   {baseline * 1000:7.1f} ms/photo")
        print(
            f"analyse (preview):      {analyse_time / count * 1000:7.1f} ms/photo  "
            f"({analyse_time / count / baseline:.1f}x)  peak growth {analyse_memory.growth:.0f} MB"
        )
        print(
            f"apply (1 transaction):  {apply_time / count * 1000:7.1f} ms/photo  "
            f"({apply_time / count / baseline:.1f}x)  peak growth {apply_memory.growth:.0f} MB"
        )
        workspace.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
