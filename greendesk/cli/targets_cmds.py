"""targets list | set YEAR."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date

from greendesk.cli import EXIT_OK, open_workspace, print_json
from greendesk.core.progress import targets


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("targets", help="yearly targets and deadlines")
    commands = parser.add_subparsers(dest="targets_command", metavar="ACTION", required=True)
    listing = commands.add_parser("list")
    listing.add_argument("--until", type=int, help="last year to list")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)
    edit = commands.add_parser("set")
    edit.add_argument("year", type=int)
    edit.add_argument("--share", type=float, help="percent of in-scope communities passed by year end")
    edit.add_argument("--pilots-min", type=int)
    edit.add_argument("--pilots-max", type=int)
    edit.add_argument("--summary-deadline", type=date.fromisoformat)
    edit.add_argument("--quarterly-day", type=int)
    edit.set_defaults(handler=cmd_set)


def cmd_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        rows = targets.list_targets(workspace, last_year=args.until)
    if args.json:
        print_json([asdict(row) for row in rows])
        return EXIT_OK
    for row in rows:
        carried = f" (= {row.carried_from})" if row.carried_from else ""
        print(
            f"{row.year}\t{row.target_share:g}%{carried}\t{row.pilots_per_street_min}-{row.pilots_per_street_max}\t{row.summary_deadline}"
        )
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
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
