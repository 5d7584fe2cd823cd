"""The benchmark suite is not part of the test run, but its command must keep working."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_benchmark_command_lists_every_workload() -> None:
    result = subprocess.run(
        [sys.executable, "tests/benchmarks/run.py", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--small" in result.stdout and "--only" in result.stdout
    from tests.benchmarks.run import WORKLOADS

    assert set(WORKLOADS) == {
        "ingest", "excel", "memory", "registry", "filter", "thumbnails", "dashboard", "export", "cold_start", "audit",
        "pdf_preview", "evidence_import", "viewer", "next_item", "next_community",
        "demo_window", "first_open", "version",
    }  # fmt: skip
