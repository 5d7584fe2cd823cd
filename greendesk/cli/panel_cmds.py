"""panel …: the expert panel's commands (the scoring sheet and the panel's documents here)."""

from __future__ import annotations

import argparse

from greendesk.cli.panel_sheet_cmds import add_sheet_commands


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "panel", help="expert panels: scoring sheets, opinion forms, score summary"
    )
    commands = parser.add_subparsers(dest="panel_command", metavar="ACTION", required=True)
    add_sheet_commands(commands)
