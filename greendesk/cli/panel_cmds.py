"""panel …: expert panels (the scoring kits and the scoring sheet, the panel's documents)."""

from __future__ import annotations

import argparse

from greendesk.cli.panel_kit_cmds import add_kit_commands
from greendesk.cli.panel_sheet_cmds import add_sheet_commands


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "panel", help="expert panels: kits, scoring sheets, opinion forms, summary"
    )
    commands = parser.add_subparsers(dest="panel_command", metavar="ACTION", required=True)
    add_kit_commands(commands)
    add_sheet_commands(commands)
