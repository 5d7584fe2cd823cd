"""targets list | set YEAR."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from greendesk.cli import EXIT_OK, print_json
from greendesk.cli.common import day, print_rows, subcommand, year_number
from greendesk.cli.opening import open_workspace
from greendesk.core.progress import targets


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("targets", help="yearly targets and deadlines")
    commands = parser.add_subparsers(dest="targets_command", metavar="ACTION", required=True)
    listing = subcommand(commands, "list", cmd_list, json=True)
    listing.add_argument("--until", type=year_number, help="last year to list")
    edit = subcommand(commands, "set", cmd_set)
    edit.add_argument("year", type=year_number)
    edit.add_argument("--share", type=float, help="percent of in-scope communities passed by year end")
    edit.add_argument("--pilots-min", type=int)
    edit.add_argument("--pilots-max", type=int)
    edit.add_argument("--summary-deadline", type=day)
    edit.add_argument("--quarterly-day", type=int)


def _line(row: targets.Target) -> str:
    carried = f" (= {row.carried_from})" if row.carried_from else ""
    return (
        f"{row.year}\t{row.target_share:g}%{carried}\t{row.pilots_per_street_min}-{row.pilots_per_street_max}"
        f"\t{row.summary_deadline}"
    )


def cmd_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        rows = targets.list_targets(workspace, last_year=args.until)
    print_rows(args, rows, asdict, _line)
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        row = targets.set_target(
            workspace,
            args.year,
            target_share=args.share,
            pilots_per_street_min=args.pilots_min,
            pilots_per_street_max=args.pilots_max,
            summary_deadline=args.summary_deadline,
            quarterly_report_day=args.quarterly_day,
        )
    print_json(asdict(row))
    return EXIT_OK
