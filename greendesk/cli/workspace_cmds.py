"""init, demo, settings: creating workspaces (``gui`` is in gui_cmds, which loads no other command)."""

from __future__ import annotations

import argparse
import os
import sys

from greendesk.cli import EXIT_OK, USER_ENV, data_dir, print_json, tr
from greendesk.cli.common import new_password
from greendesk.cli.opening import open_workspace
from greendesk.core import campaign
from greendesk.core.base import i18n
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.demo.builder import DEFAULT_DEMO_SUBDIR, build_demo
from greendesk.core.demo.reviews import DEMO_ADMIN, DEMO_APPROVER, DEMO_PASSWORD, DEMO_REVIEWER
from greendesk.core.registry.districts import validate_area
from greendesk.core.workspace import Preferences, Workspace


def register(subparsers: argparse._SubParsersAction) -> None:
    init = subparsers.add_parser(
        "init", help="create a workspace for a district (or, with a city code ending in 00, for a city)"
    )
    init.add_argument("--district", required=True, help="6-digit district code, e.g. 110105 (a city: 110000)")
    init.add_argument("--name", help="district name (needed for districts outside Beijing)")
    init.add_argument(
        "--admin", help="name of the administrator account to create (default: --user or $GREENDESK_USER)"
    )
    init.add_argument(
        "--admin-display-name", default="", help="the administrator's name as documents show it"
    )
    init.add_argument(
        "--password-stdin", action="store_true", help="read the new password from standard input"
    )
    init.add_argument("--json", action="store_true")
    init.set_defaults(handler=cmd_init)

    demo = subparsers.add_parser("demo", help="build (or reuse) a realistic demo workspace")
    demo.add_argument("--district", default="110105")
    demo.add_argument("--rebuild", action="store_true", help="delete and rebuild the demo workspace")
    demo.add_argument("--open", action="store_true", help="open the GUI on it afterwards")
    demo.set_defaults(handler=cmd_demo)

    language = subparsers.add_parser("language", help="show or set the saved language (zh_CN or en)")
    language.add_argument("value", nargs="?", choices=i18n.SUPPORTED_LANGUAGES)
    language.set_defaults(handler=cmd_language)

    year = subparsers.add_parser(
        "campaign-year", help="show or set the campaign year every year choice defaults to (0: automatic)"
    )
    year.add_argument("value", nargs="?", type=int)
    year.set_defaults(handler=cmd_campaign_year)


def cmd_init(args: argparse.Namespace) -> int:
    validate_area(args.district, args.name)  # a wrong code is told before a password is asked
    admin = (args.admin or args.user or os.environ.get(USER_ENV) or "").strip()
    if not admin:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Name the administrator account to create: --admin NAME.")
        )
    password = new_password(args)
    workspace = Workspace.create(
        data_dir(args),
        args.district,
        args.name,
        admin=admin,
        password=password,
        admin_display_name=args.admin_display_name,
    )
    district = workspace.district
    workspace.close()
    if args.json:
        print_json(
            {"data_dir": str(data_dir(args)), "district_code": district.code, "district_name": district.name}
        )
    else:
        print(
            tr(QT_TRANSLATE_NOOP("CLI", "Workspace created for {district} ({code}) in {folder}")).format(
                district=district.name, code=district.code, folder=data_dir(args)
            )
        )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    folder = data_dir(args) if args.data_dir else data_dir(args) / DEFAULT_DEMO_SUBDIR
    workspace = build_demo(folder, district_code=args.district, rebuild=args.rebuild, progress=_demo_step)
    workspace.close()
    print(tr(QT_TRANSLATE_NOOP("CLI", "Demo workspace ready in {folder}")).format(folder=folder))
    print(
        tr(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Accounts: {admin} (administrator), {reviewer} (reviewer), {approver} (approver); "
                "password for all: {password}",
            )
        ).format(admin=DEMO_ADMIN, reviewer=DEMO_REVIEWER, approver=DEMO_APPROVER, password=DEMO_PASSWORD)
    )
    if args.open:
        from greendesk.ui.app import run_gui

        return run_gui(folder)
    return EXIT_OK


def _demo_step(number: int, total: int, text: str) -> None:
    """Each build step on stderr as it starts, so a slow first build is not a silent wait."""
    print(f"[{number}/{total}] {i18n.translate('Demo', text)}", file=sys.stderr, flush=True)


def cmd_language(args: argparse.Namespace) -> int:
    folder = data_dir(args)
    preferences = Preferences.load(folder)
    if args.value:
        preferences.language = args.value
        preferences.save(folder)
    sys.stdout.write(preferences.language + "\n")
    return EXIT_OK


def cmd_campaign_year(args: argparse.Namespace) -> int:
    """Print the campaign year; with a value (administrator), configure it first."""
    with open_workspace(args, sign_in=args.value is not None) as workspace:
        if args.value is not None:
            campaign.set_campaign_year(workspace, args.value)
        sys.stdout.write(f"{campaign.campaign_year(workspace)}\n")
    return EXIT_OK
