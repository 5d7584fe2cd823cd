"""gui: open the desktop application.

Its own module so that ``greendesk gui`` (what the Windows launcher and the desktop entry run) parses
with this module alone: none of the other commands, their document and spreadsheet libraries, load
before the first window (see ``cli.dispatch.run``).
"""

from __future__ import annotations

import argparse

from greendesk.cli import data_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    gui = subparsers.add_parser("gui", help="open the desktop application")
    gui.set_defaults(handler=cmd_gui)


def cmd_gui(args: argparse.Namespace) -> int:
    from greendesk.ui.app import run_gui  # lazy: heavy, first use only (Qt)

    return run_gui(data_dir(args))
