"""progress [--year Y] [--as-of D] [--json] | report quarterly|annual|list|submit|package."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from greendesk.cli import EXIT_OK, print_json, tr
from greendesk.cli.common import day, year_number
from greendesk.cli.opening import open_workspace
from greendesk.core import campaign
from greendesk.core.base import clock, i18n
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.package.report_package import export_report_package
from greendesk.core.progress import figures
from greendesk.core.reports import documents, labels, snapshots


def register(subparsers: argparse._SubParsersAction) -> None:
    show = subparsers.add_parser("progress", help="progress toward the yearly target")
    show.add_argument(
        "--year",
        type=year_number,
        help="target year (default: the --as-of date's year, else the campaign year)",
    )
    show.add_argument(
        "--as-of", type=day, help="count what was recorded up to the end of this day (default: now)"
    )
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_progress)

    report = subparsers.add_parser("report", help="quarterly progress reports and annual summaries")
    commands = report.add_subparsers(dest="report_command", metavar="ACTION", required=True)
    quarterly = commands.add_parser("quarterly", help="quarterly progress report (季度进展情况)")
    quarterly.add_argument("--quarter", required=True, help="e.g. 2022Q3")
    _export_options(quarterly)
    quarterly.set_defaults(handler=cmd_quarterly)
    annual = commands.add_parser("annual", help="annual results and work summary (年度总结)")
    annual.add_argument("--year", type=year_number, required=True)
    annual.add_argument("--narrative-file", type=Path, help="UTF-8 text file with the work summary")
    _export_options(annual)
    annual.set_defaults(handler=cmd_annual)
    listing = commands.add_parser("list", help="list report snapshots")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)
    submit = commands.add_parser("submit", help="mark a snapshot as submitted (frozen)")
    submit.add_argument("id", type=int)
    submit.set_defaults(handler=cmd_submit)
    package = commands.add_parser("package", help="the signed package of a submitted report (BagIt zip)")
    package.add_argument("id", type=int, metavar="SNAPSHOT", help="a submitted snapshot (see 'report list')")
    package.add_argument("--out", type=Path, required=True, help="the folder to write the package into")
    package.add_argument("--json", action="store_true")
    package.set_defaults(handler=cmd_package)


def _export_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, help="output file, .xlsx or .pdf")
    parser.add_argument("--as-of", type=day, help="snapshot date (default: period end, or today)")
    parser.add_argument("--submit", action="store_true", help="mark the snapshot as submitted (frozen)")
    parser.add_argument(
        "--new", action="store_true", help="take a new snapshot even when the period was already submitted"
    )


def _as_of(day: date | None) -> datetime | None:
    """``--as-of D``: everything recorded up to the end of that day counts."""
    return figures.end_of_day(day) if day is not None else None


def cmd_progress(args: argparse.Namespace) -> int:
    as_of = _as_of(args.as_of) or clock.now()
    with open_workspace(args) as workspace:
        year = args.year or (as_of.year if args.as_of else campaign.campaign_year(workspace))
        result = figures.compute(workspace, year, as_of)
    data = result.to_dict()
    if args.json:
        print_json(data)
        return EXIT_OK
    print(
        tr(
            QT_TRANSLATE_NOOP(
                "CLI",
                "{year} as of {date}: {passed} of {total} in-scope communities passed ({share}%), "
                "target {target}% = {required}, {remaining} to go.",
            )
        ).format(
            year=data["year"],
            date=labels.as_of_text(data["as_of"], i18n.current_language()),
            passed=data["passed"],
            total=data["in_scope_total"],
            share=data["passed_share"],
            target=f"{data['target_share']:g}",
            required=data["required"],
            remaining=data["remaining"],
        )
    )
    if data["next_deadline"]:
        print(
            tr(QT_TRANSLATE_NOOP("CLI", "Next deadline: {deadline} ({days} days left).")).format(
                deadline=labels.deadline_text(data["next_deadline"], i18n.current_language()),
                days=data["days_left"],
            )
        )
    for street in data["streets"]:
        mark = " *" if street["below_min"] else ""
        print(
            f"{street['code']}\t{street['name']}\t{street['recommended']}\t{street['under_review']}"
            f"\t{street['passed']}\t{street['pilots']}/{street['pilots_min']}{mark}"
        )
    return EXIT_OK


def _export(args: argparse.Namespace, kind: str, period: str, narrative: str | None = None) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        snapshot = documents.export_report(
            workspace,
            kind,
            period,
            args.out,
            as_of=_as_of(args.as_of),
            narrative=narrative,
            submit=args.submit,
            new=args.new,
        )
    state = (
        tr(QT_TRANSLATE_NOOP("CLI", "submitted"))
        if snapshot.submitted
        else tr(QT_TRANSLATE_NOOP("CLI", "draft"))
    )
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "Report {period} (snapshot {id}, {state}) written to {file}")).format(
            period=labels.period_text(snapshot.period, i18n.current_language()),
            id=snapshot.id,
            state=state,
            file=args.out,
        )
    )
    return EXIT_OK


def cmd_quarterly(args: argparse.Namespace) -> int:
    return _export(args, snapshots.QUARTERLY, args.quarter)


def cmd_annual(args: argparse.Namespace) -> int:
    narrative = None
    if args.narrative_file is not None:
        try:
            narrative = args.narrative_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Cannot read the work summary {file}: {reason}"),
                file=str(args.narrative_file),
                reason=str(exc),
            ) from exc
    return _export(args, snapshots.ANNUAL, str(args.year), narrative)


def cmd_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        rows = [s.summary_dict() for s in snapshots.list_snapshots(workspace)]
    if args.json:
        print_json(rows)
        return EXIT_OK
    for row in rows:
        state = row["submitted_at"] or "-"
        print(
            f"{row['id']}\t{row['kind']}\t{row['period']}\t{row['as_of']}\t{row['passed']}"
            f"\t{row['passed_share']}%\t{state}"
        )
    return EXIT_OK


def cmd_submit(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        snapshot = snapshots.submit_snapshot(workspace, args.id)
    print_json(snapshot.summary_dict())
    return EXIT_OK


def cmd_package(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        result = export_report_package(workspace, args.id, args.out)
    if args.json:
        print_json(result.to_dict())
        return EXIT_OK
    print(
        tr(
            QT_TRANSLATE_NOOP("CLI", "Report package written to {path} ({kind} {period}, {size} bytes).")
        ).format(path=result.path, kind=result.kind, period=result.period, size=result.size)
    )
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "Signing key fingerprint: {fingerprint}")).format(
            fingerprint=result.fingerprint
        )
    )
    return EXIT_OK
