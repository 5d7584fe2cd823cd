"""keys trust | list | remove: the signing keys a receiving office registered, by district."""

from __future__ import annotations

import argparse

from greendesk.cli import EXIT_OK, data_dir, print_json, tr
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.package import trust


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "keys", help="trusted package-signing keys of districts (verify --trusted)"
    )
    commands = parser.add_subparsers(dest="keys_command", metavar="ACTION", required=True)

    # The fingerprint may be typed as printed, in groups: the groups are joined.
    add = commands.add_parser("trust", help="register a district's signing key by its fingerprint")
    add.add_argument("fingerprint", nargs="+", metavar="FINGERPRINT")
    add.add_argument("--district", required=True, metavar="CODE", help="6-digit district code")
    add.add_argument("--name", help="district name (needed for a code not in the shipped registry)")
    add.set_defaults(handler=cmd_trust)

    listing = commands.add_parser("list", help="list the trusted keys")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)

    remove = commands.add_parser("remove", help="forget a trusted key")
    remove.add_argument("fingerprint", nargs="+", metavar="FINGERPRINT")
    remove.set_defaults(handler=cmd_remove)


def cmd_trust(args: argparse.Namespace) -> int:
    key = trust.trust_key(data_dir(args), " ".join(args.fingerprint), args.district, args.name)
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "Trusted key {fingerprint} for {code} {name}.")).format(
            fingerprint=key.grouped, code=key.district_code, name=key.district_name
        )
    )
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    keys = trust.load_keys(data_dir(args))
    if args.json:
        print_json([key.to_dict() for key in keys])
        return EXIT_OK
    if not keys:
        print(tr(QT_TRANSLATE_NOOP("CLI", "No key is trusted yet.")))
    for key in keys:
        print(f"{key.grouped}\t{key.district_code}\t{key.district_name}\t{key.added_at}")
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    key = trust.remove_key(data_dir(args), " ".join(args.fingerprint))
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "Removed the trusted key {fingerprint} of {code} {name}.")).format(
            fingerprint=key.grouped, code=key.district_code, name=key.district_name
        )
    )
    return EXIT_OK
