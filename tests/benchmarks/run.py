"""GreenDesk benchmarks at district scale: median timings and peak memory, each against a baseline
measured in the same run on the same data, with the ratio and the goal.

    python tests/benchmarks/run.py            # full size: 622 communities, 3,000 12-MP photos
    python tests/benchmarks/run.py --small    # quick run
    python tests/benchmarks/run.py --only ingest,filter
    python tests/benchmarks/run.py --small --only demo_window,first_open,version   # start times

Not collected by pytest. Results go to stdout (and --markdown FILE for tests/benchmarks/RESULTS.md).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks import (  # noqa: E402
    bench_audit,
    bench_evidence,
    bench_excel,
    bench_review,
    bench_start,
    synthetic,
)


@dataclass
class Result:
    name: str
    unit: str
    value: float
    baseline_name: str
    baseline: float | None
    goal: str
    met: bool | None
    peak_mb: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return None if not self.baseline else self.value / self.baseline


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


class PeakMemory:
    """Samples resident memory in a thread: peak growth over the start of the block, in MB."""

    def __enter__(self) -> PeakMemory:
        self.start = rss_mb()
        self.peak = self.start
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, rss_mb())

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_mb())

    @property
    def growth(self) -> float:
        return self.peak - self.start


def median_time(function: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def paired_median_times(
    ours: Callable[[int], object], baseline: Callable[[int], object], repeat: int
) -> tuple[float, float]:
    """Medians of ``ours`` and ``baseline``, run alternately (run index passed) so that load
    from elsewhere on the machine weighs on both alike."""
    ours_samples, base_samples = [], []
    for index in range(repeat):
        pair = [(base_samples, baseline), (ours_samples, ours)]
        for samples, function in pair if index % 2 == 0 else reversed(pair):
            gc.collect()
            start = time.perf_counter()
            function(index)
            samples.append(time.perf_counter() - start)
    return statistics.median(ours_samples), statistics.median(base_samples)


# -- workloads ---------------------------------------------------------------------------------


def bench_ingest(work: Path, photo_count: int) -> list[Result]:
    """Photo ingest (hash + EXIF + thumbnail + store) per photo vs Pillow draft+thumbnail+hashlib."""
    from PIL import Image

    from greendesk.core.storage import photos
    from greendesk.core.workspace import Workspace

    sources = list(synthetic.write_photos(work / "photos-src", photo_count))

    def baseline() -> None:
        for path in sources:
            hashlib.sha256(path.read_bytes()).hexdigest()
            with Image.open(path) as image:
                image.draft("RGB", (512, 512))
                image.thumbnail((256, 256))

    workspace = Workspace.create(work / "ingest-ws", "110105", admin="bench", password="bench-pass-1")

    def ingest() -> None:
        shutil.rmtree(workspace.photos_dir, ignore_errors=True)
        with workspace.transaction() as session:
            session.execute(__import__("sqlalchemy").text("DELETE FROM photo"))
        with workspace.transaction() as session:  # one import = one transaction
            for _ in photos.store_many(
                session, workspace.photos_dir, ((path, path.name) for path in sources)
            ):
                pass

    repeat = 3 if len(sources) <= 500 else 1
    base = median_time(baseline, repeat) / len(sources)
    with PeakMemory() as memory:
        ours = median_time(ingest, repeat) / len(sources)
    workspace.close()
    shutil.rmtree(work / "ingest-ws", ignore_errors=True)  # full size: gigabytes of photos
    ratio = ours / base
    return [
        Result(
            "photo ingest (per photo)",
            "ms",
            ours * 1000,
            "Pillow draft+thumbnail+sha256",
            base * 1000,
            "≤ 1.3x",
            ratio <= 1.3,
            memory.growth,
        )
    ]


def bench_memory_flat(work: Path, photo_count: int) -> list[Result]:
    """Peak memory while ingesting N and 2N photos: flat means no load-everything."""
    from greendesk.core.storage import photos
    from greendesk.core.workspace import Workspace

    growth = []
    for count in (photo_count // 2, photo_count):
        sources = list(synthetic.write_photos(work / "photos-src", count))
        workspace = Workspace.create(
            work / f"mem-ws-{count}", "110105", admin="bench", password="bench-pass-1"
        )
        with PeakMemory() as memory, workspace.transaction() as session:
            for _ in photos.store_many(
                session, workspace.photos_dir, ((path, path.name) for path in sources)
            ):
                pass
        workspace.close()
        shutil.rmtree(work / f"mem-ws-{count}", ignore_errors=True)
        growth.append(memory.growth)
    ratio = growth[1] / max(growth[0], 1.0)
    return [
        Result(
            f"ingest memory growth, {photo_count} photos",
            "MB",
            growth[1],
            f"same with {photo_count // 2} photos",
            max(growth[0], 1.0),
            "flat (≤ 1.5x)",
            ratio <= 1.5 or growth[1] < 50,
        )
    ]


def _beijing_workspace(work: Path):
    from greendesk.core.registry import shipped
    from greendesk.core.workspace import Workspace

    workspace = Workspace.create(work / "beijing-ws", "110105", admin="bench", password="bench-pass-1")
    streets: list[shipped.StreetRow] = []
    committees: list[shipped.RegistryRow] = []
    for district in __import__("greendesk.core.registry.districts", fromlist=["x"]).known_districts():
        streets += shipped.read_shipped_streets(district.code)
        committees += shipped.read_shipped_committees(district.code)
    return workspace, streets, committees


def bench_registry(work: Path) -> list[Result]:
    """Registry load of all 3,701 Beijing committees vs reading the same CSV rows with csv."""
    import csv

    from greendesk.core.registry import roster, shipped

    workspace, streets, committees = _beijing_workspace(work)
    path = shipped.shipped_registry_dir() / "beijing_committees_2023.csv"

    def baseline() -> None:
        with path.open(encoding="utf-8-sig") as handle:
            [row for row in csv.DictReader(handle) if row["kind_by_code"] == "居委会"]

    def load() -> None:
        roster._apply(workspace, streets, committees, "bench", "bench")

    base = median_time(baseline, 5)
    ours = median_time(load, 3)
    workspace.close()
    return [
        Result(
            "registry load (3,701 communities)",
            "ms",
            ours * 1000,
            "csv.DictReader of the same file",
            base * 1000,
            "—",
            None,
        )
    ]


def bench_filter(work: Path) -> list[Result]:
    """Filter-as-you-type in the Qt registry table with 3,701 rows: time per keystroke."""
    from PySide6.QtWidgets import QApplication

    from greendesk.core.registry import roster
    from greendesk.ui.context import UiContext
    from greendesk.ui.screens.registry_screen import RegistryScreen

    app = QApplication.instance() or QApplication([])
    workspace, streets, committees = _beijing_workspace(work / "filter")
    roster._apply(workspace, streets, committees, "2023", "bench")
    screen = RegistryScreen(UiContext(workspace))
    screen.resize(1280, 800)
    screen.show()
    app.processEvents()
    queries = ["三", "三里", "三里屯", "", "1", "11", "110", "1101", "11010", "110105", "", "花", "花园", ""]

    def type_all() -> None:
        for text in queries:
            screen.filter_edit.setText(text)
            app.processEvents()

    def baseline() -> None:  # the same substring tests in a plain Python loop
        for text in queries:
            needle = text.lower()
            [h for h in screen.communities.haystacks if needle in h]

    per_key = median_time(type_all, 5) / len(queries)
    base = median_time(baseline, 5) / len(queries)
    screen.close()
    workspace.close()
    return [
        Result(
            "registry filter per keystroke (3,701 rows)",
            "ms",
            per_key * 1000,
            "plain substring scan",
            base * 1000,
            "< 50 ms",
            per_key < 0.05,
        )
    ]


def bench_cold_start(_work: Path, data_dir: Path) -> list[Result]:
    """Cold start to the first painted main window vs a bare Qt window, in fresh processes."""
    ours_script = (
        "import os,sys,time;t=time.perf_counter();from pathlib import Path;"
        "from greendesk.ui.app import _application;from greendesk.ui.i18n import install_translators;"
        "from greendesk.core.workspace import Workspace;app=_application();install_translators(app,'zh_CN');"
        "from greendesk.ui.main_window import MainWindow;"
        f"w=MainWindow(Workspace.open(Path({str(data_dir)!r})));w.show();app.processEvents();w.grab();"
        "print(time.perf_counter()-t)"
    )
    base_script = (
        "import time;t=time.perf_counter();from PySide6.QtWidgets import QApplication,QLabel;"
        "app=QApplication([]);w=QLabel('绿色社区');w.show();app.processEvents();w.grab();print(time.perf_counter()-t)"
    )

    def run(script: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True, capture_output=True)
        return time.perf_counter() - start

    ours = statistics.median(run(ours_script) for _ in range(3))
    base = statistics.median(run(base_script) for _ in range(3))
    return [
        Result("cold start to painted main window", "s", ours, "bare Qt window", base, "< 2 s", ours < 2.0)
    ]


def _signed_in(workspace):
    """Sign in as the benchmark's administrator (before timing: scrypt is not what is measured)."""
    from greendesk.core import accounts

    accounts.sign_in(workspace, "bench", "bench-pass-1")
    return workspace


def bench_review_thumbnails(work: Path) -> list[Result]:
    """Review screen opened on a community with 100 photos: time until every thumbnail is shown."""
    from PySide6.QtWidgets import QApplication

    from greendesk.core.base import clock
    from greendesk.core.storage import photos
    from greendesk.core.storage.models import Evidence, Recommendation
    from greendesk.ui.context import UiContext
    from greendesk.ui.screens.review.screen import ReviewScreen
    from tests.review_support import recommend, small_workspace

    app = QApplication.instance() or QApplication([])
    workspace = small_workspace(work / "thumbs-ws")
    code = recommend(workspace)
    sources = list(synthetic.write_photos(work / "thumb-photos", 100))
    with workspace.transaction() as session:
        recommendation = session.query(Recommendation).one()
        stored = photos.store_many(session, workspace.photos_dir, ((p, p.name) for p in sources))
        for index, (name, photo, _added) in enumerate(stored):
            session.add(
                Evidence(
                    recommendation_id=recommendation.id,
                    item_number=1,
                    photo_sha256=photo.sha256,
                    original_name=name,
                    added_at=clock.now(),
                )
            )
            del index

    def open_and_wait(cold: bool) -> float:
        if cold:
            shutil.rmtree(workspace.photos_dir / "thumbs", ignore_errors=True)
        screen = ReviewScreen(UiContext(workspace))
        screen.resize(1280, 800)
        screen.show()
        start = time.perf_counter()
        screen.load(code)
        screen.select_item(1)
        while screen.view.photo_grid.count() < 100 or screen.view.photo_grid.pending():
            app.processEvents()
            time.sleep(0.001)
        elapsed = time.perf_counter() - start
        screen.close()
        screen.deleteLater()
        app.processEvents()
        return elapsed

    cached = statistics.median(open_and_wait(False) for _ in range(5))
    cold = statistics.median(open_and_wait(True) for _ in range(3))
    workspace.close()
    return [
        Result(
            "review screen, 100 thumbnails (cached)",
            "ms",
            cached * 1000,
            "same, thumbnails rebuilt (cold)",
            cold * 1000,
            "< 300 ms",
            cached < 0.3,
        )
    ]


def bench_dashboard(work: Path) -> list[Result]:
    """Dashboard recomputation after a decision (one core computation) vs counting statuses in SQL."""
    from sqlalchemy import func, select

    from greendesk.core.base import clock
    from greendesk.core.progress import figures
    from greendesk.core.registry import roster
    from greendesk.core.storage.models import Recommendation
    from greendesk.core.workspace import Workspace
    from tests.progress_world import populate_district

    workspace = Workspace.create(work / "dashboard-ws", "110105", admin="bench", password="bench-pass-1")
    roster.load_official(workspace)
    populate_district(workspace)

    def recompute() -> None:
        figures.compute(workspace, 2022, clock.now())

    def baseline() -> None:
        with workspace.sessions() as session:
            session.execute(select(Recommendation.status, func.count()).group_by(Recommendation.status)).all()

    ours = median_time(recompute, 7)
    base = median_time(baseline, 7)
    workspace.close()
    return [
        Result(
            "dashboard recomputation",
            "ms",
            ours * 1000,
            "SQL count by status",
            base * 1000,
            "< 100 ms",
            ours < 0.1,
        )
    ]


def bench_export(work: Path, photo_count: int) -> list[Result]:
    """Package export of a year vs ``zip -0`` of the same photo bytes (throughput ratio)."""
    import itertools

    import tests.benchmarks.bench_export as export_bench
    from greendesk.core.package.export import export_package

    # Phone-sized photos with distinct bytes made cheaply (see synthetic.py) instead of random noise,
    # whose 9 MB files would make the full-size run move ~80 GB.
    base_photo = synthetic.base_jpeg(4000, 3000)
    counter = itertools.count(100_000)
    export_bench.noise_jpeg = lambda _w, _h: synthetic.photo_variant(base_photo, next(counter))
    build, year = export_bench.build, export_bench.YEAR

    if not shutil.which("zip"):
        return [
            Result(
                "package export", "s", float("nan"), "zip -0 (not installed)", None, "≥ 50% of zip -0", None
            )
        ]
    communities = max(2, photo_count // 20)
    workspace = build(work / "export-ws", communities, max(1, photo_count // communities), (4000, 3000))
    originals = sorted(p for p in workspace.photos_dir.glob("??/*") if p.is_file())
    listing = "\n".join(str(p) for p in originals).encode() + b"\n"

    def plain_zip() -> None:
        target = work / "plain.zip"
        target.unlink(missing_ok=True)
        subprocess.run(["zip", "-0", "-q", "-j", str(target), "-@"], input=listing, check=True)
        target.unlink()

    def export() -> None:
        target = work / "package.zip"
        export_package(workspace, year, target)
        target.unlink()

    repeat = 3 if len(originals) <= 500 else 1
    base = median_time(plain_zip, repeat)
    with PeakMemory() as memory:
        ours = median_time(export, repeat)
    workspace.close()
    shutil.rmtree(work / "export-ws", ignore_errors=True)
    throughput = base / ours  # fraction of zip -0's throughput
    return [
        Result(
            f"package export ({len(originals)} photos)",
            "s",
            ours,
            "zip -0 of the same photos",
            base,
            "≥ 50% of zip -0 throughput (ratio ≤ 2x)",
            throughput >= 0.5,
            memory.growth,
        )
    ]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--small", action="store_true", help="quick run (fewer photos)")
    parser.add_argument("--photos", type=int, help="number of photos (default 3000, --small 60)")
    parser.add_argument("--only", help="comma-separated workloads: " + ",".join(WORKLOADS))
    parser.add_argument("--work", type=Path, help="keep data here (default: a temporary folder)")
    parser.add_argument("--markdown", type=Path, help="also write the table to this Markdown file")
    args = parser.parse_args()
    photo_count = args.photos or (60 if args.small else 3000)
    work = args.work or Path(tempfile.mkdtemp(prefix="greendesk-bench-"))
    selected = args.only.split(",") if args.only else list(WORKLOADS)
    from greendesk.core.demo.builder import build_demo

    demo_dir = work / "demo"
    build_demo(demo_dir).close()
    results: list[Result] = []
    for name in selected:
        runner = WORKLOADS[name]
        print(f"… {name}", file=sys.stderr, flush=True)
        if name in ("ingest", "memory", "export"):
            results += runner(work, photo_count)
        elif name == "cold_start":
            results += runner(work, demo_dir)
        else:
            results += runner(work)
    table = render(results, photo_count)
    print(table)
    if args.markdown:
        args.markdown.write_text(table + "\n", encoding="utf-8")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def render(results: list[Result], photo_count: int) -> str:
    lines = [
        f"photos: {photo_count}, python {sys.version.split()[0]}, {os.cpu_count()} cores",
        "",
        "| workload | ours | baseline | baseline value | ratio | goal | met | peak mem growth |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        baseline = "—" if r.baseline is None else f"{r.baseline:.2f} {r.unit}"
        ratio = "—" if r.ratio is None else f"{r.ratio:.2f}x"
        met = "—" if r.met is None else ("yes" if r.met else "NO")
        peak = "—" if r.peak_mb is None else f"{r.peak_mb:.0f} MB"
        lines.append(
            f"| {r.name} | {r.value:.2f} {r.unit} | {r.baseline_name} | {baseline} | {ratio} | {r.goal} | {met} | {peak} |"
        )
    notes = [f"- {r.name}: {r.note}" for r in results if r.note]
    return "\n".join([*lines, *(["", *notes] if notes else [])])


WORKLOADS: dict[str, Callable[..., list[Result]]] = {
    "ingest": bench_ingest,
    "excel": bench_excel.bench_excel_import,
    "memory": bench_memory_flat,
    "registry": bench_registry,
    "filter": bench_filter,
    "thumbnails": bench_review_thumbnails,
    "dashboard": bench_dashboard,
    "export": bench_export,
    "cold_start": bench_cold_start,
    "audit": bench_audit.bench_audit_check,
    "pdf_preview": bench_evidence.bench_pdf_preview,
    "evidence_import": bench_evidence.bench_evidence_import,
    "viewer": bench_review.bench_viewer,
    "next_item": bench_review.bench_next_item,
    "next_community": bench_review.bench_next_community,
    "demo_window": bench_start.bench_demo_window,
    "first_open": bench_start.bench_first_open,
    "version": bench_start.bench_version,
}


if __name__ == "__main__":
    raise SystemExit(main())
