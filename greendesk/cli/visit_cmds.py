"""visit plan | move | cancel | list | print | record | show: site visits (现场核验).

``visit record VISIT_CODE --results FILE.json [--photo ITEM=PATH ...]`` reads what the paper form
says, as JSON (UTF-8)::

    {
      "items": [
        {"item": 1, "outcome": "pass"},                 # pass/fail standard: pass | fail | more
        {"item": 3, "outcome": "more", "note": "缺会议纪要"},
        {"item": 5, "score": 6.5, "note": "..."}        # scored standard: 0 <= score <= the item's points
      ],
      "notes": {"听": "...", "查": "...", "看": "...", "问": "...", "议": "..."},
      "questionnaire": {"handed_out": 30, "returned": 28, "satisfied": 20,
                        "basically_satisfied": 6, "dissatisfied": 2}
    }

Every key is optional; a note heading may also be written listen / check / look / ask / discuss.
The questionnaire's returned may not exceed handed_out, and the three answers add up to returned.
Each ``--photo 3=IMG_0012.jpg`` stores the photo and attaches it to item 3 as site-visit evidence;
its GPS position is checked against the community's other evidence photos and the district.
A visit records what was found: the review's decisions stay as the reviewer made them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from greendesk.cli import EXIT_OK, print_json, tr
from greendesk.cli.common import day, diagnostic, print_rows, subcommand, year_number
from greendesk.cli.opening import open_workspace
from greendesk.core.base import jsonfile
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import whole_number
from greendesk.core.panel import visit_form, visit_records, visits
from greendesk.core.review.vocabulary import outcome_label


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "visit", help="site visits: plan the route, print the forms, record results"
    )
    actions = parser.add_subparsers(dest="visit_command", metavar="ACTION", required=True)

    plan = subcommand(actions, "plan", cmd_plan, help="put communities on a day's route", json=True)
    plan.add_argument("--year", type=year_number, required=True)
    plan.add_argument("--batch", type=int)
    plan.add_argument("--day", type=day, required=True, help="YYYY-MM-DD")
    chosen = plan.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--community", nargs="+", metavar="CODE", help="12-digit community codes")
    chosen.add_argument("--street", nargs="+", metavar="CODE", help="9-digit street codes (all recommended)")
    plan.add_argument(
        "--start", type=int, help="place in the day's route of the first one (default: the end)"
    )
    plan.add_argument(
        "--in-order",
        action="store_true",
        help="keep the order given (default: street code, then community code)",
    )
    plan.add_argument(
        "--panel", type=int, help="the expert panel that visits (names its experts on the form)"
    )

    move = subcommand(actions, "move", cmd_move, help="re-plan a visit: another day or place in the route")
    move.add_argument("visit_code")
    move.add_argument("--day", type=day)
    move.add_argument("--position", type=int)

    cancel = subcommand(actions, "cancel", cmd_cancel, help="cancel a planned visit")
    cancel.add_argument("visit_code")
    cancel.add_argument("--reason", default="")

    listing = subcommand(actions, "list", cmd_list, help="the plan: days and their routes", json=True)
    listing.add_argument("--year", type=year_number, required=True)
    listing.add_argument("--day", type=day)
    listing.add_argument("--cancelled", action="store_true", help="also list cancelled visits")

    printing = subcommand(
        actions, "print", cmd_print, help="the forms (PDF): a day's route and forms, or one visit"
    )
    printing.add_argument("visit_code", nargs="?", help="one visit (else --year and --day)")
    printing.add_argument("--year", type=year_number)
    printing.add_argument("--day", type=day)
    printing.add_argument(
        "--out", type=Path, required=True, help="a folder for a day, a .pdf file for one visit"
    )

    record = subcommand(
        actions, "record", cmd_record, help="enter a visit's results (JSON, see the help)", json=True
    )
    record.add_argument("visit_code")
    record.add_argument("--results", type=Path, required=True, metavar="FILE.json")
    record.add_argument("--photo", action="append", default=[], metavar="ITEM=PATH")

    show = subcommand(actions, "show", cmd_show, help="a visit's results and its photos' warnings", json=True)
    show.add_argument("visit_code")


def _route_line(row: visits.VisitRow) -> str:
    return (
        f"{row.day.isoformat()}\t{row.order}\t{row.visit_code}\t{row.street_name}\t{row.code}\t{row.name}\t"
        f"{row.status}"
    )


def cmd_plan(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        route = visits.plan_visits(
            workspace,
            args.year,
            args.day,
            codes=args.community or (),
            streets=args.street or (),
            batch=args.batch,
            start=args.start,
            keep_order=args.in_order,
            panel_id=args.panel,
        )
    print_rows(args, route, lambda row: row.to_dict(), _route_line)
    return EXIT_OK


def cmd_move(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        row = visits.move_visit(workspace, args.visit_code, day=args.day, position=args.position)
    print(_route_line(row))
    return EXIT_OK


def cmd_cancel(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        row = visits.cancel_visit(workspace, args.visit_code, args.reason)
    print(_route_line(row))
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        days = visits.list_plan(workspace, args.year, args.day, cancelled=args.cancelled)
    if args.json:
        print_json([planned.to_dict() for planned in days])
        return EXIT_OK
    for planned in days:
        for row in planned.visits:
            print(_route_line(row))
    return EXIT_OK


def cmd_print(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        if args.visit_code:
            written = [visit_form.print_visit(workspace, args.visit_code, args.out)]
        elif args.year is not None and args.day is not None:
            written = visit_form.print_day(workspace, args.year, args.day, args.out)
        else:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Give a visit code, or --year and --day for a day's route.")
            )
    for path in written:
        print(path)
    return EXIT_OK


def _photos(values: list[str]) -> list[tuple[int, Path]]:
    """``ITEM=PATH`` pairs, or a message naming the one that is not."""
    pairs = []
    for value in values:
        item, separator, path = value.partition("=")
        number = whole_number(item)
        if not separator or number is None or not path:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "--photo {value}: write it as ITEM=PATH, e.g. 3=IMG_0012.jpg."),
                value=value,
            )
        pairs.append((number, Path(path)))
    return pairs


def _print_report(args: argparse.Namespace, report: visit_records.VisitReport) -> None:
    if args.json:
        print_json(report.to_dict())
        return
    visit = report.visit
    print(
        f"{visit.visit_code} {visit.code} {visit.name} · {visit.street_name} · {visit.day.isoformat()} · {visit.status}"
    )
    for item in report.items:
        if report.sheet.scored:
            value = "—" if item.score is None else f"{item.score:g}"
        else:
            value = outcome_label(item.outcome, undecided="—")
        photos = tr(QT_TRANSLATE_NOOP("CLI", "photos: {count}")).format(count=len(item.photos))
        print(f"{item.number:>3}  {value}  {item.note}  ({photos})")
    for heading, text in report.notes.items():
        print(f"{heading}: {text}")
    if report.tally is not None:
        tally = report.tally
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "Questionnaire: {handed_out} handed out, {returned} returned: {satisfied} satisfied, "
                    "{basically} basically satisfied, {dissatisfied} dissatisfied",
                )
            ).format(
                handed_out=tally.handed_out,
                returned=tally.returned,
                satisfied=tally.satisfied,
                basically=tally.basically_satisfied,
                dissatisfied=tally.dissatisfied,
            )
        )
    for warning in report.warnings:
        diagnostic(str(warning.message()))


def cmd_record(args: argparse.Namespace) -> int:
    photos = _photos(args.photo)
    results = visit_records.results_from_json(args.visit_code, jsonfile.read(args.results))
    with open_workspace(args, sign_in=True) as workspace:
        report = visit_records.record_visit(workspace, args.visit_code, results, photos)
    _print_report(args, report)
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        report = visit_records.visit_report(workspace, args.visit_code)
    _print_report(args, report)
    return EXIT_OK
