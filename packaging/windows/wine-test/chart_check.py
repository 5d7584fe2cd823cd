"""TEST-ONLY check that GreenDesk's charts render with the installed runtime (numpy's BLAS DLL is blas.py's build).

Run by smoke_test.sh with the installed runtime's python.exe: ``python.exe chart_check.py WORKSPACE PNG``. It opens
the demo workspace, draws the real progress dashboard (the four pyqtgraph charts) at 1366x768, saves it as PNG and
checks the street chart has streets and the picture is not blank; numpy.linalg.solve and a matmul run through the
same DLL. Prints "charts OK" and exits 0, or raises. Never shipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy
from PySide6.QtWidgets import QApplication

from greendesk.core.workspace import Workspace
from greendesk.ui.context import UiContext
from greendesk.ui.screens.dashboard import DashboardScreen


def main() -> int:
    workspace_dir, png = Path(sys.argv[1]), Path(sys.argv[2])
    matrix = numpy.array([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]])
    solution = numpy.linalg.solve(matrix, numpy.array([1.0, 2.0, 3.0]))
    assert numpy.allclose(matrix @ solution, [1.0, 2.0, 3.0]), solution
    app = QApplication(sys.argv)
    screen = DashboardScreen(UiContext(Workspace.open(workspace_dir)))
    screen.resize(1366, 768)
    screen.show()
    for _ in range(20):
        app.processEvents()
    streets = len(screen.street_chart.streets)
    assert streets > 0, "the street chart is empty"
    image = screen.grab().toImage()
    assert image.save(str(png)), png
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 16, f"the dashboard looks blank ({len(colours)} colours)"
    print(
        f"charts OK: {streets} streets, {len(colours)} colours sampled, numpy {numpy.__version__}, {png.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
