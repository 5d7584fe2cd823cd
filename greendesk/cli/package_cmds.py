"""export package | verify: the district application package (申报材料)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from greendesk.cli import EXIT_ERROR, EXIT_OK, data_dir, print_json, tr
from greendesk.cli.common import subcommand, year_number
from greendesk.cli.opening import open_workspace
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.package import trust
from greendesk.core.package.export import export_package
from greendesk.core.package.verify import check_against, verify_package
from greendesk.core.workspace import Workspace


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser("export", help="export documents for the municipal commission")
    kinds = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    package = subcommand(
        kinds,
        "package",
        cmd_export_package,
        help="the signed application package of a year (BagIt zip)",
        json=True,
    )
    package.add_argument("--year", type=year_number, required=True)
    package.add_argument("--batch", type=int, help="only this batch (default: every batch of the year)")
    package.add_argument("--out", type=Path, required=True, help="the zip file to write")

    verify = subcommand(
        subparsers,
        "verify",
        cmd_verify,
        help="check a package offline: files, manifests, signature",
        json=True,
    )
    verify.add_argument("package", type=Path, metavar="PACKAGE.zip")
    verify.add_argument("--fingerprint", help="the signing key fingerprint the package must carry")
    verify.add_argument(
        "--trusted", action="store_true", help="the signer must be a key registered with 'keys trust'"
    )
    verify.add_argument(
        "--against",
        type=Path,
        metavar="D",
        help="workspace folder whose audit log must still hold the package's audit head",
    )


def cmd_export_package(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        result = export_package(workspace, args.year, args.out, batch=args.batch)
    if args.json:
        print_json(result.to_dict())
        return EXIT_OK
    print(
        tr(
            QT_TRANSLATE_NOOP(
                "CLI", "Package written to {path}: {communities} communities, {photos} photos, {size} bytes."
            )
        ).format(path=result.path, communities=result.communities, photos=result.photos, size=result.size)
    )
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "Signing key fingerprint: {fingerprint}")).format(
            fingerprint=result.fingerprint
        )
    )
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    trusted = trust.load_keys(data_dir(args)) if args.trusted else None
    report = verify_package(args.package, expected_fingerprint=args.fingerprint, trusted=trusted)
    if args.against is not None:
        with Workspace.open(args.against) as workspace:  # a read: no start checks, no backup
            check_against(report, workspace)
    if args.json:
        print_json(report.to_dict())
        return EXIT_OK if report.valid else EXIT_ERROR
    if report.valid:
        print(
            tr(
                QT_TRANSLATE_NOOP("CLI", "Valid: {path} ({files} files, signed by key {fingerprint}).")
            ).format(path=args.package, files=report.payload_files, fingerprint=report.fingerprint)
        )
        print(
            tr(QT_TRANSLATE_NOOP("CLI", "Package format {format}: {kind} {period}")).format(
                format=report.format, kind=report.kind or "-", period=report.period or "-"
            )
        )
        return EXIT_OK
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "NOT valid: {path} has {count} problem(s):")).format(
            path=args.package, count=len(report.problems)
        ),
        file=sys.stderr,
    )
    for problem in report.problems:
        print(f"  {problem.message()}", file=sys.stderr)
    return EXIT_ERROR
