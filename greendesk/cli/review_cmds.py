"""review queue | show | set | undo | clear | note | attach | finish | return | resubmit | signoff | unlock | notice |
deadline | history | rotate."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from greendesk.cli import EXIT_OK, Handler, print_json, tr
from greendesk.cli.common import day, print_rows, subcommand, year_number
from greendesk.cli.opening import open_district_workspace
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.review import commands, guards, history_text, notes, queue, rework_deadlines, undo, views
from greendesk.core.review.vocabulary import (
    OUTCOMES,
    STATUSES,
    outcome_label,
    status_label,
)


def _outcome(outcome: str | None) -> str:
    return outcome_label(outcome, undecided="—")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("review", help="review recommended communities item by item")
    commands = parser.add_subparsers(dest="review_command", metavar="ACTION", required=True)

    def with_code(name: str, handler: Handler, help_text: str, json: bool = False) -> argparse.ArgumentParser:
        command = subcommand(commands, name, handler, help=help_text, json=json)
        command.add_argument("code", help="12-digit community code")
        command.add_argument("--year", type=year_number, help="recommendation year (default: the latest)")
        return command

    listing = subcommand(commands, "queue", cmd_queue, help="the review queue with progress", json=True)
    listing.add_argument("--year", type=year_number)
    listing.add_argument("--batch", type=int)
    listing.add_argument("--status", choices=STATUSES)
    listing.add_argument("--street", help="9-digit street code")
    listing.add_argument("--filter", default="", help="substring of community name, code or street")
    listing.add_argument("--sort", default="code", help="code, name, street, status, progress, updated, year")

    with_code("show", cmd_show, "one community's review: items, outcomes, warnings, result", json=True)

    decide = with_code("set", cmd_set, "decide one item: pass, fail or more (material needed)")
    decide.add_argument("item", type=int)
    decide.add_argument("outcome", choices=OUTCOMES)
    decide.add_argument("--comment", default="")

    with_code("undo", cmd_undo, "undo the last decision of the current round (recorded as a new decision)")
    clear = with_code("clear", cmd_clear, "clear an item's decision: undecided again (recorded)")
    clear.add_argument("item", type=int)
    note = with_code("note", cmd_note, "set the community's note (free text; an empty text removes it)")
    note.add_argument("text")

    attach = with_code("attach", cmd_attach, "attach files (photos, documents, any evidence) to an item")
    attach.add_argument("item", type=int)
    attach.add_argument("files", type=Path, nargs="+", metavar="FILE")

    with_code("finish", cmd_finish, "close the round: passed, failed, or returned")
    with_code("return", cmd_return, "return the community for rework")
    with_code("resubmit", cmd_resubmit, "the street resubmitted: start the next round")

    with_code("signoff", cmd_signoff, "sign off a passed review as the signed-in approver, and lock it")

    unlock = with_code("unlock", cmd_unlock, "unlock a signed-off review (approver, recorded with a reason)")
    unlock.add_argument("--reason", required=True)
    unlock.add_argument("--password-stdin", action="store_true")

    notice = with_code("notice", cmd_notice, "export the rework notice (PDF)")
    notice.add_argument("--out", type=Path, required=True)
    notice.add_argument("--deadline", type=day, help="rework deadline YYYY-MM-DD (default: in 30 days)")

    deadline = with_code("deadline", cmd_deadline, "set a returned community's rework deadline (整改期限)")
    deadline.add_argument("due", type=day, help="YYYY-MM-DD")

    with_code("history", cmd_history, "the community's review history, one sentence a change", json=True)

    rotate = subcommand(
        commands, "rotate", cmd_rotate, help="turn a photo whose orientation data is wrong (display only)"
    )
    rotate.add_argument("sha256", help="the photo's SHA-256 (or a unique prefix of at least 8 digits)")
    rotate.add_argument("degrees", type=int, help="degrees clockwise, a multiple of 90 (-90 turns back)")


def _queue_line(row: queue.QueueRow) -> str:
    return (
        f"{row.code}\t{row.name}\t{row.street_name}\t{row.year}\t{status_label(row.status)}\t"
        f"{row.decided}/{row.total}"
        + (
            f"\t{tr(QT_TRANSLATE_NOOP('CLI', 'rework due {day}')).format(day=row.rework_due)}"
            if row.rework_due
            else ""
        )
        + (f"\t{tr(QT_TRANSLATE_NOOP('CLI', 'overdue'))}" if row.overdue else "")
    )


def cmd_deadline(args: argparse.Namespace) -> int:
    with open_district_workspace(args, sign_in=True) as workspace:
        due = rework_deadlines.set_deadline(workspace, args.code, args.due, args.year)
    print(tr(QT_TRANSLATE_NOOP("CLI", "Rework deadline of {code}: {day}")).format(code=args.code, day=due))
    return EXIT_OK


def cmd_queue(args: argparse.Namespace) -> int:
    with open_district_workspace(args) as workspace:
        rows = queue.queue(
            workspace,
            args.year,
            batch=args.batch,
            status=args.status,
            street_code=args.street,
            search=args.filter,
            sort=args.sort,
        )
    if print_rows(args, rows, lambda row: row.to_dict(), _queue_line):
        print(tr(QT_TRANSLATE_NOOP("CLI", "{count} recommendations")).format(count=len(rows)))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with open_district_workspace(args) as workspace:
        view = views.show(workspace, args.code, args.year)
    if args.json:
        print_json(view.to_dict())
        return EXIT_OK
    print(f"{view.code} {view.name} · {view.street_name} · {view.year} · {status_label(view.status)}")
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "Round {round}: {decided}/{total} items decided")).format(
            round=view.round, decided=view.decided, total=view.total
        )
    )
    for item in view.items:
        carried = tr(QT_TRANSLATE_NOOP("CLI", "(carried over)")) if item.carried else ""
        print(f"{item.number:>3}  {_outcome(item.outcome)} {carried}  {item.comment}".rstrip())
        for warning in item.warnings:
            print(f"       ! {warning.message()}")
    result = view.result
    if result.passed is None:
        verdict = tr(QT_TRANSLATE_NOOP("CLI", "Result: not complete"))
    elif result.passed:
        verdict = tr(QT_TRANSLATE_NOOP("CLI", "Result: meets the standard"))
    else:
        verdict = tr(QT_TRANSLATE_NOOP("CLI", "Result: does not meet the standard"))
    print(verdict)
    if result.failed_gating:
        print(
            tr(QT_TRANSLATE_NOOP("CLI", "Failed gating items: {items}")).format(
                items=", ".join(map(str, result.failed_gating))
            )
        )
    if result.score is not None:
        print(
            tr(QT_TRANSLATE_NOOP("CLI", "Score: {score} of {max} (pass mark {mark})")).format(
                score=f"{result.score:g}",
                max=f"{result.max_points or 0:g}",
                mark=f"{result.pass_mark or 0:g}",
            )
        )
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    with open_district_workspace(args, sign_in=True) as workspace:
        item = commands.decide(workspace, args.code, args.item, args.outcome, args.comment, args.year)
    for warning in guards.decision_warnings(item, args.outcome):
        print(warning.render(), file=sys.stderr)
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "Item {item}: {outcome}")).format(
            item=item.number, outcome=_outcome(item.outcome)
        )
    )
    return EXIT_OK


def _item_line(item: views.ItemState) -> None:
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "Item {item}: {outcome}")).format(
            item=item.number, outcome=_outcome(item.outcome)
        )
    )


def cmd_undo(args: argparse.Namespace) -> int:
    with open_district_workspace(args, sign_in=True) as workspace:
        _item_line(undo.undo_last(workspace, args.code, args.year))
    return EXIT_OK


def cmd_clear(args: argparse.Namespace) -> int:
    with open_district_workspace(args, sign_in=True) as workspace:
        _item_line(undo.clear_decision(workspace, args.code, args.item, args.year))
    return EXIT_OK


def cmd_note(args: argparse.Namespace) -> int:
    with open_district_workspace(args, sign_in=True) as workspace:
        saved = notes.set_note(workspace, args.code, args.text, args.year)
    print(saved.text or tr(QT_TRANSLATE_NOOP("CLI", "The note is empty.")))
    return EXIT_OK


def cmd_attach(args: argparse.Namespace) -> int:
    with open_district_workspace(args, sign_in=True) as workspace:
        attached = commands.attach_evidence(workspace, args.code, args.year, args.item, args.files)
    for name, sha256, new in attached:
        state = (
            tr(QT_TRANSLATE_NOOP("CLI", "attached"))
            if new
            else tr(QT_TRANSLATE_NOOP("CLI", "already attached"))
        )
        print(f"{name}\t{sha256[:12]}\t{state}")
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "Item {item}: {count} file(s) attached.")).format(
            item=args.item, count=sum(1 for _name, _sha, new in attached if new)
        )
    )
    return EXIT_OK


def cmd_finish(args: argparse.Namespace) -> int:
    with open_district_workspace(args, sign_in=True) as workspace:
        status = commands.finish_round(workspace, args.code, args.year)
    print(status_label(status))
    return EXIT_OK


def cmd_return(args: argparse.Namespace) -> int:
    with open_district_workspace(args, sign_in=True) as workspace:
        items = commands.return_for_rework(workspace, args.code, args.year)
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "Returned for rework; items to rework: {items}")).format(
            items=", ".join(str(item.number) for item in items)
        )
    )
    return EXIT_OK


def cmd_resubmit(args: argparse.Namespace) -> int:
    with open_district_workspace(args, sign_in=True) as workspace:
        round_number = commands.resubmit(workspace, args.code, args.year)
    print(tr(QT_TRANSLATE_NOOP("CLI", "Resubmitted: round {round} begins.")).format(round=round_number))
    return EXIT_OK


def cmd_signoff(args: argparse.Namespace) -> int:
    with open_district_workspace(args, sign_in=True) as workspace:
        commands.sign_off(workspace, args.code, args.proven_password, args.year)
        user = workspace.user
    print(tr(QT_TRANSLATE_NOOP("CLI", "Signed off by {user}; the review is locked.")).format(user=user))
    return EXIT_OK


def cmd_unlock(args: argparse.Namespace) -> int:
    with open_district_workspace(args, sign_in=True) as workspace:
        commands.unlock(workspace, args.code, args.reason, args.proven_password, args.year)
        user = workspace.user
    print(tr(QT_TRANSLATE_NOOP("CLI", "Unlocked by {user}.")).format(user=user))
    return EXIT_OK


def cmd_notice(args: argparse.Namespace) -> int:
    from greendesk.core.reports.rework_notice import build_rework_notice

    with open_district_workspace(args, sign_in=True) as workspace:
        path = build_rework_notice(workspace, args.code, args.out, year=args.year, deadline=args.deadline)
    print(tr(QT_TRANSLATE_NOOP("CLI", "Rework notice written to {file}")).format(file=path))
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    with open_district_workspace(args) as workspace:
        found = history_text.lines(workspace, args.code, args.year)
    print_rows(args, found, lambda line: line.to_dict(), lambda line: line.text)
    return EXIT_OK


def cmd_rotate(args: argparse.Namespace) -> int:
    with open_district_workspace(args, sign_in=True) as workspace:
        rotation = commands.rotate_display(workspace, args.sha256, args.degrees)
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "Photo {sha256} is shown turned {degrees}° clockwise.")).format(
            sha256=args.sha256, degrees=rotation
        )
    )
    return EXIT_OK
