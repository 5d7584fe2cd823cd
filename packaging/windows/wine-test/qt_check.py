"""TEST-ONLY stand-in for the GreenDesk main window, used by smoke_test.sh while `greendesk gui` does not exist.

Run with the installed runtime's pythonw.exe: ``pythonw.exe qt_check.py WORKSPACE MARKER``. It opens the demo
workspace through the core (SQLite, translations), shows its communities in Chinese in a table and a pyqtgraph
chart of communities per street, then writes MARKER so the script knows the window is up. Never shipped.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pyqtgraph
from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTableWidget, QTableWidgetItem

from greendesk import __version__
from greendesk.core.registry import roster
from greendesk.core.workspace import Workspace


def main() -> int:
    workspace_dir, marker = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication(sys.argv)
    translator = QTranslator()
    translator.load(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    )
    app.installTranslator(translator)

    workspace = Workspace.open(workspace_dir)
    communities = roster.list_communities(workspace)

    window = QMainWindow()
    window.setWindowTitle(f"绿色社区审核台 GreenDesk {__version__}（Wine 冒烟测试：Qt 与中文字体）")
    splitter = QSplitter()
    table = QTableWidget(len(communities), 4)
    table.setHorizontalHeaderLabels(["社区代码", "社区名称", "所属街道", "户数"])
    for row, community in enumerate(communities):
        values = (community.code, community.name, community.street_name, str(community.households or ""))
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    splitter.addWidget(table)

    per_street = Counter(c.street_name for c in communities).most_common(8)
    plot = pyqtgraph.PlotWidget(title="各街道社区数（前 8）")
    plot.setBackground("w")
    plot.addItem(
        pyqtgraph.BarGraphItem(
            x=list(range(len(per_street))), height=[n for _, n in per_street], width=0.6, brush="#2E7D32"
        )
    )
    plot.getAxis("bottom").setTicks([[(i, name[:4]) for i, (name, _) in enumerate(per_street)]])
    splitter.addWidget(plot)
    window.setCentralWidget(splitter)
    window.resize(1200, 720)
    window.show()
    QTimer.singleShot(1500, lambda: marker.write_text(f"{len(communities)} communities\n", encoding="utf-8"))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
