"""panel …: expert panels (this minimal module only registers the group and its ``kit`` commands)."""

from __future__ import annotations

import argparse

from greendesk.cli.panel_kit_cmds import add_kit_commands


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("panel", help="expert panels: kits, scores")
    commands = parser.add_subparsers(dest="panel_command", metavar="ACTION", required=True)
    add_kit_commands(commands)
