"""publicity create | list | close | export | objection add/list/decide; naming create | show | export;
recheck plan | record | list | plans."""

from __future__ import annotations

import argparse
from pathlib import Path

from greendesk.cli import EXIT_OK, print_json, tr
from greendesk.cli.common import day, print_rows, subcommand, year_number
from greendesk.cli.opening import open_workspace
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.publicity import naming, naming_files, notice_files, notices, objections, rechecks
from greendesk.core.publicity.period import CALENDAR_DAYS, WORKING_DAYS


def _number(text: str) -> int:
    """A notice, objection or plan number, or a batch: a positive whole number SQLite can hold."""
    try:
        number = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number: {text}") from exc
    if not 1 <= number < 2**31:
        raise argparse.ArgumentTypeError(f"a number from 1 to {2**31 - 1}: {text}")
    return number


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "publicity", help="public notice (公示) of signed-off communities, objections"
    )
    actions = parser.add_subparsers(dest="publicity_command", metavar="ACTION", required=True)
    create = subcommand(
        actions, "create", cmd_create, help="list the signed-off communities on a notice", json=True
    )
    create.add_argument("--year", type=year_number, required=True)
    create.add_argument("--batch", type=_number, default=1)
    create.add_argument("--start", type=day, required=True, help="first day YYYY-MM-DD")
    length = create.add_mutually_exclusive_group(required=True)
    length.add_argument("--days", type=int, help="calendar days")
    length.add_argument("--working-days", type=int, help="working days by China's official calendar")
    create.add_argument("--title", default="")
    create.add_argument("--channel", default="", help="how objections are taken (default: the usual wording)")
    listing = subcommand(actions, "list", cmd_list, help="the notices", json=True)
    listing.add_argument("--year", type=year_number)
    close = subcommand(actions, "close", cmd_close, help="end a notice after its period", json=True)
    close.add_argument("notice", type=_number)
    export = subcommand(
        actions, "export", cmd_export, help="the notice as a PDF (公文), an HTML page and an Excel list"
    )
    export.add_argument("notice", type=_number)
    export.add_argument("--out", type=Path, required=True, help="folder")

    objection = actions.add_parser("objection", help="objections to a notice")
    objection_actions = objection.add_subparsers(dest="objection_command", metavar="ACTION", required=True)
    add = subcommand(
        objection_actions, "add", cmd_objection_add, help="record an objection as received", json=True
    )
    add.add_argument("notice", type=_number)
    add.add_argument("--received", type=day, required=True, help="day received YYYY-MM-DD")
    add.add_argument("--kind", choices=objections.OBJECTOR_KINDS, required=True)
    add.add_argument("--name", required=True, help="the unit's or the person's name")
    add.add_argument("--content", required=True)
    add.add_argument("--community", default="", help="12-digit code of the community it concerns")
    add.add_argument("--id-number", default="", help="a person's ID number")
    add.add_argument("--contact", default="")
    add.add_argument("--sealed", action="store_true", help="a unit's objection carries its seal")
    add.add_argument(
        "--attach",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="a document or image received with it (repeatable); stored by content hash",
    )
    olist = subcommand(objection_actions, "list", cmd_objection_list, help="a notice's objections", json=True)
    olist.add_argument("notice", type=_number)
    decide = subcommand(
        objection_actions, "decide", cmd_objection_decide, help="uphold or dismiss", json=True
    )
    decide.add_argument("objection", type=_number)
    decide.add_argument("outcome", choices=objections.DECISIONS)
    decide.add_argument("--reason", required=True)

    named = subparsers.add_parser("naming", help="name (命名) the communities of a closed notice")
    naming_actions = named.add_subparsers(dest="naming_command", metavar="ACTION", required=True)
    make = subcommand(naming_actions, "create", cmd_naming_create, help="文号, date and tiers", json=True)
    make.add_argument("notice", type=_number)
    make.add_argument("--document-number", required=True, help="文号, e.g. 朝建发〔2022〕12号")
    make.add_argument("--date", type=day, required=True)
    make.add_argument("--demonstration", nargs="*", default=[], help="codes named 示范 (a higher tier)")
    show = subcommand(
        naming_actions, "show", cmd_naming_show, help="the naming and its plaque list", json=True
    )
    show.add_argument("notice", type=_number)
    naming_export = subcommand(
        naming_actions, "export", cmd_naming_export, help="the naming decision (PDF) and the plaque list"
    )
    naming_export.add_argument("notice", type=_number, help="the notice the naming was made from")
    naming_export.add_argument("--out", type=Path, required=True, help="folder")
    _register_rechecks(subparsers)


def _register_rechecks(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("recheck", help="re-checks (复核) of named communities in later years")
    actions = parser.add_subparsers(dest="recheck_command", metavar="ACTION", required=True)
    plan = subcommand(actions, "plan", cmd_recheck_plan, help="draw a reproducible random sample", json=True)
    plan.add_argument("--year", type=year_number, required=True)
    plan.add_argument("--size", type=int, required=True)
    plan.add_argument("--seed", default="", help="the seed (default: a fresh random one, printed)")
    record = subcommand(actions, "record", cmd_recheck_record, help="a community's outcome", json=True)
    record.add_argument("code", help="12-digit community code")
    record.add_argument("outcome", choices=rechecks.OUTCOMES)
    record.add_argument("--deadline", type=day, help="rectify by YYYY-MM-DD (for rectify)")
    record.add_argument("--effective", type=day, help="day it takes effect (default: today)")
    record.add_argument("--note", default="")
    record.add_argument("--plan", type=_number)
    subcommand(
        actions, "list", cmd_recheck_list, help="latest outcomes, overdue rectifications flagged", json=True
    )
    plans = subcommand(
        actions, "plans", cmd_recheck_plans, help="the plans drawn, with seed and sample", json=True
    )
    plans.add_argument("--year", type=year_number)


def _print_notice(args: argparse.Namespace, notice: notices.Notice) -> None:
    if args.json:
        print_json(notice.to_dict())
        return
    print(
        tr(
            QT_TRANSLATE_NOOP("CLI", "Notice {id}: {title}, {start} to {end}; communities listed: {count}")
        ).format(
            id=notice.id,
            title=notice.title,
            start=notice.period.start.isoformat(),
            end=notice.period.end.isoformat(),
            count=len(notice.entries),
        )
    )


def cmd_create(args: argparse.Namespace) -> int:
    kind, days = (CALENDAR_DAYS, args.days) if args.days is not None else (WORKING_DAYS, args.working_days)
    with open_workspace(args, sign_in=True) as workspace:
        notice = notices.create_notice(
            workspace,
            year=args.year,
            batch=args.batch,
            start=args.start,
            days=days,
            kind=kind,
            title=args.title,
            channel_text=args.channel,
        )
    _print_notice(args, notice)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        rows = notices.list_notices(workspace, args.year)
    print_rows(
        args,
        rows,
        lambda n: n.to_dict(),
        lambda n: (
            f"{n.id}\t{n.title}\t{n.period.start}..{n.period.end}\t{len(n.entries)}\t"
            + (tr(QT_TRANSLATE_NOOP("CLI", "closed")) if n.closed else tr(QT_TRANSLATE_NOOP("CLI", "open")))
        ),
        QT_TRANSLATE_NOOP("CLI", "No public notice yet."),
    )
    return EXIT_OK


def cmd_close(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        notice = notices.close_notice(workspace, args.notice)
    _print_notice(args, notice)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        written = notice_files.write_notice_files(workspace, args.notice, args.out)
    for path in written:
        print(path)
    return EXIT_OK


def _print_objection(args: argparse.Namespace, state: objections.ObjectionState) -> None:
    if args.json:
        print_json(state.to_dict())
        return
    print(
        f"{state.id}\t{state.received_on}\t{state.objector_name}\t{state.code or '—'}\t{state.outcome or '—'}\t{state.reason}"
    )
    for attachment in state.attachments:
        print(f"\t{attachment.name}\t{attachment.size}\t{attachment.sha256}")


def cmd_objection_add(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        state = objections.add_objection(
            workspace,
            args.notice,
            received_on=args.received,
            objector_kind=args.kind,
            objector_name=args.name,
            content=args.content,
            code=args.community,
            id_number=args.id_number,
            contact=args.contact,
            sealed=args.sealed,
            attachments=args.attach,
        )
    _print_objection(args, state)
    return EXIT_OK


def cmd_objection_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        rows = objections.list_objections(workspace, args.notice)
    if args.json:
        print_json([row.to_dict() for row in rows])
    for row in [] if args.json else rows:
        _print_objection(args, row)
    return EXIT_OK


def cmd_objection_decide(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        state = objections.decide_objection(
            workspace, args.objection, args.outcome, args.reason, args.proven_password
        )
    _print_objection(args, state)
    return EXIT_OK


def _print_naming(args: argparse.Namespace, record: naming.NamingRecord) -> None:
    if args.json:
        print_json(record.to_dict())
        return
    print(f"{record.document_number}\t{record.named_on}")
    for community in record.communities:
        tier = naming.TIER_LABELS[community.tier]
        print(f"{community.plaque_number}\t{community.code}\t{community.street}\t{community.name}\t{tier}")


def cmd_naming_create(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        record = naming.name_communities(
            workspace,
            args.notice,
            document_number=args.document_number,
            named_on=args.date,
            password=args.proven_password,
            tiers={code: naming.DEMONSTRATION for code in args.demonstration},
        )
    _print_naming(args, record)
    return EXIT_OK


def cmd_naming_export(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        written = naming_files.export_naming(workspace, args.notice, args.out)
    for path in written:
        print(path)
    return EXIT_OK


def cmd_naming_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        record = naming.load_naming(workspace, args.notice)
    _print_naming(args, record)
    return EXIT_OK


def cmd_recheck_plan(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        plan = rechecks.plan_recheck(workspace, args.year, args.size, args.seed)
    if args.json:
        print_json(plan.to_dict())
    else:
        print(
            tr(QT_TRANSLATE_NOOP("CLI", "Re-check plan {id}, seed {seed}: {sample}")).format(
                id=plan.id, seed=plan.seed, sample=", ".join(plan.sample)
            )
        )
    return EXIT_OK


def _recheck_dict(row: rechecks.Recheck) -> dict[str, object]:
    return {
        "code": row.code,
        "outcome": row.outcome,
        "deadline": row.deadline.isoformat() if row.deadline else None,
        "effective_on": row.effective_on.isoformat(),
        "note": row.note,
        "overdue": row.overdue,
    }


def _recheck_line(row: rechecks.Recheck) -> str:
    overdue = tr(QT_TRANSLATE_NOOP("CLI", "overdue")) if row.overdue else ""
    deadline = row.deadline.isoformat() if row.deadline else ""
    return f"{row.code}\t{rechecks.OUTCOME_LABELS[row.outcome]}\t{deadline}\t{overdue}\t{row.note}"


def cmd_recheck_record(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        row = rechecks.record_recheck(
            workspace,
            args.code,
            args.outcome,
            note=args.note,
            deadline=args.deadline,
            effective_on=args.effective,
            password=args.proven_password,
            plan_id=args.plan,
        )
    if args.json:
        print_json(_recheck_dict(row))
    else:
        print(_recheck_line(row))
    return EXIT_OK


def cmd_recheck_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        rows = rechecks.rechecks(workspace)
    print_rows(
        args, rows, _recheck_dict, _recheck_line, QT_TRANSLATE_NOOP("CLI", "No re-check recorded yet.")
    )
    return EXIT_OK


def cmd_recheck_plans(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        rows = rechecks.list_plans(workspace, args.year)
    print_rows(
        args,
        rows,
        lambda plan: plan.to_dict(),
        lambda plan: f"{plan.id}\t{plan.year}\t{plan.seed}\t{', '.join(plan.sample)}",
        QT_TRANSLATE_NOOP("CLI", "No re-check plan yet."),
    )
    return EXIT_OK
