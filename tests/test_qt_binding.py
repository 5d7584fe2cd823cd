"""Guard against the PySide6 6.12.0 / Python 3.11 bug that corrupts None's refcount on void calls."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QObject
obj = QObject()
for index in range(50_000):
    obj.setObjectName("x")   # a void method: returns None through the binding
    obj.blockSignals(False)
print("survived")
"""


def test_fifty_thousand_void_calls_do_not_abort() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"
