"""Before/after of the README's run command: `greendesk demo --open` to the first painted window.

    python tests/benchmarks/compare_demo.py REVISION [--runs 3]

Builds the demo with the code at git ``REVISION`` (extracted to a temporary folder) and with this
working tree, alternating, each run a new build; prints each run's wall-clock seconds and CPU seconds
(user + system of the child, what the work costs without the shared machine's contention) and the
medians. Not collected by pytest; used for tests/benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_start import DEMO_WINDOW  # noqa: E402


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _extract(revision: str, folder: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision], check=True, capture_output=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def _one_run(tree: Path, folder: Path, anchors: Path) -> tuple[float, float]:
    env = {
        **os.environ,
        "PYTHONPATH": str(tree),
        "QT_QPA_PLATFORM": "offscreen",
        "GREENDESK_ANCHOR_DIR": str(anchors),
    }
    before, start = _children_cpu(), time.time()
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(DEMO_WINDOW), str(folder)],
        cwd=tree,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return float(result.stdout.split()[-1]) - start, _children_cpu() - before


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", help="the git revision measured as 'before'")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="greendesk-compare-") as scratch:
        work = Path(scratch)
        trees = {"before": _extract(args.revision, work / "before-tree"), "after": ROOT}
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
        for number in range(1, args.runs + 1):
            for name, tree in trees.items():
                folder = work / f"demo-{name}-{number}"
                wall, cpu = _one_run(tree, folder, work / "anchors")
                runs[name].append((wall, cpu))
                load = os.getloadavg()[0]
                print(
                    f"{name:6} run {number}: {wall:6.2f} s wall, {cpu:6.2f} s CPU, load {load:.1f}",
                    flush=True,
                )
                shutil.rmtree(folder, ignore_errors=True)
    medians = {
        name: (statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows))
        for name, rows in runs.items()
    }
    for name, (wall, cpu) in medians.items():
        print(f"{name:6} median: {wall:.2f} s wall, {cpu:.2f} s CPU")
    print(
        f"after / before: wall {medians['after'][0] / medians['before'][0]:.2f}x, "
        f"CPU {medians['after'][1] / medians['before'][1]:.2f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
