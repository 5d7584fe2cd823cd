"""export package | verify: the district application package (申报材料)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from greendesk.cli import EXIT_ERROR, EXIT_OK, open_workspace, print_json, tr
from greendesk.cli.common import subcommand
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.package.export import export_package
from greendesk.core.package.verify import verify_package


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
    package.add_argument("--year", type=int, required=True)
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


def cmd_export_package(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
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
    report = verify_package(args.package, expected_fingerprint=args.fingerprint)
    if args.json:
        print_json(report.to_dict())
        return EXIT_OK if report.valid else EXIT_ERROR
    if report.valid:
        print(
            tr(
                QT_TRANSLATE_NOOP("CLI", "Valid: {path} ({files} files, signed by key {fingerprint}).")
            ).format(path=args.package, files=report.payload_files, fingerprint=report.fingerprint)
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
