"""expert KIT: open a scoring kit in expert mode (no workspace needed on the expert's PC)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    expert = subparsers.add_parser("expert", help="open a scoring kit (评分包) in expert mode")
    expert.add_argument("kit", type=Path, metavar="KIT")
    expert.set_defaults(handler=cmd_expert)


def cmd_expert(args: argparse.Namespace) -> int:
    from greendesk.ui.app import run_expert  # lazy: heavy, first use only (Qt)

    return run_expert(args.kit)
