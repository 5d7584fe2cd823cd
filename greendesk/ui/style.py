"""The application's style sheet: a clear 2 px focus frame on every control the keyboard can reach.

The platform styles draw focus as a faint dotted line or a 1 px tint that a reviewer working by
keyboard cannot find. Buttons are drawn by the sheet as a whole (a sheet that styled only the
focused button would make it look unlike the others); inputs and lists only gain the frame.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

FOCUS_COLOUR = "#1565c0"

STYLE_SHEET = f"""
QPushButton {{
    padding: 4px 12px;
    border: 1px solid #9aa59f;
    border-radius: 4px;
    background: #f6f7f6;
    min-height: 18px;
}}
QPushButton:hover {{ background: #eaf2ec; }}
QPushButton:pressed {{ background: #d5e6da; }}
QPushButton:checked {{ background: #cfe6d6; border-color: #2e7d32; font-weight: bold; }}
QPushButton:disabled {{ color: #9a9a9a; background: #f0f0f0; border-color: #d3d3d3; }}
QPushButton:default {{ border-color: #5f7f6a; }}
QPushButton:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 3px 11px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus,
QAbstractItemView:focus {{
    border: 2px solid {FOCUS_COLOUR};
}}
"""


def apply_style(app: QApplication) -> None:
    """Install the sheet on the whole application (every window and dialog)."""
    app.setStyleSheet(STYLE_SHEET)
