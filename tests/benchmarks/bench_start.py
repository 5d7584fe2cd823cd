"""Start times (issues 18 and 19), each in fresh processes against a bare start measured in the same run.

- ``demo to first window``: the README's ``python -m greendesk demo --open`` from no demo workspace
  until its first window (the sign-in) is painted; baseline: a bare Python start with a painted Qt window.
- ``first open of a new workspace``: the app's real start (``run_gui``: lock, start check, daily
  backup, sign-in, main window) on a workspace just built and never opened, until the main window is
  painted; the sign-in dialog is answered in code with the demo password (the same scrypt proof).
  Baseline: the bare Qt window.
- ``greendesk --version``: the installed command's answer vs ``python -c pass``.

Each note also gives the children's CPU time (user + system), which a shared machine's load does not
inflate the way it inflates the wall-clock time.

Used by run.py (``--only demo_window,first_open,version``); not collected by pytest.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE_WINDOW = (
    "import time;t=time.perf_counter();from PySide6.QtWidgets import QApplication,QLabel;"
    "app=QApplication([]);w=QLabel('绿色社区');w.show();app.processEvents();w.grab();print(time.perf_counter()-t)"
)

# Prints the wall-clock moment the first dialog is painted, then ends the process (the demo's sign-in).
DEMO_WINDOW = """
    import os, sys, time
    from PySide6.QtWidgets import QApplication, QDialog
    def shown(self):
        self.show(); QApplication.processEvents(); self.grab()
        print(time.time(), flush=True); os._exit(0)
    QDialog.exec = shown
    from greendesk.cli import main
    main(["--data-dir", sys.argv[1], "demo", "--open"])
"""

# The real start up to the painted main window; only the sign-in dialog is answered in code.
FIRST_OPEN = """
    import time; start = time.perf_counter()
    import os, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication, QDialog
    from greendesk.core import accounts
    from greendesk.ui import signin
    def answer(self):
        accounts.sign_in(self.workspace, "reviewer", "demo-pass-1")
        return QDialog.DialogCode.Accepted
    signin.SignInDialog.exec = answer
    def painted(_app):
        window = QApplication.activeWindow() or QApplication.topLevelWidgets()[0]
        QApplication.processEvents(); window.grab()
        print(time.perf_counter() - start, flush=True); os._exit(0)
    QApplication.exec = painted
    from greendesk.ui.app import run_gui
    run_gui(Path(sys.argv[1]))
"""


def _env(work: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "GREENDESK_ANCHOR_DIR": str(work / "anchors"),
    }


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _in_process(script: str, work: Path, *args: str) -> tuple[float, float]:
    """(seconds or moment the child reports on its last line, the child's CPU seconds)."""
    before = _children_cpu()
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        env=_env(work),
    )
    return float(result.stdout.split()[-1]), _children_cpu() - before


def _wall(command: list[str], work: Path) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds) of one run of ``command``."""
    before, start = _children_cpu(), time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env=_env(work))
    return time.perf_counter() - start, _children_cpu() - before


def _medians(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def _note(ours_cpu: float, base_cpu: float) -> str:
    return (
        f"CPU time {ours_cpu:.2f} s vs {base_cpu:.2f} s for the baseline; "
        f"{os.getloadavg()[0]:.1f} load average (1 min) on {os.cpu_count()} cores"
    )


def bench_demo_window(work: Path) -> list:
    from tests.benchmarks.run import Result

    base, base_cpu = _medians([_in_process(BARE_WINDOW, work) for _ in range(3)])
    runs = []
    for _run in range(3):  # each a new build: the shared machine's load varies from run to run
        folder = work / "demo-window"
        shutil.rmtree(folder, ignore_errors=True)
        start = time.time()
        shown_at, cpu = _in_process(DEMO_WINDOW, work, str(folder))
        runs.append((shown_at - start, cpu))
    ours, ours_cpu = _medians(runs)
    each = ", ".join(f"{wall:.2f} s (CPU {cpu:.2f} s)" for wall, cpu in runs)
    return [
        Result(
            "demo to first window",
            "s",
            ours,
            "bare Python start + painted Qt window",
            base,
            "≤ 15 s",
            ours <= 15.0,
            note=f"median of 3 builds: {each}; " + _note(ours_cpu, base_cpu),
        )
    ]


def bench_first_open(work: Path) -> list:
    from greendesk.core.demo.builder import build_demo
    from tests.benchmarks.run import Result

    os.environ.setdefault("GREENDESK_ANCHOR_DIR", str(work / "anchors"))
    built = work / "demo"  # run.py's demo: built, never opened
    if not built.exists():
        build_demo(built).close()
    runs = []
    for run in range(3):  # each on its own copy of the new workspace, never opened before
        copy = work / f"first-open-{run}"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(built, copy)
        runs.append(_in_process(FIRST_OPEN, work, str(copy)))
    ours, ours_cpu = _medians(runs)
    base, base_cpu = _medians([_in_process(BARE_WINDOW, work) for _ in range(3)])
    return [
        Result(
            "first open of a new workspace",
            "s",
            ours,
            "bare Qt window",
            base,
            "≤ 2 s",
            ours <= 2.0,
            note="process start to painted main window; " + _note(ours_cpu, base_cpu),
        )
    ]


def bench_version(work: Path) -> list:
    from tests.benchmarks.run import Result

    ours, ours_cpu = _medians(
        [_wall([sys.executable, "-m", "greendesk", "--version"], work) for _ in range(5)]
    )
    base, base_cpu = _medians([_wall([sys.executable, "-c", "pass"], work) for _ in range(5)])
    return [
        Result(
            "greendesk --version",
            "s",
            ours,
            "python -c pass",
            base,
            "< 1 s",
            ours < 1.0,
            note=_note(ours_cpu, base_cpu),
        )
    ]
