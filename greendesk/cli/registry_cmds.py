"""registry load | list | streets | show | set."""

from __future__ import annotations

import argparse
from pathlib import Path

from greendesk.cli import EXIT_OK, print_json, tr
from greendesk.cli.opening import open_workspace
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.registry import roster, shipped


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("registry", help="the district's streets and communities")
    commands = parser.add_subparsers(dest="registry_command", metavar="ACTION", required=True)

    load = commands.add_parser(
        "load", help="load the official 2023 registry, or an Excel file in the same shape"
    )
    load.add_argument("--file", type=Path, help="Excel registry (.xlsx/.xls)")
    load.add_argument(
        "--edition", default=shipped.SHIPPED_EDITION, help="code edition of the file (default 2023)"
    )
    load.add_argument("--json", action="store_true")
    load.set_defaults(handler=cmd_load)

    listing = commands.add_parser("list", help="list communities (optionally filtered)")
    listing.add_argument("--filter", default="", help="substring of name, short name, code or street")
    listing.add_argument("--street", help="9-digit street code")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)

    show = commands.add_parser("show", help="one community")
    show.add_argument("code")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)

    edit = commands.add_parser("set", help="edit a community's fields, e.g. households=1200 in_scope=否")
    edit.add_argument("code")
    edit.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    edit.set_defaults(handler=cmd_set)


def cmd_load(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        if args.file:
            summary = roster.load_workbook(workspace, args.file, edition=args.edition)
        else:
            summary = roster.load_official(workspace)
    if args.json:
        print_json(summary.to_dict())
    else:
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "Registry {edition} loaded from {source}: {streets} streets, {added} communities added, {updated} updated.",
                )
            ).format(
                edition=summary.edition,
                source=summary.source,
                streets=summary.streets_added + summary.streets_updated,
                added=summary.communities_added,
                updated=summary.communities_updated,
            )
        )
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        communities = roster.list_communities(workspace, args.filter, args.street)
        streets = roster.list_streets(workspace)
        district = workspace.district
    if args.json:
        print_json(
            {
                "district": {"code": district.code, "name": district.name},
                "streets": [s.to_dict() for s in streets],
                "communities": [c.to_dict() for c in communities],
            }
        )
        return EXIT_OK
    for community in communities:
        scope = "" if community.in_scope else tr(QT_TRANSLATE_NOOP("CLI", "(out of scope)"))
        print(f"{community.code}\t{community.name}\t{community.street_name}\t{scope}".rstrip())
    print(tr(QT_TRANSLATE_NOOP("CLI", "{count} communities")).format(count=len(communities)))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        community = roster.get_community(workspace, args.code)
    if args.json:
        print_json(community.to_dict())
    else:
        for key, value in community.to_dict().items():
            print(f"{key}: {'' if value is None else value}")
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    changes = {}
    for assignment in args.assignments:
        key, sep, value = assignment.partition("=")
        if not sep:
            from greendesk.core.base.errors import ValidationError

            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "'{text}' is not FIELD=VALUE."), text=assignment
            )
        changes[key.strip()] = value
    with open_workspace(args, sign_in=True) as workspace:
        community = roster.update_community(workspace, args.code, **changes)
    print_json(community.to_dict())
    return EXIT_OK
